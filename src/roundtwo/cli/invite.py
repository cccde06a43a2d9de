"""``roundtwo invite parse``: read an interview invitation email."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from roundtwo.cli._io import MAX_INPUT_BYTES, fail, print_json, read_input, run_batch
from roundtwo.cli.app import app
from roundtwo.errors import RoundtwoError

invite_app = typer.Typer(help="Read interview invitation emails.", no_args_is_help=True)
app.add_typer(invite_app, name="invite")

_MIME = re.compile(
    r"^(?:mime-version|content-type|content-transfer-encoding)\s*:", re.IGNORECASE | re.MULTILINE
)


def _today(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise RoundtwoError(f"--today must be a date as YYYY-MM-DD, not {value!r}.") from None


def local_zone() -> str:
    """The machine's IANA zone: $TZ, /etc/timezone or /etc/localtime, else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    timezone_file = Path("/etc/timezone")
    if timezone_file.is_file():
        candidates.append(timezone_file.read_text(encoding="utf-8").strip())
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    from zoneinfo import ZoneInfo

    for name in candidates:
        if not name:
            continue
        try:
            ZoneInfo(name)
        except (ValueError, KeyError, OSError):
            continue
        return name
    return "UTC"


def _read_email(path: str | None) -> str:
    """The invitation's text from a file (.eml or text) or standard input."""
    from roundtwo.read.invite import read_eml

    if path not in (None, "-") and str(path).lower().endswith(".eml"):
        file = Path(str(path))
        if not file.is_file():
            raise RoundtwoError(f"no such file: {path}.", hint="Check the path.")
        data = file.read_bytes()[: MAX_INPUT_BYTES + 1]
        if len(data) > MAX_INPUT_BYTES:
            raise RoundtwoError(
                f"{path} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB.", hint="Give a shorter email."
            )
        return read_eml(data)
    text = read_input(path)
    head = text[:4000]
    if _MIME.search(head) and re.search(r"^subject\s*:", head, re.IGNORECASE | re.MULTILINE):
        return read_eml(text.encode("utf-8"))
    return text


def _request(request: dict[str, Any]) -> dict[str, Any]:
    from roundtwo.read.invite import parse_invite

    email = request.get("email")
    if not isinstance(email, str):
        raise RoundtwoError('the request has no "email" text.')
    today = request.get("today")
    if today is not None and not isinstance(today, str):
        raise RoundtwoError(f'"today" must be a YYYY-MM-DD string, not {today!r}.')
    tz = request.get("tz") or local_zone()
    if not isinstance(tz, str):
        raise RoundtwoError(f'"tz" must be an IANA zone name, not {tz!r}.')
    invite = parse_invite(email, _today(today), tz)
    return {"id": request.get("id"), **invite.to_dict()}


def _when(data: dict[str, Any]) -> str:
    from datetime import datetime

    if not data["start"]:
        return data["date"] or "not found"
    start = datetime.fromisoformat(data["start"])
    text = start.strftime("%a %d %b %Y, %H:%M")
    if data["end"]:
        text += "–" + datetime.fromisoformat(data["end"]).strftime("%H:%M")
    return f"{text} ({data['timezone']})"


def _summary(data: dict[str, Any]) -> str:
    lines = [
        f"Company:      {data['company'] or 'not found'}",
        f"Role:         {data['role'] or 'not found'}",
        f"When:         {_when(data)}",
        f"Formats:      {', '.join(data['formats']) or 'not found'}",
        f"Where:        {data['location'] or data['video_link'] or 'not found'}",
    ]
    if data["location"] and data["video_link"]:
        lines.append(f"Video link:   {data['video_link']}")
    if data["interviewers"]:
        lines.append("Interviewers:")
        for person in data["interviewers"]:
            slot = ""
            if person["start"]:
                slot = "  " + person["start"][11:16] + (f"–{person['end'][11:16]}" if person["end"] else "")
            title = f", {person['title']}" if person["title"] else ""
            lines.append(f"  - {person['name']}{title} ({person['kind'].replace('_', ' ')}){slot}")
    if data["preparation"]:
        lines.append("Prepare:")
        lines += [f"  - {item}" for item in data["preparation"]]
    if data["missing"]:
        lines.append(f"Not found:    {', '.join(data['missing'])}")
    return "\n".join(lines)


@invite_app.command("parse")
def parse(
    file: Annotated[
        str | None, typer.Argument(help="The email: a text or .eml file, or - for standard input.")
    ] = None,
    today: Annotated[
        str | None, typer.Option("--today", help="Read relative dates from this day (YYYY-MM-DD).")
    ] = None,
    tz: Annotated[str | None, typer.Option("--tz", help="IANA zone for times written without one.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    batch: Annotated[
        bool, typer.Option("--batch", help='JSON Lines in ({"id","today","tz","email"}), out in order.')
    ] = False,
) -> None:
    """Read an interview invitation: company, role, time, formats, people, place."""
    if batch:
        run_batch(_request)
        return
    from roundtwo.read.invite import parse_invite

    try:
        email = _read_email(file)
        data = parse_invite(email, _today(today), tz or local_zone()).to_dict()
    except RoundtwoError as exc:
        fail(str(exc))
    if as_json:
        print_json(data)
    else:
        typer.echo(_summary(data))
