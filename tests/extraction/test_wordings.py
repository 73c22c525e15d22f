"""Families of news phrasing across the catalog, each in several wordings written for these
tests: the event is read whatever the wording, and the guards (negation, conditions, deadlines,
readings that are not events) hold."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import of_type

WED = date(2024, 2, 14)


FOUND = [
    # arrival and presence
    ("CIA Director William Burns was in Cairo on Monday.", "DelegationArrived", "william_burns"),
    (
        "A Hamas delegation is in Doha for talks with Qatari mediators.",
        "DelegationArrived",
        "hamas",
    ),
    ("Blinken landed in Tel Aviv late on Tuesday.", "DelegationArrived", "antony_blinken"),
    ("Ron Dermer will travel to Cairo next week.", "DelegationArrived", "ron_dermer"),
    ("Brett McGurk is heading to Doha, the White House said.", "DelegationArrived", "brett_mcgurk"),
    (
        "An Israeli delegation led by David Barnea was expected to join the talks on Thursday.",
        "DelegationArrived",
        "israel",
    ),
    (
        "Hochstein, who shuttled between Beirut and Jerusalem, said talks went well.",
        "DelegationArrived",
        "amos_hochstein",
    ),
    # departures and delegations
    (
        "Witkoff and his deputy Morgan Ortagus left for Egypt on Tuesday.",
        "DelegationSent",
        "steve_witkoff",
    ),
    ("Steve Witkoff departed for Doha on Sunday.", "DelegationSent", "steve_witkoff"),
    (
        "Israel's war cabinet voted to press on while sending a delegation to Cairo.",
        "DelegationSent",
        "israel",
    ),
    (
        "Ron Dermer is expected to lead Israel's delegation, an official said.",
        "DelegationSent",
        "ron_dermer",
    ),
    # talks
    ("Egypt will host Israeli and Hamas delegations on Monday.", "TalksOpened", "egypt"),
    ("Negotiators would reconvene in Cairo next week, Qatar said.", "TalksOpened", "egypt"),
    # truce start
    ("A four-day truce took hold in Gaza on Friday.", "CeasefireAgreed", "hamas"),
    (
        "The ceasefire between Israel and Hezbollah came into effect at 4 a.m.",
        "CeasefireAgreed",
        "hezbollah",
    ),
    (
        "The truce, brokered by Qatar and Egypt, began at 7 a.m. on Friday.",
        "CeasefireAgreed",
        "israel",
    ),
    ("The Gaza ceasefire went into force on Sunday morning.", "CeasefireAgreed", "israel"),
    # rejection
    ("Israel rejected any full withdrawal of its forces from Gaza.", "DemandRejected", "israel"),
    ("Netanyahu ruled out an end to the war before Hamas is defeated.", "DemandRejected", "israel"),
    ("Israel said the terms did not meet its core demands.", "ProposalRejected", "israel"),
    ("Hamas said the new proposal fell short of its demands.", "ProposalRejected", "hamas"),
    (
        "An official said it was a version of the proposal that Israel could not accept.",
        "ProposalRejected",
        "israel",
    ),
    ("Hamas said it was not committed to the new proposal.", "ProposalRejected", "hamas"),
    # acceptance and offers
    ("Israel's security cabinet ratified the deal on Friday.", "ProposalAccepted", "israel"),
    ("Hamas said it agreed to release all hostages under the plan.", "ProposalAccepted", "hamas"),
    ("Hamas said it was prepared to free Edan Alexander.", "CounterproposalMade", "hamas"),
    # threats and positions
    ("Ben-Gvir vowed to dissolve the government.", "ThreatIssued", "itamar_ben_gvir"),
    (
        "Smotrich said he would not be part of a government that agreed to the outline.",
        "ThreatIssued",
        "bezalel_smotrich",
    ),
    ("Iran has vowed to retaliate for the killing.", "ThreatIssued", "iran"),
    ("Netanyahu said the war would resume after the truce.", "ThreatIssued", "benjamin_netanyahu"),
    (
        "A Hamas official said any deal must begin with a complete cessation of the aggression.",
        "DemandStated",
        "hamas",
    ),
    (
        "Hamas said it was ready to deal with any proposal based on a permanent ceasefire.",
        "DemandStated",
        "hamas",
    ),
    # releases
    (
        "Three hostages were handed to the Red Cross in Gaza City on Sunday.",
        "HostagesReleased",
        "hamas",
    ),
    # statements
    (
        "Egypt's foreign ministry condemned the strikes as a flagrant violation of the agreement.",
        "StatementIssued",
        "egypt",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actor"), FOUND)
def test_a_wording_of_the_family_yields_the_event(read, text, kind, actor):
    found = of_type(read(text, WED), kind)
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


NOTHING = [
    ("Netanyahu said the war would resume once the truce ends.", "CeasefireCollapsed"),
    ("Hamas said it would abide by the truce as long as Israel did.", "DemandStated"),
    ("Israel did not say whether it would send negotiators to Doha.", "DelegationSent"),
    ("Hamas has not said whether it will stop taking part in negotiations.", "DelegationRecalled"),
    ("Israel was in no mood for compromise, officials said.", "DelegationArrived"),
    ("Hamas rejected reports that its delegation had left Cairo.", "DemandRejected"),
    ("Hamas said it agreed to release all hostages under the plan.", "HostagesReleased"),
    ("He gave Hamas until Sunday to accept the plan.", "ProposalAccepted"),
    ("The agreement calls for 33 hostages to be freed in the first phase.", "AppealMade"),
    (
        "JERUSALEM (Reuters) - Israel and Hamas agreed on a truce after weeks of talks in Doha.",
        "TalksOpened",
    ),
    ("Hamas wants guarantees that Israel will not resume the war.", "ThreatIssued"),
    ("Biden welcomed the release of the hostages.", "ProposalAccepted"),
]


@pytest.mark.parametrize(("text", "kind"), NOTHING)
def test_a_guarded_wording_yields_no_such_event(read, text, kind):
    assert of_type(read(text, WED), kind) == []


def test_a_deed_in_a_condition_is_still_no_event(read):
    found = read("The fighting would resume once the truce expires if no deal is approved.", WED)
    assert not of_type(found, "ThreatIssued")
    assert not of_type(
        read("Hostages would be freed if the deal is approved.", WED), "HostagesReleased"
    )


SPURIOUS = [
    ("Israel has insisted there is no pause in the fighting.", "DemandStated"),
    ("Hamas insisted that there was no deal on the table.", "DemandStated"),
    ("Netanyahu said he had approved plans for a military operation in Rafah.", "ProposalAccepted"),
    ("The cabinet approved the army's ground offensive in Rafah.", "ProposalAccepted"),
    ("The first phase of the January ceasefire expired on March 1.", "CeasefireAgreed"),
    ("Israel said it backed a proposal by Witkoff to extend the truce.", "TruceExtended"),
    ("Egypt supports a plan to extend the ceasefire by two days.", "TruceExtended"),
]


@pytest.mark.parametrize(("text", "kind"), SPURIOUS)
def test_readings_that_are_not_events(read, text, kind):
    assert not of_type(read(text), kind)
