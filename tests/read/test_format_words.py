"""What a sentence says of the formats, word by word."""

from __future__ import annotations

import pytest

from roundtwo.read.format_words import TALKED_THROUGH, formats_said, says_sequential


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("A 45-minute system design interview with two engineers.", {"technical"}),
        ("Please prepare a 10-minute presentation on your first 90 days.", {"presentation"}),
        ("Thanks for completing the design exercise last week.", set()),
        ("There is no presentation this time.", set()),
        ("None of these are technical; it's three back-to-back chats.", {"sequential"}),
        ("Both managers will be present for the whole interview.", set()),
        ("Talk us through the plan you'd bring.", {TALKED_THROUGH}),
        ("Then 60 minutes with Priyanka and Josh together.", {"panel"}),
        ("You'll build a small feature together with Senior iOS Engineer Kenji Watanabe.", set()),
        ("Ian Brooks (Senior Editor) will sit in as well.", {"panel"}),
        ("Tom (our current head baker) is coming too.", {"panel"}),
        ("We can sit in the Lobby Bar; it's quiet then.", set()),
        ("La entrevista la realizarán en conjunto la directora y la jefe de enfermería.", {"panel"}),
        ("Mathieu et Sophie vous rencontreront ensemble.", {"panel"}),
        ("Il s'agira d'un entretien technique (IP/MPLS, faisceaux hertziens).", {"technical"}),
        ("Será una revisión técnica de un proyecto de 50 MW.", {"technical"}),
        ("Au programme : un petit exercice pratique sur un pipeline GitLab CI.", {"technical"}),
        ("First up there's a short take-off exercise with a set of drawings.", {"technical"}),
        ("Around 20 minutes of it will be a short Excel exercise.", {"technical"}),
        ("Based on the results of the written examination, you are invited.", set()),
        ("It will be with Ioana Pop, our QA Manager, and myself.", {"panel"}),
        ("Come in Thurs at 2:30 for a cook-off for the Line Cook position.", {"technical"}),
        ("We'd like you to do a cooking trial this Sat.", {"technical"}),
        ("I'll be watching + chatting w/ you while you work.", {"technical"}),
        ("We're interested in how you managed the cut-off times.", set()),
        ("It will include a short clinical scenario, which you will discuss with us.", {"case_study"}),
        ("Plan for the worst-case scenario on the roads and leave early.", set()),
        ("We'll run an incident-debugging scenario on a sandbox cluster.", {"technical"}),
        ("He will discuss a sample client portfolio with you as a case study.", {"case_study"}),
        ("You'll present a portfolio case study (20 minutes).", {"presentation"}),
        ("Sofia will take the first half and it'll be technical.", {"technical"}),
        ("Here are the details for your second interview (technical):", {"technical"}),
        ("He will go through your sample report with you in some technical depth.", {"technical"}),
        ("Then pair on some code with Cormac.", {"technical"}),
        ("We'll give you a sample group booking problem and you can solve it on the spot.", {"case_study"}),
        ("You'll receive a data pack covering twelve months of sales.", {"case_study"}),
        ("Content: short live case about retention, and Q&A.", {"case_study"}),
        (
            "Ravi will share a small problem to work through with some live coding.",
            {"technical"},
        ),
        ("Heba will receive you at the reception and brief you on the process.", set()),
        (
            "You'll deliver a short QBR-style presentation (we'll send the brief 48 hours ahead).",
            {"presentation"},
        ),
        ("Our Senior Technical Writer will say hello.", set()),
        ("It'll be an open conversation with the two of them.", {"panel"}),
        ("This one is just the two of us.", set()),
        ("You'll meet with Sarah-Jane, and I'll be joining as well.", {"panel"}),
        ("The next step is a peer interview with several of our staff nurses.", {"panel"}),
        ("Open with a 15-minute walkthrough of your reel.", {TALKED_THROUGH}),
        ("Start with a walkthrough of two pieces from your portfolio.", {TALKED_THROUGH}),
        ("Nessa etapa você vai apresentar a solução do case.", {"presentation", "case_study"}),
        ("Zu Beginn bitten wir Sie um eine Kurzpräsentation.", {"presentation"}),
        ("10:00–10:45am Research and teaching seminar (30 minutes plus questions).", {"presentation"}),
        ("Venue: Seminar Room 2, Education Centre.", set()),
        ("He'd like you to open with your 90-day plan.", {"presentation"}),
        (
            "Further to your technical round, we'd like to invite you to the managerial round.",
            set(),
        ),
        (
            "Following your first interview, I would like to invite you to a technical interview.",
            {"technical"},
        ),
    ],
)
def test_formats_said(sentence: str, said: set[str]) -> None:
    assert formats_said(sentence) == said


def test_says_sequential() -> None:
    assert says_sequential("Three one-on-ones, back to back.")
    assert not says_sequential("A panel of three.")
