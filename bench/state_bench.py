"""``GET /state?as_of=`` under concurrent clients, on a store of 100k events, on loopback.

Builds a SQLite store of ``--events`` synthetic catalog events (varied types, actors,
issues and dates over eight months) with a deterministic bench extractor, starts
``parley serve`` on it, waits for the read side to catch up, then runs ``--clients``
concurrent clients for ``--seconds``, each asking for the state on random dates as fast as
it is answered (closed loop: the worst case), and prints p50/p99 and throughput.

    .venv/bin/python bench/state_bench.py [--events 100000] [--clients 100] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from application.app import Parley  # noqa: E402
from application.articles import ArticleInput  # noqa: E402
from domain.finding import Finding  # noqa: E402
from domain.values import ISSUES, ActorRef, Evidence, ExtractorRef, Interval  # noqa: E402

START = date(2023, 10, 15)
DAYS = 240
ACTORS = ("israel", "hamas", "egypt", "qatar", "united_states", "turkey", "hezbollah")
KINDS = (
    ("TalksOpened", {"venue": "cairo"}),
    ("TalksConcluded", {"outcome": "no_progress"}),
    ("DelegationArrived", {"destination": "cairo"}),
    ("ProposalMade", {"proposal_id": "p1"}),
    ("ProposalRejected", {"proposal_id": "p1"}),
    ("DemandStated", {}),
    ("StatementIssued", {"assessment": "serious"}),
    ("CeasefireAgreed", {}),
    ("HostagesReleased", {"count": 3, "means": "deal"}),
)


class BenchExtractor:
    """``per_article`` deterministic findings per article, spread over the bench period."""

    name = "bench"
    version = "1.0.0"
    release = "bench@1.0.0"

    def __init__(self, per_article: int) -> None:
        self.per_article = per_article

    def extract(self, article_id: str, published: date, text: str) -> list[Finding]:
        rng = random.Random(article_id)
        ref = ExtractorRef(self.name, self.version, "bench")
        findings = []
        for n in range(self.per_article):
            kind, attributes = KINDS[rng.randrange(len(KINDS))]
            day = published - timedelta(days=rng.randrange(10))
            subject, target = rng.sample(ACTORS, 2)
            findings.append(
                Finding(
                    kind,
                    Interval.day(max(day, START)),
                    (ActorRef(subject), ActorRef(target, "target")),
                    Evidence(article_id, n, (0, 10), text[:10]),
                    ref,
                    issues=(ISSUES[rng.randrange(len(ISSUES))],),
                    location="cairo",
                    attributes=dict(attributes),
                )
            )
        return findings


def build_store(url: str, events: int, per_article: int = 100) -> None:
    app = Parley(url=url, extractor=BenchExtractor(per_article))
    started = time.perf_counter()
    for n in range(events // per_article):
        published = START + timedelta(days=n * DAYS // max(1, events // per_article))
        app.ingest(ArticleInput(f"bench-{n}", published, f"Bench article number {n}."))
    print(f"stored {app.max_position()} log entries in {time.perf_counter() - started:.1f}s")
    app.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Connection:
    """A minimal keep-alive HTTP/1.1 GET client: httpx's pool spends more CPU than the server
    does at a hundred connections, and this is a benchmark of the server."""

    def __init__(self, port: int) -> None:
        self.port = port

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    async def get(self, target: str) -> tuple[int, bytes]:
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line[15:])
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        self.writer.close()


async def client(port: int, until: float, latencies: list[float]) -> None:
    rng = random.Random()
    connection = Connection(port)
    await connection.open()
    try:
        while time.perf_counter() < until:
            as_of = START + timedelta(days=rng.randrange(DAYS))
            sent = time.perf_counter()
            status, _ = await connection.get(f"/state?as_of={as_of.isoformat()}")
            latencies.append(time.perf_counter() - sent)
            if status != 200:
                raise RuntimeError(f"GET /state answered {status}")
    finally:
        connection.close()


async def load(port: int, clients: int, seconds: float) -> None:
    started = time.perf_counter()
    first = Connection(port)
    await first.open()
    await first.get("/state?as_of=2024-02-14")  # the read side catches up
    first.close()
    print(f"read side caught up (first answer) in {time.perf_counter() - started:.1f}s")
    await asyncio.gather(*(client(port, time.perf_counter() + 2, []) for _ in range(10)))
    latencies: list[float] = []
    until = time.perf_counter() + seconds
    cpu = os.times()
    await asyncio.gather(*(client(port, until, latencies) for _ in range(clients)))
    used = os.times()
    client_cpu = (used.user + used.system - cpu.user - cpu.system) / seconds
    ms = [x * 1000 for x in latencies]
    print(
        f"{clients} concurrent clients, {len(ms)} requests in {seconds:.0f}s "
        f"({len(ms) / seconds:.0f}/s, the client used {client_cpu:.0%} of a core): "
        f"p50 {percentile(ms, 50):.1f} ms, p99 {percentile(ms, 99):.1f} ms, "
        f"max {max(ms):.1f} ms (target p99 <= 25 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--db", help="reuse this SQLite file (built if missing)")
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4096)), hard))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "state.db"
        url = f"sqlite:///{path.resolve()}"
        if not path.exists():
            build_store(url, args.events)
        port = free_port()
        env = {**os.environ, "PARLEY_API_TOKEN": "bench"}
        command = [sys.executable, "-m", "api.cli", "--db", url, "serve", "--port", str(port)]
        server = subprocess.Popen([*command, "--log-level", "warning"], cwd=ROOT, env=env)
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).is_success:
                        break
                except httpx.TransportError:
                    time.sleep(0.2)
            asyncio.run(load(port, args.clients, args.seconds))
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    main()
