"""The invitation reader's word lists."""

from __future__ import annotations

from importlib import resources

from roundtwo.read.invite_lexicon import word_set


def test_given_names_come_from_their_own_file() -> None:
    names = word_set("given_names")
    assert {"shane", "tolu", "joris", "álvaro", "alvaro", "kayla", "bruce"} <= names
    assert not any(name.startswith("#") for name in names)


def test_given_names_leave_out_common_words() -> None:
    assert not {"will", "june", "may", "hope", "sunny"} & word_set("given_names")


def test_given_names_file_is_one_lower_case_name_a_line_sorted_and_unique() -> None:
    text = resources.files("roundtwo.content").joinpath("given_names.txt").read_text("utf-8")
    names = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert all(name == name.lower().strip() and " " not in name for name in names)
    assert names == sorted(set(names))
    assert len(names) == len(word_set("given_names"))
