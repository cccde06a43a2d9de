"""Date, time, zone and duration phrases."""

from __future__ import annotations

from datetime import date

import pytest

from roundtwo.read.when import find_dates, find_durations, find_times

TODAY = date(2026, 3, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("name", "text", "day"),
    [
        ("weekday_month_day_year", "Tuesday, March 10, 2026", date(2026, 3, 10)),
        ("day_month_ordinal", "Tuesday 17th March", date(2026, 3, 17)),
        ("day_of_month", "the 10th of March", date(2026, 3, 10)),
        ("month_day_weekday_in_parens", "August 5 (Wed)", date(2026, 8, 5)),
        ("iso", "2026-05-19", date(2026, 5, 19)),
        ("numeric_day_first_outside_north_america", "12/05/2026", date(2026, 5, 12)),
        ("numeric_with_hyphens", "Date : 12-03-2026", date(2026, 3, 12)),
        ("japanese", "2026年3月17日(火) 16:00–17:00 JST", date(2026, 3, 17)),
        ("korean", "2026년 3월 17일 오후 2시", date(2026, 3, 17)),
        ("dotted_year_first", "2026.09.22 (Tue) 14:00", date(2026, 9, 22)),
        ("day_month_then_weekday", "Data / Date: 12/03 (quarta-feira / Thursday)", date(2026, 3, 12)),
        ("abbreviated_weekday_before_a_time", "can you do Fri at noon PT?", date(2026, 3, 6)),
        ("next_weekday_is_next_week", "next Tuesday", date(2026, 3, 10)),
        ("this_weekday_is_this_week", "this Friday", date(2026, 3, 6)),
        ("bare_weekday_is_the_coming_one", "on Wednesday", date(2026, 3, 11)),
        ("tomorrow", "tomorrow", date(2026, 3, 5)),
        ("tomorrow_abbreviated", "can you swing by tmrw 2-3:30p ET?", date(2026, 3, 5)),
        ("lower_case_weekday_before_a_clock", "thurs 3pm at the cafe work?", date(2026, 3, 5)),
        ("weekday_and_ordinal_day", "Thursday the 12th", date(2026, 3, 12)),
        ("relative_then_written_date", "next Thursday, Mar 12", date(2026, 3, 12)),
        ("year_rolls_over", "January 5", date(2027, 1, 5)),
        ("french_month", "mardi 9 juin 2026", date(2026, 6, 9)),
        ("german_month", "am 14. März", date(2026, 3, 14)),
        ("spanish_month", "el 12 de marzo de 2026", date(2026, 3, 12)),
        ("lower_case_weekday_numeric", "friday 3/20", date(2026, 3, 20)),
        ("portuguese_weekday_numeric", "Quinta-feira, 12/03, às 10h", date(2026, 3, 12)),
        ("spanish_weekday_numeric", "el jueves 12/03 a las 10:00", date(2026, 3, 12)),
        ("nordic_dotted_day_month", "Time: Thursday 12.3. at 10:00", date(2026, 3, 12)),
        ("chinese_month_day_without_year", "时间: 3月17日 (Tuesday) 19:30", date(2026, 3, 17)),
        ("french_may", "Rendez-vous le mardi 12 mai à 15h00", date(2026, 5, 12)),
        ("polish_month_in_the_genitive", "Wtorek, 7 kwietnia, 10:00", date(2026, 4, 7)),
    ],
)
def test_find_dates_resolves(name: str, text: str, day: date) -> None:
    today = date(2026, 12, 20) if name == "year_rolls_over" else TODAY
    found = find_dates(text, today, "Europe/London")
    assert [d.day for d in found] == [day]


@pytest.mark.parametrize(
    ("name", "text"),
    [("empty", ""), ("lower_case_may", "you may 5 times"), ("amounts", "2 hours, 30-60-90, 3/4 of us")],
)
def test_find_dates_ignores(name: str, text: str) -> None:
    assert find_dates(text, TODAY, "Europe/London") == []


