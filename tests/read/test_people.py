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
        (
            "title_known_by_its_ending",
            "Jae-won Lee – Senior Environment Artist",
            [("Jae-won Lee", "Senior Environment Artist")],
        ),
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
            "name_then_title_on_the_next_line",
            "Interviewers:\nSean Whitaker\nLogistics Manager\nNatalie Ortega\nChief Operating Officer\n",
            [("Sean Whitaker", "Logistics Manager"), ("Natalie Ortega", "Chief Operating Officer")],
        ),
        (
            "honorific_before_a_three_word_name",
            "Ms Chua Hui Min, Director, Head of Compliance Testing",
            [("Chua Hui Min", "Director, Head of Compliance Testing")],
        ),
        (
            "lower_case_titles_in_parentheses",
            "You'll do 30 min each w/ Dana Whitfield (tech lead), Omar Haddad (staff eng) and then me.",
            [("Dana Whitfield", "tech lead"), ("Omar Haddad", "staff eng")],
        ),
        (
            "middle_dot_separator",
            "Rachel Kim · Head of Design (hiring manager)\nTomás Ruiz · Product Manager, Rider Experience\n",
            [("Rachel Kim", "Head of Design"), ("Tomás Ruiz", "Product Manager, Rider Experience")],
        ),
        ("place_is_no_name", "11:30am – Store walk at Bondi Junction with the team", []),
        (
            "place_after_the_title",
            "- Folake Adeyemi-Johnson - Regional Manager, Lagos Island\n",
            [("Folake Adeyemi-Johnson", "Regional Manager, Lagos Island")],
        ),
        (
            "next_person_after_a_comma",
            "You will meet Jane Smith, Director, Priya Bose (Legal Operations Manager) and Ana Ruiz.",
            [("Jane Smith", "Director"), ("Priya Bose", "Legal Operations Manager"), ("Ana Ruiz", None)],
        ),
        (
            "bare_manager_with_a_department",
            "9:30 – 10:30  Case interview with Antoine Lefèvre, Manager, Operations practice\n",
            [("Antoine Lefèvre", "Manager, Operations practice")],
        ),
        (
            "department_after_a_dash",
            "1. Mr. Venkatesh Iyer, Delivery Head - Payments\n"
            "2. Ms. Anita Deshmukh, Head - Human Resources\n",
            [("Venkatesh Iyer", "Delivery Head - Payments"), ("Anita Deshmukh", "Head - Human Resources")],
        ),
        (
            "seated_by_an_agenda_noun",
            "11:30am – Store walk with Ben Cho, who looks after visual merchandising",
            [("Ben Cho", None)],
        ),
        (
            "left_title_then_the_next_persons_title",
            "the leadership team: our CFO, Helen Park, our VP of Sales, Diego Alvarez, and me.",
            [("Helen Park", "CFO"), ("Diego Alvarez", "VP of Sales")],
        ),
        (
            "first_names_after_a_seating_cue",
            "a pairing session with Johan and Amira.",
            [("Johan", None), ("Amira", None)],
        ),
        ("looking_back_seats_no_one", "based on your conversations with Jamal and me", []),
        (
            "german_honorific",
            "- Herr Matthias Großkopf, Head of Digital Channels",
            [("Matthias Großkopf", "Head of Digital Channels")],
        ),
        (
            "surname_first_in_a_list",
            "08:30 AM  Nakamura, Hiroshi - Director, FP&A\n09:15 AM  Chen, Wei (Vivian) - Senior Manager\n",
            [("Hiroshi Nakamura", "Director, FP&A"), ("Wei Chen", "Senior Manager")],
        ),
        (
            "place_after_a_comma_is_no_surname",
            "- Place: Hanbit Games HQ, 235 Pangyoyeok-ro, Bundang-gu, Seongnam-si\n",
            [],
        ),
        (
            "long_name_with_particles",
            "16:00 – Lucía Fernández de la Cruz, Pricing Director",
            [("Lucía Fernández de la Cruz", "Pricing Director")],
        ),
        (
            "title_aside_then_name",
            "- Quality Manager (hiring manager) Rosalind Ebi",
            [("Rosalind Ebi", "Quality Manager")],
        ),
        (
            "acronym_title_head",
            "2) Zoë Chapman-Tui (Senior SDET), hands-on",
            [("Zoë Chapman-Tui", "Senior SDET")],
        ),
        (
            "determiner_left_out_of_the_title",
            "Our Managing Partner, Nigel Crabtree, has been following the process.",
            [("Nigel Crabtree", "Managing Partner")],
        ),
        (
            "lower_case_group_title_after_the_name",
            "then pair on code with Cormac O'Sullivan-Reid, one of our senior gameplay programmers.",
            [("Cormac O'Sullivan-Reid", "senior gameplay programmer")],
        ),
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
        (
            "nickname_inside_the_name",
            "You'll be speaking with Bill (William) Tan, SRE Manager, and then Deepika Rao.",
            [("Bill Tan", "SRE Manager"), ("Deepika Rao", None)],
        ),
        (
            "address_between_name_and_title",
            "  • Ravi Subramanian <ravi@latticelabs.ai> — ML Lead, Search (hiring manager)",
            [("Ravi Subramanian", "ML Lead, Search")],
        ),
        (
            "manager_with_a_qualifier",
            "2:30 PM - 3:30 PM | Conversation | Derek Olsen, Manager, Data Platform <derek@example.com>",
            [("Derek Olsen", "Manager, Data Platform")],
        ),
        (
            "hyphenated_credentials",
            "You will meet Jasmine Porter, DNP, FNP-C, Lead Nurse Practitioner.",
            [("Jasmine Porter", "Lead Nurse Practitioner")],
        ),
        (
            "title_dash_name_after_agenda_times",
            "12:30 PM – 1:00 PM    Staff Accountant — Luis Romero",
            [("Luis Romero", "Staff Accountant")],
        ),
        (
            "no_name_across_a_full_stop",
            "We are launching in Spain. Present your plan to Ana Ruiz (VP Marketing).",
            [("Ana Ruiz", "VP Marketing")],
        ),
        (
            "name_is_our_title",
            "Alastair Brown is our Sales Director and will be your line manager.",
            [("Alastair Brown", "Sales Director")],
        ),
        (
            "one_of_our_titles",
            "He'll be joined by Inês Sousa, one of our Account Managers based in Porto.",
            [("Inês Sousa", "Account Manager")],
        ),
        (
            "plural_title_before_names",
            "She'll be joined by two Customer Success Managers you'd work alongside, "
            "Ines Carvalho and Tom Whitaker.",
            [("Ines Carvalho", "Customer Success Manager"), ("Tom Whitaker", "Customer Success Manager")],
        ),
        (
            "cue_after_and_in_parenthesis",
            "On the call: Ingrid Solberg (Infrastructure Lead and hiring manager).",
            [("Ingrid Solberg", "Infrastructure Lead")],
        ),
        (
            "function_title_after_a_comma",
            "3. Pooja Sharma, Talent Acquisition",
            [("Pooja Sharma", "Talent Acquisition")],
        ),
        (
            "function_title_on_the_line_below",
            "Interviewers:\nPooja Sharma\nPeople Operations",
            [("Pooja Sharma", "People Operations")],
        ),
        (
            "function_title_needs_a_comma",
            "Your coordinator is Ritika Sharma (Talent Acquisition).",
            [("Ritika Sharma", None)],
        ),
        ("organisation_is_not_a_person", "Sent on behalf of Lattice Labs", []),
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


