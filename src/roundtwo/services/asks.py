"""The questions the candidate plans to ask each interviewer: add, edit, order, remove.

A question the checker flags (pay, benefits, a generic one) is still saved:
the candidate decides, and the page shows the flag beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from roundtwo.content.vocabulary import KINDS
from roundtwo.errors import NotFound, RoundtwoError, ValidationFailed
from roundtwo.read.asks import load_asks, suggest_questions
from roundtwo.services.plan import company_facts, question_key, read_jd
from roundtwo.store.models import Interview, Interviewer, PlannedQuestion

#: Longest question to ask, in characters (the column holds 500).
MAX_ASK_CHARS = 500
#: How many suggestions one "add suggestions" adds at most.
SUGGESTIONS_PER_ADD = 3
DIRECTIONS = ("up", "down")


def _person(session: Session, interview_id: int, interviewer_id: int) -> Interviewer:
    person = session.get(Interviewer, interviewer_id)
    if person is None or person.interview_id != interview_id:
        raise NotFound(
            f"there is no interviewer {interviewer_id} on interview {interview_id}.",
            hint="Open the interview and pick one of its people.",
        )
    return person


def list_asks(session: Session, interview_id: int, interviewer_id: int) -> list[PlannedQuestion]:
    """The questions planned for one interviewer, in their order."""
    _person(session, interview_id, interviewer_id)
    return _ordered(session, interviewer_id)


def _ordered(session: Session, interviewer_id: int) -> list[PlannedQuestion]:
    query = (
        select(PlannedQuestion)
        .where(PlannedQuestion.interviewer_id == interviewer_id)
        .order_by(PlannedQuestion.position, PlannedQuestion.id)
    )
    return list(session.scalars(query))


def _get_ask(session: Session, interview_id: int, interviewer_id: int, ask_id: int) -> PlannedQuestion:
    _person(session, interview_id, interviewer_id)
    ask = session.get(PlannedQuestion, ask_id)
    if ask is None or ask.interviewer_id != interviewer_id:
        raise NotFound(f"there is no question {ask_id} planned for interviewer {interviewer_id}.")
    return ask


def check_ask_text(text: str, others: Sequence[str]) -> str:
    """``text`` tidied (spaces collapsed), or ValidationFailed on field ``text``.

    Refuses an empty question, one over :data:`MAX_ASK_CHARS` characters and
    one already in ``others`` (ignoring case, spacing and the final question
    mark).
    """
    tidy = " ".join((text or "").split())
    if not tidy:
        raise ValidationFailed({"text": "Write the question you want to ask."})
    if len(tidy) > MAX_ASK_CHARS:
        raise ValidationFailed(
            {"text": f"The question is {len(tidy):,} characters; keep it under {MAX_ASK_CHARS}."}
        )
    key = question_key(tidy)
    if any(question_key(other) == key for other in others):
        raise ValidationFailed({"text": "This question is already on the list for this interviewer."})
    return tidy


def add_ask(session: Session, interview_id: int, interviewer_id: int, text: str) -> PlannedQuestion:
    """Add a question at the end of one interviewer's list (validated by :func:`check_ask_text`)."""
    _person(session, interview_id, interviewer_id)
    existing = _ordered(session, interviewer_id)
    tidy = check_ask_text(text, [a.text for a in existing])
    ask = PlannedQuestion(interviewer_id=interviewer_id, text=tidy, position=len(existing))
    _renumber(existing)
    session.add(ask)
    session.commit()
    return ask


def update_ask(
    session: Session, interview_id: int, interviewer_id: int, ask_id: int, text: str
) -> PlannedQuestion:
    """Replace the text of one planned question; it keeps its place."""
    ask = _get_ask(session, interview_id, interviewer_id, ask_id)
    others = [a.text for a in _ordered(session, interviewer_id) if a.id != ask_id]
    ask.text = check_ask_text(text, others)
    session.commit()
    return ask


def delete_ask(session: Session, interview_id: int, interviewer_id: int, ask_id: int) -> None:
    """Remove one planned question; the rest close the gap."""
    ask = _get_ask(session, interview_id, interviewer_id, ask_id)
    session.delete(ask)
    session.flush()
    _renumber(_ordered(session, interviewer_id))
    session.commit()


def move_ask(session: Session, interview_id: int, interviewer_id: int, ask_id: int, direction: str) -> None:
    """Swap a planned question with its neighbour ``"up"`` or ``"down"``.

    Moving the first up or the last down changes nothing. Another direction
    raises RoundtwoError.
    """
    if direction not in DIRECTIONS:
        raise RoundtwoError(f"cannot move a question {direction!r}; use up or down.")
    ask = _get_ask(session, interview_id, interviewer_id, ask_id)
    ordered = _ordered(session, interviewer_id)
    index = ordered.index(ask)
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(ordered):
        ordered[index], ordered[other] = ordered[other], ordered[index]
        _renumber(ordered)
        session.commit()


def add_suggestions(
    session: Session, interview_id: int, interviewer_id: int, *, count: int = SUGGESTIONS_PER_ADD
) -> list[PlannedQuestion]:
    """Add up to ``count`` suggested questions for this interviewer.

    Suggestions suit the person's kind, the role family the job description
    points to and the company (slots filled from its fields); ones already on
    the list are skipped. Returns the questions added, possibly none when the
    suggestions for this kind are all there.
    """
    person = _person(session, interview_id, interviewer_id)
    interview = session.get(Interview, interview_id)
    assert interview is not None  # the interviewer belongs to it
    jd = read_jd(interview.job_description or "")
    kind = person.kind if person.kind in KINDS else "other"
    candidates = suggest_questions(
        kind, jd.role_family if jd else None, company_facts(interview), limit=len(load_asks())
    )
    existing = _ordered(session, interviewer_id)
    seen = {question_key(a.text) for a in existing}
    added: list[PlannedQuestion] = []
    for suggestion in candidates:
        if len(added) >= count:
            break
        text = " ".join(suggestion["text"].split())
        if question_key(text) in seen or len(text) > MAX_ASK_CHARS:
            continue
        seen.add(question_key(text))
        ask = PlannedQuestion(interviewer_id=interviewer_id, text=text, position=len(existing) + len(added))
        session.add(ask)
        added.append(ask)
    if added:
        _renumber(existing)
        session.commit()
    return added


def _renumber(ordered: Sequence[PlannedQuestion]) -> None:
    for position, ask in enumerate(ordered):
        if ask.position != position:
            ask.position = position
