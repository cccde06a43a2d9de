"""Email text: .eml files to plain text, and a pasted email split into its parts.

An invitation reaches roundtwo pasted (plain text, sometimes with the
headers and the thread below it) or as an .eml file (MIME, often
multipart, quoted-printable or HTML only). :func:`read_eml` turns the file
into the same plain text a paste gives; :func:`split_email` finds the
subject, the body, the greeting, the signature and who sent it.
"""

from __future__ import annotations

import email
import email.policy
import functools
import itertools
import re
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from html.parser import HTMLParser

from roundtwo.errors import RoundtwoError
from roundtwo.read.invite_lexicon import lexicon, word_set

_HEADER = re.compile(
    r"^\s*(from|to|cc|bcc|date|sent|subject|reply-to|importance|attachments|required attendees|"
    r"optional attendees|"
    # A German, French or Spanish mail program's header ("Von:", "Gesendet:", "Objet :", "Asunto:").
    r"von|an|gesendet|betreff|datum|envoyé|objet|enviado|asunto)\s*:",
    re.IGNORECASE,
)
#: The English name of another language's header.
_HEADER_NAMES = {
    "von": "from", "an": "to", "gesendet": "sent", "betreff": "subject", "datum": "date",
    "envoyé": "sent", "objet": "subject", "enviado": "sent", "asunto": "subject",
}  # fmt: skip


def _header_name(line: str) -> str:
    """The English name of ``line``'s header ("Gesendet:" is "sent"), lower case."""
    name = line.partition(":")[0].strip().lower()
    return _HEADER_NAMES.get(name, name)


_QUOTE_MARKERS = (
    re.compile(r"^\s*-{2,}\s*original message\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^\s*on\b.{5,200}\bwrote:\s*$", re.IGNORECASE),
)
_WROTE = re.compile(r"^\s*on\b.{5,200},\s*(?P<name>[^,<>]+?)\s*(?:<[^>]*>)?\s*wrote:\s*$", re.IGNORECASE)
#: A cheap first look: text without any of these quotes no earlier message.
_MAY_QUOTE = re.compile(r"^\s*>|original message|wrote:|^\s*from\s*:", re.IGNORECASE | re.MULTILINE)
_FORWARD_MARKER = re.compile(r"^\s*-{2,}\s*forwarded message\s*-{2,}\s*$", re.IGNORECASE)
#: A calendar invite's organizer, on a label line ("Organizer: Jordan Ellis") or marked in the
#: guest list ("Jordan Ellis – organizer"): the person who sent the invite.
_ORGANIZER = re.compile(
    r"^\s*(?:organi[sz]er\s*:\s*(?P<labelled>[^\W\d_][^<>@\n]*?)"
    r"|(?P<marked>[^\W\d_][^<>@\n:]*?)\s*(?:[-–—]\s*|\()organi[sz]er\)?)\s*(?:<[^>\n]*>)?\s*$",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|day|evening)|hallo|hej|olá|ola|"
    r"bonjour|kia ora|hola|greetings|namaste|ciao)\b[\s,]*(?P<name>[^,!:\n—–]*)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*(?:best|best regards|kind regards|kindest regards|regards|warm regards|warmest regards|"
    r"many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely|yours sincerely|"
    r"sincerely yours|yours truly|yours faithfully|all the best|best wishes|take care|talk soon|"
    r"speak soon|chat soon|catch you (?:soon|then)|until then|see you (?:then|soon|there)|"
    r"looking forward to (?:it|meeting you|seeing you)|have a (?:great|good|lovely) (?:day|week|weekend)|"
    r"mahalo|asante|gracias|obrigad[oa]|danke|merci(?: et [àa] bientôt| beaucoup)?|grazie|tack|dank je|"
    r"(?:thanks|thank you)(?: again| so much)? for (?:[\w'’-]+ ){0,4}[\w'’-]+(?=,)|"
    r"with thanks|with best wishes|warmly|good luck|respectfully|cordially|"
    r"mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|met vriendelijke groet(?:en)?|"
    r"un saludo|saludos|saludos cordiales|abraço|abraços|um abraço|atenciosamente|até já|até logo|até breve|"
    r"abs|is mise le meas|besos|beijos|bisous|abrazos?|un abrazo|hugs|x{1,3}|xo+|thx|tks|rgds|brgds|"
    r"ngā mihi|nga mihi|sláinte|"
    r"(?:med )?vänliga hälsningar|hälsningar|bien cordialement|cordialement|[àa] bientôt|"
    r"bien à vous|cordiali saluti|groetjes|venlig hilsen|med vennlig hilsen|"
    r"met vennlig hilsen|pozdrawiam|z poważaniem|s pozdravem|srdečně|üdvözlettel|saygılarımla)"
    # a bilingual sign-off: "Pozdrawiam / Best regards"
    r"(?:\s*/\s*(?:best |kind |warm )?regards)?[\s,.!]*$",
    re.IGNORECASE,
)
#: A short line ending in a comma, as a sign-off is written.
_OWN_CLOSING = re.compile(r"^\s*[A-Z][\w'’ !-]{1,30},\s*$")
#: A line holding only a name: one to four capitalised words.
_NAME_LINE = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|de|van|von|der|da|di|bin|binti)){0,3}$"
)
#: A list item's bullet or number ("- ", "• ", "1. ", "(a) ").
BULLET = re.compile(r"^\s*(?:[-•*–—·▪●◦]|\d{1,2}[.)]|\(?[a-z]\))\s+")
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section"}
    | {"article", "header", "footer", "blockquote", "pre", "hr", "dl", "dt", "dd"}
)
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})


