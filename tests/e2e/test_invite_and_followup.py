"""Paste an invitation, confirm the interview, take notes after it, and export a thank-you note."""

from __future__ import annotations

import email
import email.policy

import pytest
from playwright.sync_api import Page, expect

from invitations import HARBOURLINE

pytestmark = pytest.mark.e2e

INVITATION = HARBOURLINE

NOTES = {
    "Priya Raman": (
        "the shipment-delay dashboard\nhow the analytics team is organised",
        "your account of moving the team from weekly reports to self-serve dashboards",
    ),
    "Tom Reyes": ("the warehouse data pipeline", "the whiteboard session on deduplicating carrier events"),
}


def test_paste_invitation_then_follow_up_with_eml(page: Page, tmp_path) -> None:
    page.goto("/")
    page.get_by_role("link", name="Paste invitation").click()
    page.fill("#f-email", INVITATION)
    page.get_by_role("button", name="Read the invitation").click()

    expect(page.locator("h1")).to_have_text("Check the interview")
    expect(page.locator("#f-company")).to_have_value("Harbourline Logistics")
    expect(page.locator("#f-start_time")).to_have_value("10:00")
    expect(page.locator("#f-people-0-name")).to_have_value("Priya Raman")
    expect(page.locator("#f-people-1-start_time")).to_have_value("10:45")
    page.get_by_role("button", name="Create the interview").click()

    expect(page.locator("h1")).to_contain_text("Harbourline Logistics")
    names = page.locator("article.person h3").all_inner_texts()
    assert names == list(NOTES)
    page.get_by_role("link", name="After the interview: follow-up").click()

    for name, (topics, point) in NOTES.items():
        person = page.locator("article.person-followup", has=page.locator("h2", has_text=name))
        person.get_by_label("Topics you discussed").fill(topics)
        person.get_by_label("One specific positive point").fill(point)
        person.get_by_role("button", name="Save notes").click()
        expect(person.locator("[data-status]")).to_have_text("Notes taken")

    page.fill("#f-candidate_name", "Sam Lee")
    page.get_by_role("button", name="Draft thank-you notes").click()
    priya = page.locator("article.person-followup", has=page.locator("h2", has_text="Priya Raman"))
    body = priya.locator("textarea[name=body]")
    expect(body).to_contain_text(NOTES["Priya Raman"][1])
    count = priya.locator("[data-word-count] [data-count]")
    words = int(count.inner_text())
    assert 100 <= words <= 180

    # The script shows the copy button and counts words live as the note is edited.
    expect(priya.get_by_role("button", name="Copy note")).to_be_visible()
    body.press("Control+End")
    body.type(" Thanks again")
    expect(count).to_have_text(str(words + 2))
    priya.get_by_role("button", name="Save draft").click()

    subject = priya.locator("input[name=subject]").input_value()
    with page.expect_download() as info:
        priya.get_by_role("link", name="Download .eml").click()
    path = tmp_path / "note.eml"
    info.value.save_as(path)
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["To"] == "priya.raman@harbourline.example"
    assert message["Subject"] == subject
    text = message.get_body().get_content()
    assert NOTES["Priya Raman"][1] in text
    assert text.rstrip().endswith("Sam Lee Thanks again")

    priya.get_by_role("button", name="Mark as sent").click()
    expect(priya.locator("[data-status]")).to_contain_text("Sent")
