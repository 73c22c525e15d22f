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


def test_events_are_filtered_by_negotiation(sqlite_url, seeds_dir, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Russian and Ukrainian delegations met for talks in Istanbul on Friday.\n"
        "Thailand and Cambodia agreed to an immediate ceasefire on Friday.\n"
    )
    parley("--db", sqlite_url, "ingest", str(seeds_dir))
    parley("--db", sqlite_url, "ingest", str(story), "--published", "2025-05-17")
    out = parley(
        "--db", sqlite_url, "events", "--format", "jsonl", "--negotiation", "russia-ukraine"
    )
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records and {r["negotiation"] for r in records} == {"russia-ukraine"}
    assert {r["type"] for r in records} == {"TalksOpened"}
    pair = parley(
        "--db", sqlite_url, "events", "--format", "jsonl", "--negotiation", "cambodia-thailand"
    )
    assert "CeasefireAgreed" in {json.loads(line)["type"] for line in pair.stdout.splitlines()}


def test_unregistered_actors_are_listed_for_the_registry(sqlite_url, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Houthi chief negotiator Ahmed Saleh rejected the proposal on Friday.\n"
        "The Yemen Unity Front (YUF) rejected the plan on Friday.\n"
    )
    parley("--db", sqlite_url, "ingest", str(story), "--published", "2025-05-17")
    out = parley("--db", sqlite_url, "actors", "--unregistered", "--format", "json")
    records = {r["id"]: r for r in json.loads(out.stdout)}
    assert set(records) == {"ahmed_saleh", "yemen_unity_front"}, out.stderr
    assert records["ahmed_saleh"]["examples"][0]["text"].startswith("Houthi chief negotiator")
    every = json.loads(parley("--db", sqlite_url, "actors", "--format", "json").stdout)
    assert {"houthis", "ahmed_saleh"} <= {r["id"] for r in every}


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
    keys |= {"negotiation"}
    assert all(set(r) == keys for r in records)
    assert {r["negotiation"] for r in records} >= {"israel-hamas"}
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


def test_malformed_dates_far_dates_and_unreadable_ids_are_refused_by_line_and_the_rest_stored(
    sqlite_url, tmp_path
):
    batch = tmp_path / "batch.jsonl"
    text = "Hamas said its delegation arrived in Cairo on Tuesday for talks."
    lines = [
        {"id": "good", "published": "2024-02-14T09:30:00Z", "text": text},
        {"id": "glued", "published": "2024-02-14garbage", "text": text + " 1"},
        {"id": "basic", "published": "20240214", "text": text + " 2"},
        {"id": "year-one", "published": "0001-01-01", "text": text + " 3"},
        {"id": "far", "published": "9999-12-31", "text": text + " 4"},
        {"id": "a/b", "published": "2024-02-14", "text": text + " 5"},
        {"id": "also-good", "published": "2024-02-15", "text": text + " 6"},
    ]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = parley("--db", sqlite_url, "ingest", str(batch))
    assert result.returncode == 1
    refusals = result.stderr.splitlines()
    assert [line.split(": ", 2)[1] for line in refusals] == [
        f"{batch}:{n}" for n in (2, 3, 4, 5, 6)
    ]
    assert all("publication date" in line for line in refusals[:4])
    assert "from 1900-01-01 to tomorrow" in refusals[2] and "Traceback" not in result.stderr
    assert "article id 'a/b' contains '/'" in refusals[4]
    assert result.stdout.startswith("articles: 2 new, 0 already stored, 5 refused")


@pytest.mark.parametrize("published", ["20240214", "2024-W07-3", "9999-12-31"])
def test_a_published_flag_is_held_to_the_same_date_rule(sqlite_url, tmp_path, published):
    story = tmp_path / "story.txt"
    story.write_text("Hamas said its delegation arrived in Cairo on Tuesday for talks.")
    result = parley("--db", sqlite_url, "ingest", str(story), "--published", published)
    assert result.returncode == 2
    assert "argument --published: publication date" in result.stderr


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


def test_eval_prints_totals_then_date_errors_and_type_confusion_as_json():
    written = ROOT / "tests" / "extraction" / "heldout" / "dev"  # gold kept in the repository
    out = parley(
        "eval", str(written / "gold.jsonl"), "--articles", str(written), "--format", "json"
    )
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert set(summary["date_errors"]) == {"wrong_span", "missing_time", "wrong_anchor"}
    assert isinstance(summary["type_confusion"], list)
    assert summary["core_gold"] > 0
    text = parley(
        "eval", str(written / "gold.jsonl"), "--articles", str(written)
    ).stdout.splitlines()
    assert text[1].startswith("core recall ")
    assert any(line.startswith("date errors by kind: ") for line in text)


def test_negotiations_are_listed_and_each_read_takes_one(sqlite_url, seeds_dir):
    other_talks = ROOT / "tests" / "projections" / "other_talks"
    parley("--db", sqlite_url, "ingest", str(seeds_dir), str(other_talks))
    out = parley("--db", sqlite_url, "negotiations", "--format", "json")
    assert out.returncode == 0, out.stderr
    listed = {n["id"]: n for n in json.loads(out.stdout)}
    assert {"israel-hamas", "russia-ukraine", "armenia-azerbaijan"} <= set(listed)
    assert listed["russia-ukraine"]["sides"] == ["russia", "ukraine"]
    table = parley("--db", sqlite_url, "negotiations")
    assert "russia-ukraine" in table.stdout and "Armenia-Azerbaijan" in table.stdout
    state = parley(
        "--db", sqlite_url, "state", "--as-of", "2025-08-10", "--format", "json",
        "--negotiation", "russia-ukraine",
    )  # fmt: skip
    answer = json.loads(state.stdout)
    assert answer["negotiation"] == "russia-ukraine" and answer["round"]["venue"] == "istanbul"
    default = parley("--db", sqlite_url, "state", "--as-of", "2024-02-14", "--format", "json")
    assert json.loads(default.stdout)["negotiation"] == "israel-hamas"
    timeline = parley("--db", sqlite_url, "timeline", "--negotiation", "armenia-azerbaijan")
    assert timeline.stdout.strip().startswith("timeline of armenia-azerbaijan")
    assert "Hamas" not in timeline.stdout
