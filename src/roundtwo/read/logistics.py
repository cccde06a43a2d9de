"""Where the interview happens and what to bring: address, video link, preparation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from roundtwo.read.email_text import text_units

_URL = re.compile(
    r"(?:https?://|(?<![\w./@])(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|"
    r"webex\.com|whereby\.com|chime\.aws|bluejeans\.com|gotomeet(?:ing)?\.com|meet\.jit\.si)/)[^\s<>()\"'\]]+"
)
_VIDEO_HOST = re.compile(
    r"zoom|meet|teams|webex|whereby|chime|bluejeans|gotomeet|jitsi|video|/j/|huddle|hangout|skype|vc\.|conference",
    re.IGNORECASE,
)
_VIDEO_WORDS = re.compile(
    r"\b(?:join|link|video|call|dial|zoom|teams|meet|webex|conference|room|online|virtual)\b", re.IGNORECASE
)
_NOT_VIDEO = re.compile(
    r"calendly|/book|booking|reschedul|schedul|careers|/jobs|apply|linkedin|github|gitlab|maps\.|/maps|goo\.gl/maps|"
    r"drive\.google|docs\.google|dropbox|figma|notion|portfolio|choose a time|pick a time|"
    r"select a time|book a",
    re.IGNORECASE,
)
_LOCATION_LABEL = re.compile(
    r"^[ \t]*(?:where|location|address|venue|place|office|site|lieu|ort|adresse|lugar|local|endereço|"
    r"dirección|direccion|adres|sted|plats|luogo|indirizzo|tempat|lokasi)[ \t]*:[ \t]*(?P<value>.*)$",
    re.IGNORECASE | re.MULTILINE,
)
#: The lines of an address written under its label ("Address:" then the lines), at most this many.
_ADDRESS_LINES = 6
_SENTENCE_END = re.compile(
    r"\s+\(|(?<!\bSt)(?<!\bAve)(?<!\bRd)(?<!\bDr)(?<!\bBlvd)(?<!\bAv)(?<!\bJl)(?<!\bLt)(?<!\bKav)(?<!\bNo)(?<!\bCol)"
    r"\.\s+(?=[A-Z])"
)
_VIRTUAL = re.compile(
    r"\b(?:virtual|online|video|zoom|teams|google meet|meet|webex|phone|remote|web conference|call|"
    r"link below|"
    r"whereby|chime|skype|jitsi|bluejeans|gotomeeting|ringcentral|hangouts?)\b",
    re.IGNORECASE,
)
_SUFFIX = (
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Square|Sq\.?|"
    r"Quay|Parkway|Pkwy\.?|Terrace|Court|Ct\.?|Broadway|Green|Wharf|Row|Hill|Crescent|Close|Highway|Hwy\.?|Plaza|"
    r"Circle|Walk|Gardens|Mews|Embankment|Strand|Market|Gate|Yard|Trail|Pike|Expressway|Freeway|Esplanade|Promenade)"
)
_WORDISH = r"(?:[A-ZÀ-Þ][\w'’.-]*|\d+(?:st|nd|rd|th)?|de|la|del|du|of|the)"
_DIRECTION = r"(?:\s+(?:NW|NE|SW|SE|N|S|E|W|North|South|East|West)\b)?"
_STREETS = (
    re.compile(
        r"(?<![\w#:.-])\d{1,6}[A-Za-z]?(?:[-–]\d+)?\s+(?:"
        + _WORDISH
        + r"\s+){0,5}"
        + _SUFFIX
        + r"\b"
        + _DIRECTION
    ),
    re.compile(
        r"(?<![\w#-])\d{1,4}(?:\s*bis)?,?\s+(?:rue|avenue|boulevard|boul\.|bd|place|quai|allée|chemin|via|viale|calle|carrer|"
        r"avenida|av\.|rua|praça)\s+(?!(?:teams|zoom|webex|google|ms|microsoft|skype|video|phone)\b)"
        r"(?:[\w'’.-]+\s+){0,5}?[A-ZÀ-Þ][\w'’.-]*",
        re.IGNORECASE,
    ),
    # A street and its number, then a postcode and a town: "Taunusanlage 8, 60329 Frankfurt am Main",
    # "Porkkalankatu 22, 00180 Helsinki", "Refshalevej 163A, 1432 København K".
    re.compile(
        r"\b[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|de|del|la|am|an|der|di|van))"
        r"{0,3}[ \t]+\d{1,4}[A-Za-z]?,[ \t]+\d{4,5}[ \t]+"
        r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:am|an|der|[A-ZÀ-Þ])[\w'’.-]*){0,3}"
    ),
    re.compile(
        r"\b(?:[A-ZÀ-Þ][\w'’.-]*\s+){0,3}(?:[A-ZÀ-Þ][\w'’-]*(?:straße|strasse|str\.|weg|platz|gasse|allee|gracht|laan|plein|"
        r"straat|kade|vej|gade|gatan|vägen|veien)|Straße|Strasse|(?:Paseo|Calle|Avenida|Av\.|Via|Rua|Carrer|Plaza|Piazza|"
        r"Corso|Viale|Rue|ul\.|Jl\.|Cra\.|Carrera)\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+),?\s+\d{1,5}[a-z]?\b"
    ),
    # A British street and its postcode, with or without a number: "7 Bishopsgate, London EC2N 3AR",
    # "Hollins Lane, Bury BL9 8AT".
    re.compile(
        r"(?<![\w#-])(?:\d{1,4}[A-Za-z]?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+"
        r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
    ),
    # An American street of any name before its town, state and ZIP: "1800 Fairfax Trafficway, Kansas
    # City, KS 66115".
    re.compile(
        r"(?<![\w#-])\d{1,6}\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*,\s+(?:[A-Z][\w'’.-]*\s+){0,2}"
        r"[A-Z][\w'’.-]*,\s+[A-Z]{2}\s+\d{5}\b"
    ),
    # A Japanese block number: "2-15-1 Shibuya, Shibuya-ku".
    re.compile(r"(?<![\w-])\d{1,2}-\d{1,2}-\d{1,3}(?:-\d{1,3})?\s+[A-Z][\w-]*"),
    re.compile(r"(?<![\w#-])\d{1,4}\s+[A-Z][\w-]*-(?:ro|gil|daero|dong|gu)\b"),
    re.compile(r"(?<=, )(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,4}" + _SUFFIX + r"\b" + _DIRECTION),
)
_PART = re.compile(
    r",\s*(?P<part>(?:[A-Z0-9#À-Þ][\w'’.&#/-]*)(?:\s+(?:[A-Z0-9#À-Þ][\w'’.&#/-]*|floor|de|la|du|des|van|der))*)"
    r"(?=\s*(?:[,;()\n]|$|\.(?:\s|$)|\s+(?:and|or|for|with|at|on)\b|\s*[-–—]\s))"
)
#: An interview held over the phone: the office in the signature is not where it happens.
_BY_PHONE = re.compile(
    r"\b(?:by phone|over the phone|phone (?:call|interview|screen)|telephone interview|"
    r"(?:will|'ll) (?:call|phone|ring) you)\b",
    re.IGNORECASE,
)
_PREPARE = re.compile(
    r"\b(?:prepare|preparing|bring|have\b[^.]{0,60}\bready|please have|send (?:me|us|over)|"
    r"email (?:them|it) to|"
    r"wear|review|read|complete|carry|be ready to|come prepared|have at hand|at hand|handy|laptop|slides|"
    r"photo id|photographic id|\bid\b)",
    re.IGNORECASE,
)


def find_video_link(text: str) -> str | None:
    """The first link that joins a video call (Zoom, Teams, Meet, Webex, ...),
    not a booking, reschedule, map or document link."""
    lines = text.split("\n")
    offsets = []
    offset = 0
    for line in lines:
        offsets.append(offset)
        offset += len(line) + 1
    fallback = None
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:!?)]>'\"")
        index = max(i for i, o in enumerate(offsets) if o <= m.start())
        near = lines[index]
        if index and not near.replace(m.group(0), "").strip():
            near += " " + lines[index - 1]  # a link alone on its line belongs to the line above
        if _NOT_VIDEO.search(url) or _NOT_VIDEO.search(near):
            continue
        if _VIDEO_HOST.search(url.split("?")[0]):
            return url
        if fallback is None and _VIDEO_WORDS.search(near):
            fallback = url
    return fallback


def _extend(text: str, end: int) -> int:
    """Where the address that ends at ``end`` really ends: ", City, ST 12345"."""
    while True:
        m = _PART.match(text, end)
        if not m or len(m.group("part").split()) > 6:
            return end
        end = m.end("part")


def _street(text: str) -> str | None:
    best: tuple[int, int] | None = None
    for pattern in _STREETS:
        for m in pattern.finditer(text):
            if best is None or m.start() < best[0]:
                best = (m.start(), _extend(text, m.end()))
            break
    if best is None:
        return None
    return text[best[0] : best[1]].strip(" ,.")


def _block_after(text: str, end: int) -> str:
    """The lines right after a bare label, up to a blank line, joined by commas."""
    lines = []
    for line in text[end:].lstrip("\n").split("\n")[:_ADDRESS_LINES]:
        if not line.strip():
            break
        lines.append(line.strip().rstrip(","))
    return ", ".join(lines)


def find_location(body: str, signature: Sequence[str] = (), video_link: str | None = None) -> str | None:
    """Where to go: a "Where:/Location:/Address:" line that is not a video call,
    else the first street address in the body, else (for an interview with no
    video link) an address in the signature. None when there is none."""
    for m in _LOCATION_LABEL.finditer(body):
        value = m.group("value").strip() or _block_after(body, m.end())
        value = _URL.sub("", value).strip()
        # The address ends at a bracket or a sentence's full stop, not at "St." or "Av.".
        value = _SENTENCE_END.split(value)[0].strip(" .;-–—")
        if not value:
            continue
        street = _street(value)
        if _VIRTUAL.search(value) and street is None:
            continue
        return value
    for start, end in text_units(body):
        found = _street(body[start:end])
        if found:
            return found
    if video_link is None and not _BY_PHONE.search(body):
        for line in signature:
            found = _street(line) or _street(", " + line)
            if found:
                return found
    return None


def find_preparation(body: str) -> list[str]:
    """The sentences that say what to prepare or bring, in order."""
    found = []
    for start, end in text_units(body):
        sentence = body[start:end].strip()
        if _PREPARE.search(sentence) and not re.search(r"\blet (?:me|us) know\b", sentence, re.IGNORECASE):
            cleaned = re.sub(r"^\s*(?:[-•*–—·]|\d{1,2}[.)])\s+", "", sentence)
            if cleaned not in found:
                found.append(cleaned)
    return found
