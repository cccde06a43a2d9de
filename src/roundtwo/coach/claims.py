"""Self-descriptions without an example ("I'm a natural leader") and weak motives
("the pay is better", "closer to home") that interviewers mark down."""

from __future__ import annotations

import functools
import re

from roundtwo.coach.lexicons import index_tokens, lexicon
from roundtwo.coach.records import Span

#: Every unsupported-claim pattern in claims.yaml holds one of these words.
_CLAIM_WORDS = frozenset(
    [
        *("i'm", "am", "handle", "manage", "well", "conflicts", "conflict"),
        *("disagreements", "disagreement", "people", "thrive", "excel"),
    ]
)
#: Every weak-motive pattern in claims.yaml holds one of these words.
_MOTIVE_WORDS = frozenset(
    [
        *("pay", "salary", "money", "compensation", "raise", "bonus", "better", "higher", "more"),
        *("closer", "commute", "benefits", "vacation", "pto", "time", "perks", "remote", "home"),
        *("stable", "job", "heard"),
    ]
)


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{rx})" for rx in lexicon("claims")[key]))


def _find(key: str, text: str) -> list[Span]:
    normal = text.lower().replace("’", "'")
    if len(normal) != len(text):  # lowercasing changed the length: offsets would drift
        normal = text.replace("’", "'")
        return [Span(m.start(), m.end(), m.group()) for m in _ignore_case(key).finditer(normal)]
    return [Span(m.start(), m.end(), text[m.start() : m.end()]) for m in _pattern(key).finditer(normal)]


@functools.cache
def _ignore_case(key: str) -> re.Pattern[str]:
    return re.compile(_pattern(key).pattern, re.IGNORECASE)


def find_claims(text: str) -> list[Span]:
    """Self-praise that states a trait instead of showing it ("I'm a natural leader").

    Empty text gives ``[]``.
    """
    if not _CLAIM_WORDS.intersection(index_tokens(text)):
        return []  # none of the words every such claim needs: skip the patterns
    return _find("unsupported_claims", text)


def find_weak_motives(text: str) -> list[Span]:
    """Motives about pay, commute, perks or stability rather than the work.

    Empty text gives ``[]``.
    """
    if not _MOTIVE_WORDS.intersection(index_tokens(text)):
        return []  # none of the words every weak motive needs: skip the patterns
    return _find("weak_motives", text)
