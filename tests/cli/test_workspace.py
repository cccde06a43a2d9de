"""The data commands, run as a user runs them."""

from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path

from pages import soup
from server import roundtwo, running_server


def test_demo_then_serve_shows_demo_on_dashboard(tmp_path: Path) -> None:
    env = {"ROUNDTWO_DATA_DIR": str(tmp_path)}
    assert roundtwo("demo", env=env).returncode == 0
    start = time.monotonic()
    with running_server(tmp_path) as url, urllib.request.urlopen(url + "/") as response:
        page = soup(response.read().decode())
    elapsed = time.monotonic() - start
    assert "Tidewater Freight Software" in page.select_one("article.interview-card h2").get_text()
    print(f"serve answered with the demo after {elapsed:.2f} s")


def test_demo_is_idempotent_and_if_empty_respects_data(tmp_path: Path) -> None:
    env = {"ROUNDTWO_DATA_DIR": str(tmp_path)}
    assert "Loaded" in roundtwo("demo", env=env).stdout
    assert "already there" in roundtwo("demo", env=env).stdout
    assert "not added" in roundtwo("demo", "--if-empty", env=env).stdout


def test_db_upgrade_creates_database(tmp_path: Path) -> None:
    result = roundtwo("db", "upgrade", env={"ROUNDTWO_DATA_DIR": str(tmp_path / "new")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new" / "roundtwo.sqlite3").exists()


def test_export_import_round_trip(tmp_path: Path) -> None:
    source = {"ROUNDTWO_DATA_DIR": str(tmp_path / "a")}
    target = {"ROUNDTWO_DATA_DIR": str(tmp_path / "b")}
    roundtwo("demo", env=source)
    backup = tmp_path / "backup.json"
    assert roundtwo("export", str(backup), env=source).returncode == 0
    assert roundtwo("import", str(backup), env=target).returncode == 0
    again = tmp_path / "again.json"
    roundtwo("export", str(again), env=target)
    first, second = json.loads(backup.read_text()), json.loads(again.read_text())
    assert first["tables"] == second["tables"]
    refused = roundtwo("import", str(backup), env=target)
    assert refused.returncode == 1
    assert refused.stderr.startswith("roundtwo: the database already holds data")
    assert len(refused.stderr.strip().splitlines()) == 1


def test_import_refuses_non_backup_in_one_line(tmp_path: Path) -> None:
    bogus = tmp_path / "x.json"
    bogus.write_bytes(b"\x00\x01\x02")
    result = roundtwo("import", str(bogus), env={"ROUNDTWO_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert "binary data" in result.stderr
    assert "Traceback" not in result.stderr


def test_newer_database_gives_one_clear_line(tmp_path: Path) -> None:
    import sqlite3

    env = {"ROUNDTWO_DATA_DIR": str(tmp_path)}
    roundtwo("db", "upgrade", env=env)
    with sqlite3.connect(tmp_path / "roundtwo.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz9999'")
    result = roundtwo("export", "-", env=env)
    assert result.returncode == 1
    assert "newer roundtwo" in result.stderr and "Traceback" not in result.stderr
