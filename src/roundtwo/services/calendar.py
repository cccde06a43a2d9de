"""The interview's calendar file."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from roundtwo.errors import RoundtwoError
from roundtwo.followup.calendar import CalendarInterview, CalendarInterviewer, interview_calendar
from roundtwo.store.models import Interview


def calendar_file(interview: Interview) -> bytes:
    """The .ics for ``interview``: the event, reminders, and the thank-you deadline."""
    if interview.starts_at is None:
        raise RoundtwoError(
            "this interview has no date yet, so there is nothing to put in a calendar.",
            hint="Edit the interview and set its date and start time.",
        )
    zone = ZoneInfo(interview.timezone)
    return interview_calendar(
        CalendarInterview(
            interview_id=interview.id,
            company=interview.company,
            role=interview.role,
            start=interview.starts_at.astimezone(zone),
            end=interview.ends_at.astimezone(zone) if interview.ends_at else None,
            location=interview.location or None,
            video_link=interview.video_link or None,
            interviewers=[
                CalendarInterviewer(name=p.name, title=p.title, kind=p.kind) for p in interview.interviewers
            ],
            preparation=[line for line in interview.preparation.splitlines() if line.strip()],
        )
    )


def calendar_filename(interview: Interview) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in interview.company.lower()).strip("-")
    return f"interview-{slug or interview.id}.ics"
