"""Time zone phrases and what they mean on a given day."""

from __future__ import annotations

from datetime import date

import pytest

from roundtwo.read.zones import (
    conversion_spans,
    find_zones,
    place_zones,
    resolve_zone,
    zone_info,
    zone_of_time,
)


@pytest.mark.parametrize(
    ("name", "text", "tz", "zone"),
    [
        ("abbreviation", "9:00 AM PT", "Europe/London", "America/Los_Angeles"),
        ("readers_own_abbreviation", "11am IST", "Europe/Dublin", "Europe/Dublin"),
        ("ist_elsewhere_is_india", "11am IST", "Europe/London", "Asia/Kolkata"),
        ("city_time", "15:00 Stockholm time", "UTC", "Europe/Stockholm"),
        ("place_alias", "9am (Arizona time)", "UTC", "America/Phoenix"),
        ("gulf_city_time", "at 11:00 Doha time", "UTC", "Asia/Qatar"),
        ("place_in_capitals", "at 09:30 UK time", "Europe/Madrid", "Europe/London"),
        ("windows_label", "10:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London", "UTC", "Europe/London"),
        ("offset_matching_reader", "09:00 (UTC+2)", "Africa/Johannesburg", "Africa/Johannesburg"),
        ("offset_elsewhere", "09:00 (UTC+5:30)", "UTC", "UTC+05:30"),
        ("central_mexico", "9:00 a.m. (Central Mexico time)", "UTC", "America/Mexico_City"),
    ],
)
def test_find_zones_resolve(name: str, text: str, tz: str, zone: str) -> None:
    mentions = [z for z in find_zones(text) if not z.weak]
    assert len(mentions) == 1
    _info, resolved = resolve_zone(mentions[0], tz, date(2026, 6, 10))
    assert resolved == zone


def test_find_zones_empty_and_region_words_are_weak() -> None:
    assert find_zones("") == []
    assert [z.weak for z in find_zones("Central, Hong Kong")] == [True]


def test_resolve_zone_without_a_phrase_is_the_readers_zone() -> None:
    assert resolve_zone(None, "Asia/Tokyo", date(2026, 6, 10))[1] == "Asia/Tokyo"


@pytest.mark.parametrize(
    ("name", "text", "count"),
    [
        ("thats_noon_for_you", "9:00 AM PT (that's noon for you in New York)", 1),
        ("your_time", "10:00 AM EST (3:00 PM your time in Lisbon)", 1),
        ("plain_parenthesis", "10:00 (Sydney time)", 0),
        ("bracketed_time_in_a_place", "at 5pm Doha time (2pm in London)", 1),
        ("bracketed_time_with_a_zone", "3:00 PM UAE time (2:00 PM KSA)", 1),
        ("bracketed_range_after_a_label", "Round 2 (10:00 AM – 11:00 AM)", 0),
        ("same_time_restated", "moved to Friday, same time (10:30 AM)", 0),
        ("same_time_with_a_zone", "moved to Friday, same time (10:30–11:15am PT)", 0),
        ("empty", "", 0),
    ],
)
def test_conversion_spans(name: str, text: str, count: int) -> None:
    assert len(conversion_spans(text)) == count


def test_zone_info_is_built_once() -> None:
    assert zone_info("Asia/Kolkata") is zone_info("Asia/Kolkata")
    assert str(zone_info("Europe/London")) == "Europe/London"


def test_find_zones_local_time_is_the_venue_city() -> None:
    text = "Wednesday 8 July, 10.00 local time (so 09.00 in London)\nCalle Mayor 5, 28013 Madrid"
    zones = [z.zone for z in find_zones(text)]
    assert zones == ["Europe/Madrid"]


def test_find_zones_your_local_time_names_no_venue() -> None:
    assert find_zones("Join at 3pm your local time from Berlin.") == []


def test_conversion_spans_so_restates_the_time() -> None:
    text = "16.00 local time (so 15.00 in Dublin)"
    assert [text[a:b] for a, b in conversion_spans(text)] == ["(so 15.00 in Dublin)"]


