"""Quality gate for the labelled answer corpus in corpus/star/*.jsonl.

Every item follows the star.jsonl format of the labeling guide: sentences that
are exact substrings of the answer, in order, covering all of it; STAR labels
and categories from the fixed vocabulary; metrics that occur in the answer.
Each file is its own test so a bad file names itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from roundtwo.content.vocabulary import CATEGORIES

CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus" / "star"
CORPUS_FILES = sorted(CORPUS_DIR.glob("*.jsonl"))

REQUIRED_KEYS: dict[str, type] = {
    "id": str,
    "question": str,
    "category": str,
    "answer": str,
    "sentences": list,
    "metrics": list,
    "rating": int,
    "style": str,
    "role_family": str,
}
STAR_LABELS = frozenset({"S", "T", "A", "R", "O"})
STYLES = frozenset({"written", "spoken", "transcript", "british", "non_native", "terse", "narrative"})
# Role families outside the shared vocabulary (e.g. hospitality) are allowed in the
# corpus, so only the id's shape is checked.
ROLE_FAMILY_ID = re.compile(r"[a-z]+(?:_[a-z]+)*")
# Shown per failing file; the rest are counted, not listed.
MAX_REPORTED = 15


def _uncovered(answer: str, spans: list[tuple[int, int]]) -> str:
    """Return the non-whitespace characters of ``answer`` that no span covers."""
    covered = [False] * len(answer)
    for start, end in spans:
        covered[start:end] = [True] * (end - start)
    return "".join(c for c, hit in zip(answer, covered, strict=True) if not hit and not c.isspace())


def _sentence_problems(answer: str, sentences: list[Any]) -> list[str]:
    problems: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for n, sentence in enumerate(sentences):
        if not isinstance(sentence, dict) or set(sentence) != {"text", "star"}:
            problems.append(f"sentence {n} is not an object with exactly 'text' and 'star'")
            continue
        text, star = sentence["text"], sentence["star"]
        if star not in STAR_LABELS:
            problems.append(f"sentence {n} has star label {star!r}, not one of S T A R O")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"sentence {n} has empty text")
            continue
        found = answer.find(text, pos)
        if found < 0:
            where = "out of order" if text in answer else "not in the answer"
            problems.append(f"sentence {n} is {where}: {text[:50]!r}")
            continue
        spans.append((found, found + len(text)))
        pos = found + len(text)
    if not problems:
        missing = _uncovered(answer, spans)
        if missing:
            problems.append(f"sentences leave answer text uncovered: {missing[:50]!r}")
    return problems


def _problems(item: Any) -> list[str]:
    """Return what is wrong with one corpus item; an empty list means it passes."""
    if not isinstance(item, dict):
        return ["item is not a JSON object"]
    problems = [
        f"key {key!r} missing or not {kind.__name__}"
        for key, kind in REQUIRED_KEYS.items()
        if type(item.get(key)) is not kind
    ]
    if problems:
        return problems
    if not item["answer"].strip():
        problems.append("answer is empty")
    if not item["question"].strip():
        problems.append("question is empty")
    if item["category"] not in CATEGORIES:
        problems.append(f"category {item['category']!r} is not in the fixed vocabulary")
    if not 1 <= item["rating"] <= 5:
        problems.append(f"rating {item['rating']} is outside 1-5")
    if item["style"] not in STYLES:
        problems.append(f"style {item['style']!r} is not one of {sorted(STYLES)}")
    if not ROLE_FAMILY_ID.fullmatch(item["role_family"]):
        problems.append(f"role_family {item['role_family']!r} is not a snake_case id")
    if not item["sentences"]:
        problems.append("sentences are empty")
    elif item["answer"].strip():
        problems.extend(_sentence_problems(item["answer"], item["sentences"]))
    for metric in item["metrics"]:
        if not isinstance(metric, str) or not metric.strip():
            problems.append(f"metric {metric!r} is not a non-empty string")
        elif metric not in item["answer"]:
            problems.append(f"metric {metric!r} is not in the answer")
    return problems


def _load(path: Path) -> tuple[list[Any], list[str]]:
    """Return the parsed items of a JSON Lines file and its unparseable lines."""
    items: list[Any] = []
    errors: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"line {number}: invalid JSON ({exc.msg})")
    return items, errors


def _valid_item() -> dict[str, Any]:
    answer = "I led a team of 4 people. We cut costs by 20%."
    return {
        "id": "x-0001",
        "question": "Tell me about a time you led a team.",
        "category": "leadership",
        "answer": answer,
        "sentences": [
            {"text": "I led a team of 4 people.", "star": "S"},
            {"text": "We cut costs by 20%.", "star": "R"},
        ],
        "metrics": ["4 people", "20%"],
        "rating": 3,
        "style": "written",
        "role_family": "software_engineering",
    }


def _with(**changes: Any) -> dict[str, Any]:
    item = _valid_item()
    item.update(changes)
    return item


def _without(key: str) -> dict[str, Any]:
    item = _valid_item()
    del item[key]
    return item


def test_corpus_directory_has_files() -> None:
    assert CORPUS_FILES, f"no *.jsonl files in {CORPUS_DIR}"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_corpus_file_items_are_valid(path: Path) -> None:
    items, errors = _load(path)
    assert items, f"{path.name} holds no items"
    for n, item in enumerate(items, start=1):
        label = item.get("id", f"item {n}") if isinstance(item, dict) else f"item {n}"
        errors.extend(f"{label}: {problem}" for problem in _problems(item))
    shown = "\n".join(errors[:MAX_REPORTED])
    more = f"\n... and {len(errors) - MAX_REPORTED} more" if len(errors) > MAX_REPORTED else ""
    assert not errors, f"{path.name}:\n{shown}{more}"


def test_corpus_ids_unique_across_files() -> None:
    seen: dict[str, str] = {}
    duplicates: list[str] = []
    for path in CORPUS_FILES:
        items, _ = _load(path)
        for item in items:
            if not isinstance(item, dict) or "id" not in item:
                continue
            key = str(item["id"])
            if key in seen:
                duplicates.append(f"{key} in {seen[key]} and {path.name}")
            seen.setdefault(key, path.name)
    assert not duplicates, "duplicate ids: " + "; ".join(duplicates)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param(_valid_item(), None, id="valid"),
        pytest.param(_with(answer=""), "answer is empty", id="empty_answer"),
        pytest.param([], "not a JSON object", id="not_an_object"),
        pytest.param(_without("metrics"), "'metrics' missing", id="missing_key"),
        pytest.param(_with(rating="4"), "'rating' missing or not int", id="rating_as_text"),
        pytest.param(_with(rating=6), "outside 1-5", id="rating_out_of_range"),
        pytest.param(_with(category="grit"), "category 'grit'", id="unknown_category"),
        pytest.param(_with(style="poetic"), "style 'poetic'", id="unknown_style"),
        pytest.param(_with(role_family="Space Pilot"), "role_family 'Space Pilot'", id="role_not_an_id"),
        pytest.param(_with(sentences=[]), "sentences are empty", id="no_sentences"),
        pytest.param(
            _with(
                sentences=[
                    {"text": "I led a team of 4 people.", "star": "X"},
                    {"text": "We cut costs by 20%.", "star": "R"},
                ]
            ),
            "star label 'X'",
            id="unknown_star_label",
        ),
        pytest.param(
            _with(
                sentences=[
                    {"text": "We cut costs by 20%.", "star": "R"},
                    {"text": "I led a team of 4 people.", "star": "S"},
                ]
            ),
            "out of order",
            id="sentences_out_of_order",
        ),
        pytest.param(
            _with(
                sentences=[
                    {"text": "I led a team of four people.", "star": "S"},
                    {"text": "We cut costs by 20%.", "star": "R"},
                ]
            ),
            "not in the answer",
            id="sentence_not_substring",
        ),
        pytest.param(
            _with(sentences=[{"text": "I led a team of 4 people.", "star": "S"}]),
            "uncovered: 'Wecutcostsby20%.'",
            id="answer_not_covered",
        ),
        pytest.param(_with(metrics=["30%"]), "metric '30%' is not in the answer", id="bad_metric"),
    ],
)
def test_problems_flags_bad_item(item: Any, expected: str | None) -> None:
    problems = _problems(item)
    if expected is None:
        assert problems == []
    else:
        assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("answer", "spans", "expected"),
    [
        pytest.param("", [], "", id="empty"),
        pytest.param("One. Two.", [(0, 4), (5, 9)], "", id="whitespace_between"),
        pytest.param("One. Two.", [(0, 4)], "Two.", id="tail_missing"),
    ],
)
def test_uncovered_returns_missing_characters(
    answer: str, spans: list[tuple[int, int]], expected: str
) -> None:
    assert _uncovered(answer, spans) == expected
