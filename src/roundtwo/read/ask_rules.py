"""The rule half of the questions-to-ask checker: the lexicon of
``content/ask_lint.yaml`` and what it finds in a question.

:func:`read_rules` tells whether a question is about pay, benefits, time off
and the other matters to leave to Human Resources, where the hit is, which
topic its words touch even when the rules set the hit aside, and which hits
the candidate sets aside with a negation; :func:`is_generic` whether the
company's website answers it; :func:`best_for` which interviewer it suits.
Patterns run on :func:`normalise`'d text with typos fixed (:func:`fix_typos`).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from roundtwo.content.loader import parse_yaml
from roundtwo.content.vocabulary import KINDS
from roundtwo.errors import RoundtwoError

_DEFAULT_KINDS = ("hiring_manager", "peer")
# A kind joins best_for when its hint score reaches this share of the top one.
_RUNNER_UP_SHARE = 0.75


@dataclass(frozen=True)
class _Topic:
    id: str
    label: str
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]

    @functools.cached_property
    def any_pattern(self) -> re.Pattern[str]:
        """All patterns in one, tried before them one by one; compiled on first use."""
        return re.compile(_union(p.pattern for p in self.patterns))


@dataclass(frozen=True)
class _Lexicon:
    topics: tuple[_Topic, ...]
    topic_gate: _Gate  # which topics could match, by index
    unless_everywhere: tuple[re.Pattern[str], ...]
    clause_breaks: re.Pattern[str]
    work_objects: re.Pattern[str]
    staff: re.Pattern[str]
    work_window: int
    negation: re.Pattern[str]
    typo_fixes: dict[str, str]
    generic: re.Pattern[str]
    kind_hints: tuple[tuple[str, re.Pattern[str], float], ...]
    hint_gate: _Gate  # which kind hints could match, by index


@functools.cache
def lexicon_data() -> dict[str, Any]:
    """``content/ask_lint.yaml`` as parsed, read once (the model reads its
    ``model`` section from here too)."""
    raw = resources.files("roundtwo.content").joinpath("ask_lint.yaml").read_text(encoding="utf-8")
    data = parse_yaml(raw)
    if not isinstance(data, dict):
        raise RoundtwoError(
            "the ask checker's lexicon is not a YAML mapping.",
            hint="Fix src/roundtwo/content/ask_lint.yaml.",
        )
    return data


@functools.cache
def _lexicon() -> _Lexicon:
    data = lexicon_data()
    try:
        topics = tuple(
            _Topic(
                id=topic_id,
                label=str(spec["label"]),
                patterns=_compile(spec["patterns"], f"topics.{topic_id}.patterns"),
                unless=_compile(spec.get("unless", []), f"topics.{topic_id}.unless"),
            )
            for topic_id, spec in data["topics"].items()
        )
        hints = tuple(
            (kind, _compile([pattern], f"kind_hints.{kind}")[0], float(weight))
            for kind, rows in data["kind_hints"].items()
            for pattern, weight in rows
        )
        context, typos = data["work_context"], data["typos"]
        return _Lexicon(
            topics=topics,
            topic_gate=_Gate([_joint_needs(topic.patterns) for topic in topics]),
            unless_everywhere=_compile(data.get("unless_everywhere", []), "unless_everywhere"),
            clause_breaks=_compile([data["clause_breaks"]], "clause_breaks")[0],
            work_objects=_compile([context["objects"]], "work_context.objects")[0],
            staff=_compile([context["staff"]], "work_context.staff")[0],
            work_window=int(context["window"]),
            negation=_compile([data["negation"]["before"]], "negation.before")[0],
            typo_fixes=_typo_fixes(typos["targets"], typos.get("real_words", [])),
            generic=_compile([_union(data["generic"])], "generic")[0],
            kind_hints=hints,
            hint_gate=_Gate([_needs(pattern.pattern) for _kind, pattern, _weight in hints]),
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


def _union(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


# --- literal pre-check: Python's regex engine tries every branch at every
# position, so a pattern's parse tree is read once for the literal strings every
# match must hold, and substring tests on those skip most patterns at once.


@functools.cache
def _needs(pattern: str) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` contains, or
    None when they cannot be told or are too short to help."""
    try:
        tree = importlib.import_module("re._parser").parse(pattern)
        found = _factors(tree, importlib.import_module("re._constants"))
        if tree.state.flags & re.IGNORECASE:
            return None
    except Exception:  # a private module of the standard library: without it, run every pattern
        return None
    return tuple(sorted(found)) if found and min(map(len, found)) >= 3 else None


