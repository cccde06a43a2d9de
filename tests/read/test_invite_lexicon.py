"""The invitation reader's word lists."""

from __future__ import annotations

from roundtwo.read.invite_lexicon import lexicon, word_set


def test_given_names_come_from_their_own_file() -> None:
    names = word_set("given_names")
    assert {"shane", "tolu", "joris", "álvaro", "alvaro", "kayla", "bruce"} <= names
    assert not any(name.startswith("#") for name in names)


def test_given_names_leave_out_common_words() -> None:
    assert not {"will", "june", "may", "hope", "sunny"} & word_set("given_names")


def test_every_list_is_lower_case_once_read() -> None:
    for key, value in lexicon().items():
        if isinstance(value, list):
            assert all(word == word.lower() for word in word_set(key)), key