@dataclass(frozen=True)
class EmailParts:
    """A pasted email split into the parts the readers look at.

    ``body`` is the message without header lines, quoted replies or the
    signature; ``signature`` holds the lines after the closing ("Best,");
    ``quoted`` the earlier messages quoted below it (see :func:`earlier_message`).
    """

    subject: str
    body: str
    signature: tuple[str, ...]
    sender: str | None = None
    recipients: tuple[str, ...] = field(default_factory=tuple)
    closing: str | None = None
    quoted: str = ""


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML mail, one block a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._href: str | None = None
        self._anchor_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("- ")
        elif tag in ("td", "th"):
            self.parts.append(" | ")
        elif tag == "a":
            self._href = dict(attrs).get("href")
            self._anchor_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "a":
            text = "".join(self._anchor_text).strip()
            href = self._href or ""
            # A link written as words ("Join Zoom meeting") keeps its address.
            if href.startswith(("http://", "https://")) and href not in text:
                self.parts.append(f" ({href})")
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data)
        if self._href is not None:
            self._anchor_text.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML email: blocks on their own lines, table cells
    joined by ``|``, list items as ``- ``, link addresses kept after their words."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = []
    for line in "".join(parser.parts).split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
        line = re.sub(r"^\|\s*", "", line)
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload())
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def read_eml(data: bytes) -> str:
    """The plain text of an .eml file, with its ``Subject:`` line first.

    Multipart mail gives its text/plain part, or its text/html part turned
    into text when there is no plain one; quoted-printable and base64 are
    decoded, charsets honoured. Raises :class:`RoundtwoError` for binary
    data or a message with no text part.
    """
    if b"\x00" in data:
        raise RoundtwoError(
            "the .eml file holds binary data.", hint="Give the email as saved by your mail program."
        )
    message = email.message_from_bytes(data, policy=email.policy.default)
    subject = str(message.get("subject") or "").strip()
    body: str | None = None
    if isinstance(message, EmailMessage):
        part = message.get_body(preferencelist=("plain", "html"))
        if part is not None:
            text = _part_text(part)
            body = html_to_text(text) if part.get_content_subtype() == "html" else text
    if body is None and not message.is_multipart() and message.get_content_maintype() == "text":
        body = _part_text(message)
    if body is None:
        raise RoundtwoError(
            "the .eml file has no text or HTML part to read.",
            hint="Paste the invitation's text instead.",
        )
    body = clean_text(body)
    if not subject and not body:
        raise RoundtwoError("the .eml file is empty.", hint="Give the email as saved by your mail program.")
    return f"Subject: {subject}\n\n{body}" if subject else body


