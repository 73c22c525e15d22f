"""A short story of talks, written for these tests, through the real extractor: what the
state says of positions, the round and proposals from news phrasing of several kinds."""

from __future__ import annotations

from datetime import date

from tests.projections.stories import story_side

STORY = {
    "2026-02-02": (
        "Hamas refused to free the remaining hostages unless Israel declared a permanent "
        "ceasefire, pulled its troops out of the Strip, and allowed the return of displaced "
        "families to their homes, a Hamas official said on Monday."
    ),
    "2026-02-10": (
        "Egyptian and Qatari mediators held talks with Hamas leaders in Cairo on Tuesday about "
        "a new truce for Gaza."
    ),
    "2026-02-12": "Hamas said on Thursday it had accepted a proposal for a 30-day truce in Gaza.",
    "2026-02-20": (
        "Talks in Doha now turn on the Qatari framework, which has been accepted by Israel and "
        "partly agreed to by Hamas, officials said on Friday."
    ),
}


side = story_side(STORY, prefix="t")


def test_each_item_of_a_conditions_list_is_demanded_and_the_offer_conditional(side):
    held = {
        p["issue"]: p["stance"]
        for p in side.positions("hamas", date(2026, 2, 3), negotiation="israel-hamas")["positions"]
    }
    assert held["permanent_ceasefire"] == held["troop_withdrawal"] == "demands"
    assert held["return_of_displaced"] == "demands"
    assert held["hostage_release"] == "conditional"


def test_talks_with_a_side_in_a_city_place_the_round_there(side):
    found = side.state(date(2026, 2, 11), negotiation="israel-hamas")
    assert found["round"]["venue"] == "cairo"


def test_a_plan_only_an_answer_tells_of_is_shown_as_the_mediators(side):
    proposals = side.state(date(2026, 2, 13), negotiation="israel-hamas")["proposals"]
    [plan] = [p for p in proposals if "hamas" in p["responses"]]
    assert plan["proposer_inferred"] and {"egypt", "qatar"} <= set(plan["proposer"])


def test_answers_told_in_the_passive_answer_the_plan_they_name(side):
    proposals = side.state(date(2026, 2, 21), negotiation="israel-hamas")["proposals"]
    [plan] = [p for p in proposals if "israel" in p["responses"]]
    assert plan["proposer"] == ["qatar"] and not plan["proposer_inferred"]
    responses = {a: r["response"] for a, r in plan["responses"].items()}
    assert responses == {"israel": "accepted", "hamas": "conditional"}
