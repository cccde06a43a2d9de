"""The follow-up page: notes, drafts, export, sending, and where the status shows."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient

from roundtwo.services import interviews
from roundtwo.services.forms import InterviewData, InterviewerData
from roundtwo.services.runtime import Runtime

from pages import field_errors, soup

PEOPLE = [
    ("Priya Raman", "senior_leader", "priya@acme.example", "your plan to enter the Nordic market"),
    ("Tom Reyes", "hiring_manager", "tom@acme.example", "the way you run weekly planning"),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Keeper:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.original_content)
        return "250 OK"


@pytest.fixture
def smtp_inbox() -> Iterator[tuple[int, list[bytes]]]:
    """A real SMTP server on 127.0.0.1: its port and the messages it accepted."""
    port = _free_port()
    keeper = _Keeper()
    controller = Controller(keeper, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, keeper.messages
    controller.stop()


def _configure_smtp(runtime: Runtime, port: int) -> None:
    runtime.settings = runtime.settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": port,
            "smtp_starttls": False,
            "smtp_sender": "Sam Lee <sam@example.com>",
        }
    )


def _interview(runtime: Runtime, *, ended_hours_ago: float = 1) -> tuple[str, list[int]]:
    end = datetime.now(UTC) - timedelta(hours=ended_hours_ago)
    data = InterviewData(
        company="Acme Analytics",
        role="Product Marketing Manager",
        timezone="Europe/London",
        starts_at=end - timedelta(hours=2),
        ends_at=end,
        formats=["sequential"],
    )
    with runtime.session() as session:
        interview = interviews.create_interview(session, data)
        ids = [
            interviews.add_interviewer(
                session, interview.id, InterviewerData(name=name, kind=kind, email=address)
            ).id
            for name, kind, address, _ in PEOPLE
        ]
    return f"/interviews/{interview.id}/follow-up", ids


def _with_drafts(client: TestClient, runtime: Runtime) -> tuple[str, list[int]]:
    url, ids = _interview(runtime)
    for person_id, (*_, point) in zip(ids, PEOPLE, strict=True):
        response = client.post(
            f"{url}/{person_id}/notes",
            data={"topics": "the launch plan", "positive_point": point},
            follow_redirects=False,
        )
        assert response.status_code == 303
    response = client.post(f"{url}/drafts", data={"candidate_name": "Sam Lee"}, follow_redirects=False)
    assert response.status_code == 303
    return url, ids


def _draft_form(html: str, person_id: int) -> Any:
    return soup(html).select_one(f"#person-{person_id} form.draft")


def test_read_follow_up_lists_each_person_with_notes_form(
    client: TestClient, sqlite_runtime: Runtime
) -> None:
    url, ids = _interview(sqlite_runtime)
    page = soup(client.get(url).text)
    assert [a.h2.get_text() for a in page.select("article.person-followup")] == [p[0] for p in PEOPLE]
    assert page.select_one(f"#person-{ids[0]} [data-status]").get_text(strip=True) == "No notes yet"
    assert page.select_one(f"#person-{ids[0]} form.notes textarea[name=positive_point]") is not None
    assert page.select_one("#due time[data-countdown]").get_text().startswith("in ")
    assert page.select_one("form.draft") is None


def test_read_follow_up_missing_interview_is_404(client: TestClient) -> None:
    response = client.get("/interviews/999/follow-up")
    assert response.status_code == 404
    assert "no interview 999" in soup(response.text).select_one(".error-message").get_text()


def test_update_notes_saves_and_shows_them(client: TestClient, sqlite_runtime: Runtime) -> None:
    url, ids = _interview(sqlite_runtime)
    response = client.post(
        f"{url}/{ids[1]}/notes", data={"topics": "hiring plans", "positive_point": "your rota story"}
    )
    page = soup(response.text)
    assert page.select_one(f"#f-{ids[1]}-topics").get_text() == "hiring plans"
    assert page.select_one(f"#person-{ids[1]} [data-status]").get_text(strip=True) == "Notes taken"


@pytest.mark.parametrize(
    ("form", "field"),
    [
        pytest.param({"topics": "t" * 2_500, "positive_point": "kept"}, "topics", id="long-topics"),
        pytest.param({"topics": "kept", "positive_point": "p" * 2_000_000}, "positive_point", id="2mb-point"),
    ],
)
def test_update_notes_refusal_keeps_what_was_typed(
    client: TestClient, sqlite_runtime: Runtime, form: dict[str, str], field: str
) -> None:
    url, ids = _interview(sqlite_runtime)
    response = client.post(f"{url}/{ids[0]}/notes", data=form)
    assert response.status_code == 422
    assert "characters" in field_errors(response.text)[field]
    page = soup(response.text)
    other = "positive_point" if field == "topics" else "topics"
    assert page.select_one(f"#f-{ids[0]}-{other}").get_text() == "kept"


def test_create_drafts_gives_each_person_a_different_note(
    client: TestClient, sqlite_runtime: Runtime
) -> None:
    url, ids = _with_drafts(client, sqlite_runtime)
    html = client.get(url).text
    bodies = []
    for person_id, (name, *_, point) in zip(ids, PEOPLE, strict=True):
        form = _draft_form(html, person_id)
        body = form.select_one("textarea[name=body]").get_text()
        count = int(form.select_one("[data-word-count] [data-count]").get_text())
        assert point in body and name.split()[0] in body
        assert 100 <= count <= 180
        assert "off-target" not in form.select_one("[data-word-count]")["class"]
        bodies.append(body)
    assert bodies[0] != bodies[1]


def test_update_notes_with_redraft_replaces_only_that_draft(
    client: TestClient, sqlite_runtime: Runtime
) -> None:
    url, ids = _with_drafts(client, sqlite_runtime)
    before = _draft_form(client.get(url).text, ids[1]).textarea.get_text()
    point = "your story about the carrier scorecard"
    client.post(
        f"{url}/{ids[0]}/notes", data={"topics": "scorecards", "positive_point": point, "redraft": "1"}
    )
    html = client.get(url).text
    body = _draft_form(html, ids[0]).textarea.get_text()
    assert point in body and PEOPLE[0][3] not in body
    assert body.rstrip().endswith("Sam Lee")
    assert _draft_form(html, ids[1]).textarea.get_text() == before


def test_create_drafts_without_people_explains(client: TestClient, sqlite_runtime: Runtime) -> None:
    with sqlite_runtime.session() as session:
        interview = interviews.create_interview(
            session, InterviewData("Acme", "Analyst", "UTC", None, None, [])
        )
    response = client.post(f"/interviews/{interview.id}/follow-up/drafts", data={})
    assert response.status_code == 400
    assert "no one to thank" in soup(response.text).select_one(".error-message").get_text()


def test_update_draft_saves_edit_and_refuses_empty(client: TestClient, sqlite_runtime: Runtime) -> None:
    url, ids = _with_drafts(client, sqlite_runtime)
    edited = "Dear Priya,\n\nThank you for the Nordic market discussion.\n\nSam"
    client.post(f"{url}/{ids[0]}/draft", data={"subject": "Thank you", "body": edited, "action": "save"})
    form = _draft_form(client.get(url).text, ids[0])
    assert form.select_one("textarea[name=body]").get_text() == edited
    assert form.select_one("[data-count]").get_text() == str(len(edited.split()))
    assert "off-target" in form.select_one("[data-word-count]")["class"]
    response = client.post(
        f"{url}/{ids[0]}/draft", data={"subject": "Kept subject", "body": " ", "action": "save"}
    )
    assert response.status_code == 422
    assert "empty" in field_errors(response.text)["body"]
    assert _draft_form(response.text, ids[0]).select_one("input[name=subject]")["value"] == "Kept subject"


def test_mark_sent_shows_time_and_leaves_dashboard(client: TestClient, sqlite_runtime: Runtime) -> None:
    url, ids = _with_drafts(client, sqlite_runtime)
    due = soup(client.get("/").text).select_one("#notes-due")
    assert "Priya Raman" in due.get_text() and "Tom Reyes" in due.get_text()
    assert due.select_one("time[data-countdown]").get_text().startswith("in ")
    form = _draft_form(client.get(url).text, ids[0])
    data = {"subject": form.select_one("input[name=subject]")["value"], "body": form.textarea.get_text()}
    client.post(f"{url}/{ids[0]}/draft", data={**data, "action": "sent"})
    page = soup(client.get(url).text)
    status = page.select_one(f"#person-{ids[0]} [data-status]").get_text(strip=True)
    assert status.startswith("Sent ") and ("GMT" in status or "BST" in status)
    assert page.select_one(f"#person-{ids[0]} textarea[name=body]").has_attr("readonly")
    due = soup(client.get("/").text).select_one("#notes-due")
    assert "Priya Raman" not in due.get_text() and "Tom Reyes" in due.get_text()
    client.post(f"{url}/{ids[1]}/draft", data={**data, "action": "sent"})
    assert soup(client.get("/").text).select_one("#notes-due") is None


def test_overdue_notes_are_marked(client: TestClient, sqlite_runtime: Runtime) -> None:
    url, ids = _interview(sqlite_runtime, ended_hours_ago=30)
    page = soup(client.get(url).text)
    assert page.select_one("#due .status.overdue").get_text() == "Overdue"
    assert "overdue" in page.select_one(f"#person-{ids[0]} [data-status]")["class"]
    assert soup(client.get("/").text).select_one("#notes-due .status.overdue") is not None


def test_download_eml_parses_back(client: TestClient, sqlite_runtime: Runtime) -> None:
    url, ids = _with_drafts(client, sqlite_runtime)
    link = _draft_form(client.get(url).text, ids[1]).select_one("a[download]")["href"]
    response = client.get(link)
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="thank-you-tom-reyes.eml"'
    message = email.message_from_bytes(response.content, policy=email.policy.default)
    assert message["To"] == "tom@acme.example"
    assert PEOPLE[1][3] in message.get_body().get_content()


def test_mailto_link_carries_subject_and_body(client: TestClient, sqlite_runtime: Runtime) -> None:
    url, ids = _with_drafts(client, sqlite_runtime)
    form = _draft_form(client.get(url).text, ids[0])
    parts = urlsplit(form.select_one("a[data-mailto]")["href"])
    query = parse_qs(parts.query)
    assert parts.scheme == "mailto" and unquote(parts.path) == "priya@acme.example"
    assert query["subject"] == [form.select_one("input[name=subject]")["value"]]
    assert PEOPLE[0][3] in query["body"][0]


def test_send_via_smtp_delivers_and_marks_sent(
    client: TestClient, sqlite_runtime: Runtime, smtp_inbox: tuple[int, list[bytes]]
) -> None:
    port, messages = smtp_inbox
    _configure_smtp(sqlite_runtime, port)
    url, ids = _with_drafts(client, sqlite_runtime)
    form = _draft_form(client.get(url).text, ids[0])
    assert form.select_one("button[value=send]") is not None
    data = {"subject": "Thank you, Priya", "body": form.textarea.get_text(), "action": "send"}
    response = client.post(f"{url}/{ids[0]}/draft", data=data, follow_redirects=False)
    assert response.status_code == 303
    [raw] = messages
    received = email.message_from_bytes(raw, policy=email.policy.default)
    assert received["Subject"] == "Thank you, Priya"
    assert received["To"] == "priya@acme.example"
    status = soup(client.get(url).text).select_one(f"#person-{ids[0]} [data-status]").get_text(strip=True)
    assert status.startswith("Sent ")


def test_send_via_smtp_to_closed_port_keeps_draft(client: TestClient, sqlite_runtime: Runtime) -> None:
    _configure_smtp(sqlite_runtime, _free_port())
    url, ids = _with_drafts(client, sqlite_runtime)
    edited = "Dear Tom,\n\nThank you for walking me through weekly planning.\n\nSam Lee"
    response = client.post(
        f"{url}/{ids[1]}/draft", data={"subject": "Thanks", "body": edited, "action": "send"}
    )
    assert response.status_code == 502
    form = _draft_form(response.text, ids[1])
    assert "could not reach the SMTP server" in form.select_one("#e-send").get_text()
    assert "draft is kept" in form.select_one(".send-error .hint").get_text()
    assert form.textarea.get_text() == edited
    status = soup(client.get(url).text).select_one(f"#person-{ids[1]} [data-status]").get_text(strip=True)
    assert status == "Draft ready"


def test_send_button_hidden_without_smtp(client: TestClient, sqlite_runtime: Runtime) -> None:
    url, ids = _with_drafts(client, sqlite_runtime)
    form = _draft_form(client.get(url).text, ids[0])
    assert form.select_one("button[value=send]") is None
    assert "ROUNDTWO_SMTP_HOST" in form.select_one("p.help").get_text()


def test_interview_page_shows_follow_up_status_and_button(
    client: TestClient, sqlite_runtime: Runtime
) -> None:
    url, _ = _with_drafts(client, sqlite_runtime)
    interview_url = url.removesuffix("/follow-up")
    page = soup(client.get(interview_url).text)
    button = page.select_one(".page-head .actions a[href$='/follow-up']")
    assert button.get_text() == "After the interview: follow-up"
    items = page.select("#followup li")
    assert [li.get_text(" ", strip=True) for li in items] == [f"{p[0]} — draft ready" for p in PEOPLE]
    assert page.select_one("#followup time[data-countdown]").get_text().startswith("in ")


def test_follow_up_assets_are_local(client: TestClient, sqlite_runtime: Runtime) -> None:
    url, _ = _interview(sqlite_runtime)
    page = soup(client.get(url).text)
    sources = [tag.get("href") or tag.get("src") for tag in page.select("link[rel=stylesheet], script[src]")]
    assert "/static/followup.js" in sources and "/static/followup.css" in sources
    for src in sources:
        assert client.get(src).status_code == 200