def test_find_dates_month_first_in_us_zones() -> None:
    assert [d.day for d in find_dates("03/10/2026", TODAY, "America/New_York")] == [date(2026, 3, 10)]


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("twelve_hour", "2pm", (14 * 60, None)),
        ("dotted", "2.30pm", (14 * 60 + 30, None)),
        ("twenty_four_hour", "14:00", (14 * 60, None)),
        ("noon", "noon", (12 * 60, None)),
        ("twelve_noon", "12 noon", (12 * 60, None)),
        ("range_shared_meridiem", "10:00 - 10:45 AM", (600, 645)),
        ("range_crossing_noon", "11:30 - 12:15 PM", (690, 735)),
        ("bare_start_hour", "from 1 to 3 p.m.", (13 * 60, 15 * 60)),
        ("to_noon", "10:30 to noon", (630, 720)),
        ("french_h", "14h30 to 16h00", (870, 960)),
        ("military_with_zone", "1400 AEST", (14 * 60, None)),
        ("unmarked_afternoon", "1:00", (13 * 60, None)),
        ("zero_led_with_meridiem", "02:00pm - 03:00pm", (14 * 60, 15 * 60)),
        ("half_past", "at half past two", (14 * 60 + 30, None)),
        ("quarter_to", "a quarter to ten", (9 * 60 + 45, None)),
        ("hour_h", "on Wednesday at 16h (Brasília time)", (16 * 60, None)),
        ("hour_h_range", "14h às 15h30 (horário de Brasília)", (14 * 60, 15 * 60 + 30)),
        ("tilde_range", "14:00 ~ 15:00 KST", (14 * 60, 15 * 60)),
        ("irish_half_two", "Would Wednesday at half two suit you?", (14 * 60 + 30, None)),
        ("military_range", "Time: 0800-0900", (8 * 60, 9 * 60)),
        ("colon_clock_with_hrs", "at 14:30 hrs (IST)", (14 * 60 + 30, None)),
        ("meridiem_letter_alone", "swing by 2-3:30p", (14 * 60, 15 * 60 + 30)),
        ("slot_number_is_no_clock", "Interview 1 — 10:00 to 10:45", (600, 645)),
        ("zone_inside_a_range", "Date: 5/6 (Fri), 14:00 JST ~ 15:15", (840, 915)),
        ("spanish_hs", "Could we meet Friday at 10 hs?", (600, None)),
        ("one_digit_clock_with_hrs", "starting at 8:30 hrs sharp", (510, None)),
        ("end_said_roughly", "from 1pm until about 5, if that suits", (780, 1020)),
    ],
)
def test_find_times_reads(name: str, text: str, minutes: tuple[int, int | None]) -> None:
    found = find_times(text)
    assert [(t.first, t.last) for t in found] == [minutes]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("empty", ""),
        ("durations", "2.5 hours or 10–15 minutes"),
        ("plan", "a 30-60-90 day plan"),
        ("postcode", "1016 DV Amsterdam"),
        ("version", "Please have Go 1.22+ installed."),
        ("hours_written_h", "It takes 1h30, or 2h at most."),
        ("year_range", "our 2025-2026 plan"),
        ("capital_letter_after_a_number", "we'll look at a Section 9A filing"),
    ],
)
def test_find_times_ignores(name: str, text: str) -> None:
    assert find_times(text) == []


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("words", "please allow two hours", [120]),
        ("hyphenated", "a 90-minute session", [90]),
        ("hour_and_a_half", "an hour and a half", [90]),
        ("compound", "1 hour 30 minutes", [90]),
        ("range_takes_the_longer", "10–15 minutes", [15]),
        ("range_with_to", "30 to 40 minutes", [40]),
        ("one_hour_and_a_half", "it runs one hour and a half, more or less", [90]),
        ("name_ending_in_ah", "Meet Lee Da-ah and Park Jun", []),
        ("empty", "", []),
    ],
)
def test_find_durations(name: str, text: str, minutes: list[int]) -> None:
    assert [d.minutes for d in find_durations(text)] == minutes


