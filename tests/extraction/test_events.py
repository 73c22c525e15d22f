"""Event rules on sentences written for these tests, in varied news phrasing."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import of_type

CASES = [
    # (sentence, event type, an actor id that must be among the event's actors)
    (
        "A Hamas delegation arrived in Cairo on Saturday for talks with Egyptian mediators.",
        "DelegationArrived",
        "hamas",
    ),
    ("Israel's negotiating team landed in Doha late Monday.", "DelegationArrived", "israel"),
    (
        "CIA chief William Burns travelled to Paris for a meeting with Mossad chief David Barnea.",
        "DelegationArrived",
        "william_burns",
    ),
    (
        "Secretary of State Antony Blinken visited Israel on Tuesday, his fifth trip of the war.",
        "DelegationArrived",
        "antony_blinken",
    ),
    (
        "A Hamas delegation is due in Cairo on Sunday, an official said.",
        "DelegationArrived",
        "hamas",
    ),
    (
        "Israel will send negotiators to Doha next week, the prime minister's office said.",
        "DelegationSent",
        "israel",
    ),
    ("Qatar dispatched a team of mediators to Cairo on Thursday.", "DelegationSent", "qatar"),
    (
        "Netanyahu recalled the negotiating team from Doha after talks stalled.",
        "DelegationRecalled",
        "benjamin_netanyahu",
    ),
    ("Talks resumed in Doha on Monday with Qatari and Egyptian mediators.", "TalksOpened", "qatar"),
    (
        "Mediators from Egypt, Qatar and the United States met in Paris on Friday.",
        "TalksOpened",
        "egypt",
    ),
    (
        "Israeli and Hamas negotiators held indirect talks in Sharm el-Sheikh on Monday.",
        "TalksOpened",
        "israel",
    ),
    (
        "Hamas said it had accepted the proposal put forward by Egypt and Qatar.",
        "ProposalAccepted",
        "hamas",
    ),
    ("Egypt presented a new proposal for a two-phase truce on Thursday.", "ProposalMade", "egypt"),
    (
        "Netanyahu rejected Hamas's demands for an end to the war.",
        "DemandRejected",
        "benjamin_netanyahu",
    ),
    ("Israel dismissed the counterproposal as delusional.", "ProposalRejected", "israel"),
    (
        "Hamas submitted a counterproposal to the mediators on Tuesday.",
        "CounterproposalMade",
        "hamas",
    ),
    (
        "Hamas freed three hostages on Saturday in exchange for 90 Palestinian prisoners.",
        "HostagesReleased",
        "hamas",
    ),
    (
        "Israel released 90 Palestinian prisoners from Ofer prison overnight.",
        "PrisonersReleased",
        "israel",
    ),
    (
        "Two hostages were rescued by Israeli special forces in Rafah on Monday.",
        "HostagesReleased",
        "israel",
    ),
    (
        "The truce in Gaza was extended by two days, Qatar's foreign ministry said.",
        "TruceExtended",
        "hamas",
    ),
    (
        "The ceasefire collapsed on Friday as Israel resumed strikes on Gaza.",
        "CeasefireCollapsed",
        "israel",
    ),
    (
        "Israel and Hamas agreed to a four-day truce on Wednesday, mediated by Qatar.",
        "CeasefireAgreed",
        "israel",
    ),
    ("Qatar urged both sides to show flexibility.", "AppealMade", "qatar"),
    (
        "Blinken warned that an assault on Rafah would have catastrophic consequences.",
        "ThreatIssued",
        "united_states",
    ),
    (
        "Hezbollah leader Hassan Nasrallah threatened to widen the war if Israel attacked Lebanon.",
        "ThreatIssued",
        "hezbollah",
    ),
    (
        "Hamas insists on a permanent ceasefire and a full Israeli withdrawal.",
        "DemandStated",
        "hamas",
    ),
    ("Netanyahu has vowed to keep fighting until Hamas is destroyed.", "DemandStated", "israel"),
    (
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said the talks were constructive.",
        "StatementIssued",
        "qatar",
    ),
    (
        "The White House described the negotiations as serious, but said gaps remain.",
        "StatementIssued",
        "united_states",
    ),
    (
        "Egypt's intelligence chief met Hamas leaders in Cairo on Tuesday to discuss the deal.",
        "TalksOpened",
        "egypt",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "actor"), CASES)
def test_news_phrasing_yields_the_event_with_its_actor(read, sentence, kind, actor):
    found = of_type(read(sentence), kind)
    assert found, f"no {kind} in {sentence!r}: {[f.type for f in read(sentence)]}"
    assert any(actor in f.actor_ids() for f in found), [f.actor_ids() for f in found]


NON_EVENTS = [
    (
        "Hamas, which was not expected to attend the negotiations in Cairo, kept silent.",
        "DelegationArrived",
    ),
    (
        "Hamas, which was not expected to attend the negotiations in Cairo, kept silent.",
        "TalksOpened",
    ),
    (
        "Israel has not commented on the talks, which an official called constructive.",
        "StatementIssued",
    ),
    ("Qatar denied that its prime minister had travelled to Washington.", "DelegationArrived"),
    ("Officials said hostages could be released if a deal is reached.", "HostagesReleased"),
    ("Mediators hope to reach a ceasefire before Ramadan.", "CeasefireAgreed"),
    (
        "Hamas will not release any more hostages until Israel ends its offensive.",
        "HostagesReleased",
    ),
    ("The international community urged both sides to show restraint.", "AppealMade"),
    ("Dozens of freed prisoners gathered in Ramallah on Sunday.", "PrisonersReleased"),
]


@pytest.mark.parametrize(("sentence", "kind"), NON_EVENTS)
def test_negated_hypothetical_or_doerless_statements_yield_nothing(read, sentence, kind):
    assert not of_type(read(sentence), kind)


def test_conditional_refusal_is_a_demand_not_a_release(read):
    found = read("Hamas will not release any more hostages until Israel ends its offensive.")
    demand = of_type(found, "DemandStated")
    assert demand and "hamas" in demand[0].actor_ids()
    assert "until" in demand[0].attributes["condition"]


def test_passive_release_names_the_captor_by_default(read):
    found = of_type(read("Fifty hostages were released during the truce."), "HostagesReleased")
    assert found and "hamas" in found[0].actor_ids()
    assert found[0].attributes["count"] == 50 or found[0].attributes.get("count") is None
