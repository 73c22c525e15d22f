"""``parley serve --workers N``: N processes on one port, each with its own read side, and a
client reads its writes on whichever answers, through ``min_position``."""

from __future__ import annotations

import httpx
import pytest

from tests.api.support import AUTH, running, seed_articles

pytestmark = pytest.mark.slow


def test_every_worker_answers_a_write_through_min_position(sqlite_url):
    with running(sqlite_url, args=("--workers", "2")) as server:
        pids = set()
        answers = []
        for round in range(3):
            articles = seed_articles(3)[round * 5 : (round + 1) * 5]
            with httpx.Client(timeout=30) as writer:
                written = writer.post(f"{server.base}/articles", json=articles, headers=AUTH)
            assert written.status_code == 201, written.text
            position = written.json()["position"]
            for _ in range(8):
                # A new connection each time: the kernel spreads them over the workers.
                with httpx.Client(timeout=30) as client:
                    pids.add(client.get(f"{server.base}/health").json()["pid"])
                    answer = client.get(
                        f"{server.base}/state",
                        params={"as_of": "2024-12-31", "min_position": position},
                    )
                answers.append((position, answer.status_code, answer.json().get("position")))
        for _ in range(200):  # which worker accepts is the kernel's choice: ask till both did
            if len(pids) == 2:
                break
            with httpx.Client(timeout=30) as client:
                pids.add(client.get(f"{server.base}/health").json()["pid"])

    assert len(pids) == 2, "both workers answered"
    assert all(status == 200 and seen >= wanted for wanted, status, seen in answers)


def test_workers_refuse_a_store_that_lives_in_one_process(tmp_path):
    import subprocess
    import sys

    from tests.api.support import ROOT

    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "--db", "memory://", "serve", "--workers", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "memory://" in done.stderr and "--workers" in done.stderr
