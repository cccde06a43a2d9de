"""Retrain the questions-to-ask checker's learned weights from the corpus.

    python -m roundtwo.read.ask_train [--corpus DIR] [--out FILE] [--check]

Reads every ``*.jsonl`` in ``corpus/asks`` except ``fresh2-blind.jsonl`` (kept
back for one blind measurement) and, as questions that are not
administrative, the shipped suggestions of ``content/asks.yaml``; fits an L2-regularised logistic regression
on :func:`roundtwo.read.ask_model.question_features` by Newton's method, and
writes ``src/roundtwo/content/models/ask_admin.json``. The same corpus and
lexicon give the same file, byte for byte. ``--check`` prints the
cross-validated figures without writing.

Choices made by k-fold cross-validation on those files:

- the regularisation strength and the character n-grams, by the held-out
  folds' log-loss under the one-standard-error rule: the simplest setting
  (no character n-grams before some, then the strongest regularisation)
  whose loss is within one standard error of the lowest;
- the decision rule: the rules alone, the model alone, or the two summed as
  evidence, and its threshold. The rules score 1.000 on these files (they
  were written from them), so their verdict here says nothing of how they do
  on new questions; each candidate is scored instead by its *expected*
  figures when the rules flag administrative questions and others at the
  rates of their record on questions they had not seen (the lexicon's
  ``model.rule_record``), independently of the model's errors.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from roundtwo.read.ask_model import FEATURE_VERSION, fingerprint, question_features
from roundtwo.read.ask_rules import blank, fix_typos, lexicon_data, normalise, read_rules
from roundtwo.read.asks import load_asks
from roundtwo.read.questions import fill_slots

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO / "corpus" / "asks"
OUT = Path(__file__).resolve().parents[1] / "content" / "models" / "ask_admin.json"
HELD_OUT = "fresh2-blind.jsonl"
FOLDS = 5
SEED = 0
L2_GRID = (0.1, 0.3, 1.0, 3.0)
CHAR_NGRAM_GRID = (0, 4)
# Thresholds tried on the combined log-odds, from -3 to 3 by 0.25.
THRESHOLDS = tuple(step / 4 for step in range(-12, 13))
DIGITS = 6


# --- data ------------------------------------------------------------------------


def corpus_files(corpus: Path) -> list[Path]:
    """The training files in ``corpus``: every ``*.jsonl`` but the blind one, sorted."""
    return sorted(p for p in corpus.glob("*.jsonl") if p.name != HELD_OUT)


def read_rows(paths: Iterable[Path]) -> list[tuple[str, bool]]:
    """(question, administrative) for each line of ``paths``, in file then line order."""
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    item = json.loads(line)
                    rows.append((str(item["question"]), bool(item["administrative"])))
    return rows


def corpus_digest(rows: Sequence[tuple[str, bool]]) -> str:
    """SHA-256 of the training rows, so a test can tell the corpus changed."""
    payload = "".join(f"{int(label)}\t{question}\n" for question, label in rows)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def suggestion_rows() -> list[tuple[str, bool]]:
    """The shipped suggestions of ``content/asks.yaml`` (company slots filled
    with their fallbacks), each labelled not administrative: questions the
    checker must pass."""
    return [(fill_slots(item["text"], None), False) for item in load_asks()]


def training_rows(corpus: Path = CORPUS) -> list[tuple[str, bool]]:
    """The corpus files' rows, then the suggestions'. ValueError when the
    corpus folder holds no rows."""
    rows = read_rows(corpus_files(corpus))
    if not rows:
        raise ValueError(f"no training rows in {corpus} (every *.jsonl but {HELD_OUT} is read)")
    return rows + suggestion_rows()


def examples(rows: Sequence[tuple[str, bool]], char_ngrams: int) -> list[list[str]]:
    """The features of each row's question, as the checker computes them:
    normalised, typos fixed, hits set aside by a negation blanked."""
    out = []
    for question, _ in rows:
        text = fix_typos(normalise(question))
        out.append(question_features(blank(text, read_rules(text).negated), char_ngrams))
    return out


# --- logistic regression -----------------------------------------------------------


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def _log_loss(z: float, label: bool) -> float:
    m = z if label else -z  # -log sigmoid(m), stable both ways
    return math.log1p(math.exp(-m)) if m > -30 else -m


def fit_logistic(rows: Sequence[Sequence[int]], labels: Sequence[bool], dim: int, l2: float) -> list[float]:
    """Weights minimising the log-loss plus ``l2``/2 times the squared weights.

    ``rows`` hold the indices (1 to ``dim`` - 1) of each example's binary
    features; index 0 is the bias, which is not regularised. Newton's method,
    each step solved by conjugate gradients on Hessian-vector products, with
    a backtracking line search; stops when the gradient's norm is below 1e-9
    per example. No examples give all-zero weights.
    """
    w = [0.0] * dim
    n = len(rows)
    if n == 0:
        return w
    rows = [[0, *row] for row in rows]

    def objective(weights: list[float]) -> float:
        loss = sum(_log_loss(sum(weights[k] for k in row), y) for row, y in zip(rows, labels, strict=True))
        return loss + 0.5 * l2 * sum(x * x for x in weights[1:])

    for _ in range(100):
        probs = [_sigmoid(sum(w[k] for k in row)) for row in rows]
        grad = [l2 * x for x in w]
        grad[0] = 0.0
        for row, p, y in zip(rows, probs, labels, strict=True):
            for k in row:
                grad[k] += p - y
        norm = math.sqrt(sum(g * g for g in grad))
        if norm < 1e-9 * n:
            break
        curvature = [p * (1 - p) for p in probs]

        def hess_times(v: list[float], curvature: list[float] = curvature) -> list[float]:
            out = [l2 * x for x in v]
            out[0] = 1e-9 * v[0]
            for row, c in zip(rows, curvature, strict=True):
                s = c * sum(v[k] for k in row)
                for k in row:
                    out[k] += s
            return out

        step = _conjugate_gradient(hess_times, [-g for g in grad], tolerance=min(0.5, math.sqrt(norm)) * norm)
        slope = sum(g * s for g, s in zip(grad, step, strict=True))
        before, t = objective(w), 1.0
        while True:
            trial = [x + t * s for x, s in zip(w, step, strict=True)]
            if objective(trial) <= before + 1e-4 * t * slope or t < 1e-8:
                break
            t /= 2
        w = trial
    return w


def _conjugate_gradient(times: Any, rhs: list[float], tolerance: float, max_steps: int = 250) -> list[float]:
    x = [0.0] * len(rhs)
    r = list(rhs)
    p = list(r)
    rr = sum(v * v for v in r)
    for _ in range(max_steps):
        if math.sqrt(rr) <= tolerance:
            break
        hp = times(p)
        php = sum(a * b for a, b in zip(p, hp, strict=True))
        if php <= 0:
            break
        alpha = rr / php
        x = [xi + alpha * pi for xi, pi in zip(x, p, strict=True)]
        r = [ri - alpha * hi for ri, hi in zip(r, hp, strict=True)]
        rr_next = sum(v * v for v in r)
        p = [ri + rr_next / rr * pi for ri, pi in zip(r, p, strict=True)]
        rr = rr_next
    return x


def fit(
    features: Sequence[Sequence[str]], labels: Sequence[bool], l2: float
) -> tuple[float, dict[str, float]]:
    """(bias, weight per feature) fitted on ``features`` and ``labels``."""
    vocabulary = sorted({f for row in features for f in row})
    index = {f: i for i, f in enumerate(vocabulary, start=1)}
    w = fit_logistic([[index[f] for f in row] for row in features], labels, len(vocabulary) + 1, l2)
    return w[0], {f: w[index[f]] for f in vocabulary}


def _score(bias: float, weights: dict[str, float], row: Sequence[str]) -> float:
    return bias + sum(weights.get(f, 0.0) for f in row)


# --- cross-validation ------------------------------------------------------------------


def folds(count: int, k: int = FOLDS, seed: int = SEED) -> list[int]:
    """The fold (0 to k - 1) of each of ``count`` examples: a seeded shuffle dealt round."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    fold = [0] * count
    for position, item in enumerate(order):
        fold[item] = position % k
    return fold


