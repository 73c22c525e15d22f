"""Which stance an event's subject takes on each issue it names: a demand's sentence may also
refuse something, in a clause of its own; in phrasing written for these tests."""

from __future__ import annotations

import pytest

from projections.facts import Plain, condition_issues, stances


def demand(
    text: str,
    *issues: str,
    negotiation: str = "colombia-eln",
    condition: str = "",
    kind: str = "DemandStated",
):
    return Plain(
        id="e1",
        type=kind,
        article="a1",
        reported="2027-01-18",
        start="2027-01-18",
        end="2027-01-18",
        precision="day",
        actors=[("eln", "subject")],
        modality="asserted",
        issues=list(issues),
        location=None,
        attributes={},
        evidence=text,
        release="r",
        rule="demand.verb",
        confidence=0.9,
        condition=condition,
        terms=(),
        proposal_id="",
        negotiation=negotiation,
    )


def held(event: Plain) -> dict[str, str]:
    return {issue: stance for _, issue, stance in stances(event)}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels demanded a ceasefire and said their disarmament was not on the agenda.",
        "The group wants aid for the villages, but its disarmament isn't up for discussion.",
        "The group demanded aid for the villages but said it will not give up its weapons.",
        "The rebels asked for aid for the villages and refused to disarm.",
    ],
)
def test_what_a_demands_sentence_refuses_in_a_clause_of_its_own_is_rejected(text):
    found = held(demand(text, "humanitarian_aid", "disarmament"))
    assert found == {"humanitarian_aid": "demands", "disarmament": "rejects"}


@pytest.mark.parametrize(
    "text",
    [
        "The government insists the rebels must disarm and will not accept any role for them.",
        "The group will not accept any deal that does not include its disarmament plan.",
        "The group will not give up its weapons unless the army leaves the region.",
    ],
)
def test_a_refusal_of_something_else_or_on_a_condition_leaves_the_demand(text):
    assert held(demand(text, "disarmament"))["disarmament"] in ("demands", "conditional")


def test_kidnapping_is_the_hostage_issue_of_the_colombian_talks_not_disarmament():
    text = "The government said the rebels must stop kidnapping civilians."
    assert condition_issues(text, "colombia-eln") == ("hostage_release",)


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (
            "The group said it would free the captives only if the army agreed a permanent "
            "truce, pulled its troops out of the valley, and let the return of villagers to "
            "their homes go ahead.",
            "only if the army agreed a permanent truce",
        ),
        (
            "The militants will not hand over the hostages unless the government declares a "
            "permanent ceasefire and withdraws its forces from the province, a spokesman said.",
            "unless the government declares a permanent ceasefire",
        ),
    ],
)
def test_a_condition_cut_at_its_first_item_demands_the_rest_of_its_list(text, condition):
    found = held(demand(text, "hostage_release", negotiation="unassigned", condition=condition))
    assert found["permanent_ceasefire"] == "demands"
    assert found["troop_withdrawal"] == "demands"
    assert found["hostage_release"] == "conditional"


def test_a_conditions_list_ends_at_another_clause():
    text = (
        "The group will release the hostages only if the army agrees a permanent ceasefire, "
        "but it has offered to discuss a withdrawal later."
    )
    found = held(
        demand(
            text,
            "hostage_release",
            negotiation="unassigned",
            condition="only if the army agrees a permanent ceasefire",
        )
    )
    assert found["permanent_ceasefire"] == "demands"
    assert "troop_withdrawal" not in found


def test_the_return_of_people_to_their_homes_and_a_military_presence_are_issues():
    assert condition_issues("allow the return of farmers to their villages") == (
        "return_of_displaced",
    )
    assert condition_issues("no israeli presence after the war") == ("security_presence",)


