"""A real interview as plain data for the engine."""

from __future__ import annotations

import pytest

from roundtwo.practice.interview import InterviewSetup, company_facts, split_list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("Haulsync; RoutePilot", ["Haulsync", "RoutePilot"], id="semicolons"),
        pytest.param("Atlas\n\nBeacon\n", ["Atlas", "Beacon"], id="lines"),
        pytest.param("Atlas, Beacon", ["Atlas", "Beacon"], id="commas"),
        pytest.param("$1,200 plan", ["$1,200 plan"], id="number_comma_kept"),
    ],
)
def test_split_list(text: str, expected: list[str]) -> None:
    assert split_list(text) == expected


def test_company_facts_from_workspace_fields() -> None:
    facts = company_facts(" Northwind ", "", "Atlas; Beacon", ["Contoso"])
    assert facts.name == "Northwind" and facts.mission is None
    assert facts.products == ("Atlas", "Beacon") and facts.competitors == ("Contoso",)


def test_interview_setup_normalises_people() -> None:
    setup = InterviewSetup(
        interviewers=({"name": " Ana Ruiz ", "title": "VP Sales", "kind": "senior_leader"}, {"name": "Ben"})
    )
    assert setup.interviewers == (
        {"name": "Ana Ruiz", "title": "VP Sales", "kind": "senior_leader"},
        {"name": "Ben", "title": "", "kind": "other"},
    )
