"""A short story of talks, written for these tests, through the real extractor: a side that
hands over a plan including an issue still stands against it while it demands what excludes it
(a proposal by one side does not by itself reconcile the sides' stances)."""

from __future__ import annotations

from datetime import date

from projections.readside import ReadSide
from tests.projections.stories import sticking_points, story_side

STORY = {
    "2026-03-03": (
        "Hamas insisted on Tuesday that any deal must include a full pullout of Israeli forces "
        "from the Gaza Strip, a senior Hamas official said."
    ),
    "2026-03-05": (
        "Israel wants a permanent military presence in Gaza, an Israeli official said on Thursday."
    ),
    "2026-03-08": (
        "Israel handed mediators in Cairo new maps on Sunday showing a partial withdrawal of its "
        "troops from parts of Gaza during a six-week truce, two officials familiar with the talks "
        "said."
    ),
}


side = story_side(STORY, prefix="s")


def sticking(side: ReadSide, day: date) -> dict[str, dict]:
    return sticking_points(side, day, "israel-hamas")


def test_a_demanded_presence_stands_against_a_demanded_withdrawal(side):
    point = sticking(side, date(2026, 3, 6))["troop_withdrawal"]
    assert [h["actor"] for h in point["for"]] == ["hamas"]
    assert [(h["actor"], h["issue"]) for h in point["against"]] == [("israel", "security_presence")]


def test_maps_of_a_partial_pullback_leave_the_withdrawal_a_sticking_point(side):
    held = {
        p["issue"]: p["stance"]
        for p in side.positions("israel", date(2026, 3, 9), negotiation="israel-hamas")["positions"]
    }
    assert held["troop_withdrawal"] == "supports"  # the maps are Israel's plan
    point = sticking(side, date(2026, 3, 9))["troop_withdrawal"]
    # Israel is listed once, against: its plan does not take back its demand.
    assert [h["actor"] for h in point["for"]] == ["hamas"]
    assert [(h["actor"], h["issue"]) for h in point["against"]] == [("israel", "security_presence")]
