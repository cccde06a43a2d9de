"""The formats: rules, lengths and who asks which question."""

from __future__ import annotations

import random

import pytest

from roundtwo.content.vocabulary import FORMATS
from roundtwo.errors import RoundtwoError
from roundtwo.practice.case import CaseBrief, choose_brief
from roundtwo.practice.formats import format_rules, plan_prompts
from roundtwo.practice.personas import default_cast
from roundtwo.read.questions import Question


@pytest.mark.parametrize(
    ("fmt", "cast_size", "length"),
    [("sequential", 3, 9), ("sequential", 2, 6), ("panel", 4, 6), ("technical", 2, 3), ("case_study", 3, 4)],
)
def test_format_rules_default_length(fmt: str, cast_size: int, length: int) -> None:
    assert format_rules(fmt).default_length(cast_size) == length


def test_format_rules_unknown_format() -> None:
    with pytest.raises(RoundtwoError, match="choose one of: sequential, panel"):
        format_rules("brunch")


@pytest.mark.parametrize("fmt", FORMATS)
def test_plan_prompts_no_repeats(fmt: str) -> None:
    rules = format_rules(fmt)
    cast = default_cast(rules.cast, "marketing")
    length = rules.default_length(len(cast))
    plan = plan_prompts(rules, cast, length, random.Random(0), role="marketing", brief=_brief(fmt))
    ids = [p["question_id"] for p in plan]
    assert len(ids) == len(set(ids))
    assert len([p for p in plan if p["type"] == "question"]) == length
    assert all(0 <= p["interviewer"] < len(cast) for p in plan)


def test_plan_prompts_empty_cast() -> None:
    rules = format_rules("panel")
    assert plan_prompts(rules, [], 6, random.Random(0)) == []


def test_plan_prompts_stops_when_bank_runs_out() -> None:
    one = Question(
        "q-1", "Tell me about a team you joined.", "teamwork", (), ("peer",), ("sequential",), (), ()
    )
    rules = format_rules("sequential")
    plan = plan_prompts(rules, default_cast(["peer"]), 3, random.Random(0), bank=(one,))
    assert [p["question_id"] for p in plan] == ["q-1"]


def _brief(fmt: str) -> CaseBrief | None:
    return choose_brief(fmt, "marketing", random.Random(0)) if fmt in ("case_study", "presentation") else None