@pytest.mark.parametrize(
    ("name", "text", "seated"),
    [
        ("joined_by", "He'll be joined by Inês Sousa for the second half.", ["Inês Sousa"]),
        ("panel_made_up_of", "Our panel is made up of Ana Ruiz and Ben Okafor.", ["Ana Ruiz", "Ben Okafor"]),
        ("meet_at_a_place", "She'll meet you at the Riverside Apartments project.", []),
        ("looking_back", "Thanks for chatting with Maya Patel last week.", []),
        (
            "me_and_a_described_name",
            "It'll be me and Greg Walsh, an external advisor who helps us assess senior hires.",
            ["Greg Walsh"],
        ),
        ("no_cue", "Ana Ruiz sends her regards.", []),
        ("empty", "", []),
    ],
)
def test_find_people_seated(name: str, text: str, seated: list[str]) -> None:
    assert [p.name for p in find_people(text) if p.seated] == seated


def test_find_people_bare_manager_before_a_dashed_department() -> None:
    found = find_people("- Tom Okafor, Manager – Risk Assurance (you would be joining Tom's team)\n")
    assert [(m.name, m.title) for m in found] == [("Tom Okafor", "Manager - Risk Assurance")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "09:00 – 09:45  Ms Farah Ismail, Managing Director, Head of Cyber Defence (hiring manager)\n",
            [("Farah Ismail", "Managing Director, Head of Cyber Defence")],
        ),
        (
            "10:00am – 10:45am: Director, Cyber Security – Emma Tran (you'd report to Emma)\n",
            [("Emma Tran", "Director, Cyber Security")],
        ),
    ],
)
def test_find_people_agenda_titles(text: str, people: list[tuple[str, str]]) -> None:
    assert [(m.name, m.title) for m in find_people(text)] == people


