"""A subscriber of ``/stream`` dropping and resuming while writes go on, against a real
``parley serve``: every event of the log received once, in order."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx

from application.app import Parley
from tests.api.support import AUTH, running
from tests.api.test_http_stream_server import read_events
from tests.torture import figures
from tests.torture.support import LONG, Torture

CYCLES = 100 if LONG else 10


class Poster(threading.Thread):
    """Posts one new article at a time until stopped."""

    def __init__(self, base: str, torture: Torture) -> None:
        super().__init__(daemon=True)
        self.base, self.torture = base, torture
        self.stopping = threading.Event()
        self.faults: list[str] = []

    def run(self) -> None:
        with httpx.Client(base_url=self.base, headers=AUTH, timeout=60) as client:
            while not self.stopping.is_set():
                (article,) = self.torture.fresh(1)
                body = {
                    "id": article.article_id,
                    "published": article.published.isoformat(),
                    "text": article.text,
                }
                response = client.post("/articles", json=body)
                figures.add(requests=1, **{"5xx": int(response.status_code >= 500)})
                if response.status_code != 201:
                    self.faults.append(f"{response.status_code}: {response.text[:300]}")
                    return
                self.torture.acknowledge(article)
                time.sleep(self.torture.rng.uniform(0, 0.05))


def test_a_subscriber_dropping_and_resuming_under_writes_gets_every_event_once(tmp_path: Path):
    torture = Torture(f"sqlite:///{tmp_path / 'parley.db'}", tmp_path, seed=CYCLES)
    torture.seed(3)
    received: list[int] = []
    with running(torture.url) as server:
        poster = Poster(server.base, torture)
        poster.start()
        timeout = httpx.Timeout(10, read=5)
        with httpx.Client(base_url=server.base, timeout=timeout) as client:
            for cycle in range(CYCLES):
                wanted = torture.rng.randint(1, 12)
                resume = (
                    {"headers": {"Last-Event-ID": str(received[-1])}}
                    if received
                    else {"params": {"after": 0}}
                )
                received += read_events(client, lambda got, n=wanted: len(got) >= n, **resume)
                figures.add(sse_resumes=int(cycle > 0))
                time.sleep(torture.rng.uniform(0, 0.2))  # writes go on while it is away
            poster.stopping.set()
            poster.join(timeout=60)
            app = Parley(url=torture.url, extractor=torture.current)  # type: ignore[arg-type]
            log = [p.position for p in app.catalog_events()]
            app.close()
            if received[-1] < log[-1]:
                received += read_events(
                    client,
                    lambda got: bool(got) and got[-1] >= log[-1],
                    headers={"Last-Event-ID": str(received[-1])},
                )

    missing = set(log) - set(received)
    doubled = len(received) - len(set(received))
    figures.add(sse_events=len(received), lost=len(missing), duplicated=doubled)
    assert not poster.faults, poster.faults
    assert not missing and not doubled, (sorted(missing)[:10], doubled)
    assert received == log, "every event of the log, in log order"
    verdict = torture.check(views=False)
    assert verdict.ok, verdict.problems
