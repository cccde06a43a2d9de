"""Opening, migrating and refusing databases, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from roundtwo.errors import RoundtwoError
from roundtwo.services.runtime import open_runtime
from roundtwo.settings import Settings
from roundtwo.store import database, migrations
from roundtwo.store.database import make_engine, table_names
from roundtwo.store.models import Interview


def test_upgrade_creates_tables_and_passes_check(db_settings: Settings) -> None:
    engine = make_engine(db_settings.sqlalchemy_url)
    assert migrations.upgrade(engine) == migrations.head_revision()
    assert {"interview", "interviewer", "checklist_item"} <= table_names(engine)
    migrations.check_revision(engine)
    engine.dispose()


def test_open_refuses_database_not_yet_migrated(db_settings: Settings) -> None:
    with pytest.raises(RoundtwoError, match="roundtwo db upgrade"):
        open_runtime(db_settings)


def test_open_refuses_database_from_newer_roundtwo(db_settings: Settings) -> None:
    open_runtime(db_settings, upgrade=True).close()
    engine = make_engine(db_settings.sqlalchemy_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'fffffffff999'"))
    engine.dispose()
    for upgrade in (False, True):
        with pytest.raises(RoundtwoError, match="newer roundtwo") as info:
            open_runtime(db_settings, upgrade=upgrade)
        assert "Nothing was changed" in (info.value.hint or "")


def test_datetime_round_trips_as_aware_utc(runtime) -> None:
    moment = datetime(2026, 3, 10, 14, 0, tzinfo=timezone(timedelta(hours=-4)))
    with runtime.session() as session:
        session.add(Interview(company="A", role="B", timezone="America/New_York", starts_at=moment))
        session.commit()
    with runtime.session() as session:
        stored = session.scalars(select(Interview)).one()
    assert stored.starts_at == moment
    assert stored.starts_at is not None and stored.starts_at.tzinfo == UTC


def test_locked_sqlite_gives_clear_message(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 50)
    rt = open_runtime(settings, upgrade=True)
    path = settings.data_dir / "roundtwo.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(RoundtwoError, match="locked") as info, rt.session() as session:
            session.add(Interview(company="A", role="B", timezone="UTC"))
            session.commit()
        assert info.value.status == 503
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with rt.session() as session:
        assert session.scalars(select(Interview)).all() == []
    rt.close()


def test_file_that_is_not_a_database_is_refused(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True)
    (settings.data_dir / "roundtwo.sqlite3").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(RoundtwoError, match="not a roundtwo database"):
        open_runtime(settings, upgrade=True)


def test_unreachable_server_is_explained(tmp_path) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    with pytest.raises(RoundtwoError, match="cannot reach the database") as info:
        open_runtime(Settings(data_dir=tmp_path, database_url=url))
    assert "ROUNDTWO_DATABASE_URL" in (info.value.hint or "")


def test_unwritable_data_folder_is_explained(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RoundtwoError, match="cannot create the data folder"):
        open_runtime(Settings(data_dir=blocker / "sub"), upgrade=True)
