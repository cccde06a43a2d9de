"""Quantified facts: what counts as a metric, its span and its kind."""

from __future__ import annotations

import itertools

import pytest

from roundtwo.coach.metrics import find_metrics

FOUND = {
    "percent": ("Churn fell by 12% that quarter.", "12%", "percent"),
    "percent word": ("We grew sign-ups by thirty percent.", "thirty percent", "percent"),
    "money": ("It saved $2.4 million.", "$2.4 million", "money"),
    "money suffix": ("We cut spend by $40k.", "$40k", "money"),
    "count with noun": ("I managed 12 engineers on the platform.", "12 engineers", "count"),
    "count word": ("I hired three analysts.", "three analysts", "count"),
    "duration": ("It took three weeks to fix.", "three weeks", "duration"),
    "a duration": ("We shipped within a month.", "a month", "duration"),
    "hyphen unit": ("I ran a 15-minute huddle.", "15-minute", "duration"),
    "multiplier x": ("Throughput went up 3x.", "3x", "multiplier"),
    "multiplier word": ("Ticket volume would roughly triple.", "triple", "multiplier"),
    "times": ("I rewrote it three times.", "three times", "multiplier"),
    "rank": ("Our store ranked first in the region.", "ranked first", "rank"),
    "score": ("Satisfaction reached 4.6 out of 5.", "4.6 out of 5", "score"),
    "before after": ("The rating went from 3.1 to 4.5.", "from 3.1 to 4.5", "change"),
    "range": ("Fees run between 15 and 25% of revenue.", "between 15 and 25%", "change"),
    "rate": ("That cost $9,000 a day.", "$9,000 a day", "money"),
    "zero": ("We had zero defects at inspection.", "zero defects", "count"),
    "half": ("We moved half of the budget online.", "half", "count"),
    "only one": ("There was only one cancellation.", "one cancellation", "count"),
}
NOT_METRICS = {
    "empty": "",
    "ordinal connective": "First, I called the client. Second, I wrote the plan.",
    "year as date": "In 2021 I joined the team, and by 2023 I led it.",
    "decade": "It was a 1960s building.",
    "version": "We upgraded from Python 3.8 to 3.11 and moved to version 2.4.1.",
    "time of day": "The call came at 9:30 am, and again at four in the afternoon.",
    "identifier": "The USP 797 rules apply to room 12 and step 3.",
    "one of": "It was one of those days, and one day I realised no one knew.",
    "one-on-one": "I held one-on-one meetings.",
    "a second": "We needed a second opinion.",
    "ago": "Two years ago I changed teams.",
}


@pytest.mark.parametrize(("text", "span", "kind"), FOUND.values(), ids=FOUND.keys())
def test_find_metrics_finds_kind(text: str, span: str, kind: str) -> None:
    metrics = find_metrics(text)
    assert [(m.text, m.kind) for m in metrics] == [(span, kind)]
    assert text[metrics[0].start : metrics[0].end] == span


@pytest.mark.parametrize("text", NOT_METRICS.values(), ids=NOT_METRICS.keys())
def test_find_metrics_ignores_non_quantities(text: str) -> None:
    assert find_metrics(text) == []


def test_find_metrics_orders_and_never_overlaps() -> None:
    text = "We cut 40% of costs, saved $2 million, and hired 12 people in three weeks."
    metrics = find_metrics(text)
    assert [m.text for m in metrics] == ["40%", "$2 million", "12 people", "three weeks"]
    for left, right in itertools.pairwise(metrics):
        assert left.end <= right.start
