"""Scores from 0 to 100: the answer overall and the four attributes interviewers assess.

The overall score is a linear rating model (1 poor to 5 excellent) over
answer features: STAR parts, own actions, measured results, concision,
fluency, relevance, the category's demands. Its weights live in
``content/models/score.json`` (learned from the corpus, shrunk toward the
hand-set ``score_prior.json``). The four attributes are transparent blends of
the same findings, each with the evidence that moved it.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

from roundtwo.coach.categories import demands_in, first_with
from roundtwo.coach.fluency import per_minute
from roundtwo.coach.reading import Reading
from roundtwo.content.figures import figure

_OWN_PAST = re.compile(
    r"\bi\s+(?:\w+ly\s+|also\s+|then\s+|first\s+)?(?:\w+ed|[a-z]+t|ran|led|met|made|wrote|took|gave|told|sat|set|put|got|went|built|brought|drove|spoke|chose)\b",
)
# A capitalised word inside a sentence: a named person, product, place or tool.
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:[A-Z][a-z]+)*\b")
ATTRIBUTES = ("cultural_fit", "problem_solving", "motivation", "communication")
FEATURES = (
    "situation",
    "task",
    "action",
    "result",
    "actions",
    "own_actions",
    "we_only",
    "metrics",
    "result_metrics",
    "vague_result",
    "short",
    "long",
    "fillers",
    "hedges",
    "other",
    "claims",
    "weak_motive",
    "hypothetical",
    "relevance",
    "demands",
    "lesson",
    "reasons",
    "density",
    "i_ratio",
    "long_sentences",
    "own_story",
    "applied",
    "background",
    "action_share",
    "metrics_outside",
    "names",
)


@functools.cache
def rating_model() -> dict[str, Any]:
    """``{"intercept", "weights"}`` from score.json, else from score_prior.json."""
    models = resources.files("roundtwo.content").joinpath("models")
    for name in ("score.json", "score_prior.json"):
        path = models.joinpath(name)
        if path.is_file():
            data = json.loads(path.read_text("utf-8"))
            return {"intercept": float(data["intercept"]), "weights": data["weights"]}
    return {"intercept": 3.0, "weights": {}}


def _clip(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return max(low, min(high, value))


def _share_of_words(reading: Reading, parts: set[str | None]) -> float:
    total = sum(len(s.text.split()) for s in reading.sentences)
    inside = sum(len(s.text.split()) for s in reading.sentences if s.star in parts)
    return inside / total if total else 0.0


def answer_features(reading: Reading) -> dict[str, float]:
    """The rating model's inputs, each scaled to about 0..1 (see FEATURES)."""
    sentences = reading.sentences
    total = max(1, len(sentences))
    parts = {s.star for s in sentences}
    own = reading.ownership
    i_actions, we_actions = own["i_actions"], own["we_actions"]
    words = reading.word_count
    concise = figure("answer_concise_words")
    hedges_per_100 = 100.0 * len(reading.hedges) / words if words else 0.0
    result_metrics = reading.metrics_in_part("R")
    weak = reading.weak_motives if reading.category in {"motivation", "culture", None} else []
    met = [d.met for d in reading.demands]
    lesson = any("lesson" in demands_in(s.text) for s in sentences if s.star in {"R", None})
    long_words = figure("sentence_long_words").low
    return {
        "situation": float("S" in parts),
        "task": float("T" in parts),
        "action": float("A" in parts),
        "result": float("R" in parts),
        "actions": min(len(reading.part("A")), 4) / 4,
        "own_actions": i_actions / (i_actions + we_actions) if i_actions + we_actions else 0.0,
        "we_only": float(we_actions > 0 and i_actions == 0),
        "metrics": min(len(reading.metrics), 6) / 6,
        "result_metrics": min(len(result_metrics), 3) / 3,
        "vague_result": float("R" in parts and not result_metrics),
        "short": _clip((concise.low - words) / concise.low),
        "long": _clip((words - concise.high) / 250),
        "fillers": _clip(per_minute(len(reading.fillers), words) / figure("fillers_hesitant_per_minute").low),
        "hedges": _clip(hedges_per_100 / 3),
        "other": len(reading.part(None)) / total,
        "claims": min(len(reading.claims), 2) / 2,
        "weak_motive": min(len(weak), 2) / 2,
        "hypothetical": _clip(2 * len(reading.hypothetical_sentences) / total)
        if reading.behavioural
        else 0.0,
        "relevance": reading.relevance.score,
        "demands": sum(met) / len(met) if met else 1.0,
        "lesson": float(lesson),
        "reasons": min(sum("justification" in demands_in(s.text) for s in sentences), 3) / 3,
        "density": _clip(100.0 * len(reading.metrics) / words / 3) if words else 0.0,
        "i_ratio": own["ratio"],
        "long_sentences": sum(1 for s in sentences if len(s.text.split()) > long_words) / total,
        "own_story": min(sum(1 for s in reading.part("A") if _OWN_PAST.search(s.text.lower())), 3) / 3,
        "background": _share_of_words(reading, {"S", None}),
        "action_share": _share_of_words(reading, {"A"}),
        "metrics_outside": 1
        - (len(reading.metrics_in_part("A")) + len(result_metrics)) / len(reading.metrics)
        if reading.metrics
        else 0.0,
        "names": min(len(set(_NAME.findall(reading.text))), 5) / 5,
        "applied": float(any("applied_since" in demands_in(s.text) for s in reading.part("R"))),
    }


