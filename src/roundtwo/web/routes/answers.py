"""The answer box: any question, any answer, the reader's analysis; and its JSON endpoint.

:func:`analysis_panel` turns an analysis into what the panel shows. The
template ``_analysis.html`` and ``static/analysis.js`` both render that same
data, so the page reads the same with and without JavaScript.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from roundtwo.coach import Analysis, analyze
from roundtwo.content.figures import figure
from roundtwo.errors import RoundtwoError
from roundtwo.services.stories import PART_LABELS
from roundtwo.web.routes._forms import read_form

router = APIRouter()

MAX_QUESTION_CHARS = 1_000
CATEGORY_LABELS = {
    "conflict": "Conflict",
    "priorities": "Competing priorities",
    "failure": "Failure and learning",
    "leadership": "Leadership",
    "teamwork": "Teamwork",
    "pressure": "Pressure",
    "technical": "Technical",
    "strategy": "Strategy",
    "motivation": "Motivation",
    "culture": "Culture",
}
ATTRIBUTE_LABELS = {
    "cultural_fit": "Cultural fit",
    "problem_solving": "Problem solving",
    "motivation": "Motivation and drive",
    "communication": "Communication",
}
#: Marks inside the text, strongest first: where spans overlap, the first kind wins.
_MARK_ORDER = ("metric", "filler", "hedge")


def _band(score: int) -> str:
    return "strong" if score >= 70 else "fair" if score >= 40 else "weak"


def _duration(seconds: float) -> str:
    whole = round(seconds)
    if whole < 60:
        return f"about {whole} s"
    minutes, rest = divmod(whole, 60)
    return f"about {minutes} min {rest} s" if rest else f"about {minutes} min"


def _segments(
    text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]
) -> list[dict[str, str]]:
    """``text[start:end]`` cut into plain and marked pieces; marks are (start, end, mark, title)."""
    pieces: list[dict[str, str]] = []
    at = start
    for m_start, m_end, mark, title in marks:
        m_start, m_end = max(m_start, start), min(m_end, end)
        if m_start < at or m_start >= m_end:
            continue
        if m_start > at:
            pieces.append({"text": text[at:m_start], "mark": "", "title": ""})
        pieces.append({"text": text[m_start:m_end], "mark": mark, "title": title})
        at = m_end
    if at < end:
        pieces.append({"text": text[at:end], "mark": "", "title": ""})
    return pieces


def _marks(analysis: Analysis) -> list[tuple[int, int, str, str]]:
    found = [(m.start, m.end, "metric", m.kind) for m in analysis.metrics]
    found += [(s.start, s.end, "filler", "filler") for s in analysis.fillers]
    found += [(s.start, s.end, "hedge", "hedge") for s in analysis.hedges]
    return sorted(found, key=lambda m: (m[0], _MARK_ORDER.index(m[2])))


def _ownership(own: dict[str, float]) -> dict[str, Any]:
    i_actions, we_actions = int(own.get("i_actions", 0)), int(own.get("we_actions", 0))
    if i_actions == 0 and we_actions == 0:
        message = "No actions told yet: say what you did."
    elif i_actions == 0:
        message = "Every action is told as “we”: say what you did yourself."
    elif we_actions > i_actions:
        message = "Mostly “we”: make your own part clearer."
    else:
        message = "Your own actions come through."
    return {
        "i": int(own.get("i", 0)),
        "we": int(own.get("we", 0)),
        "i_actions": i_actions,
        "we_actions": we_actions,
        "message": message,
    }


def analysis_panel(text: str, analysis: Analysis) -> dict[str, Any]:
    """What the analysis panel shows of ``analysis`` of ``text``, as JSON-ready data.

    Sentences come cut into pieces with metrics, fillers and hedges marked;
    labels and sentences are ready to display.
    """
    words = figure("answer_target_words")
    seconds = figure("answer_target_seconds")
    marks = _marks(analysis)
    parts = [
        {"key": k, "label": label, "present": bool(analysis.star.get(k))} for k, label in PART_LABELS.items()
    ]
    return {
        "score": analysis.score,
        "band": _band(analysis.score),
        "parts": parts,
        "missing": [p["label"] for p in parts if not p["present"]],
        "sentences": [
            {
                "star": s.star or "",
                "label": PART_LABELS.get(s.star or "", "Other"),
                "segments": _segments(text, s.start, s.end, marks),
            }
            for s in analysis.sentences
        ],
        "metrics": [{"text": m.text, "kind": m.kind} for m in analysis.metrics],
        "ownership": _ownership(analysis.ownership),
        "words": analysis.word_count,
        "speaking": _duration(analysis.speaking_seconds),
        "length": analysis.length,
        "target": f"aim for {round(words.low)}–{round(words.high)} words "
        f"({seconds.low / 60:g}–{seconds.high / 60:g} minutes)",
        "fillers": [s.text for s in analysis.fillers],
        "hedges": [s.text for s in analysis.hedges],
        "feedback": [f.to_dict() for f in analysis.feedback],
        "follow_up": analysis.follow_up,
        "attributes": [
            {"id": key, "label": ATTRIBUTE_LABELS.get(key, key), "value": value}
            for key, value in analysis.attributes.items()
        ],
        "restructured": analysis.restructured,
    }


async def read_json_object(request: Request) -> dict[str, Any]:
    """The request's JSON body, which must be an object; anything else is a 400 RoundtwoError."""
    try:
        payload = json.loads(await request.body())
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RoundtwoError(
            f"the request body is not valid JSON ({exc}).",
            hint='Send an object like {"answer": "...", "question": "...", "category": "conflict"}.',
        ) from None
    if not isinstance(payload, dict):
        raise RoundtwoError(
            f"the request body is a JSON {type(payload).__name__}, not an object.",
            hint='Send an object like {"answer": "...", "question": "...", "category": "conflict"}.',
        )
    return payload


