"""Spaced repetition with Leitner boxes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from roundtwo.practice.repetition import Review, due_questions, prefer, schedule_review

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("previous", "score", "box"),
    [
        pytest.param(None, 90, 1, id="first_strong"),
        pytest.param(None, 60, 0, id="first_middling"),
        pytest.param(Review(2, 80, NOW), 85, 3, id="promote"),
        pytest.param(Review(4, 80, NOW), 95, 4, id="top_box_stays"),
        pytest.param(Review(3, 80, NOW), 60, 3, id="middling_keeps"),
        pytest.param(Review(3, 80, NOW), 20, 0, id="weak_demotes"),
        pytest.param(Review(3, 80, NOW), None, 0, id="skipped_demotes"),
    ],
)
def test_schedule_review(previous: Review | None, score: int | None, box: int) -> None:
    review = schedule_review(previous, score, NOW)
    assert review.box == box and review.last_score == score
    assert review.due_at is not None and review.due_at > NOW
    if previous is not None and box > previous.box:
        assert review.due_at - NOW > schedule_review(None, 10, NOW).due_at - NOW  # type: ignore[operator]


@pytest.mark.parametrize(
    ("reviews", "expected"),
    [
        pytest.param({}, [], id="empty"),
        pytest.param({"a": (0, 40, NOW + timedelta(days=1))}, [], id="not_yet_due"),
        pytest.param({"a": (2, 95, NOW - timedelta(days=1))}, [], id="due_but_strong"),
        pytest.param(
            {
                "b": (1, 40, NOW - timedelta(days=1)),
                "a": (0, 55, NOW - timedelta(hours=1)),
                "c": (0, 20, NOW - timedelta(days=3)),
                "d": (0, None, None),
            },
            ["d", "c", "a", "b"],
            id="lowest_box_then_score",
        ),
        pytest.param({"n": (0, 10, datetime(2026, 2, 1))}, ["n"], id="naive_read_as_utc"),
    ],
)
def test_due_questions(reviews: dict, expected: list[str]) -> None:
    assert due_questions(reviews, NOW) == expected


def test_prefer_moves_due_first() -> None:
    items = [SimpleNamespace(id=x) for x in "abcd"]
    assert [i.id for i in prefer(items, ["d", "zz", "b"])] == ["d", "b", "a", "c"]
    assert [i.id for i in prefer(items, [])] == ["a", "b", "c", "d"]
