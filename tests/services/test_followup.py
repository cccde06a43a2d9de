"""The follow-up use cases on both databases: notes, drafts, sending, what is due."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller

from roundtwo.errors import NotFound, RoundtwoError, ValidationFailed
from roundtwo.services import followup, interviews
from roundtwo.services.forms import InterviewData, InterviewerData
from roundtwo.services.runtime import Runtime
from roundtwo.settings import Settings

from smtp_server import REFUSED, Mailbox, Recorder, free_port

NOW = datetime(2030, 3, 12, 20, 0, tzinfo=UTC)
PEOPLE = [
    (
        "Priya Raman",
        "VP Marketing",
        "senior_leader",
        "priya@acme.example",
        "your plan to enter the Nordic market",
    ),
    (
        "Tom Reyes",
        "Marketing Manager",
        "hiring_manager",
        "tom@acme.example",
        "the way you run weekly planning",
    ),
    ("Ada Park", "Content Strategist", "peer", "", "your story about the launch video"),
]


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that records what it accepts."""
    box = Mailbox(port=free_port())
    controller = Controller(Recorder(box), hostname="127.0.0.1", port=box.port)
    controller.start()
    yield box
    controller.stop()


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        yield int(listener.getsockname()[1])


def _smtp(settings: Settings, port: int, **changes: Any) -> Settings:
    values = {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_starttls": False,
        "smtp_sender": "Sam Lee <sam@example.com>",
        **changes,
    }
    return settings.model_copy(update=values)


def _interview(
    runtime: Runtime,
    *,
    start: datetime | None = NOW - timedelta(hours=4),
    end: datetime | None = NOW - timedelta(hours=1),
    people: list[tuple[str, str, str, str, str]] = PEOPLE,
    zone: str = "America/New_York",
) -> tuple[int, list[int]]:
    data = InterviewData(
        company="Acme Analytics",
        role="Product Marketing Manager",
        timezone=zone,
        starts_at=start,
        ends_at=end,
        formats=["panel"],
    )
    with runtime.session() as session:
        interview = interviews.create_interview(session, data)
        ids = []
        for name, title, kind, address, point in people:
            person = interviews.add_interviewer(
                session, interview.id, InterviewerData(name=name, title=title, kind=kind, email=address)
            )
            ids.append(person.id)
            followup.save_notes(
                session, interview.id, person.id, followup.NotesData("the launch plan\nteam rituals", point)
            )
        return interview.id, ids


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        pytest.param(None, None, None, id="no-date"),
        pytest.param(
            datetime(2030, 3, 12, 14, tzinfo=UTC),
            datetime(2030, 3, 12, 17, tzinfo=UTC),
            datetime(2030, 3, 13, 17, tzinfo=UTC),
            id="end-given",
        ),
        pytest.param(
            datetime(2030, 3, 12, 14, tzinfo=UTC),
            None,
            datetime(2030, 3, 13, 15, tzinfo=UTC),
            id="start-only",
        ),
        pytest.param(
            datetime(2030, 3, 30, 10, tzinfo=UTC),
            datetime(2030, 3, 30, 11, tzinfo=UTC),
            datetime(2030, 3, 31, 11, tzinfo=UTC),
            id="across-daylight-saving",
        ),
    ],
)
def test_due_at_cases(start: datetime | None, end: datetime | None, expected: datetime | None) -> None:
    from roundtwo.store.models import Interview

    interview = Interview(company="A", role="B", timezone="Europe/London", starts_at=start, ends_at=end)
    due = followup.due_at(interview)
    assert due == expected
    if due is not None:
        assert due.tzinfo == ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("form", "bad"),
    [
        pytest.param({}, set(), id="empty"),
        pytest.param({"topics": "roadmap", "positive_point": "your pricing story"}, set(), id="ordinary"),
        pytest.param({"topics": "x" * 2_001}, {"topics"}, id="long-topics"),
        pytest.param({"positive_point": "y" * 5_000_000}, {"positive_point"}, id="5mb-point"),
    ],
)
def test_parse_notes_cases(form: dict[str, str], bad: set[str]) -> None:
    if not bad:
        data = followup.parse_notes(form)
        assert data.topics == form.get("topics", "")
        return
    with pytest.raises(ValidationFailed) as caught:
        followup.parse_notes(form)
    assert set(caught.value.errors) == bad


