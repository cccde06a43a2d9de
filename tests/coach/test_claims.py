"""Claims without examples and motives interviewers mark down."""

from __future__ import annotations

import pytest

from roundtwo.coach.claims import find_claims, find_weak_motives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        (
            "I'm a natural leader and people just tend to follow me.",
            ["I'm a natural leader", "people just tend to follow me"],
        ),
        ("I handle stress well.", ["I handle stress well"]),
        ("I led the team through the audit.", []),
    ],
    ids=["empty", "leader", "stress", "a real story"],
)
def test_find_claims_examples(text: str, expected: list[str]) -> None:
    assert [s.text for s in find_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("Honestly, the pay is better and it's closer to home.", 2),
        ("Your work on rural clinics is what draws me.", 0),
    ],
    ids=["empty", "pay and commute", "the work"],
)
def test_find_weak_motives_examples(text: str, count: int) -> None:
    spans = find_weak_motives(text)
    assert len(spans) == count
    assert all(text[s.start : s.end] == s.text for s in spans)
