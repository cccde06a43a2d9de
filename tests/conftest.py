"""Fixtures shared by every test: settings, a fresh database per test on
SQLite or PostgreSQL, and a web client over a real app."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).parent))

from roundtwo.services.runtime import Runtime, open_runtime
from roundtwo.settings import Settings

from postgres_server import postgres_server

_counter = itertools.count()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The superuser URL of the session's PostgreSQL server."""
    with postgres_server() as url:
        yield url


@pytest.fixture
def fresh_postgres(postgres_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test; dropped afterwards."""
    name = f"roundtwo_test_{next(_counter)}"
    admin = make_url(postgres_url).set(drivername="postgresql")
    dsn = admin.render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with SQLite in a fresh folder."""
    return Settings(data_dir=tmp_path / "data", timezone="Europe/London")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for a fresh database; tests using it run on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return Settings(data_dir=tmp_path / "data", timezone="Europe/London")
    url = request.getfixturevalue("fresh_postgres")
    return Settings(data_dir=tmp_path / "data", database_url=url, timezone="Europe/London")


@pytest.fixture
def runtime(db_settings: Settings) -> Iterator[Runtime]:
    """An open, migrated database (SQLite and PostgreSQL)."""
    rt = open_runtime(db_settings, upgrade=True)
    yield rt
    rt.close()


@pytest.fixture
def sqlite_runtime(settings: Settings) -> Iterator[Runtime]:
    """An open, migrated SQLite database, for tests about the web layer."""
    rt = open_runtime(settings, upgrade=True)
    yield rt
    rt.close()
