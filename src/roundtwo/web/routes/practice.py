"""Mock interviews: the start form, the practice room, the scorecard and the history with its chart.

Every step is a form posted and redirected (303), so the room works without
JavaScript; ``static/practice.js`` only adds the timers. A refused answer
re-renders the room with the message beside the answer box and the text
kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy.orm import Session

from roundtwo.content.vocabulary import FORMATS
from roundtwo.errors import RoundtwoError, ValidationFailed
from roundtwo.plan.guide import format_label, kind_label
from roundtwo.practice.case import PARTS
from roundtwo.practice.scorecard import ATTRIBUTES, PROBE_LABELS, turn_feedback, turn_score
from roundtwo.services import clock, practice
from roundtwo.services.stories import PART_LABELS
from roundtwo.web.charts import Series, line_chart
from roundtwo.web.deps import SessionDep, SettingsDep
from roundtwo.web.page_cache import cached_page
from roundtwo.web.routes._forms import read_form
from roundtwo.web.routes.questions import role_labels

router = APIRouter(prefix="/practice")

ATTRIBUTE_LABELS = {
    "cultural_fit": "Cultural fit",
    "problem_solving": "Problem solving",
    "motivation": "Motivation and drive",
    "communication": "Communication",
}
TYPE_LABELS = {"question": "Question", "follow_up": "Follow-up", "presentation": "Presentation"}
FEEDBACK_LABELS = {"each": "Feedback after each answer", "end": "Feedback only at the end"}
TIMING_LABELS = {"short": "short", "on_time": "on time", "over": "over time"}
REASONING_LABELS = {
    "assumptions": "assumptions",
    "options": "options weighed",
    "tradeoffs": "trade-offs",
    "validation": "how to test it",
}
#: Feedback points shown per answer; the scorecard ranks the rest.
POINTS_PER_TURN = 3
_START_FIELDS = ("format", "role_family", "interview", "feedback", "seed")


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _message(exc: RoundtwoError) -> str:
    return f"{exc.message[:1].upper()}{exc.message[1:]} {exc.hint or ''}".strip()


def _whole_number(raw: str | None) -> int | None:
    text = (raw or "").strip()
    return int(text) if text.isdigit() and len(text) < 10 else None


def _band(score: int | None) -> str:
    if score is None:
        return "none"
    return "strong" if score >= 70 else "fair" if score >= 40 else "weak"


def turn_view(turn: Mapping[str, Any]) -> dict[str, Any]:
    """What the room and the scorecard show of one answered (or skipped) turn.

    Stories show their STAR parts; a presentation its five parts and timing;
    a technical or situational answer its reasoning; a follow-up whether it
    answered what was asked. ``points`` are the most important coaching
    points for the turn's type.
    """
    analysis = turn.get("analysis")
    score = None if turn["skipped"] else turn_score(turn)
    view: dict[str, Any] = {
        "number": turn["number"],
        "interviewer": turn["interviewer"],
        "kind": turn["kind"],
        "type": turn["type"],
        "type_label": TYPE_LABELS.get(turn["type"], turn["type"]),
        "text": turn["text"],
        "answer": turn["answer"],
        "skipped": turn["skipped"],
        "score": score,
        "band": _band(score),
        "parts": [],
        "presentation": None,
        "reasoning": None,
        "closed": None,
        "probe_reason": PROBE_LABELS.get(turn.get("reason") or "", turn.get("reason")),
        "points": [],
        "words": analysis["word_count"] if analysis else 0,
    }
    if not analysis:
        return view
    view["points"] = [p for p in turn_feedback(turn) if p["kind"] != "strength"][:POINTS_PER_TURN]
    check, reasoning = turn.get("presentation"), turn.get("reasoning")
    if turn["type"] == "follow_up":
        view["closed"] = turn.get("reason") in turn.get("closes", [])
    elif check:
        view["presentation"] = {
            "parts": [
                {"key": p, "label": p.capitalize(), "present": p not in check["missing"]} for p in PARTS
            ],
            "minutes": check["estimated_minutes"],
            "allotted": check["allotted_minutes"],
            "timing": TIMING_LABELS.get(check["timing"], check["timing"]),
        }
    elif reasoning:
        choices = reasoning["choices"]
        view["reasoning"] = {
            "choices": len(choices),
            "justified": sum(1 for c in choices if c["justified"]),
            "missing": [REASONING_LABELS.get(m, m) for m in reasoning["missing"]],
        }
    else:
        view["parts"] = [
            {"key": key, "label": label, "present": bool(analysis["star"].get(key))}
            for key, label in PART_LABELS.items()
        ]
    return view


# --- the start page ----------------------------------------------------------------


def _render_start(
    request: Request,
    session: Session,
    zone: str,
    values: Mapping[str, str],
    errors: Mapping[str, str],
    status: int = 200,
) -> HTMLResponse:
    sessions = practice.list_sessions(session)
    context: dict[str, Any] = {
        "values": values,
        "errors": errors,
        "formats": [(f, format_label(f)) for f in FORMATS],
        "roles": role_labels(),
        "interviews": practice.interview_choices(session),
        "feedback_labels": FEEDBACK_LABELS,
        "active": [s for s in sessions if s.resumable],
        "finished": [s for s in sessions if not s.resumable][:10],
        "zone": zone,
    }
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, "practice.html", context, status_code=status
    )
    return response


@router.get("", response_class=HTMLResponse, name="read_practice")
def read_practice(request: Request, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    params = request.query_params
    values = {name: params.get(name, "").strip() for name in _START_FIELDS}
    values["feedback"] = values["feedback"] or "each"
    return _render_start(request, session, clock.local_zone_name(settings), values, {})


@router.post("", name="create_practice")
async def create_practice(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    form, _ = await read_form(request)
    values = {name: form.get(name, "") for name in _START_FIELDS}
    try:
        data = practice.parse_start(form)
        record = practice.start_practice(session, data, clock.now())
    except ValidationFailed as exc:
        session.rollback()
        zone = clock.local_zone_name(settings)
        return _render_start(request, session, zone, values, exc.errors, status=422)
    return _see(f"/practice/{record.id}")


# --- history -----------------------------------------------------------------------


def _history_chart(points: list[practice.TrendPoint]) -> Markup:
    labels = [f"#{n}" for n in range(1, len(points) + 1)]
    series = [Series("Overall", [p.overall for p in points])]
    series += [Series(ATTRIBUTE_LABELS[a], [p.attributes[a] for p in points]) for a in ATTRIBUTES]
    if points:
        first, last = points[0], points[-1]
        description = (
            f"{len(points)} finished session{'s' if len(points) != 1 else ''}, oldest first. "
            f"Overall score went from {first.overall} to {last.overall}; "
            + "; ".join(
                f"{ATTRIBUTE_LABELS[a].lower()} from {first.attributes[a]} to {last.attributes[a]}"
                for a in ATTRIBUTES
            )
            + "."
        )
    else:
        description = "No finished sessions with answers yet."
    return line_chart(
        series,
        labels,
        title="Practice scores over sessions",
        description=description,
        chart_id="trend-chart",
        y_title="Score (0–100)",
        empty="Finish a session to see your trend.",
    )


@router.get("/history", response_class=HTMLResponse, name="read_practice_history")
def read_practice_history(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    def render() -> HTMLResponse:
        zone = clock.local_zone_name(settings)
        points = practice.history_trends(session)
        context = {
            "chart": _history_chart(points),
            "points": points,
            "attributes": [(a, ATTRIBUTE_LABELS[a]) for a in ATTRIBUTES],
            "sessions": [s for s in practice.list_sessions(session) if not s.resumable],
            "zone": zone,
        }
        response: HTMLResponse = request.app.state.templates.TemplateResponse(
            request, "practice_history.html", context
        )
        return response

    return cached_page(request, session, render)


# --- the room ----------------------------------------------------------------------


def _render_room(
    request: Request,
    room: practice.Room,
    *,
    values: Mapping[str, str] | None = None,
    errors: Mapping[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    prompt = room.prompt
    last = room.last_turn
    record = room.record
    show_feedback = record.feedback_mode == "each" and last is not None and not errors
    cast = [
        {
            "name": p.name,
            "title": p.title,
            "kind": p.kind,
            "kind_label": kind_label(p.kind),
            "focus": p.focus,
            "real": p.real,
            "asking": prompt is not None and prompt.seat == seat,
        }
        for seat, p in enumerate(room.mock.interviewers)
    ]
    context: dict[str, Any] = {
        "room": room,
        "record": record,
        "prompt": prompt,
        "cast": cast,
        "brief": room.mock.brief,
        "feedback": turn_view(last) if show_feedback and last else None,
        "probe_reason": PROBE_LABELS.get(prompt.reason or "", prompt.reason)
        if prompt is not None and prompt.type == "follow_up"
        else None,
        "answered": len(room.mock.turns),
        "values": values or {},
        "errors": errors or {},
        "feedback_label": FEEDBACK_LABELS.get(record.feedback_mode, record.feedback_mode),
        "role_label": role_labels().get(record.role_family) if record.role_family else None,
    }
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, "practice_room.html", context, status_code=status
    )
    return response


@router.get("/{practice_id:int}", response_class=HTMLResponse, name="read_practice_room")
def read_practice_room(request: Request, practice_id: int, session: SessionDep) -> Response:
    def render() -> Response:
        room = practice.get_room(session, practice_id)
        if room.finished:
            return _see(f"/practice/{practice_id}/scorecard")
        return _render_room(request, room)

    return cached_page(request, session, render)


async def _step(request: Request, session: Session, practice_id: int, *, skip: bool) -> Response:
    form, _ = await read_form(request)
    text = "" if skip else form.get("answer", "")
    number = _whole_number(form.get("number"))
    try:
        room = practice.submit_answer(
            session,
            practice_id,
            text,
            clock.now(),
            number=number,
            seconds=None if skip else _whole_number(form.get("seconds")),
        )
    except RoundtwoError as exc:
        if exc.field != "answer":
            raise
        session.rollback()
        room = practice.get_room(session, practice_id)
        return _render_room(
            request, room, values={"answer": text}, errors={"answer": _message(exc)}, status=exc.status
        )
    if room.finished:
        return _see(f"/practice/{practice_id}/scorecard")
    return _see(f"/practice/{practice_id}#{'feedback' if room.record.feedback_mode == 'each' else 'prompt'}")


@router.post("/{practice_id:int}/answer", name="answer_practice_prompt")
async def answer_practice_prompt(request: Request, practice_id: int, session: SessionDep) -> Response:
    return await _step(request, session, practice_id, skip=False)


@router.post("/{practice_id:int}/skip", name="skip_practice_prompt")
async def skip_practice_prompt(request: Request, practice_id: int, session: SessionDep) -> Response:
    return await _step(request, session, practice_id, skip=True)


@router.post("/{practice_id:int}/finish", name="finish_practice")
def finish_practice(practice_id: int, session: SessionDep) -> Response:
    practice.finish_practice(session, practice_id, clock.now())
    return _see(f"/practice/{practice_id}/scorecard")


# --- the scorecard -----------------------------------------------------------------


@router.get("/{practice_id:int}/scorecard", response_class=HTMLResponse, name="read_practice_scorecard")
def read_practice_scorecard(
    request: Request, practice_id: int, session: SessionDep, settings: SettingsDep
) -> Response:
    def render() -> Response:
        room = practice.get_room(session, practice_id)
        if not room.finished:
            return _see(f"/practice/{practice_id}")
        card = room.scorecard
        reviews = practice.question_reviews(session, list(card.get("question_scores", {})))
        turns = room.mock.turns
        context: dict[str, Any] = {
            "room": room,
            "record": room.record,
            "card": card,
            "attributes": [(a, ATTRIBUTE_LABELS[a], card["attributes"].get(a, 0)) for a in ATTRIBUTES],
            "overall_band": _band(card["overall"]),
            "turns": [turn_view(t) for t in turns],
            "returns": [
                {"text": t["text"], "due_at": reviews[t["question_id"]].due_at}
                for t in turns
                if t["type"] != "follow_up"
                and t["question_id"] in reviews
                and reviews[t["question_id"]].box == 0
            ],
            "brief": room.mock.brief,
            "zone": clock.local_zone_name(settings),
            "feedback_label": FEEDBACK_LABELS.get(room.record.feedback_mode, room.record.feedback_mode),
        }
        response: HTMLResponse = request.app.state.templates.TemplateResponse(
            request, "practice_scorecard.html", context
        )
        return response

    return cached_page(request, session, render)
