"""Choosing the interview's day, start, end and zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from roundtwo.read.schedule import read_schedule


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@pytest.mark.parametrize(
    ("name", "text", "start", "end"),
    [
        (
            "arrival_time_is_not_the_start",
            "Please arrive at 8.45am for a 9am start on Thursday 12 February; the day finishes at 12.15pm.",
            "2026-02-12T09:00:00+00:00",
            "2026-02-12T12:15:00+00:00",
        ),
        (
            "deadline_date_is_not_the_day",
            "Send your slides by Friday. The interview is on Tuesday 10 February at 3pm for an hour.",
            "2026-02-10T15:00:00+00:00",
            "2026-02-10T16:00:00+00:00",
        ),
        (
            "conversion_is_ignored",
            "Monday 9 February at 9:00 AM PT (that's noon for you in New York).",
            "2026-02-09T09:00:00-08:00",
            None,
        ),
        (
            "old_time_is_ignored",
            "Instead of 14:00 UTC tomorrow, it will now be at 16:00 UTC tomorrow, still 90 minutes.",
            "2026-02-05T16:00:00+00:00",
            "2026-02-05T17:30:00+00:00",
        ),
        (
            "agenda_end_marker",
            "Thursday 12 February\n9:00 Welcome\n10:00 Interview with Ana Ruiz\n11:00 Depart",
            "2026-02-12T09:00:00+00:00",
            "2026-02-12T11:00:00+00:00",
        ),
        (
            "each_times_count",
            "Monday 9 February: two back-to-back interviews starting at 11:00, each about 30 minutes.",
            "2026-02-09T11:00:00+00:00",
            "2026-02-09T12:00:00+00:00",
        ),
        (
            "proposed_after_looking_back",
            "team loved chatting w/ you. can you do a 2nd round Friday 6/2 @ 4pm? it'll be 45 min",
            "2026-02-06T16:00:00+00:00",
            "2026-02-06T16:45:00+00:00",
        ),
        (
            "end_time_label",
            "Interview Date: 02/10/2026\nStart Time: 08:30 AM\nEnd Time: 11:00 AM\n",
            "2026-10-02T08:30:00+01:00",
            "2026-10-02T11:00:00+01:00",
        ),
        (
            "reporting_time_before_the_interview_time",
            "Interview Date : 12/02/2026\nInterview Time : 11:00 AM - 1:00 PM\nReporting Time : 10:30 AM\n",
            "2026-02-12T11:00:00+00:00",
            "2026-02-12T13:00:00+00:00",
        ),
        (
            "reporting_time_alone_is_the_start",
            "Date : 12-02-2026 (Thursday)\nReporting Time : 10:30 AM\n",
            "2026-02-12T10:30:00+00:00",
            None,
        ),
        (
            "originally_set_for_is_the_old_time",
            "We need to move your round, originally set for Wednesday 18/2 at 3pm. "
            "The new time is Friday 27/2, 9:30–11:30 AM.",
            "2026-02-27T09:30:00+00:00",
            "2026-02-27T11:30:00+00:00",
        ),
        (
            "restated_day_for_the_reader_is_ignored",
            "Wednesday, February 11, 2026\n3:00 PM – 4:00 PM (that's Thursday morning for you in Sydney)",
            "2026-02-11T15:00:00+00:00",
            "2026-02-11T16:00:00+00:00",
        ),
        (
            "restated_time_for_the_reader_is_ignored",
            "Tuesday 10 February, 17:00–18:30 London time. So this is 09:00–10:30 am for you in LA.",
            "2026-02-10T17:00:00+00:00",
            "2026-02-10T18:30:00+00:00",
        ),
        (
            "time_on_the_line_below_the_date",
            "Wednesday, February 11, 2026\n1:00 PM - 2:30 PM\n\nYou'll present the brief we sent you "
            "on February 6, followed by Q&A with the panel.",
            "2026-02-11T13:00:00+00:00",
            "2026-02-11T14:30:00+00:00",
        ),
        (
            "lower_case_paragraph_cues_stay_in_their_sentence",
            "loved the convo last week. want to bring you back. does this Thursday around 4:30 work? "
            "should take 45 min.",
            "2026-02-05T16:30:00+00:00",
            "2026-02-05T17:15:00+00:00",
        ),
        (
            "revised_slot_after_originally_scheduled",
            "Your interview, originally scheduled for 9 February, has been rescheduled. The revised slot "
            "is Thursday, 12 February 2026 from 15:00 to 16:00.",
            "2026-02-12T15:00:00+00:00",
            "2026-02-12T16:00:00+00:00",
        ),
        (
            "stated_morning_start_anchors_the_agenda",
            "When: Tuesday, Feb 10 – start at 6:30 AM\n\n6:30 – 7:30   Walk with Keoni\n"
            "7:30 – 8:15   Lisa\n8:15 – 9:00   Tevita\n",
            "2026-02-10T06:30:00+00:00",
            "2026-02-10T09:00:00+00:00",
        ),
        (
            "dutch_date_and_agenda_after_a_blank_line",
            "Datum: donderdag 12 februari 2026\n\n13:00 – 15:00 uur\n",
            "2026-02-12T13:00:00+00:00",
            "2026-02-12T15:00:00+00:00",
        ),
        (
            "parts_one_after_another",
            "Next step is a 30-minute presentation of your plan. After that, 15 minutes of Q&A.\n\n"
            "Friday 13 February, 11am.",
            "2026-02-13T11:00:00+00:00",
            "2026-02-13T11:45:00+00:00",
        ),
        (
            "an_hour_all_up",
            "Thursday 12 February at 7:30am suits us - probably an hour all up.",
            "2026-02-12T07:30:00+00:00",
            "2026-02-12T08:30:00+00:00",
        ),
        (
            "cancelled_heading_names_the_old_day",
            "PREVIOUS TIME (cancelled)\nMon, Feb 9, 2026 10:00 AM – 11:00 AM\n\n"
            "NEW TIME\nWed, Feb 11, 2026 2:00 PM – 3:00 PM",
            "2026-02-11T14:00:00+00:00",
            "2026-02-11T15:00:00+00:00",
        ),
        (
            "moved_from_a_day",
            "We have to move your interview from Monday 9 February to Thursday 12 February, same time: "
            "10:00 to 11:00.",
            "2026-02-12T10:00:00+00:00",
            "2026-02-12T11:00:00+00:00",
        ),
        (
            "could_we_do_instead",
            "I need to move us from Friday 6 February at 2pm. Could we do Tuesday 10 February at 9.30am "
            "instead?",
            "2026-02-10T09:30:00+00:00",
            None,
        ),
        (
            "thanks_for_accepting_looks_ahead",
            "Thank you for accepting our invitation to visit on Monday, February 9.\n\n9:00–9:45  Coffee "
            "with the team",
            "2026-02-09T09:00:00+00:00",
            "2026-02-09T09:45:00+00:00",
        ),
        (
            "clock_change_day_is_not_the_day",
            "Monday, 30 March, 14:00–15:30 at our office.\n\n"
            "Note the clocks go forward the night before (Sunday 29th), so check your calendar shows 14:00.",
            "2026-03-30T14:00:00+01:00",
            "2026-03-30T15:30:00+01:00",
        ),
        (
            "numbered_agenda_slots",
            "Date: Tuesday, 10 February 2026\nInterview 1: 9:00 – 9:45 AM\nAna Lopes, Director\n"
            "Interview 2 — 10:00 to 10:45: Tom Reyes, Analyst",
            "2026-02-10T09:00:00+00:00",
            "2026-02-10T10:45:00+00:00",
        ),
        (
            "lobby_admission_is_not_the_start",
            "When: Thursday 12 February, 2:00pm – 3:00pm. Our coordinator will admit you from the lobby at "
            "1:55pm.",
            "2026-02-12T14:00:00+00:00",
            "2026-02-12T15:00:00+00:00",
        ),
        (
            "reception_opening_is_not_the_start",
            "Schedule for Tuesday 10 February:\n09:30–10:15  Interview with Ines Costa\n"
            "10:15–11:00  Interview with Omar Haddad\nReception opens at 08:00.",
            "2026-02-10T09:30:00+00:00",
            "2026-02-10T11:00:00+00:00",
        ),
        (
            "arrive_no_later_than",
            "Thursday 12 February, 9:00 AM - 11:00 AM. Please arrive at the main lobby no later than 8:45 "
            "AM.",
            "2026-02-12T09:00:00+00:00",
            "2026-02-12T11:00:00+00:00",
        ),
        (
            "parts_in_turn_outweigh_a_loose_length",
            "Thursday 12 February at 2.30pm: you'll start with a 45-minute written exercise. "
            "That will be followed by an interview of around an hour with me.",
            "2026-02-12T14:30:00+00:00",
            "2026-02-12T16:15:00+00:00",
        ),
        (
            "stated_whole_outweighs_parts",
            "Thursday 12 February at 2pm. A short exercise (about 30 min), then a chat with both of them. "
            "Plan for around 90 minutes all up.",
            "2026-02-12T14:00:00+00:00",
            "2026-02-12T15:30:00+00:00",
        ),
        (
            "zone_gap_is_no_length",
            "Wednesday 11 February, 10am ET / 3pm GMT (the gap is 5 hours). It's a 60-minute pairing "
            "session.",
            "2026-02-11T10:00:00-05:00",
            "2026-02-11T11:00:00-05:00",
        ),
        (
            "office_hours_are_not_the_interview",
            "Our office hours are 8:00 to 15:00 this month, so your interview is on Thursday 12 February "
            "at 10:00, finishing by 11:30.",
            "2026-02-12T10:00:00+00:00",
            "2026-02-12T11:30:00+00:00",
        ),
        (
            "portuguese_end",
            "Data: quinta-feira, 12/02\nHorário: 10h, com previsão de término às 12h",
            "2026-02-12T10:00:00+00:00",
            "2026-02-12T12:00:00+00:00",
        ),
        (
            "bracketed_time_in_another_place",
            "The interview is on Thursday 12 February at 5pm Dubai time (1pm in London), for an hour.",
            "2026-02-12T17:00:00+04:00",
            "2026-02-12T18:00:00+04:00",
        ),
        ("no_date", "We'll send a time soon.", None, None),
        ("empty", "", None, None),
    ],
)
def test_read_schedule(name: str, text: str, start: str | None, end: str | None) -> None:
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London")
    assert _iso(schedule.start) == start
    assert _iso(schedule.end) == end


def test_read_schedule_each_conversation_times_the_interviewers() -> None:
    text = (
        "You're confirmed for Tuesday 10 February at 8:30. You'll be meeting one-on-one with Greg "
        "Halvorsen and then with Tanya Brooks. Each conversation is 30 minutes."
    )
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London", (), interviewers=2)
    assert _iso(schedule.end) == "2026-02-10T09:30:00+00:00"


def test_read_schedule_slots_carry_people() -> None:
    text = "Tuesday 10 February\n10:00 - 10:45  Ana Ruiz, CTO\n10:45 - 11:30  Ben Ode, Engineer"
    people = [(text.index("Ana"), text.index("Ana") + 8), (text.index("Ben"), text.index("Ben") + 7)]
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London", people)
    assert [(s.first, s.last, s.people) for s in schedule.slots] == [(600, 645, (0,)), (645, 690, (1,))]


@pytest.mark.parametrize(
    ("name", "text", "start", "end"),
    [
        (
            "report_at_is_arrival",
            "Date: Tuesday 10 February 2026\nPlease report at 8:45. The panel interview starts at 9:15 "
            "and should be complete by 10:30.",
            "2026-02-10T09:15:00+00:00",
            "2026-02-10T10:30:00+00:00",
        ),
        (
            "optional_tour_starts_nothing",
            "Your interview is on Tuesday 10 February at 14.00 and lasts an hour. A tour of the site "
            "is available at 13.15 should you wish; it is optional.",
            "2026-02-10T14:00:00+00:00",
            "2026-02-10T15:00:00+00:00",
        ),
        (
            "planned_day_shifted",
            "We'd pencilled in Monday 9th, but the director is away, so could we shift it to "
            "Wednesday 11th February at 10.00? It will last an hour.",
            "2026-02-11T10:00:00+00:00",
            "2026-02-11T11:00:00+00:00",
        ),
    ],
)
def test_read_schedule_cues(name: str, text: str, start: str | None, end: str | None) -> None:
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London")
    assert (_iso(schedule.start), _iso(schedule.end)) == (start, end), name


@pytest.mark.parametrize(
    ("name", "text", "start", "end"),
    [
        (
            "unmarked_end_hour_before_the_start_is_the_evening",
            "Could you do a trial this Saturday? Get there at 4:30 to change; the dinner shift starts at "
            "5pm and runs till about 10.",
            "2026-02-07T17:00:00+00:00",
            "2026-02-07T22:00:00+00:00",
        ),
        (
            "wrap_up_line_ends_the_agenda",
            "Here is your day on Friday 13 February:\n8:45  Arrival at reception\n9:00  Team exercise\n"
            "10:15  Talk with the director\n11:00  Wrap-up",
            "2026-02-13T09:00:00+00:00",
            "2026-02-13T11:00:00+00:00",
        ),
        (
            "you_are_invited_after_last_week_is_the_new_day",
            "Further to the screening call held last week, you are invited to a final interview on "
            "Tuesday, 10th February 2026 at 2:00 p.m. at our offices.",
            "2026-02-10T14:00:00+00:00",
            None,
        ),
        (
            "met_in_a_floor_lobby_is_arrival",
            "Sam Ortiz will meet you in the 5th floor lobby at 8:45 AM on Friday 13 February.\n"
            "9:00 - 9:45  Panel\n9:45 - 10:30  Case exercise",
            "2026-02-13T09:00:00+00:00",
            "2026-02-13T10:30:00+00:00",
        ),
        (
            "last_part_with_its_own_start_and_length",
            "Please come in on Friday 13 February. At 9am you'll get a data set and an hour to explore "
            "it. At 10am Priya will join you for 45 minutes to talk it through.",
            "2026-02-13T09:00:00+00:00",
            "2026-02-13T10:45:00+00:00",
        ),
        (
            "a_time_restated_in_another_zone_is_no_later_part",
            "Friday 13 February, 9 am GMT / 4 pm SGT, for 30 minutes on Teams.",
            "2026-02-13T09:00:00+00:00",
            "2026-02-13T09:30:00+00:00",
        ),
    ],
)
def test_read_schedule_ends_and_starts_of_new_writers(
    name: str, text: str, start: str | None, end: str | None
) -> None:
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London")
    assert (_iso(schedule.start), _iso(schedule.end)) == (start, end), name


def test_read_schedule_time_only_reply_keeps_the_thread_day() -> None:
    text = "Quick fix: the start time is 10:15, not 10:00. Sorry!"
    assert read_schedule(text, date(2026, 2, 4), "Europe/London").start is None
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London", day=date(2026, 2, 11))
    assert _iso(schedule.start) == "2026-02-11T10:15:00+00:00"


@pytest.mark.parametrize(
    ("name", "text", "start", "end"),
    [
        (
            "subject_day_restated_above_the_agenda",
            "Your onsite – Tuesday, February 10\n\nThanks for the call on 28 January.\n\n"
            "Tuesday, February 10, 2026\nAll times UK time\n\n10:00 – 10:45  Coding\n11:00 – 11:45  Design",
            "2026-02-10T10:00:00+00:00",
            "2026-02-10T11:45:00+00:00",
        ),
        (
            "slots_to_choose_from_fix_no_day",
            "Which of these slots suits you best?\n- Mon 9 February, 10:00\n- Tue 10 February, 14:00\n"
            "Each is an hour.",
            None,
            None,
        ),
        (
            "day_given_up_and_interview_moved",
            "The chair is no longer available on February 9, so we've moved your panel interview to "
            "Wednesday, February 11 at 2 p.m. It will run about an hour.",
            "2026-02-11T14:00:00+00:00",
            "2026-02-11T15:00:00+00:00",
        ),
        (
            "registration_before_the_day_starts",
            "Date: Thursday 12 February 2026\nTime: 09:30 – 15:00 (registration from 09:00)\n",
            "2026-02-12T09:30:00+00:00",
            "2026-02-12T15:00:00+00:00",
        ),
        (
            "pickup_and_transport_lines_are_travel",
            "Itinerary for Thursday, February 12:\n8:00 am      Pickup at your hotel\n"
            "8:30 – 9:30   Meeting with the chair\n9:30 – 10:15  Seminar\n"
            "10:30 am     Transport to the station",
            "2026-02-12T08:30:00+00:00",
            "2026-02-12T10:15:00+00:00",
        ),
        (
            "day_moved_away_from_before_instead",
            "Could we move tomorrow's chat to Friday instead? Same time (10am). About an hour.",
            "2026-02-06T10:00:00+00:00",
            "2026-02-06T11:00:00+00:00",
        ),
        (
            "length_opening_the_next_sentence",
            "Ana would like to meet you Friday at 11:30 about the role. 45 minutes, at our office.",
            "2026-02-06T11:30:00+00:00",
            "2026-02-06T12:15:00+00:00",
        ),
        (
            "clock_change_day_is_not_the_interview",
            "The interview on Monday 9 February starts at 09:00. Remember the time change is on "
            "Sunday 8 February, at 02:00.",
            "2026-02-09T09:00:00+00:00",
            None,
        ),
    ],
)
def test_read_schedule_days_and_lengths(name: str, text: str, start: str | None, end: str | None) -> None:
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London")
    assert (_iso(schedule.start), _iso(schedule.end)) == (start, end), name


def test_read_schedule_each_length_with_people_met_in_turn() -> None:
    text = (
        "The interview is on Thursday 12 February at 10:00. You will meet first with Ana Ruiz and "
        "then with Ben Ode, for about 30 minutes each."
    )
    people = [(text.index("Ana"), text.index("Ana") + 8), (text.index("Ben"), text.index("Ben") + 7)]
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London", people, interviewers=2)
    assert _iso(schedule.end) == "2026-02-12T11:00:00+00:00"


@pytest.mark.parametrize(
    ("name", "text", "start", "end"),
    [
        (
            "chat_stamps_are_when_messages_were_sent",
            "[04/02/26, 9:14 AM] Priya (Recruiter): you're through to round 2!\n"
            "[04/02/26, 9:15 AM] Priya (Recruiter): Mon 9 Feb, 2pm, on Teams. 30 mins\n"
            "[04/02/26, 9:20 AM] Sam: perfect, thanks",
            "2026-02-09T14:00:00+00:00",
            "2026-02-09T14:30:00+00:00",
        ),
        (
            "chat_stamps_of_another_phone",
            "04/02/2026, 16:02 - Priya: Thursday 12 February at 10:00 with the team\n"
            "04/02/2026, 16:05 - Sam: great",
            "2026-02-12T10:00:00+00:00",
            None,
        ),
        (
            "out_by_is_the_end",
            "Join us on Thursday 12 February at 9:30 for the assessment day; you should be out by 16:00.",
            "2026-02-12T09:30:00+00:00",
            "2026-02-12T16:00:00+00:00",
        ),
        (
            "accreditation_is_arrival",
            "Date: Thursday 12 February\nAccreditation: 8:15am\nAssessment: 9:00 – 12:00",
            "2026-02-12T09:00:00+00:00",
            "2026-02-12T12:00:00+00:00",
        ),
        (
            "reporting_line_in_brackets_is_no_arrival",
            "You'll meet Dana Holt (Operations Manager, who you'd report to) on Thursday 12 February at "
            "7:00am at the depot. We'll be done by 9.",
            "2026-02-12T07:00:00+00:00",
            "2026-02-12T09:00:00+00:00",
        ),
        (
            "moved_from_one_day_to_another",
            "We need to move your call with Dana Holt (Head of Finance) from Tuesday 10 February to "
            "Thursday 12 February. The time stays 11:00 and it will take about 45 minutes.",
            "2026-02-12T11:00:00+00:00",
            "2026-02-12T11:45:00+00:00",
        ),
        (
            "one_line_holding_every_session",
            "Thursday 12 February:\n- 2:00pm start, 2 x 30-min interviews back to back\n- 1 Main Street",
            "2026-02-12T14:00:00+00:00",
            "2026-02-12T15:00:00+00:00",
        ),
        (
            "weekday_ordinal_at_a_bare_hour",
            "Are you free Thursday the 12th at 3? It'll take ~an hour.",
            "2026-02-12T15:00:00+00:00",
            "2026-02-12T16:00:00+00:00",
        ),
    ],
)
def test_read_schedule_more_cues(name: str, text: str, start: str | None, end: str | None) -> None:
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London")
    assert (_iso(schedule.start), _iso(schedule.end)) == (start, end), name


def test_read_schedule_lengths_on_list_items_add_up() -> None:
    text = (
        "Thursday 12 February at 10:00, two sessions:\n"
        "1. Coding exercise (60 min) with Ana Ruiz\n"
        "2. Culture chat (30 min) with Ben Ode"
    )
    people = [(text.index("Ana"), text.index("Ana") + 8), (text.index("Ben"), text.index("Ben") + 7)]
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London", people, interviewers=2)
    assert _iso(schedule.end) == "2026-02-12T11:30:00+00:00"


def test_read_schedule_lengths_on_list_items_without_people_do_not_add_up() -> None:
    text = "Thursday 12 February at 10:00\n- Video call (45 min)\n- Prepare a short talk (10 min)"
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London")
    assert _iso(schedule.end) is None


@pytest.mark.parametrize(
    ("name", "text", "start", "end"),
    [
        (
            "previous_and_updated_labels",
            "Your interview has changed.\nPrevious: Monday, 9 February 2026, 10:00 – 11:00\n"
            "Updated: Wednesday, 11 February 2026, 10:00 – 11:00",
            "2026-02-11T10:00:00+00:00",
            "2026-02-11T11:00:00+00:00",
        ),
        (
            "registration_line_of_an_agenda_is_arrival",
            "Date: Friday 13 February\n\n08:30  Registration and coffee\n09:00  Case exercise\n"
            "10:30  Interview with the panel\n11:15  Close",
            "2026-02-13T09:00:00+00:00",
            "2026-02-13T11:15:00+00:00",
        ),
        (
            "check_in_with_someone_is_a_talk",
            "Date: Friday 13 February\n\n09:30  Check-in with the team lead\n10:00  Case exercise\n"
            "11:00  Close",
            "2026-02-13T09:30:00+00:00",
            "2026-02-13T11:00:00+00:00",
        ),
        (
            "meeting_the_candidate_on_arrival",
            "We'd like to see you on Friday 13 February.\n\n10:00 – 10:45  Panel interview\n"
            "10:45 – 11:15  Team lunch\n\nI'll meet you in the lobby at 9:50 and take you up.",
            "2026-02-13T10:00:00+00:00",
            "2026-02-13T11:15:00+00:00",
        ),
        (
            "come_by_a_day_is_no_deadline",
            "Could you come by this fri around 10? half hour tops.",
            "2026-02-06T10:00:00+00:00",
            "2026-02-06T10:30:00+00:00",
        ),
        (
            "people_said_as_both_of_us_in_turn",
            "Could you come in Friday 13 February at 2pm? You'll meet both of us one after the other, "
            "about 20 min each.",
            "2026-02-13T14:00:00+00:00",
            "2026-02-13T14:40:00+00:00",
        ),
        (
            "rank_ordinal_is_no_day",
            "We'd like to invite you to the 2nd round.\nDate: 13th February 2026 (Friday)\n"
            "Interview Time: 11:00 AM",
            "2026-02-13T11:00:00+00:00",
            None,
        ),
    ],
)
def test_read_schedule_informal_and_labelled(
    name: str, text: str, start: str | None, end: str | None
) -> None:
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London")
    assert (_iso(schedule.start), _iso(schedule.end)) == (start, end), name


@pytest.mark.parametrize(
    ("name", "text", "start", "end"),
    [
        (
            "waiting_at_a_desk_is_arrival",
            "Your interview is on Tuesday 10 February at 10:00, for 45 minutes. Please be at the "
            "Gate 4 visitor desk at 9:40 so the guard can sign you through.",
            "2026-02-10T10:00:00+00:00",
            "2026-02-10T10:45:00+00:00",
        ),
        (
            "welcome_and_coffee_is_arrival",
            "Date: Tuesday 10 February 2026\n\n08:30  Welcome and coffee\n08:45  Written test\n"
            "10:00  Panel interview\n11:00  Close",
            "2026-02-10T08:45:00+00:00",
            "2026-02-10T11:00:00+00:00",
        ),
        (
            "days_joined_by_or_are_not_fixed",
            "The board will meet you by video.\n\nFriday 20 February 2026\n2pm UK time, one hour\n\n"
            "Could you do a short prep call Monday or Tuesday, your morning?",
            "2026-02-20T14:00:00+00:00",
            "2026-02-20T15:00:00+00:00",
        ),
        (
            "a_note_striking_the_forwarded_start",
            "One change: please plan for 3:00 PM rather than 2:00 PM.\n\n"
            "Date: Thursday, 12 February 2026\nTime: 2:00 PM – 2:45 PM",
            "2026-02-12T15:00:00+00:00",
            "2026-02-12T15:45:00+00:00",
        ),
    ],
)
def test_read_schedule_arrival_alternatives_and_corrections(
    name: str, text: str, start: str | None, end: str | None
) -> None:
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London")
    assert (_iso(schedule.start), _iso(schedule.end)) == (start, end), name


def test_read_schedule_range_holds_when_the_people_are_met_in_turn() -> None:
    text = (
        "We've held Tuesday, February 10 from 2 to 3:30 p.m. You'll first meet Dana Frost, "
        "our CFO, and then Omar Reyes on the same link."
    )
    people = [(text.index("Dana"), text.index("Dana") + 10), (text.index("Omar"), text.index("Omar") + 10)]
    schedule = read_schedule(text, date(2026, 2, 4), "Europe/London", people, interviewers=2)
    assert (_iso(schedule.start), _iso(schedule.end)) == (
        "2026-02-10T14:00:00+00:00",
        "2026-02-10T15:30:00+00:00",
    )


def test_shuttle_bus_time_is_travel() -> None:
    text = "Interview: 10:00 AM, Monday 9 March 2026.\nA shuttle bus from the station leaves at 8:30 AM."
    schedule = read_schedule(text, date(2026, 3, 2), "Asia/Bangkok")
    assert schedule.start is not None and schedule.start.hour == 10


def test_visiting_the_security_gate_is_arrival() -> None:
    text = "Interview on Monday 9 March 2026 at 2:00 PM.\nPlease visit the security gate at 1:40 for a badge."
    schedule = read_schedule(text, date(2026, 3, 2), "Asia/Seoul")
    assert schedule.start is not None and (schedule.start.hour, schedule.start.minute) == (14, 0)


def test_date_of_interview_label_beats_the_letter_date() -> None:
    text = (
        "Ref: X/1            Date: 02.03.2026\nDate of Interview    : 16.03.2026\nInterview Time : 11:00 AM"
    )
    schedule = read_schedule(text, date(2026, 3, 2), "Asia/Kolkata")
    assert schedule.day == date(2026, 3, 16)


def test_confirm_no_later_than_a_day_is_a_deadline() -> None:
    text = "Tanggal : Senin, 16 Maret 2026\nWaktu      : 10.00\nConfirm no later than Friday, 13 March 2026."
    schedule = read_schedule(text, date(2026, 3, 9), "Asia/Jakarta")
    assert schedule.day == date(2026, 3, 16)


def test_calendar_end_line_gives_the_end() -> None:
    text = "Start: Mon 16.03.2026 09:00\nEnd: Mon 16.03.2026 10:15\nLocation: Room 2"
    schedule = read_schedule(text, date(2026, 3, 9), "Europe/Zurich")
    assert schedule.end is not None and (schedule.end.hour, schedule.end.minute) == (10, 15)


def test_day_whose_interview_is_moved_is_given_up() -> None:
    text = "Could we move Monday's 11am to Wednesday, same time?"
    schedule = read_schedule(text, date(2026, 3, 5), "America/Denver")
    assert schedule.day == date(2026, 3, 11)


def test_read_schedule_ranges_said_one_after_another_chain_the_end() -> None:
    text = (
        "Two interviews on Tuesday, November 10: first with me from 9:00 to 10:00, "
        "then with my boss from 10:00 to 10:45."
    )
    schedule = read_schedule(text, date(2026, 11, 2), "America/Denver", people=((70, 72), (90, 97)))
    assert _iso(schedule.end) == "2026-11-10T10:45:00-07:00"


@pytest.mark.parametrize(
    ("name", "text", "today", "tz", "start", "end"),
    [
        (
            "struck_time_in_a_correction_is_old",
            "Sorry, my mistake: your interview on Thursday 12 February is at 2pm, not 1pm. Still an hour.",
            date(2026, 2, 4),
            "Europe/London",
            "2026-02-12T14:00:00+00:00",
            None,
        ),
        (
            "struck_day_in_a_correction_is_old",
            "Correction: the panel meets on Friday 13 February (not Thursday 12 February) at 10am.",
            date(2026, 2, 4),
            "Europe/London",
            "2026-02-13T10:00:00+00:00",
            None,
        ),
        (
            "travel_times_are_not_the_start",
            "Tuesday 10 March, 14.00 local time, at our office in Paris.\n"
            "The 09.15 train from London gets into Gare du Nord at 12.45.",
            date(2026, 2, 4),
            "Europe/London",
            "2026-03-10T14:00:00+01:00",
            None,
        ),
        (
            "day_named_before_instead_is_the_new_day",
            "Would you be able to come in on Thursday 12 February at 11:00 instead?\n\n"
            "Below: you are booked for Wednesday 11 February at 15:00.",
            date(2026, 2, 4),
            "Europe/London",
            "2026-02-12T11:00:00+00:00",
            None,
        ),
        (
            "wrap_by_an_hour_ends_the_interview",
            "Can you come over Thursday around 1? We should wrap by 2:45.",
            date(2026, 3, 9),
            "America/Denver",
            "2026-03-12T13:00:00-06:00",
            "2026-03-12T14:45:00-06:00",
        ),
        (
            "moving_to_a_day_names_the_new_one",
            "Sorry, instead of Monday the 16th at 2pm we are moving to Wednesday (Mar 18), 2:00-3:00 pm.",
            date(2026, 3, 9),
            "America/Chicago",
            "2026-03-18T14:00:00-05:00",
            None,
        ),
        (
            "a_clock_for_a_later_clock_is_the_arrival",
            "Date: Monday 16 March 2026\nTime: 09:15 for 09:45, finishing by 12:00",
            date(2026, 3, 9),
            "Europe/London",
            "2026-03-16T09:45:00+00:00",
            None,
        ),
        (
            "numbered_parts_with_lengths_add_up",
            "Your assessment is on Monday 16 March at 10:00.\n\n"
            "1. Reading the brief (20 minutes)\n2. Written exercise (45 minutes)\n"
            "3. Debrief with the panel (25 minutes)\n",
            date(2026, 3, 9),
            "Europe/London",
            None,
            "2026-03-16T11:30:00+00:00",
        ),
        (
            "reply_attribution_line_is_no_interview_time",
            "On Tue, Mar 10, 2026 at 8:15 AM Dana Ortiz wrote:\nWednesday 3/11 at 2 works. Let's do 30 mins.",
            date(2026, 3, 10),
            "America/New_York",
            "2026-03-11T14:00:00-04:00",
            "2026-03-11T14:30:00-04:00",
        ),
        (
            "wrapped_up_by_is_the_end",
            "How about this Thursday 5 March at 2:30? Should be wrapped up by 4:30.",
            date(2026, 3, 2),
            "America/Chicago",
            None,
            "2026-03-05T16:30:00-06:00",
        ),
        (
            "shuttle_runs_at_is_travel",
            "Date: Tuesday, 23 June 2026\nTime: 2.30pm (SGT)\n\n"
            "A shuttle runs from Joo Koon MRT at 1.45pm if you need it.",
            date(2026, 6, 15),
            "Asia/Singapore",
            "2026-06-23T14:30:00+08:00",
            None,
        ),
        (
            "ranges_on_lines_of_their_own_chain_across_a_short_gap",
            "Stage 2 on Monday 26 October comprises:\n"
            "• Written exercise: 9.30–10.30.\n"
            "• Interview: 11.00–12.00, with a panel of three.",
            date(2026, 10, 14),
            "Europe/London",
            None,
            "2026-10-26T12:00:00+00:00",
        ),
        (
            "range_restated_in_the_same_line_does_not_chain",
            "Could we change the interview to Feb 6 (Fri) 15:00–16:30 JST? It will be 17:00–18:30 in Sydney.",
            date(2026, 2, 2),
            "Australia/Sydney",
            None,
            "2026-02-06T16:30:00+09:00",
        ),
        (
            "someone_meeting_you_to_bring_you_up_is_arrival",
            "Tuesday, May 5\n9:30 - 10:00  Presentation\n10:00 - 10:45  Dr. Alan Pierce\n\n"
            "Jess will meet you at 9:15 and bring you up.",
            date(2026, 4, 27),
            "America/New_York",
            "2026-05-05T09:30:00-04:00",
            None,
        ),
        (
            "restated_day_in_brackets_keeps_the_scope",
            "Date/time: Thursday, February 26, 9:00 AM JST\n"
            "           (= Wednesday, February 25, 4:00 PM PST)\n"
            "Duration: 60 minutes\n",
            date(2026, 2, 16),
            "America/Los_Angeles",
            None,
            "2026-02-26T10:00:00+09:00",
        ),
        (
            "wrapped_up_by_around_is_the_end",
            "Tuesday 7 April:\n10:00am – Liam\n10:45am – Priya\n\n"
            "You should be all wrapped up by around 12:15pm.",
            date(2026, 3, 30),
            "Australia/Sydney",
            None,
            "2026-04-07T12:15:00+10:00",
        ),
        (
            "instead_of_a_medium_is_no_old_time",
            "Let's do the interview at our office instead of Zoom - same day and time "
            "(Thursday, May 14 at 9:00 AM), and please plan for an hour.",
            date(2026, 5, 12),
            "America/Chicago",
            "2026-05-14T09:00:00-05:00",
            "2026-05-14T10:00:00-05:00",
        ),
        (
            "hard_stop_is_the_end",
            "Friday, January 9 at 7:30am. Elliot has a hard stop at 8:15 for the morning meeting.",
            date(2026, 1, 5),
            "America/New_York",
            None,
            "2026-01-09T08:15:00-05:00",
        ),
    ],
)
def test_read_schedule_reads(
    name: str, text: str, today: date, tz: str, start: str | None, end: str | None
) -> None:
    """Each case checks the start, the end or both; None leaves that one unchecked."""
    schedule = read_schedule(text, today, tz)
    if start is not None:
        assert _iso(schedule.start) == start, name
    if end is not None:
        assert _iso(schedule.end) == end, name


@pytest.mark.parametrize(
    ("name", "text", "today", "tz", "start", "end"),
    [
        (
            "until_approx_is_the_end",
            "Date: Tuesday, 27.10.2026\nTime: 9:30 o'clock until approx. 12:30 o'clock",
            date(2026, 10, 19),
            "Europe/Berlin",
            "2026-10-27T09:30:00+01:00",
            "2026-10-27T12:30:00+01:00",
        ),
        (
            "french_welcome_and_planned_end",
            "Date : mardi 3 mars 2026\nAccueil : 8h45\nDébut de l'épreuve : 9h00\nFin prévue : vers 11h00",
            date(2026, 2, 23),
            "Africa/Abidjan",
            "2026-03-03T09:00:00+00:00",
            "2026-03-03T11:00:00+00:00",
        ),
        (
            "french_until",
            "Il aura lieu le jeudi 23/04 à 10h00 (heure de Tunis) jusqu'à 12h, dans nos locaux.",
            date(2026, 4, 20),
            "Africa/Tunis",
            "2026-04-23T10:00:00+01:00",
            "2026-04-23T12:00:00+01:00",
        ),
        (
            "spanish_until",
            "Fecha: jueves 30 de julio\nHora: 12:00 hrs\n\nTienen la agenda bloqueada hasta las 14:00 hrs.",
            date(2026, 7, 20),
            "America/Mexico_City",
            "2026-07-30T12:00:00-06:00",
            "2026-07-30T14:00:00-06:00",
        ),
        (
            "spanish_end_label_with_a_word",
            "Fecha: martes 10 de noviembre de 2026\nHora: 7:30 am\nTérmino aproximado: 9:30 am",
            date(2026, 11, 4),
            "America/Monterrey",
            "2026-11-10T07:30:00-06:00",
            "2026-11-10T09:30:00-06:00",
        ),
        (
            "pick_you_up_is_an_arrival",
            "Your interview is on 2026-10-09, 10:00-11:30. I will pick you up at the lobby at 9:45.",
            date(2026, 9, 21),
            "Asia/Shanghai",
            "2026-10-09T10:00:00+08:00",
            "2026-10-09T11:30:00+08:00",
        ),
        (
            "check_in_at_our_reception_is_an_arrival",
            "Your interviews are on Thursday, March 12, from 9:30 a.m. to 11:30 a.m. Please check in at our "
            "22nd-floor reception at 9:15 a.m.",
            date(2026, 3, 2),
            "America/New_York",
            "2026-03-12T09:30:00-04:00",
            "2026-03-12T11:30:00-04:00",
        ),
        (
            "by_a_time_prompt_is_the_start",
            "Your interview is fixed for Tuesday, 14th July, 2026 by 11am prompt. "
            "It will last for about 1 hour.",
            date(2026, 7, 6),
            "Africa/Lagos",
            "2026-07-14T11:00:00+01:00",
            "2026-07-14T12:00:00+01:00",
        ),
        (
            "a_day_someone_is_busy_is_given_up",
            "Mr. Tanaka now has a customer visit on Thursday 17 September, so we would like to move your "
            "interview to Friday 18 September, at the same time (16:00). It will last about one hour.",
            date(2026, 9, 14),
            "Asia/Tokyo",
            "2026-09-18T16:00:00+09:00",
            "2026-09-18T17:00:00+09:00",
        ),
        (
            "french_move_away_from_a_busy_day",
            "Elle a un empêchement le vendredi 6 novembre à 10h et nous propose de le décaler au lundi 9 "
            "novembre à 11h00. La durée reste la même : 1h15.",
            date(2026, 11, 2),
            "Europe/Paris",
            "2026-11-09T11:00:00+01:00",
            "2026-11-09T12:15:00+01:00",
        ),
        (
            "the_senders_follow_up_day_is_not_the_day",
            "They've proposed Wednesday 28 January at their office. "
            "The interview itself runs 14:00–16:00.\n\n"
            "Let me know and I'll confirm with them today.",
            date(2026, 1, 19),
            "Europe/London",
            "2026-01-28T14:00:00+00:00",
            "2026-01-28T16:00:00+00:00",
        ),
        (
            "teams_chat_stamp_is_no_time",
            "[10:42] Sanne de Vries\nCan we move it to Thursday instead? "
            "Same time (14:00), still 45 minutes.",
            date(2026, 10, 19),
            "Europe/Amsterdam",
            "2026-10-22T14:00:00+02:00",
            "2026-10-22T14:45:00+02:00",
        ),
        (
            "a_travel_day_does_not_end_the_interview_day",
            "Subject: Onsite - Thursday, June 25\n\n"
            "Please arrive at DEN before departure on Wednesday, June 24."
            "\n\nPlease check in at the Main Lobby welcome desk at 8:00 AM.\n\n8:30 - 9:30  Interview\n"
            "9:30 - 10:30  Interview",
            date(2026, 6, 15),
            "America/Chicago",
            "2026-06-25T08:30:00-05:00",
            "2026-06-25T10:30:00-05:00",
        ),
        (
            "a_dates_digits_are_no_clock",
            "Next stage is technical interview on 21.05 at 16:00 Kyiv time, duration 1,5 hour.",
            date(2026, 5, 18),
            "Europe/Kyiv",
            "2026-05-21T16:00:00+03:00",
            "2026-05-21T17:30:00+03:00",
        ),
        (
            "parts_followed_immediately_by",
            "DATE: Wednesday 12th August 2026\nTIME: 9:00am\n"
            "The session will consist of a practical exercise "
            "(1 hour), followed immediately by a panel interview (45 minutes).",
            date(2026, 8, 3),
            "Africa/Nairobi",
            "2026-08-12T09:00:00+03:00",
            "2026-08-12T10:45:00+03:00",
        ),
    ],
)
def test_read_schedule_second_language_writers(
    name: str, text: str, today: date, tz: str, start: str | None, end: str | None
) -> None:
    schedule = read_schedule(text, today, tz)
    assert (_iso(schedule.start), _iso(schedule.end)) == (start, end), name


@pytest.mark.parametrize(
    ("name", "text", "start", "end"),
    [
        (
            "emoji_ends_the_sentence_that_looks_back",
            "loved chatting yesterday 🙂 for the baker spot would u be up for this sat 7th, 6am till 10?",
            "2026-03-07T06:00:00+00:00",
            "2026-03-07T10:00:00+00:00",
        ),
        (
            "back_by_a_time_is_the_end",
            "ride-along w/ Ray wed mar 11. Meet at the shop at 7am, you'll be back by noon.",
            "2026-03-11T07:00:00+00:00",
            "2026-03-11T12:00:00+00:00",
        ),
        (
            "still_at_is_no_till",
            "It will no longer be on Tuesday 10 March. The new date is Thursday 12 March, still at 10:30am. "
            "It lasts 45 minutes.",
            "2026-03-12T10:30:00+00:00",
            "2026-03-12T11:15:00+00:00",
        ),
        (
            "a_trial_shift_is_no_move",
            "can you do a trial shift this fri from 5 to 10?",
            "2026-03-06T17:00:00+00:00",
            "2026-03-06T22:00:00+00:00",
        ),
        (
            "time_something_is_emailed_is_no_start",
            "Date: Monday, March 9, 2026\nInterview: 1:30 p.m. to 2:30 p.m.\n\n"
            "At 1:00 p.m. you will receive a short case scenario by email.",
            "2026-03-09T13:30:00+00:00",
            "2026-03-09T14:30:00+00:00",
        ),
        (
            "walked_out_ends_the_itinerary",
            "Date: Tuesday, March 10\n• 9:00 – 9:45 a.m. — Carla Medeiros\n"
            "• 9:45 – 10:30 a.m. — Steven Albright\n• 10:30 a.m. — I'll walk you out.",
            "2026-03-10T09:00:00+00:00",
            "2026-03-10T10:30:00+00:00",
        ),
        (
            "sentence_opening_with_the_check_in_keeps_its_time_the_arrival",
            "Interviews on Thursday, March 5. Please check in at reception at 333 Bay Street, Suite 3800, "
            "Toronto, ON M5H 2R2 at 9:45 a.m. Your interviews will run from 10:00 to 11:30.",
            "2026-03-05T10:00:00+00:00",
            "2026-03-05T11:30:00+00:00",
        ),
        (
            "coming_to_the_lodge_is_the_arrival",
            "Interview on Tuesday 10 March. The afternoon will begin at 2.15pm and we expect to finish by "
            "4.15pm. Please come to the Porters' Lodge at 2pm, where you will be met.",
            "2026-03-10T14:15:00+00:00",
            "2026-03-10T16:15:00+00:00",
        ),
        (
            "weekday_a_move_names_is_in_the_given_up_days_week",
            "Kenji has a client trip on Tuesday, so we're moving your interview to Thursday instead, "
            "same time (4:00pm). It will still be 45 minutes.",
            "2026-03-12T16:00:00+00:00",
            "2026-03-12T16:45:00+00:00",
        ),
        (
            "lengths_added_with_a_plus",
            "you present your take in 30 mins + 30 mins qna.\n\njeudi 5 mars, 10h",
            "2026-03-05T10:00:00+00:00",
            "2026-03-05T11:00:00+00:00",
        ),
        (
            "plus_between_people_adds_no_length",
            "When: Thursday, March 5 at 10:00 AM (1 hour 15 minutes)\nYou'll meet Ana plus Ken. "
            "We'd like you to start with a 20-minute walkthrough, then it's open Q&A.",
            "2026-03-05T10:00:00+00:00",
            "2026-03-05T11:15:00+00:00",
        ),
        (
            "second_length_without_its_unit",
            "2 chats back to back on thurs 5 mar at 1pm: 30 mins w/ me, then 30 w/ Meg our head of sales",
            "2026-03-05T13:00:00+00:00",
            "2026-03-05T14:00:00+00:00",
        ),
    ],
)
def test_read_schedule_informal_notes_and_employers_systems(
    name: str, text: str, start: str | None, end: str | None
) -> None:
    # TODAY of these cases: Wednesday 4 March 2026, read in London (GMT).
    schedule = read_schedule(text, date(2026, 3, 4), "Europe/London")
    assert (_iso(schedule.start), _iso(schedule.end)) == (start, end), name


def test_move_to_the_same_time_keeps_the_earlier_slots_end() -> None:
    text = (
        "Your interview on Wednesday 10 June has been rescheduled to Monday 15 June, "
        "same time (10:30 AM).\n\n----\nDate: Wednesday 10 June 2026\nTime: 10:30 AM – 12:00 PM\n"
    )
    schedule = read_schedule(text, date(2026, 6, 8), "Asia/Dubai")
    assert (_iso(schedule.start), _iso(schedule.end)) == (
        "2026-06-15T10:30:00+04:00",
        "2026-06-15T12:00:00+04:00",
    )


@pytest.mark.parametrize(
    ("name", "text", "start", "end"),
    [
        (
            "range_above_its_agenda_is_the_whole_day",
            "Wednesday, 6 May 2026\n2:00 PM – 4:30 PM\n\n2:00 PM   Karim Haddad\n2:50 PM   Leena Pillai\n"
            "3:40 PM   Omar Saeed\n",
            "2026-05-06T14:00:00+01:00",
            "2026-05-06T16:30:00+01:00",
        ),
        (
            "weekday_alone_then_its_full_date",
            "Michelle is busy on Monday, so we are moving your interview to Wednesday instead:\n\n"
            "Wednesday 13 May 2026, 4:00pm – 5:00pm\nSee you then.",
            "2026-05-13T16:00:00+01:00",
            "2026-05-13T17:00:00+01:00",
        ),
        (
            "reception_with_its_floor_opens_before_the_start",
            "Date: Tuesday, April 28, 2026\nTime: 14:00 – 14:40\n\n"
            "Reception on the 1st floor opens at 13:30; please arrive by 13:40.",
            "2026-04-28T14:00:00+01:00",
            "2026-04-28T14:40:00+01:00",
        ),
        (
            "interviewer_travelling_that_day",
            "Ms. Gao will be travelling on Wednesday 19 August, so we are moving your interview to "
            "Thursday 20 August instead.\n\nNew time: 09:30–11:00",
            "2026-08-20T09:30:00+01:00",
            "2026-08-20T11:00:00+01:00",
        ),
        (
            "time_of_a_by_day_is_a_deadline",
            "We'd like to invite you to the final round on Thursday 25 June, 13:30–15:00, at our office. "
            "Please send your slides to me by Wednesday noon.",
            "2026-06-25T13:30:00+01:00",
            "2026-06-25T15:00:00+01:00",
        ),
        (
            "parts_added_with_their_lengths_in_brackets",
            "When: Tuesday 1 September 2026 at 4 p.m.\nFormat: presentation (20 min) + Q&A (25 min)",
            "2026-09-01T16:00:00+01:00",
            "2026-09-01T16:45:00+01:00",
        ),
    ],
)
def test_read_schedule_writers_of_round_fifteen(
    name: str, text: str, start: str | None, end: str | None
) -> None:
    schedule = read_schedule(text, date(2026, 4, 20), "Europe/London")
    assert _iso(schedule.start) == start, name
    assert _iso(schedule.end) == end, name


@pytest.mark.parametrize(
    ("name", "text", "start", "end"),
    [
        (
            "moving_from_one_clock_to_another",
            "Dale got pulled into a call Thursday morning, so we're moving your interview from 10:30 to "
            "1:30 PM instead. Same day "
            "(Thursday, Apr 23), same length (2 hours).",
            "2026-04-23T13:30:00+01:00",
            "2026-04-23T15:30:00+01:00",
        ),
        (
            "time_of_the_day_given_up_in_a_move",
            "We're moving your call from Wed 22 April, 11:00 AM to Friday 24 April at 3:00 PM. "
            "Please block 60 minutes.",
            "2026-04-24T15:00:00+01:00",
            "2026-04-24T16:00:00+01:00",
        ),
        (
            "cancelled_day_and_its_time",
            "The call planned for Friday 24 April at 10:00 is cancelled and we move it to Tuesday 28 April "
            "at 16:30. Duration is the same, 1h15.",
            "2026-04-28T16:30:00+01:00",
            "2026-04-28T17:45:00+01:00",
        ),
        (
            "arrive_by_for_a_start",
            "Date: Tuesday 28 April 2026\nTime: Please arrive by 09:15 for a 09:30 start\n"
            "Please email your slides by 12 noon on Monday 27 April.\n\n"
            "The whole session is expected to conclude by 10:30.",
            "2026-04-28T09:30:00+01:00",
            "2026-04-28T10:30:00+01:00",
        ),
        (
            "visitor_badge_before_the_range",
            "Your interview is on Tuesday 28 April, from 13:30 to 16:30.\n\n"
            "Please collect your visitor badge at the reception of Building 1 at 13:15.",
            "2026-04-28T13:30:00+01:00",
            "2026-04-28T16:30:00+01:00",
        ),
        (
            "restated_in_another_zone_with_a_length",
            "Thursday 23 April at 3pm BST / 10am ET, for one hour.",
            "2026-04-23T10:00:00-04:00",
            "2026-04-23T11:00:00-04:00",
        ),
        (
            "breaks_between_sessions",
            "Thursday 23 April at 10:00 AM. The loop is three 45-minute conversations with 15-minute breaks "
            "in between.",
            "2026-04-23T10:00:00+01:00",
            "2026-04-23T12:45:00+01:00",
        ),
        (
            "part_before_a_panel",
            "The interview is on Thursday 23 April at 2:00pm. It will consist of a 45-minute practical test, "
            "followed by a 30-minute oral interview before a panel.",
            "2026-04-23T14:00:00+01:00",
            "2026-04-23T15:15:00+01:00",
        ),
    ],
)
def test_read_schedule_writers_of_round_sixteen(
    name: str, text: str, start: str | None, end: str | None
) -> None:
    tz = "America/New_York" if start and start.endswith("-04:00") else "Europe/London"
    schedule = read_schedule(text, date(2026, 4, 20), tz)
    assert _iso(schedule.start) == start, name
    assert _iso(schedule.end) == end, name


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    spans = []
    at = 0
    for name in names:
        at = text.index(name, at)
        spans.append((at, at + len(name)))
        at += len(name)
    return spans


def test_read_schedule_one_time_then_the_group_met_is_no_slot() -> None:
    text = (
        "Our GM Tasha Greene wants you back for a second round - does Friday at 3 work? "
        "You'd sit down with Tasha and our Director of Rooms, Luis Ortega, for about an hour."
    )
    schedule = read_schedule(
        text, date(2026, 4, 20), "America/Chicago", _spans(text, "Tasha Greene", "Tasha", "Luis Ortega"), 2
    )
    assert _iso(schedule.start) == "2026-04-24T15:00:00-05:00"
    assert schedule.slots == ()
    kept = "Chef Marco wants you in on Friday at 3. Giulia, the owner, will taste with Marco at the end."
    schedule = read_schedule(
        kept, date(2026, 4, 20), "America/Chicago", _spans(kept, "Marco", "Giulia", "Marco"), 2
    )
    assert len(schedule.slots) == 1


def test_read_schedule_a_part_shorter_than_each_session_is_no_total() -> None:
    text = (
        "Monday 8 June at 10:00. Three interviews back to back, 30 minutes each. "
        "In the first, plan on about 10 minutes of showing your work."
    )
    schedule = read_schedule(text, date(2026, 6, 1), "Europe/London")
    assert _iso(schedule.end) == "2026-06-08T11:30:00+01:00"


def test_read_schedule_a_part_then_counted_sessions_in_turn() -> None:
    text = (
        "On Tuesday, June 9, we'll begin at 2:00pm with a 30-minute case review. "
        "After that you'll have three 20-minute one-on-ones with the team."
    )
    schedule = read_schedule(text, date(2026, 6, 1), "America/New_York")
    assert _iso(schedule.end) == "2026-06-09T15:30:00-04:00"


def test_read_schedule_order_said_in_the_sentence_before_each_length() -> None:
    text = (
        "Te invito a una entrevista el jueves 11 de junio a las 10:00. Primero hablarás con Ana "
        "y después con Luis. Cada entrevista dura unos 30 minutos."
    )
    schedule = read_schedule(text, date(2026, 6, 1), "America/Mexico_City", _spans(text, "Ana", "Luis"), 2)
    assert _iso(schedule.end) == "2026-06-11T11:00:00-06:00"


def test_read_schedule_range_restated_in_brackets_on_the_next_line_is_no_slot() -> None:
    text = (
        "Tuesday, June 9, 2026\n4:00 PM – 5:00 PM CEST (Europe/Berlin)\n"
        "(10:00 AM – 11:00 AM ET for the team in New York)\n\nJoin Zoom: https://zoom.us/j/1\n"
    )
    schedule = read_schedule(text, date(2026, 6, 1), "Europe/Berlin")
    assert schedule.end is not None and schedule.start is not None
    assert schedule.end - schedule.start == timedelta(hours=1)
    assert schedule.start == datetime.fromisoformat("2026-06-09T16:00:00+02:00")


def test_read_schedule_start_converted_on_the_line_below_keeps_the_range_length() -> None:
    text = (
        "1. Date : March 13 (Fri), 22:00 ~ 22:40 (Korea Standard Time)\n"
        "   ※ This is Friday 9:00 AM in Toronto (EDT).\n2. Method : Zoom video interview\n"
    )
    schedule = read_schedule(text, date(2026, 3, 9), "America/Toronto")
    assert _iso(schedule.start) == "2026-03-13T09:00:00-04:00"
    assert _iso(schedule.end) == "2026-03-13T09:40:00-04:00"


def test_read_schedule_parts_in_turn_give_way_to_a_later_range() -> None:
    text = (
        "Your visit on Thursday, March 5 will begin at 8:30 a.m. with a 30-minute talk, followed by "
        "15 minutes of questions. At 9:30 you will meet the dean, and the staff will take you to "
        "lunch from 11:30 to 12:30."
    )
    schedule = read_schedule(text, date(2026, 2, 26), "America/Chicago")
    assert _iso(schedule.end) == "2026-03-05T12:30:00-06:00"
