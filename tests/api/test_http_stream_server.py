"""The live stream against a real server: resuming never loses or repeats an event."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from httpx_sse import connect_sse

from tests.api.support import AUTH, running, seed_articles

pytestmark = pytest.mark.slow

RELEASES = ("ReleaseActivated", "ReleaseSwitched")


def post_slowly(base: str, articles: list[dict[str, str]], positions: list[int]) -> None:
    with httpx.Client(base_url=base, headers=AUTH, timeout=30) as client:
        for article in articles:
            response = client.post("/articles", json=article)
            response.raise_for_status()
            for result in response.json()["results"]:
                positions.extend(e["position"] for e in result["events"])
            time.sleep(0.05)


def read_events(
    client: httpx.Client, enough: Callable[[list[int]], bool], seconds: float = 60, **request
) -> list[int]:
    """Catalog event positions from one connection, until ``enough`` (or time is up)."""
    received: list[int] = []
    deadline = time.monotonic() + seconds
    with connect_sse(client, "GET", "/stream", **request) as source:
        assert source.response.status_code == 200
        for message in source.iter_sse():  # heartbeats every 0.5 s bound each wait
            if message.data and message.event not in RELEASES:
                assert int(message.id) == message.json()["position"]
                received.append(int(message.id))
            if enough(received) or time.monotonic() > deadline:
                break
    return received


def test_a_dropped_subscriber_resumes_with_last_event_id_without_gap_or_duplicate(tmp_path):
    articles = seed_articles(copies=4)
    with running(f"sqlite:///{tmp_path}/p.db") as server:
        stored: list[int] = []
        # Some events exist before anyone subscribes, the rest arrive while streaming.
        post_slowly(server.base, articles[:3], stored)
        before = len(stored)
        poster = threading.Thread(target=post_slowly, args=(server.base, articles[3:], stored))
        poster.start()
        with httpx.Client(base_url=server.base, timeout=httpx.Timeout(10, read=5)) as client:
            first = read_events(client, lambda got: len(got) >= before + 5, params={"after": 0})
            # The connection dropped mid-stream; events keep arriving while it is down.
            time.sleep(0.5)
            resumed = read_events(
                client,
                lambda got: not poster.is_alive() and len(first) + len(got) >= len(stored),
                headers={"Last-Event-ID": str(first[-1])},
            )
        poster.join(timeout=60)

    received = first + resumed
    assert len(stored) >= 40, "the extractor found too few events to test with"
    assert len(first) >= before + 5 and resumed, "the drop was not mid-stream"
    assert received == sorted(stored), "a gap, a duplicate or a reordering"


def test_a_subscriber_gets_heartbeats_and_filters_by_type_and_actor(tmp_path):
    with running(f"sqlite:///{tmp_path}/p.db") as server:
        stored: list[dict] = []
        with httpx.Client(base_url=server.base, headers=AUTH, timeout=30) as client:
            for article in seed_articles():
                response = client.post("/articles", json=article).json()
                stored += [e for r in response["results"] for e in r["events"]]
            kind = stored[0]["type"]
            actor = stored[0]["actors"][0]["id"]
            wanted = [
                e["position"]
                for e in stored
                if e["type"] == kind and actor in [a["id"] for a in e["actors"]]
            ]
            lines = []
            params = {"after": 0, "type": kind, "actor": actor}
            with client.stream("GET", "/stream", params=params) as response:
                started = time.monotonic()
                for line in response.iter_lines():
                    lines.append(line)
                    if time.monotonic() - started > 1.5:
                        break
    ids = [int(line[4:]) for line in lines if line.startswith("id: ")]
    assert ids == wanted
    assert ": heartbeat" in lines


def test_shutting_the_server_down_ends_open_streams_promptly(tmp_path):
    with running(f"sqlite:///{tmp_path}/p.db") as server:
        with httpx.Client(base_url=server.base, timeout=httpx.Timeout(10, read=20)) as client:
            with connect_sse(client, "GET", "/stream") as source:
                assert source.response.status_code == 200
                started = time.monotonic()
                stopper = threading.Thread(target=server.stop)
                stopper.start()
                for _ in source.iter_sse():
                    pass  # ends when the server closes the stream
                stopper.join(timeout=20)
            elapsed = time.monotonic() - started
        # uvicorn re-raises the signal once it has shut down cleanly, as process managers expect.
        assert server.process.returncode in (0, -signal.SIGTERM), server.output()
        assert "graceful shutdown exceeded" not in server.output()
    assert elapsed < 5
