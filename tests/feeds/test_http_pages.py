"""Web pages over HTTP: ``html`` instead of ``text`` in POST /articles."""

from __future__ import annotations

from tests.api.support import AUTH
from tests.feeds.site import PAGES


def page(name: str) -> str:
    return (PAGES / name).read_text()


def test_posting_a_pages_html_stores_its_body_with_the_pages_own_date(client):
    response = client.post(
        "/articles", json={"id": "wire", "html": page("wire.html")}, headers=AUTH
    )
    assert response.status_code == 201, response.text
    stored = client.get("/articles/wire").json()
    assert stored["published"] == "2024-02-13"
    assert stored["url"] == "https://news.example.org/world/egypt-hosts-new-round-of-talks"
    assert stored["text"].startswith("Egypt hosts new round of ceasefire talks")
    assert "Related stories" not in stored["text"]


def test_a_posted_page_without_a_date_is_a_422_naming_html_unless_published_is_given(client):
    body = {"id": "bg", "html": page("undated.html")}
    refused = client.post("/articles", json={"articles": [body]}, headers=AUTH)
    assert refused.status_code == 422
    problem = refused.json()
    assert problem["errors"][0]["field"] == "articles[0].html"
    assert "no publication date found in the page" in problem["detail"]
    dated = client.post("/articles", json={**body, "published": "2024-01-05"}, headers=AUTH)
    assert dated.status_code == 201
    assert client.get("/articles/bg").json()["published"] == "2024-01-05"


def test_text_and_html_together_are_refused(client):
    body = {"id": "x", "published": "2024-01-05", "text": "Hamas demands.", "html": "<p>a</p>"}
    response = client.post("/articles", json=body, headers=AUTH)
    assert response.status_code == 422
    assert response.json()["detail"] == "html: give either text or html, not both"


def test_an_article_needs_text_or_html(client):
    response = client.post("/articles", json={"id": "x", "published": "2024-01-05"}, headers=AUTH)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "text"


def test_get_feeds_lists_no_feed_on_a_store_that_follows_none(client):
    assert client.get("/feeds").json() == {"feeds": []}
