"""``POST /replay``, ``GET /extractors`` and ``/stream`` on a real server in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from application.app import Parley
from tests.cli.test_serve import free_port, wait_for_health
from tests.conftest import ROOT
from tests.replay.support import AliasExtractor, seed_articles

pytestmark = pytest.mark.slow
OLD = AliasExtractor("1.0.0")
TOKEN = "replay-secret"


@pytest.fixture
def server(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    app = Parley(url=url, extractor=OLD)
    for article in seed_articles():
        app.ingest(article)
    app.close()
    port = free_port()
    env = {**os.environ, "PARLEY_API_TOKEN": TOKEN, "PARLEY_SSE_HEARTBEAT": "1"}
    command = [sys.executable, "-m", "api.cli", "--db", url, "serve", "--port", str(port)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def listen(base: str, after: int, seen: list[dict], ready: threading.Event) -> None:
    """Collects stream messages until the release switch arrives."""
    with httpx.stream("GET", f"{base}/stream", params={"after": after}, timeout=60) as response:
        ready.set()
        kind = None
        for line in response.iter_lines():
            if line.startswith("event:"):
                kind = line.partition(":")[2].strip()
            elif line.startswith("data:"):
                seen.append({"event": kind, **json.loads(line.partition(":")[2])})
                if kind == "ReleaseSwitched":
                    return


def wait_for_replay(base: str) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        status = httpx.get(f"{base}/replay", timeout=10).json()
        if status["state"] in ("done", "failed"):
            return status
        time.sleep(0.1)
    raise AssertionError("the replay did not finish within 60 s")


def test_a_replay_over_http_streams_the_new_release_then_the_switch(server: str):
    before = httpx.get(f"{server}/extractors", timeout=10).json()
    current = before["current"]
    assert before["active"] == OLD.release and current != OLD.release
    assert [(r["release"], r["articles"]) for r in before["releases"]] == [
        (OLD.release, 5),
        (current, 0),
    ]
    position = httpx.get(f"{server}/health", timeout=10).json()["position"]
    seen: list[dict] = []
    ready = threading.Event()
    listener = threading.Thread(target=listen, args=(server, position, seen, ready), daemon=True)
    listener.start()
    assert ready.wait(10)

    assert httpx.post(f"{server}/replay", timeout=10).status_code in (401, 403)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    started = httpx.post(f"{server}/replay", headers=auth, timeout=10)
    assert started.status_code == 202 and started.headers["location"] == "/replay"
    status = wait_for_replay(server)
    assert status["state"] == "done", status
    assert status["report"]["extracted"] == 5 and status["report"]["switched"] is True

    listener.join(30)
    assert seen and seen[-1]["event"] == "ReleaseSwitched"
    assert (seen[-1]["release"], seen[-1]["previous"]) == (current, OLD.release)
    new_events = seen[:-1]
    assert len(new_events) == status["report"]["events"]
    assert {f"{e['extractor']['name']}@{e['extractor']['version']}" for e in new_events} <= {
        current
    }

    after = httpx.get(f"{server}/extractors", timeout=10).json()
    assert after["active"] == current
    old = httpx.get(f"{server}/events", params={"extractor": OLD.version}, timeout=10).json()
    old_events = old["events"] if isinstance(old, dict) else old
    assert old_events and {e["extractor"]["version"] for e in old_events} == {OLD.version}

    diff = httpx.get(f"{server}/diff", params={"before": OLD.version}, timeout=30).json()
    assert (diff["before"], diff["after"]) == (OLD.release, current)
    assert diff["totals"]["articles"] == 5

    again = httpx.post(f"{server}/replay", headers=auth, timeout=10)
    assert again.status_code == 202
    assert wait_for_replay(server)["report"]["extracted"] == 0


def test_an_unknown_release_in_a_diff_is_a_problem_naming_the_field(server: str):
    response = httpx.get(f"{server}/diff", params={"before": "9.9.9"}, timeout=10)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["detail"].startswith("before: no extractor release '9.9.9'")
