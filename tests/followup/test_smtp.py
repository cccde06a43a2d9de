"""Sending through a real local SMTP server (aiosmtpd), and every way it can fail."""

from __future__ import annotations

import email
import ssl
import sys
import types
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from typing import Any

import pytest

from roundtwo.errors import RoundtwoError
from roundtwo.followup.message import email_message
from roundtwo.followup.smtp import KEYRING_SERVICE, SmtpSettings, send_message

SENDER = "Sam Carter <sam@example.com>"
BODY = "Dear Priya,\n\nThank you for the conversation on Tuesday — it was a pleasure.\n\nSam"
ENV = "ROUNDTWO_TEST_SMTP_PASSWORD"
HOST = "127.0.0.1"
# The conftest's servers: smtp_server(...) returns a mailbox with .port and .envelopes.
Start = Callable[..., Any]


def _message(to: str | list[str] = "priya@acme.example") -> EmailMessage:
    return email_message(SENDER, to, "Thank you: PMM interview", BODY)


def _plain(port: int, **changes: object) -> SmtpSettings:
    values: dict[str, object] = {"host": HOST, "port": port, "username": None, "starttls": False}
    values.update(changes)
    return SmtpSettings(**values)  # type: ignore[arg-type]


def _received(mailbox: Any) -> EmailMessage:
    assert len(mailbox.envelopes) == 1
    content = mailbox.envelopes[0].content
    assert isinstance(content, bytes)
    return email.message_from_bytes(content, _class=EmailMessage, policy=policy.default)


def test_send_message_plain_delivers(smtp_server: Start) -> None:
    mailbox = smtp_server()
    msg = _message()
    before = msg.as_bytes()
    send_message(msg, _plain(mailbox.port))
    envelope = mailbox.envelopes[0]
    assert envelope.mail_from == "sam@example.com"
    assert envelope.rcpt_tos == ["priya@acme.example"]
    arrived = _received(mailbox)
    assert arrived["Subject"] == msg["Subject"]
    assert arrived.get_content().replace("\r\n", "\n") == BODY + "\n"
    assert msg.as_bytes() == before


def test_send_message_starttls_with_login(
    smtp_server: Start, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext, smtp_account: Any
) -> None:
    mailbox = smtp_server(tls=server_tls)
    settings = _plain(mailbox.port, starttls=True, username=smtp_account.user, password_env=ENV)
    send_message(_message(), settings, context=client_tls, environ={ENV: smtp_account.password})
    assert _received(mailbox)["To"] == "priya@acme.example"


def test_send_message_implicit_tls(
    smtp_server: Start, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext, smtp_account: Any
) -> None:
    mailbox = smtp_server(tls=server_tls, implicit=True)
    settings = _plain(mailbox.port, implicit_tls=True, username=smtp_account.user, password_env=ENV)
    send_message(_message(), settings, context=client_tls, environ={ENV: smtp_account.password})
    assert _received(mailbox)["From"] == SENDER


def test_send_message_password_from_keyring(
    smtp_server: Start,
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
    smtp_account: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, str]] = []

    def get_password(service: str, username: str) -> str:
        asked.append((service, username))
        return str(smtp_account.password)

    fake = types.ModuleType("keyring")
    fake.get_password = get_password  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    mailbox = smtp_server(tls=server_tls)
    settings = _plain(mailbox.port, starttls=True, username=smtp_account.user, password_env=ENV)
    send_message(_message(), settings, context=client_tls, environ={})
    assert asked == [(KEYRING_SERVICE, smtp_account.user)]
    assert len(mailbox.envelopes) == 1


