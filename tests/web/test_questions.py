"""The question bank page: filters, pages, and ranking by a pasted job description."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from roundtwo.plan.coverage import competency_label
from roundtwo.read.jd import read_job_description
from roundtwo.read.questions import select_questions
from roundtwo.services.demo import JOB_DESCRIPTION
from roundtwo.web.routes.questions import PER_PAGE, role_labels

from pages import field_errors, soup

ANALYST_JD = """\
Senior Data Analyst
You will build dashboards in SQL and Tableau, partner with stakeholders across product and finance,
and prioritise competing requests. 5+ years of experience in analytics.
"""


def _shown(html: str) -> list[str]:
    return [li["data-question"] for li in soup(html).select("li.bank-question")]


def test_nav_links_to_the_bank(client: TestClient) -> None:
    links = [a["href"] for a in soup(client.get("/questions").text).select("header.site nav a")]
    assert "/questions" in links


@pytest.mark.parametrize(
    "filters",
    [
        pytest.param({}, id="empty"),
        pytest.param({"category": "conflict"}, id="category"),
        pytest.param({"kind": "hr"}, id="kind"),
        pytest.param({"format": "case_study", "role": "consulting"}, id="format_and_role"),
        pytest.param({"category": "technical", "kind": "hr", "role": "legal"}, id="narrow"),
    ],
)
def test_read_questions_filters(client: TestClient, filters: dict[str, str]) -> None:
    response = client.get("/questions", params=filters)
    assert response.status_code == 200
    expected = select_questions(**filters)
    page = soup(response.text)
    assert _shown(response.text) == [q.id for q in expected[:PER_PAGE]]
    assert page.select_one("#bank h2").get_text().startswith(f"{len(expected)} question")
    for name, value in filters.items():
        assert page.select_one(f"#f-{name} option[selected]")["value"] == value
    if not expected:
        assert "No question matches" in page.select_one("#bank .empty").get_text()


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        pytest.param("2", 2, id="second"),
        pytest.param("999", None, id="past_the_end"),
        pytest.param("x", 1, id="junk"),
    ],
)
def test_read_questions_pages(client: TestClient, asked: str, shown: int | None) -> None:
    everything = select_questions(category="strategy")
    pages = -(-len(everything) // PER_PAGE)
    assert pages > 2
    number = shown or pages
    response = client.get("/questions", params={"category": "strategy", "page": asked})
    first = (number - 1) * PER_PAGE
    assert _shown(response.text) == [q.id for q in everything[first : first + PER_PAGE]]
    page = soup(response.text)
    assert page.select_one(".pager .current").get_text() == str(number)
    links = page.select(".pager a.page-link")
    assert len(links) == pages - 1
    assert all(a["href"].startswith("/questions?category=strategy&page=") for a in links)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        pytest.param({"category": "gossip"}, "category", id="category"),
        pytest.param({"kind": "ceo"}, "kind", id="kind"),
        pytest.param({"format": "karaoke"}, "format", id="format"),
        pytest.param({"role": "astronaut"}, "role", id="role"),
    ],
)
def test_read_questions_refuses_unknown_filters(
    client: TestClient, params: dict[str, str], field: str
) -> None:
    response = client.get("/questions", params=params)
    assert response.status_code == 422
    assert params[field] in field_errors(response.text)[field]
    assert _shown(response.text) == []


@pytest.mark.parametrize(
    ("text", "filters"),
    [
        pytest.param(JOB_DESCRIPTION, {}, id="product_manager"),
        pytest.param(ANALYST_JD, {"kind": "peer"}, id="analyst_for_a_peer"),
    ],
)
def test_rank_questions_by_pasted_description(client: TestClient, text: str, filters: dict[str, str]) -> None:
    response = client.post("/questions", data={"jd": text, **filters})
    assert response.status_code == 200
    jd = read_job_description(text)
    expected = select_questions(jd=jd, **filters)
    assert _shown(response.text) == [q.id for q in expected[:PER_PAGE]]
    reading = soup(response.text).select_one("#jd-reading")
    assert jd.role_family is not None
    assert reading.select_one(".jd-family").get_text() == role_labels()[jd.role_family]
    assert reading.select_one(".jd-seniority").get_text().lower().startswith(str(jd.seniority))
    shown = [li.get_text() for li in reading.select(".jd-competencies li")]
    assert shown == [competency_label(c) for c in jd.top_competencies(5)]
    assert soup(response.text).select_one("#f-jd").get_text() == text


def test_rank_questions_pages_post_the_form_again(client: TestClient) -> None:
    jd = read_job_description(JOB_DESCRIPTION)
    expected = select_questions(jd=jd)
    first = soup(client.post("/questions", data={"jd": JOB_DESCRIPTION}).text)
    button = first.select_one(".pager button[value='2']")
    assert button["form"] == "bank-filters" and button["name"] == "page"
    second = client.post("/questions", data={"jd": JOB_DESCRIPTION, "page": "2"})
    assert _shown(second.text) == [q.id for q in expected[PER_PAGE : 2 * PER_PAGE]]


@pytest.mark.parametrize(
    ("form", "location"),
    [
        pytest.param({"jd": ""}, "/questions", id="empty"),
        pytest.param(
            {"jd": "  \n", "category": "failure", "kind": ""}, "/questions?category=failure", id="filters"
        ),
    ],
)
def test_rank_questions_without_description_redirects_to_filters(
    client: TestClient, form: dict[str, str], location: str
) -> None:
    response = client.post("/questions", data=form, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == location


def test_rank_questions_refuses_huge_description_and_keeps_choices(client: TestClient) -> None:
    response = client.post("/questions", data={"jd": "x" * 100_001, "category": "conflict"})
    assert response.status_code == 422
    assert "limit is 100,000" in field_errors(response.text)["jd"]
    assert soup(response.text).select_one("#f-category option[selected]")["value"] == "conflict"
