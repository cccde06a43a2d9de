"""The questions a candidate asks the interviewers: a checker and a suggester.

The checker flags questions to leave to Human Resources after an offer (pay,
benefits, time off, perks, relocation and the like) and generic questions the
company's own website answers, and says which interviewer each question
suits best. Its lexicon is ``content/ask_lint.yaml``; the suggestions come
from ``content/asks.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from roundtwo.content.loader import parse_yaml
from roundtwo.errors import RoundtwoError
from roundtwo.read.questions import KINDS, ROLE_FAMILIES, CompanyFacts, check_choice, fill_slots

#: Longest question the checker reads, in characters.
MAX_QUESTION_CHARS = 2000

_KIND_LABELS = {
    "hiring_manager": "the hiring manager",
    "peer": "a future peer",
    "senior_leader": "a senior leader",
    "hr": "HR or the recruiter",
    "other": "whoever you meet",
}
_DEFAULT_KINDS = ("hiring_manager", "peer")
# A kind joins best_for when its hint score reaches this share of the top one.
_RUNNER_UP_SHARE = 0.75


@dataclass(frozen=True)
class AskVerdict:
    """The checker's reading of one question (CONTRACT.md, ``roundtwo ask lint``).

    ``topic`` is the administrative topic (``salary``, ``time_off``, ...),
    ``"generic"`` for a question the website answers, or None.
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


@dataclass(frozen=True)
class _Topic:
    id: str
    label: str
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    any_pattern: re.Pattern[str]  # all patterns in one, a quick first check


@dataclass(frozen=True)
class _Lexicon:
    topics: tuple[_Topic, ...]
    unless_everywhere: tuple[re.Pattern[str], ...]
    generic: tuple[re.Pattern[str], ...]
    kind_hints: tuple[tuple[str, re.Pattern[str], float], ...]


@functools.cache
def _lexicon() -> _Lexicon:
    raw = resources.files("roundtwo.content").joinpath("ask_lint.yaml").read_text(encoding="utf-8")
    data = parse_yaml(raw)
    try:
        topics = tuple(
            _Topic(
                id=topic_id,
                label=str(spec["label"]),
                patterns=_compile(spec["patterns"], f"topics.{topic_id}.patterns"),
                unless=_compile(spec.get("unless", []), f"topics.{topic_id}.unless"),
                any_pattern=re.compile("|".join(f"(?:{p})" for p in spec["patterns"])),
            )
            for topic_id, spec in data["topics"].items()
        )
        hints = tuple(
            (kind, _compile([pattern], f"kind_hints.{kind}")[0], float(weight))
            for kind, rows in data["kind_hints"].items()
            for pattern, weight in rows
        )
        return _Lexicon(
            topics=topics,
            unless_everywhere=_compile(data.get("unless_everywhere", []), "unless_everywhere"),
            generic=_compile(data["generic"], "generic"),
            kind_hints=hints,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise RoundtwoError(
            f"the ask checker's lexicon is malformed ({exc!r}).",
            hint="Fix src/roundtwo/content/ask_lint.yaml.",
        ) from exc


def _compile(patterns: Iterable[str], where: str) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise RoundtwoError(
                f"pattern {pattern!r} in {where} is not a valid regular expression ({exc}).",
                hint="Fix src/roundtwo/content/ask_lint.yaml.",
            ) from exc
    return tuple(compiled)


def normalise(text: str) -> str:
    """``text`` as the lexicon's patterns expect it: lower case, straight
    quotes, apostrophes dropped, single spaces."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")
    text = text.replace("'", "")
    return " ".join(text.split())


def _covered(span: tuple[int, int], blocks: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in blocks)


def _blocked_spans(patterns: Iterable[re.Pattern[str]], text: str) -> list[tuple[int, int]]:
    return [m.span() for pattern in patterns for m in pattern.finditer(text)]


def _admin_topic(text: str) -> str | None:
    lexicon = _lexicon()
    everywhere: list[tuple[int, int]] | None = None
    for topic in lexicon.topics:
        if not topic.any_pattern.search(text):
            continue
        if everywhere is None:
            everywhere = _blocked_spans(lexicon.unless_everywhere, text)
        blocks = everywhere + _blocked_spans(topic.unless, text)
        for pattern in topic.patterns:
            for match in pattern.finditer(text):
                if not _covered(match.span(), blocks):
                    return topic.id
    return None


def _best_for(text: str) -> tuple[str, ...]:
    scores = dict.fromkeys(KINDS, 0.0)
    for kind, pattern, weight in _lexicon().kind_hints:
        if pattern.search(text):
            scores[kind] += weight
    top = max(scores.values())
    if top == 0:
        return _DEFAULT_KINDS
    ranked = sorted((k for k in KINDS if scores[k] > 0), key=lambda k: (-scores[k], KINDS.index(k)))
    return tuple(k for k in ranked[:2] if scores[k] >= _RUNNER_UP_SHARE * top)


def lint_question(text: str) -> AskVerdict:
    """Check one question a candidate plans to ask.

    Returns an :class:`AskVerdict`: ``administrative`` is True for questions
    about pay, bonus, equity, benefits, insurance, retirement, time off,
    leave, perks, relocation, remote-work or working-hours arrangements,
    asked directly or indirectly, with the topic found and advice to leave
    it to HR after an offer; ``generic`` is True for a question the company's
    website answers, with advice to research it and ask something sharper.
    ``best_for`` names the interviewer kinds the question suits (``hr`` for
    administrative ones). Surrounding whitespace is dropped. Raises
    RoundtwoError for an empty question or one over
    :data:`MAX_QUESTION_CHARS` characters.
    """
    question = " ".join(text.split()) if text else ""
    if not question:
        raise RoundtwoError("the question is empty.", hint="Write the question you plan to ask.")
    if len(question) > MAX_QUESTION_CHARS:
        raise RoundtwoError(
            f"the question is {len(question)} characters long; the checker reads up to {MAX_QUESTION_CHARS}.",
            hint="Ask one question at a time.",
        )
    norm = normalise(question)
    topic = _admin_topic(norm)
    if topic is not None:
        label = next(t.label for t in _lexicon().topics if t.id == topic)
        advice = (
            f"Leave this for Human Resources after an offer: {label} is settled then, and "
            "asking now shifts the conversation from the work to what you get. Ask about "
            "the team's challenges or what success looks like instead."
        )
        return AskVerdict(question, True, topic, False, advice, ("hr",))
    best = _best_for(norm)
    if any(pattern.search(norm) for pattern in _lexicon().generic):
        advice = (
            "The company's own website answers this: read it beforehand and ask something "
            "sharper, such as how a recent launch or goal changes the team's priorities."
        )
        return AskVerdict(question, False, "generic", True, advice, best)
    advice = f"A good question; it suits {_KIND_LABELS[best[0]]} best."
    return AskVerdict(question, False, None, False, advice, best)


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
        out.append({**a, "text": text, "best_for": list(_best_for(normalise(text)))})
    return out
