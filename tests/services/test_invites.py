"""Reading an invitation into a review form, and creating the interview from it."""

from __future__ import annotations

from datetime import date, datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from roundtwo.errors import RoundtwoError, ValidationFailed
from roundtwo.read.invite import Interviewer as ReadInterviewer
from roundtwo.read.invite import Invite
from roundtwo.services import interviews, invites
from roundtwo.services.runtime import Runtime
from roundtwo.store.models import Interview

from invitations import HARBOURLINE

TODAY = date(2030, 3, 1)
ZONE = "Europe/London"

# The shared invitation with a third slot, a senior leader's: every field is there to read.
FULL = HARBOURLINE.replace(
    "Video call:", "11:30 AM - 12:00 PM\nInterviewer: Dana Whitfield\nTitle: VP Operations\n\nVideo call:"
)
assert "Dana Whitfield" in FULL, "the shared invitation no longer has its video-call line"

NO_DATE = """Subject: Next steps - Product Designer at Fernleaf Studio

Hi Sam,

Great news: the team would like you to come back for a second round for the Product Designer role.
You will meet Marta Lindqvist, Design Director, and Joel Okafor, Senior Product Designer, for a
portfolio review.

I will send the date and time once I have everyone's calendars.

Thanks,
Rita Chen
Talent Partner, Fernleaf Studio
"""

NO_NAMES = """Subject: Interview invitation - Account Executive, Bluebeam Freight

Hello Sam,

We are pleased to invite you to a second interview for the Account Executive position on
Tuesday, April 9, 2030 from 2:00 PM to 3:30 PM (London time) at our office, 12 Wharf Road,
London N1 7GR.

You will meet members of the sales leadership team.

Kind regards,
The recruiting team
"""

NAMES = {
    "full": ["Priya Raman", "Tom Reyes", "Dana Whitfield"],
    "no-date": ["Marta Lindqvist", "Joel Okafor"],
    "no-names": [],
}


@pytest.mark.parametrize(
    ("name", "text", "absent"),
    [
        pytest.param("full", FULL, set(), id="full"),
        pytest.param("no-date", NO_DATE, {"date", "start_time", "end_time"}, id="no-date"),
        pytest.param("no-names", NO_NAMES, {"people"}, id="no-names"),
    ],
)
def test_prefill_marks_what_the_email_does_not_say(name: str, text: str, absent: set[str]) -> None:
    draft = invites.prefill(text, today=TODAY, zone=ZONE)
    assert absent <= draft.missing
    assert [row["name"] for row in draft.people] == NAMES[name]
    for field, value in draft.values.items():
        # A field is marked exactly when it is empty: nothing is guessed, nothing found is hidden.
        if field in ("timezone", "preparation", "location", "video_link"):
            continue
        assert (field in draft.missing) == (not value), field
    nowhere = not draft.values["location"] and not draft.values["video_link"]
    assert ("location" in draft.missing) == nowhere
    assert draft.source == text.strip()


def test_prefill_full_email_gives_each_person_a_slot() -> None:
    draft = invites.prefill(FULL, today=TODAY, zone=ZONE)
    values = draft.values
    assert (values["company"], values["role"]) == ("Harbourline Logistics", "Senior Data Analyst")
    assert (values["date"], values["start_time"], values["end_time"]) == ("2030-03-14", "10:00", "12:00")
    assert values["timezone"] == "America/New_York"
    assert values["video_link"] == "https://meet.example.com/hbl-final"
    assert [(row["start_time"], row["end_time"]) for row in draft.people] == [
        ("10:00", "10:45"),
        ("10:45", "11:30"),
        ("11:30", "12:00"),
    ]
    assert draft.people[0]["email"] == "priya.raman@harbourline.example"
    assert "dashboard" in values["preparation"]


