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

from roundtwo.services import clock
from roundtwo.services.runtime import data_version


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


def cached_page(request: Request, session: Session, render: Callable[[], Response]) -> Response:
    """The page at this URL from the cache, or rendered by ``render`` and kept."""
    version = data_version(session)
    minute = int(clock.now().timestamp() // 60)
    etag = f'W/"{version}.{minute}"'
    headers = {"etag": etag, "cache-control": "no-cache"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    cache: PageCache = request.app.state.page_cache
    key = (str(request.url.path), version, minute)
    body = cache.get(key)
    if body is None:
        response = render()
        if response.status_code != 200:
            return response
        body = bytes(response.body)
        cache.put(key, body)
    return Response(body, media_type="text/html; charset=utf-8", headers=headers)
