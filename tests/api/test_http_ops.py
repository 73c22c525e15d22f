"""Watching a server: Prometheus metrics, readiness apart from liveness, request ids and
JSON log lines."""

from __future__ import annotations

import logging

import orjson
from prometheus_client.parser import text_string_to_metric_families

from api.metrics import REQUEST_ID, JsonLines, log_config
from tests.api.conftest import make_client
from tests.api.support import AUTH

ARTICLE = {
    "id": "a1",
    "published": "2024-02-14",
    "text": "A Hamas delegation arrived in Cairo on Tuesday. Hamas demands a ceasefire.",
}


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def test_metrics_report_position_lag_subscribers_latencies_and_ingests_in_prometheus_format():
    with make_client() as client:
        written = client.post("/articles", json=ARTICLE, headers=AUTH).json()
        client.post("/articles", json=ARTICLE, headers=AUTH)
        client.get("/state", params={"as_of": "2024-02-20", "min_position": written["position"]})
        client.get("/state", params={"as_of": "2024-02-20", "min_position": written["position"]})
        client.get("/actors/hamas/positions", params={"as_of": "2024-02-20"})
        answer = client.get("/metrics")

    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain; version=")
    found = samples(answer.text)
    assert found[("parley_log_position", ())] == written["position"]
    assert (
        found[("parley_view_position", (("view", client.app.state.read.store.name),))]
        == (written["position"])
    )
    assert found[("parley_view_lag", (("view", client.app.state.read.store.name),))] == 0
    assert found[("parley_sse_subscribers", ())] == 0
    assert found[("parley_ingested_articles_total", (("status", "new"),))] == 1
    assert found[("parley_ingested_articles_total", (("status", "duplicate"),))] == 1
    assert found[("parley_ingested_events_total", ())] == len(
        [e for r in written["results"] for e in r["events"]]
    )
    # The second /state was a cached answer, sent before routing: still timed, by route.
    state = (("method", "GET"), ("route", "/state"), ("status", "200"))
    assert found[("parley_request_seconds_count", state)] == 2
    positions = (("method", "GET"), ("route", "/actors/{actor}/positions"), ("status", "200"))
    assert found[("parley_request_seconds_count", positions)] == 1


def test_ready_is_apart_from_health_and_refuses_while_the_views_lag_beyond_the_bound():
    with make_client(ready_lag=0) as client:
        ready = client.get("/ready")
        views = client.app.state.read
        with views._catching:  # a catch-up under way elsewhere holds the views back
            client.post("/articles", json=ARTICLE, headers=AUTH)
            lagging = client.get("/ready")
            alive = client.get("/health")

    assert ready.status_code == 200 and ready.json()["lag"] == 0
    assert lagging.status_code == 503
    assert lagging.headers["content-type"] == "application/problem+json"
    assert "PARLEY_READY_LAG" in lagging.json()["detail"]
    assert alive.status_code == 200


def test_each_response_carries_a_request_id_the_client_may_choose():
    with make_client() as client:
        chosen = client.get("/health", headers={"X-Request-ID": "abc-123"})
        fresh = client.get("/health")
        other = client.get("/health")

    assert chosen.headers["x-request-id"] == "abc-123"
    assert len(fresh.headers["x-request-id"]) == 32
    assert fresh.headers["x-request-id"] != other.headers["x-request-id"]


def test_json_log_lines_carry_the_request_id_being_served():
    record = logging.LogRecord("parley.api", logging.WARNING, __file__, 1, "slow: %s", ("x",), None)
    token = REQUEST_ID.set("abc-123")
    try:
        line = orjson.loads(JsonLines().format(record))
    finally:
        REQUEST_ID.reset(token)
    outside = orjson.loads(JsonLines().format(record))

    assert line["message"] == "slow: x" and line["level"] == "warning"
    assert line["logger"] == "parley.api" and line["request_id"] == "abc-123"
    assert line["time"].endswith("Z")
    assert "request_id" not in outside
    assert log_config("text", "info") is None
    assert log_config("json", "info")["root"]["level"] == "INFO"
