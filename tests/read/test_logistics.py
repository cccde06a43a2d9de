"""Location, video link and what to prepare."""

from __future__ import annotations

import pytest

from roundtwo.read.logistics import find_location, find_preparation, find_video_link


@pytest.mark.parametrize(
    ("name", "text", "link"),
    [
        (
            "zoom",
            "Join link: https://zoom.example.com/j/844?pwd=nw2026.",
            "https://zoom.example.com/j/844?pwd=nw2026",
        ),
        (
            "bare_meet_host",
            "Join with Google Meet\nmeet.google.com/lfd-kqwe-rtz",
            "meet.google.com/lfd-kqwe-rtz",
        ),
        (
            "booking_link_is_not_video",
            "Please use the link below to choose a time:\nhttps://example.com/book/x",
            None,
        ),
        (
            "reschedule_then_video",
            "Reschedule: https://calendly.com/r/1\nZoom: https://acme.zoom.us/j/2",
            "https://acme.zoom.us/j/2",
        ),
        ("empty", "", None),
    ],
)
def test_find_video_link(name: str, text: str, link: str | None) -> None:
    assert find_video_link(text) == link


@pytest.mark.parametrize(
    ("name", "body", "signature", "video", "location"),
    [
        (
            "street_in_prose",
            "at our head office, 48 Carrick Street, London EC2A 4RT. Please allow two hours.",
            (),
            None,
            "48 Carrick Street, London EC2A 4RT",
        ),
        (
            "street_name_then_number",
            "on Thursday at Schlesische Straße 27, 10997 Berlin.",
            (),
            None,
            "Schlesische Straße 27, 10997 Berlin",
        ),
        (
            "label_line",
            "Where: Unit 4, Baltic Wharf, Bristol BS1 6XG\n",
            (),
            None,
            "Unit 4, Baltic Wharf, Bristol BS1 6XG",
        ),
        (
            "virtual_label_is_not_a_place",
            "Location: Virtual – Microsoft Teams (link below)\n",
            (),
            None,
            None,
        ),
        (
            "label_then_address_lines",
            "Address:\nCorvid Aerospace\n4100 Aviation Pkwy, Building 2\nMorrisville, NC 27560\n\n"
            "Interviewers:",
            (),
            None,
            "Corvid Aerospace, 4100 Aviation Pkwy, Building 2, Morrisville, NC 27560",
        ),
        (
            "video_provider_label_is_not_a_place",
            "Where: Jitsi — https://meet.jit.si/helix-devops-round2\n",
            (),
            "https://meet.jit.si/helix-devops-round2",
            None,
        ),
        (
            "clock_then_doctor_is_not_a_street",
            "1:00-1:30 Dr. Howard Feld, Principal Investigator",
            (),
            None,
            None,
        ),
        (
            "signature_address_when_in_person",
            "Please report to reception.",
            ("St Anne's School, Farnham Road, Guildford GU2 7LP",),
            None,
            "Farnham Road, Guildford GU2 7LP",
        ),
        (
            "signature_address_ignored_for_video",
            "Join on Zoom.",
            ("Acme, 1 Main Street, Leeds",),
            "https://zoom.us/j/1",
            None,
        ),
        (
            "street_number_then_postcode_and_town",
            "We meet at Taunusanlage 8, 60329 Frankfurt am Main, on the 12th floor.",
            (),
            None,
            "Taunusanlage 8, 60329 Frankfurt am Main",
        ),
        ("a_time_via_teams_is_no_street", "The call is at 10:15, via Teams.", (), None, None),
        (
            "an_abbreviated_avenue_in_a_label",
            "Lugar: Av. Apoquindo 4501, piso 12, Las Condes\n",
            (),
            None,
            "Av. Apoquindo 4501, piso 12, Las Condes",
        ),
        ("empty", "", (), None, None),
        (
            "british_street_and_postcode",
            "Please come to our offices at 7 Bishopsgate, London EC2N 3AR.",
            (),
            None,
            "7 Bishopsgate, London EC2N 3AR",
        ),
        (
            "british_lane_without_a_number",
            "The school is at Chapel Lane, Hexham NE46 1BT.",
            (),
            None,
            "Chapel Lane, Hexham NE46 1BT",
        ),
        (
            "american_street_of_any_name",
            "Address is 1800 Fairfax Trafficway, Kansas City, KS 66115. Go to the front office.",
            (),
            None,
            "1800 Fairfax Trafficway, Kansas City, KS 66115",
        ),
        (
            "brazilian_avenue_comma_number",
            "Local: Av. Brigadeiro Faria Lima, 3477 – 14º andar, São Paulo – SP",
            (),
            None,
            "Av. Brigadeiro Faria Lima, 3477 – 14º andar, São Paulo – SP",
        ),
        (
            "brazilian_avenue_in_prose",
            "Será no escritório, Av. Brigadeiro Faria Lima, 3477 – 14º andar.",
            (),
            None,
            "Av. Brigadeiro Faria Lima, 3477",
        ),
        (
            "japanese_block_number",
            "Our office is on the 8th floor, 2-15-1 Dogenzaka, Shibuya-ku, Tokyo.",
            (),
            None,
            "2-15-1 Dogenzaka, Shibuya-ku, Tokyo",
        ),
        (
            "polish_ulica",
            "Zapraszamy do biura: ul. Prosta 51, 00-838 Warszawa.",
            (),
            None,
            "ul. Prosta 51, 00-838 Warszawa",
        ),
        (
            "phone_interview_is_not_at_the_signatures_office",
            "Ricardo will call you on your mobile on Thursday.",
            ("Camila Rocha", "Av. Brigadeiro Faria Lima, 3900 – 12º andar – São Paulo/SP"),
            None,
            None,
        ),
    ],
)
def test_find_location(
    name: str, body: str, signature: tuple[str, ...], video: str | None, location: str | None
) -> None:
    assert find_location(body, signature, video) == location


@pytest.mark.parametrize(
    ("name", "body", "count"),
    [
        (
            "prepare_and_bring",
            "Please prepare a 15-minute presentation. Please bring photo ID. Parking is free.",
            2,
        ),
        ("empty", "", 0),
    ],
)
def test_find_preparation(name: str, body: str, count: int) -> None:
    assert len(find_preparation(body)) == count
