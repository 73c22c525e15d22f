"""``GET /events``: filters, cursor paging by position, and JSON Lines."""

from __future__ import annotations

import orjson
import pytest

from tests.api.support import AUTH

TEXTS = [
    "Haniyeh arrived in Cairo. Hamas demands a permanent ceasefire.",
    "Hamas demands the withdrawal of troops.",
    "Burns arrived in Doha.",
    "The delegation arrived in Cairo. Hamas demands more aid.",
]


@pytest.fixture
def stored(client):
    batch = [
        {"id": f"a{n}", "published": f"2024-01-0{n + 1}", "text": t} for n, t in enumerate(TEXTS)
    ]
    body = client.post("/articles", json=batch, headers=AUTH).json()
    return [e for r in body["results"] for e in r["events"]]


def test_events_come_in_log_order_in_the_export_shape(client, stored):
    body = client.get("/events").json()

    assert body["events"] == stored
    assert body["next"] is None


def test_pages_follow_the_next_cursor_without_gap_or_overlap(client, stored):
    seen, after = [], 0
    while after is not None:
        page = client.get("/events", params={"after": after, "limit": 2}).json()
        assert len(page["events"]) <= 2
        seen += page["events"]
        after = page["next"]

    assert seen == stored


def test_filters_combine(client, stored):
    def ids(**params):
        return [e["position"] for e in client.get("/events", params=params).json()["events"]]

    arrivals = [e["position"] for e in stored if e["type"] == "DelegationArrived"]
    assert ids(type="DelegationArrived") == arrivals
    assert ids(type=["DelegationArrived", "DemandStated"]) == [e["position"] for e in stored]
    demands = [e["position"] for e in stored if e["type"] == "DemandStated"]
    assert ids(issue="permanent_ceasefire") == demands
    assert ids(issue="hostage_release") == []
    overlapping = [
        e["position"]
        for e in stored
        if e["occurred"]["start"] <= "2024-01-03" <= e["occurred"]["end"]
    ]
    assert ids(**{"from": "2024-01-03", "to": "2024-01-03"}) == overlapping
    assert 0 < len(overlapping) < len(stored)
    assert ids(actor="nobody") == []
    assert ids(extractor="fake@1.0.0") == ids() and ids(extractor="9.9.9") == []
    # The fake extractor assigns no negotiation: every event is unassigned.
    assert {e["negotiation"] for e in stored} == {"unassigned"}
    assert ids(negotiation="unassigned") == ids() and ids(negotiation="russia-ukraine") == []


def test_json_lines_stream_every_matching_event_in_the_export_shape(client, stored):
    response = client.get("/events", headers={"Accept": "application/x-ndjson"})

    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [orjson.loads(line) for line in response.content.splitlines()]
    assert lines == stored


def test_json_lines_honour_filters_and_limit(client, stored):
    response = client.get(
        "/events",
        params={"type": "DemandStated", "limit": 2},
        headers={"Accept": "application/x-ndjson"},
    )

    lines = [orjson.loads(line) for line in response.content.splitlines()]
    assert lines == [e for e in stored if e["type"] == "DemandStated"][:2]
