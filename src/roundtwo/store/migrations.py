"""Applying and checking Alembic migrations from code.

The same migrations serve SQLite and PostgreSQL; the scripts live in the
package (``roundtwo/store/revisions``) so an installed roundtwo can
upgrade a user's database without a checkout.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from roundtwo.errors import RoundtwoError
from roundtwo.store.database import describe, translated_errors

SCRIPTS = Path(__file__).with_name("revisions")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(engine: Engine) -> str | None:
    with translated_errors(str(engine.url)), engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_revision(engine: Engine) -> None:
    """Refuse a database that is behind the code or migrated by a newer roundtwo."""
    url = engine.url.render_as_string(hide_password=False)
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    scripts = ScriptDirectory.from_config(alembic_config(url))
    known = current is None or any(rev.revision == current for rev in scripts.walk_revisions())
    if not known:
        raise RoundtwoError(
            f"the database {describe(url)} was migrated by a newer roundtwo (revision {current}).",
            hint="Upgrade roundtwo, or point ROUNDTWO_DATA_DIR at another folder. Nothing was changed.",
            status=503,
        )
    raise RoundtwoError(
        f"the database {describe(url)} is not up to date (revision {current or 'none'}, "
        f"code expects {head}).",
        hint="Run `roundtwo db upgrade`.",
        status=503,
    )


def upgrade(engine: Engine) -> str:
    """Bring the database to the newest revision; return that revision."""
    url = engine.url.render_as_string(hide_password=False)
    current = current_revision(engine)
    scripts = ScriptDirectory.from_config(alembic_config(url))
    if current is not None and not any(r.revision == current for r in scripts.walk_revisions()):
        check_revision(engine)  # raises the "newer roundtwo" message
    config = alembic_config(url)
    with translated_errors(url), engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return head_revision()
