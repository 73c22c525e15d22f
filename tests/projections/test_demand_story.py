"""A short story of talks, written for these tests, through the real extractor: a side that
demanded an issue and then put forward a plan naming it still demands it (its plan restates
the demand, it does not soften it to mere support)."""

from __future__ import annotations

from datetime import date

from tests.projections.stories import story_side

STORY = {
    "2026-03-02": (
        "Ukraine demanded the release of all prisoners of war on Monday, a presidential aide said."
    ),
    "2026-04-10": (
        "Ukraine put forward a new proposal on Friday that would secure the release of all "
        "prisoners of war, officials said."
    ),
}

side = story_side(STORY, prefix="d")


def stances_of(side, actor: str, day: date) -> dict[str, str]:
    held = side.positions(actor, day, negotiation="russia-ukraine")["positions"]
    return {p["issue"]: p["stance"] for p in held}


def test_a_plan_of_its_own_keeps_the_demand_it_names(side):
    before = stances_of(side, "ukraine", date(2026, 3, 3))
    assert before.get("prisoner_release") == "demands"
    assert stances_of(side, "ukraine", date(2026, 4, 11))["prisoner_release"] == "demands"