@pytest.fixture
def failing(
    smtp_server: Start,
    server_tls: ssl.SSLContext,
    silent_port: int,
    unused_port: int,
    smtp_account: Any,
) -> Callable[[str], tuple[SmtpSettings, dict[str, str], EmailMessage, Any]]:
    """``failing(case)``: the settings, environment, message and mailbox for a failure."""
    user, refused = smtp_account.user, smtp_account.refused

    def make(case: str) -> tuple[SmtpSettings, dict[str, str], EmailMessage, Any]:
        if case == "refused_recipient":
            mailbox = smtp_server()
            return _plain(mailbox.port), {}, _message(refused), mailbox
        if case == "nothing_listening":
            return _plain(unused_port), {}, _message(), None
        if case == "timeout":
            return _plain(silent_port, timeout=0.5), {}, _message(), None
        if case == "unknown_host":
            return _plain(25, host="smtp.invalid", timeout=2), {}, _message(), None
        if case == "no_starttls":
            mailbox = smtp_server()
            return _plain(mailbox.port, starttls=True), {}, _message(), mailbox
        if case == "wrong_password":
            mailbox = smtp_server(tls=server_tls)
            settings = _plain(mailbox.port, starttls=True, username=user, password_env=ENV)
            return settings, {ENV: "wrong"}, _message(), mailbox
        if case == "no_password":
            return _plain(unused_port, username=user, password_env=ENV), {}, _message(), None
        if case == "no_sender":
            msg = email_message(None, "priya@acme.example", "Thank you", BODY)
            return _plain(unused_port), {}, msg, None
        if case == "no_recipient":
            return _plain(unused_port), {}, email_message(SENDER, "", "Thank you", BODY), None
        if case == "bad_port":
            return _plain(70000), {}, _message(), None
        raise AssertionError(case)

    return make


FAILURES = {
    "refused_recipient": "refused the recipient nobody@example.com \\(550",
    "nothing_listening": "could not reach the SMTP server",
    "timeout": "did not answer within 0.5 s while connecting",
    "unknown_host": "could not be found",
    "no_starttls": "does not offer STARTTLS",
    "wrong_password": "refused the login for 'candidate'",
    "no_password": f"no SMTP password for 'candidate': the environment variable {ENV} is not set",
    "no_sender": "no sender",
    "no_recipient": "no recipient",
    "bad_port": "is not a host and port",
}


@pytest.mark.parametrize("case", FAILURES)
def test_send_message_failure_keeps_draft(
    case: str, failing: Callable[[str], Any], client_tls: ssl.SSLContext
) -> None:
    settings, environ, msg, mailbox = failing(case)
    before = msg.as_bytes()
    with pytest.raises(RoundtwoError, match=FAILURES[case]) as info:
        send_message(msg, settings, context=client_tls, environ=environ)
    assert info.value.hint is not None and "draft is kept" in info.value.hint
    assert msg.as_bytes() == before
    if mailbox is not None:
        assert mailbox.envelopes == []


def test_send_message_untrusted_certificate(smtp_server: Start, server_tls: ssl.SSLContext) -> None:
    mailbox = smtp_server(tls=server_tls)
    untrusting = ssl.create_default_context(cafile=None, capath=None, cadata=None)
    with pytest.raises(RoundtwoError, match="could not be verified"):
        send_message(_message(), _plain(mailbox.port, starttls=True), context=untrusting)
    assert mailbox.envelopes == []


def test_send_message_some_recipients_refused(smtp_server: Start, smtp_account: Any) -> None:
    mailbox = smtp_server()
    refused = smtp_account.refused
    with pytest.raises(RoundtwoError, match=f"delivered to some recipients but refused {refused}"):
        send_message(_message(["priya@acme.example", refused]), _plain(mailbox.port))
    assert mailbox.envelopes[0].rcpt_tos == ["priya@acme.example"]


def test_send_message_broken_keyring_falls_back_to_message(
    monkeypatch: pytest.MonkeyPatch, unused_port: int
) -> None:
    def get_password(service: str, username: str) -> str:
        raise RuntimeError("no backend")

    fake = types.ModuleType("keyring")
    fake.get_password = get_password  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    settings = _plain(unused_port, username="candidate", password_env=None)
    with pytest.raises(RoundtwoError, match="no environment variable is configured"):
        send_message(_message(), settings, environ={})
