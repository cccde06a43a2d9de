"""Pasting an invitation: the import page, the review form, and creating the interview."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from fastapi.testclient import TestClient

from invitations import HARBOURLINE
from pages import field_errors, soup

FULL = HARBOURLINE

NO_DATE_NO_NAMES = """Subject: Second interview - Account Executive at Bluebeam Freight

Hello Sam,

We would like to invite you back for a second interview for the Account Executive position.
We will confirm the date shortly; you will meet members of the sales leadership team.

Kind regards,
The recruiting team
"""


def _review(client: TestClient, text: str) -> str:
    response = client.post("/interviews/import", data={"email": text})
    assert response.status_code == 200, response.text
    return response.text


def _confirm_data(html: str) -> dict[str, object]:
    """The review form as a browser would post it."""
    form = soup(html).select_one("form.review")
    data: dict[str, object] = {}
    for tag in form.select("input, textarea, select"):
        name = tag.get("name")
        if not name:
            continue
        if tag.name == "textarea":
            data[name] = tag.get_text()
        elif tag.name == "select":
            chosen = tag.select_one("option[selected]") or tag.select_one("option")
            data[name] = chosen["value"]
        elif tag.get("type") == "checkbox":
            if tag.has_attr("checked"):
                data.setdefault(name, []).append(tag.get("value", "on"))  # type: ignore[union-attr]
        else:
            data[name] = tag.get("value", "")
    return data


def test_new_invite_import_offers_paste_and_file(client: TestClient) -> None:
    page = soup(client.get("/interviews/import").text)
    form = page.select_one("form[action='/interviews/import']")
    assert form["enctype"] == "multipart/form-data"
    assert form.select_one("textarea[name=email]") is not None
    assert form.select_one("input[type=file][name=eml]") is not None
    assert page.select_one("header.site nav a[href='/interviews/import']").get_text() == "Paste invitation"


def test_review_prefills_form_and_saves_nothing(client: TestClient) -> None:
    page = soup(_review(client, FULL))
    assert page.select_one("#f-company")["value"] == "Harbourline Logistics"
    assert page.select_one("#f-date")["value"] == "2030-03-14"
    assert page.select_one("#f-start_time")["value"] == "10:00"
    assert page.select_one("#f-timezone")["value"] == "America/New_York"
    names = [tag["value"] for tag in page.select("input[name$='-name']") if tag["value"]]
    assert names == ["Priya Raman", "Tom Reyes"]
    assert page.select_one("#f-people-1-start_time")["value"] == "10:45"
    assert page.select(".not-found") == []
    dashboard = soup(client.get("/").text)
    assert dashboard.select("article.interview-card") == []


def test_review_marks_fields_the_email_does_not_give(client: TestClient) -> None:
    page = soup(_review(client, NO_DATE_NO_NAMES))
    for name in ("date", "start_time", "end_time"):
        holder = page.select_one(f"[data-field={name}]")
        assert "not-found" in holder["class"]
        assert holder.select_one(f"#f-{name}")["value"] == ""
        assert holder.select_one(f"#m-{name}").get_text() == "Not found in the email — please fill in."
    assert "No interviewers found" in page.select_one("#m-people").get_text()
    rows = page.select(".review-person")
    assert len(rows) == 1 and "not-found" in rows[0]["class"]
    assert rows[0].select_one("input[name='people-0-name']")["value"] == ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "Paste the invitation", id="empty"),
        pytest.param("y" * 2_500_000, "2,500,000 characters", id="2.5mb"),
    ],
)
def test_review_refuses_bad_paste_on_the_field(client: TestClient, text: str, message: str) -> None:
    response = client.post("/interviews/import", data={"email": text})
    assert response.status_code == 422
    assert message in field_errors(response.text)["email"]


def test_review_refuses_5mb_paste_with_a_page(client: TestClient) -> None:
    response = client.post("/interviews/import", data={"email": "z" * 5_000_000})
    assert response.status_code == 413
    assert "limit" in soup(response.text).select_one(".error-message").get_text()


def test_review_reads_uploaded_eml(client: TestClient) -> None:
    subject, _, body = FULL.partition("\n\n")
    message = EmailMessage()
    message["From"] = "alex@harbourline.example"
    message["Subject"] = subject.removeprefix("Subject: ")
    message.set_content(body)
    files = {"eml": ("invite.eml", message.as_bytes(), "message/rfc822")}
    response = client.post("/interviews/import", data={"email": ""}, files=files)
    assert response.status_code == 200
    assert soup(response.text).select_one("#f-role")["value"] == "Senior Data Analyst"


def test_review_refuses_binary_eml_and_keeps_paste(client: TestClient) -> None:
    files = {"eml": ("photo.eml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "message/rfc822")}
    response = client.post("/interviews/import", data={"email": "keep me"}, files=files)
    assert response.status_code == 422
    assert "binary" in field_errors(response.text)["eml"]
    assert soup(response.text).select_one("#f-email").get_text() == "keep me"


def test_confirm_creates_interview_with_its_people(client: TestClient) -> None:
    data = _confirm_data(_review(client, FULL))
    data["people-1-kind"] = "hiring_manager"
    response = client.post("/interviews/import/confirm", data=data, follow_redirects=False)
    assert response.status_code == 303
    page = soup(client.get(response.headers["location"]).text)
    assert "Harbourline Logistics" in page.h1.get_text()
    people = page.select("article.person")
    assert [p.h3.get_text() for p in people] == ["Priya Raman", "Tom Reyes"]
    assert "Hiring manager" in people[1].header.get_text()
    assert "10:45" in people[1].header.get_text()


def test_confirm_refusal_keeps_everything_typed(client: TestClient) -> None:
    data = _confirm_data(_review(client, NO_DATE_NO_NAMES))
    data.update({"company": "", "start_time": "14:00", "people-0-title": "Sales Director"})
    response = client.post("/interviews/import/confirm", data=data)
    assert response.status_code == 422
    errors = field_errors(response.text)
    assert "company's name" in errors["company"]
    assert "date too" in errors["date"]
    assert "interviewer's name" in errors["people-0-name"]
    page = soup(response.text)
    assert page.select_one("#f-start_time")["value"] == "14:00"
    assert page.select_one("#f-people-0-title")["value"] == "Sales Director"
    assert "not-found" in page.select_one("[data-field=date]")["class"]
    assert page.select_one("#m-start_time") is None
    assert soup(client.get("/").text).select("article.interview-card") == []
