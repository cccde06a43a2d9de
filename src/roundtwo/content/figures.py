"""The coaching figures (pace, fillers, pauses, lengths), each with its source.

The numbers live in ``content/coaching.yaml``; this module reads them once and
hands them out, so that every engine (coach, speech, followup) uses the same
values.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from roundtwo.content.loader import read_yaml
from roundtwo.errors import RoundtwoError


@dataclass(frozen=True)
class Figure:
    """One figure: a number or a ``(low, high)`` band, its unit and its source."""

    name: str
    value: float | tuple[float, float]
    unit: str
    source: str

    @property
    def low(self) -> float:
        """The band's lower end, or the value itself for a single number."""
        return self.value[0] if isinstance(self.value, tuple) else self.value

    @property
    def high(self) -> float:
        """The band's upper end, or the value itself for a single number."""
        return self.value[1] if isinstance(self.value, tuple) else self.value


def _parse(name: str, raw: object) -> Figure:
    if not isinstance(raw, dict) or not {"value", "unit", "source"} <= raw.keys():
        raise RoundtwoError(
            f"coaching figure {name!r} needs value, unit and source.",
            hint="Fix src/roundtwo/content/coaching.yaml.",
        )
    value = raw["value"]
    parsed: float | tuple[float, float]
    if isinstance(value, list) and len(value) == 2:
        parsed = (float(value[0]), float(value[1]))
    elif isinstance(value, int | float):
        parsed = float(value)
    else:
        raise RoundtwoError(
            f"coaching figure {name!r} has value {value!r}; give a number or [low, high].",
            hint="Fix src/roundtwo/content/coaching.yaml.",
        )
    return Figure(name=name, value=parsed, unit=str(raw["unit"]), source=str(raw["source"]))


@functools.cache
def figures() -> dict[str, Figure]:
    """Every coaching figure by name, read once from ``coaching.yaml``.

    Raises :class:`RoundtwoError` when an entry lacks its value, unit or source.
    """
    data = read_yaml("coaching.yaml")
    if not isinstance(data, dict):
        raise RoundtwoError("coaching.yaml is not a mapping of figures.")
    return {str(name): _parse(str(name), raw) for name, raw in data.items()}


def figure(name: str) -> Figure:
    """The figure called ``name``; an unknown name raises :class:`RoundtwoError`."""
    table = figures()
    if name not in table:
        raise RoundtwoError(f"unknown coaching figure {name!r}.", hint=f"Known: {', '.join(sorted(table))}.")
    return table[name]