def clean_text(text: str) -> str:
    """``text`` with line ends, spaces, quotes and markdown emphasis made plain."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2007\u2009\u202f]", " ", text)
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("**", "").replace("__", "")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _header_runs(lines: list[str]) -> list[tuple[int, int]]:
    """Line ranges [start, end) that are header blocks (From:/To:/Sent: ...)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if _HEADER.match(lines[i]):
            j = i
            while j < len(lines) and _HEADER.match(lines[j]):
                j += 1
            names = {_header_name(lines[k]) for k in range(i, j)}
            if i == 0 or (j - i >= 2 and names & {"from", "to", "sent", "cc"}):
                runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _name_from_header(value: str) -> str | None:
    value = re.sub(r"<[^>]*>", "", value).strip().strip('"').strip()
    if not value or "@" in value:
        return None
    if "," in value:  # "Hendriks, Marloes"
        last, _, first = value.partition(",")
        value = f"{first.strip()} {last.strip()}"
    return value


def _organizer(lines: list[str]) -> str | None:
    """The organizer a calendar invite names ("Organizer: Jordan Ellis", "Jordan Ellis –
    organizer"), who wrote its notes: the sender of an invite with no signature and no
    ``From:``. None when no line names one, or two lines name different people."""
    found = set()
    for line in lines:
        m = _ORGANIZER.match(line)
        if m:
            name = (m.group("labelled") or m.group("marked") or "").strip()
            if 2 <= len(name.split()) <= 4:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _quote_at(lines: list[str]) -> int | None:
    """Index of the line that starts the first quoted earlier message, if any."""
    seen_text = False
    for index, line in enumerate(lines):
        if _FORWARD_MARKER.match(line):
            continue
        if seen_text and any(marker.match(line) for marker in _QUOTE_MARKERS):
            return index
        if (
            seen_text
            and re.match(r"^\s*from\s*:", line, re.IGNORECASE)
            and any(re.match(r"^\s*sent\s*:", ln, re.IGNORECASE) for ln in lines[index + 1 : index + 4])
        ):
            return index
        if line.strip() and not _HEADER.match(line):
            seen_text = True
    return None


def _cut_quoted(lines: list[str]) -> list[str]:
    """The lines before the first quoted earlier message, minus ``>`` lines."""
    at = _quote_at(lines)
    return [ln for ln in lines[: len(lines) if at is None else at] if not ln.lstrip().startswith(">")]


def _quoted_text(lines: list[str]) -> str:
    """The earlier messages quoted below the newest one (marker included), or ""."""
    at = _quote_at(lines)
    if at is not None:
        return "\n".join(lines[at:]).strip("\n")
    return "\n".join(ln for ln in lines if ln.lstrip().startswith(">")).strip("\n")


def earlier_message(quoted: str) -> str:
    """The quoted earlier messages of :attr:`EmailParts.quoted` as an email of
    their own: the marker dropped, "On <date>, <name> wrote:" turned into a
    ``From:`` line, one level of ``>`` taken off. Older messages quoted in
    turn stay below it, to be read the same way."""
    lines = quoted.split("\n")
    out = []
    for index, line in enumerate(lines):
        if index == 0 and _QUOTE_MARKERS[0].match(line):
            continue
        wrote = _WROTE.match(line) if index == 0 else None
        if wrote:
            out.append(f"From: {wrote.group('name')}")
            continue
        out.append(re.sub(r"^\s*> ?", "", line))
    return "\n".join(out).strip("\n")


#: A line a bare signature does not hold: a sentence's end (not "Co." or "Inc."), a list item,
#: a clock, a link.
_NOT_SIGNATURE_LINE = re.compile(
    r"[?!:]$|(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bLLC)\.$|^[-•*\d]|\d[:.]\d|https?://"
)


