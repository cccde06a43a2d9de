"""Company and role."""

from __future__ import annotations

import pytest

from roundtwo.read.posting import read_company, read_role


@pytest.mark.parametrize(
    ("name", "subject", "body", "signature", "company", "role"),
    [
        (
            "role_at_company",
            "Interview",
            "Your interview for the Senior Backend Engineer role at Northwind Logistics!",
            (),
            "Northwind Logistics",
            "Senior Backend Engineer",
        ),
        (
            "position_of_with",
            "Invitation",
            "your application for the position of Senior Pharmacist with Beaches Health.",
            (),
            "Beaches Health",
            "Senior Pharmacist",
        ),
        (
            "subject_parts",
            "Second interview - Category Manager, Homeware | Fenwick & Hale",
            "See you then.",
            (),
            "Fenwick & Hale",
            "Category Manager, Homeware",
        ),
        (
            "signature_company",
            "Interview",
            "See you then.",
            ("Tom Becker", "Technical Recruiter, Cobalt Sky"),
            "Cobalt Sky",
            None,
        ),
        (
            "team_signature",
            "Interview",
            "See you then.",
            ("Recruitment Team", "Saguaro Valley Medical Center"),
            "Saguaro Valley Medical Center",
            None,
        ),
        (
            "position_label",
            "Interview Invitation",
            "Company: Evergreen Avionics\nPosition: Embedded Software Engineer II\n",
            (),
            None,
            "Embedded Software Engineer II",
        ),
        (
            "company_label",
            "Interview Confirmation",
            "Interview Details:\nPosition: Data Engineer II\nCompany: Brightwater Energy\n",
            (),
            "Brightwater Energy",
            "Data Engineer II",
        ),
        (
            "person_first_in_signature_line",
            "Interview",
            "See you then.",
            ("Kat", "Katherine Lim, Talent Acquisition, Orchid Cloud"),
            "Orchid Cloud",
            None,
        ),
        (
            "sending_tool_is_not_the_company",
            "Confirmed: Final Interview with Solent Insurance",
            "Your final interview for Claims Team Leader is confirmed.",
            ("The Solent Insurance Talent Team", "Powered by Lever"),
            "Solent Insurance",
            "Claims Team Leader",
        ),
        (
            "department_and_meeting_footer_skipped",
            "Interview",
            "See you then.",
            (
                "Lorraine Ortiz",
                "Research Administration, Maplewood Medical Center",
                "Microsoft Teams meeting",
            ),
            "Maplewood Medical Center",
            None,
        ),
        (
            "title_at_sign_company",
            "next round!",
            "can you do friday?\n\n- jo, cofounder @ Fernbrook",
            (),
            "Fernbrook",
            None,
        ),
        (
            "title_word_starts_the_role",
            "Re: Interview availability – Site Reliability Engineer",
            "Locked in for Thursday.",
            (),
            None,
            "Site Reliability Engineer",
        ),
        (
            "reference_between_role_and_company",
            "Interview Invitation",
            "your interest in the Maintenance Planner position (Requisition 26-0417) with Dominion Rail "
            "Services. We would like to invite you.",
            (),
            "Dominion Rail Services",
            "Maintenance Planner",
        ),
        (
            "name_above_its_address",
            "Second interview",
            "You'll meet Gordon Blake.\n\nRedwood Ridge Winery\n3400 Silverado Trail, Napa, CA 94558\n",
            (),
            "Redwood Ridge Winery",
            None,
        ),
        (
            "company_that_would_like_to_invite",
            "Second interview",
            "Good news - Halden & Frost would like to invite you to a second interview.",
            (),
            "Halden & Frost",
            None,
        ),
        (
            "round_for_role_at_company",
            "Next round",
            "The team would like to move you to the next round for Senior Product Designer at Fernway.",
            (),
            "Fernway",
            "Senior Product Designer",
        ),
        (
            "pronoun_is_no_company",
            "Interview",
            "Thank you for our first conversation on 12 October. We would like to invite you back.",
            (),
            None,
            None,
        ),
        ("empty", "", "", (), None, None),
    ],
)
def test_read_company_and_role(
    name: str, subject: str, body: str, signature: tuple[str, ...], company: str | None, role: str | None
) -> None:
    assert read_role(subject, body) == role
    if company is not None or name == "empty":
        assert read_company(subject, body, signature) == company


