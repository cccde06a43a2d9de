"""``roundtwo ask``: check the questions you plan to ask, or get suggestions (CONTRACT.md)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from roundtwo.cli._io import fail, print_json, read_input, run_batch
from roundtwo.cli.app import app
from roundtwo.errors import RoundtwoError

ask_app = typer.Typer(help="Questions to ask the interviewers.", no_args_is_help=True)
app.add_typer(ask_app, name="ask")


def _lint_request(request: dict[str, Any]) -> dict[str, Any]:
    """One batch line ``{"question"}`` to its verdict (``id`` echoed when given)."""
    from roundtwo.read.asks import lint_question

    question = request.get("question")
    if not isinstance(question, str):
        raise RoundtwoError('the request has no "question" text.', hint='Give {"question": "..."}.')
    verdict = lint_question(question).to_dict()
    return {"id": request["id"], **verdict} if "id" in request else verdict


@ask_app.command("lint")
def lint(
    file: Annotated[
        str | None, typer.Argument(help="One question a line; a file, or - for standard input.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON array.")] = False,
    batch: Annotated[
        bool, typer.Option("--batch", help='JSON Lines in ({"question"}), one verdict a line out.')
    ] = False,
) -> None:
    """Flag questions to leave to HR and generic ones the website answers."""
    from roundtwo.read.asks import lint_questions

    if batch:
        run_batch(_lint_request)
        return
    try:
        verdicts = lint_questions(read_input(file).splitlines())
    except RoundtwoError as exc:
        fail(str(exc))
    if not verdicts:
        fail("no questions to check; give one question a line.")
    if as_json:
        print_json([v.to_dict() for v in verdicts])
        return
    for v in verdicts:
        mark = "HR later" if v.administrative else "generic" if v.generic else "ok"
        typer.echo(f"[{mark}] {v.question}")
        typer.echo(f"    {v.advice} Best for: {', '.join(v.best_for)}.")


@ask_app.command("suggest")
def suggest(
    kind: Annotated[
        str, typer.Option("--kind", "-k", help="hiring_manager, peer, senior_leader, hr or other.")
    ],
    role: Annotated[str | None, typer.Option("--role", "-r", help="Role family, e.g. marketing.")] = None,
    company: Annotated[str | None, typer.Option("--company", help="Company name.")] = None,
    competitor: Annotated[
        list[str] | None, typer.Option("--competitor", help="A main competitor (repeatable).")
    ] = None,
    product: Annotated[
        list[str] | None, typer.Option("--product", help="A main product (repeatable).")
    ] = None,
    goal: Annotated[
        list[str] | None, typer.Option("--goal", help="A goal for this year (repeatable).")
    ] = None,
    industry: Annotated[str | None, typer.Option("--industry", help="The industry.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most N questions.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON array.")] = False,
) -> None:
    """Suggest strategic questions to ask one kind of interviewer."""
    from roundtwo.read.asks import suggest_questions
    from roundtwo.read.questions import CompanyFacts

    facts = CompanyFacts(
        name=company,
        competitors=competitor or (),
        products=product or (),
        goals=goal or (),
        industry=industry,
    )
    try:
        found = suggest_questions(kind, role=role, company=facts, limit=limit)
    except RoundtwoError as exc:
        fail(str(exc))
    if as_json:
        print_json(found)
        return
    if not found:
        typer.echo("No suggestions for this interviewer yet.")
    for item in found:
        typer.echo(f"- {item['text']}")
