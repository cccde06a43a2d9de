"""The learned half of the questions-to-ask checker: a logistic regression
over a question's words.

The rules of :mod:`roundtwo.read.ask_rules` know the administrative topics
by their usual words and the business uses of those words; a question
phrased in a way they were never written for slips past them. The model reads
words, word pairs, openers, classes of words (pay, time away, goods, the
candidate, the business, ... from the ``model`` section of
``content/ask_lint.yaml``), pairs of those classes and the lexicon's cues for
the staff and for the business, so it can weigh a phrasing it never saw by
the words around it.

The two are joined as two pieces of evidence: the model's log-odds plus the
log of the likelihood ratio of the rules' verdict, measured on questions the
rules were not written from; at or over the threshold the question is
administrative. ``content/models/ask_admin.json`` holds the weights, that
ratio and the threshold, written by ``python -m roundtwo.read.ask_train``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from typing import Any

from roundtwo.errors import RoundtwoError
from roundtwo.read.ask_rules import context_patterns, lexicon_data

#: Bump when question_features changes in a way the class lists do not show.
FEATURE_VERSION = 1
MODEL_FILE = "ask_admin.json"

_TOKEN = re.compile(r"[a-z0-9]+")
_FIRST_PERSON = frozenset({"i", "im", "ive", "id", "me", "my", "mine", "myself"})
_RETRAIN = "Retrain it with: python -m roundtwo.read.ask_train"


# Words whose final "s" is no plural ending.
_KEEP = frozenset(
    {"is", "this", "his", "has", "was", "does", "goes", "its", "us", "yes", "plus", "bonus", "status"}
    | {"campus", "focus", "bus", "gas", "news", "series", "always", "perhaps", "across", "less", "unless"}
)
_ES_AFTER = ("ss", "x", "z", "ch", "sh", "us")


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """``word`` with a common English ending cut (``salaries`` -> ``salary``,
    ``bonuses`` -> ``bonus``, ``moving`` -> ``mov``, ``covered`` -> ``cover``);
    short words and words like ``bonus`` or ``does`` stay as they are."""
    if word in _KEEP:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 4 and word.endswith("es") and word[:-2].endswith(_ES_AFTER):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class _Classes:
    of_word: Mapping[str, tuple[str, ...]]  # word or stem -> its classes, in file order
    order: tuple[str, ...]
    paired_only: frozenset[str]
    topics: Mapping[str, str]
    other_label: str


@functools.cache
def _classes() -> _Classes:
    section: Any = lexicon_data().get("model")
    try:
        classes = section["classes"]
        of_word: dict[str, list[str]] = {}
        for name, words in classes.items():
            for word in words:
                for form in {str(word), stem(str(word))}:
                    of_word.setdefault(form, []).append(str(name))
        return _Classes(
            of_word={word: tuple(dict.fromkeys(names)) for word, names in of_word.items()},
            order=tuple(str(name) for name in classes),
            paired_only=frozenset(str(name) for name in section.get("paired_only", ())),
            topics={str(k): str(v) for k, v in section["class_topics"].items()},
            other_label=str(section["other_label"]),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise RoundtwoError(
            f"the model section of the ask checker's lexicon is malformed ({exc!r}).",
            hint="Fix the model: section of src/roundtwo/content/ask_lint.yaml.",
        ) from exc


def _word_classes(tokens: list[str], stems: list[str]) -> list[str]:
    of_word = _classes().of_word
    found: dict[str, None] = {}
    for token, stemmed in zip(tokens, stems, strict=True):
        for name in of_word.get(token, ()) or of_word.get(stemmed, ()):
            found[name] = None
    return sorted(found)


def question_features(text: str, char_ngrams: int = 0) -> list[str]:
    """The model's features of ``text`` (normalised, typos fixed), sorted.

    ``w:`` word stems, ``b:`` pairs of neighbouring stems, ``o:``/``o2:`` the
    first one and two stems, ``k:`` word classes (but those the lexicon marks
    ``paired_only``) and ``kk:`` pairs of classes,
    ``c:`` cues (first person, staff, business), and with ``char_ngrams`` n > 0
    ``g:`` every n letters of each word padded with ``<`` ``>``. Empty text
    gives no features.
    """
    tokens = _TOKEN.findall(text)
    if not tokens:
        return []
    stems = [stem(token) for token in tokens]
    found = {f"w:{s}" for s in stems}
    found.update(f"b:{a}_{b}" for a, b in pairwise(stems))
    found.add(f"o:{stems[0]}")
    if len(stems) > 1:
        found.add(f"o2:{stems[0]}_{stems[1]}")
    classes = _word_classes(tokens, stems)
    paired_only = _classes().paired_only
    found.update(f"k:{name}" for name in classes if name not in paired_only)
    found.update(f"kk:{a}&{b}" for i, a in enumerate(classes) for b in classes[i + 1 :])
    staff, business = context_patterns()
    if _FIRST_PERSON.intersection(tokens):
        found.add("c:first_person")
    if staff.search(text):
        found.add("c:staff")
    if business.search(text):
        found.add("c:business")
    if char_ngrams > 0:
        for token in set(tokens):
            padded = f"<{token}>"
            found.update(f"g:{padded[i : i + char_ngrams]}" for i in range(len(padded) - char_ngrams + 1))
    return sorted(found)


def class_topic(text: str) -> str | None:
    """The administrative topic the word classes in ``text`` (normalised)
    suggest (the first class, in file order, that names one), or None."""
    tokens = _TOKEN.findall(text)
    present = set(_word_classes(tokens, [stem(t) for t in tokens]))
    classes = _classes()
    return next((classes.topics[n] for n in classes.order if n in present and n in classes.topics), None)


def other_label() -> str:
    """The advice's words for an administrative question with no known topic."""
    return _classes().other_label


