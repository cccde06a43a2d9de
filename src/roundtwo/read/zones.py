"""Time zones as emails write them: "PT", "CEST", "Eastern Time", "Sydney time",
"UTC+2", and Outlook's "(UTC-08:00) Pacific Time (US & Canada)".

Zones come from zoneinfo (IANA data from tzdata); the lexicon maps the
abbreviations and names people write to IANA zones.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, available_timezones

from roundtwo.read.invite_lexicon import lexicon

_OFFSET = re.compile(r"(?<![\w])\(?(?:UTC|GMT)\s?(?P<sign>[+\-−–])\s?(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?\)?")
_CONVERSION = re.compile(
    r"\((?:[^()]*?)(?:your time|for you|that's|that is|which is|i\.e\.|your local|local time for you)[^()]*\)"
    r"|(?:that's|which is|i\.e\.)\s+[^.;)\n]{0,40}"
    # "which should be Friday, November 13 at 9:00 AM for you in Tokyo"
    r"|\b(?:this|that|it|which)(?:'s|\s+is|\s+(?:will|would|should)\s+be)\s+[^.;()\n]{0,40}?"
    r"\b(?:for you|your time)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ZoneMention:
    """A time zone phrase: an IANA zone, or a fixed UTC offset in minutes."""

    start: int
    end: int
    zone: str | None
    offset: int | None
    text: str
    weak: bool = False


@functools.cache
def zone_info(name: str) -> ZoneInfo:
    """The IANA zone ``name``, built once (zoneinfo keeps only a few zones in memory,
    and a batch of emails from many places would read the zone files again and again)."""
    return ZoneInfo(name)


@functools.cache
def place_zones() -> dict[str, str]:
    """Place names (lower case) to IANA zones: every city of the zone database
    ("new york", "sydney") plus the lexicon's places ("uk", "arizona")."""
    places: dict[str, str] = {}
    # In a fixed order: a city two zones share ("Istanbul") goes to the same one every run.
    for name in sorted(available_timezones()):
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/")):
            city = name.rsplit("/", 1)[1].replace("_", " ").lower()
            places.setdefault(city, name)
    places.update({str(k).lower(): str(v) for k, v in lexicon()["zone_places"].items()})
    return places


@functools.cache
def _zone_name_pattern() -> re.Pattern[str]:
    """Spelled-out zone names ("Eastern Time"), an upper-case token that may be an
    abbreviation, or up to three capitalised words before "time" ("New York time")."""
    names = sorted(lexicon()["zone_names"], key=len, reverse=True)
    return re.compile(
        # Every alternative starts a word: the leading \b skips the positions inside words.
        r"\b(?:(?P<name>\b(?i:" + "|".join(re.escape(n) for n in names) + r")\b)"
        r"|(?P<abbr>(?<![\w-])[A-Z]{2,5}(?![\w-]))"
        r"|(?P<place>\b(?:[A-ZÀ-Þ][\w'’.-]*\s+){0,2}[A-ZÀ-Þ][\w'’.-]*\s+[Tt]ime\b))"
    )


#: A time in brackets naming its place or zone ("(1pm in Ireland)", "(10:00 in Rio)", "(1:00 PM KSA)").
_BRACKETED_TIME = re.compile(
    r"\(\s*(?:so\s+)?\d{1,2}(?:[:.h]\d{2}|\s*[ap]\.?\s?m\b\.?|h\b)[^()\n]{0,40}\)", re.IGNORECASE
)
_CLOCK_WORDS = re.compile(r"\d{1,2}(?:[:.h]\d{2})?|\b[ap]\.?\s?m\b\.?|\bh\b|[-–—to\s]+", re.IGNORECASE)
#: What a restated time follows: a clock and its zone ("4pm Kuwait time", "2:00 PM UAE"), not
#: "same time (2:30-3:15pm ET)", where the bracket holds the only clock.
_AFTER_A_ZONE = re.compile(
    r"\d(?:[:.h]\d\d|\s*(?i:[ap]\.?\s?m\b\.?)|h)\s*(?:(?:[\w'’.-]+\s+){0,3}(?i:time)|[A-Z]{2,5})\s*$"
    # "Note the time above is Singapore time (12:30pm – 2:00pm in India)": the zone said of the time.
    r"|\b(?i:is|are)\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}(?i:time)|[A-Z]{2,5})\s*$"
)


