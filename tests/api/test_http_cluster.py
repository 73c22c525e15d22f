"""Three server processes on one PostgreSQL schema, as behind a load balancer.

Polling is set an hour apart, so only the push (LISTEN/NOTIFY) can deliver in time.
"""

from __future__ import annotations

import threading
import time
from contextlib import ExitStack
from datetime import date

import httpx
import orjson
import pytest

from application.app import Parley
from application.cluster import ReplayGuard
from projections import ReadSide
from projections.store import SQLiteViewStore
from tests.api.support import AUTH, Server, running, seed_articles
from tests.replay.support import AliasExtractor, generated_articles

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
PUSH_ONLY = {"PARLEY_SSE_POLL": "3600", "PARLEY_SSE_HEARTBEAT": "0.5"}
WITHIN = 30  # seconds: far less than a poll


class Follower(threading.Thread):
    """A subscriber: collects stream ids from a server until the stream ends or ``until``."""

    def __init__(self, base: str, after: int, until: list[int]) -> None:
        super().__init__(daemon=True)
        self.base, self.after, self.until = base, after, until
        self.ids: list[int] = []
        self.connected = threading.Event()

    def run(self) -> None:
        params = {"after": self.after}
        timeout = httpx.Timeout(10, read=WITHIN)
        try:
            with httpx.stream("GET", f"{self.base}/stream", params=params, timeout=timeout) as r:
                self.connected.set()
                for line in r.iter_lines():
                    if line.startswith("id:"):
                        self.ids.append(int(line[3:].strip()))
                    if self.ids and self.ids[-1] >= self.until[0]:
                        return
        except httpx.HTTPError:  # the server went away: the subscriber resumes elsewhere
            pass
        finally:
            self.connected.set()


def follow(base: str, after: int, until: list[int]) -> Follower:
    follower = Follower(base, after, until)
    follower.start()
    assert follower.connected.wait(WITHIN)
    return follower


def post(base: str, articles: list[dict[str, str]]) -> dict:
    response = httpx.post(f"{base}/articles", json=articles, headers=AUTH, timeout=60)
    assert response.status_code == 201, response.text
    return response.json()


def test_a_write_on_one_node_is_read_at_once_on_another_with_min_position(postgres_url):
    with running(postgres_url, PUSH_ONLY) as a, running(postgres_url, PUSH_ONLY) as b:
        written = post(a.base, seed_articles(1))
        answer = httpx.get(
            f"{b.base}/state",
            params={"as_of": "2024-12-31", "min_position": written["position"]},
            timeout=30,
        )
        events = httpx.get(f"{b.base}/events", params={"limit": 1000}, timeout=30).json()

    assert answer.status_code == 200, answer.text
    assert answer.json()["position"] >= written["position"]
    assert answer.json()["last_event"] is not None
    assert events["events"], "the write is in the shared log"


def test_subscribers_on_every_node_get_each_event_once_in_order_across_a_restart(postgres_url):
    until = [2**62]
    with ExitStack() as stack:
        nodes = [stack.enter_context(running(postgres_url, PUSH_ONLY)) for _ in range(3)]
        followers = [follow(node.base, 0, until) for node in nodes]
        first = post(nodes[0].base, seed_articles(2)[:5])

        # Node C restarts between two writes; its subscriber resumes from its last id on the
        # new process, as a browser resumes with Last-Event-ID behind a load balancer.
        deadline = time.monotonic() + WITHIN
        while not followers[2].ids or followers[2].ids[-1] < first["position"] - 5:
            assert time.monotonic() < deadline, "node C's subscriber got nothing"
            time.sleep(0.05)
        nodes[2].stop()
        followers[2].join(WITHIN)
        second = post(nodes[1].base, seed_articles(2)[5:])
        restarted = stack.enter_context(running(postgres_url, PUSH_ONLY))
        before = list(followers[2].ids)
        resumed = follow(restarted.base, before[-1], until)

        last = max(e["position"] for r in second["results"] for e in r["events"])
        until[0] = last
        for follower in [*followers[:2], resumed]:
            follower.join(WITHIN)
        catalog = httpx.get(f"{nodes[0].base}/events", params={"limit": 1000}, timeout=30)

    expected = [e["position"] for e in catalog.json()["events"]]
    across_restart = before + resumed.ids
    for ids in (followers[0].ids, followers[1].ids, across_restart):
        assert ids == sorted(set(ids)), "each event once, in order"
        assert set(expected) <= set(ids)
        assert ids[-1] == last
    assert followers[0].ids == followers[1].ids == across_restart


