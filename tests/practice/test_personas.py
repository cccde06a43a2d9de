"""The mock interviewers: default casts, real interviewers as personas, panels, phrasing."""

from __future__ import annotations

import random

import pytest

from roundtwo.practice.personas import (
    Persona,
    default_cast,
    fill_panel,
    handoff,
    kind_label,
    opening,
    real_cast,
    transition,
)


@pytest.mark.parametrize(
    ("kinds", "role", "titles"),
    [
        pytest.param([], None, [], id="empty"),
        pytest.param(["hiring_manager", "peer"], None, ["Hiring Manager", "Senior Colleague"], id="generic"),
        pytest.param(["hiring_manager"], "healthcare_nursing", ["Nurse Manager"], id="by_family"),
    ],
)
def test_default_cast_titles(kinds: list[str], role: str | None, titles: list[str]) -> None:
    cast = default_cast(kinds, role)
    assert [p.title for p in cast] == titles
    assert [p.kind for p in cast] == kinds


def test_default_cast_repeated_kind_gets_next_persona() -> None:
    first, second = default_cast(["peer", "peer"])
    assert first.name != second.name and first.kind == second.kind == "peer"


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        pytest.param([], [], id="empty"),
        pytest.param([{"name": "  "}], [], id="nameless_dropped"),
        pytest.param([{"name": "Ana Ruiz", "kind": "ceo"}], [("Ana Ruiz", "other")], id="unknown_kind"),
        pytest.param(
            [{"name": "Ana Ruiz", "title": "VP Sales", "kind": "senior_leader"}],
            [("Ana Ruiz", "senior_leader")],
            id="kept",
        ),
    ],
)
def test_real_cast(people: list[dict], expected: list[tuple[str, str]]) -> None:
    cast = real_cast(people)
    assert [(p.name, p.kind) for p in cast] == expected
    assert all(p.real and p.title and p.focus for p in cast)


def test_fill_panel_pads_small_and_cuts_large() -> None:
    one = real_cast([{"name": "Ana Ruiz", "kind": "peer"}])
    padded = fill_panel(one, ["hiring_manager", "peer", "senior_leader"])
    assert [p.kind for p in padded] == ["peer", "hiring_manager", "senior_leader"]
    assert [p.stand_in for p in padded] == [False, True, True]
    many = real_cast([{"name": f"Person {i}", "kind": "peer"} for i in range(7)])
    assert len(fill_panel(many, ["peer"])) == 5


def test_persona_round_trip_and_phrasing() -> None:
    persona = default_cast(["senior_leader"])[0]
    assert Persona.from_dict(persona.to_dict()) == persona
    assert persona.label == f"{persona.name} (senior leader)"
    assert persona.name in opening(persona) and persona.title in opening(persona)
    other = default_cast(["peer"])[0]
    assert other.name in handoff(persona, other)
    assert transition(persona, random.Random(1)) == transition(persona, random.Random(1))


@pytest.mark.parametrize(("kind", "label"), [("hr", "HR partner"), ("nobody", "interviewer")])
def test_kind_label(kind: str, label: str) -> None:
    assert kind_label(kind) == label
