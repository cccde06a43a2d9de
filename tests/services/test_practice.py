"""Stored mock interviews on both databases: start, answer, refuse, resume, finish, reviews, history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from roundtwo.errors import NotFound, RoundtwoError, ValidationFailed
from roundtwo.practice import resume_session, schedule_review, start_session
from roundtwo.practice.scorecard import ATTRIBUTES
from roundtwo.read.questions import load_bank
from roundtwo.services import interviews, practice
from roundtwo.services.forms import InterviewerData, parse_interview
from roundtwo.services.runtime import Runtime, open_runtime
from roundtwo.store.models import PracticeSession, PracticeTurn, QuestionReview

NOW = datetime(2030, 3, 4, 9, 30, tzinfo=UTC)
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
NOT_ENGLISH = "Nous avons travaillé ensemble pour résoudre le problème du client rapidement."


def _start(runtime: Runtime, fmt: str = "panel", seed: int = 5, **form: str) -> int:
    with runtime.session() as session:
        data = practice.parse_start({"format": fmt, "seed": str(seed), **form})
        return practice.start_practice(session, data, NOW).id


def _answer(runtime: Runtime, practice_id: int, text: str, at: datetime = NOW) -> practice.Room:
    with runtime.session() as session:
        room = practice.submit_answer(session, practice_id, text, at)
        room.mock.to_state()  # read while the session is open
        return room


def _state(runtime: Runtime, practice_id: int) -> tuple[dict, int]:
    with runtime.session() as session:
        record = session.get(PracticeSession, practice_id)
        assert record is not None
        count = session.scalar(
            select(func.count()).select_from(PracticeTurn).where(PracticeTurn.session_id == practice_id)
        )
        return record.state, int(count or 0)


def _interview(runtime: Runtime, formats: list[str], people: list[tuple[str, str]], **extra: str) -> int:
    form = {"company": "Northwind", "role": "Data Analyst", "timezone": "UTC", **extra}
    with runtime.session() as session:
        made = interviews.create_interview(session, parse_interview(form, formats))
        for name, kind in people:
            interviews.add_interviewer(session, made.id, InterviewerData(name=name, title="Lead", kind=kind))
        return made.id


@pytest.mark.parametrize(
    ("form", "fields"),
    [
        pytest.param({}, {"format"}, id="empty"),
        pytest.param({"format": "speed-dating"}, {"format"}, id="unknown-format"),
        pytest.param({"format": "panel", "role_family": "astronaut"}, {"role_family"}, id="unknown-role"),
        pytest.param({"format": "panel", "interview": "abc"}, {"interview"}, id="interview-not-a-number"),
        pytest.param({"format": "panel", "feedback": "never"}, {"feedback"}, id="unknown-feedback"),
        pytest.param({"format": "panel", "seed": "-4"}, {"seed"}, id="negative-seed"),
        pytest.param({"format": "panel", "seed": "99999999999"}, {"seed"}, id="seed-too-big"),
        pytest.param(
            {"format": "x", "role_family": "y", "feedback": "z"},
            {"format", "role_family", "feedback"},
            id="all-at-once",
        ),
    ],
)
def test_parse_start_refusals_name_each_field(form: dict[str, str], fields: set[str]) -> None:
    with pytest.raises(ValidationFailed) as caught:
        practice.parse_start(form)
    assert set(caught.value.errors) == fields
    assert all(message.endswith(".") for message in caught.value.errors.values())


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        pytest.param(
            {"format": "technical", "role_family": "software_engineering", "feedback": "end", "seed": "9"},
            practice.StartData("technical", "software_engineering", None, "end", 9),
            id="everything",
        ),
        pytest.param(
            {"interview": " 4 "}, practice.StartData(None, None, 4, "each", None), id="interview-only"
        ),
        pytest.param(
            {"format": "panel"}, practice.StartData("panel", None, None, "each", None), id="defaults"
        ),
    ],
)
def test_parse_start_reads_valid_forms(form: dict[str, str], expected: practice.StartData) -> None:
    assert practice.parse_start(form) == expected


@pytest.mark.parametrize("fmt", ["sequential", "panel", "technical", "case_study", "presentation"])
def test_start_practice_stores_the_engine_state(runtime: Runtime, fmt: str) -> None:
    practice_id = _start(runtime, fmt, seed=11, role_family="marketing", feedback="end")
    with runtime.session() as session:
        room = practice.get_room(session, practice_id)
        record = room.record
        assert (record.format, record.seed, record.feedback_mode, record.status) == (fmt, 11, "end", "active")
        assert record.role_family == "marketing"
        assert room.prompt is not None and room.prompt.number == 1
        expected = start_session(fmt, role="marketing", seed=11).prompt
        assert expected is not None and room.prompt.text == expected.text
        assert (room.mock.brief is not None) == (fmt in ("case_study", "presentation"))


def test_start_practice_from_interview_takes_its_people_and_format(runtime: Runtime) -> None:
    interview_id = _interview(
        runtime, ["sequential", "panel"], [("Ana Ruiz", "hiring_manager"), ("Bo Lind", "peer")]
    )
    practice_id = _start(runtime, fmt="", interview=str(interview_id))
    with runtime.session() as session:
        room = practice.get_room(session, practice_id)
        assert room.record.format == "sequential"
        assert room.record.interview_id == interview_id
        assert room.interview == "Northwind — Data Analyst"
        assert [p.name for p in room.mock.interviewers] == ["Ana Ruiz", "Bo Lind"]
        assert room.record.role_family == "data_analytics"


@pytest.mark.parametrize(
    ("formats", "form", "field"),
    [
        pytest.param(["panel"], {"interview": "999"}, "interview", id="unknown-interview"),
        pytest.param([], {"format": ""}, "format", id="interview-without-format"),
    ],
)
def test_start_practice_refuses_on_the_field(
    runtime: Runtime, formats: list[str], form: dict[str, str], field: str
) -> None:
    interview_id = _interview(runtime, formats, [])
    form = {"interview": str(interview_id), **form}
    with runtime.session() as session, pytest.raises(ValidationFailed) as caught:
        practice.start_practice(session, practice.parse_start(form), NOW)
    assert set(caught.value.errors) == {field}
    with runtime.session() as session:
        assert session.scalar(select(func.count()).select_from(PracticeSession)) == 0


def test_submit_answer_stores_turn_and_state_together(runtime: Runtime) -> None:
    practice_id = _start(runtime)
    room = _answer(runtime, practice_id, STRONG, NOW + timedelta(seconds=95))
    state, count = _state(runtime, practice_id)
    assert count == len(state["turns"]) == 1
    with runtime.session() as session:
        turn = session.scalars(select(PracticeTurn).where(PracticeTurn.session_id == practice_id)).one()
        assert turn.answer == STRONG and not turn.skipped
        assert turn.score == state["turns"][0]["analysis"]["score"]
        assert turn.seconds == 95
        assert turn.interviewer == room.mock.turns[0]["interviewer"]
        assert turn.analysis is not None and turn.analysis["star"]["R"] is True


def test_submit_answer_keeps_the_seconds_the_page_measured(runtime: Runtime) -> None:
    practice_id = _start(runtime)
    with runtime.session() as session:
        practice.submit_answer(session, practice_id, STRONG, NOW + timedelta(hours=3), seconds=140)
        practice.submit_answer(session, practice_id, STRONG, NOW + timedelta(hours=5))
    with runtime.session() as session:
        seconds = session.scalars(
            select(PracticeTurn.seconds)
            .where(PracticeTurn.session_id == practice_id)
            .order_by(PracticeTurn.position)
        ).all()
    assert seconds == [140, None]  # two hours between answers is a pause, not an answer


@pytest.mark.parametrize(
    ("text", "number", "status", "words"),
    [
        pytest.param("x" * 1_000_000, None, 422, "1,000,000 characters", id="one-megabyte"),
        pytest.param(NOT_ENGLISH, None, 422, "English", id="not-english"),
        pytest.param(STRONG, 7, 409, "prompt 7", id="stale-prompt-number"),
    ],
)
def test_submit_answer_refusals_leave_the_session_unchanged(
    runtime: Runtime, text: str, number: int | None, status: int, words: str
) -> None:
    practice_id = _start(runtime)
    _answer(runtime, practice_id, STRONG)
    before = _state(runtime, practice_id)
    with runtime.session() as session, pytest.raises(RoundtwoError) as caught:
        practice.submit_answer(session, practice_id, text, NOW, number=number)
    assert caught.value.status == status and caught.value.field == "answer"
    assert words in str(caught.value)
    assert _state(runtime, practice_id) == before


@pytest.mark.parametrize("blank", ["", "  \n "], ids=["empty", "whitespace"])
def test_submit_answer_blank_is_a_skip_noted_on_the_scorecard(runtime: Runtime, blank: str) -> None:
    practice_id = _start(runtime)
    first = _answer(runtime, practice_id, blank).mock.turns[0]
    assert first["skipped"]
    with runtime.session() as session:
        room = practice.finish_practice(session, practice_id, NOW)
        card = room.record.scorecard
        assert card is not None
        turn = session.scalars(select(PracticeTurn).where(PracticeTurn.session_id == practice_id)).one()
        assert turn.skipped and turn.score is None and turn.analysis is None
    assert [s["number"] for s in card["skipped"]] == [1]
    assert card["overall"] == 0


def test_skip_prompt_moves_to_the_next_question(runtime: Runtime) -> None:
    practice_id = _start(runtime)
    with runtime.session() as session:
        room = practice.skip_prompt(session, practice_id, NOW, number=1)
        assert room.prompt is not None and room.prompt.type == "question"
        assert room.prompt.main == 1


def test_session_resumes_exactly_after_reopening_the_runtime(runtime: Runtime) -> None:
    practice_id = _start(runtime, "panel", seed=21)
    for text in (STRONG, WEAK):
        _answer(runtime, practice_id, text)
    settings = runtime.settings
    runtime.close()
    reopened = open_runtime(settings)
    try:
        with reopened.session() as session:
            room = practice.get_room(session, practice_id)
            prompt = room.prompt
        straight = start_session("panel", seed=21)
        for text in (STRONG, WEAK):
            straight.answer(text)
        expected = straight.prompt
        assert prompt is not None and expected is not None
        assert (prompt.number, prompt.type, prompt.interviewer.name, prompt.text) == (
            expected.number,
            expected.type,
            expected.interviewer.name,
            expected.text,
        )
        _answer(reopened, practice_id, STRONG)
        state, count = _state(reopened, practice_id)
        assert count == 3 and resume_session(state).turns[-1]["text"] == expected.text
    finally:
        reopened.close()


def test_finish_practice_stores_scorecard_and_reviews(runtime: Runtime) -> None:
    practice_id = _start(runtime)
    room = _answer(runtime, practice_id, WEAK)
    asked = room.mock.turns[0]
    with runtime.session() as session:
        room = practice.finish_practice(session, practice_id, NOW)
        assert room.finished and room.record.finished_at == NOW
        card = room.record.scorecard
        review = session.scalars(
            select(QuestionReview).where(QuestionReview.question_id == asked["question_id"])
        ).one()
    expected = schedule_review(None, asked["analysis"]["score"], NOW)
    assert card is not None and card["answered"] == 1
    assert (review.box, review.last_score, review.due_at) == expected
    assert review.times_asked == 1


def test_finish_practice_counts_a_question_asked_again(runtime: Runtime) -> None:
    first = _start(runtime, "panel", seed=5)
    asked = _answer(runtime, first, WEAK).mock.turns[0]["question_id"]
    with runtime.session() as session:
        practice.finish_practice(session, first, NOW)
    # Two days later the weak question is due: the next panel asks it first.
    later = NOW + timedelta(days=2)
    with runtime.session() as session:
        data = practice.parse_start({"format": "panel", "seed": "6"})
        second = practice.start_practice(session, data, later).id
        room = practice.get_room(session, second)
        assert room.prompt is not None and room.prompt.question_id == asked
    _answer(runtime, second, STRONG, later)
    with runtime.session() as session:
        practice.finish_practice(session, second, later)
        review = session.scalars(select(QuestionReview).where(QuestionReview.question_id == asked)).one()
    assert review.times_asked == 2
    assert review.last_score is not None and review.last_score >= 50
    assert review.due_at is not None and review.due_at > later


def test_finish_practice_leaves_brief_follow_ups_out_of_reviews(runtime: Runtime) -> None:
    practice_id = _start(runtime, "case_study", seed=2)
    for _ in range(4):
        room = _answer(runtime, practice_id, STRONG)
    with runtime.session() as session:
        practice.finish_practice(session, practice_id, NOW)
        reviewed = set(session.scalars(select(QuestionReview.question_id)))
    bank = {q.id for q in load_bank()}
    asked = {t["question_id"] for t in room.mock.turns}
    assert reviewed == asked & bank
    assert all("#" not in qid for qid in reviewed)


def test_finished_session_refuses_answers_and_finishing_twice_changes_nothing(runtime: Runtime) -> None:
    practice_id = _start(runtime)
    _answer(runtime, practice_id, STRONG)
    with runtime.session() as session:
        practice.finish_practice(session, practice_id, NOW)
    before = _state(runtime, practice_id)
    with runtime.session() as session:
        practice.finish_practice(session, practice_id, NOW + timedelta(hours=1))
        assert practice.get_room(session, practice_id).record.finished_at == NOW
    with runtime.session() as session, pytest.raises(RoundtwoError) as caught:
        practice.submit_answer(session, practice_id, STRONG, NOW)
    assert caught.value.status == 409 and "finished" in caught.value.message
    assert _state(runtime, practice_id) == before


def test_last_answer_finishes_the_session(runtime: Runtime) -> None:
    practice_id = _start(runtime, "technical", seed=3, role_family="software_engineering")
    for _ in range(20):
        room = _answer(runtime, practice_id, STRONG)
        if room.finished:
            break
    assert room.finished and room.prompt is None
    with runtime.session() as session:
        record = session.get(PracticeSession, practice_id)
        assert record is not None and record.status == "finished" and record.scorecard is not None
        assert session.scalar(select(func.count()).select_from(QuestionReview)) > 0


def test_get_room_unknown_session_is_not_found(runtime: Runtime) -> None:
    with runtime.session() as session, pytest.raises(NotFound):
        practice.get_room(session, 404)


def test_list_sessions_and_history_trends(runtime: Runtime) -> None:
    with runtime.session() as session:
        assert practice.list_sessions(session) == []
        assert practice.history_trends(session) == []
    done = []
    for offset, text in enumerate((WEAK, STRONG)):
        practice_id = _start(runtime, "sequential", seed=offset)
        at = NOW + timedelta(days=offset)
        _answer(runtime, practice_id, text, at)
        with runtime.session() as session:
            practice.finish_practice(session, practice_id, at + timedelta(minutes=20))
        done.append(practice_id)
    unanswered = _start(runtime, "panel")
    with runtime.session() as session:
        practice.finish_practice(session, unanswered, NOW + timedelta(days=5))
    active = _start(runtime, "technical")
    _answer(runtime, active, STRONG)
    with runtime.session() as session:
        listed = practice.list_sessions(session)
        points = practice.history_trends(session)
    assert {s.id for s in listed} == {*done, unanswered, active}
    assert [s.id for s in listed if s.resumable] == [active]
    line = next(s for s in listed if s.id == active)
    assert (line.answered, line.main_reached, line.overall) == (1, 1, None)
    assert line.main_total >= 1
    assert [p.session_id for p in points] == done
    assert points[0].overall < points[1].overall
    assert set(points[0].attributes) == set(ATTRIBUTES)
