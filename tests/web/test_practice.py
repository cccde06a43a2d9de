"""The practice pages: start form, the room in every format, refusals, resume, scorecard, history."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from httpx import Response

from roundtwo.content.vocabulary import FORMATS, ROLE_FAMILIES
from roundtwo.plan.guide import format_label
from roundtwo.services import interviews
from roundtwo.services.forms import InterviewerData, parse_interview
from roundtwo.services.runtime import Runtime

from pages import field_errors, soup

STRONG = (
    "Last year I was the lead analyst on the billing team at a regional energy company. "
    "My goal was to cut the number of billing complaints before the winter peak, because complaints "
    "had doubled in six months. "
    "I pulled three months of complaint tickets and sorted them by cause myself. "
    "I found that most came from estimated meter readings, so I built a weekly report that flagged "
    "accounts with three estimates in a row. "
    "As a result, complaints fell by 35% in four months and the backlog dropped from 12,000 to 3,000."
)
WEAK = "We worked on it together as a team and it went fine in the end."
PRESENTATION = (
    "The situation: mobile sign-up completion is half of desktop and it has dropped for three quarters. "
    "My analysis of the funnel data shows the drop happens at the address step. "
    "I recommend we cut the form to three fields and test it against the current one. "
    "We will measure completion rate weekly, with a target of 70% within one quarter. "
    "The main risk is losing data the sales team needs; to mitigate it we collect the rest after sign-up."
)
TECH = (
    "Assuming the traffic stays under a few thousand writes a second, I'd use PostgreSQL because the team "
    "already runs it and the data is relational. "
    "I considered a document store instead, but the downside is losing joins we need for reporting. "
    "I would measure p95 latency in a load test before launch to validate the choice."
)
CASE_FORMATS = ("case_study", "presentation")


def _start(client: TestClient, **form: str) -> int:
    response = client.post("/practice", data={"seed": "4", **form}, follow_redirects=False)
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    assert location.startswith("/practice/")
    return int(location.removeprefix("/practice/"))


def _room(client: TestClient, practice_id: int) -> BeautifulSoup:
    response = client.get(f"/practice/{practice_id}")
    assert response.status_code == 200, response.text
    return soup(response.text)


def _number(page: BeautifulSoup) -> int:
    return int(page.select_one("#prompt form.answer-form input[name=number]")["value"])


def _answer(client: TestClient, practice_id: int, text: str, number: int | None = None) -> Response:
    if number is None:
        number = _number(_room(client, practice_id))
    return client.post(
        f"/practice/{practice_id}/answer",
        data={"answer": text, "number": str(number)},
        follow_redirects=False,
    )


def _fitting_answer(page: BeautifulSoup) -> str:
    prompt = page.select_one("#prompt")
    if "prompt-presentation" in prompt["class"]:
        return PRESENTATION
    return TECH if "design" in prompt.select_one(".question").get_text() else STRONG


def _finish(client: TestClient, practice_id: int) -> BeautifulSoup:
    response = client.post(f"/practice/{practice_id}/finish", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/practice/{practice_id}/scorecard"
    card = client.get(response.headers["location"])
    assert card.status_code == 200
    return soup(card.text)


def _interview(runtime: Runtime, formats: list[str], people: list[tuple[str, str]]) -> int:
    form = {"company": "Northwind", "role": "Data Analyst", "timezone": "UTC"}
    with runtime.session() as session:
        made = interviews.create_interview(session, parse_interview(form, formats))
        for name, kind in people:
            interviews.add_interviewer(session, made.id, InterviewerData(name=name, title="Lead", kind=kind))
        return made.id


def test_read_practice_offers_formats_roles_and_interviews(
    client: TestClient, sqlite_runtime: Runtime
) -> None:
    interview_id = _interview(sqlite_runtime, ["panel"], [])
    page = soup(client.get("/practice").text)
    assert [o["value"] for o in page.select("#f-format option")] == ["", *FORMATS]
    assert [o["value"] for o in page.select("#f-role_family option")] == ["", *ROLE_FAMILIES]
    interview = page.select_one(f"#f-interview option[value='{interview_id}']")
    assert interview.get_text(strip=True).startswith("Northwind — Data Analyst")
    assert page.select_one("input[name=feedback][value=each]").has_attr("checked")
    assert page.select_one("header.site nav a[href='/practice']").get_text() == "Practice"
    assert page.select_one("#resume") is None


def test_read_practice_prefills_from_the_address(client: TestClient) -> None:
    page = soup(client.get("/practice?format=technical&role_family=legal&feedback=end").text)
    assert page.select_one("#f-format option[selected]")["value"] == "technical"
    assert page.select_one("#f-role_family option[selected]")["value"] == "legal"
    assert page.select_one("input[name=feedback][value=end]").has_attr("checked")


@pytest.mark.parametrize(
    ("form", "fields"),
    [
        pytest.param({"feedback": "end"}, {"format"}, id="empty"),
        pytest.param(
            {"format": "speed-dating", "role_family": "legal", "feedback": "end"}, {"format"}, id="format"
        ),
        pytest.param(
            {"format": "panel", "role_family": "astronaut", "feedback": "end"}, {"role_family"}, id="role"
        ),
        pytest.param(
            {"format": "panel", "interview": "999", "feedback": "end"}, {"interview"}, id="no-interview"
        ),
        pytest.param({"format": "panel", "seed": "lucky", "feedback": "end"}, {"seed"}, id="seed"),
    ],
)
def test_create_practice_refusals_are_field_level_and_keep_the_form(
    client: TestClient, form: dict[str, str], fields: set[str]
) -> None:
    response = client.post("/practice", data=form, follow_redirects=False)
    assert response.status_code == 422
    assert set(field_errors(response.text)) == fields
    page = soup(response.text)
    assert page.select_one("input[name=feedback][value=end]").has_attr("checked")
    for name in ("format", "role_family", "interview"):
        chosen = page.select_one(f"#f-{name} option[selected]")
        if form.get(name) and name not in fields:
            assert chosen is not None and chosen["value"] == form[name]
    if "seed" in form:
        assert page.select_one("#f-seed")["value"] == form["seed"]
    assert client.get("/practice/1").status_code == 404


@pytest.mark.parametrize("fmt", FORMATS)
def test_practice_short_session_in_every_format(client: TestClient, fmt: str) -> None:
    practice_id = _start(client, format=fmt, role_family="software_engineering")
    page = _room(client, practice_id)
    asking = page.select("#cast .persona.asking")
    assert len(asking) == 1 and asking[0]["aria-current"] == "true"
    who = page.select_one("#prompt .prompt-who strong").get_text()
    assert asking[0].select_one(".persona-name").get_text() == who
    assert page.select_one("#prompt .question").get_text(strip=True)
    assert page.select_one("[data-answer-timer]") is not None
    if fmt in CASE_FORMATS:
        assert page.select_one("#brief .brief-text").get_text(strip=True)
        minutes = int(page.select_one("#brief .prep-timer")["data-prepare-minutes"])
        assert minutes > 0 and f"{minutes} minutes" in page.select_one("#brief .brief-timing").get_text()
    else:
        assert page.select_one("#brief") is None
    for _ in range(2):
        response = _answer(client, practice_id, _fitting_answer(page))
        assert response.status_code == 303
        page = _room(client, practice_id)
    card = _finish(client, practice_id)
    assert 0 <= int(card.select_one("#overall [data-score]")["data-score"]) <= 100
    assert len(card.select("#overall .attributes li")) == 4
    turns = card.select("#transcript .practice-turn")
    assert len(turns) == 2
    if fmt in CASE_FORMATS:
        assert turns[0]["data-type"] == "presentation"
        assert len(turns[0].select(".part")) == 5
    assert format_label(fmt) in card.select_one("h1").get_text()


def test_practice_weak_answer_shows_feedback_and_the_probe_next(client: TestClient) -> None:
    practice_id = _start(client, format="sequential", feedback="each")
    response = _answer(client, practice_id, WEAK)
    assert response.headers["location"] == f"/practice/{practice_id}#feedback"
    page = _room(client, practice_id)
    feedback = page.select_one("#feedback")
    assert feedback.select_one(".part.missing[data-part=R]") is not None  # "it went fine" is no result
    assert len(feedback.select(".part.missing")) >= 2
    assert int(feedback.select_one("[data-score]")["data-score"]) < 50
    assert feedback.select(".feedback li")
    probe = page.select_one("#probe-next")
    assert probe is not None and "presses for" in probe.get_text()
    assert page.select_one("#prompt .tag").get_text() == "Follow-up"
    assert "follow-up" in page.select_one("#progress").get_text()


def test_practice_end_mode_keeps_feedback_for_the_scorecard(client: TestClient) -> None:
    practice_id = _start(client, format="panel", feedback="end")
    response = _answer(client, practice_id, WEAK)
    assert response.headers["location"] == f"/practice/{practice_id}#prompt"
    page = _room(client, practice_id)
    assert page.select_one("#feedback") is None and page.select_one("#probe-next") is None
    card = _finish(client, practice_id)
    assert card.select("#transcript .practice-turn .feedback li")
    assert card.select(".improvements li")


@pytest.mark.parametrize("route", ["answer", "skip"])
def test_practice_empty_answer_or_skip_is_noted_on_the_scorecard(client: TestClient, route: str) -> None:
    practice_id = _start(client, format="panel")
    response = client.post(
        f"/practice/{practice_id}/{route}", data={"answer": "", "number": "1"}, follow_redirects=False
    )
    assert response.status_code == 303
    page = _room(client, practice_id)
    assert page.select_one("#progress").get_text().startswith("Question 2 of")
    assert page.select_one("#feedback .skipped") is not None
    card = _finish(client, practice_id)
    assert len(card.select(".skipped-list li")) == 1
    assert card.select_one("#transcript .practice-turn .skipped") is not None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("x" * 1_000_000, "1,000,000 characters", id="one-megabyte"),
        pytest.param(
            "Nous avons travaillé ensemble pour résoudre le problème du client.", "English", id="french"
        ),
    ],
)
def test_practice_refused_answer_keeps_text_and_session(client: TestClient, text: str, words: str) -> None:
    practice_id = _start(client, format="panel")
    response = _answer(client, practice_id, text)
    assert response.status_code == 422
    assert words in field_errors(response.text)["answer"]
    page = soup(response.text)
    assert page.select_one("#f-answer").get_text() == text
    assert _number(page) == 1
    again = _room(client, practice_id)
    assert _number(again) == 1 and again.select_one("#feedback") is None


def test_practice_stale_prompt_number_is_refused(client: TestClient) -> None:
    practice_id = _start(client, format="panel")
    assert _answer(client, practice_id, STRONG, number=1).status_code == 303
    number = _number(_room(client, practice_id))
    response = _answer(client, practice_id, WEAK, number=1)
    assert response.status_code == 409
    assert "prompt 1" in field_errors(response.text)["answer"]
    assert soup(response.text).select_one("#f-answer").get_text() == WEAK
    assert _number(_room(client, practice_id)) == number


def test_practice_finished_session_refuses_answers(client: TestClient) -> None:
    practice_id = _start(client, format="panel")
    _answer(client, practice_id, STRONG)
    _finish(client, practice_id)
    response = _answer(client, practice_id, STRONG, number=2)
    assert response.status_code == 409
    assert "finished" in soup(response.text).select_one(".error-message").get_text()
    room = client.get(f"/practice/{practice_id}", follow_redirects=False)
    assert room.status_code == 303 and room.headers["location"].endswith("/scorecard")


def test_practice_resumes_after_leaving(client: TestClient) -> None:
    practice_id = _start(client, format="technical", role_family="data_analytics")
    _answer(client, practice_id, TECH)
    number = _number(_room(client, practice_id))
    assert number == 2
    listed = soup(client.get("/practice").text).select("#resume li.practice-session")
    assert [li["data-session"] for li in listed] == [str(practice_id)]
    assert listed[0].select_one("a")["href"] == f"/practice/{practice_id}"
    scorecard = client.get(f"/practice/{practice_id}/scorecard", follow_redirects=False)
    assert scorecard.status_code == 303 and scorecard.headers["location"] == f"/practice/{practice_id}"
    assert _number(_room(client, practice_id)) == number


def test_practice_last_answer_leads_to_the_scorecard(client: TestClient) -> None:
    practice_id = _start(client, format="technical", role_family="software_engineering")
    for _ in range(20):
        response = _answer(client, practice_id, TECH)
        assert response.status_code == 303
        if response.headers["location"].endswith("/scorecard"):
            break
    assert response.headers["location"] == f"/practice/{practice_id}/scorecard"
    card = soup(client.get(response.headers["location"]).text)
    assert card.select_one("#reasoning-summary") is not None
    assert soup(client.get("/practice").text).select_one("#resume") is None


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/practice/999"), ("get", "/practice/999/scorecard"), ("post", "/practice/999/finish")],
)
def test_practice_unknown_session_is_404(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path)
    assert response.status_code == 404
    assert "999" in soup(response.text).select_one(".error-message").get_text()


def test_practice_from_an_interview_meets_its_real_people(
    client: TestClient, sqlite_runtime: Runtime
) -> None:
    interview_id = _interview(
        sqlite_runtime, ["panel"], [("Ana Ruiz", "hiring_manager"), ("Bo Lind", "peer")]
    )
    practice_id = _start(client, interview=str(interview_id))
    page = _room(client, practice_id)
    names = [p.get_text() for p in page.select("#cast .persona-name")]
    assert names[:2] == ["Ana Ruiz", "Bo Lind"]
    assert "Northwind — Data Analyst" in page.select_one(".page-head").get_text()


def test_practice_history_draws_the_trend(client: TestClient) -> None:
    empty = soup(client.get("/practice/history").text)
    assert empty.select_one("#trend svg.chart .chart-empty") is not None
    assert empty.select_one("#sessions .empty") is not None
    ids = []
    for text in (WEAK, STRONG):
        practice_id = _start(client, format="sequential")
        _answer(client, practice_id, text)
        _finish(client, practice_id)
        ids.append(practice_id)
    page = soup(client.get("/practice/history").text)
    chart = page.select_one("#trend svg.chart")
    assert chart["role"] == "img"
    assert chart.select_one("title").get_text() == "Practice scores over sessions"
    assert "2 finished sessions" in chart.select_one("desc").get_text()
    assert len(chart.select("polyline")) == 5
    legend = [t.get_text() for t in chart.select(".chart-legend-item text")]
    assert legend == ["Overall", "Cultural fit", "Problem solving", "Motivation and drive", "Communication"]
    rows = page.select(".trend-table tbody tr")
    assert [r["data-session"] for r in rows] == [str(i) for i in ids]
    overall = [int(r.select("td")[2].get_text()) for r in rows]
    assert overall[0] < overall[1]
    assert {li["data-session"] for li in page.select("#sessions li")} == {str(i) for i in ids}
