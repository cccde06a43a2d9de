"""The dashboard page."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from roundtwo.services.demo import load_demo

from pages import soup


def test_read_dashboard_empty_invites_to_create(client: TestClient) -> None:
    page = soup(client.get("/").text)
    assert page.select_one("section.empty a[href='/interviews/new']") is not None


def test_read_dashboard_shows_countdown_and_open_steps(client: TestClient, sqlite_runtime) -> None:
    with sqlite_runtime.session() as session:
        load_demo(session, zone="Europe/London", today=date.today())
    page = soup(client.get("/").text)
    [card] = page.select("article.interview-card")
    assert "Tidewater Freight Software" in card.h2.get_text()
    assert card.select_one("time[data-countdown]").get_text().startswith("in ")
    steps = [li.get_text() for li in card.select(".next-steps li")]
    assert steps[0].startswith("Confirm the date")


def test_unknown_page_renders_error_page(client: TestClient) -> None:
    response = client.get("/nowhere")
    assert response.status_code == 404
    assert "no page at this address" in soup(response.text).select_one(".error-message").get_text()


def test_unknown_page_as_json(client: TestClient) -> None:
    response = client.get("/nowhere", headers={"accept": "application/json"})
    assert response.status_code == 404
    assert response.json()["ok"] is False
    assert "no page" in response.json()["error"]["message"]


def test_static_assets_are_served_locally(client: TestClient) -> None:
    page = soup(client.get("/").text)
    sources = [tag.get("href") or tag.get("src") for tag in page.select("link[rel=stylesheet], script[src]")]
    assert sources and all(src.startswith("/static/") for src in sources)
    for src in sources:
        assert client.get(src).status_code == 200


def test_dashboard_etag_gives_304_until_data_changes(client: TestClient) -> None:
    first = client.get("/")
    etag = first.headers["etag"]
    assert client.get("/", headers={"if-none-match": etag}).status_code == 304
    client.post("/interviews", data={"company": "Acme", "role": "Analyst", "timezone": "UTC"})
    changed = client.get("/", headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert "Acme" in soup(changed.text).select_one("article.interview-card").get_text()
