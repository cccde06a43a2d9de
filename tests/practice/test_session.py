"""The session state machine: prompts, answers, follow-ups, resume, determinism, early end."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import pytest

from roundtwo.content.vocabulary import FORMATS
from roundtwo.errors import RoundtwoError
from roundtwo.practice import InterviewSetup, Session, company_facts, resume_session, start_session
from roundtwo.read.questions import Question

Play = Callable[[Session, Sequence[str]], Session]


def _script(answers: dict[str, str], count: int = 14) -> list[str]:
    # A mix of strong, weak and technical answers, long enough to finish any session.
    cycle = ["strong", "weak", "tech_unjustified", "strong", "failure_no_lesson", "tech_justified"]
    return [answers[cycle[i % len(cycle)]] for i in range(count)]


def _prompts(session: Session, given: Sequence[str]) -> list[tuple[str, str, str]]:
    seen = []
    for text in given:
        prompt = session.prompt
        if prompt is None:
            break
        seen.append((prompt.type, prompt.interviewer.name, prompt.text))
        session.answer(text)
    return seen


@pytest.mark.parametrize("fmt", FORMATS)
def test_session_same_seed_same_session(fmt: str, answers: dict[str, str], play: Play) -> None:
    first = play(start_session(fmt, role="software_engineering", seed=7), _script(answers)).to_dict()
    second = play(start_session(fmt, role="software_engineering", seed=7), _script(answers)).to_dict()
    assert first == second
    assert first["turns"]


def test_session_seed_varies_the_questions() -> None:
    plans = {
        tuple(p["question_id"] for p in start_session("panel", seed=seed).to_state()["plan"])
        for seed in range(4)
    }
    assert len(plans) > 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stop", [1, 3, 5])
def test_session_resume_gives_same_remaining_prompts(fmt: str, stop: int, answers: dict[str, str]) -> None:
    given = _script(answers)
    straight = start_session(fmt, role="data_analytics", seed=3)
    expected = _prompts(straight, given)

    paused = start_session(fmt, role="data_analytics", seed=3)
    before = _prompts(paused, given[:stop])
    stored = json.loads(json.dumps(paused.to_state()))
    resumed = resume_session(stored)
    after = _prompts(resumed, given[len(before) :])
    assert before + after == expected
    assert resumed.to_dict() == straight.to_dict()


def test_session_probes_weak_answer_not_strong(
    answers: dict[str, str], bank: tuple[Question, ...], play: Play
) -> None:
    session = start_session("sequential", seed=1, bank=bank)
    session.answer(answers["strong"])
    assert session.prompt is not None and session.prompt.type == "question"
    session.answer(answers["weak"])
    probe = session.prompt
    assert probe is not None and probe.type == "follow_up"
    assert probe.reason in {"no_action", "no_result"}
    assert probe.interviewer.name == session.turns[-1]["interviewer"]


def test_session_probe_names_what_a_failure_lacked(
    answers: dict[str, str], bank: tuple[Question, ...]
) -> None:
    failure = Question(
        "t-fail-1",
        "Tell me about a time you failed.",
        "failure",
        ("failure_learning",),
        ("hiring_manager", "peer", "senior_leader"),
        ("sequential",),
        (),
        (),
    )
    session = start_session("sequential", seed=0, bank=(failure,), length=1)
    session.answer(answers["failure_no_lesson"])
    assert session.prompt is not None and session.prompt.reason == "no_lesson"


def test_session_at_most_two_follow_ups_per_question(
    answers: dict[str, str], bank: tuple[Question, ...], play: Play
) -> None:
    session = play(start_session("sequential", seed=2, bank=bank), [answers["weak"]] * 40)
    per_question = Counter(t["main"] for t in session.turns if t["type"] == "follow_up")
    assert per_question and max(per_question.values()) == 2
    assert session.finished


def test_session_follow_up_answer_that_closes_the_gap_moves_on(
    answers: dict[str, str], bank: tuple[Question, ...]
) -> None:
    session = start_session("sequential", seed=2, bank=bank)
    session.answer(answers["weak"])
    assert session.prompt is not None and session.prompt.type == "follow_up"
    session.answer(answers["strong"])
    assert session.turns[-1]["closes"]
    assert session.prompt is not None and session.prompt.type == "question"


@pytest.mark.parametrize("blank", ["", "   \n  "], ids=["empty", "whitespace"])
def test_session_empty_answer_is_skipped(blank: str, bank: tuple[Question, ...]) -> None:
    session = start_session("panel", seed=0, bank=bank)
    asked = session.prompt
    turn = session.answer(blank)
    assert turn["skipped"] and turn["analysis"] is None
    assert session.prompt is not None and session.prompt.type == "question"
    assert asked is not None
    assert [s["text"] for s in session.scorecard()["skipped"]] == [asked.text]


def test_session_finish_early_leaves_rest_unasked(answers: dict[str, str], play: Play) -> None:
    session = play(start_session("sequential", seed=4), [answers["strong"]] * 2)
    session.finish()
    card = session.scorecard()
    assert session.finished and session.prompt is None
    assert card["ended_early"] and card["unasked"] == 9 - card["asked"]
    assert not session.to_dict()["complete"]
    with pytest.raises(RoundtwoError, match="over"):
        session.answer(answers["strong"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param({"format": "dinner"}, "choose one of: sequential", id="format"),
        pytest.param(
            {"format": "panel", "role": "astronaut"}, "choose one of: software_engineering", id="role"
        ),
        pytest.param({"format": "panel", "length": -1}, "negative", id="length"),
    ],
)
def test_session_bad_start_refused(args: dict, message: str) -> None:
    with pytest.raises(RoundtwoError, match=message):
        start_session(**args)


@pytest.mark.parametrize(
    "state",
    [
        pytest.param({}, id="empty"),
        pytest.param({"version": 99, "format": "panel"}, id="other_version"),
    ],
)
def test_session_resume_refuses_unknown_state(state: dict) -> None:
    with pytest.raises(RoundtwoError, match="cannot be resumed"):
        resume_session(state)


def test_session_non_english_answer_leaves_state_unchanged(bank: tuple[Question, ...]) -> None:
    session = start_session("panel", seed=0, bank=bank)
    before = session.to_state()
    with pytest.raises(RoundtwoError, match="English"):
        session.answer("Das Projekt war schwierig, aber wir haben es gemeinsam geschafft und viel gelernt.")
    assert session.to_state() == before


@pytest.mark.parametrize(("length", "expected"), [(0, 0), (2, 2), (None, 9)], ids=["zero", "two", "default"])
def test_session_length_override(length: int | None, expected: int) -> None:
    session = start_session("sequential", seed=0, length=length)
    assert len(session.to_state()["plan"]) == expected
    assert session.finished == (expected == 0)


def test_session_sequential_interviewers_ask_their_own_block() -> None:
    session = start_session("sequential", seed=5)
    plan = session.to_state()["plan"]
    seats = [p["interviewer"] for p in plan]
    assert seats == [0, 0, 0, 1, 1, 1, 2, 2, 2]
    kinds = [session.interviewers[p["interviewer"]].kind for p in plan]
    assert kinds[:3] == ["hiring_manager"] * 3 and kinds[-1] == "senior_leader"


def test_session_panel_rotates_and_others_follow_up(
    answers: dict[str, str], bank: tuple[Question, ...], play: Play
) -> None:
    session = play(start_session("panel", seed=6, bank=bank), [answers["weak"]] * 30)
    cast = [p.name for p in session.interviewers]
    assert 3 <= len(cast) <= 5
    turns = session.turns
    mains = [t for t in turns if t["type"] == "question"]
    assert [t["interviewer"] for t in mains] == [cast[i % len(cast)] for i in range(len(mains))]
    firsts = [t for t in turns if t["type"] == "follow_up" and turns[t["number"] - 2]["type"] == "question"]
    assert firsts
    for probe in firsts:
        asked_by = turns[probe["number"] - 2]["interviewer"]
        assert probe["interviewer"] != asked_by
        assert asked_by in probe["lead"]


@pytest.mark.parametrize("seed", range(5))
def test_session_panel_has_one_pressure_question(seed: int, bank: tuple[Question, ...]) -> None:
    plan = start_session("panel", seed=seed, bank=bank).to_state()["plan"]
    pressure = [i for i, p in enumerate(plan) if p["pressure"]]
    assert len(pressure) == 1 and pressure[0] > 0


def test_session_technical_asks_role_scenarios(answers: dict[str, str], bank: tuple[Question, ...]) -> None:
    session = start_session("technical", role="software_engineering", seed=0, bank=bank)
    plan = session.to_state()["plan"]
    assert len(plan) == 3 and all(p["question_id"].startswith("t-tech-") for p in plan)
    session.answer(answers["tech_unjustified"])
    probe = session.prompt
    assert probe is not None and probe.reason == "unjustified_choice"
    assert "message queue" in probe.text
    assert session.turns[0]["reasoning"]["choices"]


def test_session_technical_justified_answer_gets_no_probe(
    answers: dict[str, str], bank: tuple[Question, ...]
) -> None:
    session = start_session("technical", role="software_engineering", seed=0, bank=bank)
    session.answer(answers["tech_justified"])
    assert session.prompt is not None and session.prompt.type == "question"


@pytest.mark.parametrize("fmt", ["case_study", "presentation"])
def test_session_case_starts_with_presentation(
    fmt: str, answers: dict[str, str], bank: tuple[Question, ...]
) -> None:
    session = start_session(fmt, seed=0, bank=bank)
    first = session.prompt
    assert first is not None and first.type == "presentation"
    assert first.present_minutes == 10 and first.prepare_minutes and first.prepare_minutes > 0
    assert str(first.present_minutes) in first.lead
    turn = session.answer(answers["presentation_thin"])
    assert set(turn["presentation"]["missing"]) == {
        "situation",
        "analysis",
        "recommendation",
        "metrics",
        "risks",
    }
    probe = session.prompt
    assert probe is not None and probe.reason == "no_recommendation"
    assert probe.interviewer.name != first.interviewer.name
    session.answer(answers["strong"])
    then = session.prompt
    assert then is not None and then.text == "Which risk worries you most?"


def test_session_case_full_presentation_gets_no_probe(
    answers: dict[str, str], bank: tuple[Question, ...]
) -> None:
    session = start_session("case_study", seed=0, bank=bank)
    turn = session.answer(answers["presentation"])
    assert turn["presentation"]["missing"] == []
    assert session.prompt is not None and session.prompt.type == "question"


_JD = """Senior Data Analyst
We are looking for a data analyst with strong SQL, statistics and dashboards in Tableau.
You will partner with stakeholders and communicate insights to leadership.
"""


def test_session_real_interviewers_become_personas() -> None:
    setup = InterviewSetup(
        company=company_facts("Northwind Labs", products="Atlas; Beacon", competitors="Contoso"),
        job_description=_JD,
        interviewers=(
            {"name": "Ana Ruiz", "title": "Director of Analytics", "kind": "hiring_manager"},
            {"name": "Ben Cole", "title": "", "kind": "peer"},
        ),
        formats=("sequential",),
    )
    session = start_session("sequential", seed=0, interview=setup)
    cast = session.interviewers
    assert [p.name for p in cast] == ["Ana Ruiz", "Ben Cole"]
    assert all(p.real for p in cast)
    assert cast[1].title == "Senior Data Analyst"  # the kind's default title for the family
    assert session.to_state()["role"] == "data_analytics"
    texts = " ".join(p["text"] for p in session.to_state()["plan"])
    assert "{company}" not in texts


def test_session_small_real_panel_is_filled_with_stand_ins() -> None:
    setup = InterviewSetup(interviewers=({"name": "Ana Ruiz", "title": "VP Sales", "kind": "senior_leader"},))
    cast = start_session("panel", seed=0, interview=setup).interviewers
    assert len(cast) == 3
    assert cast[0].name == "Ana Ruiz" and not cast[0].stand_in
    assert all(p.stand_in for p in cast[1:])


def test_session_preparation_note_becomes_the_brief() -> None:
    setup = InterviewSetup(
        preparation="Prepare a 12-minute presentation on raising driver adoption of our app."
    )
    session = start_session("presentation", seed=0, interview=setup)
    first = session.prompt
    assert first is not None and first.type == "presentation"
    assert "driver adoption" in first.text and first.present_minutes == 12


def test_session_due_weak_questions_come_first(bank: tuple[Question, ...]) -> None:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    reviews = {"t-team-11": (0, 30, now - timedelta(days=1)), "t-team-12": (3, 95, now - timedelta(days=1))}
    plan = start_session("sequential", seed=0, bank=bank, reviews=reviews, now=now).to_state()["plan"]
    ids = [p["question_id"] for p in plan]
    assert ids[0] == "t-team-11"
    assert ids.count("t-team-11") == 1


def test_session_short_sequential_meets_fewer_people() -> None:
    session = start_session("sequential", seed=0, length=2)
    assert len(session.interviewers) == 2
    assert [p["interviewer"] for p in session.to_state()["plan"]] == [0, 1]
