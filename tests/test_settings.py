"""Every setting has a default, a help text, and a line in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtwo.settings import Settings, get_settings

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_setting_is_documented(name: str) -> None:
    field = Settings.model_fields[name]
    assert field.description, f"{name} has no description"
    assert f"ROUNDTWO_{name.upper()}" in README, f"ROUNDTWO_{name.upper()} is missing from the README"


def test_settings_read_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ROUNDTWO_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ROUNDTWO_PORT", "8123")
    settings = get_settings()
    assert settings.data_dir == tmp_path
    assert settings.port == 8123
    assert settings.sqlalchemy_url == f"sqlite:///{tmp_path / 'roundtwo.sqlite3'}"


def test_database_url_wins_over_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTWO_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert get_settings().sqlalchemy_url == "postgresql+psycopg://u@h/db"
