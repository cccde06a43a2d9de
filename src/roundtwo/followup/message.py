"""Email messages for thank-you notes: MIME objects, .eml drafts and mailto links."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.errors import HeaderParseError, InvalidHeaderDefect
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from urllib.parse import quote, urlencode

from roundtwo.errors import RoundtwoError

#: Domain for Message-IDs when the sender is unknown (RFC 2606 reserves .invalid).
FALLBACK_DOMAIN = "roundtwo.invalid"


def email_message(
    sender: str | None,
    to: str | Sequence[str],
    subject: str,
    body: str,
    *,
    date: datetime | None = None,
) -> EmailMessage:
    """A plain-text email ready to save or send.

    In: the sender and recipients as ``name@example.com`` or ``Name
    <name@example.com>`` (``to`` as one comma-separated string or a list),
    the subject and the body. Out: an :class:`EmailMessage` with From, To,
    Subject, Date (``date``, default now) and Message-ID, its body UTF-8.

    Edge cases: an empty sender or recipient list leaves that header out
    (a draft the mail client completes); line breaks in the subject become
    spaces; an address that does not parse or an empty body raises
    :class:`RoundtwoError`. Nothing passed in is modified.
    """
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise RoundtwoError("the message body is empty.", hint="Write or draft the note first.", field="body")
    message = EmailMessage()
    senders = _addresses(sender or "", "sender")
    if len(senders) > 1:
        raise RoundtwoError(
            f"the sender '{sender}' holds more than one address.",
            hint="Give the one address the note comes from.",
            field="sender",
        )
    recipients = _addresses(to, "recipient")
    if senders:
        message["From"] = senders[0]
    if recipients:
        message["To"] = recipients
    message["Subject"] = " ".join(subject.split())
    moment = date or datetime.now().astimezone()
    message["Date"] = format_datetime(moment if moment.tzinfo else moment.astimezone())
    domain = senders[0].domain if senders else FALLBACK_DOMAIN
    message["Message-ID"] = make_msgid(domain=domain)
    # Quoted-printable keeps a non-ASCII note readable in a text editor, unlike base64.
    cte = None if text.isascii() else "quoted-printable"
    message.set_content(text if text.endswith("\n") else text + "\n", cte=cte)
    return message


def eml_bytes(
    sender: str | None,
    to: str | Sequence[str],
    subject: str,
    body: str,
    *,
    date: datetime | None = None,
) -> bytes:
    """The note as the bytes of an .eml file, with CRLF line ends.

    Same inputs and errors as :func:`email_message`. The file carries
    ``X-Unsent: 1``, which tells Outlook and some other clients to open it
    as a draft to review and send rather than as a received message.
    """
    message = email_message(sender, to, subject, body, date=date)
    message["X-Unsent"] = "1"
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))


def mailto_link(to: str | Sequence[str], subject: str, body: str) -> str:
    """A ``mailto:`` link that opens the note in the user's mail program (RFC 6068).

    In: recipients (as for :func:`email_message`, display names dropped),
    subject and body. Out: the link, every reserved character
    percent-encoded, spaces as ``%20`` and line breaks as ``%0D%0A``. An
    empty ``to`` gives ``mailto:?subject=...``; a bad address raises
    :class:`RoundtwoError`. Some browsers cut links past about 2,000
    characters; a 180-word note stays well under that.
    """
    recipients = ",".join(quote(a.addr_spec, safe="@") for a in _addresses(to, "recipient"))
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fields = {"subject": " ".join(subject.split()), "body": "\r\n".join(lines)}
    return f"mailto:{recipients}?{urlencode(fields, quote_via=quote)}"


def _addresses(value: str | Sequence[str], role: str) -> list[Address]:
    items = [value] if isinstance(value, str) else list(value)
    result = []
    for item in items:
        if not item.strip():
            continue
        for name, spec in getaddresses([item]):
            try:
                address = Address(display_name=name, addr_spec=spec)
            except (InvalidHeaderDefect, HeaderParseError, ValueError, IndexError) as exc:
                raise _bad_address(spec or item.strip(), role) from exc
            if not address.username or not address.domain:
                raise _bad_address(spec or item.strip(), role)
            result.append(address)
    return result


def _bad_address(text: str, role: str) -> RoundtwoError:
    return RoundtwoError(
        f"the {role} address '{text}' is not an email address.",
        hint="Write it as name@example.com or Name <name@example.com>.",
        field="sender" if role == "sender" else "to",
    )
