"""The user's time zone and the current time, in one place so tests can fix them."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from roundtwo.services.forms import known_zones
from roundtwo.settings import Settings


def local_zone_name(settings: Settings | None = None) -> str:
    """The configured zone, else the machine's (TZ or /etc/localtime), else UTC."""
    if settings and settings.timezone in known_zones():
        return str(settings.timezone)
    env = os.environ.get("TZ", "").lstrip(":")
    if env in known_zones():
        return env
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    if marker in target:
        name = target.split(marker, 1)[1]
        if name in known_zones():
            return name
    return "UTC"


def now() -> datetime:
    return datetime.now(UTC)
