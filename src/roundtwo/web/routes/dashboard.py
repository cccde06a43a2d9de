"""The dashboard: upcoming interviews, each with its countdown and open next steps."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from roundtwo.services import clock
from roundtwo.services.followup import notes_due
from roundtwo.services.interviews import dashboard
from roundtwo.web.page_cache import serve_cached

router = APIRouter()


@router.get("/", response_class=HTMLResponse, name="read_dashboard")
async def read_dashboard(request: Request) -> Response:
    def render(session: Session) -> Response:
        now = clock.now()
        upcoming, past = dashboard(session, now)
        response: Response = request.app.state.templates.TemplateResponse(
            request,
            "dashboard.html",
            {"upcoming": upcoming, "past": past, "notes_due": notes_due(session, now)},
        )
        return response

    return await serve_cached(request, render)
