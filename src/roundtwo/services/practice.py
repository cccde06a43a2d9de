"""Mock interviews kept in the database: start, answer, skip, finish, resume, history.

The engine (:mod:`roundtwo.practice`) holds a session as a plain state dict;
this module stores that state on :class:`PracticeSession` and every answered
prompt as a :class:`PracticeTurn`, both in one transaction, so a crash or a
refused answer loses nothing and a session reopened later resumes exactly
where it stopped. Finishing stores the scorecard and moves each bank
question's spaced-repetition review (:class:`QuestionReview`).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from roundtwo.coach.validation import MAX_ANSWER_CHARS
from roundtwo.content.vocabulary import FORMATS, ROLE_FAMILIES
from roundtwo.errors import NotFound, RoundtwoError, ValidationFailed
from roundtwo.practice import (
    InterviewSetup,
    Prompt,
    Review,
    company_facts,
    resume_session,
    schedule_review,
    start_session,
)
from roundtwo.practice import Session as MockSession
from roundtwo.practice.scorecard import ATTRIBUTES, turn_score
from roundtwo.read.questions import load_bank
from roundtwo.store.models import Interview, PracticeSession, PracticeTurn, QuestionReview

FEEDBACK_MODES = ("each", "end")
#: The seed is stored in a 32-bit integer column.
MAX_SEED = 2**31 - 1
#: An answer timed longer than this was left open, not spoken: its time is not kept.
MAX_TIMED_SECONDS = 60 * 60
_ACTIVE, _FINISHED = "active", "finished"


@dataclass
class StartData:
    """A validated start form. ``format`` None: the interview's first format."""

    format: str | None
    role_family: str | None = None
    interview_id: int | None = None
    feedback_mode: str = "each"
    seed: int | None = None


@dataclass
class Room:
    """A stored session and its engine, resumed: what the practice room shows.

    ``interview`` names the stored interview it rehearses ("Company — role"), if any.
    """

    record: PracticeSession
    mock: MockSession
    interview: str | None = None

    @property
    def prompt(self) -> Prompt | None:
        """The prompt waiting for an answer; None once every prompt is answered or the session ended."""
        return None if self.finished else self.mock.prompt

    @property
    def finished(self) -> bool:
        return self.record.status == _FINISHED

    @property
    def last_turn(self) -> dict[str, Any] | None:
        """The most recent answered (or skipped) prompt, or None before the first answer."""
        turns = self.mock.turns
        return turns[-1] if turns else None

    @property
    def scorecard(self) -> dict[str, Any]:
        """The stored scorecard once finished, else the scorecard so far."""
        return self.record.scorecard or self.mock.scorecard()


@dataclass
class SessionSummary:
    """One line of the session list."""

    id: int
    format: str
    role_family: str
    feedback_mode: str
    status: str
    started_at: datetime
    finished_at: datetime | None
    interview_id: int | None
    interview: str | None
    answered: int
    main_reached: int
    main_total: int
    overall: int | None

    @property
    def resumable(self) -> bool:
        return self.status == _ACTIVE


@dataclass
class TrendPoint:
    """One finished session on the history chart: its overall score and the four attributes."""

    session_id: int
    finished_at: datetime
    format: str
    overall: int
    attributes: dict[str, int] = field(default_factory=dict)


class StalePrompt(RoundtwoError):
    """An answer sent for a prompt that is no longer the current one (a double submit, an old tab)."""

    def __init__(self, sent: int, current: int) -> None:
        super().__init__(
            f"your answer was for prompt {sent}, but this session is now at prompt {current}.",
            hint="Nothing was saved from it; the current prompt is below and your text is kept in the box.",
            status=409,
            field="answer",
        )


# --- the start form ----------------------------------------------------------------


