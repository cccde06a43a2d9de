"""The question bank: loading, filtering, slots and ranking."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from roundtwo.content.vocabulary import CATEGORIES
from roundtwo.errors import RoundtwoError
from roundtwo.read.jd import JobDescription, read_job_description
from roundtwo.read.questions import (
    SLOT_FALLBACKS,
    CompanyFacts,
    Question,
    fill_slots,
    load_bank,
    rank_for_interviewer,
    select_questions,
)

_BANK = """
- id: q-conflict-001
  text: "Tell me about a disagreement with a peer."
  category: conflict
  competencies: [conflict_resolution]
  kinds: [peer, hiring_manager]
  formats: [sequential, panel]
  role_families: []
  follow_ups: ["What happened next?"]
- id: q-strategy-001
  text: "How would {company} beat {competitor} on {product}?"
  category: strategy
  competencies: [strategic_thinking]
  kinds: [senior_leader]
  formats: [panel]
  role_families: []
  follow_ups: ["Which measure would show it worked?"]
- id: q-technical-001
  text: "Design a rate limiter for an API."
  category: technical
  competencies: [technical_depth, problem_solving]
  kinds: [hiring_manager, peer]
  formats: [technical]
  role_families: [software_engineering]
  follow_ups: ["How would it fail?"]
- id: q-technical-002
  text: "Walk me through a campaign you measured."
  category: technical
  competencies: [data_driven]
  kinds: [hiring_manager]
  formats: [sequential]
  role_families: [marketing]
  follow_ups: ["What would you change?"]
- id: q-technical-003
  text: "How do you debug a slow query?"
  category: technical
  competencies: [technical_depth]
  kinds: [peer]
  formats: [technical]
  role_families: [software_engineering]
  follow_ups: ["What did the plan show?"]
- id: q-teamwork-001
  text: "Tell me about helping a struggling teammate."
  category: teamwork
  competencies: [teamwork, mentoring]
  kinds: [peer]
  formats: [sequential]
  role_families: []
  follow_ups: ["How did they respond?"]
  pressure: false
