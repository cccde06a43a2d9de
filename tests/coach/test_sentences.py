"""Sentence splitting: offsets into the exact input, in order, for typed and spoken answers."""

from __future__ import annotations

import pytest

from roundtwo.coach.boundaries import MIN_PIECE_WORDS
from roundtwo.coach.sentences import RUN_ON_WORDS, punctuated_spans, split_sentences

RUN_ON = (
    "so i was the shift lead at a warehouse and we kept missing the evening truck because the "
    "pickers started late and nobody tracked it so i started a board by the dock and timed every "
    "wave for two weeks and then i moved the first wave forward by half an hour after that we "
    "made every truck for a month and my manager asked me to roll the board out to the other sites"
)
EXAMPLES = {
    "empty": ("", 0),
    "blank": ("  \n\t ", 0),
    "one sentence": ("I led the migration.", 1),
    "three sentences": ("I led it. We shipped! Did it work? Yes.", 4),
    "abbreviations": ("I met Dr. Patel and Ms. Ruiz, e.g. at lunch. Then we agreed.", 2),
    "decimals": ("Latency fell from 2.3 seconds to 0.4 seconds. Good.", 2),
    "bullets": ("Here is what I tracked:\n- open rate\n- click rate", 3),
    "punctuation only": ("... - !", 0),
    "run-on transcript": (RUN_ON, 5),
}


@pytest.mark.parametrize(("text", "expected"), EXAMPLES.values(), ids=EXAMPLES.keys())
def test_split_sentences_counts(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected


@pytest.mark.parametrize("text", [text for text, _ in EXAMPLES.values()], ids=EXAMPLES.keys())
def test_split_sentences_offsets_are_exact_and_ordered(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip()
        assert span.start >= previous_end
        previous_end = span.end
    covered = "".join(s.text for s in spans)
    assert sum(ch.isalnum() for ch in covered) == sum(ch.isalnum() for ch in text)


def test_split_sentences_hears_the_sentences_of_an_unpunctuated_transcript() -> None:
    spans = split_sentences(RUN_ON)
    assert all(MIN_PIECE_WORDS <= len(s.text.split()) <= RUN_ON_WORDS for s in spans)
    assert [" ".join(s.text.split()[:2]) for s in spans[1:]] == ["so i", "and then", "after that", "and my"]


def test_split_sentences_cuts_a_long_punctuated_sentence_only_at_discourse_markers() -> None:
    # the answer has its full stops: the long sentence is the writer's, not a transcript's run-on
    text = f"I ran the evening shift. {RUN_ON[3:]}. It worked. We kept it."
    spans = split_sentences(text)
    long = punctuated_spans(text)[1]
    pieces = [s for s in spans if long.start <= s.start < long.end]
    assert len(pieces) > 1
    assert all(p.text.split()[0] in {"i", "so", "and", "after"} for p in pieces)
    assert [p.text.split()[0] for p in pieces[1:]] == ["so", "and", "after"]


def test_punctuated_spans_leave_run_ons_whole() -> None:
    assert [s.text for s in punctuated_spans(RUN_ON)] == [RUN_ON]


def test_split_sentences_keeps_short_unpunctuated_answer_whole() -> None:
    text = "i fixed the build and we shipped on friday"
    assert [s.text for s in split_sentences(text)] == [text]
