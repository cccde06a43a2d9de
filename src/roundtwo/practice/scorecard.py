"""The scorecard of a mock interview: how it went, what each interviewer heard, what to fix first.

Built from the session's state alone, so a resumed session scores the same.
Scores are the answer reader's (0-100); a presentation scores on its
structure and timing instead. The overall score averages the main answers
(the questions and the presentation) with a skipped one counting 0; the
four attributes average the answered ones. Follow-up answers do not score on
their own: they count where they add what the main answer lacked (a measured
result given when probed counts towards measured impact).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from statistics import fmean
from typing import Any

from roundtwo.practice.personas import Persona, kind_attributes
from roundtwo.practice.probes import told_as_hypothetical
from roundtwo.practice.reasoning import quote

ATTRIBUTES = ("cultural_fit", "problem_solving", "motivation", "communication")
ATTRIBUTE_LABELS = {
    "cultural_fit": "cultural fit",
    "problem_solving": "problem solving",
    "motivation": "motivation and drive",
    "communication": "communication",
}
# What a follow-up pressed for, as an impression says it.
PROBE_LABELS = {
    "hypothetical": "a real example",
    "no_action": "what you did",
    "no_result": "the outcome",
    "no_metrics": "a number",
    "we_not_i": "your own part",
    "no_lesson": "the lesson",
    "unjustified_choice": "the reason behind a choice",
    "no_justification": "the reason behind a choice",
    "no_tradeoffs": "the trade-offs",
    "no_market": "the market view",
    "no_company_interest": "why this company",
    "no_situation": "the situation",
    "no_analysis": "the analysis",
    "no_recommendation": "a recommendation",
    "no_measures": "how success is measured",
    "no_risks": "the risks",
}
# Feedback kinds by how much fixing them matters in a second round, most first:
# a real example and the candidate's own actions, then results and reasons,
# then structure, then delivery.
_IMPORTANCE = (
    "hypothetical",
    "missing_action",
    "we_not_i",
    "missing_result",
    "no_recommendation",
    "unjustified_choice",
    "no_lesson",
    "no_ownership",
    "blame",
    "vague_result",
    "no_metrics",
    "no_justification",
    "no_tradeoffs",
    "no_analysis",
    "no_risks",
    "no_measures",
    "no_resolution",
    "no_company_interest",
    "no_market",
    "weak_motive",
    "off_topic",
    "unsupported_claim",
    "missing_situation",
    "missing_task",
    "no_situation",
    "timing_short",
    "timing_over",
    "too_short",
    "too_long",
    "no_validation",
    "no_options",
    "no_assumptions",
    "fillers",
    "hedges",
    "long_sentence",
    "off_story",
)
# Reader points on STAR parts: left out where STAR does not apply (a talk, a
# follow-up, a technical or situational answer, whose reasoning is checked).
_STAR_KINDS = frozenset(
    {"missing_situation", "missing_task", "missing_action", "missing_result", "vague_result"}
)
# Reader points a talk's own check replaces: its length (timed instead) and its figures (metrics part).
_TALK_KINDS = frozenset({"too_short", "too_long", "no_metrics"})
# A follow-up answers one point; of the reader's points it keeps those on delivery and ownership.
_FOLLOW_UP_KINDS = frozenset(
    {"we_not_i", "hypothetical", "blame", "unsupported_claim", "fillers", "hedges", "long_sentence"}
)
# A kind seen in more answers climbs this many places per extra answer.
_RECURRENCE = 3


def build_scorecard(state: Mapping[str, Any], cast: Sequence[Persona], *, unasked: int = 0) -> dict[str, Any]:
    """The scorecard of the session in ``state`` with interviewers ``cast``.

    Fields: ``overall`` and ``attributes`` (0-100), ``structure_share``
    (answered behavioural questions, the stories, holding all four STAR
    parts; None without stories), ``metrics_share`` (answered questions and
    presentations with a measured result, follow-ups included),
    ``impressions`` (one per interviewer), ``strengths``, ``improvements``
    (the three that matter most, quoting the answers) with their details,
    ``skipped``, ``probes``, ``weakest`` (the weakest story, restructured in
    STAR order), ``presentation`` and ``reasoning`` summaries where the
    format has them,
    ``question_scores`` (for spaced repetition), ``answered`` and
    ``unasked``. A session with no answers scores 0 with empty lists.
    """
    turns = list(state["turns"])
    mains = [t for t in turns if t["type"] != "follow_up"]
    answered = [t for t in mains if not t["skipped"]]
    stories = [t for t in answered if t["type"] == "question" and not t.get("reasoning")]
    follow_ups = _follow_ups_by_main(turns)
    measured = [t for t in answered if _has_metric(t, follow_ups.get(t["main"], []))]
    improvements = _improvements(answered)
    return {
        "overall": round(fmean(turn_score(t) for t in mains)) if mains else 0,
        "attributes": {
            a: round(fmean(t["analysis"]["attributes"][a] for t in answered)) if answered else 0
            for a in ATTRIBUTES
        },
        "structure_share": _share(sum(_complete(t) for t in stories), len(stories)) if stories else None,
        "metrics_share": _share(len(measured), len(answered)),
        "impressions": [_impression(i, p, turns, follow_ups) for i, p in enumerate(cast)],
        "strengths": _strengths(answered, stories, measured),
        "improvements": [item["text"] for item in improvements],
        "improvement_details": improvements,
        "skipped": [
            {"number": t["number"], "interviewer": t["interviewer"], "type": t["type"], "text": t["text"]}
            for t in turns
            if t["skipped"]
        ],
        "probes": [
            {"number": t["number"], "interviewer": t["interviewer"], "reason": t["reason"], "text": t["text"]}
            for t in turns
            if t["type"] == "follow_up"
        ],
        "weakest": _weakest(stories),
        "presentation": next((t["presentation"] for t in answered if t.get("presentation")), None),
        "reasoning": _reasoning_summary(answered),
        "question_scores": {t["question_id"]: (None if t["skipped"] else turn_score(t)) for t in mains},
        "answered": len(answered),
        "asked": len(mains),
        "unasked": max(unasked, 0),
        "ended_early": bool(state.get("ended_early")),
    }


def _complete(turn: Mapping[str, Any]) -> bool:
    return all(turn["analysis"]["star"].values())


def _share(part: int, whole: int) -> float:
    return round(part / whole, 2) if whole else 0.0


def _follow_ups_by_main(turns: Sequence[Mapping[str, Any]]) -> dict[int, list[Mapping[str, Any]]]:
    grouped: dict[int, list[Mapping[str, Any]]] = {}
    for t in turns:
        if t["type"] == "follow_up":
            grouped.setdefault(t["main"], []).append(t)
    return grouped


def _has_metric(turn: Mapping[str, Any], follow_ups: Sequence[Mapping[str, Any]]) -> bool:
    return any(t["analysis"] and t["analysis"]["metrics"] for t in [turn, *follow_ups])


def turn_feedback(turn: Mapping[str, Any]) -> list[dict[str, str]]:
    """The coaching points on one turn that fit its type, most important first.

    A story's points are the reader's. A presentation's are its structure
    and timing check's, then the reader's other than those on STAR parts,
    length and figures (a talk is not a STAR story; the clock and the
    metrics part judge the rest). A technical or situational answer (one
    with a reasoning check) drops the STAR points and adds its reasoning
    points. A follow-up answers one point,
    so it keeps only the reader's points on delivery and ownership. The
    reader's "hypothetical" point is dropped when the answer tells real
    actions of the speaker's more often. A skipped turn gives ``[]``.
    """
    analysis = turn.get("analysis")
    if not analysis:
        return []
    real_story = not _hypothetical(turn)
    items = [dict(i) for i in analysis["feedback"] if not (real_story and i["kind"] == "hypothetical")]
    if turn["type"] == "follow_up":
        return [i for i in items if i["kind"] in _FOLLOW_UP_KINDS]
    if turn.get("presentation"):
        kept = [i for i in items if i["kind"] not in _STAR_KINDS | _TALK_KINDS]
        return [dict(i) for i in turn["presentation"]["feedback"]] + kept
    if turn.get("reasoning"):
        kept = [i for i in items if i["kind"] not in _STAR_KINDS]
        return kept + [dict(i) for i in turn["reasoning"]["feedback"]]
    return items


def turn_score(turn: Mapping[str, Any]) -> int:
    """The score a turn counts for: 0 when skipped, a presentation's structure
    score, otherwise the answer reader's."""
    if turn["skipped"]:
        return 0
    if turn.get("presentation"):
        return int(turn["presentation"]["score"])
    return int(turn["analysis"]["score"])


