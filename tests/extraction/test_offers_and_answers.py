"""Conditional offers, answers told in a clause after the plan, and replies asked of others,
in news phrasing written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ABOUT_GAZA, of_type

WED = date(2024, 2, 14)  # a Wednesday
FRI_2025 = date(2025, 10, 3)  # a Friday


@pytest.mark.parametrize(
    ("text", "speaker", "asked"),
    [
        (
            "Moscow has said it would agree to a ceasefire if Ukraine withdraws its troops from "
            "the four regions.",
            "russia",
            "troop_withdrawal",
        ),
        (
            "Israel said it will agree to end the fighting provided that Hamas lays down its arms.",
            "israel",
            "disarmament",
        ),
        (
            "The RSF said it would accept a truce on condition that the army withdraws from "
            "the city.",
            "rsf",
            "troop_withdrawal",
        ),
        (
            "Azerbaijan is ready to sign the peace treaty if Armenia removes the territorial "
            "claims from its constitution.",
            "azerbaijan",
            "territory",
        ),
    ],
)
def test_a_conditional_offer_is_a_demand_of_its_condition(read, text, speaker, asked):
    found = of_type(read(text, WED), "DemandStated")
    assert [f.actor_ids("subject") for f in found] == [(speaker,)]
    assert found[0].attributes["condition"] and asked in found[0].issues


@pytest.mark.parametrize(
    "text",
    [
        "The army said it would strike again if the rebels attacked its positions.",
        "Israel said it would not withdraw from the corridor if Hamas rearmed.",
        "Trump said the war could end if Hamas freed the hostages.",
        "It was unclear whether Hamas would accept the deal even if Israel agreed to it.",
    ],
)
def test_a_threat_a_refusal_or_an_even_if_is_no_conditional_offer(read, text):
    found = [
        f for f in of_type(read(text, WED), "DemandStated") if f.extractor.rule == "demand.offer_if"
    ]
    assert found == []


@pytest.mark.parametrize(
    "phrase", ["lays down its arms", "laid down their weapons", "hands over its weapons"]
)
def test_laying_down_or_handing_over_arms_is_disarmament(read, phrase):
    text = f"Kinshasa demanded that M23 {phrase} before any talks on Monday."
    found = of_type(read(text, WED), "DemandStated")
    assert found and "disarmament" in found[0].issues


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            ABOUT_GAZA + "Trump gave Hamas until Sunday to answer his plan, which Israel has "
            "already said it agrees to.",
            "israel",
        ),
        (
            "Talks in Riyadh turned to the US framework, which Kyiv accepted last week.",
            "ukraine",
        ),
        ("The plan that Baku endorsed on Monday calls for a border commission.", "azerbaijan"),
    ],
)
def test_an_answer_told_in_a_clause_after_the_plan_is_its_doers(read, text, doer):
    found = of_type(read(text, FRI_2025), "ProposalAccepted")
    assert [f.actor_ids("subject") for f in found] == [(doer,)]


def test_a_plan_not_yet_accepted_in_a_which_clause_is_no_answer(read):
    text = "The deal, which Hamas has not accepted, is still under review in Doha."
    assert of_type(read(text, FRI_2025), "ProposalAccepted") == []


@pytest.mark.parametrize(
    "text",
    [
        "Trump gave Hamas until Sunday to give an answer to his plan.",
        "The mediators asked the RSF to submit its response to the proposal by Friday.",
    ],
)
def test_a_reply_someone_is_given_time_to_make_is_no_counterproposal(read, text):
    assert of_type(read(ABOUT_GAZA + text, FRI_2025), "CounterproposalMade") == []


@pytest.mark.parametrize(
    ("text", "doer", "issue"),
    [
        (
            ABOUT_GAZA + "Israel's demand for disarmament was rejected by Hamas on Monday.",
            "hamas",
            "disarmament",
        ),
        (
            "Azerbaijan's demand for changes to the constitution was rejected by Armenia.",
            "armenia",
            "",
        ),
    ],
)
def test_a_demand_rejected_in_the_passive_may_name_what_it_demands(read, text, doer, issue):
    found = of_type(read(text, WED), "DemandRejected")
    assert [f.actor_ids("subject") for f in found] == [(doer,)]
    assert not issue or issue in found[0].issues


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        (
            "Trump met Netanyahu on Monday and said the two leaders had agreed on a plan to end "
            "the war.",
            {"united_states", "israel"},
        ),
        ("Netanyahu said he had agreed on the plan.", {"israel"}),
        ("Zelensky said Ukraine had agreed upon the US proposal.", {"ukraine"}),
    ],
)
def test_agreeing_on_a_plan_is_accepting_it(read, text, doers):
    found = of_type(read(text, FRI_2025), "ProposalAccepted")
    assert found and doers <= {a.id for a in found[0].actors if a.role == "subject"}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv and Moscow have not agreed on the terms of a truce.",
        "Hamas agreed on a list of hostages to be released.",
    ],
)
def test_agreeing_on_something_else_or_not_at_all_is_no_acceptance(read, text):
    assert of_type(read(text, FRI_2025), "ProposalAccepted") == []
