"""The dashboard: upcoming interviews, each with its countdown and open next steps."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from roundtwo.services import clock
from roundtwo.services.followup import notes_due
from roundtwo.services.interviews import dashboard
from roundtwo.web.deps import SessionDep
from roundtwo.web.page_cache import cached_page

router = APIRouter()


@router.get("/", response_class=HTMLResponse, name="read_dashboard")
def read_dashboard(request: Request, session: SessionDep) -> Response:
    def render() -> Response:
        now = clock.now()
        upcoming, past = dashboard(session, now)
        response: Response = request.app.state.templates.TemplateResponse(
            request,
            "dashboard.html",
            {"upcoming": upcoming, "past": past, "notes_due": notes_due(session, now)},
        )
        return response

    return cached_page(request, session, render)
