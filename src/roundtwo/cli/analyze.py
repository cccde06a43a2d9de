"""``roundtwo analyze``: read an interview answer and judge it (see CONTRACT.md)."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from roundtwo.cli._io import print_json, read_input, run_batch
from roundtwo.cli.app import app
from roundtwo.errors import RoundtwoError


def _optional_text(request: dict[str, Any], key: str) -> str | None:
    value = request.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RoundtwoError(f'"{key}" must be text, not {type(value).__name__}.')
    return value


def _answer_request(request: dict[str, Any]) -> dict[str, Any]:
    """One batch line: ``{"id", "question", "category", "answer"}`` to the analysis with ``id``."""
    from roundtwo.coach import analyze

    if "answer" not in request:
        raise RoundtwoError('the request has no "answer" field.', hint="Give the answer text.")
    analysis = analyze(
        request["answer"],
        question=_optional_text(request, "question"),
        category=_optional_text(request, "category"),
    )
    return {"id": request.get("id"), **analysis.to_dict()}


def _print_report(result: dict[str, Any]) -> None:
    """A short readable report of one analysis, in plain text."""
    star = " ".join(f"{part}{'+' if present else '-'}" for part, present in result["star"].items())
    attributes = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in result["attributes"].items())
    lines = [
        f"Score {result['score']}/100   STAR {star}",
        f"{result['word_count']} words, about {round(result['speaking_seconds'])} s spoken "
        f"({result['length']})",
        f"Attributes: {attributes}",
        f"Metrics: {', '.join(m['text'] for m in result['metrics']) or 'none'}",
        "",
        "Sentences:",
    ]
    lines += [f"  [{s['star'] or '-'}] {s['text']}" for s in result["sentences"]]
    lines += ["", "Feedback:"]
    for item in result["feedback"]:
        quote = f'  "{item["evidence"]}"' if item["evidence"] else ""
        lines.append(f"  - {item['message']}{quote}")
    if result["follow_up"]:
        lines += ["", f"Follow-up: {result['follow_up']}"]
    lines += ["", "Restructured:", result["restructured"]]
    typer.echo("\n".join(lines))


@app.command()
def analyze(
    file: Annotated[str | None, typer.Argument(help="Answer text file, or - for standard input.")] = None,
    question: Annotated[str | None, typer.Option("--question", "-q", help="The question asked.")] = None,
    category: Annotated[
        str | None,
        typer.Option(
            "--category",
            "-c",
            help="conflict, priorities, failure, leadership, teamwork, pressure, technical, "
            "strategy, motivation or culture.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    batch: Annotated[
        bool, typer.Option("--batch", help='JSON Lines in ({"id", "question", "category", "answer"}), out.')
    ] = False,
) -> None:
    """Read an interview answer: STAR parts, metrics, scores, feedback and the next probe."""
    if batch:
        run_batch(_answer_request)
        return
    if file is None and sys.stdin.isatty():
        raise RoundtwoError(
            "no answer given.", hint="Pass a file, or pipe the answer into 'roundtwo analyze -'."
        )
    result = _answer_request({"answer": read_input(file), "question": question, "category": category})
    result.pop("id")
    if as_json:
        print_json(result)
    else:
        _print_report(result)
