"""Proposal rules (catalog: ProposalMade, CounterproposalMade, ProposalAccepted,
ProposalRejected), in news phrasing written for these tests.
WORDINGS lists the family's events in many wordings; NOT_THE_EVENT, readings that are not
them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ABOUT_GAZA, assert_read_with_actor, dated, ids, of_type

MON = date(2025, 10, 6)  # a Monday
WED = date(2024, 2, 14)  # a Wednesday
FRI_2025 = date(2025, 2, 14)  # a Friday


MAR = date(2024, 3, 6)  # a Wednesday


FRI_OCT_3_2025 = date(2025, 10, 3)  # a Friday


TUESDAY = date(2025, 3, 18)


def test_convening_to_approve_a_deal_is_an_expected_acceptance_on_that_day(read):
    text = "Israel's government will convene on Thursday to approve the deal."
    (found,) = of_type(read(text, MON), "ProposalAccepted")
    assert found.modality == "expected" and found.occurred.start == date(2025, 10, 9)


def test_the_proposers_in_a_put_forward_by_modifier_do_not_accept(read):
    found = read(
        "Hamas announced on Monday that it had accepted a proposal put forward by Egyptian "
        "and Qatari mediators.",
        WED,
    )
    accepted = of_type(found, "ProposalAccepted")
    assert accepted and all(set(f.actor_ids("subject")) == {"hamas"} for f in accepted)


def test_a_proposed_truce_with_terms_is_a_proposal(read):
    text = (
        "Egypt's president proposed a two-day truce in which four hostages would be "
        "exchanged for prisoners."
    )
    found = of_type(read(text, WED), "ProposalMade")
    assert found and "egypt" in found[0].actor_ids()


def test_setting_out_terms_is_a_proposal(read):
    found = of_type(
        read("Trump set out his terms for a deal to free all hostages.", WED), "ProposalMade"
    )
    assert found and "donald_trump" in found[0].actor_ids()


def test_a_delivered_response_is_a_counterproposal(read):
    found = read("Hamas delivered its response to the mediators on Tuesday.", WED)
    assert dated(found, "CounterproposalMade") == [(date(2024, 2, 13), date(2024, 2, 13))]


def test_an_offered_release_in_exchange_is_a_proposal_not_a_release(read):
    text = "Hamas said it would release 10 living hostages in exchange for a 60-day truce."
    found = read(text, WED)
    assert of_type(found, "ProposalMade")
    assert not of_type(found, "HostagesReleased")


def test_a_truce_proposal_accepted_on_a_date_is_no_truce(read):
    found = read("Hamas accepted the Egyptian-Qatari 60-day truce proposal on Aug. 18.", MON)
    assert dated(found, "ProposalAccepted") == [(date(2025, 8, 18), date(2025, 8, 18))]
    assert not of_type(found, "CeasefireAgreed")


def test_a_headline_speaker_rejects_what_they_call_unacceptable(read):
    found = of_type(
        read("Netanyahu: Hamas's response 'totally unacceptable'", WED), "ProposalRejected"
    )
    assert found and "israel" in found[0].actor_ids("subject")


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
    ("text", "kind", "name"),
    [
        ("Israel rejected the Paris framework on Tuesday.", "ProposalRejected", "paris framework"),
        (
            "Hamas accepted the Egyptian three-stage plan.",
            "ProposalAccepted",
            "egyptian three-stage plan",
        ),
        ("Netanyahu said Israel accepted Biden's plan.", "ProposalAccepted", "biden plan"),
        ("Trump unveiled a 20-point plan to end the war.", "ProposalMade", "20-point plan"),
        ("The US presented the bridging proposal in Doha.", "ProposalMade", "bridging proposal"),
    ],
)
def test_a_plan_s_name_is_kept_for_linking_its_reports(read, text, kind, name):
    (found,) = of_type(read(text), kind)
    assert found.attributes["proposal_name"] == name


def test_an_unnamed_plan_has_no_name(read):
    (found,) = of_type(read("Hamas rejected the proposal on Tuesday."), "ProposalRejected")
    assert "proposal_name" not in found.attributes


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it had accepted the plan with some reservations.",
        "Hamas accepted the proposal but sought changes to the withdrawal maps.",
        "Israel conditionally approved the framework.",
    ],
)
def test_an_acceptance_with_reservations_is_with_conditions(read, text):
    (found,) = of_type(read(text), "ProposalAccepted")
    assert found.attributes["response"] == "with_conditions"


def test_a_plain_acceptance_carries_no_response_qualifier(read):
    (found,) = of_type(read("Hamas accepted the proposal on Monday."), "ProposalAccepted")
    assert "response" not in found.attributes


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Armenia views the Russian peace plan positively, its foreign minister said.", "armenia"),
        ("Kyiv regarded the European framework favourably on Tuesday.", "ukraine"),
        ("Hamas sees the Egyptian proposal as a good starting point.", "hamas"),
        ("The RSF considered the Quad's truce proposal very positively.", "rsf"),
    ],
)
def test_a_favourable_view_of_a_plan_accepts_it(read, text, who):
    (found,) = of_type(read(text), "ProposalAccepted")
    assert who in found.actor_ids()


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah regards the American draft as a basis for further negotiations.",
        "Lebanon views the US truce proposal positively, though some points need clarification.",
        "Baku viewed the plan favourably but said several clauses required further discussion.",
    ],
)
def test_a_favourable_view_with_more_to_settle_is_with_conditions(read, text):
    (found,) = of_type(read(text), "ProposalAccepted")
    assert found.attributes["response"] == "with_conditions"


@pytest.mark.parametrize(
    "text",
    [
        "Moscow viewed the proposal with deep suspicion.",
        "The minister views the situation on the ground positively.",
        "Hamas sees the talks as a chance to end the war.",
        "Israel regards the plan as a threat to its security.",
    ],
)
def test_a_view_that_is_not_favourable_of_a_plan_accepts_nothing(read, text):
    assert not of_type(read(text), "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it was studying the bridging proposal.",
        "Israel is reviewing the latest draft, an official said.",
        "Hamas said it would study the new offer carefully.",
    ],
)
def test_studying_a_proposal_is_a_statement_whose_response_is_studying(read, text):
    found = read(text)
    assert [f.attributes.get("response") for f in of_type(found, "StatementIssued")] == ["studying"]
    assert not of_type(found, "ProposalAccepted") and not of_type(found, "ProposalRejected")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas countered with a proposal of its own.",
        "Israel countered by offering a shorter truce.",
    ],
)
def test_countering_is_a_counterproposal(read, text):
    assert of_type(read(text), "CounterproposalMade")


@pytest.mark.parametrize(
    ("text", "proposer"),
    [
        ("They were discussing a new proposal delivered by the Qatari prime minister.", "qatar"),
        ("Hamas studied the framework drawn up by Egypt.", "egypt"),
        ("The plan, which was put forward by Egypt, drew criticism.", "egypt"),
    ],
)
def test_a_proposal_made_by_someone_names_its_proposer(read, text, proposer):
    found = of_type(read(text), "ProposalMade")
    assert any(proposer in ids(f, "subject") for f in found)


@pytest.mark.parametrize(
    ("text", "published", "proposer"),
    [
        (
            "Congo and Rwanda met in Luanda under Angola's mediation. The ministers will review "
            "the draft peace agreement proposed by the facilitator.",
            date(2024, 11, 25),
            "angola",
        ),
        (
            "Armenia and Azerbaijan are negotiating a treaty. The facilitator on Tuesday put "
            "forward a draft peace treaty. The European Union hosts the talks in Brussels.",
            date(2024, 2, 14),
            "european_union",
        ),
        (
            "The Sudanese army and the RSF resumed talks in Jeddah, where Saudi Arabia is the "
            "facilitator. The facilitator tabled a draft accord on Monday.",
            date(2023, 5, 10),
            "saudi_arabia",
        ),
    ],
)
def test_the_facilitator_is_the_one_mediator_the_article_names(read, text, published, proposer):
    found = of_type(read(text, published), "ProposalMade")
    assert [ids(f, "subject") for f in found] == [{proposer}]


def test_the_facilitator_is_nobody_when_the_article_names_several_mediators(read):
    text = (
        "Qatar and the United States mediate between Congo and Rwanda. The facilitator put "
        "forward a draft peace agreement on Monday."
    )
    found = of_type(read(text, date(2025, 6, 2)), "ProposalMade")
    assert all(not ids(f, "subject") & {"qatar", "united_states"} for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Trump on Monday laid out a 20-point plan for ending the war.",
        "Egypt set out a three-stage plan to the delegations.",
    ],
)
def test_laying_out_a_plan_proposes_it(read, text):
    assert of_type(read(text), "ProposalMade")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Haniyeh informed the mediators that the group accepted their proposal.", "hamas"),
        ("Netanyahu told Biden that he had accepted the framework.", "israel"),
    ],
)
def test_the_pronoun_after_told_x_that_is_the_teller_not_the_hearer(read, text, doer):
    (found,) = of_type(read(text, date(2024, 5, 6)), "ProposalAccepted")
    assert doer in ids(found, "subject")


@pytest.mark.parametrize(
    ("text", "rejecter"),
    [
        ('Witkoff spoke on Friday. "It is totally unacceptable," he wrote on X.', "steve_witkoff"),
        ("Israel said the Hamas response was unacceptable.", "israel"),
        ('"The proposal is a non-starter," Hamas said.', "hamas"),
    ],
)
def test_a_verdict_of_unacceptable_is_the_rejection_of_whoever_says_it(read, text, rejecter):
    found = of_type(read(text, date(2025, 6, 1)), "ProposalRejected")
    assert [ids(f, "subject") & {rejecter} for f in found] == [{rejecter}]


def test_a_deal_brokered_by_a_mediator_is_not_its_proposal(read):
    assert not of_type(read("The deal was brokered by US envoy Amos Hochstein."), "ProposalMade")


@pytest.mark.parametrize(
    "text",
    [
        "According to the plan drawn up by Egypt, the first stage would last six weeks.",
        "The negotiations focus on the framework put forward by Qatar in the spring.",
        "Hamas asked for changes to parts of the proposal presented by Egypt last week.",
    ],
)
def test_a_plan_cited_as_the_frame_of_other_news_is_not_made_again(read, text):
    assert of_type(read(text, WED), "ProposalMade") == []


def test_a_plan_handed_over_by_a_mediator_is_made_by_it(read):
    text = "Hamas is studying a new proposal delivered by Egypt on Tuesday."
    assert [ids(f, "subject") for f in of_type(read(text, WED), "ProposalMade")] == [{"egypt"}]


def test_terms_an_earlier_deal_had_set_are_no_acceptance(read):
    text = (
        "Under the November truce deal, Hamas had agreed to release one captive for every "
        "three Palestinian prisoners freed by Israel."
    )
    assert of_type(read(text, WED), "ProposalAccepted") == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel says it will accept a permanent truce only if Hamas agrees to disarm.",
        '"Israel must commit to the ceasefire and withdraw," a Hamas official said.',
    ],
)
def test_agreeing_in_a_condition_or_as_an_obligation_is_no_acceptance(read, text):
    assert of_type(read(text, WED), "ProposalAccepted") == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel has resisted international calls to agree a ceasefire in Gaza.",
        "Hamas rebuffed pressure from Cairo for a quick truce.",
    ],
)
def test_resisting_calls_or_pressure_is_no_plan_rejected(read, text):
    assert of_type(read(text, WED), "ProposalRejected") == []


def test_rejecting_a_plan_is_still_a_rejection(read):
    assert of_type(
        read("Hamas rejected the Egyptian truce proposal on Monday.", WED), "ProposalRejected"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine proposed a summit between the two presidents before the end of the month.",
        "Ukraine's negotiator said Kyiv had suggested setting up three expert working groups.",
        "Moscow also advocated declaring short local truces to collect the wounded.",
    ],
)
def test_a_side_proposing_a_summit_or_a_deed_makes_a_proposal(read, text):
    found = of_type(read(text, MON), "ProposalMade")
    assert found and any("ukraine" in ids(f) or "russia" in ids(f) for f in found)


def test_proposing_short_truces_agrees_no_truce(read):
    found = read("Russia proposed declaring two-day ceasefires along the front line.", MON)
    assert of_type(found, "ProposalMade") and not of_type(found, "CeasefireAgreed")


def test_suggesting_during_a_meeting_is_no_gerund_proposal(read):
    found = read("Russia suggested during the meeting that Ukraine withdraw.", MON)
    assert not [f for f in found if f.extractor.rule == "proposal.gerund"]


def test_sides_agreeing_to_swap_prisoners_accept_an_exchange(read):
    (found,) = of_type(
        read("Russia and Ukraine agreed to swap 1,000 prisoners of war each.", MON),
        "ProposalAccepted",
    )
    assert ids(found, "subject") == {"russia", "ukraine"}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Serbia and Kosovo signed a declaration of principles in Brussels on Saturday.",
            {"serbia", "kosovo"},
        ),
        (
            "Armenia and Azerbaijan initialled the peace treaty at the White House.",
            {"armenia", "azerbaijan"},
        ),
        (
            "Sudan and the RSF signed at the talks in Jeddah a declaration on civilians.",
            {"sudan", "rsf"},
        ),
    ],
)
def test_sides_signing_a_declaration_or_treaty_accept_its_text(read, text, sides):
    found = of_type(read(text, MON), "ProposalAccepted")
    assert found and sides <= ids(found[0], "subject")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine signed a minerals deal with the United States on Monday.",
        "The ELN signed the ceasefire on Monday.",
    ],
)
def test_signing_a_trade_deal_or_a_truce_is_no_acceptance_of_a_plan(read, text):
    assert not of_type(read(text, MON), "ProposalAccepted")


def test_accepting_an_invitation_to_talks_is_an_acceptance(read):
    text = (
        "Sudan's government said on Monday it had accepted an invitation to attend talks in Geneva."
    )
    (found,) = of_type(read(text, MON), "ProposalAccepted")
    assert "sudan" in ids(found, "subject") and found.occurred.start == MON


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Sudan's government declined to participate in the Geneva talks on Monday.", "sudan"),
        ("The RSF refused to attend the talks in Jeddah.", "rsf"),
        ("Hamas boycotted the meeting in Cairo on Monday.", "hamas"),
    ],
)
def test_declining_or_boycotting_a_round_rejects_it(read, text, side):
    (found,) = of_type(read(text, MON), "ProposalRejected")
    assert side in ids(found, "subject")


def test_not_boycotting_a_round_rejects_nothing(read):
    assert not of_type(read("Hamas did not boycott the talks in Cairo.", MON), "ProposalRejected")


def test_accepting_it_after_a_sentence_naming_the_plan_accepts_that_plan(read):
    text = (
        "Colombia accepted the revised framework on Monday. The ELN accepted it on Wednesday "
        "after consulting its commanders."
    )
    found = of_type(read(text, date(2027, 4, 30)), "ProposalAccepted")
    assert [(sorted(ids(f, "subject")), f.occurred.start) for f in found] == [
        (["colombia"], date(2027, 4, 26)),
        (["eln"], date(2027, 4, 28)),
    ]


def test_freeing_hostages_as_another_party_s_plan_sets_out_accepts_the_plan(read):
    text = (
        "Hamas said it would release all the hostages in exchange for Palestinian prisoners, as "
        "set out in the US president's plan."
    )
    found = read(text)
    assert of_type(found, "ProposalAccepted") and not of_type(found, "ProposalMade"), found


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Biden announced a three-phase ceasefire plan on Friday.", "united_states"),
        ("The White House released its 20-point plan on Monday.", "united_states"),
        ("Egypt advanced a new proposal for a two-month truce.", "egypt"),
    ],
)
def test_making_a_plan_public_proposes_it_and_agrees_no_truce(read, text, author):
    found = read(text)
    made = of_type(found, "ProposalMade")
    assert any(author in f.actor_ids() for f in made), found
    assert not of_type(found, "CeasefireAgreed"), found


def test_announcing_that_an_agreement_was_reached_on_a_framework_proposes_nothing(read):
    text = "Hamas announced that it had reached an agreement on a general framework for a truce."
    assert not of_type(read(text), "ProposalMade")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels held a rally on Monday. The ELN accepted it on Wednesday.",
        "Colombia presented a plan on Monday. The ELN accepted it was time to talk.",
    ],
)
def test_accepting_it_with_no_plan_before_or_a_clause_after_accepts_nothing(read, text):
    assert not of_type(read(text, date(2027, 4, 30)), "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Islamic Jihad hand their reply to Qatar's prime minister.",
        "Hamas gave its response to the mediators on Friday.",
    ],
)
def test_handing_or_giving_a_reply_makes_a_counterproposal(read, text):
    found = of_type(read(text), "CounterproposalMade")
    assert any("hamas" in f.actor_ids() for f in found), read(text)


def test_a_proposal_that_included_a_release_releases_nobody(read):
    text = "The US advanced a new proposal that included the release of all the hostages."
    assert not of_type(read(text), "HostagesReleased")


def test_a_plan_named_in_another_clause_is_not_the_drafter_s_proposal(read):
    text = (
        "On Monday the Security Council adopted a US-drafted resolution which backs the "
        "proposal for a ceasefire."
    )
    assert not of_type(read(text), "ProposalMade")


def test_a_plan_that_would_end_the_war_is_proposed_now_not_expected(read):
    text = "Egypt presented Hamas and Israel with a plan that would end the war."
    (found,) = of_type(read(text), "ProposalMade")
    assert found.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine agreed on Tuesday to exchange 300 prisoners of war each.",
        "Congo and the M23 agreed late on Tuesday to release detainees held by both sides.",
        "The Houthis agreed early Tuesday to free 50 detainees held in Sanaa.",
    ],
)
def test_a_day_between_agreed_and_its_object_still_makes_the_acceptance(read, text):
    found = of_type(read(text, date(2025, 3, 19)), "ProposalAccepted")
    assert [(f.occurred.start, f.occurred.end) for f in found] == [
        (date(2025, 3, 18), date(2025, 3, 18))
    ], read(text, date(2025, 3, 19))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Serbia and Kosovo reached an agreement on vehicle licence plates in Brussels.",
            {"serbia", "kosovo"},
        ),
        (
            "Negotiators for Armenia and Azerbaijan have struck an understanding over the "
            "delimitation of their border.",
            {"armenia", "azerbaijan"},
        ),
        (
            "Russia and Ukraine clinched a deal-like accord on the exchange of wounded soldiers.",
            {"russia", "ukraine"},
        ),
    ],
)
def test_two_sides_reaching_an_agreement_on_terms_accept_them(read, text, sides):
    found = of_type(read(text, MON), "ProposalAccepted")
    assert found and sides <= ids(found[0])


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ukraine had handed Russia a draft of its peace memorandum before the round.", "ukraine"),
        ("Russia handed Ukraine its memorandum on Monday, which Kyiv will now study.", "russia"),
        ("Armenia submitted a memorandum on border delimitation to Azerbaijan.", "armenia"),
    ],
)
def test_a_memorandum_handed_to_the_other_side_is_a_proposal(read, text, actor):
    found = of_type(read(text), "ProposalMade")
    assert any(actor in f.actor_ids() for f in found), read(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Kyiv rejected the Russian memorandum on Tuesday, calling it an ultimatum.", "ukraine"),
        ("Baku dismissed the Armenian roadmap on Monday.", "azerbaijan"),
        ("The army rejected the document the mediators presented on Sunday.", "sudan"),
    ],
)
def test_a_memorandum_roadmap_or_document_turned_down_is_a_proposal_rejected(read, text, actor):
    opening = "Sudan's army and the RSF held talks in Jeddah.\n" if actor == "sudan" else ""
    found = of_type(read(opening + text), "ProposalRejected")
    assert any(actor in f.actor_ids() for f in found), read(opening + text)


DENIED_TRUCE = [
    "After Petro announced a bilateral ceasefire, the ELN denied the ceasefire on Tuesday.",
    "Petro announced a bilateral ceasefire, denied days later by the ELN.",
    "Petro announced a truce with the ELN on Saturday. The ELN denied it on Monday.",
]


@pytest.mark.parametrize("text", DENIED_TRUCE)
def test_a_side_denying_a_truce_the_other_announced_rejects_it(read, text):
    found = of_type(read(text, date(2023, 1, 5)), "ProposalRejected")
    assert any("eln" in f.actor_ids() for f in found), read(text, date(2023, 1, 5))


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Sudan and the RSF went on in Jeddah.\n"
        "A broad agreement was reached on humanitarian corridors, the mediators said.",
        "Talks between Sudan and the RSF went on in Jeddah.\n"
        "It was also agreed that both sides would open humanitarian corridors, the statement said.",
    ],
)
def test_an_agreement_told_in_the_passive_is_accepted_by_the_negotiation_s_sides(read, text):
    found = of_type(read(text, MON), "ProposalAccepted")
    assert found and {"sudan", "rsf"} <= ids(found[0])


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Envoys said on Sunday that a peace accord between Armenia and Azerbaijan was "
            "signed at the White House.",
            {"armenia", "azerbaijan"},
        ),
        (
            "Qatar announced on Monday that an agreement had been reached between the Congo "
            "and the M23 on a declaration of principles.",
            {"democratic_republic_of_congo", "m23"},
        ),
        (
            "The EU envoy wrote on Friday that a deal had been reached in the talks between "
            "Serbia and Kosovo.",
            {"serbia", "kosovo"},
        ),
        (
            "The mediators said a 'deal' was reached between Israel and Hamas on Thursday.",
            {"israel", "hamas"},
        ),
    ],
)
def test_a_deal_reached_or_signed_between_two_named_sides_is_both_sides_agreement(
    read, text, sides
):
    found = [f for f in of_type(read(text, MON), "ProposalAccepted") if f.modality == "asserted"]
    assert found and sides == ids(found[0]), read(text, MON)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan hope to reach an agreement on the border before winter.",
        "Serbia and Kosovo could reach an agreement on licence plates next month.",
        "Hamas said it had reached an agreement on a general framework with the mediators.",
        "Israel and Hamas reached a ceasefire agreement on Wednesday.",
        "Moscow denied on Friday that an agreement had been reached between Russia and Ukraine.",
        "Diplomats hope that an accord between Sudan and the RSF will be signed soon.",
        "The army and the RSF would sign a deal if an agreement were reached between them.",
    ],
)
def test_an_agreement_hoped_for_one_sided_or_on_a_truce_accepts_no_terms(read, text):
    assert not [
        f
        for f in of_type(read(text, MON), "ProposalAccepted")
        if f.extractor.rule == "agreement.reached"
    ]


def test_agreeing_not_to_do_something_is_both_sides_accepting_it(read):
    text = "The army chiefs of India and Pakistan spoke by phone and agreed not to fire."
    found = of_type(read(text, MON), "ProposalAccepted")
    assert found and {"india", "pakistan"} <= ids(found[0])


def test_agreeing_to_reaffirm_a_commitment_accepts_no_terms(read):
    text = "The presidents of Armenia and Azerbaijan agreed to reiterate their commitment to peace."
    assert not of_type(read(text, MON), "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said on Monday it had accepted a proposed hostage release deal.",
        "The ELN approved the proposed framework for a bilateral truce on Monday.",
    ],
)
def test_accepting_a_proposed_plan_is_an_acceptance_not_a_hypothesis(read, text):
    assert of_type(read(text, MON), "ProposalAccepted")


def test_a_proposed_plan_that_could_be_accepted_is_still_no_acceptance(read):
    assert not of_type(read("Hamas could accept the proposed deal.", MON), "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        "The leaders warned Hamas that rejecting the plan would bring a new offensive.",
        "Officials said that refusing the offer could isolate the rebels.",
    ],
)
def test_a_rejection_named_as_the_subject_of_a_modal_is_a_supposition(read, text):
    assert not of_type(read(text, MON), "ProposalRejected")


def test_agreeing_not_to_accept_something_is_no_acceptance(read):
    text = "Egypt and the Palestinian Authority agreed not to accept any foreign troops in Gaza."
    assert not of_type(read(text, MON), "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas refused to free the hostages unless Israel ends the war.",
        "The RSF refuses to negotiate until the army withdraws from the capital.",
    ],
)
def test_refusing_a_deed_until_a_condition_is_met_rejects_no_plan(read, text):
    found = read(text, MON)
    assert not of_type(found, "ProposalRejected")
    assert of_type(found, "DemandStated")


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army and the RSF met in Jeddah.\nTwo partial agreements were signed on Tuesday.",
        "Armenia and Azerbaijan met in Abu Dhabi.\nA declaration of principles was signed at the "
        "White House on Friday.",
    ],
)
def test_a_text_signed_told_in_the_passive_is_accepted_by_the_sides(read, text):
    assert of_type(read(text, MON), "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan met in Abu Dhabi.\nThe peace deal signed in 2020 ended the war.",
        "Ukraine and the United States met.\nThe minerals deal was signed on Wednesday.",
        "Congo and the M23 met in Doha.\nThe declaration signed in Doha on 19 July is fragile.",
        "Ethiopia and the TPLF met.\nCommanders began to apply the peace deal signed last week.",
    ],
)
def test_a_text_recalled_as_signed_or_a_trade_deal_is_no_acceptance(read, text):
    assert not of_type(read(text, MON), "ProposalAccepted")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Hamas said it will not take part in the new round of talks in Doha.", "hamas"),
        ("Sudan's army said it would not attend the Geneva talks.", "sudan"),
        ("The M23 won't join the meeting in Luanda, its spokesman said.", "m23"),
    ],
)
def test_saying_one_will_not_take_part_in_a_round_rejects_it(read, text, side):
    found = of_type(read(text, MON), "ProposalRejected")
    assert found and side in ids(found[0])


def test_not_taking_part_until_a_condition_is_met_is_a_demand_not_a_rejection(read):
    found = read("Israel will not take part in more talks until Hamas names the hostages.", MON)
    assert not of_type(found, "ProposalRejected")
    assert of_type(found, "DemandStated")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas agreed on Monday to a truce proposal from the Egyptian and Qatari mediators.",
        "Israel agreed late on Sunday to the US bridging proposal.",
        "The ELN agreed in principle to the government's framework.",
    ],
)
def test_a_time_between_agreed_and_to_still_makes_an_acceptance(read, text):
    assert of_type(read(text), "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        "Russia denied ceasefire violations in the Black Sea.",
        "Petro announced a bilateral ceasefire on Saturday. The ELN denied it was behind the "
        "bombing in Tibu.",
        "Hamas denied the report about the truce talks.",
    ],
)
def test_denying_a_fact_or_a_violation_rejects_nothing(read, text):
    assert not of_type(read(text, date(2023, 1, 5)), "ProposalRejected")


def test_a_plan_accepted_by_a_side_in_the_passive_is_that_sides_acceptance(read):
    text = (
        "Talks in Oslo turn on the Norwegian framework, which has been accepted by Colombia's "
        "government and partly agreed to by the ELN."
    )
    accepted = of_type(read(text, MON), "ProposalAccepted")
    by = {f.actor_ids("subject"): f.attributes.get("response") or "" for f in accepted}
    assert by == {("colombia",): "", ("eln",): "with_conditions"}


def test_an_offer_turned_down_by_a_side_in_the_passive_is_its_rejection(read):
    found = read("The Turkish offer was turned down by the Kremlin on Sunday, officials said.", MON)
    (rejected,) = of_type(found, "ProposalRejected")
    assert rejected.actor_ids("subject") == ("russia",)


@pytest.mark.parametrize(
    "text",
    [
        "The truce proposal must be accepted by the cabinet before it can take effect.",
        "If the plan is accepted by Hamas, the fighting would stop within days.",
        "The offer was not accepted by the rebels.",
        "The ceasefire was agreed to by both sides after weeks of talks.",
    ],
)
def test_a_passive_answer_not_given_or_of_no_plan_is_none(read, text):
    found = read(text, MON)
    assert not of_type(found, "ProposalAccepted") and not of_type(found, "ProposalRejected")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Armenia hands Azerbaijan its document on the border at the talks.", "armenia"),
        ("The Russian ombudswoman provided Ukraine's side with a list of 200 prisoners.", "russia"),
    ],
)
def test_a_text_handed_across_the_table_is_a_proposal(read, text, side):
    found = of_type(read(text), "ProposalMade")
    assert found and side in ids(found[0])


def test_a_list_of_demands_handed_over_is_no_proposal_of_names(read):
    text = "Hamas handed the mediators a list of demands on Monday."
    assert not any(f.extractor.rule == "proposal.verb" for f in of_type(read(text), "ProposalMade"))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("On Wednesday the ELN answered with a document of its own, a plan for a truce.", "eln"),
        ("The RSF answered with a plan of its own on Tuesday.", "rsf"),
        ("On Friday Kyiv sent back a text of its own to the US envoy.", "ukraine"),
        ("Hamas responded with a draft of its own on Monday.", "hamas"),
    ],
)
def test_a_side_answering_with_a_plan_of_its_own_makes_a_counterproposal(read, text, who):
    found = of_type(read(text), "CounterproposalMade")
    assert [ids(f, "subject") & {who} for f in found] == [{who}]


@pytest.mark.parametrize(
    ("text", "sides", "day"),
    [
        (
            "The terms are set out in two partial deals signed Tuesday in Doha by representatives "
            "of the Congolese government and the M23.",
            {"democratic_republic_of_congo", "m23"},
            date(2025, 10, 7),  # the publication day, a Tuesday
        ),
        (
            "A memorandum signed in Baku on Monday by the foreign ministers of Armenia and "
            "Azerbaijan sets out the border.",
            {"armenia", "azerbaijan"},
            date(2025, 10, 6),
        ),
    ],
)
def test_a_text_signed_on_a_day_by_named_signers_is_their_acceptance(read, text, sides, day):
    (found,) = of_type(read(text, date(2025, 10, 7)), "ProposalAccepted")
    assert sides <= ids(found) and found.occurred.start == day


@pytest.mark.parametrize(
    "text",
    [
        "Hamas answered the question on Tuesday.",
        "The M23 answered with fire on Tuesday.",
        "Russia answered with its own drones on Friday.",
    ],
)
def test_answering_with_no_plan_makes_no_counterproposal(read, text):
    assert not of_type(read(text), "CounterproposalMade")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Blinken said Hamas has proposed numerous changes to the US-backed plan.", "hamas"),
        ("Moscow proposed several changes to the Ukrainian draft on Tuesday.", "russia"),
    ],
)
def test_changes_proposed_to_anothers_plan_are_a_counterproposal(read, text, side):
    found = read(text)
    counters = of_type(found, "CounterproposalMade")
    assert counters and side in ids(counters[0]) and not of_type(found, "ProposalMade")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "These meetings culminated in Hamas agreeing to release Alexander as a goodwill "
            "gesture.",
            "hamas",
        ),
        ("The talks led to Russia agreeing to free 90 Ukrainian prisoners of war.", "russia"),
    ],
)
def test_a_side_agreeing_to_a_deed_after_a_result_verb_says_yes(read, text, side):
    found = of_type(read(text), "ProposalAccepted")
    assert found and ids(found[0], "subject") == {side}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Kyiv does not accept the Russian terms for a ceasefire.", "ukraine"),
        (
            "Egypt presented a plan for a two-day truce. Israel ultimately did not accept it, "
            "Channel 12 reported.",
            "israel",
        ),
        # the plan told as the subject of the sentence before
        ("The Qatari plan was welcomed in Kyiv. Russia did not accept it.", "russia"),
        ("The bridging proposal was discussed in Jeddah. The RSF does not accept it.", "rsf"),
        ("The Egyptian proposal was received favourably. Israel did not accept it.", "israel"),
    ],
)
def test_a_yes_withheld_is_a_rejection(read, text, side):
    found = of_type(read(text), "ProposalRejected")
    assert found and side in ids(found[0], "subject")


@pytest.mark.parametrize(
    "text",
    [
        "The 2018 peace deal signed by Salva Kiir and Riek Machar has largely collapsed.",
        "The peace agreement signed by Kiir and Machar has largely collapsed.",
        "Once the deal is signed by Israel and Hamas, the hostages will be freed.",
        "The deal must be signed by Friday, Sudan's army said.",
    ],
)
def test_a_signed_text_recalled_or_still_to_sign_is_no_acceptance(read, text):
    assert of_type(read(text, date(2025, 10, 7)), "ProposalAccepted") == []


def test_a_yes_withheld_after_a_sentence_naming_no_plan_is_no_rejection(read):
    text = "The weather was warm in Cairo on Monday. Israel did not accept it."
    assert not of_type(read(text), "ProposalRejected")


@pytest.mark.parametrize(
    ("text", "proposer"),
    [
        ("Russia made an offer of a 30-hour Easter truce on Saturday.", "russia"),
        ("Qatar made a new proposal to the army and the RSF on Monday.", "qatar"),
        ("Azerbaijan made a revised peace offer to Armenia on Monday.", "azerbaijan"),
    ],
)
def test_making_an_offer_is_proposing_it(read, text, proposer):
    (found,) = of_type(read(text, date(2025, 5, 14)), "ProposalMade")
    assert proposer in ids(found)


@pytest.mark.parametrize(
    "text",
    [
        "Israel said the plan made the proposal obsolete.",
        "If Hezbollah makes a new offer, Israel will consider it.",
        "Hamas made clear the proposal was unacceptable.",
    ],
)
def test_making_something_of_a_proposal_or_a_conditional_offer_proposes_nothing(read, text):
    assert of_type(read(text, date(2025, 5, 14)), "ProposalMade") == []


@pytest.mark.parametrize(
    ("text", "rejecter", "demander"),
    [
        (
            "Colombian President Gustavo Petro rejected renewed ELN calls for the army to pull "
            "back from Catatumbo.",
            "colombia",
            "eln",
        ),
        ("Israel dismissed Hamas's calls for a full withdrawal on Monday.", "israel", "hamas"),
        (
            "Russia rejected Ukraine's calls for an unconditional ceasefire on Monday.",
            "russia",
            "ukraine",
        ),
    ],
)
def test_a_sides_calls_rejected_are_its_demand_refused_not_an_appeal(
    read, text, rejecter, demander
):
    found = read(text, date(2025, 8, 5))
    (refused,) = of_type(found, "DemandRejected")
    assert {rejecter, demander} <= ids(refused)
    assert of_type(found, "AppealMade") == []


def test_calls_of_no_named_side_resisted_refuse_nothing_and_appeal_nothing(read):
    found = read("Israel resisted international calls to agree a ceasefire.", date(2025, 8, 5))
    assert not of_type(found, "DemandRejected") and not of_type(found, "AppealMade")


@pytest.mark.parametrize(
    ("text", "proposer"),
    [
        ("Hamas received a new ceasefire proposal from Egypt on Monday.", "egypt"),
        (
            "The Russian delegation received a version of the memorandum from Ukraine on Monday.",
            "ukraine",
        ),
        ("The M23 was handed a revised draft from Qatar on Monday.", "qatar"),
        (
            "Russia's human rights commissioner gave her Ukrainian counterpart a list of 200 "
            "individuals on Monday.",
            "russia",
        ),
    ],
)
def test_a_plan_received_from_a_side_or_a_list_given_is_proposed_by_the_giver(read, text, proposer):
    (found,) = of_type(read(text, date(2025, 8, 5)), "ProposalMade")
    assert proposer in ids(found)


@pytest.mark.parametrize(
    "text",
    [
        "Israel would back a full offensive if Hamas did not accept the proposed deal.",
        "Hamas has not yet accepted the proposal.",
    ],
)
def test_a_yes_supposed_withheld_or_still_awaited_is_no_rejection(read, text):
    assert not of_type(read(text), "ProposalRejected")


@pytest.mark.parametrize(
    ("text", "side", "start"),
    [
        (
            'Witkoff\'s "bridge" plan, presented last week, aims to extend the truce.',
            "steve_witkoff",
            date(2025, 3, 10),
        ),
        (
            "Egypt's proposal, first floated in March, would see a 45-day truce.",
            "egypt",
            date(2025, 3, 1),
        ),
    ],
)
def test_a_sides_own_plan_told_with_when_it_was_put_forward_is_its_proposal(
    read, text, side, start
):
    found = of_type(read(text, date(2025, 3, 21)), "ProposalMade")
    assert found and side in ids(found[0]) and found[0].occurred.start == start


def test_a_plan_mediated_by_go_betweens_is_theirs_but_a_deal_they_brokered_is_not(read):
    plan = "The proposal, mediated by Egypt and Qatar, was delivered to Israel on Sunday."
    assert {"egypt", "qatar"} <= ids(of_type(read(plan), "ProposalMade")[0])
    deal = "The truce deal, brokered by Qatar and Egypt, has been extended by a day."
    assert not of_type(read(deal), "ProposalMade")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Mediators said they had received a response from Hamas on the framework.", "hamas"),
        ("Qatar said it had received a reply from the M23 on the draft.", "m23"),
    ],
)
def test_an_answer_delivered_to_a_plan_is_a_counterproposal(read, text, side):
    found = of_type(read(text), "CounterproposalMade")
    assert found and ids(found[0], "subject") == {side}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has yet to respond to the proposal.",
        "Hamas is expected to reply to the proposal soon.",
        "Kyiv responded positively to the plan.",
    ],
)
def test_an_answer_awaited_or_a_yes_is_no_counterproposal(read, text):
    assert not of_type(read(text), "CounterproposalMade")


@pytest.mark.parametrize(
    "text",
    [
        "Israel has not received any proposal from Hamas.",
        "Hamas said it had received the proposal from the mediators.",
        "Hamas gave a list of demands to the mediators.",
    ],
)
def test_no_plan_received_or_a_list_of_demands_is_no_proposal(read, text):
    assert of_type(read(text, date(2025, 8, 5)), "ProposalMade") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine held talks in Istanbul on Monday. Initially, it was agreed to keep "
        "the outcome confidential.",
        "Armenia and Azerbaijan agreed to keep the details of the talks secret.",
    ],
)
def test_agreeing_to_keep_the_talks_confidential_accepts_no_terms(read, text):
    assert not of_type(read(text), "ProposalAccepted")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The ELN rejected making the ceasefire hostage to the release of captives.", "eln"),
        ("Hamas rejects linking the truce to the disarmament of its fighters.", "hamas"),
        ("Moscow refuses any linkage between the truce and Western sanctions.", "russia"),
        ('The RSF rejected "tying the truce to our withdrawal from the cities".', "rsf"),
        ("M23 said it rejects “linking a ceasefire to the return of refugees”.", "m23"),
    ],
)
def test_refusing_a_link_between_two_things_rejects_a_condition_not_a_plan(read, text, side):
    found = read(text)
    assert not of_type(found, "ProposalRejected")
    (rejected,) = of_type(found, "DemandRejected")
    assert side in ids(rejected)


def test_refusing_the_plan_itself_is_still_a_plan_rejected(read):
    assert of_type(
        read("The ELN rejected the government's ceasefire proposal on Friday."), "ProposalRejected"
    )


# --- a plan whose proposer a relative clause names -------------------------------------------


@pytest.mark.parametrize(
    ("text", "proposer", "day"),
    [
        (
            ABOUT_GAZA + "Hamas rejected the proposal, which Israel submitted on Monday.",
            "israel",
            date(2024, 2, 12),
        ),
        (
            "Russia dismissed the peace plan which Ukraine presented on Monday.",
            "ukraine",
            date(2024, 2, 12),
        ),
        (
            ABOUT_GAZA + "Hamas is studying the plan Trump unveiled on Saturday.",
            "donald_trump",
            date(2024, 2, 10),
        ),
        (
            "The M23 turned down the framework Qatar put forward last Friday.",
            "qatar",
            date(2024, 2, 9),
        ),
    ],
)
def test_a_plan_whose_proposer_a_relative_clause_names_was_proposed_by_them_then(
    read, text, proposer, day
):
    made = [f for f in of_type(read(text), "ProposalMade") if proposer in ids(f)]
    assert [f.occurred.start for f in made] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Cambodia agreed to halt hostilities on Monday.",
        "Armenia and Azerbaijan agreed to stop the fighting in Nagorno-Karabakh.",
        "Sudan's army and the RSF agreed to cease all hostilities for a week.",
    ],
)
def test_two_sides_agreeing_to_stop_fighting_is_the_truce_not_a_yes_to_terms(read, text):
    found = read(text)
    assert of_type(found, "CeasefireAgreed")
    assert not of_type(found, "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine confirmed an agreement to exchange 1,200 prisoners of war each.",
        "Sudan's army and the RSF reached an agreement to release detainees, mediators said.",
        "Armenia and Azerbaijan agreed in principle to withdraw troops from the border.",
    ],
)
def test_an_agreement_to_a_deed_told_as_its_noun_or_in_principle_is_a_yes(read, text):
    assert of_type(read(text, WED), "ProposalAccepted"), read(text, WED)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas agreed to release 50 hostages under the deal.",
        "The M23 agreed to withdraw from Goma on Monday.",
    ],
)
def test_one_side_agreeing_to_a_deed_is_still_its_yes(read, text):
    assert of_type(read(text), "ProposalAccepted")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Medinsky said Russia suggested forming working groups.\nMoscow also advocated "
            "declaring 48-hour truces to collect the dead, he added.",
            (),
            ("temporary_truce",),
        ),
        (
            "Kyiv proposed a prisoner swap on Tuesday.\nUkraine also proposed a 30-day ceasefire "
            "on Tuesday.",
            ("prisoner_release", "prisoner_exchange"),
            ("temporary_truce",),
        ),
    ],
)
def test_two_plans_of_one_side_on_one_day_on_other_issues_are_two_plans(read, text, first, second):
    plans = of_type(read(text, date(2025, 7, 23)), "ProposalMade")
    assert [p.issues for p in plans] == [first, second]


def test_one_plan_told_twice_the_same_day_counts_once(read):
    text = (
        "Kyiv proposed a 30-day ceasefire on Tuesday.\nUkraine proposed a 30-day ceasefire, "
        "officials said on Tuesday."
    )
    plans = of_type(read(text, date(2025, 7, 23)), "ProposalMade")
    assert len(plans) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The ELN and the government are working toward an agreement to release hostages.",
        "Mediators hope to reach an agreement to exchange prisoners between the army and the RSF.",
    ],
)
def test_an_agreement_to_a_deed_sought_is_no_yes(read, text):
    assert of_type(read(text, WED), "ProposalAccepted") == []


@pytest.mark.parametrize(
    ("text", "refuser", "owner"),
    [
        (
            "Tshisekedi and Kagame called for an immediate ceasefire in Doha.\n"
            "But M23 dismissed those calls, saying peace could only come through direct talks.",
            "m23",
            "democratic_republic_of_congo",
        ),
        (
            "The European Union urged Serbia to recognise Kosovo's documents. Belgrade rejected "
            "these demands on Tuesday.",
            "serbia",
            "european_union",
        ),
    ],
)
def test_calls_told_before_and_refused_are_a_demand_rejected(read, text, refuser, owner):
    found = of_type(read(text, WED), "DemandRejected")
    assert found and {refuser, owner} <= set(found[0].actor_ids()), read(text, WED)


def test_calls_refused_with_nobody_calling_before_are_no_rejection(read):
    text = "Mediators gathered in Doha on Monday. M23 dismissed those calls."
    assert of_type(read(text, WED), "DemandRejected") == []


@pytest.mark.parametrize(
    "text",
    [
        "Armenia welcomed the peace deal signed in Washington on Monday.",
        ABOUT_GAZA + "Hamas said the plan was rejected by Israel on Monday.",
    ],
)
def test_a_plan_with_no_subject_in_its_relative_clause_names_no_proposer(read, text):
    assert not [
        f for f in of_type(read(text), "ProposalMade") if f.extractor.rule == "proposal.relative"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kurti said Serbia was steering clear of signing the agreement.",
        "Hamas stopped short of accepting the proposal on Tuesday.",
        "The RSF appeared reluctant to sign the Jeddah declaration.",
    ],
)
def test_a_yes_avoided_is_no_yes(read, text):
    assert of_type(read(text, WED), "ProposalAccepted") == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Hamas is willing to agree to the conditions proposed by Egypt, provided its earlier "
            "demands are taken into account.",
            "hamas",
        ),
        (
            "Kinshasa said it was ready to accept the terms put forward by Qatar, provided the "
            "rebels leave Goma.",
            "democratic_republic_of_congo",
        ),
        (
            "The ELN is prepared to agree to the conditions set out by the government, provided "
            "the ceasefire is verified.",
            "eln",
        ),
    ],
)
def test_readiness_to_accept_a_plan_with_a_proviso_is_a_conditional_yes(read, text, side):
    (found,) = of_type(read(text, WED), "ProposalAccepted")
    assert found.actor_ids("subject") == (side,)
    assert found.modality == "asserted"
    assert found.attributes["response"] == "with_conditions"


def test_accepting_the_conditions_proposed_by_a_mediator_is_a_yes_to_its_plan(read):
    text = "Armenia accepted the conditions proposed by Washington on Tuesday."
    (found,) = of_type(read(text, WED), "ProposalAccepted")
    assert found.actor_ids("subject") == ("armenia",)


@pytest.mark.parametrize(
    "text",
    [
        "Russia is not willing to accept the plan.",
        "Hamas could be willing to accept the proposal.",
        "Both sides are ready to sign the agreement on Friday.",
        "Sudan's army accepted the conditions on the ground in Darfur.",
        "Israel will decide whether it is ready to accept the deal.",
    ],
)
def test_readiness_denied_doubted_or_to_sign_or_mere_conditions_is_no_yes(read, text):
    found = of_type(read(text, WED), "ProposalAccepted")
    assert all(f.modality != "asserted" for f in found)


# Agreements on how the talks are told carry no terms.


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's junta and the Three Brotherhood Alliance met in Kunming. Initially, it was "
        "agreed to keep the outcome confidential.",
        "Armenia and Azerbaijan agreed not to disclose the details of the talks.",
    ],
)
def test_agreeing_to_keep_the_talks_quiet_is_no_acceptance(read, text):
    assert not of_type(read(text, MAR), "ProposalAccepted")


def test_agreeing_not_to_attack_is_still_a_term(read):
    found = read("Armenia and Azerbaijan agreed not to attack civilian areas.", MAR)
    assert of_type(found, "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        'The European Union put forth a "final" text to revive the nuclear accord with Iran.',
        "The US ambassador to Lebanon relayed the proposal to the Lebanese government.",
    ],
)
def test_a_text_put_forth_or_a_plan_relayed_is_a_proposal(read, text):
    assert of_type(read(text, date(2024, 11, 15)), "ProposalMade")


def test_a_text_message_is_no_proposal(read):
    found = read("Witkoff sent a text message to the Hamas negotiators.", date(2024, 11, 15))
    assert not of_type(found, "ProposalMade")


def test_examining_a_document_is_studying_it(read):
    (said,) = of_type(read("Iran said it was examining the 25-page document."), "StatementIssued")
    assert said.attributes["response"] == "studying"


# Wordings of the family's events, each with an actor that must be among its actors.
WORDINGS = [
    # agreements reached in the plural, or a settlement, are agreements of the sides
    (
        "Armenia and Azerbaijan reached several key agreements on the border on Tuesday.",
        "ProposalAccepted",
        "armenia",
    ),
    (
        "Sudan's army and the RSF reached a settlement on Tuesday regarding aid corridors.",
        "ProposalAccepted",
        "rsf",
    ),
    (
        "Congo and the M23 reached a number of understandings on prisoners in Doha on Friday.",
        "ProposalAccepted",
        "m23",
    ),
    # what an offer asks in exchange is demanded as well
    (
        "M23 offered to free 300 captured soldiers in exchange for a full withdrawal of the army.",
        "DemandStated",
        "m23",
    ),
    # a text developed or worked out is put forward
    ("Egypt developed a new proposal for a two-week truce.", "ProposalMade", "egypt"),
    (
        "Norway worked out a new framework for talks between Bogota and the ELN.",
        "ProposalMade",
        "norway",
    ),
    # a plan told by its terms
    (
        "Witkoff described a 60-day ceasefire deal that would free half the living hostages.",
        "ProposalMade",
        "steve_witkoff",
    ),
    (
        "The envoy Witkoff detailed a framework under which Russia would withdraw from Kherson.",
        "ProposalMade",
        "steve_witkoff",
    ),
    # changes sought to another's plan: an answer with terms of its own
    ("Kyiv requested changes to the US draft on Sunday.", "CounterproposalMade", "ukraine"),
    (
        "Hamas is seeking amendments to the latest US ceasefire proposal, an official said.",
        "CounterproposalMade",
        "hamas",
    ),
    # the periods of an initialism end no clause: 'the U.S. proposal'
    (
        "Israeli officials have approved the U.S. proposal for a temporary ceasefire.",
        "ProposalAccepted",
        "israel",
    ),
    ("Ukraine has approved the U.S. framework for a ceasefire.", "ProposalAccepted", "ukraine"),
    # a plan 'agreed by' a side, named right before it
    (
        "Hamas is weighing a proposal, agreed by Israel at talks in Paris last week.",
        "ProposalAccepted",
        "israel",
    ),
    (
        "Moscow is studying a framework, agreed by Ukraine and the United States in Geneva.",
        "ProposalAccepted",
        "ukraine",
    ),
    # a body's resolution backing a plan is the body's yes to it
    (
        "The UN Security Council on Monday adopted a resolution that supports the ceasefire "
        "proposal.",
        "ProposalAccepted",
        "united_nations",
    ),
    (
        "The African Union passed a resolution backing the Doha framework for Congo on Tuesday.",
        "ProposalAccepted",
        "african_union",
    ),
    # what is asked 'in exchange for' a release offered is the offer's other half
    (
        "M23 offered to release 300 captured soldiers in exchange for a halt to air strikes.",
        "CounterproposalMade",
        "m23",
    ),
    (
        "Hamas has offered to free all hostages in return for an end to the war.",
        "CounterproposalMade",
        "hamas",
    ),
    (
        "Hamas said it had accepted the proposal put forward by Egypt and Qatar.",
        "ProposalAccepted",
        "hamas",
    ),
    ("Egypt presented a new proposal for a two-phase truce on Thursday.", "ProposalMade", "egypt"),
    ("Israel dismissed the counterproposal as delusional.", "ProposalRejected", "israel"),
    (
        "Hamas submitted a counterproposal to the mediators on Tuesday.",
        "CounterproposalMade",
        "hamas",
    ),
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
    (
        "To break the deadlock, Qatar presented a new proposal to Hamas on Tuesday.",
        "ProposalMade",
        "qatar",
    ),
    # the answer in the passive, its doer after 'by'
    ("The truce proposal was rejected by Hamas on Sunday.", "ProposalRejected", "hamas"),
    ("The new framework has been turned down by the Kremlin.", "ProposalRejected", "russia"),
    ("The plan was approved by Israel's cabinet on Friday.", "ProposalAccepted", "israel"),
    # an answer handed over is a counterproposal
    (
        "Hamas handed its answer to the mediators on Tuesday.",
        "CounterproposalMade",
        "hamas",
    ),  # ideas put on the table
    ("The US presented a series of ideas on missile deployments.", "ProposalMade", "united_states"),
    (
        "Qatar put forward new ideas to bridge the gaps with the M23.",
        "ProposalMade",
        "qatar",
    ),  # a term agreed to, named by its noun
    (
        'The TPLF has agreed to an "orderly and coordinated disarmament," Obasanjo said.',
        "ProposalAccepted",
        "tplf",
    ),
    ("The M23 agreed to a phased withdrawal from Goma on Friday.", "ProposalAccepted", "m23"),
    ("Moscow consented to a prisoner exchange with Kyiv.", "ProposalAccepted", "russia"),
    # a side's yes announced as its noun ('announced its agreement to', 'its acceptance of')
    (
        "Hamas announced its agreement to free all hostages as part of the US peace plan.",
        "ProposalAccepted",
        "hamas",
    ),
    (
        "The M23 confirmed its agreement to withdraw from Goma under the Doha framework.",
        "ProposalAccepted",
        "m23",
    ),
    (
        "Kyiv announced its acceptance of the US proposal for a 30-day ceasefire.",
        "ProposalAccepted",
        "ukraine",
    ),
    (
        "Baku conveyed its acceptance of the draft peace treaty on Thursday.",
        "ProposalAccepted",
        "azerbaijan",
    ),
    # a demand named again in apposition, its refuser after it (comma or dash)
    (
        "The Israeli offer includes a call for the disarmament of Hamas, a condition Hamas "
        "has flatly rejected.",
        "DemandRejected",
        "hamas",
    ),
    (
        "Moscow's plan includes a demand for Ukraine's neutrality - a condition Kyiv has "
        "repeatedly rejected.",
        "DemandRejected",
        "ukraine",
    ),
    (
        "Baku wants the constitution changed, a precondition Yerevan has dismissed.",
        "DemandRejected",
        "armenia",
    ),
    # a plan told by what it includes
    (
        "The Israeli proposal includes, for the first time, a call for the disarmament of Hamas.",
        "ProposalMade",
        "israel",
    ),
    ("The Russian plan includes a demand for Ukraine's neutrality.", "ProposalMade", "russia"),
    # agreements reached in the plural, counted, or as a bare noun
    (
        "Kosovo and Serbia reached several key agreements on energy and licence plates on "
        "Thursday.",
        "ProposalAccepted",
        "serbia",
    ),
    (
        "Armenia and Azerbaijan reached agreement on the first stretch of their border.",
        "ProposalAccepted",
        "armenia",
    ),
    (
        "Sudan's army and the RSF struck two deals on humanitarian corridors in Jeddah.",
        "ProposalAccepted",
        "rsf",
    ),
    # an answer told by the verb of answering in its base form, or carried to the table
    (
        "Hamas will respond with a counterproposal, a senior official said.",
        "CounterproposalMade",
        "hamas",
    ),
    ("Ukraine will reply with its own plan next week.", "CounterproposalMade", "ukraine"),
    (
        "The M23 delegation is coming to Doha on Friday with a counterproposal.",
        "CounterproposalMade",
        "m23",
    ),
    (
        "The Armenian delegation arrived in Brussels with a response to the Azerbaijani draft.",
        "CounterproposalMade",
        "armenia",
    ),
    # a list of terms agreed, told impersonally after a meeting
    (
        "Armenia and Azerbaijan held talks in Almaty on Friday. The following points were "
        "agreed: the border commissions will meet again.",
        "ProposalAccepted",
        "azerbaijan",
    ),
    # terms begun or opened by both sides (not talks begun)
    (
        "The Venezuelan government and the Unitary Platform agreed on 17 October to begin "
        "electoral reforms.",
        "ProposalAccepted",
        "unitary_platform",
    ),
    (
        "Armenia and Azerbaijan agreed on Tuesday to open the border crossings.",
        "ProposalAccepted",
        "azerbaijan",
    ),
    # a text both sides made, told by its making
    (
        "The Philippine government and the rebels of the MILF clinched a peace deal on Sunday.",
        "ProposalAccepted",
        "philippines",
    ),
    (
        "Serbia and Kosovo clinched an accord on licence plates on Sunday.",
        "ProposalAccepted",
        "kosovo",
    ),
    (
        'Sudan and South Sudan forged a "Framework Agreement on Oil" on Monday.',
        "ProposalAccepted",
        "south_sudan",
    ),
    # a plan told as a noun with a participle and its time: the possessor made it
    (
        "Israel's request, made on Saturday, for a longer pause was turned down.",
        "ProposalMade",
        "israel",
    ),
    (
        "Russia's bid, made last week, for a Black Sea truce went unanswered.",
        "ProposalMade",
        "russia",
    ),
    # a length given as a range
    ("Egypt proposed a two-to-three day truce on Monday.", "ProposalMade", "egypt"),
    ("Russia offered a 48 or 72 hour ceasefire over Easter.", "ProposalMade", "russia"),
    ("Turkey suggested a one to two week humanitarian pause.", "ProposalMade", "turkey"),
    # a side's changes to a plan are its counter
    (
        "Israel's changes to the plan were delivered to mediators on Monday.",
        "CounterproposalMade",
        "israel",
    ),
    (
        "Mediators are studying Hamas's amendments to the ceasefire plan.",
        "CounterproposalMade",
        "hamas",
    ),
    (
        "The ELN's modifications to the text, sent on Friday, were welcomed.",
        "CounterproposalMade",
        "eln",
    ),
    ("Hamas made changes to the proposal on Tuesday.", "CounterproposalMade", "hamas"),
    (
        "Russia introduced amendments to the draft memorandum in Istanbul.",
        "CounterproposalMade",
        "russia",
    ),
    (
        "The amendments introduced by the M23 on Tuesday were rejected.",
        "CounterproposalMade",
        "m23",
    ),
    # a reply given, told in a gerund aside
    (
        "Despite Hamas offering a positive response on Monday, Israel pressed on.",
        "CounterproposalMade",
        "hamas",
    ),
    (
        "Despite the M23 giving a positive reply to the Qatari plan, fighting went on.",
        "CounterproposalMade",
        "m23",
    ),
    # a go-between carries the answer its object names
    (
        "Egypt, delivering the Hamas response to Israel on Monday, urged calm.",
        "CounterproposalMade",
        "hamas",
    ),
    ("Norway handed the ELN reply to the government on Friday.", "CounterproposalMade", "eln"),
    # an answer provided to the go-betweens
    (
        "Hamas said on Tuesday it had provided the mediators with its response to the plan.",
        "CounterproposalMade",
        "hamas",
    ),
    ("The Houthis provided Oman with their reply on Sunday.", "CounterproposalMade", "houthis"),
    # a hyphenated backer is an adjective; the verb of the clause is still read
    ("Kyiv rejected the Kremlin-backed plan on Monday.", "ProposalRejected", "ukraine"),
    # a plan received with no 'from': the talks' mediators named before made it
    (
        "Qatar has been mediating between Congo and the M23 in Doha.\n"
        "The M23 received a new proposal on Sunday, a rebel official said.",
        "ProposalMade",
        "qatar",
    ),
    (
        "Israel and Hamas have fought in Gaza since October 2023.\n"
        "Hamas negotiators in Cairo have received a new proposal for a truce, an official said.",
        "ProposalMade",
        "egypt",
    ),
    # a go-between telling that a plan is on the table tells of its own
    (
        "Israel and Hamas have fought in Gaza since October 2023.\n"
        "Washington has indicated that a truce deal is already on the table.",
        "ProposalMade",
        "united_states",
    ),
    (
        "Qatar has been mediating between Congo and the M23.\n"
        "Qatar said on Monday that a framework was now on the table.",
        "ProposalMade",
        "qatar",
    ),
    # a teller between the plan and its passive maker
    (
        "The plan, which Biden said was offered by Israel twelve days ago, is stalled.",
        "ProposalMade",
        "israel",
    ),
    (
        "Netanyahu has not endorsed the plan, which Biden said was offered by Israel on Monday.",
        "ProposalMade",
        "israel",
    ),
    # a fresh plan named only as the topic of talks: its owner put it forward
    (
        "Envoys from Washington and Kyiv gathered in Riyadh for talks on a new U.S. proposal.",
        "ProposalMade",
        "united_states",
    ),
    (
        "Negotiations over Egypt's latest plan went on in Cairo on Sunday.",
        "ProposalMade",
        "egypt",
    ),
    (
        "Israeli and Hamas negotiators began discussions about the revised Qatari framework.",
        "ProposalMade",
        "qatar",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actor"), WORDINGS)
def test_a_wording_of_the_family_yields_the_event_with_its_actor(read, text, kind, actor):
    assert_read_with_actor(read(text), text, kind, actor)


# Readings that are not the event: negated, hypothetical, guarded, doerless or another sense.
NOT_THE_EVENT = [
    (
        "Armenia and Azerbaijan held talks on Friday. The following must be agreed: a border.",
        "ProposalAccepted",
    ),
    # talks begun or opened are no terms accepted
    ("Armenia and Azerbaijan agreed on Tuesday to open direct talks.", "ProposalAccepted"),
    ("Sudan's army and the RSF agreed to begin a new round of negotiations.", "ProposalAccepted"),
    # 'backed' hyphened to its backer is an adjective of the plan, no yes by the sentence's doer
    ("The Houthis sent their reply to the UN-backed roadmap on Sunday.", "ProposalAccepted"),
    ("The RSF criticised the Saudi-backed truce proposal as one-sided.", "ProposalAccepted"),
    ("Moscow studied the EU-backed peace framework for a week.", "ProposalAccepted"),
    # efforts or contacts to go on are no terms agreed
    (
        "The Hamas delegation met Egyptian officials in Cairo, and it was agreed to exert further "
        "efforts to reach a ceasefire.",
        "ProposalAccepted",
    ),
    (
        "Hamas and Fatah agreed on Monday to exert further efforts to end the division.",
        "ProposalAccepted",
    ),
    (
        "Serbia and Kosovo agreed on Monday to make every effort to implement the deal.",
        "ProposalAccepted",
    ),
    (
        "At the talks in Riyadh, Russia and Ukraine agreed to maintain close contact.",
        "ProposalAccepted",
    ),
    # 'X-backed' before a plan is an adjective, no acceptance
    ("President Biden revealed the essence of the US-backed peace plan.", "ProposalAccepted"),
    ("Riyadh presented the Saudi-backed proposal on Monday.", "ProposalAccepted"),
    # a plan received with no mediator named anywhere: no proposer to give it
    ("The M23 received a new proposal on Sunday, a rebel official said.", "ProposalMade"),
    ("Ukraine received a new draft from Washington on Sunday.", "ProposalAccepted"),
    (
        "Hamas said it had provided the mediators with its reply to the US-backed proposal.",
        "ProposalAccepted",
    ),
    # changes still being made are no counter delivered
    ("The US is making adjustments to the proposal, Rubio said.", "CounterproposalMade"),
    # a side, or nobody, telling of a plan on the table names no proposer
    ("Hamas said the deal on the table falls short of its demands.", "ProposalMade"),
    ("A deal is on the table, an Israeli official said.", "ProposalMade"),
    # a go-between carrying 'the response' makes no counter of its own
    ("Qatar provided Israel with the response on Monday.", "CounterproposalMade"),
    ("Qatar delivered the response to Israel on Monday.", "CounterproposalMade"),
    # changes to what is no plan of the talks, or no one's
    ("Israel's cabinet approved changes to the judicial system on Monday.", "CounterproposalMade"),
    ("The changes to the plan were minor, an official said.", "CounterproposalMade"),
    ("Parliament's amendments to the budget bill passed on Monday.", "CounterproposalMade"),
    # the owner of a plan answered in the passive is no answerer ('by' names the doer)
    ("The ELN's offer was turned down by the government on Monday.", "ProposalRejected"),
    ("The M23's proposal, which was dismissed by Kinshasa, called for talks.", "ProposalRejected"),
    # a request not put across the table
    ("Hamas's request, made in writing, was ignored.", "ProposalMade"),
    ("Hamas's request, made through mediators, for guarantees went unanswered.", "ProposalMade"),
    ("The plan was not put forward by Israel, officials said.", "ProposalMade"),
    # an acceptance told, then named as a claim the party denies
    (
        "Israeli officials said Hamas had agreed to release 33 hostages, a claim the group denied.",
        "ProposalAccepted",
    ),
    (
        "The army said the RSF had accepted the Jeddah declaration, a claim the RSF rejected.",
        "ProposalAccepted",
    ),
    # 'backed' as an adjective before the clause's verb is no yes
    (
        "Hezbollah, the Iran-backed Lebanese group, rejected the US proposal on Monday.",
        "ProposalAccepted",
    ),
    # brought along is no answer when it is a proposal of one's own or a list of demands
    ("Witkoff arrived in Cairo on Monday with a new proposal.", "CounterproposalMade"),
    ("The RSF delegation came to Jeddah with a list of demands.", "CounterproposalMade"),
    # a settlement built, or several of them, is no agreement
    ("Israel expanded a settlement on Tuesday near Ramallah.", "ProposalAccepted"),
    (
        "Armenia and Azerbaijan reached several settlements on Tuesday along the border.",
        "ProposalAccepted",
    ),
    ("The army developed a plan to seize the city.", "ProposalMade"),
    ("Trump described the deal as a great victory.", "ProposalMade"),
    (
        "Al Arabiya reported that Hamas is insisting on including all of its proposed amendments.",
        "CounterproposalMade",
    ),
    ("A ceasefire agreed by both sides took effect on Monday.", "ProposalAccepted"),
    ("Israel and Hamas have not reached agreement on the hostages.", "ProposalAccepted"),
    ("Russia and Ukraine failed to reach agreements on a truce.", "ProposalAccepted"),
    ("Serbia and Kosovo reached no agreement on licence plates on Thursday.", "ProposalAccepted"),
    ("The council will vote on a resolution supporting the plan.", "ProposalAccepted"),
    ("Hamas offered to free the hostages if Israel ends the war.", "CounterproposalMade"),
    ("He gave Hamas until Sunday to accept the plan.", "ProposalAccepted"),
    ("Biden welcomed the release of the hostages.", "ProposalAccepted"),
    ("Netanyahu said he had approved plans for a military operation in Rafah.", "ProposalAccepted"),
    ("The cabinet approved the army's ground offensive in Rafah.", "ProposalAccepted"),
    # an army's notice, no offer
    ("Israel released new maps of evacuation zones in Gaza.", "ProposalMade"),
    # an intention, not an offer
    ("Israel announces plans to expand the offensive", "ProposalMade"),
    # a participle describing the plan
    ("Talks centre on the president's proposed plan for Gaza.", "ProposalMade"),
    # a sponsor, not an answer; an answer denied
    ("The plan, backed by Egypt and Qatar, calls for a six-week truce.", "ProposalAccepted"),
    ("The proposal was not accepted by Israel.", "ProposalAccepted"),
    (
        "The offer would likely be rejected by Hamas, analysts said.",
        "ProposalRejected",
    ),  # a term a side is told it must agree to
    ("Hamas said Israel must agree to a full withdrawal from Gaza.", "ProposalAccepted"),
    # the reply reacted to in the speaker's address is another side's, not the speaker's own
    (
        "Trump delivered a video address welcoming the response, calling it a big step.",
        "CounterproposalMade",
    ),
    ("Lavrov gave a briefing criticising the counterproposal from Kyiv.", "CounterproposalMade"),
    # both sides agreeing to go on to the next stage of the talks accept no terms
    (
        "Iran and the United States agreed to enter into the next phase of their talks.",
        "ProposalAccepted",
    ),
    (
        "Armenia and Azerbaijan agreed to move to a new round of negotiations on the border.",
        "ProposalAccepted",
    ),
    # an offer of an extension turned down is no yes to it
    (
        "Kyiv turned down proposals from Ankara, backed by the UN, to extend the Black Sea truce.",
        "ProposalAccepted",
    ),
    # an answer to a plan announced, no plan made by the one answering
    ("Hamas announced its acceptance of a peace proposal advanced by Trump.", "ProposalMade"),
    ("The RSF announced its rejection of the Jeddah framework on Sunday.", "ProposalMade"),
    ("Tehran released its response to the US proposal on Friday.", "ProposalMade"),
    # a border sealed, a deal hoped to be clinched: no text agreed
    ("Israel has sealed its border with Gaza.", "ProposalAccepted"),
    ("The leaders hope to clinch a deal next week.", "ProposalAccepted"),
    # a plan merely cited as the topic, not told as new, or talks on a truce not a plan
    ("Israel and Hamas held talks on the 2015 plan on Tuesday.", "ProposalMade"),
    ("The two delegations held talks on a new truce in Doha on Monday.", "ProposalMade"),
    ("Talks on a new framework are not expected before June.", "ProposalMade"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_THE_EVENT)
def test_a_reading_that_is_not_the_event_yields_none(read, text, kind):
    assert not of_type(read(text), kind), [(f.type, f.extractor.rule) for f in read(text)]


@pytest.mark.parametrize(
    ("text", "author", "carrier"),
    [
        (
            "A Hamas delegation went to Cairo to discuss a truce plan, proposed by Egypt.",
            "egypt",
            "hamas",
        ),
        (
            "A Kremlin team flew to Istanbul to discuss a peace plan drafted by Turkey.",
            "turkey",
            "russia",
        ),
        (
            "M23 envoys travelled to Doha to discuss a framework on the east, put forward by "
            "Qatar.",
            "qatar",
            "m23",
        ),
    ],
)
def test_a_plan_named_with_its_author_after_it_is_the_authors_not_the_discussants(
    read, text, author, carrier
):
    made = of_type(read(text), "ProposalMade")
    assert made and all(author in f.actor_ids() for f in made), [f.actor_ids() for f in made]
    assert not any(carrier in f.actor_ids() for f in made)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Moscow is refusing to accept the European plan.", "russia"),
        ("Hamas is refusing to accept the Egyptian proposal.", "hamas"),
    ],
)
def test_a_side_refusing_to_accept_a_plan_rejects_it(read, text, actor):
    found = read(text)
    assert any(actor in f.actor_ids() for f in of_type(found, "ProposalRejected"))
    assert not of_type(found, "ProposalAccepted")


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
    found = of_type(read(text, FRI_OCT_3_2025), "ProposalAccepted")
    assert [f.actor_ids("subject") for f in found] == [(doer,)]


def test_a_plan_not_yet_accepted_in_a_which_clause_is_no_answer(read):
    text = "The deal, which Hamas has not accepted, is still under review in Doha."
    assert of_type(read(text, FRI_OCT_3_2025), "ProposalAccepted") == []


@pytest.mark.parametrize(
    "text",
    [
        "Trump gave Hamas until Sunday to give an answer to his plan.",
        "The mediators asked the RSF to submit its response to the proposal by Friday.",
    ],
)
def test_a_reply_someone_is_given_time_to_make_is_no_counterproposal(read, text):
    assert of_type(read(ABOUT_GAZA + text, FRI_OCT_3_2025), "CounterproposalMade") == []


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
    found = of_type(read(text, FRI_OCT_3_2025), "ProposalAccepted")
    assert found and doers <= {a.id for a in found[0].actors if a.role == "subject"}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv and Moscow have not agreed on the terms of a truce.",
        "Hamas agreed on a list of hostages to be released.",
    ],
)
def test_agreeing_on_something_else_or_not_at_all_is_no_acceptance(read, text):
    assert of_type(read(text, FRI_OCT_3_2025), "ProposalAccepted") == []


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
        # a leader and a counterpart told by the state's adjective
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


def test_an_initialism_is_still_one_word_before_a_verb(read):
    text = "Iran insists on its right to enrichment, while the U.S. demands a halt to it."
    assert {"iran", "united_states"} <= {
        a for f in of_type(read(text), "DemandStated") for a in f.actor_ids()
    }


def test_an_offer_in_exchange_is_a_counterproposal_and_a_demand_of_what_it_asks(read):
    text = "Hamas has offered to release all hostages in exchange for an end to the war."
    found = read(text)
    assert of_type(found, "CounterproposalMade")
    demands = of_type(found, "DemandStated")
    assert demands and "end to the war" in demands[0].attributes.get("condition", ""), found


# Refusals of what the talks of other conflicts are about, named by the issue alone: territory,
# alliance membership, sanctions, enrichment, disarmament, a prisoner exchange.
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Kyiv ruled out ceding any territory in the east.", "ukraine"),
        ("Baku rejected any territorial concessions in the corridor.", "azerbaijan"),
        ("Iran rejected any halt to uranium enrichment on its soil.", "iran"),
        ("The M23 has refused to disarm, a spokesman said.", "m23"),
        ("Moscow dismissed any talk of NATO membership for Kyiv.", "russia"),
        ("The RSF ruled out a prisoner exchange with the army.", "rsf"),
    ],
)
def test_a_refusal_of_a_general_issue_of_talks_is_a_demand_rejected(read, text, doer):
    found = of_type(read(text, FRI_2025), "DemandRejected")
    assert found and doer in found[0].actor_ids("subject"), [
        (f.type, f.actor_ids()) for f in read(text, FRI_2025)
    ]


def test_rejecting_reports_about_a_general_issue_is_no_refusal(read):
    found = read("Moscow rejected reports that it had ceded territory near Kharkiv.", FRI_2025)
    assert not of_type(found, "DemandRejected")


@pytest.mark.parametrize(
    ("text", "on", "sides"),
    [
        (
            "The US reminded Sudan's army and the RSF of their obligations under the May 11 "
            "Jeddah Declaration.",
            date(2023, 5, 11),
            {"sudan", "rsf"},
        ),
        (
            "Armenia and Azerbaijan discussed the border under the 2 October agreement.",
            date(2022, 10, 2),
            {"armenia", "azerbaijan"},
        ),
    ],
)
def test_a_settlement_named_by_its_day_is_both_sides_agreement_on_that_day(read, text, on, sides):
    (found,) = of_type(read(text, date(2023, 6, 4)), "ProposalAccepted")
    assert found.extractor.rule == "agreement.named_day"
    assert (found.occurred.start, found.occurred.end) == (on, on)
    assert set(found.actor_ids()) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas are discussing the January 15 ceasefire agreement.",
        "Russia and Ukraine rejected the June 3 draft agreement.",
        "Kosovo and Serbia will meet before the December 9 deadline agreement expires.",
    ],
)
def test_a_truce_draft_or_deadline_named_by_its_day_is_no_settlement(read, text):
    found = read(text, date(2023, 6, 4))
    assert not [f for f in found if f.extractor.rule == "agreement.named_day"]


MEDIATED_GAZA = "Qatar and Egypt have mediated between Israel and Hamas in Gaza since 2023.\n"


@pytest.mark.parametrize(
    "text",
    [
        MEDIATED_GAZA + "The Doha framework would see Israel free 1,000 prisoners.",
        MEDIATED_GAZA + "The Cairo framework would see Hamas free ten hostages over a week.",
        MEDIATED_GAZA + "The framework reached in Paris provides for a six-week pause.",
    ],
)
def test_a_plan_named_after_a_city_of_talks_is_proposed_by_their_mediators(read, text):
    found = of_type(read(text, WED), "ProposalMade")
    assert found and {"qatar", "egypt"} <= set(found[0].actor_ids())


def test_a_plan_told_by_its_terms_is_proposed_by_the_side_its_name_names(read):
    text = (
        "The army and the RSF met in Jeddah.\n"
        "The Saudi-US initiative envisages a 90-day humanitarian truce."
    )
    found = of_type(read(text, WED), "ProposalMade")
    assert found and "united_states" in found[0].actor_ids()


def test_a_plan_told_by_its_terms_naming_nobody_has_no_proposer(read):
    text = MEDIATED_GAZA + "The new plan would see the fighting stop for a week."
    assert not of_type(read(text, WED), "ProposalMade")


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan have negotiated since 2020.\n"
        "Baku dropped its insistence on a change to Armenia's constitution before signing.",
        "The RSF abandoned its precondition of a withdrawal from El Fasher, mediators said.",
        "Hamas gave up on one of its core demands, its insistence on a written guarantee.",
    ],
)
def test_a_demand_a_side_dropped_is_not_stated(read, text):
    assert not of_type(read(text, WED), "DemandStated")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Turkey's plan calls for a ceasefire along the current front lines.", "turkey"),
        ("Qatar's proposal would see M23 fighters withdraw from Goma within a month.", "qatar"),
        (
            ABOUT_GAZA + "The Egyptian plan would see a six-week pause in the fighting.",
            "egypt",
        ),
        (
            "Russia and Ukraine have fought since 2022.\n"
            "The Russian plan would see Ukraine give up the rest of Donetsk.",
            "russia",
        ),
        (
            "Armenia and Azerbaijan have negotiated since 2020.\n"
            "The Azerbaijani proposal envisages a joint border commission.",
            "azerbaijan",
        ),
        (
            "The army and the RSF met in Jeddah.\n"
            "The Saudi initiative provides for a 90-day humanitarian truce.",
            "saudi_arabia",
        ),
        ("Egypt's framework calls for a phased release of the hostages.", "egypt"),
        # told in the past
        (ABOUT_GAZA + "Egypt's plan called for a two-week truce and a hostage release.", "egypt"),
        ("Turkey's plan envisaged a ceasefire along the front lines in Ukraine.", "turkey"),
        ("Qatar's proposal provided for a six-week pause in the fighting around Goma.", "qatar"),
    ],
)
def test_a_plan_named_by_its_owner_and_told_by_its_terms_is_the_owners_proposal(read, text, owner):
    found = read(text, WED)
    assert_read_with_actor(found, text, "ProposalMade", owner)
    demands = of_type(found, "DemandStated")
    assert not any(owner in f.actor_ids() for f in demands)


@pytest.mark.parametrize(
    "text",
    [
        # a nationality after the plan's noun is what the plan is about, not its owner
        ABOUT_GAZA + "The new plan would see Egyptian troops deploy along the border.",
        "Russia and Ukraine have fought since 2022.\n"
        "The plan would see Turkish monitors patrol the Black Sea.",
    ],
)
def test_a_nationality_after_the_plans_noun_names_no_proposer(read, text):
    assert not of_type(read(text, WED), "ProposalMade")


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        (
            "Israeli officials met Qatari and Egyptian mediators in Paris on Friday. The updated "
            "framework proposes that Hamas frees 35 hostages in exchange for a six-week truce.",
            {"qatar", "egypt"},
        ),
        (
            "Sudan's army and RSF envoys met Saudi and American mediators in Jeddah on Monday. "
            "The new ceasefire framework proposes that both forces leave Khartoum within a month.",
            {"saudi_arabia", "united_states"},
        ),
    ],
)
def test_an_unnamed_new_framework_told_by_its_terms_is_the_mediators_told_before(
    read, text, mediators
):
    (found,) = of_type(read(text, MON), "ProposalMade")
    assert mediators <= {a.id for a in found.actors}, found.actors


def test_an_unnamed_new_framework_with_no_mediators_told_before_has_no_proposer(read):
    text = (
        "Russian and Ukrainian officials met in Istanbul on Monday. The new framework proposes "
        "that both sides swap 500 prisoners of war."
    )
    assert not of_type(read(text, MON), "ProposalMade")


# The doer of a proposal past its backers set off by commas ('X, supported by Y and Z,
# presented'), and its day not that of what it is measured against ('consistent with the
# principles outlined on May 31').
BACKED_DOERS = [
    (
        "The United States, supported by Egypt and Qatar, presented a bridging proposal on Friday.",
        "united_states",
        {"egypt", "qatar"},
    ),
    (
        "Turkey, with the backing of the United Nations, proposed a new plan on Friday.",
        "turkey",
        {"united_nations"},
    ),
]


@pytest.mark.parametrize(("text", "doer", "backers"), BACKED_DOERS)
def test_the_doer_set_off_from_its_backers_proposes(read, text, doer, backers):
    found = of_type(read(text), "ProposalMade")
    assert found and all(doer in ids(f, "subject") for f in found), found
    assert not any(backers & ids(f, "subject") for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Egypt presented a proposal on Monday consistent with the principles outlined on "
        "January 5.",
        "Egypt presented a plan on Monday based on the framework agreed in Paris last month.",
    ],
)
def test_a_proposal_is_dated_by_its_making_not_by_what_it_builds_on(read, text):
    found = of_type(read(text), "ProposalMade")
    assert found and found[0].occurred.start == date(2024, 2, 12), found


# A plan told as talked over with others, by a side: no plan of its own ('discussed on
# Saturday with the mediators an offer', 'discussed Israel's plan with'); a new one brought to
# the discussion still is ('to discuss with Israel a new vision').
DISCUSSED_KNOWN_PLAN = [
    "A Hamas delegation discussed on Saturday with the mediators an offer of a 40-day truce.",
    "Netanyahu discussed Egypt's proposal with his cabinet on Tuesday.",
    "Kyiv's negotiators discussed Moscow's draft memorandum with Turkish officials.",
]


@pytest.mark.parametrize("text", DISCUSSED_KNOWN_PLAN)
def test_discussing_a_known_plan_is_no_proposal_of_the_discussant(read, text):
    assert not of_type(read(text, WED), "ProposalMade"), read(text, WED)


def test_discussing_a_new_plan_with_a_side_still_puts_it_forward(read):
    text = "Egypt's intelligence chief plans to discuss with Israel a new vision for a truce."
    assert_read_with_actor(read(text, WED), text, "ProposalMade", "egypt")


# Two sides agreeing told in other words, or to terms that only open something new: the idiom
# 'came to terms on', a list of terms after 'the following was agreed', a second side named
# after a description ('a group of opposition parties, known as ...'), and 'agreed to begin /
# resume / hold' with terms, not talks, as the object.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Russia and Ukraine came to terms on a prisoner swap on Monday.",
            {"russia", "ukraine"},
        ),
        (
            "Armenia and Azerbaijan have come to terms over the delimitation of the border.",
            {"armenia", "azerbaijan"},
        ),
        (
            "Sudan's army and the RSF met in Jeddah on Monday. The following points were agreed:",
            {"sudan", "rsf"},
        ),
        (
            "The government of President Nicolas Maduro and a group of opposition parties, known "
            "as the Unitary Platform, agreed on Monday to begin electoral reforms.",
            {"venezuela", "unitary_platform"},
        ),
        ("Armenia and Azerbaijan agreed on Monday to resume trade.", {"armenia", "azerbaijan"}),
        ("Serbia and Kosovo agreed to open the border crossings.", {"serbia", "kosovo"}),
        # a dispute between them told as settled
        (
            "The EU said the row between Serbia and Kosovo over licence plates had been resolved.",
            {"serbia", "kosovo"},
        ),
        (
            "Armenia and Azerbaijan settled their dispute over the border villages on Monday.",
            {"armenia", "azerbaijan"},
        ),
    ],
)
def test_sides_agreeing_in_other_words_accept_terms(read, text, sides):
    found = of_type(read(text, MON), "ProposalAccepted")
    assert found and sides <= ids(found[-1], "subject")


@pytest.mark.parametrize(
    "text",
    [
        # talks agreed on are a round (the process rules), no terms
        "Armenia and Azerbaijan agreed on Monday to resume talks in Almaty.",
        "Serbia and Kosovo agreed to continue the dialogue in Brussels.",
        "Armenia and Azerbaijan agreed to continue the work towards a peace agreement.",
        # the idiom for a fact accepted, not terms
        "Ukraine has come to terms with the loss of the town.",
        # no agreement reached
        "Russia and Ukraine were unable to agree on a prisoner exchange on Monday.",
        "Efforts to resolve the dispute between Serbia and Kosovo have failed.",
        "The row between Serbia and Kosovo over licence plates would be settled by the EU.",
        "Armenia and Azerbaijan have yet to settle their dispute over the corridor.",
    ],
)
def test_agreeing_to_talk_on_or_failing_to_agree_accepts_no_terms(read, text):
    assert not of_type(read(text, MON), "ProposalAccepted")


def test_a_witness_aside_is_not_the_doer_of_an_agreement(read):
    text = (
        "At the White House, the leaders of Armenia and Azerbaijan, in the presence of US "
        "President Donald Trump, agreed to permanently resolve their conflict and signed a "
        "declaration."
    )
    found = of_type(read(text, MON), "ProposalAccepted")
    assert found and all("donald_trump" not in ids(f, "subject") for f in found)


def test_a_plain_backing_is_still_a_yes_while_a_hyphened_backer_is_not(read):
    assert of_type(read("Kyiv has backed the ceasefire plan."), "ProposalAccepted")
    assert not of_type(read("Kyiv studied the US-backed ceasefire plan."), "ProposalAccepted")


ABOUT_UKRAINE = "Russia and Ukraine have fought since February 2022.\n"

# At odds with the other side's plan, told as one's own disagreement: a refusal, dated when said.
DISAGREEING_WITH_A_PLAN = [
    ABOUT_GAZA + "Hamas said yesterday it did not agree with the Israeli proposal.",
    ABOUT_GAZA + "A Hamas spokesman said on Tuesday the movement does not agree with Israel's "
    "approach to extending the truce.",
    ABOUT_UKRAINE + "Kyiv said on Tuesday it does not agree with the Kremlin's plan for a frozen "
    "front line.",
    ABOUT_UKRAINE + "Moscow said on Tuesday that it disagreed with the European proposal.",
]

NO_DISAGREEMENT_WITH_A_PLAN = [
    ABOUT_GAZA + "Hamas said it does not agree with reports that the talks had stalled.",
    ABOUT_GAZA + "Israel disagreed with Hamas on the withdrawal.",
    ABOUT_UKRAINE + "Kyiv said it agrees with the European plan.",
]


@pytest.mark.parametrize("text", DISAGREEING_WITH_A_PLAN)
def test_disagreeing_with_the_other_side_s_plan_rejects_it(read, text):
    found = of_type(read(text, WED), "ProposalRejected")
    assert found and found[0].occurred.start == date(2024, 2, 13), found


@pytest.mark.parametrize("text", NO_DISAGREEMENT_WITH_A_PLAN)
def test_disagreeing_with_a_report_or_on_a_topic_rejects_no_plan(read, text):
    assert not of_type(read(text, WED), "ProposalRejected")


# A plan or an answer received and under review, its object an 'it'.
RECEIVED_AND_STUDYING = [
    (ABOUT_GAZA + "Hamas said it had received the proposal and would study it.", "hamas"),
    (
        '"We have received the response and we are evaluating it," the Qatari foreign ministry '
        "said.",
        "qatar",
    ),
    (
        ABOUT_UKRAINE + "Kyiv said it had received the draft and was studying it carefully.",
        "ukraine",
    ),
    (ABOUT_UKRAINE + "The Kremlin has received the American plan and will review it.", "russia"),
    ("The M23 said it had received Qatar's proposal and was reviewing it.", "m23"),
]

NOT_RECEIVED_AND_STUDYING = [
    ABOUT_GAZA + "Hamas received the aid shipment and distributed it.",
    ABOUT_UKRAINE + "Ukraine received the plan in November and studied the map of it.",
]


@pytest.mark.parametrize(("text", "actor"), RECEIVED_AND_STUDYING)
def test_a_plan_received_and_under_review_is_a_statement(read, text, actor):
    found = of_type(read(text, WED), "StatementIssued")
    assert any(
        actor in f.actor_ids() and f.extractor.rule == "proposal.received_studying" for f in found
    ), found


@pytest.mark.parametrize("text", NOT_RECEIVED_AND_STUDYING)
def test_something_else_received_is_no_plan_under_review(read, text):
    found = read(text, WED)
    assert not [f for f in found if f.extractor.rule == "proposal.received_studying"]


# A yes to a plan's principles, its owner told at length.
PRINCIPLES_ACCEPTED = [
    (
        ABOUT_GAZA + "Both parties have endorsed the overarching principles of US President "
        "Donald Trump's plan, which envisions a ceasefire.",
        "hamas",
    ),
    (
        ABOUT_GAZA + "Hamas accepted the broad outlines of the latest Egyptian and Qatari "
        "proposal on Monday.",
        "hamas",
    ),
    (
        ABOUT_UKRAINE + "Kyiv endorsed the key principles of the European leaders' peace plan on "
        "Friday.",
        "ukraine",
    ),
]

PRINCIPLES_NOT_ACCEPTED = [
    ABOUT_GAZA + "Israel has not accepted the principles of the plan.",
    ABOUT_GAZA + "Hamas must accept the main points of the US President's plan, Netanyahu said.",
]


@pytest.mark.parametrize(("text", "actor"), PRINCIPLES_ACCEPTED)
def test_a_yes_to_a_plan_s_principles_accepts_it(read, text, actor):
    assert_read_with_actor(read(text, WED), text, "ProposalAccepted", actor)


@pytest.mark.parametrize("text", PRINCIPLES_NOT_ACCEPTED)
def test_principles_not_accepted_or_asked_for_accept_nothing(read, text):
    assert not of_type(read(text, WED), "ProposalAccepted")


# A text told only as a noun with the recent time it was reached: the sides' agreement, dated
# by that time (published Friday 2025-05-02).
FRI_MAY_2 = date(2025, 5, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Kinshasa and Kigali are negotiating a peace deal. It builds on a declaration of "
            "principles signed in Washington a week ago.",
            date(2025, 4, 24),
            date(2025, 4, 26),
        ),
        (
            "Russia and Ukraine met in Istanbul. Officials hailed an agreement to exchange "
            "prisoners reached on Monday.",
            date(2025, 4, 28),
            date(2025, 4, 28),
        ),
        (
            "Armenia and Azerbaijan are negotiating a peace treaty. Both capitals praised the "
            "accord on border delimitation struck last month.",
            date(2025, 4, 1),
            date(2025, 4, 30),
        ),
        (
            "Serbia and Kosovo held talks in Brussels. The understanding, which was sealed by "
            "both leaders on Tuesday, covers licence plates.",
            date(2025, 4, 29),
            date(2025, 4, 29),
        ),
    ],
)
def test_a_text_told_as_a_noun_with_a_recent_time_is_agreed_then(read, text, start, end):
    found = [f for f in read(text, FRI_MAY_2) if f.extractor.rule == "agreement.told_dated"]
    assert found and (found[0].occurred.start, found[0].occurred.end) == (start, end), found
    assert found[0].modality == "asserted"


def test_a_text_told_signed_in_a_city_is_signed_there(read):
    text = "Armenia and Azerbaijan met. A memorandum signed in Geneva on Tuesday covers the border."
    (found,) = [f for f in read(text, FRI_MAY_2) if f.extractor.rule == "agreement.told_dated"]
    assert found.location == "geneva"


@pytest.mark.parametrize(
    "text",
    [
        # of a named past year, or undated: the frame of other news
        "Armenia and Azerbaijan are negotiating a treaty. Both cited the declaration signed in "
        "Almaty in 1991.",
        "Sudan's army and the RSF met in Jeddah. Both must honour the declaration signed there.",
        # a draft, any or a future text: nothing reached
        "Armenia and Azerbaijan are negotiating. The draft treaty agreed last week needs signing.",
        "Serbia and Kosovo held talks. Any agreement reached on Monday would need a vote.",
        # a bare peace agreement or deal is as often the truce itself
        "Ethiopia and the TPLF met. Commanders began to implement the peace agreement signed "
        "last week.",
        "Yemen's parties talk. He cited the UN-brokered deal concluded in Geneva last month.",
        # a bare declaration may be a summit's; agreeing to meet again accepts no terms
        "Serbia and Kosovo held talks. The leaders cited a declaration signed in Paris on Monday.",
        "Russia and Ukraine met. An agreement to resume talks reached on Monday was welcomed.",
        # a truce, or a trade deal, told so: not the sides' acceptance of terms by this rule
        "Russia and Ukraine are at war. The ceasefire deal reached on Monday is holding.",
        "Ukraine and the US are talking. The energy deal signed in Kyiv on Monday is in force.",
        # the participle dates nothing when another clause stands between it and the time
        "Russia and Ukraine met in Istanbul. The deal was reached, officials said on Monday.",
    ],
)
def test_a_text_recalled_undated_old_or_unreached_is_no_agreement_of_the_day(read, text):
    found = read(text, FRI_MAY_2)
    assert not [f for f in found if f.extractor.rule == "agreement.told_dated"], found
