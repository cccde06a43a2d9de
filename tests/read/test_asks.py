"""The questions-to-ask checker and suggester."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roundtwo.errors import RoundtwoError
from roundtwo.read.asks import (
    MAX_QUESTION_CHARS,
    AskVerdict,
    lint_question,
    lint_questions,
    load_asks,
    suggest_questions,
)
from roundtwo.read.questions import KINDS, CompanyFacts

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "asks"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        pytest.param("What is the salary range for this level?", "salary", id="salary"),
        pytest.param("Is there an annual bonus?", "bonus", id="bonus"),
        pytest.param("How do RSUs vest here?", "equity", id="equity"),
        pytest.param("Does the medical insurance cover my kids?", "insurance", id="insurance"),
        pytest.param("Is there a 401(k) match?", "retirement", id="retirement"),
        pytest.param("How much PTO do new starters get?", "time_off", id="pto"),
        pytest.param("What's the paternity leave policy?", "leave", id="leave"),
        pytest.param("Are there perks like free snacks?", "perks", id="perks"),
        pytest.param("Would you help with my moving costs?", "relocation", id="moving"),
        pytest.param("Can I work from home on Fridays?", "remote_policy", id="remote"),
        pytest.param("What are the core working hours?", "hours", id="hours"),
        pytest.param(
            "Is there flexibility around when I take my summer break?", "time_off", id="indirect_break"
        ),
        pytest.param("Does the company help with moving costs?", "relocation", id="indirect_move"),
    ],
)
def test_lint_question_flags_administrative(text: str, topic: str) -> None:
    verdict = lint_question(text)
    assert verdict.administrative is True
    assert verdict.topic == topic
    assert verdict.best_for == ("hr",)
    assert "Human Resources after an offer" in verdict.advice


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("How does the team benefit from the new platform?", id="benefit_verb"),
        pytest.param("What is the time frame for the launch?", id="time_frame"),
        pytest.param("What is the biggest risk to the roadmap?", id="roadmap_risk"),
        pytest.param("How do you reward great work on the team?", id="recognition"),
        pytest.param("How is the team paying down its technical debt?", id="pay_down"),
        pytest.param("What's the plan for the holiday season peak?", id="holiday_season"),
        pytest.param("Why did the last person in the role leave?", id="leave_verb"),
        pytest.param("How does diversity, equity and inclusion show up in hiring?", id="dei"),
        pytest.param("How do you win market share from bigger rivals?", id="market_share"),
        pytest.param("Which insurance carriers buy the product?", id="insurance_industry"),
    ],
)
def test_lint_question_passes_hard_negatives(text: str) -> None:
    verdict = lint_question(text)
    assert verdict.administrative is False
    assert verdict.topic is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("What does the company do?", id="what_do"),
        pytest.param("What products do you sell?", id="products"),
        pytest.param("Where are your offices?", id="offices"),
        pytest.param("When was the company founded?", id="founded"),
    ],
)
def test_lint_question_flags_generic(text: str) -> None:
    verdict = lint_question(text)
    assert verdict.generic is True and verdict.administrative is False
    assert verdict.topic == "generic"
    assert "website" in verdict.advice


def test_lint_question_sharp_question_is_not_generic() -> None:
    verdict = lint_question("Which products are growing fastest, and why?")
    assert verdict.generic is False and verdict.topic is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("What does a typical day look like in this role?", "hiring_manager", id="day"),
        pytest.param("Which tools does the team use for code review?", "peer", id="tools"),
        pytest.param(
            "How is the company's strategy changing with new competitors?", "senior_leader", id="strategy"
        ),
        pytest.param("What are the next steps in the hiring process?", "hr", id="next_steps"),
    ],
)
def test_lint_question_best_for(text: str, kind: str) -> None:
    assert lint_question(text).best_for[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n ", id="whitespace"),
        pytest.param("x" * (MAX_QUESTION_CHARS + 1), id="too_long"),
    ],
)
def test_lint_question_refuses_bad_input(text: str) -> None:
    with pytest.raises(RoundtwoError):
        lint_question(text)


def test_lint_questions_skips_blank_lines_and_keeps_order() -> None:
    verdicts = lint_questions(["What is the bonus?", "", "  ", "What will the team build next?"])
    assert [v.administrative for v in verdicts] == [True, False]
    assert lint_questions([]) == []


def test_ask_verdict_to_dict_has_contract_fields() -> None:
    data = lint_question("What does the PTO policy look like?").to_dict()
    assert {"question", "administrative", "topic", "advice", "best_for", "generic"} <= data.keys()
    assert data["topic"] == "time_off"
    assert json.loads(json.dumps(data)) == data


def _corpus() -> list[dict]:
    rows = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def test_lint_question_corpus_floor() -> None:
    rows = _corpus()
    assert len(rows) >= 250
    tp = fp = fn = correct = 0
    for row in rows:
        got = lint_question(row["question"]).administrative
        gold = row["administrative"]
        correct += got == gold
        tp += got and gold
        fp += got and not gold
        fn += gold and not got
    f1 = 2 * tp / (2 * tp + fp + fn)
    accuracy = correct / len(rows)
    print(f"asks corpus: {len(rows)} items, administrative_f1 {f1:.3f}, accuracy {accuracy:.3f}")
    assert f1 >= 0.95 and accuracy >= 0.95


def test_lint_question_corpus_generic_rows() -> None:
    generic = [row for row in _corpus() if row.get("generic")]
    assert generic, "the corpus labels some generic questions"
    assert all(lint_question(row["question"]).generic for row in generic)


_ASKS = [
    {
        "id": "ask-hm-001",
        "text": "What would success at {company} look like?",
        "kinds": ["hiring_manager"],
        "topic": "success",
        "role_families": [],
    },
    {
        "id": "ask-sl-001",
        "text": "How will {company} beat {competitor}?",
        "kinds": ["senior_leader", "hiring_manager"],
        "topic": "competition",
        "role_families": [],
    },
    {
        "id": "ask-hm-002",
        "text": "Which sales metric matters most here?",
        "kinds": ["hiring_manager"],
        "topic": "metrics",
        "role_families": ["sales"],
    },
    {
        "id": "ask-hm-003",
        "text": "Which design critique rituals does the team keep?",
        "kinds": ["hiring_manager"],
        "topic": "craft",
        "role_families": ["design_ux"],
    },
]


def test_suggest_questions_filters_by_kind_and_role() -> None:
    found = suggest_questions("hiring_manager", role="sales", asks=_ASKS)
    assert [a["id"] for a in found] == ["ask-hm-002", "ask-hm-001", "ask-sl-001"]


def test_suggest_questions_fills_slots_and_falls_back() -> None:
    named = suggest_questions(
        "senior_leader", company=CompanyFacts(name="Acme", competitors=["Globex"]), asks=_ASKS
    )
    assert named[0]["text"] == "How will Acme beat Globex?"
    bare = suggest_questions("senior_leader", asks=_ASKS)
    assert bare[0]["text"] == "How will the company beat its main competitors?"


@pytest.mark.parametrize(
    ("kwargs", "count"),
    [
        pytest.param({"limit": 0}, 0, id="limit_zero"),
        pytest.param({"limit": 1}, 1, id="limit_one"),
        pytest.param({"asks": []}, 0, id="empty_list"),
    ],
)
def test_suggest_questions_limits(kwargs: dict, count: int) -> None:
    params = {"asks": _ASKS, **kwargs}
    assert len(suggest_questions("hiring_manager", **params)) == count


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"kind": "boss"}, id="kind"),
        pytest.param({"kind": "peer", "role": "astronaut"}, id="role"),
        pytest.param({"kind": "peer", "limit": -1}, id="negative_limit"),
    ],
)
def test_suggest_questions_refuses_unknown_values(kwargs: dict) -> None:
    with pytest.raises(RoundtwoError):
        suggest_questions(asks=_ASKS, **kwargs)


@pytest.mark.parametrize("kind", KINDS)
def test_suggest_questions_shipped_are_not_administrative(kind: str) -> None:
    for item in suggest_questions(kind, limit=100):
        verdict: AskVerdict = lint_question(item["text"])
        assert not verdict.administrative, item
        assert "{" not in item["text"]


def test_load_asks_reads_file(tmp_path: Path) -> None:
    path = tmp_path / "asks.yaml"
    path.write_text("- {id: ask-peer-001, text: 'How do you pair?', kinds: [peer]}\n", encoding="utf-8")
    assert load_asks(str(path))[0]["role_families"] == []
    path.write_text("- {text: 'No id?'}\n", encoding="utf-8")
    with pytest.raises(RoundtwoError, match="needs id, text and kinds"):
        load_asks(str(path))
