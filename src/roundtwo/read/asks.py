"""The questions a candidate asks the interviewers: a checker and a suggester.

The checker flags questions to leave to Human Resources after an offer (pay,
benefits, time off, perks, relocation and the like) and generic questions the
company's own website answers, and says which interviewer each question
suits best. Two halves decide what is administrative: the rules of
:mod:`roundtwo.read.ask_rules` (lexicon ``content/ask_lint.yaml``) and the
learned model of :mod:`roundtwo.read.ask_model`, whose log-odds and the
rules' verdict are summed as evidence. The suggestions come from
``content/asks.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from roundtwo.content.loader import parse_yaml
from roundtwo.content.vocabulary import KINDS, ROLE_FAMILIES
from roundtwo.errors import RoundtwoError
from roundtwo.read.ask_model import class_topic, load_model, other_label
from roundtwo.read.ask_rules import (
    RuleReading,
    best_for,
    blank,
    fix_typos,
    is_generic,
    normalise,
    read_rules,
    topic_label,
)
from roundtwo.read.questions import CompanyFacts, check_choice, fill_slots

__all__ = [
    "MAX_QUESTION_CHARS",
    "OTHER_TOPIC",
    "AskVerdict",
    "lint_question",
    "lint_questions",
    "load_asks",
    "normalise",
    "suggest_questions",
]

#: Longest question the checker reads, in characters.
MAX_QUESTION_CHARS = 2000
#: The topic of an administrative question whose words name no known topic.
OTHER_TOPIC = "other_admin"

_KIND_LABELS = {
    "hiring_manager": "the hiring manager",
    "peer": "a future peer",
    "senior_leader": "a senior leader",
    "hr": "HR or the recruiter",
    "other": "whoever you meet",
}
# Control characters other than tabs and line breaks: a sign of binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class AskVerdict:
    """The checker's reading of one question (CONTRACT.md, ``roundtwo ask lint``).

    ``topic`` is the administrative topic (``salary``, ``time_off``, ...,
    ``"other_admin"`` when the words name none), ``"generic"`` for a question
    the website answers, or None.
    """

    question: str
    administrative: bool
    topic: str | None
    generic: bool
    advice: str
    best_for: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape plus ``generic``."""
        return {
            "question": self.question,
            "administrative": self.administrative,
            "topic": self.topic,
            "generic": self.generic,
            "advice": self.advice,
            "best_for": list(self.best_for),
        }


def lint_question(text: str) -> AskVerdict:
    """Check one question a candidate plans to ask.

    Returns an :class:`AskVerdict`: ``administrative`` is True for questions
    about pay, bonus, equity, benefits, insurance, retirement, time off,
    leave, perks, relocation, remote-work or working-hours arrangements,
    asked directly or indirectly, with the topic and advice to leave it to
    HR after an offer. The rules' verdict and the learned model's log-odds
    are summed as evidence, so the model catches phrasings the rules miss
    and can overrule a rule hit it finds very unlikely. The topic comes from
    the rules where they hit, else from the topic words present, else it is
    ``"other_admin"``. ``generic`` is True for a question the company's
    website answers, with advice to research it and ask something sharper.
    ``best_for`` names the interviewer kinds the question suits (``hr`` for
    administrative ones). Surrounding whitespace is dropped. Raises
    RoundtwoError for an empty question, one holding binary data, or one
    over :data:`MAX_QUESTION_CHARS` characters.
    """
    question = " ".join(text.split()) if text else ""
    if not question:
        raise RoundtwoError("the question is empty.", hint="Write the question you plan to ask.")
    if _CONTROL.search(question):
        raise RoundtwoError(
            "the question holds control characters, as binary data does, not text.",
            hint="Give the question as plain UTF-8 text.",
        )
    if len(question) > MAX_QUESTION_CHARS:
        raise RoundtwoError(
            f"the question is {len(question)} characters long; the checker reads up to {MAX_QUESTION_CHARS}.",
            hint="Ask one question at a time.",
        )
    norm = normalise(question)
    text = fix_typos(norm)
    reading = read_rules(text)
    if _is_administrative(text, reading):
        topic = reading.topic or reading.touched or class_topic(text) or OTHER_TOPIC
        label = topic_label(topic) or other_label()
        advice = (
            f"Leave this for Human Resources after an offer: {label} is settled then, and "
            "asking now shifts the conversation from the work to what you get. Ask about "
            "the team's challenges or what success looks like instead."
        )
        return AskVerdict(question, True, topic, False, advice, ("hr",))
    best = best_for(norm)
    if is_generic(norm):
        advice = (
            "The company's own website answers this: read it beforehand and ask something "
            "sharper, such as how a recent launch or goal changes the team's priorities."
        )
        return AskVerdict(question, False, "generic", True, advice, best)
    advice = f"A good question; it suits {_KIND_LABELS[best[0]]} best."
    return AskVerdict(question, False, None, False, advice, best)


