"""The generated checklist."""

from __future__ import annotations

import pytest

from roundtwo.plan.checklist import build_checklist


def _keys(**kwargs) -> list[str]:
    return [entry.key for entry in build_checklist(**kwargs)]


@pytest.mark.parametrize(
    ("kwargs", "present", "absent"),
    [
        pytest.param(
            {"formats": [], "location": "1 Main St"},
            {"travel"},
            {"video_test", "materials"},
            id="onsite",
        ),
        pytest.param(
            {"formats": [], "video_link": "https://x.example"},
            {"video_test"},
            {"travel"},
            id="remote",
        ),
        pytest.param({"formats": []}, {"travel", "video_test"}, {"materials"}, id="unknown-place"),
        pytest.param({"formats": ["presentation"]}, {"materials"}, {"technical_setup"}, id="presentation"),
        pytest.param({"formats": ["case_study"]}, {"materials"}, set(), id="case"),
        pytest.param({"formats": ["technical"]}, {"technical_setup"}, {"materials"}, id="technical"),
    ],
)
def test_build_checklist_follows_details(kwargs: dict, present: set[str], absent: set[str]) -> None:
    keys = _keys(**kwargs)
    assert present <= set(keys)
    assert not absent & set(keys)
    assert keys[0] == "confirm_time" and keys[-1] == "thank_you"
    assert {"names_titles", "news"} <= set(keys)


def test_build_checklist_keys_are_unique() -> None:
    keys = _keys(formats=["presentation", "technical", "panel"], location="x", video_link="y")
    assert len(keys) == len(set(keys))


def test_build_checklist_counts_people() -> None:
    [names] = [e for e in build_checklist(formats=[], interviewer_count=4) if e.key == "names_titles"]
    assert "all 4 people" in names.text
