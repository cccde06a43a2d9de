"""``roundtwo practice``: a mock interview, typed in the terminal or run from a script (CONTRACT.md)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from roundtwo.cli._io import fail, print_json, read_input
from roundtwo.cli.app import app
from roundtwo.errors import RoundtwoError

if TYPE_CHECKING:
    from rich.console import Console

    from roundtwo.practice import InterviewSetup, Prompt, Session

FEEDBACK_MODES = ("each", "end")
SEPARATOR = "---"


@app.command("practice")
def practice(
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="sequential, panel, technical, case_study or presentation.",
            show_default=False,
        ),
    ] = None,
    role: Annotated[
        str | None, typer.Option("--role", "-r", help="Role family, e.g. software_engineering.")
    ] = None,
    interview: Annotated[
        int | None,
        typer.Option("--interview", help="A stored interview's id: its people, job description and brief."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same answers: same session.")] = 0,
    script: Annotated[
        str | None,
        typer.Option("--script", help="File (or -) of answers separated by lines holding only ---."),
    ] = None,
    questions: Annotated[
        int | None, typer.Option("--questions", "-n", help="Main questions (default: the format's).")
    ] = None,
    feedback: Annotated[
        str, typer.Option("--feedback", help="Show feedback after each answer, or only at the end.")
    ] = "each",
    as_json: Annotated[
        bool, typer.Option("--json", help="With --script: print the session as JSON.")
    ] = False,
) -> None:
    """Rehearse a mock interview with follow-up probes and a scorecard."""
    from roundtwo.content.vocabulary import FORMATS, ROLE_FAMILIES
    from roundtwo.read.questions import check_choice

    try:
        if format is None and interview is None:
            raise RoundtwoError(f"choose a format with --format: {', '.join(FORMATS)}.")
        check_choice(format, FORMATS, "format")
        check_choice(role, ROLE_FAMILIES, "role family")
        check_choice(feedback, FEEDBACK_MODES, "feedback mode")
        if as_json and script is None:
            raise RoundtwoError("--json needs --script FILE: a typed session prints to the terminal.")
        answers = split_script(read_input(script), script) if script is not None else None
        setup = _load_interview(interview) if interview is not None else None
        session = _start(format, role, seed, setup, questions)
    except RoundtwoError as exc:
        fail(str(exc))
    if answers is not None:
        _run_script(session, answers, script or "-")
        if as_json:
            print_json(session.to_dict())
        else:
            _print_transcript(session)
        return
    _run_interactive(session, feedback)


def split_script(text: str, source: str | None) -> list[str]:
    """The answers in a script: text between lines that hold only ``---``, trimmed.

    An empty answer between two separators is a skipped question; a
    separator at the very end adds no answer. A script with no text at all
    raises RoundtwoError.
    """
    name = source if source not in (None, "-") else "standard input"
    if not text.strip():
        raise RoundtwoError(
            f"the script {name} holds no answers.",
            hint=f"Write one answer per prompt, separated by lines holding only {SEPARATOR}.",
        )
    answers: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip() == SEPARATOR:
            answers.append([])
        else:
            answers[-1].append(line)
    chunks = ["\n".join(lines).strip() for lines in answers]
    if len(chunks) > 1 and not chunks[-1]:
        chunks.pop()
    return chunks


def _load_interview(interview_id: int) -> InterviewSetup:
    from roundtwo.services.practice_setup import load_practice_setup

    return load_practice_setup(interview_id)


def _start(
    format: str | None, role: str | None, seed: int, setup: InterviewSetup | None, questions: int | None
) -> Session:
    from roundtwo.content.vocabulary import FORMATS
    from roundtwo.practice import start_session

    if format is None:
        known = [f for f in (setup.formats if setup else ()) if f in FORMATS]
        if not known:
            raise RoundtwoError(
                "the interview names no format to practise.", hint=f"Give --format: {', '.join(FORMATS)}."
            )
        format = known[0]
    return start_session(format, role=role, seed=seed, interview=setup, length=questions)


def _run_script(session: Session, answers: list[str], source: str) -> None:
    used = 0
    for number, answer in enumerate(answers, start=1):
        if session.finished:
            break
        try:
            session.answer(answer)
        except RoundtwoError as exc:
            fail(f"answer {number} in {source}: {exc}")
        used = number
    session.finish()
    if used < len(answers):
        left = len(answers) - used
        typer.echo(f"roundtwo: the session ended before the last {left} answer(s) in {source}.", err=True)


# --- the terminal --------------------------------------------------------------


def _run_interactive(session: Session, feedback: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    console.print(
        f"[bold]Mock {session.format.replace('_', ' ')} interview[/] with "
        + escape(", ".join(f"{p.name} ({p.title})" for p in session.interviewers))
        + ".\n[dim]Type your answer; an empty line ends it. An empty answer skips the question; "
        "Ctrl-D ends the session.[/]"
    )
    while (prompt := session.prompt) is not None:
        _print_prompt(console, prompt)
        text = _read_answer()
        if text is None:
            break
        try:
            turn = session.answer(text)
        except RoundtwoError as exc:
            console.print(f"[red]{escape(str(exc))}[/] Try again.")
            continue
        if feedback == "each":
            _print_turn_feedback(console, turn)
    session.finish()
    if feedback == "end":
        for turn in session.turns:
            _print_turn_feedback(console, turn)
    _print_scorecard(console, session.scorecard())


def _read_answer() -> str | None:
    """Lines up to an empty line or end of input; None when input ends before any text."""
    lines: list[str] = []
    while True:
        line = sys.stdin.readline()
        if line == "":
            return "\n".join(lines) if lines else None
        if not line.strip():
            return "\n".join(lines)
        lines.append(line.rstrip("\n"))


def _print_transcript(session: Session) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    for turn in session.turns:
        console.rule(escape(f"{turn['number']}. {turn['interviewer']} · {turn['type'].replace('_', '-')}"))
        console.print(f"[italic]{escape(turn['lead'])}[/]\n[bold]{escape(turn['text'])}[/]")
        console.print(escape(turn["answer"]) if turn["answer"] else "[dim](skipped)[/]")
        _print_turn_feedback(console, turn)
    _print_scorecard(console, session.scorecard())


def _print_prompt(console: Console, prompt: Prompt) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    person = prompt.interviewer
    where = "follow-up" if prompt.type == "follow_up" else f"{prompt.main + 1} of {prompt.main_total}"
    body = f"[italic]{escape(prompt.lead)}[/]\n\n[bold]{escape(prompt.text)}[/]"
    if prompt.type == "presentation":
        body += (
            f"\n\n[cyan]Prepare: {prompt.prepare_minutes} minutes · "
            f"present: {prompt.present_minutes} minutes.[/] Type your outline or your talk."
        )
    if prompt.pressure:
        body += "\n[yellow]Pressure question.[/]"
    console.print(Panel(body, title=escape(f"{person.name}, {person.title} — {where}"), title_align="left"))


def _print_turn_feedback(console: Console, turn: dict[str, Any]) -> None:
    from rich.markup import escape

    from roundtwo.practice.scorecard import turn_feedback, turn_score

    analysis = turn.get("analysis")
    if not analysis:
        console.print("[dim]Skipped.[/]")
        return
    check = turn.get("presentation")
    if turn["type"] == "follow_up":
        answered = turn["reason"] in turn.get("closes", [])
        console.print(
            "[green]That answers the follow-up.[/]" if answered else "[yellow]The follow-up is still open.[/]"
        )
    elif check:
        console.print(
            f"[bold]Structure {turn_score(turn)}[/] · {5 - len(check['missing'])} of 5 parts · about "
            f"{check['estimated_minutes']} of {check['allotted_minutes']} minutes "
            f"({check['timing'].replace('_', ' ')})"
        )
    else:
        star = " ".join(p if present else f"[dim]{p.lower()}[/]" for p, present in analysis["star"].items())
        console.print(f"[bold]Score {turn_score(turn)}[/] · STAR {star} · {analysis['word_count']} words")
    for item in [i for i in turn_feedback(turn) if i["kind"] != "strength"][:3]:
        quoted = f' [dim]"{escape(item["evidence"])}"[/]' if item["evidence"] else ""
        console.print(f"  • {escape(item['message'])}{quoted}")


def _print_scorecard(console: Console, card: dict[str, Any]) -> None:
    from rich.markup import escape
    from rich.table import Table

    console.rule("Scorecard")
    table = Table(show_header=False, box=None)
    table.add_row("Overall", str(card["overall"]))
    for name, value in card["attributes"].items():
        table.add_row(name.replace("_", " ").capitalize(), str(value))
    if card["structure_share"] is not None:
        table.add_row("Stories in full STAR", f"{card['structure_share']:.0%}")
    table.add_row("Answers with measured impact", f"{card['metrics_share']:.0%}")
    console.print(table)
    for title, lines in (
        ("Interviewers", [i["text"] for i in card["impressions"]]),
        ("Strengths", card["strengths"]),
        ("Improve first", card["improvements"]),
        ("Skipped", [s["text"] for s in card["skipped"]]),
    ):
        if lines:
            console.print(f"\n[bold]{title}[/]")
            for line in lines:
                console.print(f"  • {escape(line)}")
    if card["unasked"]:
        console.print(f"\n[dim]{card['unasked']} question(s) not reached.[/]")
    weakest = card["weakest"]
    if weakest and weakest["score"] < 60:
        console.print(
            f"\n[bold]Your weakest answer, restructured[/] ({escape(weakest['question'])})\n"
            + escape(weakest["restructured"])
        )
