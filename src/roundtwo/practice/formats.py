"""The five interview formats: who sits in, how many questions, and who asks which.

- sequential: one-on-ones in a row; each interviewer asks their own block of
  questions, chosen for their kind.
- panel: 3-5 people at once; the asker rotates, and now and then the
  question is a pressure question.
- technical: a working session on scenarios for the role family; the two
  interviewers take turns.
- case_study and presentation: a brief to prepare and present first, then
  the panel's questions (the brief's own follow-ups, then bank questions).

Casts, lengths and follow-up limits live in ``content/personas.yaml``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from roundtwo.content.vocabulary import FORMATS
from roundtwo.practice.case import CaseBrief, is_brief
from roundtwo.practice.data import personas_data
from roundtwo.practice.personas import Persona
from roundtwo.practice.repetition import prefer
from roundtwo.read.jd import JobDescription
from roundtwo.read.questions import (
    CompanyFacts,
    Question,
    check_choice,
    load_bank,
    rank_for_interviewer,
    select_questions,
)

CASE_FORMATS = ("case_study", "presentation")
# How far down a ranked list the seed may reach for each question wanted.
_WINDOW = 3


@dataclass(frozen=True)
class FormatRules:
    """A format's defaults: the cast's kinds, its length and the follow-up limit."""

    name: str
    cast: tuple[str, ...]
    questions: int | None
    questions_per_interviewer: int | None
    max_follow_ups: int
    pressure_every: int | None

    def default_length(self, cast_size: int) -> int:
        """Main questions in a session with ``cast_size`` interviewers (the presentation not counted)."""
        if self.questions_per_interviewer is not None:
            return self.questions_per_interviewer * max(cast_size, 1)
        return self.questions or 0


def format_rules(format: str) -> FormatRules:
    """The rules of ``format``; an unknown format raises RoundtwoError listing the valid ones."""
    check_choice(format, FORMATS, "format")
    entry = personas_data()["formats"][format]
    return FormatRules(
        name=format,
        cast=tuple(entry["cast"]),
        questions=entry.get("questions"),
        questions_per_interviewer=entry.get("questions_per_interviewer"),
        max_follow_ups=int(entry["max_follow_ups"]),
        pressure_every=entry.get("pressure_every"),
    )


def plan_prompts(
    rules: FormatRules,
    cast: Sequence[Persona],
    length: int,
    rng: random.Random,
    *,
    role: str | None = None,
    jd: JobDescription | None = None,
    company: CompanyFacts | None = None,
    brief: CaseBrief | None = None,
    due: Sequence[str] = (),
    bank: Sequence[Question] | None = None,
) -> list[dict[str, Any]]:
    """The main prompts of a session, in order, as plain dicts.

    Each prompt: ``type`` (question or presentation), ``interviewer`` (index
    into ``cast``), ``question_id``, ``text``, ``category``, ``pressure``.
    Questions come from the bank, tailored by ``role`` and ``jd``, slots
    filled from ``company``; ``due`` question ids (spaced repetition) are
    asked first when they fit. ``rng`` varies the picks among the best few.
    A case format needs ``brief``. The plan may be shorter than ``length``
    when the bank runs out; an empty cast or a length of 0 gives only the
    presentation, if any.
    """
    pool = [q for q in (load_bank() if bank is None else bank) if not is_brief(q)]
    picker = _Picker(pool, rng, due, role=role, jd=jd, company=company)
    if not cast:
        return []
    if rules.name == "sequential":
        return picker.sequential(cast, length)
    if rules.name == "panel":
        return picker.panel(cast, length, rules.pressure_every)
    if rules.name == "technical":
        return picker.technical(cast, length)
    if brief is None:
        raise ValueError(f"the {rules.name} format needs a brief")
    return picker.case(cast, length, brief, rules.name)


class _Picker:
    """Chooses questions without repeats, preferring due ones, varied by the seed."""

    def __init__(
        self,
        pool: Sequence[Question],
        rng: random.Random,
        due: Sequence[str],
        *,
        role: str | None,
        jd: JobDescription | None,
        company: CompanyFacts | None,
    ) -> None:
        self.pool = pool
        self.rng = rng
        self.due = list(due)
        self.role = role or (jd.role_family if jd is not None else None)
        self.jd = jd
        self.company = company
        self.used: set[str] = set()

    def ranked(self, kind: str, format: str) -> list[Question]:
        """The pool ranked for an interviewer of ``kind`` in ``format``."""
        return rank_for_interviewer(
            kind,
            (format,),
            jd=self.jd,
            role=self.role,
            company=self.company,
            limit=len(self.pool),
            bank=self.pool,
        )

    def pick(self, ranked: Sequence[Question], count: int) -> list[Question]:
        """Up to ``count`` unused questions: due ones first, then a seeded draw from the best few."""
        fresh = [q for q in ranked if q.id not in self.used]
        due = [q for q in prefer(fresh, self.due) if q.id in self.due][:count]
        rest = [q for q in fresh if q not in due][: max(count, 1) * _WINDOW]
        chosen = due + self.rng.sample(rest, min(count - len(due), len(rest)))
        self.used.update(q.id for q in chosen)
        return chosen

    def sequential(self, cast: Sequence[Persona], length: int) -> list[dict[str, Any]]:
        """Blocks in cast order, as even as ``length`` allows, each chosen for its asker's kind."""
        counts = [length // len(cast) + (1 if i < length % len(cast) else 0) for i in range(len(cast))]
        prompts = []
        for index, (persona, count) in enumerate(zip(cast, counts, strict=True)):
            for q in self.pick(self.ranked(persona.kind, "sequential"), count):
                prompts.append(_prompt(q, index))
        return prompts

    def panel(self, cast: Sequence[Persona], length: int, every: int | None) -> list[dict[str, Any]]:
        """One question a panelist in turn; about one in ``every`` is a pressure question."""
        slots = _pressure_slots(length, every, self.rng)
        prompts = []
        for slot in range(length):
            index = slot % len(cast)
            ranked = self.ranked(cast[index].kind, "panel")
            wanted = [q for q in ranked if q.pressure == (slot in slots)]
            chosen = self.pick(wanted, 1) or self.pick(ranked, 1)
            prompts += [_prompt(q, index) for q in chosen]
        return prompts

    def technical(self, cast: Sequence[Persona], length: int) -> list[dict[str, Any]]:
        """Technical scenarios for the role family (any-role ones without a family), askers alternating."""
        found = select_questions(
            format="technical", role=self.role, jd=self.jd, company=self.company, bank=self.pool
        )
        if self.role is None:
            found = [q for q in found if not q.role_families]
        chosen = self.pick(found, length)
        return [_prompt(q, i % len(cast)) for i, q in enumerate(chosen)]

    def case(
        self, cast: Sequence[Persona], length: int, brief: CaseBrief, format: str
    ) -> list[dict[str, Any]]:
        """The presentation, then the brief's own follow-ups and bank questions, askers rotating."""
        prompts = [
            {
                "type": "presentation",
                "interviewer": 0,
                "question_id": brief.id,
                "text": brief.text,
                "category": brief.category,
                "pressure": False,
            }
        ]
        for number, text in enumerate(brief.follow_ups[:length], start=1):
            prompts.append(
                {
                    "type": "question",
                    "interviewer": number % len(cast),
                    "question_id": f"{brief.id}#{number}",
                    "text": text,
                    "category": brief.category,
                    "pressure": False,
                }
            )
        while len(prompts) <= length:
            index = len(prompts) % len(cast)
            chosen = self.pick(self.ranked(cast[index].kind, format), 1)
            if not chosen:
                break
            prompts.append(_prompt(chosen[0], index))
        return prompts


def _prompt(q: Question, interviewer: int) -> dict[str, Any]:
    return {
        "type": "question",
        "interviewer": interviewer,
        "question_id": q.id,
        "text": q.text,
        "category": q.category,
        "pressure": q.pressure,
    }


def _pressure_slots(length: int, every: int | None, rng: random.Random) -> set[int]:
    # Never the opening question; about one in ``every``, at least one in a panel of 3 or more.
    if not every or length < 3:
        return set()
    count = max(1, length // every)
    return set(rng.sample(range(1, length), count))