def _optional_text(payload: dict[str, Any], name: str) -> str | None:
    value = payload.get(name)
    if value is not None and not isinstance(value, str):
        raise RoundtwoError(
            f'"{name}" must be text, not {type(value).__name__}.',
            hint=f'Send "{name}" as a string.',
            status=422,
            field=name,
        )
    return value


def _read(answer: str, question: str | None, category: str | None) -> Analysis:
    """The analysis, with every refusal a 422 naming its field."""
    if question and len(question) > MAX_QUESTION_CHARS:
        raise RoundtwoError(
            f"the question is {len(question):,} characters; the limit is {MAX_QUESTION_CHARS:,}.",
            hint="Give just the question the interviewer asks.",
            status=422,
            field="question",
        )
    try:
        return analyze(answer, question, category)
    except RoundtwoError as exc:
        raise RoundtwoError(exc.message, hint=exc.hint, status=422, field=exc.field) from None


@router.post("/api/analyze", name="analyze_answer")
async def analyze_answer(request: Request) -> JSONResponse:
    """``{"answer", "question", "category"}`` in; ``{"ok": true, "analysis", "panel"}`` out."""
    payload = await read_json_object(request)
    answer = _optional_text(payload, "answer") or ""
    analysis = _read(answer, _optional_text(payload, "question"), _optional_text(payload, "category"))
    return JSONResponse(
        {"ok": True, "analysis": analysis.to_dict(), "panel": analysis_panel(answer, analysis)}
    )


def _render(
    request: Request,
    values: dict[str, str],
    errors: dict[str, str],
    panel: dict[str, Any] | None,
    status: int = 200,
) -> HTMLResponse:
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request,
        "answer.html",
        {"values": values, "errors": errors, "panel": panel, "categories": CATEGORY_LABELS},
        status_code=status,
    )
    return response


@router.get("/answer", response_class=HTMLResponse, name="read_answer_box")
def read_answer_box(request: Request) -> HTMLResponse:
    return _render(request, {}, {}, None)


@router.post("/answer", response_class=HTMLResponse, name="check_answer")
async def check_answer(request: Request) -> HTMLResponse:
    """The no-JavaScript path: analyse the posted answer and show the page again with the panel.

    Nothing is stored, so the page answers directly instead of redirecting.
    """
    form, _ = await read_form(request)
    values = {name: form.get(name, "") for name in ("question", "category", "answer")}
    try:
        analysis = _read(values["answer"], values["question"].strip() or None, values["category"] or None)
    except RoundtwoError as exc:
        message = f"{exc.message[:1].upper()}{exc.message[1:]} {exc.hint or ''}".strip()
        return _render(request, values, {exc.field or "answer": message}, None, status=exc.status)
    return _render(request, values, {}, analysis_panel(values["answer"], analysis))
