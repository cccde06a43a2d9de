"""Rendered pages kept until the data or the minute changes.

The key holds the database's change counter (see roundtwo.store.versioning)
and the current minute, since pages show countdowns. A browser that already
has the page gets ``304 Not Modified`` through the ETag.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from roundtwo.services import clock
from roundtwo.services.runtime import Runtime, data_version


class PageCache:
    """A small least-recently-used map from key to rendered page."""

    def __init__(self, size: int = 128) -> None:
        self._size = size
        self._pages: OrderedDict[tuple[str, int, int], bytes] = OrderedDict()

    def get(self, key: tuple[str, int, int]) -> bytes | None:
        body = self._pages.get(key)
        if body is not None:
            self._pages.move_to_end(key)
        return body

    def put(self, key: tuple[str, int, int], body: bytes) -> None:
        self._pages[key] = body
        self._pages.move_to_end(key)
        while len(self._pages) > self._size:
            self._pages.popitem(last=False)


def _keys(request: Request, version: int) -> tuple[tuple[str, int, int], dict[str, str]]:
    minute = int(clock.now().timestamp() // 60)
    headers = {"etag": f'W/"{version}.{minute}"', "cache-control": "no-cache"}
    return (str(request.url.path), version, minute), headers


def _page(body: bytes, headers: dict[str, str]) -> Response:
    return Response(body, media_type="text/html; charset=utf-8", headers=headers)


def cached_page(request: Request, session: Session, render: Callable[[], Response]) -> Response:
    """The page at this URL from the cache, or rendered by ``render`` and kept."""
    key, headers = _keys(request, data_version(session))
    if request.headers.get("if-none-match") == headers["etag"]:
        return Response(status_code=304, headers=headers)
    cache: PageCache = request.app.state.page_cache
    body = cache.get(key)
    if body is None:
        response = render()
        if response.status_code != 200:
            return response
        body = bytes(response.body)
        cache.put(key, body)
    return _page(body, headers)


async def serve_cached(request: Request, render: Callable[[Session], Response]) -> Response:
    """Like :func:`cached_page`, for the pages opened most (dashboard, interview).

    A hit costs one one-row read, done on the event loop: cheaper than the
    two thread hops a synchronous route and session dependency take. A miss
    renders in the thread pool with a session of its own.
    """
    runtime: Runtime = request.app.state.runtime
    with runtime.session() as session:
        version = data_version(session)
    key, headers = _keys(request, version)
    if request.headers.get("if-none-match") == headers["etag"]:
        return Response(status_code=304, headers=headers)
    cache: PageCache = request.app.state.page_cache
    body = cache.get(key)
    if body is not None:
        return _page(body, headers)

    def render_in_session() -> Response:
        with runtime.session() as render_session:
            return render(render_session)

    response = await run_in_threadpool(render_in_session)
    if response.status_code != 200:
        return response
    body = bytes(response.body)
    cache.put(key, body)
    return _page(body, headers)
