"""Retrain the answer reader's learned weights from the labelled corpus.

    python -m roundtwo.coach.train [--corpus corpus/star] [--check]

Reads ``train-*.jsonl`` and ``own-*.jsonl`` (the format of the labeling guide),
fits the boundary model (where a spoken run-on starts a new sentence), the
sentence model (STAR labels) and the rating model (overall score), and writes
them to ``src/roundtwo/content/models/``. The same corpus gives the
same files, byte for byte. ``--check`` also reports cross-validated accuracy
and the figures on ``test-*.jsonl``, without writing anything.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from roundtwo.coach import boundaries, star
from roundtwo.coach.classifier import SoftmaxModel, fit_transitions, train_softmax
from roundtwo.coach.metrics import find_metrics
from roundtwo.coach.reading import read_answer
from roundtwo.coach.scoring import FEATURES, answer_features
from roundtwo.coach.sentences import punctuated_spans, split_sentences
from roundtwo.coach.star import LABELS, features_for

REPO = Path(__file__).resolve().parents[3]
MODELS = Path(__file__).resolve().parents[1] / "content" / "models"
TRANSITION_WEIGHT = 0.6
FOLDS = 5
#: The sentence model is the average of this many runs in different shuffled orders.
SEEDS = 10
#: How strongly the learned rating weights are pulled toward score_prior.json.
RIDGE = 4.0
STAR_OPTIONS: dict[str, Any] = {"epochs": 25, "rate": 0.25, "l2": 1e-4, "min_count": 2, "seed": 0}
BOUNDARY_OPTIONS: dict[str, Any] = {"epochs": 10, "rate": 0.25, "l2": 1e-4, "min_count": 5, "seed": 0}
#: The boundary model learns from stretches without punctuation at least this long.
BOUNDARY_MIN_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


def read_items(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Every JSON object in the JSON Lines files ``paths``, in file then line order."""
    items: list[dict[str, Any]] = []
    for path in sorted(paths):
        with path.open(encoding="utf-8") as handle:
            items.extend(json.loads(line) for line in handle if line.strip())
    return items


def gold_spans(item: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, label) of each labelled sentence, found in order in the answer."""
    answer, pos, out = item["answer"], 0, []
    for sentence in item["sentences"]:
        start = answer.find(sentence["text"], pos)
        if start < 0:
            start = answer.find(sentence["text"])
        if start < 0:
            continue
        end = start + len(sentence["text"])
        out.append((start, end, sentence["star"] or "O"))
        pos = end
    return out


def projected_labels(spans: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int, str]]) -> list[str]:
    """The gold label overlapping each of our spans most ("O" when none does)."""
    labels = []
    for start, end in spans:
        best, label = 0, "O"
        for g_start, g_end, g_label in gold:
            overlap = min(end, g_end) - max(start, g_start)
            if overlap > best:
                best, label = overlap, g_label
        labels.append(label)
    return labels


def unpunctuated(item: dict[str, Any]) -> dict[str, Any]:
    """``item`` as a speech recogniser might give it: lower case, no full stops, same sentences.

    The corpus holds far more punctuated answers than transcripts; read this
    way they teach the boundary model where sentences start in speech.
    """
    texts = [_SENTENCE_END.sub("", s["text"]).lower().rstrip(" ,;") for s in item["sentences"]]
    sentences = [{"text": t, "star": s["star"]} for t, s in zip(texts, item["sentences"], strict=True)]
    return {**item, "answer": " ".join(texts), "sentences": sentences}


def boundary_examples(items: Sequence[dict[str, Any]]) -> list[tuple[list[str], str]]:
    """Gap examples from every long unpunctuated stretch of ``items``."""
    examples = []
    for item in items:
        text = item["answer"]
        starts = frozenset(start for start, _, _ in gold_spans(item))
        for span in punctuated_spans(text):
            if len(boundaries.words_in(text, span.start, span.end)) >= BOUNDARY_MIN_WORDS:
                examples.extend(boundaries.gap_examples(text, span.start, span.end, starts))
    return examples


def fit_boundaries(items: Sequence[dict[str, Any]]) -> SoftmaxModel:
    """The boundary model, trained on ``items`` and their unpunctuated copies (transcripts as they are)."""
    spoken = [unpunctuated(item) for item in items if item.get("style") != "transcript"]
    examples = boundary_examples([*items, *spoken])
    return train_softmax(examples, (boundaries.CUT, boundaries.JOIN), **BOUNDARY_OPTIONS)


@contextlib.contextmanager
def boundaries_from(model: SoftmaxModel) -> Iterator[None]:
    """Split sentences with ``model`` instead of the shipped boundary weights."""
    original = boundaries.load_model
    in_use = boundaries.BoundaryModel.from_softmax(model)
    boundaries.load_model = lambda: in_use  # type: ignore[assignment]
    try:
        yield
    finally:
        boundaries.load_model = original


def sentence_examples(items: Sequence[dict[str, Any]]) -> list[list[tuple[list[str], str]]]:
    """One list of (features, gold label) per answer, on the reader's own sentence split."""
    answers = []
    for item in items:
        text = item["answer"]
        spans = split_sentences(text)
        feats = features_for(text, spans, find_metrics(text), item.get("question"), item.get("category"))
        labels = projected_labels([(s.start, s.end) for s in spans], gold_spans(item))
        answers.append(list(zip(feats, labels, strict=True)))
    return answers


