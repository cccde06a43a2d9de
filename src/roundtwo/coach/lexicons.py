"""Word lists from ``content/lexicons/*.yaml``, loaded once, and phrase matchers."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

import yaml

from roundtwo.errors import RoundtwoError


@functools.cache
def lexicon(name: str) -> dict[str, Any]:
    """The mapping in ``content/lexicons/<name>.yaml``; a missing file raises RoundtwoError."""
    path = resources.files("roundtwo.content").joinpath("lexicons", f"{name}.yaml")
    if not path.is_file():
        raise RoundtwoError(f"missing lexicon {name!r}.", hint="Reinstall roundtwo.")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text("utf-8"), Loader=loader)
    if not isinstance(data, dict):
        raise RoundtwoError(f"lexicon {name!r} is not a mapping.", hint="Fix its YAML file.")
    return data


@functools.cache
def words_of(name: str, *keys: str) -> frozenset[str]:
    """The lowercase word set at ``lexicon(name)[keys[0]][keys[1]]...``."""
    node: Any = lexicon(name)
    for key in keys:
        node = node[key]
    return frozenset(str(word).lower() for word in node)


def _phrase_regex(phrase: str, prefix: bool, lead: bool = True) -> str:
    parts = [re.escape(part).replace("'", "['’]") for part in phrase.strip().split()]
    body = r"\s+".join(parts)
    start = r"\b" if lead and phrase[:1].isalnum() else ""
    tail = "" if prefix or not phrase[-1:].isalnum() else r"\b"
    return start + body + tail


@functools.cache
def _compile(phrases: tuple[str, ...], prefix: bool, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    if all(p[:1].isalnum() for p in ordered):
        # one look-behind for the whole alternation scans about twice as fast as a \b per branch
        body = "|".join(_phrase_regex(p, prefix, lead=False) for p in ordered)
        return re.compile(rf"(?<!\w)(?:{body})", flags)
    return re.compile("|".join(_phrase_regex(p, prefix) for p in ordered), flags)


def phrase_matcher(phrases: Iterable[str], *, prefix: bool = False) -> re.Pattern[str]:
    """One compiled regex matching any of ``phrases`` as whole words, longest first.

    With ``prefix`` a phrase also matches the start of a longer word
    ("stakeholder" finds "stakeholders"). Apostrophes match ' and ’.
    """
    return _compile(tuple(str(p).lower() for p in phrases), prefix)


def lowercase_matcher(phrases: Iterable[str], *, prefix: bool = False) -> re.Pattern[str]:
    """Like :func:`phrase_matcher`, but case-sensitive: run it on lowercased text.

    About five times faster than the case-insensitive matcher, for hot paths
    that lowercase the text once.
    """
    return _compile(tuple(str(p).lower() for p in phrases), prefix, 0)


#: Words whose prefix matches a PrefixIndex remembers before it starts afresh.
_MEMO_LIMIT = 50_000
_INDEX_TOKEN = re.compile(r"[a-z0-9$%]+(?:'[a-z]+)?")


@functools.lru_cache(maxsize=4096)
def index_tokens(text: str) -> tuple[str, ...]:
    """Lowercase word tokens as :class:`PhraseIndex` reads them ("I'm" -> "i'm").

    Remembered per text: the classifier and the category checks read the same sentences.
    """
    return tuple(_INDEX_TOKEN.findall(text.lower().replace("’", "'")))


class PhraseIndex:
    """Count phrases of several groups in a token list by dictionary look-up.

    Much faster than a regex alternation when many groups are searched in
    many short sentences; tokens come from :func:`index_tokens`.
    """

    def __init__(self, groups: dict[str, Iterable[str]]) -> None:
        # one-word phrases by word; longer ones by their first two words, with the rest
        self._single: dict[str, list[str]] = {}
        self._pairs: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = {}
        for group, phrases in groups.items():
            for phrase in phrases:
                tokens = tuple(index_tokens(str(phrase)))
                if len(tokens) == 1:
                    self._single.setdefault(tokens[0], []).append(group)
                elif tokens:
                    self._pairs.setdefault(tokens[:2], []).append((tokens[2:], group))
        self._firsts = frozenset(first for first, *_ in self._pairs)

    def count(self, tokens: Sequence[str]) -> dict[str, int]:
        """Occurrences per group of any of its phrases in ``tokens`` (groups with none left out)."""
        counts: dict[str, int] = {}
        single, pairs, firsts = self._single, self._pairs, self._firsts
        words = tuple(tokens)
        for i, token in enumerate(words):
            groups = single.get(token)
            if groups:
                for group in groups:
                    counts[group] = counts.get(group, 0) + 1
            # most words open no phrase: test the word before building the pair
            entries = pairs.get(words[i : i + 2]) if token in firsts and i + 1 < len(words) else None
            if entries:
                for rest, group in entries:
                    if not rest or words[i + 2 : i + 2 + len(rest)] == rest:
                        counts[group] = counts.get(group, 0) + 1
        return counts


class PrefixIndex:
    """Like :class:`PhraseIndex`, but a phrase's last word also matches longer words
    ("stakeholder" finds "stakeholders", "negotiat" finds "negotiated")."""

    def __init__(self, groups: dict[str, Iterable[str]]) -> None:
        self._single: dict[str, list[str]] = {}
        self._two: dict[str, list[tuple[str, str]]] = {}  # first word -> (second word's prefix, group)
        self._long: dict[
            tuple[str, ...], list[tuple[tuple[str, ...], str]]
        ] = {}  # first two -> (rest, group)
        for group, phrases in groups.items():
            for phrase in phrases:
                tokens = tuple(index_tokens(str(phrase)))
                if len(tokens) == 1:
                    self._single.setdefault(tokens[0], []).append(group)
                elif len(tokens) == 2:
                    self._two.setdefault(tokens[0], []).append((tokens[1], group))
                elif tokens:
                    self._long.setdefault(tokens[:2], []).append((tokens[2:], group))
        self._long_first = frozenset(first for first, _ in self._long)
        self._lengths = sorted({len(word) for word in self._single})
        shortest = self._lengths[0] if self._lengths else 1
        self._heads = frozenset(word[:shortest] for word in self._single)
        self._shortest = shortest
        self._memo: dict[str, tuple[str, ...]] = {}
        self._pair_memo: dict[tuple[str, str], tuple[str, ...]] = {}

    def _singles(self, token: str) -> tuple[str, ...]:
        """Groups of the one-word phrases that ``token`` starts with (remembered per word)."""
        known = self._memo.get(token)
        if known is not None:
            return known
        groups: list[str] = []
        if token[: self._shortest] in self._heads:
            for size in self._lengths:
                if size > len(token):
                    break
                groups.extend(self._single.get(token[:size], ()))
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[token] = found = tuple(groups)
        return found

    def _pairs(self, first: str, second: str) -> tuple[str, ...]:
        """Groups of the two-word phrases that ``first second`` opens (remembered per pair)."""
        key = (first, second)
        known = self._pair_memo.get(key)
        if known is not None:
            return known
        found = tuple(group for prefix, group in self._two.get(first, ()) if second.startswith(prefix))
        if len(self._pair_memo) >= _MEMO_LIMIT:
            self._pair_memo.clear()
        self._pair_memo[key] = found
        return found

    def _scan(self, tokens: Sequence[str]) -> list[tuple[str, str]]:
        """(group, first word) for every phrase occurrence in ``tokens``, in order."""
        hits: list[tuple[str, str]] = []
        words = tuple(tokens)
        last = len(words) - 1
        memo, two, long, long_first = self._memo, self._two, self._long, self._long_first
        for i, token in enumerate(words):
            groups = memo.get(token)
            if groups is None:
                groups = self._singles(token)
            for group in groups:
                hits.append((group, token))
            if i == last:
                break
            if token in two:
                for group in self._pairs(token, words[i + 1]):
                    hits.append((group, token))
            entries = long.get(words[i : i + 2]) if token in long_first else None
            if entries:
                for rest, group in entries:
                    tail = words[i + 2 : i + 2 + len(rest)]
                    if len(tail) == len(rest) and tail[:-1] == rest[:-1] and tail[-1].startswith(rest[-1]):
                        hits.append((group, token))
        return hits

    def words_found(self, tokens: Sequence[str]) -> set[str]:
        """The distinct words of ``tokens`` that open a phrase of any group (order ignored)."""
        found = {token for token in set(tokens) if self._singles(token)}
        if self._two or self._long:
            found.update(token for _, token in self._scan_multi(tokens))
        return found

    def _scan_multi(self, tokens: Sequence[str]) -> list[tuple[str, str]]:
        """Like :meth:`_scan`, for phrases of two or more words only."""
        words = tuple(tokens)
        starts = self._two.keys() | self._long_first
        hits: list[tuple[str, str]] = []
        for i, token in enumerate(words[:-1]):
            if token in starts:
                for group in self._pairs(token, words[i + 1]):
                    hits.append((group, token))
                for rest, group in self._long.get(words[i : i + 2], ()):
                    tail = words[i + 2 : i + 2 + len(rest)]
                    if len(tail) == len(rest) and tail[:-1] == rest[:-1] and tail[-1].startswith(rest[-1]):
                        hits.append((group, token))
        return hits

    def found(self, tokens: Sequence[str]) -> dict[str, str]:
        """Each group with a phrase in ``tokens``, mapped to the first word that matched it."""
        hits: dict[str, str] = {}
        for group, token in self._scan(tokens):
            hits.setdefault(group, token)
        return hits

    def count(self, tokens: Sequence[str]) -> dict[str, int]:
        """Occurrences per group in ``tokens`` (groups with none left out)."""
        counts: dict[str, int] = {}
        for group, _ in self._scan(tokens):
            counts[group] = counts.get(group, 0) + 1
        return counts
