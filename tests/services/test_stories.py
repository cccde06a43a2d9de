"""The story bank's use cases on both databases: validation, CRUD, bank, coverage, export."""

from __future__ import annotations

from datetime import date

import pytest

from roundtwo.errors import NotFound, RoundtwoError, ValidationFailed
from roundtwo.plan.coverage import competency_label
from roundtwo.services import stories
from roundtwo.services.runtime import Runtime

WEAK = {
    "title": "The big launch",
    "situation": "We had a big launch coming and the app was not ready.",
    "action": "We worked late every night and we went through the bug list together.",
}
STRONG = {
    "title": "Support backlog",
    "situation": "Our support team was missing its response targets during the holiday peak.",
    "task": "I was asked to bring first-response time back under our 4-hour promise before January.",
    "action": (
        "I analysed two months of tickets and found that 30% were password resets. "
        "I wrote a self-service guide, I set up an auto-reply linking to it, "
        "and I trained 6 agents on a triage rota."
    ),
    "result": (
        "First-response time fell from 9 hours to 3 hours within 3 weeks, "
        "and customer satisfaction rose from 78% to 88%."
    ),
    "lessons": "I learned to look at the ticket mix before asking for more people.",
    "applied_since": "I applied that at my next job when chat volume doubled.",
}


def _save(runtime: Runtime, form: dict[str, str], tags: list[str]) -> int:
    with runtime.session() as session:
        return stories.create_story(session, stories.parse_story(form, tags)).id


@pytest.mark.parametrize(
    ("form", "tags", "fields"),
    [
        pytest.param({}, [], {"title", "situation"}, id="empty"),
        pytest.param({"title": "  ", "action": "I fixed it."}, [], {"title"}, id="blank-title"),
        pytest.param({"title": "Launch", "lessons": "Plan early."}, [], {"situation"}, id="no-star-part"),
        pytest.param({**WEAK, "result": "x" * 10_001}, [], {"result"}, id="result-too-long"),
        pytest.param({**WEAK, "title": "t" * 201}, [], {"title"}, id="title-too-long"),
        pytest.param(WEAK, ["teamwork", "juggling"], {"competencies"}, id="unknown-competency"),
    ],
)
def test_parse_story_refusals_name_each_field(
    form: dict[str, str], tags: list[str], fields: set[str]
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        stories.parse_story(form, tags)
    assert set(caught.value.errors) == fields
    assert all(message.endswith(".") for message in caught.value.errors.values())


def test_parse_story_limit_is_inclusive_and_names_the_length() -> None:
    at_limit = stories.parse_story({**WEAK, "result": "x" * stories.MAX_FIELD_CHARS}, [])
    assert len(at_limit.result) == stories.MAX_FIELD_CHARS
    with pytest.raises(ValidationFailed) as caught:
        stories.parse_story({**WEAK, "action": "y" * (stories.MAX_FIELD_CHARS + 1)}, [])
    assert f"{stories.MAX_FIELD_CHARS + 1:,}" in caught.value.errors["action"]


def test_parse_story_without_title_when_only_checking() -> None:
    data = stories.parse_story({"action": "I fixed it."}, [], require_title=False)
    assert data.title == "" and data.action == "I fixed it."


def test_parse_story_trims_and_orders_competencies() -> None:
    data = stories.parse_story({**WEAK, "title": "  The   big launch "}, ["teamwork", "conflict_resolution"])
    assert data.title == "The big launch"
    assert data.competencies == ["conflict_resolution", "teamwork"]


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        pytest.param({"title": "x"}, "", id="empty"),
        pytest.param({"title": "x", "result": "R.", "situation": "S."}, "S.\n\nR.", id="star-order"),
        pytest.param(
            {"title": "x", "lessons": "L.", "action": "A.", "applied_since": "P."},
            "A.\n\nL.\n\nP.",
            id="lessons-last",
        ),
    ],
)
def test_story_text_cases(form: dict[str, str], expected: str) -> None:
    assert stories.story_text(stories.StoryData(**form)) == expected


def test_analyze_story_empty_is_refused() -> None:
    with pytest.raises(RoundtwoError, match="no text"):
        stories.analyze_story(stories.StoryData(title="Nothing yet"))