def conversion_spans(text: str) -> list[tuple[int, int]]:
    """Spans that restate a time for the reader ("(that's noon for you in New York)"),
    and a time with its own place in brackets after a time with a zone
    ("4pm Kuwait time (1pm in Ireland)")."""
    spans = [(m.start(), m.end()) for m in _CONVERSION.finditer(text)]
    for m in _BRACKETED_TIME.finditer(text):
        named = re.search(r"[^\W\d_]{2,}", _CLOCK_WORDS.sub(" ", m.group(0)[1:-1]))
        restated = any(start <= m.start() < end for start, end in spans)
        if named and not restated and _AFTER_A_ZONE.search(text[max(0, m.start() - 40) : m.start()]):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def find_zones(text: str) -> list[ZoneMention]:
    """Every time zone phrase in ``text``: abbreviations ("PT", "CEST"), names
    ("Eastern Time"), places ("Sydney time", "UK time") and UTC offsets
    ("UTC+2", "(UTC-08:00) Pacific Time (US & Canada)"). Spelled-out region
    words that are also ordinary words ("Central", "Pacific") are ``weak``:
    they count only beside a time or in "all times ..." statements.
    """
    found: list[ZoneMention] = []
    labels = {str(k).lower(): str(v) for k, v in lexicon()["windows_zone_labels"].items()}
    for m in _OFFSET.finditer(text):
        sign = -1 if m.group("sign") in "-−–" else 1
        minutes = sign * (int(m.group("h")) * 60 + int(m.group("m") or 0))
        rest = text[m.end() : text.find("\n", m.end()) if "\n" in text[m.end() :] else len(text)]
        zone = None
        lowered = rest.lower().strip(" .")
        for label, name in labels.items():
            if lowered.startswith(label.split(",")[0]) and label.split(",")[1].strip() in lowered[:80]:
                zone = name
                break
        if zone is None:
            named = _zone_name_pattern().match(rest.strip())
            if named and named.group("name"):
                zone = _zone_of(named)[0]
        end = m.end() + (len(rest) if zone else 0)
        found.append(ZoneMention(m.start(), end, zone, None if zone else minutes, text[m.start() : end]))
    for m in _ICS_ZONE.finditer(text):
        # A pasted iCalendar line: "DTSTART;TZID=America/Los_Angeles:..." or a UTC stamp "...T093000Z".
        name = m.group("tzid") or "UTC"
        if name in available_timezones():
            at = m.start("tzid") if m.group("tzid") else m.start("z")
            found.append(ZoneMention(at, m.end(), name, None, m.group(0)[at - m.start() :]))
    for m in _zone_name_pattern().finditer(text):
        if any(z.start <= m.start() < z.end for z in found):
            continue
        if (
            m.group("abbr")
            and _CREDENTIAL.search(text, max(0, m.start() - 30), m.start())
            and _CREDENTIAL_AFTER.match(text, m.end())
        ):
            continue
        zone, start = _zone_of(m)
        if zone is None:
            continue
        word = m.group(0).lower()
        weak = bool(m.group("name")) and word in ("eastern", "central", "mountain", "pacific")
        found.append(ZoneMention(start, m.end(), zone, None, text[start : m.end()], weak))
    restated = conversion_spans(text)
    for m in _IN_PLACE.finditer(text):
        zone, said = _place_in(m.group("place"))
        # "(so 09.00 in London)" restates the time for the reader: no zone of the interview's.
        inside = any(start <= m.start() < end for start, end in restated)
        if zone is not None and not inside and not any(z.start <= m.start("in") < z.end for z in found):
            end = m.start("place") + len(said)
            found.append(ZoneMention(m.start("in"), end, zone, None, text[m.start("in") : end]))
    for m in _LOCAL_TIME.finditer(text):
        zone = _venue_zone(text, m.start())
        if zone is not None and not any(z.start <= m.start() < z.end for z in found):
            found.append(ZoneMention(m.start(), m.end(), zone, None, m.group(0)))
    found.sort(key=lambda z: z.start)
    return found


#: "this is 9:00 AM in Doha": a time said in a city or country the zone database or the
#: lexicon knows.
_IN_PLACE = re.compile(
    r"(?:\d\s?[ap]\.?m\b\.?|\d)\s+"
    r"(?P<in>in\s+(?P<place>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2}))",
    re.IGNORECASE,
)


def _place_in(words: str) -> tuple[str | None, str]:
    """The zone of the longest run of ``words``, from the first, that names a place, and that run."""
    parts = words.split()
    if not parts[0][0].isupper():
        return None, ""
    places = place_zones()
    for n in range(len(parts), 0, -1):
        said = " ".join(parts[:n])
        zone = places.get(said.lower())
        if zone is not None:
            return zone, words[: words.index(parts[n - 1]) + len(parts[n - 1])]
    return None, ""


