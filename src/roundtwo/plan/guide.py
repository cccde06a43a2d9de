"""What each interviewer kind assesses and what each format asks."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from roundtwo.content.loader import parse_yaml
from roundtwo.content.vocabulary import FORMATS, KINDS


@dataclass(frozen=True)
class KindGuide:
    kind: str
    label: str
    assesses: tuple[str, ...]
    prepare: str


@dataclass(frozen=True)
class FormatGuide:
    format: str
    label: str
    expect: str
    prepare: str


@cache
def _guide() -> dict[str, dict[str, dict[str, object]]]:
    text = resources.files("roundtwo.content").joinpath("interview_guide.yaml").read_text("utf-8")
    data: dict[str, dict[str, dict[str, object]]] = parse_yaml(text)
    return data


def kind_guide(kind: str) -> KindGuide:
    """The guide for interviewer ``kind``; an unknown kind gets the ``other`` guide."""
    entry = _guide()["kinds"].get(kind) or _guide()["kinds"]["other"]
    return KindGuide(
        kind=kind if kind in KINDS else "other",
        label=str(entry["label"]),
        assesses=tuple(str(a) for a in entry["assesses"]),  # type: ignore[attr-defined]
        prepare=str(entry["prepare"]),
    )


def format_guide(fmt: str) -> FormatGuide:
    """The guide for interview format ``fmt``; raises KeyError for an unknown one."""
    entry = _guide()["formats"][fmt]
    return FormatGuide(
        format=fmt,
        label=str(entry["label"]),
        expect=str(entry["expect"]),
        prepare=str(entry["prepare"]),
    )


def kind_label(kind: str) -> str:
    return kind_guide(kind).label


def format_label(fmt: str) -> str:
    return format_guide(fmt).label if fmt in FORMATS else fmt
