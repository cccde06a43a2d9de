"""The Jinja2 environment: autoescaped templates and the filters pages use."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi.templating import Jinja2Templates

from roundtwo.content.vocabulary import FORMATS, KINDS
from roundtwo.plan.countdown import countdown
from roundtwo.plan.guide import format_label, kind_label
from roundtwo.services.clock import now

TEMPLATES = Path(__file__).with_name("templates")


def _local(moment: datetime | None, zone: str) -> datetime | None:
    return moment.astimezone(ZoneInfo(zone)) if moment else None


def _when(moment: datetime | None, zone: str, fmt: str = "%a %d %b %Y, %H:%M") -> str:
    local = _local(moment, zone)
    return f"{local.strftime(fmt)} {local.tzname()}" if local else "date not set"


def _clock(moment: datetime | None, zone: str) -> str:
    local = _local(moment, zone)
    return local.strftime("%H:%M") if local else ""


def _isodate(moment: datetime | None, zone: str) -> str:
    local = _local(moment, zone)
    return local.date().isoformat() if local else ""


def _countdown(moment: datetime | None) -> str:
    return countdown(moment, now()) if moment else ""


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    env.autoescape = True
    env.trim_blocks = True
    env.lstrip_blocks = True
    filters: dict[str, Any] = {
        "when": _when,
        "clock": _clock,
        "isodate": _isodate,
        "countdown": _countdown,
        "kind_label": kind_label,
        "format_label": format_label,
    }
    env.filters.update(filters)
    env.globals.update(KINDS=KINDS, FORMATS=FORMATS)
    return templates