def _asked(turn: Mapping[str, Any]) -> str:
    return f'"{_clip(turn["text"], 10)}"'


def _clip(text: str, words: int = 14) -> str:
    # A quote set inside a sentence of ours: cut short, without its closing stop.
    return quote(text, words).rstrip(".!?,;: ")


def _improvements(answered: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    found: dict[str, list[tuple[Mapping[str, Any], Mapping[str, str]]]] = {}
    for turn in answered:
        seen = set()
        for item in turn_feedback(turn):
            if item["kind"] == "strength" or item["kind"] in seen:
                continue
            seen.add(item["kind"])
            found.setdefault(item["kind"], []).append((turn, item))
    rank = {kind: i for i, kind in enumerate(_IMPORTANCE)}

    def _order(kind: str) -> tuple[int, str]:
        return rank.get(kind, len(_IMPORTANCE)) - _RECURRENCE * (len(found[kind]) - 1), kind

    chosen = []
    for kind in sorted(found, key=_order)[:3]:
        turn, point = next(((t, i) for t, i in found[kind] if i["evidence"]), found[kind][0])
        if point["evidence"]:
            said = f'you said "{_clip(point["evidence"])}"'
        else:
            said = f'your answer began "{_clip(turn["answer"])}"'
        count = len(found[kind])
        times = f"In {count} of {len(answered)} answers: " if count > 1 else ""
        chosen.append(
            {
                "kind": kind,
                "count": count,
                "question": turn["text"],
                "evidence": point["evidence"],
                "text": f"{times}{point['message']} (Asked {_asked(turn)}, {said}.)",
            }
        )
    return chosen


def _strengths(
    answered: Sequence[Mapping[str, Any]],
    stories: Sequence[Mapping[str, Any]],
    measured: Sequence[Mapping[str, Any]],
) -> list[str]:
    notes = []
    best_first = sorted(answered, key=lambda t: (-turn_score(t), t["number"]))
    figures = [(t, e) for t in best_first for e in _strength_quotes(t) if e in _metric_texts(t)]
    if figures:
        notes.append(f'A measured result ("{figures[0][1]}") in your answer to {_asked(figures[0][0])}.')
    actions = [
        e
        for t in best_first
        if not _hypothetical(t)
        for e in _strength_quotes(t)
        if e not in _metric_texts(t)
    ]
    if actions:
        notes.append(f'Your own actions come through: "{_clip(actions[0])}".')
    complete = sum(_complete(t) for t in stories)
    if stories and complete * 2 >= len(stories):
        notes.append(f"Complete STAR structure in {complete} of {len(stories)} stories.")
    if answered and len(measured) * 2 >= len(answered) and not any(n.startswith("A measured") for n in notes):
        notes.append(f"Measured results in {len(measured)} of {len(answered)} answers.")
    for turn in answered:
        check = turn.get("presentation")
        if check and not check["missing"]:
            notes.append("Your presentation covered situation, analysis, recommendation, metrics and risks.")
        reasoning = turn.get("reasoning")
        if reasoning and reasoning["choices"] and all(c["justified"] for c in reasoning["choices"]):
            notes.append(f"Every choice you stated in {_asked(turn)} came with its reason.")
            break
    if answered:
        means = {a: fmean(t["analysis"]["attributes"][a] for t in answered) for a in ATTRIBUTES}
        best = max(ATTRIBUTES, key=lambda a: means[a])
        if means[best] >= 70:
            notes.append(f"Strong {ATTRIBUTE_LABELS[best]} ({round(means[best])}).")
    return notes[:3]


def _hypothetical(turn: Mapping[str, Any]) -> bool:
    analysis = turn["analysis"]
    return told_as_hypothetical({i["kind"] for i in analysis["feedback"]}, analysis["ownership"])


def _strength_quotes(turn: Mapping[str, Any]) -> list[str]:
    return [i["evidence"] for i in turn["analysis"]["feedback"] if i["kind"] == "strength" and i["evidence"]]


def _metric_texts(turn: Mapping[str, Any]) -> set[str]:
    return {m["text"] for m in turn["analysis"]["metrics"]}


def _impression(
    seat: int,
    persona: Persona,
    turns: Sequence[Mapping[str, Any]],
    follow_ups: Mapping[int, Sequence[Mapping[str, Any]]],
) -> dict[str, Any]:
    own = [t for t in turns if t["type"] != "follow_up" and t["interviewer_index"] == seat]
    answered = [t for t in own if not t["skipped"]]
    probes = [t for t in turns if t["type"] == "follow_up" and t["interviewer_index"] == seat]
    notes = []
    if not own and not probes:
        notes.append("asked nothing this session")
    elif own and not answered:
        notes.append("heard no answers")
    if answered:
        if not any(_has_metric(t, follow_ups.get(t["main"], [])) for t in answered):
            notes.append("heard no measured results")
        elif all(_complete(t) and t["analysis"]["metrics"] for t in answered):
            notes.append("heard complete stories with measured results")
        if all(any(i["kind"] == "we_not_i" for i in t["analysis"]["feedback"]) for t in answered):
            notes.append("heard what the team did but not what you did")
        focus = kind_attributes(persona.kind)
        level = fmean(t["analysis"]["attributes"][a] for t in answered for a in focus)
        labels = " and ".join(ATTRIBUTE_LABELS[a] for a in focus)
        if level >= 70:
            notes.append(f"was convinced on {labels}")
        elif level < 50:
            notes.append(f"was not yet convinced on {labels}")
    skipped = sum(t["skipped"] for t in own)
    if skipped and answered:
        notes.append(f"had {skipped} question{'s' if skipped > 1 else ''} skipped")
    asked_for = list(dict.fromkeys(PROBE_LABELS.get(t["reason"], t["reason"]) for t in probes))
    if asked_for:
        notes.append(f"pressed for {_join(asked_for)}")
    if not notes:
        notes.append("heard solid answers")
    return {
        "interviewer": persona.name,
        "kind": persona.kind,
        "score": round(fmean(turn_score(t) for t in own)) if own else None,
        "focus": persona.focus,
        "text": f"{persona.label} {'; '.join(notes)}.",
    }


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _weakest(answered: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    if not answered:
        return None
    turn = min(answered, key=lambda t: (t["analysis"]["score"], t["number"]))
    return {
        "number": turn["number"],
        "question": turn["text"],
        "score": turn["analysis"]["score"],
        "restructured": turn["analysis"]["restructured"],
    }


def _reasoning_summary(answered: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    checks = [t["reasoning"] for t in answered if t.get("reasoning")]
    if not checks:
        return None
    choices = [c for check in checks for c in check["choices"]]
    missing: dict[str, int] = {}
    for check in checks:
        for name in check["missing"]:
            missing[name] = missing.get(name, 0) + 1
    return {
        "answers": len(checks),
        "choices": len(choices),
        "justified_share": _share(sum(c["justified"] for c in choices), len(choices)),
        "missing": missing,
    }
