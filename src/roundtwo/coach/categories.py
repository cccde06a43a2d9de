"""What each question category demands of an answer, and whether the answer gives it.

failure: owns the mistake, names the lesson, says where it was applied since.
conflict and priorities: names the stakeholders, how the speaker resolved it,
and the outcome. technical: justifies choices and weighs trade-offs. strategy:
ties to the company's market, competitors or mission. motivation: lasting
interest in this company's work, not pay or commute.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from roundtwo.coach.lexicons import PrefixIndex, index_tokens, lexicon, phrase_matcher
from roundtwo.coach.records import Sentence
from roundtwo.coach.relevance import topic_matcher
from roundtwo.content.vocabulary import CATEGORIES

_QUESTION_HINTS = {
    "failure": r"\b(?:fail|mistake|wrong|error|setback|regret|didn't go)",
    "conflict": (
        r"\b(?:conflict|disagree|clash|difficult (?:colleague|coworker|person|manager)|tension|"
        r"push(?:ed)? back)"
    ),
    "priorities": r"\b(?:priorit|competing|conflicting|balance|two (?:departments|teams|managers)|juggl)",
    "leadership": r"\b(?:led|lead|leader|authority|motivate a team|took charge)",
    "teamwork": r"\b(?:team ?work|teammate|worked (?:closely )?with|collaborat|another team|working style)",
    "pressure": r"\b(?:pressure|urgent|emergency|think on your feet|tight deadline|crisis|stress)",
    "technical": r"\b(?:how would you|walk me through|design|debug|diagnos|approach|metrics would)",
    "strategy": r"\b(?:competitor|market|strategy|differentiat|opportunit|industry)",
    "motivation": (
        r"\b(?:why (?:do you|are you|this|our|us)|motivat|want to work|leave your|looking to leave)"
    ),
    "culture": r"\b(?:culture|environment|values|inclusive|adapt to|work best)",
}


@dataclass(frozen=True)
class Demand:
    """One thing the category asks for: its kind, whether it is met, and the quote showing it."""

    kind: str
    met: bool
    evidence: str = ""


@functools.cache
def _question_hints() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(rx, re.IGNORECASE) for name, rx in _QUESTION_HINTS.items()}


@functools.cache
def demand_matcher(kind: str) -> re.Pattern[str]:
    """Regex for the cue words of demand ``kind`` in ``categories.yaml`` (any case)."""
    return phrase_matcher(lexicon("categories")["demands"][kind], prefix=True)


def infer_category(question: str | None) -> str | None:
    """The category a question most likely belongs to, or None when unclear.

    Behavioural hints in the wording win ("a time you failed" is failure);
    otherwise the category whose topic words the question uses most.
    """
    if not question or not question.strip():
        return None
    for name, pattern in _question_hints().items():
        if pattern.search(question):
            return name
    lower = question.lower()
    counts = {c: len(topic_matcher(c).findall(lower)) for c in CATEGORIES}
    best = max(counts, key=lambda c: counts[c])
    ranked = sorted(counts.values(), reverse=True)
    return best if ranked[0] > 0 and ranked[0] > ranked[1] else None


def first_with(kind: str, sentences: Sequence[Sentence], parts: str = "STARO") -> str:
    """The first sentence (of the given STAR parts) holding a cue of demand ``kind``, or ""."""
    for sentence in sentences:
        if (sentence.star or "O") in parts and _holds(kind, sentence.text):
            return sentence.text
    return ""


def _holds(kind: str, text: str) -> bool:
    """Whether ``text`` holds a cue of demand ``kind``."""
    return kind in demands_in(text)


@functools.lru_cache(maxsize=4096)
def demands_in(text: str) -> frozenset[str]:
    """The demand kinds whose cue words ``text`` holds (remembered: scoring and feedback ask again)."""
    return frozenset(_demand_index().found(index_tokens(text)))


@functools.cache
def _demand_index() -> PrefixIndex:
    return PrefixIndex(lexicon("categories")["demands"])


def _count(kind: str, text: str) -> int:
    return _demand_index().count(index_tokens(text)).get(kind, 0)


def check_demands(category: str | None, sentences: Sequence[Sentence], text: str) -> list[Demand]:
    """The category's demands on this answer, each met or not, with evidence.

    No category (or one without special demands) gives ``[]``.
    """
    has_result = any(s.star == "R" for s in sentences)
    result_text = next((s.text for s in sentences if s.star == "R"), "")
    if category == "failure":
        lesson = first_with("lesson", sentences)
        return [
            Demand(
                "own_mistake",
                bool(first_with("own_mistake", sentences)),
                first_with("own_mistake", sentences),
            ),
            Demand("lesson", bool(lesson), lesson),
            Demand(
                "applied_since",
                bool(first_with("applied_since", sentences, "RAO")),
                first_with("applied_since", sentences, "RAO"),
            ),
            Demand("no_blame", not first_with("blame", sentences), first_with("blame", sentences)),
        ]
    if category in {"conflict", "priorities"}:
        stakeholders = first_with("stakeholders", sentences)
        resolution = first_with("resolution", sentences, "ATR")
        return [
            Demand("stakeholders", bool(stakeholders), stakeholders),
            Demand("resolution", bool(resolution), resolution),
            Demand("outcome", has_result, result_text),
        ]
    if category == "technical":
        reasons = _count("justification", text)
        return [
            Demand("justification", reasons >= 2, first_with("justification", sentences)),
            Demand("tradeoffs", bool(first_with("tradeoffs", sentences)), first_with("tradeoffs", sentences)),
        ]
    if category == "strategy":
        return [Demand("market", _count("market", text) >= 2, first_with("market", sentences))]
    if category == "motivation":
        interest = first_with("company_interest", sentences)
        return [Demand("company_interest", bool(interest), interest)]
    return []
