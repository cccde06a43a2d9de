"""A mock interview as a state machine: start, prompt, answer, maybe a follow-up, next, finish.

The whole session lives in a plain, JSON-ready dict (:meth:`Session.to_state`)
so a stored session resumes exactly where it stopped. Everything random is
drawn from the seed (the plan at the start, each wording from the seed and
the turn number), so the same seed and the same answers give the same
session, also across a resume.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from roundtwo.coach import Analysis, analyze
from roundtwo.coach.reading import is_behavioural
from roundtwo.content.vocabulary import ROLE_FAMILIES
from roundtwo.errors import RoundtwoError
from roundtwo.practice import personas as people
from roundtwo.practice.case import CaseBrief, brief_from_preparation, check_presentation, choose_brief
from roundtwo.practice.data import cases_data
from roundtwo.practice.formats import CASE_FORMATS, format_rules, plan_prompts
from roundtwo.practice.interview import InterviewSetup
from roundtwo.practice.personas import Persona
from roundtwo.practice.probes import Gap, covers, find_gaps, next_gap, probe_text
from roundtwo.practice.reasoning import check_reasoning
from roundtwo.practice.repetition import Review, due_questions
from roundtwo.practice.scorecard import build_scorecard
from roundtwo.read.jd import JobDescription, read_job_description
from roundtwo.read.questions import Question, check_choice

STATE_VERSION = 1
# Formats where a follow-up may come from another panelist than the one who asked.
_CROSS_FORMATS = ("panel", *CASE_FORMATS)
_STATE_KEYS = ("version", "format", "seed", "max_follow_ups", "interviewers", "plan", "turns", "ended")


@dataclass(frozen=True)
class Prompt:
    """What the candidate is asked now, and by whom.

    ``number`` counts every prompt from 1; ``main`` is the index of the main
    question this prompt belongs to (its follow-ups share it) out of
    ``main_total``. ``seat`` is the interviewer's index in the cast.
    ``lead`` is what the interviewer says first; ``text`` is
    the question, follow-up or brief. ``reason`` names the gap a follow-up
    probes. A presentation carries its preparation and talk minutes.
    """

    number: int
    main: int
    main_total: int
    type: str
    interviewer: Persona
    seat: int
    lead: str
    text: str
    question_id: str
    category: str | None
    pressure: bool = False
    reason: str | None = None
    prepare_minutes: int | None = None
    present_minutes: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The prompt as JSON-ready data."""
        return asdict(self)


def start_session(
    format: str,
    *,
    role: str | None = None,
    seed: int = 0,
    interview: InterviewSetup | None = None,
    length: int | None = None,
    reviews: Mapping[str, Review | tuple[int, int | None, datetime | None]] | None = None,
    now: datetime | None = None,
    bank: Sequence[Question] | None = None,
) -> Session:
    """A new mock interview in ``format``.

    Without ``interview`` the cast is the format's default personas and the
    questions fit ``role`` (a role family; None for any role). With one, its
    real interviewers become the personas, its job description tailors the
    questions (and tells the role family when ``role`` is None), its company
    facts fill the questions' slots and its preparation note becomes the
    case brief. ``length`` overrides the number of main questions (the
    presentation not counted). ``reviews`` (spaced repetition) make the
    questions due by ``now`` (default: the current time) come first.
    Unknown format or role and a negative length raise RoundtwoError.
    """
    rules = format_rules(format)
    check_choice(role, ROLE_FAMILIES, "role family")
    if length is not None and length < 0:
        raise RoundtwoError(f"session length {length} is negative; give 0 or more questions.")
    rng = random.Random(f"roundtwo-practice:{seed}")
    jd = _job_description(interview)
    family = role or (jd.role_family if jd is not None else None) or _family_of_title(interview)
    company = interview.company if interview is not None else None
    cast = _cast(format, rules.cast, family, interview)
    if format == "sequential" and length is not None:
        # One-on-ones: a short session meets only as many people as it has questions.
        cast = cast[:length]
    brief = None
    if format in CASE_FORMATS:
        brief = brief_from_preparation(interview.preparation if interview else None, format) or choose_brief(
            format, family, rng, company, bank=bank
        )
    due = due_questions(reviews, now or datetime.now(UTC)) if reviews else []
    plan = plan_prompts(
        rules,
        cast,
        rules.default_length(len(cast)) if length is None else length,
        rng,
        role=family,
        jd=jd,
        company=company,
        brief=brief,
        due=due,
        bank=bank,
    )
    return Session(
        {
            "version": STATE_VERSION,
            "format": format,
            "role": family,
            "seed": seed,
            "max_follow_ups": rules.max_follow_ups,
            "interviewers": [p.to_dict() for p in cast],
            "brief": brief.to_dict() if brief is not None else None,
            "plan": plan,
            "turns": [],
            "ended": False,
            "ended_early": False,
        }
    )


def resume_session(state: Mapping[str, Any]) -> Session:
    """The session that :meth:`Session.to_state` saved, ready for its next prompt.

    A state from another version, or missing its fields, raises RoundtwoError.
    """
    return Session(state)


