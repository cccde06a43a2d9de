"""Follow-up probes: the gaps found in an answer and the question chosen for them."""

from __future__ import annotations

import random

import pytest

from roundtwo.coach import analyze
from roundtwo.practice.case import check_presentation
from roundtwo.practice.probes import Gap, covers, find_gaps, next_gap, probe_text
from roundtwo.practice.reasoning import check_reasoning

_STORY = "Tell me about a time you helped a team through a hard problem."
_DESIGN = "How would you design the storage for a new billing service, and why?"


@pytest.mark.parametrize(
    ("name", "question", "category", "expected"),
    [
        pytest.param("strong", _STORY, "teamwork", [], id="strong_story"),
        # "We worked on it together ... it went fine": the team acted, the speaker's part is unsaid.
        pytest.param("weak", _STORY, "teamwork", ["no_result", "we_not_i", "no_metrics"], id="we_no_result"),
        pytest.param(
            "failure_no_lesson", "Tell me about a time you failed.", "failure", ["no_lesson"], id="failure"
        ),
    ],
)
def test_find_gaps_behavioural(
    answers: dict[str, str], name: str, question: str, category: str, expected: list[str]
) -> None:
    analysis = analyze(answers[name], question, category)
    assert [g.reason for g in find_gaps(analysis, behavioural=True)] == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("tech_justified", [], id="justified"),
        pytest.param("tech_unjustified", ["unjustified_choice", "no_tradeoffs"], id="unjustified"),
    ],
)
def test_find_gaps_technical(answers: dict[str, str], name: str, expected: list[str]) -> None:
    analysis = analyze(answers[name], _DESIGN, "technical")
    reasoning = check_reasoning([s.text for s in analysis.sentences])
    gaps = find_gaps(analysis, behavioural=False, technical=True, reasoning=reasoning)
    assert [g.reason for g in gaps] == expected
    if gaps:
        assert gaps[0].quote and gaps[0].quote in answers[name]


def test_find_gaps_hypothetical_story(answers: dict[str, str]) -> None:
    text = (
        "In that situation I would first talk to both people, and then I would set up a shared plan. "
        "I usually find that people agree once they see the numbers, so I would share those."
    )
    analysis = analyze(text, _STORY, "teamwork")
    assert find_gaps(analysis, behavioural=True)[0].reason == "hypothetical"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("presentation", [], id="complete"),
        pytest.param(
            "presentation_thin",
            ["no_recommendation", "no_situation", "no_analysis", "no_risks", "no_measures"],
            id="opinion_only",
        ),
    ],
)
def test_find_gaps_presentation(answers: dict[str, str], name: str, expected: list[str]) -> None:
    analysis = analyze(answers[name], "Case brief: present your plan.", "technical")
    check = check_presentation(analysis, 10)
    assert [g.reason for g in find_gaps(analysis, behavioural=False, presentation=check)] == expected


def test_covers_follow_up_with_a_number(answers: dict[str, str]) -> None:
    reply = analyze("It cut the error rate by 40% within two weeks, and I owned the rollout myself.", _STORY)
    assert covers("no_metrics", reply)
    assert not covers("no_metrics", analyze(answers["weak"], _STORY, "teamwork"))
    assert covers("unknown_reason", reply)


@pytest.mark.parametrize(
    ("gaps", "probed", "closed", "expected"),
    [
        pytest.param([], [], [], None, id="empty"),
        pytest.param([Gap("no_result"), Gap("we_not_i")], [], [], "no_result", id="first"),
        pytest.param([Gap("no_result"), Gap("we_not_i")], ["no_result"], [], "we_not_i", id="next_unprobed"),
        pytest.param([Gap("no_result"), Gap("we_not_i")], ["no_result"], ["we_not_i"], None, id="closed"),
    ],
)
def test_next_gap(gaps: list[Gap], probed: list[str], closed: list[str], expected: str | None) -> None:
    found = next_gap(gaps, probed, closed)
    assert (found.reason if found else None) == expected


def test_probe_text_quotes_the_choice() -> None:
    text = probe_text(Gap("unjustified_choice", "I'd use a queue"), random.Random(1))
    assert '"I\'d use a queue"' in text
