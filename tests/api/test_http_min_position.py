"""Read your writes anywhere: a write answers the log position it reached, and a read asking
for that position waits (boundedly) for it alone."""

from __future__ import annotations

import pytest

from tests.api.conftest import make_client
from tests.api.support import AUTH

ARTICLE = {
    "id": "a1",
    "published": "2024-02-14",
    "text": "A Hamas delegation arrived in Cairo on Tuesday. Hamas demands a ceasefire.",
}
READS = (
    ("/state", {"as_of": "2024-02-20"}),
    ("/timeline", {}),
    ("/actors", {}),
    ("/actors/hamas/positions", {"as_of": "2024-02-20"}),
    ("/changes", {"from": "2024-01-01", "to": "2024-02-20"}),
)


def test_a_write_answers_the_log_position_it_reached():
    with make_client() as client:
        first = client.post("/articles", json=ARTICLE, headers=AUTH).json()
        again = client.post("/articles", json=ARTICLE, headers=AUTH).json()
        end = client.get("/health").json()["position"]

    assert first["position"] == end > 0
    assert again["position"] == end  # a duplicate: the write it repeats is already there


@pytest.mark.parametrize(("path", "params"), READS)
def test_every_read_route_answers_from_views_at_least_at_min_position(path, params):
    with make_client() as client:
        written = client.post("/articles", json=ARTICLE, headers=AUTH).json()["position"]
        answer = client.get(path, params={**params, "min_position": written})

    assert answer.status_code == 200, answer.text
    assert client.app.state.read.position >= written  # type: ignore[attr-defined]
    if "position" in answer.json():
        assert answer.json()["position"] >= written


def test_a_min_position_beyond_the_end_of_the_log_is_refused_naming_it():
    with make_client() as client:
        client.post("/articles", json=ARTICLE, headers=AUTH)
        answer = client.get("/state", params={"as_of": "2024-02-20", "min_position": 10**9})

    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["errors"][0]["field"] == "min_position"


def test_a_read_whose_position_is_not_reached_in_time_is_a_503_with_retry_after():
    with make_client(min_position_wait=0.2) as client:
        views = client.app.state.read  # type: ignore[attr-defined]
        before = views.position
        # A catch-up that takes longer than the wait: another one holds the views.
        with views._catching:
            written = client.post("/articles", json=ARTICLE, headers=AUTH).json()["position"]
            answer = client.get("/state", params={"as_of": "2024-02-20", "min_position": written})
            unasked = client.get("/state", params={"as_of": "2024-02-20", "min_position": before})

    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "1"
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["errors"][0]["field"] == "min_position"
    # What the views already hold is answered at once: a read waits only for what it asks.
    assert unasked.status_code == 200 and unasked.json()["position"] == before


def test_a_stream_min_position_beyond_the_end_of_the_log_is_refused_naming_it():
    with make_client() as client:
        answer = client.get("/stream", params={"min_position": 10**9})

    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "min_position"
