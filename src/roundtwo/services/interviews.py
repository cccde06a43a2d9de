"""Use cases of the interview workspace: interviews, interviewers, checklists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from roundtwo.errors import NotFound
from roundtwo.plan.checklist import build_checklist
from roundtwo.services.forms import InterviewData, InterviewerData
from roundtwo.store.models import ChecklistItem, Interview, Interviewer


@dataclass(frozen=True)
class DashboardRow:
    interview: Interview
    open_items: list[ChecklistItem]
    done_count: int
    total_count: int


def list_interviews(session: Session) -> list[Interview]:
    """Every interview, soonest first; undated ones last."""
    rows = session.scalars(
        select(Interview).options(selectinload(Interview.checklist), selectinload(Interview.interviewers))
    ).all()
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(rows, key=lambda i: (i.starts_at or far, i.id))


def dashboard(session: Session, now: datetime) -> tuple[list[DashboardRow], list[DashboardRow]]:
    """Upcoming (or undated) interviews and past ones, each with its open checklist."""
    upcoming: list[DashboardRow] = []
    past: list[DashboardRow] = []
    for interview in list_interviews(session):
        open_items = [item for item in interview.checklist if not item.done]
        row = DashboardRow(
            interview,
            open_items,
            len(interview.checklist) - len(open_items),
            len(interview.checklist),
        )
        finished = interview.ends_at or interview.starts_at
        (past if finished and finished < now else upcoming).append(row)
    past.reverse()
    return upcoming, past


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