class Session:
    """One mock interview in progress; see :func:`start_session` and :func:`resume_session`."""

    def __init__(self, state: Mapping[str, Any]) -> None:
        missing = [key for key in _STATE_KEYS if key not in state]
        if missing or state.get("version") != STATE_VERSION:
            problem = (
                f"it lacks {', '.join(missing)}" if missing else f"state version {state.get('version')!r}"
            )
            raise RoundtwoError(
                f"this stored practice session cannot be resumed ({problem}).", hint="Start a new session."
            )
        self._state = copy.deepcopy(dict(state))
        self._cast = [Persona.from_dict(p) for p in self._state["interviewers"]]

    @property
    def format(self) -> str:
        """The interview format being practised."""
        return str(self._state["format"])

    @property
    def interviewers(self) -> list[Persona]:
        """The cast, in the order they appear."""
        return list(self._cast)

    @property
    def brief(self) -> CaseBrief | None:
        """The case or presentation brief (case formats only)."""
        raw = self._state.get("brief")
        return CaseBrief.from_dict(raw) if raw else None

    @property
    def turns(self) -> list[dict[str, Any]]:
        """Every prompt answered (or skipped) so far, oldest first."""
        return copy.deepcopy(self._state["turns"])

    @property
    def finished(self) -> bool:
        """True when no prompt is left, or the session was ended early."""
        return self.prompt is None

    @property
    def prompt(self) -> Prompt | None:
        """The prompt waiting for an answer, or None when the session is over."""
        if self._state["ended"]:
            return None
        turns = self._state["turns"]
        rng = random.Random(f"roundtwo-practice:{self._state['seed']}:{len(turns)}")
        if not turns:
            return self._main_prompt(0, rng)
        last = turns[-1]
        main = last["main"]
        follow_ups = [t for t in turns if t["main"] == main and t["type"] == "follow_up"]
        if not last["skipped"] and len(follow_ups) < self._state["max_follow_ups"]:
            head = self._main_turn(main)
            gap = next_gap(
                [Gap(reason, quote) for reason, quote in head.get("gaps", [])],
                [t["reason"] for t in follow_ups],
                [reason for t in follow_ups for reason in t.get("closes", [])],
            )
            if gap is not None:
                return self._follow_up(head, len(follow_ups), gap, rng)
        return self._main_prompt(main + 1, rng)

    def answer(self, text: str) -> dict[str, Any]:
        """Record ``text`` as the answer to the current prompt and return the turn.

        A blank answer is a skipped prompt: no analysis, no follow-up. Any
        other is read by the answer reader and checked for what it lacked
        (and, for a presentation, its structure and timing); the next
        prompt may then be a follow-up. Raises RoundtwoError when the
        session is over, or when the reader refuses the answer (not English,
        too long); the session is then unchanged.
        """
        prompt = self.prompt
        if prompt is None:
            raise RoundtwoError(
                "this practice session is over.", hint="Start a new session to practise again."
            )
        if not isinstance(text, str):
            raise RoundtwoError(f"the answer must be text, not {type(text).__name__}.")
        answer = text.strip()
        turn: dict[str, Any] = {
            "number": prompt.number,
            "main": prompt.main,
            "interviewer": prompt.interviewer.name,
            "interviewer_index": prompt.seat,
            "kind": prompt.interviewer.kind,
            "type": prompt.type,
            "lead": prompt.lead,
            "text": prompt.text,
            "question_id": prompt.question_id,
            "category": prompt.category,
            "pressure": prompt.pressure,
            "reason": prompt.reason,
            "answer": answer,
            "skipped": not answer,
            "analysis": None,
        }
        if answer:
            self._read(turn, analyze(answer, question=prompt.text, category=prompt.category))
        self._state["turns"].append(turn)
        return copy.deepcopy(turn)

    def finish(self) -> None:
        """End the session now; prompts not yet reached stay unasked."""
        if not self._state["ended"]:
            self._state["ended_early"] = self.prompt is not None
            self._state["ended"] = True

    def to_state(self) -> dict[str, Any]:
        """The whole session as a JSON-ready dict, for :func:`resume_session`."""
        return copy.deepcopy(self._state)

    def scorecard(self) -> dict[str, Any]:
        """The session's scorecard so far (see :func:`roundtwo.practice.scorecard.build_scorecard`)."""
        return build_scorecard(self._state, self._cast, unasked=self._unasked())

    def to_dict(self) -> dict[str, Any]:
        """The session as CONTRACT.md's ``roundtwo practice`` JSON: format, interviewers, turns, scorecard."""
        return {
            "format": self.format,
            "role": self._state.get("role"),
            "seed": self._state["seed"],
            "interviewers": [p.to_dict() for p in self._cast],
            "brief": self._state.get("brief"),
            "turns": [{k: v for k, v in t.items() if k != "interviewer_index"} for t in self._state["turns"]],
            "complete": self.finished and not self._state.get("ended_early", False),
            "scorecard": self.scorecard(),
        }

    # --- prompts -----------------------------------------------------------

    def _main_turn(self, main: int) -> dict[str, Any]:
        return next(t for t in self._state["turns"] if t["main"] == main and t["type"] != "follow_up")

    def _main_prompt(self, index: int, rng: random.Random) -> Prompt | None:
        plan = self._state["plan"]
        if index >= len(plan):
            return None
        item = plan[index]
        persona = self._cast[item["interviewer"]]
        first = not any(t["interviewer_index"] == item["interviewer"] for t in self._state["turns"])
        brief = self.brief if item["type"] == "presentation" else None
        if brief is not None:
            handover = cases_data()["handover"].format(
                prepare=brief.prepare_minutes, present=brief.present_minutes
            )
            lead = f"{people.opening(persona)} {handover}"
        elif first:
            lead = people.opening(persona) + (f" {people.pressure_lead(persona)}" if item["pressure"] else "")
        elif item["pressure"]:
            lead = people.pressure_lead(persona)
        else:
            lead = people.transition(persona, rng)
        return Prompt(
            number=len(self._state["turns"]) + 1,
            main=index,
            main_total=len(plan),
            type=item["type"],
            interviewer=persona,
            seat=item["interviewer"],
            lead=lead,
            text=item["text"],
            question_id=item["question_id"],
            category=item["category"],
            pressure=item["pressure"],
            prepare_minutes=brief.prepare_minutes if brief else None,
            present_minutes=brief.present_minutes if brief else None,
        )

    def _follow_up(self, head: dict[str, Any], asked: int, gap: Gap, rng: random.Random) -> Prompt:
        asker = head["interviewer_index"]
        index = asker
        if self.format in _CROSS_FORMATS and len(self._cast) > 1 and asked == 0:
            index = (asker + 1) % len(self._cast)
        persona = self._cast[index]
        lead = (
            people.handoff(persona, self._cast[asker]) if index != asker else people.probe_lead(persona, rng)
        )
        return Prompt(
            number=len(self._state["turns"]) + 1,
            main=head["main"],
            main_total=len(self._state["plan"]),
            type="follow_up",
            interviewer=persona,
            seat=index,
            lead=lead,
            text=probe_text(gap, rng),
            question_id=head["question_id"],
            category=head["category"],
            pressure=False,
            reason=gap.reason,
        )

    def _unasked(self) -> int:
        reached = max((t["main"] for t in self._state["turns"]), default=-1)
        return len(self._state["plan"]) - reached - 1

    # --- reading an answer ---------------------------------------------------

    def _read(self, turn: dict[str, Any], analysis: Analysis) -> None:
        turn["analysis"] = _analysis_dict(analysis)
        follow_up = turn["type"] == "follow_up"
        head = self._main_turn(turn["main"]) if follow_up else turn
        technical = self.format == "technical" or head["category"] == "technical"
        presentation = None
        if head["type"] == "presentation":
            brief = self.brief
            presentation = check_presentation(analysis, brief.present_minutes if brief else 10)
        reasoning = None
        behavioural = is_behavioural(head["text"], head["category"])
        if presentation is None and not behavioural:
            reasoning = check_reasoning([s.text for s in analysis.sentences])
        if follow_up:
            turn["closes"] = [
                reason
                for reason, _quote in head.get("gaps", [])
                if covers(
                    reason, analysis, reasoning=reasoning, technical=technical, presentation=presentation
                )
            ]
            return
        gaps = find_gaps(
            analysis,
            behavioural=behavioural,
            technical=technical,
            reasoning=reasoning,
            presentation=presentation,
        )
        turn["gaps"] = [[g.reason, g.quote] for g in gaps]
        if presentation is not None:
            turn["presentation"] = presentation.to_dict()
        if reasoning is not None:
            turn["reasoning"] = reasoning.to_dict()


