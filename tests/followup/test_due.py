"""The 24-hour thank-you deadline and its status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from roundtwo.errors import RoundtwoError
from roundtwo.followup.due import due_status, thank_you_due

NEW_YORK = ZoneInfo("America/New_York")
ENDS = {
    "plain_day": datetime(2026, 3, 10, 17, 0, tzinfo=NEW_YORK),
    "clocks_go_forward": datetime(2026, 3, 7, 17, 0, tzinfo=NEW_YORK),
    "clocks_go_back": datetime(2026, 10, 31, 12, 0, tzinfo=NEW_YORK),
    "utc": datetime(2026, 3, 10, 9, 30, tzinfo=UTC),
    "tokyo": datetime(2026, 3, 10, 18, 0, tzinfo=ZoneInfo("Asia/Tokyo")),
}


@pytest.mark.parametrize("name", ENDS)
def test_thank_you_due_24_hours_later_in_same_zone(name: str) -> None:
    end = ENDS[name]
    due = thank_you_due(end)
    assert due.tzinfo is end.tzinfo
    assert due.astimezone(UTC) - end.astimezone(UTC) == timedelta(hours=24)


def test_thank_you_due_across_dst_moves_wall_clock() -> None:
    due = thank_you_due(ENDS["clocks_go_forward"])
    assert (due.day, due.hour) == (8, 18)


def test_thank_you_due_naive_raises() -> None:
    with pytest.raises(RoundtwoError, match="no time zone"):
        thank_you_due(datetime(2026, 3, 10, 17, 0))


DUE = datetime(2026, 3, 11, 17, 0, tzinfo=NEW_YORK)
STATUS_CASES = {
    "well_before": (DUE - timedelta(hours=20), None, "due"),
    "at_deadline": (DUE, None, "due"),
    "one_second_late": (DUE + timedelta(seconds=1), None, "overdue"),
    "other_zone_before": (DUE.astimezone(UTC) - timedelta(minutes=5), None, "due"),
    "sent_early": (DUE + timedelta(days=2), DUE - timedelta(hours=3), "sent"),
    "sent_late": (DUE + timedelta(days=2), DUE + timedelta(hours=3), "sent"),
}


@pytest.mark.parametrize("name", STATUS_CASES)
def test_due_status_cases(name: str) -> None:
    now, sent_at, expected = STATUS_CASES[name]
    state, remaining = due_status(DUE, now, sent_at=sent_at)
    assert state == expected
    assert remaining == DUE - (sent_at or now)


@pytest.mark.parametrize("which", ["due", "now", "sent_at"])
def test_due_status_naive_raises(which: str) -> None:
    values = {"due": DUE, "now": DUE, "sent_at": DUE}
    values[which] = datetime(2026, 3, 11, 17, 0)
    with pytest.raises(RoundtwoError, match="no time zone"):
        due_status(values["due"], values["now"], sent_at=values["sent_at"])