"""


@pytest.fixture
def bank(tmp_path: Path) -> tuple[Question, ...]:
    folder = tmp_path / "questions" / "roles"
    folder.mkdir(parents=True)
    (tmp_path / "questions" / "main.yaml").write_text(_BANK, encoding="utf-8")
    (folder / "empty.yaml").write_text("", encoding="utf-8")
    return load_bank(tmp_path / "questions")


def _jd(*competencies: tuple[str, float], family: str | None = None) -> JobDescription:
    return JobDescription(role_family=family, competencies=[(c, w, []) for c, w in competencies])


def test_load_bank_reads_fixture_folder(bank: tuple[Question, ...]) -> None:
    assert [q.id for q in bank][:2] == ["q-conflict-001", "q-strategy-001"]
    assert bank[2].role_families == ("software_engineering",)
    assert bank[0].to_dict()["kinds"] == ["peer", "hiring_manager"]


def test_load_bank_empty_folder(tmp_path: Path) -> None:
    assert load_bank(tmp_path) == ()
    assert load_bank(tmp_path / "missing") == ()


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        pytest.param("- id: a\n  text: Hi?\n", "lacks", id="missing_keys"),
        pytest.param("id: a\n", "not a YAML list", id="not_list"),
        pytest.param("- [1, 2]\n", "not a mapping", id="not_mapping"),
        pytest.param(
            _BANK.replace("category: conflict", "category: gossip"), "unknown category", id="category"
        ),
        pytest.param(_BANK.replace("kinds: [senior_leader]", "kinds: [ceo]"), "unknown values", id="kind"),
        pytest.param(_BANK.replace("q-strategy-001", "q-conflict-001"), "appears in", id="duplicate_id"),
        pytest.param("- {id: a\n", "not valid YAML", id="bad_yaml"),
    ],
)
def test_load_bank_refuses_bad_entries(tmp_path: Path, yaml_text: str, message: str) -> None:
    (tmp_path / "bad.yaml").write_text(yaml_text, encoding="utf-8")
    with pytest.raises(RoundtwoError, match=message):
        load_bank(tmp_path)


@pytest.mark.parametrize(
    ("text", "facts", "expected"),
    [
        pytest.param("", None, "", id="empty"),
        pytest.param("No slots here.", None, "No slots here.", id="no_slots"),
        pytest.param(
            "Why {company} over {competitor}?",
            CompanyFacts(name="Acme", competitors=["Globex", "Initech"]),
            "Why Acme over Globex?",
            id="filled",
        ),
        pytest.param(
            "{company} {competitor} {product} {goal} {industry}",
            None,
            " ".join(SLOT_FALLBACKS[s] for s in ("company", "competitor", "product", "goal", "industry")),
            id="fallbacks",
        ),
        pytest.param(
            "How does {company} grow?", CompanyFacts(name="  "), "How does the company grow?", id="blank_name"
        ),
        pytest.param("Keep {unknown} braces.", None, "Keep {unknown} braces.", id="unknown_slot"),
    ],
)
def test_fill_slots(text: str, facts: CompanyFacts | None, expected: str) -> None:
    assert fill_slots(text, facts) == expected


@pytest.mark.parametrize(
    ("kwargs", "ids"),
    [
        pytest.param(
            {"category": "technical"},
            ["q-technical-001", "q-technical-002", "q-technical-003"],
            id="category",
        ),
        pytest.param({"kind": "senior_leader"}, ["q-strategy-001"], id="kind"),
        pytest.param({"format": "technical"}, ["q-technical-001", "q-technical-003"], id="format"),
        pytest.param(
            {"role": "marketing"},
            ["q-technical-002", "q-conflict-001", "q-strategy-001", "q-teamwork-001"],
            id="role_first_and_others_dropped",
        ),
        pytest.param({"category": "failure"}, [], id="nothing_matches"),
        pytest.param({"limit": 2}, ["q-conflict-001", "q-strategy-001"], id="limit"),
        pytest.param({"limit": 0}, [], id="limit_zero"),
    ],
)
def test_select_questions_filters(bank: tuple[Question, ...], kwargs: dict, ids: list[str]) -> None:
    assert [q.id for q in select_questions(bank=bank, **kwargs)] == ids


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"category": "gossip"}, id="category"),
        pytest.param({"kind": "ceo"}, id="kind"),
        pytest.param({"format": "dinner"}, id="format"),
        pytest.param({"role": "astronaut"}, id="role"),
        pytest.param({"limit": -1}, id="negative_limit"),
    ],
)
def test_select_questions_refuses_unknown_values(bank: tuple[Question, ...], kwargs: dict) -> None:
    with pytest.raises(RoundtwoError, match=r"negative|choose one of"):
        select_questions(bank=bank, **kwargs)


def test_select_questions_fills_company_slots(bank: tuple[Question, ...]) -> None:
    facts = CompanyFacts(name="Acme", competitors=["Globex"], products=["Rockets"])
    found = select_questions(kind="senior_leader", company=facts, bank=bank)
    assert found[0].text == "How would Acme beat Globex on Rockets?"


def test_select_questions_ranks_by_jd(bank: tuple[Question, ...]) -> None:
    jd = _jd(("technical_depth", 1.0), ("problem_solving", 0.5), family="software_engineering")
    ranked = [q.id for q in select_questions(jd=jd, bank=bank)]
    assert ranked[0] == "q-technical-001"
    assert "q-technical-002" not in ranked  # another family's question is dropped


def test_select_questions_mixes_categories(bank: tuple[Question, ...]) -> None:
    # Both technical questions score 1.0 and teamwork 0.8: the repeat penalty
    # lets teamwork in between them.
    jd = _jd(("technical_depth", 1.0), ("teamwork", 0.8))
    ranked = [q.id for q in select_questions(jd=jd, bank=bank)]
    assert ranked[:3] == ["q-technical-001", "q-teamwork-001", "q-technical-003"]


def test_select_questions_ties_break_by_id(bank: tuple[Question, ...]) -> None:
    ranked = [q.id for q in select_questions(jd=_jd(), bank=bank)]
    general = [i for i in ranked if i in {"q-conflict-001", "q-strategy-001", "q-teamwork-001"}]
    assert general == sorted(general)
    assert ranked == [q.id for q in select_questions(jd=_jd(), bank=bank)]


def test_rank_for_interviewer_prefers_kind_focus(bank: tuple[Question, ...]) -> None:
    leader = rank_for_interviewer("senior_leader", ["panel"], bank=bank)
    assert [q.id for q in leader] == ["q-strategy-001"]
    assert "{" not in leader[0].text
    peer = rank_for_interviewer("peer", ["sequential"], bank=bank)
    assert peer[0].id == "q-teamwork-001"
    assert all("peer" in q.kinds for q in peer)


def test_rank_for_interviewer_relaxes_formats(bank: tuple[Question, ...]) -> None:
    found = rank_for_interviewer("senior_leader", ["presentation"], bank=bank)
    assert [q.id for q in found] == ["q-strategy-001"]


@pytest.mark.parametrize(
    ("kind", "formats"),
    [pytest.param("boss", (), id="kind"), pytest.param("peer", ("karaoke",), id="format")],
)
def test_rank_for_interviewer_refuses_unknown(
    bank: tuple[Question, ...], kind: str, formats: tuple[str, ...]
) -> None:
    with pytest.raises(RoundtwoError):
        rank_for_interviewer(kind, formats, bank=bank)


def test_rank_for_interviewer_limit(bank: tuple[Question, ...]) -> None:
    assert len(rank_for_interviewer("peer", limit=2, bank=bank)) == 2
    assert rank_for_interviewer("peer", limit=0, bank=bank) == []


# --- the shipped bank ---------------------------------------------------------


def test_shipped_bank_loads_and_fills() -> None:
    bank = load_bank()
    assert len(bank) >= 100
    assert {q.category for q in bank} == set(CATEGORIES)
    filled = select_questions(company=CompanyFacts(name="Acme"))
    assert not any(re.search(r"\{(company|competitor|product|goal|industry)\}", q.text) for q in filled)


def test_shipped_bank_ranks_for_a_real_description() -> None:
    jd = read_job_description(
        textwrap.dedent(
            """\
            Senior Data Analyst
            Build dashboards in Tableau, write SQL, run A/B testing and present insights.
            We want a data-driven analyst with strong communication skills and attention to metrics.
            """
        )
    )
    ranked = select_questions(jd=jd, limit=10)
    assert jd.role_family == "data_analytics"
    assert any("data_analytics" in q.role_families for q in ranked[:5])
    assert not any(q.role_families and "data_analytics" not in q.role_families for q in ranked)
    assert len({q.category for q in ranked}) >= 3
