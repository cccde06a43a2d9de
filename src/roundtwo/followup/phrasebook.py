"""The phrase material and figures behind thank-you notes (content/thanks.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from roundtwo.content.loader import parse_yaml
from roundtwo.content.vocabulary import KINDS

#: Interviewer kinds, in the shared vocabulary's order.

#: The moves a paragraph layout may name.
MOVES = frozenset({"opening", "point", "bridge", "focus", "extra", "enthusiasm", "closing"})


@dataclass(frozen=True)
class Phrasebook:
    """Everything a thank-you draft is assembled from, with its word limits."""

    due_hours: int
    min_words: int
    max_words: int
    aim_words: int
    point_max_words: int
    topic_max_words: int
    topics_max: int
    structures: tuple[tuple[tuple[str, ...], ...], ...]
    greetings: dict[str, tuple[str, ...]]
    subjects: tuple[str, ...]
    openings: tuple[str, ...]
    points: tuple[str, ...]
    bridges: tuple[str, ...]
    focus: dict[str, tuple[str, ...]]
    enthusiasm: tuple[str, ...]
    extras: dict[str, tuple[str, ...]]
    closings: tuple[str, ...]
    signoffs: tuple[str, ...]
    placeholders: dict[str, str]
    honorifics: frozenset[str]
    name_suffixes: frozenset[str]
    lowerable_starts: frozenset[str]

    def greetings_for(self, kind: str) -> tuple[str, ...]:
        """The greeting pool for ``kind``, or the default one."""
        return self.greetings.get(kind, self.greetings["default"])


@cache
def load_phrasebook() -> Phrasebook:
    """The phrasebook shipped in ``roundtwo/content/thanks.yaml``, read once.

    Raises ValueError naming the key when the file is malformed: that is a
    packaging fault, not something the user can fix.
    """
    text = resources.files("roundtwo.content").joinpath("thanks.yaml").read_text("utf-8")
    raw = parse_yaml(text)
    figures = _mapping(raw, "figures")
    words = _mapping(figures, "words")
    structures = tuple(
        tuple(tuple(_moves(paragraph)) for paragraph in layout) for layout in _list(raw, "structures")
    )
    return Phrasebook(
        due_hours=int(_mapping(figures, "due_hours")["value"]),
        min_words=int(words["min"]),
        max_words=int(words["max"]),
        aim_words=int(words["aim"]),
        point_max_words=int(figures["point_max_words"]),
        topic_max_words=int(figures["topic_max_words"]),
        topics_max=int(figures["topics_max"]),
        structures=structures,
        greetings=_by_kind(raw, "greetings", required=("default",)),
        subjects=_strings(raw, "subjects"),
        openings=_strings(raw, "openings"),
        points=_strings(raw, "points"),
        bridges=_strings(raw, "bridges"),
        focus=_by_kind(raw, "focus", required=KINDS),
        enthusiasm=_strings(raw, "enthusiasm"),
        extras=_by_kind(raw, "extras", required=KINDS),
        closings=_strings(raw, "closings"),
        signoffs=_strings(raw, "signoffs"),
        placeholders={str(k): str(v) for k, v in _mapping(raw, "placeholders").items()},
        honorifics=frozenset(_strings(raw, "honorifics")),
        name_suffixes=frozenset(_strings(raw, "name_suffixes")),
        lowerable_starts=frozenset(_strings(raw, "lowerable_starts")),
    )


def _mapping(raw: Any, key: str) -> dict[str, Any]:
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, dict):
        raise ValueError(f"thanks.yaml: '{key}' must be a mapping")
    return value


def _list(raw: dict[str, Any], key: str) -> list[Any]:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise ValueError(f"thanks.yaml: '{key}' must be a non-empty list")
    return value


def _strings(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    items = _list(raw, key)
    if not all(isinstance(item, str) and item.strip() for item in items):
        raise ValueError(f"thanks.yaml: '{key}' must hold non-empty strings")
    return tuple(items)


def _by_kind(raw: dict[str, Any], key: str, *, required: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    table = _mapping(raw, key)
    missing = [kind for kind in required if kind not in table]
    if missing:
        raise ValueError(f"thanks.yaml: '{key}' lacks {', '.join(missing)}")
    return {str(kind): _strings(table, kind) for kind in table}


def _moves(paragraph: Any) -> list[str]:
    if not isinstance(paragraph, list) or not set(paragraph) <= MOVES:
        raise ValueError(f"thanks.yaml: unknown move in structure paragraph {paragraph!r}")
    return [str(move) for move in paragraph]
