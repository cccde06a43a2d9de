"""Form validation: every bad field is named, with a message that says what to do."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from roundtwo.errors import ValidationFailed
from roundtwo.services.forms import MAX_JOB_DESCRIPTION, parse_interview, parse_interviewer

GOOD = {
    "company": "Acme",
    "role": "Analyst",
    "timezone": "America/New_York",
    "date": "2026-03-10",
    "start_time": "14:00",
    "end_time": "17:00",
}


def test_parse_interview_reads_local_time_with_dst_offset() -> None:
    data = parse_interview(GOOD, ["panel", "presentation"])
    assert data.starts_at is not None and data.starts_at.isoformat() == "2026-03-10T14:00:00-04:00"
    assert data.ends_at is not None and data.ends_at.isoformat() == "2026-03-10T17:00:00-04:00"
    assert data.formats == ["panel", "presentation"]


def test_parse_interview_without_date_keeps_times_empty() -> None:
    data = parse_interview({"company": "Acme", "role": "Analyst", "timezone": "UTC"}, [])
    assert data.starts_at is None and data.ends_at is None


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        pytest.param({"company": ""}, "company", "company's name", id="empty-company"),
        pytest.param({"role": "   "}, "role", "role", id="blank-role"),
        pytest.param({"end_time": "13:00"}, "end_time", "after the start", id="end-before-start"),
        pytest.param({"timezone": "Mars/Olympus"}, "timezone", "not a time zone", id="unknown-zone"),
        pytest.param({"date": "10/03/2026"}, "date", "YYYY-MM-DD", id="bad-date"),
        pytest.param({"start_time": "2pm"}, "start_time", "HH:MM", id="bad-time"),
        pytest.param(
            {"job_description": "x" * (2 * 1024 * 1024)},
            "job_description",
            "limit",
            id="2mb-job-description",
        ),
        pytest.param({"video_link": "meet.example.com/x"}, "video_link", "https://", id="bad-link"),
    ],
)
def test_parse_interview_refuses(change: dict[str, str], field: str, words: str) -> None:
    with pytest.raises(ValidationFailed) as info:
        parse_interview({**GOOD, **change}, [])
    assert words in info.value.errors[field]


def test_parse_interview_reports_all_fields_at_once() -> None:
    with pytest.raises(ValidationFailed) as info:
        parse_interview({"company": "", "role": "", "timezone": "Nowhere"}, ["dance_off"])
    assert set(info.value.errors) == {"company", "role", "timezone", "formats"}


def test_job_description_limit_is_inclusive() -> None:
    data = parse_interview({**GOOD, "job_description": "x" * MAX_JOB_DESCRIPTION}, [])
    assert len(data.job_description) == MAX_JOB_DESCRIPTION


@pytest.mark.parametrize(
    ("form", "field", "words"),
    [
        pytest.param({"name": ""}, "name", "name", id="empty-name"),
        pytest.param({"name": "Ana", "email": "ana@"}, "email", "not an email", id="malformed-email"),
        pytest.param({"name": "Ana", "kind": "boss"}, "kind", "Unknown kind", id="unknown-kind"),
        pytest.param(
            {"name": "Ana", "start_time": "11:00", "end_time": "10:00"},
            "end_time",
            "end after",
            id="slot-backwards",
        ),
    ],
)
def test_parse_interviewer_refuses(form: dict[str, str], field: str, words: str) -> None:
    with pytest.raises(ValidationFailed) as info:
        parse_interviewer(form, day=date(2026, 3, 10), zone=ZoneInfo("UTC"))
    assert words in info.value.errors[field]


def test_parse_interviewer_slot_on_interview_day() -> None:
    data = parse_interviewer(
        {
            "name": "Ana Silva",
            "title": "VP Sales",
            "kind": "senior_leader",
            "email": "ana@example.com",
            "start_time": "10:00",
            "end_time": "10:45",
        },
        day=date(2026, 7, 1),
        zone=ZoneInfo("Europe/London"),
    )
    assert data.starts_at is not None and data.starts_at.isoformat() == "2026-07-01T10:00:00+01:00"
    assert data.kind == "senior_leader"