def out_of_fold(features: Sequence[Sequence[str]], labels: Sequence[bool], l2: float) -> list[float]:
    """Each example's log-odds from a model fitted on the other folds."""
    fold = folds(len(features))
    scores = [0.0] * len(features)
    for held in range(FOLDS):
        train = [i for i in range(len(features)) if fold[i] != held]
        bias, weights = fit([features[i] for i in train], [labels[i] for i in train], l2)
        for i in range(len(features)):
            if fold[i] == held:
                scores[i] = _score(bias, weights, features[i])
    return scores


def mean_log_loss(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """The mean log-loss of log-odds ``scores`` against ``labels``."""
    return sum(_log_loss(z, y) for z, y in zip(scores, labels, strict=True)) / len(labels)


def _standard_error(values: Sequence[float]) -> float:
    mean = sum(values) / len(values)
    variance = sum((v - mean) ** 2 for v in values) / max(len(values) - 1, 1)
    return math.sqrt(variance / len(values))


def rule_evidence(record: dict[str, Any]) -> tuple[float, float, float, float]:
    """From the rules' record: (log-odds added when they flag, when they do
    not, rate they flag administrative questions, rate they flag others),
    each rate with one added to each count (Laplace)."""
    hit_admin = (record["administrative_flagged"] + 1) / (
        record["administrative_flagged"] + record["administrative_passed"] + 2
    )
    hit_other = (record["other_flagged"] + 1) / (record["other_flagged"] + record["other_passed"] + 2)
    flagged = math.log(hit_admin / hit_other)
    passed = math.log((1 - hit_admin) / (1 - hit_other))
    return flagged, passed, hit_admin, hit_other


def expected_figures(
    scores: Sequence[float],
    labels: Sequence[bool],
    weight_model: float,
    added: tuple[float, float],
    rates: tuple[float, float],
    threshold: float,
) -> tuple[float, float]:
    """Expected (accuracy, F1) of ``weight_model`` * score + the rules' added
    log-odds (``added`` = when flagged, when not) >= ``threshold``, the rules
    flagging an administrative question at ``rates[0]`` and another at ``rates[1]``."""
    tp = fp = fn = tn = 0.0
    for z, y in zip(scores, labels, strict=True):
        rate = rates[0] if y else rates[1]
        yes = rate * (weight_model * z + added[0] >= threshold)
        yes += (1 - rate) * (weight_model * z + added[1] >= threshold)
        if y:
            tp, fn = tp + yes, fn + 1 - yes
        else:
            fp, tn = fp + yes, tn + 1 - yes
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return (tp + tn) / len(labels), f1


def choose_decision(
    scores: Sequence[float], labels: Sequence[bool], record: dict[str, Any]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The decision rule with the best expected accuracy (then F1, then the
    threshold nearest 0), and every candidate's figures."""
    flagged, passed, hit_admin, hit_other = rule_evidence(record)
    rates = (hit_admin, hit_other)
    candidates: list[dict[str, Any]] = [
        {"rule": "rules", "model_weight": 0.0, "rule_flagged": 1.0, "rule_passed": -1.0, "threshold": 0.0}
    ]
    for threshold in THRESHOLDS:
        candidates.append(
            {
                "rule": "model",
                "model_weight": 1.0,
                "rule_flagged": 0.0,
                "rule_passed": 0.0,
                "threshold": threshold,
            }
        )
        candidates.append(
            {
                "rule": "model+rules",
                "model_weight": 1.0,
                "rule_flagged": round(flagged, DIGITS),
                "rule_passed": round(passed, DIGITS),
                "threshold": threshold,
            }
        )
    for c in candidates:
        added = (c["rule_flagged"], c["rule_passed"])
        c["accuracy"], c["f1"] = expected_figures(
            scores, labels, c["model_weight"], added, rates, c["threshold"]
        )
    best = max(candidates, key=lambda c: (round(c["accuracy"], 9), round(c["f1"], 9), -abs(c["threshold"])))
    return best, candidates


def _best_per_rule(candidates: Sequence[dict[str, Any]]) -> dict[str, dict[str, float]]:
    best: dict[str, dict[str, float]] = {}
    for c in candidates:
        mine = best.get(c["rule"])
        if mine is None or (c["accuracy"], c["f1"]) > (mine["accuracy"], mine["f1"]):
            best[c["rule"]] = {k: round(c[k], 4) for k in ("accuracy", "f1", "threshold")}
    return best


# --- training ----------------------------------------------------------------------------


def train(corpus: Path = CORPUS, *, options: dict[str, Any] | None = None, log: Any = None) -> dict[str, Any]:
    """The model file's content, fitted on ``corpus``.

    With ``options`` (``{"l2", "char_ngrams"}``) the regularisation is taken as
    given and the decision rule is still chosen by cross-validation of that
    setting; without, both are chosen by cross-validation. ``log`` receives
    progress lines. Raises ValueError when the corpus holds no rows.
    """
    rows = training_rows(corpus)
    labels = [label for _, label in rows]
    record = lexicon_data()["model"]["rule_record"]
    grid = (
        [(float(options["l2"]), int(options["char_ngrams"]))]
        if options
        else [(l2, n) for n in CHAR_NGRAM_GRID for l2 in L2_GRID]
    )
    tried = []
    for l2, char_ngrams in grid:
        features = examples(rows, char_ngrams)
        scores = out_of_fold(features, labels, l2)
        losses = [_log_loss(z, y) for z, y in zip(scores, labels, strict=True)]
        tried.append((sum(losses) / len(losses), _standard_error(losses), l2, char_ngrams, scores, features))
        if log:
            log(f"l2 {l2:<4} char_ngrams {char_ngrams}: cross-validated log-loss {tried[-1][0]:.4f}")
    lowest = min(tried, key=lambda t: t[0])
    within = [t for t in tried if t[0] <= lowest[0] + lowest[1]]
    loss, _se, l2, char_ngrams, scores, features = min(within, key=lambda t: (t[3], -t[2]))
    if log:
        log(f"lowest {lowest[0]:.4f}, standard error {lowest[1]:.4f}: l2 {l2}, char_ngrams {char_ngrams}")
    decision, candidates = choose_decision(scores, labels, record)
    model_alone = [z >= 0 for z in scores]
    bias, weights = fit(features, labels, l2)
    return {
        "about": "Questions-to-ask checker, learned half; retrain with python -m roundtwo.read.ask_train",
        "trained_on": [*(p.name for p in corpus_files(corpus)), "asks.yaml (suggestions)"],
        "rows": len(rows),
        "corpus_sha256": corpus_digest(rows),
        "features_sha256": fingerprint(),
        "feature_version": FEATURE_VERSION,
        "options": {"l2": l2, "char_ngrams": char_ngrams, "folds": FOLDS, "seed": SEED},
        "cross_validation": {
            "log_loss": round(loss, 4),
            "lowest_log_loss": round(lowest[0], 4),
            "standard_error": round(lowest[1], 4),
            "model_alone_at_0": {
                "accuracy": round(
                    sum(p == y for p, y in zip(model_alone, labels, strict=True)) / len(rows), 4
                ),
                "f1": round(_f1(model_alone, labels), 4),
            },
            "expected_by_rule": _best_per_rule(candidates),
        },
        "decision": {
            "rule": decision["rule"],
            "model_weight": decision["model_weight"],
            "rule_flagged": decision["rule_flagged"],
            "rule_passed": decision["rule_passed"],
            "threshold": decision["threshold"],
        },
        "bias": round(bias, DIGITS),
        "weights": {f: round(w, DIGITS) for f, w in sorted(weights.items())},
    }


def _f1(predicted: Sequence[bool], labels: Sequence[bool]) -> float:
    tp = sum(p and y for p, y in zip(predicted, labels, strict=True))
    wrong = sum(p != y for p, y in zip(predicted, labels, strict=True))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def dumps(model: dict[str, Any]) -> str:
    """The model file's text: sorted keys, one entry a line."""
    return json.dumps(model, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m roundtwo.read.ask_train", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.jsonl (default corpus/asks)")
    parser.add_argument("--out", type=Path, default=OUT, help="model file to write")
    parser.add_argument("--check", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(argv)
    model = train(args.corpus, log=lambda line: print(line, file=sys.stderr))
    print(json.dumps({k: model[k] for k in ("rows", "options", "cross_validation", "decision")}, indent=1))
    if not args.check:
        args.out.write_text(dumps(model), encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
