"""The learned half of the questions-to-ask checker and its training script."""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import pytest

from roundtwo.errors import RoundtwoError
from roundtwo.read import ask_model, ask_train
from roundtwo.read.ask_model import (
    MODEL_FILE,
    class_topic,
    fingerprint,
    load_model,
    parse_model,
    question_features,
    stem,
)
from roundtwo.read.ask_rules import blank, fix_typos, normalise, read_rules

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "asks"


def _shipped() -> dict:
    node = resources.files("roundtwo.content").joinpath("models", MODEL_FILE)
    return json.loads(node.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("salaries", "salary", id="ies"),
        pytest.param("moving", "mov", id="ing"),
        pytest.param("covered", "cover", id="ed"),
        pytest.param("perks", "perk", id="plural"),
        pytest.param("class", "class", id="double_s"),
        pytest.param("bus", "bus", id="short"),
    ],
)
def test_stem_cuts_common_endings(word: str, stemmed: str) -> None:
    assert stem(word) == stemmed


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param("", set(), {"o:what"}, id="empty"),
        pytest.param(
            "do engineers get stock refreshers?",
            {"w:engineer", "b:engineer_get", "o:do", "o2:do_engineer", "k:money", "kk:money&receive"},
            {"c:business"},
            id="words_pairs_classes",
        ),
        pytest.param(
            "is my bonus fixed?",
            {"c:first_person", "k:money", "kk:money&recipient"},
            {"k:recipient"},
            id="me_counts_only_in_pairs",
        ),
        pytest.param(
            "which customers buy it?", {"c:business", "k:business"}, {"c:first_person"}, id="business"
        ),
    ],
)
def test_question_features_named_examples(text: str, present: set[str], absent: set[str]) -> None:
    found = question_features(text)
    assert found == sorted(set(found))
    assert present <= set(found)
    assert not absent & set(found)


def test_question_features_char_ngrams() -> None:
    assert "g:<pay" in question_features("pay", char_ngrams=4)
    assert not any(f.startswith("g:") for f in question_features("pay"))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        pytest.param("", None, id="empty"),
        pytest.param("what sort of money are we talking about", "salary", id="money"),
        pytest.param("does the role come with a laptop", "perks", id="goods"),
        pytest.param("what will the team build next", None, id="work"),
    ],
)
def test_class_topic(text: str, topic: str | None) -> None:
    assert class_topic(text) == topic


def test_load_model_reads_the_shipped_file() -> None:
    model = load_model()
    assert model.weights and model.threshold == _shipped()["decision"]["threshold"]
    # The rules' flag must count for, and their silence against.
    assert model.rule_flagged > 0 > model.rule_passed
    assert 0.0 <= model.probability("what is the salary", True) <= 1.0


def test_load_model_matches_training_inputs() -> None:
    shipped = _shipped()
    assert shipped["features_sha256"] == fingerprint(), "features changed: retrain the model"
    rows = ask_train.training_rows(CORPUS)
    assert shipped["corpus_sha256"] == ask_train.corpus_digest(rows), "corpus changed: retrain the model"
    assert ask_train.HELD_OUT not in shipped["trained_on"]


def test_load_model_matches_a_fresh_training_run() -> None:
    shipped = _shipped()
    retrained = ask_train.train(CORPUS, options=shipped["options"])
    assert retrained["decision"] == shipped["decision"]
    assert retrained["weights"].keys() == shipped["weights"].keys()
    assert math.isclose(retrained["bias"], shipped["bias"], abs_tol=1e-5)
    assert all(math.isclose(w, shipped["weights"][f], abs_tol=1e-5) for f, w in retrained["weights"].items())


def test_model_catches_what_the_corpus_marks() -> None:
    # In-sample sanity: the model alone separates most training rows.
    model = load_model()
    rows = ask_train.read_rows(ask_train.corpus_files(CORPUS))
    right = 0
    for question, label in rows:
        text = fix_typos(normalise(question))
        right += (model.learned_log_odds(blank(text, read_rules(text).negated)) >= 0) == label
    assert right / len(rows) >= 0.95


@pytest.mark.parametrize(
    ("data", "missing"),
    [
        pytest.param({}, "decision", id="empty"),
        pytest.param({"decision": {}}, "bias", id="no_bias"),
        pytest.param(
            {"decision": {"model_weight": 1}, "bias": 0, "weights": {}, "options": {"char_ngrams": 0}},
            "rule_flagged",
            id="no_rule_weight",
        ),
        pytest.param([], "", id="not_an_object"),
    ],
)
def test_parse_model_names_the_bad_key(data: object, missing: str) -> None:
    with pytest.raises(RoundtwoError, match=f"malformed.*{missing}") as caught:
        parse_model(data)
    assert "ask_train" in str(caught.value)


def test_load_model_missing_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ask_model, "MODEL_FILE", "no-such-model.json")
    load_model.cache_clear()
    try:
        with pytest.raises(RoundtwoError, match="missing"):
            load_model()
    finally:
        monkeypatch.undo()
        load_model.cache_clear()


