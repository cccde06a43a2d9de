"""The pure-Python logistic regression and Viterbi decoder."""

from __future__ import annotations

import math

import pytest

from roundtwo.coach.classifier import SoftmaxModel, fit_transitions, softmax, train_softmax

LABELS = ("X", "Y")
TOY = [(["bias", "red"], "X"), (["bias", "blue"], "Y")] * 10


@pytest.mark.parametrize(
    "scores", [[0.0], [1.0, 2.0, 3.0], [1000.0, -1000.0]], ids=["single", "three", "extreme"]
)
def test_softmax_is_a_distribution(scores: list[float]) -> None:
    probs = softmax(scores)
    assert sum(probs) == pytest.approx(1.0)
    assert probs.index(max(probs)) == scores.index(max(scores))


def test_train_softmax_separates_toy_labels() -> None:
    model = train_softmax(TOY, LABELS, epochs=10)
    assert model.decode([["bias", "red"], ["bias", "blue"]]) == ["X", "Y"]
    assert model.probabilities(["bias", "red"])[0] > 0.9


def test_train_softmax_is_deterministic() -> None:
    first = train_softmax(TOY, LABELS, epochs=5, seed=3)
    second = train_softmax(TOY, LABELS, epochs=5, seed=3)
    assert first.weights == second.weights


def test_train_softmax_drops_rare_features() -> None:
    model = train_softmax([*TOY, (["bias", "green"], "X")], LABELS, epochs=2, min_count=2)
    assert "green" not in model.weights and "red" in model.weights


def test_decode_empty_sequence() -> None:
    assert SoftmaxModel(labels=list(LABELS), weights={}).decode([]) == []


def test_fit_transitions_rows_are_distributions() -> None:
    table = fit_transitions([["X", "Y", "Y"], ["X"]], LABELS)
    assert len(table) == len(LABELS) + 1
    for row in table:
        assert sum(math.exp(p) for p in row) == pytest.approx(1.0)
    start = table[len(LABELS)]
    assert start[0] > start[1]


def test_decode_follows_strong_transitions() -> None:
    weights = {"a": [0.1, 0.0]}
    never_x_after_x = [[math.log(1e-6), 0.0], [0.0, math.log(1e-6)], [0.0, math.log(0.5)]]
    model = SoftmaxModel(list(LABELS), weights, never_x_after_x, transition_weight=1.0)
    assert model.decode([["a"], ["a"], ["a"]]) == ["X", "Y", "X"]