def test_read_company_ignores_people_names() -> None:
    assert (
        read_company(
            "Site visit with Erin - Project Engineer",
            "",
            ("Jo", "Recruiter | Summit Builders"),
            ["Erin Castillo"],
        )
        == "Summit Builders"
    )


def test_read_company_never_takes_a_signed_name() -> None:
    assert read_company("Second interview", "See you then.", ("Best,", "Ada Mensah")) is None


def test_read_company_takes_no_pronoun_or_month() -> None:
    body = "Thank you for our first conversation on 12 October. We would like to invite you back."
    assert read_company("Second interview", body, ()) is None


def test_read_company_from_an_organisation_sender() -> None:
    body = "You have been scheduled for an interview. Position: Librarian II"
    assert read_company("Interview Scheduled – Librarian II", body, (), (), "Fairmont Public Library") == (
        "Fairmont Public Library"
    )
    assert (
        read_company("Interview", "See you then.", (), (), "Mercy Ridge Health Careers")
        == "Mercy Ridge Health"
    )
    assert read_company("Interview", "See you then.", (), (), "Hannah Leese") is None


def test_read_company_a_team_the_role_names_gives_way() -> None:
    subject = "Interview - Senior Associate, Transaction Services - Meridian Rowe"
    body = "We are glad to invite you for the Senior Associate, Transaction Services position."
    signature = ("Liu Yang", "HR Specialist", "Meridian Rowe (Shanghai) Co., Ltd.")
    role = "Senior Associate, Transaction Services"
    assert read_company(subject, body, signature, titles=[role]) == "Meridian Rowe"


def test_read_company_named_only_in_the_role_still_counts() -> None:
    subject = "Interview - Data Analyst, Midwest Grocers Co-op"
    assert read_company(subject, "See you then.", (), titles=["Data Analyst, Midwest Grocers Co-op"]) == (
        "Midwest Grocers Co-op"
    )


def test_read_company_skips_a_team_in_parentheses_after_the_role() -> None:
    subject = "Meridian Shoal – second round, Operations Analyst (Trade Support)"
    assert read_company(subject, "Thanks for your time.", ()) == "Meridian Shoal"


