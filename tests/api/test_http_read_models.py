"""Read models over HTTP answer from the read side, including what was just written."""

from __future__ import annotations

import time
from datetime import date

from fastapi.testclient import TestClient

from api.deps import Settings
from api.http import create_app
from application.app import Parley
from application.articles import ArticleInput
from tests.api.conftest import make_client
from tests.api.support import AUTH, TOKEN
from tests.fakes import FakeExtractor

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


def test_a_repeated_read_is_served_from_the_cache_with_the_routes_own_bytes_and_headers(client):
    post(client)
    first = client.get("/state", params={"as_of": "2024-02-20"})
    reads = client.app.state.reads

    again = client.get("/state", params={"as_of": "2024-02-20"})

    assert reads.cached("/state", b"as_of=2024-02-20") == first.content
    assert again.content == first.content
    assert again.headers["content-type"] == first.headers["content-type"] == "application/json"
    assert again.headers["content-length"] == first.headers["content-length"]


def test_a_cached_answer_is_not_served_once_this_server_wrote_more(client):
    before = client.get("/state", params={"as_of": "2024-02-20"}).json()
    post(client, "a2")

    after = client.get("/state", params={"as_of": "2024-02-20"}).json()

    assert after["position"] > before["position"]


def test_bad_dates_are_refused_naming_the_field_even_next_to_cached_answers(client):
    client.get("/state", params={"as_of": "2024-02-20"})
    client.get("/state", params={"as_of": "2024-02-20"})

    bad = client.get("/state", params={"as_of": "2024-02-31"})
    known = client.get("/state", params={"as_of": "2024-02-20", "known_as_of": "soon"})

    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "as_of"
    assert known.status_code == 422 and known.json()["errors"][0]["field"] == "known_as_of"
    assert bad.headers["content-type"] == "application/problem+json"


def test_reads_right_after_a_replay_see_the_new_release_without_waiting_for_a_poll(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    old = Parley(url=url, extractor=FakeExtractor("1.0.0"))
    old.ingest(ArticleInput("a1", date(2024, 2, 14), TEXT))
    old.close()
    # A poll an hour away: only the replay's own note of its writes can update the reads.
    settings = Settings(token=TOKEN, poll_interval=3600)
    app = create_app(url, extractor=FakeExtractor("2.0.0"), settings=settings)
    with TestClient(app) as client:
        before = client.get("/state", params={"as_of": "2024-02-20"}).json()
        assert client.post("/replay", headers=AUTH).status_code == 202
        deadline = time.monotonic() + 30
        while client.get("/replay").json()["state"] == "running":
            assert time.monotonic() < deadline, "the replay did not finish within 30 s"
            time.sleep(0.05)
        noted = client.app.state.broadcaster.written  # type: ignore[attr-defined]
        stored = client.app.state.parley.max_position()  # type: ignore[attr-defined]

        after = client.get("/state", params={"as_of": "2024-02-20"}).json()

    assert noted == stored > before["position"]
    assert before["release"] == "fake@1.0.0"
    assert after["release"] == "fake@2.0.0" and after["position"] == stored


def test_a_read_with_an_oversized_body_is_refused_even_when_its_answer_is_cached():
    with make_client(max_body_bytes=10) as client:
        client.get("/state", params={"as_of": "2024-02-20"})
        cached = client.get("/state", params={"as_of": "2024-02-20"})

        bulky = client.request("GET", "/state?as_of=2024-02-20", content=b"x" * 100)

    assert cached.status_code == 200
    assert bulky.status_code == 413 and bulky.headers["content-type"] == "application/problem+json"


def test_a_server_stores_an_index_snapshot_at_shutdown_and_the_next_starts_from_it(tmp_path):
    db = f"sqlite:///{tmp_path / 'parley.db'}"
    with make_client(db=db) as client:
        post(client)
        position = post(client, "a2", "2024-02-15")["position"]
        before = client.get("/state", params={"as_of": "2024-02-20"}).json()
    with make_client(db=db) as client:
        assert client.app.state.read.restored == position  # type: ignore[attr-defined]
        assert client.get("/state", params={"as_of": "2024-02-20"}).json() == before


def test_a_server_with_snapshots_off_stores_none(tmp_path):
    db = f"sqlite:///{tmp_path / 'parley.db'}"
    with make_client(db=db, snapshot_every=0) as client:
        post(client)
        client.get("/state", params={"as_of": "2024-02-20"})  # the views catch up
    with make_client(db=db) as client:
        assert client.app.state.read.restored is None  # type: ignore[attr-defined]
        assert client.app.state.read.position > 0  # type: ignore[attr-defined]


def test_a_state_kept_for_a_span_of_dates_is_served_with_the_routes_own_bytes(client):
    post(client)
    post(client, "a2", "2024-02-16", "Hamas rejected the proposal. Talks resumed in Doha.")
    client.get("/state", params={"as_of": "2024-02-20"})  # computes the states kept
    reads = client.app.state.reads
    asked = [
        (b"as_of=2024-02-21", {"as_of": "2024-02-21"}),
        (
            b"as_of=2024-02-21&known_as_of=2024-12-01",
            {"as_of": "2024-02-21", "known_as_of": "2024-12-01"},
        ),
        (
            b"known_as_of=2024-12-01&as_of=2024-02-21",
            {"known_as_of": "2024-12-01", "as_of": "2024-02-21"},
        ),
    ]
    for query, params in asked:
        kept = reads.cached("/state", query)  # before any request asked this

        # raw=false: the same question, answered by the route itself
        fresh = client.get("/state", params={**params, "raw": "false"})

        assert kept is not None, query
        assert kept == fresh.content
        served = client.get(f"/state?{query.decode()}")
        assert served.content == fresh.content
        assert served.headers["content-type"] == fresh.headers["content-type"]


def test_a_state_asked_in_any_other_form_is_left_to_the_route(client):
    post(client)
    client.get("/state", params={"as_of": "2024-02-20"})
    reads = client.app.state.reads

    for query in (
        b"as_of=2024-02-31",  # no such day: the route says so
        b"as_of=2024-02-21&as_of=2024-02-22",
        b"as_of=2024-02-21&negotiation=israel-hamas",
        b"as_of=2024-2-21",
        b"as_of=%32024-02-21",
    ):
        assert reads.cached("/state", query) is None, query

    bad = client.get("/state?as_of=2024-02-31")
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "as_of"


def test_a_state_kept_is_not_served_once_this_server_wrote_more(client):
    post(client)
    first = client.get("/state", params={"as_of": "2024-02-21"}).json()
    reads = client.app.state.reads
    assert reads.cached("/state", b"as_of=2024-02-22") is not None

    post(client, "a2", "2024-02-18", "Hamas rejected the proposal.")
    after = client.get("/state", params={"as_of": "2024-02-22"}).json()

    assert after["position"] > first["position"]
