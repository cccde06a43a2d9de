"""What a stated length of time measures."""

from __future__ import annotations

import pytest

from roundtwo.read.lengths import duration_kind, people_count, says_whole, session_count
from roundtwo.read.when import find_durations


@pytest.mark.parametrize(
    ("name", "sentence", "kind"),
    [
        ("allow", "Please allow two hours.", "total"),
        ("session", "It's a 2-hour session on Friday.", "total"),
        ("in_total", "Please plan for 90 minutes in total.", "total"),
        ("each_after", "Three interviews of 45 minutes each.", "each"),
        ("count_before", "Three back-to-back 30-minute conversations.", "each"),
        ("presentation", "Prepare a 15-minute presentation.", "part"),
        ("first_part", "For the first 90 minutes you'll pair with Kenji.", "part"),
        ("break", "There is a 30-minute lunch break.", "part"),
        ("ahead", "You'll get the questions 15 minutes before the interview.", "part"),
        ("after_a_clock", "Your panel interview is at 10:00 ET / 15:00 UK (60 mins).", "total"),
        ("range_to", "It should take 30 to 40 minutes.", "total"),
        ("during", "A phone interview on Tuesday at 5pm, during 30 minutes.", "total"),
        ("length_label", "Length: 60 minutes", "total"),
        ("time_open", "Priya has 30 minutes open on Friday.", "total"),
        ("listed_after_the_clock", "Friday 18 September, 11am, 45 minutes, on Teams.", "total"),
        ("tilde", "Thurs 3pm at the cafe? ~1hr, super casual.", "total"),
        ("lasting", "A video interview on Monday at 11:00, lasting 45 minutes.", "total"),
        ("more_than", "It shouldn't be more than an hour.", "total"),
        ("dash_after_a_zone", "Time: 3:00 PM CET (2:00 PM UK) – 1 hour", "total"),
        ("listed_after_a_zone", "Friday 6 March, 9:00 AM EST / 2:00 PM GMT, 30 minutes, with Ana.", "total"),
        ("bracket_after_a_named_zone", "Time: 10:00 a.m. Eastern time (90 minutes)", "total"),
        ("opens_its_sentence", "45 minutes, in our Leeds office.", "total"),
        ("booked", "We've booked 45 minutes for it in the small boardroom.", "total"),
        ("blocked", "Tuesday at 4pm, and we've blocked 50 minutes.", "total"),
        ("asked_of_the_candidate", "Can you do 20 min with Omar and me on Monday?", "total"),
        ("spanish_approximate_duration", "A las 11:00, con una duración aproximada de 90 minutos.", "total"),
        ("portuguese_expected_duration", "Duração prevista: 2 horas", "total"),
        ("french_duration_of_about", "Le mardi à 9h30, pour une durée d'environ 2 heures.", "total"),
        ("zone_gap", "The gap is 4 hours until the UK changes its clocks.", "gap"),
        ("hours_ahead", "We are 5 hours ahead of you.", "gap"),
        ("zone_gap_after", "It's 2pm for you, so it's a 4-hour gap that week.", "gap"),
        ("plan_without_for", "Please plan 1 hour.", "total"),
        ("its_a", "It's a 90 min live coding + system design round with Karthik.", "total"),
        ("french_future_lasts", "Il durera 1h.", "total"),
        ("german_lasts", "Das Gespräch dauert 45 Minuten.", "total"),
        ("german_planned", "Geplant sind ca. 2 Stunden, inkl. einer kurzen Präsentation.", "total"),
        ("duration_label_with_words", "La durée reste la même : 1h15.", "total"),
        (
            "including_its_parts",
            "The interview will last around 45 minutes including your presentation.",
            "total",
        ),
        ("after_clock_with_uhr", "Termin: Donnerstag, 10. Dezember, 14:00 Uhr (ca. 45 Minuten)", "total"),
        ("after_clock_with_meridiem_against_digits", "Time: 1:30pm (45 minutes)", "total"),
        ("walkthrough", "a 1-hour technical walkthrough of your dbt models", "total"),
        ("demonstration_of", "give a teaching demonstration of 15 minutes on a topic", "part"),
    ],
)
def test_duration_kind(name: str, sentence: str, kind: str) -> None:
    (mention,) = find_durations(sentence)
    assert duration_kind(sentence, (0, len(sentence)), mention) == kind


