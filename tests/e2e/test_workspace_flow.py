"""A new user builds an interview workspace in the browser, and it is all kept."""

from __future__ import annotations

import pytest
from icalendar import Calendar
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

PEOPLE = [
    ("Priya Raman", "VP Marketing", "senior_leader"),
    ("Tom Reyes", "Marketing Manager", "hiring_manager"),
    ("Ada Park", "Content Strategist", "peer"),
]


def test_new_user_creates_interview_and_everything_is_kept(page: Page, tmp_path) -> None:
    page.goto("/")
    page.get_by_role("link", name="Create one").click()
    page.fill("#f-company", "Acme Analytics")
    page.fill("#f-role", "Senior Product Marketing Manager")
    page.fill("#f-date", "2030-03-10")
    page.fill("#f-start_time", "14:00")
    page.fill("#f-end_time", "17:00")
    page.fill("#f-timezone", "America/New_York")
    page.check("input[name=formats][value=panel]")
    page.check("input[name=formats][value=presentation]")
    page.fill("#f-video_link", "https://meet.example.com/abc-defg")
    page.get_by_role("button", name="Create interview").click()
    expect(page.locator("h1")).to_contain_text("Acme Analytics")

    for name, title, kind in PEOPLE:
        form = page.locator("#add-person")
        form.locator("#f-name").fill(name)
        form.locator("#f-title").fill(title)
        form.locator("#f-kind").select_option(kind)
        form.get_by_role("button", name="Add interviewer").click()
        expect(page.locator("article.person h3", has_text=name)).to_be_visible()

    first_item = page.locator("#checklist li").first
    first_item.locator("button.tick").click()
    expect(page.locator("#checklist li").first).to_have_class("done")

    with page.expect_download() as info:
        page.get_by_role("link", name="Add to calendar (.ics)").click()
    path = tmp_path / "interview.ics"
    info.value.save_as(path)
    event = Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
    assert event.decoded("dtstart").isoformat() == "2030-03-10T14:00:00-04:00"

    page.reload()
    names = page.locator("article.person h3").all_inner_texts()
    assert names == [name for name, _, _ in PEOPLE]
    expect(page.locator("#checklist li").first).to_have_class("done")
    page.goto("/")
    card = page.locator("article.interview-card")
    expect(card).to_contain_text("Acme Analytics")
    expect(card.locator("time[data-countdown]")).to_contain_text("days")


def test_form_errors_keep_typed_values_in_browser(page: Page) -> None:
    page.goto("/interviews/new")
    page.fill("#f-role", "Analyst")
    page.fill("#f-timezone", "Atlantis/Capital")
    page.get_by_role("button", name="Create interview").click()
    expect(page.locator("#e-company")).to_contain_text("company's name")
    expect(page.locator("#e-timezone")).to_contain_text("not a time zone")
    expect(page.locator("#f-role")).to_have_value("Analyst")