def _factors(items: Any, sre: Any) -> set[str] | None:
    """For a parsed sequence: a set of strings one of which each match holds."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op is sre.AT:  # \b, ^, $ take no characters: the run goes on
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found: set[str] | None = None
        if op is sre.SUBPATTERN:
            found = _factors(arg[-1], sre)
        elif op is sre.BRANCH:
            branches = [_factors(branch, sre) for branch in arg[1]]
            if all(branches):
                found = set().union(*(b for b in branches if b))
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
            found = {chr(code) for _, code in arg}
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            found = _factors(arg[2], sre)
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    if not candidates:
        return None
    # The longest shortest string rules out the most questions; then the fewest strings.
    return max(candidates, key=lambda group: (min(map(len, group)), -len(group)))


def _could_match(pattern: re.Pattern[str], text: str) -> bool:
    needs = _needs(pattern.pattern)
    return needs is None or any(need in text for need in needs)


def _joint_needs(patterns: Iterable[re.Pattern[str]]) -> tuple[str, ...] | None:
    """The needs of any of ``patterns``: None when one of them has none."""
    needs = [_needs(pattern.pattern) for pattern in patterns]
    if not all(needs):
        return None
    return tuple(sorted({literal for group in needs if group for literal in group}))


class _Gate:
    """Which of several rules could match a text, told by one scan for the
    literal strings they need (rules with unknown needs always could)."""

    def __init__(self, needs: Sequence[tuple[str, ...] | None]) -> None:
        self._always = frozenset(i for i, group in enumerate(needs) if group is None)
        owners: dict[str, set[int]] = {}
        for index, group in enumerate(needs):
            for literal in group or ():
                owners.setdefault(literal, set()).add(index)
        # The scan reports the longest literal starting at each position; any
        # shorter one found there is a prefix of it, so it speaks for those too.
        self._owners = {
            literal: frozenset().union(*(owners.get(literal[:end], ()) for end in range(1, len(literal) + 1)))
            for literal in owners
        }
        self._scan = re.compile(f"(?=({_trie(owners)}))") if owners else None

    def candidates(self, text: str) -> set[int]:
        found = set(self._always)
        if self._scan is not None:
            for match in self._scan.finditer(text):
                found |= self._owners[match.group(1)]
        return found


def _trie(words: Iterable[str]) -> str:
    """One regular expression matching the longest of ``words`` that starts
    at a position, with shared prefixes written once."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# --- typos ---------------------------------------------------------------------


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_slip(word: str) -> set[str]:
    """Every string one insertion, deletion, substitution or neighbour swap
    away from ``word`` that keeps its first letter."""
    out: set[str] = set()
    for i in range(1, len(word) + 1):
        left, right = word[:i], word[i:]
        out.update(left + c + right for c in _LETTERS)
        if right:
            out.add(left + right[1:])
            out.update(left + c + right[1:] for c in _LETTERS)
        if len(right) > 1:
            out.add(left + right[1] + right[0] + right[2:])
    return out - {word}


def _typo_fixes(targets: Iterable[str], real_words: Iterable[str]) -> dict[str, str]:
    targets = [str(w) for w in targets]
    keep = set(targets) | {str(w) for w in real_words}
    keep |= {w + "s" for w in targets} | {w[:-1] for w in targets if w.endswith("s")}
    fixes: dict[str, str] = {}
    for target in targets:
        for slip in _one_slip(target):
            if slip not in keep:
                fixes.setdefault(slip, target)
    return fixes


_WORD = re.compile(r"[a-z]+")


