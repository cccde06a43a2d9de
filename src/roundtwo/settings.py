"""One settings object, read from ``ROUNDTWO_*`` environment variables.

Built by :func:`get_settings`, never at import, so tests and commands can
point roundtwo at another folder or database by setting the environment.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("roundtwo", appauthor=False))


class Settings(BaseSettings):
    """Every setting roundtwo reads, each with a default and a help text."""

    model_config = SettingsConfigDict(env_prefix="ROUNDTWO_", extra="ignore")

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Folder for the SQLite database and exports (default: the user's data folder).",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the database; unset means SQLite in data_dir. "
        "Use postgresql+psycopg://user@host/db for a server.",
    )
    host: str = Field(default="127.0.0.1", description="Address `roundtwo serve` listens on.")
    port: int = Field(default=8000, description="Port `roundtwo serve` listens on.")
    timezone: str | None = Field(
        default=None,
        description="IANA zone for times typed without one (default: the machine's zone).",
    )
    smtp_host: str | None = Field(default=None, description="SMTP server for thank-you notes.")
    smtp_port: int = Field(default=587, description="SMTP port.")
    smtp_username: str | None = Field(default=None, description="SMTP user name.")
    smtp_password_env: str = Field(
        default="ROUNDTWO_SMTP_PASSWORD",
        description="Name of the environment variable holding the SMTP password (never stored).",
    )
    smtp_starttls: bool = Field(default=True, description="Upgrade the SMTP connection with STARTTLS.")
    smtp_sender: str | None = Field(default=None, description="From address for thank-you notes.")

    @property
    def sqlalchemy_url(self) -> str:
        """The database URL in force: the configured one, or SQLite in ``data_dir``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'roundtwo.sqlite3'}"


def get_settings() -> Settings:
    """Read the settings from the environment now."""
    return Settings()
