"""Input and output helpers shared by the commands: one path for errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn

import typer

from roundtwo.errors import RoundtwoError

#: Largest text a command reads from one file or from standard input.
MAX_INPUT_BYTES = 5 * 1024 * 1024


def fail(message: str) -> NoReturn:
    """Print one clear line on standard error and exit with status 1."""
    typer.echo(f"roundtwo: {message}", err=True)
    raise typer.Exit(1)


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text from ``data``, refusing binary content with a clear message."""
    if b"\x00" in data:
        raise RoundtwoError(f"{source} holds binary data, not text.", hint="Give a UTF-8 text file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RoundtwoError(
            f"{source} is not UTF-8 text (byte {exc.start}).", hint="Save it as UTF-8 and try again."
        ) from exc


def read_input(path: str | None) -> str:
    """The text of ``path``, or of standard input when ``path`` is None or ``-``."""
    if path in (None, "-"):
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        source = "standard input"
    else:
        file = Path(path)
        if not file.is_file():
            raise RoundtwoError(f"no such file: {path}.", hint="Check the path.")
        with file.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
        source = str(path)
    if len(data) > MAX_INPUT_BYTES:
        raise RoundtwoError(
            f"{source} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB.",
            hint="Give a shorter text.",
        )
    return decode_text(data, source)


def print_json(value: Any) -> None:
    """Write ``value`` as one line of JSON on standard output."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")


def run_batch(
    handle: Callable[[dict[str, Any]], dict[str, Any]], lines: Iterable[bytes] | None = None
) -> None:
    """Answer JSON Lines on standard input, one result a line, in order.

    A bad line (invalid JSON, not an object, or a request the handler refuses
    with :class:`RoundtwoError` or :class:`ValueError`) yields
    ``{"id": ..., "error": "..."}`` in its place and the run goes on.
    Blank lines are skipped.
    """
    source = lines if lines is not None else sys.stdin.buffer
    out = sys.stdout
    for number, raw in enumerate(source, start=1):
        if not raw.strip():
            continue
        request_id: Any = None
        try:
            text = decode_text(raw, f"line {number}")
            try:
                request = json.loads(text)
            except json.JSONDecodeError as exc:
                raise RoundtwoError(f"line {number} is not valid JSON ({exc.msg}).") from exc
            if not isinstance(request, dict):
                raise RoundtwoError(f"line {number} is not a JSON object.")
            request_id = request.get("id")
            result = handle(request)
        except (RoundtwoError, ValueError) as exc:
            result = {"id": request_id, "error": str(exc)}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
