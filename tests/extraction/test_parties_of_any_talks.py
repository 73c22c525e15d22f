"""Who the parties are in talks of any conflict: a state named by its organ next to a group,
'the government' and 'the rebels' of the article, backers and dissidents that are not the group,
asides between dashes and appositions; and talks, truces and rounds that did not happen."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ABOUT_GAZA, of_type

TUESDAY = date(2025, 3, 18)


def parties(findings, kind):
    return [set(f.actor_ids()) for f in of_type(findings, kind)]


@pytest.mark.parametrize(
    ("text", "kind", "both"),
    [
        (
            "Kenya's federal government and the Northern Frontier Front (NFF) opened talks in "
            "Addis Ababa on Tuesday.",
            "TalksOpened",
            {"kenya", "northern_frontier_front"},
        ),
        (
            "The Sudanese government and the Sudan People's Liberation Movement-North (SPLM-N) "
            "began negotiations in Juba on Tuesday.",
            "TalksOpened",
            {"sudan", "splm_n"},
        ),
        (
            "Mali's transitional authorities and the Azawad Liberation Front signed a ceasefire "
            "on Tuesday.",
            "CeasefireAgreed",
            {"mali", "azawad_liberation_front"},
        ),
        (
            "Colombia's government and the Estado Mayor Central (EMC), the largest group of "
            "former FARC fighters, said on Tuesday they would begin peace talks next month.",
            "TalksOpened",
            {"colombia", "estado_mayor_central"},
        ),
    ],
)
def test_a_state_named_by_its_organ_and_a_group_are_both_parties(read, text, kind, both):
    assert any(both <= found for found in parties(read(text, TUESDAY), kind)), read(text, TUESDAY)


def test_an_apposition_describing_a_group_does_not_make_its_names_the_doer(read):
    text = (
        "Myanmar's junta and the Kachin Independence Army, an ethnic armed group allied "
        "with the Arakan Army, opened talks in Kunming on Tuesday."
    )
    found = parties(read(text, TUESDAY), "TalksOpened")
    assert found and all("arakan_army" not in f for f in found), found


def test_the_government_and_the_rebels_are_the_article_s_state_and_group(read):
    text = (
        "Ethiopia and the TPLF signed a truce in Pretoria last year.\n"
        "The government and the rebels opened new talks in Nairobi on Tuesday."
    )
    found = [f for f in of_type(read(text, TUESDAY), "TalksOpened") if "nairobi" in f.location]
    assert found and {"ethiopia", "tplf"} <= set(found[0].actor_ids())


@pytest.mark.parametrize(
    ("opening", "state"),
    [
        (ABOUT_GAZA, "israel"),
        ("Colombia and the ELN signed a ceasefire in Havana last year.\n", "colombia"),
    ],
)
def test_the_cabinet_approving_a_deal_is_the_article_s_state_accepting_it(read, opening, state):
    text = opening + "The cabinet approved the ceasefire deal early on Saturday, officials said."
    found = read(text, TUESDAY)
    accepted = of_type(found, "ProposalAccepted")
    assert accepted and state in accepted[0].actor_ids("subject")
    # one side's yes, not the agreement
    assert not [f for f in of_type(found, "CeasefireAgreed") if "cabinet" in f.evidence.text]


def test_the_government_stays_nobody_when_two_states_negotiate(read):
    text = (
        "Russia and Ukraine held talks in Istanbul last month.\n"
        "The government said on Tuesday the talks had been useful."
    )
    statements = of_type(read(text, TUESDAY), "StatementIssued")
    assert all(not {"russia", "ukraine"} & set(f.actor_ids()) for f in statements), statements


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        (
            "Congo's government and Rwanda-backed rebels said on Tuesday they would send "
            "delegations to Doha. The M23 confirmed it.",
            "rwanda",
        ),
        ("The Iran-aligned Houthis said on Tuesday they would release 100 prisoners.", "iran"),
    ],
)
def test_a_backer_named_in_a_compound_acts_in_nothing(read, text, backer):
    found = read(text, TUESDAY)
    assert found and all(backer not in f.actor_ids() for f in found), found


def test_backed_rebels_are_the_one_group_the_article_names(read):
    text = (
        "The M23 seized Goma in January.\n"
        "Congo's government and Rwanda-backed rebels said on Tuesday they would send "
        "delegations to Doha."
    )
    (sent,) = of_type(read(text, TUESDAY), "DelegationSent")
    assert {"democratic_republic_of_congo", "m23"} <= set(sent.actor_ids())


def test_dissidents_of_a_group_are_not_the_group(read):
    text = "A FARC dissident group said on Tuesday it had opened talks with the government."
    found = read(text, TUESDAY)
    assert all("farc" not in f.actor_ids() for f in found), found


def test_congo_alone_is_the_democratic_republic(read):
    (talks,) = of_type(
        read("Congo and Rwanda held talks in Doha on Tuesday.", TUESDAY), "TalksOpened"
    )
    assert {"democratic_republic_of_congo", "rwanda"} <= set(talks.actor_ids())


@pytest.mark.parametrize(
    "text",
    [
        "US envoy Steve Witkoff \u2014 who helped broker a truce between Israel and Hamas \u2014 "
        "held talks in Miami on Tuesday with Ukrainian negotiators.",
        "The envoy -who had mediated between Israel and Hamas before- held talks in Miami on "
        "Tuesday with Ukrainian negotiators.",
    ],
)
def test_parties_named_in_an_aside_between_dashes_are_not_the_doers(read, text):
    found = of_type(read(text, TUESDAY), "TalksOpened")
    assert all(not {"israel", "hamas"} & set(f.actor_ids()) for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The fourth round of talks between Congo and the M23, planned in Doha, will not take "
        "place this week, Qatari officials said on Tuesday.",
        "Talks between Serbia and Kosovo have been postponed to next month, the EU said.",
        "Talks between Armenia and Azerbaijan were called off on Tuesday.",
        "He said on Tuesday that talks between Iran and the United States can be fruitful if "
        "both sides show goodwill.",
    ],
)
def test_talks_called_off_or_only_judged_open_no_round(read, text):
    assert not of_type(read(text, TUESDAY), "TalksOpened"), read(text, TUESDAY)


def test_talks_that_resumed_before_a_hope_still_open_a_round(read):
    text = (
        "Talks between Congo and the M23 resumed on Tuesday in Doha, with mediators hoping "
        "that a deal could be signed within days."
    )
    assert of_type(read(text, TUESDAY), "TalksOpened")


@pytest.mark.parametrize(
    "text",
    [
        "Although the president announced a bilateral ceasefire with the ELN on Jan. 1, the "
        "guerrillas denied it days later.",
        "The talks follow a ceasefire the president announced in January, denied days later "
        "by the ELN.",
        "The army announced a truce with the rebels, but the rebels said it had not been agreed.",
    ],
)
def test_a_truce_one_side_announced_and_the_other_disowned_was_not_agreed(read, text):
    assert not of_type(
        read("Colombia and the ELN are in talks.\n" + text, TUESDAY), "CeasefireAgreed"
    )


def test_a_round_naming_no_party_is_of_the_sides_of_direct_talks(read):
    text = (
        "Ethiopia and the TPLF signed a truce in Pretoria last week.\n"
        "The commanders' meeting has begun in Nairobi, officials said on Tuesday."
    )
    (talks,) = of_type(read(text, TUESDAY), "TalksOpened")
    assert {"ethiopia", "tplf", "kenya"} <= set(talks.actor_ids())


def test_a_round_naming_no_party_of_indirect_talks_assumes_no_side(read):
    text = ABOUT_GAZA + "The talks have begun in Cairo, officials said on Tuesday."
    found = of_type(read(text, TUESDAY), "TalksOpened")
    assert found and all(not {"israel", "hamas"} & set(f.actor_ids()) for f in found), found


def test_an_adjective_before_a_group_keeps_the_group_in_the_doer_chain(read):
    text = "Pakistan and the Afghan Taliban agreed on Tuesday to continue the existing ceasefire."
    (kept,) = of_type(read(text, TUESDAY), "TruceExtended")
    assert {"pakistan", "taliban", "afghanistan"} <= set(kept.actor_ids())
    assert kept.negotiation == "afghanistan-pakistan"


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed on Tuesday to maintain the ceasefire along the border.",
        "India and Pakistan decided on Tuesday to continue the truce.",
    ],
)
def test_agreeing_to_keep_a_truce_extends_it_and_accepts_no_plan(read, text):
    found = read(text, TUESDAY)
    assert of_type(found, "TruceExtended"), found
    assert not of_type(found, "ProposalAccepted") and not of_type(found, "CeasefireAgreed")


def test_deliberations_on_extending_a_truce_do_not_extend_it(read):
    text = (
        "India and Pakistan held talks on Tuesday. Deliberations took place regarding the "
        "extension of the ceasefire."
    )
    assert not of_type(read(text, TUESDAY), "TruceExtended")


def test_efforts_for_a_truce_dated_by_the_war_agree_no_truce(read):
    text = (
        "France has led efforts for a ceasefire in the conflict, which escalated in late "
        "September 2024."
    )
    assert not of_type(read(text, TUESDAY), "CeasefireAgreed")


def test_a_meeting_at_the_end_of_a_month_is_no_ending(read):
    text = "Congo and Rwanda said on Tuesday they want to hold a meeting at the end of July."
    assert not of_type(read(text, TUESDAY), "TalksConcluded")


def test_a_mediator_not_taking_part_is_no_party_of_the_round(read):
    text = (
        "Thailand and Cambodia are in talks. He said Malaysia is not participating in the "
        "secretariat meeting, which began on Tuesday."
    )
    found = of_type(read(text, TUESDAY), "TalksOpened")
    assert all("malaysia" not in f.actor_ids() for f in found), found


@pytest.mark.parametrize(
    ("text", "both"),
    [
        (
            "Armenia and Azerbaijan signed a peace treaty in Washington on Tuesday.",
            {"armenia", "azerbaijan"},
        ),
        (
            "Russia and Ukraine agreed on Tuesday to exchange 500 prisoners each.",
            {"russia", "ukraine"},
        ),
        (
            "Congo and the M23 agreed on Tuesday to protect civilians in the east.",
            {"democratic_republic_of_congo", "m23"},
        ),
        # leaders named by their titles, the second one's state told by a word before it
        (
            "Azerbaijan's President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan "
            "signed a joint declaration in Washington on Tuesday.",
            {"armenia", "azerbaijan"},
        ),
        (
            "Rwanda's foreign minister Olivier Nduhungirehe and his Congolese counterpart "
            "Therese Kayikwamba Wagner signed a peace agreement on Tuesday.",
            {"rwanda", "democratic_republic_of_congo"},
        ),
        # a deal reached, a day between it and its terms
        (
            "Serbia and Kosovo reached a deal on Tuesday on the freedom of movement.",
            {"serbia", "kosovo"},
        ),
    ],
)
def test_two_sides_agreeing_or_signing_together_accept_the_terms(read, text, both):
    found = of_type(read(text, TUESDAY), "ProposalAccepted")
    assert any(both <= set(f.actor_ids()) for f in found), found


def test_an_agreement_told_as_a_round_s_outcome_ends_the_round(read):
    text = (
        "During the talks in Istanbul on Tuesday, Russia and Ukraine agreed to new prisoner "
        "exchanges."
    )
    (ended,) = of_type(read(text, TUESDAY), "TalksConcluded")
    assert {"russia", "ukraine"} <= set(ended.actor_ids())


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed on a humanitarian pause on Tuesday.",
        "Russia and Ukraine agreed on Tuesday to meet again next week.",
        "India and Pakistan agreed on Tuesday to consider troop reductions.",
        "Hamas agreed on Tuesday to release 10 hostages.",
        "Russia and Ukraine must agree to a prisoner exchange first, Turkey said on Tuesday.",
        # a collective with no side named mostly tells a term of a deal told before
        "Russia and Ukraine held talks last week.\nBoth sides agreed to set up a hotline.",
    ],
)
def test_a_truce_a_meeting_a_thought_or_one_side_s_yes_is_no_mutual_agreement(read, text):
    found = [f for f in read(text, TUESDAY) if f.extractor.rule == "agreement.mutual"]
    assert not found, found


def test_mediators_commending_the_delegations_issue_a_statement(read):
    text = (
        "Turkey and Qatar commended both delegations on Tuesday for their constructive engagement."
    )
    (said,) = of_type(read(text, TUESDAY), "StatementIssued")
    assert {"turkey", "qatar"} <= set(said.actor_ids())


def test_an_official_of_a_state_s_organ_speaks_for_the_state(read):
    text = (
        "A senior US State Department official said on Tuesday that "
        '"the two sides are quite far apart" in the talks.'
    )
    (said,) = of_type(read(text, TUESDAY), "StatementIssued")
    assert "united_states" in said.actor_ids()
    assert said.attributes["assessment"] == "gaps_remain"


def test_a_threat_with_its_day_before_the_infinitive_is_a_threat(read):
    text = "Iran threatened on Wednesday to strike US bases in the region if the talks fail."
    (threat,) = of_type(read(text, TUESDAY), "ThreatIssued")
    assert "iran" in threat.actor_ids()


def test_an_envoy_speaking_during_a_visit_arrived(read):
    text = "US envoy Amos Hochstein said during a visit to Beirut on Tuesday that a truce was near."
    (arrived,) = of_type(read(text, TUESDAY), "DelegationArrived")
    assert "united_states" in arrived.actor_ids() and arrived.location == "beirut"


@pytest.mark.parametrize(
    ("text", "both"),
    [
        (
            "Talks between Kinshasa and Kigali resumed in Doha on Tuesday.",
            {"democratic_republic_of_congo", "rwanda"},
        ),
        (
            "The EU hosted a meeting of the Belgrade-Pristina dialogue in Brussels on Tuesday.",
            {"serbia", "kosovo"},
        ),
    ],
)
def test_capitals_paired_in_talks_stand_for_their_governments(read, text, both):
    found = of_type(read(text, TUESDAY), "TalksOpened")
    assert any(both <= set(f.actor_ids()) for f in found), found


def test_a_capital_after_a_preposition_is_still_a_venue(read):
    found = of_type(read("Talks resumed in Doha on Tuesday.", TUESDAY), "TalksOpened")
    assert found and all(f.location == "doha" for f in found)


def test_sides_that_have_yet_to_agree_a_truce_agreed_none(read):
    text = "Armenia and Azerbaijan have yet to agree a ceasefire, the mediators said on Tuesday."
    assert not of_type(read(text, TUESDAY), "CeasefireAgreed")


# 'The two sides', 'both parties', 'the warring factions': the pair the paragraph last named
# together, else the sides of the negotiation the article is about.
@pytest.mark.parametrize(
    ("text", "kind", "both"),
    [
        (
            "Armenia and Azerbaijan resumed border talks in Almaty on Monday.\n"
            "The two sides agreed on Tuesday to exchange 500 prisoners of war each.",
            "ProposalAccepted",
            {"armenia", "azerbaijan"},
        ),
        (
            "Russian and Ukrainian delegations met in Istanbul on Monday, officials said.\n"
            "Both parties agreed to meet again in two weeks, the Turkish foreign ministry said.",
            "TalksOpened",
            {"russia", "ukraine"},
        ),
        (
            "The fighting between Sudan's army and the Rapid Support Forces has killed "
            "thousands.\nSudan's warring factions signed a declaration in Jeddah on Thursday "
            "committing to protect civilians.",
            "ProposalAccepted",
            {"sudan", "rsf"},
        ),
        (
            "Thailand and Cambodia exchanged fire along their border for a third day.\n"
            "The two prime ministers called for an immediate halt to the shelling on Tuesday.",
            "AppealMade",
            {"thailand", "cambodia"},
        ),
    ],
)
def test_the_two_sides_are_the_parties_the_article_names(read, text, kind, both):
    found = parties(read(text, TUESDAY), kind)
    assert any(both <= f for f in found), read(text, TUESDAY)


def test_the_two_countries_are_the_pair_the_paragraph_last_named_together(read):
    text = (
        "Russia and Ukraine held no direct talks this month.\n"
        "The United States and Russia held talks in Riyadh on Monday. The two countries agreed "
        "on Tuesday to meet again next month."
    )
    found = [set(f.actor_ids()) for f in read(text, TUESDAY) if "two countries" in f.evidence.text]
    assert found and all(f == {"united_states", "russia"} for f in found), found


def test_two_mediators_named_together_are_not_the_two_sides(read):
    text = (
        "Israel and Hamas have fought in Gaza since October 2023.\n"
        "Egypt and Qatar hosted another round in Cairo. Both sides agreed on Tuesday to a "
        "six-week truce."
    )
    found = parties(read(text, TUESDAY), "CeasefireAgreed")
    assert found and all({"egypt", "qatar"}.isdisjoint(f) for f in found), found
    assert any({"israel", "hamas"} <= f for f in found), found


def test_both_sides_of_the_border_names_no_party(read):
    text = (
        "India and Pakistan agreed to a ceasefire last week.\n"
        "Residents on both sides of the border returned to their homes on Tuesday."
    )
    assert all("Residents" not in f.evidence.text for f in read(text, TUESDAY))


def test_the_two_sides_in_an_article_about_no_known_talks_stay_nobody(read):
    text = "The two sides agreed on Tuesday to meet again next month."
    assert read(text, TUESDAY) == []


def test_prisoners_released_by_a_named_state_are_its_release(read):
    text = (
        "The Houthis and Yemen's government held talks in Geneva.\n"
        "On Saturday, the Houthis said they had received 13 prisoners released by Saudi Arabia "
        "in exchange for one Saudi prisoner."
    )
    found = parties(read(text, TUESDAY), "PrisonersReleased")
    assert found and all("saudi_arabia" in f for f in found), found


@pytest.mark.parametrize(
    ("text", "both"),
    [
        (
            "The Houthis and the Yemeni government have observed a truce since April. The "
            "parties to the conflict accepted the UN proposal to renew it on Tuesday.",
            {"houthis", "yemen"},
        ),
        (
            "Sudan's army and the RSF met in Jeddah. The parties to the war accepted the US "
            "proposal for a humanitarian truce on Tuesday.",
            {"sudan", "rsf"},
        ),
    ],
)
def test_the_parties_to_the_conflict_are_both_sides(read, text, both):
    found = of_type(read(text, TUESDAY), "ProposalAccepted")
    assert any(both <= set(f.actor_ids()) for f in found), found


def test_the_parties_to_an_agreement_alone_are_nobody(read):
    text = "Russia and Ukraine met in Istanbul. The parties to the agreement accepted the plan."
    assert not of_type(read(text, TUESDAY), "ProposalAccepted")


@pytest.mark.parametrize(
    ("text", "both"),
    [
        (
            "The delegations from Kinshasa and Kigali met in Washington on Tuesday.",
            {"democratic_republic_of_congo", "rwanda"},
        ),
        (
            "Pakistan and Afghanistan clashed on the border last week. Senior representatives from "
            "the two sides met in Doha on Tuesday.",
            {"pakistan", "afghanistan"},
        ),
        # both sides of known talks meeting at a venue: their round
        ("Pakistan and Afghanistan met in Doha on Tuesday.", {"pakistan", "afghanistan"}),
        (
            "Thailand and Cambodia clashed last week. The two sides met in Kuala Lumpur on "
            "Tuesday.",
            {"thailand", "cambodia"},
        ),
        (
            "Top negotiators from Moscow and Kyiv met in Istanbul on Tuesday.",
            {"russia", "ukraine"},
        ),
    ],
)
def test_the_sides_a_delegation_comes_from_take_part(read, text, both):
    found = of_type(read(text, TUESDAY), "TalksOpened")
    assert any(both <= set(f.actor_ids()) for f in found), found


@pytest.mark.parametrize(
    ("text", "negotiation"),
    [
        (
            "Tehran said on Tuesday that the next round of talks with Washington would be held "
            "in Rome.",
            "iran-united_states",
        ),
        (
            "Baku said on Tuesday that negotiations with Yerevan would resume in Abu Dhabi.",
            "armenia-azerbaijan",
        ),
    ],
)
def test_a_capital_negotiated_with_is_its_government(read, text, negotiation):
    (found,) = of_type(read(text, TUESDAY), "TalksOpened")
    assert found.negotiation == negotiation


def test_a_flight_from_a_capital_brings_no_government(read):
    text = "Witkoff arrived in Istanbul from Moscow on Tuesday."
    found = of_type(read(text, TUESDAY), "DelegationArrived")
    assert all("russia" not in f.actor_ids() for f in found), found


def test_two_states_of_no_known_talks_meeting_open_no_round(read):
    assert not of_type(read("France and Germany met in Paris on Tuesday.", TUESDAY), "TalksOpened")


@pytest.mark.parametrize(
    ("text", "both"),
    [
        (
            "Watched by Donald Trump, the signing of the declaration by Cambodian Prime Minister "
            "Hun Manet and his Thai counterpart took place in Kuala Lumpur on Tuesday.",
            {"cambodia", "thailand"},
        ),
        (
            "With Marco Rubio looking on, the signing of the peace agreement by Rwanda and Congo "
            "took place in Washington on Tuesday.",
            {"rwanda", "democratic_republic_of_congo"},
        ),
    ],
)
def test_a_signing_told_as_a_noun_is_done_by_those_after_its_by(read, text, both):
    (found,) = of_type(read(text, TUESDAY), "ProposalAccepted")
    assert both <= set(found.actor_ids())
    assert not {"donald_trump", "marco_rubio", "united_states"} & set(found.actor_ids())
