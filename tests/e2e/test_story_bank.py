"""A candidate writes a weak story, sees what it lacks as they type, improves it and banks it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.e2e

TITLE = "The big launch"
WEAK = {
    "#f-situation": "We had a big launch coming and the app was not ready.",
    "#f-action": "We worked late every night and we went through the bug list together.",
}
BETTER = {
    "#f-task": "I was asked to get the release ready for the 3 March launch.",
    "#f-action": "I sorted the 140 open bugs by customer impact and I fixed the top 20 myself. "
    "I set up a daily 15-minute triage with QA so the team worked on the same list.",
    "#f-result": "We shipped on time, crash reports fell by 60% in the first month "
    "and the app rating rose from 3.1 to 4.4.",
}


def _score(page: Page) -> int:
    return int(page.locator("#analysis [data-score]").get_attribute("data-score") or "-1")


def _fill(page: Page, fields: dict[str, str]) -> None:
    for selector, text in fields.items():
        page.fill(selector, text)


def test_weak_story_improves_live_and_lands_in_the_bank(page: Page) -> None:
    page.goto("/stories")
    expect(page.locator("#bank-size")).to_contain_text("8–12")
    page.get_by_role("link", name="New story").click()
    page.fill("#f-title", TITLE)
    _fill(page, WEAK)
    page.get_by_label("Teamwork").check()

    panel = page.locator("#analysis")
    # The panel is redrawn from what was typed: wait for the last sentence to appear in it.
    expect(panel.locator(".marked")).to_contain_text("went through the bug list")
    expect(panel).to_have_attribute("data-state", "ready")
    expect(panel.locator(".part[data-part=R]")).to_have_text("Result missing")
    expect(panel.locator(".follow-up .probe")).not_to_be_empty()
    expect(panel.locator("dd.ownership")).to_contain_text("“we”")
    weak_score = _score(page)

    _fill(page, BETTER)
    expect(panel.locator(".marked")).to_contain_text("rose from 3.1 to 4.4")
    expect(panel.locator(".part[data-part=R]")).to_have_text("Result present")
    expect(panel.locator(".marked mark.metric", has_text="60%")).to_be_visible()
    better_score = _score(page)
    assert better_score > weak_score, (weak_score, better_score)

    # The live panel and the server's panel for the same text read the same.
    live = panel.locator(".analysis-body").inner_text()
    page.get_by_role("button", name="Check").click()
    expect(page.locator("#f-result")).to_have_value(BETTER["#f-result"])
    assert page.locator("#analysis .analysis-body").inner_text() == live

    page.get_by_role("button", name="Save story").click()
    expect(page).to_have_url(f"{page.url.split('/stories')[0]}/stories#story-1")
    card = page.locator("article.story-card", has_text=TITLE)
    expect(card.locator(".part[data-part=R]")).to_have_class("part present")
    assert int(card.locator("[data-score]").get_attribute("data-score") or "-1") == better_score
    row = page.locator("table.matrix tr[data-competency=teamwork]")
    expect(row.locator("td.hit")).to_have_count(1)
    expect(page.locator("table.matrix thead th[title]")).to_have_text([TITLE])
    expect(page.locator("#coverage ul.gaps")).to_contain_text(
        "No story shows influence without authority yet."
    )


def test_answer_box_reads_live(page: Page) -> None:
    page.goto("/")
    page.get_by_role("link", name="Answer practice").click()
    page.fill("#f-question", "Tell me about a time you failed.")
    page.select_option("#f-category", "failure")
    page.fill("#f-answer", "We missed the deadline. We tried hard, um, but it kind of slipped.")
    panel = page.locator("#analysis")
    expect(panel.locator(".marked")).to_contain_text("kind of slipped")
    expect(panel.locator(".marked mark.filler").first).to_be_visible()
    expect(panel.locator(".part[data-part=R]")).to_be_visible()
    page.fill("#f-answer", "")
    expect(panel).to_have_attribute("data-state", "empty")


@pytest.fixture
def page_without_js(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def test_story_form_works_without_javascript(page_without_js: Page) -> None:
    page = page_without_js
    page.goto("/stories/new")
    _fill(page, WEAK)
    page.get_by_role("button", name="Check").click()
    expect(page.locator("#analysis .part[data-part=R]")).to_have_text("Result missing")
    expect(page.locator("#f-action")).to_have_value(WEAK["#f-action"])
    page.get_by_role("button", name="Save story").click()
    expect(page.locator("#e-title")).to_contain_text("title")
    page.fill("#f-title", TITLE)
    page.get_by_role("button", name="Save story").click()
    expect(page.locator("article.story-card h3")).to_have_text([TITLE])
