"""The questions to ask each interviewer: add, edit, reorder, remove, suggest.

The plan per person itself is built by routes/interviews.py for the
interview page, which includes ``_person_plan.html`` once per interviewer.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from roundtwo.errors import ValidationFailed
from roundtwo.services import asks, interviews
from roundtwo.web.deps import SessionDep
from roundtwo.web.routes._forms import read_form
from roundtwo.web.routes.interviews import render_interview_page

router = APIRouter(prefix="/interviews/{interview_id}/interviewers/{person_id}/asks")


def _back(interview_id: int, person_id: int) -> RedirectResponse:
    return RedirectResponse(f"/interviews/{interview_id}#asks-{person_id}", status_code=303)


def _refuse(
    request: Request,
    session: Session,
    interview_id: int,
    person_id: int,
    ask_id: int | None,
    text: str,
    exc: ValidationFailed,
) -> Response:
    """The interview page again, with the message beside the field and the typed text kept."""
    interview = interviews.get_interview(session, interview_id)
    form: dict[str, Any] = {"person": person_id, "ask": ask_id, "text": text, "error": exc.errors["text"]}
    return render_interview_page(request, session, interview, status=422, ask_form=form)


@router.post("", name="create_ask")
async def create_ask(request: Request, interview_id: int, person_id: int, session: SessionDep) -> Response:
    form, _ = await read_form(request)
    text = form.get("text", "")
    try:
        asks.add_ask(session, interview_id, person_id, text)
    except ValidationFailed as exc:
        session.rollback()
        return _refuse(request, session, interview_id, person_id, None, text, exc)
    return _back(interview_id, person_id)


@router.post("/suggestions", name="create_ask_suggestions")
def create_ask_suggestions(interview_id: int, person_id: int, session: SessionDep) -> Response:
    asks.add_suggestions(session, interview_id, person_id)
    return _back(interview_id, person_id)


@router.post("/{ask_id:int}", name="update_ask")
async def update_ask(
    request: Request, interview_id: int, person_id: int, ask_id: int, session: SessionDep
) -> Response:
    form, _ = await read_form(request)
    text = form.get("text", "")
    try:
        asks.update_ask(session, interview_id, person_id, ask_id, text)
    except ValidationFailed as exc:
        session.rollback()
        return _refuse(request, session, interview_id, person_id, ask_id, text, exc)
    return _back(interview_id, person_id)


@router.post("/{ask_id:int}/move", name="move_ask")
async def move_ask(
    request: Request, interview_id: int, person_id: int, ask_id: int, session: SessionDep
) -> Response:
    form, _ = await read_form(request)
    asks.move_ask(session, interview_id, person_id, ask_id, form.get("direction", ""))
    return _back(interview_id, person_id)


@router.post("/{ask_id:int}/delete", name="delete_ask")
def delete_ask(interview_id: int, person_id: int, ask_id: int, session: SessionDep) -> Response:
    asks.delete_ask(session, interview_id, person_id, ask_id)
    return _back(interview_id, person_id)
