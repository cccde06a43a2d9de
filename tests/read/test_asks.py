"""The questions-to-ask checker and suggester."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roundtwo.content.vocabulary import KINDS
from roundtwo.errors import RoundtwoError
from roundtwo.read.ask_rules import _could_match, _Gate, _lexicon, _needs, fix_typos, read_rules
from roundtwo.read.asks import (
    MAX_QUESTION_CHARS,
    OTHER_TOPIC,
    AskVerdict,
    lint_question,
    lint_questions,
    load_asks,
    normalise,
    suggest_questions,
)
from roundtwo.read.questions import CompanyFacts

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "asks"
# Kept back for one blind measurement: no test scores the checker on it.
BLIND = "fresh2-blind.jsonl"


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
    ("text", "topic"),
    [
        pytest.param("Roughly what comp should someone at my level expect?", "salary", id="comp"),
        pytest.param("Would the package be enough to live in the city?", "salary", id="package"),
        pytest.param("What's the money like for someone at senior level?", "salary", id="money"),
        pytest.param("How does the reward side work for engineers?", "salary", id="reward_side"),
        pytest.param("Do staff share in the upside if the company is sold?", "equity", id="upside"),
        pytest.param("Are there annual equity refreshers?", "equity", id="refreshers"),
        pytest.param("Does the job come with any extras?", "perks", id="extras"),
        pytest.param("Is there a tech scheme for buying a laptop?", "perks", id="scheme"),
        pytest.param("Is there an employee assistance program?", "perks", id="assistance"),
        pytest.param("Any help with the commute from outside the city?", "perks", id="commute"),
        pytest.param("Would you support a new hire moving from overseas?", "relocation", id="moving_abroad"),
        pytest.param("Can staff take a career break after five years?", "time_off", id="career_break"),
        pytest.param("How many casual leaves can be taken?", "leave", id="leaves_plural"),
        pytest.param("Do interns get the same benefits as everyone else?", "benefits", id="same_benefits"),
    ],
)
def test_lint_question_flags_indirect_administrative(text: str, topic: str) -> None:
    verdict = lint_question(text)
    assert (verdict.administrative, verdict.topic) == (True, topic)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        pytest.param("Whats the sallary range?", "salary", id="doubled_letter"),
        pytest.param("How long is maternaty leave?", "leave", id="wrong_letter"),
        pytest.param("Is there a pensoin scheme?", "retirement", id="swapped_letters"),
        pytest.param("Do you offer relocaton help?", "relocation", id="dropped_letter"),
        pytest.param("How do you nurture a sense of vocation in new nurses?", None, id="real_word_vocation"),
        pytest.param("How healthy is the pipeline this quarter?", None, id="real_word_healthy"),
    ],
)
def test_lint_question_reads_typos(text: str, topic: str | None) -> None:
    verdict = lint_question(text)
    assert (verdict.administrative, verdict.topic) == (topic is not None, topic)


@pytest.mark.parametrize(
    ("text", "administrative"),
    [
        pytest.param("How do you price the pet insurance product?", False, id="insurance_product"),
        pytest.param("How are commissions for affiliates worked out?", False, id="affiliate_commission"),
        pytest.param("Which holidays drive the most bookings for your clients?", False, id="client_holidays"),
        pytest.param("Who maintains the salary calculator feature?", False, id="salary_feature"),
        pytest.param(
            "How does the bonus tier in the loyalty scheme work for shoppers?", False, id="loyalty_bonus"
        ),
        pytest.param("Do employees get a discount on the pet insurance product?", True, id="staff_discount"),
        pytest.param("Is my bonus tied to customer satisfaction?", True, id="bonus_on_a_customer_measure"),
        pytest.param("Do consultants get a per diem at client sites?", True, id="client_site_allowance"),
        pytest.param("Which product does the team own, and what's the bonus?", True, id="second_clause"),
    ],
)
def test_lint_question_tells_the_business_from_the_candidate(text: str, administrative: bool) -> None:
    assert lint_question(text).administrative is administrative


def _rules_topic(text: str) -> str | None:
    return read_rules(fix_typos(normalise(text))).topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        pytest.param("Does the role come with a company laptop and phone?", "perks", id="kit"),
        pytest.param(
            "What kind of financial support is there for further study?", "salary", id="study_money"
        ),
        pytest.param("Do staff get anything for their birthday?", OTHER_TOPIC, id="no_topic_words"),
    ],
)
def test_lint_question_model_catches_what_the_rules_miss(text: str, topic: str) -> None:
    assert _rules_topic(text) is None
    verdict = lint_question(text)
    assert (verdict.administrative, verdict.topic, verdict.best_for) == (True, topic, ("hr",))
    assert "Human Resources after an offer" in verdict.advice


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("How do we price the dental plan we sell to employers?", id="dental_product"),
        pytest.param("What are the perks of the product's premium plan?", id="product_perks"),
        pytest.param("What budget does the team have for tools?", id="team_budget"),
        pytest.param("What would make someone leave this team?", id="leave_verb"),
        pytest.param(
            "Who signs off on bonuses for the sales partners we resell through?", id="partner_bonus"
        ),
    ],
)
def test_lint_question_combined_passes_business_questions(text: str) -> None:
    verdict = lint_question(text)
    assert verdict.administrative is False and verdict.topic is None


def test_lint_question_model_overrules_an_unlikely_rule_hit() -> None:
    text = "How do we price the dental plan we sell to employers?"
    assert _rules_topic(text) == "insurance"
    assert lint_question(text).administrative is False


@pytest.mark.parametrize(
    ("text", "administrative"),
    [
        pytest.param("Apart from salary, what keeps people here?", False, id="apart_from"),
        pytest.param("Not asking about pay yet: what does success look like?", False, id="not_asking"),
        pytest.param("Setting aside the bonus, how is performance judged?", False, id="setting_aside"),
        pytest.param("Apart from the base salary, is there a bonus?", True, id="second_cue_counts"),
    ],
)
def test_lint_question_negation(text: str, administrative: bool) -> None:
    assert lint_question(text).administrative is administrative


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        pytest.param("", None, id="empty"),
        pytest.param(r"\bsalar(y|ies)\b", ("salar",), id="stem"),
        pytest.param(r"\b(base|starting) pay\b", (" pay",), id="longest_literal"),
        pytest.param(r"\b(extras|freebies)\b", ("extras", "freebies"), id="alternatives"),
        pytest.param(r"\b40[13]k\b", None, id="too_short"),
        pytest.param(r"\w+ing\b", ("ing",), id="suffix"),
        pytest.param(r"(perks)?", None, id="optional"),
        pytest.param(r"(?i)salary", None, id="ignore_case"),
    ],
)
def test_needs_reads_literals(pattern: str, needs: tuple[str, ...] | None) -> None:
    assert _needs(pattern) == needs


@pytest.mark.parametrize(
    ("needs", "text", "candidates"),
    [
        pytest.param([], "", set(), id="empty"),
        pytest.param([None, ("pay",)], "", {0}, id="unknown_always"),
        pytest.param([("pay",), ("pay range",)], "the pay range?", {0, 1}, id="prefix_speaks_for_both"),
        pytest.param([("pay",), ("pay range",)], "the pay band?", {0}, id="shorter_only"),
        pytest.param([("pay",), ("bonus",)], "how big is the team?", set(), id="none"),
    ],
)
def test_gate_candidates(needs: list, text: str, candidates: set[int]) -> None:
    assert _Gate(needs).candidates(text) == candidates


def test_lint_question_literal_precheck_never_skips_a_match() -> None:
    lexicon = _lexicon()
    patterns = [p for t in lexicon.topics for p in (*t.patterns, *t.unless)]
    patterns += [*lexicon.unless_everywhere, *(p for _kind, p, _weight in lexicon.kind_hints)]
    texts = [normalise(row["question"]) for row in _corpus()]
    for text in texts:
        assert all(_could_match(p, text) for p in patterns if p.search(text)), text
        topics = lexicon.topic_gate.candidates(text)
        assert all(i in topics for i, t in enumerate(lexicon.topics) if t.any_pattern.search(text)), text
        hints = lexicon.hint_gate.candidates(text)
        assert all(i in hints for i, (_k, p, _w) in enumerate(lexicon.kind_hints) if p.search(text)), text


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


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("", "empty", id="empty"),
        pytest.param("What is the\x00 salary?\x07", "binary data", id="nul_and_bell"),
        pytest.param("\x89PNG\x1a\x00\x00", "binary data", id="png_header"),
    ],
)
def test_lint_question_bad_input_message(text: str, words: str) -> None:
    with pytest.raises(RoundtwoError, match=words) as caught:
        lint_question(text)
    assert caught.value.hint


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
    """The training files' rows (every corpus file but the blind one)."""
    rows = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        if path.name != BLIND:
            rows += [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
    return rows


def test_lint_question_corpus_floor() -> None:
    rows = _corpus()
    assert len(rows) >= 500
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


@pytest.mark.parametrize(
    ("name", "size"),
    [("fresh-dev", 200), ("fresh-dev-extra", 100), ("fresh2-dev", 300), ("fresh2-blind", 147)],
)
def test_fresh_corpus_shape(name: str, size: int) -> None:
    rows = [json.loads(line) for line in (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == size
    assert all(row.keys() == {"question", "administrative"} for row in rows)
    assert all(isinstance(row["administrative"], bool) and row["question"].strip() for row in rows)
    assert 0.3 <= sum(row["administrative"] for row in rows) / size <= 0.5


def _blind_questions() -> set[str]:
    lines = (CORPUS / BLIND).read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["question"] for line in lines if line.strip()}


def test_blind_split_shares_no_question_with_training() -> None:
    blind = _blind_questions()
    training = {row["question"] for row in _corpus()}
    assert len(blind) == 147 and not blind & training


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
