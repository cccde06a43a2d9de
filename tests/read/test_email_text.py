"""Email text: .eml to plain text, and splitting a pasted email."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from roundtwo.errors import RoundtwoError
from roundtwo.read.email_text import (
    earlier_message,
    html_to_text,
    newest_first,
    read_eml,
    split_email,
    text_units,
)


def _eml(plain: str | None, html: str | None, subject: str = "Interview - Data Analyst") -> bytes:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = "Jo Park <jo@example.com>"
    if plain is not None:
        message.set_content(plain, cte="quoted-printable")
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    return message.as_bytes()


@pytest.mark.parametrize(
    ("name", "plain", "html", "expected"),
    [
        (
            "plain_quoted_printable",
            "Hi Al,\nSee you on Tuesday at 10:00 – Zoë",
            None,
            "See you on Tuesday at 10:00 – Zoë",
        ),
        ("multipart_prefers_plain", "Plain body here", "<p>HTML body here</p>", "Plain body here"),
        (
            "html_only",
            None,
            "<p>Hi Al,</p><ul><li>Ana Ruiz, CTO</li></ul><a href='https://zoom.us/j/1'>Join</a>",
            "- Ana Ruiz, CTO",
        ),
    ],
)
def test_read_eml_gives_subject_then_body(
    name: str, plain: str | None, html: str | None, expected: str
) -> None:
    text = read_eml(_eml(plain, html))
    assert text.startswith("Subject: Interview - Data Analyst\n\n")
    assert expected in text


def test_read_eml_keeps_link_addresses_of_html_anchors() -> None:
    text = read_eml(_eml(None, "<p><a href='https://zoom.us/j/123'>Join Zoom meeting</a></p>"))
    assert "Join Zoom meeting (https://zoom.us/j/123)" in text


@pytest.mark.parametrize(("name", "data"), [("binary", b"\x00\x01\x02"), ("empty", b"")])
def test_read_eml_refuses(name: str, data: bytes) -> None:
    with pytest.raises(RoundtwoError):
        read_eml(data)


def test_html_to_text_tables_and_scripts() -> None:
    html = "<table><tr><td>10:00</td><td>Ana Ruiz</td></tr></table><script>x=1</script>"
    assert html_to_text(html) == "10:00 | Ana Ruiz"


@pytest.mark.parametrize(
    ("name", "email", "sender", "signature", "body_has", "body_lacks"),
    [
        (
            "closing_then_signature",
            "Subject: Hi\n\nHi Ana,\n\nSee you soon.\n\nBest regards,\nTom Becker\nRecruiter, Acme",
            "Tom Becker",
            ("Tom Becker", "Recruiter, Acme"),
            "See you soon.",
            "Recruiter",
        ),
        (
            "quoted_reply_cut",
            "Subject: Re: x\n\nNew time is 3pm.\n\nThanks,\nJo\n\n-----Original Message-----\nFrom: "
            "Jo\nOld time 10am",
            "Jo",
            ("Jo",),
            "New time is 3pm.",
            "Old time",
        ),
        (
            "headers_dropped",
            "From: Dana Kay <dana@x.com>\nTo: Luis <l@x.com>\nDate: Mon, 16 Mar 2026 09:14:02 "
            "-0500\nSubject: Visit\n\nHi Luis,\n\nAgenda below.",
            "Dana Kay",
            (),
            "Agenda below.",
            "09:14:02",
        ),
        (
            "outlook_attendee_lines_dropped",
            "From: Scheduling <s@x.org>\nTo: Mo Ali\nRequired Attendees: Mo Ali; Bea Moore\n"
            "When: Monday 10:00\n\nHello Mo,\n\nSee you then.",
            "Scheduling",
            (),
            "When: Monday 10:00",
            "Bea Moore",
        ),
        (
            "thanks_for_closing",
            "Subject: Moved\n\nHi Ana,\n\nFriday at 9 works.\n\nThanks for your patience,\nIda Berg\n"
            "Team Lead, Acme",
            "Ida Berg",
            ("Ida Berg", "Team Lead, Acme"),
            "Friday at 9 works.",
            "Team Lead",
        ),
        ("empty", "", None, (), "", "anything"),
    ],
)
def test_split_email(
    name: str, email: str, sender: str | None, signature: tuple[str, ...], body_has: str, body_lacks: str
) -> None:
    parts = split_email(email)
    assert parts.sender == sender
    assert parts.signature == signature
    assert body_has in parts.body
    assert body_lacks not in parts.body


def test_split_email_recipient_from_greeting() -> None:
    assert split_email("Subject: x\n\nDear Ms. Alvarez,\n\nText.").recipients == ("Ms. Alvarez",)


@pytest.mark.parametrize(
    ("name", "text", "count"),
    [
        ("two_sentences", "We meet at 9 a.m. ET. Bring ID.", 2),
        ("honorific_is_not_an_end", "Meet Dr. Ana Ruiz. Then lunch.", 2),
        ("spanish_honorific_is_not_an_end", "Then with Dra. Ana Ruiz and Sra. Lía Paz. Bring ID.", 2),
        ("lines", "Line one\nLine two", 2),
        ("empty", "", 0),
    ],
)
def test_text_units(name: str, text: str, count: int) -> None:
    assert len(text_units(text)) == count


@pytest.mark.parametrize(
    ("name", "email", "older", "oldest"),
    [
        (
            "original_message_below",
            "Subject: Re: x\n\nNow at 3pm.\n\nThanks,\nJo\n\n-----Original Message-----\n"
            "From: Jo Lee\nSent: Monday\nSubject: x\n\nDetails: Room 4, 10am.",
            "Details: Room 4, 10am.",
            "",
        ),
        (
            "wrote_with_nested_quotes",
            "Perfect, see you then.\n\nOn Mon, 30 Mar 2026 at 11:20, Ada Obi <ada@x.com> wrote:\n"
            "> Thursday works.\n>\n> On Fri, 27 Mar 2026 at 18:05, Kat Lim wrote:\n"
            ">> Tentatively Tuesday at 10:00.",
            "Thursday works.",
            "Tentatively Tuesday at 10:00.",
        ),
        ("no_thread", "Subject: x\n\nSee you Monday.", "", ""),
        ("empty", "", "", ""),
    ],
)
def test_earlier_message(name: str, email: str, older: str, oldest: str) -> None:
    quoted = split_email(email).quoted
    first = split_email(earlier_message(quoted)) if quoted else None
    assert (first.body if first else "") == older
    deeper = first.quoted if first else ""
    assert (split_email(earlier_message(deeper)).body if deeper else "") == oldest


def test_earlier_message_names_the_sender() -> None:
    quoted = split_email("Yes!\n\nOn Thu, 9 Apr 2026 at 10:47, Claire Dobson <c@x.co.uk> wrote:\n> Hi").quoted
    assert split_email(earlier_message(quoted)).sender == "Claire Dobson"


def test_split_email_chat_soon_closes_the_message() -> None:
    parts = split_email(
        "Subject: Hi\n\nSee you Tuesday.\n\nChat soon!\nJess\nPeople & Culture, Wattle Home Loans"
    )
    assert parts.signature == ("Jess", "People & Culture, Wattle Home Loans")
    assert parts.body.strip() == "See you Tuesday."


def test_split_email_writers_own_sign_off() -> None:
    parts = split_email(
        "Subject: Friday\n\nWe're at the plant by the river.\n\nSee you Friday,\nBill Hart\nPlant Manager\n"
        "Wabash Castings"
    )
    assert parts.sender == "Bill Hart"
    assert parts.signature == ("Bill Hart", "Plant Manager", "Wabash Castings")
    assert parts.body.strip() == "We're at the plant by the river."


def test_split_email_name_before_a_dashed_title() -> None:
    parts = split_email("Subject: re\n\nthis thurs at half 2?\n\ncheers\nNell – Manager\nCrumb & Kettle")
    assert parts.sender == "Nell"


def test_split_email_a_team_signing_is_no_sender() -> None:
    parts = split_email(
        "Subject: Interview\n\nSee you then.\n\nThank you,\nOntario Public Service – Talent Acquisition"
    )
    assert parts.sender is None


def test_split_email_comma_line_over_a_sentence_is_no_sign_off() -> None:
    parts = split_email("Subject: Hi\n\nDear Ana,\nThe panel meets at ten on Friday in Room 4.")
    assert parts.signature == ()


def test_split_email_signature_name_after_a_dash_rule() -> None:
    parts = split_email(
        "Subject: Hi\n\nSee you Friday.\n\nNadia\n\n—\nNadia Sokolova\nCEO & Co-founder, Quillfeather"
    )
    assert parts.sender == "Nadia Sokolova"


def test_split_email_signature_after_the_dash_dash_delimiter() -> None:
    parts = split_email(
        "Subject: coffee\n\nthurs 3pm work? just me.\n\ntheo\n\n--\nTheo Marsh\ncofounder & CEO, Loomy"
    )
    assert parts.sender == "Theo Marsh"
    assert "Theo Marsh" not in parts.body


@pytest.mark.parametrize(
    ("name", "signature", "sender"),
    [
        (
            "sign_off_above_the_full_name",
            "Cheers,\nMeher\nMeher Contractor\nCo-founder & CEO, Paisa",
            "Meher Contractor",
        ),
        (
            "name_particle",
            "Cheers,\nNurul Aisyah binte Rahman\nEngineering Manager",
            "Nurul Aisyah binte Rahman",
        ),
        (
            "company_abbreviation",
            "Jess Calloway\nDirector of E-commerce, Summit Outdoor Co.",
            "Jess Calloway",
        ),
        ("portuguese_closing", "Até já,\nTyler", "Tyler"),
        ("portuguese_abbreviated_closing", "Abs,\nBeatriz\nEquipe de Talentos | Caju Tech", "Beatriz"),
        ("french_closing", "Merci et à bientôt,\nLouis Gagné\nAcquisition de talents", "Louis Gagné"),
        ("irish_closing", "Is mise le meas,\nNiamh Ó Dónaill\nPríomhoide", "Niamh Ó Dónaill"),
        ("dash_before_the_name", "— Kai, CTO @ Tallow", "Kai"),
        (
            "bilingual_polish_closing",
            "Pozdrawiam / Best regards\nAgnieszka Wójcik\nHR Specialist",
            "Agnieszka Wójcik",
        ),
        ("slash_before_the_title", "Ben Carter / owner\nSunny Hill English", "Ben Carter"),
        ("kisses_before_the_name", "xx Lena\nowner/lead photographer, Lena Fox Photography", "Lena"),
        ("spanish_kisses_closing", "besos\nMariana\nfounder, Tlacuache Studio", "Mariana"),
        ("first_name_over_the_firm_named_after_him", "cheers\nTane\nTane & Sons Builders", "Tane"),
    ],
)
def test_split_email_signature_sender(name: str, signature: str, sender: str) -> None:
    assert split_email(f"Subject: Hi\n\nHi Ana,\n\nSee you Friday.\n\n{signature}").sender == sender


@pytest.mark.parametrize(
    ("name", "email", "sender"),
    [
        (
            "organizer_label",
            "Subject: Invitation: Round 2\n\nOrganizer: Jordan Ellis\n\nA 45-minute chat with me.",
            "Jordan Ellis",
        ),
        (
            "organiser_marked_in_guests",
            "Subject: Invitation: Round 2\n\nGuests:\nJordan Ellis – organizer\nPriya Desai\n\nSee you then.",
            "Jordan Ellis",
        ),
        (
            "signature_wins",
            "Subject: Round 2\n\nOrganiser: Jordan Ellis\n\nSee you then.\n\nBest,\nAna Ruiz",
            "Ana Ruiz",
        ),
        (
            "two_organizers",
            "Subject: Round 2\n\nOrganizer: Jordan Ellis\nOrganizer: Ana Ruiz\n\nSee you then.",
            None,
        ),
        ("no_organizer", "Subject: Round 2\n\nSee you then.", None),
    ],
)
def test_split_email_organizer_sender(name: str, email: str, sender: str | None) -> None:
    assert split_email(email).sender == sender


def test_split_email_signature_ends_at_a_quoted_header_block() -> None:
    email = (
        "Subject: RE: Interview\n\nHi Ana,\n\nCould we move to 3pm?\n\nThanks,\nGavin\n\n"
        "From: Gavin Reid <gavin@northhire.example>\nSent: 3 May 2026 10:00\nSubject: Interview\n\n"
        "Hi Ana,\n\nYou'll meet Orla Byrne, QA Lead, and Tom Nash, Site Director.\n\n"
        "Gavin Reid\nSenior Consultant, North Hire"
    )
    assert split_email(email).signature == ("Gavin",)


def test_split_email_forwarded_message_below_a_signed_note_stays_in_the_body() -> None:
    email = (
        "Subject: Fwd: Site visit\n\nHi Noor,\n\nSee Ravi's plan below.\n\nThanks!\nLeah Moss\n"
        "Recruiter, Fenwick Labs\n\n---------- Forwarded message ---------\n"
        "From: Ravi Shah <ravi@fenwick.example>\nDate: Mon, Apr 6, 2026 at 9:02 AM\nSubject: Site visit\n"
        "To: Leah Moss\n\nLeah - let's do Thursday the 9th, 13:00-15:00, with Omar Haddad (Lab Manager).\n"
        "Send her the details please.\n\nRavi Shah\nHead of Research"
    )
    parts = split_email(email)
    assert "Thursday the 9th, 13:00-15:00" in parts.body
    assert "Head of Research" not in parts.body
    assert parts.signature == ("Leah Moss", "Recruiter, Fenwick Labs")
    assert parts.sender == "Leah Moss"


def test_newest_first_reorders_a_thread_pasted_oldest_first() -> None:
    text = (
        "Subject: Final round\n\nFrom: Maya Lund\nSent: Tuesday, 3 March 2026 09:12\nTo: Sam Reed\n\n"
        "Hi Sam, the final round is on Monday 9 March at 11:00.\n\nMaya\n\n"
        "From: Maya Lund\nSent: Tuesday, 3 March 2026 15:40\nTo: Sam Reed\n\n"
        "Hi Sam, we need to move it to Tuesday 10 March, same time.\n\nMaya"
    )
    parts = split_email(newest_first(text))
    assert "Tuesday 10 March" in parts.body
    assert "Monday 9 March" not in parts.body
    assert "Monday 9 March" in earlier_message(parts.quoted)


def test_newest_first_leaves_a_newest_first_thread_alone() -> None:
    text = (
        "From: Maya Lund\nSent: March 3, 2026 3:40 PM\nTo: Sam Reed\n\nMoved to Tuesday.\n\n"
        "From: Maya Lund\nSent: March 3, 2026 9:12 AM\nTo: Sam Reed\n\nMonday it is."
    )
    assert newest_first(text) == text


def test_newest_first_without_send_times_is_unchanged() -> None:
    text = "From: Maya Lund\nTo: Sam Reed\n\nHi\n\nFrom: Maya Lund\nTo: Sam Reed\n\nHello"
    assert newest_first(text) == text


def test_split_email_a_reply_above_a_bare_from_sent_block_ends_there() -> None:
    parts = split_email(
        "Subject: RE: Interview\n\nHi Tom,\n\nIt'll be Tuesday 7 April, 2-3pm.\n\nCheers,\nBianca\n\n"
        "From: Bianca Rossi <b@example.com>\nSent: Friday, 27 March 2026 4:15 PM\nTo: Tom\n"
        "Subject: Interview\n\nHi Tom,\n\nTuesday 7 April, 10:00-11:00am.\n\nKind regards,\nBianca Rossi\n"
        "Talent Acquisition Advisor"
    )
    assert "10:00" not in parts.body
    assert parts.signature == ("Bianca",)
    assert "10:00-11:00am" in parts.quoted


def test_split_email_a_forward_without_a_marker_keeps_its_body() -> None:
    parts = split_email(
        "Subject: FW: Interview confirmation\n\nDear Lina,\n\nPlease see below.\n\nBest regards,\nOmar\n\n"
        "From: Talent Team\nSent: Sunday, April 5, 2026 9:14 AM\nSubject: Interview confirmation\n\n"
        "Date: Monday, 13 April 2026\nTime: 10:00 AM – 11:00 AM\n"
    )
    assert "13 April 2026" in parts.body


def test_split_email_a_firm_signing_is_no_sender() -> None:
    parts = split_email(
        "Subject: Interview\n\nSee you then.\n\nBest regards,\nFront Range Ecological Consulting"
    )
    assert parts.sender is None


@pytest.mark.parametrize(
    ("name", "text", "count"),
    [
        ("german_about", "Termin: 14:00 Uhr (ca. 45 Minuten). Ort: Teams", 2),
        ("spanish_about", "Dura aprox. 1.5 hrs e incluye un caso práctico. Trae identificación.", 2),
        ("german_minutes", "Eine Präsentation (15 Min.) von Ihnen. Danke", 2),
    ],
)
def test_text_units_foreign_abbreviations(name: str, text: str, count: int) -> None:
    assert len(text_units(text)) == count


def test_split_email_drops_a_german_header_block() -> None:
    email = (
        "Subject: WG: Zweitgespräch\n\nHallo Frau Dr. Weber,\n\nbitte geben Sie mir kurz Bescheid.\n\n"
        "Viele Grüße\nJan Hoffmann\n\n-----Ursprüngliche Nachricht-----\n"
        "Von: Julia Brandt <j.brandt@example.de>\n"
        "Gesendet: Montag, 29. Juni 2026 09:47\nAn: Jan Hoffmann\nBetreff: Zweitgespräch\n\n"
        "Hallo Herr Hoffmann,\nam Donnerstag, 9. Juli, um 10:00 Uhr."
    )
    body = split_email(email).body
    assert "Gesendet" not in body and "09:47" not in body
    assert body.endswith("um 10:00 Uhr.")
