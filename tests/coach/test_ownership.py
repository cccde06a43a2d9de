"""Own actions against the team's, and hypothetical phrasing."""

from __future__ import annotations

import pytest

from roundtwo.coach.ownership import count_hypothetical, measure_ownership
from roundtwo.coach.records import Sentence

HYPOTHETICAL = {
    "empty": ("", 0),
    "would": ("I would call the client and you should listen.", 2),
    "contracted": ("I'd set up a meeting.", 1),
    "past perfect": ("I'd already built the report and I'd been there a year.", 0),
    "habitual": ("I usually start with the data.", 1),
    "done": ("I called the client.", 0),
}


@pytest.mark.parametrize(("text", "expected"), HYPOTHETICAL.values(), ids=HYPOTHETICAL.keys())
def test_count_hypothetical_examples(text: str, expected: int) -> None:
    assert count_hypothetical(text) == expected


def test_measure_ownership_empty() -> None:
    assert measure_ownership("") == {
        "i": 0,
        "we": 0,
        "hypothetical": 0,
        "ratio": 0.0,
        "i_actions": 0,
        "we_actions": 0,
    }


def test_measure_ownership_counts_i_and_we_actions() -> None:
    sentences = [
        Sentence(0, 10, "We built the model together.", "A"),
        Sentence(11, 20, "I rewrote the loader.", "A"),
        Sentence(21, 30, "We were a team of five.", "S"),
    ]
    text = " ".join(s.text for s in sentences)
    own = measure_ownership(text, sentences)
    assert own["i_actions"] == 1 and own["we_actions"] == 1
    assert own["we"] > own["i"]
    assert 0 < own["ratio"] < 0.5
