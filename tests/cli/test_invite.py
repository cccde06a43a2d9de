"""``roundtwo invite parse``, run through the command line (CONTRACT.md)."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roundtwo.cli import app

runner = CliRunner()
EMAIL = (
    "Subject: Final round - Data Engineer - Osprey Freight\n\nHi Lee,\n\n"
    "Your interviews are on Tuesday, 9 June 2026 from 10:00 to 11:30 (London time) on "
    "https://zoom.us/j/555.\n\n- Amy Holt, Head of Data (the hiring manager)\n- Raj Patel, Senior "
    "Data Engineer\n\n"
    "Best,\nKim Yates\nRecruiter, Osprey Freight\n"
)
CONTRACT_KEYS = {
    "company",
    "role",
    "start",
    "end",
    "timezone",
    "formats",
    "location",
    "video_link",
    "interviewers",
}


def test_invite_parse_json_from_file(tmp_path: Path) -> None:
    path = tmp_path / "invite.txt"
    path.write_text(EMAIL, encoding="utf-8")
    result = runner.invoke(
        app, ["invite", "parse", str(path), "--today", "2026-06-01", "--tz", "Europe/London", "--json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data.keys() >= CONTRACT_KEYS | {"missing", "preparation", "agenda"}
    assert data["start"] == "2026-06-09T10:00:00+01:00" and data["end"] == "2026-06-09T11:30:00+01:00"
    assert [p["name"] for p in data["interviewers"]] == ["Amy Holt", "Raj Patel"]
    assert data["interviewers"][0]["kind"] == "hiring_manager"


def test_invite_parse_summary_from_stdin() -> None:
    result = runner.invoke(
        app, ["invite", "parse", "-", "--today", "2026-06-01", "--tz", "Europe/London"], input=EMAIL
    )
    assert result.exit_code == 0, result.stderr
    assert "Osprey Freight" in result.stdout
    assert "Amy Holt, Head of Data (hiring manager)" in result.stdout


def test_invite_parse_reads_an_eml_file(tmp_path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "Final round - Data Engineer - Osprey Freight"
    body = EMAIL.split("\n\n", 1)[1]
    message.set_content(body, cte="quoted-printable")
    message.add_alternative("<p>" + body.replace("\n", "<br>") + "</p>", subtype="html")
    path = tmp_path / "invite.eml"
    path.write_bytes(message.as_bytes())
    result = runner.invoke(
        app, ["invite", "parse", str(path), "--today", "2026-06-01", "--tz", "Europe/London", "--json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["role"] == "Data Engineer" and data["video_link"] == "https://zoom.us/j/555"


def test_invite_parse_batch_keeps_order_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a", "today": "2026-06-01", "tz": "Europe/London", "email": EMAIL}),
        "not json",
        json.dumps({"id": "b", "today": "2026-13-01", "tz": "Europe/London", "email": EMAIL}),
        json.dumps({"id": "c", "today": "2026-06-01", "tz": "Mars/Olympus", "email": EMAIL}),
        json.dumps({"id": "d", "today": "2026-06-01", "tz": "UTC", "email": ""}),
        json.dumps(
            {"id": "e", "today": "2026-06-01", "tz": "UTC", "email": "Subject: Hi\n\nWe'll be in touch."}
        ),
    ]
    result = runner.invoke(app, ["invite", "parse", "--batch"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "b", "c", "d", "e"]
    assert out[0]["company"] == "Osprey Freight"
    assert "not valid JSON" in out[1]["error"]
    assert "YYYY-MM-DD" in out[2]["error"]
    assert "unknown time zone" in out[3]["error"]
    assert "empty" in out[4]["error"]
    assert out[5]["start"] is None and "start" in out[5]["missing"]


@pytest.mark.parametrize(
    ("name", "args", "stdin", "message"),
    [
        ("malformed_date", ["--today", "2026-02-30", "--tz", "UTC"], EMAIL, "YYYY-MM-DD"),
        ("unknown_zone", ["--today", "2026-06-01", "--tz", "Nowhere/City"], EMAIL, "unknown time zone"),
        ("empty_email", ["--today", "2026-06-01", "--tz", "UTC"], "", "empty"),
    ],
)
def test_invite_parse_refuses_bad_input(name: str, args: list[str], stdin: str, message: str) -> None:
    result = runner.invoke(app, ["invite", "parse", "-", *args], input=stdin)
    assert result.exit_code == 1
    assert message in result.stderr


def test_invite_parse_refuses_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "invite.txt"
    path.write_bytes(b"Subject: x\x00\x01\x02")
    result = runner.invoke(app, ["invite", "parse", str(path), "--tz", "UTC"])
    assert result.exit_code == 1
    assert "binary" in result.stderr