#: "Gabriel Ruiz, PT, DPT": letters after a name and its comma are a credential, no zone.
#: ("London, GMT)" is a zone: a credential stands in a list, another title after it).
_CREDENTIAL = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,6}),[ \t]*$")
_CREDENTIAL_AFTER = re.compile(r",[ \t]*[A-Z]")

_ICS_ZONE = re.compile(
    r"^DT(?:START|END);(?:[^:\n]*;)?TZID=(?P<tzid>[A-Za-z_]+(?:/[A-Za-z_+-]+)+)[;:]"
    r"|^DT(?:START|END)(?:;[^:\n]*)?:20\d{6}T\d{6}(?P<z>Z)",
    re.MULTILINE,
)
#: "15.00 local time": the time where the interview is, not the reader's ("your local time").
_LOCAL_TIME = re.compile(r"(?<!your )\blocal time\b", re.IGNORECASE)
_CAPITALISED_RUN = re.compile(r"\b[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)*")


def _venue_zone(text: str, at: int) -> str | None:
    """The zone of the place named nearest to ``at`` (the venue's city, "1081 LA Amsterdam"),
    leaving out places that restate the time for the reader ("(so 14.00 in London)")."""
    places = place_zones()
    restated = conversion_spans(text)
    best: tuple[int, str] | None = None
    for m in _CAPITALISED_RUN.finditer(text):
        if any(start <= m.start() < end for start, end in restated):
            continue
        words = m.group(0).split()
        named = [
            " ".join(words[i:j]).lower()
            for i in range(len(words))
            for j in range(i + 1, min(len(words), i + 3) + 1)
        ]
        zone = next((places[name] for name in named if name in places), None)
        if zone is not None and (best is None or abs(m.start() - at) < best[0]):
            best = (abs(m.start() - at), zone)
    return best[1] if best else None


def _zone_of(m: re.Match[str]) -> tuple[str | None, int]:
    """The zone a matched phrase names (abbreviations as ``abbr:XYZ``) and where it starts."""
    if m.group("name"):
        return str(lexicon()["zone_names"][m.group("name").lower()]), m.start()
    if m.group("abbr"):
        if m.group("abbr") in lexicon()["zone_abbreviations"]:
            return f"abbr:{m.group('abbr')}", m.start()
        # "UK time": a place written in capitals.
        said_time = re.match(r"\s+time\b", m.string[m.end() : m.end() + 8], re.IGNORECASE)
        return (place_zones().get(m.group("abbr").lower()) if said_time else None), m.start()
    words = m.group("place").split()[:-1]
    places = place_zones()
    for skip in range(len(words)):
        zone = places.get(" ".join(words[skip:]).lower())
        if zone:
            return zone, m.start() + len(" ".join(words[:skip])) + (1 if skip else 0)
    return None, m.start()


#: A zone named by its region ("Central time", "Eastern"), which several countries' zones share.
_REGION_WORD = re.compile(r"(?:eastern|central|mountain|pacific)\b", re.IGNORECASE)


