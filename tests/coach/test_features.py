"""Sentence features, content words and question kinds."""

from __future__ import annotations

import pytest

from roundtwo.coach.features import content_words, question_kind, sentence_features, stem
from roundtwo.coach.records import Metric


def test_sentence_features_empty_text_has_shape_only() -> None:
    feats = sentence_features("", 0, 1)
    assert "bias" in feats
    assert not any(f.startswith(("w=", "cue=", "f1=")) for f in feats)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My job was to cut the backlog.", "cue=task"),
        ("I rebuilt the intake form.", "sv=i_action"),
        ("In the end sales rose.", "cue=result"),
        ("Great question, thank you.", "cue=other"),
        ("I would call them first.", "would"),
    ],
    ids=["task cue", "own action", "result cue", "other cue", "hypothetical"],
)
def test_sentence_features_cues(text: str, expected: str) -> None:
    assert expected in sentence_features(text, 1, 3)


def test_sentence_features_marks_metrics_and_position() -> None:
    metric = Metric(10, 13, "40%", "percent")
    feats = sentence_features("Sales rose 40% in a year.", 4, 5, metrics=[metric])
    assert {"metric", "metric=percent", "pos=4"} <= set(feats)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", set()), ("Tell me about a time you led the team", {"led", "team"})],
    ids=["empty", "question"],
)
def test_content_words_drops_stopwords(text: str, expected: set[str]) -> None:
    words = content_words(text)
    assert expected <= words
    assert not words & {"tell", "about", "you", "the"}


@pytest.mark.parametrize(("word", "expected"), [("priorities", "prior"), ("leading", "lead"), ("led", "led")])
def test_stem_examples(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (None, None),
        ("Tell me about a time you failed.", "story"),
        ("How would you debug a slow API?", "hypothetical"),
        ("Why do you want to join us?", "why"),
        ("Your favourite tool?", "other"),
    ],
    ids=["none", "story", "hypothetical", "why", "other"],
)
def test_question_kind_examples(question: str | None, kind: str | None) -> None:
    assert question_kind(question) == kind
