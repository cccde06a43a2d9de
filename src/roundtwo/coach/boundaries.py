"""Where one spoken sentence ends and the next begins, in text without punctuation.

A speech transcript often runs for a hundred words without a full stop; a
listener still hears the sentences ("...forty stores | and for years the whole
budget went..."). A logistic regression over the words either side of each
gap between two words (weights in ``content/models/boundaries.json``, trained
by ``python -m roundtwo.coach.train`` from the corpus's own sentence breaks)
says how likely a sentence break is there; a left-to-right pass cuts where it
is likely and both pieces are long enough to stand alone.
"""

from __future__ import annotations

import functools
import json
import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from roundtwo.coach.classifier import SoftmaxModel

MODEL_FILE = "boundaries.json"
#: Labels of a gap between two words.
CUT, JOIN = "cut", "join"
#: Neither side of a cut is shorter than this many words.
MIN_PIECE_WORDS = 3
#: A gap whose break probability passes this becomes a cut. Below one half because
#: a missed break costs more than an extra one: the two parts of a merged sentence
#: can only get one label between them.
THRESHOLD = 0.3

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SUBJECTS = frozenset(["i", "we", "he", "she", "they", "it", "you", "my", "our", "the", "that", "this"])


@dataclass(frozen=True)
class BoundaryModel:
    """The log-odds of a break that each gap feature adds (two labels need one number)."""

    margins: dict[str, float]

    @classmethod
    def from_softmax(cls, model: SoftmaxModel) -> BoundaryModel:
        cut, join = model.labels.index(CUT), model.labels.index(JOIN)
        return cls({name: row[cut] - row[join] for name, row in model.weights.items()})

    def log_odds(self, features: Sequence[str]) -> float:
        """log P(break) / P(no break) at a gap with ``features``."""
        margins = self.margins
        return sum([margins.get(name, 0.0) for name in features])


@functools.cache
def load_model() -> BoundaryModel | None:
    """The trained boundary model, or None when no weights file ships."""
    path = resources.files("roundtwo.content").joinpath("models", MODEL_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    labels = list(data["labels"])
    return BoundaryModel.from_softmax(SoftmaxModel(labels=labels, weights=data["weights"]))


def words_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, lowercase word) of every word of ``text[start:end]``."""
    return [
        (m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _WORD.finditer(text, start, end)
    ]


#: Bucket edges of the words since the last cut and until the stretch ends.
_SINCE_EDGES = (3, 5, 8, 12, 18, 25)
_UNTIL_EDGES = (3, 5, 8, 12)


def gap_features(text: str, words: Sequence[tuple[int, int, str]], i: int, since: int) -> list[str]:
    """Features of the gap before word ``i``; ``since`` words have passed since the last cut."""
    return [
        *_word_features(text, words, i),
        f"since={bisect_right(_SINCE_EDGES, since)}",
        f"until={bisect_right(_UNTIL_EDGES, len(words) - i)}",
    ]


def _word_features(text: str, words: Sequence[tuple[int, int, str]], i: int) -> list[str]:
    """The features of the gap before word ``i`` that the words and marks around it give."""
    before = words[i - 1][2]
    after = words[i][2]
    before2 = words[i - 2][2] if i >= 2 else "<s>"
    after2 = words[i + 1][2] if i + 1 < len(words) else "</s>"
    after3 = words[i + 2][2] if i + 2 < len(words) else "</s>"
    between = text[words[i - 1][1] : words[i][0]]
    feats = [
        "bias",
        "p1=" + before,
        "p2=" + before2 + "_" + before,
        "n1=" + after,
        "n2=" + after + "_" + after2,
        "n3=" + after + "_" + after2 + "_" + after3,
        "pn=" + before + "_" + after,
    ]
    if after2 in _SUBJECTS:
        feats.append("n1&subj2=" + after)
    if "," in between or ";" in between:
        feats.append("comma")
    if "-" in between or "—" in between or "–" in between:
        feats.append("dash")
    return feats


def cut_points(text: str, start: int, end: int, model: BoundaryModel) -> list[int]:
    """Character offsets inside ``text[start:end]`` where a new sentence starts."""
    words = words_in(text, start, end)
    bar = math.log(THRESHOLD / (1 - THRESHOLD))
    # gap_features, with the two distance features looked up once a bucket
    since_odds = [model.margins.get(f"since={k}", 0.0) for k in range(len(_SINCE_EDGES) + 1)]
    until_odds = [model.margins.get(f"until={k}", 0.0) for k in range(len(_UNTIL_EDGES) + 1)]
    cuts: list[int] = []
    last = 0
    for i in range(MIN_PIECE_WORDS, len(words) - MIN_PIECE_WORDS + 1):
        if i - last < MIN_PIECE_WORDS:
            continue
        odds = model.log_odds(_word_features(text, words, i))
        odds += since_odds[bisect_right(_SINCE_EDGES, i - last)]
        odds += until_odds[bisect_right(_UNTIL_EDGES, len(words) - i)]
        if odds > bar:
            cuts.append(words[i][0])
            last = i
    return cuts


def gap_examples(text: str, start: int, end: int, breaks: frozenset[int]) -> list[tuple[list[str], str]]:
    """Training examples for the gaps of ``text[start:end]``; ``breaks`` are the true sentence starts."""
    words = words_in(text, start, end)
    examples = []
    last = 0
    for i in range(1, len(words)):
        is_cut = words[i][0] in breaks
        examples.append((gap_features(text, words, i, i - last), CUT if is_cut else JOIN))
        if is_cut:
            last = i
    return examples
