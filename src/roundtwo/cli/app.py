"""The Typer application every command module registers on.

Command modules import their engines inside the command functions, so that
``roundtwo analyze`` does not pay for FastAPI or SQLAlchemy at start-up.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="roundtwo",
    help="Prepare for a second-round interview: plan, rehearse, follow up.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Prepare for a second-round interview: plan, rehearse, follow up."""


@app.command()
def version() -> None:
    """Print roundtwo's version."""
    from roundtwo import __version__

    typer.echo(__version__)