def fingerprint() -> str:
    """A digest of what the features depend on: the feature version, the
    word classes and the lexicon's staff and business cues. The model file
    records the one it was trained with."""
    staff, business = context_patterns()
    section = lexicon_data().get("model") or {}
    payload = json.dumps(
        [
            FEATURE_VERSION,
            section.get("classes"),
            section.get("paired_only"),
            staff.pattern,
            business.pattern,
        ],
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AskModel:
    """The trained weights and how they join the rules' verdict.

    ``model_weight`` scales the model's log-odds (0 leaves the rules alone);
    ``rule_flagged`` and ``rule_passed`` are the log-odds the rules add when
    they flag a question and when they do not; ``threshold`` is the combined
    log-odds at or over which a question is administrative.
    """

    bias: float
    weights: Mapping[str, float]
    char_ngrams: int
    model_weight: float
    rule_flagged: float
    rule_passed: float
    threshold: float

    def learned_log_odds(self, text: str) -> float:
        """The model's own log-odds that ``text`` (normalised, typos fixed)
        is administrative, without the rules."""
        weights = self.weights
        return self.bias + sum(weights.get(f, 0.0) for f in question_features(text, self.char_ngrams))

    def log_odds(self, text: str, rules_flag: bool) -> float:
        """The combined log-odds: the model's plus the rules' evidence."""
        rules = self.rule_flagged if rules_flag else self.rule_passed
        return self.model_weight * self.learned_log_odds(text) + rules if self.model_weight else rules

    def is_administrative(self, text: str, rules_flag: bool) -> bool:
        """The combined verdict on ``text`` given the rules' ``rules_flag``."""
        return self.log_odds(text, rules_flag) >= self.threshold

    def probability(self, text: str, rules_flag: bool) -> float:
        """The combined log-odds as a probability, 0 to 1."""
        z = self.log_odds(text, rules_flag) - self.threshold
        return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def parse_model(data: Any) -> AskModel:
    """An :class:`AskModel` from the parsed JSON of ``ask_admin.json``;
    RoundtwoError naming the missing or malformed key otherwise."""
    try:
        decision = data["decision"]
        return AskModel(
            bias=float(data["bias"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
            char_ngrams=int(data["options"]["char_ngrams"]),
            model_weight=float(decision["model_weight"]),
            rule_flagged=float(decision["rule_flagged"]),
            rule_passed=float(decision["rule_passed"]),
            threshold=float(decision["threshold"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RoundtwoError(
            f"the ask checker's model file {MODEL_FILE} is malformed (missing or bad {exc!s}).",
            hint=_RETRAIN + ".",
        ) from exc


@functools.cache
def load_model() -> AskModel:
    """The shipped model, read once. RoundtwoError when the file is missing
    or malformed, with the command that rebuilds it."""
    node = resources.files("roundtwo.content").joinpath("models", MODEL_FILE)
    try:
        data = json.loads(node.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RoundtwoError(
            f"the ask checker's model file {MODEL_FILE} is missing.", hint=_RETRAIN + "."
        ) from exc
    except ValueError as exc:
        raise RoundtwoError(
            f"the ask checker's model file {MODEL_FILE} is not valid JSON ({exc}).", hint=_RETRAIN + "."
        ) from exc
    return parse_model(data)
