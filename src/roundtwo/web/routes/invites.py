"""Paste an invitation: read it, let the user review the prefilled interview, then create it."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from roundtwo.errors import RoundtwoError, ValidationFailed
from roundtwo.services import clock, invites
from roundtwo.web.deps import SessionDep, SettingsDep
from roundtwo.web.routes._forms import MAX_FIELD_BYTES, read_form

router = APIRouter(prefix="/interviews")


def _render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, template, context, status_code=status
    )
    return response


def _render_import(request: Request, email: str, errors: dict[str, str], status: int = 200) -> HTMLResponse:
    return _render(request, "invite_import.html", {"values": {"email": email}, "errors": errors}, status)


def _render_review(
    request: Request, draft: invites.Prefill, errors: dict[str, str], status: int = 200
) -> HTMLResponse:
    # A blank row for someone the email did not name; it is marked when nobody was found.
    people = list(draft.people)
    if not people or not any(invites.is_blank(row) for row in people):
        people.append(dict.fromkeys((*invites.PERSON_FIELDS, "drop"), "") | {"kind": "other"})
    context = {
        "values": draft.values,
        "people": people,
        "missing": draft.missing,
        "source": draft.source,
        "errors": errors,
    }
    return _render(request, "invite_review.html", context, status)


@router.get("/import", response_class=HTMLResponse, name="new_invite_import")
def new_invite_import(request: Request) -> HTMLResponse:
    return _render_import(request, "", {})


@router.post("/import", response_class=HTMLResponse, name="create_invite_review")
async def create_invite_review(request: Request, settings: SettingsDep) -> HTMLResponse:
    """Read the pasted email or the uploaded .eml and show the prefilled form; nothing is saved."""
    # The context closes the uploaded file's spool once it is read.
    async with request.form(max_part_size=MAX_FIELD_BYTES) as form:
        pasted = form.get("email")
        email = pasted if isinstance(pasted, str) else ""
        upload = form.get("eml")
        data = await upload.read() if isinstance(upload, UploadFile) and upload.filename else None
    try:
        if data is not None:
            email = invites.read_upload(data)
        zone = clock.local_zone_name(settings)
        today = clock.now().astimezone(ZoneInfo(zone)).date()
        draft = invites.prefill(email, today=today, zone=zone)
    except ValidationFailed as exc:
        return _render_import(request, email, exc.errors, status=422)
    except RoundtwoError as exc:
        message = f"{exc.message[:1].upper()}{exc.message[1:]} {exc.hint or ''}".strip()
        return _render_import(request, email, {exc.field or "email": message}, status=422)
    return _render_review(request, draft, {})


@router.post("/import/confirm", name="create_invite_interview")
async def create_invite_interview(request: Request, session: SessionDep) -> Response:
    """Create the interview and its interviewers from the reviewed form."""
    form, lists = await read_form(request, "formats")
    people = invites.people_rows(form)
    try:
        interview = invites.create_from_review(session, form, lists["formats"], people)
    except ValidationFailed as exc:
        values: dict[str, Any] = {**form, "formats": lists["formats"]}
        missing = set((form.get("missing") or "").split())
        draft = invites.Prefill(
            values=values,
            people=people,
            missing=missing,
            source=form.get("source", ""),
        )
        return _render_review(request, draft, exc.errors, status=422)
    return RedirectResponse(f"/interviews/{interview.id}", status_code=303)