def test_find_times_range_end_keeps_its_digits() -> None:
    # "9.30 – 45 mins": a clock then a length, not a range ending at 4.
    assert [(t.first, t.last) for t in find_times("- 9.30 – 45 mins with the CFO")] == [(570, None)]


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("afternoon_hour", "Would you be free for a chat on Thursday at 4?", 16 * 60),
        ("morning_hour", "Could we do Friday at 10, if that suits?", 10 * 60),
    ],
)
def test_find_times_weekday_at_bare_hour(name: str, text: str, minutes: int) -> None:
    assert [t.first for t in find_times(text)] == [minutes], name


def test_find_times_weekday_at_number_that_is_no_hour() -> None:
    assert find_times("Drop by on Thursday at 4 Main Street.") == []


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("spanish_hours", "Duración: 2 horas", 120),
        ("spanish_hour_and_a_half", "Duración: una hora y media", 90),
        ("portuguese_hour_and_a_half", "Duração: 1 hora e meia", 90),
        ("spanish_half_hour", "Será media hora.", 30),
        ("spanish_minutes", "Unos 40 minutos", 40),
        ("german_minutes", "Dauer: 45 Minuten", 45),
        ("german_hours", "Dauer: 3 Stunden", 180),
        ("french_hour", "Durée : 1 heure", 60),
    ],
)
def test_find_durations_other_languages(name: str, text: str, minutes: int) -> None:
    assert [d.minutes for d in find_durations(text)] == [minutes], name


def test_find_durations_spanish_clock_in_hours_is_no_length() -> None:
    assert find_durations("Le esperamos el lunes a las 10 horas.") == []


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("numeric_date", "Could you swing by Tuesday 3/10 at 2? Thanks", 14 * 60),
        ("ordinal_date", "Are you free Friday the 6th at 11?", 11 * 60),
        ("month_day", "How about Monday, March 9 at 3.", 15 * 60),
    ],
)
def test_find_times_weekday_and_date_at_bare_hour(name: str, text: str, minutes: int) -> None:
    assert [t.first for t in find_times(text)] == [minutes], name


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("done_by", "The site walk starts at 6:30am. We should be done by 9.", 9 * 60),
        ("wrap_up_around", "Starts 2pm; we'll wrap up around 4, I think.", 16 * 60),
    ],
)
def test_find_times_end_words_before_bare_hour(name: str, text: str, minutes: int) -> None:
    assert [t.first for t in find_times(text)][-1] == minutes, name


def test_find_times_end_words_before_a_count_is_no_hour() -> None:
    assert find_times("The shortlist should be done by 5 people.") == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("second_round", "You've been shortlisted for the 3rd round of interviews."),
        ("floor", "Our office is on the 4th floor."),
    ],
)
def test_find_dates_ordinal_rank_is_no_day(name: str, text: str) -> None:
    assert find_dates(text, TODAY, "Europe/London") == [], name


@pytest.mark.parametrize(
    ("name", "text", "day"),
    [
        ("lower_case_weekday_and_ordinal", "are you free mon 9th at 4pm?", date(2026, 3, 9)),
        ("ordinal_in_brackets", "could u do fri (13th)? from 9 till 1ish", date(2026, 3, 13)),
        ("weekday_and_bare_day_before_a_time", "Pop in Monday 16 at 2pm for a chat?", date(2026, 3, 16)),
    ],
)
def test_find_dates_weekday_and_day_number(name: str, text: str, day: date) -> None:
    assert [d.day for d in find_dates(text, TODAY, "Europe/London")] == [day], name


