"""The FastAPI application, built around an open :class:`Runtime`."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from roundtwo import __version__
from roundtwo.errors import RoundtwoError
from roundtwo.services.plan import warm_up
from roundtwo.services.runtime import Runtime
from roundtwo.web.errors import handle_http_error, handle_roundtwo_error, render_error
from roundtwo.web.page_cache import PageCache
from roundtwo.web.routes import (
    answers,
    dashboard,
    followup,
    interviews,
    invites,
    plan,
    practice,
    questions,
    stories,
)
from roundtwo.web.templating import make_templates

STATIC = Path(__file__).with_name("static")
#: Largest request body accepted; a bigger paste gets a clear 413 page.
MAX_BODY_BYTES = 3 * 1024 * 1024


class LocalOnlyGuard:
    """Refuse oversized bodies and form posts sent from another site's page.

    roundtwo listens on localhost; a page elsewhere could otherwise submit
    forms to it from the user's browser. Plain ASGI, so it adds next to
    nothing to each request.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = self._refusal(Request(scope))
            if refusal is not None:
                response = render_error(Request(scope), refusal)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    @staticmethod
    def _refusal(request: Request) -> RoundtwoError | None:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
            return RoundtwoError(
                f"the request is {int(length) // 1024:,} KB; the limit is {MAX_BODY_BYTES // 1024:,} KB.",
                hint="Shorten the text you pasted.",
                status=413,
            )
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            origin = request.headers.get("origin")
            if origin and origin not in (f"{request.url.scheme}://{request.url.netloc}", "null"):
                return RoundtwoError(f"refused a form sent from {origin}.", status=403)
        return None


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Content loads on first use; do it beside start-up, not in the first page view.
    threading.Thread(target=warm_up, name="roundtwo-warm-up", daemon=True).start()
    yield


def create_app(runtime: Runtime) -> FastAPI:
    """A roundtwo web app serving ``runtime``'s database."""
    app = FastAPI(title="roundtwo", version=__version__, docs_url=None, redoc_url=None, lifespan=_lifespan)
    app.state.runtime = runtime
    app.state.templates = make_templates()
    app.state.page_cache = PageCache()
    app.add_middleware(LocalOnlyGuard)
    app.add_exception_handler(RoundtwoError, handle_roundtwo_error)
    app.add_exception_handler(StarletteHTTPException, handle_http_error)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # --- routers (one line each) ---
    app.include_router(dashboard.router)
    app.include_router(invites.router)  # before interviews: /interviews/import is not an id
    app.include_router(interviews.router)
    app.include_router(stories.router)
    app.include_router(answers.router)
    app.include_router(followup.router)
    app.include_router(plan.router)
    app.include_router(questions.router)
    app.include_router(practice.router)
    # --- end routers ---
    return app