def fit_star(answers: Sequence[Sequence[tuple[list[str], str]]]) -> SoftmaxModel:
    """The sentence model with transitions, trained on ``answers``."""
    flat = [example for answer in answers for example in answer]
    models = [train_softmax(flat, LABELS, **{**STAR_OPTIONS, "seed": seed}) for seed in range(SEEDS)]
    model = average_models(models)
    model.transitions = fit_transitions([[label for _, label in a] for a in answers], LABELS)
    model.transition_weight = TRANSITION_WEIGHT
    return model


def average_models(models: Sequence[SoftmaxModel]) -> SoftmaxModel:
    """One model whose weights are the mean of ``models``' weights."""
    names = sorted({name for m in models for name in m.weights})
    n = len(models[0].labels)
    weights = {
        name: [sum(m.weights.get(name, [0.0] * n)[k] for m in models) / len(models) for k in range(n)]
        for name in names
    }
    return SoftmaxModel(labels=list(models[0].labels), weights=weights)


def sentence_accuracy(model: SoftmaxModel, answers: Sequence[Sequence[tuple[list[str], str]]]) -> float:
    """Share of sentences whose decoded label matches the gold label."""
    right = total = 0
    for answer in answers:
        predicted = model.decode([feats for feats, _ in answer])
        right += sum(p == g for p, (_, g) in zip(predicted, answer, strict=True))
        total += len(answer)
    return right / total if total else 0.0


def cross_validate(answers: Sequence[Sequence[tuple[list[str], str]]], folds: int = 5) -> float:
    """Mean sentence accuracy over ``folds`` interleaved folds."""
    scores = []
    for fold in range(folds):
        train = [a for i, a in enumerate(answers) if i % folds != fold]
        test = [a for i, a in enumerate(answers) if i % folds == fold]
        if train and test:
            scores.append(sentence_accuracy(fit_star(train), test))
    return sum(scores) / len(scores) if scores else 0.0


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve ``matrix @ x = vector`` by Gauss-Jordan elimination with partial pivoting."""
    n = len(vector)
    rows = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        lead = rows[col][col] or 1e-12
        rows[col] = [v / lead for v in rows[col]]
        for r in range(n):
            if r != col and rows[r][col]:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [row[n] for row in rows]


def fit_rating(
    features: Sequence[dict[str, float]],
    ratings: Sequence[float],
    prior: dict[str, Any],
    ridge: float = RIDGE,
) -> dict[str, Any]:
    """Linear rating weights by ridge regression shrunk toward ``prior`` (intercept free)."""
    names = list(FEATURES)
    n = len(names) + 1
    gram = [[0.0] * n for _ in range(n)]
    target = [0.0] * n
    for feats, rating in zip(features, ratings, strict=True):
        x = [1.0] + [feats[name] for name in names]
        for i in range(n):
            target[i] += x[i] * rating
            for j in range(n):
                gram[i][j] += x[i] * x[j]
    base = [float(prior["intercept"])] + [float(prior["weights"].get(k, 0.0)) for k in names]
    for i in range(1, n):
        gram[i][i] += ridge
        target[i] += ridge * base[i]
    solution = _solve(gram, target)
    return {
        "intercept": _round(solution[0]),
        "weights": {name: _round(w) for name, w in zip(names, solution[1:], strict=True)},
    }


def prior_rating() -> dict[str, Any]:
    """The hand-set rating weights in content/models/score_prior.json."""
    data = json.loads((MODELS / "score_prior.json").read_text(encoding="utf-8"))
    return {"intercept": data["intercept"], "weights": data["weights"]}


def rating_features(items: Sequence[dict[str, Any]], answers: Sequence[Any]) -> list[dict[str, float]]:
    """Answer features of each item, its sentences labelled by a model that never saw it."""
    out: list[dict[str, float] | None] = [None] * len(items)
    original = star.load_model
    try:
        for fold in range(FOLDS):
            train = [a for i, a in enumerate(answers) if i % FOLDS != fold]
            model = fit_star(train)
            star.load_model = lambda model=model: model  # type: ignore[assignment]
            for i, item in enumerate(items):
                if i % FOLDS == fold:
                    reading = read_answer(item["answer"], item.get("question"), item.get("category"))
                    out[i] = answer_features(reading)
    finally:
        star.load_model = original
    return [f for f in out if f is not None]


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman rank correlation (ties get their average rank)."""

    def ranks(values: Sequence[float]) -> list[float]:
        order = sorted(range(len(values)), key=lambda i: values[i])
        out = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for k in range(i, j + 1):
                out[order[k]] = (i + j) / 2
            i = j + 1
        return out

    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def _predict(model: dict[str, Any], feats: dict[str, float]) -> float:
    return model["intercept"] + sum(model["weights"][k] * v for k, v in feats.items())


