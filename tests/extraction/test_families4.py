"""Fourth round of phrasing families: meetings and who travelled to them, coordinated doers,
ultimatums, endorsements and spurious readings (expiries, military plans, claims of fact).
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import of_type

FEB_2024 = date(2024, 2, 14)  # Blinken and Burns in office
OCT_2025 = date(2025, 10, 8)  # Witkoff and Kushner are envoys then


def ids(finding, role=None):
    return {a.id for a in finding.actors if role is None or a.role == role}


MEETINGS = [
    ("Witkoff and Kushner met Netanyahu in Jerusalem on Monday.", "jerusalem", "steve_witkoff"),
    (
        "Blinken met Egyptian President Abdel Fattah el-Sissi in Cairo on Monday "
        "before flying to Doha.",
        "cairo",
        "antony_blinken",
    ),
    (
        "Mossad chief David Barnea met CIA Director William Burns in Warsaw on Monday.",
        "warsaw",
        "william_burns",
    ),
    ("Burns met with Egypt's intelligence chief in Cairo on Tuesday.", "cairo", "william_burns"),
]


@pytest.mark.parametrize(("text", "venue", "who"), MEETINGS)
def test_officials_of_two_sides_meeting_at_a_venue_open_talks(read, text, venue, who):
    day = OCT_2025 if "Witkoff" in text else FEB_2024
    talks = of_type(read(text, day), "TalksOpened")
    assert talks and talks[0].location == venue and who in ids(talks[0])


VISITORS = [
    (
        "Witkoff and Kushner met Netanyahu in Jerusalem on Monday.",
        "steve_witkoff",
        "benjamin_netanyahu",
    ),
    (
        "Blinken met Egyptian President Abdel Fattah el-Sissi in Cairo on Monday "
        "before flying to Doha.",
        "antony_blinken",
        "abdel_fattah_el_sisi",
    ),
]


@pytest.mark.parametrize(("text", "visitor", "host"), VISITORS)
def test_the_visitor_arrives_and_the_host_does_not(read, text, visitor, host):
    day = OCT_2025 if "Witkoff" in text else FEB_2024
    arrived = of_type(read(text, day), "DelegationArrived")
    assert any(visitor in ids(f, "subject") for f in arrived)
    assert not any(host in ids(f, "subject") for f in arrived)


def test_a_meeting_of_envoys_is_no_ceasefire(read):
    found = read("Witkoff and Kushner met Netanyahu in Jerusalem on Monday.", OCT_2025)
    assert not of_type(found, "CeasefireAgreed") and not of_type(found, "TalksConcluded")


COORDINATED = [
    "Hamas and the smaller Islamic Jihad militant group delivered their response to the mediators.",
    "Hamas and the allied Islamic Jihad handed their reply to Qatari and Egyptian mediators.",
]


@pytest.mark.parametrize("text", COORDINATED)
def test_both_partners_of_a_coordinated_subject_act(read, text):
    made = of_type(read(text), "CounterproposalMade")
    assert made and {"hamas", "palestinian_islamic_jihad"} <= ids(made[0], "subject")


ULTIMATUMS = [
    'Trump said that if the hostages were not returned "by Saturday at noon", he would propose '
    "cancelling the deal.",
    "Trump warned that if Hamas did not free the captives by Sunday, he would propose ending "
    "the truce.",
]


@pytest.mark.parametrize("text", ULTIMATUMS)
def test_a_proposal_promised_on_a_deadline_is_a_threat(read, text):
    found = read(text)
    assert of_type(found, "ThreatIssued") and not of_type(found, "ProposalMade")


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


STATEMENTS = [
    (
        'Boehler said on Sunday the meetings were "very helpful" and a deal could come soon.',
        "constructive",
    ),
    ('Blinken said the process was "producing results".', "progress"),
    ("Qatar's prime minister said the talks were helpful.", "constructive"),
    ("The Egyptian foreign minister said the talks were bearing fruit.", "progress"),
]


@pytest.mark.parametrize(("text", "assessment"), STATEMENTS)
def test_statements_about_the_process(read, text, assessment):
    said = of_type(read(text), "StatementIssued")
    assert said and said[0].attributes["assessment"] == assessment
