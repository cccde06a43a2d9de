"""Split an answer into sentences with exact character offsets.

Typed answers end sentences at ``.``, ``!`` or ``?`` followed by space, and at
line breaks. Spoken transcripts often carry no punctuation at all, so a long
run-on in an answer that has next to no full stops, and few commas, is cut
again where the boundary model (:mod:`roundtwo.coach.boundaries`) hears the
speaker start a new sentence. A long sentence in a punctuated answer is the
writer's own choice, and is cut only where the speaker plainly moves on ("so",
"and then", "but", "after that").
"""

from __future__ import annotations

import itertools
import re

from roundtwo.coach import boundaries
from roundtwo.coach.records import Span

#: A run-on longer than this many words is cut again.
RUN_ON_WORDS = 40
#: A run-on with at most this many commas a word is read as unpunctuated speech.
SPARSE_COMMAS = 1 / 15
#: Neither side of such a cut is shorter than this many words.
MIN_PIECE_WORDS = 7

_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ALNUM = re.compile(r"[^\W_]")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "eg",
        "ie",
        "approx",
        "est",
        "no",
        "jr",
        "sr",
        "inc",
        "co",
        "ltd",
        "dept",
        "fig",
        "a.m",
        "p.m",
        "am",
        "pm",
        "u.s",
        "u.k",
    ]
)
_ALWAYS_JOIN = frozenset({"e.g", "i.e", "eg", "ie", "vs", "mr", "mrs", "ms", "dr", "prof"})
_TOKEN_BEFORE = re.compile(r"([A-Za-z]+(?:\.[A-Za-z]+)*)\.$")
_STRONG_MARKERS = re.compile(
    r",?\s+\b(?:and\s+|but\s+)?(?:so|then|but|after that|afterwards|afterward|in the end|"
    r"eventually|finally|by the end|as a result|which meant|the result was|now|"
    r"because of that|that's when|at that point|the lesson|what i learned|"
    r"looking back|since then|anyway|um so|uh so|okay so)\b",
    re.IGNORECASE,
)
_WEAK_MARKERS = re.compile(
    r",?\s+\b(?:and i|and we|and the|and they|and that|and it|which|when i|when we|"
    r"while|and my|and our|because)\b",
    re.IGNORECASE,
)


def _is_abbreviation(text: str, dot: int, after: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation, not a sentence."""
    if text[dot] != ".":
        return False
    match = _TOKEN_BEFORE.search(text[max(0, dot - 12) : dot + 1])
    if not match:
        return False
    token = match.group(1).lower()
    if token not in _ABBREVIATIONS:
        return False
    if token in _ALWAYS_JOIN:
        return True
    rest = text[after:].lstrip()
    return bool(rest) and (rest[0].islower() or rest[0].isdigit())


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or not _ALNUM.search(text, start, end):
        return None
    return Span(start, end, text[start:end])


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _cuts(text: str, span: Span, markers: re.Pattern[str]) -> list[int]:
    """Cut points inside ``span`` at ``markers``, keeping each piece long enough."""
    cuts: list[int] = []
    last = span.start
    for match in markers.finditer(text, span.start, span.end):
        # cut before the marker word itself, leaving any comma with the left piece
        cut = match.start() + (1 if text[match.start()] == "," else 0)
        if _word_count(text, last, cut) < MIN_PIECE_WORDS:
            continue
        if _word_count(text, cut, span.end) < MIN_PIECE_WORDS:
            break
        cuts.append(cut)
        last = cut
    return cuts


def _pieces(text: str, points: list[int]) -> list[Span]:
    pieces = []
    for left, right in itertools.pairwise(points):
        piece = _trimmed(text, left, right)
        if piece is not None:
            pieces.append(piece)
    return pieces


def _split_long(text: str, span: Span, unpunctuated: bool) -> list[Span]:
    """``span`` itself, or its pieces when it is a run-on (see the module's docstring);
    ``unpunctuated`` says the whole answer has next to no full stops."""
    # counting spaces is a cheap upper bound on the words; count exactly only when it may matter
    if text.count(" ", span.start, span.end) < RUN_ON_WORDS:
        return [span]
    words = _word_count(text, span.start, span.end)
    if words <= RUN_ON_WORDS:
        return [span]
    model = boundaries.load_model() if unpunctuated else None
    if model is not None and text.count(",", span.start, span.end) <= words * SPARSE_COMMAS:
        cuts = boundaries.cut_points(text, span.start, span.end, model)
        return _pieces(text, [span.start, *cuts, span.end])
    return _split_run_on(text, span, [_STRONG_MARKERS, _WEAK_MARKERS])


def _split_run_on(text: str, span: Span, markers: list[re.Pattern[str]]) -> list[Span]:
    if not markers or _word_count(text, span.start, span.end) <= RUN_ON_WORDS:
        return [span]
    points = [span.start, *_cuts(text, span, markers[0]), span.end]
    pieces: list[Span] = []
    for left, right in itertools.pairwise(points):
        piece = _trimmed(text, left, right)
        if piece is not None:
            pieces.extend(_split_run_on(text, piece, markers[1:]))
    return pieces


def split_sentences(text: str) -> list[Span]:
    """The sentences of ``text`` in order, as spans trimmed of surrounding space.

    Each span's text is ``text[start:end]``. Stretches without a letter or digit
    (a lone dash, an ellipsis) belong to no sentence. Empty or blank text gives
    ``[]``. Run-ons over ``RUN_ON_WORDS`` words are cut again.
    """
    spans = punctuated_spans(text)
    # counting spaces is a cheap upper bound on the words; count exactly only when it may matter
    unpunctuated = bool(spans) and text.count(" ") > RUN_ON_WORDS * len(spans)
    if unpunctuated:
        unpunctuated = _word_count(text, 0, len(text)) > RUN_ON_WORDS * len(spans)
    return [piece for span in spans for piece in _split_long(text, span, unpunctuated)]


def punctuated_spans(text: str) -> list[Span]:
    """The stretches of ``text`` between sentence punctuation and line breaks, run-ons uncut."""
    spans: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        if _is_abbreviation(text, match.start(), match.end()):
            continue
        end = match.start() if match.group() == "\n" else match.end()
        piece = _trimmed(text, start, end)
        if piece is not None:
            spans.append(piece)
        start = match.end()
    piece = _trimmed(text, start, len(text))
    if piece is not None:
        spans.append(piece)
    return spans
