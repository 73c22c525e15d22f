"""Parley on PostgreSQL as a cluster: server processes on one schema, on loopback.

Prints: ingest rate through HTTP; cross-node stream delivery (write on A, subscribers on B;
p50/p99 from A's answer to B's subscribers, pushed by LISTEN/NOTIFY, polling an hour
apart); /state on B with min_position while A ingests without pause (p50/p99, 503s); and
uncached /state throughput (every as_of different) with --workers 1 and 2, from this
script's own asyncio client.

    .venv/bin/python bench/cluster_bench.py [--articles 500] [--subscribers 100] [--seconds 10]
        [--db 'postgresql://127.0.0.1:5432/test?schema=bench_x' [--keep]]

Without ``--db`` it runs on a new schema of the test server, dropped afterwards; with it, on
the schema named there (dropped afterwards unless ``--keep``).

Everything (servers, PostgreSQL, this client) shares one machine: figures are lower
bounds, and on a shared, loaded machine they vary from run to run.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.api.support import AUTH, Server, seed_articles  # noqa: E402

POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
PUSH_ONLY = {"PARLEY_SSE_POLL": "3600", "PARLEY_SSE_HEARTBEAT": "15", "PARLEY_READ_CACHE": "0"}


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] * 1000 if ordered else 0.0


def ingest(base: str, articles: list[dict], batch: int = 50) -> tuple[float, int]:
    began, events = time.perf_counter(), 0
    with httpx.Client(timeout=120) as client:
        for i in range(0, len(articles), batch):
            answer = client.post(f"{base}/articles", json=articles[i : i + batch], headers=AUTH)
            answer.raise_for_status()
            events += answer.json()["events"]
    return time.perf_counter() - began, events


async def delivery(a: str, b: str, subscribers: int, rounds: int, fresh: list[dict]) -> list[float]:
    arrivals: dict[int, list[float]] = {}
    ready = asyncio.Event()
    connected = 0

    async def subscribe(client: httpx.AsyncClient) -> None:
        nonlocal connected
        async with client.stream("GET", f"{b}/stream") as response:
            connected += 1
            if connected == subscribers:
                ready.set()
            async for line in response.aiter_lines():
                if line.startswith("id:"):
                    arrivals.setdefault(int(line[3:]), []).append(time.perf_counter())

    limits = httpx.Limits(max_connections=subscribers + 10)
    async with httpx.AsyncClient(timeout=httpx.Timeout(60, read=None), limits=limits) as client:
        tasks = [asyncio.create_task(subscribe(client)) for _ in range(subscribers)]
        await asyncio.wait_for(ready.wait(), 60)
        latencies: list[float] = []
        for article in fresh[:rounds]:
            answer = await client.post(f"{a}/articles", json=article, headers=AUTH)
            done = time.perf_counter()
            ids = [e["position"] for r in answer.json()["results"] for e in r["events"]]
            deadline = time.monotonic() + 10
            while ids and len(arrivals.get(ids[-1], [])) < subscribers:
                if time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.001)
            for position in ids:
                latencies += [max(0.0, t - done) for t in arrivals.get(position, [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return latencies


def reads_while_ingesting(a: str, b: str, seconds: float, fresh: list[dict]) -> tuple:
    written = [0]
    stop = threading.Event()

    def writer() -> None:
        with httpx.Client(timeout=60) as client:
            for article in fresh:
                if stop.is_set():
                    return
                answer = client.post(f"{a}/articles", json=article, headers=AUTH)
                written[0] = answer.json()["position"]

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    latencies, refused, day = [], 0, 0
    end = time.monotonic() + seconds
    with httpx.Client(timeout=60) as client:
        while time.monotonic() < end:
            day += 1
            as_of = date(2023, 10, 1) + timedelta(days=day % 400)
            params = {"as_of": as_of.isoformat(), "min_position": written[0]}
            began = time.perf_counter()
            answer = client.get(f"{b}/state", params=params)
            latencies.append(time.perf_counter() - began)
            refused += answer.status_code == 503
    stop.set()
    thread.join()
    return latencies, refused


async def throughput(base: str, seconds: float, connections: int) -> tuple[int, list[float]]:
    latencies: list[float] = []
    counter = [0]
    end = time.monotonic() + seconds

    async def one(client: httpx.AsyncClient) -> None:
        while time.monotonic() < end:
            counter[0] += 1
            # Never the same query twice: every answer is computed, none cached.
            day = date(2023, 10, 1) + timedelta(days=counter[0] % 500)
            known = day - timedelta(days=counter[0] // 500 % 30)
            params = {"as_of": day.isoformat(), "known_as_of": known.isoformat()}
            began = time.perf_counter()
            (await client.get(f"{base}/state", params=params)).raise_for_status()
            latencies.append(time.perf_counter() - began)

    limits = httpx.Limits(max_connections=connections)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        await asyncio.gather(*(one(client) for _ in range(connections)))
    return len(latencies), latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--subscribers", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--db", help="postgresql://HOST:PORT/DB?schema=NAME to run on")
    parser.add_argument("--keep", action="store_true", help="keep the --db schema afterwards")
    args = parser.parse_args()

    url = args.db or f"{POSTGRES}?schema=bench_{uuid.uuid4().hex[:10]}"
    schema = dict(parse_qsl(urlsplit(url).query)).get("schema", "public")
    copies = (args.articles + 4) // 5 + 200
    articles = seed_articles(copies)
    load, fresh = articles[: args.articles], articles[args.articles :]
    servers: list[Server] = []
    try:
        a, b = Server(url, PUSH_ONLY), Server(url, PUSH_ONLY)
        servers += [a, b]
        a.wait_healthy()
        b.wait_healthy()
        took, events = ingest(a.base, load)
        print(
            f"ingest over HTTP on PostgreSQL: {len(load)} articles, {events} events in "
            f"{took:.1f}s = {len(load) / took:.0f} articles/s, {events / took:.0f} events/s"
        )

        lat = asyncio.run(delivery(a.base, b.base, args.subscribers, args.rounds, fresh))
        print(
            f"cross-node delivery, {args.subscribers} subscribers on B, write on A: "
            f"{len(lat)} deliveries, p50 {pct(lat, 0.5):.1f} ms, p99 {pct(lat, 0.99):.1f} ms"
        )
        fresh = fresh[args.rounds :]

        lat, refused = reads_while_ingesting(a.base, b.base, args.seconds, fresh)
        print(
            f"/state on B with min_position while A ingests: {len(lat)} reads, "
            f"p50 {pct(lat, 0.5):.1f} ms, p99 {pct(lat, 0.99):.1f} ms, 503s: {refused}"
        )
        for server in servers:
            server.stop()
            server.close()
        servers.clear()

        for workers in (1, 2):
            node = Server(url, {**PUSH_ONLY}, ("--workers", str(workers)))
            servers.append(node)
            node.wait_healthy()
            for _ in range(workers * 4):  # every worker's views loaded before measuring
                httpx.get(f"{node.base}/state", params={"as_of": "2024-01-01"}, timeout=60)
            count, lat = asyncio.run(throughput(node.base, args.seconds, args.connections))
            print(
                f"uncached /state, --workers {workers}, {args.connections} connections: "
                f"{count / args.seconds:.0f} answers/s, p50 {pct(lat, 0.5):.1f} ms, "
                f"p99 {pct(lat, 0.99):.1f} ms"
            )
            node.stop()
            node.close()
            servers.clear()
    finally:
        for server in servers:
            server.stop()
            server.close()
        if not args.keep and schema != "public":
            with psycopg.connect(database(url), autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def database(url: str) -> str:
    """The server and database of a store URL (user ``postgres`` unless it names one, as
    the application does)."""
    parts = urlsplit(url)
    netloc = parts.netloc if "@" in parts.netloc else f"postgres@{parts.netloc}"
    return urlunsplit(parts._replace(netloc=netloc, query=""))


if __name__ == "__main__":
    main()
