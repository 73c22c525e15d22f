"""Actor recognition and resolution: aliases, diacritics, titles, dates and ambiguity."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ABOUT_GAZA, ids, of_type

WED = date(2024, 2, 14)  # a Wednesday


SAT = date(2022, 11, 26)  # a Saturday

APR = date(2023, 4, 14)  # a Friday


def test_diacritics_and_broken_spellings_resolve_to_one_person(read):
    for name in ("Erdoğan", "Erdogan", "Erdoan"):
        found = of_type(
            read(f"Turkish President {name} arrived in Cairo on Wednesday."), "DelegationArrived"
        )
        assert "recep_tayyip_erdogan" in found[0].actor_ids() and "turkey" in found[0].actor_ids()


def test_title_resolves_to_office_holder_on_the_date(read):
    text = "Egypt's intelligence chief arrived in Tel Aviv on Monday."
    before = of_type(read(text, date(2024, 4, 26)), "DelegationArrived")[0]
    after = of_type(read(text, date(2025, 3, 5)), "DelegationArrived")[0]
    assert "abbas_kamel" in before.actor_ids()
    assert "hassan_rashad" in after.actor_ids()


def test_the_cia_director_is_burns_under_biden_and_ratcliffe_after(read):
    text = "The CIA director arrived in Doha on Sunday."
    assert (
        "william_burns"
        in of_type(read(text, date(2024, 8, 18)), "DelegationArrived")[0].actor_ids()
    )
    assert (
        "john_ratcliffe"
        in of_type(read(text, date(2025, 3, 2)), "DelegationArrived")[0].actor_ids()
    )


def test_person_brings_the_organisation_they_act_for(read):
    found = of_type(read("Ismail Haniyeh arrived in Cairo on Wednesday."), "DelegationArrived")
    assert set(found[0].actor_ids()) >= {"ismail_haniyeh", "hamas"}


def test_ambiguous_abbas_is_kamel_in_an_egyptian_intelligence_context(read):
    text = "Egyptian intelligence officials said Abbas arrived in Tel Aviv on Friday."
    assert "abbas_kamel" in of_type(read(text), "DelegationArrived")[0].actor_ids()


def test_ambiguous_abbas_is_the_palestinian_president_in_a_ramallah_context(read):
    text = "In Ramallah, Palestinian Authority officials said Abbas urged Hamas to accept the deal."
    assert "mahmoud_abbas" in of_type(read(text), "AppealMade")[0].actor_ids()


def test_surname_alone_follows_the_last_full_mention(read):
    text = (
        "Abbas Kamel arrived in Israel on Friday. "
        "Abbas warned that an attack on Rafah would have dire consequences."
    )
    assert "abbas_kamel" in of_type(read(text), "ThreatIssued")[0].actor_ids()


def test_nationality_adjectives_name_states_only_before_agent_nouns(read):
    found = of_type(read("Egyptian and Qatari mediators met in Cairo on Monday."), "TalksOpened")
    assert {"egypt", "qatar"} <= set(found[0].actor_ids())
    assert not read("Israeli hostages arrived in Tel Aviv on Monday.")


def test_capital_in_subject_position_stands_for_its_government(read):
    found = of_type(read("Cairo has threatened to suspend the peace treaty."), "ThreatIssued")
    assert "egypt" in found[0].actor_ids()


def test_pronoun_takes_the_speaker_of_reported_speech(read):
    found = of_type(read("Hamas said it had accepted the proposal."), "ProposalAccepted")
    assert "hamas" in found[0].actor_ids()


def test_relative_clause_takes_its_antecedent(read):
    text = (
        "Rafah lies on the border with Egypt, which has warned that an assault would be a disaster."
    )
    assert "egypt" in of_type(read(text), "ThreatIssued")[0].actor_ids()


def test_a_title_with_a_weekday_before_the_verb_is_the_doer(read):
    found = read(
        "Prime Minister Benjamin Netanyahu on Wednesday flatly rejected Hamas's counterproposal, "
        "a day after Secretary of State Antony Blinken met him.",
        WED,
    )
    rejected = of_type(found, "ProposalRejected")
    assert rejected and "israel" in rejected[0].actor_ids("subject")
    assert "united_states" not in rejected[0].actor_ids("subject")


COORDINATED = [
    "Hamas and the smaller Islamic Jihad militant group delivered their response to the mediators.",
    "Hamas and the allied Islamic Jihad handed their reply to Qatari and Egyptian mediators.",
]


@pytest.mark.parametrize("text", COORDINATED)
def test_both_partners_of_a_coordinated_subject_act(read, text):
    made = of_type(read(text), "CounterproposalMade")
    assert made and {"hamas", "palestinian_islamic_jihad"} <= ids(made[0], "subject")


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("Israel and the militant group Hamas reached a ceasefire on Sunday.", {"israel", "hamas"}),
        (
            "Israel and Palestinian militant group Hamas reached a truce on Sunday.",
            {"israel", "hamas"},
        ),
        (
            "Sudan's army and the paramilitary Rapid Support Forces reached a truce on Sunday.",
            {"sudan_armed_forces", "rsf"},
        ),
        (
            "The Congolese government and rebel group M23 reached a ceasefire on Sunday.",
            {"democratic_republic_of_congo", "m23"},
        ),
    ],
)
def test_a_partner_described_before_its_name_still_acts_with_the_first(read, text, both):
    (found,) = of_type(read(text), "CeasefireAgreed")
    assert both <= ids(found, "subject")


def test_a_longer_name_cut_by_more_letters_falls_back_to_a_shorter_name_inside_it(read):
    for text in (
        "Hamas delegations arrived in Cairo on Wednesday.",
        "The Hamas delegations arrived in Cairo on Wednesday for the talks.",
    ):
        found = of_type(read(text), "DelegationArrived")
        assert found and "hamas" in found[0].actor_ids(), text


def test_a_rank_or_field_between_adjective_and_noun_still_names_the_state(read):
    found = read("The Ethiopian and Kenyan defence chiefs held talks in Nairobi on Monday.")
    talks = of_type(found, "TalksOpened")
    assert talks and {"ethiopia", "kenya"} <= ids(talks[0])
    assert not read("Armenian senior hostages arrived in Yerevan on Monday.")


def test_plural_offices_after_coordinated_adjectives_name_both_states(read):
    text = "The Armenian and Azerbaijani foreign ministers signed a peace accord on Tuesday."
    found = of_type(read(text), "ProposalAccepted")
    assert found and {"armenia", "azerbaijan"} <= ids(found[0])


def test_a_government_its_own_army_backs_is_the_state(read):
    text = "Sudan's army-backed government refused to attend the talks in Geneva on Monday."
    found = of_type(read(text), "ProposalRejected")
    assert found and "sudan" in ids(found[0])
    other = of_type(read("The Iran-backed government refused to attend the talks."), "x")
    assert not other


def test_the_army_is_the_one_military_the_article_names(read):
    text = (
        "Myanmar's military and the ethnic alliance met in Kunming on Monday.\n\n"
        "The alliance made no comment.\n\n"
        "The military said it had sent a delegation to Kunming for the talks."
    )
    sent = of_type(read(text), "DelegationSent")
    assert sent and "myanmar_military" in ids(sent[0])


def test_the_army_names_nobody_when_the_article_names_two_armies(read):
    text = (
        "Sudan's army and Myanmar's military were both named in the report on Monday.\n\n"
        "The army sent a delegation to the talks in Geneva."
    )
    assert not of_type(read(text), "DelegationSent")


def test_leaders_of_other_talks_named_by_surname_bring_their_states(read):
    text = "Pashinyan and Aliyev held talks in Abu Dhabi on Monday."
    talks = of_type(read(text, date(2025, 7, 15)), "TalksOpened")
    assert talks and {"armenia", "azerbaijan", "nikol_pashinyan", "ilham_aliyev"} <= ids(talks[0])


def test_a_side_that_declined_to_attend_is_no_participant_of_the_round(read):
    text = "The Sudanese army declined to participate in the talks in Geneva on Wednesday."
    found = read(text, date(2024, 8, 15))
    assert of_type(found, "ProposalRejected")
    assert not any("sudan_armed_forces" in ids(f) for f in of_type(found, "TalksOpened"))
    other = "The M23 refused to send a delegation to the talks in Doha on Monday."
    assert not any("m23" in ids(f) for f in of_type(read(other), "TalksOpened"))


def test_the_patron_of_a_named_adviser_is_not_at_the_table(read):
    text = "Ukraine's delegation met Putin's adviser Vladimir Medinsky for talks in Istanbul."
    talks = of_type(read(text, date(2025, 6, 3)), "TalksOpened")
    assert talks and "vladimir_medinsky" in ids(talks[0])
    assert all("vladimir_putin" not in ids(f) for f in talks)


def test_the_parties_doing_something_are_the_two_sides(read):
    text = (
        "Ethiopia and the TPLF opened talks in Pretoria on Monday. Kenya, which hosts a "
        "monitoring team, said on Tuesday that the parties would sign a partial agreement."
    )
    signed = of_type(read(text), "ProposalAccepted")
    assert signed and {"ethiopia", "tplf"} <= ids(signed[0])
    assert all("kenya" not in ids(f, "subject") for f in signed)


@pytest.mark.parametrize(
    ("text", "group", "state"),
    [
        (
            "Colombia's National Liberation Army recalled its negotiators from Oslo on Monday.",
            "eln",
            "colombia",
        ),
        ("Lebanon's Hezbollah rejected the US proposal on Monday.", "hezbollah", "lebanon"),
        (
            "Sudan's paramilitary Rapid Support Forces rejected the US proposal on Monday.",
            "rsf",
            "sudan",
        ),
    ],
)
def test_a_state_naming_where_a_group_is_from_does_not_act_with_it(read, text, group, state):
    (found,) = [f for f in read(text, date(2025, 5, 14)) if group in ids(f)]
    assert state not in ids(found)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Sudan's army rejected the US proposal on Monday.", {"sudan", "sudan_armed_forces"}),
        (
            "Israel's outright rejection of Hamas' counterproposal came last week.",
            {"israel", "hamas"},
        ),
    ],
)
def test_a_states_own_body_or_a_possessed_deed_keeps_the_state(read, text, actors):
    (found,) = [f for f in read(text, date(2025, 5, 14)) if f.type == "ProposalRejected"]
    assert actors <= ids(found)


# --- a person named in full, then by family name or honorific and first name ----------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            ABOUT_GAZA + "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani hosted "
            "Hamas negotiators in Doha on Monday.\nAl Thani said on Tuesday that the talks were "
            "positive.",
            "mohammed_bin_abdulrahman_al_thani",
        ),
        (
            ABOUT_GAZA + "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani hosted "
            "Hamas negotiators in Doha on Monday.\nSheikh Mohammed said on Tuesday that the talks "
            "were positive.",
            "mohammed_bin_abdulrahman_al_thani",
        ),
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan hosted talks between the Sudanese "
            "army and the RSF in Jeddah on Monday.\nPrince Faisal said on Tuesday that the talks "
            "were constructive.",
            "faisal_bin_farhan",
        ),
        (
            "The Colombian government's chief negotiator Otty Patiño met ELN commanders in "
            "Caracas on Monday.\nPatiño said on Tuesday that the talks had made progress.",
            "otty_patino",
        ),
    ],
)
def test_a_person_named_again_by_family_name_or_honorific_is_the_one_named_before(
    read, text, speaker
):
    (said,) = of_type(read(text), "StatementIssued")
    assert speaker in ids(said)


def test_a_family_name_before_any_full_name_names_no_one(read):
    text = "Patiño said on Tuesday that the talks with the ELN had made progress."
    assert not [f for f in of_type(read(text), "StatementIssued") if "otty_patino" in ids(f)]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation of Armenia arrived in Washington on Friday.",
        "The negotiating team of Armenia arrived in Washington on Friday.",
    ],
)
def test_the_team_of_a_state_is_the_state(read, text):
    (arrived,) = of_type(read(text, SAT), "DelegationArrived")
    assert "armenia" in ids(arrived, "subject")


def test_a_state_after_another_preposition_is_still_no_doer(read):
    found = read("Talks with Armenia arrived at a dead end on Friday.", SAT)
    assert not of_type(found, "DelegationArrived")


# A team named by who leads it acts through its leader.


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "The team, which was led by Ambassador Mohammed Al-Jaber, departed rebel-held "
            "Sanaa late on Thursday.",
            "muhammad_al_jaber",
        ),
        (
            "The new delegation headed by Egypt's intelligence chief arrived in Doha on Thursday.",
            "egypt",
        ),
    ],
)
def test_a_team_led_by_someone_is_theirs(read, text, leader):
    found = [f for f in read(text, APR) if f.type in ("TalksConcluded", "DelegationArrived")]
    assert found and leader in ids(found[0])


def test_talks_led_by_a_mediator_are_not_its_team(read):
    found = read("The talks were led by Qatar and ended on Thursday.", APR)
    assert all("qatar" not in ids(f, "subject") for f in found)


def test_an_apposition_naming_a_group_is_no_pronoun_for_an_earlier_actor(read):
    text = (
        "The US hopes for a deal soon. However, Hamas, the Palestinian militant group, insists "
        "on a complete end to the war."
    )
    demands = of_type(read(text), "DemandStated")
    assert demands
    assert all(ids(f, "subject") == {"hamas"} for f in demands), [ids(f) for f in demands]


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
