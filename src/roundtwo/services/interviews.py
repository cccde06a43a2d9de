"""Use cases of the interview workspace: interviews, interviewers, checklists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from roundtwo.errors import NotFound
from roundtwo.plan.checklist import build_checklist
from roundtwo.services.forms import InterviewData, InterviewerData
from roundtwo.store.models import ChecklistItem, Interview, Interviewer


@dataclass
class DashboardCard:
    """What the dashboard shows of one interview, read without loading whole objects."""

    id: int
    company: str
    role: str
    starts_at: datetime | None
    ends_at: datetime | None
    timezone: str
    formats: list[str]
    interviewer_count: int = 0
    open_items: list[str] = field(default_factory=list)
    total_count: int = 0

    @property
    def done_count(self) -> int:
        return self.total_count - len(self.open_items)


def list_interviews(session: Session) -> list[Interview]:
    """Every interview with its people and checklist, soonest first; undated ones last."""
    rows = session.scalars(
        select(Interview).options(selectinload(Interview.checklist), selectinload(Interview.interviewers))
    ).all()
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(rows, key=lambda i: (i.starts_at or far, i.id))


def dashboard(session: Session, now: datetime) -> tuple[list[DashboardCard], list[DashboardCard]]:
    """Upcoming (or undated) interviews soonest first, and past ones latest first.

    Three narrow queries instead of loading every interview's objects: the
    dashboard is the page opened most, and it stays fast with many interviews.
    """
    cards = {
        row.id: DashboardCard(
            row.id, row.company, row.role, row.starts_at, row.ends_at, row.timezone, list(row.formats or [])
        )
        for row in session.execute(
            select(
                Interview.id,
                Interview.company,
                Interview.role,
                Interview.starts_at,
                Interview.ends_at,
                Interview.timezone,
                Interview.formats,
            )
        )
    }
    people = select(Interviewer.interview_id, func.count()).group_by(Interviewer.interview_id)
    for interview_id, count in session.execute(people):
        cards[interview_id].interviewer_count = count
    items = select(ChecklistItem.interview_id, ChecklistItem.text, ChecklistItem.done).order_by(
        ChecklistItem.interview_id, ChecklistItem.position, ChecklistItem.id
    )
    for interview_id, text, done in session.execute(items):
        card = cards[interview_id]
        card.total_count += 1
        if not done:
            card.open_items.append(text)
    far = datetime.max.replace(tzinfo=UTC)
    ordered = sorted(cards.values(), key=lambda c: (c.starts_at or far, c.id))
    upcoming = [c for c in ordered if not _is_past(c, now)]
    past = [c for c in reversed(ordered) if _is_past(c, now)]
    return upcoming, past


def _is_past(card: DashboardCard, now: datetime) -> bool:
    finished = card.ends_at or card.starts_at
    return finished is not None and finished < now


def get_interview(session: Session, interview_id: int) -> Interview:
    interview = session.get(
        Interview,
        interview_id,
        options=[selectinload(Interview.interviewers), selectinload(Interview.checklist)],
    )
    if interview is None:
        raise NotFound(f"there is no interview {interview_id}.", hint="Pick one from the dashboard.")
    return interview


def _apply(interview: Interview, data: InterviewData) -> None:
    for name, value in vars(data).items():
        setattr(interview, name, value)


def create_interview(session: Session, data: InterviewData, *, is_demo: bool = False) -> Interview:
    """Store a new interview and generate its checklist."""
    interview = Interview(is_demo=is_demo)
    _apply(interview, data)
    session.add(interview)
    sync_checklist(interview)
    session.commit()
    return interview


def update_interview(session: Session, interview_id: int, data: InterviewData) -> Interview:
    """Save edited details; the checklist gains items the new details call for."""
    interview = get_interview(session, interview_id)
    _apply(interview, data)
    sync_checklist(interview)
    session.commit()
    return interview


def delete_interview(session: Session, interview_id: int) -> None:
    session.delete(get_interview(session, interview_id))
    session.commit()


def sync_checklist(interview: Interview) -> None:
    """Bring the generated checklist in line with the interview's details.

    Items the details no longer call for are dropped unless ticked; items the
    user added (no key) and ticked items always stay.
    """
    wanted = build_checklist(
        formats=interview.formats or [],
        location=interview.location,
        video_link=interview.video_link,
        interviewer_count=len(interview.interviewers),
    )
    wanted_keys = {entry.key for entry in wanted}
    existing = {item.key: item for item in interview.checklist if item.key}
    for item in list(interview.checklist):
        if item.key and item.key not in wanted_keys and not item.done:
            interview.checklist.remove(item)
    for position, entry in enumerate(wanted):
        kept = existing.get(entry.key)
        if kept is None:
            interview.checklist.append(ChecklistItem(key=entry.key, text=entry.text, position=position))
        else:
            kept.position = position
            if not kept.done:
                kept.text = entry.text


def add_checklist_item(session: Session, interview_id: int, text: str) -> ChecklistItem:
    interview = get_interview(session, interview_id)
    item = ChecklistItem(text=text, position=len(interview.checklist) + 100)
    interview.checklist.append(item)
    session.commit()
    return item


def set_checklist_item(session: Session, interview_id: int, item_id: int, done: bool) -> ChecklistItem:
    item = session.get(ChecklistItem, item_id)
    if item is None or item.interview_id != interview_id:
        raise NotFound(f"there is no checklist item {item_id} on interview {interview_id}.")
    item.done = done
    item.done_at = datetime.now(UTC) if done else None
    session.commit()
    return item


def _get_interviewer(session: Session, interview_id: int, interviewer_id: int) -> Interviewer:
    person = session.get(Interviewer, interviewer_id)
    if person is None or person.interview_id != interview_id:
        raise NotFound(f"there is no interviewer {interviewer_id} on interview {interview_id}.")
    return person


def add_interviewer(session: Session, interview_id: int, data: InterviewerData) -> Interviewer:
    interview = get_interview(session, interview_id)
    person = Interviewer(position=len(interview.interviewers), **vars(data))
    interview.interviewers.append(person)
    sync_checklist(interview)
    session.commit()
    return person


def update_interviewer(
    session: Session, interview_id: int, interviewer_id: int, data: InterviewerData
) -> Interviewer:
    person = _get_interviewer(session, interview_id, interviewer_id)
    for name, value in vars(data).items():
        setattr(person, name, value)
    session.commit()
    return person


def delete_interviewer(session: Session, interview_id: int, interviewer_id: int) -> None:
    interview = get_interview(session, interview_id)
    person = _get_interviewer(session, interview_id, interviewer_id)
    interview.interviewers.remove(person)
    sync_checklist(interview)
    session.commit()


def local_time(moment: datetime | None, zone: str) -> datetime | None:
    """``moment`` in the interview's zone, for display and editing."""
    return moment.astimezone(ZoneInfo(zone)) if moment else None
