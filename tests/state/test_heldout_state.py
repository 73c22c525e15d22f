"""Dated state checks on held-out stories (articles written for evaluation, kept out of rule
writing), each scored on the seeds plus its set. Floors a little under today's figures make
a regression fail; every check of a truce in force or a deal agreed must pass. The figures
are printed by ``parley eval --state tests/state/heldout/SET.json --load ...``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from application.app import Parley
from application.sources import Metadata, read_paths
from projections import checks
from projections.readside import ReadSide

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = Path(__file__).resolve().parent / "heldout"
FLOORS = {"dev": 0.85, "test": 0.8, "test2": 0.8, "test3": 0.8}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_held_out_story_passes_its_state_checks_above_the_floor(name):
    wanted = json.loads((HELDOUT / f"{name}.json").read_text())
    app = Parley(url="memory://")
    try:
        for path in (ROOT / "seeds", ROOT / wanted["articles"]):
            for item in read_paths([path], Metadata()):
                app.ingest(item)  # type: ignore[arg-type]
        read = ReadSide(app)
        read.catch_up()
        report = checks.score(read, wanted)
    finally:
        app.close()
    assert report["passed"] / report["total"] >= FLOORS[name], report
    for day, results in report["dates"].items():
        for r in results:
            if r["check"] in ("truce_in_force", "agreement"):
                assert r["pass"], (day, r)


def test_all_the_stories_in_one_store_still_pass_their_checks_above_the_floors():
    files = {name: json.loads((HELDOUT / f"{name}.json").read_text()) for name in FLOORS}
    app = Parley(url="memory://")
    try:
        paths = [ROOT / "seeds", *(ROOT / f["articles"] for f in files.values())]
        for item in read_paths(paths, Metadata()):
            app.ingest(item)  # type: ignore[arg-type]
        read = ReadSide(app)
        read.catch_up()
        reports = {name: checks.score(read, wanted) for name, wanted in files.items()}
    finally:
        app.close()
    for name, report in reports.items():
        assert report["passed"] / report["total"] >= FLOORS[name], (name, report)
        for day, results in report["dates"].items():
            for r in results:
                if r["check"] in ("truce_in_force", "agreement"):
                    assert r["pass"], (name, day, r)