def test_prefill_maps_the_reading_into_the_stated_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    utc = ZoneInfo("UTC")
    reading = Invite(
        company="Kestrel Bank",
        role=None,
        start=None,
        end=None,
        timezone="Asia/Tokyo",
        formats=["case_study", "no_such_format"],
        location=None,
        video_link=None,
        interviewers=[
            ReadInterviewer("Aiko Mori", None, "unknown_kind", datetime(2030, 5, 7, 1, 0, tzinfo=utc)),
        ],
        preparation=["  Bring a one-page case summary. ", ""],
        missing=["role", "start", "end", "location"],
        date=date(2030, 5, 7),
    )
    monkeypatch.setattr(invites, "parse_invite", lambda text, today, tz: reading)
    draft = invites.prefill("any text", today=TODAY, zone=ZONE)
    assert draft.values["date"] == "2030-05-07"
    assert draft.values["formats"] == ["case_study"]
    assert draft.values["preparation"] == "Bring a one-page case summary."
    assert draft.people == [
        {
            "name": "Aiko Mori",
            "title": "",
            "kind": "other",
            "email": "",
            "start_time": "10:00",
            "end_time": "",
        }
    ]
    assert draft.missing == {"role", "start_time", "end_time", "location", "video_link"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "Paste the invitation", id="empty"),
        pytest.param("  \n\t ", "Paste the invitation", id="blank"),
        pytest.param("x" * 5_000_000, "5,000,000 characters", id="5mb"),
    ],
)
def test_prefill_refuses_empty_and_huge_text(text: str, message: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        invites.prefill(text, today=TODAY, zone=ZONE)
    assert message in caught.value.errors["email"]


def _eml(body: str, subject: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Alex Moreno <alex@harbourline.example>"
    message["To"] = "sam@example.com"
    message["Subject"] = subject
    message.set_content(body, cte="quoted-printable")
    return message.as_bytes()


def test_read_upload_gives_subject_and_body() -> None:
    subject, _, body = FULL.partition("\n\n")
    text = invites.read_upload(_eml(body, subject.removeprefix("Subject: ")))
    draft = invites.prefill(text, today=TODAY, zone=ZONE)
    assert draft.values["company"] == "Harbourline Logistics"
    assert [row["name"] for row in draft.people] == NAMES["full"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", id="binary"),
        pytest.param(b"x" * (invites.MAX_EML_BYTES + 1), "the limit is", id="too-big"),
    ],
)
def test_read_upload_refuses_bad_files(data: bytes, message: str) -> None:
    with pytest.raises(RoundtwoError, match=message) as caught:
        invites.read_upload(data)
    assert caught.value.field == "eml"


def test_people_rows_reads_rows_in_order() -> None:
    form = {
        "people-1-name": "Tom Reyes",
        "people-0-name": "Priya Raman",
        "people-0-kind": "hiring_manager",
        "people-0-drop": "on",
        "people-10-name": "Late Row",
        "people-99-name": "Too Many",
        "people-0-unknown": "ignored",
        "company": "Acme",
    }
    rows = invites.people_rows(form)
    assert [row["name"] for row in rows] == ["Priya Raman", "Tom Reyes", "Late Row"]
    assert rows[0]["kind"] == "hiring_manager" and rows[0]["drop"] == "on"
    assert rows[1]["kind"] == "" and set(rows[1]) == {*invites.PERSON_FIELDS, "drop"}


def _review_form(draft: invites.Prefill) -> tuple[dict[str, str], list[str], list[dict[str, str]]]:
    form = {k: v for k, v in draft.values.items() if k != "formats"}
    return form, list(draft.values["formats"]), [dict(row) for row in draft.people]


def test_create_from_review_stores_interview_and_slots(runtime: Runtime) -> None:
    form, formats, people = _review_form(invites.prefill(FULL, today=TODAY, zone=ZONE))
    people.append(dict.fromkeys(invites.PERSON_FIELDS, "") | {"kind": "other"})
    people[2]["drop"] = "on"
    with runtime.session() as session:
        made = invites.create_from_review(session, form, formats, people)
    with runtime.session() as session:
        interview = interviews.get_interview(session, made.id)
        zone = ZoneInfo("America/New_York")
        assert interview.starts_at.astimezone(zone).isoformat() == "2030-03-14T10:00:00-04:00"
        assert [p.name for p in interview.interviewers] == ["Priya Raman", "Tom Reyes"]
        tom = interview.interviewers[1]
        assert tom.starts_at.astimezone(zone).strftime("%H:%M") == "10:45"
        assert tom.email == "tom.reyes@harbourline.example"
        assert any(item.key == "video_test" for item in interview.checklist)


def test_create_from_review_reports_every_bad_field_and_stores_nothing(runtime: Runtime) -> None:
    form, formats, people = _review_form(invites.prefill(NO_NAMES, today=TODAY, zone=ZONE))
    people = [
        {
            "name": "",
            "title": "Sales Director",
            "kind": "senior_leader",
            "email": "",
            "start_time": "",
            "end_time": "",
        },
        {
            "name": "Kim Lo",
            "title": "",
            "kind": "peer",
            "email": "kim@",
            "start_time": "15:00",
            "end_time": "14:00",
        },
    ]
    form.update(company="", timezone="")
    with runtime.session() as session:
        with pytest.raises(ValidationFailed) as caught:
            invites.create_from_review(session, form, formats, people)
        count = session.scalar(select(func.count()).select_from(Interview))
    errors = caught.value.errors
    assert {"company", "timezone", "people-0-name", "people-1-email", "people-1-end_time"} <= set(errors)
    assert count == 0


def test_create_from_review_empty_form_names_company_and_role(runtime: Runtime) -> None:
    with runtime.session() as session, pytest.raises(ValidationFailed) as caught:
        invites.create_from_review(session, {}, [], [])
    assert {"company", "role"} <= set(caught.value.errors)
