"""The phrase file: every template fills from the known slots, pools are varied."""

from __future__ import annotations

from string import Formatter

import pytest

from roundtwo.content.vocabulary import KINDS
from roundtwo.followup.phrasebook import MOVES, load_phrasebook

SLOTS = {"first", "company", "role", "candidate", "point", "topic", "when"}


def _templates() -> dict[str, tuple[str, ...]]:
    book = load_phrasebook()
    pools = {
        "subjects": book.subjects,
        "openings": book.openings,
        "points": book.points,
        "bridges": book.bridges,
        "enthusiasm": book.enthusiasm,
        "closings": book.closings,
        "signoffs": book.signoffs,
    }
    for kind in KINDS:
        pools[f"focus.{kind}"] = book.focus[kind]
        pools[f"extras.{kind}"] = book.extras[kind]
        pools[f"greetings.{kind}"] = book.greetings_for(kind)
    return pools


@pytest.mark.parametrize("pool", sorted(_templates()))
def test_load_phrasebook_templates_use_known_slots(pool: str) -> None:
    for template in _templates()[pool]:
        fields = {name for _, name, _, _ in Formatter().parse(template) if name is not None}
        assert fields <= SLOTS, (pool, template)


@pytest.mark.parametrize(
    "pool",
    ["openings", "points", "bridges", "enthusiasm", "closings", "signoffs", "subjects"]
    + [f"focus.{kind}" for kind in KINDS],
)
def test_load_phrasebook_pools_cover_a_panel_of_five(pool: str) -> None:
    templates = _templates()[pool]
    assert len(set(templates)) == len(templates) >= 5


@pytest.mark.parametrize("kind", KINDS)
def test_load_phrasebook_focus_names_the_topic(kind: str) -> None:
    assert all("{topic}" in template for template in load_phrasebook().focus[kind])


def test_load_phrasebook_points_name_the_point() -> None:
    assert all("{point}" in template for template in load_phrasebook().points)


def test_load_phrasebook_structures_hold_every_move() -> None:
    book = load_phrasebook()
    assert len(set(book.structures)) == len(book.structures) >= 5
    for layout in book.structures:
        moves = [move for paragraph in layout for move in paragraph]
        assert sorted(moves) == sorted(MOVES)


def test_load_phrasebook_word_limits_ordered() -> None:
    book = load_phrasebook()
    assert 0 < book.min_words <= book.aim_words < book.max_words
    assert book.due_hours == 24
