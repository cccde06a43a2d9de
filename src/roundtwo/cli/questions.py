"""``roundtwo questions list``: the question bank, filtered and ranked (see CONTRACT.md)."""

from __future__ import annotations

from typing import Annotated

import typer

from roundtwo.cli._io import fail, print_json, read_input
from roundtwo.cli.app import app
from roundtwo.errors import RoundtwoError

questions_app = typer.Typer(help="Browse the interview question bank.", no_args_is_help=True)
app.add_typer(questions_app, name="questions")


@questions_app.command("list")
def list_questions(
    category: Annotated[
        str | None, typer.Option("--category", "-c", help="conflict, priorities, failure, ...")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", "-k", help="hiring_manager, peer, senior_leader, hr or other."),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="sequential, panel, technical, case_study or presentation."),
    ] = None,
    role: Annotated[
        str | None, typer.Option("--role", "-r", help="Role family, e.g. software_engineering.")
    ] = None,
    jd: Annotated[
        str | None,
        typer.Option("--jd", help="Job description file (or -) to rank the questions by fit."),
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most N questions.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON array.")] = False,
) -> None:
    """List bank questions, filtered, and ranked by fit with --jd."""
    from roundtwo.read.jd import read_job_description
    from roundtwo.read.questions import select_questions

    try:
        description = read_job_description(read_input(jd)) if jd is not None else None
        found = select_questions(
            category=category, kind=kind, format=format, role=role, jd=description, limit=limit
        )
    except RoundtwoError as exc:
        fail(str(exc))
    if as_json:
        print_json([q.to_dict() for q in found])
        return
    _print_table(found, description.role_family if description else None)


def _print_table(found: list, family: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("category")
    table.add_column("question", ratio=3)
    table.add_column("kinds")
    for q in found:
        table.add_row(q.id, q.category, q.text, ", ".join(q.kinds))
    console = Console()
    console.print(table)
    note = f" for {family.replace('_', ' ')}" if family else ""
    console.print(f"{len(found)} questions{note}.")