def test_find_people_name_under_an_agenda_time_takes_the_title_below() -> None:
    text = (
        "Interview 1: 9:00 – 9:45 AM ET\nRajesh Iyer, PhD\nAssociate Director, Biostatistics (Hiring "
        "Manager)\n"
        "Interview 2: 10:00 – 10:45 AM ET\nDr. Olga Marin\nSenior Biostatistician\n"
    )
    found = find_people(text)
    assert [(m.name, m.title) for m in found] == [
        ("Rajesh Iyer", "Associate Director, Biostatistics"),
        ("Olga Marin", "Senior Biostatistician"),
    ]
    assert found[0].context == "(Hiring Manager)"


@pytest.mark.parametrize(
    ("name", "text", "people"),
    [
        (
            "bint_particle",
            "You'll meet Noura bint Saeed Al Mansoori (Head of Talent Acquisition).",
            [("Noura bint Saeed Al Mansoori", "Head of Talent Acquisition")],
        ),
        (
            "councillor_is_no_part_of_the_name",
            "Panel:\nCouncillor Bryce Dalton, Chair of the Transport Committee\n",
            [("Bryce Dalton", "Chair of the Transport Committee")],
        ),
        (
            "french_monsieur_is_no_initial",
            "You will meet M. Julien Marchand, Directeur Financier.",
            [("Julien Marchand", "Directeur Financier")],
        ),
        ("initial_and_surname_stay", "J. Whitaker, Chair", [("J. Whitaker", "Chair")]),
        (
            "honorifics_of_many_places",
            "1. Alhaji Musa Danjuma, Chief Risk Officer\n2. Dato' Haji Azman bin Ismail, Head of Compliance\n"
            "3. Bapak Hendra Wijaya, Director\n4. Sister Marcia Griffith, Nurse Manager\n",
            [
                ("Musa Danjuma", "Chief Risk Officer"),
                ("Azman bin Ismail", "Head of Compliance"),
                ("Hendra Wijaya", "Director"),
                ("Marcia Griffith", "Nurse Manager"),
            ],
        ),
        (
            "more_honorifics",
            "1. H.E. Khalid Al Mansoori, Chairman\n2. Revd Andrew Hale, Chair of Trustees\n"
            "3. D. Javier Ruiz, Director\n",
            [
                ("Khalid Al Mansoori", "Chairman"),
                ("Andrew Hale", "Chair of Trustees"),
                ("Javier Ruiz", "Director"),
            ],
        ),
        ("sheikh_is_also_a_surname", "- Imran Sheikh, Product Lead\n", [("Imran Sheikh", "Product Lead")]),
        (
            "a_title_ends_where_the_next_person_starts",
            "You'll meet Erik Lind, Chief Commercial Officer and Sofia Berg, Senior Power Trader.",
            [("Erik Lind", "Chief Commercial Officer"), ("Sofia Berg", "Senior Power Trader")],
        ),
        (
            "post_nominals_before_a_dashed_title",
            "1. Dr. S. Raghavan, MD, DM (Cardiology), FACC – Medical Director\n"
            "2. Ms Nomvula Dlamini CA(SA) – Chief Financial Officer\n",
            [("S. Raghavan", "Medical Director"), ("Nomvula Dlamini", "Chief Financial Officer")],
        ),
        (
            "lower_case_title_with_an_ampersand",
            "Who: Ronan Gallagher (co-founder & CEO) and Ella Byrne (Head of Product)",
            [("Ronan Gallagher", "co-founder & CEO"), ("Ella Byrne", "Head of Product")],
        ),
        ("team_leader_before_the_name", "- Team Leader Park Min-jun\n", [("Park Min-jun", "Team Leader")]),
        (
            "romance_title_with_de",
            "- Carolina Restrepo – Líder de Datos (jefe inmediata del cargo)\n",
            [("Carolina Restrepo", "Líder de Datos")],
        ),
        (
            "credential_before_the_name",
            "CPhT Tiffany Brooks, Pharmacy Technician",
            [("Tiffany Brooks", "Pharmacy Technician")],
        ),
    ],
)
def test_find_people_name_words(name: str, text: str, people: list[tuple[str, str]]) -> None:
    assert [(m.name, m.title) for m in find_people(text)] == people