@pytest.mark.parametrize(
    ("name", "text", "zone"),
    [
        ("abbreviation_opening_a_name", "Role: Head, ICT Security\nThursday 10 December at 09:00", None),
        ("abbreviation_standing_alone", "All times are in ICT.\nThursday 10 December at 09:00", "abbr:ICT"),
        (
            "abbreviation_before_the_word_time",
            "All times are CET Time.\nThursday 10 December at 09:00",
            "abbr:CET",
        ),
    ],
)
def test_zone_of_time_abbreviation_opening_a_name_is_no_zone(name: str, text: str, zone: str | None) -> None:
    at = text.index("09:00")
    found = zone_of_time(text, find_zones(text), [(at, at + 5)], (at, at + 5), (at - 23, at + 5), at)
    assert (found.zone if found else None) == zone, name


def test_summer_abbreviation_the_readers_zone_never_prints_is_another_zone() -> None:
    [mention] = find_zones("Friday 6 November, 2pm AEDT")
    _tzinfo, name = resolve_zone(mention, "Australia/Brisbane", date(2026, 11, 6))
    assert name == "Australia/Sydney"


def test_bracketed_time_after_the_zone_said_of_the_time_is_a_restatement() -> None:
    text = "The time above is Tokyo time (6:00am – 7:00am in London)."
    assert conversion_spans(text) == [(text.index("("), len(text) - 1)]


def test_pasted_icalendar_zone() -> None:
    [mention] = find_zones("DTSTART;TZID=Europe/Madrid:20260505T141500")
    assert mention.zone == "Europe/Madrid"


def test_find_zones_credential_after_a_name_is_no_zone() -> None:
    text = "1:00 - 1:30  Gabriel Ruiz, PT, DPT, Staff Physical Therapist\nAll times are Mountain."
    assert [z.zone for z in find_zones(text) if z.zone and z.zone.startswith("abbr:")] == []


def test_find_zones_zone_after_a_place_and_comma_is_kept() -> None:
    assert [z.text for z in find_zones("(all times London, GMT)")][-1] == "GMT"


def test_place_zones_a_city_two_zones_share_goes_to_the_first_by_name() -> None:
    # "Istanbul" is both Asia/Istanbul and Europe/Istanbul; the choice must not vary from run to run.
    assert place_zones()["istanbul"] == "Asia/Istanbul"


@pytest.mark.parametrize(
    ("name", "text", "tz", "zone"),
    [
        (
            "region_name_in_mexico_is_mexicos",
            "9:00–10:30 a.m. (Central time, Mexico City)",
            "America/Mexico_City",
            "America/Mexico_City",
        ),
        (
            "region_name_elsewhere_is_the_us_zone",
            "9:00 a.m. Central time",
            "Europe/London",
            "America/Chicago",
        ),
        ("new_zealand_time", "Monday 13 April at 11am NZT", "Australia/Sydney", "Pacific/Auckland"),
    ],
)
def test_resolve_zone_region_names_and_nzt(name: str, text: str, tz: str, zone: str) -> None:
    (mention,) = find_zones(text)
    _info, resolved = resolve_zone(mention, tz, date(2026, 6, 4))
    assert resolved == zone


def test_place_in_brackets_after_an_abbreviation_says_which_zone() -> None:
    text = "Time: 2:00pm – 3:00pm AEST (Queensland time)"
    at = (text.index("2:00pm"), text.index(" AEST"))
    found = zone_of_time(text, find_zones(text), [at], at, (0, len(text)), at[0])
    assert found is not None and found.text == "Queensland time"
    _tzinfo, name = resolve_zone(found, "Australia/Sydney", date(2026, 10, 13))
    assert name == "Australia/Queensland"


def test_resolve_zone_ast_is_arabia_where_the_reader_keeps_its_offset() -> None:
    (mention,) = find_zones("10:30am – 11:30am (AST)")
    assert resolve_zone(mention, "Asia/Riyadh", date(2026, 10, 25))[1] == "Asia/Riyadh"
    assert resolve_zone(mention, "Europe/London", date(2026, 10, 25))[1] == "America/Halifax"


def test_find_zones_time_in_a_place() -> None:
    assert [(z.text, z.zone) for z in find_zones("please note this is 9:00 AM in Doha")] == [
        ("in Doha", "Asia/Qatar")
    ]
    assert find_zones("I am in Paris next week") == []


def test_conversion_spans_should_be_for_you() -> None:
    text = "11:00 AEDT (UTC+11) – that should be 8:00am for you in Singapore. It runs 45 minutes."
    ((start, end),) = conversion_spans(text)
    assert text[start:end].startswith("that should be 8:00am for you")
