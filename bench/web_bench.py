"""The web page in headless Chromium on a store of 100k events (and on the seeds).

Builds (or reuses, ``--db``) the synthetic store of ``bench/state_bench.py``, starts
``parley serve`` on it, and drives the system's Chromium (``/usr/bin/chromium``, never a
download) through the page: the first render (from navigation to every view drawn), the
bytes the page received, the largest answer, then zooming in step by step until the
timeline draws single events, timing each redraw. ``--seeds`` measures the seeds' page.

    .venv/bin/python bench/web_bench.py [--events 100000] [--db FILE] [--seeds]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from state_bench import build_store, free_port  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def serve(url: str, port: int, load: bool) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "api.cli", "--db", url, "serve", "--port", str(port)]
    if load:
        command += ["--load", str(ROOT / "seeds")]
    env = {**os.environ, "PARLEY_API_TOKEN": "bench"}
    return subprocess.Popen(
        [*command, "--log-level", "warning"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL
    )


def wait(base: str, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                # the read side catches up on the first read: do it before measuring
                httpx.get(f"{base}/state?as_of=2024-01-01", timeout=300)
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not start")


def measure(base: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        sizes: dict[str, int] = {}
        page = browser.new_page(viewport={"width": 1280, "height": 900})

        def received(response) -> None:
            with contextlib.suppress(Exception):  # the stream never ends: no body to size
                sizes[response.url] = len(response.body())

        page.on("response", received)
        for run in ("cold", "warm"):
            sizes.clear()
            started = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready=true]", timeout=60_000)
            elapsed = time.perf_counter() - started
            mark = page.evaluate("performance.getEntriesByName('parley-first-render')[0].startTime")
            largest = max(sizes.items(), key=lambda item: item[1])
            print(
                f"first render ({run}): {elapsed * 1000:.0f} ms wall, {mark:.0f} ms in page; "
                f"{sum(sizes.values()) / 1024:.0f} KiB received in {len(sizes)} responses, "
                f"largest {largest[1] / 1024:.0f} KiB ({largest[0].replace(base, '')})"
            )
            print(f"  {page.locator('#timeline-note').inner_text()}")
        for step in range(20):
            before = page.locator("#timeline-note").inner_text()
            started = time.perf_counter()
            page.click("#zoom-in")
            page.wait_for_function(
                "note => document.getElementById('timeline-note').textContent !== note",
                arg=before,
                timeout=30_000,
            )
            elapsed = time.perf_counter() - started
            reports = page.locator("#timeline-note").inner_text().split(" ")[0]
            marks = page.locator(".mark").count()
            print(f"zoom {step + 1}: redrawn in {elapsed * 1000:.0f} ms, {marks} marks ({reports})")
            if marks:
                break
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", help="reuse this SQLite file (built if missing)")
    parser.add_argument("--seeds", action="store_true", help="measure the seeds' page instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db and not args.seeds else Path(tmp) / "web.db"
        url = f"sqlite:///{path.resolve()}"
        if not args.seeds and not path.exists():
            build_store(url, args.events)
        port = free_port()
        server = serve(url, port, load=args.seeds)
        base = f"http://127.0.0.1:{port}"
        try:
            wait(base)
            measure(base)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
