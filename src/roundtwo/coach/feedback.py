"""Specific coaching points, each quoting the part of the answer it is about."""

from __future__ import annotations

import re

from roundtwo.coach.fluency import judge_length, per_minute
from roundtwo.coach.reading import Reading
from roundtwo.coach.records import Feedback
from roundtwo.content.figures import figure

_I = re.compile(r"\bI\b", re.IGNORECASE)
_PART_NAMES = {"S": "situation", "T": "task", "A": "action", "R": "result"}
_MISSING_ADVICE = {
    "S": "Open with one or two sentences of context: where you were, when, and what was at stake.",
    "T": "Say what you personally had to achieve and why it fell to you.",
    "A": "Describe the steps you took yourself, in order, and why you chose them.",
    "R": "Close with the outcome: what changed, by how much, and what you learned.",
}
_DEMAND_ADVICE = {
    "own_mistake": ("no_ownership", "Say plainly what your own mistake was before you explain the fix."),
    "lesson": ("no_lesson", "Name the lesson you took from it in one sentence."),
    "applied_since": (
        "lesson_not_applied",
        "Say where you have applied that lesson since; it proves you learned it.",
    ),
    "no_blame": ("blame", "This sentence puts the fault on others; own your part instead."),
    "stakeholders": ("no_stakeholders", "Name who wanted what: the people or teams on each side."),
    "resolution": (
        "no_resolution",
        "Explain how you brought the sides together, not just that it got resolved.",
    ),
    "outcome": ("no_outcome", "Say how it ended for both sides, and where the relationship stands now."),
    "justification": ("no_justification", "Give the reason behind each choice ('because ...')."),
    "tradeoffs": ("no_tradeoffs", "Weigh an alternative you rejected and what it would have cost."),
    "market": ("no_market", "Tie your view to the company's market, its competitors or its mission."),
    "company_interest": (
        "no_company_interest",
        "Show what draws you to this company's work specifically: a product, its mission, "
        "someone you spoke to.",
    ),
}


def _missing_parts(reading: Reading) -> list[Feedback]:
    items = []
    for key, name in _PART_NAMES.items():
        if not reading.part(key):
            items.append(Feedback(f"missing_{name}", f"No {name}. {_MISSING_ADVICE[key]}", ""))
    return items


def _result_points(reading: Reading) -> list[Feedback]:
    results = reading.part("R")
    if results and not reading.metrics_in_part("R"):
        return [
            Feedback(
                "vague_result",
                "The result has no number. Say what changed and by how much (time saved, "
                "percentage, money, customers).",
                results[0].text,
            )
        ]
    if not reading.metrics and reading.sentences:
        return [Feedback("no_metrics", "The answer holds no figure; add one measured fact.", "")]
    return []


def _ownership_points(reading: Reading) -> list[Feedback]:
    items = []
    own = reading.ownership
    if own["we_actions"] and not own["i_actions"]:
        actions = reading.part("A")
        items.append(
            Feedback(
                "we_not_i",
                "Every action is told as 'we'. Say what you did yourself, with 'I'.",
                actions[0].text if actions else "",
            )
        )
    if reading.behavioural and reading.hypothetical_sentences:
        items.append(
            Feedback(
                "hypothetical",
                "This says what you would do. The question asks what you did: tell one real time.",
                reading.hypothetical_sentences[0].text,
            )
        )
    return items


def _delivery_points(reading: Reading) -> list[Feedback]:
    items = []
    length = judge_length(reading.word_count)
    target = figure("answer_target_words")
    if length == "short":
        items.append(
            Feedback(
                "too_short",
                f"{reading.word_count} words is thin; a spoken STAR answer runs about "
                f"{int(target.low)}-{int(target.high)} words (1.5-2 minutes).",
                "",
            )
        )
    elif length in {"long", "rambling"}:
        items.append(
            Feedback(
                "too_long",
                f"{reading.word_count} words (about {round(reading.speaking_seconds / 60, 1)} minutes "
                f"spoken) runs past the 1.5-2 minute target; cut the background.",
                "",
            )
        )
    long_words = figure("sentence_long_words").low
    rambling = [s for s in reading.sentences if len(s.text.split()) > long_words]
    if rambling:
        items.append(
            Feedback("long_sentence", "This sentence is hard to follow aloud; split it.", rambling[0].text)
        )
    rate = per_minute(len(reading.fillers), reading.word_count)
    if reading.fillers and rate > figure("fillers_fluent_per_minute").low:
        items.append(
            Feedback(
                "fillers",
                f"{len(reading.fillers)} filler {'word' if len(reading.fillers) == 1 else 'words'} "
                f"(about {rate:.0f} a minute); pause silently instead.",
                reading.fillers[0].text,
            )
        )
    if len(reading.hedges) >= 2:
        items.append(
            Feedback("hedges", "Hedges soften your own claims; state what happened.", reading.hedges[0].text)
        )
    others = reading.part(None)
    if len(others) >= 2 and len(others) >= len(reading.sentences) / 3:
        items.append(
            Feedback("off_story", "Several sentences are preamble or asides; cut them.", others[0].text)
        )
    return items


def _content_points(reading: Reading) -> list[Feedback]:
    items = []
    for span in reading.claims[:1]:
        items.append(
            Feedback("unsupported_claim", "A claim without an example; show it with a real story.", span.text)
        )
    if reading.category in {"motivation", "culture", None}:
        for span in reading.weak_motives[:1]:
            items.append(
                Feedback(
                    "weak_motive",
                    "Pay, commute or perks read as the wrong reason; lead with the work itself.",
                    span.text,
                )
            )
    if reading.relevance.score < 0.25 and (reading.question or reading.category):
        items.append(
            Feedback("off_topic", "The answer barely touches the question; tie it back explicitly.", "")
        )
    for demand in reading.demands:
        if demand.kind == "no_blame":
            if not demand.met:
                kind, message = _DEMAND_ADVICE["no_blame"]
                items.append(Feedback(kind, message, demand.evidence))
        elif not demand.met:
            kind, message = _DEMAND_ADVICE[demand.kind]
            items.append(Feedback(kind, message, ""))
    return items


def _strengths(reading: Reading) -> list[Feedback]:
    items = []
    measured = reading.metrics_in_part("R")
    if measured:
        items.append(Feedback("strength", "A measured result: keep it.", measured[0].text))
    if reading.ownership["i_actions"] >= 2:
        first = next((s for s in reading.part("A") if _I.search(s.text)), None)
        if first is not None:
            items.append(Feedback("strength", "Your own actions are clear.", first.text))
    return items


def give_feedback(reading: Reading) -> list[Feedback]:
    """Coaching points for the answer, most important first, strengths last.

    Each item's ``evidence`` is an exact quote from the answer, or "" when the
    point is about something missing. A blank reading gives ``[]``.
    """
    if not reading.sentences:
        return []
    return [
        *_missing_parts(reading),
        *_ownership_points(reading),
        *_result_points(reading),
        *_content_points(reading),
        *_delivery_points(reading),
        *_strengths(reading),
    ]
