"""The restructured answer: STAR order, placeholders for gaps, asides dropped."""

from __future__ import annotations

from roundtwo.coach.reading import read_answer
from roundtwo.coach.restructure import restructure


def test_restructure_orders_parts(answers: dict[str, dict[str, str]]) -> None:
    example = answers["strong failure"]
    text = restructure(read_answer(example["answer"], example["question"], example["category"]))
    headings = [line.split(":")[0] for line in text.split("\n\n")]
    assert headings == ["Situation", "Task", "Action", "Result"]
    assert "[" not in text


def test_restructure_fills_missing_parts() -> None:
    reading = read_answer("I rewrote the onboarding emails and I tested two versions.", None, "leadership")
    text = restructure(reading)
    assert "[Situation:" in text and "[Result:" in text
    assert "I rewrote the onboarding emails" in text


def test_restructure_asks_for_a_number(answers: dict[str, dict[str, str]]) -> None:
    example = answers["vague result"]
    text = restructure(read_answer(example["answer"], example["question"], example["category"]))
    assert "[Add the measurable outcome" in text


def test_restructure_empty_reading() -> None:
    reading = read_answer("ok", None, None)
    reading.sentences = []
    assert restructure(reading) == ""
