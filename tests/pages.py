"""Reading pages in tests: parse the HTML, never match substrings of it."""

from __future__ import annotations

from bs4 import BeautifulSoup


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def field_errors(html: str) -> dict[str, str]:
    """Map each form field's name to the error shown beside it."""
    return {p["id"].removeprefix("e-"): p.get_text(strip=True) for p in soup(html).select("p.error[id^=e-]")}