@pytest.mark.parametrize(
    ("name", "subject", "body", "signature", "company"),
    [
        (
            "a_firm_wants_you_back",
            "Fwd: message",
            "Hi Anna, great news, Brightwell Energy want you back for round 2!",
            (),
            "Brightwell Energy",
        ),
        (
            "applying_with_a_department",
            "Second interview",
            "Thank you for applying with the Arizona Department of Economic Security.",
            (),
            "Arizona Department of Economic Security",
        ),
        (
            "a_role_with_the_employer",
            "Interview",
            "Selected for the Fish Biologist position (GS-0482-11) with the Fish and Wildlife Service.",
            (),
            "Fish and Wildlife Service",
        ),
        (
            "greetings_from",
            "Interview",
            "Greetings from Red Sea Specialist Hospital!",
            (),
            "Red Sea Specialist Hospital",
        ),
        (
            "an_office_of_the_employer",
            "Interview",
            "Thanks for your interest in the position with the Office of Research at Bluenose University.",
            (),
            "Bluenose University",
        ),
        ("a_language_is_no_company", "Interview – Backend Engineer (Go)", "See you then.", (), None),
        ("a_department_alone_is_no_company", "Finance – second interview", "See you then.", (), None),
        ("a_call_letter", "CALL LETTER FOR INTERVIEW", "Please attend.", (), None),
        (
            "signed_team_at_the_firm",
            "Pair session",
            "Next step!",
            ("/Maja, Talent Acquisition at Fjällvind",),
            "Fjällvind",
        ),
        (
            "a_calendars_organiser",
            "Brand Manager – Second Interview",
            "Microsoft Teams meeting\nOrganiser: Recruitment – Crown & Anchor Brewing\n\nHi Gemma,",
            (),
            "Crown & Anchor Brewing",
        ),
        (
            "a_name_then_its_street",
            "Working interview Saturday",
            "Chef wants you back: Saturday 5/9, 2pm–8pm, at Ember & Oak, 1420 W Fulton Market, Chicago.",
            (),
            "Ember & Oak",
        ),
        ("signed_name_at_the_firm", "Quick chat", "Are you free tomorrow?", ("Tom @ Koalify",), "Koalify"),
        (
            "signed_firm_recruiting",
            "Case interview",
            "See you then.",
            ("Tulip Commerce recruiting",),
            "Tulip Commerce",
        ),
        ("an_hr_department_signs", "Interview", "See you then.", ("Grüße", "Personalabteilung"), None),
        (
            "a_client_that_confirmed",
            "Final interview",
            "Hi Astrid, Nordlys Seafood have confirmed the final interview for Tuesday.",
            ("Eirik Fjeld", "Partner | Fjordvik Executive AS | Oslo"),
            "Nordlys Seafood",
        ),
        (
            "your_final_with_a_client",
            "Change of date",
            "We're moving your final with Fáilte Freight from Tuesday to Thursday.",
            ("Ciarán Doyle | Senior Consultant | Clarion Search Ireland",),
            "Fáilte Freight",
        ),
        (
            "a_firm_that_shortlisted_you",
            "Round 2 (from WhatsApp)",
            "Hi Arjun! Good news, Zephyr Payments has shortlisted you for round 2.",
            (),
            "Zephyr Payments",
        ),
        (
            "a_name_ends_at_its_line",
            "FW: message",
            "Aisha Kapoor\nTechnical Recruiter at Northbound Talent\n\nHey Oliver! Lumen Robotics loved you.",
            (),
            "Lumen Robotics",
        ),
        (
            "a_firms_officer",
            "Next step",
            "Michael, great news: Redwood Ledger's CFO, Martin Alvarez, wants to meet you.",
            (),
            "Redwood Ledger",
        ),
        (
            "spanish_role_at",
            "Citación a segunda entrevista",
            "Ha sido seleccionado para el cargo de Jefe de Mantenimiento en Cordillera Mining Services.",
            ("Equipo de Selección",),
            "Cordillera Mining Services",
        ),
        (
            "sign_off_name_and_company_on_one_line",
            "2nd interview - Maintenance Planner",
            "We'd like you back for a site visit this Thursday.",
            ("Cheers, Kylie - Pilbara Iron Services",),
            "Pilbara Iron Services",
        ),
        (
            "client_named_by_a_recruiter",
            "Confidential – next round (Plant Manager)",
            "I can now share that the client is Halvorsen Foods, who are expanding in Leeds.",
            ("Tom Hart", "Principal Consultant | Northgate Search"),
            "Halvorsen Foods",
        ),
        (
            "position_is_with",
            "Shortlisted – Site Engineer",
            "They've said I can tell you now: the position is with Kestrel Civils (Pty) Ltd.",
            ("Anele Dube", "Consultant | BuildForce Recruitment"),
            "Kestrel Civils",
        ),
        (
            "subject_flags_are_no_company",
            "RE: Interview – Payroll Officer – CORRECTION",
            "The correct time is 11h00.",
            ("Fatima", "Director", "Ubuntu Learning Trust"),
            "Ubuntu Learning Trust",
        ),
        (
            "honorific_signature_is_a_person",
            "Interview: Grade 4 Teacher",
            "Venue: Acacia Hill Primary School, 12 Baobab Street, Pretoria",
            ("Mrs T. Naidoo", "School Secretary"),
            "Acacia Hill Primary School",
        ),
        (
            "city_line_is_no_company",
            "Brightwater – interview for Programme Officer",
            "Talk soon.",
            ("Ana Lima", "HR Coordinator", "Brightwater Youth Services", "Ottawa, ON"),
            "Brightwater Youth Services",
        ),
        (
            "place_in_a_site_is_no_company",
            "Second interview",
            "Please sign in at the security post at Gate B with your ID.",
            ("Li Wen", "PA to the Head", "Harbour View College", "8 Shore Road, Singapore 118000"),
            "Harbour View College",
        ),
        (
            "lower_case_legal_form",
            "Invitation – second interview",
            "See you Tuesday.",
            ("Julie Roy", "Acquisition de talents", "Pharmalys inc."),
            "Pharmalys inc",
        ),
        (
            "registration_numbers_after_a_pipe",
            "Interview – Bookkeeper",
            "See you Friday.",
            ("Zanele Mthembu", "Director", "Ikhaya Care Trust | NPC 2014/001122/08"),
            "Ikhaya Care Trust",
        ),
        (
            "parent_group_is_not_the_employer",
            "Second interview – Head Chef",
            "We'd like to invite you back.",
            (
                "Sam Pillay",
                "HR Officer",
                "Seabreeze Lodge, 12 Marine Drive, Ballito",
                "Part of the Azure Hotel Group",
            ),
            "Seabreeze Lodge",
        ),
        (
            "subsidiary_named_in_brackets",
            "Technical interview",
            "Dunecrest Projects (a subsidiary of Qamar Holding Co.) is pleased to invite you.",
            ("Talent Acquisition Team", "Qamar Holding Co. | Jeddah"),
            "Dunecrest Projects",
        ),
        (
            "brand_over_legal_entity",
            "Fern & Ember – next round for Delivery Lead",
            "Thanks!",
            ("Mei Tan", "Talent Partner", "Fern and Ember Pte. Ltd."),
            "Fern & Ember",
        ),
        (
            "long_public_body_name",
            "Interview",
            "See you then.",
            ("Human Resources", "Municipality of the County of West Brook"),
            "Municipality of the County of West Brook",
        ),
        (
            "team_line_in_another_language",
            "Lembrete: conversa amanhã",
            "Até amanhã!",
            ("Time de Pessoas – Caju Tech",),
            "Caju Tech",
        ),
        (
            "sign_off_with_at_sign",
            "Tallow x Priya — Backend Engineer",
            "can you do 3pm?",
            ("— Kai, CTO @ Tallow",),
            "Tallow",
        ),
        (
            "subject_in_corner_brackets",
            "【一次面接のご案内】Sora Robotics / Data Engineer",
            "Please join on Zoom.",
            (),
            "Sora Robotics",
        ),
        (
            "nordic_legal_form_in_signature",
            "Second interview - Backend Developer (Go)",
            "We'd like to see you again on Friday.",
            ("Best,", "Mikko Laine", "Recruiter, Tunturi Systems Oy"),
            "Tunturi Systems Oy",
        ),
        (
            "title_then_company_in_brackets",
            "tech round",
            "Aino and I would do the tech round on Thursday.\n– Ville (CTO, Saunalabs)",
            (),
            "Saunalabs",
        ),
        (
            "signing_line_with_bars_inside_the_body",
            "Re: second round",
            "Confirmed for Friday at 14:00 with me.\nKatrin Vogel | Engineering Manager, Platform | Tannwerk",
            (),
            "Tannwerk",
        ),
        (
            "calendar_organizer_line",
            "Invitation: Onsite Interview",
            "Organizer: Deepa Rao, Recruiting Coordinator, Lumen Streaming\n\nHere is the plan.",
            (),
            "Lumen Streaming",
        ),
        (
            "foreign_recruiting_team_is_no_company",
            "Segunda entrevista - Supply Chain Analyst",
            "Los detalles abajo.",
            (
                "Saludos cordiales,",
                "Verónica Hernández",
                "Reclutamiento y Selección | Grupo Altavista Logística",
            ),
            "Grupo Altavista Logística",
        ),
        (
            "letter_signed_in_capitals",
            "SHORTLISTING – CLINICAL PHARMACIST",
            "You have been shortlisted for the second stage.",
            ("Yours faithfully,", "For: HUMAN RESOURCE MANAGER", "MWANGAZA HOSPITAL"),
            "Mwangaza Hospital",
        ),
        (
            "chat_app_is_no_company",
            "WhatsApp - Reclutamiento Banco Altavista",
            "Te confirmo tu segunda entrevista para Analista de Crédito Sr. en Banco Altavista.",
            (),
            "Reclutamiento Banco Altavista",
        ),
        (
            "firm_in_brackets_after_a_person",
            "Slack: #ext-erik",
            "Johanna (Fjällbo) 3:12 PM\nHej Erik! Round 2 is booked for tomorrow 13:00.",
            (),
            "Fjällbo",
        ),
        (
            "au_sein_de",
            "Convocation - second entretien",
            "Nous vous convions à un second entretien pour le poste de Compliance Officer "
            "au sein de Teranga Pay.",
            (),
            "Teranga Pay",
        ),
        (
            "position_with_the_agency",
            "Phone interview - Inspector",
            "Thank you for applying for the Inspector position with the Ohio Bureau of Water Safety. "
            "We'd like to set up a call.",
            (),
            "Ohio Bureau of Water Safety",
        ),
    ],
)
def test_read_company_forms(
    name: str, subject: str, body: str, signature: tuple[str, ...], company: str
) -> None:
    assert read_company(subject, body, signature) == company, name


