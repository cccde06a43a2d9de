"""The ``roundtwo`` command line.

Each command lives in a module of its own beside this one and registers on
:data:`roundtwo.cli.app.app` when imported.
"""

from __future__ import annotations

import typer

from roundtwo.cli.app import app
from roundtwo.errors import RoundtwoError

# Command modules: importing one registers its commands.
# isort: off
# --- commands (one line each; keep sorted) ---
from roundtwo.cli import analyze  # noqa: F401
from roundtwo.cli import ask  # noqa: F401
from roundtwo.cli import practice  # noqa: F401
from roundtwo.cli import invite  # noqa: F401
from roundtwo.cli import questions  # noqa: F401
from roundtwo.cli import serve  # noqa: F401
from roundtwo.cli import workspace  # noqa: F401
# --- end commands ---
# isort: on


def main() -> None:
    """Entry point: run the app, turning a RoundtwoError into one line on stderr."""
    try:
        app()
    except RoundtwoError as exc:
        typer.echo(f"roundtwo: {exc}", err=True)
        raise SystemExit(1) from None
