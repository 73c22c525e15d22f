"""Storing articles over HTTP: one or a batch, idempotently, and reading them back."""

from __future__ import annotations

from tests.api.support import AUTH

ARRIVAL = "Ismail Haniyeh arrived in Cairo on Tuesday. Hamas demands a permanent ceasefire."


def article(article_id: str = "a1", text: str = ARRIVAL, **extra: object) -> dict[str, object]:
    return {"id": article_id, "published": "2023-12-20", "text": text, **extra}


def test_posting_one_article_stores_it_and_returns_its_events_in_the_export_shape(client):
    response = client.post("/articles", json=article(source="AP"), headers=AUTH)

    assert response.status_code == 201
    body = response.json()
    assert body["new"] == 1 and body["duplicate"] == 0
    [result] = body["results"]
    assert result["status"] == "new"
    assert [e["type"] for e in result["events"]] == ["DelegationArrived", "DemandStated"]
    first = result["events"][0]
    assert first["article"] == "a1" and first["reported"] == "2023-12-20"
    assert first["occurred"] == {"start": "2023-12-20", "end": "2023-12-20", "precision": "day"}
    assert first["position"] > 0 and first["extractor"]["name"] == "fake"


def test_posting_the_same_article_again_stores_nothing_and_says_so(client):
    client.post("/articles", json=article(), headers=AUTH)
    before = client.get("/health").json()["position"]

    response = client.post("/articles", json=article(), headers=AUTH)

    assert response.status_code == 200
    [result] = response.json()["results"]
    assert result["status"] == "duplicate" and result["events"] == []
    assert "already stored" in result["message"]
    assert client.get("/health").json()["position"] == before


def test_the_same_text_under_another_id_is_a_duplicate_naming_the_first(client):
    client.post("/articles", json=article("a1"), headers=AUTH)

    [result] = client.post("/articles", json=article("b2"), headers=AUTH).json()["results"]

    assert result["status"] == "duplicate" and result["duplicate_of"] == "a1"


def test_a_batch_may_be_an_object_with_articles_or_a_bare_array(client):
    wrapped = {"articles": [article("a1"), article("a2", ARRIVAL + " Again.")]}
    assert client.post("/articles", json=wrapped, headers=AUTH).json()["new"] == 2

    bare = [article("a3", "Hamas demands talks."), article("a1")]
    body = client.post("/articles", json=bare, headers=AUTH).json()
    assert [r["status"] for r in body["results"]] == ["new", "duplicate"]


def test_reusing_an_id_for_another_text_is_a_conflict_and_stores_nothing_of_the_batch(client):
    client.post("/articles", json=article("a1"), headers=AUTH)
    before = client.get("/health").json()["position"]
    batch = {"articles": [article("fresh", "Hamas demands a truce."), article("a1", "Other.")]}

    response = client.post("/articles", json=batch, headers=AUTH)

    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == "articles[1].id"
    assert client.get("/health").json()["position"] == before
    assert client.get("/articles/fresh").status_code == 404


def test_one_id_twice_with_different_texts_in_a_batch_is_a_conflict(client):
    batch = [article("x", "Hamas demands a truce."), article("x", "Hamas demands aid.")]

    response = client.post("/articles", json=batch, headers=AUTH)

    assert response.status_code == 409
    assert client.get("/health").json()["position"] == 0


def test_an_article_reads_back_with_its_text_metadata_and_events(client):
    posted = client.post("/articles", json=article(title="T", url="https://x.org/1"), headers=AUTH)
    stored_events = posted.json()["results"][0]["events"]

    body = client.get("/articles/a1").json()

    assert body["text"] == ARRIVAL and body["title"] == "T" and body["url"] == "https://x.org/1"
    assert body["published"] == "2023-12-20" and body["release"] == "fake@1.0.0"
    assert body["events"] == stored_events


def test_an_unknown_article_is_a_404_problem(client):
    response = client.get("/articles/nope")

    assert response.status_code == 404
    assert "nope" in response.json()["detail"]


def test_articles_list_in_storing_order_and_page_by_cursor(client):
    for n in range(5):
        client.post("/articles", json=article(f"a{n}", f"Hamas demands {n}."), headers=AUTH)

    first = client.get("/articles", params={"limit": 3}).json()
    second = client.get("/articles", params={"limit": 3, "after": first["next"]}).json()

    assert [a["id"] for a in first["articles"]] == ["a0", "a1", "a2"]
    assert [a["id"] for a in second["articles"]] == ["a3", "a4"]
    assert second["next"] is None
