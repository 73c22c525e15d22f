"""Position rules (catalog: DemandStated, DemandRejected, ThreatIssued, AppealMade): demands
worded with or without 'demand', conditions, threats and appeals, and the sides' stances told
in passing (sticking points in a relative clause, positions held or backed away from), in news
phrasing written for these tests.
WORDINGS lists the family's events in many wordings; NOT_THE_EVENT, readings that are not
them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ABOUT_GAZA, PUBLISHED, assert_read_with_actor, ids, of_type

MON = date(2025, 10, 6)  # a Monday
WED = date(2024, 2, 14)  # a Wednesday
FRI_2025 = date(2025, 2, 14)  # a Friday


OCT_20 = date(2022, 10, 20)  # a Thursday


TUESDAY = date(2025, 3, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said its priority is to halt the war and secure a complete withdrawal.",
        "Hamas said its amendments included a permanent ceasefire, full withdrawal and aid.",
        "Hamas will keep negotiating on the basis of a full ceasefire and withdrawal.",
        "Hamas insisted that any agreement end the war.",
    ],
)
def test_a_demand_worded_without_demand_is_a_demand(read, text):
    found = of_type(read(text, MON), "DemandStated")
    assert any("hamas" in f.actor_ids() for f in found)


def test_a_priority_without_an_issue_is_no_demand(read):
    assert of_type(read("Hamas said its priority is its own members.", MON), "DemandStated") == []


@pytest.mark.parametrize(
    ("text", "speaker", "party"),
    [
        ("Witkoff said Hamas should accept the framework.", "steve_witkoff", "hamas"),
        ("Qatar's foreign ministry said Israel should return to the talks.", "qatar", "israel"),
        # told to: an instruction to a party is an appeal to it, not its acceptance
        ("Trump told Hamas on Sunday to accept the peace plan.", "united_states", "hamas"),
        ("Lavrov told Kyiv to stop shelling border towns.", "russia", "ukraine"),
        ("The Angolan president tells the M23 to withdraw from Goma.", "angola", "m23"),
    ],
)
def test_a_speaker_saying_a_party_should_act_appeals_to_it(read, text, speaker, party):
    (found,) = of_type(read(text, MON), "AppealMade")
    assert speaker in found.actor_ids(role="subject") and party in found.actor_ids(role="target")
    assert of_type(read(text, MON), "ProposalAccepted") == []


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky told reporters to expect another round of talks.",
        "Netanyahu told the Israeli army to halt the strikes on Rafah.",
        "Burhan told his commanders to return to Port Sudan.",
    ],
)
def test_told_to_with_no_party_or_one_s_own_side_is_no_appeal(read, text):
    assert of_type(read(text, MON), "AppealMade") == []


def test_wanting_the_truce_to_continue_is_an_appeal_not_a_demand(read):
    found = read("Trump said he wanted the truce to continue.", MON)
    assert of_type(found, "DemandStated") == [] and of_type(found, "AppealMade")


@pytest.mark.parametrize(
    "text",
    [
        'Ben-Gvir vowed "harsh punishment" for Hamas.',
        "Netanyahu vowed a heavy price for the attack.",
    ],
)
def test_vowing_punishment_is_a_threat_not_a_demand(read, text):
    found = read(text, MON)
    assert of_type(found, "DemandStated") == [] and of_type(found, "ThreatIssued")


def test_insisting_on_something_that_is_no_issue_is_no_demand(read):
    text = "The U.S. ambassador insisted the abstention does not represent a shift in policy."
    assert not of_type(read(text, WED), "DemandStated")


THREATS = [
    ("If Israel goes into Rafah, we will not supply the weapons, Biden said.", "united_states"),
    ("Hamas said guards had been given new instructions if troops approach the captives.", "hamas"),
    ("Qatar reserves the right to respond, its foreign ministry said on Tuesday.", "qatar"),
    ('"Our fingers will remain on the trigger," a Hamas spokesman said.', "hamas"),
    ("Netanyahu said the long arm of Israel will act against its enemies everywhere.", "israel"),
    ('Trump wrote that "this is my last warning" to Hamas.', "donald_trump"),
    ("Israel will strike again if Hezbollah fires at the north, Katz said.", "israel"),
]


@pytest.mark.parametrize(("text", "actor"), THREATS)
def test_what_a_named_speaker_will_do_if_provoked_is_a_threat(read, text, actor):
    found = of_type(read(text, WED), "ThreatIssued")
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


APPEALS = [
    ("Guterres urged that the aid convoys be allowed to move.", "united_nations"),
    ("Guterres said all parties must work towards a permanent ceasefire.", "united_nations"),
    ("Biden said on Monday the resolution must be implemented.", "united_states"),
    ("Qatar called on Israel to stop the strikes.", "qatar"),
]


@pytest.mark.parametrize(("text", "actor"), APPEALS)
def test_urging_and_must_addressed_to_all_are_appeals(read, text, actor):
    found = of_type(read(text, WED), "AppealMade")
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


DEMANDS = [
    ("Hamas will not give up its demand for a complete ceasefire and full withdrawal.", "hamas"),
    (
        "Hamas sticks to its original position: a comprehensive ceasefire, withdrawal, "
        "return of the displaced.",
        "hamas",
    ),
    ('"The attack won\'t change our demands," a Hamas official said.', "hamas"),
    # the deal one refuses without it: what the deal must hold is demanded ('we' in a quote is
    # the speaker named after it, not the doer of the sentence before)
    (
        ABOUT_GAZA + '"We will not accept any deal that does not end the war," Hamas official '
        "Basem Naim said.",
        "hamas",
    ),
    (
        'Russia and Ukraine met in Istanbul.\n"We will never sign a treaty that does not '
        'return our territory," Ukrainian President Volodymyr Zelensky said.',
        "ukraine",
    ),
    ("The SPLM-IO said it would not sign any agreement that did not reform the army.", "spla_io"),
    (
        "Qatar will resume mediation when the parties show willingness and seriousness "
        "to end the war.",
        "qatar",
    ),
    (
        "Israel keeps the roads north closed until the captive is freed, Netanyahu's office said.",
        "israel",
    ),
]


@pytest.mark.parametrize(("text", "actor"), DEMANDS)
def test_a_position_held_or_a_condition_set_is_a_demand(read, text, actor):
    found = of_type(read(text, WED), "DemandStated")
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


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
        "According to Witkoff, Hamas should accept the framework proposal.",
        'According to Witkoff, "Hamas should accept the proposal we put forward."',
        '"Hamas should accept the proposal," Witkoff said.',
    ],
)
def test_an_appeal_through_a_channel_is_the_named_speaker_s(read, text):
    (found,) = of_type(read(text, date(2025, 6, 1)), "AppealMade")
    assert "steve_witkoff" in ids(found, "subject") and "hamas" in ids(found, "target")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("If Hamas rejects the plan, Israel will finish the job, Netanyahu said.", "israel"),
        ('"If Hamas tries to dictate terms, it is gravely mistaken," Netanyahu warned.', "israel"),
    ],
)
def test_a_warning_of_what_follows_a_refusal_is_the_speaker_s_threat(read, text, who):
    (found,) = of_type(read(text, date(2025, 9, 30)), "ThreatIssued")
    assert who in ids(found, "subject") and "hamas" not in ids(found, "subject")


def test_a_sorely_mistaken_party_with_no_speaker_is_no_threat(read):
    text = '"But if Hamas reads our restraint as weakness, it is gravely mistaken."'
    assert not of_type(read(text, date(2025, 9, 30)), "ThreatIssued")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Israel's red lines for a ceasefire are the ability to resume fighting.", "israel"),
        ("Hamas's demands include a permanent ceasefire and a full withdrawal.", "hamas"),
        ("Egypt's conditions for hosting the talks were a halt to the offensive.", "egypt"),
    ],
)
def test_a_party_s_red_lines_or_demands_told_as_a_list_are_its_demands(read, text, owner):
    (found,) = of_type(read(text), "DemandStated")
    assert ids(found, "subject") == {owner}


def test_demands_told_as_rejected_by_another_are_not_restated(read):
    assert not of_type(read("Hamas's demands were rejected by Israel."), "DemandStated")


@pytest.mark.parametrize(
    "text",
    [
        "Israel has resisted this requirement while Hamas insists it must be fulfilled.",
        "Israel's refusal to agree to provisions for the entry of aid remains the main obstacle.",
    ],
)
def test_resisting_or_refusing_a_requirement_rejects_a_demand(read, text):
    (found,) = of_type(read(text), "DemandRejected")
    assert "israel" in ids(found, "subject")


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu said on Sunday that Israel wants to bring home every captive still in Gaza.",
        'Trump is tired of the fighting, an aide said. "He wants this finished."',
    ],
)
def test_wanting_an_aim_or_an_end_is_no_demand(read, text):
    assert of_type(read(text, date(2025, 4, 14)), "DemandStated") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hamas wants a permanent ceasefire and a full Israeli withdrawal from Gaza.",
        "Hamas wants to see a permanent ceasefire before any further releases.",
        "The number of prisoners Hamas wants to free in return has stalled the talks.",
    ],
)
def test_wanting_an_issue_is_a_demand(read, text):
    assert ["hamas" in ids(f) for f in of_type(read(text, date(2025, 4, 14)), "DemandStated")] == [
        True
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The talks centre on the framework drafted by Egypt, which calls for a phased truce "
        "and the return of all captives.",
        "Mediators are pushing the 12-point plan put forward by U.S. envoy Steve Witkoff, "
        "which also calls for an Israeli pullback.",
    ],
)
def test_a_plan_that_calls_for_terms_is_no_appeal(read, text):
    assert of_type(read(text, date(2025, 10, 8)), "AppealMade") == []


def test_wanting_to_do_a_deed_oneself_is_no_demand_but_wanting_it_of_others_is(read):
    own = read("Israel wants to return all the captives held in Gaza.", date(2025, 4, 14))
    asked = read("Israel wants Hamas disarmed and its leaders exiled.", date(2025, 4, 14))
    assert of_type(own, "DemandStated") == []
    assert of_type(asked, "DemandStated")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "The envoy was in Beirut to discuss a US proposal calling for the disarmament of "
            "Hezbollah.",
            "united_states",
        ),
        (
            "Mediators studied Egypt's plan calling for a phased withdrawal from Gaza.",
            "egypt",
        ),
    ],
)
def test_a_proposal_calling_for_something_is_its_author_s_demand_not_an_appeal(read, text, owner):
    found = read(text)
    demands = of_type(found, "DemandStated")
    assert not of_type(found, "AppealMade"), found
    assert any(owner in d.actor_ids() for d in demands), found


@pytest.mark.parametrize(
    "text",
    [
        "An official said Hamas is committed to what it said before: a ceasefire and a full "
        "withdrawal.",
        "Israel remains firmly committed to its conditions for ending the war, the minister said.",
    ],
)
def test_staying_committed_to_one_s_demands_restates_a_demand_not_a_statement(read, text):
    found = read(text)
    assert of_type(found, "DemandStated") and not of_type(found, "StatementIssued"), found


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Hamas's excessive demands were delaying the deal.",
        "Israel's conditions are blocking any progress, a Qatari official said.",
    ],
)
def test_what_a_party_s_demands_do_to_the_talks_states_no_demand(read, text):
    assert not of_type(read(text), "DemandStated"), read(text)


def test_what_a_party_s_demands_are_states_them(read):
    text = "Hamas's demands are ending the war and a full withdrawal of Israeli troops."
    found = of_type(read(text), "DemandStated")
    assert any("hamas" in f.actor_ids() for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A US official said it would be a long process to move from a truce, once agreed, to a "
        "permanent end of hostilities.",
        "Qatar's prime minister said there will be more obstacles until the deal is signed.",
    ],
)
def test_a_comment_with_an_empty_subject_and_a_condition_is_no_demand(read, text):
    assert not of_type(read(text), "DemandStated"), read(text)


def test_a_party_s_own_condition_after_its_pronoun_is_still_a_demand(read):
    text = "Hamas said it would not release the hostages until Israel withdraws its troops."
    found = of_type(read(text), "DemandStated")
    assert any("hamas" in f.actor_ids() for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Trump said on Friday he was giving Hamas a last chance to accept the deal.",
        "This is Hamas's last chance to sign, Trump said.",
        "Trump set a Sunday deadline for Hamas with a 'last chance' warning.",
        "Trump issued an ultimatum to Hamas on Sunday.",
    ],
)
def test_a_last_chance_or_an_ultimatum_is_the_speaker_s_threat(read, text):
    found = of_type(read(text), "ThreatIssued")
    assert found and all("hamas" not in f.actor_ids("subject") for f in found), found
    assert any("donald_trump" in f.actor_ids() for f in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hamas reiterated demands that the war end and the army withdraw.", "DemandStated"),
        ("Egypt renewed calls for a permanent ceasefire in Gaza.", "AppealMade"),
    ],
)
def test_a_past_verb_before_a_plural_noun_dates_the_deed_to_its_day(read, text, kind):
    found = of_type(read(text, MON), kind)
    assert found and all(f.occurred.start == f.occurred.end == MON for f in found)


def test_a_present_tense_demand_stays_a_standing_position_of_the_week(read):
    found = of_type(read("Hamas demands a permanent ceasefire in Gaza.", MON), "DemandStated")
    assert found and all(f.occurred.precision == "approx" for f in found)


def test_a_standing_position_a_speaker_said_is_dated_to_the_day_it_was_said(read):
    text = "Hamdan said Hamas is committed to its demand for a ceasefire and a withdrawal."
    found = of_type(read(text, MON), "DemandStated")
    assert found and all(f.occurred.start == f.occurred.end == MON for f in found)


def test_a_standing_position_told_without_a_speaker_stays_a_window_of_the_week(read):
    text = "Hamas is committed to its demand for a ceasefire and a withdrawal."
    found = of_type(read(text, MON), "DemandStated")
    assert found and all(f.occurred.precision == "approx" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas leaders are calling for an uprising in the West Bank.",
        "The movement called for mass protests across the region on Friday.",
    ],
)
def test_calling_for_mobilisation_is_no_appeal_in_the_talks(read, text):
    assert not of_type(read(text, MON), "AppealMade")


def test_calling_for_a_truce_is_still_an_appeal(read):
    text = "Hamas leaders called for an immediate truce on Monday."
    assert of_type(read(text, MON), "AppealMade")


@pytest.mark.parametrize(
    "text",
    [
        "Trump gave Hamas until Sunday evening to accept the plan.",
        "Netanyahu set a final deadline for Hamas to respond.",
        "Trump issued a deadline to Hamas to return the hostages.",
    ],
)
def test_an_ultimatum_with_a_deadline_is_a_threat(read, text):
    assert of_type(read(text), "ThreatIssued")


@pytest.mark.parametrize(
    "text",
    [
        "The ELN has rejected talks on disarmament until the army leaves its territory.",
        "Hamas rejected Israel's offer to discuss the hostages unless a truce is agreed first.",
    ],
)
def test_a_rejection_until_a_condition_states_the_condition_as_a_demand(read, text):
    assert of_type(read(text, MON), "DemandStated")


def test_rejecting_until_further_notice_states_no_demand(read):
    text = "Israel rejected the plan on Sunday until further notice."
    assert not of_type(read(text, MON), "DemandStated")


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu threatened to resume the war if Hamas did not free them by noon on Saturday.",
        "Trump set a deadline of Sunday at 6 pm for Hamas to respond.",
    ],
)
def test_a_deadline_does_not_date_the_threat_that_sets_it(read, text):
    assert [f.occurred.start for f in of_type(read(text), "ThreatIssued")] == [PUBLISHED]


@pytest.mark.parametrize(
    "text",
    [
        "Israel regards control of the border corridor as vital.",
        "Hamas has stuck to its demand for a permanent ceasefire.",
        "Hamas said any progress depended on a comprehensive ceasefire and a full withdrawal.",
        "The ELN considers a bilateral ceasefire a must and sees it as a precondition.",
    ],
)
def test_a_position_held_or_a_condition_of_progress_is_a_demand(read, text):
    assert of_type(read(text), "DemandStated")


def test_conditions_raised_by_another_side_are_no_demand_of_the_accuser(read):
    text = "Hamas accused Israel of raising new conditions on withdrawals and prisoners."
    assert [f for f in of_type(read(text), "DemandStated") if "israel" in ids(f, "subject")] == []


LIMITS = [
    (
        "Tehran insists on enrichment, while Washington maintains that enrichment is a red line.",
        "united_states",
    ),
    ("Kyiv has said that recognising the annexation remains its red line.", "ukraine"),
    (
        "Baku has said a prerequisite for its signature is a change to Armenia's constitution.",
        "azerbaijan",
    ),
    (
        "Moscow says a precondition for any ceasefire is a Ukrainian withdrawal from four regions.",
        "russia",
    ),
]


@pytest.mark.parametrize(("text", "actor"), LIMITS)
def test_a_red_line_or_a_prerequisite_is_the_speaker_s_demand(read, text, actor):
    found = of_type(read(text, MON), "DemandStated")
    assert any(actor in f.actor_ids() for f in found), read(text, MON)


# what a speaker names 'non-negotiable' is demanded, in a quote said by them too
NON_NEGOTIABLE = [
    (
        '"The deal respects our red lines, above all the non-negotiable withdrawal of the rebels '
        'from the towns they hold," says a Congolese government spokesman, Patrick Muyaya.',
        "patrick_muyaya",
    ),
    (
        "Kyiv's non-negotiable demand is the return of its occupied territory, Zelensky said.",
        "ukraine",
    ),
]


@pytest.mark.parametrize(("text", "actor"), NON_NEGOTIABLE)
def test_what_a_speaker_calls_non_negotiable_is_their_demand(read, text, actor):
    found = of_type(read(text, MON), "DemandStated")
    assert any(actor in f.actor_ids() for f in found), read(text, MON)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan left the non-negotiable issues for a later round, diplomats said.",
        "The two sides discussed the non-negotiable points of the plan on Monday.",
    ],
)
def test_non_negotiable_issues_set_aside_or_discussed_are_no_demand(read, text):
    assert not of_type(read(text, MON), "DemandStated")


def test_a_demand_called_non_negotiable_is_read_once(read):
    text = "Kinshasa insisted on the non-negotiable withdrawal of the M23 from Goma."
    assert len(of_type(read(text, MON), "DemandStated")) == 1


def test_a_red_line_crossed_in_the_writer_s_words_is_no_demand(read):
    assert not of_type(
        read("Israeli strikes crossed a red line, the analyst wrote.", MON), "DemandStated"
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Congo had requested the withdrawal of the rebels from the towns they seized.",
            "democratic_republic_of_congo",
        ),
        ("Armenia requested the return of its detainees held in Baku.", "armenia"),
        ("The Houthis are seeking the release of their fighters held by Saudi Arabia.", "houthis"),
    ],
)
def test_requesting_a_withdrawal_or_a_release_is_a_demand(read, text, actor):
    found = of_type(read(text, MON), "DemandStated")
    assert any(actor in f.actor_ids() for f in found), read(text, MON)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("M23 had been pushing for the release of its members held by Congo's military.", "m23"),
        ("Armenia called for the return of its prisoners of war held in Baku.", "armenia"),
    ],
)
def test_a_side_asking_for_its_own_people_back_demands_it(read, text, actor):
    found = read(text, MON)
    assert any(actor in f.actor_ids() for f in of_type(found, "DemandStated")), found
    assert not of_type(found, "AppealMade")


def test_a_third_party_asking_for_a_release_still_appeals(read):
    found = read("The UN called for the release of all detainees held by both sides.", MON)
    assert of_type(found, "AppealMade") and not of_type(found, "DemandStated")


@pytest.mark.parametrize(
    ("text", "kind", "doer", "not_doer"),
    [
        (
            "Egypt hosted a Hamas delegation on Monday, urging it to accept the truce.",
            "AppealMade",
            "egypt",
            "hamas",
        ),
        (
            "Blinken met Netanyahu in Jerusalem urging him to accept the deal.",
            "AppealMade",
            "antony_blinken",
            "benjamin_netanyahu",
        ),
        (
            "The EU summoned Russia's envoy, warning Moscow it would face new sanctions if the "
            "attacks continued.",
            "ThreatIssued",
            "european_union",
            "russia",
        ),
    ],
)
def test_a_participle_after_the_main_clause_object_is_the_main_doers(
    read, text, kind, doer, not_doer
):
    (found,) = of_type(read(text, date(2024, 2, 14)), kind)
    assert doer in ids(found) and not_doer not in {
        a.id for a in found.actors if a.role == "subject"
    }


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        # after a preposition the -ing word is a gerund of the object's own
        ("Qatar accused Israel of unilaterally ending the truce.", "CeasefireCollapsed", "israel"),
        # 'with X -ing': the noun right before the participle does it
        (
            "Talks opened in Doha on Thursday with the United States presenting a bridging "
            "proposal.",
            "ProposalMade",
            "united_states",
        ),
    ],
)
def test_a_gerund_or_an_absolute_participle_keeps_its_own_doer(read, text, kind, doer):
    found = of_type(read(text, date(2024, 2, 14)), kind)
    assert found and all(doer in ids(f) for f in found)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "EU foreign policy chief Josep Borrell said that he expects Vucic and Kurti to be "
            "open and flexible at the meeting in Brussels.",
            "josep_borrell",
            "albin_kurti",
        ),
        (
            "Sudan's army said it expects the RSF to honour the Jeddah declaration.",
            "sudan_armed_forces",
            "rsf",
        ),
        (
            "Turkish Foreign Minister Hakan Fidan said he expected Russia and Ukraine to show "
            "flexibility.",
            "hakan_fidan",
            "ukraine",
        ),
    ],
)
def test_expecting_the_sides_to_behave_in_the_talks_is_an_appeal(read, text, speaker, target):
    (found,) = of_type(read(text, MON), "AppealMade")
    assert {speaker, target} <= ids(found)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Hamas welcomed the process but emphasised the necessity for Israel to agree to a "
            "permanent ceasefire.",
            "israel",
        ),
        (
            "Armenia stressed the need for Azerbaijan to withdraw its troops from Armenian "
            "territory.",
            "azerbaijan",
        ),
    ],
)
def test_what_a_side_calls_necessary_of_the_other_is_its_demand(read, text, target):
    found = of_type(read(text), "DemandStated")
    assert found and target in ids(found[0], "target")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expects the talks to be fruitful, William Ruto said.",
        "Israel expects Hezbollah to strike again within days.",
        "Russia is expected to push Ukraine to resume talks.",
    ],
)
def test_a_forecast_or_a_hope_about_the_talks_is_no_appeal(read, text):
    assert of_type(read(text, MON), "AppealMade") == []


@pytest.mark.parametrize(
    "text",
    [
        "Qatar highlighted the need for both Hamas and Israel to make concessions.",
        "The African Union underlined the need for all parties to return to the table.",
    ],
)
def test_a_need_asked_of_both_sides_is_an_appeal(read, text):
    found = read(text)
    assert of_type(found, "AppealMade") and not of_type(found, "DemandStated")


@pytest.mark.parametrize(
    "text",
    [
        "Congo and the M23 said they would send delegations back to Doha, as Washington pushes "
        "for an end to fighting.",
        "Aliyev, who has been pressuring Yerevan to open a corridor, stressed the importance of "
        "the route.",
        "Sudan's army agreed to attend, even as Egypt urges the RSF to join the talks.",
    ],
)
def test_a_pressure_told_as_the_writers_backdrop_is_no_appeal_of_the_day(read, text):
    assert of_type(read(text, MON), "AppealMade") == []


@pytest.mark.parametrize(
    "text",
    [
        "A Sudanese army delegation reached Jeddah on Monday, as Saudi and US mediators pressed "
        "both sides to accept a truce.",
        "The talks resumed in Doha, as Qatari officials urged Kinshasa and the M23 to sign.",
    ],
)
def test_a_pressure_told_in_the_past_beside_the_news_is_an_appeal_of_the_day(read, text):
    assert of_type(read(text, MON), "AppealMade")


def test_an_appeal_with_a_backdrop_after_it_is_still_an_appeal(read):
    text = (
        "Trump urged Hamas to accept the deal on Monday, as Israel pressed ahead with its "
        "offensive."
    )
    (found,) = of_type(read(text, MON), "AppealMade")
    assert {"donald_trump", "hamas"} <= ids(found)


@pytest.mark.parametrize(
    "text",
    [
        "However, no breakthrough has been made as both sides remain adamant.",
        "Talks stalled as Kyiv and Moscow held firm, and no date was set.",
        "They stressed the necessity of trying to prevent a wider war.",
    ],
)
def test_a_mood_of_firmness_or_a_wish_with_no_terms_is_no_demand(read, text):
    assert not of_type(read(text), "DemandStated")


def test_firmness_on_named_terms_is_still_a_demand(read):
    assert of_type(
        read("Hamas has remained adamant on a permanent end to the war."), "DemandStated"
    )


def test_a_need_stressed_right_after_but_is_the_first_clauses_demand(read):
    text = "Russia welcomed the talks but stressed the need for Ukraine to withdraw from Kursk."
    found = of_type(read(text), "DemandStated")
    assert found and ids(found[0], "subject") == {"russia"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Hamas's response included amendments on a permanent ceasefire and a full Israeli "
            "withdrawal.",
            "hamas",
        ),
        ("The M23's response included amendments on a ceasefire and prisoner exchanges.", "m23"),
    ],
)
def test_the_terms_of_a_sides_own_answer_are_its_demand(read, text, side):
    found = of_type(read(text), "DemandStated")
    assert found and ids(found[0], "subject") == {side}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "One obstacle is Israel's demand for a full list of living hostages, which Hamas "
            "has rejected.",
            "israel",
        ),
        ("Russia's demand that Ukraine stay neutral remains the main obstacle.", "russia"),
    ],
)
def test_a_demand_named_by_its_owner_and_object_is_the_owners_demand(read, text, side):
    found = of_type(read(text), "DemandStated")
    assert any(ids(f, "subject") == {side} for f in found)


def test_an_owners_demands_as_a_bare_object_are_no_new_demand(read):
    assert not of_type(read("The mediators discussed the M23's demands."), "DemandStated")


@pytest.mark.parametrize(
    "text",
    [
        "He hopes to be awarded the Nobel Peace Prize for pressing both Israel and Hamas to end "
        "the war.",
        "Zelensky praised Erdogan for urging Russia to extend the grain deal.",
    ],
)
def test_pressure_told_as_the_reason_for_praise_is_no_appeal(read, text):
    assert not of_type(read(text), "AppealMade")


def test_an_appeal_told_outright_is_still_an_appeal(read):
    assert of_type(read("Turkey urged Russia to extend the grain deal."), "AppealMade")


def test_pushing_a_side_to_free_captives_frees_nobody(read):
    text = "The UN credited Qatar with pushing Hamas to free the hostages."
    assert not of_type(read(text), "HostagesReleased")


@pytest.mark.parametrize(
    "text",
    [
        "If Hamas accepts the deal, the hostages would be released within six weeks.",
        "If Russia rejects the truce, the sanctions will be tightened.",
        "If the M23 leaves Goma, the road to the airport would open.",
        "If a truce is reached in Jeddah, talks will expand to a lasting peace, the envoy said.",
        "If the deal collapses, the war will resume, the mediators warned.",
    ],
)
def test_the_doer_of_a_condition_or_the_process_itself_threatens_nothing(read, text):
    assert not of_type(read(text), "ThreatIssued")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("If Israel goes into Rafah, we will not supply the weapons, Biden said.", "joe_biden"),
        (
            '"If the M23 does not withdraw from Goma, we will strike," Tshisekedi said.',
            "felix_tshisekedi",
        ),
        ('"If Israel enters Rafah, we will halt the talks," Hamas said.', "hamas"),
        (
            "If Hamas rejects the offer, the army will expand its offensive, Netanyahu said.",
            "israel",
        ),
    ],
)
def test_a_speaker_who_says_what_follows_a_condition_threatens(read, text, side):
    (threat,) = of_type(read(text), "ThreatIssued")
    assert side in ids(threat)


@pytest.mark.parametrize(
    "text",
    [
        "The ELN said it would return to the table only if the government halted operations.",
        "Hamas said it would resume talks if Israel stopped its offensive in Rafah.",
        "Moscow will return to the negotiating table if Kyiv withdraws from Kursk.",
    ],
)
def test_coming_back_to_the_table_on_a_condition_is_no_threat(read, text):
    assert not of_type(read(text), "ThreatIssued")


@pytest.mark.parametrize(
    ("text", "who", "asker", "issue"),
    [
        (
            "Armenia and Azerbaijan met in Washington.\nArmenia wants old maps used to delimit the "
            "border. Baku has opposed the idea so far.",
            "azerbaijan",
            "armenia",
            "territory",
        ),
        (
            "Kyiv wants Russian troops withdrawn from its territory. Moscow rejected the demand.",
            "russia",
            "ukraine",
            "troop_withdrawal",
        ),
        (
            "The RSF demanded international monitors in Darfur. Sudan's army turned down the "
            "request.",
            "sudan",
            "rsf",
            "monitoring",
        ),
    ],
)
def test_a_refusal_of_the_idea_just_told_refuses_that_demand_and_its_issues(
    read, text, who, asker, issue
):
    (found,) = of_type(read(text, MON), "DemandRejected")
    assert issue in found.issues
    assert who in ids(found, "subject") and asker in ids(found, "target")


def test_an_undated_refusal_of_a_stance_told_in_the_present_holds_over_its_days(read):
    text = "Armenia wants old maps used to delimit the border. Baku has opposed the idea so far."
    (demand,) = of_type(read(text, MON), "DemandStated")
    (refusal,) = of_type(read(text, MON), "DemandRejected")
    assert refusal.occurred == demand.occurred


@pytest.mark.parametrize(
    "text",
    [
        "Hamas warned it would return to fighting if Israel did not withdraw.",
        '"If they do not release our people, we will resume our attacks," the M23 said.',
    ],
)
def test_going_back_to_war_on_a_condition_is_still_a_threat(read, text):
    assert of_type(read(text), "ThreatIssued")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas demanded a permanent ceasefire. The RSF opposed the offensive in El Fasher.",
        "Kyiv wants Russian troops withdrawn. Moscow rejected the idea of a summit.",
        "Kyiv wants Russian troops withdrawn. Kyiv later rejected the idea.",
    ],
)
def test_a_refusal_of_something_else_or_by_the_asker_takes_no_issue_of_the_demand(read, text):
    refusals = [f for f in read(text, MON) if f.type in ("DemandRejected", "ProposalRejected")]
    assert all("troop_withdrawal" not in f.issues for f in refusals)
    assert all("permanent_ceasefire" not in f.issues for f in refusals)


# --- force backed by another on a condition: the backer threatens -----------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            ABOUT_GAZA + "Israel will have full US backing to defeat Hamas if it does not accept "
            "the plan, Trump said.",
            "donald_trump",
        ),
        (
            ABOUT_GAZA + "Trump said Israel would have the full backing of the United States to "
            "finish the job if the group refuses the deal.",
            "donald_trump",
        ),
        (
            "Ukraine would get a free hand to strike Russian targets if Moscow rejects the "
            "ceasefire, Trump said.",
            "donald_trump",
        ),
    ],
)
def test_force_backed_by_the_speaker_on_a_condition_is_the_speakers_threat(read, text, who):
    (threat,) = of_type(read(text), "ThreatIssued")
    assert who in ids(threat)


def test_backing_with_no_condition_is_no_threat(read):
    text = ABOUT_GAZA + "Israel will have full US backing for its security, Trump said."
    assert not of_type(read(text), "ThreatIssued")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Netanyahu said on Monday that Israel would continue military operations against "
            "Hezbollah even if a ceasefire were reached.",
            "israel",
        ),
        (
            "Russia will keep striking Ukrainian cities whatever the talks bring, Moscow said.",
            "russia",
        ),
        ("The ELN vowed to continue fighting the army in Arauca.", "eln"),
    ],
)
def test_force_kept_up_whatever_the_talks_is_a_threat(read, text, who):
    found = of_type(read(text, WED), "ThreatIssued")
    assert found and who in found[0].actor_ids(), read(text, WED)


@pytest.mark.parametrize(
    "text",
    [
        "Israel says it will continue military operations until Hamas is defeated.",
        "UNRWA will continue operations in Gaza.",
    ],
)
def test_force_kept_up_until_a_condition_or_work_kept_up_is_no_threat(read, text):
    assert of_type(read(text, WED), "ThreatIssued") == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Israel demands that Hamas disarm, a demand rejected by the militant group.", "hamas"),
        ("Kinshasa demands that M23 leave Goma, a demand rejected by the group.", "m23"),
        ("Bogota demands that the ELN free its hostages, a demand rejected by the rebels.", "eln"),
    ],
)
def test_a_demand_rejected_by_the_group_is_the_group_named_before(read, text, group):
    (found,) = of_type(read(text, date(2024, 3, 1)), "DemandRejected")
    assert found.actor_ids() == [group] or set(found.actor_ids()) == {group}


@pytest.mark.parametrize(
    ("text", "speaker", "named"),
    [
        (
            'Israeli Prime Minister Benjamin Netanyahu spoke on Tuesday. "If Hezbollah tries '
            'to rearm, we will strike," he said.',
            "israel",
            "hezbollah",
        ),
        (
            "Sudan's army chief Abdel Fattah al-Burhan spoke in Port Sudan. \"If the RSF attacks "
            'El Fasher again, we will retaliate," he said.',
            "sudan_armed_forces",
            "rsf",
        ),
    ],
)
def test_we_in_a_quote_told_by_he_is_the_person_named_before_not_a_name_in_it(
    read, text, speaker, named
):
    found = of_type(read(text, MON), "ThreatIssued")
    assert any(speaker in f.actor_ids() for f in found), found
    assert not any(named in f.actor_ids(role="subject") for f in found)


# Force vowed against the other side is a threat; land vowed back stays a demand.


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia's government this week vowed to seize airports from rebel control.",
        "The RSF vowed to capture El Fasher.",
        "Israel vowed to defeat Hamas, Netanyahu said.",
    ],
)
def test_force_vowed_is_a_threat_not_a_demand(read, text):
    found = read(text, OCT_20)
    assert of_type(found, "ThreatIssued")
    assert not of_type(found, "DemandStated")


def test_a_vow_to_retake_land_stays_a_demand(read):
    found = read("Ukraine vowed to retake all occupied territories.", OCT_20)
    assert of_type(found, "DemandStated") and not of_type(found, "ThreatIssued")


def test_call_upon_the_parties_is_an_appeal_not_an_agreement(read):
    text = "Saudi Arabia and the United States call upon the parties to agree to a new ceasefire."
    found = read(text, date(2023, 6, 4))
    assert of_type(found, "AppealMade") and not of_type(found, "CeasefireAgreed")


# Wordings of the family's events, each with an actor that must be among its actors.
WORDINGS = [
    # a headline's quoted order to a side
    ("Trump tells Israel 'stop bombing' Gaza after Hamas reply", "AppealMade", "israel"),
    ("Lavrov tells Kyiv 'stop the attacks'", "AppealMade", "sergei_lavrov"),
    # a side's own demand restated, by pronoun or by name
    (
        "Sudan's army reiterated its demand that the RSF withdraw from El Fasher.",
        "DemandStated",
        "sudan_armed_forces",
    ),
    (
        "Netanyahu's office called the talks positive. However, it reiterated Israel's demand "
        "that Hezbollah be disarmed.",
        "DemandStated",
        "israel",
    ),
    # what talks 'should' be about, maintained
    (
        "Hamas has maintained that talks should focus on a full Israeli withdrawal.",
        "DemandStated",
        "hamas",
    ),
    # the verb after 'but' with no doer of its own takes the sentence's opening doer
    (
        "Russia has yet to answer the plan, but has maintained that talks should focus on a "
        "permanent ceasefire.",
        "DemandStated",
        "russia",
    ),
    # an ultimatum told from the side given it: whoever says so threatens
    (
        "Hamas will be given until mid-October to accept the deal, according to an aide to the "
        "Israeli prime minister.",
        "ThreatIssued",
        "israel",
    ),
    (
        "The M23 has been given until Friday to withdraw from Goma, the African Union said.",
        "ThreatIssued",
        "african_union",
    ),
    ("Kyiv has until Thursday to accept the plan, Trump said.", "ThreatIssued", "donald_trump"),
    (
        "Netanyahu rejected Hamas's demands for an end to the war.",
        "DemandRejected",
        "benjamin_netanyahu",
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
    # rejection
    ("Israel rejected any full withdrawal of its forces from Gaza.", "DemandRejected", "israel"),
    ("Netanyahu ruled out an end to the war before Hamas is defeated.", "DemandRejected", "israel"),
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
    ("Israel's conditions were dismissed by Hamas on Sunday.", "DemandRejected", "hamas"),
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
    # a side's war aims restated: what it seeks
    (
        "Netanyahu stressed that the mission remains the same: to destroy Hamas and bring "
        "every hostage home.",
        "DemandStated",
        "israel",
    ),
    (
        "The RSF said its goal remains unchanged: a full withdrawal of the army.",
        "DemandStated",
        "rsf",
    ),
    ("Israel's aim is to eliminate Hamas, the minister said.", "DemandStated", "israel"),
]


@pytest.mark.parametrize(("text", "kind", "actor"), WORDINGS)
def test_a_wording_of_the_family_yields_the_event_with_its_actor(read, text, kind, actor):
    assert_read_with_actor(read(text), text, kind, actor)


# Readings that are not the event: negated, hypothetical, guarded, doerless or another sense.
NOT_THE_EVENT = [
    # a condition no side is asked to meet: the process going on or ending by itself
    ('"The truce will hold as long as the talks go on," the Qatari envoy said.', "DemandStated"),
    (
        "The hunger in Darfur will not end until the fighting stops, the UN envoy said.",
        "DemandStated",
    ),
    # a text of the talks as a modal's doer: what the terms would do, read by a side
    ("The SPLM-IO argued that the protocols would undermine the 2018 peace deal.", "ThreatIssued"),
    ("The M23 said the draft agreement would destabilise the region.", "ThreatIssued"),
    # a plan's terms, its purpose named between the plan and 'calling for', with no author
    (
        "The M23 received a new proposal for a truce in eastern Congo calling for a withdrawal "
        "from Goma.",
        "AppealMade",
    ),
    ("Kyiv is studying a plan for a settlement calling for a freeze of the front.", "AppealMade"),
    # 'get', 'push', 'bring' with no party asked to act: a thing got, a front pushed back
    (
        '"We are working to get another framework for the release of our hostages," he said.',
        "AppealMade",
    ),
    ("Israel said it is seeking to push back Hezbollah from its northern border.", "AppealMade"),
    ("The army is seeking to push the RSF out of Khartoum.", "AppealMade"),
    ("Trump told reporters 'stop asking' about the plan.", "AppealMade"),
    # the aim of a meeting, or a mission that is a body somewhere, is nobody's demand
    ("The goal of the meeting is to build trust between the delegations.", "DemandStated"),
    ("The UN mission remains in Juba: it monitors the truce.", "DemandStated"),
    ("Israel maintained that Hamas had violated the truce.", "DemandStated"),
    ("The international community urged both sides to show restraint.", "AppealMade"),
    ("Hamas said it would abide by the truce as long as Israel did.", "DemandStated"),
    ("Hamas rejected reports that its delegation had left Cairo.", "DemandRejected"),
    ("The agreement calls for 33 hostages to be freed in the first phase.", "AppealMade"),
    ("Hamas wants guarantees that Israel will not resume the war.", "ThreatIssued"),
    ("Israel has insisted there is no pause in the fighting.", "DemandStated"),
    ("Hamas insisted that there was no deal on the table.", "DemandStated"),
    # a plan's content, told by the deal it offers, is no demand of its maker
    ("Qatar presented a proposal that includes the release of 33 hostages.", "DemandStated"),
    ("Egypt drafted a plan that involves a six-week truce.", "DemandStated"),
    # the noun 'demands' told of (a plural verb after it, or qualified before 'of'): no demand
    # made by anyone in the sentence
    ("Netanyahu said Hamas' outlandish demands were holding up the exchange.", "DemandStated"),
    (
        "Israeli officials said Hamas' sweeping demands have stalled the talks in Doha.",
        "DemandStated",
    ),
    ("Lavrov said the plan ignores the legitimate demands of the Russian side.", "DemandStated"),
    (
        "Grundberg said he would keep working for a settlement that meets the aspirations and "
        "demands of Yemenis.",
        "DemandStated",
    ),
    # an order to the population to get out of the way: no party is asked to act
    ("The Israeli army asked residents of northern Gaza to move south.", "AppealMade"),
    ("The RSF urged civilians in El Fasher to leave the city before the assault.", "AppealMade"),
    ("Russia called on residents of Kherson to evacuate.", "AppealMade"),
    # a supposed doer, even after a first deed ('those who will ... and will call for'), or
    # with the modal opening the trigger ('those who will not accept')
    (
        '"There are those in Armenia who will not agree with this treaty and will call for the '
        'fighting to resume," Pashinyan said.',
        "AppealMade",
    ),
    (
        '"There are those in Russia who will not accept this framework and will call for the '
        'fighting to go on," Zelensky said.',
        "ProposalRejected",
    ),
    # a force's war aim, told by what it wants or seeks to do with its strikes: asked of nobody
    (
        "Israel struck targets near the border, saying it wanted to protect the Druze community.",
        "DemandStated",
    ),
    (
        "The army widened its offensive in Darfur, where it said it is seeking to push the RSF "
        "back from El Fasher.",
        "DemandStated",
    ),
    ("Russia says it wants to protect Russian speakers in the Donbas.", "DemandStated"),
    ("Azerbaijan said it was seeking to prevent further attacks on its positions.", "DemandStated"),
    # what a party seeks told as not said or not known: the demand itself goes untold
    ("He did not lay out what changes Hamas is seeking.", "DemandStated"),
    ("It is unclear what concessions the M23 wants from Kinshasa.", "DemandStated"),
    ("Officials would not say which guarantees Iran is demanding.", "DemandStated"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_THE_EVENT)
def test_a_reading_that_is_not_the_event_yields_none(read, text, kind):
    assert not of_type(read(text), kind), [(f.type, f.extractor.rule) for f in read(text)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Moscow demands of Kyiv that it withdraw from four regions.", "russia"),
        ("What Hamas demands is a full Israeli withdrawal from Gaza.", "hamas"),
        ("The M23 demands direct talks with Kinshasa.", "m23"),
    ],
)
def test_the_verb_demands_before_of_or_a_singular_verb_is_still_a_demand(read, text, actor):
    assert_read_with_actor(read(text), text, "DemandStated", actor)


def test_conditional_refusal_is_a_demand_not_a_release(read):
    found = read("Hamas will not release any more hostages until Israel ends its offensive.")
    demand = of_type(found, "DemandStated")
    assert demand and "hamas" in demand[0].actor_ids()
    assert "until" in demand[0].attributes["condition"]


def test_the_speaker_of_a_second_complement_is_the_target_s_asker(read):
    text = "Islamic Jihad said that talks must wait and that Israel must free all its prisoners."
    demand = next(f for f in of_type(read(text), "DemandStated") if "israel" in ids(f))
    assert ids(demand, "subject") == {"palestinian_islamic_jihad"}
    assert ids(demand, "target") == {"israel"}


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


def test_a_threat_with_its_day_before_the_infinitive_is_a_threat(read):
    text = "Iran threatened on Wednesday to strike US bases in the region if the talks fail."
    (threat,) = of_type(read(text, TUESDAY), "ThreatIssued")
    assert "iran" in threat.actor_ids()


def test_a_stance_insisted_on_in_a_relative_clause_is_that_sides_demand(read):
    text = "The main dispute is over a permanent ceasefire, which Hamas insists on."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert ids(found) == {"hamas"} and "permanent_ceasefire" in found.issues


def test_a_sticking_point_told_in_a_relative_clause_gives_each_sides_stance(read):
    text = (
        "The gap remains over a permanent ceasefire, which Hamas demands and Israel has rejected."
    )
    found = read(text, MON)
    (demand,) = of_type(found, "DemandStated")
    (rejection,) = of_type(found, "DemandRejected")
    assert ids(demand) == {"hamas"} and ids(rejection) == {"israel"}
    assert "permanent_ceasefire" in demand.issues and "permanent_ceasefire" in rejection.issues


def test_a_relative_clause_about_no_issue_states_no_stance(read):
    found = read("The talks, which Egypt hosted and Qatar joined, ended on Monday.", MON)
    assert of_type(found, "DemandStated") == [] and of_type(found, "DemandRejected") == []


def test_a_release_offered_only_on_a_condition_is_a_demand_of_the_condition(read):
    text = "Hamas will only free the remaining captives if the war ends for good."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert ids(found) == {"hamas"}
    assert found.attributes.get("condition", "").startswith("the war ends")


def test_a_deed_conditioned_on_another_is_a_demand_of_the_second(read):
    text = "Israel has conditioned any withdrawal on the return of all the hostages."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert ids(found) == {"israel"}
    assert found.attributes.get("condition", "").startswith("the return of all the hostages")


def test_making_something_an_announcement_on_a_day_is_no_condition(read):
    assert (
        of_type(read("Israel made an announcement on Monday about the talks.", MON), "DemandStated")
        == []
    )


def test_a_rejection_gives_the_issues_of_its_reason(read):
    text = "Hamas rejected the proposal because it did not include a withdrawal of Israeli forces."
    (found,) = of_type(read(text, MON), "ProposalRejected")
    assert "troop_withdrawal" in found.issues


def test_holding_to_a_position_is_a_standing_demand(read):
    text = (
        "Hamas has not backed away from its position that any truce must lead to an end of the war."
    )
    found = of_type(read(text, MON), "DemandStated")
    assert found and ids(found[0]) == {"hamas"} and "end_of_war" in found[0].issues


def test_backing_away_from_a_demand_is_no_demand(read):
    assert (
        of_type(
            read("Hamas backed away from its demand for a full withdrawal.", MON), "DemandStated"
        )
        == []
    )


def test_reiterating_an_insistence_is_a_demand(read):
    text = "Hamas reiterated on Sunday its insistence on a full withdrawal of Israeli troops."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert "troop_withdrawal" in found.issues


def test_what_a_sides_demands_include_is_no_condition(read):
    text = "Israel's demands include the return of all hostages and the disarmament of Hamas."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert not found.attributes.get("condition")


def test_a_time_limit_on_a_demand_is_no_condition(read):
    text = "Israel said it wants the first phase of the truce extended until mid-April."
    (found,) = of_type(read(text, MON), "DemandStated")
    assert not found.attributes.get("condition")


def test_a_stance_repeated_in_one_article_keeps_the_issues_of_each_report(read):
    text = (
        "Hamas seeks a lasting truce.\n\n"
        "Hamas has not backed away from its position that a truce must lead to an end of the war."
    )
    found = of_type(read(text, MON), "DemandStated")
    assert any({"temporary_truce", "end_of_war"} <= set(f.issues) for f in found)


def test_rejecting_a_presence_after_a_truce_is_a_rejected_demand_not_a_rejected_plan(read):
    text = (
        "Hamas rejects any Israeli security presence in the buffer zone after a truce takes hold."
    )
    found = read(text, MON)
    (rejected,) = of_type(found, "DemandRejected")
    assert ids(rejected) == {"hamas"} and "security_presence" in rejected.issues
    assert of_type(found, "ProposalRejected") == [] and of_type(found, "CeasefireAgreed") == []


def test_a_modal_in_a_fronted_concessive_clause_leaves_the_main_clause_a_deed(read):
    text = (
        "Although the accord said the troops should pull back by now, Israel has resisted "
        "any withdrawal from the corridor."
    )
    (found,) = of_type(read(text, MON), "DemandRejected")
    assert ids(found) == {"israel"} and "troop_withdrawal" in found.issues


def test_whose_demand_is_rejected_is_named_in_the_object_not_in_the_next_clause(read):
    text = "Israel resisted this requirement while Hamas insisted on it."
    (found,) = of_type(read(text, MON), "DemandRejected")
    assert ids(found, "target") == set() and ids(found, "subject") == {"israel"}


def test_a_time_bound_inside_listed_red_lines_is_no_condition(read):
    text = (
        "Israel's red lines for a truce are the ability to resume fighting until its goals are met."
    )
    (found,) = of_type(read(text, MON), "DemandStated")
    assert not found.attributes.get("condition")


def test_a_conditional_demand_does_not_gather_the_issues_of_another_report(read):
    text = (
        "Hamas is standing firm on its view that it will not free more captives until the "
        "attacks stop.\n\nHamas insists on a permanent ceasefire."
    )
    found = of_type(read(text, MON), "DemandStated")
    assert any(f.attributes.get("condition") for f in found)
    assert all(
        "permanent_ceasefire" not in f.issues for f in found if f.attributes.get("condition")
    )


def test_rejecting_it_after_a_demand_rejects_that_demand_of_its_demander(read):
    text = "Kyiv keeps insisting on a full and lasting ceasefire, but Moscow rejects it."
    found = read(text, MON)
    (rejection,) = of_type(found, "DemandRejected")
    assert [(a.id, a.role) for a in rejection.actors] == [
        ("russia", "subject"),
        ("ukraine", "target"),
    ]
    assert "permanent_ceasefire" in rejection.issues


def test_rejecting_it_with_no_demand_before_rejects_no_demand(read):
    found = read("Officials said on Monday that Moscow rejects it.", MON)
    assert of_type(found, "DemandRejected") == []


@pytest.mark.parametrize(
    ("text", "side", "issues"),
    [
        (
            "Netanyahu said Israel is committed to achieving the goals of the war: releasing the "
            "hostages and eliminating Hamas.",
            "israel",
            {"hostage_release", "hamas_elimination"},
        ),
        (
            "Kyiv remains committed to achieving a just peace and the return of its territory.",
            "ukraine",
            {"territory"},
        ),
    ],
)
def test_being_committed_to_achieving_goals_demands_them(read, text, side, issues):
    (found,) = of_type(read(text, MON), "DemandStated")
    assert side in ids(found, "subject") and issues <= set(found.issues)


def test_being_committed_to_a_truce_demands_nothing(read):
    text = "Hamas is committed to the ceasefire agreement, its spokesman said."
    assert of_type(read(text, MON), "DemandStated") == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Hamas refuses to give up its weapons, a senior official said.", "hamas"),
        ("The ELN said on Monday it would never lay down its arms.", "eln"),
        ("The RSF is not prepared to hand over its heavy weapons, its commander said.", "rsf"),
        ("Hezbollah has rejected calls to give up its arsenal.", "hezbollah"),
    ],
)
def test_refusing_to_give_up_ones_weapons_rejects_disarmament(read, text, side):
    found = read(text, MON)
    assert not [f for f in of_type(found, "DemandStated") if "disarmament" in f.issues]
    (rejection,) = of_type(found, "DemandRejected")
    assert side in ids(rejection) and "disarmament" in rejection.issues


@pytest.mark.parametrize(
    "text",
    [
        "Hamas will not give up its demand for a full withdrawal.",
        "M23 said fighters would lay down their arms once the army withdraws.",
    ],
)
def test_giving_up_a_demand_or_arms_on_a_condition_rejects_no_disarmament(read, text):
    assert of_type(read(text, MON), "DemandRejected") == []


def test_the_side_given_a_deadline_is_its_target_not_its_author(read):
    found = of_type(read("Kyiv has until Thursday to accept the plan, Trump said."), "ThreatIssued")
    assert [ids(f, "target") for f in found] == [{"ukraine"}], found
    assert "ukraine" not in ids(found[0], "subject")


@pytest.mark.parametrize(
    "text",
    [
        "Talks with Hamas will resume next week, according to an aide to the Israeli prime "
        "minister, who asked not to be identified.",
        "Qatar's prime minister, who asked not to be named because the talks are private, said "
        "Hamas was studying the plan.",
    ],
)
def test_a_source_asking_not_to_be_named_appeals_to_no_one(read, text):
    assert not of_type(read(text), "AppealMade")


def test_a_restated_owned_demand_is_read_once(read):
    text = "Kyiv reiterated Ukraine's demand that Russia withdraw all its troops."
    assert len(of_type(read(text), "DemandStated")) == 1, read(text)


# A red line of what the other side may never hold, said by a named speaker: the speaker
# demands, the side named is its target.
@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        ("Trump said on Friday that Iran cannot have a nuclear weapon.", "donald_trump", "iran"),
        (
            "Netanyahu said Hamas can never again possess any weapons.",
            "benjamin_netanyahu",
            "hamas",
        ),
        (
            "Kinshasa said the M23 must not retain its heavy weapons in Goma.",
            "democratic_republic_of_congo",
            "m23",
        ),
    ],
)
def test_a_red_line_on_what_a_side_may_hold_is_a_demand_on_it(read, text, speaker, target):
    found = of_type(read(text), "DemandStated")
    assert found and speaker in found[0].actor_ids("subject"), [
        (f.type, f.actor_ids()) for f in read(text)
    ]
    assert target in found[0].actor_ids("target")


def test_a_situation_we_cannot_have_is_no_red_line_on_a_side(read):
    found = read("Witkoff said we cannot have a situation where the talks drag on for months.")
    assert not of_type(found, "DemandStated")


@pytest.mark.parametrize(
    ("text", "caller", "attendee"),
    [
        (
            "The army and the RSF have fought since April 2023. The RSF delegation arrived in "
            "Geneva to take part in the talks called for by the United States.",
            "united_states",
            "rsf",
        ),
        (
            "Russia and Ukraine have fought since 2022. Ukrainian negotiators joined the talks "
            "called for by Turkey in Istanbul on Monday.",
            "turkey",
            "ukraine",
        ),
    ],
)
def test_talks_called_for_by_someone_are_their_appeal_not_the_attendees(
    read, text, caller, attendee
):
    found = read(text, date(2024, 8, 13))
    appeals = of_type(found, "AppealMade")
    assert appeals and all(ids(f, "subject") == {caller} for f in appeals)
    # attending talks another called for is no acceptance: the catalog's ProposalAccepted is
    # an answer to a proposal, and attending answers nothing
    assert not of_type(found, "ProposalAccepted")
    assert all(attendee not in f.actor_ids() for f in appeals)


@pytest.mark.parametrize(
    ("text", "demander", "issue"),
    [
        (
            "Israel and Lebanon held talks on Wednesday. The prime minister's office reiterated "
            "Israel's demand that Hezbollah be disarmed before any normalisation.",
            "israel",
            "disarmament",
        ),
        (
            "Israel and Lebanon held talks on Wednesday. Israel reiterated its demand that "
            "Hezbollah be disarmed.",
            "israel",
            "disarmament",
        ),
        (
            "Russia and Ukraine held talks on Friday. Kyiv renewed its call that Russian troops "
            "withdraw from the occupied regions.",
            "ukraine",
            "troop_withdrawal",
        ),
        (
            "Congo and the M23 met in Doha. Congo's demand that M23 fighters withdraw from Goma "
            "has not changed.",
            "democratic_republic_of_congo",
            "troop_withdrawal",
        ),
    ],
)
def test_a_demand_that_a_group_act_restated_in_its_owners_name_is_the_owners(
    read, text, demander, issue
):
    found = [f for f in of_type(read(text, MON), "DemandStated") if demander in ids(f, "subject")]
    assert found and issue in found[0].issues, [(ids(f), f.issues) for f in read(text, MON)]


@pytest.mark.parametrize(
    ("text", "refuser", "issue"),
    [
        (
            "Russia and Ukraine held talks in Istanbul. Washington ruled out NATO membership "
            "for Ukraine.",
            "united_states",
            "neutrality",
        ),
        (
            "Iran and the US held talks in Muscat. Tehran rejected any halt to uranium enrichment.",
            "iran",
            "nuclear_programme",
        ),
        (
            "Armenia and Azerbaijan held talks in Berlin. Baku rejected any international "
            "monitors along the border.",
            "azerbaijan",
            "monitoring",
        ),
    ],
)
def test_an_issue_of_talks_in_general_ruled_out_is_a_demand_refused(read, text, refuser, issue):
    found = [f for f in of_type(read(text, MON), "DemandRejected") if refuser in ids(f, "subject")]
    assert found and issue in found[0].issues, [(f.type, ids(f), f.issues) for f in read(text, MON)]
    # a name inside the issue's words ('NATO membership') is no demander of it
    assert "nato" not in ids(found[0], "target")


@pytest.mark.parametrize(
    ("text", "doer", "not_doer"),
    [
        (
            "Hamas insists that the UN oversee aid deliveries, demands guarantees and wants the "
            "crossings open.",
            "hamas",
            "united_nations",
        ),
        (
            "The RSF insists that the AU monitor the truce, demands a role in government and "
            "wants its fighters paid.",
            "rsf",
            "african_union",
        ),
        (
            "Kyiv insists that Russia withdraw its troops, demands reparations and wants a "
            "tribunal.",
            "ukraine",
            "russia",
        ),
    ],
)
def test_a_verb_listed_after_a_mandates_that_clause_is_the_insisting_sides(
    read, text, doer, not_doer
):
    found = of_type(read(text), "DemandStated")
    assert any(doer in f.actor_ids() for f in found), [f.actor_ids() for f in found]
    assert not any(not_doer in f.actor_ids() for f in found), [f.actor_ids() for f in found]


def test_verbs_listed_inside_a_told_that_clause_stay_its_doers(read):
    text = (
        "Kyiv says that Russia seized the plant, wants a buffer zone and demands sanctions relief."
    )
    found = of_type(read(text), "DemandStated")
    assert found and all("russia" in f.actor_ids() for f in found), [f.actor_ids() for f in found]


def test_a_party_that_needs_to_act_is_still_a_demand(read):
    found = of_type(
        read("Netanyahu said Hamas needs to release the hostages.", FRI_2025), "DemandStated"
    )
    assert found


@pytest.mark.parametrize(
    "text",
    [
        "Israeli officials labeled the latest demands from Hamas unacceptable.",
        "Kyiv dismissed the new demands from the Russian delegation as unrealistic.",
        "Sudan's army called the demands from the RSF a provocation.",
    ],
)
def test_demands_from_another_side_are_not_the_subject_s_demand(read, text):
    subject = {"israel", "ukraine", "sudan_armed_forces"}
    assert not [f for f in of_type(read(text), "DemandStated") if subject & set(f.actor_ids())], [
        (f.type, f.actor_ids()) for f in read(text)
    ]


ABOUT_UKRAINE = "Russia and Ukraine have fought since February 2022.\n"

# Conditions set out, owned or bare: the speaker's demand.
SET_OUT_CONDITIONS = [
    (ABOUT_GAZA + "Hamas also set out conditions for an Israeli withdrawal on Tuesday.", "hamas"),
    (ABOUT_GAZA + "Israel laid out its demands for a second phase.", "israel"),
    (ABOUT_UKRAINE + "Moscow laid out tough conditions for a ceasefire on Friday.", "russia"),
]

NO_CONDITIONS_SET_OUT = [
    ABOUT_GAZA + "The report set out conditions in the camps.",
    ABOUT_UKRAINE + "The article set out the conditions under which soldiers live.",
]


@pytest.mark.parametrize(("text", "actor"), SET_OUT_CONDITIONS)
def test_conditions_set_out_are_a_demand(read, text, actor):
    assert_read_with_actor(read(text, WED), text, "DemandStated", actor)


@pytest.mark.parametrize("text", NO_CONDITIONS_SET_OUT)
def test_conditions_described_are_no_demand(read, text):
    assert not of_type(read(text, WED), "DemandStated")


# A plan named with what it is for, then 'calling for': the plan's terms, no one's appeal.
PLAN_FOR_CALLING_FOR = [
    ABOUT_GAZA + "Hamas negotiators have received a new proposal for a truce in Gaza calling for "
    "a 60-day pause, an official said.",
    ABOUT_UKRAINE + "Kyiv received a plan for peace in Ukraine calling for a freeze of the front "
    "line.",
]


@pytest.mark.parametrize("text", PLAN_FOR_CALLING_FOR)
def test_a_plan_for_something_calling_for_terms_is_no_appeal(read, text):
    assert not of_type(read(text, WED), "AppealMade")


def test_a_side_calling_for_a_truce_still_appeals(read):
    text = ABOUT_GAZA + "Qatar called for an immediate ceasefire in Gaza on Monday."
    assert of_type(read(text, WED), "AppealMade")


# What a side says a deal takes is its demand: 'said a durable truce requires a withdrawal'.
A_DEAL_REQUIRES = [
    (
        ABOUT_GAZA + "The Qatari prime minister said a durable truce requires full Israeli "
        "withdrawal.",
        "qatar",
    ),
    (ABOUT_GAZA + "Hamas said any deal would depend on a full Israeli withdrawal.", "hamas"),
    (
        ABOUT_UKRAINE + "The Kremlin said a lasting settlement would require Ukraine's neutrality.",
        "russia",
    ),
]

NOTHING_REQUIRED_BY_A_SIDE = [
    ABOUT_GAZA + "A truce needs time to take hold, analysts say.",
    ABOUT_UKRAINE + "The agreement requires both sides to exchange lists of prisoners.",
]


@pytest.mark.parametrize(("text", "actor"), A_DEAL_REQUIRES)
def test_what_a_side_says_a_deal_requires_is_its_demand(read, text, actor):
    assert_read_with_actor(read(text, WED), text, "DemandStated", actor)


@pytest.mark.parametrize("text", NOTHING_REQUIRED_BY_A_SIDE)
def test_what_a_deal_requires_told_by_no_side_is_no_demand(read, text):
    assert not of_type(read(text, WED), "DemandStated")


# A stance told after a colon is the stance of the one who stated it.
STANCE_AFTER_A_COLON = [
    (
        ABOUT_GAZA + "Hamas leader Khalil al-Hayya reiterated the group's stance: disarmament "
        "would only occur if Israel ends its occupation.",
        "hamas",
    ),
    (
        ABOUT_UKRAINE + "The Kremlin restated its conditions: a ceasefire would only be possible "
        "if Kyiv withdraws its troops.",
        "russia",
    ),
]


@pytest.mark.parametrize(("text", "actor"), STANCE_AFTER_A_COLON)
def test_a_stance_after_a_colon_is_the_stating_side_s(read, text, actor):
    assert_read_with_actor(read(text, WED), text, "DemandStated", actor)


def test_a_situation_described_before_a_colon_is_no_one_s_stance(read):
    text = (
        ABOUT_GAZA
        + "The report described the situation: aid would only arrive if the crossings open."
    )
    assert not of_type(read(text, WED), "DemandStated")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Qatar is trying to get Hamas to accept the deal.", "hamas"),
        ("Washington is working to pressure Moscow into a ceasefire.", "russia"),
        ("Turkey is trying to push Russia and Ukraine toward a truce.", "ukraine"),
        ("Norway is seeking to bring the ELN and the government to the table.", "eln"),
    ],
)
def test_working_to_get_a_party_to_act_is_an_appeal(read, text, actor):
    assert_read_with_actor(read(text), text, "AppealMade", actor)


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        (
            "Putin has demanded that Ukraine withdraw from four regions, a demand Kyiv has "
            "rejected.",
            "ukraine",
        ),
        ("The army insists the RSF leave the cities, a demand the RSF rules out.", "rsf"),
    ],
)
def test_the_noun_demand_named_again_before_its_refuser_is_no_demand_of_the_refuser(
    read, text, refuser
):
    assert not any(refuser in f.actor_ids() for f in of_type(read(text), "DemandStated"))


@pytest.mark.parametrize(
    "text",
    [
        # a word to the public about its mood, not an appeal to a party
        "Makuei urged the public to remain hopeful about the Nairobi talks.",
        "The army chief called on citizens to stay calm after the truce collapsed.",
        "Kiir urged the people not to listen to rumours about the talks.",
    ],
)
def test_a_word_to_the_public_is_no_appeal(read, text):
    assert not of_type(read(text, MON), "AppealMade")


def test_an_appeal_to_a_party_is_still_one(read):
    (found,) = of_type(
        read("Guterres urged the RSF to return to the talks in Jeddah.", MON), "AppealMade"
    )
    assert "rsf" in ids(found, "target")


@pytest.mark.parametrize(
    "text",
    [
        # a case made against terms, not a harm threatened
        "The SPLM-IO argued that the protocols would undermine the 2018 peace deal.",
        "Moscow argues the deployment would destabilize the region.",
        "Kyiv claimed that the memorandum could endanger its sovereignty.",
    ],
)
def test_arguing_that_terms_would_do_harm_is_no_threat(read, text):
    assert not of_type(read(text, MON), "ThreatIssued")


def test_saying_an_offensive_would_jeopardise_the_talks_is_still_a_threat(read):
    text = "Hamas said that the Israeli offensive would jeopardize the negotiations."
    assert of_type(read(text, MON), "ThreatIssued")


@pytest.mark.parametrize(
    "text",
    [
        # the noun in a list of what negotiations settle, not the verb
        '"The two sides agreed to resolve relevant disputes and demands through peaceful '
        'negotiations," Mao Ning said.',
        "The talks failed to meet the protesters' grievances and demands.",
    ],
)
def test_demands_as_a_noun_in_a_list_is_no_demand(read, text):
    assert not of_type(read(text, MON), "DemandStated")


def test_demands_as_a_verb_after_and_is_still_a_demand(read):
    found = of_type(
        read("Hamas rejected the offer and demands a full withdrawal.", MON), "DemandStated"
    )
    assert found and "hamas" in ids(found[0], "subject")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hamas said it would not release the hostages until Israel ends the war.", "DemandStated"),
        ("Netanyahu said Israel would keep fighting until Hamas is destroyed.", "DemandStated"),
        (
            "Russia warned that any deployment of European troops would ignite a war.",
            "ThreatIssued",
        ),
    ],
)
def test_a_side_as_the_doer_of_the_modal_still_states_its_terms(read, text, kind):
    assert of_type(read(text), kind)


# 'X said Y had accepted the plan and urged Z to do the same': X tells Y's deed and urges Z.
URGED_TO_DO_THE_SAME = [
    (
        ABOUT_GAZA + "Blinken said on Monday Netanyahu had accepted the bridging proposal and "
        "urged Hamas to do the same.",
        "antony_blinken",
        "benjamin_netanyahu",
    ),
    (
        ABOUT_UKRAINE + "Trump said Kyiv had agreed to the ceasefire and called on Moscow to "
        "follow suit.",
        "donald_trump",
        "ukraine",
    ),
]


@pytest.mark.parametrize(("text", "urger", "doer"), URGED_TO_DO_THE_SAME)
def test_urging_the_other_side_to_do_the_same_is_the_teller_s_appeal(read, text, urger, doer):
    appeals = of_type(read(text, WED), "AppealMade")
    assert appeals and urger in appeals[0].actor_ids(), appeals
    assert doer not in ids(appeals[0], "subject"), appeals


def test_the_doer_urging_the_other_to_do_the_same_keeps_the_appeal(read):
    text = ABOUT_GAZA + "Netanyahu accepted the plan and urged Hamas to do the same."
    appeals = of_type(read(text, WED), "AppealMade")
    assert appeals and "benjamin_netanyahu" in appeals[0].actor_ids(), appeals


@pytest.mark.parametrize(
    "text",
    [
        "The RSF said it would keep fighting until the army leaves Khartoum.",
        "Kyiv will not sign a truce as long as Russian troops occupy its land.",
        '"We will not return to the table until we receive the list," the ELN negotiator said.',
    ],
)
def test_a_condition_another_side_must_meet_is_still_a_demand(read, text):
    assert of_type(read(text), "DemandStated"), [(f.type, f.extractor.rule) for f in read(text)]