@pytest.mark.parametrize(
    ("name", "subject", "body", "signature", "company"),
    [
        (
            "unit_in_the_subject_is_no_company",
            "Interview – Staff Nurse – Coronary Care Unit",
            "We would like to invite you to interview on Monday.",
            ("Nursing Recruitment", "Westbrook General Hospital"),
            "Westbrook General Hospital",
        ),
        (
            "school_of_is_a_unit",
            "Campus visit - Lecturer, School of Engineering",
            "We look forward to your visit.",
            ("Ann Kerr", "Administrator, School of Engineering", "Elmfield University"),
            "Elmfield University",
        ),
        (
            "meeting_name_is_no_company",
            "Telephone Interview - Payroll Clerk",
            "We look forward to speaking with you.",
            ("Human Resources", "Town of Millbrook"),
            "Town of Millbrook",
        ),
        (
            "committee_is_no_company",
            "Selection Committee – Deputy Librarian",
            "You are invited to interview.",
            ("People Services", "Harrowgate Borough Council"),
            "Harrowgate Borough Council",
        ),
        (
            "team_function_is_no_company",
            "Interview – Analyst",
            "Sam from the Recruitment team will be there.",
            ("Recruitment Team", "Oakridge Health Trust"),
            "Oakridge Health Trust",
        ),
        (
            "signed_first_name_is_no_company",
            "Re: Interview",
            "Apologies, a correction to the time.",
            ("Thanks,", "Rachel"),
            None,
        ),
        (
            "subject_flag_in_brackets_is_no_company",
            "RE: Interview - Billing Clerk (correction)",
            "The time is 9:30, not 9:00.",
            ("Dana",),
            None,
        ),
        (
            "team_after_a_title_in_brackets_loses_to_the_signature",
            "Second interview",
            "You'll meet Tom Nguyen (Engineering Manager, Combat Systems) and Priya.",
            ("Regards,", "Karen Whitlock", "Talent Acquisition Lead", "Southern Cross Defence Systems"),
            "Southern Cross Defence Systems",
        ),
        (
            "comma_alone_does_not_part_a_team_from_a_title",
            "Second interview",
            "Your panel:\nGreg Halvorsen, VP, Consumer Lending\nTanya Brooks, Branch Manager, Lakewood",
            (),
            None,
        ),
        (
            "department_in_the_subject_loses_to_the_signature",
            "Second interview – Patient Services",
            "We are pleased to invite you.",
            ("Regards,", "Anita Rao", "HR Executive", "Sanjeevani Multispeciality Hospital"),
            "Sanjeevani Multispeciality Hospital",
        ),
        (
            "a_trust_of_seven_words",
            "Interview",
            "Thank you for applying to Epsom and St Helier University Hospitals NHS Trust.",
            (),
            "Epsom and St Helier University Hospitals NHS Trust",
        ),
        (
            "search_firm_writing_for_its_client",
            "Second interview – Senior CRA",
            "Our client Orchid Biotech would like to see you again on Tuesday.",
            ("Warm regards,", "Jasper Goh", "Principal Consultant", "Talentbridge Asia Pte Ltd"),
            "Orchid Biotech",
        ),
        (
            "firm_with_del_in_its_name",
            "Segunda entrevista",
            "Te esperamos el martes.",
            ("Saludos cordiales,", "Atracción de Talento", "Cafetales del Sur"),
            "Cafetales del Sur",
        ),
        (
            "assessment_day_is_a_meeting",
            "Assessment Day – Graduate",
            "See you there.",
            ("Regards,", "People Team", "Eko Beverages"),
            "Eko Beverages",
        ),
        (
            "lower_case_polish_legal_form",
            "Interview - Analyst",
            "See you then.",
            ("Ewa Nowak", "Recruiter", "Wisła Partners sp. k."),
            "Wisła Partners sp. k.",
        ),
    ],
)
def test_read_company_skips_units_meetings_and_first_names(
    name: str, subject: str, body: str, signature: tuple[str, ...], company: str | None
) -> None:
    assert read_company(subject, body, signature) == company


