"""``parley replay``, ``diff`` and ``extractors`` as users run them: real subprocesses on SQLite."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from application.app import Parley
from application.diff import content
from application.replay import STARTED_TOPIC, extraction_ids
from tests.conftest import ROOT
from tests.replay.support import AliasExtractor, generated_articles, seed_articles

pytestmark = pytest.mark.slow
OLD = AliasExtractor("1.0.0")


def parley(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


def stored(url: str, articles) -> Parley:  # type: ignore[no-untyped-def]
    """A store whose articles were ingested by an older extractor than the code's."""
    app = Parley(url=url, extractor=OLD)
    for article in articles:
        app.ingest(article)
    return app


def snapshot(url: str) -> set[tuple[str, str, str]]:
    app = Parley(url=url, extractor=OLD)
    try:
        return {
            (p.event.article, p.event.extractor.release, repr(content(p.event)))
            for p in app.catalog_events()
        }
    finally:
        app.close()


def test_replay_then_diff_then_extractors_on_the_seeds(sqlite_url):
    app = stored(sqlite_url, seed_articles())
    old_events = len(list(app.catalog_events()))
    code = app.__class__(url="memory://").release  # the code's own extractor release
    app.close()

    dry = parley("--db", sqlite_url, "replay", "--dry-run", "--format", "json")
    assert dry.returncode == 0, dry.stderr
    preview = json.loads(dry.stdout)
    assert (preview["before"], preview["after"]) == (OLD.release, code)
    assert preview["totals"]["articles"] == 5

    done = parley("--db", sqlite_url, "replay")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"replayed 5 articles with {code} in ")
    assert f"active release switched from {OLD.release} to {code}" in done.stdout

    again = parley("--db", sqlite_url, "replay", "--format", "json")
    report = json.loads(again.stdout)
    assert (report["extracted"], report["skipped"], report["switched"]) == (0, 5, False)

    diff = parley("--db", sqlite_url, "diff", OLD.version, "active", "--format", "json")
    assert diff.returncode == 0, diff.stderr
    assert json.loads(diff.stdout) == preview  # the stored replay is what the dry run showed

    table = parley("--db", sqlite_url, "diff", OLD.release, code)
    assert table.stdout.rstrip().endswith(
        f"{preview['totals']['added']} added, {preview['totals']['removed']} removed, "
        f"{preview['totals']['changed']} changed, {preview['totals']['unchanged']} unchanged"
    )

    listed = json.loads(parley("--db", sqlite_url, "extractors", "--format", "json").stdout)
    assert [(r["release"], r["articles"], r["active"]) for r in listed] == [
        (OLD.release, 5, False),
        (code, 5, True),
    ]
    old = parley("--db", sqlite_url, "events", "--extractor", OLD.version, "--format", "jsonl")
    assert len(old.stdout.splitlines()) == old_events > 0  # the old release is still readable


def test_diff_names_an_unknown_release_and_the_known_ones(sqlite_url):
    stored(sqlite_url, seed_articles()[:1]).close()
    result = parley("--db", sqlite_url, "diff", "9.9.9", "active")
    assert result.returncode == 2
    assert f"no extractor release '9.9.9' in the store; known: {OLD.release}" in result.stderr


def test_a_killed_replay_keeps_the_active_release_and_a_rerun_ends_as_an_uninterrupted_one(
    tmp_path: Path,
):
    killed_url = f"sqlite:///{tmp_path / 'killed.db'}"
    app = stored(killed_url, generated_articles(300, sentences_each=12))
    app.close()
    _copy(tmp_path / "killed.db", tmp_path / "whole.db")

    process = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "--db", killed_url, "replay", "--batch", "1"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    extractions = _wait_for_extractions(killed_url, process, at_least=20)
    helpers = _descendants(process.pid)  # extraction workers, if the replay started any
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert _all_gone(helpers, seconds=10), "the killed replay left worker processes behind"

    watcher = Parley(url=killed_url, extractor=OLD)
    code_extractions = len(extraction_ids(watcher)) - 300
    assert 20 <= code_extractions < 300, "the replay was not killed partway"
    assert code_extractions >= extractions
    assert watcher.active_release() == OLD.release  # the kill left readers where they were
    watcher.close()

    resumed = parley("--db", killed_url, "replay", "--format", "json")
    assert resumed.returncode == 0, resumed.stderr
    report = json.loads(resumed.stdout)
    assert report["skipped"] == code_extractions and report["switched"] is True
    whole_url = f"sqlite:///{tmp_path / 'whole.db'}"
    whole = parley("--db", whole_url, "replay", "--format", "json")
    assert whole.returncode == 0, whole.stderr

    assert snapshot(killed_url) == snapshot(whole_url)
    assert _extractions_per_article(killed_url) == _extractions_per_article(whole_url) == {2}


def _descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found |= frontier
    return found


def _all_gone(pids: set[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = {p for p in pids if Path(f"/proc/{p}").exists()}
        if not alive:
            return True
        time.sleep(0.1)
    return False


def _copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def _wait_for_extractions(url: str, process: subprocess.Popen, at_least: int) -> int:
    """Polls the store until the replay has saved some extractions of the code's release."""
    watcher = Parley(url=url, extractor=OLD)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, "the replay ended before it could be killed"
            found = len(extraction_ids(watcher)) - 300
            if found >= at_least:
                return found
            time.sleep(0.01)
        raise AssertionError("the replay stored no extraction within 60 s")
    finally:
        watcher.close()


def _extractions_per_article(url: str) -> set[int]:
    app = Parley(url=url, extractor=OLD)
    try:
        counts: dict[str, int] = {}
        for _, started in app.read_log(topics=(STARTED_TOPIC,)):
            counts[started.article_id] = counts.get(started.article_id, 0) + 1
        return set(counts.values())
    finally:
        app.close()
