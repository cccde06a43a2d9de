"""The interview workspace: an interview, its interviewers and its checklist."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from roundtwo.errors import ValidationFailed
from roundtwo.plan.guide import format_guide, kind_guide
from roundtwo.services import calendar, clock, followup, interviews
from roundtwo.services import plan as plans
from roundtwo.services.forms import parse_interview, parse_interviewer
from roundtwo.web.deps import SessionDep, SettingsDep
from roundtwo.web.page_cache import serve_cached
from roundtwo.web.routes._forms import read_form

if TYPE_CHECKING:
    from roundtwo.store.models import Interview

router = APIRouter(prefix="/interviews")


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _interview_form_values(interview: Interview) -> dict[str, Any]:
    zone = interview.timezone
    start = interviews.local_time(interview.starts_at, zone)
    end = interviews.local_time(interview.ends_at, zone)
    values: dict[str, Any] = {
        name: getattr(interview, name)
        for name in (
            "company",
            "role",
            "job_description",
            "location",
            "video_link",
            "travel_notes",
            "preparation",
            "company_mission",
            "company_products",
            "company_competitors",
            "timezone",
        )
    }
    values["date"] = start.date().isoformat() if start else ""
    values["start_time"] = start.strftime("%H:%M") if start else ""
    values["end_time"] = end.strftime("%H:%M") if end else ""
    values["formats"] = list(interview.formats or [])
    return values


def _render_form(
    request: Request,
    values: dict[str, Any],
    errors: dict[str, str],
    *,
    interview: Interview | None,
    status: int = 200,
) -> HTMLResponse:
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request,
        "interview_form.html",
        {"values": values, "errors": errors, "interview": interview},
        status_code=status,
    )
    return response


def render_interview_page(
    request: Request, session: Session, interview: Interview, *, status: int = 200, **extra: Any
) -> HTMLResponse:
    """The interview page: details, checklist, the plan per person and the follow-up.

    ``extra`` carries form state to show again (errors and what was typed).
    """
    now = clock.now()
    context: dict[str, Any] = {
        "interview": interview,
        "now": now,
        "interview_plan": plans.build_plan(session, interview),
        "followup": followup.follow_up(interview, now),
        "format_guides": [format_guide(f) for f in interview.formats or []],
        "kind_guide": kind_guide,
        "person_values": {"kind": "hiring_manager"},
        "person_errors": {},
        **extra,
    }
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, "interview.html", context, status_code=status
    )
    return response


@router.get("/new", response_class=HTMLResponse, name="new_interview")
def new_interview(request: Request, settings: SettingsDep) -> HTMLResponse:
    values = {"timezone": clock.local_zone_name(settings), "formats": []}
    return _render_form(request, values, {}, interview=None)


@router.post("", name="create_interview")
async def create_interview(request: Request, session: SessionDep) -> Response:
    form, lists = await read_form(request, "formats")
    try:
        data = parse_interview(form, lists["formats"])
    except ValidationFailed as exc:
        return _render_form(request, {**form, **lists}, exc.errors, interview=None, status=422)
    interview = interviews.create_interview(session, data)
    return _see(f"/interviews/{interview.id}")


@router.get("/{interview_id}", response_class=HTMLResponse, name="read_interview")
async def read_interview(request: Request, interview_id: int) -> Response:
    def render(session: Session) -> Response:
        return render_interview_page(request, session, interviews.get_interview(session, interview_id))

    return await serve_cached(request, render)


@router.get("/{interview_id}/edit", response_class=HTMLResponse, name="edit_interview")
def edit_interview(request: Request, interview_id: int, session: SessionDep) -> HTMLResponse:
    interview = interviews.get_interview(session, interview_id)
    return _render_form(request, _interview_form_values(interview), {}, interview=interview)


@router.post("/{interview_id}", name="update_interview")
async def update_interview(request: Request, interview_id: int, session: SessionDep) -> Response:
    interview = interviews.get_interview(session, interview_id)
    form, lists = await read_form(request, "formats")
    try:
        data = parse_interview(form, lists["formats"])
    except ValidationFailed as exc:
        return _render_form(request, {**form, **lists}, exc.errors, interview=interview, status=422)
    interviews.update_interview(session, interview_id, data)
    return _see(f"/interviews/{interview_id}")


@router.get("/{interview_id}/calendar.ics", name="read_interview_calendar")
def read_interview_calendar(interview_id: int, session: SessionDep) -> Response:
    interview = interviews.get_interview(session, interview_id)
    return Response(
        calendar.calendar_file(interview),
        media_type="text/calendar",
        headers={"content-disposition": f'attachment; filename="{calendar.calendar_filename(interview)}"'},
    )


@router.post("/{interview_id}/delete", name="delete_interview")
def delete_interview(interview_id: int, session: SessionDep) -> Response:
    interviews.delete_interview(session, interview_id)
    return _see("/")


async def _read_person(request: Request, interview: Interview) -> tuple[dict[str, str], Any]:
    form, _ = await read_form(request)
    start = interviews.local_time(interview.starts_at, interview.timezone)
    data = parse_interviewer(form, day=start.date() if start else None, zone=ZoneInfo(interview.timezone))
    return form, data


@router.post("/{interview_id}/interviewers", name="create_interviewer")
async def create_interviewer(request: Request, interview_id: int, session: SessionDep) -> Response:
    interview = interviews.get_interview(session, interview_id)
    try:
        _, data = await _read_person(request, interview)
    except ValidationFailed as exc:
        form, _ = await read_form(request)
        return render_interview_page(
            request, session, interview, person_values=form, person_errors=exc.errors, status=422
        )
    interviews.add_interviewer(session, interview_id, data)
    return _see(f"/interviews/{interview_id}#people")


@router.post("/{interview_id}/interviewers/{person_id}", name="update_interviewer")
async def update_interviewer(
    request: Request, interview_id: int, person_id: int, session: SessionDep
) -> Response:
    interview = interviews.get_interview(session, interview_id)
    try:
        _, data = await _read_person(request, interview)
    except ValidationFailed as exc:
        form, _ = await read_form(request)
        return render_interview_page(
            request, session, interview, person_values=form, person_errors=exc.errors, status=422
        )
    interviews.update_interviewer(session, interview_id, person_id, data)
    return _see(f"/interviews/{interview_id}#people")


@router.post("/{interview_id}/interviewers/{person_id}/delete", name="delete_interviewer")
def delete_interviewer(interview_id: int, person_id: int, session: SessionDep) -> Response:
    interviews.delete_interviewer(session, interview_id, person_id)
    return _see(f"/interviews/{interview_id}#people")


@router.post("/{interview_id}/checklist", name="create_checklist_item")
async def create_checklist_item(request: Request, interview_id: int, session: SessionDep) -> Response:
    form, _ = await read_form(request)
    text = (form.get("text") or "").strip()
    if not text or len(text) > 500:
        message = "Write the step to add." if not text else "Keep a checklist step under 500 characters."
        interview = interviews.get_interview(session, interview_id)
        return render_interview_page(
            request, session, interview, status=422, checklist_error=message, checklist_text=text
        )
    interviews.add_checklist_item(session, interview_id, text)
    return _see(f"/interviews/{interview_id}#checklist")


@router.post("/{interview_id}/checklist/{item_id}", name="update_checklist_item")
async def update_checklist_item(
    request: Request, interview_id: int, item_id: int, session: SessionDep
) -> Response:
    form, _ = await read_form(request)
    interviews.set_checklist_item(session, interview_id, item_id, form.get("done") == "on")
    return _see(f"/interviews/{interview_id}#checklist")
