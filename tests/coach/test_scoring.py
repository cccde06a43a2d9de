"""Overall score and attributes: ordering that an interviewer would agree with."""

from __future__ import annotations

import pytest

from roundtwo.coach.reading import read_answer
from roundtwo.coach.scoring import (
    ATTRIBUTES,
    FEATURES,
    answer_features,
    overall_score,
    rating_model,
    score_attributes,
)


def _read(example: dict[str, str]):
    return read_answer(example["answer"], example["question"], example["category"])


def _score(example: dict[str, str]) -> int:
    return overall_score(answer_features(_read(example)))


def test_rating_model_has_a_weight_per_feature() -> None:
    assert set(rating_model()["weights"]) == set(FEATURES)


@pytest.mark.parametrize(
    ("better", "worse"),
    [
        ("strong failure", "vague result"),
        ("strong failure", "we only"),
        ("vague result", "claims"),
        ("interest", "pay"),
        ("strong failure", "rambling fillers"),
        ("strong failure", "hypothetical"),
    ],
)
def test_overall_score_orders_examples(answers: dict[str, dict[str, str]], better: str, worse: str) -> None:
    assert _score(answers[better]) > _score(answers[worse])


@pytest.mark.parametrize("name", ["strong failure", "claims", "pay", "rambling fillers"])
def test_answer_features_are_bounded(answers: dict[str, dict[str, str]], name: str) -> None:
    features = answer_features(_read(answers[name]))
    assert set(features) == set(FEATURES)
    assert all(0.0 <= v <= 1.0 for v in features.values())


def test_score_attributes_range_and_evidence(answers: dict[str, dict[str, str]]) -> None:
    reading = _read(answers["strong failure"])
    values, evidence = score_attributes(reading, answer_features(reading))
    assert set(values) == set(evidence) == set(ATTRIBUTES)
    assert all(0 <= v <= 100 for v in values.values())
    assert all(evidence[name] for name in ("problem_solving", "communication"))


def test_score_attributes_motivation_and_communication(answers: dict[str, dict[str, str]]) -> None:
    def attributes(name: str) -> dict[str, int]:
        reading = _read(answers[name])
        return score_attributes(reading, answer_features(reading))[0]

    assert attributes("interest")["motivation"] > attributes("pay")["motivation"]
    assert attributes("strong failure")["communication"] > attributes("rambling fillers")["communication"]