def parse_start(form: Mapping[str, str]) -> StartData:
    """Validate the start form (``format``, ``role_family``, ``interview``, ``feedback``, ``seed``).

    Every bad field is reported at once in :class:`ValidationFailed`. A blank
    format is allowed only with an interview (its own format is then used); a
    blank role family means any role (or the interview's); a blank seed draws
    one at start.
    """
    fmt, role, interview, seed_text = (_text(form, n) for n in ("format", "role_family", "interview", "seed"))
    feedback = _text(form, "feedback") or "each"
    errors: dict[str, str] = {}
    if fmt and fmt not in FORMATS:
        errors["format"] = f"Unknown format “{_clip(fmt)}”; choose one of: {', '.join(FORMATS)}."
    elif not fmt and not interview:
        errors["format"] = "Choose a format, or one of your interviews to practise its format."
    if role and role not in ROLE_FAMILIES:
        errors["role_family"] = f"Unknown role family “{_clip(role)}”; pick one from the list, or any role."
    if interview and not _whole(interview):
        errors["interview"] = f"“{_clip(interview)}” is not one of your interviews; pick one from the list."
    if feedback not in FEEDBACK_MODES:
        errors["feedback"] = f"Unknown feedback mode “{_clip(feedback)}”; choose one of: each, end."
    if seed_text and not _whole(seed_text):
        errors["seed"] = f"Give a whole number from 0 to {MAX_SEED:,}, or leave the seed blank."
    if errors:
        raise ValidationFailed(errors)
    return StartData(
        fmt or None,
        role or None,
        int(interview) if interview else None,
        feedback,
        int(seed_text) if seed_text else None,
    )


def interview_choices(session: Session) -> list[tuple[int, str, list[str]]]:
    """Every stored interview as (id, "Company — role", formats), latest created first."""
    rows = session.execute(
        select(Interview.id, Interview.company, Interview.role, Interview.formats).order_by(
            Interview.created_at.desc(), Interview.id.desc()
        )
    )
    return [(row.id, f"{row.company} — {row.role}", list(row.formats or [])) for row in rows]


def interview_setup(interview: Interview) -> InterviewSetup:
    """A stored interview as the engine's :class:`InterviewSetup` (people in schedule order)."""
    return InterviewSetup(
        company=company_facts(
            interview.company,
            interview.company_mission,
            interview.company_products,
            interview.company_competitors,
        ),
        job_description=interview.job_description or "",
        interviewers=tuple(
            {"name": person.name, "title": person.title, "kind": person.kind}
            for person in interview.interviewers
        ),
        formats=tuple(interview.formats or ()),
        preparation=interview.preparation or "",
        role_title=interview.role or "",
    )


# --- the session -------------------------------------------------------------------


def start_practice(session: Session, data: StartData, now: datetime) -> PracticeSession:
    """Start and store a mock interview; the questions due for review come first.

    With an interview, its people, job description, company facts and
    preparation note shape the session, and a blank format takes its first
    format. An unknown interview, or one with no format when none was given,
    raises :class:`ValidationFailed` on that field.
    """
    interview = None
    if data.interview_id is not None:
        interview = session.get(Interview, data.interview_id)
        if interview is None:
            raise ValidationFailed(
                {"interview": f"There is no interview {data.interview_id}; pick one from the list."}
            )
    fmt = data.format
    if fmt is None:
        known = [f for f in (interview.formats if interview else None) or [] if f in FORMATS]
        if not known:
            raise ValidationFailed({"format": "That interview names no format yet; choose one here."})
        fmt = known[0]
    seed = data.seed if data.seed is not None else secrets.randbelow(1_000_000)
    mock = start_session(
        fmt,
        role=data.role_family,
        seed=seed,
        interview=interview_setup(interview) if interview is not None else None,
        reviews=_reviews(session),
        now=now,
    )
    state = mock.to_state()
    record = PracticeSession(
        interview_id=interview.id if interview is not None else None,
        format=fmt,
        role_family=state.get("role") or "",
        seed=seed,
        feedback_mode=data.feedback_mode,
        status=_ACTIVE,
        state=state,
        started_at=now,
    )
    session.add(record)
    session.commit()
    return record


def get_room(session: Session, practice_id: int) -> Room:
    """The stored session ``practice_id``, resumed. Unknown id: NotFound."""
    record = session.get(PracticeSession, practice_id)
    if record is None:
        raise _not_found(practice_id)
    return _room(session, record)


