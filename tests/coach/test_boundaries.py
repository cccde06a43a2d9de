"""Sentence breaks in unpunctuated speech: gap features, cuts, training examples."""

from __future__ import annotations

import itertools
import math

from roundtwo.coach import boundaries
from roundtwo.coach.boundaries import (
    CUT,
    JOIN,
    MIN_PIECE_WORDS,
    BoundaryModel,
    cut_points,
    gap_examples,
    gap_features,
)
from roundtwo.coach.classifier import SoftmaxModel

TEXT = "we had a backlog of two hundred tickets so i split it by product and then we cleared it"

#: Cuts before "so" and "then" only: a model whose rules can be read at a glance.
HAND_MODEL = BoundaryModel.from_softmax(
    SoftmaxModel(labels=[CUT, JOIN], weights={"bias": [0.0, 3.0], "n1=so": [6.0, 0.0]})
)


def test_words_in_gives_exact_offsets() -> None:
    text = "Um, I’d say so"
    words = boundaries.words_in(text, 0, len(text))
    assert [w for _, _, w in words] == ["um", "i'd", "say", "so"]
    assert all(text[start:end].lower().replace("’", "'") == w for start, end, w in words)


def test_boundary_model_reads_two_labels_as_one_margin() -> None:
    model = BoundaryModel.from_softmax(SoftmaxModel(labels=[JOIN, CUT], weights={"n1=so": [1.0, 4.0]}))
    assert model.margins == {"n1=so": 3.0}
    assert model.log_odds(["n1=so", "unknown"]) == 3.0


def test_gap_features_name_the_words_either_side() -> None:
    words = boundaries.words_in(TEXT, 0, len(TEXT))
    index = [w for _, _, w in words].index("so")
    feats = gap_features(TEXT, words, index, since=index)
    assert {"n1=so", "p1=tickets", "n2=so_i", "pn=tickets_so", "n1&subj2=so"} <= set(feats)
    assert "comma" not in feats


def test_gap_features_see_a_comma() -> None:
    text = "we shipped it, so the team rested"
    words = boundaries.words_in(text, 0, len(text))
    assert "comma" in gap_features(text, words, 3, since=3)


def test_cut_points_cut_where_the_model_hears_a_break() -> None:
    cuts = cut_points(TEXT, 0, len(TEXT), HAND_MODEL)
    assert [TEXT[c:].split()[0] for c in cuts] == ["so"]


def test_cut_points_keep_each_piece_long_enough() -> None:
    text = "so we so did so it so"
    model = BoundaryModel({"n1=so": 6.0})
    cuts = cut_points(text, 0, len(text), model)
    points = [0, *cuts, len(text)]
    pieces = [text[a:b].split() for a, b in itertools.pairwise(points)]
    assert all(len(piece) >= MIN_PIECE_WORDS for piece in pieces)


def test_cut_points_respect_the_span() -> None:
    text = "Intro sentence here. " + TEXT
    start = text.index("we")
    cuts = cut_points(text, start, len(text), HAND_MODEL)
    assert cuts == [start + TEXT.index("so i")]


def test_gap_examples_label_the_true_breaks() -> None:
    breaks = frozenset([TEXT.index("so i"), TEXT.index("and then")])
    examples = gap_examples(TEXT, 0, len(TEXT), breaks)
    assert len(examples) == len(TEXT.split()) - 1
    cut_words = [feats[3] for feats, label in examples if label == CUT]
    assert cut_words == ["n1=so", "n1=and"]
    assert sum(label == JOIN for _, label in examples) == len(examples) - 2


def test_gap_examples_count_words_since_the_last_break() -> None:
    breaks = frozenset([TEXT.index("so i")])
    examples = gap_examples(TEXT, 0, len(TEXT), breaks)
    after_break = [feats for feats, _ in examples][8]  # the gap right after "so"
    assert "since=0" in after_break


def test_cut_points_weigh_the_same_features_as_training() -> None:
    # cut_points looks the distance features up once a bucket; the cuts must be those
    # a plain pass over gap_features (what the model was trained on) would make.
    model = BoundaryModel({"n1=so": 2.0, "n1=and": 1.0, "since=3": 0.5, "until=4": 0.4, "bias": -1.8})
    text = " ".join([TEXT, "and", TEXT, "so", TEXT])
    words = boundaries.words_in(text, 0, len(text))
    bar = math.log(boundaries.THRESHOLD / (1 - boundaries.THRESHOLD))
    expected, last = [], 0
    for i in range(MIN_PIECE_WORDS, len(words) - MIN_PIECE_WORDS + 1):
        if i - last >= MIN_PIECE_WORDS and model.log_odds(gap_features(text, words, i, i - last)) > bar:
            expected.append(words[i][0])
            last = i
    assert expected
    assert cut_points(text, 0, len(text), model) == expected
