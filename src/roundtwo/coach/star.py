"""Label each sentence Situation, Task, Action, Result or none of them.

A logistic regression over sentence features (weights in
``content/models/star.json``, retrained by ``python -m roundtwo.coach.train``)
gives each label a probability; a Viterbi pass over label transitions keeps the
sequence plausible (a result rarely precedes its situation). Without the
weights file, cue-phrase rules take over.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from importlib import resources

from roundtwo.coach.classifier import SoftmaxModel
from roundtwo.coach.features import content_words, metrics_in, question_kind, sentence_features_with_cues
from roundtwo.coach.records import Metric, Sentence, Span

LABELS = ("S", "T", "A", "R", "O")
PARTS = ("S", "T", "A", "R")
MODEL_FILE = "star.json"
#: The features a sentence borrows from its neighbours: their cue groups, reasons and first word.
_BORROWED = ("cue=", "cause", "f1=")


@functools.cache
def load_model() -> SoftmaxModel | None:
    """The trained sentence model, or None when no weights file ships."""
    path = resources.files("roundtwo.content").joinpath("models", MODEL_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    return SoftmaxModel(
        labels=list(data["labels"]),
        weights={name: list(row) for name, row in data["weights"].items()},
        transitions=[list(row) for row in data.get("transitions", [])],
        transition_weight=float(data.get("transition_weight", 0.0)),
    )


def features_for(
    text: str,
    spans: Sequence[Span],
    metrics: Sequence[Metric],
    question: str | None,
    category: str | None,
) -> list[list[str]]:
    """The feature lists of every sentence span of ``text`` (see features.py)."""
    question_words = frozenset(content_words(question or ""))
    kind = question_kind(question)
    total = len(spans)
    own = [
        sentence_features_with_cues(
            span.text,
            index,
            total,
            metrics=metrics_in(span, metrics),
            question_words=question_words,
            category=category,
            question_kind=kind,
        )
        for index, span in enumerate(spans)
    ]
    out = []
    for index, (feats, _) in enumerate(own):
        # the telling features of the neighbours, marked p: (previous) and n: (next)
        before = own[index - 1][1] if index else ()
        after = own[index + 1][1] if index + 1 < total else ()
        extra = ["p:" + f for f in before if f.startswith(_BORROWED)] if index else ["p:none"]
        extra += ["n:" + f for f in after if f.startswith(_BORROWED)] if index + 1 < total else ["n:none"]
        out.append(feats + extra)
    return out


def _rule_label(features: Sequence[str]) -> str:
    """Fallback: the strongest cue group, with action verbs and metrics as tie-breakers."""
    score = dict.fromkeys(LABELS, 0.0)
    cues = {"situation": "S", "task": "T", "action": "A", "result": "R", "other": "O"}
    for name in features:
        if name.startswith("cue="):
            score[cues[name[4:]]] += 1.0
        elif name in {"sv=i_action", "sv=we_action"}:
            score["A"] += 1.0
        elif name == "tense=past" and "f1=i" in features:
            score["A"] += 0.5
        elif name in {"metric=change", "result_verb"}:
            score["R"] += 0.75
        elif name in {"sv=i_state", "sv=we_state"}:
            score["S"] += 0.5
    label = max(LABELS, key=lambda k: (score[k], k == "A"))
    return label if score[label] > 0 else "S"


def label_sentences(
    text: str,
    spans: Sequence[Span],
    metrics: Sequence[Metric],
    question: str | None = None,
    category: str | None = None,
) -> list[Sentence]:
    """Sentences with their STAR part ("S", "T", "A", "R", or None for other).

    ``spans`` come from :func:`roundtwo.coach.sentences.split_sentences`,
    ``metrics`` from :func:`roundtwo.coach.metrics.find_metrics`. No spans
    give ``[]``.
    """
    feats = features_for(text, spans, metrics, question, category)
    model = load_model()
    labels = model.decode(feats) if model else [_rule_label(f) for f in feats]
    return [
        Sentence(span.start, span.end, span.text, None if label == "O" else label)
        for span, label in zip(spans, labels, strict=True)
    ]


def parts_present(sentences: Sequence[Sentence]) -> dict[str, bool]:
    """Which STAR parts at least one sentence holds."""
    found = {s.star for s in sentences}
    return {part: part in found for part in PARTS}