def test_find_dates_lower_case_weekday_and_bare_number_is_no_date() -> None:
    # "sat 12 at" may be a verb and a count: a day's number alone needs a capitalised weekday.
    assert find_dates("she sat 12 at the table", TODAY, "Europe/London") == []


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("ish_morning", "Swing by tmrw 9ish for a coffee", 9 * 60),
        ("ish_afternoon", "can you do friday at 3ish?", 15 * 60),
        ("four_digits_at", "Could you come in Thu Mar 12 at 0945?", 9 * 60 + 45),
        ("four_digits_after_date", "See you Monday 16th March 1615 at the depot.", 16 * 60 + 15),
        ("tomorrow_at_hour", "can you pop in tomorrow at 9 for a trial shift?", 9 * 60),
        ("around_hour", "Come by next fri around 3 before the rush.", 15 * 60),
        ("at_hour_then_purpose", "Are you free Friday 6 March at 11 to meet the team?", 11 * 60),
    ],
)
def test_find_times_informal_clocks(name: str, text: str, minutes: int) -> None:
    assert [t.first for t in find_times(text)] == [minutes], name


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("address", "Thanks for Monday. We're at 1620 W Grand Ave."),
        ("sum", "On Friday we pay at 1800 per week."),
        ("year", "Date: 9 March 2026"),
        ("count_after_a_date", "On 3 March 2026, 1200 people applied."),
        ("rough_count", "On Monday you'll meet our 5ish engineers."),
    ],
)
def test_find_times_informal_numbers_that_are_no_clock(name: str, text: str) -> None:
    assert find_times(text) == [], name


def test_find_times_until_about_bare_hour() -> None:
    text = "Could you come in at 9:30am? Plan on the morning, until about 12."
    assert [t.first for t in find_times(text)] == [9 * 60 + 30, 12 * 60]


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("half_hour_without_article", "it's quick, half hour at most", [30]),
        ("one_and_a_half_hours", "plan for one and a half hours", [90]),
        ("half_hourly_is_no_length", "buses run half-hourly", []),
    ],
)
def test_find_durations_half_hours(name: str, text: str, minutes: list[int]) -> None:
    assert [d.minutes for d in find_durations(text)] == minutes, name


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("french_hours_then_minutes", "Durée : 2h15 environ.", [135]),
        ("after_a_clock", "Rendez-vous à 16h, 0h45.", [45]),
        ("a_clock_after_at_is_no_length", "Le point commence à 1h30.", []),
        ("a_24_hour_clock_is_no_length", "Entretien de 10h30 a 11h30", []),
    ],
)
def test_find_durations_hours_and_minutes_without_a_minute_unit(
    name: str, text: str, minutes: list[int]
) -> None:
    assert [d.minutes for d in find_durations(text)] == minutes, name


def test_find_times_utc_offset_with_a_minus_sign_is_no_clock() -> None:
    text = "Date/time: Friday, March 6 at 10:30 AM (UTC−03:00)"
    assert [t.first for t in find_times(text)] == [10 * 60 + 30]


def test_find_times_weekday_with_its_date_in_brackets_then_bare_hour() -> None:
    text = "Can you stop by Friday (3/6) at 10 to meet the plant manager?"
    assert [t.first for t in find_times(text)] == [10 * 60]


def test_vietnamese_weekday_before_day_and_month() -> None:
    found = find_dates("Vong 2 vào Thứ Sáu 8/5 lúc 10:00.", date(2026, 5, 1), "Asia/Ho_Chi_Minh")
    assert [d.day for d in found] == [date(2026, 5, 8)]


def test_day_month_year_joined_by_hyphens() -> None:
    found = find_dates("Date : 09-Sep-2026 and 3-Oct-26", date(2026, 9, 1), "Asia/Kolkata")
    assert [d.day for d in found] == [date(2026, 9, 9), date(2026, 10, 3)]


def test_month_first_date_with_weekday_in_brackets() -> None:
    found = find_dates("see you 5/21 (Thu) 10:00", date(2026, 5, 10), "Asia/Taipei")
    assert [d.day for d in found] == [date(2026, 5, 21)]


