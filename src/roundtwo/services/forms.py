"""Validating what the user typed into a form, field by field.

Each ``parse_*`` function takes the raw strings of a form and returns a typed
value, or raises :class:`ValidationFailed` naming every bad field at once,
so a page can show each message beside its field and keep what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from roundtwo.content.vocabulary import FORMATS, KINDS
from roundtwo.errors import ValidationFailed

MAX_JOB_DESCRIPTION = 100_000
MAX_LONG_TEXT = 20_000
EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[A-Za-z]{2,}$")
URL = re.compile(r"^https?://\S+$")


@cache
def known_zones() -> frozenset[str]:
    return frozenset(available_timezones())


@dataclass
class InterviewData:
    company: str
    role: str
    timezone: str
    starts_at: datetime | None
    ends_at: datetime | None
    formats: list[str]
    job_description: str = ""
    location: str = ""
    video_link: str = ""
    travel_notes: str = ""
    preparation: str = ""
    company_mission: str = ""
    company_products: str = ""
    company_competitors: str = ""


@dataclass
class InterviewerData:
    name: str
    title: str = ""
    kind: str = "other"
    email: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None


@dataclass
class _Errors:
    found: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str) -> None:
        self.found.setdefault(name, message)

    def raise_any(self) -> None:
        if self.found:
            raise ValidationFailed(self.found)


def _text(form: Mapping[str, str], name: str) -> str:
    return (form.get(name) or "").strip()


def _bounded(form: Mapping[str, str], name: str, limit: int, errors: _Errors, label: str) -> str:
    value = _text(form, name)
    if len(value) > limit:
        errors.add(name, f"{label} is {len(value):,} characters; the limit is {limit:,}. Shorten it.")
    return value


def _parse_date(raw: str, name: str, errors: _Errors) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        errors.add(name, f"“{raw}” is not a date; use YYYY-MM-DD.")
        return None


def _parse_time(raw: str, name: str, errors: _Errors) -> time | None:
    if not raw:
        return None
    try:
        return time.fromisoformat(raw)
    except ValueError:
        errors.add(name, f"“{raw}” is not a time; use HH:MM (24-hour).")
        return None


def _parse_zone(raw: str, name: str, errors: _Errors) -> ZoneInfo | None:
    if raw not in known_zones():
        errors.add(name, f"“{raw}” is not a time zone; use a name like Europe/London or America/New_York.")
        return None
    return ZoneInfo(raw)


def parse_interview(form: Mapping[str, str], formats: Sequence[str]) -> InterviewData:
    """Validate the interview form; every bad field is reported at once."""
    errors = _Errors()
    company = _bounded(form, "company", 200, errors, "The company name")
    role = _bounded(form, "role", 200, errors, "The role")
    if not company:
        errors.add("company", "Enter the company's name.")
    if not role:
        errors.add("role", "Enter the role you are interviewing for.")
    zone_name = _text(form, "timezone") or "UTC"
    zone = _parse_zone(zone_name, "timezone", errors)
    day = _parse_date(_text(form, "date"), "date", errors)
    start = _parse_time(_text(form, "start_time"), "start_time", errors)
    end = _parse_time(_text(form, "end_time"), "end_time", errors)
    if start and not day:
        errors.add("date", "Enter the date too, or clear the start time.")
    if end and not start:
        errors.add("start_time", "Enter a start time too, or clear the end time.")
    if start and end and end <= start:
        errors.add("end_time", "The end must be after the start.")
    starts_at = ends_at = None
    if day and zone:
        starts_at = datetime.combine(day, start or time(9, 0), zone)
        ends_at = datetime.combine(day, end, zone) if end else None
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        errors.add("formats", f"Unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}.")
    video_link = _bounded(form, "video_link", 1000, errors, "The video link")
    if video_link and not URL.match(video_link):
        errors.add("video_link", "The video link must start with http:// or https://.")
    data = InterviewData(
        company=company,
        role=role,
        timezone=zone_name,
        starts_at=starts_at,
        ends_at=ends_at,
        formats=[f for f in FORMATS if f in formats],
        job_description=_bounded(form, "job_description", MAX_JOB_DESCRIPTION, errors, "The job description"),
        location=_bounded(form, "location", 500, errors, "The location"),
        video_link=video_link,
        travel_notes=_bounded(form, "travel_notes", MAX_LONG_TEXT, errors, "The travel notes"),
        preparation=_bounded(form, "preparation", MAX_LONG_TEXT, errors, "What to prepare"),
        company_mission=_bounded(form, "company_mission", MAX_LONG_TEXT, errors, "The mission"),
        company_products=_bounded(form, "company_products", MAX_LONG_TEXT, errors, "The products"),
        company_competitors=_bounded(form, "company_competitors", MAX_LONG_TEXT, errors, "The competitors"),
    )
    errors.raise_any()
    return data


def parse_interviewer(form: Mapping[str, str], *, day: date | None, zone: ZoneInfo) -> InterviewerData:
    """Validate one interviewer; times are read on the interview's ``day`` in its ``zone``."""
    errors = _Errors()
    name = _bounded(form, "name", 200, errors, "The name")
    if not name:
        errors.add("name", "Enter the interviewer's name.")
    kind = _text(form, "kind") or "other"
    if kind not in KINDS:
        errors.add("kind", f"Unknown kind {kind!r}; choose from {', '.join(KINDS)}.")
    email = _bounded(form, "email", 320, errors, "The email address")
    if email and not EMAIL.match(email):
        errors.add("email", f"“{email}” is not an email address like name@example.com.")
    start = _parse_time(_text(form, "start_time"), "start_time", errors)
    end = _parse_time(_text(form, "end_time"), "end_time", errors)
    starts_at = ends_at = None
    if (start or end) and not day:
        errors.add("start_time", "Set the interview's date before giving a time slot.")
    elif day:
        starts_at = datetime.combine(day, start, zone) if start else None
        ends_at = datetime.combine(day, end, zone) if end else None
        if starts_at and ends_at and ends_at <= starts_at:
            errors.add("end_time", "The slot must end after it starts.")
    data = InterviewerData(
        name=name,
        title=_bounded(form, "title", 200, errors, "The title"),
        kind=kind,
        email=email,
        starts_at=starts_at,
        ends_at=ends_at,
    )
    errors.raise_any()
    return data


def default_duration() -> timedelta:
    """Length assumed for an interview given without an end time."""
    return timedelta(hours=1)
