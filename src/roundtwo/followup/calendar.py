"""Calendar files (.ics, RFC 5545): the interview and the thank-you reminder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Todo

from roundtwo import __version__
from roundtwo.errors import RoundtwoError
from roundtwo.followup.due import thank_you_due

#: Reminders before the interview unless the caller gives others.
DEFAULT_REMINDERS = (timedelta(days=1), timedelta(hours=1))
#: How long before the thank-you deadline its own alarm goes off.
DEFAULT_THANK_YOU_ALARM = timedelta(hours=3)
#: Length assumed when the interview has neither an end nor a duration.
ASSUMED_DURATION = timedelta(hours=1)
#: The thank-you reminder as an event is a short block that ends at the deadline.
THANK_YOU_BLOCK = timedelta(minutes=30)

_KIND_LABELS = {
    "hiring_manager": "hiring manager",
    "peer": "peer",
    "senior_leader": "senior leader",
    "hr": "HR",
}
_ID = re.compile(r"[A-Za-z0-9._-]{1,100}")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class CalendarInterviewer:
    """Someone the candidate meets: name, job title and interviewer kind."""

    name: str
    title: str = ""
    kind: str = "other"


@dataclass
class CalendarInterview:
    """An interview as the calendar needs it.

    ``start`` (and ``end``) carry their zone; give ``end`` or ``duration``.
    ``interview_id`` makes the UIDs: the same id always gives the same UIDs,
    so a re-exported file updates the entries instead of duplicating them.
    """

    interview_id: str | int
    company: str
    role: str
    start: datetime
    end: datetime | None = None
    duration: timedelta | None = None
    location: str | None = None
    video_link: str | None = None
    interviewers: list[CalendarInterviewer] = field(default_factory=list)
    preparation: list[str] = field(default_factory=list)


def interview_calendar(
    interview: CalendarInterview,
    *,
    reminders: tuple[timedelta, ...] = DEFAULT_REMINDERS,
    thank_you: Literal["event", "todo", "none"] = "event",
    thank_you_alarm: timedelta = DEFAULT_THANK_YOU_ALARM,
    sequence: int = 0,
    stamp: datetime | None = None,
) -> bytes:
    """The interview as an .ics file, with reminders and the thank-you deadline.

    In: the interview; ``reminders`` before it (default 1 day and 1 hour);
    how to carry the thank-you reminder: ``"event"`` (a 30-minute block that
    ends at the deadline, shown by every calendar), ``"todo"`` (a VTODO with
    DUE, for task-aware clients) or ``"none"``; its alarm's lead time;
    ``sequence``, raised by the caller each time the interview changes; and
    ``stamp`` (DTSTAMP, default now) for reproducible output.

    Out: UTF-8 bytes of one VCALENDAR holding the interview VEVENT (start,
    end, location or video link, a description listing the interviewers and
    what to prepare, one VALARM per reminder), the thank-you item due 24
    hours after the end with its own VALARM, and a VTIMEZONE for each zone.

    Edge cases: a ZoneInfo zone is kept by name; a fixed UTC offset is
    written in UTC (same instant); a naive start, an end not after the start,
    a non-positive reminder or an id with spaces or symbols raises
    :class:`RoundtwoError`. Without an end or duration one hour is assumed
    and the description says so.
    """
    uid = _uid_part(interview.interview_id)
    start = _zoned(interview.start, "the interview's start")
    end, assumed = _end(interview, start)
    now = (stamp or datetime.now(UTC)).astimezone(UTC)
    title = _title(interview)

    calendar = Calendar()
    calendar.add("prodid", f"-//roundtwo//roundtwo {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")

    event = Event()
    event.add("uid", f"interview-{uid}@roundtwo")
    event.add("dtstamp", now)
    event.add("sequence", sequence)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", f"Interview: {title}")
    link = (interview.video_link or "").strip()
    place = (interview.location or "").strip() or link
    if place:
        event.add("location", place)
    if link:
        event.add("url", link)
    event.add("description", _description(interview, end - start if assumed else None))
    for lead in sorted(set(reminders), reverse=True):
        if lead <= timedelta(0):
            raise RoundtwoError(
                f"the reminder {lead} is not before the interview.",
                hint="Give reminders as positive lead times, such as 1 day or 1 hour.",
                field="reminders",
            )
        event.add_component(_alarm(-lead, f"Interview in {_span(lead)}: {title}"))
    calendar.add_component(event)

    if thank_you != "none":
        calendar.add_component(_thank_you(interview, uid, end, now, thank_you, thank_you_alarm))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _thank_you(
    interview: CalendarInterview,
    uid: str,
    end: datetime,
    now: datetime,
    form: Literal["event", "todo"],
    lead: timedelta,
) -> Event | Todo:
    due = thank_you_due(end)
    people = [p.name.strip() for p in interview.interviewers if p.name.strip()]
    company = interview.company.strip()
    summary = "Send thank-you notes" + (f" ({company})" if company else "")
    lines = [f"Due {_stamp(due)}, 24 hours after the interview ended."]
    if people:
        lines.append("Thank: " + ", ".join(people) + ".")
    lines.append("Each note names something specific from that conversation.")
    item: Event | Todo
    if form == "todo":
        item = Todo()
        item.add("dtstart", end)
        item.add("due", due)
        item.add("status", "NEEDS-ACTION")
    else:
        item = Event()
        item.add("dtstart", due - THANK_YOU_BLOCK)
        item.add("dtend", due)
        item.add("transp", "TRANSPARENT")
    item.add("uid", f"thank-you-{uid}@roundtwo")
    item.add("dtstamp", now)
    item.add("summary", summary)
    item.add("description", "\n".join(lines))
    # RELATED=END counts back from DTEND for an event and from DUE for a to-do.
    alarm = _alarm(-abs(lead), f"Thank-you notes due in {_span(abs(lead))}")
    alarm["TRIGGER"].params["RELATED"] = "END"
    item.add_component(alarm)
    return item


def _alarm(trigger: timedelta, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    return alarm


def _end(interview: CalendarInterview, start: datetime) -> tuple[datetime, bool]:
    if interview.end is not None:
        end = _zoned(interview.end, "the interview's end").astimezone(start.tzinfo)
    elif interview.duration is not None:
        end = _later(start, interview.duration)
    else:
        return _later(start, ASSUMED_DURATION), True
    if end <= start:
        raise RoundtwoError(
            f"the interview ends ({end.isoformat()}) before it starts ({start.isoformat()}).",
            hint="Check the end time or the duration.",
            field="end",
        )
    return end, False


def _later(start: datetime, span: timedelta) -> datetime:
    # Elapsed time, so a meeting across a daylight-saving change keeps its length.
    return (start.astimezone(UTC) + span).astimezone(start.tzinfo)


def _zoned(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise RoundtwoError(
            f"{what} ({moment.isoformat()}) has no time zone.",
            hint="Give the time with its zone, such as America/New_York.",
            field="start",
        )
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment
    # A bare offset names no zone a calendar could look up: write the instant in UTC.
    return moment.astimezone(UTC)


def _uid_part(interview_id: str | int) -> str:
    text = str(interview_id).strip()
    if not _ID.fullmatch(text):
        raise RoundtwoError(
            f"the interview id '{interview_id}' cannot be used in a calendar UID.",
            hint="Use letters, digits, dots, dashes or underscores (at most 100).",
            field="interview_id",
        )
    return text


def _title(interview: CalendarInterview) -> str:
    role, company = interview.role.strip(), interview.company.strip()
    if role and company:
        return f"{role} at {company}"
    return role or company or "second round"


def _description(interview: CalendarInterview, assumed: timedelta | None) -> str:
    parts = [f"Second-round interview: {_title(interview).rstrip('.')}."]
    people = [p for p in interview.interviewers if p.name.strip()]
    if people:
        parts.append("Interviewers:\n" + "\n".join(f"- {_person(p)}" for p in people))
    prep = [item.strip() for item in interview.preparation if item.strip()]
    if prep:
        parts.append("Prepare:\n" + "\n".join(f"- {item}" for item in prep))
    if (interview.video_link or "").strip():
        parts.append(f"Video link: {(interview.video_link or '').strip()}")
    if assumed is not None:
        parts.append(f"End time assumed: {_span(assumed)} after the start (none was given).")
    return "\n\n".join(parts)


def _person(person: CalendarInterviewer) -> str:
    text = person.name.strip()
    if person.title.strip():
        text += f", {person.title.strip()}"
    label = _KIND_LABELS.get(person.kind)
    return f"{text} ({label})" if label else text


def _span(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    for unit, size in (("day", 1440), ("hour", 60), ("minute", 1)):
        if minutes >= size and minutes % size == 0:
            count = minutes // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{minutes} minutes"


def _stamp(moment: datetime) -> str:
    # Spelled out here rather than with strftime("%a %b"), which follows the OS locale.
    day = f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]}"
    return f"{day} {moment:%H:%M} {moment.tzname() or ''}".rstrip()
