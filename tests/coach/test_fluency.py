"""Fillers, hedges, word counts, speaking time and length verdicts."""

from __future__ import annotations

import pytest

from roundtwo.coach.fluency import (
    count_words,
    find_fillers,
    find_hedges,
    judge_length,
    per_minute,
    speaking_seconds,
)
from roundtwo.content.figures import figure

FILLERS = {
    "empty": ("", []),
    "um and uh": ("Um, so I, uh, fixed it.", ["Um", "uh"]),
    "you know": ("It was, you know, hard.", ["you know"]),
    "you know clause": ("You know what happened next? I fixed it.", []),
    "kind of filler": ("It was kind of messy.", ["kind of"]),
    "kind of noun": ("That is the kind of work I like.", []),
    "like filler": ("It was, like, a mess and like 12 people came.", ["like", "like"]),
    "like verb": ("I like to plan, and things like budgets matter.", []),
    "basically and I mean": ("Basically it broke. I mean, it was bad.", ["Basically", "I mean"]),
}
HEDGES = {
    "empty": ("", []),
    "several": ("I think it maybe worked, probably.", ["I think", "maybe", "probably"]),
    "none": ("It worked and sales rose.", []),
}


@pytest.mark.parametrize(("text", "expected"), FILLERS.values(), ids=FILLERS.keys())
def test_find_fillers_examples(text: str, expected: list[str]) -> None:
    spans = find_fillers(text)
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize(("text", "expected"), HEDGES.values(), ids=HEDGES.keys())
def test_find_hedges_examples(text: str, expected: list[str]) -> None:
    assert [s.text for s in find_hedges(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", 0), ("one", 1), ("It cost $2.4 million - in 2021.", 6), ("  spaced   out  ", 2)],
    ids=["empty", "one word", "numbers and dash", "extra spaces"],
)
def test_count_words_examples(text: str, expected: int) -> None:
    assert count_words(text) == expected


def test_speaking_seconds_uses_conversational_pace() -> None:
    pace = figure("pace_estimate_wpm").low
    assert speaking_seconds(0) == 0
    assert speaking_seconds(int(pace)) == pytest.approx(60.0)


def test_per_minute_of_empty_answer_is_zero() -> None:
    assert per_minute(3, 0) == 0.0
    assert per_minute(5, int(figure("pace_estimate_wpm").low)) == pytest.approx(5.0)


@pytest.mark.parametrize(
    ("words", "verdict"),
    [(0, "short"), (149, "short"), (150, "concise"), (350, "concise"), (351, "long"), (451, "rambling")],
    ids=["empty", "just short", "low edge", "high edge", "long", "rambling"],
)
def test_judge_length_bands(words: int, verdict: str) -> None:
    assert judge_length(words) == verdict
