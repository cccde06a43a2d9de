"""The plan per person: what each interviewer will likely ask, and what to ask them.

For one interview this joins its company fields, its job description, the
candidate's story bank and the questions planned for each interviewer with
the question engine (:mod:`roundtwo.read.questions`) and the ask checker
(:mod:`roundtwo.read.asks`). The interview page builds a plan on every cache
miss, so the costly steps — reading the job description, ranking the bank for
one kind of interviewer, checking one question — are kept by their inputs and
done once per process for the same text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from roundtwo.content.vocabulary import FORMATS, KINDS
from roundtwo.errors import RoundtwoError
from roundtwo.plan.coverage import competency_label
from roundtwo.read.asks import AskVerdict, lint_question, normalise, suggest_questions
from roundtwo.read.jd import JobDescription, read_job_description
from roundtwo.read.questions import CompanyFacts, Question, rank_for_interviewer
from roundtwo.store.models import Interview, PlannedQuestion, Story

#: How many likely questions the page shows per interviewer.
LIKELY_PER_PERSON = 5
#: How many of the candidate's stories are offered per likely question.
STORIES_PER_QUESTION = 2

_LIST_SEPARATORS = re.compile(r"[\n;,]")
_CLOSING_MARKS = re.compile(r"[\s?.!…]+$")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


@dataclass(frozen=True)
class StoryMatch:
    """A story from the bank that answers a question: its id, title and the
    competencies it shares with the question, in the question's order."""

    id: int
    title: str
    shared: tuple[str, ...]

    @property
    def shared_labels(self) -> list[str]:
        """The shared competencies as their labels."""
        return [competency_label(c) for c in self.shared]


@dataclass(frozen=True)
class LikelyQuestion:
    """A question an interviewer will likely ask, with the stories that fit it."""

    question: Question
    stories: tuple[StoryMatch, ...]

    @property
    def main_competency(self) -> str | None:
        """The label of the question's first competency, or None without one."""
        return competency_label(self.question.competencies[0]) if self.question.competencies else None


@dataclass(frozen=True)
class PlannedAsk:
    """A question the candidate plans to ask, with the checker's verdict.

    ``suits_others`` names the kinds of interviewer the checker finds the
    question better suited to, when the person's own kind is not among them
    (empty for administrative questions, which carry their own flag).
    """

    id: int
    position: int
    text: str
    verdict: AskVerdict
    suits_others: tuple[str, ...]

    @property
    def flagged(self) -> bool:
        """True when the page should draw attention to this question."""
        return self.verdict.administrative or self.verdict.generic or bool(self.suits_others)


@dataclass(frozen=True)
class PersonPlan:
    """Everything the page shows under one interviewer."""

    interviewer_id: int
    kind: str
    likely: tuple[LikelyQuestion, ...]
    asks: tuple[PlannedAsk, ...]


@dataclass(frozen=True)
class InterviewPlan:
    """The plan for a whole interview: the job description's reading (None
    without one), the company facts, and one :class:`PersonPlan` per
    interviewer id."""

    interview_id: int
    jd: JobDescription | None
    company: CompanyFacts
    people: Mapping[int, PersonPlan]


# --- inputs -----------------------------------------------------------------


def split_list(text: str | None) -> list[str]:
    """The items of a list typed in one field: split on new lines, semicolons
    and commas, list bullets and surrounding spaces removed, blanks dropped.
    Empty or None gives an empty list."""
    if not text:
        return []
    items = (_BULLET.sub("", piece).strip() for piece in _LIST_SEPARATORS.split(text))
    return [item for item in items if item]


def company_facts(interview: Interview) -> CompanyFacts:
    """The :class:`CompanyFacts` an interview's company fields hold, for
    filling the bank's company slots; empty fields give no value."""
    return CompanyFacts(
        name=interview.company.strip() or None,
        products=tuple(split_list(interview.company_products)),
        competitors=tuple(split_list(interview.company_competitors)),
        mission=(interview.company_mission or "").strip() or None,
    )


@functools.lru_cache(maxsize=32)
def read_jd(text: str) -> JobDescription | None:
    """The reading of a job description, kept per text (reading one costs tens
    of milliseconds). Blank text, or text the reader refuses, gives None: a
    plan without a description still ranks by interviewer kind."""
    if not text or not text.strip():
        return None
    try:
        return read_job_description(text)
    except RoundtwoError:
        return None


@functools.lru_cache(maxsize=256)
def _likely(
    kind: str, formats: tuple[str, ...], jd_text: str, company: CompanyFacts, limit: int
) -> tuple[Question, ...]:
    return tuple(rank_for_interviewer(kind, formats, read_jd(jd_text), company=company, limit=limit))


def likely_questions(
    kind: str,
    formats: Sequence[str],
    jd_text: str,
    company: CompanyFacts,
    limit: int = LIKELY_PER_PERSON,
) -> tuple[Question, ...]:
    """The questions an interviewer of ``kind`` most likely asks in an
    interview of ``formats`` for the job described by ``jd_text``, best
    first, company slots filled. An unknown kind is read as ``other`` and
    unknown formats are ignored (stored data may predate a rename); results
    are kept per input, so repeated calls cost a dictionary look-up."""
    known_kind = kind if kind in KINDS else "other"
    known_formats = tuple(f for f in formats if f in FORMATS)
    return _likely(known_kind, known_formats, jd_text or "", company, max(limit, 0))


