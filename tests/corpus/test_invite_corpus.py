"""Quality gate for the labelled invitation corpus in corpus/invites/*.jsonl.

Every item follows the invites.jsonl format of the labeling guide: a reader's
date and zone, the email, and the expected fields; start and end carry an
offset and come in order, formats and kinds come from the fixed vocabularies,
and ids are unique across the corpus. Each file is its own
test so a bad file names itself.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from roundtwo.content.vocabulary import FORMATS

CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus" / "invites"
CORPUS_FILES = sorted(CORPUS_DIR.glob("*.jsonl"))
KINDS = frozenset({"hiring_manager", "peer", "senior_leader", "hr", "other"})
EXPECTED_KEYS = frozenset(
    {"company", "role", "start", "end", "formats", "video_link", "location", "interviewers"}
)


def _problems(item: dict[str, Any]) -> list[str]:
    found = []
    if not {"id", "today", "tz", "email", "expected"} <= item.keys():
        return ["missing keys"]
    date.fromisoformat(item["today"])
    ZoneInfo(item["tz"])  # a zone the reader knows
    expected = item["expected"]
    if set(expected) != EXPECTED_KEYS:
        found.append(f"expected keys {sorted(set(expected) ^ EXPECTED_KEYS)}")
    for key in ("start", "end"):
        if expected.get(key):
            moment = datetime.fromisoformat(expected[key])
            if moment.utcoffset() is None:
                found.append(f"{key} has no offset")
    start, end = expected.get("start"), expected.get("end")
    if start and end and datetime.fromisoformat(end) <= datetime.fromisoformat(start):
        found.append("end is not after start")
    if not set(expected.get("formats") or []) <= set(FORMATS):
        found.append(f"formats {expected['formats']}")
    for person in expected.get("interviewers") or []:
        if not person.get("name") or person.get("kind") not in KINDS:
            found.append(f"interviewer {person}")
    return found


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_invite_corpus_file_follows_the_format(path: Path) -> None:
    bad = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        problems = _problems(json.loads(line))
        if problems:
            bad.append(f"line {number}: {'; '.join(problems)}")
    assert not bad, "\n".join(bad[:15])


def test_invite_corpus_ids_are_unique() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for path in CORPUS_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            item_id = json.loads(line)["id"]
            if item_id in seen:
                clashes.append(f"{item_id} in {seen[item_id]} and {path.name}")
            seen[item_id] = path.name
    assert not clashes, "\n".join(clashes[:15])
