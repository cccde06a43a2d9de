"""Words of names and words of titles."""

from __future__ import annotations

import pytest

from roundtwo.read.names import is_cue_phrase, is_function_title, is_name_word, is_title, is_title_word


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("manager", "Payroll Manager", True),
        ("acronym", "CFO", True),
        ("hyphenated", "editor-in-chief", True),
        ("german", "Teamleiter Backend", True),
        ("place", "Oak Park", False),
        ("office_is_a_place", "Head Office", False),
        ("occupation_by_its_ending", "Senior Environment Artist", True),
        ("another_occupation_ending", "Lead Radiographer", True),
        ("shortlist_is_no_occupation", "Shortlist", False),
        ("empty", "", False),
    ],
)
def test_is_title(name: str, text: str, expected: bool) -> None:
    assert is_title(text) is expected


@pytest.mark.parametrize(
    ("name", "word", "title_word", "name_word"),
    [
        ("given_name", "Hannah", False, True),
        ("surname_like_grant", "Grant", False, True),
        ("department", "Engineering", True, False),
        ("acronym", "SOC", True, False),
        ("month", "March", False, False),
        ("occupation", "Physiotherapist", True, False),
        ("german_compound_title", "Personalreferentin", True, False),
        ("german_possessive", "Ihre", False, False),
        ("swedish_surname_ending_in_ist", "Lindqvist", False, True),
        ("lower_case", "hannah", False, False),
        ("yaml_boolean_word_on", "On", False, False),
        ("yaml_boolean_word_no", "No", False, False),
        ("empty", "", False, False),
        ("surname_that_is_an_organisation_word", "Hall", False, True),
        ("city_starts_no_name", "City", False, False),
    ],
)
def test_name_and_title_words(name: str, word: str, title_word: bool, name_word: bool) -> None:
    assert is_title_word(word) is title_word
    assert is_name_word(word) is name_word


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("hiring_manager", "the hiring manager", True),
        ("future_manager", "your future manager", True),
        ("a_real_title", "Engineering Manager", False),
        ("empty", "", False),
    ],
)
def test_is_cue_phrase(name: str, text: str, expected: bool) -> None:
    assert is_cue_phrase(text) is expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("talent_acquisition", "Talent Acquisition", True),
        ("people_and_culture", "People & Culture", True),
        ("a_function_inside_a_longer_phrase", "Talent Acquisition team lunch", False),
        ("a_head_word_title", "Talent Partner", False),
        ("empty", "", False),
    ],
)
def test_is_function_title(name: str, text: str, expected: bool) -> None:
    assert is_function_title(text) is expected
