"""``analyze``: read one interview answer the way a second-round interviewer does."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from roundtwo.coach.feedback import give_feedback
from roundtwo.coach.fluency import judge_length
from roundtwo.coach.probes import choose_follow_up
from roundtwo.coach.reading import read_answer
from roundtwo.coach.records import Feedback, Metric, Sentence, Span
from roundtwo.coach.restructure import restructure
from roundtwo.coach.scoring import answer_features, overall_score, score_attributes
from roundtwo.coach.star import parts_present
from roundtwo.coach.validation import check_answer, check_category


@dataclass
class Analysis:
    """What the reader found in one answer; ``to_dict`` gives the CONTRACT.md object."""

    sentences: list[Sentence]
    star: dict[str, bool]
    metrics: list[Metric]
    score: int
    attributes: dict[str, int]
    evidence: dict[str, list[str]]
    feedback: list[Feedback]
    follow_up: str | None
    restructured: str
    word_count: int
    speaking_seconds: float
    fillers: list[Span]
    hedges: list[Span]
    ownership: dict[str, float]
    category: str | None = None
    relevance: float = 1.0
    length: str = "concise"
    features: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The analysis as JSON-ready data: the contract's fields, then extras."""
        return {
            "sentences": [s.to_dict() for s in self.sentences],
            "star": dict(self.star),
            "metrics": [m.to_dict() for m in self.metrics],
            "score": self.score,
            "word_count": self.word_count,
            "attributes": dict(self.attributes),
            "feedback": [f.to_dict() for f in self.feedback],
            "follow_up": self.follow_up,
            "speaking_seconds": self.speaking_seconds,
            "length": self.length,
            "category": self.category,
            "relevance": self.relevance,
            "evidence": {k: list(v) for k, v in self.evidence.items()},
            "fillers": [s.to_dict() for s in self.fillers],
            "hedges": [s.to_dict() for s in self.hedges],
            "ownership": dict(self.ownership),
            "restructured": self.restructured,
        }


def analyze(answer: str, question: str | None = None, category: str | None = None) -> Analysis:
    """Read ``answer`` (to ``question``, in ``category``) and judge it.

    Returns sentences with STAR labels and offsets into ``answer``, the STAR
    parts present, the quantified facts, scores (overall and the four
    attributes) with evidence, feedback quoting the answer, the follow-up
    probe and the answer restructured in STAR order. Without a category, one
    is inferred from the question when it is clear.

    Raises :class:`roundtwo.errors.RoundtwoError` for an empty or blank
    answer, one over 50,000 characters, text that is not English, or an
    unknown category.
    """
    text = check_answer(answer)
    category = check_category(category)
    question = question.strip() if isinstance(question, str) and question.strip() else None
    reading = read_answer(text, question, category)
    features = answer_features(reading)
    attributes, evidence = score_attributes(reading, features)
    return Analysis(
        sentences=reading.sentences,
        star=parts_present(reading.sentences),
        metrics=reading.metrics,
        score=overall_score(features),
        attributes=attributes,
        evidence=evidence,
        feedback=give_feedback(reading),
        follow_up=choose_follow_up(reading),
        restructured=restructure(reading),
        word_count=reading.word_count,
        speaking_seconds=reading.speaking_seconds,
        fillers=reading.fillers,
        hedges=reading.hedges,
        ownership=reading.ownership,
        category=reading.category,
        relevance=reading.relevance.score,
        length=judge_length(reading.word_count),
        features=features,
    )