def cross_validate_rating(
    features: Sequence[dict[str, float]], ratings: Sequence[float], ridge: float
) -> float:
    """Spearman of out-of-fold rating predictions against the gold ratings."""
    predictions = [0.0] * len(features)
    for fold in range(FOLDS):
        train = [i for i in range(len(features)) if i % FOLDS != fold]
        model = fit_rating([features[i] for i in train], [ratings[i] for i in train], prior_rating(), ridge)
        for i in range(len(features)):
            if i % FOLDS == fold:
                predictions[i] = _predict(model, features[i])
    return spearman(predictions, ratings)


def _round(value: float) -> float:
    return round(value, 4)


def _rounded_weights(model: SoftmaxModel) -> dict[str, list[float]]:
    """``model``'s weights rounded, near-zero features dropped."""
    return {
        name: [_round(w) for w in row]
        for name, row in sorted(model.weights.items())
        if max(abs(w) for w in row) >= 0.005
    }


def star_json(model: SoftmaxModel) -> dict[str, Any]:
    """The sentence model as JSON data."""
    return {
        "about": "STAR sentence model; retrain with python -m roundtwo.coach.train",
        "labels": model.labels,
        "transition_weight": model.transition_weight,
        "transitions": [[_round(p) for p in row] for row in model.transitions],
        "options": STAR_OPTIONS,
        "weights": _rounded_weights(model),
    }


def boundary_json(model: SoftmaxModel) -> dict[str, Any]:
    """The boundary model as JSON data."""
    return {
        "about": "sentence breaks in unpunctuated speech; retrain with python -m roundtwo.coach.train",
        "labels": model.labels,
        "options": BOUNDARY_OPTIONS,
        "weights": _rounded_weights(model),
    }


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus" / "star")
    parser.add_argument("--out", type=Path, default=MODELS, help="where to write star.json and score.json")
    parser.add_argument("--check", action="store_true", help="report accuracy, write nothing")
    args = parser.parse_args(argv)
    train_files = [*args.corpus.glob("train-*.jsonl"), *args.corpus.glob("own-*.jsonl")]
    if not train_files:
        print(f"no train-*.jsonl or own-*.jsonl in {args.corpus}", file=sys.stderr)
        return 1
    items = read_items(train_files)
    # the shipped weights are rounded: split the training answers as the reader will
    fitted = fit_boundaries(items)
    boundary_model = SoftmaxModel(labels=fitted.labels, weights=_rounded_weights(fitted))
    with boundaries_from(boundary_model):
        return _train(args, items, boundary_model)


def _train(args: argparse.Namespace, items: list[dict[str, Any]], boundary_model: SoftmaxModel) -> int:
    answers = sentence_examples(items)
    print(f"training on {len(items)} answers, {sum(len(a) for a in answers)} sentences")
    ratings = [float(item["rating"]) for item in items]
    features = rating_features(items, answers)
    if args.check:
        print(f"cross-validated sentence accuracy: {cross_validate(answers):.3f}")
        prior = prior_rating()
        print(f"prior rating spearman: {spearman([_predict(prior, f) for f in features], ratings):.3f}")
        for ridge in (0.5, 1.0, 2.0, 4.0, 8.0, 16.0):
            print(
                f"cross-validated rating spearman (ridge {ridge}): "
                f"{cross_validate_rating(features, ratings, ridge):.3f}"
            )
        tests = read_items(args.corpus.glob("test-*.jsonl"))
        if tests:
            model = fit_star(answers)
            print(f"test sentence accuracy: {sentence_accuracy(model, sentence_examples(tests)):.3f}")
        return 0
    _write(args.out / "boundaries.json", boundary_json(boundary_model))
    _write(args.out / "star.json", star_json(fit_star(answers)))
    rating = fit_rating(features, ratings, prior_rating())
    _write(
        args.out / "score.json",
        {"about": "rating model; retrain with python -m roundtwo.coach.train", "ridge": RIDGE, **rating},
    )
    print(f"wrote boundaries.json, star.json and score.json in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