def resolve_zone(mention: ZoneMention | None, tz: str, day: date) -> tuple[tzinfo, str]:
    """The tzinfo and IANA name a zone phrase means on ``day``.

    No phrase: the reader's zone ``tz``. An abbreviation the reader's zone
    itself prints on that day (IST in Dublin, CST in Mexico City) means the
    reader's zone; otherwise the lexicon's zone for it. A bare UTC offset
    means the reader's zone when that has the same offset that day, else a
    fixed offset named like ``UTC+05:30``.
    """
    home = zone_info(tz)
    noon = datetime.combine(day, time(12), tzinfo=home)
    if mention is None:
        return home, tz
    if mention.zone is not None and mention.zone.startswith("abbr:"):
        abbr = mention.zone[5:]
        entry = lexicon()["zone_abbreviations"][abbr]
        # "AEDT" read in Brisbane, which keeps AEST all year: Sydney's summer time, not the
        # reader's. A name the reader's zone never prints is another zone's.
        printed = {datetime(day.year, month, 15, 12, tzinfo=home).tzname() for month in (1, 7)}
        generic = abbr not in entry["names"]
        if noon.tzname() == abbr or (noon.tzname() in entry["names"] and (generic or abbr in printed)):
            return home, tz
        # "10:30am (AST)" read in Riyadh: Arabia's AST, the other zone writing it, when the
        # reader's zone keeps that zone's offset.
        for other in entry.get("also", ()):
            if noon.utcoffset() == datetime.combine(day, time(12), tzinfo=zone_info(str(other))).utcoffset():
                return home, tz
        return zone_info(str(entry["zone"])), str(entry["zone"])
    if mention.zone is not None:
        # "Central time" read in Mexico City, which prints CST all year: the reader's own Central
        # time, as with the abbreviation.
        names = {
            name
            for entry in lexicon()["zone_abbreviations"].values()
            if entry["zone"] == mention.zone
            for name in entry["names"]
        }
        if _REGION_WORD.match(mention.text) and noon.tzname() in names:
            return home, tz
        return zone_info(mention.zone), mention.zone
    offset = timedelta(minutes=mention.offset or 0)
    if noon.utcoffset() == offset:
        return home, tz
    sign = "+" if offset >= timedelta(0) else "-"
    total = abs(int(offset.total_seconds()) // 60)
    return timezone(offset), f"UTC{sign}{total // 60:02d}:{total % 60:02d}"


def _attached(text: str, zones: Sequence[ZoneMention], clock: tuple[int, int]) -> ZoneMention | None:
    """The zone written right after a time or range ("10:00 - 11:00 (CET)")."""
    for zone in zones:
        gap = text[clock[1] : zone.start]
        if zone.start >= clock[1] and re.fullmatch(r"[\s(,]*", gap) and len(gap) <= 3:
            return zone
    return None


def _named_place(text: str, zones: Sequence[ZoneMention], abbr: ZoneMention) -> ZoneMention | None:
    """ "2:00pm – 3:00pm AEST (Queensland time)": the place named in brackets right after an
    abbreviation says which of the zones writing it is meant (Brisbane keeps AEST all year, while
    Sydney's AEST is loosely its summer time too)."""
    if abbr.zone is None or not abbr.zone.startswith("abbr:"):
        return None
    for zone in zones:
        if zone.start < abbr.end or zone.zone is None or zone.zone.startswith("abbr:") or zone.weak:
            continue
        if re.fullmatch(r"\s*\(\s*", text[abbr.end : zone.start]) and re.match(r"\s*\)", text[zone.end :]):
            return zone
        break
    return None


def _stands_alone(text: str, zone: ZoneMention) -> bool:
    """A zone not beside a time counts unless it is a bare region word ("Central")
    outside an "all times ..." statement, or an abbreviation that begins a name
    ("Head, ICT Security": information technology, not Indochina Time)."""
    if zone.zone is not None and zone.zone.startswith("abbr:"):
        return re.match(r"\s+(?!Time\b)[A-Z][a-z]", text[zone.end : zone.end + 8]) is None
    if not zone.weak:
        return True
    before = text[max(0, zone.start - 30) : zone.start]
    return (
        re.search(r"\btimes?\s+(?:are\s+)?(?:listed\s+)?(?:in\s+)?(?:the\s+)?$", before, re.IGNORECASE)
        is not None
    )


def zone_of_time(
    text: str,
    zones: Sequence[ZoneMention],
    clocks: Sequence[tuple[int, int]],
    at: tuple[int, int] | None,
    unit: tuple[int, int] | None,
    anchor: int,
) -> ZoneMention | None:
    """The zone phrase that governs the time at span ``at`` (in sentence ``unit``).

    In order: a zone right after that time; one after another time of the same
    sentence; a zone standing alone in that sentence; the last zone standing
    alone before ``anchor`` ("all times Eastern"), else the first after it; the
    one zone every time carries. None when the text gives no zone.
    """
    attached_any = [z for clock in clocks if (z := _attached(text, zones, clock)) is not None]
    attached_ids = {id(z) for z in attached_any}
    if at is not None and unit is not None:
        own = _attached(text, zones, at)
        if own is not None:
            return _named_place(text, zones, own) or own
        for clock in clocks:
            if unit[0] <= clock[0] < unit[1] and (z := _attached(text, zones, clock)) is not None:
                return z
        for zone in zones:
            if unit[0] <= zone.start < unit[1] and id(zone) not in attached_ids and _stands_alone(text, zone):
                return zone
    loose = [z for z in zones if id(z) not in attached_ids and _stands_alone(text, z)]
    before = [z for z in loose if z.start < anchor]
    if before:
        return before[-1]
    if loose:
        return loose[0]
    if len({(z.zone, z.offset) for z in attached_any}) == 1:
        return attached_any[0]
    return None
