"""Which stance an event's subject takes on each issue it names: a demand's sentence may also
refuse something, in a clause of its own; in phrasing written for these tests."""

from __future__ import annotations

import pytest

from projections.facts import Plain, condition_issues, stances


def demand(text: str, *issues: str, negotiation: str = "colombia-eln", condition: str = ""):
    return Plain(
        id="e1",
        type="DemandStated",
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
