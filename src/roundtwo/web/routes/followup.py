"""After the interview: notes per interviewer, thank-you drafts, export and sending."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from roundtwo.errors import RoundtwoError, ValidationFailed
from roundtwo.services import clock
from roundtwo.services import followup as service
from roundtwo.web.deps import SessionDep, SettingsDep
from roundtwo.web.page_cache import cached_page
from roundtwo.web.routes._forms import read_form

if TYPE_CHECKING:
    pass


router = APIRouter(prefix="/interviews")


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _page_url(interview_id: int, person_id: int | None = None) -> str:
    anchor = f"#person-{person_id}" if person_id is not None else ""
    return f"/interviews/{interview_id}/follow-up{anchor}"


def _render(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    interview_id: int,
    *,
    status: int = 200,
    **extra: Any,
) -> HTMLResponse:
    follow = service.get_follow_up(session, interview_id, clock.now())
    context: dict[str, Any] = {
        "interview": follow.interview,
        "fu": follow,
        "now": clock.now(),
        "words": service.word_band(),
        "can_send": service.smtp_settings(settings) is not None and bool(settings.smtp_sender),
        "signature": service.signature_name(follow.people, settings),
        "values_for": {},
        "errors_for": {},
        "send_errors": {},
        **extra,
    }
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, "followup.html", context, status_code=status
    )
    return response


@router.get("/{interview_id}/follow-up", response_class=HTMLResponse, name="read_follow_up")
def read_follow_up(
    request: Request, interview_id: int, session: SessionDep, settings: SettingsDep
) -> Response:
    return cached_page(request, session, lambda: _render(request, session, settings, interview_id))


@router.post("/{interview_id}/follow-up/drafts", name="create_thank_you_drafts")
async def create_thank_you_drafts(request: Request, interview_id: int, session: SessionDep) -> Response:
    form, _ = await read_form(request)
    service.draft_notes(session, interview_id, candidate_name=form.get("candidate_name", ""))
    return _see(_page_url(interview_id))


def _refuse(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    interview_id: int,
    person_id: int,
    form: dict[str, str],
    exc: ValidationFailed,
) -> Response:
    """The page again with one person's form as typed and its field messages (422)."""
    return _render(
        request,
        session,
        settings,
        interview_id,
        status=422,
        values_for={person_id: form},
        errors_for={person_id: exc.errors},
    )


@router.post("/{interview_id}/follow-up/{person_id}/notes", name="update_thank_you_notes")
async def update_thank_you_notes(
    request: Request, interview_id: int, person_id: int, session: SessionDep, settings: SettingsDep
) -> Response:
    form, _ = await read_form(request)
    try:
        data = service.parse_notes(form)
    except ValidationFailed as exc:
        return _refuse(request, session, settings, interview_id, person_id, form, exc)
    service.save_notes(session, interview_id, person_id, data)
    if form.get("redraft"):
        # Signed like the drafts already written (or with the sender's name).
        people = service.get_follow_up(session, interview_id, clock.now()).people
        name = service.signature_name(people, settings)
        service.draft_notes(session, interview_id, candidate_name=name, redraft=person_id)
    return _see(_page_url(interview_id, person_id))


@router.post("/{interview_id}/follow-up/{person_id}/draft", name="update_thank_you_draft")
async def update_thank_you_draft(
    request: Request, interview_id: int, person_id: int, session: SessionDep, settings: SettingsDep
) -> Response:
    """Save the edited draft, then do what the pressed button asks: save, mark sent, or send."""
    form, _ = await read_form(request)
    try:
        data = service.parse_draft(form)
    except ValidationFailed as exc:
        return _refuse(request, session, settings, interview_id, person_id, form, exc)
    service.save_draft(session, interview_id, person_id, data)
    action = form.get("action", "save")
    if action == "sent":
        service.mark_sent(session, interview_id, person_id, clock.now())
    elif action == "send":
        try:
            service.send_note(session, interview_id, person_id, settings, clock.now())
        except RoundtwoError as exc:
            # The draft was saved above; show why sending failed beside it.
            return _render(
                request, session, settings, interview_id, status=exc.status, send_errors={person_id: exc}
            )
    return _see(_page_url(interview_id, person_id))


@router.post("/{interview_id}/follow-up/{person_id}/unsent", name="update_thank_you_unsent")
def update_thank_you_unsent(interview_id: int, person_id: int, session: SessionDep) -> Response:
    service.mark_unsent(session, interview_id, person_id)
    return _see(_page_url(interview_id, person_id))


@router.get("/{interview_id}/follow-up/{person_id}/note.eml", name="read_thank_you_eml")
def read_thank_you_eml(
    interview_id: int, person_id: int, session: SessionDep, settings: SettingsDep
) -> Response:
    filename, data = service.note_eml(session, interview_id, person_id, settings, clock.now())
    return Response(
        data,
        media_type="message/rfc822",
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )
