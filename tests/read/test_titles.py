"""Job titles read beside a name."""

from __future__ import annotations

import pytest

from roundtwo.read.titles import is_title_line, paren_title, prose_title, read_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("our Head of Data, and", "Head of Data"),
        ("Vice President for Research and Innovation\n", "Vice President for Research and Innovation"),
        ("Engineering Lead for the Checkout squad\n", "Engineering Lead for the Checkout squad"),
        ("Designer for the driver app\n", "Designer for the driver app"),
        ("Team Lead of the billing team\n", "Team Lead of the billing team"),
        ("Sales Director for Northern Europe and will", "Sales Director for Northern Europe"),
        ("a senior copy editor who you'd work with", "senior copy editor"),
        ("Store Manager, Oak Park\n", "Store Manager, Oak Park"),
        ("Head - Human Resources\n", "Head - Human Resources"),
        ("Manager – Risk Assurance (you would join Tom's team)\n", "Manager - Risk Assurance"),
        ("Manager, Operations practice\n", "Manager, Operations practice"),
        ("Gerente de Operaciones (a quien reportaría)", "Gerente de Operaciones"),
        ("Ingeniero de Datos Senior\n", "Ingeniero de Datos Senior"),
        ("Producer in the team\n", "Producer"),
        ("Engineering Manager         Hiring manager conversation\n", "Engineering Manager"),
        ("Deputy Head (Pastoral), and", "Deputy Head (Pastoral)"),
        ("Policy Lead (Grade 6).", "Policy Lead (Grade 6)"),
        ("Deputy Principal (Teaching & Learning)\n", "Deputy Principal (Teaching & Learning)"),
        ("Head of School (Chair)\n", "Head of School"),
        ("Chief Financial Officer (CFO)\n", "Chief Financial Officer"),
        ("Senior iOS Engineer (Lisbon)\n", "Senior iOS Engineer"),
        ("Independent Panel Member (Northern Beaches Council)\n", "Independent Panel Member"),
        ("Associate Professor (EH 310)\n", "Associate Professor"),
        ("Team Lead – Data Platform, and", "Team Lead - Data Platform"),
        ("gerente de Analytics (sua futura gestora)", "gerente de Analytics"),
        ("Chargée de recrutement\n", "Chargée de recrutement"),
        ("Revenue Analyst Senior del equipo\n", "Revenue Analyst Senior"),
        ("the manager will call", None),
        ("Tuesday at noon", None),
    ],
)
def test_read_title(text: str, title: str | None) -> None:
    assert read_title(text, 0)[0] == title


@pytest.mark.parametrize(
    ("text", "title", "context"),
    [
        (" (Head of Buying; this role reports to Oliver)", "Head of Buying", "this role reports to Oliver"),
        (" (tech lead)", "tech lead", ""),
        (" (hiring manager)", None, "hiring manager"),
        (" (she'll be your manager)", None, "she'll be your manager"),
        (" (Leiter Logistik, Ihr künftiger Vorgesetzter)", "Leiter Logistik", "Ihr künftiger Vorgesetzter"),
        (" (Directrice, Votre future manager)", "Directrice", "Votre future manager"),
    ],
)
def test_paren_title(text: str, title: str | None, context: str) -> None:
    found = paren_title(text, 0)
    assert found is not None
    assert found[0] == title
    assert found[1].strip() == context


def test_paren_title_needs_a_parenthesis() -> None:
    assert paren_title(", Director", 0) is None


def test_prose_title_after_the_name() -> None:
    text = "Alastair Brown is our Sales Director. Cormac Reid, one of our senior gameplay programmers."
    assert prose_title(text, 0, 0, len("Alastair Brown"), len(text)) == "Sales Director"
    start = text.index("Cormac")
    end = start + len("Cormac Reid")
    assert prose_title(text, start, start, end, len(text)) == "senior gameplay programmer"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Logistics Manager", True),
        ("Chief Operating Officer", True),
        ("Talent Acquisition", True),
        ("Talent", False),
        ("Interviewers:", False),
        ("Manager", False),
        ("10:00 Manager", False),
        ("please bring ID", False),
    ],
)
def test_is_title_line(line: str, expected: bool) -> None:
    assert is_title_line(line) is expected
