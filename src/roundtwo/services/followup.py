"""After the interview: notes per interviewer, thank-you drafts, sending, what is due.

Each interviewer has at most one :class:`ThankYouNote` row holding the notes
taken right after the conversation (topics, one specific positive point) and
the draft built from them. A draft goes through ``draft`` to ``sent``; the
notes for one interview are due 24 hours after it ends (an hour after the
start is assumed when no end was given).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parseaddr
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from roundtwo.content.figures import figure
from roundtwo.errors import NotFound, RoundtwoError, ValidationFailed
from roundtwo.followup.due import DueStatus, due_status, thank_you_due
from roundtwo.followup.message import email_message, eml_bytes, mailto_link
from roundtwo.followup.phrasebook import load_phrasebook
from roundtwo.followup.smtp import SmtpSettings, send_message
from roundtwo.followup.thanks import NoteInput, count_words, draft_all
from roundtwo.services.forms import default_duration
from roundtwo.settings import Settings
from roundtwo.store.models import Interview, Interviewer, ThankYouNote

MAX_TOPICS = 2_000
MAX_POINT = 1_000
MAX_SUBJECT = 300  # the column's size
MAX_BODY = 20_000
#: Seconds to wait for the SMTP server to connect and to answer each command.
SEND_TIMEOUT = 10.0
#: Overdue notes stay on the dashboard this long past their deadline, then drop off.
SHOWN_OVERDUE = timedelta(days=7)

Stage = Literal["empty", "notes", "draft", "sent"]


@dataclass(frozen=True)
class NotesData:
    """What the candidate noted about one interviewer, validated."""

    topics: str
    positive_point: str


@dataclass(frozen=True)
class DraftData:
    """A draft as the user edited it, validated."""

    subject: str
    body: str


@dataclass(frozen=True)
class PersonFollowUp:
    """One interviewer's follow-up: the notes, the draft and where it stands."""

    person: Interviewer
    note: ThankYouNote | None
    stage: Stage
    overdue: bool
    word_count: int
    placeholders: tuple[str, ...]
    mailto: str | None

    @property
    def sent_at(self) -> datetime | None:
        return self.note.sent_at if self.note and self.stage == "sent" else None


@dataclass(frozen=True)
class FollowUp:
    """The follow-up of one interview: its deadline and every interviewer's note."""

    interview: Interview
    due: datetime | None
    timing: DueStatus | None
    people: list[PersonFollowUp]
    ended: bool

    @property
    def sent_count(self) -> int:
        return sum(1 for p in self.people if p.stage == "sent")

    @property
    def drafted_count(self) -> int:
        return sum(1 for p in self.people if p.stage in ("draft", "sent"))


@dataclass
class DueGroup:
    """The unsent thank-you notes of one interview, for the dashboard."""

    interview_id: int
    company: str
    role: str
    timezone: str
    due: datetime
    timing: DueStatus
    people: list[tuple[str, Stage]]


def word_band() -> tuple[int, int]:
    """The target length of a thank-you note in words (content/coaching.yaml)."""
    band = figure("thank_you_words")
    return int(band.low), int(band.high)


def parse_notes(form: Mapping[str, str]) -> NotesData:
    """Validate the notes form (``topics``, ``positive_point``); empty fields are allowed."""
    errors: dict[str, str] = {}
    topics = (form.get("topics") or "").strip()
    point = (form.get("positive_point") or "").strip()
    if len(topics) > MAX_TOPICS:
        errors["topics"] = f"The topics run to {len(topics):,} characters; keep them under {MAX_TOPICS:,}."
    if len(point) > MAX_POINT:
        errors["positive_point"] = (
            f"The positive point runs to {len(point):,} characters; one specific moment in "
            f"under {MAX_POINT:,} reads best."
        )
    if errors:
        raise ValidationFailed(errors)
    return NotesData(topics=topics, positive_point=point)


def parse_draft(form: Mapping[str, str]) -> DraftData:
    """Validate an edited draft (``subject``, ``body``): both required, both bounded."""
    errors: dict[str, str] = {}
    subject = " ".join((form.get("subject") or "").split())
    body = (form.get("body") or "").replace("\r\n", "\n").strip()
    if not subject:
        errors["subject"] = "Write a subject line."
    elif len(subject) > MAX_SUBJECT:
        errors["subject"] = f"The subject is {len(subject):,} characters; the limit is {MAX_SUBJECT}."
    if not body:
        errors["body"] = "The note is empty; write it or draft it from your notes."
    elif len(body) > MAX_BODY:
        errors["body"] = f"The note is {len(body):,} characters; the limit is {MAX_BODY:,}. Shorten it."
    if errors:
        raise ValidationFailed(errors)
    return DraftData(subject=subject, body=body)


