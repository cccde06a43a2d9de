"""The story bank: the stories with their coverage, the story form with its analysis, the export."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from roundtwo.errors import RoundtwoError, ValidationFailed
from roundtwo.plan.coverage import competencies
from roundtwo.services import clock, stories
from roundtwo.web.deps import SessionDep
from roundtwo.web.page_cache import cached_page
from roundtwo.web.routes._forms import read_form
from roundtwo.web.routes.answers import analysis_panel, read_json_object

if TYPE_CHECKING:
    from roundtwo.store.models import Story

router = APIRouter()

_FORM_FIELDS = ("title", "role_context", *stories.TEXT_FIELDS)


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _panel(data: stories.StoryData | Story) -> tuple[dict[str, Any] | None, str | None]:
    """The analysis panel of a story, or the reason it could not be read."""
    try:
        text, analysis = stories.analyze_story(data)
    except RoundtwoError as exc:
        return None, f"{exc.message[:1].upper()}{exc.message[1:]} {exc.hint or ''}".strip()
    return analysis_panel(text, analysis), None


def _render_form(
    request: Request,
    values: Mapping[str, Any],
    errors: dict[str, str],
    *,
    story: Story | None,
    panel: dict[str, Any] | None = None,
    panel_error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request,
        "story_form.html",
        {
            "values": values,
            "errors": errors,
            "story": story,
            "panel": panel,
            "panel_error": panel_error,
            "competencies": competencies(),
        },
        status_code=status,
    )
    return response


async def _save_or_check(request: Request, session: SessionDep, story: Story | None) -> Response:
    """One handler for both buttons: "check" shows the analysis, "save" stores the story."""
    form, lists = await read_form(request, "competencies")
    values: dict[str, Any] = {name: form.get(name, "") for name in _FORM_FIELDS}
    values["competencies"] = lists["competencies"]
    checking = form.get("mode") == "check"
    try:
        data = stories.parse_story(form, lists["competencies"], require_title=not checking)
    except ValidationFailed as exc:
        return _render_form(request, values, exc.errors, story=story, status=422)
    if checking:
        panel, problem = _panel(data)
        return _render_form(request, values, {}, story=story, panel=panel, panel_error=problem)
    saved = stories.update_story(session, story.id, data) if story else stories.create_story(session, data)
    return _see(f"/stories#story-{saved.id}")


@router.get("/stories", response_class=HTMLResponse, name="read_stories")
def read_stories(request: Request, session: SessionDep) -> Response:
    def render() -> Response:
        response: Response = request.app.state.templates.TemplateResponse(
            request, "stories.html", {"bank": stories.read_bank(session)}
        )
        return response

    return cached_page(request, session, render)


@router.get("/stories/new", response_class=HTMLResponse, name="new_story")
def new_story(request: Request) -> HTMLResponse:
    return _render_form(request, {"competencies": []}, {}, story=None)


@router.post("/stories", name="create_story")
async def create_story(request: Request, session: SessionDep) -> Response:
    return await _save_or_check(request, session, None)


@router.get("/stories/export.md", name="export_stories")
def export_stories(session: SessionDep) -> Response:
    text = stories.export_markdown(session, clock.now().date())
    return Response(
        text,
        media_type="text/markdown; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="story-bank.md"'},
    )


@router.get("/stories/{story_id}/edit", response_class=HTMLResponse, name="edit_story")
def edit_story(request: Request, story_id: int, session: SessionDep) -> HTMLResponse:
    story = stories.get_story(session, story_id)
    panel, problem = _panel(story)
    return _render_form(
        request, stories.story_values(story), {}, story=story, panel=panel, panel_error=problem
    )


@router.post("/stories/{story_id}", name="update_story")
async def update_story(request: Request, story_id: int, session: SessionDep) -> Response:
    return await _save_or_check(request, session, stories.get_story(session, story_id))


@router.post("/stories/{story_id}/delete", name="delete_story")
def delete_story(story_id: int, session: SessionDep) -> Response:
    stories.delete_story(session, story_id)
    return _see("/stories")


@router.post("/api/stories/analyze", name="analyze_story")
async def analyze_story(request: Request) -> JSONResponse:
    """The story form's fields as JSON in; ``{"ok": true, "analysis", "panel", "text"}`` out.

    Refusals are 422 with the message for each field (as the form shows them).
    """
    payload = await read_json_object(request)
    form = {name: payload[name] for name in _FORM_FIELDS if isinstance(payload.get(name), str)}
    errors = {
        name: f"Send “{name}” as text, not {type(payload[name]).__name__}."
        for name in _FORM_FIELDS
        if payload.get(name) is not None and name not in form
    }
    tags = payload.get("competencies") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        errors["competencies"] = "Send “competencies” as a list of competency ids."
    if errors:
        raise ValidationFailed(errors)
    data = stories.parse_story(form, tags, require_title=False)
    try:
        text, analysis = stories.analyze_story(data)
    except RoundtwoError as exc:
        raise RoundtwoError(exc.message, hint=exc.hint, status=422, field=exc.field) from None
    return JSONResponse(
        {"ok": True, "analysis": analysis.to_dict(), "panel": analysis_panel(text, analysis), "text": text}
    )
