"""The follow-up probe chosen from the answer's biggest gap."""

from __future__ import annotations

import pytest

from roundtwo.coach.probes import choose_follow_up
from roundtwo.coach.reading import read_answer

NO_RESULT = (
    "I was the lead on our billing migration. My job was to move 300 customers. "
    "I wrote the scripts and I ran the first batches myself."
)
NO_LESSON = (
    "I was the analyst on the holiday forecast. I missed the calendar shift and the forecast was 23% off. "
    "I rebuilt the model with holiday features. The next forecast came in at 7% error."
)


def _probe(answer: str, question: str | None, category: str | None) -> str | None:
    return choose_follow_up(read_answer(answer, question, category))


def test_choose_follow_up_missing_result() -> None:
    assert (
        _probe(NO_RESULT, "Tell me about a project you led.", "leadership")
        == "What was the measurable outcome?"
    )


def test_choose_follow_up_we_only(answers: dict[str, dict[str, str]]) -> None:
    example = answers["we only"]
    assert (
        _probe(example["answer"], example["question"], example["category"])
        == "What was your own part in that?"
    )


def test_choose_follow_up_failure_without_lesson() -> None:
    probe = _probe(NO_LESSON, "Tell me about a time you failed.", "failure")
    assert probe == "What did you learn, and where have you applied it since?"


def test_choose_follow_up_hypothetical(answers: dict[str, dict[str, str]]) -> None:
    example = answers["hypothetical"]
    probe = _probe(example["answer"], example["question"], example["category"])
    assert probe and "actually did" in probe


@pytest.mark.parametrize("name", ["strong failure", "interest", "pay", "claims"])
def test_choose_follow_up_is_a_question(answers: dict[str, dict[str, str]], name: str) -> None:
    example = answers[name]
    probe = _probe(example["answer"], example["question"], example["category"])
    assert probe and probe.endswith("?")


def test_choose_follow_up_empty_reading() -> None:
    reading = read_answer("ok", None, None)
    reading.sentences = []
    assert choose_follow_up(reading) is None
