"""How closely an answer keeps to the question asked and to its category."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from roundtwo.coach.features import content_words
from roundtwo.coach.lexicons import PrefixIndex, index_tokens, lexicon, lowercase_matcher


@dataclass(frozen=True)
class Relevance:
    """``score`` from 0 (off topic) to 1; the question words the answer shares; category cues found."""

    score: float
    shared: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)


@functools.cache
def topic_matcher(category: str) -> re.Pattern[str]:
    """Regex for the topic words of ``category`` (word prefixes), for lowercased text."""
    return lowercase_matcher(lexicon("categories")["topics"].get(category, []), prefix=True)


@functools.cache
def _topic_index(category: str) -> PrefixIndex:
    words = lexicon("categories")["topics"].get(category, [])
    return PrefixIndex({str(word): [word] for word in words})


def measure_relevance(answer: str, question: str | None, category: str | None) -> Relevance:
    """Lexical overlap of ``answer`` with ``question`` plus the category's topic cues.

    With neither a question nor a category there is nothing to compare with
    and the score is 1.0. Empty answer gives 0.0.
    """
    if not question and not category:
        return Relevance(1.0)
    answer_words = content_words(answer)
    if not answer_words:
        return Relevance(0.0)
    parts: list[tuple[float, float]] = []
    shared: list[str] = []
    if question:
        question_words = content_words(question)
        if question_words:
            shared = sorted(question_words & answer_words)
            parts.append((0.6, min(1.0, len(shared) / max(1.0, 0.5 * len(question_words)))))
    cues: list[str] = []
    if category:
        cues = sorted(_topic_index(category).words_found(index_tokens(answer)))
        parts.append((0.4, min(1.0, len(cues) / 4)))
    weight = sum(w for w, _ in parts)
    score = sum(w * v for w, v in parts) / weight if weight else 1.0
    return Relevance(round(score, 3), shared, cues)
