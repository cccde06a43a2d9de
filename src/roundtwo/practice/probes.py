"""Follow-up probes: what an answer lacked, and the question that goes after it.

A gap is named by its reason (``no_result``, ``we_not_i``, ...), the same
names as the probe wordings in ``content/personas.yaml``. Behavioural answers
are probed for a real example, the candidate's own actions, a measured
result and, for failures, the lesson; technical and situational answers for
the reason behind each choice, its trade-offs and, for strategy and
motivation, the market and the company; presentations for the parts of a
case structure they left out. A strong answer has no gap and gets no probe.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from roundtwo.coach import Analysis
from roundtwo.practice.case import PART_GAPS, PresentationCheck
from roundtwo.practice.data import personas_data
from roundtwo.practice.reasoning import Reasoning, quote

BEHAVIOURAL_GAPS = ("hypothetical", "no_action", "no_result", "we_not_i", "no_lesson", "no_metrics")
REASONING_GAPS = (
    "unjustified_choice",
    "no_justification",
    "no_tradeoffs",
    "no_market",
    "no_company_interest",
)
# Presentation parts in the order a panel would probe them, with the gap each leaves.
PRESENTATION_GAPS = {
    part: PART_GAPS[part] for part in ("recommendation", "situation", "analysis", "risks", "metrics")
}
# Feedback kinds from the answer reader that show a gap.
_READER_KINDS = {
    "we_not_i": {"we_not_i"},
    "no_lesson": {"no_lesson", "lesson_not_applied"},
    "no_metrics": {"vague_result", "no_metrics"},
    "no_justification": {"no_justification"},
    "no_tradeoffs": {"no_tradeoffs"},
    "no_market": {"no_market"},
    "no_company_interest": {"no_company_interest", "weak_motive"},
}


@dataclass(frozen=True)
class Gap:
    """Something an answer lacked: the probe ``reason`` and, for a choice, the words quoted."""

    reason: str
    quote: str = ""


def find_gaps(
    analysis: Analysis,
    *,
    behavioural: bool,
    technical: bool = False,
    reasoning: Reasoning | None = None,
    presentation: PresentationCheck | None = None,
) -> list[Gap]:
    """The gaps in an answer, most important first.

    ``presentation`` (a delivered case) is probed for its missing parts;
    otherwise a ``behavioural`` answer for the STAR gaps, any other for the
    reasoning gaps (``technical`` adds trade-offs found by ``reasoning``).
    An answer with nothing missing gives ``[]``.
    """
    if presentation is not None:
        return [Gap(reason) for part, reason in PRESENTATION_GAPS.items() if not presentation.parts[part]]
    if behavioural:
        return [Gap(r) for r in BEHAVIOURAL_GAPS if not covers(r, analysis)]
    gaps = []
    for reason in REASONING_GAPS:
        if reason == "unjustified_choice":
            unjustified = reasoning.unjustified if reasoning is not None else []
            if unjustified:
                gaps.append(Gap(reason, quote(unjustified[0].text).rstrip(".,;:!?")))
        elif not covers(reason, analysis, reasoning=reasoning, technical=technical):
            gaps.append(Gap(reason))
    # One "why" probe is enough: a quoted choice stands for the general one.
    if any(g.reason == "unjustified_choice" for g in gaps):
        gaps = [g for g in gaps if g.reason != "no_justification"]
    return gaps


def covers(
    reason: str,
    analysis: Analysis,
    *,
    reasoning: Reasoning | None = None,
    technical: bool = False,
    presentation: PresentationCheck | None = None,
) -> bool:
    """True when the answer (``analysis``) gives what a probe for ``reason`` asks for.

    Used both to find gaps and to see whether a follow-up answer closed one.
    Unknown reasons count as covered.
    """
    kinds = {f.kind for f in analysis.feedback}
    if reason == "hypothetical":
        return not told_as_hypothetical(kinds, analysis.ownership)
    if reason == "no_action":
        return analysis.star["A"]
    if reason == "no_result":
        return analysis.star["R"]
    if reason == "unjustified_choice":
        return reasoning is not None and bool(reasoning.choices) and not reasoning.unjustified
    if (
        reason == "no_tradeoffs"
        and technical
        and reasoning is not None
        and not reasoning.elements["tradeoffs"]
    ):
        return False
    if reason in _READER_KINDS:
        return not kinds & _READER_KINDS[reason]
    for part, gap in PRESENTATION_GAPS.items():
        if reason == gap:
            return presentation is not None and bool(presentation.parts[part])
    return True


def told_as_hypothetical(feedback_kinds: set[str] | frozenset[str], ownership: Mapping[str, float]) -> bool:
    """True when the reader flagged hypothetical phrasing ("I would ...") at
    least as often as the answer tells the speaker's own actions.

    A story with several "I did" actions and one "so that we would" clause
    is a real story; the probe for a real example is kept for the rest.
    """
    return "hypothetical" in feedback_kinds and ownership.get("hypothetical", 0) >= ownership.get(
        "i_actions", 0
    )


def next_gap(gaps: Sequence[Gap], probed: Sequence[str], closed: Sequence[str]) -> Gap | None:
    """The first of ``gaps`` not yet probed and not closed by a later answer, or None."""
    return next((g for g in gaps if g.reason not in probed and g.reason not in closed), None)


def probe_text(gap: Gap, rng: random.Random) -> str:
    """The follow-up question for ``gap``, one of its wordings in personas.yaml (chosen by ``rng``)."""
    wordings = personas_data()["probes"][gap.reason]
    return str(rng.choice(wordings)).format(quote=gap.quote)