def _signature_start(lines: list[str]) -> tuple[int, str | None]:
    """Index of the first signature line and the closing phrase (or None)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for i in reversed(filled[-14:]):
        if _CLOSING.match(lines[i]):
            return i + 1, lines[i].strip()
    # A sign-off of the writer's own ("See you Friday,", "Onwards,") over a name.
    for i, after in itertools.pairwise(filled[-7:]):
        own = after == i + 1 and _OWN_CLOSING.match(lines[i]) and not _GREETING.match(lines[i])
        if own and _NAME_LINE.match(lines[after].strip()):
            return after, lines[i].strip()
    # The signature delimiter "-- " (RFC 3676), with a one-word sign-off above it ("theo").
    rules = [i for i in filled[-8:] if lines[i].strip() == "--"]
    if rules:
        above = [i for i in filled if i < rules[-1]]
        if above and len(lines[above[-1]].split()) == 1 and len(above) > 1:
            return above[-1], None
        return rules[-1], None
    # No closing phrase: a last paragraph of one to four short lines without
    # sentence punctuation is a bare signature ("Ines").
    if filled:
        end = filled[-1]
        start = end
        while start - 1 >= 0 and lines[start - 1].strip():
            start -= 1
        block = [lines[k].strip() for k in range(start, end + 1)]
        if (
            start > 0
            and len(block) <= 3
            and len(re.split(r"\s*[|,]\s*", block[0])[0].split()) <= 4
            and all(len(b) <= 60 and not _NOT_SIGNATURE_LINE.search(b) for b in block)
        ):
            return start, None
    return len(lines), None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: A header's send time, day first or month first: "28 September 2026 10:04", "March 30, 2026 8:14 AM".
_SENT_AT = re.compile(
    r"(?:(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,9})|(?P<month2>[A-Za-z]{3,9})\s+(?P<day2>\d{1,2})),?\s+"
    r"(?P<year>\d{4}),?\s+(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<half>[ap]\.?m\.?)?",
    re.IGNORECASE,
)


def _sent_at(value: str) -> tuple[int, int, int, int] | None:
    """(year, month, day, minute of the day) of a ``Sent:``/``Date:`` header, or None."""
    m = _SENT_AT.search(value)
    if not m:
        return None
    month_word = (m.group("month") or m.group("month2")).lower()[:3]
    if month_word not in _MONTHS:
        return None
    hour = int(m.group("hour")) % 12 if m.group("half") else int(m.group("hour"))
    if m.group("half") and m.group("half").lower().startswith("p"):
        hour += 12
    day = int(m.group("day") or m.group("day2"))
    return int(m.group("year")), _MONTHS.index(month_word) + 1, day, hour * 60 + int(m.group("minute"))


def newest_first(text: str) -> str:
    """``text`` with its messages put newest first, as mail programs quote them.

    A thread pasted oldest first (each message under its own ``From:``/``Sent:``
    block) is reordered by the send times; a paste whose blocks lack a time,
    or that is newest first already, comes back unchanged.
    """
    lines = clean_text(text).split("\n")
    blocks = []
    for start, end in _header_runs(lines):
        heads = {_header_name(lines[k]): lines[k] for k in range(start, end) if _HEADER.match(lines[k])}
        if "from" in heads:
            sent = heads.get("sent") or heads.get("date")
            blocks.append((start, _sent_at(sent.partition(":")[2]) if sent else None))
    if len(blocks) < 2 or any(when is None for _, when in blocks):
        return text
    times = [when for _, when in blocks]
    if all(a >= b for a, b in itertools.pairwise(times)):  # type: ignore[operator]
        return text
    top = lines[: blocks[0][0]]
    bounds = [start for start, _ in blocks] + [len(lines)]
    messages = [(blocks[i][1], lines[bounds[i] : bounds[i + 1]]) for i in range(len(blocks))]
    messages.sort(key=lambda message: message[0], reverse=True)  # type: ignore[arg-type, return-value]
    # Each older message goes below a marker, as Outlook quotes it.
    older = [line for _, message in messages[1:] for line in ["", "-----Original Message-----", *message]]
    return "\n".join(top + messages[0][1] + older).rstrip("\n")


def split_email(text: str) -> EmailParts:
    """Split a pasted email into subject, body, signature, sender and recipients.

    Header blocks (the top one, forwarded ones) are dropped from the body;
    the first ``From:`` gives the sender when no signature names one; quoted
    earlier messages (``-----Original Message-----``, ``On ... wrote:``) are
    cut. Text with no headers at all is all body.
    """
    lines = clean_text(text).split("\n")
    subject = ""
    sender: str | None = None
    recipients: list[str] = []
    runs = _header_runs(lines)
    drop: set[int] = set()
    for start, end in runs:
        for k in range(start, end):
            drop.add(k)
            _name, _, value = lines[k].partition(":")
            key = _header_name(lines[k])
            if key == "subject" and not subject:
                subject = value.strip()
            elif key == "from":
                sender = _name_from_header(value) or sender
            elif key == "to" and (start, end) == runs[0]:
                who = _name_from_header(value)
                if who:
                    recipients.append(who)
    kept_at = [k for k, line in enumerate(lines) if k not in drop and not _FORWARD_MARKER.match(line)]
    quoted = _quoted_text(lines) if _MAY_QUOTE.search(text) else ""
    quoted_run = next((start for start, _ in runs if start > 0), None)
    forward = quoted_run is not None and (
        any(_FORWARD_MARKER.match(line) for line in lines[max(0, quoted_run - 2) : quoted_run])
        or re.match(r"\s*(?:fwd?|fw|tr|wg)\s*:", subject, re.IGNORECASE) is not None
    )
    at = _quote_at(lines)
    if at is not None and at == quoted_run and not forward:
        # A reply whose earlier message starts with a bare "From:/Sent:" block and no marker
        # line: the newest message ends there, and what follows is quoted.
        kept_at = [k for k in kept_at if k < at]
    kept = _cut_quoted([lines[k] for k in kept_at])
    sig_at, closing = _signature_start(kept)
    body_lines, signature = kept[:sig_at], [ln.strip() for ln in kept[sig_at:] if ln.strip()]
    forwarded: list[str] = []
    if quoted_run is not None:
        # A signature ends where a quoted "From:/Sent:" block begins: the lines below it are
        # the earlier message, not the sender's name and company.
        sig_end = sum(1 for k in kept_at if k < quoted_run and not lines[k].lstrip().startswith(">"))
        if sig_end > sig_at:
            signature = [ln.strip() for ln in kept[sig_at:sig_end] if ln.strip()]
            if forward:
                forwarded = _forwarded_body(kept[sig_end:])
    if closing is not None and body_lines:
        body_lines = body_lines[:-1]
    if forwarded:
        body_lines = [*body_lines, "", *forwarded]
    for line in body_lines:
        greeting = _GREETING.match(line)
        if greeting and greeting.group("name").strip():
            recipients.append(greeting.group("name").strip())
    signed = _signature_name(signature)
    return EmailParts(
        subject=subject,
        body="\n".join(body_lines).strip("\n"),
        signature=tuple(signature),
        sender=signed or sender or _organizer(body_lines),
        recipients=tuple(recipients),
        closing=closing,
        quoted=quoted,
    )


def _forwarded_body(lines: list[str]) -> list[str]:
    """The text of a message forwarded below the forwarder's own signed note ("See Dale's note
    below. Thanks! Megan ---------- Forwarded message --------- From: Dale ..."), without its
    closing and signature: what it says is what the forward passes on."""
    sig_at, closing = _signature_start(lines)
    body = lines[:sig_at]
    if closing is not None and body:
        body = body[:-1]
    return body if any(line.strip() for line in body) else []


def _signature_name(signature: list[str]) -> str | None:
    """The person's name at the top of a signature, when it starts with one."""
    lines = [line for line in signature if any(ch.isalpha() for ch in line)]  # past a "—" rule
    if not lines:
        return None
    # "— Sasha, CTO", "Nell – Manager": the name before its title.
    # "Ben Carter / owner", "xx Lena": a slash before the title, kisses before the name.
    top = re.sub(r"^(?:x+|xo+)\s+", "", lines[0].strip().lstrip("—–- "), flags=re.IGNORECASE)
    first = re.split(r"\s*[|,]\s*|\s+[–—/-]\s+", top)[0].strip()
    if len(lines) > 1 and len(first.split()) == 1:
        # "Meher" over "Meher Contractor": the sign-off, then the full name.
        full = re.split(r"\s*[|,]\s*", lines[1])[0].strip()
        firm = re.search(r"&|\band\b", full) or full.split()[-1].lower() in word_set("organisation_words")
        if full.lower().startswith(first.lower() + " ") and 2 <= len(full.split()) <= 4 and not firm:
            first = full  # not "Tane" over "Tane & Sons Builders", the firm named after him
    words = first.split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in first):
        return None
    particles = {str(p) for p in lexicon()["name_particles"]}
    if not all(w[0].isupper() or w in particles for w in words if w[0].isalpha()):
        return None  # "Nurul Aisyah binte Rahman" keeps its particle
    team = {"team", "recruitment", "recruiting", "talent", "resources", "hr", "people", "the"}
    if {w.lower().strip(".") for w in words} & team:
        return None
    if len(words) > 1 and words[-1].lower() in word_set("organisation_words"):
        return None  # "Front Range Ecological Consulting": the firm signs, not a person
    # "Ontario Public Service – Talent Acquisition": a team signs, not a person of three names.
    if len(words) >= 3 and {w.lower().strip(".") for w in re.findall(r"[\w.]+", lines[0])} & team:
        return None
    return first


