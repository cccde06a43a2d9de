"""The reading: findings gathered once per answer."""

from __future__ import annotations

import pytest

from roundtwo.coach.reading import is_behavioural, read_answer


@pytest.mark.parametrize(
    ("question", "category", "expected"),
    [
        (None, None, False),
        (None, "failure", True),
        ("Tell me about a time you failed.", None, True),
        ("How would you debug a slow page?", "technical", False),
        ("How would you handle a conflict?", "conflict", False),
    ],
    ids=["nothing", "category", "story question", "situational", "situational conflict"],
)
def test_is_behavioural_examples(question: str | None, category: str | None, expected: bool) -> None:
    assert is_behavioural(question, category) is expected


def test_read_answer_infers_category_when_missing(answers: dict[str, dict[str, str]]) -> None:
    example = answers["strong failure"]
    reading = read_answer(example["answer"], example["question"])
    assert reading.category == "failure" and not reading.category_given
    assert reading.word_count > 100
    assert reading.metrics_in_part("R")


def test_read_answer_part_filters_by_label(answers: dict[str, dict[str, str]]) -> None:
    reading = read_answer(answers["we only"]["answer"], None, "teamwork")
    assert all(s.star == "A" for s in reading.part("A"))
    assert len(reading.sentences) == sum(len(reading.part(k)) for k in ("S", "T", "A", "R", None))
