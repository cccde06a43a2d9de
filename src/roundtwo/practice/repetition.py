"""Spaced repetition of bank questions with Leitner boxes.

A question answered well moves up a box and comes back after a longer
interval; a weak answer sends it back to box 0, so it returns the next day.
Intervals and score thresholds live in ``content/personas.yaml``
(``repetition``). The services layer stores the reviews (QuestionReview);
these functions only compute.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import NamedTuple, TypeVar

from roundtwo.practice.data import personas_data

T = TypeVar("T")


class Review(NamedTuple):
    """Where one question stands: its Leitner ``box`` (0 first), its last score (None when skipped)
    and when it is due again (None: due now)."""

    box: int
    last_score: int | None
    due_at: datetime | None


def schedule_review(previous: Review | None, score: int | None, now: datetime) -> Review:
    """The review after answering a question with ``score`` (0-100; None for a skipped one) at ``now``.

    A score at or above ``promote_at`` moves the question up one box (up to
    the last); one below ``demote_below`` (or a skipped answer) sends it to
    box 0; one in between keeps its box. The question is due again after
    the new box's interval. A first review starts from box 0.
    """
    settings = personas_data()["repetition"]
    intervals = settings["interval_days"]
    box = previous.box if previous is not None else 0
    if score is None or score < settings["demote_below"]:
        box = 0
    elif score >= settings["promote_at"]:
        box = min(box + 1, len(intervals) - 1)
    box = max(0, min(box, len(intervals) - 1))
    return Review(box, score, now + timedelta(days=intervals[box]))


def due_questions(
    reviews: Mapping[str, Review | tuple[int, int | None, datetime | None]], now: datetime
) -> list[str]:
    """The ids of the questions due by ``now`` whose last score was weak, the one most worth practising first.

    Weak means a last score below ``weak_below`` (or none, for a skipped
    question). Order: lowest box, then lowest score, then longest overdue,
    then id. Naive datetimes are read as UTC. No reviews give ``[]``.
    """
    weak_below = personas_data()["repetition"]["weak_below"]
    moment = _aware(now)
    due = []
    for question_id, raw in reviews.items():
        review = Review(*raw)
        if review.due_at is not None and _aware(review.due_at) > moment:
            continue
        if review.last_score is not None and review.last_score >= weak_below:
            continue
        overdue = (moment - _aware(review.due_at)).total_seconds() if review.due_at is not None else 0.0
        score = review.last_score if review.last_score is not None else -1
        due.append((review.box, score, -overdue, question_id))
    return [item[-1] for item in sorted(due)]


def prefer(items: Sequence[T], due: Sequence[str], key: str = "id") -> list[T]:
    """``items`` with those whose ``key`` attribute is in ``due`` moved first, in ``due``'s order.

    The rest keep their order; ``due`` ids not among ``items`` are ignored.
    """
    rank = {qid: i for i, qid in enumerate(due)}
    first = sorted((x for x in items if getattr(x, key) in rank), key=lambda x: rank[getattr(x, key)])
    return first + [x for x in items if getattr(x, key) not in rank]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
