"""The practice data files (``content/personas.yaml``, ``content/cases.yaml``), read once."""

from __future__ import annotations

import functools
from typing import Any

import yaml

from roundtwo.content.loader import read_yaml
from roundtwo.errors import RoundtwoError


def _load(name: str) -> dict[str, Any]:
    where = f"src/roundtwo/content/{name}"
    try:
        data = read_yaml(name)
    except FileNotFoundError as exc:
        raise RoundtwoError(f"missing practice data file {name}.", hint="Reinstall roundtwo.") from exc
    except yaml.YAMLError as exc:
        raise RoundtwoError(f"{name} is not valid YAML ({exc}).", hint=f"Fix {where}.") from exc
    if not isinstance(data, dict):
        raise RoundtwoError(f"{name} is not a mapping.", hint=f"Fix {where}.")
    return data


@functools.cache
def personas_data() -> dict[str, Any]:
    """``personas.yaml``: interviewer kinds, personas, titles, styles, probes, formats, repetition."""
    return _load("personas.yaml")


@functools.cache
def cases_data() -> dict[str, Any]:
    """``cases.yaml``: brief openings, timing, presentation structure and reasoning cues, handover line."""
    return _load("cases.yaml")
