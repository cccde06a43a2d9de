"""The session scorecard: scores, shares, impressions, strengths and improvements."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from roundtwo.practice import Session, start_session
from roundtwo.practice.scorecard import ATTRIBUTES, build_scorecard, turn_feedback, turn_score
from roundtwo.read.questions import Question

Play = Callable[[Session, Sequence[str]], Session]


def test_scorecard_empty_session() -> None:
    session = start_session("panel", seed=0)
    card = session.scorecard()
    assert card["overall"] == 0 and card["attributes"] == dict.fromkeys(ATTRIBUTES, 0)
    assert card["strengths"] == [] and card["improvements"] == [] and card["skipped"] == []
    assert card["unasked"] == 6 and card["weakest"] is None
    assert [i["text"].endswith("asked nothing this session.") for i in card["impressions"]] == [True] * 4


def test_scorecard_counts_skipped_as_zero(
    answers: dict[str, str], bank: tuple[Question, ...], play: Play
) -> None:
    session = play(start_session("sequential", seed=0, bank=bank, length=2), [answers["strong"], ""])
    card = session.scorecard()
    strong = session.turns[0]["analysis"]["score"]
    assert card["overall"] == round(strong / 2)
    assert card["attributes"] == session.turns[0]["analysis"]["attributes"]
    assert card["question_scores"] == {
        session.turns[0]["question_id"]: strong,
        session.turns[1]["question_id"]: None,
    }


def test_scorecard_shares(answers: dict[str, str], bank: tuple[Question, ...], play: Play) -> None:
    session = play(
        start_session("sequential", seed=0, bank=bank, length=2),
        [answers["strong"], answers["weak"], "It grew sales by 20% that quarter.", ""],
    )
    card = session.scorecard()
    assert card["structure_share"] == 0.5
    # The weak answer's figure came when probed, so both questions count as measured.
    assert card["metrics_share"] == 1.0
    assert [p["reason"] for p in card["probes"]][:1] == ["no_result"]


def test_scorecard_impression_without_results(
    answers: dict[str, str], bank: tuple[Question, ...], play: Play
) -> None:
    session = play(
        start_session("sequential", seed=0, bank=bank, length=3), [answers["weak"], "", answers["weak"], ""]
    )
    card = session.scorecard()
    first = card["impressions"][0]
    hiring_manager = session.interviewers[0]
    assert first["text"].startswith(f"{hiring_manager.name} (hiring manager) heard no measured results")
    assert "heard what the team did but not what you did" in first["text"]
    assert "pressed for the outcome" in first["text"]


def test_scorecard_improvements_quote_the_answers(answers: dict[str, str], play: Play) -> None:
    names = ("weak", "skip", "tech_unjustified", "skip", "failure_no_lesson", "skip", "strong")
    given = [answers.get(n, "") for n in names] * 3
    session = play(start_session("panel", seed=2), given)
    card = session.scorecard()
    assert 1 <= len(card["improvements"]) <= 3
    said = " ".join(t["answer"] for t in session.turns)
    for detail in card["improvement_details"]:
        assert detail["evidence"] == "" or detail["evidence"] in said
        assert detail["question"] in [t["text"] for t in session.turns]
    assert card["strengths"]


def test_scorecard_presentation_scored_on_structure(
    answers: dict[str, str], bank: tuple[Question, ...], play: Play
) -> None:
    session = play(start_session("case_study", seed=0, bank=bank, length=0), [answers["presentation"]])
    turn = session.turns[0]
    card = session.scorecard()
    assert card["overall"] == turn_score(turn) == turn["presentation"]["score"]
    assert card["presentation"]["missing"] == []
    kinds = {f["kind"] for f in turn_feedback(turn)}
    assert not kinds & {"missing_task", "missing_result", "too_short"}
    assert "timing_short" in kinds


def test_scorecard_from_state_equals_session(
    answers: dict[str, str], bank: tuple[Question, ...], play: Play
) -> None:
    session = play(
        start_session("technical", role="software_engineering", seed=0, bank=bank),
        [answers["tech_unjustified"]] * 3,
    )
    card = build_scorecard(session.to_state(), session.interviewers, unasked=session.scorecard()["unasked"])
    assert card == session.scorecard()
    assert card["reasoning"]["justified_share"] == 0.0


def test_turn_feedback_skipped_turn() -> None:
    assert turn_feedback({"type": "question", "analysis": None, "skipped": True}) == []
