"""Dates, clock times and durations as written in emails (zones: ``zones``).

Each ``find_*`` function returns the phrases it recognised with their
offsets in the text, so the schedule reader can weigh them by context.
Calendars come from python-dateutil and zones from zoneinfo (IANA data
from tzdata); the regular expressions only find the phrases.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from roundtwo.read.invite_lexicon import lexicon

_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
    # Portuguese and Spanish, as a date's weekday ("Quarta, 22/04", "jueves 12/03")
    "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "terça": 1, "terca": 1,
    "quarta-feira": 2, "quarta": 2, "quinta-feira": 3, "sexta-feira": 4,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
    # French ("le jeudi à 17h")
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    # German ("passt Donnerstag um 14 Uhr?"): nouns, written capitalised.
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    # Vietnamese ("Thứ Năm 23/4"): the second to the seventh day, Sunday being "Chủ Nhật".
    "thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5, "chủ nhật": 6,
}  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
    "seventy-five": 75, "ninety": 90,
    # Spanish, Portuguese and French: "una hora", "uma hora", "une heure", "dos horas", "deux heures".
    "un": 1, "una": 1, "une": 1, "um": 1, "uma": 1, "dos": 2, "duas": 2, "deux": 2,
}  # fmt: skip

_WD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|"
    r"fri|sat|sun)"
)
#: Weekdays of other languages, read only right before a numeric date ("Quarta, 22/04").
_WD_FOREIGN = (
    r"(?:segunda-feira|terça-feira|terca-feira|terça|terca|quarta-feira|quarta|quinta-feira|sexta-feira|"
    r"lunes|martes|miércoles|miercoles|jueves|viernes|"
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
)
_MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_ORD = r"(?:st|nd|rd|th)?"

# The "(?=[...])" lookaheads list the letters the alternatives start with (the
# patterns ignore case): they change no match, they only skip hopeless positions.
_DATE_PATTERNS = (
    # 2 April 2026 / 17th March / the 10th of March (a weekday before is read apart) /
    # 14-Aug-2026 and 14-Aug-26 (India's habit: day, month and year joined by hyphens)
    re.compile(
        rf"(?<![\d.:/])(?P<d>[0-3]?\d)(?:{_ORD}\s+(?:of\s+)?|-(?=[A-Za-z]{{3,9}}\b\.?-))"
        rf"(?P<mon>{_MON})\.?(?![a-z])(?:,?\s+(?P<y>20\d\d)|-(?P<yh>20\d\d|\d\d)(?![\d-]))?",
        re.IGNORECASE,
    ),
    # March 10, 2026 / Dec 10 / August 5 (Wed)
    re.compile(
        rf"\b(?=[adfjmnos])(?P<mon>{_MON})\.?\s+(?P<d>[0-3]?\d){_ORD}(?![\d:.]\d)(?!\d)"
        rf"(?:,?\s+(?P<y>20\d\d))?(?:\s*\((?P<wd2>{_WD})\.?\))?",
        re.IGNORECASE,
    ),
    # 2026-03-12
    re.compile(r"(?<![\d/.-])(?P<iso>(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d))(?![\d-])"),
    # 12/05/2026, 12.05.2026, 12-05-2026, Thu 12/03, 20. 10. 2026 (Czech, Slovak: a space after each dot)
    re.compile(
        rf"(?:(?=[fmstwqljvc])(?P<wd>{_WD}|{_WD_FOREIGN})\.?,?\s+)?(?<![\d/.:-])(?P<a>[0-3]?\d)(?P<sep>[/.-])"
        r"(?P<sp>(?<=\.) )?(?P<b>[0-3]?\d)"
        r"(?:(?P=sep)(?(sp) )(?P<y>20\d\d|\d\d))?(?![\d/]|\.\d)",
        re.IGNORECASE,
    ),
    # Thursday the 14th / Tuesday 25th / sat (30th) / Thursday 29 at 3pm (a day's number alone
    # only before "at" and a time). A day written with its ordinal may be lower case ("tues 15th").
    re.compile(
        rf"\b(?=[fmstw])(?P<wd>{_WD})\.?,?(?:\s+(?:(?:the\s+)(?P<d>[0-3]?\d){_ORD}|(?P<d2>[0-3]?\d)(?:st|nd|rd|th))\b"
        r"|\s*\(\s*(?P<d3>[0-3]?\d)(?:st|nd|rd|th)\s*\)"
        r"|\s+(?P<d4>[0-3]?\d)(?=\s+(?:at\s+|@\s*)(?:\d|noon\b|midday\b)))",
        re.IGNORECASE,
    ),
    # next Thursday / this Friday / tomorrow
    re.compile(
        rf"\b(?=[cdfmnstw])(?P<rel>(?:this|next|coming|following)\s+(?P<rwd>{_WD})\b|(?P<nwd>{_WD})\s+next\s+week|"
        r"day\s+after\s+tomorrow|tomorrow|tmrw|today|tonight|this\s+(?:morning|afternoon|evening))\b",
        re.IGNORECASE,
    ),
    # Friday (a bare weekday, spelled out; abbreviated only before "at" and a time: "Fri at noon")
    re.compile(
        r"\b(?P<bwd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b"
        # German weekdays, capitalised as German writes its nouns.
        r"|\b(?P<bwd4>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b"
        # "Thu 14:00": or right before a clock with its minutes.
        r"|\b(?P<bwd2>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
        r"(?=\s+(?:(?:at|@)\s+(?:\d|noon|midday)|[0-2]?\d:[0-5]\d(?![\d:])))"
        # "thurs 3pm": written lower case, a weekday is one only right before a clock with am/pm.
        r"|\b(?P<bwd3>(?i:monday|tuesday|wednesday|thursday|friday|mon|tues?|wed|thu(?:rs?)?|fri))\.?"
        r"(?=\s+(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d\d)?\s*(?i:[ap]\.?m?)\b"
        # "thurs at 2", "monday at 8": or before "at" and an hour.
        r"|\s+(?:at\s+|@\s*)(?:\d|noon\b|midday\b))"
    ),
    # the 25th ("the 2nd round", "the 3rd floor": a rank, not a day of the month)
    re.compile(
        r"\bthe\s+(?P<od>[0-3]?\d)(?:st|nd|rd|th)\b"
        r"(?![\s-]+(?i:round|floor|stage|step|interview|phase|level|part|session|time|attempt|year|edition|"
        r"place|candidate|person|slot|option|one|call|meeting|conversation|day|week|month)s?\b)"
    ),
    # 2026年3月17日 (Japanese, Chinese) / 2026년 3월 17일 (Korean) / 2026.09.22 / 2026/09/22 /
    # 12月22日 (Tuesday): the year left out, as in the coming weeks
    re.compile(
        r"(?P<y>20\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]"
        r"|(?<![\w.])(?P<y2>20\d\d)(?P<sep2>[./])(?P<m2>[01]?\d)(?P=sep2)(?P<d2x>[0-3]?\d)(?![\d.]\d)"
        r"|(?<![\d年년])(?P<m3>[01]?\d)\s*[月월]\s*(?P<d3>[0-3]?\d)\s*[日일]"
        rf"(?:\s*[(（]\s*(?P<wd>{_WD})\.?\s*[)）])?",
        re.IGNORECASE,
    ),
    # 12/08 (quarta-feira / Wednesday): a day and month with the weekday after them
    re.compile(
        rf"(?<![\d/.:])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/])\s*\((?:[^()\n]{{0,20}}?\b)?"
        rf"(?P<wd>{_WD})\b[^()\n]{{0,20}}\)",
        re.IGNORECASE,
    ),
    # el jueves / este viernes / le jeudi / ce vendredi / na quinta-feira: a weekday of another
    # language alone, after its article (the next one) or "this" (the one this week).
    re.compile(
        r"\b(?P<art>el|este|le|ce|na|nesta|esta)\s+(?P<fwd>lunes|martes|miércoles|miercoles|jueves|viernes|"
        r"sábado|sabado|lundi|mardi|mercredi|jeudi|vendredi|samedi|segunda-feira|terça-feira|terca-feira|"
        r"quarta-feira|quinta-feira|sexta-feira)(?![\w-])",
        re.IGNORECASE,
    ),
)
#: The index in _DATE_PATTERNS of the year-month-day patterns.
_YMD = (2, 8)
#: The index of "12/08 (Wednesday)".
_DAY_MONTH_WEEKDAY = 9
#: The index of "el jueves".
_FOREIGN_WEEKDAY = 10

#: The word for "on" before a day and month ("le 17/06", "on 21.05", "am 12.03").
_ON_DAY = re.compile(r"\b(?:on|le|el|am|il|dia|du|au)\s+$", re.IGNORECASE)

_WEEKDAY_BEFORE = re.compile(rf"(?P<wd>{_WD})\.?,?\s+(?:the\s+)?$", re.IGNORECASE)

_TIME = (
    r"(?:(?P<{p}noon>noon|midday|12\s*noon|midnight)|(?P<{p}h>[0-2]?\d)"
    r"(?:(?P<{p}sep>[:.h])(?P<{p}m>[0-5]\d)|(?P<{p}hh>h)(?![\w:.]))?"
    # "3:30p", "9a": the meridiem's letter alone, written against the digits, in lower case
    # ("Division 7A" is no clock).
    r"(?:\s*(?P<{p}mer>[ap]\.?\s?m\b\.?)|(?P<{p}mer1>(?<=\d)(?-i:[ap])(?![\w'’])))?)"
)
_TIME_RANGE = re.compile(
    # "Interview 1 — 10:00 to 10:45": the slot's number is no clock.
    # "(UTC−05:00)": an offset's digits, after its sign (a minus sign too), are no clock.
    r"(?<![\w:./$£€#+\-−])(?<!\binterview )(?<!\bround )(?<!\bsession )(?<!\bstage )(?<!\bstep )(?<!\bslot )"
    r"(?<!\bpart )(?P<between>between\s+)?"
    + _TIME.format(p="a")
    # "2pm till about 6": the end said roughly.
    # "10:30〜11:30": the wave dash Japanese writes between two clocks.
    + r"(?:\s*(?:-|–|—|~|〜|～|to|until|till|through|and|às|bis)\s*(?:(?:about|around|roughly|approx\.?|"
    r"approximately)\s+)?"
    + _TIME.format(p="b")
    # "9.30 – 45 mins": a clock ends where its digits end ("4" of "45" is no end time).
    # "11:00  HR interview": "HR" in capitals is human resources, not hours.
    + r")?(?!\d)(?!\s*(?:%|x\b|k\b|minutes?|mins?\b|hours?|(?-i:hrs?|Hrs?|HRS)\b|days?|weeks?|months?|"
    r"years?|people|"
    r"slides|pages|stories|questions|projects|percent|members|interviews|rounds|sessions|"
    r"calls|PQE|[/]\d|[.:,]\d|\+))",
    re.IGNORECASE,
)
_MILITARY = (
    # "at 10.30 hrs" (Sri Lanka, India, the services): the dot as the colon.
    r"(?<![\w:.])(?P<h>[01]\d|2[0-3]|[7-9](?=:))(?::|(?<=\d\d)\.(?=\d\d\s*(?:hrs|h)\b))?(?P<m>[0-5]\d)"
    r"(?=\s*(?:hrs\b|hours\b|h\b|(?:{zones})\b))"
)


#: "0800-0900" (hospitals, the military): a range of 24-hour clocks without a colon. Years
#: ("2025-2026") are no such range.
_MILITARY_RANGE = re.compile(
    # "0930hrs – 1015hrs": each clock may carry its "hrs".
    r"(?<![\w:./-])(?!(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d)"
    r"(?:\s?(?i:hrs|h)\b)?\s*[-–]\s*"
    r"(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)(?:\s?(?i:hrs|h)\b)?(?![\w:./-])"
)


@functools.cache
def _military() -> re.Pattern[str]:
    """Four-digit clocks ("1400 AEST", "14:30 hrs", "9:00 hrs"), only beside "hrs" or a zone
    abbreviation; one digit before the colon only from 7 ("1:30 hrs" is as often a length)."""
    zones = "|".join(sorted(lexicon()["zone_abbreviations"], key=len, reverse=True))
    return re.compile(_MILITARY.format(zones=zones))


#: A number in words stands apart from its unit ("an hour", "ten-minute"): the "ah" ending
#: "Soo-ah" is no "a h(our)".
_DURATION_NUMBER = (
    # "1,5 hour": a decimal comma (Poland, Germany, Brazil), one digit after it.
    r"(?P<n>\d+(?:\.\d+|,\d(?!\d))?|(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(?=[\s-]))"
)
_DURATION = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<hhalf>(?:an?|one|1)\s+hour\s+and\s+a\s+half|one\s+and\s+a\s+half\s+hours?|1\.5\s*(?:hours?|hrs?)|"
    r"half\s+an\s+hour|(?:a\s+)?half[\s-]hour\b|(?:two|2)\s+and\s+a\s+half\s+hours?|(?:two|2)\s+hours\s+and\s+a\s+half"
    # Spanish and Portuguese: "1 hora y media", "uma hora e meia", "media hora".
    r"|(?:una|uma|1)\s+hora\s+(?:y|e)\s+(?:media|meia)|(?:media|meia)\s+hora"
    # Italian: "un'ora e mezza", "mezz'ora".
    r"|un['’]ora\s+e\s+mezzo|un['’]ora\s+e\s+mezza|mezz['’]ora)"
    # Italian "un'ora": an hour.
    r"|(?P<hone>un['’]ora)\b"
    # "Hour-ish.": an hour, said loosely without its article.
    r"|(?P<hish>hour[\s-]?ish)\b"
    r"|(?P<ch>\d+)\s*(?:hours?|hrs?|h)\s*(?:and\s*)?(?P<cm>\d+)\s*(?:minutes?|mins?|m)\b"
    # "1h30", "durée : 0h45" (French, Portuguese habit): hours and minutes with no minute unit.
    # An hour below 5 is a length, as "2h" is ("à 14h30" is a clock); "à 1h30" stays a clock.
    r"|(?<!\bat )(?<!\bà )(?<!\bàs )(?<!\blas )(?P<ch2>[0-4])h(?P<cm2>[0-5]\d)(?!\w|[:.]\d)"
    # "a las 10 horas" is a clock; so are "à 12h" (French) and "at 10.30 hrs".
    r"|(?<!\blas )(?<!\bàs )(?<!\bà )(?!(?<=\bat )\d{1,2}\.\d\d\s*(?:hrs|h)\b)(?:\d+\s*(?:[-–]|to)\s*)?"
    + _DURATION_NUMBER
    + r"[\s-]*(?P<u>hours?|(?-i:hrs?|Hrs?|HRS)|minutes?|mins?|min|h|"
    # The units of other languages: "1 hora", "45 minutos", "60 Minuten", "2 Stunden", "1 heure".
    r"horas?|minutos?|minuten|stunden?|heures?|ore|minuti)\b"
    r")",
    re.IGNORECASE,
)


#: An iCalendar event's start or end pasted as text: "DTSTART;TZID=America/Los_Angeles:20261103T093000".
ICS_STAMP = re.compile(
    r"^DT(?P<kind>START|END)(?:;[^:\n]*)?:(?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)"
    r"(?:T(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\d\d(?P<z>Z)?)?",
    re.MULTILINE,
)


@dataclass(frozen=True)
class DateMention:
    """A date phrase: ``day`` is the calendar date it names, read from ``today``;
    ``explicit`` is true when it names a month and day (not only a weekday)."""

    start: int
    end: int
    day: date
    explicit: bool
    text: str


@dataclass(frozen=True)
class Clock:
    """A time of day as written: ``meridiem`` is ``am``/``pm`` or None;
    ``fixed`` is true when the clock is plainly 24-hour (13:00, 09:30)."""

    hour: int
    minute: int
    meridiem: str | None
    fixed: bool


@dataclass(frozen=True)
class TimeMention:
    """A time or a time range; ``first``/``last`` are minutes after midnight."""

    start: int
    end: int
    first: int
    last: int | None
    text: str


@dataclass(frozen=True)
class DurationMention:
    """A length of time in minutes ("two hours", "a 90-minute session")."""

    start: int
    end: int
    minutes: int
    text: str


def _year_for(month: int, day: int, today: date, weekday: int | None) -> date | None:
    """The date of ``month``/``day`` nearest ``today``, matching ``weekday`` if given."""
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if weekday is not None:
        matching = [d for d in options if d.weekday() == weekday]
        if matching:
            options = matching
    # Prefer the coming date; an earlier one only within about half a year.
    future = [d for d in options if d >= today - timedelta(days=7)]
    recent = [d for d in options if today - timedelta(days=60) <= d < today]
    if future and recent and min(future) - today > timedelta(days=300):
        # "her phone screen on Feb 24", read on March 5: a date just gone, not one eleven months off.
        return max(recent)
    pool = future or options
    return min(pool, key=lambda d: abs((d - today).days))


def _weekday_date(weekday: int, today: date, how: str) -> date:
    """The date of ``weekday`` read from ``today``.

    ``this``: the one in the current week, today included; ``next``: the one
    in the following Monday-to-Sunday week; bare: the first one after today.
    """
    if how == "this":
        return today + relativedelta(weekday=weekday)
    if how == "next":
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(days=7 + weekday)
    return today + timedelta(days=1) + relativedelta(weekday=weekday)


def _day_of_month(day: int, today: date, weekday: int | None) -> date | None:
    """The next date on ``day`` of a month (on ``weekday`` if given), within a year."""
    probe = date(today.year, today.month, 1)
    for _ in range(14):
        try:
            candidate = probe.replace(day=day)
        except ValueError:
            candidate = None
        if candidate and candidate >= today and (weekday is None or candidate.weekday() == weekday):
            return candidate
        probe += relativedelta(months=1)
    return None


def _lower_month(month: str, weekday: int | None) -> bool:
    """True when a month name written lower case is one: "nov 21", "27 oct", "sat june 20" (notes
    written all lower case); "may" and "mar" only after a weekday ("thurs 14 may"), as "you may" is
    no date and "mar. 28 avr." is French for Tuesday."""
    return weekday is not None or month.lower().rstrip(".") not in ("may", "mar")


def _capitalised(match: re.Match[str], *groups: str) -> bool:
    found = match.groupdict()
    return all(not found.get(g) or found[g][0].isupper() for g in groups)


def find_dates(text: str, today: date, tz: str) -> list[DateMention]:
    """Every date phrase in ``text``, resolved from ``today``.

    Month names and weekdays must be capitalised ("May", not "may"). Years
    left out are the ones that put the date nearest to today, preferring the
    coming weeks; a weekday written beside a date picks between years. Numeric
    dates read month first in North American zones (see the lexicon), else
    day first. Overlapping phrases keep the longest.
    """
    month_first = tz in set(lexicon()["month_first_zones"])
    found: list[DateMention] = _foreign_dates(text, today) + _ics_dates(text)
    for index, pattern in enumerate(_DATE_PATTERNS):
        for m in pattern.finditer(text):
            start, weekday = m.start(), None
            if index in (0, 1):
                before = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
                # "thurs feb 19", "tues 27 oct": written lower case, the weekday goes with a
                # month written lower case too.
                if before and (before.group("wd")[0].isupper() or not _capitalised(m, "mon")):
                    start, weekday = before.start(), before.group("wd")
            resolved = _resolve_date(index, m, today, month_first, weekday)
            if resolved is not None:
                day, explicit = resolved
                found.append(DateMention(start, m.end(), day, explicit, text[start : m.end()]))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            if mention.explicit and not kept[-1].explicit and mention.end > kept[-1].end:
                # "this sat 28th": the weekday said with "this", then with its day of the month.
                start = kept[-1].start
                kept[-1] = DateMention(start, mention.end, mention.day, True, text[start : mention.end])
            elif (mention.end - mention.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = mention
            continue
        kept.append(mention)
    return _merge_relative(kept, text)


@functools.cache
def _foreign_months() -> tuple[dict[str, int], re.Pattern[str]]:
    """Month names of other languages (the lexicon's), and the "9 juin 2026" pattern."""
    months = {str(k).lower(): int(v) for k, v in lexicon()["foreign_month_names"].items()}
    names = "|".join(sorted((re.escape(k) for k in months), key=len, reverse=True))
    # "20 de mayo": a name that is also an English word, read only after "de".
    after_de = {str(k).lower(): int(v) for k, v in lexicon()["foreign_month_names_after_de"].items()}
    months.update(after_de)
    de_names = "|".join(sorted((re.escape(k) for k in after_de), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\d.:/])(?P<d>[0-3]?\d)(?:er|º|\.)?\s+(?:de\s+)?"
        rf"(?P<mon>{names}|(?<=de )(?:{de_names}))(?![\w])"
        r"(?:\s+(?:de\s+)?(?P<y>20\d\d))?",
        re.IGNORECASE,
    )
    return months, pattern


