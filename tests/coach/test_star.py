"""STAR labels for each sentence, with the shipped model and with the rule fallback."""

from __future__ import annotations

import pytest

from roundtwo.coach import star
from roundtwo.coach.metrics import find_metrics
from roundtwo.coach.records import Sentence
from roundtwo.coach.sentences import split_sentences

STORY = (
    "Last year I was the night supervisor at a distribution centre with 40 pickers. "
    "My job was to cut late trucks before peak season. "
    "I timed every wave for two weeks and moved the first wave forward by half an hour. "
    "Late departures fell from 18% to 4% within a month."
)
EXPECTED = ["S", "T", "A", "R"]


def _label(text: str) -> list[str | None]:
    spans = split_sentences(text)
    return [s.star for s in star.label_sentences(text, spans, find_metrics(text))]


def test_label_sentences_reads_a_clear_story() -> None:
    assert _label(STORY) == EXPECTED


def test_label_sentences_empty() -> None:
    assert star.label_sentences("", [], []) == []


def test_label_sentences_rule_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(star, "load_model", lambda: None)
    labels = _label(STORY)
    assert labels[1] == "T" and labels[2] == "A" and labels[3] == "R"


def test_load_model_ships_weights() -> None:
    model = star.load_model()
    assert model is not None
    assert model.labels == list(star.LABELS)
    assert model.weights and model.transitions


@pytest.mark.parametrize(
    ("labels", "present"),
    [([], set()), (["S", None, "R"], {"S", "R"}), (["S", "T", "A", "R"], {"S", "T", "A", "R"})],
    ids=["empty", "partial", "complete"],
)
def test_parts_present(labels: list[str | None], present: set[str]) -> None:
    sentences = [Sentence(0, 1, "x", label) for label in labels]
    assert {k for k, v in star.parts_present(sentences).items() if v} == present
