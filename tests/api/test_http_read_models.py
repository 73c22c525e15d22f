"""Read models over HTTP answer from the read side, including what was just written."""

from __future__ import annotations

from tests.api.support import AUTH

TEXT = "Haniyeh arrived in Cairo. Hamas demands a permanent ceasefire."


def post(client, article_id: str = "a1", published: str = "2024-02-14", text: str = TEXT):
    article = {"id": article_id, "published": published, "text": text}
    return client.post("/articles", json=article, headers=AUTH).json()


def test_state_reads_its_own_writes_and_cites_the_log_position(client):
    before = client.get("/state", params={"as_of": "2024-02-20"}).json()
    stored = post(client)["results"][0]["events"]

    after = client.get("/state", params={"as_of": "2024-02-20"}).json()

    assert before["position"] < after["position"]
    assert after["position"] >= stored[-1]["position"]
    assert after["as_of"] == "2024-02-20" and after["release"] == "fake@1.0.0"


def test_known_as_of_hides_what_was_published_later(client):
    post(client)

    known = client.get("/actors/hamas/positions", params={"as_of": "2024-03-01"}).json()
    unknown = client.get(
        "/actors/hamas/positions", params={"as_of": "2024-03-01", "known_as_of": "2024-02-01"}
    ).json()

    assert known["positions"] and known["actor"] == "hamas"
    assert unknown["positions"] == []


def test_timeline_actors_and_changes_answer(client):
    post(client)

    timeline = client.get("/timeline", params={"from": "2024-01-01"}).json()["timeline"]
    actors = client.get("/actors").json()["actors"]
    changes = client.get("/changes", params={"from": "2024-01-01", "to": "2024-03-01"})

    assert timeline and actors
    assert "hamas" in str(actors)
    assert changes.status_code == 200 and changes.json()["events"] >= 1


def test_read_models_refuse_missing_or_backwards_dates_naming_them(client):
    missing = client.get("/state")
    backwards = client.get("/changes", params={"from": "2024-03-01", "to": "2024-01-01"})

    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "as_of"
    assert backwards.status_code == 422 and backwards.json()["errors"][0]["field"] == "to"
