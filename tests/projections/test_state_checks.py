"""Dated state checks: the seeds' own checks pass above a floor, and ``parley eval --state``
scores a store, prints per check and in total, and refuses a malformed file clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from projections import checks
from tests.cli.test_cli import parley
from tests.projections.test_seeds import read  # noqa: F401  (the seeds' read side fixture)

CHECKS = Path(__file__).with_name("seed_state_checks.json")
FLOOR = 0.9


def test_the_seeds_state_checks_pass_above_the_floor_and_every_truce_and_deal_check_passes(read):  # noqa: F811
    report = checks.score(read, json.loads(CHECKS.read_text()))
    assert report["total"] >= 25
    assert report["passed"] / report["total"] >= FLOOR, report
    for day, results in report["dates"].items():
        for r in results:
            if r["check"] in ("truce_in_force", "agreement"):
                assert r["pass"], (day, r)


def test_a_check_the_state_contradicts_fails_and_shows_what_the_state_says(read):  # noqa: F811
    wanted = {"dates": {"2023-11-26": {"truce_in_force": False, "venue": "doha"}}}
    [truce, venue] = checks.score(read, wanted)["dates"]["2023-11-26"]
    assert (truce["pass"], truce["actual"]) == (False, True)
    assert (venue["pass"], venue["actual"]) == (False, None)


@pytest.mark.parametrize(
    ("wanted", "says"),
    [
        ({"days": {}}, '"dates"'),
        ({"dates": {"2024-13-01": {}}}, "'2024-13-01' is not a YYYY-MM-DD date"),
        ({"dates": {"2024-01-01": {"agreement": "yes"}}}, "agreement: expected true or false"),
        ({"negotiation": 3, "dates": {}}, "negotiation: expected a negotiation id"),
        (
            {"dates": {"2024-01-01": {"negotiation": ""}}},
            "dates.2024-01-01.negotiation: expected a negotiation id",
        ),
    ],
)
def test_a_malformed_checks_file_is_refused_saying_where(wanted, says):
    with pytest.raises(checks.BadChecks) as refused:
        checks.validate(wanted)
    assert says in str(refused.value)


class Empty:
    def state(self, *args: object, **kwargs: object) -> dict:
        raise AssertionError("a refused file reads nothing")

    positions = state


def test_nothing_is_read_when_the_file_is_refused():
    with pytest.raises(checks.BadChecks):
        checks.score(Empty(), {"dates": {"2024-01-01": {"agreement": 1}}})  # type: ignore[arg-type]


def test_a_check_this_version_does_not_know_is_skipped_and_listed(read):  # noqa: F811
    wanted = {"dates": {"2023-11-26": {"truce_in_force": True, "mood": "hopeful"}}}
    report = checks.score(read, wanted)
    assert report["skipped"] == ["dates.2023-11-26.mood"]
    assert (report["passed"], report["total"]) == (1, 1)


@pytest.mark.slow
def test_parley_eval_state_scores_a_store_per_check_and_in_total(sqlite_url, seeds_dir):
    assert parley("--db", sqlite_url, "ingest", str(seeds_dir)).returncode == 0
    out = parley("eval", "--state", str(CHECKS), "--db", sqlite_url, "--format", "json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["total"] == sum(len(r) for r in report["dates"].values())
    assert report["passed"] / report["total"] >= FLOOR
    table = parley("eval", "--state", str(CHECKS), "--db", sqlite_url)
    assert "2024-02-14" in table.stdout and "passed " in table.stdout


@pytest.mark.slow
def test_parley_eval_state_refuses_a_malformed_file_and_says_where(tmp_path, sqlite_url):
    bad = tmp_path / "checks.json"
    bad.write_text('{"dates": {"2024-01-01": {"agreement": "yes"}}}')
    out = parley("eval", "--state", str(bad), "--db", sqlite_url)
    assert out.returncode == 2
    assert "dates.2024-01-01.agreement: expected true or false" in out.stderr
    assert str(bad) in out.stderr


@pytest.mark.slow
def test_parley_eval_state_scores_on_the_negotiation_the_sets_manifest_names_unless_told(
    tmp_path, sqlite_url, seeds_dir
):
    talks = Path(__file__).with_name("other_talks")
    assert parley("--db", sqlite_url, "ingest", str(seeds_dir), str(talks)).returncode == 0
    (tmp_path / "manifest.json").write_text('{"negotiation": {"id": "russia-ukraine"}}')
    wanted = tmp_path / "checks.json"
    wanted.write_text('{"dates": {"2025-07-25": {"venue": "istanbul"}}}')
    out = parley("eval", "--state", str(wanted), "--db", sqlite_url, "--format", "json")
    report = json.loads(out.stdout)
    assert report["negotiations"] == {"2025-07-25": "russia-ukraine"}
    assert report["passed"] == 1
    told = ("--negotiation", "armenia-azerbaijan")
    out = parley("eval", "--state", str(wanted), "--db", sqlite_url, *told)
    assert "2025-07-25 (armenia-azerbaijan): 0/1" in out.stdout
