"""Lexicon files load, and phrase matchers match whole words."""

from __future__ import annotations

from importlib import resources

import pytest

from roundtwo.coach.lexicons import lexicon, phrase_matcher, words_of
from roundtwo.errors import RoundtwoError

NAMES = sorted(
    p.name.removesuffix(".yaml")
    for p in resources.files("roundtwo.content").joinpath("lexicons").iterdir()
    if p.name.endswith(".yaml")
)


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_loads_a_mapping(name: str) -> None:
    assert isinstance(lexicon(name), dict) and lexicon(name)


def test_lexicon_missing_name() -> None:
    with pytest.raises(RoundtwoError, match="missing lexicon"):
        lexicon("no_such_list")


def test_words_of_lowercases() -> None:
    assert "um" in words_of("fluency", "fillers", "words")


@pytest.mark.parametrize(
    ("phrases", "text", "prefix", "found"),
    [
        ([], "anything", False, []),
        (["i mean"], "Well, I mean it.", False, ["I mean"]),
        (["mean"], "It was meaningful.", False, []),
        (["stakeholder"], "Two stakeholders agreed.", True, ["stakeholder"]),
        (["don't"], "I don’t know.", False, ["don’t"]),
    ],
    ids=["no phrases", "phrase", "whole word", "prefix", "curly apostrophe"],
)
def test_phrase_matcher_examples(phrases: list[str], text: str, prefix: bool, found: list[str]) -> None:
    assert phrase_matcher(phrases, prefix=prefix).findall(text) == found
