"""``analyze``: the public entry point and its CONTRACT.md output."""

from __future__ import annotations

import json

import pytest

from roundtwo.coach import Analysis, analyze
from roundtwo.errors import RoundtwoError

CONTRACT_KEYS = {"sentences", "star", "metrics", "score", "word_count", "attributes", "feedback", "follow_up"}


@pytest.mark.parametrize(
    "name", ["strong failure", "we only", "hypothetical", "vague result", "claims", "pay", "rambling fillers"]
)
def test_analyze_contract_shape(answers: dict[str, dict[str, str]], name: str) -> None:
    example = answers[name]
    result = analyze(example["answer"], example["question"], example["category"])
    assert isinstance(result, Analysis)
    data = json.loads(json.dumps(result.to_dict()))
    assert set(data) >= CONTRACT_KEYS
    assert set(data["star"]) == {"S", "T", "A", "R"}
    assert 0 <= data["score"] <= 100
    for item in data["sentences"] + data["metrics"]:
        assert example["answer"][item["start"] : item["end"]] == item["text"]
    assert all(s["star"] in {"S", "T", "A", "R", None} for s in data["sentences"])
    assert data["star"] == {p: any(s["star"] == p for s in data["sentences"]) for p in "STAR"}


def test_analyze_fields(answers: dict[str, dict[str, str]]) -> None:
    result = analyze(answers["strong failure"]["answer"], answers["strong failure"]["question"])
    assert result.category == "failure"
    assert result.word_count > 0 and result.speaking_seconds > 0
    assert result.restructured.startswith("Situation:")
    assert set(result.ownership) >= {"i", "we", "hypothetical", "ratio"}
    assert result.attributes.keys() == result.evidence.keys()


@pytest.mark.parametrize(
    ("answer", "category", "message"),
    [
        ("", None, "empty"),
        ("   ", None, "empty"),
        ("I led it.", "heroism", "unknown category"),
        ("这是一个关于团队合作的回答", None, "does not look like English"),
        ("x" * 50_001, None, "limit"),
    ],
    ids=["empty", "blank", "unknown category", "not English", "too long"],
)
def test_analyze_refuses_bad_input(answer: str, category: str | None, message: str) -> None:
    with pytest.raises(RoundtwoError, match=message):
        analyze(answer, category=category)


def test_analyze_blank_question_is_ignored() -> None:
    assert analyze("I led the audit and we passed.", question="  ").category is None
