"""Calendar files, parsed back with icalendar: events, zones, alarms, the thank-you item."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from roundtwo.errors import RoundtwoError
from roundtwo.followup.calendar import CalendarInterview, CalendarInterviewer, interview_calendar

NEW_YORK = ZoneInfo("America/New_York")
START = datetime(2026, 3, 10, 14, 0, tzinfo=NEW_YORK)
STAMP = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _interview(**changes: Any) -> CalendarInterview:
    values: dict[str, Any] = {
        "interview_id": "iv-42",
        "company": "Acme Analytics, Inc.",
        "role": "Senior Product Marketing Manager",
        "start": START,
        "end": START + timedelta(hours=3),
        "video_link": "https://meet.example.com/abc-defg",
        "interviewers": [
            CalendarInterviewer("Priya Raman", "VP Marketing", "senior_leader"),
            CalendarInterviewer("Lee; Park", "PMM, Growth", "peer"),
        ],
        "preparation": ["A 15-minute presentation on the Q3 launch"],
    }
    values.update(changes)
    return CalendarInterview(**values)


def _parse(data: bytes) -> tuple[Any, Any]:
    calendar = Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    interview = next(e for e in events if str(e["UID"]).startswith("interview-"))
    thanks = next(c for c in [*events, *calendar.walk("VTODO")] if str(c["UID"]).startswith("thank-you-"))
    return interview, thanks


def _triggers(component: Any) -> list[tuple[timedelta, str]]:
    return [
        (alarm.decoded("TRIGGER"), alarm["TRIGGER"].params.get("RELATED", "START"))
        for alarm in component.walk("VALARM")
    ]


def test_interview_calendar_event_times_keep_zone() -> None:
    iv = _interview()
    event, _ = _parse(interview_calendar(iv, stamp=STAMP))
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == iv.start and end == iv.end
    assert start.tzinfo.key == "America/New_York"
    assert "TZID" in event["DTSTART"].params
    calendar = Calendar.from_ical(interview_calendar(iv, stamp=STAMP))
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]


def test_interview_calendar_event_text_round_trips() -> None:
    iv = _interview()
    event, _ = _parse(interview_calendar(iv, stamp=STAMP))
    description = str(event["DESCRIPTION"])
    assert iv.role in str(event["SUMMARY"]) and iv.company in str(event["SUMMARY"])
    for person in iv.interviewers:
        assert person.name in description and person.title in description
    assert iv.preparation[0] in description
    assert str(event["LOCATION"]) == iv.video_link
    assert str(event["URL"]) == iv.video_link


def test_interview_calendar_location_before_video_link() -> None:
    event, _ = _parse(interview_calendar(_interview(location="12 Harbour St, Leeds"), stamp=STAMP))
    assert str(event["LOCATION"]) == "12 Harbour St, Leeds"


@pytest.mark.parametrize("reminders", [(timedelta(days=1), timedelta(hours=1)), (timedelta(minutes=30),), ()])
def test_interview_calendar_alarms_before_start(reminders: tuple[timedelta, ...]) -> None:
    event, _ = _parse(interview_calendar(_interview(), reminders=reminders, stamp=STAMP))
    triggers = _triggers(event)
    assert sorted(t for t, _ in triggers) == sorted(-lead for lead in reminders)
    assert all(related == "START" for _, related in triggers)
    assert all(str(a["ACTION"]) == "DISPLAY" for a in event.walk("VALARM"))


@pytest.mark.parametrize("form", ["event", "todo"])
def test_interview_calendar_thank_you_due_24h_after_end(form: str) -> None:
    iv = _interview()
    _, item = _parse(interview_calendar(iv, thank_you=form, stamp=STAMP))  # type: ignore[arg-type]
    assert item.name == ("VEVENT" if form == "event" else "VTODO")
    assert str(item["SUMMARY"]).startswith("Send thank-you notes")
    due = item.decoded("DTEND" if form == "event" else "DUE")
    assert iv.end is not None
    assert due.astimezone(UTC) - iv.end.astimezone(UTC) == timedelta(hours=24)
    triggers = _triggers(item)
    assert len(triggers) == 1 and triggers[0][0] < timedelta(0) and triggers[0][1] == "END"
    assert "Priya Raman" in str(item["DESCRIPTION"])


def test_interview_calendar_thank_you_none() -> None:
    calendar = Calendar.from_ical(interview_calendar(_interview(), thank_you="none", stamp=STAMP))
    assert len(calendar.walk("VEVENT")) == 1 and not calendar.walk("VTODO")


def test_interview_calendar_uids_stable_per_interview() -> None:
    first = _parse(interview_calendar(_interview(), stamp=STAMP))
    again = _parse(interview_calendar(_interview(), stamp=STAMP + timedelta(days=3)))
    other = _parse(interview_calendar(_interview(interview_id=43), stamp=STAMP))
    uids = [str(c["UID"]) for c in first]
    assert uids == [str(c["UID"]) for c in again]
    assert not set(uids) & {str(c["UID"]) for c in other}
    assert len(set(uids)) == 2


def test_interview_calendar_duration_sets_end() -> None:
    iv = _interview(end=None, duration=timedelta(minutes=90))
    event, _ = _parse(interview_calendar(iv, stamp=STAMP))
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=90)


def test_interview_calendar_no_end_assumes_an_hour() -> None:
    event, _ = _parse(interview_calendar(_interview(end=None), stamp=STAMP))
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(hours=1)
    assert "assumed" in str(event["DESCRIPTION"])


def test_interview_calendar_fixed_offset_written_as_utc() -> None:
    offset = timezone(timedelta(hours=-4))
    iv = _interview(start=START.astimezone(offset), end=None, duration=timedelta(hours=2))
    event, _ = _parse(interview_calendar(iv, stamp=STAMP))
    assert event.decoded("DTSTART") == START
    assert event.decoded("DTSTART").utcoffset() == timedelta(0)


def test_interview_calendar_empty_people_and_preparation() -> None:
    iv = _interview(interviewers=[], preparation=[], video_link=None, company="", role="")
    event, thanks = _parse(interview_calendar(iv, stamp=STAMP))
    assert "LOCATION" not in event and "URL" not in event
    assert str(event["SUMMARY"]).startswith("Interview")
    assert str(thanks["SUMMARY"]) == "Send thank-you notes"


@pytest.mark.parametrize(
    ("changes", "options", "message"),
    [
        ({"start": datetime(2026, 3, 10, 14, 0)}, {}, "no time zone"),
        ({"end": START - timedelta(minutes=1)}, {}, "before it starts"),
        ({"end": None, "duration": timedelta(0)}, {}, "before it starts"),
        ({"interview_id": "my interview"}, {}, "cannot be used in a calendar UID"),
        ({"interview_id": ""}, {}, "cannot be used in a calendar UID"),
        ({}, {"reminders": (timedelta(hours=-1),)}, "not before the interview"),
    ],
    ids=["naive_start", "end_before_start", "zero_duration", "id_spaces", "id_empty", "bad_alarm"],
)
def test_interview_calendar_bad_input_raises(
    changes: dict[str, Any], options: dict[str, Any], message: str
) -> None:
    with pytest.raises(RoundtwoError, match=message):
        interview_calendar(_interview(**changes), stamp=STAMP, **options)


def test_interview_calendar_is_valid_rfc5545_text() -> None:
    data = interview_calendar(_interview(), stamp=STAMP)
    lines = data.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2] == b"END:VCALENDAR"
    assert all(len(line) <= 75 for line in lines)
    calendar = Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0" and "PRODID" in calendar
    for event in calendar.walk("VEVENT"):
        assert event.decoded("DTSTAMP") == STAMP
