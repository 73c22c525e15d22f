"""The sides' stances on an issue as news states them in passing: sticking points told in a
relative clause, and conditions; in phrasing written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ids, of_type

MON = date(2025, 10, 6)


def test_a_stance_insisted_on_in_a_relative_clause_is_that_sides_demand(read):
    text = "The main dispute is over a permanent ceasefire, which Hamas insists on."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert ids(found) == {"hamas"} and "permanent_ceasefire" in found.issues


def test_a_sticking_point_told_in_a_relative_clause_gives_each_sides_stance(read):
    text = (
        "The gap remains over a permanent ceasefire, which Hamas demands and Israel has rejected."
    )
    found = read(text, MON)
    (demand,) = of_type(found, "DemandStated")
    (rejection,) = of_type(found, "DemandRejected")
    assert ids(demand) == {"hamas"} and ids(rejection) == {"israel"}
    assert "permanent_ceasefire" in demand.issues and "permanent_ceasefire" in rejection.issues


def test_a_relative_clause_about_no_issue_states_no_stance(read):
    found = read("The talks, which Egypt hosted and Qatar joined, ended on Monday.", MON)
    assert of_type(found, "DemandStated") == [] and of_type(found, "DemandRejected") == []


def test_a_release_offered_only_on_a_condition_is_a_demand_of_the_condition(read):
    text = "Hamas will only free the remaining captives if the war ends for good."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert ids(found) == {"hamas"}
    assert found.attributes.get("condition", "").startswith("the war ends")


def test_a_deed_conditioned_on_another_is_a_demand_of_the_second(read):
    text = "Israel has conditioned any withdrawal on the return of all the hostages."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert ids(found) == {"israel"}
    assert found.attributes.get("condition", "").startswith("the return of all the hostages")


def test_making_something_an_announcement_on_a_day_is_no_condition(read):
    assert (
        of_type(read("Israel made an announcement on Monday about the talks.", MON), "DemandStated")
        == []
    )


def test_a_rejection_gives_the_issues_of_its_reason(read):
    text = "Hamas rejected the proposal because it did not include a withdrawal of Israeli forces."
    (found,) = of_type(read(text, MON), "ProposalRejected")
    assert "troop_withdrawal" in found.issues


def test_holding_to_a_position_is_a_standing_demand(read):
    text = (
        "Hamas has not backed away from its position that any truce must lead to an end of the war."
    )
    found = of_type(read(text, MON), "DemandStated")
    assert found and ids(found[0]) == {"hamas"} and "end_of_war" in found[0].issues


def test_backing_away_from_a_demand_is_no_demand(read):
    assert (
        of_type(
            read("Hamas backed away from its demand for a full withdrawal.", MON), "DemandStated"
        )
        == []
    )


def test_reiterating_an_insistence_is_a_demand(read):
    text = "Hamas reiterated on Sunday its insistence on a full withdrawal of Israeli troops."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert "troop_withdrawal" in found.issues


def test_what_a_sides_demands_include_is_no_condition(read):
    text = "Israel's demands include the return of all hostages and the disarmament of Hamas."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert not found.attributes.get("condition")


def test_a_time_limit_on_a_demand_is_no_condition(read):
    text = "Israel said it wants the first phase of the truce extended until mid-April."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert not found.attributes.get("condition")


def test_a_stance_repeated_in_one_article_keeps_the_issues_of_each_report(read):
    text = (
        "Hamas seeks a lasting truce.\n\n"
        "Hamas has not backed away from its position that a truce must lead to an end of the war."
    )
    found = of_type(read(text, MON), "DemandStated")
    assert any({"temporary_truce", "end_of_war"} <= set(f.issues) for f in found)


def test_rejecting_a_presence_after_a_truce_is_a_rejected_demand_not_a_rejected_plan(read):
    text = (
        "Hamas rejects any Israeli security presence in the buffer zone after a truce takes hold."
    )
    found = read(text, MON)
    (rejected,) = of_type(found, "DemandRejected")
    assert ids(rejected) == {"hamas"} and "security_presence" in rejected.issues
    assert of_type(found, "ProposalRejected") == [] and of_type(found, "CeasefireAgreed") == []


def test_a_modal_in_a_fronted_concessive_clause_leaves_the_main_clause_a_deed(read):
    text = (
        "Although the accord said the troops should pull back by now, Israel has resisted "
        "any withdrawal from the corridor."
    )
    (found,) = of_type(read(text, MON), "DemandRejected")
    assert ids(found) == {"israel"} and "troop_withdrawal" in found.issues


def test_whose_demand_is_rejected_is_named_in_the_object_not_in_the_next_clause(read):
    text = "Israel resisted this requirement while Hamas insisted on it."
    (found,) = of_type(read(text, MON), "DemandRejected")
    assert ids(found, "target") == set() and ids(found, "subject") == {"israel"}


def test_a_time_bound_inside_listed_red_lines_is_no_condition(read):
    text = (
        "Israel's red lines for a truce are the ability to resume fighting until its goals are met."
    )
    (found,) = of_type(read(text, MON), "DemandStated")
    assert not found.attributes.get("condition")


def test_a_conditional_demand_does_not_gather_the_issues_of_another_report(read):
    text = (
        "Hamas is standing firm on its view that it will not free more captives until the "
        "attacks stop.\n\nHamas insists on a permanent ceasefire."
    )
    found = of_type(read(text, MON), "DemandStated")
    assert any(f.attributes.get("condition") for f in found)
    assert all(
        "permanent_ceasefire" not in f.issues for f in found if f.attributes.get("condition")
    )


def test_rejecting_it_after_a_demand_rejects_that_demand_of_its_demander(read):
    text = "Kyiv keeps insisting on a full and lasting ceasefire, but Moscow rejects it."
    found = read(text, MON)
    (rejection,) = of_type(found, "DemandRejected")
    assert [(a.id, a.role) for a in rejection.actors] == [
        ("russia", "subject"),
        ("ukraine", "target"),
    ]
    assert "permanent_ceasefire" in rejection.issues


def test_rejecting_it_with_no_demand_before_rejects_no_demand(read):
    found = read("Officials said on Monday that Moscow rejects it.", MON)
    assert of_type(found, "DemandRejected") == []


@pytest.mark.parametrize(
    ("text", "side", "issues"),
    [
        (
            "Netanyahu said Israel is committed to achieving the goals of the war: releasing the "
            "hostages and eliminating Hamas.",
            "israel",
            {"hostage_release", "hamas_elimination"},
        ),
        (
            "Kyiv remains committed to achieving a just peace and the return of its territory.",
            "ukraine",
            {"territory"},
        ),
    ],
)
def test_being_committed_to_achieving_goals_demands_them(read, text, side, issues):
    (found,) = of_type(read(text, MON), "DemandStated")
    assert side in ids(found, "subject") and issues <= set(found.issues)


def test_being_committed_to_a_truce_demands_nothing(read):
    text = "Hamas is committed to the ceasefire agreement, its spokesman said."
    assert of_type(read(text, MON), "DemandStated") == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Hamas refuses to give up its weapons, a senior official said.", "hamas"),
        ("The ELN said on Monday it would never lay down its arms.", "eln"),
        ("The RSF is not prepared to hand over its heavy weapons, its commander said.", "rsf"),
        ("Hezbollah has rejected calls to give up its arsenal.", "hezbollah"),
    ],
)
def test_refusing_to_give_up_ones_weapons_rejects_disarmament(read, text, side):
    found = read(text, MON)
    assert not [f for f in of_type(found, "DemandStated") if "disarmament" in f.issues]
    (rejection,) = of_type(found, "DemandRejected")
    assert side in ids(rejection) and "disarmament" in rejection.issues


@pytest.mark.parametrize(
    "text",
    [
        "Hamas will not give up its demand for a full withdrawal.",
        "M23 said fighters would lay down their arms once the army withdraws.",
    ],
)
def test_giving_up_a_demand_or_arms_on_a_condition_rejects_no_disarmament(read, text):
    assert of_type(read(text, MON), "DemandRejected") == []
