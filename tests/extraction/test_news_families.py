"""Broad families of news language for core events, in wordings written for these tests (several
negotiations): headlines without articles, fronted aims, a team named by a possessive pronoun,
answers told in the passive, plans with long describing words; and the readings they must not
take (an intention, an infinitive, a hope, a sponsor, a participle describing the plan)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import ids, of_type

FOUND = [
    # headlines drop the article: a plan made public
    ("Trump unveils 20-point Gaza peace plan", "ProposalMade", "donald_trump"),
    ("Qatar presents new truce proposal to Hamas", "ProposalMade", "qatar"),
    ("Turkey floats framework for Black Sea talks", "ProposalMade", "turkey"),
    # lines put on the table
    (
        "Azerbaijan submitted a new set of border maps to the Armenian side on Monday.",
        "ProposalMade",
        "azerbaijan",
    ),
    # describing words piled before the plan's noun
    (
        "On Tuesday Biden announced his three-phase Israel-Hamas hostage plan.",
        "ProposalMade",
        "joe_biden",
    ),
    # headlines tell an agreement in the present
    ("Israel and Hamas reach truce deal", "CeasefireAgreed", "hamas"),
    ("Israel, Hezbollah seal ceasefire deal", "CeasefireAgreed", "hezbollah"),
    # a fronted aim is the purpose of the deed the main clause tells
    (
        "In a bid to end the war, Russia and Ukraine held talks in Istanbul on Friday.",
        "TalksOpened",
        "ukraine",
    ),
    (
        "To break the deadlock, Qatar presented a new proposal to Hamas on Tuesday.",
        "ProposalMade",
        "qatar",
    ),
    (
        "Seeking to salvage the truce, Egypt hosted Israeli and Hamas delegations on Sunday.",
        "TalksOpened",
        "egypt",
    ),
    # a team named by the speaker's possessive pronoun
    ("Hamas said its delegation left Cairo on Tuesday.", "TalksConcluded", "hamas"),
    ("Israel said its negotiators had left Doha without a deal.", "TalksConcluded", "israel"),
    # coming back from the round
    ("The Mossad chief has returned from the talks in Doha.", "TalksConcluded", "israel"),
    ("Ukrainian negotiators back from Istanbul talks", "TalksConcluded", "ukraine"),
    # the answer in the passive, its doer after 'by'
    ("The truce proposal was rejected by Hamas on Sunday.", "ProposalRejected", "hamas"),
    ("The new framework has been turned down by the Kremlin.", "ProposalRejected", "russia"),
    ("The plan was approved by Israel's cabinet on Friday.", "ProposalAccepted", "israel"),
    ("Israel's conditions were dismissed by Hamas on Sunday.", "DemandRejected", "hamas"),
    # an answer handed over is a counterproposal
    ("Hamas handed its answer to the mediators on Tuesday.", "CounterproposalMade", "hamas"),
    # a round to come, its verb after an auxiliary
    (
        "Officials said discussions will commence soon between Lebanon and Israel.",
        "TalksOpened",
        "lebanon",
    ),
    # a side's terms told with 'must' after its speaker, or by the deal it is ready for
    ("Moscow said Kyiv must recognise the new borders.", "DemandStated", "russia"),
    ("Israel said Hamas must disarm and hand over the hostages.", "DemandStated", "israel"),
    (
        "The ELN said a ceasefire must be in place before any prisoners are freed.",
        "DemandStated",
        "eln",
    ),
    (
        "Hamas said it was ready for a comprehensive agreement that involves a full withdrawal.",
        "DemandStated",
        "hamas",
    ),
    (
        "Islamic Jihad said that talks must wait and that Israel must free all its prisoners.",
        "DemandStated",
        "palestinian_islamic_jihad",
    ),
    # 'the group' with two describing words stands for the group named before
    (
        "Hamas pledged to keep talking, but officials in the Palestinian armed group said a "
        "truce must take effect first.",
        "DemandStated",
        "hamas",
    ),
    # a talks noun whose modifiers run up to a perfect (the venue's state hosts)
    ("Negotiations on a prisoner swap in Gaza have resumed in Cairo.", "TalksOpened", "egypt"),
]


@pytest.mark.parametrize(("text", "kind", "actor"), FOUND)
def test_a_wording_of_the_family_yields_the_event_with_its_actor(read, text, kind, actor):
    found = of_type(read(text), kind)
    assert found, f"no {kind} in {text!r}"
    assert any(actor in ids(f) for f in found), [ids(f) for f in found]


NOTHING = [
    # coming back from something that is no round
    ("The hostages returned from Gaza on Sunday.", "TalksConcluded"),
    ("Hamas has stepped back from the brink.", "TalksConcluded"),
    # a plan's content, told by the deal it offers, is no demand of its maker
    ("Qatar presented a proposal that includes the release of 33 hostages.", "DemandStated"),
    ("Egypt drafted a plan that involves a six-week truce.", "DemandStated"),
    # an army's notice, no offer
    ("Israel released new maps of evacuation zones in Gaza.", "ProposalMade"),
    # an intention, not an offer
    ("Israel announces plans to expand the offensive", "ProposalMade"),
    # a participle describing the plan
    ("Talks centre on the president's proposed plan for Gaza.", "ProposalMade"),
    # an infinitive or a hope, not an agreement
    (
        "Egypt's efforts to restore calm, reach a ceasefire and free hostages go on.",
        "CeasefireAgreed",
    ),
    ("Washington hopes the rebels and the army will reach a truce soon.", "CeasefireAgreed"),
    ("There is no sign of a ceasefire between the two sides.", "CeasefireAgreed"),
    # a sponsor, not an answer; an answer denied
    ("The plan, backed by Egypt and Qatar, calls for a six-week truce.", "ProposalAccepted"),
    ("The proposal was not accepted by Israel.", "ProposalAccepted"),
    ("The offer would likely be rejected by Hamas, analysts said.", "ProposalRejected"),
]


@pytest.mark.parametrize(("text", "kind"), NOTHING)
def test_a_reading_that_is_not_the_event_yields_none(read, text, kind):
    assert not of_type(read(text), kind), [(f.type, ids(f), f.extractor.rule) for f in read(text)]


def test_a_fronted_aim_leaves_a_modal_of_the_main_clause_hypothetical(read):
    found = read("In an effort to reach a deal, Israel could release more prisoners.")
    assert not of_type(found, "PrisonersReleased")


def test_an_apposition_naming_a_group_is_no_pronoun_for_an_earlier_actor(read):
    text = (
        "The US hopes for a deal soon. However, Hamas, the Palestinian militant group, insists "
        "on a complete end to the war."
    )
    demands = of_type(read(text), "DemandStated")
    assert demands
    assert all(ids(f, "subject") == {"hamas"} for f in demands), [ids(f) for f in demands]


def test_the_speaker_of_a_second_complement_is_the_target_s_asker(read):
    text = "Islamic Jihad said that talks must wait and that Israel must free all its prisoners."
    demand = next(f for f in of_type(read(text), "DemandStated") if "israel" in ids(f))
    assert ids(demand, "subject") == {"palestinian_islamic_jihad"}
    assert ids(demand, "target") == {"israel"}


def test_a_bare_title_is_the_one_holder_the_article_named_before(read):
    text = (
        "Biden spoke to reporters on Monday. The president went on to urge Hamas to accept "
        "his plan."
    )
    appeals = of_type(read(text), "AppealMade")
    assert appeals
    assert "joe_biden" in ids(appeals[0], "subject")


def test_a_bare_title_two_named_holders_could_have_stays_nobody(read):
    text = "Biden met Sisi on Monday. The president urged Hamas to accept the plan."
    assert not of_type(read(text), "AppealMade")


def test_signs_of_the_talks_make_an_assessment_about_them(read):
    found = read("Hamas spokesman Hazem Qassem said indicators were so far positive.")
    assert of_type(found, "StatementIssued")


def test_it_after_a_plan_calls_for_the_plan_s_terms_not_an_appeal(read):
    text = (
        "The plan does not require anyone to leave the region and calls for a truce. It also "
        "calls for all detainees to be freed within a week of Russia accepting it."
    )
    assert not of_type(read(text), "AppealMade")


def test_a_side_s_call_for_terms_named_as_a_noun_is_its_demand(read):
    text = (
        "Netanyahu says Hamas's call for a withdrawal of all troops from Gaza and an end to the "
        "war is unacceptable."
    )
    found = read(text)
    assert any(ids(f, "subject") == {"hamas"} for f in of_type(found, "DemandStated"))
    assert not any("hamas" in ids(f) for f in of_type(found, "AppealMade"))


@pytest.mark.parametrize(
    "text",
    [
        "According to a senior US official, Israel agreed to the deal.",
        "According to two senior Egyptian officials, Hamas rejected the plan.",
        "Hamas has accepted the proposal, an official with knowledge of the talks told CNN.",
    ],
)
def test_an_unnamed_official_s_account_is_reported(read, text):
    found = [f for f in read(text) if f.type in ("ProposalAccepted", "ProposalRejected")]
    assert found
    assert all(f.modality == "reported" for f in found)
