"""The STAR story bank: stories with validation, their analysis, coverage and Markdown export."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from roundtwo.coach import Analysis, analyze
from roundtwo.errors import NotFound, RoundtwoError, ValidationFailed
from roundtwo.plan.coverage import (
    Coverage,
    TaggedStory,
    competency_index,
    competency_label,
    measure_coverage,
    order_competencies,
    story_category,
)
from roundtwo.store.models import Story

MAX_FIELD_CHARS = 10_000
MAX_TITLE_CHARS = 200
MAX_ROLE_CHARS = 200
STAR_FIELDS = ("situation", "task", "action", "result")
#: The story's text fields in the order they are told: STAR, then what was learned.
TEXT_FIELDS = (*STAR_FIELDS, "lessons", "applied_since")
FIELD_LABELS = {
    "title": "The title",
    "situation": "The situation",
    "task": "The task",
    "action": "The action",
    "result": "The result",
    "lessons": "The lessons learned",
    "applied_since": "Where you applied it since",
    "role_context": "The role",
}
PART_LABELS = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result"}


@dataclass
class StoryData:
    """A story as the user gave it, validated."""

    title: str
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    lessons: str = ""
    applied_since: str = ""
    competencies: list[str] = field(default_factory=list)
    role_context: str = ""


@dataclass
class StoryCard:
    """What the bank shows of one story: its tags, score and STAR parts, or why it was not read."""

    id: int
    title: str
    role_context: str
    competencies: list[str]
    score: int | None = None
    parts: dict[str, bool] = field(default_factory=dict)
    problem: str | None = None

    @property
    def labels(self) -> list[str]:
        return [competency_label(c) for c in self.competencies]

    @property
    def part_list(self) -> list[tuple[str, str, bool]]:
        """Each STAR part as (key, label, present), in STAR order."""
        return [(key, PART_LABELS[key], present) for key, present in self.parts.items()]

    @property
    def missing(self) -> list[str]:
        return [PART_LABELS[key] for key, present in self.parts.items() if not present]


@dataclass
class Bank:
    """Every story as a card, in bank order, and the bank's coverage."""

    cards: list[StoryCard]
    coverage: Coverage


def parse_story(
    form: Mapping[str, str], competencies: Sequence[str], *, require_title: bool = True
) -> StoryData:
    """Validate the story form; every bad field is reported at once.

    ``form`` maps field names to raw text, ``competencies`` are the ticked
    competency ids. Refused: a missing title (unless ``require_title`` is
    False, as when only checking the text), no STAR part written, any field
    over its limit, an unknown competency. Raises :class:`ValidationFailed`.
    """
    errors: dict[str, str] = {}

    def text(name: str, limit: int = MAX_FIELD_CHARS) -> str:
        value = (form.get(name) or "").strip()
        if len(value) > limit:
            errors[name] = (
                f"{FIELD_LABELS[name]} is {len(value):,} characters; the limit is {limit:,}. Shorten it."
            )
        return value

    title = " ".join(text("title", MAX_TITLE_CHARS).split())
    if require_title and not title and "title" not in errors:
        errors["title"] = "Give the story a short title, e.g. “Rescued the Q3 launch”."
    values = {name: text(name) for name in TEXT_FIELDS}
    if not any(values[name] for name in STAR_FIELDS):
        errors.setdefault(
            "situation", "Write at least one part of the story: situation, task, action or result."
        )
    unknown = [c for c in competencies if c not in competency_index()]
    if unknown:
        errors["competencies"] = f"Unknown competency {unknown[0]!r}; tick the ones listed."
    role = " ".join(text("role_context", MAX_ROLE_CHARS).split())
    if errors:
        raise ValidationFailed(errors)
    return StoryData(title=title, competencies=order_competencies(competencies), role_context=role, **values)


def story_text(data: StoryData | Story) -> str:
    """The story told as one answer: its written parts in STAR order, then lessons, one paragraph each."""
    return "\n\n".join(part for name in TEXT_FIELDS if (part := getattr(data, name).strip()))