def _is_administrative(text: str, reading: RuleReading) -> bool:
    """The rules' ``reading`` and the model together on ``text`` (normalised, typos fixed).

    The model reads the text without the hits the candidate sets aside
    ("apart from the salary"). When the rules flag a hit, the model weighs
    in on that hit's clause only, so a work question before "and what's the
    bonus?" cannot talk the flag away.
    """
    seen = blank(text, reading.negated)
    model = load_model()
    if reading.clause is not None:
        start, end = reading.clause
        return model.is_administrative(seen[start:end], True)
    return model.is_administrative(seen, False)


def lint_questions(texts: Iterable[str]) -> list[AskVerdict]:
    """:func:`lint_question` for each non-blank entry of ``texts``, in order.

    Blank entries are skipped; an empty input gives an empty list.
    """
    return [lint_question(t) for t in texts if t and t.strip()]


# --- suggestions ---------------------------------------------------------------


@functools.cache
def _shipped_asks() -> tuple[dict[str, Any], ...]:
    node = resources.files("roundtwo.content").joinpath("asks.yaml")
    if not node.is_file():
        return ()
    return tuple(_parse_asks(parse_yaml(node.read_text(encoding="utf-8")), "asks.yaml"))


def _parse_asks(entries: Any, where: str) -> list[dict[str, Any]]:
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise RoundtwoError(f"{where} is not a YAML list of questions to ask.")
    parsed = []
    for index, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not {"id", "text", "kinds"} <= entry.keys():
            raise RoundtwoError(f"{where}, entry {index}, needs id, text and kinds.")
        parsed.append(
            {
                "id": str(entry["id"]),
                "text": str(entry["text"]).strip(),
                "kinds": list(entry["kinds"]),
                "topic": entry.get("topic"),
                "role_families": list(entry.get("role_families") or []),
            }
        )
    return parsed


def load_asks(path: str | None = None) -> tuple[dict[str, Any], ...]:
    """The questions to ask: ``content/asks.yaml``, or the YAML file at ``path``.

    Each is ``{"id", "text", "kinds", "topic", "role_families"}``. A missing
    shipped file gives an empty tuple; a malformed one raises RoundtwoError.
    """
    if path is None:
        return _shipped_asks()
    with open(path, encoding="utf-8") as handle:
        return tuple(_parse_asks(parse_yaml(handle), path))


def suggest_questions(
    kind: str,
    role: str | None = None,
    company: CompanyFacts | None = None,
    limit: int = 10,
    *,
    asks: Sequence[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Questions to ask an interviewer of ``kind``, best first.

    Keeps the questions tagged with ``kind`` that fit any role or ``role``;
    questions written for ``role`` come first, then those whose first kind is
    ``kind``, then the rest, each group in file order. Company slots are
    filled from ``company`` (fallbacks when missing). Each result is
    ``{"id", "text", "kinds", "topic", "role_families", "best_for"}``.
    ``limit`` 0 gives an empty list. Unknown kind or role raise
    RoundtwoError; ``asks`` defaults to the shipped list.
    """
    check_choice(kind, KINDS, "kind")
    check_choice(role, ROLE_FAMILIES, "role family")
    if limit < 0:
        raise RoundtwoError(f"limit {limit} is negative; give 0 or more.")
    pool = load_asks() if asks is None else asks
    fits = [
        (index, a)
        for index, a in enumerate(pool)
        if kind in a["kinds"] and (not a["role_families"] or role in a["role_families"])
    ]
    fits.sort(
        key=lambda pair: (
            not (role and role in pair[1]["role_families"]),
            pair[1]["kinds"][0] != kind,
            pair[0],
        )
    )
    out = []
    for _index, a in fits[:limit]:
        text = fill_slots(a["text"], company)
        out.append({**a, "text": text, "best_for": list(best_for(normalise(text)))})
    return out
