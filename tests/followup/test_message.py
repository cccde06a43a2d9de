"""Email files and mailto links, read back with the standard library."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from roundtwo.errors import RoundtwoError
from roundtwo.followup.message import email_message, eml_bytes, mailto_link

SENDER = "Sam Carter <sam@example.com>"
TO = "Priya Raman <priya@acme.example>"
BODIES = {
    "ascii": "Dear Priya,\n\nThank you for your time today.\n\nBest regards,\nSam Carter",
    "unicode": "Hola José,\n\nGracias — ¡fue un placer! Zoë & Ørsted say 100% +1.\n\nSam",
    "long_line": "Dear Priya, " + "thank you again for the conversation " * 40,
    "crlf": "Dear Priya,\r\n\r\nThanks.\r\nSam",
    "symbols": "a=b&c?d#e%f+g/h;i:j,k'l\"m<n>o",
}


def _normalised(body: str) -> str:
    text = body.replace("\r\n", "\n")
    return text if text.endswith("\n") else text + "\n"


@pytest.mark.parametrize("name", BODIES)
def test_eml_bytes_parses_back(name: str) -> None:
    body = BODIES[name]
    when = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
    data = eml_bytes(SENDER, [TO], "Thank you: PMM interview", body, date=when)
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert parsed["From"] == SENDER and parsed["To"] == TO
    assert parsed["Subject"] == "Thank you: PMM interview"
    assert parsed["X-Unsent"] == "1"
    assert parsedate_to_datetime(parsed["Date"]) == when
    assert parsed["Message-ID"].endswith("@example.com>")
    assert parsed.get_content().replace("\r\n", "\n") == _normalised(body)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


def test_email_message_subject_line_breaks_collapsed() -> None:
    msg = email_message(SENDER, TO, "Thank you\r\nBcc: evil@example.com", BODIES["ascii"])
    assert msg["Subject"] == "Thank you Bcc: evil@example.com"
    assert msg["Bcc"] is None


def test_email_message_several_recipients() -> None:
    msg = email_message(SENDER, "a@example.com, Bo <b@example.com>", "Hi", "Thanks")
    assert [a.addr_spec for a in msg["To"].addresses] == ["a@example.com", "b@example.com"]


@pytest.mark.parametrize(("sender", "to"), [(None, ""), ("", []), (SENDER, "")])
def test_email_message_draft_without_addresses(sender: str | None, to: str | list[str]) -> None:
    msg = email_message(sender, to, "Thank you", BODIES["ascii"])
    assert msg["To"] is None
    assert (msg["From"] is None) == (not sender)
    assert msg["Message-ID"]


@pytest.mark.parametrize("bad", ["priya", "priya@", "@acme.example", "two words@acme.example"])
def test_email_message_bad_address_raises(bad: str) -> None:
    with pytest.raises(RoundtwoError, match="is not an email address") as info:
        email_message(SENDER, bad, "Thank you", BODIES["ascii"])
    assert info.value.field == "to"


def test_email_message_two_senders_raises() -> None:
    with pytest.raises(RoundtwoError, match="more than one address"):
        email_message("a@example.com, b@example.com", TO, "Hi", "Thanks")


@pytest.mark.parametrize("body", ["", "  \n\n "])
def test_email_message_empty_body_raises(body: str) -> None:
    with pytest.raises(RoundtwoError, match="body is empty"):
        eml_bytes(SENDER, TO, "Thank you", body)


@pytest.mark.parametrize("name", BODIES)
def test_mailto_link_round_trips(name: str) -> None:
    body = BODIES[name]
    subject = "Thanks: R&D role? 100% yes + more"
    link = mailto_link("priya@acme.example", subject, body)
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "priya@acme.example"
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert query["subject"] == [subject]
    assert query["body"][0].replace("\r\n", "\n") == body.replace("\r\n", "\n")
    assert " " not in link and "\n" not in link and "+" not in parts.query


def test_mailto_link_empty_recipient() -> None:
    link = mailto_link("", "Thank you", "Thanks")
    assert link.startswith("mailto:?")
    assert parse_qs(urlsplit(link).query)["body"] == ["Thanks"]


def test_mailto_link_several_recipients_drop_names() -> None:
    link = mailto_link([TO, "lee@acme.example"], "Hi", "Thanks")
    assert unquote(urlsplit(link).path).split(",") == ["priya@acme.example", "lee@acme.example"]


def test_mailto_link_bad_address_raises() -> None:
    with pytest.raises(RoundtwoError, match="is not an email address"):
        mailto_link("priya at acme", "Hi", "Thanks")
