"""An invitation email turned into an interview: read, reviewed by the user, then created.

:func:`prefill` reads a pasted email (or the text of an uploaded .eml) into
the values of the interview form, one row per interviewer, and the set of
fields the email did not state, so the review page can mark them instead of
guessing. Nothing is stored until :func:`create_from_review` gets the form
the user confirmed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from roundtwo.content.vocabulary import FORMATS, KINDS
from roundtwo.errors import RoundtwoError, ValidationFailed
from roundtwo.read.invite import Interviewer, parse_invite, read_eml
from roundtwo.services import interviews
from roundtwo.services.forms import InterviewerData, known_zones, parse_interview, parse_interviewer
from roundtwo.store.models import Interview

#: Longest email text read; an invitation is a few thousand characters.
MAX_EMAIL_CHARS = 100_000
#: Largest .eml accepted (attachments included); the web app caps requests at 3 MB anyway.
MAX_EML_BYTES = 3 * 1024 * 1024
#: Most interviewer rows read back from a review form.
MAX_PEOPLE = 30
#: The per-person fields of a review form, named ``people-<row>-<field>``.
PERSON_FIELDS = ("name", "title", "kind", "email", "start_time", "end_time")
_ROW = re.compile(r"^people-(\d{1,3})-([a-z_]+)$")


@dataclass
class Prefill:
    """What the review form starts from.

    ``values`` holds the interview form's fields (``formats`` as a list),
    ``people`` one mapping of :data:`PERSON_FIELDS` per interviewer, and
    ``missing`` the form fields the email did not state (``people`` when it
    named nobody). ``source`` is the email text that was read.
    """

    values: dict[str, Any]
    people: list[dict[str, str]]
    missing: set[str] = field(default_factory=set)
    source: str = ""


def read_upload(data: bytes) -> str:
    """The text of an uploaded .eml file; too big, binary or empty raises RoundtwoError."""
    if not data.strip():
        raise RoundtwoError(
            "the .eml file is empty.", hint="Save the invitation from your mail program again.", field="eml"
        )
    if len(data) > MAX_EML_BYTES:
        raise RoundtwoError(
            f"the .eml file is {len(data) // 1024:,} KB; the limit is {MAX_EML_BYTES // 1024:,} KB.",
            hint="Paste the invitation's text instead.",
            field="eml",
        )
    try:
        return read_eml(data)
    except RoundtwoError as exc:
        raise RoundtwoError(exc.message, hint=exc.hint, field="eml") from exc


def check_email_text(text: str) -> str:
    """``text`` stripped; empty or longer than :data:`MAX_EMAIL_CHARS` raises ValidationFailed."""
    text = text.strip()
    if not text:
        raise ValidationFailed({"email": "Paste the invitation email, or choose its .eml file."})
    if len(text) > MAX_EMAIL_CHARS:
        raise ValidationFailed(
            {
                "email": f"The text is {len(text):,} characters; an invitation is rarely over "
                f"{MAX_EMAIL_CHARS:,}. Paste only the invitation itself, without attachments or the "
                "rest of the thread."
            }
        )
    return text


def prefill(text: str, *, today: date, zone: str) -> Prefill:
    """Read an invitation into review-form values.

    In: the email's text, today's date and the user's zone (for "next
    Tuesday" and times given without a zone). Out: a :class:`Prefill`; what
    the email did not state stays empty and is listed in ``missing``.
    Empty or oversized text raises :class:`ValidationFailed` on ``email``.
    """
    text = check_email_text(text)
    invite = parse_invite(text, today, zone)
    stated_zone = invite.timezone if invite.timezone in known_zones() else None
    shown = ZoneInfo(stated_zone) if stated_zone else None
    start = _local(invite.start, shown)
    end = _local(invite.end, shown)
    values: dict[str, Any] = {
        "company": invite.company or "",
        "role": invite.role or "",
        "date": _day(start, invite.date),
        "start_time": _clock(start),
        "end_time": _clock(end),
        "timezone": stated_zone or "",
        "formats": [f for f in FORMATS if f in invite.formats],
        "location": invite.location or "",
        "video_link": invite.video_link or "",
        "preparation": "\n".join(item.strip() for item in invite.preparation if item.strip()),
    }
    people = [_person_row(person, shown) for person in invite.interviewers]
    missing = {
        name for name in ("company", "role", "date", "start_time", "end_time", "timezone") if not values[name]
    }
    if not values["formats"]:
        missing.add("formats")
    if not values["location"] and not values["video_link"]:
        missing.update({"location", "video_link"})
    if not people:
        missing.add("people")
    return Prefill(values=values, people=people, missing=missing, source=text)


def _local(moment: datetime | None, zone: ZoneInfo | None) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(zone) if zone and moment.tzinfo else moment


def _day(start: datetime | None, day: date | None) -> str:
    if start is not None:
        return start.date().isoformat()
    return day.isoformat() if isinstance(day, date) else ""


def _clock(moment: datetime | None) -> str:
    return moment.strftime("%H:%M") if moment else ""


def _person_row(person: Interviewer, zone: ZoneInfo | None) -> dict[str, str]:
    return {
        "name": person.name,
        "title": person.title or "",
        "kind": person.kind if person.kind in KINDS else "other",
        "email": person.email or "",
        "start_time": _clock(_local(person.start, zone)),
        "end_time": _clock(_local(person.end, zone)),
    }


def people_rows(form: Mapping[str, str]) -> list[dict[str, str]]:
    """The interviewer rows of a posted review form, in row order, blank rows included.

    Each row maps :data:`PERSON_FIELDS` and ``drop`` ("on" when the user ticked
    that they will not meet this person) to the text posted.
    """
    rows: dict[int, dict[str, str]] = {}
    for key, value in form.items():
        match = _ROW.match(key)
        if match and match.group(2) in (*PERSON_FIELDS, "drop") and int(match.group(1)) < MAX_PEOPLE:
            rows.setdefault(int(match.group(1)), {})[match.group(2)] = value
    return [{name: rows[i].get(name, "") for name in (*PERSON_FIELDS, "drop")} for i in sorted(rows)]


def is_blank(row: Mapping[str, str]) -> bool:
    """Whether an interviewer row was left empty (its kind alone does not count)."""
    return not any((row.get(name) or "").strip() for name in PERSON_FIELDS if name != "kind")


def create_from_review(
    session: Session, form: Mapping[str, str], formats: Sequence[str], people: Sequence[Mapping[str, str]]
) -> Interview:
    """Create the interview and its interviewers from the confirmed review form.

    Rows left blank or marked ``drop`` are skipped; a row with a name keeps its slot on the
    interview's day. Every bad field, the interview's and each person's
    (``people-<row>-<field>``), is reported at once by
    :class:`ValidationFailed`; nothing is stored then.
    """
    errors: dict[str, str] = {}
    if not (form.get("timezone") or "").strip() and (form.get("date") or "").strip():
        errors["timezone"] = "Enter the time zone the times are in, e.g. Europe/London."
    data = None
    try:
        data = parse_interview(form, formats)
    except ValidationFailed as exc:
        errors.update(exc.errors)
    day, zone = _day_and_zone(form, data)
    persons: list[InterviewerData] = []
    for index, row in enumerate(people):
        if is_blank(row) or row.get("drop") == "on":
            continue
        try:
            persons.append(parse_interviewer(row, day=day, zone=zone))
        except ValidationFailed as exc:
            errors.update({f"people-{index}-{name}": message for name, message in exc.errors.items()})
    if errors or data is None:
        raise ValidationFailed(errors)
    interview = interviews.create_interview(session, data)
    for person in persons:
        interviews.add_interviewer(session, interview.id, person)
    return interview


def _day_and_zone(form: Mapping[str, str], data: Any) -> tuple[date | None, ZoneInfo]:
    """The interview's day and zone, read as far as the form allows even when it has errors."""
    if data is not None:
        zone = ZoneInfo(data.timezone)
        return (data.starts_at.astimezone(zone).date() if data.starts_at else None), zone
    name = (form.get("timezone") or "").strip()
    zone = ZoneInfo(name) if name in known_zones() else ZoneInfo("UTC")
    try:
        day = date.fromisoformat((form.get("date") or "").strip())
    except ValueError:
        day = None
    return day, zone
