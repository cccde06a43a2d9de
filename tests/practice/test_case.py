"""Case briefs, their timing, and the presentation structure check."""

from __future__ import annotations

import random

import pytest

from roundtwo.coach import analyze
from roundtwo.errors import RoundtwoError
from roundtwo.practice.case import (
    PARTS,
    brief_from_preparation,
    check_presentation,
    choose_brief,
    default_timing,
    is_brief,
    judge_timing,
    minutes_in,
)
from roundtwo.read.questions import CompanyFacts, Question, load_bank


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", None, id="empty"),
        pytest.param("Present your plan.", None, id="none_named"),
        pytest.param("A 15-minute presentation on growth.", 15, id="digits_hyphen"),
        pytest.param("You have ten minutes with the chief executive.", 10, id="word"),
        pytest.param("in 20 mins", 20, id="mins"),
    ],
)
def test_minutes_in(text: str, expected: int | None) -> None:
    assert minutes_in(text) == expected


def test_choose_brief_prefers_the_role_family() -> None:
    brief = choose_brief("case_study", "legal", random.Random(0))
    question = next(q for q in load_bank() if q.id == brief.id)
    assert is_brief(question) and "legal" in question.role_families
    assert brief.follow_ups == question.follow_ups


def test_choose_brief_fills_company_slots() -> None:
    facts = CompanyFacts(name="Northwind", competitors=("Contoso",), products=("Atlas",))
    briefs = {choose_brief("presentation", None, random.Random(seed), facts).text for seed in range(12)}
    assert not any("{" in text for text in briefs)


def test_choose_brief_without_any_brief_refused() -> None:
    plain = Question("x-1", "Why us?", "motivation", (), ("hr",), ("sequential",), (), ())
    with pytest.raises(RoundtwoError, match="no case or presentation brief"):
        choose_brief("case_study", None, random.Random(0), bank=(plain,))


@pytest.mark.parametrize(
    ("note", "minutes"),
    [
        pytest.param("", None, id="empty"),
        pytest.param("Bring your passport.", None, id="no_talk"),
        pytest.param("A 15-minute presentation: how would you raise adoption?", 15, id="minutes"),
        pytest.param(
            "Prepare a short case on pricing.", default_timing("case_study")[1], id="default_minutes"
        ),
    ],
)
def test_brief_from_preparation(note: str, minutes: int | None) -> None:
    brief = brief_from_preparation(note, "case_study")
    assert (brief.present_minutes if brief else None) == minutes


def test_check_presentation_finds_every_part(answers: dict[str, str]) -> None:
    check = check_presentation(analyze(answers["presentation"], "Case brief: present.", "technical"), 1)
    assert check.missing == []
    assert all(check.parts[part] in answers["presentation"] for part in PARTS)
    assert check.timing == "on_time" and check.score == 100


def test_check_presentation_thin_talk(answers: dict[str, str]) -> None:
    check = check_presentation(analyze(answers["presentation_thin"], "Case brief: present.", "technical"), 10)
    assert check.missing == list(PARTS) and check.timing == "short" and check.score == 0
    assert {f["kind"] for f in check.feedback} >= {"no_recommendation", "no_measures", "timing_short"}


@pytest.mark.parametrize(
    ("minutes", "allotted", "expected"),
    [
        pytest.param(0.0, 10, "short", id="nothing"),
        pytest.param(9.5, 10, "on_time", id="on_time"),
        pytest.param(14.0, 10, "over", id="over"),
    ],
)
def test_judge_timing(minutes: float, allotted: int, expected: str) -> None:
    assert judge_timing(minutes, allotted) == expected
