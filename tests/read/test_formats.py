"""Formats from words and from the agenda's shape."""

from __future__ import annotations

import pytest

from roundtwo.read.formats import read_formats


@pytest.mark.parametrize(
    ("name", "text", "slots", "people", "formats"),
    [
        ("slots_with_different_people", "Agenda", [[0], [1]], [(0, 1, 0), (2, 3, 1)], ["sequential"]),
        ("slot_with_two_people", "Agenda", [[0, 1]], [(0, 1, 0), (2, 3, 1)], ["panel"]),
        (
            "two_pairs_are_panels_not_one_on_ones",
            "Agenda",
            [[0, 1], [2, 3]],
            [(0, 1, 0), (2, 3, 1), (4, 5, 2), (6, 7, 3)],
            ["panel"],
        ),
        ("two_people_one_meeting", "Meet A and B.", [], [(5, 6, 0), (11, 12, 1)], ["panel"]),
        ("order_words", "You meet A first, then B.", [], [(9, 10, 0), (23, 24, 1)], ["sequential"]),
        (
            "after_a_break_and_the_last_conversation",
            "First A. Then B is next. After a short break C, and the last conversation is with D.",
            [],
            [(6, 7, 0), (14, 15, 1), (45, 46, 2), (82, 83, 3)],
            ["sequential"],
        ),
        (
            "followed_directly_by",
            "A 45-minute conversation with A, followed directly by 30 minutes with B.",
            [],
            [(30, 31, 0), (70, 71, 1)],
            ["sequential"],
        ),
        (
            "finish_up_with",
            "You'll first sit down with A and then pair with B. We'll finish up with a chat with C.",
            [],
            [(27, 28, 0), (48, 49, 1), (84, 85, 2)],
            ["sequential", "technical"],
        ),
        (
            "finally_over_an_agenda_of_own_slots",
            "You'll meet, one after the other:\n• A, 10:00–11:00\n• B, 11:00–11:45\n• and finally C",
            [[0], [1], [2]],
            [(36, 37, 0), (53, 54, 1), (82, 83, 2)],
            ["sequential"],
        ),
        (
            "spanish_first_then",
            "Primero con Patricia Morales y después con Roberto Andrade.",
            [],
            [(12, 28, 0), (43, 58, 1)],
            ["sequential"],
        ),
        (
            "a_pair_then_one_is_a_panel",
            "You meet A and B together, then C.",
            [],
            [(9, 10, 0), (15, 16, 1), (32, 33, 2)],
            ["panel"],
        ),
        (
            "named_again_at_a_sentence_head_is_not_met_again",
            "You meet Ann first, and then Bo. Ann will ask about design.",
            [],
            [(9, 12, 0), (29, 31, 1), (33, 36, 0)],
            ["sequential"],
        ),
        (
            "one_then_a_pair_then_one",
            "You meet A, then B and C, then D.",
            [],
            [(9, 10, 0), (17, 18, 1), (23, 24, 2), (31, 32, 3)],
            ["sequential", "panel"],
        ),
        (
            "back_to_back",
            "Two back-to-back interviews with A and B.",
            [],
            [(33, 34, 0), (39, 40, 1)],
            ["sequential"],
        ),
        ("system_design", "A system design interview.", [], [], ["technical"]),
        ("technical_panel", "Stage: Technical panel", [], [], ["panel", "technical"]),
        ("practical", "It includes a 30-minute practical on router configuration.", [], [], ["technical"]),
        ("joined_by", "He'll be joined by a colleague for the second half.", [], [], ["panel"]),
        ("case_and_slides", "A case study; prepare slides.", [], [], ["case_study", "presentation"]),
        (
            "case_named_by_its_subject",
            "You'll get a short budget variance case to analyse.",
            [],
            [],
            ["case_study"],
        ),
        ("use_case_is_no_case_study", "We'll talk about a typical use case of our API.", [], [], []),
        ("written_exercise", "You will start with a 45-minute written exercise.", [], [], ["case_study"]),
        (
            "take_home_case",
            "- 20 min: you present your take-home case",
            [],
            [],
            ["technical", "case_study", "presentation"],
        ),
        (
            "then_the_writer",
            "You'll meet A first, and then me for the rest.",
            [],
            [(9, 10, 0), (27, 34, 1)],
            ["sequential"],
        ),
        (
            "looking_back_but_ahead_too",
            "You'll present your solution to the case study we sent last week.",
            [],
            [],
            ["case_study", "presentation"],
        ),
        (
            "demonstration_lesson",
            "First, a 20-minute demonstration lesson in French.",
            [],
            [],
            ["presentation"],
        ),
        ("working_interview", "Then a working interview on the treatment floor.", [], [], ["technical"]),
        ("credit_case", "You will get a short credit case to analyse.", [], [], ["case_study"]),
        ("pitch", "Come prepared to pitch how you'd cover the budget fight.", [], [], ["presentation"]),
        (
            "written_scenario",
            "The committee will ask you to respond to a short written scenario.",
            [],
            [],
            ["panel", "case_study"],
        ),
        ("separate_conversations", "Separate conversations, same link.", [], [], ["sequential"]),
        ("both_on_the_call", "She and I will both be on the call.", [], [], ["panel"]),
        ("french", "Nous vous demanderons de présenter un projet.", [], [], ["presentation"]),
        (
            "past_exercise_says_nothing",
            "Thanks for completing the design exercise and the coding test.",
            [],
            [],
            [],
        ),
        ("negated", "There is no presentation or test for this stage.", [], [], []),
        ("empty", "", [], [], []),
    ],
)
def test_read_formats(
    name: str, text: str, slots: list[list[int]], people: list[tuple[int, int, int]], formats: list[str]
) -> None:
    assert read_formats(text, slots, people) == formats