@pytest.mark.parametrize(
    ("form", "bad"),
    [
        pytest.param({}, {"subject", "body"}, id="empty"),
        pytest.param({"subject": "Thank you", "body": "  \n "}, {"body"}, id="blank-body"),
        pytest.param({"subject": "s" * 301, "body": "Hello"}, {"subject"}, id="long-subject"),
        pytest.param({"subject": "Thanks", "body": "z" * 20_001}, {"body"}, id="long-body"),
        pytest.param({"subject": " Thank\n you ", "body": "Hi Priya,\r\n\r\nThanks."}, set(), id="ordinary"),
    ],
)
def test_parse_draft_cases(form: dict[str, str], bad: set[str]) -> None:
    if not bad:
        data = followup.parse_draft(form)
        assert data.subject == "Thank you"
        assert "\r" not in data.body
        return
    with pytest.raises(ValidationFailed) as caught:
        followup.parse_draft(form)
    assert set(caught.value.errors) == bad


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("the Q3 roadmap\n\nhiring plans", ["the Q3 roadmap", "hiring plans"], id="lines"),
        pytest.param("- pricing\n* churn\n1. onboarding", ["pricing", "churn", "onboarding"], id="bullets"),
        pytest.param("pricing; churn", ["pricing", "churn"], id="semicolons"),
    ],
)
def test_topic_list_cases(text: str, expected: list[str]) -> None:
    assert followup.topic_list(text) == expected


def test_draft_notes_quote_each_point_and_differ(runtime: Runtime) -> None:
    interview_id, _ = _interview(runtime)
    low, high = followup.word_band()
    with runtime.session() as session:
        changed = followup.draft_notes(session, interview_id, candidate_name="Sam Lee")
        assert len(changed) == 3
    with runtime.session() as session:
        state = followup.get_follow_up(session, interview_id, NOW)
    bodies = [entry.note.body for entry in state.people if entry.note]
    for entry, (name, *_rest, point) in zip(state.people, PEOPLE, strict=True):
        assert entry.stage == "draft"
        assert point in entry.note.body
        assert name.split()[0] in entry.note.body.splitlines()[0]
        assert entry.note.body.rstrip().endswith("Sam Lee")
        assert low <= entry.word_count <= high
    assert len(set(bodies)) == 3
    openings = {body.split("\n\n")[1].split(".")[0] for body in bodies}
    assert len(openings) == 3


def test_draft_notes_keep_edits_and_sent_notes(runtime: Runtime) -> None:
    interview_id, ids = _interview(runtime)
    with runtime.session() as session:
        followup.draft_notes(session, interview_id, candidate_name="Sam Lee")
        followup.save_draft(session, interview_id, ids[0], followup.DraftData("My subject", "My own words."))
        followup.mark_sent(session, interview_id, ids[1], NOW)
        sent_body = followup.get_follow_up(session, interview_id, NOW).people[1].note.body
        changed = followup.draft_notes(session, interview_id, candidate_name="Sam Lee")
        assert changed == []
    with runtime.session() as session:
        people = followup.get_follow_up(session, interview_id, NOW).people
        assert people[0].note.body == "My own words."
        assert people[1].note.body == sent_body
        followup.draft_notes(session, interview_id, candidate_name="Sam Lee", redraft=ids[0])
    with runtime.session() as session:
        people = followup.get_follow_up(session, interview_id, NOW).people
        assert PEOPLE[0][4] in people[0].note.body
        assert people[1].stage == "sent"


def test_draft_notes_for_people_without_any_notes(runtime: Runtime) -> None:
    data = InterviewData("Acme", "Analyst", "UTC", NOW - timedelta(hours=2), None, [])
    with runtime.session() as session:
        interview = interviews.create_interview(session, data)
        for name in ("Li Wei", "Ana Souza"):
            interviews.add_interviewer(session, interview.id, InterviewerData(name=name, kind="peer"))
        changed = followup.draft_notes(session, interview.id, candidate_name="Sam Lee")
    with runtime.session() as session:
        people = followup.get_follow_up(session, interview.id, NOW).people
    assert len(changed) == 2
    assert [p.stage for p in people] == ["draft", "draft"]
    assert all(p.placeholders and p.note.topics == "" for p in people)


def test_draft_notes_refuse_interview_without_people(runtime: Runtime) -> None:
    interview_id, _ = _interview(runtime, people=[])
    with runtime.session() as session, pytest.raises(RoundtwoError, match="no interviewers"):
        followup.draft_notes(session, interview_id)