@pytest.mark.parametrize(
    ("name", "text", "count"),
    [
        ("words", "You'll have three back-to-back interviews.", 3),
        ("digits", "2 case interviews", 2),
        ("none", "One conversation with Ana.", None),
        ("empty", "", None),
    ],
)
def test_session_count(name: str, text: str, count: int | None) -> None:
    assert session_count(text) == count


@pytest.mark.parametrize(
    ("name", "sentence", "whole"),
    [
        ("allow", "Please allow two hours.", True),
        ("all_up", "Plan for around 90 minutes all up.", True),
        ("still", "It will now be at 4pm, still 90 minutes.", True),
        ("in_total_it_is", "In total it is 45 minutes.", True),
        ("one_part_for", "First me for ~30 mins, then Kabir.", False),
        ("one_part_of", "Then an interview of around an hour.", False),
    ],
)
def test_says_whole(name: str, sentence: str, whole: bool) -> None:
    (mention,) = find_durations(sentence)
    assert says_whole(sentence, (0, len(sentence)), mention) is whole


@pytest.mark.parametrize(
    ("name", "sentence", "kind"),
    [
        ("spend", "We'll spend an hour together, mostly on your portfolio.", "total"),
        ("spanish_label", "Duración: 1 hora", "total"),
        ("german_label_circa", "Dauer: ca. 90 Minuten", "total"),
        ("listed_alone_on_a_bullet", "• 30 minutes, by phone", "total"),
        ("listed_after_an_offset", "Time: 14:00 (UTC+2), 30 minutes", "total"),
    ],
)
def test_duration_kind_more_ways_to_say_the_whole(name: str, sentence: str, kind: str) -> None:
    (mention,) = find_durations(sentence)
    assert duration_kind(sentence, (0, len(sentence)), mention) == kind, name


@pytest.mark.parametrize(
    ("name", "sentence", "kind"),
    [
        ("probably", "Probably 2h.", "total"),
        ("maybe", "Maybe 40 mins or so, depending on questions.", "total"),
        ("give_it", "Give it two hours.", "total"),
        ("takes_like", "it takes like 45 minutes", "total"),
        ("tops", "shouldn't drag, 20 mins tops", "total"),
        ("or_so", "Just a coffee, an hour or so.", "total"),
        ("all_in", "Roughly three hours all in.", "total"),
        ("a_chat", "I'd love a 20 min chat with you.", "total"),
        ("opens_its_sentence_then_who", "30 minutes with me and our CTO.", "total"),
        ("or_so_before_a_part_is_no_total", "There is a 10 minute break or so after lunch.", "part"),
    ],
)
def test_duration_kind_informal_totals(name: str, sentence: str, kind: str) -> None:
    (mention,) = find_durations(sentence)
    assert duration_kind(sentence, (0, len(sentence)), mention) == kind, name


@pytest.mark.parametrize(
    ("name", "text", "count"),
    [
        ("both_of_us", "You'll see both of us, one after the other.", 2),
        ("the_three_of_us", "The three of us will take turns.", 3),
        ("us_both", "You'll meet us both.", 2),
        ("none", "You'll meet me.", None),
    ],
)
def test_people_count(name: str, text: str, count: int | None) -> None:
    assert people_count(text) == count, name


def _kind(text: str) -> str:
    [mention] = find_durations(text)
    return duration_kind(text, (0, len(text)), mention)


def test_length_of_what_follows_the_interview_is_a_part() -> None:
    assert _kind("The interview will be followed by a short quiz of 20 minutes.") == "part"


