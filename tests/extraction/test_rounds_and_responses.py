"""Rounds opened and left, proposals made and the sides' answers to them, as the negotiation
state reads them; in news phrasing written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ids, of_type

MON = date(2025, 10, 6)  # a Monday


def test_a_round_that_had_begun_in_a_city_opens_talks_there(read):
    (found,) = of_type(
        read("A fresh round of talks had begun in Cairo on Friday.", MON), "TalksOpened"
    )
    assert found.attributes.get("venue") == "cairo"
    assert found.occurred.start == date(2025, 10, 3)


def test_unnamed_negotiators_leaving_a_city_without_a_deal_end_the_round_there(read):
    (found,) = of_type(
        read(
            "Gaza ceasefire negotiators have left Doha without a breakthrough, officials said.", MON
        ),
        "TalksConcluded",
    )
    assert found.location == "doha"
    assert found.attributes.get("outcome") == "no_progress"


def test_unnamed_negotiators_leaving_for_another_city_end_nothing(read):
    assert (
        of_type(read("The delegations left Cairo on Monday for Doha.", MON), "TalksConcluded") == []
    )


def test_a_plan_outlined_by_a_leader_is_his_proposal(read):
    found = of_type(
        read("The four-stage plan was outlined by President Joe Biden on May 31.", MON),
        "ProposalMade",
    )
    assert found and "joe_biden" in ids(found[0])
    assert found[0].occurred.start == date(2025, 5, 31)
    assert found[0].attributes.get("proposal_name") == "four-stage plan"


def test_a_truce_proposed_with_the_date_before_its_object_is_a_proposal(read):
    (found,) = of_type(
        read("Egypt had proposed on Sept. 14 a three-day truce.", MON), "ProposalMade"
    )
    assert ids(found) == {"egypt"}
    assert found.occurred.start == date(2025, 9, 14)


def test_a_plan_far_from_a_sides_requirements_is_rejected_by_that_side(read):
    text = "Israeli officials said the latest offer was far from Israel's basic requirements."
    found = of_type(read(text, MON), "ProposalRejected")
    assert found and "israel" in ids(found[0])


def test_accepting_parts_of_a_plan_is_a_conditional_acceptance(read):
    (found,) = of_type(
        read("Hamas accepts parts of the plan but wants guarantees.", MON), "ProposalAccepted"
    )
    assert found.attributes.get("response") == "with_conditions"


def test_accepting_a_plan_while_wanting_assurances_is_a_conditional_acceptance(read):
    text = (
        "Hamas accepted the proposal on Sunday but insisted on assurances that the war would end."
    )
    (found,) = of_type(read(text, MON), "ProposalAccepted")
    assert found.attributes.get("response") == "with_conditions"


def test_accepting_a_plan_outright_is_no_conditional_acceptance(read):
    (found,) = of_type(read("Hamas accepted the proposal on Sunday.", MON), "ProposalAccepted")
    assert not found.attributes.get("response")


def test_the_side_that_accepts_a_mediators_proposal_is_not_its_proposer(read):
    text = "Hamas said it had accepted a proposal put forward by Egyptian and Qatari mediators."
    found = read(text, MON)
    (accepted,) = of_type(found, "ProposalAccepted")
    assert ids(accepted) == {"hamas"}
    assert {a for f in of_type(found, "ProposalMade") for a in ids(f)} == {"egypt", "qatar"}


def test_saying_it_would_study_a_proposal_is_studying_it(read):
    (found,) = of_type(
        read("Hamas said it would study the latest proposal.", MON), "StatementIssued"
    )
    assert found.attributes.get("response") == "studying"


def test_a_headline_rejection_without_object_rejects_the_plan_it_names(read):
    found = read("Hamas accepts the Egyptian truce plan, Israel rejects", MON)
    assert [ids(f) for f in of_type(found, "ProposalRejected")] == [{"israel"}]
    assert [ids(f) for f in of_type(found, "ProposalAccepted")] == [{"hamas"}]


def test_rejecting_a_mediators_attempts_is_rejecting_their_proposal(read):
    text = "Israeli officials rejected the latest attempts brokered by Qatar on Sunday."
    (found,) = of_type(read(text, MON), "ProposalRejected")
    assert "israel" in ids(found, "subject")


def test_rejecting_attempts_to_do_something_is_no_rejected_proposal(read):
    assert (
        of_type(
            read("Israel rejected attempts to blame it for the delay.", MON), "ProposalRejected"
        )
        == []
    )


@pytest.mark.parametrize(
    "sentence, venue",
    [
        (
            "Talks between Russia and Ukraine began on Monday at the Black Sea resort of Sochi.",
            "sochi",
        ),
        (
            "Israel and Hamas began talks on Monday in the Red Sea resort town of Sharm el-Sheikh.",
            "sharm_el_sheikh",
        ),
        (
            "Sudan's army and the RSF held talks on Monday in the Saudi port city of Jeddah.",
            "jeddah",
        ),
    ],
)
def test_a_round_at_a_place_told_by_what_it_is_before_its_name_is_held_there(read, sentence, venue):
    talks = of_type(read(sentence), "TalksOpened")
    assert talks and talks[0].location == venue
