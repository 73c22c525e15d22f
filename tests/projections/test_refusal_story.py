"""A short story of talks, written for these tests, through the real extractor: a side that
refused an issue and then put forward a plan naming it still stands against it, for a while,
on the sticking points (its plan does not take back what it refused)."""

from __future__ import annotations

from datetime import date

from projections.readside import ReadSide
from tests.projections.stories import read_side_of, sticking_points, story_side

STORY = {
    "2026-04-07": (
        "Russia and Ukraine resumed talks in Istanbul on Tuesday. Russia rejected Ukraine's demand "
        "for a permanent ceasefire on Tuesday, a Kremlin spokesman said."
    ),
    "2026-05-20": (
        "Russia put forward a new proposal on Wednesday that would bring a permanent ceasefire in "
        "stages along the front line, officials said."
    ),
}


side = story_side(STORY, prefix="r")


def sticking(side: ReadSide, day: date) -> dict[str, dict]:
    return sticking_points(side, day, "russia-ukraine")


def issue_of(side: ReadSide) -> str:
    held = side.positions("ukraine", date(2026, 4, 8), negotiation="russia-ukraine")["positions"]
    (demanded,) = [p["issue"] for p in held if p["stance"] == "demands"]
    return demanded


def test_a_plan_of_its_own_does_not_take_back_a_refusal_of_weeks_before(side):
    issue = issue_of(side)
    held = {
        p["issue"]: p["stance"]
        for p in side.positions("russia", date(2026, 5, 21), negotiation="russia-ukraine")[
            "positions"
        ]
    }
    assert held[issue] == "supports"  # the positions answer: its latest stance, its plan
    point = sticking(side, date(2026, 5, 21))[issue]
    assert [h["actor"] for h in point["for"]] == ["ukraine"]
    assert [(h["actor"], h["stance"]) for h in point["against"]] == [("russia", "rejects")]


def test_a_refusal_long_before_the_plan_is_taken_back_by_it(tmp_path):
    late = {**STORY, "2026-05-20": STORY["2026-05-20"].replace("on Wednesday", "on Monday")}
    late["2026-11-16"] = late.pop("2026-05-20")
    with read_side_of(late, tmp_path, prefix="l") as read:
        assert issue_of(read) not in sticking(read, date(2026, 11, 17))
