"""A real Chromium (Debian's, driven by Playwright) against a real roundtwo server."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from server import running_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The network here is closed: keep Chromium from calling home at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        raise RuntimeError("Chromium is missing: install Debian's package with `apt-get install chromium`.")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    with running_server(tmp_path / "data") as url:
        yield url


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(base_url=base_url, accept_downloads=True, timezone_id="Europe/London")
    context.set_default_timeout(10_000)
    opened = context.new_page()
    yield opened
    context.close()
