"""Reading the curated YAML files, with libyaml's C parser when it is there.

The pure-Python parser takes about a second for the question bank; the C
one a tenth of that. Every module reads content through here.
"""

from __future__ import annotations

from importlib import resources
from typing import IO, Any

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(source: str | bytes | IO[str]) -> Any:
    """Parse YAML text (or an open file) safely: plain data only, no objects."""
    return yaml.load(source, Loader=_LOADER)


def read_yaml(*path: str) -> Any:
    """Parse a file shipped under ``roundtwo/content``, e.g. ``read_yaml("questions", "pressure.yaml")``."""
    node = resources.files("roundtwo.content").joinpath(*path)
    return parse_yaml(node.read_text(encoding="utf-8"))
