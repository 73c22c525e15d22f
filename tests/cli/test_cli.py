"""The ``parley`` command as users run it: a real subprocess on a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def parley(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd or ROOT,
    )


def test_ingesting_the_seeds_twice_stores_nothing_the_second_time(sqlite_url, seeds_dir):
    first = parley("--db", sqlite_url, "ingest", str(seeds_dir))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("articles: 5 new, 0 already stored, 0 refused; events stored: ")
    assert not first.stdout.endswith("events stored: 0\n")
    second = parley("--db", sqlite_url, "ingest", str(seeds_dir))
    assert second.stdout == "articles: 0 new, 5 already stored, 0 refused; events stored: 0\n"


def test_events_are_exported_as_json_lines_in_the_catalog_shape(sqlite_url, seeds_dir):
    parley("--db", sqlite_url, "ingest", str(seeds_dir))
    out = parley("--db", sqlite_url, "events", "--format", "jsonl")
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records, out.stderr
    keys = {"position", "id", "type", "article", "reported", "occurred", "actors", "modality"}
    keys |= {"issues", "location", "attributes", "evidence", "extractor", "confidence"}
    assert all(set(r) == keys for r in records)
    positions = [r["position"] for r in records]
    assert positions == sorted(positions)
    first = records[0]
    assert set(first["occurred"]) == {"start", "end", "precision"}
    assert {"cameo", "plover"} <= set(first["attributes"])
    assert set(first["extractor"]) == {"name", "version", "rule"}


def test_events_filter_by_type_and_actor(sqlite_url, seeds_dir):
    parley("--db", sqlite_url, "ingest", str(seeds_dir))
    everything = parley("--db", sqlite_url, "events", "--format", "jsonl").stdout.splitlines()
    record = json.loads(everything[0])
    actor = record["actors"][0]["id"]
    out = parley(
        "--db",
        sqlite_url,
        "events",
        "--format",
        "jsonl",
        "--type",
        record["type"],
        "--actor",
        actor,
    )
    selected = [json.loads(line) for line in out.stdout.splitlines()]
    assert record in selected
    assert all(r["type"] == record["type"] for r in selected)
    assert all(actor in {a["id"] for a in r["actors"]} for r in selected)


def test_bad_inputs_are_refused_one_line_each_and_the_rest_goes_through(sqlite_url, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Hamas said its delegation arrived in Cairo on Tuesday for talks.")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    result = parley(
        "--db",
        sqlite_url,
        "ingest",
        str(good),
        str(binary),
        str(empty),
        "--published",
        "2024-02-14",
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"refused: {binary}: binary file (it contains NUL bytes), not article text",
        f"refused: {empty}: article text is empty",
    ]
    assert result.stdout.startswith("articles: 1 new, 0 already stored, 2 refused")


def test_a_changed_text_under_a_stored_id_is_refused_without_touching_the_store(
    sqlite_url, tmp_path
):
    story = tmp_path / "story.txt"
    story.write_text("Talks opened in Doha on Sunday.")
    assert (
        parley("--db", sqlite_url, "ingest", str(story), "--published", "2024-03-03").returncode
        == 0
    )
    before = parley("--db", sqlite_url, "events", "--format", "jsonl").stdout
    story.write_text("Talks collapsed in Doha on Sunday.")
    result = parley("--db", sqlite_url, "ingest", str(story), "--published", "2024-03-03")
    assert result.returncode == 1
    assert "already stored with a different text" in result.stderr
    assert parley("--db", sqlite_url, "events", "--format", "jsonl").stdout == before


def test_a_missing_publication_date_and_a_bad_store_url_are_clear_errors(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Talks opened in Doha.")
    missing = parley("--db", f"sqlite:///{tmp_path}/s.db", "ingest", str(story))
    assert missing.returncode == 1
    assert f"{story}: publication date is missing" in missing.stderr
    bad_url = parley("--db", "mysql://nowhere/db", "events")
    assert bad_url.returncode == 2
    assert "unsupported store URL 'mysql://nowhere/db'" in bad_url.stderr
    bad_date = parley("events", "--from", "14/02/2024")
    assert bad_date.returncode == 2 and "'14/02/2024' is not a YYYY-MM-DD date" in bad_date.stderr


def test_the_store_defaults_to_a_sqlite_file_in_the_working_directory(tmp_path, seeds_dir):
    result = parley("ingest", str(seeds_dir), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "parley.db").is_file()


def test_eval_prints_totals_then_date_errors_and_type_confusion_as_json(seeds_dir):
    gold = str(ROOT.parent / "shared" / "spec" / "seeds-gold.jsonl")
    out = parley("eval", gold, "--articles", str(seeds_dir), "--format", "json")
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert set(summary["date_errors"]) == {"wrong_span", "missing_time", "wrong_anchor"}
    assert isinstance(summary["type_confusion"], list)
    assert summary["core_gold"] > 0
    text = parley("eval", gold, "--articles", str(seeds_dir)).stdout.splitlines()
    assert text[1].startswith("core recall ")
    assert any(line.startswith("date errors by kind: ") for line in text)
