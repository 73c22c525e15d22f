"""The read models on the real seed articles, through the real extractor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from projections.readside import ReadSide
from tests.projections.readside_fakes import ingested

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def read() -> Iterator[ReadSide]:
    side = ingested(SEEDS)
    yield side
    side.app.close()


def cited(answer: Any) -> Iterator[dict[str, Any]]:
    """Every event an answer cites, wherever it sits."""
    if isinstance(answer, dict):
        if "evidence" in answer and "occurred" in answer:
            yield answer
        for value in answer.values():
            yield from cited(value)
    elif isinstance(answer, list):
        for value in answer:
            yield from cited(value)


def test_on_14_february_2024_a_round_in_cairo_is_active_with_three_mediators(read):
    answer = read.state(date(2024, 2, 14))
    assert answer["status"] == "active"
    assert answer["round"]["venue"] == "cairo"
    assert {"egypt", "qatar", "united_states"} <= set(answer["round"]["mediators"])
    assert "israel" in answer["round"]["participants"]


def test_on_14_february_2024_hamas_demands_a_permanent_ceasefire(read):
    held = {p["issue"]: p for p in read.positions("hamas", date(2024, 2, 14))["positions"]}
    assert held["permanent_ceasefire"]["stance"] == "demands"


def israels_rejections(read: ReadSide) -> list[dict[str, Any]]:
    proposals = read.state(date(2024, 2, 14))["proposals"]
    return [p for p in proposals if p["responses"].get("israel", {}).get("response") == "rejected"]


def test_on_14_february_2024_israels_rejection_of_the_hamas_counterproposal_is_there(read):
    rejected = israels_rejections(read)
    evidence = [r["israel"]["source"]["evidence"] for r in (p["responses"] for p in rejected)]
    evidence += [s["evidence"] for p in rejected for s in p["sources"]]
    assert any("Hamas' ceasefire counterproposal" in text for text in evidence), rejected


def test_on_14_february_2024_the_rejected_counterproposal_is_known_as_hamas(read):
    assert any("hamas" in p["proposer"] for p in israels_rejections(read))


def test_on_21_december_2023_the_state_reflects_haniyehs_visit_and_nothing_of_february(read):
    answer = read.state(date(2023, 12, 21))
    sources = list(cited(answer))
    assert any(
        s["type"] == "DelegationArrived" and s["occurred"]["start"] == "2023-12-20" for s in sources
    ), sources
    arrivals = [g for g in answer["delegations"] if "hamas" in g["actors"]]
    assert arrivals and arrivals[0]["destination"] in ("cairo", "egypt")
    assert all(s["occurred"]["start"] <= "2023-12-21" for s in sources)