def test_length_beside_the_session_or_after_a_dash_with_people_is_the_whole() -> None:
    assert _kind("Round 3 is a coding interview, 50 minutes, on Monday at 11:00.") == "total"
    assert _kind("Monday at 10:00 at our office (Main St 4) – 75 minutes with me and Ana.") == "total"
    assert _kind("Start: 10:00 CET (approximately 40 minutes)") == "total"


def test_spanish_and_french_words_for_lasting_about_and_allowing_give_the_whole() -> None:
    assert _kind("La reunión es en la sede y dura unas 3 horas.") == "total"
    assert _kind("Charlarías con Marta unos 45 minutos por Zoom.") == "total"
    assert _kind("Comptez une heure.") == "total"


def test_lets_do_a_length_gives_the_whole() -> None:
    assert _kind("Let's do 40 mins with both of us.") == "total"


def test_length_before_a_deep_dive_or_after_blocked_is_the_whole() -> None:
    assert _kind("We'd like to move you forward to a 45-minute technical deep dive with Emily.") == "total"
    assert _kind("next Monday 10:00, 1h blocked") == "total"


def test_length_reserved_in_the_calendar_is_the_whole() -> None:
    assert _kind("So please reserve 90 minutes in your calendar.") == "total"


def test_length_of_presenting_is_a_part() -> None:
    assert _kind("You will be asked to present for 10 minutes on a topic.") == "part"


def test_length_in_brackets_after_a_named_zone_without_time_is_the_whole() -> None:
    assert _kind("When: Monday, October 5, 10:30 a.m. Pacific (90 minutes)") == "total"


def test_length_after_a_bracketed_restatement_of_the_clock_is_the_whole() -> None:
    assert _kind("Time: 2pm WAT (4pm in Nairobi), 1 hour 15 minutes") == "total"


@pytest.mark.parametrize(
    ("name", "sentence", "kind"),
    [
        ("whole_thing", "a mini pitch + questions, whole thing 45 min.", "total"),
        ("block_off", "Block off 2 hrs.", "total"),
        ("budgeted", "We'll have you on at 10am PT and have budgeted an hour.", "total"),
        ("in_blocks", "Time: 10:00 AM (interviews are scheduled in 45-minute blocks)", "total"),
        ("each_interview_will_last", "Each interview will last about 30 minutes.", "each"),
        (
            "behind_the_bar_is_a_place",
            "come back fri 5th at 4pm and spend about an hour behind the bar w/ Rafa",
            "total",
        ),
        ("behind_a_place_is_a_gap", "Lagos is 5 hours behind the UAE.", "gap"),
    ],
)
def test_duration_kind_informal_and_scheduling_systems(name: str, sentence: str, kind: str) -> None:
    assert _kind(sentence) == kind, name


def test_session_count_convos() -> None:
    assert session_count("it's 3 quick convos back to back, 30 mins each") == 3


def test_duration_kind_italian_durata_and_middle_dot() -> None:
    assert _kind("Martedì 3 febbraio, ore 9.30 – durata circa un'ora") == "total"
    assert _kind("Thursday Feb 19, 11:00 AM ET (11:00 AM in Bogotá) · 60 min") == "total"


def test_duration_kind_same_length_kept_by_a_move() -> None:
    assert _kind("Same day, same length (2.5 hours), same place.") == "total"
    assert _kind("Duration is the same, 1h15.") == "total"


def test_duration_kind_listed_after_clock_and_place_then_with() -> None:
    assert _kind("Tuesday 5 May at 1.30pm (Brisbane time) via Teams, 30 mins with our CEO.") == "total"


def test_duration_kind_time_the_interviewer_has_before_leaving_is_the_whole() -> None:
    assert _kind("She has about an hour before she needs to catch her train.") == "total"
    assert _kind("You'll get the brief 30 minutes before the call.") == "part"


def test_duration_kind_each_in_other_languages() -> None:
    assert _kind("Cada entrevista dura aproximadamente 30 minutos.") == "each"
    assert _kind("Chaque entretien dure 45 minutes.") == "each"
