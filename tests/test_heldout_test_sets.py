"""The held-out test sets: articles written for evaluation by people who never saw the
extractor, kept out of rule writing. Floors a little under today's figures make a
regression fail; the figures themselves are printed by ``parley eval`` (see README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction import load_extractor
from extraction.evaluate import extract_records, load_articles, load_jsonl, score

HELDOUT = Path(__file__).resolve().parent / "extraction" / "heldout"

# (core recall, dated recall, precision) floors per set
FLOORS = {
    "test": (0.78, 0.76, 0.88),
    "test2": (0.70, 0.56, 0.85),
    "test3": (0.78, 0.68, 0.90),
    # Talks of conflicts other than Gaza, in varied outlet styles.
    "conflicts": (0.62, 0.50, 0.80),
}


@pytest.fixture(scope="module")
def extractor():
    return load_extractor()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_held_out_test_set_stays_above_its_floors_with_no_negative_hit(name, extractor):
    folder = HELDOUT / name
    report = score(
        load_jsonl(folder / "gold.jsonl"), extract_records(extractor, load_articles(folder))
    )
    recall, dated, precision = FLOORS[name]
    assert report.total.recall >= recall, report.misses
    assert report.total.dated_recall >= dated, report.misses
    assert report.total.precision >= precision, report.spurious
    assert report.negative_hits == []
