"""What a stated length of time measures: the whole interview, each session, or a part.

"Please allow two hours" and "a 2-hour session" give the whole interview;
"three interviews of 45 minutes each" one session; "a 15-minute
presentation", "the first 90 minutes" or "a 30-minute lunch break" a part,
which says nothing about when the interview ends; "5 hours ahead" is the
gap between two zones, no length of the interview at all.
"""

from __future__ import annotations

import re

from roundtwo.read.email_text import BULLET
from roundtwo.read.when import DurationMention

_SESSION_NOUNS = (
    # "3 quick convos back to back": a conversation, said short.
    r"(?:interviews?|conversations?|convos?|sessions?|meetings?|chats?|calls?|one-on-ones|1:1s|rounds?|slots?)"
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_PART_AFTER = re.compile(
    r"^[\s)]*(?:-|\s)*(?:\w+\s+){0,2}?(?:presentations?|present|break|lunch|exercise|lesson|q&a|"
    r"questions|case|tour|before|after|early|ahead|prior|notice|to prepare|to read|buffer|walk|demo|each)\b",
    re.IGNORECASE,
)
#: "followed by a written assessment of 45 minutes": a length of what comes after the interview.
_FOLLOWING_PART = re.compile(
    r"\bfollowed\s+by\s+(?:an?\s+|the\s+|some\s+)?(?:[\w&-]+\s+){0,3}?(?:of|lasting|for)\s+"
    r"(?:about\s+|approximately\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
#: "Round 2 is a system design interview, 60 minutes, on Thursday": a length set beside the session.
_SESSION_THEN_LENGTH = re.compile(r"\b" + _SESSION_NOUNS + r"\s*,\s*$", re.IGNORECASE)
#: "... at 14:00 in our Munich office (Leopoldstraße 210) – 90 minutes with me and Jonas": a length
#: after a dash, then who the time is spent with.
_DASH_LENGTH_WITH = re.compile(r"\s[–—-]\s*$")
_PART_BEFORE = re.compile(
    r"\b(?:(?:the|your|a)\s+(?:first|last|final|remaining|next)|first|remaining|the rest|another|extra|each)"
    r"\s+(?:\w+\s+)?$"
    # "You will be asked to present for 10 minutes": the presentation is one part.
    r"|\bpresent(?:ing)?\s+(?:for\s+)?(?:about\s+|around\s+|approximately\s+|roughly\s+)?$"
    # "a teaching demonstration of 15 minutes, followed by interaction with the Committee"
    r"|\b(?:presentation|demonstration|demo|talk|exercise|test)\s+(?:of|lasting|for)\s+"
    r"(?:about\s+|around\s+|approximately\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(
    # "Please plan 1 hour.", "It's a 90 min ... round", "Il durera 1h", "Das Gespräch dauert 45 Minuten",
    # "Geplant sind ca. 2 Stunden".
    # "Block off 2 hrs.", "whole thing 45 min": the whole, said plainly.
    r"\b(?:allow|set aside|block(?: out| off)?|plan for|plan on|plan|it['’]s|that['’]s|durera|dure|dauert|"
    r"(?:the\s+)?whole\s+thing(?:\s+is)?|"
    r"geplant(?: sind| ist)?|sind|ist|runs?|run for|lasts?|last for|lasting|takes?|"
    r"take about|more than|will be|should be|is|be|about|approximately|approx\.?|roughly|around|for|"
    r"duration:?|total|overall|"
    r"still|up to|expect|of|during|length:?|spend|"
    # "We've booked an hour", "we've blocked 75 minutes": the time held for it.
    # "please reserve 1,5 hour in your calendar"
    # "have budgeted an hour"
    r"(?:booked|blocked(?: out| off)?|reserved?|held|budgeted)(?: for)?|"
    # "Could you do 30 min with me and Jonah?": the time asked of the candidate.
    r"(?:can|could|would) (?:you|we) do|let['’]s do|let us do|"
    # "y dura unas 2 horas", "unos 30 minutos", "Comptez une heure", "Prévoyez environ 2 heures":
    # Spanish, Portuguese and French for "it lasts", "about" and "allow".
    r"dura(?:r[áa])?|unos|unas|aproximadamente|alrededor de|cerca de|environ|comptez|prévoyez|prevoyez|"
    # "durata circa un'ora" (Italian): the length's word without its colon.
    r"durata|"
    # "Probably 1.5h.", "Maybe 2 hours.", "Give it an hour and a half.": the whole, said loosely.
    r"probably|prob|maybe|likely|give it|"
    # "Duración: 1 hora", "Dauer: ca. 60 Minuten", "Durée : 1 heure", "con una duración aproximada
    # de 2 horas", "Duração prevista: 1 hora", "pour une durée d'environ 1h"
    r"(?:duraci[oó]n|duração|durée|dauer)(?:\s+(?:aproximada|prevista|estimada|approximative|prévue|estimée|"
    r"ungefähre|voraussichtliche))?\s*:?\s*(?:de\s+|d')?|"
    # "La durée reste la même : 1h15": the length's label, a few words, a colon.
    r"(?:duration|duraci[oó]n|duração|durée|dauer|durata)\b[^.:\n]{1,30}:)\s*"
    r"(?:about|approximately|approx\.|roughly|around|like|an? |up to |"
    r"ca\.|circa|aprox\.|aproximadamente|environ)?\s*$"
    r"|(?:^|[\s,(])~\s*$",  # "~1hr": about an hour
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(
    r"^[\s-]*(?:in total|total|overall|all up|all in|all told|in all|altogether|"
    r"(?:\w+\s+){0,2}(?:session|interview|visit|onsite|on-site|loop|panel|"
    # "a 45-minute technical deep dive with", "next Monday 10:00, 1h blocked"
    # "in 45-minute blocks": the time each candidate is given.
    r"conversation|call|meeting|chat|blocks?|slots?|round|process|day|dive|discussion|walkthrough|review)|open|free|"
    r"blocked|booked|reserved|held"
    # "half hour tops", "an hour max", "half an hour or so.": the most it takes.
    r"|tops|max|maximum|at (?:the )?most|or so(?=\s*(?:[.,;!)]|$)))\b",
    re.IGNORECASE,
)


#: The words that make a length the whole interview beyond doubt ("allow two hours", "90 minutes
#: in total"), as against "for", "about" or "of", which also measure one part ("me for 30 mins").
_WHOLE_BEFORE = re.compile(
    r"\b(?:allow|set aside|block(?: out| off)?|plan for|plan on|runs?|run for|lasts?|last for|takes?|"
    r"take about|(?:the\s+)?whole\s+thing(?:\s+is)?|total|overall|still|up to|expect|duration:?|length:?|"
    r"(?:booked|blocked(?: out| off)?|reserved?|budgeted)(?: for)?)\s*"
    r"(?:about|approximately|roughly|around|an? |up to )?\s*$"
    r"|\b(?:in total|overall|altogether|all told)\W+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_WHOLE_AFTER = re.compile(
    r"^[\s-]*(?:in total|total|overall|all up|all told|in all|altogether|blocked|booked|reserved)\b",
    re.IGNORECASE,
)
#: "at 10:00 ET (60 mins)", "1:00 p.m. Atlantic time (1 hour)": a length in brackets after the clock.
_AFTER_CLOCK = re.compile(
    # "1:30pm (45 minutes)": the meridiem against the digits.
    r"(?:\d|\d\s?(?:Uhr|hrs?|h)\b|(?:\b|(?<=\d))[ap]\.?m\.?|\b[A-Z]{2,5}|\bnoon|\bmidday|"
    r"(?:\d|\b(?i:[ap]\.?m\.?))\s*(?:[\w'’-]+\s+){1,3}(?i:time)|"
    # "10:30 a.m. Pacific (90 minutes)": a zone's name without "time".
    r"(?:\d|\b(?i:[ap]\.?m\.?))\s*(?:[A-Z][a-z]+\s+){1,2})\s*\(\s*"
    # "09.00 WIB (approximately 90 minutes)"
    r"(?i:(?:approximately|approx\.?|about|around|roughly|ca\.?|circa|~)\s*)?$"
)
#: "Friday 18 September, 11am, 45 minutes, on Teams": a length listed after the clock.
#: "2:00 PM UAE time (1:00 PM KSA) – 1 hour": or after a dash or a middle dot ("11:00 AM ET · 60 min");
#: "8:30 PM IST, 45 minutes": or after the clock's zone.
_LISTED_AFTER_CLOCK = re.compile(
    r"(?:\d[:.]\d\d|\d\s*[ap]\.?m\.?|\bnoon|\bmidday)(?:\s*(?-i:[A-Z]{2,5}))?\s*(?:,|\s[–—·|-])\s*$"
    # "11:00 (GMT+1), 45 minutes": the zone in brackets may be an offset.
    r"|(?:\b[A-Z]{2,5}(?:\s?[+−-]\d{1,2}(?::?\d\d)?)?\)|\btime\)?)\s*(?:,|\s[–—·|-])\s*$"
    r"|(?:\d[:.]\d\d|\d\s*[ap]\.?m\.?)\s*[–—-]\s*$"
    # "2pm WAT (4pm in Nairobi), 1 hour 15 minutes": after the clock's restatement in brackets.
    r"|(?:\d[:.]\d\d|\d\s*[ap]\.?m\.?)[^()\n]{0,12}\((?:so\s+|=\s*)?\d[^()\n]{0,30}\)\s*(?:,|\s[–—·|-])\s*$",
    re.IGNORECASE,
)
#: "... Monday at 2:30. 30 minutes, at our office": a length said on its own, opening its
#: sentence and closed by a comma or a full stop.
#: "45 minutes including your presentation", "2 Stunden, inkl. einer kurzen Präsentation": the
#: length holds the parts named after it.
_INCLUDING = re.compile(
    r"[\s,]*(?:including|incl\.?|inclusive of|inkl\.?|einschließlich|y incluye|e incluye|incluyendo|"
    r"y incluye|compris|y compris)\b",
    re.IGNORECASE,
)
_LISTED_ALONE_AFTER = re.compile(r"\s*(?:[,.;]|$)")
#: "the gap is 4 hours", "5 hours ahead": a difference between zones, not a length of the interview.
_ZONE_GAP_BEFORE = re.compile(
    r"\b(?:gap|difference|offset)\s+(?:is|of|will be)\s+(?:now\s+)?(?:only\s+)?$", re.IGNORECASE
)
#: "a 4-hour gap that week"
#: "about an hour behind the bar" is where the hour is spent, not a gap: a common noun after its article.
_ZONE_GAP_AFTER = re.compile(
    r"^\s*(?:ahead|behind(?!\s+(?:the|a|an|our|my|your)\s+(?-i:[a-z]))|apart|time difference|difference|"
    r"gap)\b",
    re.IGNORECASE,
)


#: "same length (2.5 hours)", "Duration is the same, 1h15": a move that keeps the whole length.
_SAME_LENGTH_BEFORE = re.compile(
    r"\b(?:same|usual)\s+(?:length|duration)\s*[(:,]?\s*$"
    r"|\b(?:length|duration)\s+(?:is|stays|remains|will be)\s+(?:the\s+)?same\s*[(:,]?\s*$",
    re.IGNORECASE,
)
#: "Tuesday 5 May at 1.30pm (Brisbane time) via Teams, 30 mins with our Marketing Manager": a length
#: listed after the clock and a few words on where, then who the time is spent with.
_CLOCK_THEN_WITH = re.compile(r"(?:\d[:.]\d\d|\d\s*[ap]\.?m\.?)[^.;!?\n\d]{0,40},\s*$", re.IGNORECASE)
#: "He has about an hour before he needs to be back": the time the interviewer has for it, then
#: what they must do after, so the whole meeting.
_HAS_BEFORE = re.compile(
    r"\b(?:he|she|they|I|we|[A-Z][a-z]+)\s+(?:has|have|(?:has|have|['’]s|['’]ve)\s+got)\s+"
    r"(?:about\s+|around\s+|roughly\s+|approximately\s+|only\s+|just\s+)?$"
)
_HAS_AFTER = re.compile(
    r"^\s+(?:before|until)\s+(?:he|she|they|I|we)\s+(?:needs?|has|have|must)\b", re.IGNORECASE
)


def count_before(before: str) -> int | None:
    """The count said just before a length ("two 30-minute one-on-ones" -> 2), or None."""
    m = re.search(r"\b(two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,2}$", before, re.IGNORECASE)
    return _COUNT_WORDS[m.group(1).lower()] if m else None


def duration_kind(text: str, unit: tuple[int, int], mention: DurationMention) -> str:
    """What ``mention`` measures in its sentence ``unit`` of ``text``: ``total``
    (the interview), ``each`` (every session), ``part`` (a piece of it), ``gap``
    (the difference between two zones: "5 hours ahead") or ``unknown``."""
    before = text[unit[0] : mention.start]
    after = text[mention.end : unit[1]]
    if re.search(r"\beach\s+(?:\w+\s+){0,2}$", before, re.IGNORECASE) or re.match(
        r"\s*each\b", after, re.IGNORECASE
    ):
        return "each"
    each_is = (
        r"\beach\s+"
        + _SESSION_NOUNS
        + r"\s+(?:is|lasts|runs|takes|will (?:be|last|run|take))\s+(?:about\s+)?$"
    )
    if re.search(each_is, before, re.IGNORECASE):
        return "each"
    # "Cada entrevista dura aproximadamente 40 minutos", "Chaque entretien dure 45 minutes", "Jedes
    # Gespräch dauert 30 Minuten": "each" in Spanish, Portuguese, French and German.
    if re.search(r"\b(?:cada|chaque|jede[rsn]?)\s+(?:[^\W\d_]+\s+){0,3}$", before, re.IGNORECASE):
        return "each"
    if count_before(before) and re.match(r"[\s-]*(?:\w+\s+){0,2}" + _SESSION_NOUNS, after, re.IGNORECASE):
        return "each"
    if _ZONE_GAP_BEFORE.search(before) or _ZONE_GAP_AFTER.match(after):
        return "gap"
    if _AFTER_CLOCK.search(before) or _SAME_LENGTH_BEFORE.search(before):
        return "total"  # "at 10:00 ET (60 mins)", "same length (2.5 hours)"
    if _CLOCK_THEN_WITH.search(before) and re.match(r"\s+with\b", after):
        return "total"
    if _HAS_BEFORE.search(before) and _HAS_AFTER.match(after):
        return "total"  # "He has about an hour before he needs to be back at the shop."
    if _INCLUDING.match(after):
        return "total"  # "around 45 minutes including your presentation": the whole, parts and all
    if (
        _PART_BEFORE.search(before)
        or re.search(r"\(\s*$", before)
        or _PART_AFTER.match(after)
        or _FOLLOWING_PART.search(before)
    ):
        return "part"
    # "• 1 hour, on Zoom": a list item's bullet is no word before the length.
    alone = not BULLET.sub("", before).strip()
    # "45 min with me and Femi.": a length opening its sentence, then who the time is spent with.
    listed_alone = alone and (_LISTED_ALONE_AFTER.match(after) or re.match(r"\s+with\b", after))
    if _LISTED_AFTER_CLOCK.search(before) or listed_alone:
        return "total"
    if _TOTAL_AFTER.match(after) or _TOTAL_BEFORE.search(before):
        return "total"
    if _SESSION_THEN_LENGTH.search(before) or (
        _DASH_LENGTH_WITH.search(before) and re.match(r"\s+with\b", after)
    ):
        return "total"
    return "unknown"


def session_count(text: str) -> int | None:
    """How many interviews ``text`` announces ("three back-to-back interviews"), or None."""
    m = re.search(
        r"\b(two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,3}?" + _SESSION_NOUNS + r"\b",
        text,
        re.IGNORECASE,
    )
    return _COUNT_WORDS[m.group(1).lower()] if m else None


_PEOPLE_COUNT = re.compile(
    r"\b(?:both of (?:us|them)|(?:the|all) (two|three|four) of (?:us|them)|us (?:both|two|three)|"
    r"(two|three|four) of us)\b",
    re.IGNORECASE,
)


def people_count(text: str) -> int | None:
    """How many people ``text`` says the candidate meets as a group ("both of us", "the three
    of us"), or None."""
    m = _PEOPLE_COUNT.search(text)
    if not m:
        return None
    word = (m.group(1) or m.group(2) or "").lower()
    if not word:
        return 3 if m.group(0).lower().endswith("three") else 2
    return _COUNT_WORDS[word]


def says_whole(text: str, unit: tuple[int, int], mention: DurationMention) -> bool:
    """True when ``mention`` is the whole interview beyond doubt: "allow two hours",
    "still 90 minutes", "45 minutes in total" (not "me for ~30 mins", "an interview of about an hour")."""
    before = text[unit[0] : mention.start]
    after = text[mention.end : unit[1]]
    return bool(_WHOLE_BEFORE.search(before) or _WHOLE_AFTER.match(after))
