"""The seed articles meet the quality bars of the extractor issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction.evaluate import extract_records, load_articles, load_jsonl, score

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "spec" / "seeds-gold.jsonl"


@pytest.fixture(scope="module")
def report(extractor):
    if not GOLD.exists():
        pytest.skip(f"gold annotations not found at {GOLD} (shared/ beside the repo)")
    return score(load_jsonl(GOLD), extract_records(extractor, load_articles(ROOT / "seeds")))


def test_seeds_core_recall_at_least_090(report):
    assert report.total.recall >= 0.90, report.misses


def test_seeds_dated_recall_at_least_080(report):
    assert report.total.dated_recall >= 0.80, report.misses


def test_seeds_precision_at_least_080(report):
    assert report.total.precision >= 0.80, report.spurious


def test_seeds_hit_no_negative(report):
    assert report.negative_hits == []
