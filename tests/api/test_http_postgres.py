"""The same API over PostgreSQL: a second server process sees and streams the first's writes."""

from __future__ import annotations

import time

import httpx
import pytest
from httpx_sse import connect_sse

from tests.api.support import AUTH, running, seed_articles

RELEASES = ("ReleaseActivated", "ReleaseSwitched")
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_a_second_server_streams_events_appended_through_the_first(postgres_url):
    timeout = httpx.Timeout(30, read=5)
    with (
        running(postgres_url) as writer,
        running(postgres_url) as reader,
        httpx.Client(timeout=timeout) as client,
    ):
        with connect_sse(client, "GET", f"{reader.base}/stream") as source:
            assert source.response.status_code == 200
            response = client.post(f"{writer.base}/articles", json=seed_articles(2), headers=AUTH)
            assert response.status_code == 201, response.text
            stored = [e["position"] for r in response.json()["results"] for e in r["events"]]
            received: list[int] = []
            deadline = time.monotonic() + 30
            for message in source.iter_sse():
                if message.data and message.event not in RELEASES:
                    received.append(int(message.id))
                if len(received) >= len(stored) or time.monotonic() > deadline:
                    break
        events = client.get(f"{reader.base}/events", params={"limit": 1000}).json()

    assert stored and received == stored
    assert [e["position"] for e in events["events"]] == stored
