"""Feedback points: the right kinds, and evidence quoted exactly from the answer."""

from __future__ import annotations

import pytest

from roundtwo.coach.feedback import give_feedback
from roundtwo.coach.reading import read_answer

EXPECTED = {
    "we only": "we_not_i",
    "hypothetical": "hypothetical",
    "vague result": "vague_result",
    "claims": "unsupported_claim",
    "pay": "weak_motive",
    "rambling fillers": "fillers",
}


def _feedback(example: dict[str, str]):
    return give_feedback(read_answer(example["answer"], example["question"], example["category"]))


@pytest.mark.parametrize(("name", "kind"), EXPECTED.items())
def test_give_feedback_flags_the_problem(answers: dict[str, dict[str, str]], name: str, kind: str) -> None:
    assert kind in {f.kind for f in _feedback(answers[name])}


@pytest.mark.parametrize("name", [*sorted(EXPECTED), "strong failure", "interest"])
def test_give_feedback_quotes_exactly(answers: dict[str, dict[str, str]], name: str) -> None:
    answer = answers[name]["answer"]
    for item in _feedback(answers[name]):
        assert item.message
        assert item.evidence == "" or item.evidence in answer


def test_give_feedback_strong_answer_has_strengths(answers: dict[str, dict[str, str]]) -> None:
    kinds = [f.kind for f in _feedback(answers["strong failure"])]
    assert "strength" in kinds
    assert not {"missing_result", "vague_result", "no_lesson", "we_not_i"} & set(kinds)


def test_give_feedback_empty_reading() -> None:
    reading = read_answer("ok", None, None)
    reading.sentences = []
    assert give_feedback(reading) == []
