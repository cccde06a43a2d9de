"""Interviewer kinds: hiring manager, peer, senior leader, HR, other.

What the email says of a person wins ("who would be your manager", "you'd
be working alongside"); otherwise the title decides (VP, Director, Head of,
C-level and founders lead; recruiters, talent and people partners are HR;
representatives, governors and trustees are from outside); anyone else
with a title is a peer. A person with no title and no cue is ``other``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from roundtwo.read.invite_lexicon import lexicon, phrases

KINDS = ("hiring_manager", "peer", "senior_leader", "hr", "other")


@functools.cache
def _pattern(phrase_list: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for phrase in phrase_list:
        body = re.escape(phrase.strip())
        left = r"\b" if phrase[:1].isalnum() else ""
        right = r"(?![\w-])" if phrase.rstrip()[-1:].isalnum() else ""
        parts.append(left + body + right)
    return re.compile("|".join(parts), re.IGNORECASE)


def cue_kind(text: str) -> str | None:
    """The kind a phrase about a person states ("the hiring manager" ->
    ``hiring_manager``), or None when it states none."""
    for kind in ("hiring_manager", "other", "peer"):
        if _pattern(phrases("kind_cues", kind)).search(text):
            return kind
    return None


@functools.cache
def _title_lists() -> dict[str, tuple[str, ...]]:
    table = lexicon()["kind_titles"]
    return {key: tuple(str(p).lower() for p in values) for key, values in table.items()}


def title_kind(title: str | None) -> str | None:
    """The kind a job title implies on its own, or None without a title."""
    if not title:
        return None
    lists = _title_lists()
    padded = f" {title} "
    if _pattern(lists["other"]).search(padded):
        return "other"
    exceptions = _pattern(lists["senior_leader_not"])
    if _pattern(lists["senior_leader_first"]).search(padded) and not exceptions.search(padded):
        return "senior_leader"
    if _pattern(lists["hr"]).search(padded):
        return "hr"
    if _pattern(lists["senior_leader"]).search(padded) and not exceptions.search(padded):
        return "senior_leader"
    return "peer"


def interviewer_kind(title: str | None, contexts: Iterable[str]) -> str:
    """The kind of an interviewer from their ``title`` and what the email says
    of them (``contexts``: the clauses around each mention).

    A cue in the contexts wins (a hiring-manager cue over the others), then
    the title; no title and no cue gives ``other``.
    """
    found = {cue_kind(text) for text in contexts if text}
    for kind in ("hiring_manager", "other", "peer"):
        if kind in found:
            return kind
    return title_kind(title) or "other"