@pytest.mark.parametrize(
    ("text", "negotiation", "issue"),
    [
        (
            "Hamas warned that any Israeli operation in Rafah would put the truce talks in "
            "jeopardy.",
            "israel-hamas",
            "rafah_offensive",
        ),
        (
            "An official said a new offensive on Rafah could derail the negotiations.",
            "israel-hamas",
            "rafah_offensive",
        ),
        (
            "Kyiv warned that a Russian offensive on Zaporizhzhia would wreck the talks.",
            "russia-ukraine",
            "territory",
        ),
    ],
)
def test_a_warning_that_an_armed_move_would_wreck_the_talks_opposes_that_move(
    text, negotiation, issue
):
    event = demand(text, issue, "temporary_truce", negotiation=negotiation, kind="ThreatIssued")
    assert held(event) == {issue: "opposes"}


@pytest.mark.parametrize(
    ("text", "negotiation", "issue"),
    [
        (
            "Egypt warned that an offensive in Rafah would cut off humanitarian aid.",
            "israel-hamas",
            "humanitarian_aid",
        ),
        (
            "The ELN warned it would resume attacks if the talks failed.",
            "colombia-eln",
            "permanent_ceasefire",
        ),
        (
            "Hamas warned that the talks in Cairo would collapse without a full withdrawal.",
            "israel-hamas",
            "troop_withdrawal",
        ),
    ],
)
def test_a_warning_of_other_harms_takes_no_stance(text, negotiation, issue):
    event = demand(text, issue, negotiation=negotiation, kind="ThreatIssued")
    assert held(event) == {}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "The rebels said the plan falls short of their core demands, particularly a "
            "permanent ceasefire.",
            "permanent_ceasefire",
        ),
        (
            "The group said the draft fell short of its call for a full withdrawal.",
            "troop_withdrawal",
        ),
        (
            "The rebels said the offer fails to meet their demand for an exchange of prisoners.",
            "prisoner_exchange",
        ),
    ],
)
def test_a_plan_rejected_for_falling_short_of_demands_demands_what_it_lacks(text, issue):
    found = stances(demand(text, issue, kind="ProposalRejected"))
    assert found == [("eln", issue, "demands")]


def test_a_plan_rejected_outright_is_rejected_on_its_issues():
    text = "The rebels rejected the plan for a permanent ceasefire as a trap."
    found = stances(demand(text, "permanent_ceasefire", kind="ProposalRejected"))
    assert found == [("eln", "permanent_ceasefire", "rejects")]


def said_by(text: str, kind: str, *issues: str, actors: tuple[str, ...] = ("eln",)) -> Plain:
    event = demand(text, *issues, negotiation="unassigned", kind=kind)
    event.actors = [(actor, "subject") for actor in actors]
    return event


@pytest.mark.parametrize(
    ("text", "given", "asked"),
    [
        (
            "The group is ready to hand over the hostages in one batch in exchange for the end "
            "of the war.",
            "hostage_release",
            "end_of_war",
        ),
        (
            "Moscow offered to pull back its troops from the region in return for security "
            "guarantees, a Kremlin aide said.",
            "troop_withdrawal",
            "security_guarantees",
        ),
        (
            "The rebels proposed to free all the prisoners of war on condition that the army "
            "withdraws its troops from the province.",
            "prisoner_release",
            "troop_withdrawal",
        ),
    ],
)
def test_what_an_offer_asks_in_return_is_demanded_and_what_it_gives_supported(text, given, asked):
    for kind in ("CounterproposalMade", "ProposalMade"):
        found = held(said_by(text, kind, given, asked))
        assert found[asked] == "demands"
        assert found[given] == "supports"


def test_a_plan_naming_no_price_supports_all_it_names():
    text = "Kyiv put forward a plan to free all the prisoners of war and withdraw the troops."
    found = held(said_by(text, "ProposalMade", "prisoner_release", "troop_withdrawal"))
    assert set(found.values()) == {"supports"}


@pytest.mark.parametrize(
    ("text", "maker", "issue"),
    [
        (
            "The Israeli plan calls for the disarmament of Hamas in a later phase.",
            "israel",
            "disarmament",
        ),
        (
            "Kyiv's framework would require the withdrawal of Russian troops from occupied areas.",
            "ukraine",
            "troop_withdrawal",
        ),
        (
            "Under the Armenian proposal, Azerbaijan must withdraw its forces from the border.",
            "armenia",
            "troop_withdrawal",
        ),
        (
            "The Sudanese army's plan demands the demobilisation of the RSF fighters.",
            "sudan",
            "disarmament",
        ),
    ],
)
def test_a_term_of_ones_own_plan_another_side_must_carry_out_is_demanded(text, maker, issue):
    found = held(said_by(text, "ProposalMade", issue, actors=(maker,)))
    assert found[issue] == "demands"


