"""Story-bank coverage: competencies × stories, gaps, stretched stories, the size nudge."""

from __future__ import annotations

import pytest

from roundtwo.content.figures import figure
from roundtwo.content.vocabulary import CATEGORIES
from roundtwo.plan.coverage import (
    CORE,
    MAX_TAGS_PER_STORY,
    TaggedStory,
    competencies,
    competency_label,
    measure_bank_size,
    measure_coverage,
    order_competencies,
    story_category,
)

# The shared vocabulary every module uses (the team brief).
VOCABULARY = {
    "conflict_resolution", "competing_priorities", "stakeholder_management", "failure_learning",
    "leadership", "teamwork", "problem_solving", "pressure", "influence", "customer_focus",
    "adaptability", "communication", "ownership", "initiative", "decision_making",
    "strategic_thinking", "data_driven", "technical_depth", "mentoring", "motivation",
    "culture_fit", "integrity", "innovation", "time_management",
}  # fmt: skip
BAND = figure("story_bank_size")


def _story(story_id: int, *tags: str) -> TaggedStory:
    return TaggedStory(story_id, f"Story {story_id}", tags)


def test_competencies_match_the_shared_vocabulary() -> None:
    loaded = competencies()
    assert {c.id for c in loaded} == VOCABULARY
    assert all(c.label and c.description for c in loaded)
    assert all(set(c.categories) <= set(CATEGORIES) for c in loaded)
    assert set(CORE) <= VOCABULARY


@pytest.mark.parametrize(
    ("competency_id", "expected"),
    [
        pytest.param("influence", "Influence without authority", id="known"),
        pytest.param("juggling", "juggling", id="unknown-kept"),
        pytest.param("", "", id="empty"),
    ],
)
def test_competency_label_cases(competency_id: str, expected: str) -> None:
    assert competency_label(competency_id) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        pytest.param([], [], id="empty"),
        pytest.param(
            ["teamwork", "conflict_resolution"], ["conflict_resolution", "teamwork"], id="file-order"
        ),
        pytest.param(["teamwork", "teamwork"], ["teamwork"], id="duplicates"),
        pytest.param(["zzz", "leadership"], ["leadership", "zzz"], id="unknown-last"),
    ],
)
def test_order_competencies_cases(given: list[str], expected: list[str]) -> None:
    assert order_competencies(given) == expected


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        pytest.param((), None, id="empty"),
        pytest.param(("not_a_competency",), None, id="unknown"),
        pytest.param(("failure_learning",), "failure", id="failure"),
        pytest.param(("problem_solving", "failure_learning"), "failure", id="failure-among-others"),
        pytest.param(("conflict_resolution", "teamwork"), None, id="other-stories-unread-by-category"),
    ],
)
def test_story_category_cases(tags: tuple[str, ...], expected: str | None) -> None:
    assert story_category(tags) == expected


@pytest.mark.parametrize(
    ("count", "status"),
    [
        pytest.param(0, "empty", id="empty"),
        pytest.param(1, "few", id="one"),
        pytest.param(int(BAND.low) - 1, "few", id="just-under"),
        pytest.param(int(BAND.low), "enough", id="low-end"),
        pytest.param(int(BAND.high), "enough", id="high-end"),
        pytest.param(int(BAND.high) + 1, "many", id="over"),
    ],
)
def test_measure_bank_size_against_the_figure(count: int, status: str) -> None:
    size = measure_bank_size(count)
    assert size.status == status
    assert (size.low, size.high) == (int(BAND.low), int(BAND.high))
    assert f"{size.low}–{size.high}" in size.message
    if status == "few":
        assert f"add {size.low - count} more" in size.message


def test_measure_coverage_empty_bank_is_all_gaps() -> None:
    coverage = measure_coverage([])
    assert [row.competency.id for row in coverage.rows] == [c.id for c in competencies()]
    assert len(coverage.gaps) == len(competencies())
    assert {c.id for c in coverage.core_gaps} == set(CORE)
    assert coverage.over_used == () and coverage.untagged == ()
    assert coverage.covered_count == 0
    assert coverage.size.status == "empty"


def test_measure_coverage_rows_list_the_stories_in_bank_order() -> None:
    stories = [_story(7, "teamwork", "influence"), _story(3, "teamwork"), _story(5, "nonsense")]
    coverage = measure_coverage(stories)
    rows = {row.competency.id: row.story_ids for row in coverage.rows}
    assert rows["teamwork"] == (7, 3)
    assert rows["influence"] == (7,)
    assert "influence" not in {c.id for c in coverage.gaps}
    assert "leadership" in {c.id for c in coverage.core_gaps}
    assert coverage.covered_count == 2
    assert [s.id for s in coverage.untagged] == [5]


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        pytest.param([], set(), id="empty"),
        pytest.param([_story(1, "teamwork", "leadership")], set(), id="one-story-never-carries-most"),
        pytest.param(
            [_story(1, *sorted(VOCABULARY)[: MAX_TAGS_PER_STORY + 1])],
            {(1, "too_many_tags")},
            id="too-many-tags",
        ),
        pytest.param(
            [_story(1, "teamwork", "leadership", "influence"), _story(2, "pressure")],
            {(1, "carries_most")},
            id="carries-most",
        ),
        pytest.param(
            [_story(1, *sorted(VOCABULARY)[: MAX_TAGS_PER_STORY + 1]), _story(2, "pressure")],
            {(1, "too_many_tags")},
            id="one-message-per-story",
        ),
        pytest.param(
            [_story(1, "teamwork", "leadership"), _story(2, "pressure", "influence")],
            set(),
            id="balanced",
        ),
    ],
)
def test_measure_coverage_over_use_cases(stories: list[TaggedStory], expected: set[tuple[int, str]]) -> None:
    found = measure_coverage(stories).over_used
    assert {(o.story_id, o.kind) for o in found} == expected
    for item in found:
        assert f"“Story {item.story_id}”" in item.message
