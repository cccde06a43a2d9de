"""One path for errors: a RoundtwoError becomes a page or ``{"ok": false}`` JSON."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from roundtwo.errors import RoundtwoError, ValidationFailed

TITLES = {
    400: "Bad request",
    404: "Not found",
    413: "Too large",
    422: "Check the form",
    503: "Unavailable",
}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def error_payload(exc: RoundtwoError) -> dict[str, object]:
    error: dict[str, object] = {"message": exc.message, "hint": exc.hint, "status": exc.status}
    if isinstance(exc, ValidationFailed):
        error["fields"] = exc.errors
    return {"ok": False, "error": error}


def render_error(request: Request, exc: RoundtwoError) -> Response:
    if wants_json(request):
        return JSONResponse(error_payload(exc), status_code=exc.status)
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"error": exc, "title": TITLES.get(exc.status, "Something went wrong")},
        status_code=exc.status,
    )


async def handle_roundtwo_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RoundtwoError)
    return render_error(request, exc)


async def handle_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = "there is no page at this address." if exc.status_code == 404 else str(exc.detail)
    return render_error(request, RoundtwoError(message, status=exc.status_code))
