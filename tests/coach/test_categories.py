"""What each category demands, and inferring a category from the question."""

from __future__ import annotations

import pytest

from roundtwo.coach.categories import check_demands, infer_category
from roundtwo.coach.records import Sentence


def _sentences(*pairs: tuple[str | None, str]) -> list[Sentence]:
    return [Sentence(0, len(text), text, label) for label, text in pairs]


@pytest.mark.parametrize(
    ("question", "category"),
    [
        (None, None),
        ("", None),
        ("Tell me about a time you made a mistake.", "failure"),
        ("Describe a disagreement with your manager.", "conflict"),
        ("How do you balance competing priorities?", "priorities"),
        ("Who are our main competitors?", "strategy"),
        ("Why do you want to work here?", "motivation"),
        ("What is your favourite colour?", None),
    ],
    ids=["none", "empty", "failure", "conflict", "priorities", "strategy", "motivation", "unclear"],
)
def test_infer_category_examples(question: str | None, category: str | None) -> None:
    assert infer_category(question) == category


def _met(category: str, sentences: list[Sentence]) -> dict[str, bool]:
    text = " ".join(s.text for s in sentences)
    return {d.kind: d.met for d in check_demands(category, sentences, text)}


def test_check_demands_without_category() -> None:
    assert check_demands(None, [], "") == []


def test_check_demands_failure_with_lesson_and_since() -> None:
    met = _met(
        "failure",
        _sentences(
            ("S", "I misread the budget table and reported the wrong figure."),
            ("A", "I told my editor and ran a correction."),
            ("R", "I learned to check units, and since then I read every table twice."),
        ),
    )
    assert met == {"own_mistake": True, "lesson": True, "applied_since": True, "no_blame": True}


def test_check_demands_failure_blaming_others() -> None:
    met = _met("failure", _sentences(("S", "It wasn't my fault; the vendor was late."), ("R", "We lost it.")))
    assert not met["lesson"] and not met["no_blame"]


def test_check_demands_conflict_parts() -> None:
    full = _met(
        "conflict",
        _sentences(
            ("S", "My manager wanted to skip testing."),
            ("A", "We sat down and agreed on a compromise."),
            ("R", "We shipped with tests a day later."),
        ),
    )
    assert all(full.values())
    thin = _met("conflict", _sentences(("O", "I avoid drama.")))
    assert not thin["resolution"] and not thin["outcome"]


def test_check_demands_technical_and_strategy() -> None:
    tech = _met(
        "technical", _sentences(("A", "I'd use a queue because it absorbs spikes, rather than a cron job."))
    )
    assert tech["tradeoffs"]
    assert not _met("strategy", _sentences(("A", "I would work hard.")))["market"]