def test_wave_dash_joins_two_clocks() -> None:
    [mention] = find_times("日時: 9月2日 13:00〜14:30")
    assert (mention.first, mention.last) == (780, 870)


def test_indonesian_and_french_abbreviated_months() -> None:
    found = find_dates("Kamis, 9 Agustus 2026; jeu. 3 avr. 2026", date(2026, 3, 1), "Asia/Jakarta")
    assert [d.day for d in found] == [date(2026, 8, 9), date(2026, 4, 3)]


def test_pasted_icalendar_start_and_end() -> None:
    text = "DTSTART;TZID=Europe/Paris:20260505T141500\nDTEND;TZID=Europe/Paris:20260505T150000\n"
    assert [d.day for d in find_dates(text, date(2026, 5, 1), "Europe/Paris")] == [date(2026, 5, 5)] * 2
    assert [(t.first, t.last) for t in find_times(text)] == [(855, 900)]


def test_lengths_in_spanish_and_french_words_and_a_loose_hour() -> None:
    assert [d.minutes for d in find_durations("une heure, una hora, dos horas")] == [60, 60, 120]
    assert [d.minutes for d in find_durations("Hour-ish, at most.")] == [60]


def test_spanish_and_french_ranges_with_de_and_a() -> None:
    text = "de 2:00 a 3:30 p. m.; de 10:00 a 11:15 a. m.; de 15h à 16h"
    assert [(t.first, t.last) for t in find_times(text)] == [(840, 930), (600, 675), (900, 960)]


def test_spanish_and_french_weekday_after_its_article() -> None:
    found = find_dates("¿Puedes el viernes a las 10:00? Sinon le lundi.", TODAY, "Europe/Madrid")
    assert [d.day for d in found] == [date(2026, 3, 6), date(2026, 3, 9)]


def test_find_times_military_range_with_hrs_on_each_clock() -> None:
    [mention] = find_times("Time: 0930hrs – 1015hrs")
    assert (mention.first, mention.last) == (570, 615)


def test_find_times_range_before_hr_is_a_range_not_hours() -> None:
    [mention] = find_times("10:15 – 11:00  HR interview with Ahmed")
    assert (mention.first, mention.last) == (615, 660)


def test_find_times_zone_with_offset_then_until_about_joins_the_range() -> None:
    [mention] = find_times("Time: 10:00 (GMT+2), until approx. 11:30")
    assert (mention.first, mention.last) == (600, 690)


def test_find_durations_hours_and_minutes_before_a_colon() -> None:
    [mention] = find_durations("Both together, about 1h15: some live coding.")
    assert mention.minutes == 75


def test_find_durations_decimal_comma() -> None:
    [mention] = find_durations("so please reserve 1,5 hour in your calendar")
    assert mention.minutes == 90


def test_find_durations_hr_in_capitals_is_human_resources() -> None:
    assert find_durations("followed by an HR discussion with Kavita") == []


def test_find_dates_abbreviated_weekday_before_a_clock() -> None:
    [mention] = find_dates("Thu 14:00, here: https://meet.google.com/x", TODAY, "Europe/Berlin")
    assert mention.day == date(2026, 3, 5)


def test_find_dates_weekday_says_which_number_is_the_month() -> None:
    [mention] = find_dates("How does Wednesday 3/4 at 11am ET work?", date(2026, 2, 25), "Europe/Berlin")
    assert mention.day == date(2026, 3, 4)


def test_find_times_tomorrow_with_weekday_in_brackets_at_an_hour() -> None:
    [mention] = find_times("can u come in tmrw (sat) at 10 for ur 2nd interview")
    assert mention.first == 600


def test_find_times_weekday_at_an_hour_then_a_place() -> None:
    [mention] = find_times("They've offered Thursday at 4 at their office in Cambridge.")
    assert mention.first == 16 * 60


