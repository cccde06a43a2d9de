"""Counting committed changes in the database itself.

A session that inserts, updates or deletes anything — through the ORM or a
bulk statement — bumps ``data_version.counter`` just before it commits. Any
process reading the counter learns whether what it rendered is still true.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select, update
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from roundtwo.store.models import DataVersion

_CHANGED = "roundtwo.changed"


def _mark_flush(session: Session, _context: Any) -> None:
    session.info[_CHANGED] = True


def _mark_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_CHANGED] = True


def _bump(session: Session) -> None:
    session.flush()  # commit flushes after this hook; flush now so ORM changes are seen
    if session.info.pop(_CHANGED, False):
        session.execute(update(DataVersion).values(counter=DataVersion.counter + 1))
        session.info.pop(_CHANGED, None)


def _forget(session: Session) -> None:
    session.info.pop(_CHANGED, None)


def track_changes(sessions: sessionmaker[Session]) -> None:
    """Make every session from ``sessions`` bump the data version when it commits changes."""
    event.listen(sessions, "after_rollback", _forget)
    event.listen(sessions, "after_flush", _mark_flush)
    event.listen(sessions, "do_orm_execute", _mark_statement)
    event.listen(sessions, "before_commit", _bump)


def data_version(session: Session) -> int:
    """The number of committed changes so far (0 for a fresh database)."""
    return session.scalar(select(DataVersion.counter).where(DataVersion.id == 1)) or 0
