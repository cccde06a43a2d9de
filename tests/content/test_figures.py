"""The coaching figures: every one has a value, a unit and a source."""

from __future__ import annotations

import pytest

from roundtwo.content.figures import figure, figures
from roundtwo.errors import RoundtwoError

DESIGN_FIGURES = {
    "pace_comfortable_wpm": (130, 160),
    "pace_slow_wpm": (100, 100),
    "pace_fast_wpm": (180, 180),
    "fillers_fluent_per_minute": (1, 1),
    "fillers_hesitant_per_minute": (5, 5),
    "pause_flag_seconds": (2.5, 2.5),
    "answer_target_words": (200, 320),
}


@pytest.mark.parametrize("name", sorted(figures()))
def test_figure_has_unit_and_source(name: str) -> None:
    entry = figure(name)
    assert entry.unit.strip() and entry.source.strip()
    assert entry.low <= entry.high


@pytest.mark.parametrize(("name", "band"), sorted(DESIGN_FIGURES.items()))
def test_figure_matches_design(name: str, band: tuple[float, float]) -> None:
    assert (figure(name).low, figure(name).high) == band


def test_figure_unknown_name_lists_known() -> None:
    with pytest.raises(RoundtwoError, match="unknown coaching figure") as info:
        figure("warp_speed")
    assert "pace_fast_wpm" in (info.value.hint or "")