def _analysis_dict(analysis: Analysis) -> dict[str, Any]:
    return {
        "score": analysis.score,
        "star": dict(analysis.star),
        "attributes": dict(analysis.attributes),
        "evidence": {k: list(v) for k, v in analysis.evidence.items()},
        "metrics": [{"text": m.text, "kind": m.kind} for m in analysis.metrics],
        "feedback": [f.to_dict() for f in analysis.feedback],
        "follow_up": analysis.follow_up,
        "word_count": analysis.word_count,
        "speaking_seconds": analysis.speaking_seconds,
        "ownership": {k: analysis.ownership.get(k, 0) for k in ("i_actions", "we_actions", "hypothetical")},
        "restructured": analysis.restructured,
    }


def _job_description(interview: InterviewSetup | None) -> JobDescription | None:
    if interview is None or not interview.job_description.strip():
        return None
    return read_job_description(interview.job_description)


def _family_of_title(interview: InterviewSetup | None) -> str | None:
    if interview is None or not interview.role_title.strip():
        return None
    return read_job_description(interview.role_title).role_family


def _cast(
    format: str, kinds: tuple[str, ...], role: str | None, interview: InterviewSetup | None
) -> list[Persona]:
    real = people.real_cast(interview.interviewers, role) if interview is not None else []
    if not real:
        return people.default_cast(kinds, role)
    if format == "technical":
        # A working session is run by the people who do the work, not by HR.
        return [p for p in real if p.kind != "hr"] or real
    if format in _CROSS_FORMATS:
        return people.fill_panel(real, kinds, role)
    return real
