"""SSE fan-out: N concurrent subscribers on one server process, on loopback.

Starts ``parley serve`` on a fresh SQLite file, connects N raw SSE clients, reports the
server's memory per idle subscriber, then appends articles one at a time and reports how
long each appended event took to reach every subscriber (p50/p99/max), measured from the
moment the POST was sent (so it includes extraction and the write).

    .venv/bin/python bench/sse_bench.py [--subscribers 1000] [--rounds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "bench"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def raise_fd_limit(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(needed, hard), hard))


class Subscriber:
    """A raw HTTP/1.1 SSE client: records when each event id arrives."""

    def __init__(self) -> None:
        self.arrived: dict[int, float] = {}
        self.connected = asyncio.Event()

    async def run(self, port: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
        writer.write(b"GET /stream HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n\r\n")
        await writer.drain()
        try:
            while line := await reader.readline():
                if line.startswith(b": after"):
                    self.connected.set()
                elif line.startswith(b"id: "):
                    self.arrived[int(line[4:])] = time.perf_counter()
        finally:
            writer.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def bench(port: int, pid: int, subscribers: int, rounds: int) -> None:
    base = f"http://127.0.0.1:{port}"
    idle_before = rss_kb(pid)
    clients = [Subscriber() for _ in range(subscribers)]
    tasks = []
    started = time.perf_counter()
    for n, client in enumerate(clients):
        tasks.append(asyncio.create_task(client.run(port)))
        if n % 100 == 99:
            await asyncio.sleep(0.05)  # let the accept queue drain
    await asyncio.wait_for(asyncio.gather(*(c.connected.wait() for c in clients)), 120)
    connect_time = time.perf_counter() - started
    await asyncio.sleep(2)
    idle_after = rss_kb(pid)
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        health = (await http.get("/health")).json()
        print(
            f"{subscribers} subscribers connected in {connect_time:.1f}s "
            f"(server counts {health['subscribers']}); "
            f"server RSS {idle_before / 1024:.1f} MB -> {idle_after / 1024:.1f} MB: "
            f"{(idle_after - idle_before) / subscribers:.1f} KB per idle subscriber"
        )
        latencies: list[float] = []
        for n in range(rounds):
            text = f"A Hamas delegation arrived in Cairo on Tuesday for talks (round {n})."
            article = {"id": f"bench-{n}", "published": "2024-02-14", "text": text}
            sent = time.perf_counter()
            response = await http.post(
                "/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"}
            )
            answered = time.perf_counter() - sent
            events = response.json()["results"][0]["events"]
            if not events:
                print(f"round {n}: the extractor found no event; skipped")
                continue
            position = events[0]["position"]
            deadline = time.perf_counter() + 10
            while time.perf_counter() < deadline:
                if all(position in c.arrived for c in clients):
                    break
                await asyncio.sleep(0.005)
            got = [c.arrived[position] - sent for c in clients if position in c.arrived]
            missing = subscribers - len(got)
            latencies += got
            print(
                f"round {n}: position {position} reached {len(got)}/{subscribers} "
                f"p50 {statistics.median(got) * 1000:.0f} ms, max {max(got) * 1000:.0f} ms "
                f"(the POST took {answered * 1000:.0f} ms)"
                + (f", {missing} MISSING" if missing else "")
            )
            await asyncio.sleep(0.3)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    ms = [x * 1000 for x in latencies]
    if not ms:
        print("no deliveries measured")
        return
    print(
        f"delivery latency over {len(ms)} deliveries: p50 {percentile(ms, 50):.0f} ms, "
        f"p99 {percentile(ms, 99):.0f} ms, max {max(ms):.0f} ms (target p99 <= 250 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    raise_fd_limit(args.subscribers * 2 + 1000)
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PARLEY_API_TOKEN": TOKEN, "PARLEY_SSE_HEARTBEAT": "15"}
        command = [sys.executable, "-m", "api.cli", "--db", f"sqlite:///{tmp}/bench.db", "serve"]
        command += ["--port", str(port), "--log-level", "warning"]
        server = subprocess.Popen(command, cwd=ROOT, env=env, preexec_fn=_fd_limit_child)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).is_success:
                        break
                except httpx.TransportError:
                    time.sleep(0.2)
            asyncio.run(bench(port, server.pid, args.subscribers, args.rounds))
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()


def _fd_limit_child() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


if __name__ == "__main__":
    main()
