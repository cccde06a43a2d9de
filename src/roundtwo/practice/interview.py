"""What the candidate's real interview tells a mock session, as plain data.

The services layer reads a stored interview and hands it over as an
:class:`InterviewSetup`; the engine never sees the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from roundtwo.read.questions import CompanyFacts

_LIST_SEPARATORS = re.compile(r"[;\n]+|,\s+")


@dataclass(frozen=True)
class InterviewSetup:
    """A real interview: company facts, job description, people, formats, preparation note.

    ``interviewers`` are ``{"name", "title", "kind"}`` mappings (missing
    values read as "", and "other" for the kind); ``formats`` the
    interview's formats in the invitation's order; ``role_title`` the job
    title, which tells the role family when there is no job description.
    """

    company: CompanyFacts | None = None
    job_description: str = ""
    interviewers: tuple[dict[str, str], ...] = ()
    formats: tuple[str, ...] = ()
    preparation: str = ""
    role_title: str = ""

    def __post_init__(self) -> None:
        people = tuple(_person(p) for p in self.interviewers)
        object.__setattr__(self, "interviewers", people)
        object.__setattr__(self, "formats", tuple(self.formats))


def split_list(text: str | None) -> list[str]:
    """Items of a list typed as text ("Haulsync; RoutePilot", one a line, or comma-separated).

    Blank items are dropped; empty text gives ``[]``.
    """
    return [item.strip() for item in _LIST_SEPARATORS.split(text or "") if item.strip()]


def company_facts(
    name: str | None,
    mission: str | None = None,
    products: str | Sequence[str] = (),
    competitors: str | Sequence[str] = (),
) -> CompanyFacts:
    """CompanyFacts from the workspace's fields; text lists are split with :func:`split_list`."""
    return CompanyFacts(
        name=(name or "").strip() or None,
        mission=(mission or "").strip() or None,
        products=tuple(split_list(products) if isinstance(products, str) else products),
        competitors=tuple(split_list(competitors) if isinstance(competitors, str) else competitors),
    )


def _person(person: Mapping[str, Any]) -> dict[str, str]:
    return {
        "name": str(person.get("name") or "").strip(),
        "title": str(person.get("title") or "").strip(),
        "kind": str(person.get("kind") or "other"),
    }
