"""Countdown phrases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from roundtwo.plan.countdown import countdown

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("delta", "phrase"),
    [
        pytest.param(timedelta(0), "now", id="zero"),
        pytest.param(timedelta(seconds=59), "now", id="under-a-minute"),
        pytest.param(timedelta(minutes=5), "in 5 min", id="minutes"),
        pytest.param(timedelta(hours=2, minutes=30), "in 2 h 30 min", id="hours-minutes"),
        pytest.param(timedelta(hours=8, minutes=30), "in 8 h", id="many-hours"),
        pytest.param(timedelta(days=1, hours=3), "in 1 day 3 h", id="a-day"),
        pytest.param(timedelta(days=6, hours=3), "in 6 days", id="days"),
        pytest.param(-timedelta(hours=5), "5 h ago", id="past"),
    ],
)
def test_countdown_phrases(delta: timedelta, phrase: str) -> None:
    assert countdown(NOW + delta, NOW) == phrase