#: Words a full stop follows without ending the sentence ("9 a.m. ET", "Dr. Weber").
_ABBREVIATIONS = frozenset(
    {"a.m", "p.m", "dr", "mr", "mrs", "ms", "mx", "mdm", "prof", "st", "co", "inc", "ltd", "no", "vs"}
    | {"dra", "sra", "srta"}  # Spanish and Portuguese: "Dra. Camila Monteiro"
    | {"e.g", "i.e", "etc", "approx", "ave", "rd", "blvd", "dept", "jr", "sr", "av", "fl", "ste", "apt"}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"mon", "tue", "wed", "thu", "fri"}
    # "ca. 45 Minuten", "Dura aprox. 1.5 hrs", "Präsentation (15 Min.) von": "about", "minutes"
    | {"ca", "aprox", "min", "env"}
    # Street words of addresses: "ul. Prosta 51", "Jl. Sudirman", "Cra. 15", "boul. Saint-Laurent"
    | {"ul", "jl", "cra", "boul", "kav", "lt"}
)


@functools.lru_cache(maxsize=64)
def text_units(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the lines of ``text``, long lines cut into sentences.

    A sentence ends at ``.``, ``!`` or ``?`` before a space and a capital or
    digit, except after abbreviations ("a.m.", "Dr.", "St.") and initials.
    Empty lines give no span.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start = offset
        for m in re.finditer(r"[.!?]+[\"')]*\s+(?=[A-Z0-9\"'(À-Þ])", line):
            before = line[: m.start()].rsplit(None, 1)
            word = before[-1].lower().strip("(\"'") if before else ""
            if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]", word):
                continue
            end = offset + m.end()
            if line[start - offset : end - offset].strip():
                spans.append((start, end))
            start = end
        if line[start - offset :].strip():
            spans.append((start, offset + len(line)))
        offset += len(line) + 1
    return tuple(spans)


def unit_at(text: str, offset: int) -> tuple[int, int]:
    """The span of the sentence (see :func:`text_units`) holding ``offset``,
    or an empty span at ``offset`` when it falls between sentences."""
    for start, end in text_units(text):
        if start <= offset < end:
            return start, end
    return offset, offset