def _ics_dates(text: str) -> list[DateMention]:
    """The days of a pasted iCalendar event's DTSTART and DTEND lines."""
    found = []
    for m in ICS_STAMP.finditer(text):
        try:
            day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        found.append(DateMention(m.start("y"), m.end("d"), day, True, text[m.start("y") : m.end("d")]))
    return found


def _ics_times(text: str) -> list[TimeMention]:
    """A pasted iCalendar event's start time, with its DTEND's as the range's end."""
    stamps = [m for m in ICS_STAMP.finditer(text) if m.group("h")]
    found = []
    for m in stamps:
        if m.group("kind") != "START":
            continue
        first = int(m.group("h")) * 60 + int(m.group("mi"))
        ends = [
            e for e in stamps if e.group("kind") == "END" and e.group("y", "m", "d") == m.group("y", "m", "d")
        ]
        last = int(ends[0].group("h")) * 60 + int(ends[0].group("mi")) if ends else None
        found.append(
            TimeMention(m.start("h"), m.end("mi") + 2, first, last, text[m.start("h") : m.end("mi") + 2])
        )
    return found


def _foreign_dates(text: str, today: date) -> list[DateMention]:
    """Dates written day first with a month name of another language ("mardi 9 juin 2026",
    "14. März", "12 de mayo"); month names here may be lower case, as those languages write them."""
    months, pattern = _foreign_months()
    found = []
    for m in pattern.finditer(text):
        month, day = months[m.group("mon").lower()], int(m.group("d"))
        try:
            when = date(int(m.group("y")), month, day) if m.group("y") else _year_for(month, day, today, None)
        except ValueError:
            continue
        if when is not None:
            found.append(DateMention(m.start(), m.end(), when, True, m.group(0)))
    return found