@functools.lru_cache(maxsize=1024)
def check_ask(text: str) -> AskVerdict:
    """The checker's verdict on one planned question, kept per text.

    Text the checker refuses (blank, or too long) gets a neutral verdict
    rather than an error: what is stored is shown as it is.
    """
    try:
        return lint_question(text)
    except RoundtwoError:
        return AskVerdict(text, False, None, False, "", ())


# --- matching ---------------------------------------------------------------


@dataclass(frozen=True)
class StoryCard:
    """What matching needs of a story: id, title and competency tags."""

    id: int
    title: str
    competencies: tuple[str, ...]


def match_stories(
    competencies: Sequence[str], stories: Sequence[StoryCard], limit: int = STORIES_PER_QUESTION
) -> tuple[StoryMatch, ...]:
    """The stories whose competencies overlap ``competencies``, best first.

    More shared competencies rank higher; at equal overlap a story sharing
    the question's first (main) competency wins, then the older story (lower
    id). Stories sharing nothing are left out; at most ``limit`` come back.
    No competencies, no stories or ``limit`` 0 give an empty tuple.
    """
    wanted = list(dict.fromkeys(competencies))
    if not wanted or limit <= 0:
        return ()
    scored = []
    for story in stories:
        tags = set(story.competencies)
        shared = tuple(c for c in wanted if c in tags)
        if shared:
            scored.append(((-len(shared), wanted[0] not in tags, story.id), story, shared))
    scored.sort(key=lambda row: row[0])
    return tuple(StoryMatch(story.id, story.title, shared) for _key, story, shared in scored[:limit])


def question_key(text: str) -> str:
    """What makes two questions the same: case, spacing, quotes and the closing mark aside."""
    return _CLOSING_MARKS.sub("", normalise(text))


@functools.lru_cache(maxsize=256)
def curated_keys(kind: str, role: str | None, company: CompanyFacts) -> frozenset[str]:
    """The :func:`question_key` of every shipped suggestion for ``kind`` (and
    ``role``), slots filled from ``company``; an unknown kind gives none."""
    if kind not in KINDS:
        return frozenset()
    return frozenset(question_key(s["text"]) for s in suggest_questions(kind, role, company, limit=10_000))


def plan_ask(
    kind: str, ask_id: int, position: int, text: str, curated: frozenset[str] = frozenset()
) -> PlannedAsk:
    """One planned question for an interviewer of ``kind``, with its verdict.

    ``suits_others`` stays empty for administrative questions, for the
    ``other`` kind, and for questions in ``curated`` (the shipped
    suggestions for this kind, whose tags the checker's hints must not
    overrule).
    """
    verdict = check_ask(text)
    suits: tuple[str, ...] = ()
    if not verdict.administrative and kind in KINDS and kind != "other" and kind not in verdict.best_for:
        suits = () if question_key(text) in curated else verdict.best_for
    return PlannedAsk(ask_id, position, text, verdict, suits)


# --- the plan ---------------------------------------------------------------


def load_story_cards(session: Session) -> list[StoryCard]:
    """Every story in the bank as a :class:`StoryCard`, oldest first (one narrow query)."""
    rows = session.execute(select(Story.id, Story.title, Story.competencies).order_by(Story.id))
    return [StoryCard(sid, title, tuple(tags or ())) for sid, title, tags in rows]


def build_plan(
    session: Session, interview: Interview, *, likely_limit: int = LIKELY_PER_PERSON
) -> InterviewPlan:
    """The plan for ``interview`` and each of its interviewers.

    Each person gets the questions their kind most likely asks in this
    interview's formats, ranked against its job description, each with up to
    :data:`STORIES_PER_QUESTION` matching stories, and the questions the
    candidate plans to ask them, in order, with the checker's verdicts. Two
    queries whatever the number of people (stories, planned questions); an
    interview without people gives an empty ``people`` map, one without a
    job description is ranked by kind and format alone.
    """
    facts = company_facts(interview)
    jd_text = interview.job_description or ""
    jd = read_jd(jd_text)
    role = jd.role_family if jd else None
    formats = tuple(interview.formats or ())
    people = list(interview.interviewers)
    stories = load_story_cards(session) if people else []
    asks: dict[int, list[PlannedAsk]] = {p.id: [] for p in people}
    kinds = {p.id: p.kind for p in people}
    if people:
        rows = session.execute(
            select(PlannedQuestion.id, PlannedQuestion.interviewer_id, PlannedQuestion.text)
            .where(PlannedQuestion.interviewer_id.in_(list(asks)))
            .order_by(PlannedQuestion.interviewer_id, PlannedQuestion.position, PlannedQuestion.id)
        )
        for ask_id, person_id, text in rows:
            mine, kind = asks[person_id], kinds[person_id]
            mine.append(plan_ask(kind, ask_id, len(mine), text, curated_keys(kind, role, facts)))
    plans: dict[int, PersonPlan] = {}
    for person in people:
        likely = tuple(
            LikelyQuestion(q, match_stories(q.competencies, stories))
            for q in likely_questions(person.kind, formats, jd_text, facts, likely_limit)
        )
        plans[person.id] = PersonPlan(person.id, person.kind, likely, tuple(asks[person.id]))
    return InterviewPlan(interview.id, jd, facts, plans)


def warm_up() -> None:
    """Load the question bank and the checker's word lists ahead of the first page view."""
    check_ask("What does success look like in this role?")
    likely_questions("hiring_manager", (), "", CompanyFacts())
    read_jd("Product manager. Work with engineering and design; 5+ years of experience.")
