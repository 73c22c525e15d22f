"""Test material for the HTTP API: a real server in a subprocess, and articles to post."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


ARRIVALS = (
    "Ismail Haniyeh, the head of Hamas's political bureau, arrived in Cairo on Tuesday.",
    "An Israeli delegation led by Mossad chief David Barnea arrived in Cairo on Wednesday.",
    "Qatar's prime minister arrived in Cairo for talks with Egyptian mediators.",
)


def seed_articles(copies: int = 1) -> list[dict[str, str]]:
    """The seed articles, ``copies`` times over with distinct ids and texts; copies end with
    plain arrival sentences, so any version of the extractor finds events in them."""
    manifest = json.loads((SEEDS / "manifest.json").read_text())["articles"]
    articles = []
    for copy in range(copies):
        for entry in manifest:
            text = (SEEDS / entry["file"]).read_text()
            articles.append(
                {
                    "id": f"{entry['id']}-{copy}" if copies > 1 else entry["id"],
                    "published": entry["published"],
                    "text": text if copies == 1 else f"{text}\n\n{' '.join(ARRIVALS)} ({copy})",
                    "title": entry.get("title"),
                }
            )
    return articles


class Server:
    """``parley serve`` in a subprocess on a free loopback port."""

    def __init__(
        self, db: str, env: dict[str, str] | None = None, args: tuple[str, ...] = ()
    ) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        settings = {
            **os.environ,
            "PARLEY_API_TOKEN": TOKEN,
            "PARLEY_SSE_HEARTBEAT": "0.5",
            "PARLEY_SSE_POLL": "0.1",
            **(env or {}),
        }
        # A file, not a pipe: a pipe nobody reads could block the server.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in stop())
        command = [sys.executable, "-m", "api.cli", "--db", db, "serve", "--port", str(self.port)]
        self.process = subprocess.Popen(
            [*command, "--log-level", "warning", *args],
            cwd=ROOT,
            env=settings,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait_healthy(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited: {self.output()}")
            try:
                if httpx.get(f"{self.base}/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"server did not become healthy in {seconds}s")

    def stop(self, seconds: float = 15) -> int:
        """SIGTERM, as a process manager would; kills it if it does not end in time."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=seconds)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
                raise AssertionError(f"server ignored SIGTERM for {seconds}s") from None
        return self.process.returncode

    def close(self) -> None:
        self.log.close()

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")


@contextmanager
def running(
    db: str, env: dict[str, str] | None = None, args: tuple[str, ...] = ()
) -> Iterator[Server]:
    server = Server(db, env, args)
    try:
        server.wait_healthy()
        yield server
    finally:
        try:
            server.stop()
        finally:
            if server.process.poll() is None:
                server.process.kill()
            server.close()
