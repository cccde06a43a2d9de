"""Which competencies a story bank can show, where it has gaps, and which stories are stretched.

Pure: takes the stories' ids, titles and competency tags and returns the
matrix of competencies × stories with advice. The competencies come from
``content/competencies.yaml``; the bank size from ``content/coaching.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from roundtwo.content.figures import figure
from roundtwo.content.loader import parse_yaml

#: The competencies the story-bank issue names as the ones second rounds probe
#: most; a gap among them is called out one by one, the rest in a summary line.
CORE = (
    "conflict_resolution",
    "competing_priorities",
    "failure_learning",
    "leadership",
    "teamwork",
    "problem_solving",
    "pressure",
    "influence",
    "customer_focus",
    "adaptability",
)
#: More tags than this and a story is stretched: one 1.5-2 minute answer can
#: show two or three competencies convincingly (roundtwo design; no published figure).
MAX_TAGS_PER_STORY = 4


@dataclass(frozen=True)
class Competency:
    """One competency of ``competencies.yaml``: id, label, description, question categories."""

    id: str
    label: str
    description: str
    categories: tuple[str, ...]

    @property
    def core(self) -> bool:
        return self.id in CORE


@dataclass(frozen=True)
class TaggedStory:
    """What coverage needs of a story: its id, title and competency ids."""

    id: int
    title: str
    competencies: tuple[str, ...]


@dataclass(frozen=True)
class CoverageRow:
    """One competency and the ids of the stories that show it, in bank order."""

    competency: Competency
    story_ids: tuple[int, ...]

    @property
    def covered(self) -> bool:
        return bool(self.story_ids)


@dataclass(frozen=True)
class OverUse:
    """A story leaned on too hard: ``kind`` is ``too_many_tags`` or else ``carries_most``."""

    story_id: int
    title: str
    kind: str
    message: str


@dataclass(frozen=True)
class BankSize:
    """How many stories there are against the recommended band; ``status`` is empty, few, enough or many."""

    count: int
    low: int
    high: int
    status: str
    message: str


@dataclass(frozen=True)
class Coverage:
    """The matrix (one row per competency), its gaps, the stretched stories and the size nudge."""

    rows: tuple[CoverageRow, ...]
    stories: tuple[TaggedStory, ...]
    gaps: tuple[Competency, ...]
    over_used: tuple[OverUse, ...]
    untagged: tuple[TaggedStory, ...]
    size: BankSize

    @property
    def core_gaps(self) -> tuple[Competency, ...]:
        return tuple(c for c in self.gaps if c.core)

    @property
    def other_gaps(self) -> tuple[Competency, ...]:
        return tuple(c for c in self.gaps if not c.core)

    @property
    def covered_count(self) -> int:
        return sum(1 for row in self.rows if row.covered)


@functools.cache
def competencies() -> tuple[Competency, ...]:
    """Every competency in ``content/competencies.yaml``, in file order."""
    text = resources.files("roundtwo.content").joinpath("competencies.yaml").read_text("utf-8")
    entries = parse_yaml(text)
    return tuple(
        Competency(
            id=str(e["id"]),
            label=str(e["label"]),
            description=str(e.get("description", "")),
            categories=tuple(str(c) for c in e.get("categories", [])),
        )
        for e in entries
    )


@functools.cache
def competency_index() -> dict[str, Competency]:
    """The competencies by id."""
    return {c.id: c for c in competencies()}


def competency_label(competency_id: str) -> str:
    """The label of ``competency_id``; an unknown id is returned as it is."""
    known = competency_index().get(competency_id)
    return known.label if known else competency_id


def order_competencies(ids: Iterable[str]) -> list[str]:
    """``ids`` without duplicates, known ones in file order, unknown ones after in given order."""
    given = list(dict.fromkeys(ids))
    known = [c.id for c in competencies() if c.id in given]
    return known + [i for i in given if i not in competency_index()]


def story_category(competency_ids: Iterable[str]) -> str | None:
    """The question category to read a story under: "failure" for a failure story, else None.

    A story answers several questions, and reading it under one category
    marks it down for what that category demands but others do not. A story
    tagged with learning from failure is the exception: the failure demands
    (owning the mistake, the lesson, where it was applied since) are what
    its lessons fields are for. Empty or unknown tags give None.
    """
    return "failure" if "failure_learning" in competency_ids else None


def measure_bank_size(count: int) -> BankSize:
    """``count`` stories against the recommended band (figure ``story_bank_size``), with a nudge."""
    band = figure("story_bank_size")
    low, high = round(band.low), round(band.high)
    advice = f"{low}–{high} stories cover most second rounds"
    if count == 0:
        return BankSize(count, low, high, "empty", f"Your bank is empty. Start with one story; {advice}.")
    if count < low:
        more = low - count
        noun = "story" if count == 1 else "stories"
        extra = "story" if more == 1 else "stories"
        return BankSize(count, low, high, "few", f"{count} {noun} so far: add {more} more {extra}; {advice}.")
    if count > high:
        return BankSize(
            count,
            low,
            high,
            "many",
            f"{count} stories: more than the {low}–{high} most second rounds need. "
            f"Rehearse your strongest {high} rather than all of them.",
        )
    return BankSize(
        count, low, high, "enough", f"{count} stories: within the {low}–{high} that cover most second rounds."
    )


def _over_used(stories: Sequence[TaggedStory], covered: int) -> list[OverUse]:
    found: list[OverUse] = []
    for story in stories:
        tags = [c for c in dict.fromkeys(story.competencies) if c in competency_index()]
        if len(tags) > MAX_TAGS_PER_STORY:
            found.append(
                OverUse(
                    story.id,
                    story.title,
                    "too_many_tags",
                    f"“{story.title}” is tagged with {len(tags)} competencies; one answer shows two or "
                    f"three convincingly. Keep its strongest and find other stories for the rest.",
                )
            )
        # With one story, "carries most" is always true; the size nudge says it better.
        elif len(stories) >= 2 and covered >= 3 and len(tags) * 2 > covered:
            found.append(
                OverUse(
                    story.id,
                    story.title,
                    "carries_most",
                    f"“{story.title}” carries {len(tags)} of the {covered} competencies your bank covers; "
                    f"if it falls flat, little is left. Spread them across other stories.",
                )
            )
    return found


def measure_coverage(stories: Sequence[TaggedStory]) -> Coverage:
    """The coverage of ``stories``: competencies × stories, gaps, over-used stories, size nudge.

    Rows follow ``competencies.yaml``; a row lists the stories tagged with it
    in the order given. Unknown competency ids are ignored. An empty bank
    gives every competency as a gap and no over-use.
    """
    rows = tuple(
        CoverageRow(c, tuple(s.id for s in stories if c.id in s.competencies)) for c in competencies()
    )
    covered = sum(1 for row in rows if row.covered)
    return Coverage(
        rows=rows,
        stories=tuple(stories),
        gaps=tuple(row.competency for row in rows if not row.covered),
        over_used=tuple(_over_used(stories, covered)),
        untagged=tuple(s for s in stories if not any(c in competency_index() for c in s.competencies)),
        size=measure_bank_size(len(stories)),
    )
