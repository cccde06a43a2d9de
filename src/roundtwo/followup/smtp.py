"""Sending a note through the user's own SMTP server (standard library smtplib).

Nothing is sent unless the user configured a server. The password never
lives in the database: it comes from the environment variable the settings
name or, when the optional ``keyring`` package is installed, from the OS
keyring (service ``roundtwo-smtp``, the SMTP user name as the key).
"""

from __future__ import annotations

import importlib
import os
import smtplib
import socket
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage

from roundtwo.errors import RoundtwoError

#: Keyring service under which ``keyring set roundtwo-smtp USER`` stores the password.
KEYRING_SERVICE = "roundtwo-smtp"
#: Said with every sending failure, so the user knows nothing was lost.
KEPT = "The draft is kept; fix this and send it again."


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send: the user's SMTP server.

    ``password_env`` names the environment variable holding the password;
    ``starttls`` upgrades a plain connection (port 587); ``implicit_tls``
    speaks TLS from the first byte (port 465) instead. ``timeout`` is in
    seconds, for connecting and for each reply.
    """

    host: str
    port: int = 587
    username: str | None = None
    password_env: str | None = "ROUNDTWO_SMTP_PASSWORD"
    starttls: bool = True
    timeout: float = 10
    implicit_tls: bool = False


def send_message(
    msg: EmailMessage,
    settings: SmtpSettings,
    *,
    context: ssl.SSLContext | None = None,
    environ: Mapping[str, str] | None = None,
) -> None:
    """Send ``msg`` through the server in ``settings``.

    In: a message with From and at least one of To, Cc or Bcc; the
    settings; optionally the TLS ``context`` (default: the system's trusted
    certificates with host name checking) and the environment to read the
    password from (default ``os.environ``). Out: nothing once the server
    accepted the message for every recipient.

    Errors: a missing sender, recipient or password, a host that cannot be
    reached, a timeout, a TLS failure, a refused login, sender, recipient or
    message each raise :class:`RoundtwoError` naming the server and the value
    at fault and saying the draft is kept. ``msg`` is never modified.
    """
    if not settings.host.strip() or not 0 < settings.port < 65536:
        raise RoundtwoError(
            f"the SMTP server '{settings.host}:{settings.port}' is not a host and port.",
            hint="Give the host name and port your mail provider lists (often 587). " + KEPT,
            field="host",
        )
    if not msg.get("From"):
        raise RoundtwoError("the message has no sender (From).", hint=KEPT, field="sender")
    if not any(msg.get_all(header) for header in ("To", "Cc", "Bcc")):
        raise RoundtwoError("the message has no recipient (To).", hint=KEPT, field="to")
    password = _password(settings, os.environ if environ is None else environ)
    stage = "connecting"
    try:
        tls = context or ssl.create_default_context()
        client: smtplib.SMTP
        if settings.implicit_tls:
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=tls)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            if settings.starttls and not settings.implicit_tls:
                stage = "starting TLS"
                client.starttls(context=tls)
            if settings.username and password is not None:
                stage = "logging in"
                client.login(settings.username, password)
            stage = "sending"
            refused = client.send_message(msg)
    except OSError as exc:  # smtplib.SMTPException and ssl.SSLError are OSErrors too
        raise _explain(exc, settings, stage) from exc
    if refused:
        refusals = "; ".join(f"{addr} ({_reply(r)})" for addr, r in refused.items())
        raise _failure(
            f"the SMTP server {settings.host}:{settings.port} delivered to some recipients "
            f"but refused {refusals}.",
            "Send again to the refused address only once it is corrected.",
            field="to",
        )


def _explain(exc: OSError, settings: SmtpSettings, stage: str) -> RoundtwoError:
    """The user-facing error for a failure while ``stage`` (connecting, sending, ...)."""
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(exc.__context__, TimeoutError):
        exc = exc.__context__  # smtplib reports a read timeout as a disconnection
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _failure(
            f"the SMTP server {where} refused the login for '{settings.username}' ({_reply(exc)}).",
            "Check the user name and the password. " + KEPT,
            field="username",
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refusals = "; ".join(f"{addr} ({_reply(r)})" for addr, r in exc.recipients.items())
        return _failure(
            f"the SMTP server {where} refused the recipient {refusals}.",
            "Check the address. " + KEPT,
            field="to",
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _failure(
            f"the SMTP server {where} refused the sender {exc.sender} ({_reply(exc)}).",
            "Use an address this server lets you send from. " + KEPT,
            field="sender",
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        what = "STARTTLS" if stage == "starting TLS" else "login (AUTH)"
        return _failure(
            f"the SMTP server {where} does not offer {what}.",
            "Check the port (587 for STARTTLS, 465 for TLS) and the security setting. " + KEPT,
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return _failure(f"the SMTP server {where} closed the connection while {stage}.", KEPT)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _failure(f"the SMTP server {where} answered {_reply(exc)} while {stage}.", KEPT)
    if isinstance(exc, smtplib.SMTPException):
        return _failure(f"sending through {where} failed while {stage}: {exc}.", KEPT)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return _failure(
            f"the certificate of {settings.host} could not be verified ({exc.verify_message}).",
            "Check the host name; a self-signed server needs its certificate trusted. " + KEPT,
            field="host",
        )
    if isinstance(exc, ssl.SSLError):
        return _failure(f"TLS with {where} failed while {stage} ({exc.reason}).", KEPT)
    if isinstance(exc, TimeoutError):
        return _failure(
            f"the SMTP server {where} did not answer within {settings.timeout:g} s while {stage}.",
            "Check the host, the port and your connection. " + KEPT,
        )
    if isinstance(exc, socket.gaierror):
        return _failure(
            f"the SMTP host '{settings.host}' could not be found ({exc.strerror}).",
            "Check the host name and your connection. " + KEPT,
            field="host",
        )
    return _failure(
        f"could not reach the SMTP server {where} ({exc.strerror or exc}).",
        "Check the host and the port, and that you are online. " + KEPT,
    )


def _password(settings: SmtpSettings, environ: Mapping[str, str]) -> str | None:
    """The password for ``settings.username``, or None when no login is configured."""
    if not settings.username:
        return None
    if settings.password_env and environ.get(settings.password_env):
        return environ[settings.password_env]
    stored = _keyring_password(settings.username)
    if stored:
        return stored
    where = (
        f"the environment variable {settings.password_env} is not set"
        if settings.password_env
        else "no environment variable is configured"
    )
    raise RoundtwoError(
        f"no SMTP password for '{settings.username}': {where} and the system keyring holds none.",
        hint=(
            f"Set {settings.password_env or 'the variable named in the settings'}, or run "
            f"`keyring set {KEYRING_SERVICE} {settings.username}`. {KEPT}"
        ),
        field="password_env",
    )


def _keyring_password(username: str) -> str | None:
    try:
        keyring = importlib.import_module("keyring")
    except ImportError:
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, username)
    except Exception:
        # A missing or locked backend raises its own errors; fall through to the message above.
        return None
    return value if isinstance(value, str) else None


def _reply(reply: smtplib.SMTPResponseException | tuple[int, bytes]) -> str:
    if isinstance(reply, smtplib.SMTPResponseException):
        code, text = reply.smtp_code, reply.smtp_error
    else:
        code, text = reply
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}"


def _failure(message: str, hint: str, *, field: str | None = None) -> RoundtwoError:
    return RoundtwoError(message, hint=hint, status=502, field=field)
