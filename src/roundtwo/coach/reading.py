"""Everything the reader finds in one answer, before it is judged.

:func:`read_answer` runs the finders (sentences, STAR parts, metrics, fillers,
ownership, relevance, category demands) once; scoring, feedback, probes and
the restructured answer all work from the resulting :class:`Reading`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from roundtwo.coach.categories import Demand, check_demands, infer_category
from roundtwo.coach.claims import find_claims, find_weak_motives
from roundtwo.coach.fluency import count_words, find_fillers, find_hedges, speaking_seconds
from roundtwo.coach.metrics import find_metrics
from roundtwo.coach.ownership import count_hypothetical, measure_ownership
from roundtwo.coach.records import Metric, Sentence, Span
from roundtwo.coach.relevance import Relevance, measure_relevance
from roundtwo.coach.sentences import split_sentences
from roundtwo.coach.star import label_sentences

BEHAVIOURAL = frozenset(
    {"conflict", "priorities", "failure", "leadership", "teamwork", "pressure", "culture"}
)
_BEHAVIOURAL_QUESTION = re.compile(
    r"\b(?:tell me about|describe|give (?:me )?an example|a time|have you ever|share an example|"
    r"walk me through a time|talk about a|how did you)\b",
    re.IGNORECASE,
)
_SITUATIONAL_QUESTION = re.compile(
    r"\b(?:how would you|what would you|how do you|what do you|where do you|why do you|"
    r"what would|how should|what should|which .* would you)\b",
    re.IGNORECASE,
)


@dataclass
class Reading:
    """The raw findings about one answer; see :func:`read_answer`."""

    text: str
    question: str | None
    category: str | None
    category_given: bool
    behavioural: bool
    sentences: list[Sentence]
    metrics: list[Metric]
    fillers: list[Span]
    hedges: list[Span]
    claims: list[Span]
    weak_motives: list[Span]
    ownership: dict[str, float]
    relevance: Relevance
    demands: list[Demand]
    word_count: int
    speaking_seconds: float
    hypothetical_sentences: list[Sentence] = field(default_factory=list)

    def part(self, label: str | None) -> list[Sentence]:
        """The sentences labelled ``label`` ("S", "T", "A", "R", or None for other)."""
        return [s for s in self.sentences if s.star == label]

    def metrics_in_part(self, label: str) -> list[Metric]:
        """The metrics inside sentences labelled ``label``."""
        spans = [(s.start, s.end) for s in self.part(label)]
        return [m for m in self.metrics if any(m.start < e and m.end > s for s, e in spans)]


def is_behavioural(question: str | None, category: str | None) -> bool:
    """True when the question asks what the candidate did ("Tell me about a time ...")."""
    if question:
        if _BEHAVIOURAL_QUESTION.search(question):
            return True
        if _SITUATIONAL_QUESTION.search(question):
            return False
    return category in BEHAVIOURAL


def read_answer(text: str, question: str | None = None, category: str | None = None) -> Reading:
    """All findings for ``text`` (already validated) under ``question`` and ``category``.

    When ``category`` is None it is inferred from the question, if possible.
    """
    given = category is not None
    category = category or infer_category(question)
    metrics = find_metrics(text)
    sentences = label_sentences(text, split_sentences(text), metrics, question, category)
    words = count_words(text)
    return Reading(
        text=text,
        question=question,
        category=category,
        category_given=given,
        behavioural=is_behavioural(question, category),
        sentences=sentences,
        metrics=metrics,
        fillers=find_fillers(text),
        hedges=find_hedges(text),
        claims=find_claims(text),
        weak_motives=find_weak_motives(text),
        ownership=measure_ownership(text, sentences),
        relevance=measure_relevance(text, question, category),
        demands=check_demands(category, sentences, text),
        word_count=words,
        speaking_seconds=speaking_seconds(words),
        hypothetical_sentences=[s for s in sentences if count_hypothetical(s.text)],
    )
