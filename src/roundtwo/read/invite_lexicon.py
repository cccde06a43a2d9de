"""The invitation reader's word lists, loaded once from ``content/invite_lexicon.yaml`` and
``content/given_names.txt``."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


@functools.cache
def lexicon() -> dict[str, Any]:
    """The whole lexicon as a dict, parsed once per process."""
    text = resources.files("roundtwo.content").joinpath("invite_lexicon.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):  # pragma: no cover - the shipped file is a mapping
        raise ValueError("invite_lexicon.yaml must hold a mapping")
    names = resources.files("roundtwo.content").joinpath("given_names.txt").read_text("utf-8")
    data["given_names"] = [line.strip() for line in names.splitlines() if line.strip() and line[0] != "#"]
    return data


@functools.cache
def word_set(key: str) -> frozenset[str]:
    """The lexicon list under ``key`` as a lower-case set."""
    return frozenset(str(word).lower() for word in lexicon()[key])


@functools.cache
def phrases(key: str, kind: str) -> tuple[str, ...]:
    """The phrases under ``lexicon[key][kind]``, lower-case, longest first."""
    values = (str(p).lower() for p in lexicon()[key][kind])
    return tuple(sorted(set(values), key=len, reverse=True))