def test_draft_notes_without_notes_leave_placeholders(runtime: Runtime) -> None:
    interview_id, ids = _interview(runtime, people=[("Li Wei", "", "peer", "li@acme.example", "")])
    with runtime.session() as session:
        followup.save_notes(session, interview_id, ids[0], followup.NotesData("", ""))
        followup.draft_notes(session, interview_id)
        [entry] = followup.get_follow_up(session, interview_id, NOW).people
    assert entry.placeholders
    assert all(p in entry.note.body for p in entry.placeholders)


def test_follow_up_stages_timing_and_overdue(runtime: Runtime) -> None:
    interview_id, ids = _interview(runtime)
    with runtime.session() as session:
        followup.save_notes(session, interview_id, ids[2], followup.NotesData("", ""))
        state = followup.get_follow_up(session, interview_id, NOW)
        assert [p.stage for p in state.people] == ["notes", "notes", "empty"]
        assert state.ended and state.timing.state == "due"
        assert state.timing.remaining == timedelta(hours=23)
        followup.draft_notes(session, interview_id)
        followup.mark_sent(session, interview_id, ids[0], NOW)
        late = NOW + timedelta(days=2)
        state = followup.get_follow_up(session, interview_id, late)
        assert [p.stage for p in state.people] == ["sent", "draft", "draft"]
        assert [p.overdue for p in state.people] == [False, True, True]
        assert state.timing.state == "overdue"
        for person_id in ids[1:]:
            followup.mark_sent(session, interview_id, person_id, late)
        state = followup.get_follow_up(session, interview_id, late)
    assert state.timing.state == "sent"
    assert state.timing.remaining == -timedelta(days=1, hours=1)
    assert state.people[0].sent_at == NOW


def test_follow_up_before_the_interview_is_not_ended(runtime: Runtime) -> None:
    interview_id, _ = _interview(runtime, start=NOW + timedelta(days=1), end=None)
    with runtime.session() as session:
        state = followup.get_follow_up(session, interview_id, NOW)
    assert not state.ended
    assert state.due == (NOW + timedelta(days=2, hours=1)).astimezone(ZoneInfo("America/New_York"))


def test_mark_sent_records_time_and_leaves_the_due_list(runtime: Runtime) -> None:
    interview_id, ids = _interview(runtime)
    with runtime.session() as session:
        [group] = followup.notes_due(session, NOW)
        assert [name for name, _ in group.people] == [p[0] for p in PEOPLE]
        note = followup.mark_sent(session, interview_id, ids[0], NOW - timedelta(minutes=5))
        assert note.sent_at == NOW - timedelta(minutes=5)
        [group] = followup.notes_due(session, NOW)
        assert [name for name, _ in group.people] == [p[0] for p in PEOPLE[1:]]
        followup.mark_unsent(session, interview_id, ids[0])
        [group] = followup.notes_due(session, NOW)
        assert len(group.people) == 3


def test_notes_due_only_lists_ended_recent_interviews(runtime: Runtime) -> None:
    ended, _ = _interview(runtime)
    _interview(runtime, start=NOW + timedelta(hours=2), end=NOW + timedelta(hours=3))
    _interview(runtime, start=NOW - timedelta(minutes=30), end=NOW + timedelta(minutes=30))
    _interview(runtime, start=NOW - timedelta(days=30), end=NOW - timedelta(days=30) + timedelta(hours=1))
    overdue, _ = _interview(runtime, start=NOW - timedelta(days=3), end=None)
    _interview(runtime, start=None, end=None)
    with runtime.session() as session:
        groups = followup.notes_due(session, NOW)
    assert [g.interview_id for g in groups] == [overdue, ended]
    assert [g.timing.state for g in groups] == ["overdue", "due"]


def test_save_draft_refuses_a_sent_note(runtime: Runtime) -> None:
    interview_id, ids = _interview(runtime)
    with runtime.session() as session:
        followup.draft_notes(session, interview_id)
        followup.mark_sent(session, interview_id, ids[0], NOW)
        with pytest.raises(RoundtwoError, match="already marked as sent") as caught:
            followup.save_draft(session, interview_id, ids[0], followup.DraftData("New", "New body"))
    assert caught.value.status == 409