@pytest.mark.parametrize(
    ("name", "subject", "body", "role"),
    [
        (
            "role_word_contract",
            "Fwd: CV",
            "forwarding Noah for the Senior Unity Developer contract (6 mo.).",
            "Senior Unity Developer",
        ),
        (
            "interview_for_a_role_then_position",
            "Second interview",
            "We would like to invite you to the second interview for Embedded Software Engineer position.",
            "Embedded Software Engineer",
        ),
        (
            "role_starting_with_a_small_i",
            "Slack",
            "Round 2 for the iOS Developer role is booked.",
            "iOS Developer",
        ),
        (
            "numbered_round_for_a_role",
            "Call",
            "Round 2 for Data Scientist at Copperleaf confirmed.",
            "Data Scientist",
        ),
        (
            "bracketed_note_of_the_role",
            "Quick one",
            "Can you do Tuesday? (re: Senior Platform Engineer)",
            "Senior Platform Engineer",
        ),
        (
            "recruitment_for_a_role",
            "Invitation",
            "We are happy to invite you for the second stage of recruitment for Senior Java Developer.",
            "Senior Java Developer",
        ),
        (
            "booking_tools_service_line",
            "Booked",
            "Service: Second interview - Customer Success Manager",
            "Customer Success Manager",
        ),
        (
            "lower_case_role_in_the_body",
            "trial day",
            "Can u come in for the stylist position tmrw?",
            "stylist",
        ),
        (
            "lower_case_subject",
            "re: shift supervisor",
            "would love you to come back this thurs.",
            "shift supervisor",
        ),
        (
            "lower_case_job_in_the_subject",
            "apprentice carpenter job",
            "keen to have another yarn.",
            "apprentice carpenter",
        ),
        (
            "a_cue_is_no_role",
            "Interview",
            "I'm the hiring manager for this role, and we'd like to meet.",
            None,
        ),
        (
            "a_role_ends_at_its_line",
            "Interview",
            "for the Deputy Manager (Finance) position\n\nDear Candidate",
            "Deputy Manager (Finance)",
        ),
        (
            "interviews_for_a_role_are_confirmed",
            "Schedule",
            "Your interviews for Senior Frontend Engineer (React) are confirmed.",
            "Senior Frontend Engineer (React)",
        ),
        (
            "a_stream",
            "Final stage",
            "You've made it through for the Graduate Electrical Engineer stream!",
            "Graduate Electrical Engineer",
        ),
        (
            "vietnamese_position",
            "Vòng 2",
            "Cảm ơn em đã tham gia vòng 1 cho vị trí Senior Backend Engineer (Go).",
            "Senior Backend Engineer (Go)",
        ),
        (
            "spanish_vacancy",
            "Segunda etapa",
            "Te invitamos a la segunda etapa para la vacante de Gerente de Logística en Grupo Altamar.",
            "Gerente de Logística",
        ),
        (
            "german_position",
            "Einladung",
            "Gerne laden wir Sie ein für die Position Projektleiter Hochbau (m/w/d) bei Almtal.",
            "Projektleiter Hochbau (m/w/d)",
        ),
        (
            "scrum_master_in_the_subject",
            "Kuusi Software – Scrum Master – interview",
            "See you.",
            "Scrum Master",
        ),
    ],
)
def test_read_role_forms(name: str, subject: str, body: str, role: str | None) -> None:
    assert read_role(subject, body) == role, name