def analyze_story(data: StoryData | Story) -> tuple[str, Analysis]:
    """The story's text and its analysis as one answer to a question of the story's category.

    The category comes from the story's competencies (see
    :func:`roundtwo.plan.coverage.story_category`). Raises
    :class:`RoundtwoError` when nothing is written or the reader refuses it.
    """
    text = story_text(data)
    if not text:
        raise RoundtwoError(
            "the story has no text yet.",
            hint="Write its situation, task, action or result.",
            field="situation",
        )
    return text, analyze(text, category=story_category(data.competencies or []))


def story_data(story: Story) -> StoryData:
    """The stored story as form data."""
    return StoryData(
        title=story.title,
        competencies=list(story.competencies or []),
        role_context=story.role_context,
        **{name: getattr(story, name) for name in TEXT_FIELDS},
    )


def story_values(story: Story) -> dict[str, object]:
    """The stored story as the values a form shows."""
    return vars(story_data(story))


def list_stories(session: Session) -> list[Story]:
    """Every story, oldest first."""
    return list(session.scalars(select(Story).order_by(Story.created_at, Story.id)))


def get_story(session: Session, story_id: int) -> Story:
    story = session.get(Story, story_id)
    if story is None:
        raise NotFound(f"there is no story {story_id}.", hint="Pick one from your story bank.")
    return story


def _apply(story: Story, data: StoryData) -> None:
    for name, value in vars(data).items():
        setattr(story, name, list(value) if isinstance(value, list) else value)


def create_story(session: Session, data: StoryData) -> Story:
    """Store a new story."""
    story = Story()
    _apply(story, data)
    session.add(story)
    session.commit()
    return story


def update_story(session: Session, story_id: int, data: StoryData) -> Story:
    """Save an edited story."""
    story = get_story(session, story_id)
    _apply(story, data)
    session.commit()
    return story


def delete_story(session: Session, story_id: int) -> None:
    session.delete(get_story(session, story_id))
    session.commit()


def _card(story: Story) -> StoryCard:
    card = StoryCard(story.id, story.title, story.role_context, list(story.competencies or []))
    try:
        _, analysis = analyze_story(story)
    except RoundtwoError as exc:
        card.problem = exc.message
    else:
        card.score = analysis.score
        card.parts = dict(analysis.star)
    return card


def coverage_of(stories: Sequence[Story]) -> Coverage:
    """The coverage matrix of ``stories`` (see :func:`roundtwo.plan.coverage.measure_coverage`)."""
    return measure_coverage([TaggedStory(s.id, s.title, tuple(s.competencies or [])) for s in stories])


def read_bank(session: Session) -> Bank:
    """Every story with its score and STAR parts, and the bank's coverage."""
    stories = list_stories(session)
    return Bank([_card(s) for s in stories], coverage_of(stories))


def _section(heading: str, body: str) -> list[str]:
    return [f"### {heading}", "", body.strip(), ""] if body.strip() else []


def export_markdown(session: Session, today: date) -> str:
    """The whole bank as a Markdown document: one heading per story, its STAR parts, tags and lessons."""
    stories = list_stories(session)
    coverage = coverage_of(stories)
    count = len(stories)
    lines = [
        "# Story bank",
        "",
        f"Exported from roundtwo on {today.isoformat()}: {count} stor{'y' if count == 1 else 'ies'}.",
        "",
    ]
    for story in stories:
        lines += [f"## {story.title}", ""]
        if story.competencies:
            labels = ", ".join(competency_label(c) for c in story.competencies)
            lines += [f"**Competencies:** {labels}", ""]
        if story.role_context:
            lines += [f"**Role:** {story.role_context}", ""]
        for name in STAR_FIELDS:
            lines += _section(name.capitalize(), getattr(story, name))
        lines += _section("Lessons learned", story.lessons)
        lines += _section("Applied since", story.applied_since)
    lines += [
        "## Coverage",
        "",
        f"{coverage.covered_count} of {len(coverage.rows)} competencies covered.",
        "",
    ]
    if coverage.gaps:
        lines += ["Not shown by any story yet: " + ", ".join(c.label for c in coverage.gaps) + ".", ""]
    return "\n".join(lines).rstrip() + "\n"
