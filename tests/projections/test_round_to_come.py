"""A short story of talks, written for these tests, through the real extractor: talks
announced for a window that has begun but not closed ('will reconvene in Abu Dhabi before the
end of next week') are a round to come once talks were held; the round held keeps its venue."""

from __future__ import annotations

from datetime import date

from tests.projections.stories import read_side_of

HELD = (
    "Armenian and Azerbaijani negotiators held talks in Almaty on Thursday with Kazakh "
    "mediators. In a joint statement on Saturday, the mediators said the talks had been "
    "constructive and that negotiators would reconvene in Abu Dhabi before the end of next week."
)


def venue_on(story: dict[str, str], day: date, tmp_path) -> str | None:
    with read_side_of(story, tmp_path, prefix="v") as read:
        found = read.state(day, negotiation="armenia-azerbaijan")["round"]
    return found["venue"] if found else None


def test_talks_announced_for_an_open_window_do_not_move_the_round_held(tmp_path):
    assert venue_on({"2026-03-14": HELD}, date(2026, 3, 14), tmp_path) == "almaty"


def test_talks_announced_with_none_held_before_are_the_round(tmp_path):
    alone = (
        "Kazakh mediators said on Saturday that Armenian and Azerbaijani negotiators would "
        "reconvene in Abu Dhabi before the end of next week."
    )
    assert venue_on({"2026-03-14": alone}, date(2026, 3, 14), tmp_path) == "abu_dhabi"
