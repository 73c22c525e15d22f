"""Modality and negation: idioms, habits, hypotheticals, hopes, conditions, meetings only prepared
or that never took place, and timing clauses are no events; what unnamed officials tell is
reported; in news phrasing written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ABOUT_GAZA, PUBLISHED, dated, ids, of_type

OUTCOMES = ("CeasefireAgreed", "HostagesReleased", "PrisonersReleased", "TalksOpened")


FRI = date(2024, 11, 15)  # a Friday


WED = date(2024, 2, 14)


TUESDAY = date(2025, 3, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Tensions between Israel and Hezbollah threatened to boil over on Tuesday.",
        "The row between Egypt and Israel threatens to derail the talks.",
        "Clashes on the border with Lebanon threatened to widen the war.",
    ],
)
def test_a_situation_threatening_to_worsen_is_no_threat(read, text):
    assert not of_type(read(text), "ThreatIssued")


def test_an_actor_threatening_to_widen_the_war_still_threatens(read):
    assert of_type(
        read("Hezbollah threatened to widen the war if Israel struck Beirut."), "ThreatIssued"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Since the start of the war, the US has dispatched several envoys to Cairo.",
            "DelegationSent",
        ),
        ("Qatar has been hosting talks between Israel and Hamas for months.", "TalksOpened"),
        ("Egypt has repeatedly hosted Hamas delegations in Cairo.", "TalksOpened"),
        (
            "Israeli negotiators have travelled to Doha several times since January.",
            "DelegationArrived",
        ),
    ],
)
def test_a_habit_or_a_long_span_is_background_not_a_dated_event(read, text, kind):
    assert not of_type(read(text), kind)


def test_a_single_trip_told_in_the_perfect_is_still_an_event(read):
    assert of_type(
        read("CIA Director William Burns has arrived in Cairo for talks."), "DelegationArrived"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Israel would have the option to resume talks in Cairo.", "TalksOpened"),
        ("The movement expressed readiness to free ten hostages.", "HostagesReleased"),
        ("Hamas signalled its willingness to release the remaining captives.", "HostagesReleased"),
    ],
)
def test_an_option_or_a_readiness_is_no_deed(read, text, kind):
    assert not of_type(read(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Disputes include the number of hostages to be released in the next phase.",
        "The sides argued over the list of hostages to be freed first.",
    ],
)
def test_the_number_of_hostages_to_free_is_a_topic_not_a_release(read, text):
    assert not of_type(read(text), "HostagesReleased")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas insists a truce must be the start of a process to end the war.",
        "Israel rejects any role for Hamas after a ceasefire begins.",
        "Netanyahu said the army would stay in the corridor when the truce takes effect.",
    ],
)
def test_a_truce_named_as_a_start_or_a_moment_is_no_truce(read, text):
    assert not of_type(read(text), "CeasefireAgreed")


def test_a_truce_taking_effect_in_the_past_before_another_deed_is_still_read(read):
    found = read("After the truce took effect on Friday, Hamas freed 13 hostages.")
    assert of_type(found, "CeasefireAgreed") and of_type(found, "HostagesReleased")


def test_continuing_as_long_as_necessary_is_resolve_not_a_condition(read):
    text = "Netanyahu said operations in Gaza would continue as long as necessary."
    assert not of_type(read(text), "DemandStated")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Israel will release 90 Palestinian prisoners once again on Sunday.", "PrisonersReleased"),
        ("The Sudanese army will once again send a delegation to Jeddah on Monday.", None),
        ("The M23 said it would withdraw from Goma once more on Friday.", None),
    ],
)
def test_once_again_repeats_a_deed_and_sets_no_condition(read, text, kind):
    found = read(text)
    assert not of_type(found, "DemandStated")
    assert kind is None or of_type(found, kind)


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("Hamas will be given until mid-September to agree to a truce, an aide said.", False),
        ("The ELN would be asked to free its captives unless Bogota suspends the raids.", False),
        ("Russia would be prepared to halt the war only if Ukraine leaves the regions.", True),
        ("Israel will not withdraw from the corridor unless Hamas is disarmed.", True),
    ],
)
def test_a_modal_in_the_passive_sets_no_condition_of_its_subject(read, text, demand):
    assert bool(of_type(read(text), "DemandStated")) == demand


def test_continuing_as_long_as_another_side_acts_is_a_condition(read):
    text = "Hamas will keep fighting as long as Israel occupies Gaza."
    assert of_type(read(text), "DemandStated")


@pytest.mark.parametrize(
    "text",
    [
        "Israel rejected the proposal, two officials told Reuters.",
        "Israel rejected the proposal, an Israeli official said.",
        "Israel has rejected the proposal, Channel 12 reported.",
        "Hamas rejected the proposal, a source close to the group told AFP.",
        "Israel rejected the plan, according to Axios, citing two US officials.",
    ],
)
def test_a_deed_sourced_to_unnamed_people_or_another_outlet_is_reported(read, text):
    (found,) = of_type(read(text), "ProposalRejected")
    assert found.modality == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Hamas official Basem Naim said the group rejected the proposal.",
        "Hamas rejected the proposal, the group said in a statement on Telegram.",
    ],
)
def test_a_deed_told_by_a_named_speaker_or_its_own_statement_is_asserted(read, text):
    (found,) = of_type(read(text), "ProposalRejected")
    assert found.modality == "asserted"


def test_what_unnamed_officials_announce_for_later_is_expected(read):
    text = "A Hamas delegation will head to Cairo on Sunday, officials said."
    (found,) = of_type(read(text), "DelegationSent")
    assert found.modality == "expected"


@pytest.mark.parametrize(
    ("text", "speaker", "day"),
    [
        (
            "Netanyahu said in a televised address on Saturday that the demands were delusional.",
            "benjamin_netanyahu",
            10,
        ),
        (
            "In a televised address on Saturday, Netanyahu said Hamas's demands were delusional.",
            "benjamin_netanyahu",
            10,
        ),
        ("Hamas, in a statement on Telegram on Monday, said the talks were positive.", "hamas", 12),
        (
            "Trump posted on Truth Social on Sunday that the deal was very close.",
            "donald_trump",
            11,
        ),
        (
            "Witkoff told reporters at the White House on Thursday the talks were constructive.",
            "steve_witkoff",
            8,
        ),
        ("The talks were constructive, Hamas said in a statement on Monday.", "hamas", 12),
        (
            "In a post on X, Netanyahu wrote on Monday that the talks were a failure.",
            "benjamin_netanyahu",
            12,
        ),
        (
            "Netanyahu, speaking to reporters on Monday, said the talks had failed.",
            "benjamin_netanyahu",
            12,
        ),
    ],
)
def test_a_statement_through_a_channel_has_its_speaker_and_the_day_it_was_said(
    read, text, speaker, day
):
    (found,) = of_type(read(text), "StatementIssued")
    assert speaker in {a.id for a in found.actors if a.role == "subject"}
    assert found.occurred.start.day == day


def test_the_noun_after_a_conjunction_does_the_verb_of_its_clause(read):
    found = of_type(
        read("The meeting comes a week after Hamas rejected a ceasefire deal."), "ProposalRejected"
    )
    assert [a.id for a in found[0].actors if a.role == "subject"] == ["hamas"]


def test_denied_plans_or_preparations_to_send_a_team_are_no_dispatch(read):
    for text in (
        "Israeli officials are denying preparations to send a delegation to Cairo.",
        "The Egyptian government denied plans to send a team of mediators to Doha.",
    ):
        sent = [f for f in of_type(read(text), "DelegationSent") if f.modality != "denied"]
        assert not sent, text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Hamas said Israel must commit to the ceasefire proposal.", "ProposalAccepted"),
        ("Egypt said Israel has to release the Palestinian prisoners first.", "PrisonersReleased"),
        ("Biden needs to have the Gaza deal concluded before the summer.", "TalksConcluded"),
    ],
)
def test_what_someone_must_do_has_not_happened(read, sentence, kind):
    assert not of_type(read(ABOUT_GAZA + sentence), kind)


@pytest.mark.parametrize(
    "text",
    [
        "The next round of talks between Israel and Hamas in Cairo will not take place this "
        "week as planned, Egyptian officials said.",
        "A meeting between the Thai and Cambodian defence ministers, due in Kuala Lumpur, was "
        "postponed on Tuesday.",
        "The summit between the two presidents in Doha has been called off.",
    ],
)
def test_a_round_its_own_clause_calls_off_opens_no_talks(read, text):
    assert of_type(read(text), "TalksOpened") == [], read(text)


def test_a_round_postponed_before_it_opened_still_opens(read):
    text = (
        "Talks between Israel and Hamas, which had been postponed twice, opened in Cairo on Monday."
    )
    assert of_type(read(text), "TalksOpened")


@pytest.mark.parametrize(
    "text",
    [
        "The president announced a bilateral ceasefire with the ELN, denied days later by the "
        "guerrillas.",
        "Although the government announced on Sunday that a truce with the rebels had taken "
        "effect, the rebels denied it the next day.",
    ],
)
def test_a_truce_the_sentence_says_was_disowned_is_no_truce(read, text):
    assert of_type(read(text), "CeasefireAgreed") == [], read(text)


def test_a_denial_of_something_else_keeps_the_truce(read):
    text = (
        "Israel and Hamas agreed a ceasefire on Friday, but Israel denied that it would withdraw."
    )
    assert of_type(read(text), "CeasefireAgreed")


def test_a_dash_aside_is_skipped_when_finding_the_doer(read):
    text = (
        "On Sunday, Witkoff — who helped broker a ceasefire between Israel and Hamas — held "
        "talks in Florida with Ukrainian negotiators."
    )
    (talks,) = of_type(read(text), "TalksOpened")
    assert "steve_witkoff" in talks.actor_ids() and "hamas" not in talks.actor_ids()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            '"We are ready, but Israel must withdraw its troops and agree to a real exchange '
            'deal," a Hamas official said.',
            "ProposalAccepted",
        ),
        ("The White House needs to have the deal concluded before the summer.", "TalksConcluded"),
        (
            "Hamas has to release the remaining hostages first, Israeli officials said.",
            "HostagesReleased",
        ),
        (
            "France and the United States led diplomatic efforts for a ceasefire in the war, "
            "which escalated in late September.",
            "CeasefireAgreed",
        ),
        (
            "Mediators are optimistic the Israeli cabinet will approve the ceasefire proposal.",
            "ProposalAccepted",
        ),
    ],
)
def test_an_obligation_an_effort_or_a_forecast_is_no_deed(read, text, kind):
    assert not of_type(read(text), kind), read(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Hamas also wants clarity on which Palestinian prisoners will be released by Israel.",
            "PrisonersReleased",
        ),
        (
            "The sides are still haggling over how many hostages would be freed in the first "
            "stage.",
            "HostagesReleased",
        ),
        ("It remains unclear when the Israeli delegation will travel to Cairo.", "DelegationSent"),
    ],
)
def test_a_deed_inside_an_open_question_is_no_deed(read, text, kind):
    assert not of_type(read(text), kind), read(text)


def test_a_when_clause_of_time_is_no_open_question(read):
    text = (
        "The truce between Israel and Hamas broke down on Tuesday after both sides failed to "
        "negotiate an extension when its first phase expired."
    )
    assert of_type(read(text), "CeasefireCollapsed")


def test_whoever_is_not_taking_part_in_a_meeting_is_no_party_to_it(read):
    text = (
        "Malaysia is not participating in the meeting between Thailand and Cambodia, which "
        "began on Monday."
    )
    for talks in of_type(read(text), "TalksOpened"):
        assert "malaysia" not in talks.actor_ids()


@pytest.mark.parametrize(
    "text",
    [
        "Israel will send a delegation to Cairo on Thursday, according to Axios, citing two US "
        "officials.",
        "Israel is expected to dispatch a team to Doha next week, people familiar with the matter "
        "said.",
    ],
)
def test_a_trip_announced_for_later_through_unnamed_sources_is_expected_and_ahead(read, text):
    (found,) = of_type(read(text), "DelegationSent")
    assert found.modality == "expected" and found.occurred.start > PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "According to two officials briefed on the talks, Hamas rejected the proposal on Monday.",
        "According to Egyptian sources, Hamas rejected the proposal on Monday.",
    ],
)
def test_a_deed_according_to_unnamed_officials_is_reported(read, text):
    (found,) = of_type(read(text), "ProposalRejected")
    assert found.modality == "reported"


def test_unnamed_sources_of_another_clause_do_not_make_a_named_speaker_s_deed_reported(read):
    text = (
        "Hamas rejected the proposal on Monday, its spokesman said, as Israel sent a team to "
        "Doha that officials said would stay a week."
    )
    (found,) = of_type(read(text), "ProposalRejected")
    assert found.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        ABOUT_GAZA + "The plan sets out a second phase in which Hamas would release the hostages.",
        ABOUT_GAZA + "The deal, under which Israel would free 1,000 prisoners, is being studied.",
        # the relative pronoun is the doer: 'a deal that would free ...'
        ABOUT_GAZA + "Witkoff described a 60-day truce deal that would free half the hostages.",
        "Mediators presented a framework that would free 40 captives held by the RSF.",
        "Kyiv circulated a proposal which would see Russia and Ukraine exchange all prisoners.",
        # a plan whose deed a condition after it makes supposed
        ABOUT_GAZA + "Two captives were due to be freed on Sunday if the truce held.",
        "The M23 is set to release the detained soldiers once Kinshasa withdraws its troops.",
    ],
)
def test_releases_in_a_relative_clause_of_terms_are_no_release(read, text):
    found = read(text)
    assert not of_type(found, "HostagesReleased") and not of_type(found, "PrisonersReleased")


@pytest.mark.parametrize(
    "text",
    [
        "The plan envisages a ceasefire taking effect as soon as both sides sign.",
        "The proposal foresees a truce coming into force within 24 hours of its approval.",
        "The draft includes a 60-day ceasefire during which Hamas would hand over 10 hostages.",
        "The US plan proposes that Hamas release half of the living hostages on the first day.",
        "Under the proposal, Israel would withdraw to agreed lines and a truce would take effect.",
        "Phase two, the president explained, would involve releasing the remaining hostages.",
        "Under the Egyptian framework, the rebels would free 40 captives in the first week.",
    ],
)
def test_the_terms_of_an_offer_are_no_happening(read, text):
    found = read(ABOUT_GAZA + text)
    assert [f.type for f in found if f.type in OUTCOMES] == []


def test_what_an_agreed_deal_says_will_happen_stays_expected(read):
    text = (
        "Under the deal agreed on Wednesday, the truce will begin on Sunday and 33 hostages "
        "will be freed over six weeks."
    )
    found = read(ABOUT_GAZA + text)
    assert {f.type for f in found if f.modality == "expected"} >= {
        "CeasefireAgreed",
        "HostagesReleased",
    }


def test_a_clause_after_the_offers_terms_is_told_on_its_own(read):
    text = "The plan includes a full hostage release, and Hamas freed two hostages on Monday."
    assert of_type(read(ABOUT_GAZA + text), "HostagesReleased")


@pytest.mark.parametrize(
    "text",
    [
        '"It is time to demand that Hamas come to the table, accept this deal and end the war."',
        "The EU insisted that Serbia and Kosovo sign the agreement.",
        "Mediators asked that Hamas accept the revised proposal.",
    ],
)
def test_a_bare_verb_in_a_demand_s_that_clause_is_asked_for_not_done(read, text):
    found = read(text)
    assert not [f for f in found if f.type in ("ProposalAccepted", "TalksOpened")]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas insists on a permanent end to the war before releasing the remaining hostages.",
        "The rebels want guarantees before freeing any more captives.",
    ],
)
def test_a_deed_a_side_will_do_only_before_or_after_its_condition_is_no_release(read, text):
    assert of_type(read(ABOUT_GAZA + text), "HostagesReleased") == []


@pytest.mark.parametrize(
    "text",
    [
        "The deal that would free the hostages was signed on Monday, and Hamas freed three "
        "hostages on Tuesday.",
        "Three hostages were due to be released by Hamas on Sunday.",
        # the terms of a deal the sides agreed are expected
        "Israel and Hamas agreed on Wednesday to a truce deal that would free 33 hostages.",
    ],
)
def test_a_release_told_beside_an_offers_terms_or_a_plan_without_condition_stays(read, text):
    assert of_type(read(ABOUT_GAZA + text), "HostagesReleased")


@pytest.mark.parametrize(
    "text",
    [
        "The US circulated a draft resolution that would endorse the peace plan for Gaza.",
        "Qatar put forward a proposal that would have Armenia and Azerbaijan sign the treaty.",
    ],
)
def test_a_yes_a_draft_would_give_is_its_terms_not_a_yes(read, text):
    assert not of_type(read(text, PUBLISHED), "ProposalAccepted")


def test_a_past_deed_after_a_before_clause_is_still_told(read):
    text = "Before heading to Cairo, the Hamas delegation had freed two hostages on Monday."
    assert of_type(read(ABOUT_GAZA + text), "HostagesReleased")


@pytest.mark.parametrize(
    "text",
    [
        "The UAE has been instrumental in facilitating negotiations between Russia and Ukraine.",
        "Qatar has played a key role in mediating talks between the M23 and Congo.",
        "Turkey is credited with brokering talks between Russia and Ukraine in Istanbul.",
    ],
)
def test_a_part_played_in_talks_over_time_is_background(read, text):
    assert not of_type(read(text), "TalksOpened")


def test_a_role_told_in_an_aside_leaves_the_deed_around_it(read):
    text = (
        "On Sunday, Witkoff \u2014 who previously played a central role in securing a ceasefire "
        "between Israel and Hamas \u2014 held discussions in Florida with Ukrainian negotiators."
    )
    assert of_type(read(text), "TalksOpened")


@pytest.mark.parametrize(
    "text",
    [
        "The framework included a second phase where Israel would agree to end the war.",
        "The US plan has a later stage in which Hamas would agree to disarm.",
        "The draft, which carried guarantees from Turkey, set out a phase whereby Russia would "
        "agree to withdraw from the plant.",
    ],
)
def test_a_yes_a_plan_foresees_in_a_relative_clause_is_its_terms_not_a_yes(read, text):
    assert not of_type(read(text, PUBLISHED), "ProposalAccepted")


def test_a_yes_told_outright_beside_a_plan_is_still_a_yes(read):
    text = "Hamas agreed on Saturday to release four hostages under the plan's first phase."
    assert of_type(read(text, PUBLISHED), "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        "Russia would agree to withdraw from the plant if sanctions were lifted, the Kremlin said.",
        "Hamas could agree to free the hostages once Israel pulls back, a mediator said.",
    ],
)
def test_a_yes_supposed_on_a_condition_is_not_given(read, text):
    assert not of_type(read(text, PUBLISHED), "ProposalAccepted")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The accord requires Russia to free all Ukrainian prisoners of war within a month.",
            "PrisonersReleased",
        ),
        (
            "The plan also requires Hamas to release all hostages within 72 hours of Israel "
            "accepting it.",
            "HostagesReleased",
        ),
        (
            "Kyiv has expressed openness to the process but emphasised the necessity for Moscow "
            "to agree to a full ceasefire.",
            "CeasefireAgreed",
        ),
        (
            "The accord obliges Russia to release all Ukrainian prisoners of war.",
            "PrisonersReleased",
        ),
    ],
)
def test_what_a_plan_requires_or_a_side_calls_necessary_is_not_done(read, text, kind):
    assert not of_type(read(ABOUT_GAZA + text), kind)


def test_a_release_told_outright_beside_a_requirement_is_still_read(read):
    text = "Hamas released three hostages on Saturday, as the deal required."
    assert of_type(read(text), "HostagesReleased")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Israel would continue its offensive until Hamas released the remaining hostages.",
            "HostagesReleased",
        ),
        ("Sanctions will remain in place until Moscow agrees to a ceasefire.", "ProposalAccepted"),
        (
            "Russia would keep fighting until Ukraine released all Russian prisoners of war.",
            "PrisonersReleased",
        ),
    ],
)
def test_a_deed_that_would_end_a_vowed_course_is_awaited_not_done(read, text, kind):
    assert not of_type(read(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Israel stepped up strikes to press Hamas into freeing the remaining hostages.",
        "Egypt suggested a timeline for releasing the rest of the hostages.",
        "The negotiations involve thorny issues, including the release of hostages in exchange "
        "for Palestinian prisoners.",
    ],
)
def test_pressure_a_schedule_or_a_topic_of_talks_is_no_release(read, text):
    found = read(ABOUT_GAZA + text)
    assert not of_type(found, "HostagesReleased") and not of_type(found, "PrisonersReleased")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hamas is close to agreeing to release more hostages.", "HostagesReleased"),
        (
            "Moscow is near to freeing the Ukrainian prisoners of war, Kyiv said.",
            "PrisonersReleased",
        ),
    ],
)
def test_being_close_to_a_deed_is_not_doing_it(read, text, kind):
    assert not of_type(read(ABOUT_GAZA + text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            'The Lebanese government is "optimistic" that Hezbollah will agree to the terms of '
            "the agreement.",
            "ProposalAccepted",
        ),
        (
            "Medinsky stated that a meeting between Putin and Zelensky is only feasible if both "
            "sides agree.",
            "TalksOpened",
        ),
        (
            "The ministers will meet to provide the groundwork for a meeting between Zelensky and "
            "Putin.",
            "TalksOpened",
        ),
    ],
)
def test_a_deed_hoped_for_called_feasible_or_prepared_for_is_not_done(read, text, kind):
    found = [
        f for f in of_type(read(text), kind) if "vladimir_putin" in ids(f) or "hezbollah" in ids(f)
    ]
    assert not found


def test_a_yes_told_outright_after_hopes_is_still_a_yes(read):
    text = "Mediators had hoped for progress. Hezbollah agreed to the terms of the agreement."
    assert of_type(read(text), "ProposalAccepted")


@pytest.mark.parametrize(
    "text",
    [
        "The M23 offensive has cast a shadow over the talks in Luanda.",
        "The dispute over the Philadelphi corridor threatens to derail the talks in Cairo.",
        "Renewed shelling could jeopardise the talks in Istanbul.",
        "Fighting around El Fasher looms over the talks in Jeddah.",
    ],
)
def test_talks_named_as_what_a_risk_endangers_open_no_round(read, text):
    assert not of_type(read(text), "TalksOpened")


@pytest.mark.parametrize(
    "text",
    [
        "The talks in Luanda resumed on Monday despite the fighting.",
        "Rebel attacks cast a shadow over the region, but talks in Luanda opened on Monday.",
    ],
)
def test_talks_told_beside_a_risk_still_open(read, text):
    assert of_type(read(text), "TalksOpened")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Since the outbreak of the conflict, Egypt has sent envoys to Doha on many occasions.",
            "DelegationSent",
        ),
        ("Since October, the US has dispatched several envoys to the region.", "DelegationSent"),
        ("Since the war began, Qatar has hosted rounds of indirect talks in Doha.", "TalksOpened"),
        ("Witkoff has shuttled between Moscow and Kyiv for months.", "DelegationArrived"),
        ("Angola has held a series of meetings with M23 envoys in Luanda.", "TalksOpened"),
    ],
)
def test_many_trips_or_a_long_span_in_the_perfect_is_background(read, text, kind):
    assert not of_type(read(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Egypt has sent a delegation to Doha for talks.", "DelegationSent"),
        ("Witkoff has arrived in Moscow for talks with Putin.", "DelegationArrived"),
        ("Qatar hosted a new round of talks between Israel and Hamas on Sunday.", "TalksOpened"),
    ],
)
def test_one_trip_or_round_in_the_perfect_or_past_is_still_an_event(read, text, kind):
    assert of_type(read(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Azerbaijan rejected claims that it had agreed to a ceasefire with Armenia.",
            "CeasefireAgreed",
        ),
        (
            "The Kremlin dismissed as false reports that its envoys had arrived in Riyadh.",
            "DelegationArrived",
        ),
        ("Hamas brushed aside suggestions that it had released more hostages.", "HostagesReleased"),
        (
            "Kinshasa rejected allegations that it had sent a delegation to meet the M23.",
            "DelegationSent",
        ),
    ],
)
def test_a_deed_inside_claims_a_side_rejects_is_denied(read, text, kind):
    assert not of_type(read(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Azerbaijan said it had agreed to a ceasefire with Armenia on Tuesday.",
            "CeasefireAgreed",
        ),
        ("Hamas confirmed that its delegation had arrived in Cairo.", "DelegationArrived"),
    ],
)
def test_a_deed_a_side_confirms_is_told(read, text, kind):
    assert of_type(read(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Had Russia agreed to the ceasefire, talks could have opened in Istanbul.",
            "ProposalAccepted",
        ),
        (
            "Should the ELN free its captives, the government would release 15 prisoners.",
            "HostagesReleased",
        ),
        (
            "Were the M23 to withdraw from Goma, Kinshasa would send a delegation to Doha.",
            "DelegationSent",
        ),
        ("There are those in Israel who will call for the war to continue.", "AppealMade"),
        (
            "Anyone who would sign such a deal with Moscow must be ready to cede land.",
            "ProposalAccepted",
        ),
    ],
)
def test_a_condition_by_inversion_or_an_open_doer_is_supposed(read, text, kind):
    assert not of_type(read(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Russia agreed to the ceasefire on Monday, and talks opened in Istanbul.",
            "ProposalAccepted",
        ),
        ("Those who attended the talks in Cairo said progress was made.", "TalksOpened"),
        (
            "Hamas said those who had been freed on Sunday were in good health, after it released"
            " four hostages on Sunday.",
            "HostagesReleased",
        ),
    ],
)
def test_a_deed_told_outright_beside_such_words_is_still_read(read, text, kind):
    assert of_type(read(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The government rejects releases before the captives are home.", "HostagesReleased"),
        ("Sudan's army rejected talks with the RSF in Jeddah.", "TalksOpened"),
        ("Kyiv has ruled out a truce along the current front line.", "CeasefireAgreed"),
        ("The M23 boycotted the talks in Luanda.", "TalksOpened"),
    ],
)
def test_a_deed_named_as_what_a_side_refuses_is_not_done(read, text, kind):
    assert not of_type(read(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Sudanese army accepted talks with the RSF in Jeddah on Saturday.", "TalksOpened"),
        ("Israel rejected the plan put forward by Egypt.", "ProposalMade"),
        (
            "Hamas released four hostages on Saturday, rejecting Israeli claims of delays.",
            "HostagesReleased",
        ),
    ],
)
def test_a_deed_accepted_or_an_offer_refused_is_still_read(read, text, kind):
    assert of_type(read(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "There is a US proposal on the table that would eventually see all the hostages freed.",
        "The Egyptian plan would ultimately see 33 hostages released in a first phase.",
    ],
)
def test_what_a_plan_would_in_the_end_see_done_is_its_terms(read, text):
    assert not of_type(read(text), "HostagesReleased")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hamas said reports that it had accepted the proposal were baseless.", "ProposalAccepted"),
        (
            "Reports that Israeli negotiators had arrived in Cairo are false, an official said.",
            "DelegationArrived",
        ),
        ("The ELN said the claim that it had freed the captives was a lie.", "HostagesReleased"),
        (
            "Kyiv said claims that Ukrainian envoys had met Russian officials in Riyadh were"
            " fabricated.",
            "TalksOpened",
        ),
    ],
)
def test_a_deed_inside_reports_called_false_is_denied(read, text, kind):
    assert not of_type(read(text), kind)


def test_a_deed_inside_reports_confirmed_is_still_told(read):
    found = read("Hamas confirmed reports that it had accepted the proposal on Monday.")
    assert of_type(found, "ProposalAccepted")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A ceasefire would have allowed hostages to be released months ago.", "HostagesReleased"),
        ("Without the shelling, the talks in Luanda could have opened in March.", "TalksOpened"),
        (
            "Assuming Hamas accepts the deal, the first hostages could be freed on Sunday.",
            "ProposalAccepted",
        ),
        ("In case the talks collapse, Egypt would host an emergency summit.", "TalksOpened"),
        (
            "Provided the RSF withdraws from El Fasher, the army would send a team to Jeddah.",
            "DelegationSent",
        ),
    ],
)
def test_what_might_have_been_or_a_supposed_case_is_no_deed(read, text, kind):
    assert not of_type(read(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Hamas freed four hostages on Saturday, which it said would have happened sooner.",
            "HostagesReleased",
        ),
        ("Provided with new guarantees, Hamas accepted the deal on Monday.", "ProposalAccepted"),
    ],
)
def test_a_deed_told_before_a_supposition_is_still_read(read, text, kind):
    assert of_type(read(text), kind)


# Hopes: a deed or a yes in a clause governed by a hope is wished for, not done nor announced.


@pytest.mark.parametrize(
    "text",
    [
        "Beirut is optimistic that Hezbollah will agree to the terms, an official said.",
        "Kyiv is hopeful that Russia will accept the proposal.",
        "Sudan's army said it was confident the RSF would sign the ceasefire.",
        "Yerevan hopes Azerbaijan will approve the draft treaty soon.",
    ],
)
def test_a_yes_only_hoped_for_is_no_acceptance(read, text):
    assert not of_type(read(text, FRI), "ProposalAccepted")


def test_a_release_only_hoped_for_is_none(read):
    found = read("The ELN hopes the government will release the prisoners.", FRI)
    assert not of_type(found, "PrisonersReleased")


def test_a_yes_given_beside_a_hope_still_counts(read):
    found = read("Hezbollah agreed to the terms on Thursday, and Beirut is hopeful.", FRI)
    assert of_type(found, "ProposalAccepted")


# Meetings only prepared or judged possible: no round.


@pytest.mark.parametrize(
    "text",
    [
        "Medinsky said a meeting between Putin and Zelensky is only feasible if a treaty is ready.",
        "A meeting between Aliyev and Pashinyan is possible once the text is agreed, Baku said.",
        "The ministers will meet to lay the groundwork for a meeting between Putin and Zelensky.",
        "The talks paved the way for a meeting between Aliyev and Pashinyan.",
    ],
)
def test_a_meeting_prepared_or_judged_possible_is_no_round(read, text):
    found = of_type(read(text, FRI), "TalksOpened")
    assert all("vladimir_putin" not in ids(f) and "ilham_aliyev" not in ids(f) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "But the meeting in South Africa between the Ethiopian government and the TPLF never "
        "took place.",
        "The talks between the government and the ELN never took place, officials said.",
    ],
)
def test_a_round_that_never_took_place_is_none(read, text):
    assert not of_type(read(text, FRI), "TalksOpened")


def test_a_round_that_took_place_still_opens(read):
    text = "A meeting between Putin and Zelensky took place in Istanbul on Monday."
    assert dated(read(text, FRI), "TalksOpened")


def test_a_deed_in_a_condition_is_still_no_event(read):
    found = read("The fighting would resume once the truce expires if no deal is approved.", WED)
    assert not of_type(found, "ThreatIssued")
    assert not of_type(
        read("Hostages would be freed if the deal is approved.", WED), "HostagesReleased"
    )


def test_a_fronted_aim_leaves_a_modal_of_the_main_clause_hypothetical(read):
    found = read("In an effort to reach a deal, Israel could release more prisoners.")
    assert not of_type(found, "PrisonersReleased")


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
    ("text", "kind"),
    [
        # a question asks whether a deed will be or was done; it tells none
        ("Will the ELN accept the government's offer?", "ProposalAccepted"),
        ("Could Israel send a team to Doha this week?", "DelegationSent"),
        ("Can Qatar persuade both sides to agree to a truce?", "CeasefireAgreed"),
        ('"Did Russia reject the plan?" a reporter asked on Monday.', "ProposalRejected"),
        ("When will the Sudanese army send its delegation to Jeddah?", "DelegationSent"),
        ("Has the M23 withdrawn its negotiators from Doha?", "DelegationRecalled"),
    ],
)
def test_a_direct_question_tells_no_deed(read, text, kind):
    assert not of_type(read(ABOUT_GAZA + text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a statement beside a question is still told
        ("Hamas rejected the proposal on Monday. Will Israel accept it?", "ProposalRejected"),
        ("Israel sent a delegation to Cairo on Monday, and what will Hamas do now?", None),
    ],
)
def test_a_deed_told_beside_a_question_is_still_read(read, text, kind):
    found = read(ABOUT_GAZA + text)
    if kind:
        assert of_type(found, kind)
    else:
        assert of_type(found, "DelegationSent") or of_type(found, "DelegationArrived")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # due under a deal the sentence says never came about
        (
            "Twenty captives were to be freed in the first stage of an accord that was never "
            "signed.",
            "HostagesReleased",
        ),
        (
            "The detainees were due to go free under a plan that later collapsed.",
            "PrisonersReleased",
        ),
        (
            "Hostages were to be released under an agreement that has yet to be approved.",
            "HostagesReleased",
        ),
        # told as what would have been
        ("The prisoners would have been released in March.", "PrisonersReleased"),
    ],
)
def test_a_deed_due_under_a_deal_never_made_did_not_happen(read, text, kind):
    assert not of_type(read(ABOUT_GAZA + text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # terms told in a relative clause of the span they fall in
        (
            "Mediators said the truce would run in phases during which the ELN would free its "
            "captives.",
            "HostagesReleased",
        ),
        (
            "The draft sets out a 60-day pause after which Israel would free 200 prisoners.",
            "PrisonersReleased",
        ),
    ],
)
def test_terms_told_in_a_span_of_the_plan_are_no_deed(read, text, kind):
    assert not of_type(read(ABOUT_GAZA + text), kind)


def test_a_deed_done_during_a_past_pause_is_still_read(read):
    text = "Qatar brokered a week-long pause last year during which Hamas freed 105 hostages."
    assert of_type(read(ABOUT_GAZA + text), "HostagesReleased")
