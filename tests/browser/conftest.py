"""A real ``parley serve`` on the seeds and Debian's headless Chromium, once per module.

Chromium is the system's (``apt-get install chromium``; ``.ci/run`` installs it), driven by
Playwright without any browser download. Missing, the tests skip saying so, and fail in CI.
Screenshots of each step go to ``PARLEY_TEST_ARTEFACTS`` (default: a temporary folder whose
path the tests print).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.api.support import TOKEN, free_port
from tests.conftest import ROOT, SEEDS

CHROMIUM = os.environ.get("PARLEY_TEST_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _missing() -> str | None:
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium chromium-driver)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@dataclass
class Web:
    """The server's base URL, the browser, and what every page asked for."""

    base: str
    browser: object
    artefacts: Path
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def page(self, width: int = 1280, height: int = 900):
        context = self.browser.new_context(viewport={"width": width, "height": height})  # type: ignore[attr-defined]
        context.on("request", lambda request: self.requests.append(request.url))
        page = context.new_page()
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        return page

    def shot(self, page, name: str) -> Path:
        path = self.artefacts / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    def foreign(self) -> list[str]:
        """Requests that went anywhere but this machine's loopback server."""
        return [
            url
            for url in self.requests
            if not url.startswith("data:") and urlsplit(url).hostname != "127.0.0.1"
        ]


def serve(db: str, port: int, load: bool) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "api.cli", "--db", db, "serve"]
    command += ["--port", str(port), "--log-level", "warning"]
    if load:
        command += ["--load", str(SEEDS)]
    env = {**os.environ, "PARLEY_API_TOKEN": TOKEN, "PARLEY_SSE_POLL": "0.1"}
    log = tempfile.TemporaryFile()  # noqa: SIM115 (the process owns it)
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_for(base: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"parley serve exited with {server.returncode}")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError("parley serve did not answer /health")


@contextmanager
def browsing(request, tmp_path_factory, db: str, load: bool = True) -> Iterator[Web]:
    """``parley serve`` on ``db`` (with the seeds loaded) and a headless Chromium."""
    missing = _missing()
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(missing, pytrace=False)
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    name = re.sub(r"\W+", "_", request.module.__name__.rsplit(".", 1)[-1])
    root = os.environ.get("PARLEY_TEST_ARTEFACTS")
    artefacts = Path(root) / name if root else tmp_path_factory.mktemp("artefacts") / name
    artefacts.mkdir(parents=True, exist_ok=True)
    print(f"\nbrowser screenshots: {artefacts}", file=sys.stderr)
    port = free_port()
    server = serve(db, port, load)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base, server)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                yield Web(base, browser, artefacts)
            finally:
                browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def web(request, tmp_path_factory) -> Iterator[Web]:
    """The seeds on a fresh SQLite store, served, and a browser."""
    db = f"sqlite:///{tmp_path_factory.mktemp('store') / 'parley.db'}"
    with browsing(request, tmp_path_factory, db) as web:
        yield web
