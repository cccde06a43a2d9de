"""Case studies and presentations: the brief, its timing, and the structure check.

A brief is a bank question written as one ("Case brief: ...", "Presentation
brief: ..."), or the preparation note of the candidate's own interview. The
delivered presentation (a typed outline or the talk itself) is checked for
the five parts a panel listens for (situation, analysis, recommendation,
metrics, risks) and its estimated speaking time against the allotted minutes.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from roundtwo.coach import Analysis
from roundtwo.coach.lexicons import phrase_matcher
from roundtwo.errors import RoundtwoError
from roundtwo.practice.data import cases_data
from roundtwo.read.questions import CompanyFacts, Question, fill_slots, load_bank

PARTS = ("situation", "analysis", "recommendation", "metrics", "risks")
#: The gap (and feedback kind) each missing part leaves; "no_metrics" is the
#: answer reader's kind for an answer without figures, so metrics say "no_measures".
PART_GAPS = {
    "situation": "no_situation",
    "analysis": "no_analysis",
    "recommendation": "no_recommendation",
    "metrics": "no_measures",
    "risks": "no_risks",
}
_NUMBER_WORDS = {
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
}
_MINUTES = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")[\s-]*min(?:ute)?s?\b",
    re.IGNORECASE,
)
_PRESENTING = re.compile(r"\b(present|presentation|case|pitch|talk|slides?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CaseBrief:
    """The brief the candidate prepares and presents.

    ``prepare_minutes`` is the preparation time an interface shows as a
    timer; ``present_minutes`` the time allotted to the talk. ``follow_ups``
    are the bank's own probes on the brief, the panel's first questions.
    """

    id: str
    text: str
    category: str
    prepare_minutes: int
    present_minutes: int
    follow_ups: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The brief as JSON-ready data."""
        data = asdict(self)
        data["follow_ups"] = list(self.follow_ups)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CaseBrief:
        """The brief that :meth:`to_dict` wrote."""
        return cls(
            id=str(data["id"]),
            text=str(data["text"]),
            category=str(data["category"]),
            prepare_minutes=int(data["prepare_minutes"]),
            present_minutes=int(data["present_minutes"]),
            follow_ups=tuple(data.get("follow_ups", ())),
        )


