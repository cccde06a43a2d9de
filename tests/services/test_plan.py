"""The plan per person: likely questions with matching stories, questions to ask with verdicts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from roundtwo.read.jd import read_job_description
from roundtwo.read.questions import CompanyFacts, rank_for_interviewer
from roundtwo.services import asks, interviews, plan
from roundtwo.services.demo import JOB_DESCRIPTION, load_demo
from roundtwo.services.forms import InterviewData, InterviewerData
from roundtwo.services.runtime import Runtime
from roundtwo.store.models import Interview, Story


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Empty the plan's per-process caches before and after a test that counts work."""
    for cached in (plan.read_jd, plan._likely, plan.curated_keys, plan.check_ask):
        cached.cache_clear()
    yield
    for cached in (plan.read_jd, plan._likely, plan.curated_keys, plan.check_ask):
        cached.cache_clear()


def _demo(runtime: Runtime) -> int:
    with runtime.session() as session:
        made = load_demo(session, zone="Europe/London", today=date(2030, 3, 4))
        assert made is not None
        return made.id


def _person(interview: Interview, kind: str):
    return next(p for p in interview.interviewers if p.kind == kind)


def _story(runtime: Runtime, title: str, competencies: list[str]) -> int:
    with runtime.session() as session:
        story = Story(title=title, competencies=competencies)
        session.add(story)
        session.commit()
        return story.id


# --- inputs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "items"),
    [
        pytest.param("", [], id="empty"),
        pytest.param(None, [], id="none"),
        pytest.param(" ,; \n ", [], id="only_separators"),
        pytest.param("Carrier app", ["Carrier app"], id="one"),
        pytest.param(
            "Carrier app; Dispatcher console", ["Carrier app", "Dispatcher console"], id="semicolons"
        ),
        pytest.param("Haulsync, RoutePilot", ["Haulsync", "RoutePilot"], id="commas"),
        pytest.param(
            "- Haulsync\n* RoutePilot\n\n2. FleetOne", ["Haulsync", "RoutePilot", "FleetOne"], id="bullets"
        ),
    ],
)
def test_split_list_items(text: str | None, items: list[str]) -> None:
    assert plan.split_list(text) == items


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param(
            {"company": "", "company_products": "", "company_competitors": "", "company_mission": ""},
            CompanyFacts(),
            id="empty",
        ),
        pytest.param(
            {
                "company": "Tidewater",
                "company_products": "Carrier app; Console",
                "company_competitors": "Haulsync\nRoutePilot",
                "company_mission": " On time. ",
            },
            CompanyFacts(
                name="Tidewater",
                products=("Carrier app", "Console"),
                competitors=("Haulsync", "RoutePilot"),
                mission="On time.",
            ),
            id="filled",
        ),
    ],
)
def test_company_facts_from_fields(fields: dict[str, str], expected: CompanyFacts) -> None:
    assert plan.company_facts(Interview(**fields)) == expected


@pytest.mark.parametrize("text", [pytest.param("", id="empty"), pytest.param(" \n\t", id="blank")])
def test_read_jd_blank_is_none(text: str) -> None:
    assert plan.read_jd(text) is None


def test_read_jd_reads_once_per_text(fresh_caches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str):
        calls.append(text)
        return read_job_description(text)

    monkeypatch.setattr(plan, "read_job_description", counting)
    first = plan.read_jd(JOB_DESCRIPTION)
    second = plan.read_jd(JOB_DESCRIPTION)
    assert first is second
    assert calls == [JOB_DESCRIPTION]


@pytest.mark.parametrize(
    ("kind", "same_as"),
    [pytest.param("recruiter", "other", id="unknown_kind"), pytest.param("peer", "peer", id="known_kind")],
)
def test_likely_questions_reads_unknown_kind_as_other(kind: str, same_as: str) -> None:
    facts = CompanyFacts(name="Acme")
    got = plan.likely_questions(kind, ["panel", "webinar"], JOB_DESCRIPTION, facts, limit=4)
    expected = rank_for_interviewer(
        same_as, ["panel"], read_job_description(JOB_DESCRIPTION), company=facts, limit=4
    )
    assert [q.id for q in got] == [q.id for q in expected]


