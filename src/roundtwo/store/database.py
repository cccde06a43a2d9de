"""Opening the database: the engine, its sessions, and the migration state.

SQLite runs in WAL mode with foreign keys on and a busy timeout, so the web
server and a command can share the file. Any failure to open, a lock, or a
database migrated by a newer roundtwo becomes one RoundtwoError that says
what to do.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from roundtwo.errors import RoundtwoError

SQLITE_BUSY_TIMEOUT_MS = 5000


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; for SQLite the folder is created and pragmas set."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise RoundtwoError(
                    f"cannot create the data folder {folder}: {exc.strerror}.",
                    hint="Set ROUNDTWO_DATA_DIR to a folder you can write to.",
                ) from exc
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def explain(exc: SQLAlchemyError, url: str) -> RoundtwoError:
    """Turn a database failure into a message the user can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    where = describe(url)
    if "locked" in text or "busy" in text:
        return RoundtwoError(
            f"the database {where} is locked by another program.",
            hint="Close other roundtwo windows or commands and try again; nothing was changed.",
            status=503,
        )
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return RoundtwoError(
            f"cannot open the database {where}.",
            hint="Check that the folder exists and you may write to it, or set ROUNDTWO_DATA_DIR.",
            status=503,
        )
    if "file is not a database" in text or "malformed" in text:
        return RoundtwoError(
            f"{where} is not a roundtwo database or is damaged.",
            hint="Point ROUNDTWO_DATA_DIR at another folder; restore from `roundtwo export` backups.",
            status=503,
        )
    if isinstance(exc, OperationalError):
        return RoundtwoError(
            f"cannot reach the database {where}: {str(getattr(exc, 'orig', exc)).strip()}.",
            hint="Check ROUNDTWO_DATABASE_URL and that the server is running.",
            status=503,
        )
    return RoundtwoError(f"the database {where} failed: {exc}.", status=500)


@contextmanager
def translated_errors(url: str) -> Iterator[None]:
    """Re-raise SQLAlchemy failures inside the block as RoundtwoError."""
    try:
        yield
    except SQLAlchemyError as exc:
        raise explain(exc, url) from exc


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
