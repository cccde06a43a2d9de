"""The questions to ask each interviewer: validation, order, suggestions."""

from __future__ import annotations

from datetime import date

import pytest

from roundtwo.errors import NotFound, RoundtwoError, ValidationFailed
from roundtwo.read.asks import suggest_questions
from roundtwo.services import asks, interviews, plan
from roundtwo.services.demo import load_demo
from roundtwo.services.runtime import Runtime

SUCCESS = "What would success look like in the first 90 days?"
SALARY = "What's the salary range?"


def _demo(runtime: Runtime) -> tuple[int, dict[str, int]]:
    """The demo interview's id and one interviewer id per kind."""
    with runtime.session() as session:
        made = load_demo(session, zone="Europe/London", today=date(2030, 3, 4))
        assert made is not None
        people: dict[str, int] = {}
        for person in made.interviewers:
            people.setdefault(person.kind, person.id)
        return made.id, people


def _texts(runtime: Runtime, interview_id: int, person_id: int) -> list[str]:
    with runtime.session() as session:
        return [a.text for a in asks.list_asks(session, interview_id, person_id)]


def _add(runtime: Runtime, interview_id: int, person_id: int, *texts: str) -> list[int]:
    with runtime.session() as session:
        return [asks.add_ask(session, interview_id, person_id, t).id for t in texts]


def test_add_ask_appends_and_keeps_flagged_ones(runtime: Runtime) -> None:
    interview_id, people = _demo(runtime)
    _add(runtime, interview_id, people["hiring_manager"], SALARY, f"  {SUCCESS}\n")
    assert _texts(runtime, interview_id, people["hiring_manager"]) == [SALARY, SUCCESS]
    assert _texts(runtime, interview_id, people["peer"]) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "Write the question", id="empty"),
        pytest.param(" \n\t ", "Write the question", id="blank"),
        pytest.param("Why? " * 101, "keep it under 500", id="too_long"),
        pytest.param(SUCCESS, "already on the list", id="duplicate"),
        pytest.param(
            "  what would SUCCESS look like in the first 90 days ",
            "already on the list",
            id="duplicate_loosely",
        ),
    ],
)
def test_add_ask_refusals(runtime: Runtime, text: str, message: str) -> None:
    interview_id, people = _demo(runtime)
    _add(runtime, interview_id, people["hiring_manager"], SUCCESS)
    with runtime.session() as session, pytest.raises(ValidationFailed) as caught:
        asks.add_ask(session, interview_id, people["hiring_manager"], text)
    assert message in caught.value.errors["text"]
    assert _texts(runtime, interview_id, people["hiring_manager"]) == [SUCCESS]


def test_add_ask_allows_same_question_for_another_person(runtime: Runtime) -> None:
    interview_id, people = _demo(runtime)
    _add(runtime, interview_id, people["hiring_manager"], SUCCESS)
    _add(runtime, interview_id, people["peer"], SUCCESS)
    assert _texts(runtime, interview_id, people["peer"]) == [SUCCESS]


def test_update_ask_changes_text_in_place(runtime: Runtime) -> None:
    interview_id, people = _demo(runtime)
    person = people["hiring_manager"]
    first, second = _add(runtime, interview_id, person, SALARY, SUCCESS)
    with runtime.session() as session:
        asks.update_ask(session, interview_id, person, first, "How does the team plan its quarter?")
        asks.update_ask(session, interview_id, person, second, SUCCESS.upper())
    assert _texts(runtime, interview_id, person) == ["How does the team plan its quarter?", SUCCESS.upper()]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "Write the question", id="empty"),
        pytest.param(SALARY, "already on the list", id="duplicate"),
    ],
)
def test_update_ask_refusals_keep_the_old_text(runtime: Runtime, text: str, message: str) -> None:
    interview_id, people = _demo(runtime)
    person = people["hiring_manager"]
    _first, second = _add(runtime, interview_id, person, SALARY, SUCCESS)
    with runtime.session() as session, pytest.raises(ValidationFailed) as caught:
        asks.update_ask(session, interview_id, person, second, text)
    assert message in caught.value.errors["text"]
    assert _texts(runtime, interview_id, person) == [SALARY, SUCCESS]


