"""The interview pages: create, edit, people, checklist, and their refusals."""

from __future__ import annotations

from fastapi.testclient import TestClient

from pages import field_errors, soup

FORM = {
    "company": "Acme Analytics",
    "role": "Data Analyst",
    "timezone": "America/New_York",
    "date": "2030-03-12",
    "start_time": "14:00",
    "end_time": "16:00",
    "formats": ["panel"],
}


def _create(client: TestClient, **changes) -> str:
    response = client.post("/interviews", data={**FORM, **changes}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return response.headers["location"]


def test_create_interview_then_read_it(client: TestClient) -> None:
    url = _create(client)
    page = soup(client.get(url).text)
    assert "Acme Analytics" in page.h1.get_text()
    assert "EDT" in page.select_one(".when").get_text()
    assert page.select_one("#formats h3").get_text() == "Panel of 3-5"
    assert len(page.select("#checklist li")) >= 5


def test_create_interview_refusal_keeps_what_was_typed(client: TestClient) -> None:
    response = client.post(
        "/interviews",
        data={
            **FORM,
            "end_time": "13:00",
            "timezone": "Mars/Base",
            "job_description": "Our team ships data tools.",
        },
    )
    assert response.status_code == 422
    errors = field_errors(response.text)
    assert "after the start" in errors["end_time"]
    assert "not a time zone" in errors["timezone"]
    page = soup(response.text)
    assert page.select_one("#f-company")["value"] == "Acme Analytics"
    assert page.select_one("#f-job_description").get_text() == "Our team ships data tools."
    assert page.select_one("input[value=panel]").has_attr("checked")


def test_create_interview_refuses_2mb_job_description(client: TestClient) -> None:
    response = client.post("/interviews", data={**FORM, "job_description": "x" * 2_000_000})
    assert response.status_code == 422
    assert "limit is 100,000" in field_errors(response.text)["job_description"]


def test_huge_request_is_refused_with_a_page(client: TestClient) -> None:
    response = client.post("/interviews", data={**FORM, "job_description": "x" * 4_000_000})
    assert response.status_code == 413
    assert "limit" in soup(response.text).select_one(".error-message").get_text()


def test_edit_interview_prefills_and_saves(client: TestClient) -> None:
    url = _create(client)
    form = soup(client.get(f"{url}/edit").text)
    assert form.select_one("#f-start_time")["value"] == "14:00"
    assert form.select_one("#f-date")["value"] == "2030-03-12"
    client.post(url, data={**FORM, "role": "Senior Data Analyst", "location": "1 Main St"})
    page = soup(client.get(url).text)
    assert "Senior Data Analyst" in page.h1.get_text()
    assert any("route" in li.get_text() for li in page.select("#checklist li"))


def test_add_interviewers_shows_what_each_assesses(client: TestClient) -> None:
    url = _create(client)
    for name, title, kind in [
        ("Priya Raman", "VP Marketing", "senior_leader"),
        ("Tom Reyes", "Analytics Manager", "hiring_manager"),
        ("Ada Park", "Data Scientist", "peer"),
    ]:
        response = client.post(
            f"{url}/interviewers",
            data={
                "name": name,
                "title": title,
                "kind": kind,
                "start_time": "14:00",
                "end_time": "14:45",
            },
            follow_redirects=False,
        )
        assert response.status_code == 303
    page = soup(client.get(url).text)
    people = page.select("article.person")
    assert [p.h3.get_text() for p in people] == ["Priya Raman", "Tom Reyes", "Ada Park"]
    assert "Strategic alignment" in people[0].select_one(".assesses").get_text()
    assert "Day-to-day execution" in people[1].select_one(".assesses").get_text()
    assert "Collaboration" in people[2].select_one(".assesses").get_text()


def test_add_interviewer_refusal_names_fields(client: TestClient) -> None:
    url = _create(client)
    response = client.post(
        f"{url}/interviewers",
        data={"name": "", "email": "not-an-address", "kind": "peer", "title": "Engineer"},
    )
    assert response.status_code == 422
    errors = field_errors(response.text)
    assert "interviewer's name" in errors["name"]
    assert "not an email" in errors["email"]
    assert soup(response.text).select_one("#add-person #f-title")["value"] == "Engineer"


def test_tick_checklist_item_and_untick(client: TestClient) -> None:
    url = _create(client)
    form = soup(client.get(url).text).select_one("#checklist li form")
    client.post(form["action"], data={"done": "on"})
    first = soup(client.get(url).text).select_one("#checklist li")
    assert "done" in first["class"]
    client.post(form["action"], data={"done": "off"})
    assert "done" not in (soup(client.get(url).text).select_one("#checklist li").get("class") or [])


def test_add_checklist_item_refuses_empty(client: TestClient) -> None:
    url = _create(client)
    response = client.post(f"{url}/checklist", data={"text": "  "})
    assert response.status_code == 422
    assert "Write the step" in soup(response.text).select_one("#checklist .error").get_text()
    client.post(f"{url}/checklist", data={"text": "Iron a shirt"})
    assert "Iron a shirt" in soup(client.get(url).text).select_one("#checklist").get_text()


def test_missing_interview_is_404(client: TestClient) -> None:
    response = client.get("/interviews/4242")
    assert response.status_code == 404
    assert "no interview 4242" in response.text


def test_delete_interview(client: TestClient) -> None:
    url = _create(client)
    client.post(f"{url}/delete")
    assert client.get(url).status_code == 404


def test_cross_site_post_is_refused(client: TestClient) -> None:
    response = client.post("/interviews", data=FORM, headers={"origin": "https://evil.example"})
    assert response.status_code == 403


def test_calendar_download_parses_back(client: TestClient) -> None:
    from icalendar import Calendar

    url = _create(client)
    client.post(f"{url}/interviewers", data={"name": "Priya Raman", "title": "VP", "kind": "senior_leader"})
    response = client.get(f"{url}/calendar.ics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    assert "attachment" in response.headers["content-disposition"]
    events = Calendar.from_ical(response.content).walk("VEVENT")
    interview = events[0]
    assert interview.decoded("dtstart").isoformat() == "2030-03-12T14:00:00-04:00"
    assert "Priya Raman" in str(interview.get("description"))
    assert interview.walk("VALARM")
    reminder = events[1]
    assert reminder.decoded("dtend").isoformat() == "2030-03-13T16:00:00-04:00"


def test_calendar_without_date_explains(client: TestClient) -> None:
    url = _create(client, date="", start_time="", end_time="")
    response = client.get(f"{url}/calendar.ics")
    assert response.status_code == 400
    assert "no date yet" in soup(response.text).select_one(".error-message").get_text()
