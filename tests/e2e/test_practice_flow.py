"""A candidate rehearses a panel: three answers, a probe after the weak one, the scorecard, the trend."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

STRONG = (
    "Last year I was the lead analyst on the billing team at a regional energy company. "
    "My goal was to cut billing complaints before the winter peak, because complaints had doubled. "
    "I pulled three months of complaint tickets and sorted them by cause myself. "
    "I built a weekly report that flagged accounts with three estimated readings in a row, "
    "and I agreed with the field team lead to visit those accounts first. "
    "As a result, complaints fell by 35% in four months and the backlog dropped from 12,000 to 3,000."
)
# Choices with no reasons, told as what one would do: probed in stories and in scenarios alike.
WEAK = "I would use a queue and a cache, and then I'd restart the service."


def _submit(page: Page, text: str) -> None:
    page.fill("#f-answer", text)
    page.get_by_role("button", name="Submit answer").click()


def test_panel_session_probe_scorecard_and_trend(page: Page) -> None:
    page.goto("/")
    page.get_by_role("link", name="Practice", exact=True).click()
    page.select_option("#f-format", "panel")
    page.select_option("#f-role_family", "software_engineering")
    page.get_by_text("Same session again").click()
    page.fill("#f-seed", "12")
    page.get_by_role("button", name="Start the interview").click()
    expect(page).to_have_url(re.compile(r"/practice/\d+$"))

    # The panel sits in the room; the one asking is highlighted; the timer runs.
    expect(page.locator("#cast .persona")).to_have_count(4)
    asking = page.locator("#cast .persona.asking")
    expect(asking).to_have_count(1)
    expect(asking.locator(".persona-name")).to_have_text(
        page.locator("#prompt .prompt-who strong").inner_text()
    )
    expect(page.locator("[data-answer-timer]")).to_be_visible()

    _submit(page, STRONG)
    expect(page.locator("#feedback [data-score]")).to_be_visible()
    # A strong story may still be probed (a lesson, a reason): answer probes until a main question comes.
    while page.locator("#prompt .tag", has_text="Follow-up").count():
        _submit(page, STRONG)
    _submit(page, WEAK)
    weak_score = int(page.locator("#feedback [data-score]").get_attribute("data-score") or "100")
    assert weak_score < 50
    expect(page.locator("#feedback .feedback li").first).to_be_visible()
    expect(page.locator("#probe-next")).to_contain_text("presses for")
    expect(page.locator("#prompt .tag", has_text="Follow-up")).to_be_visible()
    prober = page.locator("#prompt .prompt-who strong").inner_text()
    expect(page.locator("#cast .persona.asking .persona-name")).to_have_text(prober)

    _submit(page, STRONG)
    expect(page.locator("#feedback .closed")).to_be_visible()

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Finish and see the scorecard").click()
    expect(page).to_have_url(re.compile(r"/practice/\d+/scorecard$"))
    expect(page.locator("#overall [data-score]")).to_be_visible()
    expect(page.locator("#overall .attributes li")).to_have_count(4)
    expect(page.locator("#impressions li")).to_have_count(4)
    expect(page.locator("#coaching .probes li").first).to_be_visible()
    assert page.locator("#transcript .practice-turn").count() >= 3

    page.get_by_role("link", name="History and trends").click()
    chart = page.locator("#trend svg.chart")
    expect(chart).to_be_visible()
    expect(chart.locator("title").first).to_have_text("Practice scores over sessions")
    expect(chart.locator(".chart-series")).to_have_count(5)
    expect(chart.locator(".chart-series circle")).to_have_count(5)
    expect(page.locator("#sessions li.practice-session")).to_have_count(1)
