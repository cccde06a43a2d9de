"""Retraining: corpus reading, label projection, the rating fit, and byte-for-byte determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roundtwo.coach import train
from roundtwo.coach.scoring import FEATURES

ITEMS = [
    {
        "id": f"t-{n}",
        "question": "Tell me about a time you led a team.",
        "category": "leadership",
        "answer": answer,
        "sentences": [{"text": text, "star": star} for star, text in parts],
        "metrics": [],
        "rating": rating,
        "style": "written",
        "role_family": "operations_supply_chain",
    }
    for n, (answer, parts, rating) in enumerate(
        [
            (
                "I ran a warehouse shift. My goal was fewer late trucks. I moved the first wave. "
                "Late trucks fell by half.",
                [
                    ("S", "I ran a warehouse shift."),
                    ("T", "My goal was fewer late trucks."),
                    ("A", "I moved the first wave."),
                    ("R", "Late trucks fell by half."),
                ],
                4,
            ),
            (
                "Great question. I'm a natural leader.",
                [("O", "Great question."), ("O", "I'm a natural leader.")],
                1,
            ),
            (
                "We had a backlog. I set up a triage board. The backlog cleared in two weeks.",
                [
                    ("S", "We had a backlog."),
                    ("A", "I set up a triage board."),
                    ("R", "The backlog cleared in two weeks."),
                ],
                3,
            ),
        ]
    )
]


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "train-x.jsonl").write_text("".join(json.dumps(i) + "\n" for i in ITEMS), "utf-8")
    return folder


def test_gold_spans_finds_sentences_in_order() -> None:
    spans = train.gold_spans(ITEMS[0])
    assert [label for _, _, label in spans] == ["S", "T", "A", "R"]
    assert all(ITEMS[0]["answer"][s:e] for s, e, _ in spans)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [([], []), ([(0, 5)], ["S"]), ([(30, 40), (200, 210)], ["T", "O"])],
    ids=["none", "inside", "outside"],
)
def test_projected_labels(spans: list[tuple[int, int]], expected: list[str]) -> None:
    gold = [(0, 24, "S"), (25, 55, "T")]
    assert train.projected_labels(spans, gold) == expected


def test_unpunctuated_copy_keeps_the_sentences() -> None:
    copy = train.unpunctuated(ITEMS[0])
    assert copy["answer"] == (
        "i ran a warehouse shift my goal was fewer late trucks i moved the first wave "
        "late trucks fell by half"
    )
    assert [label for _, _, label in train.gold_spans(copy)] == ["S", "T", "A", "R"]


def test_boundary_examples_mark_each_sentence_start() -> None:
    long = {**ITEMS[0], "sentences": ITEMS[0]["sentences"] * 2}
    long["answer"] = " ".join(s["text"] for s in long["sentences"])
    copy = train.unpunctuated(long)
    examples = train.boundary_examples([copy])
    assert len(examples) == len(copy["answer"].split()) - 1
    assert sum(label == "cut" for _, label in examples) == len(long["sentences"]) - 1
    # the punctuated original has no stretch long enough to learn from
    assert train.boundary_examples([long]) == []


def test_solve_linear_system() -> None:
    assert train._solve([[2.0, 1.0], [1.0, 3.0]], [5.0, 10.0]) == pytest.approx([1.0, 3.0])


def test_fit_rating_shrinks_to_prior_without_data() -> None:
    prior = {"intercept": 2.0, "weights": dict.fromkeys(FEATURES, 0.5)}
    fitted = train.fit_rating([], [], prior, ridge=1.0)
    assert fitted["weights"] == pytest.approx(prior["weights"])


def test_spearman_examples() -> None:
    assert train.spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert train.spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert train.spearman([1, 1, 1], [1, 2, 3]) == 0.0


def test_main_is_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(train, "SEEDS", 1)
    monkeypatch.setitem(train.STAR_OPTIONS, "epochs", 3)
    corpus = _corpus(tmp_path)
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run
        assert train.main(["--corpus", str(corpus), "--out", str(out)]) == 0
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert set(outputs[0]) == {"boundaries.json", "star.json", "score.json"}
    assert outputs[0] == outputs[1]
    model = json.loads(outputs[0]["star.json"])
    assert model["labels"] == ["S", "T", "A", "R", "O"] and model["weights"]


def test_main_without_corpus(tmp_path: Path) -> None:
    assert train.main(["--corpus", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    assert not (tmp_path / "out").exists()
