"""The structure of reasoning in a technical or situational answer.

Finds the choices the candidate states ("I'd use a queue", "I went with
weekly releases") and whether each carries its reason, and whether the
answer states assumptions, weighs alternatives and trade-offs, and says how
the choice would be tested. Choice, assumption, option and validation cues
live in ``content/cases.yaml``; reasons and trade-offs use the answer
reader's own cue words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from roundtwo.coach.categories import demand_matcher
from roundtwo.coach.lexicons import phrase_matcher
from roundtwo.practice.data import cases_data

ELEMENTS = ("assumptions", "options", "tradeoffs", "validation")
_QUOTE_WORDS = 14


@dataclass(frozen=True)
class Choice:
    """A stated choice: its sentence, and whether a reason is given in it or the next sentence."""

    text: str
    justified: bool

    def to_dict(self) -> dict[str, Any]:
        """The choice as JSON-ready data."""
        return asdict(self)


@dataclass(frozen=True)
class Reasoning:
    """What :func:`check_reasoning` found.

    ``elements`` maps each of :data:`ELEMENTS` to the sentence that shows it
    ("" when absent); ``feedback`` items are ``{"kind", "message", "evidence"}``.
    """

    choices: list[Choice]
    elements: dict[str, str]
    feedback: list[dict[str, str]] = field(default_factory=list)

    @property
    def unjustified(self) -> list[Choice]:
        """The choices stated without a reason."""
        return [c for c in self.choices if not c.justified]

    def to_dict(self) -> dict[str, Any]:
        """The check as JSON-ready data."""
        return {
            "choices": [c.to_dict() for c in self.choices],
            "elements": dict(self.elements),
            "missing": [name for name in ELEMENTS if not self.elements[name]],
            "feedback": list(self.feedback),
        }


def check_reasoning(sentences: Sequence[str]) -> Reasoning:
    """Read the reasoning in an answer given as its ``sentences`` (in order).

    A choice is justified when its sentence, or the one after it, gives a
    reason ("because", "so that", "to avoid", ...). Feedback names each
    unjustified choice (quoting it) and each missing element. No sentences
    give no choices, every element missing and no feedback.
    """
    if not sentences:
        return Reasoning([], dict.fromkeys(ELEMENTS, ""), [])
    reason = demand_matcher("justification")
    choice = _matcher("choices")
    choices = [
        Choice(
            text, bool(reason.search(text) or (i + 1 < len(sentences) and reason.search(sentences[i + 1])))
        )
        for i, text in enumerate(sentences)
        if choice.search(text)
    ]
    matchers = {
        "assumptions": _matcher("assumptions"),
        "options": _matcher("options"),
        "tradeoffs": demand_matcher("tradeoffs"),
        "validation": _matcher("validation"),
    }
    elements = {name: next((s for s in sentences if m.search(s)), "") for name, m in matchers.items()}
    advice = cases_data()["reasoning"]["advice"]
    feedback = [
        {
            "kind": "unjustified_choice",
            "message": f'{advice["unjustified"]} "{quote(c.text)}"',
            "evidence": c.text,
        }
        for c in choices
        if not c.justified
    ]
    feedback += [
        {"kind": f"no_{name}", "message": advice[name], "evidence": ""}
        for name in ELEMENTS
        if not elements[name]
    ]
    return Reasoning(choices, elements, feedback)


def quote(text: str, words: int = _QUOTE_WORDS) -> str:
    """``text`` cut to its first ``words`` words, with an ellipsis when cut."""
    parts = text.split()
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]) + "…"


@functools.cache
def _matcher(name: str) -> re.Pattern[str]:
    return phrase_matcher(cases_data()["reasoning"][name], prefix=True)