def test_find_people_names_in_capitals_before_a_title() -> None:
    text = "Interviewer(s):\nPRIYA NAIR - Managing Director, Credit Trading\nLIAM O'NEILL - Quant Analyst\n"
    assert [(m.name, m.title) for m in find_people(text)] == [
        ("Priya Nair", "Managing Director, Credit Trading"),
        ("Liam O'Neill", "Quant Analyst"),
    ]


def test_find_people_team_after_a_title_then_a_description() -> None:
    text = (
        "Interviewer: Jonas Weber, Engineering Manager, Fleet Tracking – the manager of the team you'd join\n"
    )
    assert [(m.name, m.title) for m in find_people(text)] == [
        ("Jonas Weber", "Engineering Manager, Fleet Tracking")
    ]


def test_find_people_title_label_with_a_department_or_an_aside() -> None:
    text = (
        "Your panel:\n"
        "Associate Dean for Research, College of Law: Dr. Omar Haddad\n"
        "Office Manager (hiring supervisor): Greta Lind, CPA\n"
    )
    people = find_people(text)
    assert [(p.name, p.title) for p in people] == [
        ("Omar Haddad", "Associate Dean for Research, College of Law"),
        ("Greta Lind", "Office Manager"),
    ]
    assert "hiring supervisor" in people[1].context


@pytest.mark.parametrize(
    ("name", "text", "seated"),
    [
        (
            "list_under_seating_line",
            "You'll have two conversations with:\n\n- Dana Wu, Team Lead\n- Omar Haddad, a future teammate",
            {"Dana Wu": True, "Omar Haddad": True},
        ),
        ("list_under_plain_line", "Who's who:\n\n- Omar Haddad, a future teammate", {"Omar Haddad": False}),
        (
            "aside_between_cue_and_name",
            "A chat with me (I work in HR) and Omar Haddad, who runs the team.",
            {"Omar Haddad": True},
        ),
        ("place_between_cue_and_name", "Meet me at the Omar Haddad Centre.", {"Omar Haddad": False}),
        ("joins_us_after_name", "Omar Haddad will join us, he runs nights.", {"Omar Haddad": True}),
        ("joins_the_company_after_name", "Omar Haddad will join the company in May.", {"Omar Haddad": False}),
    ],
)
def test_find_people_seated_by_list_aside_or_join(name: str, text: str, seated: dict[str, bool]) -> None:
    assert {m.name: m.seated for m in find_people(text)} == seated


def test_find_people_board_certification_after_a_name() -> None:
    text = "9:00 - 9:45 a.m.   Ruth Lang, MSN, RN, NE-BC, Chief Nursing Officer"
    assert [(p.name, p.title) for p in find_people(text)] == [("Ruth Lang", "Chief Nursing Officer")]


