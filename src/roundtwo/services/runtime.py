"""Opening roundtwo's database for a command or the web server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from roundtwo.settings import Settings
from roundtwo.store import migrations
from roundtwo.store.database import describe, make_engine, make_sessionmaker, translated_errors
from roundtwo.store.versioning import data_version as _data_version
from roundtwo.store.versioning import track_changes


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose database failures arrive as RoundtwoError."""
        with translated_errors(self.settings.sqlalchemy_url), self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_runtime(settings: Settings, *, upgrade: bool = False) -> Runtime:
    """Connect to the configured database, migrating it first when ``upgrade``.

    Without ``upgrade`` a database that is behind or ahead of the code is
    refused with a message that says what to do; nothing is changed.
    """
    engine = make_engine(settings.sqlalchemy_url)
    try:
        if upgrade:
            migrations.upgrade(engine)
        else:
            migrations.check_revision(engine)
    except BaseException:
        engine.dispose()
        raise
    sessions = make_sessionmaker(engine)
    track_changes(sessions)
    return Runtime(settings, engine, sessions)


def data_version(session: Session) -> int:
    """How many changes the database has committed; any change gives a new number."""
    return _data_version(session)


def database_label(settings: Settings) -> str:
    """The configured database's URL without its password, for messages."""
    return describe(settings.sqlalchemy_url)
