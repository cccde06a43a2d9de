"""Relevance of an answer to its question and category."""

from __future__ import annotations

import pytest

from roundtwo.coach.relevance import measure_relevance

QUESTION = "Tell me about a time you resolved a conflict with a colleague."
ON_TOPIC = "My colleague and I disagreed about the release plan; I resolved the conflict over coffee."
OFF_TOPIC = "I enjoy hiking and cooking, and my favourite city is Lisbon."


def test_measure_relevance_nothing_to_compare() -> None:
    assert measure_relevance(ON_TOPIC, None, None).score == 1.0


def test_measure_relevance_empty_answer() -> None:
    assert measure_relevance("", QUESTION, "conflict").score == 0.0


@pytest.mark.parametrize("category", [None, "conflict"], ids=["question only", "with category"])
def test_measure_relevance_ranks_on_topic_higher(category: str | None) -> None:
    on = measure_relevance(ON_TOPIC, QUESTION, category)
    off = measure_relevance(OFF_TOPIC, QUESTION, category)
    assert on.score > off.score
    assert "colleague" in on.shared
    assert 0.0 <= off.score <= on.score <= 1.0


def test_measure_relevance_category_cues() -> None:
    found = measure_relevance(ON_TOPIC, None, "conflict")
    assert found.cues and found.score > 0
