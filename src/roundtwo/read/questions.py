"""The question bank: loading, filtering, filling company slots and ranking.

The bank lives in ``content/questions/**/*.yaml`` (a YAML list of questions
a file). Ranking against a job description favours the competencies the
description stresses and the questions written for its role family, and
keeps a mix of categories so one theme does not crowd out the rest.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from roundtwo.content.loader import parse_yaml
from roundtwo.content.vocabulary import CATEGORIES, FORMATS, KINDS, ROLE_FAMILIES
from roundtwo.errors import RoundtwoError

if TYPE_CHECKING:
    from roundtwo.read.jd import JobDescription


#: What a slot reads when the dossier lacks the value.
SLOT_FALLBACKS = {
    "company": "the company",
    "competitor": "its main competitors",
    "product": "its main product",
    "goal": "its goals for this year",
    "industry": "the industry",
}

# The categories each interviewer kind leans on, after what each assesses
# (content/interview_guide.yaml): hiring managers the day-to-day execution,
# peers collaboration and fit, senior leaders strategy and long-term drive.
_KIND_FOCUS: dict[str, dict[str, float]] = {
    "hiring_manager": {"priorities": 1.0, "pressure": 0.8, "technical": 0.8, "failure": 0.6},
    "peer": {"teamwork": 1.0, "conflict": 0.8, "culture": 0.6, "technical": 0.6},
    "senior_leader": {"strategy": 1.0, "motivation": 0.7, "leadership": 0.7},
    "hr": {"motivation": 1.0, "culture": 1.0},
    "other": {},
}
# Ranking weights: a question written for the description's role family, a
# category already picked (to keep the mix), a question only this kind asks.
_ROLE_BONUS = 1.0
_REPEAT_PENALTY = 0.35
_SPECIFICITY = 0.5
_DECAY = (1.0, 0.5, 0.25)

_REQUIRED = (
    "id",
    "text",
    "category",
    "competencies",
    "kinds",
    "formats",
    "role_families",
    "follow_ups",
)
_SLOT = re.compile(r"\{(company|competitor|product|goal|industry)\}")


@dataclass(frozen=True)
class CompanyFacts:
    """What the dossier knows about the company, for filling question slots.

    Lists may be empty and text fields None; a missing value reads as the
    fallback in :data:`SLOT_FALLBACKS`.
    """

    name: str | None = None
    competitors: Sequence[str] = field(default_factory=tuple)
    products: Sequence[str] = field(default_factory=tuple)
    goals: Sequence[str] = field(default_factory=tuple)
    industry: str | None = None
    mission: str | None = None

    def __post_init__(self) -> None:
        for name in ("competitors", "products", "goals"):
            values = tuple(v.strip() for v in getattr(self, name) if v and v.strip())
            object.__setattr__(self, name, values)


@dataclass(frozen=True)
class Question:
    """One bank question with its tags (CONTRACT.md, ``roundtwo questions list``)."""

    id: str
    text: str
    category: str
    competencies: tuple[str, ...]
    kinds: tuple[str, ...]
    formats: tuple[str, ...]
    role_families: tuple[str, ...]
    follow_ups: tuple[str, ...]
    pressure: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape (plus ``pressure``)."""
        return {
            "id": self.id,
            "text": self.text,
            "category": self.category,
            "competencies": list(self.competencies),
            "kinds": list(self.kinds),
            "formats": list(self.formats),
            "role_families": list(self.role_families),
            "follow_ups": list(self.follow_ups),
            "pressure": self.pressure,
        }


# --- loading ---------------------------------------------------------------


def load_bank(directory: str | Path | None = None) -> tuple[Question, ...]:
    """Every question in the bank, in file order (files sorted by path).

    ``directory`` is a folder of ``*.yaml`` files (searched recursively);
    None reads the shipped bank under ``roundtwo/content/questions``, once
    per process. Raises RoundtwoError naming the file and question when an
    entry lacks a field, uses an unknown id or repeats a question id. An
    empty or missing folder gives an empty tuple.
    """
    if directory is None:
        return _shipped_bank()
    return _load_files(_walk_path(Path(directory)))


@functools.cache
def _shipped_bank() -> tuple[Question, ...]:
    root = resources.files("roundtwo.content").joinpath("questions")
    return _load_files(_walk_traversable(root, "questions"))


def _walk_path(root: Path) -> Iterator[tuple[str, str]]:
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*.yaml")):
        yield str(path), path.read_text(encoding="utf-8")


def _walk_traversable(node: Traversable, label: str) -> Iterator[tuple[str, str]]:
    if not node.is_dir():
        return
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        name = f"{label}/{child.name}"
        if child.is_dir():
            yield from _walk_traversable(child, name)
        elif child.name.endswith(".yaml"):
            yield name, child.read_text(encoding="utf-8")