def test_unknown_interviewer_is_not_found(runtime: Runtime) -> None:
    interview_id, _ = _interview(runtime)
    _, other_ids = _interview(runtime)
    with runtime.session() as session, pytest.raises(NotFound, match=f"no interviewer {other_ids[0]}"):
        followup.save_notes(session, interview_id, other_ids[0], followup.NotesData("a", "b"))


def test_note_eml_parses_back(runtime: Runtime, settings: Settings) -> None:
    interview_id, ids = _interview(runtime)
    configured = settings.model_copy(update={"smtp_sender": "Sam Lee <sam@example.com>"})
    with runtime.session() as session:
        followup.draft_notes(session, interview_id, candidate_name="Sam Lee")
        name, data = followup.note_eml(session, interview_id, ids[0], configured, NOW)
        subject = followup.get_follow_up(session, interview_id, NOW).people[0].note.subject
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert name == "thank-you-priya-raman.eml"
    assert message["To"] == "priya@acme.example"
    assert message["From"] == "Sam Lee <sam@example.com>"
    assert message["Subject"] == subject
    assert PEOPLE[0][4] in message.get_body().get_content()


def test_note_eml_without_draft_explains(runtime: Runtime, settings: Settings) -> None:
    interview_id, ids = _interview(runtime)
    with runtime.session() as session, pytest.raises(RoundtwoError, match="no draft for Priya Raman"):
        followup.note_eml(session, interview_id, ids[0], settings, NOW)


def test_send_note_delivers_and_marks_sent(runtime: Runtime, settings: Settings, mailbox: Mailbox) -> None:
    interview_id, ids = _interview(runtime)
    with runtime.session() as session:
        followup.draft_notes(session, interview_id, candidate_name="Sam Lee")
        note = followup.send_note(session, interview_id, ids[0], _smtp(settings, mailbox.port), NOW)
        assert note.status == "sent" and note.sent_at == NOW
        [group] = followup.notes_due(session, NOW)
        assert "Priya Raman" not in [name for name, _ in group.people]
    [envelope] = mailbox.envelopes
    assert envelope.rcpt_tos == ["priya@acme.example"]
    assert envelope.mail_from == "sam@example.com"
    received = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert PEOPLE[0][4] in received.get_body().get_content()


@pytest.mark.parametrize(
    ("case", "message"),
    [
        pytest.param("not-configured", "ROUNDTWO_SMTP_HOST is not set", id="not-configured"),
        pytest.param("no-sender", "ROUNDTWO_SMTP_SENDER is not set", id="no-sender"),
        pytest.param("closed-port", "could not reach the SMTP server", id="closed-port"),
        pytest.param("refused", "refused the recipient", id="recipient-refused"),
        pytest.param("timeout", "did not answer within", id="timeout"),
        pytest.param("no-address", "no email address for Ada Park", id="no-address"),
        pytest.param("placeholder", "still holds", id="placeholder-left"),
    ],
)
def test_send_note_failure_keeps_the_draft(
    runtime: Runtime,
    settings: Settings,
    mailbox: Mailbox,
    silent_port: int,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    message: str,
) -> None:
    interview_id, ids = _interview(runtime)
    target = ids[0]
    configured = _smtp(settings, mailbox.port)
    with runtime.session() as session:
        followup.draft_notes(session, interview_id, candidate_name="Sam Lee")
        if case == "not-configured":
            configured = settings
        elif case == "no-sender":
            configured = _smtp(settings, mailbox.port, smtp_sender=None)
        elif case == "closed-port":
            configured = _smtp(settings, free_port())
        elif case == "refused":
            interviews.update_interviewer(
                session, interview_id, target, InterviewerData(name="Priya Raman", email=REFUSED)
            )
        elif case == "timeout":
            monkeypatch.setattr(followup, "SEND_TIMEOUT", 0.3)
            configured = _smtp(settings, silent_port)
        elif case == "no-address":
            target = ids[2]
        elif case == "placeholder":
            followup.draft_notes(session, interview_id, redraft=target)
        before = followup.get_follow_up(session, interview_id, NOW).people[ids.index(target)].note.body
    with runtime.session() as session:
        with pytest.raises(RoundtwoError, match=message) as caught:
            followup.send_note(session, interview_id, target, configured, NOW)
        assert "kept" in (caught.value.hint or "")
        entry = followup.get_follow_up(session, interview_id, NOW).people[ids.index(target)]
    assert entry.stage == "draft"
    assert entry.note.body == before
    assert entry.sent_at is None
    assert mailbox.envelopes == []