# --- the training script --------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "labels", "check"),
    [
        pytest.param([], [], "zeros", id="empty"),
        pytest.param([[1], [1], [2], [2]], [True, True, False, False], "signs", id="separable"),
        pytest.param([[1], [1], [1]], [True, True, True], "bias", id="one_class"),
    ],
)
def test_fit_logistic(rows: list[list[int]], labels: list[bool], check: str) -> None:
    w = ask_train.fit_logistic(rows, labels, 3, l2=1.0)
    if check == "zeros":
        assert w == [0.0, 0.0, 0.0]
    elif check == "signs":
        assert w[1] > 0 > w[2]
    else:
        assert w[0] + w[1] > 0 and w[2] == 0.0


def test_fit_logistic_stronger_l2_shrinks_weights() -> None:
    rows, labels = [[1], [1], [2], [2], [1, 2]], [True, True, False, False, True]
    loose = ask_train.fit_logistic(rows, labels, 3, l2=0.1)
    tight = ask_train.fit_logistic(rows, labels, 3, l2=10.0)
    assert abs(tight[1]) < abs(loose[1])


def test_fit_logistic_reaches_the_optimum() -> None:
    rows, labels, l2 = [[1], [1, 2], [2], [2], [1]], [True, True, False, False, False], 0.5
    w = ask_train.fit_logistic(rows, labels, 3, l2)
    gradient = [l2 * w[1], l2 * w[2]]
    gradient.insert(0, 0.0)
    for row, y in zip(rows, labels, strict=True):
        z = w[0] + sum(w[k] for k in row)
        p = 1 / (1 + math.exp(-z))
        for k in (0, *row):
            gradient[k] += p - y
    assert max(map(abs, gradient)) < 1e-6


def test_folds_cover_every_example_evenly() -> None:
    fold = ask_train.folds(23, k=5, seed=0)
    assert sorted(set(fold)) == [0, 1, 2, 3, 4]
    assert max(fold.count(i) for i in range(5)) - min(fold.count(i) for i in range(5)) <= 1
    assert fold == ask_train.folds(23, k=5, seed=0)
    assert ask_train.folds(0) == []


def test_rule_evidence_follows_the_record() -> None:
    record = {"administrative_flagged": 8, "administrative_passed": 2, "other_flagged": 1, "other_passed": 9}
    flagged, passed, hit_admin, hit_other = ask_train.rule_evidence(record)
    assert hit_admin == 9 / 12 and hit_other == 2 / 12
    assert math.isclose(flagged, math.log(hit_admin / hit_other))
    assert math.isclose(passed, math.log((1 - hit_admin) / (1 - hit_other)))


@pytest.mark.parametrize(
    ("weight", "added", "accuracy"),
    [
        pytest.param(1.0, (0.0, 0.0), 1.0, id="model_alone_perfect"),
        pytest.param(0.0, (1.0, -1.0), 0.75, id="rules_alone_at_their_rates"),
    ],
)
def test_expected_figures(weight: float, added: tuple[float, float], accuracy: float) -> None:
    scores, labels = [3.0, 2.0, -2.0, -3.0], [True, True, False, False]
    got, _f1 = ask_train.expected_figures(scores, labels, weight, added, (0.5, 0.0), threshold=0.0)
    assert math.isclose(got, accuracy)


def test_choose_decision_prefers_a_good_model_to_weak_rules() -> None:
    record = {"administrative_flagged": 5, "administrative_passed": 5, "other_flagged": 5, "other_passed": 5}
    best, candidates = ask_train.choose_decision([4.0, 3.0, -3.0, -4.0], [True, True, False, False], record)
    assert best["rule"] != "rules" and best["accuracy"] == 1.0
    assert {c["rule"] for c in candidates} == {"rules", "model", "model+rules"}


def _write(folder: Path, name: str, rows: list[tuple[str, bool]]) -> None:
    lines = [json.dumps({"question": q, "administrative": a}) for q, a in rows]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_train_leaves_the_blind_file_out_and_repeats_byte_for_byte(tmp_path: Path) -> None:
    _write(tmp_path, "a.jsonl", [("What is the salary?", True), ("How big is the team?", False)] * 5)
    _write(tmp_path, ask_train.HELD_OUT, [("Is there a bonus?", True)])
    assert [p.name for p in ask_train.corpus_files(tmp_path)] == ["a.jsonl"]
    options = {"l2": 1.0, "char_ngrams": 0}
    first = ask_train.dumps(ask_train.train(tmp_path, options=options))
    assert first == ask_train.dumps(ask_train.train(tmp_path, options=options))
    model = json.loads(first)
    assert model["trained_on"][0] == "a.jsonl" and ask_train.HELD_OUT not in model["trained_on"]
    assert model["weights"]["w:salary"] > 0 > model["weights"]["w:team"]


def test_train_refuses_an_empty_corpus(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no training rows"):
        ask_train.train(tmp_path)


def test_main_check_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "a.jsonl", [("What is the salary?", True), ("How big is the team?", False)] * 5)
    out = tmp_path / "model.json"
    assert ask_train.main(["--corpus", str(tmp_path), "--out", str(out), "--check"]) == 0
    assert not out.exists()
    assert '"decision"' in capsys.readouterr().out