def submit_answer(
    session: Session,
    practice_id: int,
    text: str,
    now: datetime,
    *,
    number: int | None = None,
    seconds: int | None = None,
) -> Room:
    """Record ``text`` as the answer to the current prompt; a blank answer skips it.

    ``number`` is the prompt number the answer was written for: a different
    current prompt raises :class:`StalePrompt` and nothing changes.
    ``seconds`` is the answer time measured by the page; without it the time
    since the previous answer counts, when under an hour. The turn and the
    engine's state are stored in one transaction; after the last prompt the
    session finishes (scorecard and reviews stored). A finished session,
    an answer over the reader's length limit, or one the reader refuses
    raise RoundtwoError (``field="answer"``) with the session unchanged.
    """
    room = _open_room(session, practice_id)
    if len(text) > MAX_ANSWER_CHARS:
        raise RoundtwoError(
            f"the answer is {len(text):,} characters long; the limit is {MAX_ANSWER_CHARS:,}.",
            hint="Paste the answer you would say aloud, not a whole document. Nothing was saved.",
            status=422,
            field="answer",
        )
    prompt = room.mock.prompt
    if prompt is None:  # every prompt answered, but not yet marked finished
        _finish(session, room, now)
        session.commit()
        raise _finished_error(practice_id)
    if number is not None and number != prompt.number:
        raise StalePrompt(number, prompt.number)
    try:
        turn = room.mock.answer(text)
    except RoundtwoError as exc:
        raise RoundtwoError(exc.message, hint=exc.hint, status=422, field="answer") from None
    session.add(
        PracticeTurn(
            session_id=room.record.id,
            position=turn["number"],
            interviewer=turn["interviewer"][:200],
            kind=turn["kind"],
            type=turn["type"],
            question_id=(turn["question_id"] or "")[:64],
            category=turn["category"] or "",
            text=turn["text"],
            answer=turn["answer"],
            skipped=turn["skipped"],
            score=None if turn["skipped"] else turn_score(turn),
            analysis=turn["analysis"],
            seconds=_answer_seconds(session, room.record, seconds, now),
            answered_at=now,
        )
    )
    room.record.state = room.mock.to_state()
    if room.mock.finished:
        _finish(session, room, now)
    session.commit()
    return room


def skip_prompt(session: Session, practice_id: int, now: datetime, *, number: int | None = None) -> Room:
    """Skip the current prompt: stored as a skipped turn, noted on the scorecard, no follow-up."""
    return submit_answer(session, practice_id, "", now, number=number)


def finish_practice(session: Session, practice_id: int, now: datetime) -> Room:
    """End the session now and store its scorecard; prompts not reached stay unasked.

    Finishing a finished session changes nothing.
    """
    room = get_room(session, practice_id)
    if not room.finished:
        room.mock.finish()
        _finish(session, room, now)
        session.commit()
    return room


def list_sessions(session: Session) -> list[SessionSummary]:
    """Every stored session, latest started first, with its progress and overall score."""
    rows = session.execute(
        select(PracticeSession, Interview.company, Interview.role)
        .outerjoin(Interview, PracticeSession.interview_id == Interview.id)
        .order_by(PracticeSession.started_at.desc(), PracticeSession.id.desc())
    )
    summaries = []
    for record, company, role in rows:
        state = record.state or {}
        turns = state.get("turns", [])
        card = record.scorecard or {}
        summaries.append(
            SessionSummary(
                id=record.id,
                format=record.format,
                role_family=record.role_family,
                feedback_mode=record.feedback_mode,
                status=record.status,
                started_at=record.started_at,
                finished_at=record.finished_at,
                interview_id=record.interview_id,
                interview=f"{company} — {role}" if company is not None else None,
                answered=sum(1 for t in turns if not t.get("skipped")),
                main_reached=len({t.get("main") for t in turns}),
                main_total=len(state.get("plan", [])),
                overall=card.get("overall") if record.status == _FINISHED else None,
            )
        )
    return summaries


def history_trends(session: Session) -> list[TrendPoint]:
    """Overall score and the four attributes of each finished session, oldest first.

    Sessions finished without a single answer are left out: their attributes
    measure nothing. No finished sessions give ``[]``.
    """
    rows = session.scalars(
        select(PracticeSession)
        .where(PracticeSession.status == _FINISHED)
        .order_by(PracticeSession.finished_at, PracticeSession.id)
    )
    points = []
    for record in rows:
        card = record.scorecard or {}
        if not card.get("answered") or record.finished_at is None:
            continue
        attributes = card.get("attributes", {})
        points.append(
            TrendPoint(
                session_id=record.id,
                finished_at=record.finished_at,
                format=record.format,
                overall=int(card.get("overall", 0)),
                attributes={a: int(attributes.get(a, 0)) for a in ATTRIBUTES},
            )
        )
    return points


