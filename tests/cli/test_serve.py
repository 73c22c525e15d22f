"""The README's first command: ``parley serve --load seeds`` serves the seeds' events."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_health(base: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"server exited: {server.stdout.read().decode()}")  # type: ignore[union-attr]
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("server did not become healthy")


def test_serve_with_load_serves_the_seed_events_over_http(tmp_path, seeds_dir):
    port = free_port()
    command = [sys.executable, "-m", "api.cli", "--db", f"sqlite:///{tmp_path}/p.db", "serve"]
    command += ["--load", str(seeds_dir), "--port", str(port)]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(base, server)
        body = httpx.get(f"{base}/events", timeout=10).json()
        events = body["events"] if isinstance(body, dict) else body
        assert events, body
        assert {e["article"] for e in events} <= {
            "000_9c3c5065485504db",
            "001_812081220665aa7d",
            "002_9f0f12f4bd91ef74",
            "003_734dcd8237e8f88d",
            "004_c1570fa2278c9875",
        }
        assert all(e["evidence"]["text"] for e in events)
    finally:
        server.terminate()
        server.wait(timeout=30)