def test_find_people_a_firms_officer_before_the_name() -> None:
    found = find_people("Redwood Ledger's CFO, Martin Alvarez, wants to meet you.")
    assert ("Martin Alvarez", "CFO") in [(m.name, m.title) for m in found]


def test_find_people_a_person_an_agenda_slot_names_is_met() -> None:
    text = (
        "Plan:\n• 8:00 – 8:45   Dr. Hollis Grant (Medical Director)\n• 8:45 – 9:30   Maria Reyes, Vet Tech\n"
    )
    found = {m.name: m.seated for m in find_people(text)}
    assert found["Maria Reyes"] is True


def test_find_people_an_agenda_topic_is_no_person() -> None:
    found = find_people("Plan:\n• 10:00 – 10:45   Deep Dive on the roadmap\n")
    assert not any(m.seated for m in found)


def test_find_people_an_agency_is_no_person() -> None:
    found = find_people("Diego Fuentes\nDirector Creativo | Agencia Nopal\n")
    assert "Agencia Nopal" not in [m.name for m in found]


def test_find_people_a_possessive_is_no_part_of_the_name() -> None:
    found = find_people("You would be joining Antoine Rey's team (Directeur Digital).")
    assert "Antoine Rey" in [m.name for m in found]


def test_find_people_titles_before_names_in_a_run() -> None:
    text = "In front of Executive Director Lee Sang-woo, Team Leader Park Ji-hoon and Engineer Choi Min-seo"
    found = {m.name: m.title for m in find_people(text)}
    assert found["Lee Sang-woo"] == "Executive Director"


def test_find_people_a_title_going_on_after_de_names_no_one() -> None:
    text = (
        "A segunda etapa da vaga de Analista de Risco de Crédito Pleno, com Mariana Costa (Gerente de Risco)."
    )
    assert [m.name for m in find_people(text)] == ["Mariana Costa"]


def test_find_people_a_surname_that_names_buildings_too() -> None:
    text = "The panel will include Senior Associate Kim Tran, and Paralegal Manager Denise Hall."
    assert {m.name: m.title for m in find_people(text)} == {
        "Kim Tran": "Senior Associate",
        "Denise Hall": "Paralegal Manager",
    }
    assert [m.name for m in find_people("Meet City Hall reporter Jenna Price.")] == ["Jenna Price"]


def test_find_people_a_first_name_with_our_title_and_no_comma() -> None:
    found = find_people("You'll spend the morning with Mike our foreman doing some framing.")
    assert [(m.name, m.title) for m in found] == [("Mike", "foreman")]


def test_find_people_a_given_name_starts_the_name_after_a_title() -> None:
    found = find_people("You will meet Managing Director Wei Ling Tan on Monday.")
    assert [(m.name, m.title) for m in found] == [("Wei Ling Tan", "Managing Director")]


def test_find_people_i_am_in_spanish_is_no_part_of_the_name() -> None:
    found = find_people("Hola Ana, soy Fernanda Ríos, Gerente de Finanzas en Grupo Tessera.")
    assert [m.name for m in found][:1] == ["Fernanda Ríos"]
    found = find_people("Hola Ana. Soy Fernanda Ríos, Gerente de Finanzas en Grupo Tessera.")
    assert "Soy Fernanda Ríos" not in [m.name for m in found]


def test_find_people_foreign_title_heads_in_brackets() -> None:
    found = {m.name: m.title for m in find_people("- Rafael Souza (Cientista de Dados Sênior)\n")}
    assert found == {"Rafael Souza": "Cientista de Dados Sênior"}


def test_find_people_a_heading_seats_the_list_below_it() -> None:
    text = "Interviewers:\n- Team Leader  Mr. Takeshi Mori\n- Manager, R&D Division  Mr. Kenji Watanabe\n"
    found = {m.name: m.seated for m in find_people(text)}
    assert found == {"Takeshi Mori": True, "Kenji Watanabe": True}
