"""A lossless JSON backup of everything the user entered, and its restore.

Export walks every table of the models in dependency order, so a new table
is backed up without touching this module. Import into an empty database
keeps every id; into a non-empty one it refuses unless asked to merge, and a
merge adds the backup's rows under new ids — it never overwrites.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from roundtwo.errors import RoundtwoError
from roundtwo.store.migrations import head_revision
from roundtwo.store.models import Base
from roundtwo.store.types import UTCDateTime

FORMAT = "roundtwo-backup"
VERSION = 1
#: Bookkeeping tables that hold nothing the user entered.
NOT_BACKED_UP = {"data_version"}


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_BACKED_UP]


def _dump_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _load_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    loaded: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in row:
            continue
        value = row[column.name]
        if isinstance(column.type, UTCDateTime) and value is not None:
            try:
                value = datetime.fromisoformat(value)
            except (TypeError, ValueError) as exc:
                raise RoundtwoError(
                    f"the backup's {table.name}.{column.name} holds {value!r}, not a date and time."
                ) from exc
            if value.tzinfo is None:
                value = value.replace(tzinfo=UTC)
        loaded[column.name] = value
    return loaded


def export_data(session: Session) -> dict[str, Any]:
    """Every row of every table, as JSON-ready data."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in _tables():
        rows = session.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        tables[table.name] = [{k: _dump_value(v) for k, v in row.items()} for row in rows]
    return {
        "format": FORMAT,
        "version": VERSION,
        "revision": head_revision(),
        "exported_at": datetime.now(UTC).isoformat(),
        "tables": tables,
    }


def read_backup(raw: str) -> dict[str, Any]:
    """Parse and check a backup file's text; refuse anything else with a clear message."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RoundtwoError(f"the backup is not valid JSON ({exc.msg}, line {exc.lineno}).") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise RoundtwoError(
            "this file is not a roundtwo backup.", hint="Use a file made by `roundtwo export`."
        )
    if data.get("version") != VERSION:
        raise RoundtwoError(
            f"the backup has version {data.get('version')!r}; this roundtwo reads version {VERSION}.",
            hint="Upgrade roundtwo to read it.",
        )
    if not isinstance(data.get("tables"), dict):
        raise RoundtwoError("the backup has no tables.")
    known = {t.name for t in _tables()}
    unknown = sorted(set(data["tables"]) - known)
    if unknown:
        raise RoundtwoError(
            f"the backup holds tables this roundtwo does not know: {', '.join(unknown)}.",
            hint="It was made by a newer roundtwo; upgrade to import it.",
        )
    return data


def is_empty(session: Session) -> bool:
    return all(session.scalar(select(func.count()).select_from(t)) == 0 for t in _tables())


def import_data(session: Session, data: dict[str, Any], *, merge: bool = False) -> dict[str, int]:
    """Restore ``data``; return the number of rows added per table.

    Into an empty database ids are kept, so the result equals the exported
    one. Into a non-empty database it refuses unless ``merge``; a merge
    gives every row a new id and rewrites the references to it.
    """
    if not is_empty(session) and not merge:
        raise RoundtwoError(
            "the database already holds data; importing would mix the two.",
            hint="Import into an empty data folder (ROUNDTWO_DATA_DIR), or pass --merge to add "
            "the backup's records beside yours without overwriting anything.",
        )
    counts: dict[str, int] = {}
    new_ids: dict[str, dict[Any, Any]] = {}
    try:
        for table in _tables():
            rows = data["tables"].get(table.name, [])
            if not isinstance(rows, list):
                raise RoundtwoError(f"the backup's {table.name} is not a list of rows.")
            counts[table.name] = len(rows)
            if not rows:
                continue
            if merge:
                new_ids[table.name] = _insert_remapped(session, table, rows, new_ids)
            else:
                session.execute(insert(table), [_load_row(table, row) for row in rows])
        if not merge:
            _reset_sequences(session)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return counts


def _insert_remapped(
    session: Session, table: Table, rows: list[dict[str, Any]], new_ids: dict[str, dict[Any, Any]]
) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    references = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
    for raw in rows:
        row = _load_row(table, raw)
        old_id = row.pop("id", None)
        for column, target in references.items():
            if row.get(column) is not None:
                row[column] = new_ids.get(target, {}).get(row[column], row[column])
        result = session.execute(insert(table).values(**row).returning(table.c.id))
        mapping[old_id] = result.scalar_one()
    return mapping


def _reset_sequences(session: Session) -> None:
    """After inserting explicit ids, move PostgreSQL's id sequences past them."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in _tables():
        if "id" in table.c:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
