"""The story bank pages: the bank and its coverage, the form and its checks, export, the JSON reader."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from roundtwo.content.figures import figure
from roundtwo.plan.coverage import competencies, competency_label

from pages import field_errors, soup

WEAK = {
    "title": "The big launch",
    "situation": "We had a big launch coming and the app was not ready.",
    "action": "We worked late every night and we went through the bug list together.",
    "competencies": ["teamwork"],
}
STRONG = {
    "title": "Support backlog",
    "role_context": "Support lead at Northwind",
    "situation": "Our support team was missing its response targets during the holiday peak.",
    "task": "I was asked to bring first-response time back under our 4-hour promise before January.",
    "action": "I analysed two months of tickets and found that 30% were password resets. "
    "I wrote a self-service guide and I trained 6 agents on a triage rota.",
    "result": "First-response time fell from 9 hours to 3 hours within 3 weeks.",
    "competencies": ["customer_focus", "problem_solving"],
}


def _create(client: TestClient, form: dict) -> int:
    response = client.post("/stories", data={**form, "mode": "save"}, follow_redirects=False)
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    assert location.startswith("/stories#story-")
    return int(location.rsplit("-", 1)[1])


def test_read_stories_empty_bank_nudges_towards_the_figure(client: TestClient) -> None:
    page = soup(client.get("/stories").text)
    band = figure("story_bank_size")
    assert f"{int(band.low)}–{int(band.high)}" in page.select_one("#bank-size").get_text()
    assert page.select_one("#stories .empty a")["href"] == "/stories/new"
    rows = page.select("table.matrix tbody tr")
    assert len(rows) == len(competencies())
    gaps = [li.get_text(strip=True) for li in page.select("#coverage ul.gaps li")]
    assert f"No story shows {competency_label('influence').lower()} yet." in gaps


def test_create_story_then_find_it_in_bank_and_matrix(client: TestClient) -> None:
    story_id = _create(client, STRONG)
    page = soup(client.get("/stories").text)
    card = page.select_one(f"#story-{story_id}")
    assert card.h3.get_text(strip=True) == STRONG["title"]
    assert [t.get_text() for t in card.select(".tag")] == [
        competency_label("problem_solving"),
        competency_label("customer_focus"),
    ]
    assert 0 <= int(card.select_one("[data-score]")["data-score"]) <= 100
    assert {p["data-part"] for p in card.select(".part.present")} == {"S", "T", "A", "R"}
    header = page.select_one(f"table.matrix thead th[data-story='{story_id}']")
    assert header.get_text(strip=True) == STRONG["title"]
    for cid in STRONG["competencies"]:
        row = page.select_one(f"table.matrix tr[data-competency={cid}]")
        assert row.select_one(f"td.hit[data-story='{story_id}']") is not None
        assert row.select_one("td.count").get_text() == "1"
    gaps = {li["data-competency"] for li in page.select("#coverage ul.gaps li")}
    assert "customer_focus" not in gaps and "influence" in gaps


def test_weak_story_shows_missing_result_in_bank(client: TestClient) -> None:
    story_id = _create(client, WEAK)
    card = soup(client.get("/stories").text).select_one(f"#story-{story_id}")
    assert card.select_one(".part.missing[data-part=R]") is not None
    assert "Result" in card.select_one(".missing-note").get_text()


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        pytest.param({"title": ""}, "title", "title", id="no-title"),
        pytest.param({"situation": "", "action": ""}, "situation", "at least one part", id="no-star-part"),
        pytest.param({"action": "I did it. " * 1_200}, "action", "limit is 10,000", id="action-too-long"),
        pytest.param(
            {"competencies": ["teamwork", "telepathy"]}, "competencies", "telepathy", id="unknown-competency"
        ),
    ],
)
def test_create_story_refusal_keeps_what_was_typed(
    client: TestClient, changes: dict, field: str, words: str
) -> None:
    form = {**WEAK, "role_context": "Engineer at Acme", "lessons": "Plan early.", **changes}
    response = client.post("/stories", data={**form, "mode": "save"})
    assert response.status_code == 422
    assert words in field_errors(response.text)[field]
    page = soup(response.text)
    assert page.select_one("#f-title")["value"] == form["title"]
    assert page.select_one("#f-role_context")["value"] == "Engineer at Acme"
    assert page.select_one("#f-action").get_text() == form["action"]
    assert page.select_one("#f-lessons").get_text() == "Plan early."
    assert page.select_one("input[name=competencies][value=teamwork]").has_attr("checked")
    assert soup(client.get("/stories").text).select("article.story-card") == []


def test_check_shows_the_analysis_and_saves_nothing(client: TestClient) -> None:
    response = client.post("/stories", data={**WEAK, "title": "", "mode": "check"})
    assert response.status_code == 200
    page = soup(response.text)
    panel = page.select_one("#analysis")
    assert panel["data-state"] == "ready"
    assert panel.select_one(".part.missing[data-part=R]").get_text(strip=True) == "Result missing"
    assert panel.select_one(".follow-up .probe").get_text(strip=True)
    assert page.select_one("#f-situation").get_text() == WEAK["situation"]
    sentences = " ".join(p.get_text(" ", strip=True) for p in panel.select(".marked .sentence"))
    assert "went through the bug list" in sentences
    assert soup(client.get("/stories").text).select("article.story-card") == []


def test_check_marks_metrics_inside_the_text(client: TestClient) -> None:
    page = soup(client.post("/stories", data={**STRONG, "mode": "check"}).text)
    marked = {m.get_text() for m in page.select("#analysis .marked mark.metric")}
    listed = {m.get_text() for m in page.select("#analysis dd.metrics mark.metric")}
    assert marked and marked == listed
    story_text = " ".join(str(STRONG[k]) for k in ("situation", "task", "action", "result"))
    assert all(text in story_text for text in marked)


def test_edit_story_prefills_shows_analysis_and_saves(client: TestClient) -> None:
    story_id = _create(client, WEAK)
    page = soup(client.get(f"/stories/{story_id}/edit").text)
    assert page.select_one("#f-title")["value"] == WEAK["title"]
    assert page.select_one("#f-situation").get_text() == WEAK["situation"]
    assert page.select_one("input[name=competencies][value=teamwork]").has_attr("checked")
    assert page.select_one("#analysis")["data-state"] == "ready"
    before = int(page.select_one("#analysis [data-score]")["data-score"])
    response = client.post(f"/stories/{story_id}", data={**STRONG, "mode": "save"}, follow_redirects=False)
    assert response.status_code == 303
    page = soup(client.get(f"/stories/{story_id}/edit").text)
    assert page.select_one("#f-title")["value"] == STRONG["title"]
    assert int(page.select_one("#analysis [data-score]")["data-score"]) > before


def test_delete_story_asks_first_and_removes_it(client: TestClient) -> None:
    story_id = _create(client, WEAK)
    page = soup(client.get("/stories").text)
    form = page.select_one(f"#story-{story_id} form[action='/stories/{story_id}/delete']")
    assert WEAK["title"] in form["data-confirm"]
    response = client.post(f"/stories/{story_id}/delete", follow_redirects=False)
    assert response.status_code == 303
    assert soup(client.get("/stories").text).select("article.story-card") == []
    assert client.get(f"/stories/{story_id}/edit").status_code == 404


def test_unknown_story_is_a_404_page(client: TestClient) -> None:
    response = client.get("/stories/999/edit")
    assert response.status_code == 404
    assert "no story 999" in soup(response.text).select_one(".error-message").get_text()


def test_export_markdown_is_a_download_of_the_bank(client: TestClient) -> None:
    _create(client, STRONG)
    _create(client, WEAK)
    response = client.get("/stories/export.md")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/markdown")
    assert "attachment" in response.headers["content-disposition"]
    headings = [line for line in response.text.splitlines() if line.startswith("## ")]
    assert headings[:2] == [f"## {STRONG['title']}", f"## {WEAK['title']}"]


def test_export_markdown_empty_bank(client: TestClient) -> None:
    response = client.get("/stories/export.md")
    assert response.status_code == 200
    assert response.text.splitlines()[0] == "# Story bank"


def test_api_stories_analyze_returns_panel_and_text(client: TestClient) -> None:
    body = {k: v for k, v in STRONG.items() if k != "title"}
    reply = client.post("/api/stories/analyze", json=body)
    assert reply.status_code == 200
    data = reply.json()
    assert data["ok"] is True
    assert data["text"].startswith(STRONG["situation"])
    assert data["analysis"]["star"] == {"S": True, "T": True, "A": True, "R": True}
    assert data["panel"]["score"] == data["analysis"]["score"]


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        pytest.param({}, 422, "situation", id="empty"),
        pytest.param(
            {"situation": "Fine.", "competencies": ["telepathy"]}, 422, "competencies", id="unknown-tag"
        ),
        pytest.param(
            {"situation": "Fine.", "competencies": "teamwork"}, 422, "competencies", id="tags-not-list"
        ),
        pytest.param({"situation": 42}, 422, "situation", id="not-text"),
        pytest.param({"result": "x" * 10_001}, 422, "result", id="too-long"),
    ],
)
def test_api_stories_analyze_refusals(client: TestClient, body: dict, status: int, field: str) -> None:
    reply = client.post("/api/stories/analyze", json=body)
    assert reply.status_code == status
    error = reply.json()["error"]
    assert reply.json()["ok"] is False
    assert field in error["fields"]