def _merge_relative(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Join "next Thursday, Nov 12" into one mention: the written date wins."""
    merged: list[DateMention] = []
    for mention in mentions:
        if merged and not merged[-1].explicit and mention.explicit:
            gap = text[merged[-1].end : mention.start]
            if re.fullmatch(r"[\s,(]*", gap):
                previous = merged.pop()
                mention = DateMention(
                    previous.start, mention.end, mention.day, True, text[previous.start : mention.end]
                )
        merged.append(mention)
    return merged


def _resolve_date(
    index: int, m: re.Match[str], today: date, month_first: bool, before: str | None = None
) -> tuple[date, bool] | None:
    groups = m.groupdict()
    weekday_word = re.sub(r"\s+", " ", before or groups.get("wd") or groups.get("wd2") or "")
    weekday = _WEEKDAYS.get(weekday_word.lower())
    if index in (0, 1):
        if not _capitalised(m, "wd2") or not (_capitalised(m, "mon") or _lower_month(groups["mon"], weekday)):
            return None
        month, day = _MONTHS[groups["mon"].lower().rstrip(".")], int(groups["d"])
        year_text = groups.get("y") or groups.get("yh")
        if year_text:
            try:
                return date(int(year_text) + (2000 if len(year_text) == 2 else 0), month, day), True
            except ValueError:
                return None
        found = _year_for(month, day, today, weekday)
        return (found, True) if found else None
    if index in _YMD:
        if groups.get("m3"):
            month, day = int(groups["m3"]), int(groups["d3"])
            found = _year_for(month, day, today, weekday) if 1 <= month <= 12 else None
            return (found, True) if found else None
        parts = ("y", "m", "d") if groups.get("y") else ("y2", "m2", "d2x")
        try:
            return date(*(int(groups[name]) for name in parts)), True
        except ValueError:
            return None
    if index == _DAY_MONTH_WEEKDAY:
        a, b = int(groups["a"]), int(groups["b"])
        month, day = (a, b) if month_first else (b, a)
        if month > 12 and day <= 12:
            month, day = day, month  # "3/17 (Tue)": written month first, whatever the zone
        found = _year_for(month, day, today, weekday) if 1 <= month <= 12 else None
        if weekday is not None and day <= 12 and (not found or found.weekday() != weekday or found < today):
            # "12/8(Tue)" read in Seoul: the weekday says the month comes first.
            swapped = _year_for(day, month, today, weekday)
            if swapped and swapped.weekday() == weekday and swapped >= today:
                found = swapped
        return (found, True) if found else None
    if index == 3:
        # "le 17/06 à 11h", "on 21.05 at 16:00": a day and month after the word for "on".
        on_day = _ON_DAY.search(m.string, max(0, m.start("a") - 6), m.start("a")) is not None
        if groups.get("sp") and not groups.get("y"):
            return None  # "20. 10" without its year is no date
        if not groups.get("y") and weekday is None and not on_day:
            return None
        # "Friday 27.3." (Nordic and German): a day and month each closed by a dot, day first.
        dotted = groups["sep"] == "." and m.string[m.end() : m.end() + 1] == "." and weekday is not None
        # "Thu 12.02", "on 21.05": dotted, day first, the month a month ("Thu 10.30" is a clock).
        dot_day = groups["sep"] == "." and not groups.get("y") and int(groups["b"]) <= 12
        if groups["sep"] != "/" and not groups.get("y") and not dotted and not dot_day:
            return None
        dotted = dotted or dot_day
        if groups["sep"] == "-" and len(groups["y"]) != 4:
            return None  # "12-03-26" is too easily a reference number
        a, b = int(groups["a"]), int(groups["b"])
        month, day = (a, b) if month_first and not dotted else (b, a)
        if month > 12 and day <= 12:
            month, day = day, month
        if groups.get("y"):
            year = int(groups["y"])
            year = year + 2000 if year < 100 else year
            try:
                return date(year, month, day), True
            except ValueError:
                return None
        if not 1 <= month <= 12:
            return None
        found = _year_for(month, day, today, weekday)
        if found and dot_day and weekday is not None and found.weekday() != weekday:
            return None  # "Thu 9.05": a clock, the weekday not that date's
        if found and weekday is not None and found.weekday() != weekday and day <= 12:
            # "Wednesday 3/4" read from Berlin: the weekday says which number is the month.
            swapped = _year_for(day, month, today, weekday)
            if swapped and swapped.weekday() == weekday:
                found = swapped
        return (found, True) if found else None
    if index == 4:
        if not _capitalised(m, "wd") and not (groups.get("d2") or groups.get("d3") or groups.get("d")):
            return None
        number = groups.get("d") or groups.get("d2") or groups.get("d3") or groups["d4"]
        found = _day_of_month(int(number), today, weekday)
        return (found, True) if found else None
    if index == 5:
        rel = groups["rel"].lower()
        if groups.get("rwd"):
            how = "this" if rel.startswith("this") else "next"
            if rel.startswith(("coming", "following")):
                how = "bare"
            return _weekday_date(_WEEKDAYS[groups["rwd"].lower()], today, how), False
        if groups.get("nwd"):
            return _weekday_date(_WEEKDAYS[groups["nwd"].lower()], today, "next"), False
        if rel.startswith("day after"):
            return today + timedelta(days=2), False
        if rel in ("tomorrow", "tmrw"):
            return today + timedelta(days=1), False
        return today, False
    if index == 6:
        weekday_word = groups["bwd"] or groups["bwd2"] or groups["bwd3"] or groups["bwd4"]
        return _weekday_date(_WEEKDAYS[weekday_word.lower()], today, "bare"), False
    if index == _FOREIGN_WEEKDAY:
        how = "this" if groups["art"].lower() in ("este", "ce", "nesta", "esta") else "bare"
        return _weekday_date(_WEEKDAYS[groups["fwd"].lower()], today, how), False
    found = _day_of_month(int(groups["od"]), today, None)
    return (found, False) if found else None


def _clock(m: re.Match[str], p: str) -> Clock | None:
    if m.group(f"{p}noon"):
        word = m.group(f"{p}noon").lower()
        return Clock(0 if word == "midnight" else 12, 0, "pm", True)
    if m.group(f"{p}h") is None:
        return None
    hour = int(m.group(f"{p}h"))
    minute = int(m.group(f"{p}m") or 0)
    mer_text = (m.group(f"{p}mer") or m.group(f"{p}mer1") or "").lower().replace(".", "").replace(" ", "")
    mer_text = mer_text + "m" if len(mer_text) == 1 else mer_text
    meridiem = mer_text or None
    if hour > 23 or (meridiem and not 1 <= hour <= 12):
        return None
    # "09:30" is a 24-hour clock; "02:00pm" is not, its meridiem says so.
    zero_led = m.group(f"{p}h").startswith("0") and m.group(f"{p}m") is not None and not meridiem
    fixed = hour >= 13 or hour == 0 or zero_led or bool(m.group(f"{p}hh"))
    return Clock(hour, minute, meridiem, fixed)


def _strong(m: re.Match[str], p: str) -> bool:
    """A time written so it cannot be a bare number: "2pm", "14:00", "noon"."""
    if m.group(f"{p}noon") or m.group(f"{p}mer") or m.group(f"{p}mer1"):
        return True
    sep = m.group(f"{p}sep")
    if m.group(f"{p}hh") is not None or sep == "h":
        # "14h", "14h30": a 24-hour clock; "2h" and "1h30" are more often lengths.
        return int(m.group(f"{p}h")) >= 7
    return sep is not None and (sep == ":" or sep == ".")


def _minutes(clock: Clock, meridiem: str | None) -> int:
    hour = clock.hour
    if not clock.fixed:
        mer = clock.meridiem or meridiem
        if mer == "pm" and hour < 12:
            hour += 12
        elif mer == "am" and hour == 12:
            hour = 0
        elif mer is None and 1 <= hour <= 6:
            hour += 12  # an unmarked 1:00 to 6:59 in a working day is afternoon
    return hour * 60 + clock.minute


def _range_minutes(first: Clock, last: Clock | None) -> tuple[int, int | None]:
    if last is None:
        return _minutes(first, None), None
    end = _minutes(last, None)
    if first.meridiem is None and not first.fixed and last.meridiem:
        begin = _minutes(first, last.meridiem)
        if begin > end:  # 11:30 - 12:15 PM
            begin = _minutes(first, "am" if last.meridiem == "pm" else "pm")
    else:
        begin = _minutes(first, None)
        if last.meridiem is None and not last.fixed and first.meridiem:
            end = _minutes(last, first.meridiem)
    if end <= begin and end + 12 * 60 < 24 * 60 and not last.fixed:
        end += 12 * 60
    return begin, end


def find_times(text: str) -> list[TimeMention]:
    """Every clock time or time range in ``text``, in minutes after midnight.

    A bare number counts only beside a clear time ("1 to 3 p.m.", "2-3:30pm");
    unmarked hours from 1 to 6 are afternoon, the rest morning; "noon" is 12:00.
    Dates and amounts ("2.5 hours", "30-60-90") are not times.
    """
    found: list[TimeMention] = _ics_times(text)
    ics = [(m.start(), m.end()) for m in ICS_STAMP.finditer(text)]
    for m in _TIME_RANGE.finditer(text):
        if any(lo <= m.start() < hi for lo, hi in ics):
            continue
        first = _clock(m, "a")
        if first is None:
            continue
        last = _clock(m, "b") if (m.group("bh") or m.group("bnoon")) else None
        strong_a = _strong(m, "a")
        strong_b = last is not None and _strong(m, "b")
        # A bare number is a time only beside a clear one ("1 to 3 p.m.").
        if not strong_a and not strong_b:
            continue
        end = m.end()
        lone_dotted = m.group("asep") == "." and not (m.group("amer") or m.group("amer1")) and last is None
        if lone_dotted and re.match(r"\s*(?:hours?|hrs?|h\b|%|x\b)", text[end:]):
            continue  # "2.5 hours" is a length, not half past two
        begin, finish = _range_minutes(first, last)
        start = m.start("ah") if m.group("ah") is not None else m.start("anoon")
        if m.group("between"):
            start = m.start()
        found.append(TimeMention(start, end, begin, finish, text[start:end].strip()))
    for m in _MILITARY_RANGE.finditer(text):
        begins = int(m.group("h1")) * 60 + int(m.group("m1"))
        ends = int(m.group("h2")) * 60 + int(m.group("m2"))
        if begins < ends and not any(t.start <= m.start() < t.end for t in found):
            found.append(TimeMention(m.start(), m.end(), begins, ends, m.group(0)))
    for m in _military().finditer(text):
        if any(t.start <= m.start() < t.end for t in found):
            continue
        found.append(
            TimeMention(m.start(), m.end(), int(m.group("h")) * 60 + int(m.group("m")), None, m.group(0))
        )
    for m in _HOUR_H.finditer(text):
        if not any(t.start <= m.start() < t.end for t in found):
            found.append(TimeMention(m.start(), m.end(), int(m.group("h")) * 60, None, m.group(0)))
    for m in _DATED_HOUR_H.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        dated = _DAY_WORD.search(before) or _foreign_months()[1].search(before)
        if dated and not any(t.start <= m.start() < t.end for t in found):
            found.append(TimeMention(m.start(), m.end(), int(m.group("h")) * 60, None, m.group(0)))
    for m in _SPOKEN_CLOCK.finditer(text):
        if not any(t.start <= m.start() < t.end for t in found):
            found.append(_spoken_time(m))
    for m in _HOUR_WORD.finditer(text):
        if not any(t.start <= m.start() < t.end for t in found):
            clock = Clock(int(m.group("h")), int(m.group("m") or 0), None, int(m.group("h")) >= 13)
            found.append(TimeMention(m.start(), m.end(), _minutes(clock, None), None, m.group(0)))
    for m in _FOUR_DIGITS.finditer(text):
        dated = _DAY_WORD.search(text, max(0, m.start() - 40), m.start())
        if (dated or not m.group("at")) and not any(t.start <= m.start("h") < t.end for t in found):
            minutes = int(m.group("h")) * 60 + int(m.group("m"))
            found.append(TimeMention(m.start("h"), m.end(), minutes, None, text[m.start("h") : m.end()]))
    for m in _ISH.finditer(text):
        if not any(t.start <= m.start() < t.end for t in found):
            clock = Clock(int(m.group("h")), int(m.group("m") or 0), None, False)
            found.append(TimeMention(m.start(), m.end(), _minutes(clock, None), None, m.group(0)))
    for m in _DAY_FROM_HOURS.finditer(text):
        dated = _DAY_WORD.search(text, max(0, m.start() - 30), m.start())
        if dated and not any(t.start <= m.start("h1") < t.end for t in found):
            found.append(_bare_range(m, m.start("h1")))
    found += _bare_agenda(text, found)
    for pattern in (_WEEKDAY_AT_HOUR, _END_AT_HOUR):
        for m in pattern.finditer(text):
            if not any(t.start <= m.start("h") < t.end for t in found):
                clock = Clock(int(m.group("h")), 0, None, False)
                found.append(TimeMention(m.start("h"), m.end("h"), _minutes(clock, None), None, m.group("h")))
    found.sort(key=lambda t: t.start)
    return [t for t in _worded_ranges(text, _zoned_ranges(text, found)) if t.first < 24 * 60]


@functools.cache
def _zone_between() -> re.Pattern[str]:
    """A zone abbreviation between the two clocks of a range ("10:00 KST ~ 11:30")."""
    zones = "|".join(sorted(lexicon()["zone_abbreviations"], key=len, reverse=True))
    # "10:00 (GMT+2), until approx. 11:30": the zone may carry its offset, the end be said roughly.
    return re.compile(
        # "10:00 AM EST through 12:30 PM"
        rf"\s*\(?(?:{zones})(?:\s?[+\-−]\d{{1,2}}(?::?\d\d)?)?\)?,?\s*(?:-|–|—|~|〜|～|to|until|till|through|thru)"
        r"\s*(?:(?:about|around|roughly|approx\.?|approximately)\s*)?$"
    )


def _zoned_ranges(text: str, found: list[TimeMention]) -> list[TimeMention]:
    """Join "10:00 KST ~ 11:30" or "9am ET - 10am": a range whose first clock carries the zone."""
    joined: list[TimeMention] = []
    for mention in found:
        if joined and joined[-1].last is None and mention.last is None:
            previous = joined[-1]
            if _zone_between().fullmatch(text, previous.end, mention.start):
                last = mention.first
                if last <= previous.first and last + 12 * 60 < 24 * 60:
                    last += 12 * 60
                text_span = text[previous.start : mention.end]
                joined[-1] = TimeMention(previous.start, mention.end, previous.first, last, text_span)
                continue
        joined.append(mention)
    return joined


#: "de 3:00 a 4:00 p. m.", "desde las 9:00 hasta las 10:30", "de 14h à 15h": a range Spanish,
#: Portuguese or French write with "de" before the first clock and "a" between the two.
_FROM_BEFORE = re.compile(r"\b(?:de|desde|dès)\s+(?:las?\s+)?$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+(?:a|à|hasta|até)\s+(?:las?\s+|às\s+)?", re.IGNORECASE)
#: A clock that says morning or afternoon itself ("9:00 a. m.", "14h", "09:00").
#: A clock written with its minutes ("16:00", "9.30", "14h30"), nothing else.
_WITH_MINUTES = re.compile(r"[0-2]?\d[:.h][0-5]\d")
_SAYS_HALF = re.compile(r"[ap]\.?\s?m\b|^0\d|^(?:1[3-9]|2[0-3])(?!\d)", re.IGNORECASE)


def _worded_ranges(text: str, found: list[TimeMention]) -> list[TimeMention]:
    """Join "de 3:00 a 4:00 p. m." into one range, the first clock read on the second's half of
    the day when it says none of its own."""
    joined: list[TimeMention] = []
    for mention in found:
        if joined and joined[-1].last is None and mention.last is None:
            previous = joined[-1]
            between = _TO_BETWEEN.fullmatch(text, previous.end, mention.start)
            # "Horario: 16:00 a 17:30 hrs.": two clocks with their minutes need no "de" before.
            both_clocks = _WITH_MINUTES.fullmatch(previous.text) and _WITH_MINUTES.fullmatch(mention.text)
            if between and (
                both_clocks or _FROM_BEFORE.search(text, max(0, previous.start - 12), previous.start)
            ):
                first, last = previous.first, mention.first
                if last <= first and not _SAYS_HALF.search(previous.text) and 0 <= first - 12 * 60 < last:
                    first -= 12 * 60  # "de 11:00 a 11:45 a. m."
                elif last <= first and last + 12 * 60 < 24 * 60:
                    last += 12 * 60
                text_span = text[previous.start : mention.end]
                joined[-1] = TimeMention(previous.start, mention.end, first, last, text_span)
                continue
        joined.append(mention)
    return joined


#: "at 16h" (French, Portuguese, Spanish habit) or "at 11 hs" (Argentina, Uruguay): an hour
#: alone, on the 24-hour clock. Only after "at"/"from" and the like, as "2h" alone is as
#: often two hours.
_HOUR_H = re.compile(
    r"(?:(?<=\bat )|(?<=\bàs )|(?<=\bà )|(?<=\bfrom )|(?<=\bde )|(?<=\ba las ))"
    # "at 9h." ends its sentence: a full stop after the "h" is no "9h.30".
    r"(?P<h>0?[7-9]|1\d|2[0-3])(?:h(?![\w:]|\.\d)|\s?hs\b)",
    re.IGNORECASE,
)
#: "jueves 16 de julio, 15 h": an hour with its "h" (a space between), after a date and its comma.
_DATED_HOUR_H = re.compile(r"(?<=, )(?P<h>0?[7-9]|1\d|2[0-3])\s?h(?![\w:]|\.\d)")
#: "um 10 Uhr" (German), "at 10 o'clock": an hour said with the word for it; unmarked hours
#: from 1 to 6 are afternoon, as elsewhere.
_HOUR_WORD = re.compile(
    r"(?<![\w:.,])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s?(?:Uhr|o['’]\s?clock)\b", re.IGNORECASE
)
#: "Thursday at 4", "Monday 11/23 at 4", "Friday the 9th at 3", "tomorrow around 10", "this thurs
#: around 8": an hour alone after a day (and its date) and "at" or "around", ending the phrase.
#: Hours 1 to 6 are afternoon, as elsewhere; "at 4 Main Street" or "at 10 people" is no time.
_WEEKDAY_AT_HOUR = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:this|next)\s+(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
    # "Tues Mar 10 at 11": an abbreviated weekday, with its date after it.
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?(?=,?\s+(?:\(?\d|(?:the\s+)?\d|" + _MON + r"\.?\s+\d))"
    # "thurs at 2": or right before "at" ("sat" and "sun" are words of their own).
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri)\.?(?=\s+(?:at|@)\s)"
    r"|tomorrow|tmrw|today)"
    # "Monday (12/14) at 9": the date may stand in brackets.
    r"(?:,?\s+(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?"
    + _MON
    + r"\.?)?|"
    + _MON
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?![\d/]))?"
    # "tmrw (sat) at 10": the weekday may follow in brackets.
    + rf"(?:\s*\({_WD}\.?\))?,? (?:at|around|about|@) (?P<h>1[0-2]|[1-9])"
    # "Thursday at 4 at their office": a place after the hour; "does Friday at 3 work?": a question.
    r"(?=[?!,;)]|\.(?!\d)|\s*$|\s+(?:or|if|for|with|on|instead|works?|suits?|before|at\s+(?:the|their|our|your)|"
    r"to\s+(?!\d))\b)",
    re.IGNORECASE | re.MULTILINE,
)
#: "can you do a trial shift this fri from 5 to 10?": two hours alone after "from", a day said just
#: before (hours 1 to 6 are afternoon, as elsewhere; "from 5 to 10 people" is a count).
_DAY_FROM_HOURS = re.compile(
    r"\bfrom\s+(?P<h1>1[0-2]|[1-9])\s*(?:to|till|until|[-–])\s*(?P<h2>1[0-2]|[1-9])"
    r"(?=[?!,;)]|\.(?!\d)|\s*$|\s+(?:or|if|for|with|on|instead|works?|suits?|at|then|and|tonight)\b)",
    re.IGNORECASE | re.MULTILINE,
)
#: "11-12  w/ Kai (senior engineer) ...", "12-1   lunch": an agenda line led by a range of two bare
#: hours, then words.
_BARE_AGENDA_LINE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?P<h1>1[0-2]|[1-9])[ \t]*[-–][ \t]*(?P<h2>1[0-2]|[1-9])(?=[ \t]+[^\W\d])",
    re.MULTILINE,
)


def _bare_range(m: re.Match[str], start: int) -> TimeMention:
    first = Clock(int(m.group("h1")), 0, None, False)
    last = Clock(int(m.group("h2")), 0, None, False)
    begin, finish = _range_minutes(first, last)
    return TimeMention(start, m.end(), begin, finish, m.string[start : m.end()])


def _bare_agenda(text: str, found: list[TimeMention]) -> list[TimeMention]:
    """Agenda lines led by bare hour ranges ("11-12", "12-1", "1-2"), taken only when one line's
    range ends where the next one's begins: a bare "3-4" alone may be anything."""
    lines = [
        m
        for m in _BARE_AGENDA_LINE.finditer(text)
        if not any(t.start <= m.start("h1") < t.end for t in found)
    ]
    chained: set[int] = set()
    for one, two in itertools.pairwise(lines):
        line_end = text.find("\n", one.end())
        if one.group("h2") == two.group("h1") and line_end >= 0 and not text[line_end : two.start()].strip():
            chained.update((one.start(), two.start()))
    return [_bare_range(m, m.start("h1")) for m in lines if m.start() in chained]


_DAY_WORD = re.compile(
    rf"\b(?:{_WD}|{_MON}|tomorrow|tmrw|today|tonight)\b|\d(?:st|nd|rd|th)\b|\d/\d", re.IGNORECASE
)
#: "10ish", "1ish", "2:30-ish": a rough hour, unmarked (hours 1 to 6 are afternoon, as elsewhere);
#: "5ish years" or "10ish people" is a count.
_ISH = re.compile(
    r"(?<![\w:./$£€#+-])(?P<h>1[0-2]|[1-9])(?:[:.](?P<m>[0-5]\d))?\s?-?ish\b"
    r"(?=\s*(?:$|[.,;:!?()–—-]|(?:at|in|on|for|with|if|and|or|then|works?|suits?|ok|okay|is|please|"
    r"instead|till|until|to|start|tomorrow|tmrw|today|tonight|this|next|would|could)\b))",
    re.IGNORECASE | re.MULTILINE,
)
#: "Wed Jan 14 at 1430", "Tues 7th April 1430": a 24-hour clock without a colon, after a date, or
#: after "at" with a day shortly before ("April 2026" is a year; "at 2145 N Elston Ave" an address,
#: "at 1500 per month" a sum).
_FOUR_DIGITS = re.compile(
    r"(?:(?P<at>\b(?:at|from)\s+|@\s*)|(?:\b(?i:"
    + _MON
    + r")\.?|\d(?:st|nd|rd|th)|\b20\d\d),?\s+(?!(?:19|20)\d\d))"
    r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?![\w:./,-]\d|[\w%-])"
    # What follows a clock: the sentence's end, a bracket, or a word like "at", "sharp", "works".
    r"(?=\s*(?:$|[.,;:!?()–—-]|(?i:at|in|on|for|with|sharp|start|if|and|or|then|works?|suits?|ok|okay|is|"
    r"please|instead)\b))",
    re.MULTILINE,
)
#: "Should be done by 8.", "we'll wrap up around 5": an hour alone after words that end the
#: interview, ending the phrase (hours 1 to 6 are afternoon, as elsewhere).
_END_AT_HOUR = re.compile(
    r"\b(?:(?:done|finish(?:ed)?|wrap(?:ped)? up|over|out)\s+(?:by|at|around|about)"
    # "Plan on most of the morning, until about 1."
    r"|(?:until|till)\s+(?:about|around|roughly))\s+(?P<h>1[0-2]|[1-9])"
    r"(?=[?!,;)]|\.(?!\d)|\s*$|\s+(?:or|so|and|at the latest|latest)\b)",
    re.IGNORECASE | re.MULTILINE,
)
_HOUR_WORDS = {
    word: n
    for n, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
        start=1,
    )
}
_SPOKEN_CLOCK = re.compile(
    r"\b(?P<part>half past|(?:a )?quarter past|(?:a )?quarter to|(?<=\bat )half)\s+(?P<hour>"
    + "|".join(_HOUR_WORDS)
    + r"|1[0-2]|[1-9])\b(?:\s*(?P<mer>[ap]\.?\s?m\b\.?))?",
    re.IGNORECASE,
)