# --- matching ----------------------------------------------------------------

_STORIES = [
    plan.StoryCard(1, "Launch slip", ("pressure", "communication")),
    plan.StoryCard(2, "Roadmap fight", ("stakeholder_management", "competing_priorities", "influence")),
    plan.StoryCard(3, "Two bosses", ("competing_priorities",)),
    plan.StoryCard(4, "Vendor outage", ("stakeholder_management",)),
]


@pytest.mark.parametrize(
    ("competencies", "stories", "limit", "expected"),
    [
        pytest.param([], _STORIES, 2, [], id="empty_competencies"),
        pytest.param(["leadership"], [], 2, [], id="empty_bank"),
        pytest.param(["leadership"], _STORIES, 2, [], id="no_overlap"),
        pytest.param(
            ["competing_priorities", "stakeholder_management"], _STORIES, 2, [2, 3], id="most_shared_first"
        ),
        pytest.param(
            ["stakeholder_management", "competing_priorities"],
            _STORIES,
            3,
            [2, 4, 3],
            id="main_competency_wins_tie",
        ),
        pytest.param(["pressure", "stakeholder_management"], _STORIES, 1, [1], id="limit"),
        pytest.param(["pressure"], _STORIES, 0, [], id="limit_zero"),
    ],
)
def test_match_stories_order(
    competencies: list[str], stories: list[plan.StoryCard], limit: int, expected: list[int]
) -> None:
    found = plan.match_stories(competencies, stories, limit)
    assert [m.id for m in found] == expected
    for match in found:
        story = next(s for s in stories if s.id == match.id)
        assert set(match.shared) == set(competencies) & set(story.competencies)


@pytest.mark.parametrize(
    ("kind", "text", "admin", "generic", "suits"),
    [
        pytest.param("hiring_manager", "What's the salary range?", True, False, False, id="administrative"),
        pytest.param("hiring_manager", "What does your company do?", False, True, False, id="generic"),
        pytest.param(
            "hiring_manager",
            "What would success look like in the first 90 days?",
            False,
            False,
            False,
            id="good",
        ),
        pytest.param(
            "hiring_manager",
            "Where is the company heading over the next five years?",
            False,
            False,
            True,
            id="for_a_leader",
        ),
        pytest.param(
            "other",
            "Where is the company heading over the next five years?",
            False,
            False,
            False,
            id="other_kind",
        ),
    ],
)
def test_plan_ask_flags(kind: str, text: str, admin: bool, generic: bool, suits: bool) -> None:
    planned = plan.plan_ask(kind, 1, 0, text)
    assert planned.verdict.administrative is admin
    assert planned.verdict.generic is generic
    assert bool(planned.suits_others) is suits
    assert planned.flagged is (admin or generic or suits)
    if suits:
        assert kind not in planned.suits_others


def test_plan_ask_trusts_curated_suggestions() -> None:
    facts = CompanyFacts(name="Tidewater")
    curated = plan.curated_keys("hiring_manager", "product_management", facts)
    flagged = [
        text
        for text in (
            s["text"] for s in asks.suggest_questions("hiring_manager", "product_management", facts, 50)
        )
        if plan.plan_ask("hiring_manager", 1, 0, text, curated).suits_others
    ]
    assert curated
    assert flagged == []


# --- the plan ------------------------------------------------------------------


def test_build_plan_ranks_each_person_by_kind(runtime: Runtime) -> None:
    interview_id = _demo(runtime)
    with runtime.session() as session:
        interview = interviews.get_interview(session, interview_id)
        built = plan.build_plan(session, interview)
        people = {p.id: p.kind for p in interview.interviewers}
    assert set(built.people) == set(people)
    assert built.jd is not None and built.jd.role_family == "product_management"
    for person_id, person_plan in built.people.items():
        assert len(person_plan.likely) == plan.LIKELY_PER_PERSON
        assert all(people[person_id] in item.question.kinds for item in person_plan.likely)
        assert all(item.stories == () for item in person_plan.likely)
        assert all("{" not in item.question.text for item in person_plan.likely)
    by_kind = {
        person_plan.kind: [i.question.id for i in person_plan.likely] for person_plan in built.people.values()
    }
    assert by_kind["hiring_manager"] != by_kind["senior_leader"]