def topic_list(topics: str) -> list[str]:
    """The topics typed one per line (or separated by ;) as a list, bullets removed."""
    items = (re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", part).strip() for part in re.split(r"[\n;]", topics))
    return [item for item in items if item]


def due_at(interview: Interview) -> datetime | None:
    """When the interview's thank-you notes are due, in its zone; None without a date."""
    end = _end(interview)
    return thank_you_due(end.astimezone(ZoneInfo(interview.timezone))) if end else None


def _end(interview: Interview) -> datetime | None:
    if interview.starts_at is None:
        return None
    return interview.ends_at or interview.starts_at + default_duration()


def follow_up(interview: Interview, now: datetime) -> FollowUp:
    """The follow-up state of a loaded interview at ``now``.

    Each interviewer's stage is ``empty`` (nothing yet), ``notes``, ``draft``
    or ``sent``; an unsent note past the deadline is overdue. The interview's
    timing is ``sent`` once every note went out (measured at the last one).
    """
    due = due_at(interview)
    end = _end(interview)
    people = [_person_follow_up(person, due, now) for person in interview.interviewers]
    timing = None
    if due is not None:
        sent = [p.sent_at for p in people if p.sent_at is not None]
        everyone = bool(people) and len(sent) == len(people)
        timing = due_status(due, now, sent_at=max(sent) if everyone else None)
    return FollowUp(
        interview=interview, due=due, timing=timing, people=people, ended=end is not None and end <= now
    )


def _person_follow_up(person: Interviewer, due: datetime | None, now: datetime) -> PersonFollowUp:
    note = person.thank_you
    stage = _stage(note)
    body = note.body if note else ""
    mailto = None
    if note and note.body:
        try:
            mailto = mailto_link(person.email, note.subject, note.body)
        except RoundtwoError:
            mailto = None
    return PersonFollowUp(
        person=person,
        note=note,
        stage=stage,
        overdue=stage != "sent" and due is not None and now > due,
        word_count=count_words(body),
        placeholders=placeholders_in(body) if stage == "draft" else (),
        mailto=mailto,
    )


def _stage(note: ThankYouNote | None) -> Stage:
    if note is None:
        return "empty"
    if note.status == "sent":
        return "sent"
    if note.body.strip():
        return "draft"
    return "notes" if note.topics.strip() or note.positive_point.strip() else "empty"


def placeholders_in(body: str) -> tuple[str, ...]:
    """The [bracketed] placeholders of a generated draft still left in ``body``."""
    return tuple(p for p in load_phrasebook().placeholders.values() if p in body)


def get_follow_up(session: Session, interview_id: int, now: datetime) -> FollowUp:
    """The follow-up of interview ``interview_id``; a missing one raises NotFound."""
    return follow_up(_load(session, interview_id), now)


def _load(session: Session, interview_id: int) -> Interview:
    interview = session.scalars(
        select(Interview)
        .where(Interview.id == interview_id)
        .options(selectinload(Interview.interviewers).selectinload(Interviewer.thank_you))
        .execution_options(populate_existing=True)
    ).one_or_none()
    if interview is None:
        raise NotFound(f"there is no interview {interview_id}.", hint="Pick one from the dashboard.")
    return interview


def _person(session: Session, interview_id: int, interviewer_id: int) -> Interviewer:
    person = session.get(Interviewer, interviewer_id, options=[selectinload(Interviewer.thank_you)])
    if person is None or person.interview_id != interview_id:
        raise NotFound(
            f"there is no interviewer {interviewer_id} on interview {interview_id}.",
            hint="Open the interview's follow-up page again.",
        )
    return person


def _note(person: Interviewer) -> ThankYouNote:
    if person.thank_you is None:
        # Column defaults apply only at flush; set them so the new row reads like a stored one.
        person.thank_you = ThankYouNote(
            interviewer_id=person.id, topics="", positive_point="", subject="", body="", status="draft"
        )
    return person.thank_you


def save_notes(session: Session, interview_id: int, interviewer_id: int, data: NotesData) -> ThankYouNote:
    """Keep what the candidate noted about one interviewer; the draft is left as it is."""
    note = _note(_person(session, interview_id, interviewer_id))
    note.topics = data.topics
    note.positive_point = data.positive_point
    session.commit()
    return note


def draft_notes(
    session: Session, interview_id: int, *, candidate_name: str = "", redraft: int | None = None
) -> list[ThankYouNote]:
    """Draft a thank-you note for every interviewer who has none yet.

    Drafts are built together (``draft_all``) so each person's reads
    differently; a draft already written or edited is kept, unless its
    interviewer is ``redraft``; sent notes are never touched. Returns the
    notes that changed. No interviewers raises :class:`RoundtwoError`.
    """
    interview = _load(session, interview_id)
    people = list(interview.interviewers)
    if not people:
        raise RoundtwoError(
            "this interview has no interviewers yet, so there is no one to thank.",
            hint="Add the people you met on the interview page, then draft the notes.",
        )
    if redraft is not None and redraft not in {p.id for p in people}:
        raise NotFound(f"there is no interviewer {redraft} on interview {interview_id}.")
    zone = ZoneInfo(interview.timezone)
    day = interview.starts_at.astimezone(zone).date() if interview.starts_at else None
    inputs = [
        NoteInput(
            interviewer_name=p.name,
            interviewer_title=p.title,
            interviewer_kind=p.kind,
            company=interview.company,
            role=interview.role,
            candidate_name=" ".join(candidate_name.split())[:200],
            topics=topic_list(p.thank_you.topics) if p.thank_you else [],
            positive_point=p.thank_you.positive_point if p.thank_you else "",
            interview_date=day,
        )
        for p in people
    ]
    changed = []
    for person, draft in zip(people, draft_all(inputs), strict=True):
        note = _note(person)
        if note.status == "sent" or (note.body.strip() and person.id != redraft):
            continue
        note.subject = draft.subject[:MAX_SUBJECT]
        note.body = draft.body
        note.status = "draft"
        changed.append(note)
    session.commit()
    return changed


def signature_name(people: Sequence[PersonFollowUp], settings: Settings) -> str:
    """The name to sign drafts with: the last line of a draft, else the sender's display name."""
    for entry in people:
        if entry.note and entry.note.body.strip():
            last = entry.note.body.strip().splitlines()[-1].strip()
            if 0 < len(last) <= 80 and not placeholders_in(last):
                return last
    return parseaddr(settings.smtp_sender or "")[0]


def save_draft(session: Session, interview_id: int, interviewer_id: int, data: DraftData) -> ThankYouNote:
    """Keep the user's edit of one draft; a sent note cannot be edited."""
    person = _person(session, interview_id, interviewer_id)
    note = _note(person)
    _refuse_if_sent(note, person)
    note.subject = data.subject
    note.body = data.body
    note.status = "draft"
    session.commit()
    return note


def _refuse_if_sent(note: ThankYouNote, person: Interviewer) -> None:
    if note.status == "sent":
        when = f" on {note.sent_at:%d %b %Y at %H:%M} UTC" if note.sent_at else ""
        raise RoundtwoError(
            f"the note to {person.name} was already marked as sent{when}.",
            hint="Mark it as not sent first if it did not go out.",
            status=409,
        )


def mark_sent(session: Session, interview_id: int, interviewer_id: int, now: datetime) -> ThankYouNote:
    """Record that the note to this interviewer went out at ``now``."""
    note = _note(_person(session, interview_id, interviewer_id))
    if note.status != "sent":
        note.status = "sent"
        note.sent_at = now
        session.commit()
    return note


def mark_unsent(session: Session, interview_id: int, interviewer_id: int) -> ThankYouNote:
    """Undo :func:`mark_sent`: the note becomes a draft again."""
    note = _note(_person(session, interview_id, interviewer_id))
    note.status = "draft"
    note.sent_at = None
    session.commit()
    return note


def note_eml(
    session: Session, interview_id: int, interviewer_id: int, settings: Settings, now: datetime
) -> tuple[str, bytes]:
    """The saved draft as an .eml file: its name and its bytes.

    From is the configured sender (left out when none), To the interviewer's
    address (left out when unknown, for the mail program to complete). An
    empty draft raises :class:`RoundtwoError`.
    """
    person = _person(session, interview_id, interviewer_id)
    note = person.thank_you
    if note is None or not note.body.strip():
        raise RoundtwoError(
            f"there is no draft for {person.name} yet.",
            hint="Draft the thank-you notes on the follow-up page first.",
        )
    data = eml_bytes(settings.smtp_sender or None, person.email, note.subject, note.body, date=now)
    slug = "-".join(re.findall(r"[a-z0-9]+", person.name.lower())) or str(person.id)
    return f"thank-you-{slug}.eml", data


def smtp_settings(settings: Settings) -> SmtpSettings | None:
    """The SMTP server to send through, or None when none is configured."""
    if not (settings.smtp_host or "").strip():
        return None
    return SmtpSettings(
        host=settings.smtp_host or "",
        port=settings.smtp_port,
        username=settings.smtp_username,
        password_env=settings.smtp_password_env,
        starttls=settings.smtp_starttls,
        timeout=SEND_TIMEOUT,
    )


def send_note(
    session: Session, interview_id: int, interviewer_id: int, settings: Settings, now: datetime
) -> ThankYouNote:
    """Send the saved draft through the configured SMTP server and mark it sent.

    Anything that stops the sending (no server or sender configured, no
    address for the interviewer, placeholders left in the draft, the server
    refusing or not answering) raises :class:`RoundtwoError`; the draft is
    then left exactly as it was.
    """
    server = smtp_settings(settings)
    if server is None or not (settings.smtp_sender or "").strip():
        missing = "ROUNDTWO_SMTP_HOST" if server is None else "ROUNDTWO_SMTP_SENDER"
        raise RoundtwoError(
            f"sending needs an SMTP server and a sender address; {missing} is not set.",
            hint="Set ROUNDTWO_SMTP_HOST and ROUNDTWO_SMTP_SENDER, or download the .eml instead. "
            "The draft is kept.",
            status=409,
        )
    person = _person(session, interview_id, interviewer_id)
    note = person.thank_you
    if note is None or not note.body.strip():
        raise RoundtwoError(f"there is no draft for {person.name} to send.", hint="Draft the notes first.")
    _refuse_if_sent(note, person)
    if not person.email:
        raise RoundtwoError(
            f"there is no email address for {person.name}.",
            hint="Add it on the interview page (Edit or remove), then send again. The draft is kept.",
            field="email",
        )
    left = placeholders_in(note.body)
    if left:
        raise RoundtwoError(
            f"the note to {person.name} still holds {', '.join(left)}.",
            hint="Replace the bracketed text with your own words, save, then send. The draft is kept.",
            field="body",
        )
    message = email_message(settings.smtp_sender, person.email, note.subject, note.body, date=now)
    send_message(message, server)
    note.status = "sent"
    note.sent_at = now
    session.commit()
    return note


def notes_due(session: Session, now: datetime) -> list[DueGroup]:
    """Unsent thank-you notes of interviews that are over, soonest deadline first.

    An interview counts once it has ended and until its deadline is more
    than :data:`SHOWN_OVERDUE` past; a note marked sent is no longer listed.
    """
    horizon = now - SHOWN_OVERDUE - timedelta(days=2)
    rows = session.execute(
        select(Interview, Interviewer, ThankYouNote)
        .join(Interviewer, Interviewer.interview_id == Interview.id)
        .outerjoin(ThankYouNote, ThankYouNote.interviewer_id == Interviewer.id)
        .where(Interview.starts_at.is_not(None), Interview.starts_at <= now, Interview.starts_at >= horizon)
        .order_by(Interview.starts_at, Interview.id, Interviewer.position, Interviewer.id)
    ).all()
    groups: dict[int, DueGroup] = {}
    for interview, person, note in rows:
        due = due_at(interview)
        if due is None or now - due > SHOWN_OVERDUE:
            continue
        end = _end(interview)
        stage = _stage(note)
        if end is None or end > now or stage == "sent":
            continue
        group = groups.get(interview.id)
        if group is None:
            group = groups[interview.id] = DueGroup(
                interview.id,
                interview.company,
                interview.role,
                interview.timezone,
                due,
                due_status(due, now),
                [],
            )
        group.people.append((person.name, stage))
    return sorted(groups.values(), key=lambda g: (g.due, g.interview_id))
