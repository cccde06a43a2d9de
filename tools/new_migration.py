"""Autogenerate a migration against a fresh SQLite database at head.

Usage: python tools/new_migration.py REV_ID "message"
Review the generated file before committing it (STYLE.md, rule 6).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from roundtwo.store.database import make_engine
from roundtwo.store.migrations import alembic_config, upgrade


def main() -> None:
    rev_id, message = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'scratch.sqlite3'}"
        engine = make_engine(url)
        if any(
            (Path(alembic_config(url).get_main_option("script_location") or "") / "versions").glob("*.py")
        ):
            upgrade(engine)
        config = alembic_config(url)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)


if __name__ == "__main__":
    main()
