"""Whose actions the answer tells: the speaker's own ("I"), the group's ("we"),
or hypothetical ones ("I would") in place of what was actually done."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from roundtwo.coach.lexicons import words_of
from roundtwo.coach.records import Sentence

# All patterns run on lowercased text (case-sensitive matching is much faster).
_I = re.compile(r"\bi(?:['’](?:m|ve|ll))?\b|\bmy(?:self)?\b")
_WE = re.compile(
    r"\b(?:we(?:['’](?:re|ve|d|ll))?|our|ours|us|ourselves)\b|\bthe (?:team|group|department)\b"
    r"|\beveryone\b|\btogether\b",
)
_WOULD = re.compile(
    r"\b(?:i|you|we)\s+(?:would|will|could|should|might)\b|\b(?:i|you|we)['’](?:d|ll)\s+(\w+)"
    r"|\byou\s+(?:need|have|want)\s+to\b|\bi\s+(?:usually|always|typically|normally|tend to)\b",
)
_I_SUBJECT = re.compile(r"\bi\b(?!['’]d\s+(?:been|had))")


@functools.cache
def _perfect_after_id() -> frozenset[str]:
    return words_of("verbs", "perfect_after_id")


@functools.lru_cache(maxsize=4096)
def count_hypothetical(text: str) -> int:
    """Hypothetical or habitual phrasings ("I would", "I'd", "you should", "I usually").

    "I'd" followed by a past participle ("I'd already built") is "I had" and
    does not count. Empty text gives 0.
    """
    count = 0
    for match in _WOULD.finditer(text.lower()):
        after = (match.group(1) or "").lower()
        if after and (after in _perfect_after_id() or after.endswith("ed")):
            continue
        count += 1
    return count


def measure_ownership(text: str, sentences: Sequence[Sentence] = ()) -> dict[str, float]:
    """How much of the answer is the speaker's own doing.

    Returns ``{"i", "we", "hypothetical", "ratio", "i_actions", "we_actions"}``:
    first-person singular and plural mentions, hypothetical phrasings, the
    share of "I" among them (0.0 when neither occurs), and among the sentences
    labelled "A" and told as done (not "I would") how many name the speaker
    and how many only the group.
    """
    lower = text.lower()
    i_count = len(_I.findall(lower))
    we_count = len(_WE.findall(lower))
    hypothetical = (
        sum(count_hypothetical(s.text) for s in sentences) if sentences else count_hypothetical(text)
    )
    i_actions = we_actions = 0
    for sentence in sentences:
        if sentence.star != "A":
            continue
        if count_hypothetical(sentence.text):
            continue
        sentence_lower = sentence.text.lower()
        if _I_SUBJECT.search(sentence_lower):
            i_actions += 1
        elif _WE.search(sentence_lower):
            we_actions += 1
    total = i_count + we_count
    return {
        "i": i_count,
        "we": we_count,
        "hypothetical": hypothetical,
        "ratio": round(i_count / total, 3) if total else 0.0,
        "i_actions": i_actions,
        "we_actions": we_actions,
    }