def predict_rating(features: dict[str, float]) -> float:
    """The rating model's estimate, 1 (poor) to 5 (excellent), unclipped."""
    model = rating_model()
    weights = model["weights"]
    return model["intercept"] + sum(float(weights.get(k, 0.0)) * v for k, v in features.items())


def overall_score(features: dict[str, float]) -> int:
    """The overall score, 0 to 100: the predicted rating mapped from 1..5."""
    return round(100 * _clip((predict_rating(features) - 1) / 4))


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= limit else f'"{text[: limit - 3].rstrip()}..."'


def _first_matching(reading: Reading, kind: str, parts: str = "STARO") -> str:
    return first_with(kind, reading.sentences, parts)


def score_attributes(reading: Reading, f: dict[str, float]) -> tuple[dict[str, int], dict[str, list[str]]]:
    """The four attributes (0..100) and, for each, short reasons quoting the answer."""
    evidence: dict[str, list[str]] = {name: [] for name in ATTRIBUTES}
    structure = (f["situation"] + f["task"] + f["action"] + f["result"]) / 4
    concision = 1 - max(f["short"], f["long"])
    fluency = 1 - 0.7 * f["fillers"] - 0.3 * f["hedges"]
    communication = 0.3 * structure + 0.25 * concision + 0.25 * fluency + 0.2 * (1 - f["other"])
    missing = [
        name
        for key, name in (("S", "situation"), ("T", "task"), ("A", "action"), ("R", "result"))
        if not reading.part(key)
    ]
    evidence["communication"].append(
        f"STAR parts missing: {', '.join(missing)}" if missing else "complete STAR structure"
    )
    evidence["communication"].append(
        f"{reading.word_count} words, about {round(reading.speaking_seconds)} seconds spoken"
    )
    if reading.fillers:
        sample = ", ".join(sorted({s.text.lower() for s in reading.fillers})[:4])
        evidence["communication"].append(f"{len(reading.fillers)} filler(s): {sample}")

    reasons = _first_matching(reading, "justification", "AT")
    tradeoff = _first_matching(reading, "tradeoffs", "AR")
    problem = (
        0.3 * f["actions"]
        + 0.2 * f["reasons"]
        + 0.15 * f["result"]
        + 0.2 * (f["result_metrics"] or 0.5 * f["metrics"])
        + 0.15 * (f["own_actions"] if reading.behavioural else f["actions"])
        + (0.05 if tradeoff else 0.0)
        - 0.2 * f["hypothetical"]
    )
    actions = reading.part("A")
    if actions:
        evidence["problem_solving"].append(f"action: {_quote(actions[0].text)}")
    if reasons:
        evidence["problem_solving"].append(f"reasoning: {_quote(reasons)}")
    if reading.metrics_in_part("R"):
        evidence["problem_solving"].append(f"measured result: {_quote(reading.metrics_in_part('R')[0].text)}")
    elif reading.part("R"):
        evidence["problem_solving"].append(f"result without a number: {_quote(reading.part('R')[0].text)}")

    interest = _first_matching(reading, "company_interest")
    initiative = any(s.star in {"A", "T"} and " i " in f" {s.text.lower()} " for s in reading.sentences)
    motivation = (
        0.35
        + 0.25 * f["own_actions"]
        + 0.15 * float(initiative)
        + (0.15 if interest else 0.0)
        + 0.1 * f["lesson"]
        + 0.1 * f["relevance"]
        - 0.45 * f["weak_motive"]
        - 0.15 * f["claims"]
        - 0.15 * f["hypothetical"]
    )
    if interest:
        evidence["motivation"].append(f"interest in the company: {_quote(interest)}")
    for span in reading.weak_motives[:2]:
        if f["weak_motive"]:
            evidence["motivation"].append(f"motive interviewers mark down: {_quote(span.text)}")
    if reading.ownership["i_actions"]:
        evidence["motivation"].append(f"{int(reading.ownership['i_actions'])} action(s) in the first person")

    collaboration = _first_matching(reading, "resolution", "ATR")
    stakeholders = _first_matching(reading, "stakeholders", "SATR")
    blame = _first_matching(reading, "blame")
    lesson = _first_matching(reading, "lesson", "RO")
    culture = (
        0.4
        + (0.2 if collaboration else 0.0)
        + (0.1 if stakeholders else 0.0)
        + 0.15 * f["lesson"]
        + 0.15 * f["relevance"]
        - (0.25 if blame else 0.0)
        - 0.2 * f["claims"]
        - 0.1 * f["weak_motive"]
    )
    if collaboration:
        evidence["cultural_fit"].append(f"works with others: {_quote(collaboration)}")
    if lesson:
        evidence["cultural_fit"].append(f"reflects: {_quote(lesson)}")
    if blame:
        evidence["cultural_fit"].append(f"blames others: {_quote(blame)}")
    for span in reading.claims[:1]:
        evidence["cultural_fit"].append(f"claim without an example: {_quote(span.text)}")

    values = {
        "cultural_fit": culture,
        "problem_solving": problem,
        "motivation": motivation,
        "communication": communication,
    }
    return {k: round(100 * _clip(v)) for k, v in values.items()}, evidence
