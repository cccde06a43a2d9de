"""The structure of reasoning: choices and their reasons, assumptions, options, trade-offs, tests."""

from __future__ import annotations

import pytest

from roundtwo.practice.reasoning import ELEMENTS, check_reasoning, quote


@pytest.mark.parametrize(
    ("sentences", "justified", "missing"),
    [
        pytest.param([], [], list(ELEMENTS), id="empty"),
        pytest.param(
            ["I'd use Redis because reads dominate."], [True], list(ELEMENTS), id="reason_in_sentence"
        ),
        pytest.param(
            ["I picked weekly releases.", "That way QA can keep up."],
            [True],
            list(ELEMENTS),
            id="reason_next",
        ),
        pytest.param(["I went with a monolith.", "It shipped."], [False], list(ELEMENTS), id="no_reason"),
        pytest.param(
            [
                "Assuming a small team, I chose a monolith rather than services because it is simpler.",
                "The cost is slower builds later.",
                "I would monitor build time and split when it passes ten minutes.",
            ],
            [True],
            [],
            id="full",
        ),
    ],
)
def test_check_reasoning(sentences: list[str], justified: list[bool], missing: list[str]) -> None:
    found = check_reasoning(sentences)
    assert [c.justified for c in found.choices] == justified
    assert found.to_dict()["missing"] == missing
    unjustified = [f for f in found.feedback if f["kind"] == "unjustified_choice"]
    assert [f["evidence"] for f in unjustified] == [c.text for c in found.unjustified]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        pytest.param("", 3, "", id="empty"),
        pytest.param("one two", 3, "one two", id="short"),
        pytest.param("one two three four", 3, "one two three…", id="cut"),
    ],
)
def test_quote(text: str, words: int, expected: str) -> None:
    assert quote(text, words) == expected
