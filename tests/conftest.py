"""Fixtures shared by every test: stores on each backend, and the seed material."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "spec" / "seeds-gold.jsonl"
POSTGRES = os.environ.get("PARLEY_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
POSTGRES_HELP = (
    "PostgreSQL is not reachable at {url} ({error}); these tests skip outside CI. "
    "Point them at a server with PARLEY_TEST_POSTGRES=postgresql://USER@HOST:PORT/DB."
)


def _postgres_error() -> str | None:
    import psycopg

    try:
        with psycopg.connect(POSTGRES, connect_timeout=3):
            return None
    except psycopg.Error as e:
        return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The test server's URL; fails in CI when it is missing, skips elsewhere."""
    error = _postgres_error()
    if error:
        message = POSTGRES_HELP.format(url=POSTGRES, error=error)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return POSTGRES


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A store URL on a schema of its own, dropped afterwards, so tests never collide."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    yield f"{postgres_server}?schema={schema}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'parley.db'}"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


# The torture suite's figures (tests/torture/figures.py), summed over xdist workers.


def pytest_sessionfinish(session: pytest.Session) -> None:
    from tests.torture.figures import FIGURES

    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["torture"] = dict(FIGURES)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    from tests.torture.figures import FIGURES

    FIGURES.update(getattr(node, "workeroutput", {}).get("torture", {}))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.torture.figures import FIGURES, report

    if FIGURES:
        terminalreporter.write_sep("=", "torture figures")
        for line in report(FIGURES):
            terminalreporter.write_line(line)
