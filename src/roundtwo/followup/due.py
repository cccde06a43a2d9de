"""The thank-you deadline: 24 hours of elapsed time after the interview ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal, NamedTuple

from roundtwo.errors import RoundtwoError
from roundtwo.followup.phrasebook import load_phrasebook

DueState = Literal["due", "overdue", "sent"]


class DueStatus(NamedTuple):
    """Where a thank-you stands; unpacks as ``(state, remaining)``."""

    state: DueState
    remaining: timedelta


def thank_you_due(end: datetime) -> datetime:
    """When the thank-you notes for an interview ending at ``end`` are due.

    In: the interview's end, with its time zone. Out: the moment 24 hours of
    real time later (content/thanks.yaml, ``due_hours``), in ``end``'s zone;
    across a daylight-saving change that is 23 or 25 hours on the wall clock.
    A naive ``end`` raises :class:`RoundtwoError`.
    """
    _require_zone(end, "the interview's end time")
    hours = load_phrasebook().due_hours
    return (end.astimezone(UTC) + timedelta(hours=hours)).astimezone(end.tzinfo)


def due_status(due: datetime, now: datetime, *, sent_at: datetime | None = None) -> DueStatus:
    """Whether the thank-you notes are due, overdue or sent, and the time left.

    In: the deadline from :func:`thank_you_due`, the current time and, once
    the notes went out, when. Out: ``("sent", due - sent_at)`` when sent
    (negative if they went out late), else ``("due", due - now)`` up to and
    including the deadline, then ``("overdue", due - now)``, negative.
    Naive datetimes raise :class:`RoundtwoError`.
    """
    _require_zone(due, "the thank-you deadline")
    _require_zone(now, "the current time")
    if sent_at is not None:
        _require_zone(sent_at, "the time the notes were sent")
        return DueStatus("sent", due - sent_at)
    remaining = due - now
    return DueStatus("due" if remaining >= timedelta(0) else "overdue", remaining)


def _require_zone(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise RoundtwoError(
            f"{what} ({moment.isoformat()}) has no time zone.",
            hint="Give the time with its zone, for example 2026-03-10T17:00:00-04:00.",
        )
