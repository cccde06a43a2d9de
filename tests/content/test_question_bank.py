"""The curated question bank, competencies, role families and questions to ask.

Each validator below is first run on named bad examples (so a check that
cannot fail shows up here) and then on the shipped files.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from importlib import resources
from typing import Any

import pytest
import yaml

CATEGORIES = (
    "conflict",
    "priorities",
    "failure",
    "leadership",
    "teamwork",
    "pressure",
    "technical",
    "strategy",
    "motivation",
    "culture",
)
KINDS = ("hiring_manager", "peer", "senior_leader", "hr", "other")
FORMATS = ("sequential", "panel", "technical", "case_study", "presentation")
ROLE_FAMILIES = (
    "software_engineering",
    "data_analytics",
    "product_management",
    "marketing",
    "sales",
    "customer_success",
    "finance_accounting",
    "operations_supply_chain",
    "hr_people",
    "design_ux",
    "project_program_management",
    "healthcare_nursing",
    "education",
    "consulting",
    "legal",
)
COMPETENCIES = (
    "conflict_resolution",
    "competing_priorities",
    "stakeholder_management",
    "failure_learning",
    "leadership",
    "teamwork",
    "problem_solving",
    "pressure",
    "influence",
    "customer_focus",
    "adaptability",
    "communication",
    "ownership",
    "initiative",
    "decision_making",
    "strategic_thinking",
    "data_driven",
    "technical_depth",
    "mentoring",
    "motivation",
    "culture_fit",
    "integrity",
    "innovation",
    "time_management",
)

# Theme file -> id prefix; role files use "role-<family>-NNN".
THEME_FILES = {
    "behavioral.yaml": "beh",
    "situational.yaml": "sit",
    "pressure.yaml": "prs",
    "strategy.yaml": "str",
    "culture_motivation.yaml": "cm",
}
# What the engine puts in a slot when the dossier lacks the value.
SLOT_FALLBACKS = {
    "company": "the company",
    "competitor": "its main competitors",
    "product": "its main product",
    "goal": "its goals for this year",
    "industry": "the industry",
}
ASK_SLOTS = {"company", "product", "competitor", "goal"}
ASK_PREFIX = {"hiring_manager": "hm", "peer": "peer", "senior_leader": "sl", "hr": "hr", "other": "oth"}

QUESTION_KEYS = {
    "id",
    "text",
    "category",
    "competencies",
    "kinds",
    "formats",
    "role_families",
    "follow_ups",
    "pressure",
}
ASK_KEYS = {"id", "text", "kinds", "topic", "role_families"}

_SLOT = re.compile(r"\{([^{}]*)\}")
_DETERMINER_BEFORE_SLOT = re.compile(r"(\b(a|an|the|our|your|their|its|this|that|my)|'s)\s+\{", re.I)
_SLOT_AT_SENTENCE_START = re.compile(r"(^|[.?!:]\s+)\{")
_PLURAL_SLOT_SINGULAR_VERB = re.compile(r"\{(competitor|goal)\}\s+(is|has|was|does)\b")
_SINGULAR_SLOT_PLURAL_VERB = re.compile(r"\{(company|product|industry)\}\s+(are|have|were|do)\b")
# Screening-round openers the second round should barely use.
_SCREENING = re.compile(
    r"tell me about yourself|walk me through your (resume|cv)|greatest weakness"
    r"|where do you see yourself|why should we hire you",
    re.I,
)
# Matters to leave to HR after an offer (LABELING.md, asks.jsonl).
_ADMINISTRATIVE = re.compile(
    r"\b(salary|salaries|pay|paid|compensation|bonus(es)?|equity|stock options?|benefits?"
    r"|insurance|vacation|pto|time off|holidays?|perks?|401k|pension)\b",
    re.I,
)
_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


# --- loading -------------------------------------------------------------


def _content_file(*parts: str) -> Any:
    path = resources.files("roundtwo.content")
    for part in parts:
        path = path.joinpath(part)
    return path


@functools.cache
def _yaml(*parts: str) -> Any:
    return yaml.safe_load(_content_file(*parts).read_text(encoding="utf-8"))


def _bank_files() -> list[tuple[tuple[str, ...], str, str | None]]:
    """(path parts, id prefix, role family or None) for every bank file."""
    files: list[tuple[tuple[str, ...], str, str | None]] = [
        (("questions", name), prefix, None) for name, prefix in THEME_FILES.items()
    ]
    files += [(("questions", "roles", f"{family}.yaml"), "role", family) for family in ROLE_FAMILIES]
    return files


@functools.cache
def _bank() -> tuple[dict[str, Any], ...]:
    questions: list[dict[str, Any]] = []
    for parts, _prefix, _family in _bank_files():
        questions.extend(_yaml(*parts))
    return tuple(questions)


# --- validators ----------------------------------------------------------


def _id_list_problems(value: Any, name: str, allowed: tuple[str, ...], low: int, high: int) -> list[str]:
    if not isinstance(value, list):
        return [f"{name} is not a list"]
    problems = []
    if not low <= len(value) <= high:
        problems.append(f"{name} holds {len(value)} items, expected {low}-{high}")
    unknown = [item for item in value if item not in allowed]
    if unknown:
        problems.append(f"{name} has unknown ids {unknown}")
    if len(set(map(str, value))) != len(value):
        problems.append(f"{name} repeats an id")
    return problems


def _slot_problems(text: str) -> list[str]:
    """How a text would read once each slot holds its fallback."""
    slots = _SLOT.findall(text)
    if not slots:
        return []
    problems = []
    if _DETERMINER_BEFORE_SLOT.search(text):
        problems.append("a determiner before a slot doubles up with the fallback")
    if _SLOT_AT_SENTENCE_START.search(text):
        problems.append("a slot opens a sentence, so the fallback would start in lower case")
    if _PLURAL_SLOT_SINGULAR_VERB.search(text) or _SINGULAR_SLOT_PLURAL_VERB.search(text):
        problems.append("a verb after a slot disagrees with the fallback's number")
    # "its main product" needs the company named before it.
    first_company = text.find("{company}")
    for slot in ("competitor", "product", "goal"):
        at = text.find("{" + slot + "}")
        if at != -1 and (first_company == -1 or first_company > at):
            problems.append(f"{{{slot}}} comes before any {{company}}, so 'its' would dangle")
    return problems


def _text_problems(text: Any, name: str, endings: str, shortest: int = 20) -> list[str]:
    if not isinstance(text, str) or not text.strip():
        return [f"{name} is empty"]
    problems = []
    if text != text.strip() or "  " in text or "\n" in text:
        problems.append(f"{name} has stray whitespace")
    if not text[0].isupper():
        problems.append(f"{name} does not start with a capital")
    if text[-1] not in endings:
        problems.append(f"{name} does not end with one of {endings!r}")
    if not shortest <= len(text) <= 700:
        problems.append(f"{name} is {len(text)} characters long")
    return problems


def _question_problems(q: Any, prefix: str, family: str | None) -> list[str]:
    """Everything wrong with one question entry; [] when it is valid."""
    if not isinstance(q, dict):
        return ["entry is not a mapping"]
    missing = sorted(QUESTION_KEYS - {"pressure"} - set(q))
    if missing:
        return [f"missing keys {missing}"]
    problems = []
    extra = sorted(set(q) - QUESTION_KEYS)
    if extra:
        problems.append(f"unknown keys {extra}")
    category = q["category"]
    if category not in CATEGORIES:
        problems.append(f"unknown category {category!r}")
    group = family if family else category
    if not re.fullmatch(rf"{prefix}-{group}-\d{{3}}", str(q["id"])):
        problems.append(f"id {q['id']!r} is not {prefix}-{group}-NNN")
    problems += _text_problems(q["text"], "text", "?.")
    if isinstance(q["text"], str) and _SLOT.search(q["text"]):
        unknown = sorted(set(_SLOT.findall(q["text"])) - set(SLOT_FALLBACKS))
        if unknown:
            problems.append(f"unknown slots {unknown}")
        if category != "strategy":
            problems.append("slots belong to strategy questions only")
        problems += _slot_problems(q["text"])
    problems += _id_list_problems(q["competencies"], "competencies", COMPETENCIES, 1, 3)
    problems += _id_list_problems(q["kinds"], "kinds", KINDS, 1, 3)
    problems += _id_list_problems(q["formats"], "formats", FORMATS, 1, 5)
    problems += _id_list_problems(q["role_families"], "role_families", ROLE_FAMILIES, 0, 3)
    if family and family not in q["role_families"]:
        problems.append(f"a question in roles/{family}.yaml does not list {family}")
    follow_ups = q["follow_ups"]
    if not isinstance(follow_ups, list) or not 1 <= len(follow_ups) <= 3:
        problems.append("follow_ups must hold 1-3 probes")
    else:
        for probe in follow_ups:
            problems += _text_problems(probe, "follow-up", "?", shortest=12)
            if isinstance(probe, str) and _SLOT.search(probe):
                problems.append("follow-ups are not filled in, so they hold no slots")
        if len(set(follow_ups)) != len(follow_ups):
            problems.append("follow_ups repeat a probe")
    if not isinstance(q.get("pressure", False), bool):
        problems.append("pressure is not true or false")
    return problems


def _ask_problems(a: Any) -> list[str]:
    """Everything wrong with one question-to-ask entry; [] when it is valid."""
    if not isinstance(a, dict):
        return ["entry is not a mapping"]
    missing = sorted(ASK_KEYS - set(a))
    if missing:
        return [f"missing keys {missing}"]
    problems = []
    extra = sorted(set(a) - ASK_KEYS)
    if extra:
        problems.append(f"unknown keys {extra}")
    problems += _id_list_problems(a["kinds"], "kinds", KINDS, 1, 3)
    if isinstance(a["kinds"], list) and a["kinds"] and a["kinds"][0] in ASK_PREFIX:
        expected = ASK_PREFIX[a["kinds"][0]]
        if not re.fullmatch(rf"ask-{expected}-\d{{3}}", str(a["id"])):
            problems.append(f"id {a['id']!r} is not ask-{expected}-NNN")
    problems += _text_problems(a["text"], "text", "?")
    text = a["text"] if isinstance(a["text"], str) else ""
    unknown = sorted(set(_SLOT.findall(text)) - ASK_SLOTS)
    if unknown:
        problems.append(f"unknown slots {unknown}")
    problems += _slot_problems(text)
    if _ADMINISTRATIVE.search(text):
        problems.append("asks about pay, benefits or time off, which is for HR after an offer")
    if not isinstance(a["topic"], str) or not _SNAKE.match(a["topic"]):
        problems.append(f"topic {a['topic']!r} is not a short snake_case id")
    problems += _id_list_problems(a["role_families"], "role_families", ROLE_FAMILIES, 0, 3)
    return problems


_GOOD_QUESTION: dict[str, Any] = {
    "id": "str-strategy-001",
    "text": "How would your experience help {company} pull ahead of {competitor} next year?",
    "category": "strategy",
    "competencies": ["strategic_thinking"],
    "kinds": ["senior_leader"],
    "formats": ["panel"],
    "role_families": [],
    "follow_ups": ["Which measure would tell you it worked?"],
}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(None, None, id="valid"),
        pytest.param("empty", "missing keys", id="empty"),
        pytest.param({"category": "gossip"}, "unknown category", id="unknown_category"),
        pytest.param({"id": "beh-strategy-001"}, "is not str-strategy-NNN", id="wrong_prefix"),
        pytest.param({"text": ""}, "text is empty", id="empty_text"),
        pytest.param({"competencies": []}, "competencies holds 0", id="no_competency"),
        pytest.param({"competencies": ["charm"]}, "unknown ids", id="unknown_competency"),
        pytest.param({"kinds": ["ceo"]}, "unknown ids", id="unknown_kind"),
        pytest.param({"formats": ["panel", "panel"]}, "repeats", id="repeated_format"),
        pytest.param({"follow_ups": []}, "1-3 probes", id="no_follow_up"),
        pytest.param({"follow_ups": ["Why"]}, "does not end", id="follow_up_not_question"),
        pytest.param({"text": "How would you beat {rival} this year?"}, "unknown slots", id="bad_slot"),
        pytest.param({"text": "How does the {company} team plan?"}, "determiner", id="article_slot"),
        pytest.param({"text": "Why? {company} wants growth. Agree?"}, "opens a sentence", id="slot_start"),
        pytest.param({"text": "What would you sell against {competitor}?"}, "dangle", id="dangling"),
        pytest.param({"text": "Why {company} and why is {goal} is hard?"}, "disagrees", id="agreement"),
        pytest.param(
            {"category": "failure", "id": "str-failure-001"}, "strategy questions only", id="slot_off_topic"
        ),
        pytest.param({"pressure": "yes"}, "pressure", id="pressure_not_bool"),
        pytest.param({"tags": []}, "unknown keys", id="extra_key"),
    ],
)
def test_question_problems_flags_examples(change: Any, expected: str | None) -> None:
    entry: Any = {} if change == "empty" else {**_GOOD_QUESTION, **(change or {})}
    problems = _question_problems(entry, "str", None)
    if expected is None:
        assert problems == []
    else:
        assert any(expected in problem for problem in problems), problems


def test_question_problems_flags_role_file_without_family() -> None:
    entry = {**_GOOD_QUESTION, "id": "role-legal-001"}
    assert any("does not list legal" in p for p in _question_problems(entry, "role", "legal"))


_GOOD_ASK: dict[str, Any] = {
    "id": "ask-hm-001",
    "text": "What would make this hire a clear success for {company} by the end of the year?",
    "kinds": ["hiring_manager"],
    "topic": "success",
    "role_families": [],
}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(None, None, id="valid"),
        pytest.param("empty", "missing keys", id="empty"),
        pytest.param({"text": "What is the salary band?"}, "pay, benefits", id="salary"),
        pytest.param({"text": "How much paid time off is there?"}, "pay, benefits", id="time_off"),
        pytest.param({"text": "Which {industry} trends matter?"}, "unknown slots", id="industry_slot"),
        pytest.param({"text": "Where is {product} heading next?"}, "dangle", id="dangling"),
        pytest.param({"kinds": ["peer"]}, "ask-peer-NNN", id="prefix_mismatch"),
        pytest.param({"topic": "Team Challenges"}, "snake_case", id="bad_topic"),
        pytest.param({"text": "Tell me about the team."}, "does not end", id="not_a_question"),
    ],
)
def test_ask_problems_flags_examples(change: Any, expected: str | None) -> None:
    entry: Any = {} if change == "empty" else {**_GOOD_ASK, **(change or {})}
    problems = _ask_problems(entry)
    if expected is None:
        assert problems == []
    else:
        assert any(expected in problem for problem in problems), problems


# --- the question bank ---------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "prefix", "family"), _bank_files(), ids=lambda v: v[-1] if isinstance(v, tuple) else None
)
def test_question_bank_file_valid(parts: tuple[str, ...], prefix: str, family: str | None) -> None:
    entries = _yaml(*parts)
    assert isinstance(entries, list) and entries, f"{'/'.join(parts)} holds no questions"
    problems = [
        f"{entry.get('id', i) if isinstance(entry, dict) else i}: {problem}"
        for i, entry in enumerate(entries)
        for problem in _question_problems(entry, prefix, family)
    ]
    assert problems == []


def test_question_bank_holds_only_known_files() -> None:
    root = _content_file("questions")
    found: set[tuple[str, ...]] = {("questions", f.name) for f in root.iterdir() if f.name.endswith(".yaml")}
    found |= {
        ("questions", "roles", f.name) for f in root.joinpath("roles").iterdir() if f.name.endswith(".yaml")
    }
    dirs = {f.name for f in root.iterdir() if f.is_dir() and not f.name.startswith("__")}
    assert found == {parts for parts, _prefix, _family in _bank_files()}
    assert dirs == {"roles"}


def test_question_bank_ids_unique() -> None:
    repeated = [key for key, n in Counter(q["id"] for q in _bank()).items() if n > 1]
    assert repeated == []


def test_question_bank_texts_unique() -> None:
    normal = Counter(re.sub(r"\W+", " ", q["text"].lower()).strip() for q in _bank())
    assert [text for text, n in normal.items() if n > 1] == []


def test_question_bank_total() -> None:
    assert len(_bank()) >= 420


@pytest.mark.parametrize("category", CATEGORIES)
def test_question_bank_category_count(category: str) -> None:
    assert sum(q["category"] == category for q in _bank()) >= 25


@pytest.mark.parametrize("kind", KINDS)
def test_question_bank_kind_count(kind: str) -> None:
    assert sum(kind in q["kinds"] for q in _bank()) >= 40


@pytest.mark.parametrize("fmt", ["technical", "case_study", "presentation"])
def test_question_bank_format_count(fmt: str) -> None:
    assert sum(fmt in q["formats"] for q in _bank()) >= 25


@pytest.mark.parametrize("family", ROLE_FAMILIES)
def test_question_bank_role_family_scenarios(family: str) -> None:
    own = [q for q in _bank() if family in q["role_families"]]
    assert len(own) >= 8
    briefs = [q for q in own if {"case_study", "presentation"} & set(q["formats"])]
    assert briefs, f"{family} has no case study or presentation brief"


@pytest.mark.parametrize("competency", COMPETENCIES)
def test_question_bank_competency_used(competency: str) -> None:
    assert sum(competency in q["competencies"] for q in _bank()) >= 5


def test_question_bank_strategy_slots() -> None:
    slotted = [q for q in _bank() if q["category"] == "strategy" and _SLOT.search(q["text"])]
    assert len(slotted) >= 30


def test_question_bank_pressure_curveballs() -> None:
    assert sum(q.get("pressure", False) is True for q in _bank()) >= 30


def test_question_bank_screening_rare() -> None:
    screening = [q for q in _bank() if _SCREENING.search(q["text"])]
    assert len(screening) <= 3
    assert {q["category"] for q in screening} <= {"culture", "motivation"}


@pytest.mark.parametrize("entries", [_bank, lambda: _yaml("asks.yaml")], ids=["questions", "asks"])
def test_slots_read_well_filled(entries: Any) -> None:
    for entry in entries():
        filled = _SLOT.sub(lambda m: SLOT_FALLBACKS.get(m.group(1), m.group(0)), entry["text"])
        # "the the", or "its goals for this year this year"
        assert not re.search(r"\b(\w+(?: \w+)?) \1\b", filled, re.I), filled
        assert filled[0].isupper(), filled


# --- competencies --------------------------------------------------------


def test_competencies_cover_vocabulary() -> None:
    ids = [c["id"] for c in _yaml("competencies.yaml")]
    assert sorted(ids) == sorted(COMPETENCIES)


@pytest.mark.parametrize("entry", _yaml("competencies.yaml"), ids=lambda c: c.get("id", "?"))
def test_competencies_entry_valid(entry: dict[str, Any]) -> None:
    assert set(entry) == {"id", "label", "description", "categories", "cues"}
    assert isinstance(entry["label"], str) and entry["label"][:1].isupper()
    assert _text_problems(entry["description"], "description", ".") == []
    assert _id_list_problems(entry["categories"], "categories", CATEGORIES, 1, 4) == []
    cues = entry["cues"]
    assert 4 <= len(cues) <= 25
    assert all(isinstance(c, str) and c == c.strip().lower() and c for c in cues)


def test_competencies_cues_unique() -> None:
    cues = Counter(c for entry in _yaml("competencies.yaml") for c in entry["cues"])
    assert [cue for cue, n in cues.items() if n > 1] == []


def _cue_inside(cue: str, other: str) -> bool:
    """Whether ``cue`` occurs as whole words inside ``other`` ("driven" in "data-driven")."""
    return other != cue and re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", other) is not None


@pytest.mark.parametrize(
    ("cue", "other", "inside"),
    [
        ("driven", "data-driven", True),
        ("culture", "learning culture", True),
        ("coach", "coaching", False),
        ("", "teamwork", False),
    ],
)
def test_cue_inside_examples(cue: str, other: str, inside: bool) -> None:
    assert _cue_inside(cue, other) is (inside and bool(cue))


def test_competencies_cues_do_not_nest() -> None:
    owned = [(c, entry["id"]) for entry in _yaml("competencies.yaml") for c in entry["cues"]]
    nested = [
        (cue, other)
        for cue, owner in owned
        for other, other_owner in owned
        if owner != other_owner and _cue_inside(cue, other)
    ]
    assert nested == []


def test_competencies_reach_every_category() -> None:
    reached = {cat for entry in _yaml("competencies.yaml") for cat in entry["categories"]}
    assert reached == set(CATEGORIES)


# --- role families -------------------------------------------------------


def test_role_families_cover_vocabulary() -> None:
    ids = [f["id"] for f in _yaml("role_families.yaml")]
    assert sorted(ids) == sorted(ROLE_FAMILIES)


@pytest.mark.parametrize("entry", _yaml("role_families.yaml"), ids=lambda f: f.get("id", "?"))
def test_role_families_entry_valid(entry: dict[str, Any]) -> None:
    assert set(entry) == {"id", "label", "titles", "skills", "tools"}
    assert isinstance(entry["label"], str) and entry["label"][:1].isupper()
    keywords = entry["titles"] + entry["skills"] + entry["tools"]
    assert all(entry[key] for key in ("titles", "skills", "tools"))
    assert 15 <= len(keywords) <= 40
    assert all(isinstance(k, str) and k == k.strip().lower() and k for k in keywords)
    assert len(set(keywords)) == len(keywords)


def test_role_families_titles_unique() -> None:
    titles = Counter(t for entry in _yaml("role_families.yaml") for t in entry["titles"])
    assert [title for title, n in titles.items() if n > 1] == []


def test_role_families_keywords_do_not_nest() -> None:
    owned = [
        (k, entry["id"])
        for entry in _yaml("role_families.yaml")
        for key in ("titles", "skills", "tools")
        for k in entry[key]
    ]
    nested = [
        (k, other)
        for k, owner in owned
        for other, other_owner in owned
        if owner != other_owner and (k == other or _cue_inside(k, other))
    ]
    assert nested == []


# --- questions to ask ----------------------------------------------------


def test_asks_entries_valid() -> None:
    asks = _yaml("asks.yaml")
    problems = [f"{a.get('id', i)}: {p}" for i, a in enumerate(asks) for p in _ask_problems(a)]
    assert problems == []


def test_asks_ids_and_texts_unique() -> None:
    asks = _yaml("asks.yaml")
    assert len({a["id"] for a in asks}) == len(asks)
    assert len({a["text"].lower() for a in asks}) == len(asks)


@pytest.mark.parametrize(
    ("kind", "least"), [("hiring_manager", 15), ("peer", 15), ("senior_leader", 15), ("hr", 8)]
)
def test_asks_kind_count(kind: str, least: int) -> None:
    assert sum(kind in a["kinds"] for a in _yaml("asks.yaml")) >= least


def test_asks_total() -> None:
    assert len(_yaml("asks.yaml")) >= 80


@pytest.mark.parametrize(
    ("topic", "kind"),
    [
        ("team_challenges", "hiring_manager"),
        ("success_90_days", "hiring_manager"),
        ("growth", "senior_leader"),
        ("market", "senior_leader"),
        ("onboarding", "hr"),
        ("next_steps", "hr"),
    ],
)
def test_asks_design_topics_present(topic: str, kind: str) -> None:
    assert any(a["topic"] == topic and kind in a["kinds"] for a in _yaml("asks.yaml"))
