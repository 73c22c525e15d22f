"""Reads per negotiation over HTTP: ``GET /negotiations`` and ``negotiation=`` on the reads
and the stream, with the real extractor assigning negotiations."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.deps import Settings
from api.http import create_app
from api.stream import StreamFilter, stream_item
from application.app import Parley
from application.sources import Metadata, read_paths
from tests.api.support import AUTH, TOKEN

OTHER_TALKS = Path(__file__).resolve().parents[1] / "projections" / "other_talks"
GAZA_STORY = (
    "Hamas negotiators arrived in Cairo on Tuesday for talks with Egyptian and Qatari "
    "mediators. Hamas demanded a permanent ceasefire. Israel rejected the demand."
)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = create_app("memory://", settings=Settings(token=TOKEN, heartbeat=0.2))
    with TestClient(app) as client:
        articles = [
            {"id": a.article_id, "published": a.published.isoformat(), "text": a.text}  # type: ignore[union-attr]
            for a in read_paths([OTHER_TALKS], Metadata())
        ]
        articles.append({"id": "gaza1", "published": "2024-02-14", "text": GAZA_STORY})
        for article in articles:
            assert client.post("/articles", json=article, headers=AUTH).status_code == 201
        yield client


def test_negotiations_lists_each_with_its_sides_dates_and_count(client):
    listed = {n["id"]: n for n in client.get("/negotiations").json()}
    assert {"russia-ukraine", "armenia-azerbaijan", "israel-hamas"} <= set(listed)
    ru = listed["russia-ukraine"]
    assert ru["sides"] == ["russia", "ukraine"] and ru["name"]
    assert ru["first"] == "2025-07-23" and ru["last"] == "2025-08-04" and ru["events"] > 3
    assert isinstance(ru["mediators"], list)


def test_reads_take_a_negotiation_and_name_it(client):
    params = {"as_of": "2025-08-10", "negotiation": "russia-ukraine"}
    state = client.get("/state", params=params).json()
    assert state["negotiation"] == "russia-ukraine"
    assert state["round"]["venue"] == "istanbul"
    timeline = client.get("/timeline", params={"negotiation": "russia-ukraine"}).json()
    assert timeline["negotiation"] == "russia-ukraine"
    articles = {s["article"] for e in timeline["timeline"] for s in e["sources"]}
    assert articles == {"ru01", "ru02"}
    positions = client.get("/actors/ukraine/positions", params=params).json()
    assert positions["negotiation"] == "russia-ukraine" and positions["positions"]
    changes = client.get(
        "/changes",
        params={"from": "2025-07-01", "to": "2025-08-10", "negotiation": "russia-ukraine"},
    ).json()
    assert changes["negotiation"] == "russia-ukraine" and changes["events"] > 0


def test_a_read_naming_no_negotiation_answers_for_the_largest_and_says_which(client):
    largest = client.get("/negotiations").json()[0]["id"]
    state = client.get("/state", params={"as_of": "2025-08-10"}).json()
    named = client.get("/state", params={"as_of": "2025-08-10", "negotiation": largest}).json()
    assert state["negotiation"] == largest and state == named
    assert client.get("/timeline").json()["negotiation"] == largest


def test_the_web_reads_take_a_negotiation(client):
    density = client.get("/web/density", params={"negotiation": "armenia-azerbaijan"}).json()
    assert density["negotiation"] == "armenia-azerbaijan"
    assert density["first"] >= "2025-08-01" and density["reports"] > 0
    matrix = client.get(
        "/web/positions", params={"as_of": "2025-08-10", "negotiation": "armenia-azerbaijan"}
    ).json()
    assert {p["actor"] for p in matrix["positions"]} <= {"armenia", "azerbaijan", "united_states"}


def test_the_stream_filter_keeps_one_negotiations_events_and_release_changes():
    app = Parley(url="memory://")
    try:
        for item in read_paths([OTHER_TALKS], Metadata()):
            app.ingest(item)  # type: ignore[arg-type]
        items = [stream_item(e.position, e.event) for e in app.catalog_events()]
    finally:
        app.close()
    wanted = StreamFilter(negotiation="armenia-azerbaijan")
    kept = [i for i in items if wanted(i)]
    assert kept and len(kept) < len(items)
    for item in kept:
        data = item.message.decode().split("data: ", 1)[1].split("\n", 1)[0]
        assert json.loads(data)["negotiation"] == "armenia-azerbaijan"


def test_every_read_route_takes_negotiation_raw_and_min_position_together(client):
    position = client.get("/health").json()["position"]
    both = {"negotiation": "russia-ukraine", "raw": "true", "min_position": position}
    routes = {
        "/state": {"as_of": "2025-08-10"},
        "/timeline": {},
        "/actors": {},
        "/actors/ukraine/positions": {"as_of": "2025-08-10"},
        "/changes": {"from": "2025-07-01", "to": "2025-08-10"},
    }
    for route, params in routes.items():
        answer = client.get(route, params={**params, **both})
        assert answer.status_code == 200, (route, answer.text)
        assert answer.json()["negotiation"] == "russia-ukraine", route
        corrected = client.get(route, params={**params, **both, "raw": "false"})
        assert corrected.json() == answer.json(), route  # no correction: the same answer
    listed = client.get("/negotiations", params={"raw": "true", "min_position": position})
    assert listed.status_code == 200 and listed.json() == client.get("/negotiations").json()
    beyond = client.get("/state", params={"as_of": "2025-08-10", "min_position": 10**9})
    assert beyond.status_code in (422, 503)
