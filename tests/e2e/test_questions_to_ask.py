"""A candidate plans what to ask the hiring manager of the demo interview, in a real browser."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from server import roundtwo

pytestmark = pytest.mark.e2e

SALARY = "What's the salary range?"
SUCCESS = "What would success look like in the first 90 days?"


def test_questions_to_ask_are_checked_and_kept(page: Page, tmp_path: Path) -> None:
    loaded = roundtwo("demo", env={"ROUNDTWO_DATA_DIR": str(tmp_path / "data")})
    assert loaded.returncode == 0, loaded.stderr
    page.goto("/")
    page.get_by_role("link", name="Tidewater Freight Software").click()

    manager = page.locator("article.person", has=page.locator("h3", has_text="Maya Okafor"))
    expect(manager.get_by_role("heading", name="Likely questions")).to_be_visible()
    likely = manager.locator(".likely-questions > li")
    expect(likely.first).to_be_visible()
    assert likely.count() >= 3

    manager.get_by_label("A question for Maya Okafor").fill(SALARY)
    manager.get_by_role("button", name="Add question").click()
    salary = manager.locator("li.ask", has_text=SALARY)
    expect(salary.locator(".flag-hr")).to_contain_text("Leave for HR after an offer")

    manager.get_by_label("A question for Maya Okafor").fill(SUCCESS)
    manager.get_by_role("button", name="Add question").click()
    success = manager.locator("li.ask", has_text=SUCCESS)
    expect(success).to_be_visible()
    expect(success.locator(".flag")).to_have_count(0)

    page.reload()
    expect(manager.locator("li.ask .ask-text")).to_have_text([SALARY, SUCCESS])
    expect(manager.locator("li.ask", has_text=SALARY).locator(".flag-hr")).to_be_visible()
    expect(manager.locator("li.ask", has_text=SUCCESS).locator(".flag")).to_have_count(0)