def test_delete_ask_closes_the_gap(runtime: Runtime) -> None:
    interview_id, people = _demo(runtime)
    person = people["peer"]
    ids = _add(runtime, interview_id, person, "One?", "Two?", "Three?")
    with runtime.session() as session:
        asks.delete_ask(session, interview_id, person, ids[1])
        remaining = asks.list_asks(session, interview_id, person)
        assert [(a.text, a.position) for a in remaining] == [("One?", 0), ("Three?", 1)]


@pytest.mark.parametrize(
    ("index", "direction", "expected"),
    [
        pytest.param(1, "up", ["Two?", "One?", "Three?"], id="up"),
        pytest.param(1, "down", ["One?", "Three?", "Two?"], id="down"),
        pytest.param(0, "up", ["One?", "Two?", "Three?"], id="first_up"),
        pytest.param(2, "down", ["One?", "Two?", "Three?"], id="last_down"),
    ],
)
def test_move_ask(runtime: Runtime, index: int, direction: str, expected: list[str]) -> None:
    interview_id, people = _demo(runtime)
    person = people["peer"]
    ids = _add(runtime, interview_id, person, "One?", "Two?", "Three?")
    with runtime.session() as session:
        asks.move_ask(session, interview_id, person, ids[index], direction)
    assert _texts(runtime, interview_id, person) == expected


@pytest.mark.parametrize("direction", [pytest.param("", id="empty"), pytest.param("sideways", id="unknown")])
def test_move_ask_refuses_other_directions(runtime: Runtime, direction: str) -> None:
    interview_id, people = _demo(runtime)
    [ask_id] = _add(runtime, interview_id, people["peer"], "One?")
    with runtime.session() as session, pytest.raises(RoundtwoError, match="up or down"):
        asks.move_ask(session, interview_id, people["peer"], ask_id, direction)


@pytest.mark.parametrize("kind", ["hiring_manager", "peer", "senior_leader", "hr"])
def test_add_suggestions_fits_kind_and_skips_existing(runtime: Runtime, kind: str) -> None:
    interview_id, people = _demo(runtime)
    person = people[kind]
    with runtime.session() as session:
        interview = interviews.get_interview(session, interview_id)
        facts = plan.company_facts(interview)
        jd = plan.read_jd(interview.job_description)
    assert jd is not None
    offered = [s["text"] for s in suggest_questions(kind, jd.role_family, facts, limit=100)]
    _add(runtime, interview_id, person, offered[0])
    with runtime.session() as session:
        added = [a.text for a in asks.add_suggestions(session, interview_id, person)]
    assert added == offered[1 : 1 + asks.SUGGESTIONS_PER_ADD]
    assert _texts(runtime, interview_id, person) == offered[: 1 + asks.SUGGESTIONS_PER_ADD]


def test_add_suggestions_stops_when_all_are_there(runtime: Runtime) -> None:
    interview_id, people = _demo(runtime)
    person = people["hr"]
    rounds = []
    with runtime.session() as session:
        while added := asks.add_suggestions(session, interview_id, person):
            rounds.append(len(added))
            assert len(rounds) < 100
    texts = _texts(runtime, interview_id, person)
    assert len(texts) == len(set(texts)) == sum(rounds)
    assert rounds and all(n <= asks.SUGGESTIONS_PER_ADD for n in rounds)


def test_asks_refuse_someone_elses_interviewer_and_question(runtime: Runtime) -> None:
    interview_id, people = _demo(runtime)
    [ask_id] = _add(runtime, interview_id, people["peer"], "One?")
    with runtime.session() as session:
        with pytest.raises(NotFound, match="no interviewer"):
            asks.add_ask(session, interview_id + 1, people["peer"], "Two?")
        with pytest.raises(NotFound, match="no question"):
            asks.delete_ask(session, interview_id, people["hr"], ask_id)
        with pytest.raises(NotFound, match="no interviewer"):
            asks.list_asks(session, interview_id, 9999)
    assert _texts(runtime, interview_id, people["peer"]) == ["One?"]
