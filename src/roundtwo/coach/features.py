"""Sentence features for the STAR classifier: words, cue phrases, shape, position.

Each sentence becomes a list of feature names (binary features). The same
function feeds training (``roundtwo.coach.train``) and reading, so the model
and the reader always agree on what a feature means.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence

from roundtwo.coach.lexicons import PhraseIndex, index_tokens, lexicon, words_of
from roundtwo.coach.records import Metric, Span

_SUBJECT_VERB = re.compile(
    r"\b(i|we|they|he|she|you)\s+(?:also\s+|then\s+|quickly\s+|immediately\s+|just\s+|"
    r"personally\s+|first\s+|eventually\s+|finally\s+|actually\s+|really\s+)?([a-z]+(?:-[a-z]+)?)"
)
_TENSE_NAMES = ("tense=past", "tense=present", "tense=modal")
_NUMBERED = re.compile(r"\d+[.)]\s")
_PERSONS = frozenset(["i", "we", "you"])
_MODAL_VERBS = frozenset(["would", "will", "could", "might", "should"])
_CONTRACTED = frozenset(["i'd", "we'd", "you'd", "i'll", "we'll", "you'll"])
_CAUSE_WORDS = frozenset(["because", "since"])
_CAUSE_PHRASES = (("so", "that"), ("in", "order", "to"), ("which", "is", "why"), ("to", "make", "sure"))
_NUMBERISH = re.compile(r"^\$?\d")
_NUMBER_START = frozenset("$0123456789")
_STATE_VERBS = frozenset(["was", "were", "am", "is", "'m", "had", "have", "worked", "work"])
_PAST = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "went",
        "got",
        "made",
        "took",
        "came",
        "saw",
        "said",
        "told",
        "gave",
        "found",
        "began",
        "ran",
        "led",
        "built",
        "sent",
        "spent",
        "set",
        "put",
        "brought",
        "thought",
        "knew",
        "felt",
        "kept",
        "left",
        "met",
        "paid",
        "sat",
        "stood",
        "wrote",
        "became",
        "grew",
        "fell",
        "rose",
        "won",
        "lost",
        "chose",
        "drove",
        "spoke",
        "caught",
        "bought",
        "taught",
        "realised",
        "realized",
    ]
)
_PRESENT = frozenset(
    [
        "am",
        "is",
        "are",
        "'m",
        "'re",
        "do",
        "does",
        "have",
        "has",
        "want",
        "like",
        "think",
        "love",
        "enjoy",
        "know",
    ]
)
_MODAL = frozenset(["would", "will", "could", "should", "might", "'d", "'ll", "can"])
STAR_GROUPS = ("situation", "task", "action", "result", "other")


@functools.cache
def _cue_index() -> PhraseIndex:
    cues = lexicon("star")
    return PhraseIndex({group: cues[group] for group in STAR_GROUPS})


@functools.cache
def _verb_sets() -> tuple[frozenset[str], frozenset[str]]:
    return words_of("verbs", "action"), words_of("verbs", "result")


@functools.cache
def _stopwords() -> frozenset[str]:
    return words_of("english", "stopwords")


@functools.lru_cache(maxsize=65536)
def _word_feature(word: str) -> str:
    return "w=" + stem(word)


@functools.lru_cache(maxsize=65536)
def _token_facts(token: str) -> tuple[str, str, str]:
    """A token's word feature, tense feature ("" for none) and topic stem ("" for a
    stopword or a word under three letters); numbers read as "<num>"."""
    word = "<num>" if token[0] in _NUMBER_START else token
    topic = stem(word) if len(word) >= 3 and word not in _stopwords() else ""
    return _word_feature(word), _tense(token), topic


@functools.lru_cache(maxsize=65536)
def _tense(token: str) -> str:
    """ "tense=past", "tense=present", "tense=modal" or "" for a word."""
    if token in _PAST or (len(token) > 4 and token.endswith("ed")):
        return "tense=past"
    if token in _PRESENT or token.endswith(("'m", "'re")):
        return "tense=present"
    if token in _MODAL or token.endswith(("'d", "'ll")):
        return "tense=modal"
    return ""


def _says_would(tokens: Sequence[str]) -> bool:
    """ "I would", "we'll", "you could": a hypothetical or future action."""
    if _CONTRACTED.intersection(tokens):
        return True
    if not _MODAL_VERBS.intersection(tokens):
        return False
    return any(a in _PERSONS and b in _MODAL_VERBS for a, b in itertools.pairwise(tokens))


def _gives_cause(tokens: Sequence[str]) -> bool:
    """ "because", "since", "so that", "in order to": the sentence gives a reason."""
    if _CAUSE_WORDS.intersection(tokens):
        return True
    for phrase in _CAUSE_PHRASES:
        size = len(phrase)
        if phrase[0] in tokens and any(
            tuple(tokens[i : i + size]) == phrase for i in range(len(tokens) - size + 1)
        ):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def content_words(text: str) -> frozenset[str]:
    """Lowercase words of ``text`` that carry topic (no stopwords, no numbers), crudely stemmed."""
    words = set()
    for token in index_tokens(text):
        if token in _stopwords() or _NUMBERISH.match(token) or len(token) < 3:
            continue
        words.add(stem(token))
    return frozenset(words)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper so that "priorities" meets "prioritize" half-way."""
    for suffix in ("ations", "ation", "ities", "ing", "ies", "ied", "ed", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def sentence_features(
    text: str,
    index: int,
    total: int,
    *,
    metrics: Sequence[Metric] = (),
    question_words: frozenset[str] = frozenset(),
    category: str | None = None,
    question_kind: str | None = None,
) -> list[str]:
    """Feature names for sentence ``index`` of ``total`` whose text is ``text``.

    ``metrics`` are the metrics inside this sentence, ``question_words`` the
    question's content words (see :func:`content_words`), ``category`` the
    question category when known, ``question_kind`` what the question asks
    for (see :func:`question_kind`). Empty text gives only the shape features.
    Each name appears once.
    """
    feats, _ = sentence_features_with_cues(
        text,
        index,
        total,
        metrics=metrics,
        question_words=question_words,
        category=category,
        question_kind=question_kind,
    )
    return feats


def sentence_features_with_cues(
    text: str,
    index: int,
    total: int,
    *,
    metrics: Sequence[Metric] = (),
    question_words: frozenset[str] = frozenset(),
    category: str | None = None,
    question_kind: str | None = None,
) -> tuple[list[str], list[str]]:
    """:func:`sentence_features`, plus the telling few a neighbour sentence may borrow."""
    lower = text.lower().replace("’", "'")
    tokens = index_tokens(text)
    words = ["<num>" if t[0] in _NUMBER_START else t for t in tokens]
    # one cached look-up a token gives its word feature, tense and topic stem
    word_feats: tuple[str, ...] = ()
    token_tenses: tuple[str, ...] = ()
    topic_stems: tuple[str, ...] = ()
    if tokens:
        word_feats, token_tenses, topic_stems = zip(*map(_token_facts, tokens), strict=True)
    feats = ["bias"]
    feats.extend(set(word_feats))
    feats.extend({"b=" + a + "_" + b for a, b in itertools.pairwise(words)})
    cues: list[str] = []
    if words:
        feats.append("f2=" + "_".join(words[:2]))
        feats.append("l1=" + words[-1])
    for group, hits in sorted(_cue_index().count(tokens).items()):
        if hits:
            cues.append("cue=" + group)
            if hits > 1:
                feats.append("cue2=" + group)
            if category:
                feats.append(f"cat={category}&cue={group}")
    actions, results = _verb_sets()
    for subject, verb in _SUBJECT_VERB.findall(lower):
        if verb in actions:
            cues.append(f"sv={subject}_action")
        if verb in results:
            cues.append(f"sv={subject}_result")
        if verb in _STATE_VERBS:
            cues.append(f"sv={subject}_state")
    found_tenses = set(token_tenses)
    tenses = [name for name in _TENSE_NAMES if name in found_tenses]
    if "tense=past" not in found_tenses and tenses:
        tenses.append("tense=nonpast")
    if any(w in results for w in words):
        cues.append("result_verb")
    would = _says_would(tokens)
    if would:
        cues.append("would")
    if _gives_cause(tokens):
        cues.append("cause")
    if metrics:
        cues.append("metric")
        cues.extend({"metric=" + m.kind for m in metrics})
        if len(metrics) > 1:
            cues.append("metric2")
    cues = list(dict.fromkeys(cues))
    feats.extend(cues)
    feats.extend(tenses)
    position = index / (total - 1) if total > 1 else 0.0
    # In an answer of one to three sentences, "last" says little about the part it plays.
    where: int | str = bisect_right((0.01, 0.34, 0.67, 0.99), position) if total > 3 else f"s{index}"
    feats.append(f"pos={where}")
    feats.extend([f"pos={where}&{f}" for f in cues])
    if total <= 3:
        feats.append("short_answer")
    feats.append(f"len={bisect_right((6, 12, 20, 32, 45), len(words))}")
    if question_words and words:
        own = set(topic_stems)
        own.discard("")
        if own:
            overlap = len(own & question_words) / len(own)
            feats.append(f"qov={bisect_right((0.1, 0.25, 0.5), overlap)}")
    if question_kind:
        feats.append("q=" + question_kind)
        feats.extend([f"q={question_kind}&{f}" for f in tenses])
        if would:
            feats.append(f"q={question_kind}&would")
    if category:
        feats.append("cat=" + category)
        if words:
            feats.append(f"cat={category}&f1={words[0]}")
    stripped = text.strip()
    if stripped.endswith("?"):
        feats.append("ends=?")
    elif stripped.endswith(":"):
        feats.append("ends=:")
    if (stripped and stripped[0] in "-*•") or _NUMBERED.match(stripped):
        feats.append("bullet")
    if text[:1].islower():
        feats.append("lowercase_start")
    if words:
        cues.append("f1=" + words[0])
        feats.append(cues[-1])
    return feats, cues


_QUESTION_KINDS = (
    ("story", re.compile(r"\b(?:tell me about|describe a|give (?:me )?an example|a time|have you ever)\b")),
    (
        "hypothetical",
        re.compile(r"\b(?:how would|what would|how do you|how should|what should|walk me through how)\b"),
    ),
    ("why", re.compile(r"\b(?:why|what motivates|what draws|what attracts)\b")),
    ("view", re.compile(r"\b(?:what do you think|how do you see|where do you see|what is your view)\b")),
)


def question_kind(question: str | None) -> str | None:
    """ "story", "hypothetical", "why" or "view": what the question asks for, or None."""
    if not question:
        return None
    lower = question.lower()
    for name, pattern in _QUESTION_KINDS:
        if pattern.search(lower):
            return name
    return "other"


def metrics_in(span: Span, metrics: Sequence[Metric]) -> list[Metric]:
    """The metrics that overlap ``span``."""
    return [m for m in metrics if m.start < span.end and m.end > span.start]
