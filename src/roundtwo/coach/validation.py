"""Refuse what the reader cannot read: empty, huge, unknown category, not English."""

from __future__ import annotations

import functools
import re

from roundtwo.coach.lexicons import index_tokens, words_of
from roundtwo.content.vocabulary import CATEGORIES
from roundtwo.errors import RoundtwoError

MAX_ANSWER_CHARS = 50_000
_LETTER = re.compile(r"[^\W\d_]")


@functools.cache
def _common() -> frozenset[str]:
    return words_of("english", "common")


@functools.cache
def _foreign() -> frozenset[str]:
    return words_of("english", "foreign")


@functools.cache
def _verbs() -> frozenset[str]:
    return words_of("verbs", "action") | words_of("verbs", "result")


#: English word endings: "migrated", "leading", "annually", "negotiations".
_ENGLISH_ENDING = re.compile(r"(?:[a-z]ed|ing|[a-z]ly|tions?|ments)$")


def _english_like(word: str) -> bool:
    return word in _common() or word in _verbs() or bool(_ENGLISH_ENDING.search(word))


def check_category(category: str | None) -> str | None:
    """``category`` lower-cased and trimmed, None when omitted or blank.

    An unknown category raises :class:`RoundtwoError` listing the valid ones.
    """
    if category is None or not str(category).strip():
        return None
    value = str(category).strip().lower()
    if value not in CATEGORIES:
        raise RoundtwoError(
            f"unknown category {category!r}.",
            hint=f"Use one of: {', '.join(CATEGORIES)}; or leave it out.",
            field="category",
        )
    return value


def looks_english(text: str) -> bool:
    """True when ``text`` reads as English: mostly ASCII letters, and some words that are
    English by form or by use (common words, action verbs, "-ed", "-ing", "-ly" endings),
    more of them than function words of another language.

    Text of one or two words passes when its letters are ASCII. Terse notes without
    a single "the" ("Migrated CI pipeline; cut build times 40%") pass on their verbs.
    """
    if not text.isascii():
        letters = _LETTER.findall(text)
        if not letters or sum(1 for ch in letters if ch.isascii()) / len(letters) < 0.6:
            return False
    elif not _LETTER.search(text):
        return False
    words = [token for token in index_tokens(text) if token[0].isalpha()]
    if len(words) <= 2:
        return True
    needed = 0.12 * len(words)
    common_words = _common()
    seen = 0
    for word in words:  # the usual case, decided within the first few words
        if word in common_words:
            seen += 1
            if seen >= needed:
                return True
    foreign_words = _foreign()
    foreign = sum(1 for word in words if word in foreign_words)
    english = sum(1 for word in words if _english_like(word))
    return english >= needed and english > foreign


def check_answer(answer: object) -> str:
    """``answer`` as text, or :class:`RoundtwoError` for empty, over-long or non-English text."""
    if not isinstance(answer, str):
        raise RoundtwoError(
            f"the answer must be text, not {type(answer).__name__}.",
            hint='Give the answer as a string in the "answer" field.',
            field="answer",
        )
    if not answer.strip():
        raise RoundtwoError(
            "the answer is empty.", hint="Write or paste the answer you would give.", field="answer"
        )
    if len(answer) > MAX_ANSWER_CHARS:
        raise RoundtwoError(
            f"the answer is {len(answer):,} characters long, over the {MAX_ANSWER_CHARS:,} limit.",
            hint="Give one answer at a time; a spoken answer runs about 200-320 words.",
            field="answer",
        )
    if not looks_english(answer):
        raise RoundtwoError(
            "the answer does not look like English; roundtwo reads English answers.",
            hint="Give the answer in English.",
            field="answer",
        )
    return answer