def _spoken_time(m: re.Match[str]) -> TimeMention:
    """ "half past two" and the Irish and British "at half two" (14:30), "quarter to ten" (9:45):
    hours 1 to 6 are afternoon, as elsewhere."""
    word = m.group("hour").lower()
    hour = _HOUR_WORDS.get(word) or int(word)
    part = m.group("part").lower()
    minute = 30 if part.startswith("half") else 15
    if part.endswith("to"):
        hour, minute = hour - 1 or 12, 45
    mer = (m.group("mer") or "").lower().replace(".", "").replace(" ", "") or None
    clock = Clock(hour, minute, mer, False)
    return TimeMention(m.start(), m.end(), _minutes(clock, None), None, m.group(0))


def find_durations(text: str) -> list[DurationMention]:
    """Every length of time in ``text`` in minutes: "two hours", "90-minute",
    "an hour and a half", "1 hour 30 minutes", "10–15 minutes" or "30 to 40 minutes" (the longer)."""
    found = []
    for m in _DURATION.finditer(text):
        if m.group("hish") or m.group("hone"):
            minutes = 60
        elif m.group("hhalf"):
            phrase = m.group("hhalf").lower()
            minutes = (
                150
                if phrase.startswith(("two", "2"))
                # "half an hour", "(a) half hour", "media hora"; "one and a half hours" is 90.
                else 30
                if re.match(r"(?:a\s+)?half\b|(?:media|meia)\s|mezz", phrase)
                else 90
            )
        elif m.group("ch"):
            minutes = int(m.group("ch")) * 60 + int(m.group("cm"))
        elif m.group("ch2"):
            minutes = int(m.group("ch2")) * 60 + int(m.group("cm2"))
        else:
            raw = m.group("n").lower()
            number = float(raw.replace(",", ".")) if raw[0].isdigit() else float(_NUMBER_WORDS[raw])
            unit = m.group("u").lower()
            minutes = round(number * (60 if unit.startswith(("h", "st", "or")) else 1))
        if 0 < minutes <= 12 * 60:
            found.append(DurationMention(m.start(), m.end(), minutes, m.group(0)))
            elided = _ELIDED_UNIT.match(text, m.end()) if m.group("u") and m.group("n")[0].isdigit() else None
            if elided:
                # "30 mins w/ me, then 30 w/ Meg": the second length borrows the first one's unit.
                per = 60 if m.group("u").lower().startswith(("h", "st", "or")) else 1
                n = int(elided.group("n")) * per
                if 0 < n <= 12 * 60:
                    found.append(DurationMention(elided.start("n"), elided.end("n"), n, elided.group("n")))
    return found


#: "30 mins w/ me, then 30 w/ Meg": a number after a length's company, with who it is spent with
#: and no unit of its own.
_ELIDED_UNIT = re.compile(
    r"\s+(?:w/|with)\s[^.;:!?\n\d]{1,40}?(?:,\s*)?(?:\bthen|\band|\+|\bplus)\s+(?P<n>\d{1,3})(?=\s+(?:w/|with)\s)",
    re.IGNORECASE,
)