# --- helpers -----------------------------------------------------------------------


def _text(form: Mapping[str, str], name: str) -> str:
    return (form.get(name) or "").strip()


def _whole(text: str) -> bool:
    """True for a whole number that fits the database's 32-bit integer columns."""
    return text.isdigit() and int(text) <= MAX_SEED


def _clip(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _finished_error(practice_id: int) -> RoundtwoError:
    return RoundtwoError(
        f"practice session {practice_id} is finished and takes no more answers.",
        hint=f"Read its scorecard at /practice/{practice_id}/scorecard, or start a new session.",
        status=409,
    )


def _open_room(session: Session, practice_id: int) -> Room:
    """The session, locked for the update on PostgreSQL (two submits cannot both append a turn)."""
    record = session.scalars(
        select(PracticeSession).where(PracticeSession.id == practice_id).with_for_update()
    ).first()
    if record is None:
        raise _not_found(practice_id)
    if record.status == _FINISHED:
        raise _finished_error(practice_id)
    return _room(session, record)


def _room(session: Session, record: PracticeSession) -> Room:
    label = None
    if record.interview_id is not None:
        row = session.execute(
            select(Interview.company, Interview.role).where(Interview.id == record.interview_id)
        ).first()
        label = f"{row.company} — {row.role}" if row is not None else None
    return Room(record, resume_session(record.state), label)


def _not_found(practice_id: int) -> NotFound:
    return NotFound(f"there is no practice session {practice_id}.", hint="Pick one from the practice page.")


def _answer_seconds(
    session: Session, record: PracticeSession, given: int | None, now: datetime
) -> int | None:
    if given is not None:
        return given if 0 <= given <= MAX_TIMED_SECONDS else None
    previous = session.scalar(
        select(PracticeTurn.answered_at)
        .where(PracticeTurn.session_id == record.id)
        .order_by(PracticeTurn.position.desc())
        .limit(1)
    )
    elapsed = (now - (previous or record.started_at)).total_seconds()
    return round(elapsed) if 0 <= elapsed <= MAX_TIMED_SECONDS else None


def _finish(session: Session, room: Room, now: datetime) -> None:
    card = room.mock.scorecard()
    record = room.record
    record.state = room.mock.to_state()
    record.scorecard = card
    record.status = _FINISHED
    record.finished_at = now
    _update_reviews(session, card["question_scores"], now)


def _reviews(session: Session) -> dict[str, Review]:
    return {
        r.question_id: Review(r.box, r.last_score, r.due_at) for r in session.scalars(select(QuestionReview))
    }


def _bank_ids() -> frozenset[str]:
    return frozenset(q.id for q in load_bank())


def _update_reviews(session: Session, scores: Mapping[str, int | None], now: datetime) -> None:
    """Move each bank question asked to its next Leitner box (a brief's follow-ups are not in the bank)."""
    ids = sorted(qid for qid in scores if qid in _bank_ids())
    if not ids:
        return
    existing = {
        r.question_id: r
        for r in session.scalars(select(QuestionReview).where(QuestionReview.question_id.in_(ids)))
    }
    for qid in ids:
        row = existing.get(qid)
        previous = Review(row.box, row.last_score, row.due_at) if row is not None else None
        review = schedule_review(previous, scores[qid], now)
        if row is None:
            row = QuestionReview(question_id=qid, times_asked=0)
            session.add(row)
        row.box, row.last_score, row.due_at = review.box, review.last_score, review.due_at
        row.times_asked = (row.times_asked or 0) + 1


def question_reviews(session: Session, ids: Sequence[str]) -> dict[str, QuestionReview]:
    """The stored spaced-repetition reviews of the questions ``ids``, by question id."""
    query = select(QuestionReview).where(QuestionReview.question_id.in_(list(ids)))
    return {r.question_id: r for r in session.scalars(query)}
