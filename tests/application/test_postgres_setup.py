"""Opening a PostgreSQL store from many processes at once: tables are made once, safely."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import psycopg
import pytest

from application.app import Parley
from projections.readside import ReadSide
from tests.conftest import ROOT
from tests.fakes import FakeExtractor

pytestmark = pytest.mark.postgres


def open_at_once(url: str, count: int) -> list[BaseException]:
    """Opens the application and its read side from ``count`` threads released together."""
    start = threading.Barrier(count)
    errors: list[BaseException] = []

    def open_store() -> None:
        start.wait()
        try:
            app = Parley(url=url, extractor=FakeExtractor())
            ReadSide(app).close()
            app.close()
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=open_store) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_writers_opening_a_new_schema_at_the_same_moment_all_succeed(postgres_url):
    assert open_at_once(postgres_url, 6) == []


def test_opening_an_existing_store_at_the_same_moment_always_succeeds(postgres_url):
    Parley(url=postgres_url, extractor=FakeExtractor()).close()
    for _ in range(3):
        assert open_at_once(postgres_url, 6) == []


def test_opening_an_existing_store_runs_no_ddl(postgres_url, postgres_server):
    Parley(url=postgres_url, extractor=FakeExtractor()).close()
    schema = postgres_url.rpartition("schema=")[2]
    # A lock held on the events table blocks any DDL on it, but not the reads of opening.
    with psycopg.connect(postgres_server) as holder:
        holder.execute(f'LOCK TABLE "{schema}".parley_events IN SHARE ROW EXCLUSIVE MODE')
        opened: list[Parley] = []
        thread = threading.Thread(
            target=lambda: opened.append(Parley(url=postgres_url, extractor=FakeExtractor()))
        )
        thread.start()
        thread.join(timeout=20)
        assert opened, "opening waited on a lock: it ran DDL on the existing table"
        opened[0].close()


@pytest.mark.slow
def test_ten_parley_processes_started_in_pairs_on_new_schemas_all_succeed(
    postgres_url, tmp_path: Path, seeds_dir: Path
):
    """Pairs of `parley` processes: two ingests on a new schema, then reads and ingests on it."""
    text = tmp_path / "story.txt"
    text.write_text("Haniyeh arrived in Cairo on Wednesday. Hamas demands a ceasefire.")
    pairs = [
        (["ingest", str(seeds_dir)], ["ingest", str(text), "--published", "2024-02-14"]),
        (["events", "--format", "jsonl"], ["state", "--as-of", "2024-02-14"]),
        (["extractors"], ["timeline"]),
        (["ingest", str(seeds_dir)], ["positions", "hamas", "--as-of", "2024-02-14"]),
        (["state", "--as-of", "2024-01-01"], ["events"]),
    ]
    failures = []
    for first, second in pairs:
        running = [
            subprocess.Popen(
                [sys.executable, "-m", "api.cli", "--db", postgres_url, *command],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for command in (first, second)
        ]
        for command, process in zip((first, second), running, strict=True):
            _, err = process.communicate(timeout=120)
            if process.returncode != 0:
                failures.append((command, process.returncode, err[-2000:]))
    assert failures == []