def test_build_plan_offers_matching_stories(runtime: Runtime) -> None:
    interview_id = _demo(runtime)
    with runtime.session() as session:
        interview = interviews.get_interview(session, interview_id)
        manager = _person(interview, "hiring_manager")
        first = plan.build_plan(session, interview).people[manager.id].likely[0].question
    assert len(first.competencies) >= 2
    unrelated = next(c for c in ("innovation", "mentoring", "integrity") if c not in first.competencies)
    wide = _story(runtime, "Roadmap trade-offs", list(first.competencies))
    _story(runtime, "Unrelated", [unrelated])
    side = _story(runtime, "One side skill", [first.competencies[-1]])
    main = _story(runtime, "The main skill", [first.competencies[0], unrelated])
    with runtime.session() as session:
        interview = interviews.get_interview(session, interview_id)
        item = plan.build_plan(session, interview).people[manager.id].likely[0]
    assert item.question.id == first.id
    assert side < main
    assert [s.id for s in item.stories] == [wide, main]
    assert item.stories[0].shared == first.competencies
    assert item.stories[1].shared == first.competencies[:1]


def test_build_plan_lists_asks_with_verdicts_in_order(runtime: Runtime) -> None:
    interview_id = _demo(runtime)
    with runtime.session() as session:
        interview = interviews.get_interview(session, interview_id)
        manager, peer = _person(interview, "hiring_manager"), _person(interview, "peer")
        asks.add_ask(session, interview_id, manager.id, "What's the salary range?")
        asks.add_ask(session, interview_id, manager.id, "What would success look like in the first 90 days?")
        asks.add_ask(session, interview_id, peer.id, "What does your company do?")
    with runtime.session() as session:
        built = plan.build_plan(session, interviews.get_interview(session, interview_id))
    mine = built.people[manager.id].asks
    assert [a.text for a in mine] == [
        "What's the salary range?",
        "What would success look like in the first 90 days?",
    ]
    assert [a.position for a in mine] == [0, 1]
    assert mine[0].verdict.administrative and mine[0].flagged
    assert not mine[1].flagged
    [theirs] = built.people[peer.id].asks
    assert theirs.verdict.generic


@pytest.mark.parametrize(
    ("job_description", "people"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("", [("Sam Lee", "peer")], id="no_description"),
        pytest.param(JOB_DESCRIPTION, [], id="no_people"),
    ],
)
def test_build_plan_sparse_interview(
    runtime: Runtime, job_description: str, people: list[tuple[str, str]]
) -> None:
    with runtime.session() as session:
        made = interviews.create_interview(
            session,
            InterviewData(
                company="Acme",
                role="Analyst",
                timezone="UTC",
                starts_at=None,
                ends_at=None,
                formats=[],
                job_description=job_description,
            ),
        )
        for name, kind in people:
            interviews.add_interviewer(session, made.id, InterviewerData(name=name, kind=kind))
        built = plan.build_plan(session, interviews.get_interview(session, made.id))
    assert (built.jd is None) is (not job_description)
    assert len(built.people) == len(people)
    for person_plan in built.people.values():
        assert person_plan.asks == ()
        assert 0 < len(person_plan.likely) <= plan.LIKELY_PER_PERSON


def test_build_plan_reads_the_description_once(
    runtime: Runtime, fresh_caches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def counting(text: str):
        calls.append(len(text))
        return read_job_description(text)

    monkeypatch.setattr(plan, "read_job_description", counting)
    interview_id = _demo(runtime)
    for _ in range(3):
        with runtime.session() as session:
            plan.build_plan(session, interviews.get_interview(session, interview_id))
    assert calls == [len(JOB_DESCRIPTION)]