@pytest.mark.parametrize(
    ("name", "text", "today", "tz", "day"),
    [
        (
            "dotted_day_month_after_on",
            "Next stage on 21.05 at 16:00 Kyiv time.",
            "2026-05-18",
            "Europe/Kyiv",
            date(2026, 5, 21),
        ),
        (
            "slashed_day_month_after_le",
            "votre entretien le 17/06 à 11h",
            "2026-06-10",
            "Africa/Casablanca",
            date(2026, 6, 17),
        ),
        (
            "dotted_day_month_after_weekday",
            "2nd stage: Thu 12.02, 10:00-11:00 CET",
            "2026-02-09",
            "Europe/Warsaw",
            date(2026, 2, 12),
        ),
        (
            "spaced_dots",
            "Interview is planned to 20. 10. 2026 from 13:00",
            "2026-10-12",
            "Europe/Prague",
            date(2026, 10, 20),
        ),
        (
            "weekday_says_month_first",
            "Date: 12/8(Tue) 14:00~15:00 KST",
            "2026-12-01",
            "Asia/Seoul",
            date(2026, 12, 8),
        ),
        ("german_weekday", "passt Donnerstag um 14 Uhr?", "2026-11-02", "Europe/Berlin", date(2026, 11, 5)),
    ],
)
def test_find_dates_day_month_habits(name: str, text: str, today: str, tz: str, day: date) -> None:
    found = find_dates(text, date.fromisoformat(today), tz)
    assert [d.day for d in found] == [day]


@pytest.mark.parametrize(
    ("name", "text"),
    [("weekday_and_a_dotted_clock", "Thu 10.30 works"), ("day_month_alone", "about 17/06 of us")],
)
def test_find_dates_day_month_habits_ignore(name: str, text: str) -> None:
    assert find_dates(text, date(2026, 2, 9), "Europe/Warsaw") == []


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("dotted_clock_with_hrs", "on the 3rd of March at 10.30 hrs at our head office", (630, None)),
        ("german_uhr", "Termin: Freitag, 15. Mai 2026, um 10 Uhr", (600, None)),
        ("oclock", "Time: 9:30 o'clock", (570, None)),
        ("bare_oclock_is_afternoon", "come at 3 o'clock", (900, None)),
        ("zone_then_through", "Monday 11/2, 10:00 AM EST through 12:30 PM", (600, 750)),
        ("abbreviated_weekday_date_at_hour", "Can you come back Tues Mar 10 at 11 for round 2?", (660, None)),
    ],
)
def test_find_times_new_writers(name: str, text: str, minutes: tuple[int, int | None]) -> None:
    found = find_times(text)
    assert [(t.first, t.last) for t in found] == [minutes]


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("italian_an_hour", "Il colloquio dura circa un'ora.", [60]),
        ("italian_an_hour_and_a_half", "Dura un'ora e mezza.", [90]),
        ("italian_half_hour", "una pausa di mezz'ora", [30]),
        ("italian_hours", "circa 2 ore", [120]),
        ("french_clock_is_no_length", "à 10h00 jusqu'à 12h", []),
        ("clock_with_hrs_is_no_length", "at 10.30 hrs at our head office", []),
    ],
)
def test_find_durations_new_writers(name: str, text: str, minutes: list[int]) -> None:
    assert [d.minutes for d in find_durations(text)] == minutes


