"""Reading whole invitation emails: the tricky cases, bad input, and the corpus floors."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from roundtwo.errors import RoundtwoError
from roundtwo.read.invite import Invite, parse_invite

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "invites"


def _people(invite: Invite) -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.title, p.kind) for p in invite.interviewers}


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


# Each example: (email, today, tz, expected start, expected end, {name: (title, kind)}).
EXAMPLES = {
    "name_comma_title_bullets": (
        "Subject: Final round - Data Engineer - Osprey Freight\n\nHi Lee,\n\n"
        "Your interviews are on Tuesday, 9 June 2026 from 10:00 to 11:30 (London time).\n\n"
        "- Amy Holt, Head of Data (the hiring manager)\n- Raj Patel, Senior Data Engineer\n\n"
        "Best,\nKim Yates\nRecruiter, Osprey Freight",
        "2026-06-01",
        "Europe/London",
        "2026-06-09T10:00:00+01:00",
        "2026-06-09T11:30:00+01:00",
        {"Amy Holt": ("Head of Data", "hiring_manager"), "Raj Patel": ("Senior Data Engineer", "peer")},
    ),
    "name_paren_title_and_dash_title": (
        "Subject: Interview\n\nHi Sam,\n\nSee you Thursday 11 June 2026 at 3pm.\n\n"
        "Panel:\nNadia Brun (VP Operations)\nLeo Marsh – Operations Analyst\nIvy Chen - People Partner\n\n"
        "Thanks,\nTom",
        "2026-06-01",
        "Europe/Paris",
        "2026-06-11T15:00:00+02:00",
        None,
        {
            "Nadia Brun": ("VP Operations", "senior_leader"),
            "Leo Marsh": ("Operations Analyst", "peer"),
            "Ivy Chen": ("People Partner", "hr"),
        },
    ),
    "title_before_name_in_prose": (
        "Subject: Onsite\n\nHi Ana,\n\nYou'll meet Head of Engineering Priya Nair and Staff Engineer "
        "Tom Okafor "
        "on Monday, March 16 at 10am ET for about an hour. Priya would be your manager.\n\nCheers,\nJo",
        "2026-03-09",
        "America/Chicago",
        "2026-03-16T10:00:00-04:00",
        "2026-03-16T11:00:00-04:00",
        {"Priya Nair": ("Head of Engineering", "hiring_manager"), "Tom Okafor": ("Staff Engineer", "peer")},
    ),
    "prose_our_title_and_and_me": (
        "Subject: Next step\n\nHi Dee,\n\nYou'll meet Priya Raman, our VP Marketing, and Tom Lee, a "
        "brand manager "
        "you'd be working alongside, on Friday 24 April 2026 at 2.30pm. I will also sit on the panel.\n\n"
        "Kind regards,\nMia Grey\nTalent Partner, Bluefin",
        "2026-04-20",
        "Europe/London",
        "2026-04-24T14:30:00+01:00",
        None,
        {
            "Priya Raman": ("VP Marketing", "senior_leader"),
            "Tom Lee": ("brand manager", "peer"),
            "Mia Grey": ("Talent Partner", "hr"),
        },
    ),
    "recruiter_signature_is_not_on_panel": (
        "Subject: Interview\n\nHi Kai,\n\nYou'll meet Dana Cole, Product Director, on 2026-05-19 at "
        "13:00 CET.\n\n"
        "Best,\nRuth Ames\nSenior Recruiter, Tessellate",
        "2026-05-11",
        "Europe/Berlin",
        "2026-05-19T13:00:00+02:00",
        None,
        {"Dana Cole": ("Product Director", "senior_leader")},
    ),
    "reschedule_keeps_the_new_time": (
        "Subject: RESCHEDULED: interview\n\nHi Ola,\n\nWe need to move your interview, which was set "
        "for Monday, "
        "May 4 at 9:00 AM. The new time is Wednesday, May 6, 1:00-2:00 PM PT with Rhea Quinn, Design "
        "Manager.\n\n"
        "Thanks,\nBo",
        "2026-04-29",
        "America/Los_Angeles",
        "2026-05-06T13:00:00-07:00",
        "2026-05-06T14:00:00-07:00",
        {"Rhea Quinn": ("Design Manager", "hiring_manager")},
    ),
    "moved_from_old_time_to_new": (
        "Subject: Change of time\n\nHi Eli,\n\nYour interview on Thursday, 14 May 2026 has been "
        "moved from 10am to 3pm "
        "(same Zoom link). You'll still meet Ken Ito, Engineering Manager.\n\nBest,\nAl",
        "2026-05-11",
        "Asia/Tokyo",
        "2026-05-14T15:00:00+09:00",
        None,
        {"Ken Ito": ("Engineering Manager", "hiring_manager")},
    ),
    "earlier_round_date_in_passing": (
        "Subject: Second round\n\nHi Noa,\n\nThanks for meeting Lena on Tuesday 3 March at 10:00. "
        "Your second interview "
        "is on Friday 13 March at 09:30 with Lena Voss (Head of Risk) and Omar Aziz (Risk "
        "Analyst).\n\nBest,\nPia",
        "2026-03-05",
        "Europe/Zurich",
        "2026-03-13T09:30:00+01:00",
        None,
        {"Lena Voss": ("Head of Risk", "senior_leader"), "Omar Aziz": ("Risk Analyst", "peer")},
    ),
    "utc_offset": (
        "Subject: Interview\n\nDear Ama,\n\nDate: 7 September 2026\nTime: 09:00 - 10:30 (UTC+2)\n"
        "Interviewer: Kofi Mensah, Finance Manager\n\nRegards,\nHR",
        "2026-09-01",
        "Africa/Johannesburg",
        "2026-09-07T09:00:00+02:00",
        "2026-09-07T10:30:00+02:00",
        {"Kofi Mensah": ("Finance Manager", "hiring_manager")},
    ),
    "zone_abbreviation_other_than_reader": (
        "Subject: Interview\n\nHi Rui,\n\nConfirmed for Wednesday, January 14, 2026 from 10:00 AM to "
        "1:00 PM EST "
        "(3:00 PM to 6:00 PM your time) with Maya Gold, Senior Engineer.\n\nBest,\nTy",
        "2026-01-05",
        "Europe/Lisbon",
        "2026-01-14T10:00:00-05:00",
        "2026-01-14T13:00:00-05:00",
        {"Maya Gold": ("Senior Engineer", "peer")},
    ),
    "no_zone_uses_reader_zone": (
        "Subject: Interview\n\nHi Jo,\n\nIt's on 12/05/2026 at 16:00 with Carmen Ruiz, PMO "
        "Lead.\n\nSaludos,\nAna",
        "2026-05-04",
        "Europe/Madrid",
        "2026-05-12T16:00:00+02:00",
        None,
        {"Carmen Ruiz": ("PMO Lead", "peer")},
    ),
    "noon_and_relative_next_weekday": (
        "Subject: Final chat\n\nHi Bea,\n\nLet's meet next Wednesday at noon for 45 minutes with Hal "
        "Moss, our CFO.\n\n"
        "Thanks,\nCy",
        "2026-06-12",
        "America/New_York",
        "2026-06-17T12:00:00-04:00",
        "2026-06-17T12:45:00-04:00",
        {"Hal Moss": ("CFO", "senior_leader")},
    ),
    "tomorrow_and_this_friday": (
        "Subject: Tomorrow\n\nHi Ike,\n\nSee you tomorrow at 2pm with Una Lund, Sales Director (this "
        "role reports to "
        "Una).\n\nBest,\nVal",
        "2026-08-03",
        "Europe/Stockholm",
        "2026-08-04T14:00:00+02:00",
        None,
        {"Una Lund": ("Sales Director", "hiring_manager")},
    ),
    "please_allow_two_hours": (
        "Subject: Interview\n\nHi Zoe,\n\nThe interview is this Friday at 2.30pm at 48 Carr Street, "
        "Leeds LS1 4AB. "
        "Please allow two hours. You'll meet Ian Roe (Store Manager).\n\nBest,\nMo",
        "2026-03-16",
        "Europe/London",
        "2026-03-20T14:30:00+00:00",
        "2026-03-20T16:30:00+00:00",
        {"Ian Roe": ("Store Manager", "hiring_manager")},
    ),
    "agenda_slots_give_each_interviewer_a_slot": (
        "Subject: Agenda\n\nHi Max,\n\nTuesday, August 25 (all times Central):\n\n"
        "9:00 - 9:45   Ada Park, Engineering Manager (hiring manager)\n"
        "9:45 - 10:30  Ben Ode, Staff Engineer - system design\n"
        "11:30 - 12:15 PM  Cy Ruiz, VP of Engineering\n\nBest,\nDot",
        "2026-08-17",
        "America/Chicago",
        "2026-08-25T09:00:00-05:00",
        "2026-08-25T12:15:00-05:00",
        {
            "Ada Park": ("Engineering Manager", "hiring_manager"),
            "Ben Ode": ("Staff Engineer", "peer"),
            "Cy Ruiz": ("VP of Engineering", "senior_leader"),
        },
    ),
    "back_to_back_each_duration": (
        "Subject: Interviews\n\nHi Ed,\n\nOn Monday, 19 January you'll have three back-to-back "
        "interviews of 45 "
        "minutes each, starting at 9.30am SGT: first with Wen Tan, Head of Risk; then with Risk "
        "Analyst Raj Iyer; "
        "and finally with Fay Lim, Risk Manager, who is the hiring manager for this role.\n\nBest,\nJo",
        "2026-01-12",
        "Asia/Singapore",
        "2026-01-19T09:30:00+08:00",
        "2026-01-19T11:45:00+08:00",
        {
            "Wen Tan": ("Head of Risk", "senior_leader"),
            "Raj Iyer": ("Risk Analyst", "peer"),
            "Fay Lim": ("Risk Manager", "hiring_manager"),
        },
    ),
    "teams_footer_and_names_with_initials": (
        "Subject: Interview - Account Executive\n\nHi Sol,\n\nYou're booked for Thursday 4 June "
        "2026, 2pm-3pm BST "
        "with Jane Q. Doe (Sales Director) and Dev Rao (Account Executive).\n\n"
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc>\n"
        "Meeting ID: 123 456 789",
        "2026-06-01",
        "Europe/London",
        "2026-06-04T14:00:00+01:00",
        "2026-06-04T15:00:00+01:00",
        {"Jane Q. Doe": ("Sales Director", "senior_leader"), "Dev Rao": ("Account Executive", "peer")},
    ),
    "first_names_only_beside_titles": (
        "Subject: Next steps\n\nHey Jamie,\n\nFinal round on Thursday (May 7th) from 2:00–4:00pm PT. "
        "You'll meet "
        "Sarah (our Head of Product) and Tom (Senior Engineer), then finish with a chat with Alicia, "
        "our CEO.\n\n"
        "Cheers!\nNina\nRecruiting @ Pollen",
        "2026-05-04",
        "America/Los_Angeles",
        "2026-05-07T14:00:00-07:00",
        "2026-05-07T16:00:00-07:00",
        {
            "Sarah": ("Head of Product", "senior_leader"),
            "Tom": ("Senior Engineer", "peer"),
            "Alicia": ("CEO", "senior_leader"),
        },
    ),
    "contacts_and_greeters_are_not_interviewers": (
        "Subject: Interview\n\nHi Pat,\n\nYour interview is on Tuesday, May 12 at 10am CT with Rosa Diaz, "
        "Operations Manager.\n\nYou will be greeted at reception by Tim Lowe, our Office "
        "Coordinator, who will "
        "bring you up. To reschedule, please contact my colleague Jane Smith, Recruiting Coordinator.\n\n"
        "Feel free to connect with Rosa Diaz on LinkedIn beforehand.\n\nBest,\nMark Fox\nSenior "
        "Recruiter, Gridline",
        "2026-05-04",
        "America/Chicago",
        "2026-05-12T10:00:00-05:00",
        None,
        {"Rosa Diaz": ("Operations Manager", "hiring_manager")},
    ),
    "someone_named_in_passing_is_not_on_the_panel": (
        "Subject: Interview\n\nHi Pat,\n\nOur CEO, Helen Park, was impressed by your application. Your final "
        "interview is on Tuesday, May 12 at 10am CT with Rosa Diaz (Operations Manager) and Ben Kim (Senior "
        "Analyst). Helen won't be able to join.\n\nBest,\nMark",
        "2026-05-04",
        "America/Chicago",
        "2026-05-12T10:00:00-05:00",
        None,
        {"Rosa Diaz": ("Operations Manager", "hiring_manager"), "Ben Kim": ("Senior Analyst", "peer")},
    ),
    "german_labels_and_titles": (
        "Subject: Einladung zum Vorstellungsgespräch – Senior Backend Developer\n\nHallo Herr Yilmaz,\n\n"
        "Datum: 10.03.2026\nUhrzeit: 14:00 – 15:30 Uhr\nOrt: Brennerei Software GmbH, Torstraße 140, 10119 "
        "Berlin\n\nGesprächspartner:\n- Julia Fischer, CTO\n- Thomas Weber, Teamleiter Backend\n\n"
        "Mit freundlichen Grüßen\nAnja Koch\nHR Managerin",
        "2026-03-02",
        "Europe/Berlin",
        "2026-03-10T14:00:00+01:00",
        "2026-03-10T15:30:00+01:00",
        {"Julia Fischer": ("CTO", "senior_leader"), "Thomas Weber": ("Teamleiter Backend", "peer")},
    ),
    "reschedule_on_top_keeps_the_length_and_the_panel": (
        "Subject: RE: Interview - Data Analyst\n\nHi Ama,\n\nAs agreed, your interview is now on Friday 17 "
        "April at 14:00 instead. Everything else stays the same.\n\nRegards,\nNoel\n\n"
        "-----Original Message-----\nFrom: Noel Park\nSent: 06 April 2026 10:02\nTo: Ama Boateng\n"
        "Subject: Interview - Data Analyst\n\nDear Ama,\n\nDate: Wednesday 15 April 2026\n"
        "Time: 10:00 - 11:15\nZoom: https://zoom.us/j/5550001111\n"
        "Panel: Ruth Mayer (Analytics Manager), Ivo Petrov (Senior Analyst)\n\n"
        "Regards,\nNoel Park\nRecruiter",
        "2026-04-08",
        "Europe/London",
        "2026-04-17T14:00:00+01:00",
        "2026-04-17T15:15:00+01:00",
        {"Ruth Mayer": ("Analytics Manager", "hiring_manager"), "Ivo Petrov": ("Senior Analyst", "peer")},
    ),
    "confirmation_on_top_of_the_quoted_invitation": (
        "Subject: Re: Second interview\n\nHi Lou,\n\n"
        "Thank you, I'll be there on Tuesday 21 April at 11am.\n\n"
        "Best,\nSami\n\nOn Mon, 13 Apr 2026 at 09:10, Lou Grant <lou@example.com> wrote:\n> Dear Sami,\n>\n"
        "> Could you come in on Tuesday 21 April at 11am? It will last about an hour, with our Finance "
        "Director, Eve Shaw, and me.\n>\n> Kind regards,\n> Lou Grant\n> Office Manager",
        "2026-04-13",
        "Europe/London",
        "2026-04-21T11:00:00+01:00",
        "2026-04-21T12:00:00+01:00",
        {
            "Eve Shaw": ("Finance Director", "senior_leader"),
            "Lou Grant": ("Office Manager", "hiring_manager"),
        },
    ),
    "manager_in_the_line_of_work_is_the_hiring_manager": (
        "Subject: Interview - Payroll Specialist - Greyhaven\n\nHello Mo,\n\nFor your second interview on "
        "Monday, April 20, 2026 at 10:00 AM you will meet Bea Moore, Payroll Manager, and Gil Pike, Senior "
        "Payroll Specialist, together.\n\nLisa Tran\nHR Coordinator",
        "2026-04-14",
        "America/Chicago",
        "2026-04-20T10:00:00-05:00",
        None,
        {
            "Bea Moore": ("Payroll Manager", "hiring_manager"),
            "Gil Pike": ("Senior Payroll Specialist", "peer"),
        },
    ),
    "panel_described_in_prose": (
        "Subject: Next steps\n\nHi Fay,\n\n"
        "Your panel on Wednesday 4th March at 10:00 ET (60 mins) is made up "
        "of Dana Cole, our VP of Sales, who'll be joined by two Account Executives you'd work alongside, Ann "
        "Lee and Bo Chan.\n\nCheers,\nHal",
        "2026-02-26",
        "America/New_York",
        "2026-03-04T10:00:00-05:00",
        "2026-03-04T11:00:00-05:00",
        {
            "Dana Cole": ("VP of Sales", "senior_leader"),
            "Ann Lee": ("Account Executive", "peer"),
            "Bo Chan": ("Account Executive", "peer"),
        },
    ),
    "a_manager_who_names_no_one_else_is_the_interviewer": (
        "Subject: Site Lead - next step\n\nMarta,\n\nGood to talk last week. Come out to the depot on "
        "Friday 12 June at 7am to meet the crew. It should take about half an hour.\n\nOwen Pryce\n"
        "Depot Manager | Harbour Haulage",
        "2026-06-08",
        "Europe/London",
        "2026-06-12T07:00:00+01:00",
        "2026-06-12T07:30:00+01:00",
        {"Owen Pryce": ("Depot Manager", "hiring_manager")},
    ),
    "an_assistant_who_names_no_one_else_is_not": (
        "Subject: Next step\n\nHi Marta,\n\nCould you come in on Friday 12 June at 7am? It should take "
        "about half an hour.\n\nBest,\nOwen Pryce\nExecutive Assistant | Harbour Haulage",
        "2026-06-08",
        "Europe/London",
        "2026-06-12T07:00:00+01:00",
        "2026-06-12T07:30:00+01:00",
        {},
    ),
    "signature_title_keeps_its_department": (
        "Subject: Second interview\n\nHi Sam,\n\nIt'll be me and Ana Lee (Senior Data Analyst), on "
        "Friday 12 June at 10am.\n\nBest,\nLena Ortiz\nManager, Clinical Data Operations\nNorthgate Health",
        "2026-06-08",
        "Europe/London",
        "2026-06-12T10:00:00+01:00",
        None,
        {
            "Ana Lee": ("Senior Data Analyst", "peer"),
            "Lena Ortiz": ("Manager, Clinical Data Operations", "hiring_manager"),
        },
    ),
    "meet_me_on_site": (
        "Subject: Rangi Built - apprentice carpenter\n\nhey mate\n\ncan you meet me on site next wk - "
        "wed the 8th, 7.30am? Hemi Walker (Foreman) will be there too. half hour tops.\n\nTane Rangi\n"
        "Site Manager\nRangi Built Ltd",
        "2026-04-02",
        "Pacific/Auckland",
        "2026-04-08T07:30:00+12:00",
        "2026-04-08T08:00:00+12:00",
        {"Hemi Walker": ("Foreman", "peer"), "Tane Rangi": ("Site Manager", "hiring_manager")},
    ),
    "i_will_be_joined_by": (
        "Subject: Second interview\n\nDear Callum,\n\nWe'd like to see you again on Wednesday 17 June at "
        "2pm. I'll be joined by Gordon Ure (Trustee).\n\nWith best wishes,\nFiona MacRae\nChief Executive\n"
        "Glen Trust",
        "2026-06-08",
        "Europe/London",
        "2026-06-17T14:00:00+01:00",
        None,
        {"Gordon Ure": ("Trustee", "other"), "Fiona MacRae": ("Chief Executive", "senior_leader")},
    ),
}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_parse_invite_reads_example(name: str) -> None:
    email, today, tz, start, end, people = EXAMPLES[name]
    invite = parse_invite(email, date.fromisoformat(today), tz)
    assert invite.start == _at(start)
    assert invite.end == (_at(end) if end else None)
    assert _people(invite) == people


def test_parse_invite_thread_fills_what_the_newest_message_leaves_out() -> None:
    email, today, tz, *_ = EXAMPLES["reschedule_on_top_keeps_the_length_and_the_panel"]
    invite = parse_invite(email, date.fromisoformat(today), tz)
    assert invite.video_link == "https://zoom.us/j/5550001111"
    assert invite.formats == ["panel"]
    assert invite.missing == ["company"]


def test_parse_invite_thread_newest_message_wins() -> None:
    email = (
        "Subject: Re: Interview\n\nHi Ana,\n\nWe've moved you to Thursday 12 March at 3pm, on Zoom: "
        "https://zoom.us/j/1\n\nBest,\nJo\n\n-----Original Message-----\nFrom: Jo Lee\nSent: Monday\n\n"
        "See you on Tuesday 10 March at 10am at 1 Main Street, Leeds."
    )
    invite = parse_invite(email, date(2026, 3, 4), "Europe/London")
    assert invite.start == _at("2026-03-12T15:00:00+00:00")
    assert invite.video_link == "https://zoom.us/j/1"
    assert invite.location is None


@pytest.mark.parametrize(
    ("name", "said", "sender_interviews"),
    [
        ("be_me_and", "It'll be me and Omar Haddad, an adviser of ours.", True),
        ("call_at_a_clock", "I'll call you tomorrow at 4:30 for half an hour.", True),
        ("prep_call_without_a_clock", "I'll call you on Friday to prep.", False),
        ("be_the_one", "I'll be the one pairing with you on a small refactor.", True),
        ("someone_joins_us", "Omar Haddad will join us; he runs nights.", True),
        ("want_to_dig_into", "I want to dig into the forecast model you mentioned.", True),
        ("call_noun_before_with_me", "Can you join a 30-min call tomorrow at 6pm with me?", True),
        ("call_verb_before_with_me", "Feel free to call Omar Haddad or email with me.", False),
        (
            "chatted_with_me_last_week",
            "Thanks for making time to chat with me last week. Omar Haddad (Controller) will meet you.",
            False,
        ),
        (
            "i_would_like_to_meet_you",
            "I would like to meet you together with Omar Haddad (Controller).",
            True,
        ),
    ],
)
def test_parse_invite_manager_sender_on_the_panel(name: str, said: str, sender_interviews: bool) -> None:
    email = f"Subject: Second interview\n\nHi Ana,\n\n{said}\n\nBest,\nIda Berg\nStore Manager\nAcme Foods"
    invite = parse_invite(email, date(2026, 3, 4), "Europe/London")
    assert ("Ida Berg" in [p.name for p in invite.interviewers]) is sender_interviews


def test_parse_invite_agenda_slot_times() -> None:
    email, today, tz, *_ = EXAMPLES["agenda_slots_give_each_interviewer_a_slot"]
    invite = parse_invite(email, date.fromisoformat(today), tz)
    slots = {p.name: (p.start, p.end) for p in invite.interviewers}
    assert slots["Ben Ode"] == (_at("2026-08-25T09:45:00-05:00"), _at("2026-08-25T10:30:00-05:00"))
    assert [a.interviewers for a in invite.agenda] == [("Ada Park",), ("Ben Ode",), ("Cy Ruiz",)]
    assert invite.formats == ["sequential", "technical"]


def test_parse_invite_teams_link_survives_the_rule_line() -> None:
    email, today, tz, *_ = EXAMPLES["teams_footer_and_names_with_initials"]
    invite = parse_invite(email, date.fromisoformat(today), tz)
    assert invite.video_link == "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"
    assert invite.formats == ["panel"]


@pytest.mark.parametrize(
    ("name", "email", "formats"),
    [
        (
            "panel_and_presentation",
            "We'd like you to present a 15-minute plan to the panel on 2026-05-19 at 10:00.",
            ["panel", "presentation"],
        ),
        (
            "case_study",
            "Your case interview is on 2026-05-19 at 10:00; you'll get a short case on arrival.",
            ["case_study"],
        ),
        (
            "technical_pairing",
            "On 2026-05-19 at 10:00 you'll pair with one of our engineers on a code review.",
            ["technical"],
        ),
        (
            "negated_presentation",
            "There is no presentation for this stage. See you on 2026-05-19 at 10:00.",
            [],
        ),
        (
            "portfolio_case_studies_are_a_presentation",
            "On 2026-05-19 at 10:00, walk us through two case studies from your portfolio.",
            ["presentation"],
        ),
        (
            "met_individually",
            "On 2026-05-19 at 10:00 Ana Ruiz, CTO, and Ben Ode, CFO, will meet you individually.",
            ["sequential"],
        ),
        ("empty_of_cues", "See you on 2026-05-19 at 10:00.", []),
    ],
)
def test_parse_invite_formats(name: str, email: str, formats: list[str]) -> None:
    invite = parse_invite(f"Subject: Interview\n\nHi Al,\n\n{email}\n\nBest,\nBo", date(2026, 5, 11), "UTC")
    assert invite.formats == formats


def test_parse_invite_no_date_no_names_is_a_result() -> None:
    email = "Subject: Moving forward\n\nHi Ty,\n\nWe'll be in touch with a date soon.\n\nThanks,\nMo"
    invite = parse_invite(email, date(2026, 2, 3), "America/Chicago")
    assert invite.start is None and invite.interviewers == []
    assert {"start", "end", "interviewers", "location"} <= set(invite.missing)
    data = invite.to_dict()
    assert data["start"] is None and data["missing"] == invite.missing


def test_parse_invite_reads_pasted_html() -> None:
    html = (
        "<html><body><p>Subject: Interview</p><p>Hi Al,</p>"
        "<p>See you on Friday 13 March 2026 at 10:00 with:</p>"
        "<ul><li>Ana Ruiz, CTO</li><li>Ben Ode, Staff Engineer</li></ul>"
        "<p><a href='https://zoom.us/j/42'>Join the call</a></p></body></html>"
    )
    invite = parse_invite(html, date(2026, 3, 5), "UTC")
    assert [p.name for p in invite.interviewers] == ["Ana Ruiz", "Ben Ode"]
    assert invite.video_link == "https://zoom.us/j/42"
    assert invite.start == _at("2026-03-13T10:00:00+00:00")


def test_parse_invite_date_without_time_keeps_the_date() -> None:
    invite = parse_invite(
        "Subject: Interview\n\nHi Al,\n\nWe'll meet on Friday 13 March 2026.\n\nBo", date(2026, 3, 5), "UTC"
    )
    assert invite.date == date(2026, 3, 13) and invite.start is None
    assert "start" in invite.missing


def test_parse_invite_to_dict_shape() -> None:
    email, today, tz, *_ = EXAMPLES["name_comma_title_bullets"]
    data = parse_invite(email, date.fromisoformat(today), tz).to_dict()
    assert data["company"] == "Osprey Freight" and data["role"] == "Data Engineer"
    assert data["timezone"] == "Europe/London"
    person = data["interviewers"][0]
    assert set(person) >= {"name", "title", "kind", "start", "end"}
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize(
    ("name", "email", "tz", "today", "message"),
    [
        ("empty", "", "UTC", date(2026, 1, 1), "empty"),
        ("blank", "  \n ", "UTC", date(2026, 1, 1), "empty"),
        ("binary", "Subject: x\x00\x01", "UTC", date(2026, 1, 1), "binary"),
        ("unknown_zone", "Subject: x\n\nHi", "Mars/Olympus", date(2026, 1, 1), "unknown time zone"),
        ("today_not_a_date", "Subject: x\n\nHi", "UTC", "2026-01-01", "today must be a date"),
    ],
)
def test_parse_invite_refuses_bad_input(name: str, email: str, tz: str, today: object, message: str) -> None:
    with pytest.raises(RoundtwoError, match=message):
        parse_invite(email, today, tz)  # type: ignore[arg-type]


def _score(path: Path) -> tuple[float, float]:
    """Start accuracy and interviewer-name F1 over a corpus file, as the scorer computes them."""
    import re

    def norm(text: str | None) -> str:
        return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()

    starts = tp = fp = fn = total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        got = parse_invite(item["email"], date.fromisoformat(item["today"]), item["tz"]).to_dict()
        want = item["expected"]
        if want["start"] is None or got["start"] is None:
            starts += want["start"] is None and got["start"] is None
        else:
            starts += _at(want["start"]) == _at(got["start"])
        gold = {norm(p["name"]) for p in want["interviewers"]}
        found = {norm(p["name"]) for p in got["interviewers"]}
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
        total += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return starts / total, f1


def test_parse_invite_corpus_fresh_dev_split_floors() -> None:
    # Invitations written in other styles (ATS, calendar pastes, threads, non-US dates); measured
    # on corpus/invites/fresh-dev.jsonl: start accuracy 1.000, name F1 0.993; floors keep a margin.
    start_accuracy, name_f1 = _score(CORPUS / "fresh-dev.jsonl")
    assert start_accuracy >= 0.95
    assert name_f1 >= 0.95


def test_parse_invite_corpus_test_split_floors() -> None:
    # Measured on corpus/invites/test.jsonl: start accuracy 1.000, name F1 0.988; floors keep a margin.
    start_accuracy, name_f1 = _score(CORPUS / "test.jsonl")
    assert start_accuracy >= 0.95
    assert name_f1 >= 0.93


def test_parse_invite_corpus_fresh2_dev_split_floors() -> None:
    # A second batch by another writer (calendar pastes, Workday tables, surname-first lists,
    # reporting times, restated local times); measured on corpus/invites/fresh2-dev.jsonl:
    # start accuracy 0.975, name F1 0.971; floors keep a margin.
    start_accuracy, name_f1 = _score(CORPUS / "fresh2-dev.jsonl")
    assert start_accuracy >= 0.93
    assert name_f1 >= 0.94


def test_parse_invite_untitled_names_are_not_interviewers() -> None:
    email = (
        "Subject: Invitation: Kestrel Labs – Second interview @ Thu 29 Oct 2026 10:00 - 11:30 (CET)\n\n"
        "Kestrel Labs – Second interview, Senior UX Researcher\n"
        "Thursday 29 Oct 2026 ⋅ 10:00 – 11:30\n\n"
        "Description:\nQ&A with Matthias Kühn (Head of Design) and Aylin Demir (UX Research Lead).\n\n"
        "Guests\nLena Brandt - organizer\nMatthias Kühn\nAylin Demir\nBruno Vidal\n"
    )
    invite = parse_invite(email, date(2026, 10, 20), "Europe/Berlin")
    assert _people(invite) == {
        "Matthias Kühn": ("Head of Design", "senior_leader"),
        "Aylin Demir": ("UX Research Lead", "peer"),
    }
    assert invite.company == "Kestrel Labs"


@pytest.mark.parametrize(
    ("split", "start_floor", "name_floor"),
    [
        # Measured (start accuracy, name F1): fresh-extra (an earlier blind set, since read)
        # 1.000, 1.000; fresh2-extra (the same) 1.000, 0.972; fresh3-dev 0.925, 0.947;
        # fresh3-extra 0.950, 0.954; fresh4-extra 0.975, 0.972; fresh6-dev 0.980, 0.952;
        # fresh7-dev 1.000, 0.939; fresh8-dev 1.000, 0.908; fresh9-dev 1.000, 0.931;
        # fresh10-dev 0.920, 0.946; fresh11-dev 0.940, 0.937; fresh12-dev 0.900 (two labels take the arrival
        # time for the start), 0.955;
        # fresh13-dev 0.960, 0.908; fresh14-dev 1.000, 0.988; fresh15-dev 1.000, 0.991;
        # fresh16-dev 1.000, 0.964; fresh18-dev 1.000, 0.920; fresh19-dev 1.000, 0.971;
        # fresh20-dev 1.000, 0.995; fresh21-dev (small employers' informal notes) 1.000, 0.783;
        # fresh23-dev 1.000, 0.961; fresh24-dev 1.000, 0.918; fresh25-dev (search firms writing for
        # clients) 1.000, 0.852; fresh26-dev 1.000, 0.950; fresh27-dev 1.000, 0.935; fresh28-dev
        # (calendar text and piecemeal threads) 0.960, 0.941; fresh30-dev 1.000, 0.961;
        # fresh31-dev 1.000, 0.938; fresh32-dev 0.980, 0.938; fresh33-dev 0.960, 0.953 (the last two
        # written at the end of a session, their dates not yet gone through); on arrival,
        # fresh34-dev (English as a second language) 0.800, 0.872; fresh35-dev (chats, tool
        # notices, long corporate mail) 0.880, 0.948; fresh36-dev (industries other than
        # software) 0.940, 0.958; fresh37-dev 0.980, 0.941; fresh39-dev (large employers' ATS mail)
        # 0.940, 0.962; fresh40-dev (informal notes, first names) 0.700, 0.734; fresh41-dev
        # (academia, hospitals, law, boards) 0.940, 0.908; fresh43-dev (East Asia and Oceania)
        # 0.920, 0.958; fresh44-dev (how interviewers are introduced) 0.980, 0.942; fresh45-dev
        # (mid-size employers in Europe, Africa, the Middle East, Latin America) 0.900, 0.950;
        # fresh46-dev (formats) 0.960, 0.976; fresh47-dev (many inboxes) 0.960, 0.955; fresh48-dev
        # (endings, who's who) 0.960, 0.978. Their dates were then gone through: every one of these
        # thirteen sets now reads start and end right, and their floors sit just under that.
        ("fresh-extra", 0.95, 0.94),
        ("fresh2-extra", 0.95, 0.94),
        ("fresh3-dev", 0.9, 0.92),
        ("fresh3-extra", 0.92, 0.92),
        ("fresh4-extra", 0.95, 0.94),
        ("fresh6-dev", 0.95, 0.92),
        ("fresh7-dev", 0.95, 0.91),
        ("fresh8-dev", 0.95, 0.87),
        ("fresh9-dev", 0.95, 0.9),
        ("fresh10-dev", 0.9, 0.92),
        ("fresh11-dev", 0.92, 0.91),
        ("fresh12-dev", 0.88, 0.88),
        ("fresh13-dev", 0.92, 0.88),
        ("fresh14-dev", 0.95, 0.96),
        ("fresh15-dev", 0.95, 0.96),
        ("fresh16-dev", 0.95, 0.93),
        ("fresh18-dev", 0.95, 0.89),
        ("fresh19-dev", 0.95, 0.94),
        ("fresh20-dev", 0.95, 0.96),
        ("fresh21-dev", 0.95, 0.75),
        ("fresh23-dev", 0.95, 0.93),
        ("fresh24-dev", 0.95, 0.89),
        ("fresh25-dev", 0.95, 0.82),
        ("fresh26-dev", 0.95, 0.92),
        ("fresh27-dev", 0.95, 0.91),
        ("fresh28-dev", 0.92, 0.91),
        ("fresh30-dev", 0.95, 0.93),
        ("fresh31-dev", 0.95, 0.91),
        ("fresh32-dev", 0.95, 0.91),
        ("fresh33-dev", 0.93, 0.92),
        ("fresh34-dev", 0.98, 0.87),
        ("fresh35-dev", 0.98, 0.94),
        ("fresh36-dev", 0.98, 0.94),
        ("fresh37-dev", 0.98, 0.94),
        ("fresh39-dev", 0.98, 0.94),
        ("fresh40-dev", 0.98, 0.79),
        ("fresh41-dev", 0.98, 0.89),
        ("fresh43-dev", 0.98, 0.94),
        ("fresh44-dev", 0.98, 0.92),
        ("fresh45-dev", 0.98, 0.93),
        ("fresh46-dev", 0.98, 0.95),
        ("fresh47-dev", 0.98, 0.93),
        ("fresh48-dev", 0.98, 0.95),
    ],
)
def test_parse_invite_corpus_later_split_floors(split: str, start_floor: float, name_floor: float) -> None:
    start_accuracy, name_f1 = _score(CORPUS / f"{split}.jsonl")
    assert start_accuracy >= start_floor
    assert name_f1 >= name_floor


def test_parse_invite_first_name_with_title_joins_the_full_name() -> None:
    email = (
        "Subject: next step\n\nSofia (our Head of Growth, who you'd report to) and I would like to meet "
        "again on Tuesday 31 March 2026 at 4pm: two chats, first with me, second with Sofia Andrade "
        "Lobo.\n\nAbraço,\nTiago Mendes\nFounder, Maré Analytics"
    )
    invite = parse_invite(email, date(2026, 3, 20), "Europe/Lisbon")
    people = _people(invite)
    assert people["Sofia Andrade Lobo"] == ("Head of Growth", "hiring_manager")
    assert "Tiago Mendes" in people


def test_parse_invite_first_name_in_a_reply_takes_the_full_name_from_the_thread() -> None:
    email = (
        "Subject: RE: Next step\n\nHi Rebecca,\n\nLet's do it at our office instead - same day and time "
        "(Thursday, May 14 at 9:00 AM). You'll meet with Marcus first and then with me.\n\nThanks,\n"
        "Dana Whitaker\nDirector of Operations, Larkspur Capital\n\n"
        "On Fri, May 8, 2026, Dana Whitaker wrote:\n> Hi Rebecca,\n> Next step is a 45-minute Zoom with "
        "Marcus Bell, our Managing Partner, on Thursday, May 14 at 9:00 AM.\n"
    )
    invite = parse_invite(email, date(2026, 5, 9), "America/Chicago")
    assert _people(invite)["Marcus Bell"][0] == "Managing Partner"
    assert "Marcus" not in _people(invite)


def test_parse_invite_seats_someone_from_the_team() -> None:
    email = (
        "Subject: next step\n\nDoes Tuesday 21 April 2026 at 10am work? You'll chat with our head of data, "
        "Maria Chen, then do an hour-long pairing session on a real dataset with Sam Ortiz from the team."
    )
    invite = parse_invite(email, date(2026, 4, 14), "America/New_York")
    assert {"Maria Chen", "Sam Ortiz"} <= set(_people(invite))


@pytest.mark.parametrize(
    ("email", "today", "tz", "people"),
    [
        pytest.param(
            "Subject: round two\n\nHi Tomás,\n\nCould you come in on Monday 26 October at 2pm? You'll first "
            "sit down with Aoife Ní Bhriain, who leads our gameplay team, and then pair on some code with "
            "Cormac Reid.\n\nOrla",
            date(2026, 10, 20),
            "Europe/Dublin",
            {"Aoife Ní Bhriain", "Cormac Reid"},
            id="untitled_people_seated_in_prose",
        ),
        pytest.param(
            "Subject: Second interview\n\nHi Jordan,\n\nYour interview is on Thursday 19 February 2026 at "
            "10:00 with Marcus Oyelaran, Staff Engineer. If anything comes up, just reply here and I'll sort "
            "it out.\n\nBest,\nJess Moreno\nRecruiting Coordinator | Tidewater Labs",
            date(2026, 2, 10),
            "America/Los_Angeles",
            {"Marcus Oyelaran"},
            id="and_i_seats_the_sender_only_after_a_name",
        ),
        pytest.param(
            "Subject: Second interview – Director of Sales\n\nWednesday Jun 24, 2026 ⋅ 2pm – 3pm\n\n"
            "Guests\nRenata Flores - organizer\nCarlos Medina\n\nDescription:\nHi Daniel – you'll meet "
            "Carlos Medina, General Manager, for about an hour.\n\nQuestions? Call me.\n"
            "Renata Flores, Talent Acquisition Manager\n",
            date(2026, 6, 10),
            "America/Phoenix",
            {"Carlos Medina"},
            id="recruiter_who_organises_does_not_interview",
        ),
        pytest.param(
            "Subject: Re: Senior iOS Engineer - next steps\n\nHey Sam! can you do Fri at noon PT? 30 min "
            "w/ me then 30 min w/ Grant Osei (our SVP Eng).\n\nEllie Brandt\nEng Manager, Mobile | Tidewire",
            date(2026, 1, 12),
            "America/New_York",
            {"Ellie Brandt", "Grant Osei"},
            id="sender_met_in_turn",
        ),
        pytest.param(
            "Subject: Second conversation\n\nHi Sam,\n\nCould you come in on Friday 6 February 2026 at 4:00? "
            "You'd be working alongside Tamika Ross (Program Lead). We'll ask some scenario questions and "
            "give you time to ask us anything.\n\nWarmly,\nRenata Alvarez\nDirector of Programs",
            date(2026, 2, 2),
            "America/Chicago",
            {"Tamika Ross", "Renata Alvarez"},
            id="hiring_manager_who_writes_we_will_ask",
        ),
        pytest.param(
            "Subject: Re: interview - change of time\n\nHi Niamh,\n\nCould we do Wednesday 1 April at 9.30am "
            "instead? It'll still be about an hour, and it'll just be me this time.\n\nThanks,\nRhian\n"
            "Rhian Pryce\nHead of Digital Marketing | Fennel Studio",
            date(2026, 3, 26),
            "Europe/London",
            {"Rhian Pryce"},
            id="just_me_seats_the_sender",
        ),
        pytest.param(
            "Subject: tmrw\n\nhey Chris - can you swing by tmrw 2-3:30p ET? we'll do a data modeling "
            "exercise "
            "together w/ Priya Venn (senior analyst).\n\nsam\nSam Okafor | Analytics Manager | Ledgerly",
            date(2026, 12, 14),
            "America/New_York",
            {"Sam Okafor", "Priya Venn"},
            id="manager_who_writes_we_will_do",
        ),
        pytest.param(
            "Subject: quick follow-up\n\nhey Sam!\n\ndoes Thursday around 4:30 CT work? I'll pull in our "
            "lead "
            "engineer Oksana Bell, she'll want to go through your project.\n\nDmitri\n--\n"
            "Dmitri Vasko, founder @ Fieldline",
            date(2026, 2, 23),
            "America/Chicago",
            {"Dmitri Vasko", "Oksana Bell"},
            id="founder_who_pulls_in_a_colleague",
        ),
    ],
)
def test_parse_invite_who_interviews(email: str, today: date, tz: str, people: set[str]) -> None:
    assert set(_people(parse_invite(email, today, tz))) == people


def test_parse_invite_signature_title_below_the_sign_off() -> None:
    invite = parse_invite(
        "Subject: coffee\n\nthurs 3pm at the cafe work? ~1hr, just me.\n\ntheo\n\n--\nTheo Marsh\n"
        "cofounder & CEO, Loomy",
        date(2026, 7, 6),
        "America/Los_Angeles",
    )
    assert _people(invite) == {"Theo Marsh": ("cofounder & CEO", "senior_leader")}
    assert invite.start == _at("2026-07-09T15:00:00-07:00")
    assert invite.end == _at("2026-07-09T16:00:00-07:00")


def test_parse_invite_writer_named_by_reporting_to_me() -> None:
    invite = parse_invite(
        "Subject: 2nd round\n\nHi Zhi,\n\nWednesday 6 May, 2:00pm to 3:30pm SGT. You'll meet Wei Tan (Senior "
        "Data Engineer) first for a 45-minute deep dive into your pipeline design, and then me, since "
        "you'd be "
        "reporting to me.\n\nCheers,\nNurul Aisyah binte "
        "Rahman\nEngineering Manager | Lionfin",
        date(2026, 4, 27),
        "Asia/Singapore",
    )
    assert {name: kind for name, (_title, kind) in _people(invite).items()} == {
        "Wei Tan": "peer",
        "Nurul Aisyah binte Rahman": "hiring_manager",
    }
    assert invite.formats == ["sequential", "technical"]


def test_parse_invite_cue_about_him_reaches_the_last_named() -> None:
    invite = parse_invite(
        "Subject: 2nd round\n\nHi Asha,\n\nYour 2nd round is fixed with Rohit Basu (Head - Finance "
        "Operations) "
        "for Friday 20 February at 4 PM. Rohit will call you. The role reports into him, so he will discuss "
        "your AP experience.\n\nRegards,\nNeha",
        date(2026, 2, 16),
        "Asia/Kolkata",
    )
    assert _people(invite) == {"Rohit Basu": ("Head - Finance Operations", "hiring_manager")}


def test_parse_invite_foreign_cue_reaches_the_person_it_follows() -> None:
    invite = parse_invite(
        "Subject: Segunda etapa\n\nOi, Beatriz! A conversa será com a Carla Mendes, gerente de Analytics "
        "(sua futura gestora), e o "
        "Rafael Souza, cientista de dados do time, os dois juntos, na quinta-feira 6 de agosto às 10h.\n\n"
        "Abraço,\nJuliana",
        date(2026, 7, 30),
        "America/Sao_Paulo",
    )
    assert {name: kind for name, (_title, kind) in _people(invite).items()} == {
        "Carla Mendes": "hiring_manager",
        "Rafael Souza": "peer",
    }
    assert invite.formats == ["panel"]


def test_parse_invite_writer_and_another_and_a_signature_aside() -> None:
    invite = parse_invite(
        "Subject: Teams interview\n\nHi Dr. Patel,\n\nYou'll be meeting with both me and Tom Whitcomb, "
        "Regional Director of Pharmacy Operations, on Thursday 12 March 2026 at noon.\n\nBest regards,\n"
        "Angela Brenner\nPharmacy District Manager (Pharmacy Managers in West Michigan report to me)\n"
        "Great Lakes Drug",
        date(2026, 3, 2),
        "America/Detroit",
    )
    assert _people(invite)["Angela Brenner"] == ("Pharmacy District Manager", "hiring_manager")
    assert "Tom Whitcomb" in _people(invite)


def test_parse_invite_a_writer_who_watches_keeps_the_technical_cue() -> None:
    invite = parse_invite(
        "Subject: nail tech\n\nHi Destiny its Kim. can u come tmrw at 11? i need to see you do a gel "
        "manicure on my sister. We are at 311 Atlantic ave brooklyn\n\nthx\nKim",
        date(2026, 5, 4),
        "America/New_York",
    )
    assert [p.name for p in invite.interviewers] == ["Kim"]
    assert invite.formats == ["technical"]


def test_parse_invite_a_slashed_signature_title() -> None:
    invite = parse_invite(
        "Subject: Demo lesson\n\nHi Megan,\n\nMe and Yuki (senior teacher) will both be watching your "
        "demo lesson on Sat 30 May at 13:00.\n\nBen Carter / owner\nSunny Hill English",
        date(2026, 5, 20),
        "Asia/Tokyo",
    )
    assert _people(invite)["Ben Carter"] == ("owner", "senior_leader")


def test_parse_invite_a_reply_naming_only_the_roles_team_keeps_the_threads_company() -> None:
    email = (
        "Subject: RE: Second round – Tax Manager, International Tax\n\nHi Omar,\n\nThe new slot is "
        "Wednesday, February 4 from 2:00 to 3:30 PM CT on Teams: https://teams.microsoft.com/l/abc "
        "with Alistair Dunne (Partner, International Tax).\n\nRebecca\n\n-----Original Message-----\n"
        "From: Rebecca Lindqvist\nSent: Thursday, January 22, 2026 10:04 AM\n"
        "Subject: Second round – Tax Manager, International Tax\n\nHi Omar,\n\nGreat news – Pemberton Hale "
        "would like to invite you to a second-round interview.\n"
    )
    invite = parse_invite(email, date(2026, 1, 27), "America/Chicago")
    assert invite.company == "Pemberton Hale"


def test_parse_invite_a_title_label_is_no_part_of_the_title() -> None:
    invite = parse_invite(
        "Subject: Panel interview\n\nYour interview is on Tuesday 3 March 2026 at 10:00.\n\nInterview Panel\n"
        "Name: Renata Oyelaran | Title: Director, Network Planning\n"
        "Name: Curtis Bellamy | Title: Transportation Manager\n",
        date(2026, 2, 20),
        "America/Chicago",
    )
    assert invite.interviewers[0].title == "Director, Network Planning"


def test_parse_invite_a_panel_member_from_another_organisation_is_other() -> None:
    invite = parse_invite(
        "Subject: Interview – Policy Officer\n\nDear Sam,\n\nYour interview with Thornbury Council is on "
        "Tuesday 3 March 2026 at 10:00. The panel: Andrew Kowalski, Manager Project Controls, and Leilani "
        "Faleolo, Senior Advisor, Department of Customer Service.\n\nRegards,\nRecruitment Team\n"
        "Thornbury Council",
        date(2026, 2, 20),
        "Australia/Sydney",
    )
    assert _people(invite)["Leilani Faleolo"][1] == "other"


def test_parse_invite_spanish_with_me_puts_the_writer_first() -> None:
    invite = parse_invite(
        "Subject: Segunda entrevista\n\nHola Ana, la cita es el jueves 12 de marzo a las 10:00. Primero "
        "platicarás conmigo y después con Ricardo Salgado, Director de Finanzas."
        "\n\nSaludos,\nFernanda Ríos\nGerente de Finanzas",
        date(2026, 3, 2),
        "America/Mexico_City",
    )
    assert invite.formats == ["sequential"]


def test_parse_invite_a_new_day_at_the_same_time_keeps_the_old_clock_and_length() -> None:
    email = (
        "Subject: RE: Machine Coding Round\n\nHi Sneha,\n\nNikhil can't take the round on Wednesday. We are "
        "moving it to the same time next week, Wednesday 16 Sept. The link stays the same.\n\nRegards,\nPooja"
        "\n\n-----Original Message-----\nFrom: Pooja Menon\nSent: 07 September 2026 11:20\n\nHi Sneha,\n\n"
        "Date: Wednesday, 9 Sept 2026\nTime: 4:00 PM – 5:30 PM IST\nLink: https://meet.google.com/tzz-qwmd-fnp\n"
    )
    invite = parse_invite(email, date(2026, 9, 8), "Asia/Kolkata")
    assert invite.start == _at("2026-09-16T16:00:00+05:30")
    assert invite.end == _at("2026-09-16T17:30:00+05:30")


def test_parse_invite_a_signed_mark_is_no_sender() -> None:
    invite = parse_invite(
        "Subject: Interview\n\nThe interview is on 15.09.2026 at 14:30 hrs before the Selection Board."
        "\n\nSd/-\nAdministrative Officer (Recruitment)\nNational Institute of Coastal Engineering",
        date(2026, 9, 1),
        "Asia/Kolkata",
    )
    assert invite.interviewers == []


def test_parse_invite_abbreviated_weekday_and_zone() -> None:
    email = "Subject: next steps\n\ncan you do Fri at noon PT? 30 min w/ me then 30 min w/ Grant Osei."
    invite = parse_invite(email, date(2026, 1, 12), "America/New_York")
    assert invite.start == datetime.fromisoformat("2026-01-16T15:00:00-05:00")


def test_parse_invite_time_only_correction_keeps_the_thread_day() -> None:
    email = (
        "Subject: Re: Interview\n\nHi Ana,\n\nSorry, the start time is 2:30pm, not 2pm.\n\nJo\n\n"
        "-----Original Message-----\nFrom: Jo Lee\nSent: Monday\n\n"
        "Hi Ana,\n\nSee you on Tuesday 10 March from 2pm to 3pm at 1 Main Street, Leeds, with "
        "Raj Patel, Finance Manager.\n\nJo Lee\nNorthgate Foods"
    )
    invite = parse_invite(email, date(2026, 3, 4), "Europe/London")
    assert invite.start == _at("2026-03-10T14:30:00+00:00")
    assert invite.end == _at("2026-03-10T15:30:00+00:00")


def test_parse_invite_committee_is_no_interviewer() -> None:
    email = (
        "Subject: Interview\n\nDear Dr Lane,\n\n"
        "Consultant in Child Health – Stanton Appointments Committee\n\n"
        "The committee meets on Friday 13 March 2026 at 10.00. The panel will be:\n"
        "Dr Eva Stone, Medical Director\n"
        "Mrs P. Quinn, HR Manager, will be in attendance to take notes.\n"
    )
    invite = parse_invite(email, date(2026, 3, 4), "Europe/London")
    assert [p.name for p in invite.interviewers] == ["Eva Stone"]


@pytest.mark.parametrize(
    ("name", "newest", "panel"),
    [
        ("someone_joins", "Quick update: Marcus Hale (VP, Pricing) will also join your panel.", 3),
        (
            "someone_takes_a_place",
            "Piotr is out sick, so Kasia Wolna (Tech Lead) will take Piotr's place; Tomasz is still on.",
            3,
        ),
    ],
)
def test_parse_invite_thread_changes_the_earlier_panel(name: str, newest: str, panel: int) -> None:
    email = (
        f"Subject: RE: Second interview\n\nHi Dana,\n\n{newest}\n\nThanks,\nKelly\n\n"
        "-----Original Message-----\nFrom: Kelly Brooks\nSent: Tuesday, January 13, 2026 3:18 PM\n"
        "Subject: Second interview\n\nHi Dana,\n\nDate: Tuesday, January 20, 2026\n"
        "Time: 9:00 AM - 11:00 AM\n\n"
        "Your panel:\n- Andrea Kim, Pricing Manager\n- Piotr Nowak, Actuarial Analyst\n"
        "- Tomasz Lis, Senior Actuary\n\nBest regards,\nKelly Brooks"
    )
    if name == "someone_joins":
        email = email.replace("- Tomasz Lis, Senior Actuary\n", "")
    invite = parse_invite(email, date(2026, 1, 14), "America/Chicago")
    names = {p.name for p in invite.interviewers}
    assert len(names) == panel
    if name == "someone_joins":
        assert names == {"Marcus Hale", "Andrea Kim", "Piotr Nowak"}
    else:
        assert names == {"Kasia Wolna", "Andrea Kim", "Tomasz Lis"}


@pytest.mark.parametrize(
    ("said", "owner"),
    [
        (
            "You would be joining Antoine Rey's team, and Antoine will meet you with Claire Roy.",
            "Antoine Rey",
        ),
        (
            "The role sits under Tom Ash, our Head of Platform, so he'll run this one with Claire Roy.",
            "Tom Ash",
        ),
        ("You'd be working primarily on Mr. Rey's matters; Claire Roy will join too.", "Antoine Rey"),
    ],
)
def test_parse_invite_the_person_whose_team_you_join_is_the_hiring_manager(said: str, owner: str) -> None:
    email = (
        "Subject: Second interview\n\nHi Sam,\n\nYou'll meet Antoine Rey (Director, Digital), Tom Ash "
        f"(Head of Platform) and Claire Roy (Chief Executive) on Friday 12 June at 10am.\n\n{said}\n\n"
        "Best,\nLea Ward\nRecruiter"
    )
    invite = parse_invite(email, date(2026, 6, 8), "Europe/London")
    kinds = {p.name: p.kind for p in invite.interviewers}
    assert kinds[owner] == "hiring_manager"
    assert [name for name, kind in kinds.items() if kind == "hiring_manager"] == [owner]


def test_parse_invite_the_owner_of_the_team_is_met() -> None:
    email = (
        "Subject: Second interview\n\nHi Sam,\n\nYou'd be joining Priya Raman's team, so your first "
        "conversation will be with her. Then you'll meet Devon Clarke, Senior Data Analyst.\n\n"
        "When: Friday 12 June at 10am\n\nBest,\nLea Ward\nRecruiter"
    )
    invite = parse_invite(email, date(2026, 6, 8), "Europe/London")
    assert {p.name: p.kind for p in invite.interviewers} == {
        "Priya Raman": "hiring_manager",
        "Devon Clarke": "peer",
    }


def test_parse_invite_a_cue_for_two_belongs_to_the_manager_not_the_director() -> None:
    email = (
        "Subject: Interview\n\nHi Sam,\n\nYou will meet Wanjiru Kamau (Country Director) and Otieno Odhiambo "
        "(Programme Manager), who you would report to, on Friday 12 June at 10am.\n\nBest,\nLea Ward\n"
        "Recruiter"
    )
    invite = parse_invite(email, date(2026, 6, 8), "Africa/Nairobi")
    kinds = {p.name: p.kind for p in invite.interviewers}
    assert kinds["Otieno Odhiambo"] == "hiring_manager"
    assert kinds["Wanjiru Kamau"] == "senior_leader"
