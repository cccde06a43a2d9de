"""People and their titles as invitations write them."""

from __future__ import annotations

import pytest

from roundtwo.read.people import find_people


@pytest.mark.parametrize(
    ("name", "text", "people"),
    [
        (
            "name_comma_title",
            "- Hannah Cole, Engineering Manager - role fit",
            [("Hannah Cole", "Engineering Manager")],
        ),
        (
            "name_paren_title",
            "Oliver Grant (Head of Buying; this role reports to Oliver)",
            [("Oliver Grant", "Head of Buying")],
        ),
        (
            "title_name",
            "Senior iOS Engineer Kenji Watanabe will pair with you",
            [("Kenji Watanabe", "Senior iOS Engineer")],
        ),
        ("name_en_dash_title", "Moira Linton – Head of Finance", [("Moira Linton", "Head of Finance")]),
        ("name_slash_title", "Kenta Mori / Chief Product Officer", [("Kenta Mori", "Chief Product Officer")]),
        (
            "title_dash_name",
            "Clinical Nurse Educator – Joanne Fraser",
            [("Joanne Fraser", "Clinical Nurse Educator")],
        ),
        (
            "title_colon_name_with_credentials",
            "Charge Nurse: Lacey Whitmore, RN",
            [("Lacey Whitmore", "Charge Nurse")],
        ),
        (
            "qualifier_after_comma",
            "- Keisha Boyd, Store Manager, Oak Park",
            [("Keisha Boyd", "Store Manager, Oak Park")],
        ),
        (
            "honorific_dropped",
            "Dr. Jonas Weber, Head of Data Platform",
            [("Jonas Weber", "Head of Data Platform")],
        ),
        ("particles", "Sanne van der Meer (Head of Product)", [("Sanne van der Meer", "Head of Product")]),
        (
            "prose_lower_case_titles",
            "You'll meet Desmond Achebe, our editor-in-chief, and Harriet Lowell, a senior copy "
            "editor who you'd work with.",
            [("Desmond Achebe", "editor-in-chief"), ("Harriet Lowell", "senior copy editor")],
        ),
        (
            "prose_title_comma_name",
            "You'll meet with our Managing Editor, Colleen Fitch; Investigations Editor Raymond "
            "Osei; and Senior Reporter Nadia Haddad.",
            [
                ("Colleen Fitch", "Managing Editor"),
                ("Raymond Osei", "Investigations Editor"),
                ("Nadia Haddad", "Senior Reporter"),
            ],
        ),
        (
            "table_row",
            "| 09:30 – 10:15 | Katharina Albers | Head of Marketing Analytics | Your experience |",
            [("Katharina Albers", "Head of Marketing Analytics")],
        ),
        ("company_is_not_a_person", "for the role at Northwind Logistics!", []),
        ("street_is_not_a_person", "at 225 North Michigan Avenue", []),
        ("empty", "", []),
    ],
)
def test_find_people(name: str, text: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == people


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "will_not_join",
            "Naomi Fisher, the hiring manager (cc'd), met with you and won't join this session.",
        ),
        ("replaced", "Bas replaces Ilse de Graaf, who is on holiday that week."),
        ("earlier_round", "Thanks for meeting Andrea Keller last week."),
    ],
)
def test_find_people_marks_negative_mentions(name: str, text: str) -> None:
    negatives = [p.name for p in find_people(text) if p.negative]
    assert len(negatives) == 1


def test_find_people_context_holds_the_kind_cue() -> None:
    (person,) = find_people("Engineering Lead Carla Mendes, who would be your manager, will join.")
    assert "your manager" in person.context


def test_find_people_title_label_below_an_interviewer_line() -> None:
    text = (
        "11:00 AM - 11:45 AM\nInterviewer: Leonie Baptiste\n"
        "Title: Engineering Manager, Web Platform\nFocus: Projects"
    )
    assert [(p.name, p.title, p.listed) for p in find_people(text)] == [
        ("Leonie Baptiste", "Engineering Manager, Web Platform", True)
    ]


def test_find_people_short_sentence_is_not_a_list_item() -> None:
    (person,) = find_people("Our CEO, Helen Park, is based here.")
    assert person.listed is False