def test_read_formats_masked_titles_say_nothing() -> None:
    text = "Meet our Technical Recruiter."
    start = text.index("Technical")
    assert read_formats(text, [], [], [(start, start + len("Technical Recruiter"))]) == []
    assert read_formats("A technical interview.", [], []) == ["technical"]


def test_read_formats_masking_keeps_the_sentences_as_written() -> None:
    # The masked "I'll" no longer starts a sentence, yet the one before stays apart from it.
    text = "loved the convo last week. does Thursday work? I'll pull in Oksana (think technical deep dive)."
    start = text.index("I'll")
    assert read_formats(text, [], [], [(start, start + len("I'll pull in"))]) == ["technical"]


@pytest.mark.parametrize(
    ("name", "text", "formats"),
    [
        ("being_there_is_not_presenting", "Both managers will be present for the whole interview.", []),
        ("not_a_technical_interview", "It is not a technical interview, just a chat about the team.", []),
        ("in_tray_exercise", "You'll start with a 45-minute in-tray exercise.", ["case_study"]),
        ("in_basket_exercise", "Candidates will complete a written in-basket exercise.", ["case_study"]),
        ("budget_exercise", "Omar will take you through a short budget exercise.", ["case_study"]),
        ("minute_talk", "Please prepare a 15-minute talk on a project you led.", ["presentation"]),
        ("practical_part", "Then a practical part in which you review a test suite.", ["technical"]),
        ("a_case_colon", "Most of the hour will be a case: a pricing problem to solve.", ["case_study"]),
        ("case_emailed", "We will email you a case the day before the interview.", ["case_study"]),
        ("scenario_shared", "We'll share a product scenario and hear how you'd approach it.", ["case_study"]),
        ("a_case_of_nerves_is_no_case", "Don't worry if you give us a case of nerves.", []),
        ("portuguese_technical_test", "1. Teste técnico prático no Excel (1h)", ["technical"]),
        ("plural_cue", "The first two sessions are technical interviews on device physics.", ["technical"]),
        ("technical_portion", "The technical portion on transfer pricing is unchanged.", ["technical"]),
        ("technical_with_a_field", "Expect technical accounting questions from both.", ["technical"]),
        ("skills_assessment", "11:30 Excel skills assessment (pivot tables) on a laptop", ["technical"]),
        ("written_assessment", "You will start with a 30-minute written assessment.", ["technical"]),
        ("diagnostic_exercise", "10:00 Diagnostic exercise in the shop.", ["technical"]),
        ("art_test", "They will go through your art test with you.", ["technical"]),
        ("a_short_practical", "They give you a short practical – a drawing to read.", ["technical"]),
        ("interview_and_practical", "A second interview and practical at the hotel.", ["technical"]),
        ("practical_as_an_adjective", "We value a practical approach and a practical example.", []),
        ("passed_test_is_behind", "You have passed the written test and are invited to interview.", []),
        ("no_slides_is_no_presentation", "No slides needed, just come ready to think out loud.", []),
        ("pitch", "We would like you to pitch our product to us as a prospect.", ["presentation"]),
        ("photo_id_is_no_presentation", "Please present a valid photo ID at the security desk.", []),
        ("present_employer", "Bring a certificate from your present employer.", []),
        ("support_person_present", "If you would like a support person present, let us know.", []),
        ("need_not_prepare", "You do not need to prepare a presentation.", []),
        (
            "scenario_given_on_the_day",
            "You will be given a breaking-news scenario and asked to talk us through your plan.",
            ["case_study"],
        ),
        ("talk_him_through", "Bring a one-page plan and talk him through it.", ["presentation"]),
        (
            "talk_through_a_test_is_the_test",
            "You'll do a diagnostic exercise on a truck and walk us through your findings.",
            ["technical"],
        ),
        ("portfolio_walkthrough", "Joost de Vries - portfolio walkthrough.", ["presentation"]),
        ("walk_you_through_is_ours", "We'll walk you through the plan for the day.", []),
        (
            "counted_panel",
            "A technical interview with two members of the pricing team.",
            ["panel", "technical"],
        ),
        (
            "all_on_one_call",
            "Dev and I will pair with you on a real bug, all 3 on one call.",
            ["panel", "technical"],
        ),
        ("counted_one_by_one", "You'll meet three people, each separately.", ["sequential"]),
        ("tech_interview", "The tech interview is a live exercise, no leetcode.", ["technical"]),
        ("technical_review", "Part of it is a technical review of a stability calculation.", ["technical"]),
        (
            "spanish_case",
            "Deberá presentar un caso de mejora que le enviaremos.",
            ["case_study", "presentation"],
        ),
        ("present_yourself_is_arriving", "Please present yourself at the visitor counter by 2.15 p.m.", []),
        ("committee_that_writes", "On behalf of the Search Committee, I invite you to campus.", []),
        ("selection_board", "An oral interview before the selection board.", ["panel"]),
        ("work_trial", "Can u come in tmrw 10ish for a trial for the stylist position?", ["technical"]),
        ("trial_shift", "We'd like you to do a trial shift on Saturday.", ["technical"]),
        ("a_skill_test", "Come back for a roasting test with me and Carla.", ["panel", "technical"]),
        (
            "see_how_you_work",
            "Do a couple of hours on the line with me so I can see how you work.",
            ["technical"],
        ),
        ("a_reasoning_test_is_not_technical", "14:00 Numerical reasoning test", []),
        (
            "none_are_technical",
            "Three short back-to-back chats. None of these are technical.",
            ["sequential"],
        ),
        (
            "no_technical_test",
            "It's 4 people, all conversational (no technical test), as a panel.",
            ["panel"],
        ),
        (
            "rather_than_a_case",
            "A collaborative working session rather than a formal case study.",
            ["technical"],
        ),
        ("no_need_to_present", "You don't need to present your portfolio again.", []),
        ("the_rooms_kit", "Please bring handouts; the room has a projector and whiteboard.", []),
        ("a_single_one_on_one", "11:00 a one-on-one with Rosa to talk about the team.", []),
        ("thanks_again_looks_back", "Thanks again for your time with the panel on 19 May.", []),
        ("passing_looks_back", "Congratulations on passing the take-home challenge!", []),
        ("role_play", "The first 20 minutes is a role play of a discovery call.", ["case_study"]),
        ("debug_it_live", "We break something in a sandbox and you debug it live.", ["technical"]),
        ("writer_and_another", "Just a quick one with me and Pete our production manager.", ["panel"]),
        ("someone_and_i", "My cofounder Arjun and I would like to meet you again.", ["panel"]),
        ("both_of_us_in_turn", "You'll see both of us, one after the other.", ["sequential"]),
        (
            "walk_us_both_thru_it",
            "Bring your sketchbook and walk us both thru it.",
            ["panel", "presentation"],
        ),
        ("minutes_each_with", "You'll have 45 minutes each with:", ["sequential"]),
        ("portuguese_in_sequence", "Serão duas conversas individuais em sequência.", ["sequential"]),
        ("a_trial_period_is_no_trial", "The role has a three-month probation, a trial period of sorts.", []),
        ("a_written_test_is_not_said_to_be_technical", "Call for Written Test and Viva", []),
        (
            "a_completed_test_is_behind",
            "Following your completion of the written assessment, we invite you.",
            [],
        ),
    ],
)
def test_read_formats_words(name: str, text: str, formats: list[str]) -> None:
    assert read_formats(text, [], []) == formats