@pytest.mark.parametrize(
    ("name", "text", "day"),
    [
        ("weekday_and_month_lower_case", "come in sat nov 21 at 9am", date(2026, 11, 21)),
        ("day_then_month_lower_case", "tues 27 oct, 11:00, in the shop", date(2026, 10, 27)),
        ("may_after_a_weekday", "2 chats on thurs 14 may at 3pm", date(2026, 5, 14)),
        (
            "this_weekday_then_its_day_of_the_month",
            "would u be up for this sat 7th, 6am till 10?",
            date(2026, 3, 7),
        ),
        (
            "abbreviated_weekday_lower_case_before_at",
            "can u come by thurs at 2 for round 2?",
            date(2026, 3, 5),
        ),
        ("weekday_lower_case_before_at", "can u meet me at the job monday at 8?", date(2026, 3, 9)),
    ],
)
def test_find_dates_informal_lower_case(name: str, text: str, day: date) -> None:
    found = find_dates(text, TODAY, "Europe/London")
    assert [d.day for d in found] == [day], name


def test_find_dates_lower_case_may_and_french_mar_are_no_months() -> None:
    assert find_dates("you may 5 times", TODAY, "Europe/London") == []
    found = find_dates("Invitation @ mar. 28 avr. 2026 16:00", TODAY, "Europe/Paris")
    assert date(2026, 3, 28) not in [d.day for d in found]


@pytest.mark.parametrize(
    ("name", "text", "minutes"),
    [
        ("bare_hours_after_a_day", "can you do a trial shift this fri from 5 to 10?", [(17 * 60, 22 * 60)]),
        (
            "agenda_of_bare_hour_ranges",
            "rough plan:\n\n11-12  w/ Kai going thru your take-home\n12-1   lunch\n1-2    w/ me\n",
            [(11 * 60, 12 * 60), (12 * 60, 13 * 60), (13 * 60, 14 * 60)],
        ),
        ("range_ending_approximately", "runs from 9:00am to approximately 1:00pm.", [(9 * 60, 13 * 60)]),
    ],
)
def test_find_times_informal_ranges(name: str, text: str, minutes: list[tuple[int, int]]) -> None:
    assert [(t.first, t.last) for t in find_times(text)] == minutes, name


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("count_after_from", "we see from 5 to 10 people a day on Friday"),
        ("one_bare_range_line", "3-4 people will join\nthanks"),
    ],
)
def test_find_times_bare_hours_need_a_day_or_an_agenda(name: str, text: str) -> None:
    assert find_times(text) == [], name


def test_find_durations_second_length_borrows_the_unit() -> None:
    found = find_durations("30 mins w/ me, then 30 w/ Meg our head of sales")
    assert [d.minutes for d in found] == [30, 30]
    assert [d.minutes for d in find_durations("30 mins w/ me, then 3 of us")] == [30]


def test_find_dates_month_day_just_gone_is_not_next_year() -> None:
    # Read on Thursday 5 March 2026: "Feb 24" is nine days ago, not eleven months ahead.
    found = find_dates("she did well in her phone screen on Feb 24", date(2026, 3, 5), "America/Los_Angeles")
    assert [d.day for d in found] == [date(2026, 2, 24)]


def test_find_dates_mayo_only_after_de() -> None:
    found = find_dates("Fecha: miércoles 20 de mayo de 2026", TODAY, "America/Mexico_City")
    assert [(d.text, d.day) for d in found] == [("20 de mayo de 2026", date(2026, 5, 20))]
    assert find_dates("Lunch at the Mayo Clinic, 20 Mayo", TODAY, "America/Mexico_City") == []


def test_find_times_two_clocks_joined_by_a_without_de() -> None:
    assert [(t.first, t.last) for t in find_times("Horario: 16:00 a 17:30 hrs.")] == [(960, 1050)]


def test_find_times_hour_h_ending_a_sentence() -> None:
    assert [t.first for t in find_times("See you on Friday, 27/03, at 9h.")] == [540]


def test_find_times_spaced_hour_h_after_a_date() -> None:
    assert [t.first for t in find_times("jueves 16 de julio, 15 h (hora de Argentina)")] == [900]
    assert find_times("Plan on it, 8 h of driving") == []


def test_find_times_weekday_at_hour_asked_whether_it_works() -> None:
    assert [t.first for t in find_times("does Friday at 3 work?")] == [900]
