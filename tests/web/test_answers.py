"""The answer box and POST /api/analyze: the panel, the JSON shape, the refusals."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from roundtwo.coach import analyze
from roundtwo.content.vocabulary import CATEGORIES
from roundtwo.web.routes.answers import CATEGORY_LABELS, analysis_panel

from pages import field_errors, soup

QUESTION = "Tell me about a time you fixed a process that was failing."
ANSWER = (
    "Our onboarding flow was losing customers. I was asked to find out why. "
    "Um, I interviewed 12 customers and I rewrote the signup emails. "
    "As a result, activation rose from 40% to 55% within 6 weeks."
)
WE_ANSWER = "We had a big project. We worked on it together and we did a lot of meetings."
CONTRACT_FIELDS = {
    "sentences",
    "star",
    "metrics",
    "score",
    "word_count",
    "attributes",
    "feedback",
    "follow_up",
}


def test_answer_box_offers_every_category(client: TestClient) -> None:
    page = soup(client.get("/answer").text)
    options = [o["value"] for o in page.select("#f-category option")]
    assert options == ["", *CATEGORIES]
    assert list(CATEGORY_LABELS) == list(CATEGORIES)
    assert page.select_one("#analysis")["data-state"] == "empty"
    assert page.select_one("form[data-analyze]")["data-analyze"] == "/api/analyze"


def test_check_answer_shows_the_panel_and_keeps_the_form(client: TestClient) -> None:
    response = client.post("/answer", data={"question": QUESTION, "category": "failure", "answer": ANSWER})
    assert response.status_code == 200
    page = soup(response.text)
    assert page.select_one("#f-question")["value"] == QUESTION
    assert page.select_one("#f-category option[selected]")["value"] == "failure"
    assert page.select_one("#f-answer").get_text() == ANSWER
    panel = page.select_one("#analysis")
    expected = analyze(ANSWER, QUESTION, "failure")
    assert int(panel.select_one("[data-score]")["data-score"]) == expected.score
    assert {m.get_text() for m in panel.select(".marked mark.metric")} == {m.text for m in expected.metrics}
    assert {m.get_text() for m in panel.select(".marked mark.filler")} == {s.text for s in expected.fillers}
    assert len(panel.select(".feedback li")) == len(expected.feedback)


def test_check_answer_all_we_is_flagged(client: TestClient) -> None:
    panel = soup(client.post("/answer", data={"answer": WE_ANSWER}).text).select_one("#analysis")
    assert panel.select_one(".part.missing[data-part=R]") is not None
    assert "“we”" in panel.select_one("dd.ownership").get_text()
    assert panel.select_one(".follow-up .probe").get_text(strip=True)


@pytest.mark.parametrize(
    ("form", "field", "words"),
    [
        pytest.param({"answer": ""}, "answer", "empty", id="empty"),
        pytest.param({"answer": "   \n  "}, "answer", "empty", id="blank"),
        pytest.param({"answer": "word " * 12_000}, "answer", "limit", id="too-long"),
        pytest.param(
            {"answer": ANSWER, "category": "astrology"}, "category", "unknown category", id="bad-category"
        ),
        pytest.param(
            {"answer": ANSWER, "question": "why? " * 300}, "question", "limit is 1,000", id="long-question"
        ),
    ],
)
def test_check_answer_refusal_keeps_what_was_typed(
    client: TestClient, form: dict, field: str, words: str
) -> None:
    response = client.post("/answer", data={"question": "", "category": "", **form})
    assert response.status_code == 422
    assert words in field_errors(response.text)[field].lower()
    page = soup(response.text)
    assert page.select_one("#f-answer").get_text() == form["answer"]
    assert page.select_one("#analysis")["data-state"] == "empty"


def test_api_analyze_returns_the_contract_fields(client: TestClient) -> None:
    reply = client.post("/api/analyze", json={"answer": ANSWER, "question": QUESTION, "category": "failure"})
    assert reply.status_code == 200
    data = reply.json()
    assert data["ok"] is True
    assert set(data["analysis"]) >= CONTRACT_FIELDS
    assert data["analysis"] == analyze(ANSWER, QUESTION, "failure").to_dict()
    assert data["panel"]["score"] == data["analysis"]["score"]


def test_api_analyze_without_question_or_category(client: TestClient) -> None:
    reply = client.post("/api/analyze", json={"answer": WE_ANSWER})
    assert reply.status_code == 200
    assert reply.json()["analysis"]["star"]["R"] is False


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        pytest.param({"answer": ""}, 422, "empty", id="empty"),
        pytest.param({}, 422, "empty", id="missing-answer"),
        pytest.param({"answer": "x " * 30_000}, 422, "limit", id="too-long"),
        pytest.param({"answer": ANSWER, "category": "astrology"}, 422, "unknown category", id="bad-category"),
        pytest.param({"answer": 12}, 422, "must be text", id="answer-not-text"),
        pytest.param({"answer": ANSWER, "question": ["a"]}, 422, "must be text", id="question-not-text"),
        pytest.param([ANSWER], 400, "not an object", id="array-body"),
    ],
)
def test_api_analyze_refusals(client: TestClient, body: object, status: int, words: str) -> None:
    reply = client.post("/api/analyze", json=body)
    assert reply.status_code == status
    data = reply.json()
    assert data["ok"] is False
    assert words in data["error"]["message"]
    assert data["error"]["status"] == status


def test_api_analyze_refuses_broken_json(client: TestClient) -> None:
    reply = client.post("/api/analyze", content=b'{"answer": ', headers={"content-type": "application/json"})
    assert reply.status_code == 400
    assert "not valid JSON" in reply.json()["error"]["message"]


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(ANSWER, id="metrics-and-filler"),
        pytest.param(WE_ANSWER, id="we-only"),
        pytest.param("I cut costs by 20%, you know, basically.", id="one-sentence"),
    ],
)
def test_analysis_panel_segments_rebuild_each_sentence(answer: str) -> None:
    analysis = analyze(answer)
    panel = analysis_panel(answer, analysis)
    for sentence, shown in zip(analysis.sentences, panel["sentences"], strict=True):
        assert "".join(piece["text"] for piece in shown["segments"]) == sentence.text
    marked = [p["text"] for s in panel["sentences"] for p in s["segments"] if p["mark"] == "metric"]
    assert marked == [m.text for m in analysis.metrics]
    assert panel["missing"] == [p["label"] for p in panel["parts"] if not p["present"]]
