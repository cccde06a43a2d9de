"""Fillers, hedges and length: how an answer would sound when spoken.

Counts are of words in the answer; the speaking time is estimated at the
conversational pace in ``content/coaching.yaml`` (about 150 words a minute,
National Center for Voice and Speech).
"""

from __future__ import annotations

import functools
import re

from roundtwo.coach.lexicons import lexicon, lowercase_matcher, phrase_matcher, words_of
from roundtwo.coach.records import Span
from roundtwo.content.figures import figure

_WORD = re.compile(r"\S*[^\W_]\S*")
_PREV = re.compile(r"([A-Za-z][A-Za-z'’]*)[\s,]*$")
_NEXT = re.compile(r"[\s]*([A-Za-z0-9$][A-Za-z'’]*)")


@functools.cache
def _filler_phrases() -> tuple[str, ...]:
    fillers = lexicon("fluency")["fillers"]
    return (*fillers["words"], *fillers["phrases"])


def _matches(phrases: tuple[str, ...], text: str) -> list[re.Match[str]]:
    """Matches of ``phrases`` in ``text``, any case, with offsets into ``text``."""
    lower = text.lower()
    if len(lower) == len(text):
        return list(lowercase_matcher(phrases).finditer(lower))
    return list(phrase_matcher(phrases).finditer(text))


def count_words(text: str) -> int:
    """Words in ``text``: runs of non-space holding a letter or digit. Empty text gives 0."""
    return len(_WORD.findall(text))


def speaking_seconds(words: int) -> float:
    """Seconds to say ``words`` words at the conversational pace (coaching.yaml)."""
    return round(words * 60.0 / figure("pace_estimate_wpm").low, 1)


def _prev_word(text: str, start: int) -> str:
    match = _PREV.search(text, max(0, start - 25), start)
    return match.group(1).lower().replace("’", "'") if match else ""


def _next_word(text: str, end: int) -> str:
    match = _NEXT.match(text, end)
    return match.group(1).lower().replace("’", "'") if match else ""


def _comma_before(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ",.!?;:\n-—"


def _comma_after(text: str, end: int) -> bool:
    return text[end : end + 1] in {",", "", "."} or text[end : end + 2] == " -"


def _is_filler(text: str, match: re.Match[str]) -> bool:
    """Context rules: "like", "kind of", "you know", "I mean" only count when empty."""
    phrase = " ".join(match.group().lower().replace("’", "'").split())
    rules = lexicon("fluency")["fillers"]
    prev = _prev_word(text, match.start())
    nxt = _next_word(text, match.end())
    if phrase in {"kind of", "sort of"}:
        return prev not in words_of("fluency", "fillers", "noun_before_kind")
    if phrase == "you know":
        if _comma_after(text, match.end()):
            return True
        return prev not in set(rules["know_clause_before"]) and nxt not in set(rules["know_clause_after"])
    if phrase == "i mean":
        return _comma_after(text, match.end()) or (
            prev not in {"what", "which", "that"} and nxt not in set(rules["mean_clause_after"])
        )
    if phrase == "like":
        if prev in words_of("fluency", "fillers", "verb_before_like"):
            return False
        if _comma_after(text, match.end()) or _comma_before(text, match.start()):
            return True
        return prev in {"was", "is", "were", "'s", "it's", "and", "so", "but", "um", "uh", "of"} or (
            nxt[:1].isdigit() or nxt[:1] == "$"
        )
    return True


def find_fillers(text: str) -> list[Span]:
    """Filler words and phrases (um, uh, like, you know, sort of, kind of, basically, I mean).

    "like" as a verb or preposition ("I like", "things like"), "kind of" after
    a determiner ("what kind of") and "you know" opening a clause ("you know
    what") are not counted. Empty text gives ``[]``.
    """
    return [
        Span(m.start(), m.end(), text[m.start() : m.end()])
        for m in _matches(_filler_phrases(), text)
        if _is_filler(text, m)
    ]


def find_hedges(text: str) -> list[Span]:
    """Hedges that soften a claim: I guess, maybe, I think, probably, perhaps, ...

    Empty text gives ``[]``.
    """
    hedges = tuple(lexicon("fluency")["hedges"])
    return [Span(m.start(), m.end(), text[m.start() : m.end()]) for m in _matches(hedges, text)]


def per_minute(count: int, words: int) -> float:
    """``count`` events per minute of speech for an answer of ``words`` words (0 for none)."""
    seconds = speaking_seconds(words)
    return round(count * 60.0 / seconds, 2) if seconds else 0.0


def judge_length(words: int) -> str:
    """ "short", "concise", "long" or "rambling" against the figures in coaching.yaml.

    Concise is the 150-350 word band; above 450 words an answer rambles.
    """
    concise = figure("answer_concise_words")
    if words < concise.low:
        return "short"
    if words <= concise.high:
        return "concise"
    if words <= figure("answer_rambling_words").low:
        return "long"
    return "rambling"