def test_analyze_story_offsets_point_into_the_story_text() -> None:
    data = stories.parse_story(STRONG, ["customer_focus"])
    text, analysis = stories.analyze_story(data)
    assert text.startswith(STRONG["situation"]) and text.endswith(STRONG["applied_since"])
    assert analysis.metrics, "the strong story states figures"
    assert all(text[m.start : m.end] == m.text for m in analysis.metrics)


def test_create_update_delete_story(runtime: Runtime) -> None:
    story_id = _save(runtime, WEAK, ["teamwork"])
    with runtime.session() as session:
        story = stories.get_story(session, story_id)
        assert (story.title, story.competencies) == (WEAK["title"], ["teamwork"])
        assert story.result == ""
        changed = stories.parse_story({**WEAK, "result": "We shipped on 3 March."}, ["teamwork", "pressure"])
        stories.update_story(session, story_id, changed)
    with runtime.session() as session:
        story = stories.get_story(session, story_id)
        assert story.result == "We shipped on 3 March."
        assert story.competencies == ["teamwork", "pressure"]
        stories.delete_story(session, story_id)
    with runtime.session() as session, pytest.raises(NotFound):
        stories.get_story(session, story_id)


def test_read_bank_scores_the_stronger_story_higher(runtime: Runtime) -> None:
    weak_id = _save(runtime, WEAK, ["teamwork"])
    strong_id = _save(runtime, STRONG, ["customer_focus", "problem_solving"])
    with runtime.session() as session:
        bank = stories.read_bank(session)
    cards = {card.id: card for card in bank.cards}
    assert [card.id for card in bank.cards] == [weak_id, strong_id]
    weak, strong = cards[weak_id], cards[strong_id]
    assert "Result" in weak.missing and not weak.parts["R"]
    assert all(strong.parts.values()) and strong.missing == []
    assert weak.score is not None and strong.score is not None and strong.score > weak.score
    assert strong.labels == [competency_label("problem_solving"), competency_label("customer_focus")]


def test_read_bank_coverage_calls_out_gaps_and_over_use(runtime: Runtime) -> None:
    wide = _save(runtime, STRONG, ["leadership", "teamwork", "problem_solving", "pressure", "customer_focus"])
    _save(runtime, WEAK, ["teamwork"])
    with runtime.session() as session:
        coverage = stories.read_bank(session).coverage
    gaps = {c.id for c in coverage.core_gaps}
    assert "influence" in gaps and "teamwork" not in gaps
    assert {(o.story_id, o.kind) for o in coverage.over_used} == {(wide, "too_many_tags")}
    teamwork = next(row for row in coverage.rows if row.competency.id == "teamwork")
    assert len(teamwork.story_ids) == 2
    assert coverage.size.status == "few"


def test_read_bank_keeps_a_story_the_reader_refuses(runtime: Runtime) -> None:
    story_id = _save(
        runtime, {"title": "Non-English", "situation": "Это было очень трудное время для команды."}, []
    )
    with runtime.session() as session:
        card = stories.read_bank(session).cards[0]
    assert card.id == story_id and card.score is None
    assert card.problem and "English" in card.problem


def test_export_markdown_holds_every_story(runtime: Runtime) -> None:
    _save(runtime, STRONG, ["customer_focus"])
    _save(runtime, WEAK, [])
    with runtime.session() as session:
        text = stories.export_markdown(session, date(2030, 3, 1))
    lines = text.splitlines()
    assert lines[0] == "# Story bank"
    assert "2030-03-01: 2 stories" in text
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [f"## {STRONG['title']}", f"## {WEAK['title']}", "## Coverage"]
    strong_part = text.split(f"## {WEAK['title']}")[0]
    for heading, name in [
        ("Situation", "situation"),
        ("Task", "task"),
        ("Action", "action"),
        ("Result", "result"),
    ]:
        assert f"### {heading}\n\n{STRONG[name]}\n" in strong_part
    assert f"### Lessons learned\n\n{STRONG['lessons']}\n" in strong_part
    assert f"### Applied since\n\n{STRONG['applied_since']}\n" in strong_part
    assert f"**Competencies:** {competency_label('customer_focus')}" in strong_part
    weak_part = text.split(f"## {WEAK['title']}")[1]
    assert "### Result" not in weak_part.split("## Coverage")[0]


def test_export_markdown_empty_bank(runtime: Runtime) -> None:
    with runtime.session() as session:
        text = stories.export_markdown(session, date(2030, 3, 1))
    assert "0 stories" in text
    assert [line for line in text.splitlines() if line.startswith("## ")] == ["## Coverage"]