@pytest.mark.parametrize(
    ("text", "maker", "issue"),
    [
        (
            "The Israeli plan offers a phased withdrawal of Israeli troops from the Strip.",
            "israel",
            "troop_withdrawal",
        ),
        (
            "Moscow's plan foresees Russia's withdrawal from the power plant it occupies.",
            "russia",
            "troop_withdrawal",
        ),
        ("The rebels proposed a ceasefire and the disarmament of fighters.", "eln", "disarmament"),
    ],
)
def test_what_ones_own_plan_has_oneself_or_no_one_named_do_is_supported(text, maker, issue):
    found = held(said_by(text, "ProposalMade", issue, actors=(maker,)))
    assert found[issue] == "supports"


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Washington demands a halt to uranium enrichment, officials said.", "nuclear_programme"),
        ("Moscow called for an end to Western sanctions on its banks.", "sanctions"),
        (
            "The group demanded an end to the Israeli military presence in the Gaza Strip.",
            "security_presence",
        ),
        ("The envoy demanded that Tehran freeze its uranium enrichment.", "nuclear_programme"),
    ],
)
def test_a_demand_to_halt_an_activity_opposes_it(text, issue):
    assert held(said_by(text, "DemandStated", issue)) == {issue: "opposes"}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Hamas demanded an end to the war in Gaza.", "end_of_war"),
        ("The M23 called for an end to the war and a permanent ceasefire.", "permanent_ceasefire"),
        ("Baku demanded the withdrawal of Armenian troops.", "troop_withdrawal"),
    ],
)
def test_a_demand_to_end_the_war_or_for_a_withdrawal_still_demands_it(text, issue):
    assert held(said_by(text, "DemandStated", issue))[issue] == "demands"


def test_a_halt_demanded_in_one_clause_opposes_only_for_the_side_it_names():
    text = (
        "Tehran insists on its right to enrich uranium on its own soil, while the United States "
        "demands a halt to such activities."
    )
    us = held(said_by(text, "DemandStated", "nuclear_programme", actors=("united_states",)))
    iran = held(said_by(text, "DemandStated", "nuclear_programme", actors=("iran",)))
    assert us == {"nuclear_programme": "opposes"}
    assert iran == {"nuclear_programme": "demands"}


def accepted(text: str, *issues: str, response: str = "") -> Plain:
    found = demand(text, *issues, kind="ProposalAccepted")
    found.attributes = {"response": response} if response else {}
    return found


@pytest.mark.parametrize(
    ("text", "issues"),
    [
        ("The ELN accepted a two-week truce proposed by the church.", ("temporary_truce",)),
        ("The ELN said it took up the Norwegian offer of a cease-fire over Easter.", ()),
    ],
)
def test_accepting_a_truce_put_to_a_side_supports_a_truce(text, issues):
    assert stances(accepted(text, *issues)) == [("eln", "temporary_truce", "supports")]


def test_accepting_a_truce_with_conditions_is_conditional_on_it():
    text = "The ELN regards the truce proposal as a basis for further talks."
    found = accepted(text, "temporary_truce", response="with_conditions")
    assert stances(found) == [("eln", "temporary_truce", "conditional")]


@pytest.mark.parametrize(
    ("text", "issues"),
    [
        # a plan whose other terms the extractor read: those are the plan's, not the ELN's
        ("The ELN accepted the framework on disarmament and elections.", ("disarmament",)),
        ("The ELN accepted the plan for a permanent ceasefire.", ()),
        ("The ELN accepted the invitation to talks in Havana.", ()),
        ("The ELN accepted the plan, which includes a ceasefire.", ("elections",)),
    ],
)
def test_accepting_a_plan_that_is_no_truce_takes_no_stance(text, issues):
    assert stances(accepted(text, *issues)) == []
