"""``GET /state?as_of=`` under concurrent clients, on a store of 100k events, on loopback.

Builds a SQLite store of ``--events`` synthetic catalog events (varied types, actors,
issues and dates over eight months) with a deterministic bench extractor, starts
``parley serve`` on it, waits for the read side to catch up, then measures two loads of
``--clients`` concurrent keep-alive clients asking for the state on random dates:

- closed loop (the worst case): each client sends its next request as soon as the previous
  is answered, so the latency is ``clients / throughput`` and measures the server's ceiling;
- open loop (a realistic case): each client sends one request every ``--interval`` seconds
  (100 clients every 100 ms offer 1,000 req/s), and latency is measured from the *scheduled*
  send time, so time spent queued behind a slow answer counts.

It prints p50/p99/max and throughput of each, the server's HTTP implementation and event
loop, and the load average (other processes on the machine skew the numbers).

    .venv/bin/python bench/state_bench.py [--events 100000] [--clients 100] [--seconds 20]
        [--interval 0.1] [--db FILE]
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
import threading
import time
from collections.abc import Awaitable
from datetime import date, timedelta
from pathlib import Path

try:  # a cheaper client leaves more of the machine to the server being measured
    import uvloop
except ImportError:  # pragma: no cover
    uvloop = None  # type: ignore[assignment]

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


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def as_of_target(rng: random.Random) -> str:
    return f"/state?as_of={(START + timedelta(days=rng.randrange(DAYS))).isoformat()}"


async def closed_client(port: int, until: float, latencies: list[float]) -> None:
    """Asks again as soon as it is answered."""
    rng = random.Random()
    connection = Connection(port)
    await connection.open()
    try:
        while time.perf_counter() < until:
            sent = time.perf_counter()
            status, _ = await connection.get(as_of_target(rng))
            latencies.append(time.perf_counter() - sent)
            if status != 200:
                raise RuntimeError(f"GET /state answered {status}")
    finally:
        connection.close()


async def open_client(port: int, interval: float, until: float, latencies: list[float]) -> None:
    """Asks every ``interval`` seconds; a late answer delays the next send, and the wait
    counts in that request's latency (measured from when it was due)."""
    rng = random.Random()
    connection = Connection(port)
    await connection.open()
    due = time.perf_counter() + rng.uniform(0, interval)  # spread the clients' phases
    try:
        while due < until:
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            status, _ = await connection.get(as_of_target(rng))
            latencies.append(time.perf_counter() - due)
            if status != 200:
                raise RuntimeError(f"GET /state answered {status}")
            due += interval
    finally:
        connection.close()


def report(name: str, latencies: list[float], seconds: float, cpu: float) -> None:
    ms = [x * 1000 for x in latencies]
    verdict = "meets" if percentile(ms, 99) <= 25 else "misses"
    print(
        f"{name}: {len(ms)} requests in {seconds:.0f}s = {len(ms) / seconds:,.0f} req/s; "
        f"p50 {percentile(ms, 50):.1f} ms, p99 {percentile(ms, 99):.1f} ms, "
        f"max {max(ms):.1f} ms: {verdict} p99 <= 25 ms "
        f"(client used {cpu:.0%} of a core; load average {loadavg()})",
        flush=True,
    )


async def load(port: int, clients: int, seconds: float, interval: float) -> None:
    started = time.perf_counter()
    first = Connection(port)
    await first.open()
    await first.get("/state?as_of=2024-02-14")  # the read side catches up
    first.close()
    print(f"read side caught up (first answer) in {time.perf_counter() - started:.1f}s")
    warm = time.perf_counter() + 2
    await asyncio.gather(*(closed_client(port, warm, []) for _ in range(10)))
    print(f"load average before measuring: {loadavg()}", flush=True)

    latencies: list[float] = []
    until = time.perf_counter() + seconds
    closed = [closed_client(port, until, latencies) for _ in range(clients)]
    await run(f"closed loop, {clients} clients", latencies, closed)

    latencies = []
    until = time.perf_counter() + seconds
    opened = [open_client(port, interval, until, latencies) for _ in range(clients)]
    every = f"each every {interval * 1000:.0f} ms ({clients / interval:,.0f}/s offered)"
    await run(f"open loop, {clients} clients {every}", latencies, opened)


async def run(name: str, latencies: list[float], clients: list[Awaitable[None]]) -> None:
    cpu = os.times()
    started = time.perf_counter()
    await asyncio.gather(*clients)
    elapsed = time.perf_counter() - started
    used = os.times()
    report(name, latencies, elapsed, (used.user + used.system - cpu.user - cpu.system) / elapsed)


def watch(server: subprocess.Popen[bytes]) -> threading.Event:
    """Echoes the server's output; set once it says how it serves."""
    serving = threading.Event()

    def echo() -> None:
        assert server.stdout is not None
        for raw in server.stdout:
            line = raw.decode(errors="replace").rstrip()
            print(f"[server] {line}", flush=True)
            if "serving with" in line:
                serving.set()

    threading.Thread(target=echo, daemon=True).start()
    return serving


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument(
        "--interval", type=float, default=0.1, help="open loop: seconds between a client's requests"
    )
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
        server = subprocess.Popen(
            [*command, "--log-level", "warning"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        serving = watch(server)
        try:
            if not serving.wait(120):
                raise SystemExit("the server did not start within 120 s")
            client_loop = asyncio.run if uvloop is None else uvloop.run
            print(f"client: loop={'asyncio' if uvloop is None else 'uvloop'}", flush=True)
            client_loop(load(port, args.clients, args.seconds, args.interval))
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    main()