def _load_files(files: Iterable[tuple[str, str]]) -> tuple[Question, ...]:
    questions: list[Question] = []
    seen: dict[str, str] = {}
    for name, text in files:
        try:
            entries = parse_yaml(text)
        except yaml.YAMLError as exc:
            raise RoundtwoError(f"question file {name} is not valid YAML ({exc}).") from exc
        if entries is None:
            continue
        if not isinstance(entries, list):
            raise RoundtwoError(f"question file {name} is not a YAML list of questions.")
        for index, entry in enumerate(entries):
            question = _parse_question(entry, f"{name}, entry {index + 1}")
            if question.id in seen:
                raise RoundtwoError(
                    f"question id {question.id!r} appears in {seen[question.id]} and {name}.",
                    hint="Give every question its own id.",
                )
            seen[question.id] = name
            questions.append(question)
    return tuple(questions)


def _parse_question(entry: Any, where: str) -> Question:
    if not isinstance(entry, dict):
        raise RoundtwoError(f"{where} is not a mapping of question fields.")
    missing = [key for key in _REQUIRED if key not in entry]
    if missing:
        raise RoundtwoError(f"{where} lacks {', '.join(missing)}.", hint="See the bank's schema.")
    where = f"{where} ({entry['id']})"
    if not isinstance(entry["text"], str) or not entry["text"].strip():
        raise RoundtwoError(f"{where} has no text.")
    if entry["category"] not in CATEGORIES:
        raise RoundtwoError(f"{where} has unknown category {entry['category']!r}.")
    lists = {}
    for key, allowed in (
        ("competencies", None),
        ("kinds", KINDS),
        ("formats", FORMATS),
        ("role_families", ROLE_FAMILIES),
        ("follow_ups", None),
    ):
        value = entry[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RoundtwoError(f"{where}: {key} is not a list of strings.")
        unknown = [v for v in value if allowed is not None and v not in allowed]
        if unknown:
            raise RoundtwoError(f"{where}: {key} has unknown values {unknown}.")
        lists[key] = tuple(value)
    return Question(
        id=str(entry["id"]),
        text=entry["text"].strip(),
        category=entry["category"],
        competencies=lists["competencies"],
        kinds=lists["kinds"],
        formats=lists["formats"],
        role_families=lists["role_families"],
        follow_ups=lists["follow_ups"],
        pressure=bool(entry.get("pressure", False)),
    )


# --- slots -----------------------------------------------------------------


def fill_slots(text: str, company: CompanyFacts | None = None) -> str:
    """``text`` with ``{company}``, ``{competitor}``, ``{product}``, ``{goal}``
    and ``{industry}`` replaced from ``company``.

    A missing value (or no ``company``) reads as its fallback in
    :data:`SLOT_FALLBACKS`; the first competitor, product and goal are used.
    Text without slots comes back unchanged; unknown braces are left alone.
    """
    facts = company or CompanyFacts()
    values = {
        "company": facts.name,
        "competitor": facts.competitors[0] if facts.competitors else None,
        "product": facts.products[0] if facts.products else None,
        "goal": facts.goals[0] if facts.goals else None,
        "industry": facts.industry,
    }

    def _value(match: re.Match[str]) -> str:
        slot = match.group(1)
        given = values[slot]
        return given.strip() if given and given.strip() else SLOT_FALLBACKS[slot]

    return _SLOT.sub(_value, text)


# --- filtering and ranking ---------------------------------------------------


def check_choice(value: str | None, allowed: Sequence[str], name: str) -> None:
    """Raise RoundtwoError listing the valid values when ``value`` is not one of them."""
    if value is not None and value not in allowed:
        raise RoundtwoError(
            f"unknown {name} {value!r}; choose one of: {', '.join(allowed)}.",
        )


def select_questions(
    category: str | None = None,
    kind: str | None = None,
    format: str | None = None,
    role: str | None = None,
    jd: JobDescription | None = None,
    limit: int | None = None,
    company: CompanyFacts | None = None,
    *,
    bank: Sequence[Question] | None = None,
) -> list[Question]:
    """The bank questions that match every filter given, best first.

    ``role`` (or, without it, the job description's role family) keeps the
    questions for any role plus those written for that family; questions of
    other families are dropped. With ``jd`` the questions are ranked by fit
    (see :func:`rank_questions`); without it, role-specific questions come
    first and the rest keep bank order. ``company`` fills the slots.
    ``limit`` None means all; 0 gives an empty list. Unknown filter values
    and a negative limit raise RoundtwoError; ``bank`` defaults to the
    shipped bank.
    """
    check_choice(category, CATEGORIES, "category")
    check_choice(kind, KINDS, "kind")
    check_choice(format, FORMATS, "format")
    check_choice(role, ROLE_FAMILIES, "role family")
    if limit is not None and limit < 0:
        raise RoundtwoError(f"limit {limit} is negative; give 0 or more.")
    pool = load_bank() if bank is None else bank
    family = role or (jd.role_family if jd is not None else None)
    chosen = [
        q
        for q in pool
        if (category is None or q.category == category)
        and (kind is None or kind in q.kinds)
        and (format is None or format in q.formats)
        and _fits_family(q, family)
    ]
    if jd is not None:
        ranked = rank_questions(chosen, jd, family=family)
    else:
        ranked = sorted(chosen, key=lambda q: family is None or family not in q.role_families)
    if limit is not None:
        ranked = ranked[:limit]
    return [_filled(q, company) for q in ranked]


def rank_for_interviewer(
    kind: str,
    formats: Sequence[str] = (),
    jd: JobDescription | None = None,
    role: str | None = None,
    company: CompanyFacts | None = None,
    limit: int = 8,
    *,
    bank: Sequence[Question] | None = None,
) -> list[Question]:
    """The questions an interviewer of ``kind`` most likely asks, best first.

    Keeps questions tagged with ``kind`` and (when ``formats`` is not empty)
    one of ``formats``; when no question shares a format the format filter is
    dropped rather than returning nothing. Scores the categories this kind
    leans on, questions only this kind asks, and, with ``jd``, the fit to the
    description; keeps a mix of categories. Slots are filled from
    ``company``. Unknown kind, format or role raise RoundtwoError.
    """
    check_choice(kind, KINDS, "kind")
    for fmt in formats:
        check_choice(fmt, FORMATS, "format")
    check_choice(role, ROLE_FAMILIES, "role family")
    pool = load_bank() if bank is None else bank
    family = role or (jd.role_family if jd is not None else None)
    mine = [q for q in pool if kind in q.kinds and _fits_family(q, family)]
    if formats:
        in_format = [q for q in mine if set(q.formats) & set(formats)]
        mine = in_format or mine
    focus = _KIND_FOCUS.get(kind, {})
    weights = _jd_weights(jd)
    scores = {
        q.id: focus.get(q.category, 0.0) + _SPECIFICITY / len(q.kinds) + _fit(q, weights, family)
        for q in mine
    }
    ranked = _mix_categories(mine, scores)[: max(limit, 0)]
    return [_filled(q, company) for q in ranked]


def rank_questions(
    questions: Sequence[Question], jd: JobDescription, family: str | None = None
) -> list[Question]:
    """``questions`` ordered by fit to ``jd``, best first, categories mixed.

    A question scores the description's weights of its competencies (the
    strongest counts fully, the next ones half and a quarter) plus a bonus
    when it was written for the role ``family`` (default: the description's).
    Each further pick from a category already chosen pays a small penalty, so
    the top of the list spans several categories. Ties break by id.
    """
    family = family or jd.role_family
    weights = _jd_weights(jd)
    scores = {q.id: _fit(q, weights, family) for q in questions}
    return _mix_categories(questions, scores)


def _jd_weights(jd: JobDescription | None) -> dict[str, float]:
    if jd is None:
        return {}
    return {cid: weight for cid, weight, _spans in jd.competencies}


def _fit(q: Question, weights: Mapping[str, float], family: str | None) -> float:
    found = sorted((weights.get(c, 0.0) for c in q.competencies), reverse=True)
    score = sum(w * d for w, d in zip(found, _DECAY, strict=False))
    if family is not None and family in q.role_families:
        score += _ROLE_BONUS
    return score


def _fits_family(q: Question, family: str | None) -> bool:
    return not q.role_families or family is None or family in q.role_families


def _mix_categories(questions: Sequence[Question], scores: Mapping[str, float]) -> list[Question]:
    # Greedy: each pick takes the best head among the per-category queues,
    # less a penalty for every question of that category already picked.
    queues: dict[str, list[Question]] = {}
    for q in sorted(questions, key=lambda q: (-scores[q.id], q.id)):
        queues.setdefault(q.category, []).append(q)
    taken = dict.fromkeys(queues, 0)
    heads = dict.fromkeys(queues, 0)
    ranked: list[Question] = []
    while len(ranked) < len(questions):
        best_key: tuple[float, str] | None = None
        best_category = ""
        for category, queue in queues.items():
            if heads[category] >= len(queue):
                continue
            q = queue[heads[category]]
            key = (-(scores[q.id] - _REPEAT_PENALTY * taken[category]), q.id)
            if best_key is None or key < best_key:
                best_key, best_category = key, category
        ranked.append(queues[best_category][heads[best_category]])
        heads[best_category] += 1
        taken[best_category] += 1
    return ranked


def _filled(q: Question, company: CompanyFacts | None) -> Question:
    if "{" not in q.text:
        return q
    return replace(q, text=fill_slots(q.text, company))
