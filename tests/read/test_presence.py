"""Sentences that rule a person out or name a contact."""

from __future__ import annotations

import pytest

from roundtwo.read.presence import is_contact, says_absent


def _check(function, sentence: str, name: str) -> bool:  # type: ignore[no-untyped-def]
    start = sentence.index(name)
    return bool(function(sentence, (0, len(sentence)), start, start + len(name)))


@pytest.mark.parametrize(
    ("name", "sentence", "who", "absent"),
    [
        ("wont_join", "Naomi Fisher, the hiring manager, won't join this session.", "Naomi Fisher", True),
        ("replaced", "Bas replaces Ilse de Graaf this week.", "Ilse de Graaf", True),
        ("the_one_replacing", "Bas replaces Ilse de Graaf, who is on holiday.", "Bas", False),
        ("earlier_round", "Thank you for meeting Andrea Keller on Tuesday.", "Andrea Keller", True),
        ("later_person_is_the_absent_one", "You'll meet Ana Ruiz; Ben Ode won't join.", "Ana Ruiz", False),
        ("plain", "You'll meet Ana Ruiz at 10am.", "Ana Ruiz", False),
        ("note_taker", "Our HR Officer, Lee Grant, will take notes.", "Lee Grant", True),
        (
            "present_to_take_minutes",
            "Tom Hale from People Services will be present to take minutes.",
            "Tom Hale",
            True,
        ),
        ("observer", "Ruth Ames will sit in as an observer.", "Ruth Ames", True),
        (
            "advisory_capacity_after_a_title",
            "Mr J. Cole, Head of Workforce Planning, will be in attendance in an advisory capacity.",
            "J. Cole",
            True,
        ),
        ("not_on_the_panel", "Kate Moss will greet you but will not be on the panel.", "Kate Moss", True),
    ],
)
def test_says_absent(name: str, sentence: str, who: str, absent: bool) -> None:
    assert _check(says_absent, sentence, who) is absent


@pytest.mark.parametrize(
    ("name", "sentence", "who", "contact"),
    [
        ("contact_colleague", "Please contact my colleague Jane Smith to reschedule.", "Jane Smith", True),
        (
            "check_in_with_the_receptionist",
            "Please check in with our receptionist, Dana Whitmore, on arrival.",
            "Dana Whitmore",
            True,
        ),
        (
            "point_of_contact",
            "Greg Hammond (Sr. Recruiter) will be your point of contact for logistics.",
            "Greg Hammond",
            True,
        ),
        ("greeter", "You'll be greeted at reception by Tim Lowe.", "Tim Lowe", True),
        ("linkedin", "Feel free to connect with Rosa Diaz on LinkedIn.", "Rosa Diaz", True),
        (
            "contact_your_recruiter",
            "To reschedule, contact your recruiter, Megan Price (megan@x.com).",
            "Megan Price",
            True,
        ),
        ("calendar_organizer", "Rohan Mehta - organizer", "Rohan Mehta", True),
        ("interviewer", "You'll meet Rosa Diaz, Operations Manager.", "Rosa Diaz", False),
    ],
)
def test_is_contact(name: str, sentence: str, who: str, contact: bool) -> None:
    assert _check(is_contact, sentence, who) is contact


@pytest.mark.parametrize(
    ("name", "sentence", "who"),
    [
        ("tour_with", "10:30 a.m.  Unit tour with Ada Byrne, Charge Nurse", "Ada Byrne"),
        ("tour_of_place_with", "2:15 - 3:30  Tour of the print shop with Joe Park, Foreman", "Joe Park"),
        (
            "meets_you_at_the_entrance",
            "7:45  Kay Dunn, Office Manager, will meet you at the main entrance and escort you all day",
            "Kay Dunn",
        ),
    ],
)
def test_is_contact_guide_who_shows_you_around(name: str, sentence: str, who: str) -> None:
    assert _check(is_contact, sentence, who) is True, name
