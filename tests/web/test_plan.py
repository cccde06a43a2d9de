"""The plan per person on the interview page and the questions-to-ask endpoints."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from roundtwo.services import interviews, plan
from roundtwo.services.demo import load_demo
from roundtwo.services.runtime import Runtime
from roundtwo.store.models import Story

from pages import field_errors, soup

SALARY = "What's the salary range?"
SUCCESS = "What would success look like in the first 90 days?"


@pytest.fixture
def demo(sqlite_runtime: Runtime) -> dict[str, int]:
    """The demo interview: ``{"interview": id, <kind>: first interviewer id of that kind}``."""
    with sqlite_runtime.session() as session:
        made = load_demo(session, zone="Europe/London", today=date(2030, 3, 4))
        assert made is not None
        ids = {"interview": made.id}
        for person in made.interviewers:
            ids.setdefault(person.kind, person.id)
        return ids


def _url(demo: dict[str, int], kind: str = "hiring_manager") -> str:
    return f"/interviews/{demo['interview']}/interviewers/{demo[kind]}/asks"


def _person(client: TestClient, demo: dict[str, int], kind: str = "hiring_manager"):
    page = soup(client.get(f"/interviews/{demo['interview']}").text)
    return page.select_one(f"article.person[data-person='{demo[kind]}']")


def _asks(client: TestClient, demo: dict[str, int], kind: str = "hiring_manager") -> list:
    return _person(client, demo, kind).select("li.ask")


def _add(client: TestClient, demo: dict[str, int], text: str, kind: str = "hiring_manager") -> None:
    response = client.post(_url(demo, kind), data={"text": text}, follow_redirects=False)
    assert response.status_code == 303, response.text
    assert response.headers["location"] == f"/interviews/{demo['interview']}#asks-{demo[kind]}"


def test_interview_page_shows_likely_questions_per_person(
    client: TestClient, demo: dict[str, int], sqlite_runtime: Runtime
) -> None:
    page = soup(client.get(f"/interviews/{demo['interview']}").text)
    with sqlite_runtime.session() as session:
        built = plan.build_plan(session, interviews.get_interview(session, demo["interview"]))
    for person_id, person_plan in built.people.items():
        article = page.select_one(f"article.person[data-person='{person_id}']")
        shown = [li["data-question"] for li in article.select(".likely-questions > li")]
        assert shown == [item.question.id for item in person_plan.likely]
        first = article.select_one(".likely-questions > li")
        probes = [li.get_text(strip=True) for li in first.select(".probes li")]
        assert probes == list(person_plan.likely[0].question.follow_ups)
        assert first.select_one(".stories a")["href"] == "/stories/new"
    assert len(page.select("link[href='/static/plan.css']")) == 1


def test_interview_page_links_matching_stories(
    client: TestClient, demo: dict[str, int], sqlite_runtime: Runtime
) -> None:
    first = _person(client, demo).select_one(".likely-questions > li")
    with sqlite_runtime.session() as session:
        built = plan.build_plan(session, interviews.get_interview(session, demo["interview"]))
        competencies = built.people[demo["hiring_manager"]].likely[0].question.competencies
        story = Story(title="Saying no to sales", competencies=list(competencies[:1]))
        session.add(story)
        session.commit()
        story_id = story.id
    first = _person(client, demo).select_one(
        f".likely-questions > li[data-question='{first['data-question']}']"
    )
    link = first.select_one(".stories a.story")
    assert link.get_text() == "Saying no to sales"
    assert link["href"] == f"/stories/{story_id}/edit"


@pytest.mark.parametrize(
    ("text", "flag", "words"),
    [
        pytest.param(SALARY, "flag-hr", "Leave for HR after an offer", id="administrative"),
        pytest.param("What does your company do?", "flag-generic", "The website answers this", id="generic"),
        pytest.param(
            "Where is the company heading over the next five years?",
            "flag-kind",
            "Senior leader",
            id="other_kind",
        ),
        pytest.param(SUCCESS, None, None, id="unflagged"),
    ],
)
def test_add_ask_shows_the_checkers_flag(
    client: TestClient, demo: dict[str, int], text: str, flag: str | None, words: str | None
) -> None:
    _add(client, demo, text)
    [ask] = _asks(client, demo)
    assert ask.select_one(".ask-text").get_text() == text
    flags = ask.select(".flag")
    if flag is None:
        assert flags == []
        assert "flagged" not in ask["class"]
    else:
        assert [f["class"][1] for f in flags] == [flag]
        assert words in flags[0].get_text()
        assert "flagged" in ask["class"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "Write the question", id="empty"),
        pytest.param("Why? " * 120, "keep it under 500", id="too_long"),
        pytest.param(SUCCESS.lower(), "already on the list", id="duplicate"),
    ],
)
def test_add_ask_refusal_keeps_typed_text(
    client: TestClient, demo: dict[str, int], text: str, message: str
) -> None:
    _add(client, demo, SUCCESS)
    response = client.post(_url(demo), data={"text": text})
    assert response.status_code == 422
    key = f"ask-{demo['hiring_manager']}"
    assert message in field_errors(response.text)[key]
    assert soup(response.text).select_one(f"#f-{key}")["value"] == text
    assert [a.select_one(".ask-text").get_text() for a in _asks(client, demo)] == [SUCCESS]


def test_edit_ask_saves_and_refusal_opens_the_editor(client: TestClient, demo: dict[str, int]) -> None:
    _add(client, demo, SALARY)
    _add(client, demo, SUCCESS)
    salary_id = _asks(client, demo)[0]["data-ask"]
    response = client.post(
        f"{_url(demo)}/{salary_id}", data={"text": "How is the team organised?"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert [a.select_one(".ask-text").get_text() for a in _asks(client, demo)] == [
        "How is the team organised?",
        SUCCESS,
    ]
    refused = client.post(f"{_url(demo)}/{salary_id}", data={"text": f"{SUCCESS} "})
    assert refused.status_code == 422
    key = f"ask-{demo['hiring_manager']}-{salary_id}"
    assert "already on the list" in field_errors(refused.text)[key]
    editor = soup(refused.text).select_one(f"li.ask[data-ask='{salary_id}'] details.ask-edit")
    assert editor.has_attr("open")
    assert editor.select_one("input[name=text]")["value"] == f"{SUCCESS} "


def test_move_and_delete_asks(client: TestClient, demo: dict[str, int]) -> None:
    for text in ("One?", "Two?", "Three?"):
        _add(client, demo, text, kind="peer")
    first, second, third = (a["data-ask"] for a in _asks(client, demo, "peer"))
    buttons = _asks(client, demo, "peer")[0].select(".ask-tools button[aria-label^='Move']")
    assert [b.has_attr("disabled") for b in buttons] == [True, False]
    moved = client.post(
        f"{_url(demo, 'peer')}/{third}/move", data={"direction": "up"}, follow_redirects=False
    )
    assert moved.status_code == 303
    assert client.post(f"{_url(demo, 'peer')}/{first}/delete", follow_redirects=False).status_code == 303
    assert [a["data-ask"] for a in _asks(client, demo, "peer")] == [third, second]


def test_move_ask_refuses_unknown_direction(client: TestClient, demo: dict[str, int]) -> None:
    _add(client, demo, "One?")
    ask_id = _asks(client, demo)[0]["data-ask"]
    response = client.post(f"{_url(demo)}/{ask_id}/move", data={"direction": "sideways"})
    assert response.status_code == 400
    assert "up or down" in soup(response.text).select_one(".error-message").get_text()


def test_add_suggestions_fills_the_list(client: TestClient, demo: dict[str, int]) -> None:
    assert (
        client.post(f"{_url(demo, 'senior_leader')}/suggestions", follow_redirects=False).status_code == 303
    )
    shown = _asks(client, demo, "senior_leader")
    assert 0 < len(shown) <= 3
    assert all(not a.select(".flag-hr") for a in shown)
    client.post(f"{_url(demo, 'senior_leader')}/suggestions")
    texts = [a.select_one(".ask-text").get_text() for a in _asks(client, demo, "senior_leader")]
    assert len(texts) > len(shown) and len(set(texts)) == len(texts)


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/interviews/{interview}/interviewers/9999/asks", id="unknown_person"),
        pytest.param("/interviews/9999/interviewers/{hr}/asks", id="unknown_interview"),
        pytest.param("/interviews/{interview}/interviewers/{hr}/asks/9999/delete", id="unknown_question"),
    ],
)
def test_asks_for_unknown_things_are_404(client: TestClient, demo: dict[str, int], path: str) -> None:
    response = client.post(path.format(**demo), data={"text": "Why?"})
    assert response.status_code == 404
    assert soup(response.text).select_one(".error-message").get_text().lower().startswith("there is no")


def test_interview_without_people_has_no_plan(client: TestClient) -> None:
    form = {"company": "Acme", "role": "Analyst", "timezone": "UTC"}
    url = client.post("/interviews", data=form, follow_redirects=False).headers["location"]
    page = soup(client.get(url).text)
    assert page.select(".person-plan") == []
    assert page.select_one("#people") is not None