def fix_typos(text: str) -> str:
    """``text`` (normalised) with misspelt administrative words spelt right;
    text without any known slip comes back as it was."""
    fixes = _lexicon().typo_fixes
    words = _WORD.findall(text)
    if fixes.keys().isdisjoint(words):
        return text
    return _WORD.sub(lambda m: fixes.get(m.group(), m.group()), text)


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
    return [m.span() for pattern in patterns if _could_match(pattern, text) for m in pattern.finditer(text)]


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of ``text`` that holds ``start:end``."""
    left, right = 0, len(text)
    for brk in _lexicon().clause_breaks.finditer(text):
        if brk.end() <= start:
            left = brk.end()
        elif brk.start() >= end:
            right = brk.start()
            break
    return left, right


def _about_business(text: str, span: tuple[int, int], clause: tuple[int, int]) -> bool:
    """True when a customer or product word sits near the hit at ``span`` in
    its clause and no word for the candidate or the staff does."""
    lexicon = _lexicon()
    left, right = clause
    near = (span[0] - lexicon.work_window, span[1] + lexicon.work_window)
    about_work = any(
        m.start() < near[1] and m.end() > near[0] for m in lexicon.work_objects.finditer(text, left, right)
    )
    return about_work and not lexicon.staff.search(text, left, right)


@dataclass(frozen=True)
class RuleReading:
    """What the rules find in one question.

    ``topic`` and ``span`` are the first hit that counts (no ``unless``
    covers it, it is not about the business, no negation sets it aside), or
    None; ``clause`` is the bounds of that hit's clause. ``touched`` is the
    first topic with any hit at all; ``negated`` the spans of hits a negation
    sets aside ("apart from the salary").
    """

    topic: str | None = None
    span: tuple[int, int] | None = None
    clause: tuple[int, int] | None = None
    touched: str | None = None
    negated: tuple[tuple[int, int], ...] = ()


def read_rules(text: str) -> RuleReading:
    """The rules' reading of ``text`` (normalised, typos fixed); topics are
    tried in the lexicon's order, patterns in theirs."""
    lexicon = _lexicon()
    everywhere: list[tuple[int, int]] | None = None
    found: tuple[str, tuple[int, int], tuple[int, int]] | None = None
    touched: str | None = None
    negated: list[tuple[int, int]] = []
    may_negate = _could_match(lexicon.negation, text)
    candidates = lexicon.topic_gate.candidates(text)
    for index, topic in enumerate(lexicon.topics):
        if found is not None and not may_negate:
            break  # nothing left to learn: no hit further on can be negated
        if index not in candidates or not topic.any_pattern.search(text):
            continue
        touched = touched or topic.id
        if everywhere is None:
            everywhere = _blocked_spans(lexicon.unless_everywhere, text)
        blocks = everywhere + _blocked_spans(topic.unless, text)
        for pattern in topic.patterns:
            for match in pattern.finditer(text):
                span = match.span()
                if _covered(span, blocks):
                    continue
                clause = _clause(text, *span)
                if may_negate and lexicon.negation.search(text, clause[0], span[0]):
                    negated.append(span)
                elif found is None and not _about_business(text, span, clause):
                    found = (topic.id, span, clause)
    if found is None:
        return RuleReading(touched=touched, negated=tuple(negated))
    return RuleReading(found[0], found[1], found[2], touched, tuple(negated))


def admin_topic(text: str) -> str | None:
    """The administrative topic the rules find in ``text`` (normalised, typos
    fixed), or None (:func:`read_rules`' ``topic``)."""
    return read_rules(text).topic


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` replaced by as many spaces (offsets keep)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def context_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The lexicon's words for the candidate or the staff, and for the
    company's customers, products and partners (``work_context``)."""
    lexicon = _lexicon()
    return lexicon.staff, lexicon.work_objects


def topic_label(topic: str) -> str | None:
    """The words the advice uses for ``topic`` (``time_off`` -> "time off"); None when unknown."""
    return next((t.label for t in _lexicon().topics if t.id == topic), None)


def is_generic(text: str) -> bool:
    """True when ``text`` (normalised) is a question the company's website answers."""
    return _lexicon().generic.search(text) is not None


def best_for(text: str) -> tuple[str, ...]:
    """The interviewer kinds ``text`` (normalised) suits best, by the lexicon's
    hints: the top kind and a runner-up close to it; hiring manager and peer
    when no hint fires."""
    scores = dict.fromkeys(KINDS, 0.0)
    lexicon = _lexicon()
    for index in lexicon.hint_gate.candidates(text):
        kind, pattern, weight = lexicon.kind_hints[index]
        if pattern.search(text):
            scores[kind] += weight
    top = max(scores.values())
    if top == 0:
        return _DEFAULT_KINDS
    ranked = sorted((k for k in KINDS if scores[k] > 0), key=lambda k: (-scores[k], KINDS.index(k)))
    return tuple(k for k in ranked[:2] if scores[k] >= _RUNNER_UP_SHARE * top)
