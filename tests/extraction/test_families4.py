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


# Round five: summits opened and hosted, releases told by a breakdown or by names, presented
# plans, delegations still to travel, agreements to let things through, urging that, war aims.
FRI_2025 = date(2025, 2, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Sisi opened the Cairo Summit for Peace on Saturday.", "cairo"),
        ("Egypt's president opened a peace summit in Cairo on Saturday.", "cairo"),
        ("Qatar hosted a round of talks in Doha on Monday.", "doha"),
        ("Sisi inaugurated the Sharm el-Sheikh summit on Monday.", "sharm_el_sheikh"),
    ],
)
def test_a_summit_opened_or_hosted_opens_talks_at_its_venue(read, text, venue):
    opened = of_type(read(text, FRI_2025), "TalksOpened")
    assert opened and any(f.location == venue for f in opened)
    assert all(f.modality == "asserted" for f in opened)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Sixteen hostages — 10 Israelis, four Thais and two Russian-Israelis — were "
            "released on Wednesday night.",
            16,
        ),
        ("Eli Sharabi, Ohad Ben Ami and Or Levy were freed on Saturday.", 3),
        ("On Saturday, Yarden Bibas and Keith Siegel were handed over to the Red Cross.", 2),
    ],
)
def test_releases_counted_before_a_breakdown_or_by_names_default_to_the_holder(read, text, count):
    released = of_type(read(text, FRI_2025), "HostagesReleased")
    assert len(released) == 1 and released[0].attributes["count"] == count
    assert ids(released[0]) == {"hamas"} and released[0].occurred.precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        "Zakaria Zubeidi and Marwan Barghouti were released from an Israeli prison on Thursday.",
        "Egypt and Qatar were freed of any blame for the delay.",
        "Women and children were released first, the army said.",
    ],
)
def test_prisoners_states_and_unnamed_groups_are_no_named_hostage_release(read, text):
    assert not of_type(read(text, FRI_2025), "HostagesReleased")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas presented its plan to the mediators on Thursday.",
        "Hamas handed its response to the mediators on Thursday.",
        "Israel submitted the plan to mediators in Cairo on Thursday.",
    ],
)
def test_a_plan_presented_on_a_past_day_is_made_then_not_expected(read, text):
    found = [f for f in read(text, FRI_2025) if f.type in ("ProposalMade", "CounterproposalMade")]
    assert found and all(f.modality == "asserted" for f in found)
    assert {f.occurred.start for f in found} == {date(2025, 2, 13)}


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("An Israeli delegation will travel to Qatar.", "qatar"),
        ("A Hamas delegation will head to Cairo on Sunday, officials said.", "cairo"),
    ],
)
def test_a_delegation_that_will_travel_is_sent_not_arrived(read, text, destination):
    found = read(text, FRI_2025)
    sent = of_type(found, "DelegationSent")
    assert sent and sent[0].modality == "expected"
    assert sent[0].attributes["destination"] == destination
    assert not of_type(found, "DelegationArrived")


def test_a_minister_who_will_travel_still_arrives(read):
    found = read("Blinken will travel to Cairo on Sunday.", FEB_2024)
    assert of_type(found, "DelegationArrived") and not of_type(found, "DelegationSent")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Israel had agreed to let aid trucks through.", "israel"),
        ("Hamas agreed to allow the Red Cross to visit the hostages.", "hamas"),
        ("The Security Council endorsed the plan in a 14-0 vote.", "united_nations"),
    ],
)
def test_agreeing_to_let_through_and_endorsing_accept(read, text, who):
    accepted = of_type(read(text, FRI_2025), "ProposalAccepted")
    assert accepted and who in ids(accepted[0], "subject")


@pytest.mark.parametrize(
    "text", ["Qatar urged that it continue.", "Egypt urged that the truce be extended."]
)
def test_urging_that_is_an_appeal(read, text):
    assert of_type(read(text, FRI_2025), "AppealMade")


@pytest.mark.parametrize(
    "text",
    [
        "Israel is determined to achieve its war aims, including eliminating Hamas.",
        "Netanyahu said Israel remained determined to achieve all its war aims, including the "
        "elimination of Hamas.",
    ],
)
def test_determination_to_achieve_war_aims_is_a_demand_to_eliminate_hamas(read, text):
    demands = of_type(read(text, FRI_2025), "DemandStated")
    assert demands and "hamas_elimination" in demands[0].issues


@pytest.mark.parametrize(
    "text",
    [
        "Qatar said it would keep working to bridge the differences.",
        "Egypt said it would continue working to bridge the gaps between the two sides.",
    ],
)
def test_working_to_bridge_differences_is_a_statement(read, text):
    statements = of_type(read(text, FRI_2025), "StatementIssued")
    assert statements and statements[0].attributes["assessment"] == "gaps_remain"