@dataclass(frozen=True)
class PresentationCheck:
    """What the structure check found in a delivered presentation.

    ``parts`` maps each of :data:`PARTS` to the sentence (or figure) that
    shows it, "" when absent; ``timing`` is ``short``, ``on_time`` or
    ``over``; ``score`` (0-100) gives the five parts and finishing on time
    equal weight; ``feedback`` items are ``{"kind", "message", "evidence"}``.
    """

    parts: dict[str, str]
    missing: list[str]
    estimated_minutes: float
    allotted_minutes: int
    timing: str
    score: int
    feedback: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The check as JSON-ready data."""
        return asdict(self)


def is_brief(question: Question) -> bool:
    """True when the bank question is written as a case or presentation brief."""
    return question.text.lower().startswith(tuple(o.lower() for o in cases_data()["brief_openings"]))


def minutes_in(text: str) -> int | None:
    """The first length in minutes that ``text`` names ("a 15-minute talk", "ten minutes"), or None."""
    match = _MINUTES.search(text or "")
    if not match:
        return None
    value = match.group("n").lower()
    return int(value) if value.isdigit() else _NUMBER_WORDS[value]


def default_timing(format: str) -> tuple[int, int]:
    """Minutes to prepare and to present for ``format`` when the brief names no length.

    Formats other than case_study take the presentation timing.
    """
    timing = cases_data()["timing"]
    entry = timing.get(format, timing["presentation"])
    return int(entry["prepare"]), int(entry["present"])


def choose_brief(
    format: str,
    role: str | None,
    rng: random.Random,
    company: CompanyFacts | None = None,
    *,
    bank: Sequence[Question] | None = None,
) -> CaseBrief:
    """A brief for ``format`` (case_study or presentation), written for ``role`` when the bank has one.

    Briefs of the role family come first, then briefs for any role; ``rng``
    picks among the first few so that seeds vary the session. Slots are
    filled from ``company``. Raises RoundtwoError when the bank holds no
    brief for the format at all.
    """
    pool = load_bank() if bank is None else bank
    briefs = [q for q in pool if is_brief(q) and format in q.formats]
    if not briefs:
        briefs = [q for q in pool if is_brief(q)]
    own = [q for q in briefs if role is not None and role in q.role_families]
    general = [q for q in briefs if not q.role_families]
    candidates = own or general or briefs
    if not candidates:
        raise RoundtwoError(
            f"the question bank holds no case or presentation brief for {format}.",
            hint="Add one to the bank, or practise another format.",
        )
    question = rng.choice(candidates[:4])
    prepare, present = default_timing(format)
    return CaseBrief(
        id=question.id,
        text=fill_slots(question.text, company),
        category=question.category,
        prepare_minutes=prepare,
        present_minutes=minutes_in(question.text) or present,
        follow_ups=question.follow_ups,
    )


def brief_from_preparation(preparation: str | None, format: str) -> CaseBrief | None:
    """A brief from the interview's preparation note, when it asks for a presentation or case.

    "A 15-minute presentation: how would you raise adoption ...?" becomes a
    brief of 15 minutes. A blank note, or one that asks for no talk or case,
    gives None.
    """
    text = " ".join((preparation or "").split())
    if not text or not _PRESENTING.search(text):
        return None
    prepare, present = default_timing(format)
    return CaseBrief(
        id="interview-brief",
        text=text,
        category="strategy",
        prepare_minutes=prepare,
        present_minutes=minutes_in(text) or present,
        follow_ups=(),
    )


def check_presentation(analysis: Analysis, allotted_minutes: int) -> PresentationCheck:
    """Check a delivered presentation (its reader ``analysis``) against the five parts and the clock.

    A part counts when a sentence holds one of its cue words (cases.yaml);
    metrics also count when the talk holds a quantified fact. The speaking
    time is the reader's estimate (words at the conversational pace); it is
    ``short`` below the ``timing_bands`` share of ``allotted_minutes``,
    ``over`` above it, else ``on_time``. An empty analysis finds no part.
    """
    structure = cases_data()["structure"]
    found: dict[str, str] = {}
    for part in PARTS:
        matcher = _cue_matcher(part)
        found[part] = next((s.text for s in analysis.sentences if matcher.search(s.text)), "")
    if not found["metrics"] and analysis.metrics:
        found["metrics"] = analysis.metrics[0].text
    missing = [part for part in PARTS if not found[part]]
    minutes = round(analysis.speaking_seconds / 60, 1)
    allotted = max(int(allotted_minutes), 1)
    timing = judge_timing(minutes, allotted)
    feedback = [
        {
            "kind": PART_GAPS[part],
            "message": f"No {structure[part]['label']}. {structure[part]['advice']}",
            "evidence": "",
        }
        for part in missing
    ]
    if timing != "on_time":
        feedback.append(
            {
                "kind": f"timing_{timing}",
                "message": _timing_message(timing, minutes, allotted),
                "evidence": "",
            }
        )
    score = round(100 * (len(PARTS) - len(missing) + (timing == "on_time")) / (len(PARTS) + 1))
    return PresentationCheck(found, missing, minutes, allotted, timing, score, feedback)


def judge_timing(minutes: float, allotted: int) -> str:
    """``short``, ``on_time`` or ``over``: ``minutes`` spoken against ``allotted``, by cases.yaml's bands."""
    bands = cases_data()["timing_bands"]
    if minutes < bands["short"] * allotted:
        return "short"
    if minutes > bands["over"] * allotted:
        return "over"
    return "on_time"


def _timing_message(timing: str, minutes: float, allotted: int) -> str:
    if timing == "short":
        return (
            f"About {minutes} minutes spoken against {allotted} allotted: fill the time with the "
            "analysis and the numbers behind your recommendation."
        )
    return (
        f"About {minutes} minutes spoken against {allotted} allotted: cut background so you finish on time."
    )


@functools.cache
def _cue_matcher(part: str) -> re.Pattern[str]:
    return phrase_matcher(cases_data()["structure"][part]["cues"], prefix=True)