def test_a_replay_started_on_one_node_is_refused_on_another_while_it_runs(postgres_url):
    old = Parley(url=postgres_url, extractor=AliasExtractor("1.0.0"))
    old.ingest_batch(list(generated_articles(400)))
    old.close()
    with running(postgres_url, PUSH_ONLY) as a, running(postgres_url, PUSH_ONLY) as b:
        started = httpx.post(f"{a.base}/replay", headers=AUTH, timeout=60)
        refused = httpx.post(f"{b.base}/replay", headers=AUTH, timeout=60)
        seen_on_b = httpx.get(f"{b.base}/replay", timeout=30).json()
        deadline = time.monotonic() + 120
        while httpx.get(f"{a.base}/replay", timeout=30).json()["state"] == "running":
            assert time.monotonic() < deadline, "the replay did not finish in 120 s"
            time.sleep(0.2)
        after = httpx.post(f"{b.base}/replay", headers=AUTH, timeout=60)

    assert started.status_code == 202, started.text
    assert refused.status_code == 409, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert "already running on" in refused.json()["detail"]
    assert seen_on_b["state"] in ("running", "done") and seen_on_b["release"]
    assert after.status_code == 202, "the lock went with the finished replay"


def test_a_replay_lock_dies_with_its_process_and_its_status_says_interrupted(postgres_url):
    app = Parley(url=postgres_url, extractor=AliasExtractor("1.0.0"))
    try:
        holder, rival = ReplayGuard.for_app(app), ReplayGuard.for_app(app)
        assert holder.acquire()
        holder.record({"state": "running", "release": "alias@1.0.0", "done": 3, "total": 9})
        refused = rival.acquire()
        running_status = rival.shared()
        holder._conn.close()  # as when its process dies: the session ends, the lock with it
        interrupted = rival.shared()
        taken = rival.acquire()
        rival.release()
        holder.release()
    finally:
        app.close()

    assert refused is False
    assert running_status is not None and running_status["state"] == "running"
    assert running_status["done"] == 3 and running_status["node"]
    assert interrupted is not None and interrupted["state"] == "interrupted"
    assert taken is True


def test_servers_start_on_a_fresh_schema_at_once(postgres_url):
    servers = [Server(postgres_url, PUSH_ONLY) for _ in range(3)]
    try:
        for server in servers:
            server.wait_healthy()
    finally:
        for server in servers:
            server.stop()
            server.close()


def test_killing_the_view_writer_hands_the_role_on_with_nothing_lost_or_applied_twice(
    postgres_url,
):
    env = {**PUSH_ONLY, "PARLEY_MIN_POSITION_WAIT": str(WITHIN)}
    articles = seed_articles(3)
    with ExitStack() as stack:
        nodes = [stack.enter_context(running(postgres_url, env)) for _ in range(3)]
        first = post(nodes[0].base, articles[:8])
        for node in nodes:
            read(node.base, first["position"])
        writers = [n for n in nodes if httpx.get(f"{n.base}/health").json()["views"]["writer"]]
        assert len(writers) == 1, "one server writes the views"
        writers[0].process.kill()  # no goodbye: its session ends, and the lock with it
        survivors = [n for n in nodes if n is not writers[0]]

        second = post(survivors[0].base, articles[8:])
        answers = [read(node.base, second["position"]) for node in survivors]
        timelines = [
            httpx.get(f"{n.base}/timeline", params={"min_position": second["position"]}).json()
            for n in survivors
        ]
        roles = [httpx.get(f"{n.base}/health").json()["views"]["writer"] for n in survivors]

    assert sorted(roles) == [False, True], "a survivor took the role"
    fresh = Parley(url=postgres_url, extractor=AliasExtractor("1.0.0"))
    try:
        check = ReadSide(fresh, store=SQLiteViewStore("check"))
        check.catch_up()
        expected = orjson.loads(orjson.dumps(check.state(date(2024, 12, 31))))
        answer = {"negotiation": check.negotiation_of(None), "timeline": check.timeline()}
        timeline = orjson.loads(orjson.dumps(answer))
        check.close()
    finally:
        fresh.close()
    assert answers[0] == answers[1] == expected
    assert timelines[0] == timelines[1] == timeline


def read(base: str, position: int) -> dict:
    answer = httpx.get(
        f"{base}/state",
        params={"as_of": "2024-12-31", "min_position": position},
        timeout=WITHIN + 10,
    )
    assert answer.status_code == 200, answer.text
    return answer.json()
