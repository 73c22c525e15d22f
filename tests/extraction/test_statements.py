"""Statement rules (catalog: StatementIssued): on-record assessments of the talks, when they
are dated, and what is no statement, in news phrasing written for these tests.
WORDINGS lists the family's events in many wordings; NOT_THE_EVENT, readings that are not
them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ABOUT_GAZA, assert_read_with_actor, ids, of_type

WED = date(2024, 2, 14)  # a Wednesday
FRI_2025 = date(2025, 2, 14)  # a Friday


ON_RECORD = [
    # a tone struck about the talks, by named sides and mediators
    (
        "Israel, Hamas and the Qatari mediators all sounded notes of caution about progress "
        "towards a truce.",
        "qatar",
    ),
    ("Moscow struck an upbeat tone on the talks with Kyiv on Friday.", "russia"),
    # a deal said to be within reach, had, or touted
    ("Biden said he believed a ceasefire could be reached within a week.", "joe_biden"),
    ("Qatar said a deal can be struck soon between Kinshasa and the M23.", "qatar"),
    ('"We have a deal for the hostages," Trump posted on his social media site.', "donald_trump"),
    ('Aliyev touted a "historic peace agreement" with Armenia on Friday.', "ilham_aliyev"),
    # a mediator's intent to go on
    (
        "Qatar confirmed the release and expressed its intention to continue dialogue with both "
        "sides.",
        "qatar",
    ),
    ("Qatar expressed regret at the resumption of fighting in Gaza.", "qatar"),
    (
        "Egypt's foreign ministry said it hoped a ceasefire would be reached in the coming days.",
        "egypt",
    ),
    ("Trump said on Monday it was an appropriate time for a deal.", "donald_trump"),
    ('Trump called the agreement "historic" and said the war is over.', "donald_trump"),
    (
        "A Hamas official told Al Jazeera that Israel had reneged on understandings reached "
        "in Cairo.",
        "hamas",
    ),
    ("Netanyahu accused Hamas of setting new conditions for a deal.", "israel"),
    (
        "Qatar's prime minister asked how mediation can succeed when one party keeps bombing "
        "the other.",
        "qatar",
    ),
    (
        "Egyptian state media, citing a senior official, said agreement was reached on all "
        "provisions of the first phase.",
        "egypt",
    ),
    ("Witkoff wrote on X that there had been significant progress in the talks.", "steve_witkoff"),
    ("Hamas said Israel violated the pause by killing civilians.", "hamas"),
]


JUL = date(2023, 7, 1)

MAR_29 = date(2022, 3, 29)

OCT_20 = date(2022, 10, 20)  # a Thursday


TUESDAY = date(2025, 3, 18)


@pytest.mark.parametrize(("text", "actor"), ON_RECORD)
def test_an_on_record_assessment_of_the_talks_is_a_statement(read, text, actor):
    found = of_type(read(text, WED), "StatementIssued")
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


NO_STATEMENT = [
    "The talks could be held in Doha within a week, Qatar said.",
    "Hamas has not commented on the proposal.",
    "An Israeli official declined to comment on the negotiations.",
    "Two officials said Hamas had reneged on understandings.",
    "Egypt sent a delegation to Israel with the hope of brokering a truce, two officials said.",
    "Hamas said it had received the proposal on Tuesday.",
    "Qatar said the weather in Doha was pleasant and hoped the visitors enjoyed it.",
]


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_a_quoted_fact_a_refusal_or_an_unnamed_speaker_is_no_statement(read, text):
    assert of_type(read(text, WED), "StatementIssued") == []


def test_a_statement_is_dated_when_said_not_by_the_days_it_hopes_for(read):
    text = "Egypt's foreign ministry said it hoped a ceasefire would be reached in the coming days."
    (found,) = of_type(read(text, WED), "StatementIssued")
    assert (found.occurred.start, found.occurred.end) == (WED, WED)


def test_a_statement_takes_the_weekday_of_its_own_clause(read):
    text = "Trump said on Monday it was an appropriate time for a deal."
    (found,) = of_type(read(text, WED), "StatementIssued")
    assert found.occurred.start == date(2024, 2, 12)


IN_OTHER_WORDS = [
    ("Biden welcomed the deal and thanked Qatar and Egypt.", "united_states"),
    ("Blinken called the reply 'in general positive'.", "united_states"),
    ("Trump described the demands as 'a little over the top'.", "donald_trump"),
    ("Witkoff said there are clear nonstarters but space for agreement.", "steve_witkoff"),
    ("Witkoff said the ball is now completely in the other side's court.", "steve_witkoff"),
    ("Blinken said the remaining gaps in the talks can be closed.", "united_states"),
    ("Hamas is not interested in continuing negotiations, Basem Naim said.", "hamas"),
    # support told by one who is not answering the plan: a statement, not an acceptance
    ("Egypt expressed its full support for the mediation efforts in Doha.", "egypt"),
    ("Germany said it supports the negotiations on ending the war in Ukraine.", "germany"),
    ("Erdogan reiterated Turkey's support for the talks between Baku and Yerevan.", "turkey"),
    ("Kenya's foreign ministry is supportive of the AU-led process on Sudan.", "kenya"),
]


# Support of something other than the talks, or the attributive 'US-supported', is no statement.
NO_SUPPORT_STATEMENT = [
    "Hamas supports the families of prisoners, the group said.",
    "Russia expressed support for its soldiers in Kursk.",
    "The Qatari-supported hospital in Gaza reopened on Monday.",
    "The Security Council adopted a resolution that supports the ceasefire proposal.",
]


@pytest.mark.parametrize("text", NO_SUPPORT_STATEMENT)
def test_support_for_other_than_the_talks_is_no_statement(read, text):
    assert of_type(read(ABOUT_GAZA + text, WED), "StatementIssued") == []


@pytest.mark.parametrize(("text", "actor"), IN_OTHER_WORDS)
def test_an_assessment_in_other_words_is_a_statement(read, text, actor):
    found = of_type(read(text, WED), "StatementIssued")
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


ABOUT_THE_PROCESS = [
    (
        'Boehler said on Sunday the meetings were "very helpful" and a deal could come soon.',
        "constructive",
    ),
    ('Blinken said the process was "producing results".', "progress"),
    ("Qatar's prime minister said the talks were helpful.", "constructive"),
    ("The Egyptian foreign minister said the talks were bearing fruit.", "progress"),
]


@pytest.mark.parametrize(("text", "assessment"), ABOUT_THE_PROCESS)
def test_statements_about_the_process(read, text, assessment):
    said = of_type(read(text), "StatementIssued")
    assert said and said[0].attributes["assessment"] == assessment


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


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said a deal was very close.",
        "Egypt's foreign minister said an extension agreement was close.",
        "Witkoff said he had very good feelings about the talks.",
    ],
)
def test_a_deal_said_to_be_close_is_an_optimistic_statement(read, text):
    (found,) = of_type(read(text), "StatementIssued")
    assert found.attributes["assessment"] == "optimistic"


@pytest.mark.parametrize(
    "text",
    [
        "In a post on X, Netanyahu wrote that the talks were a failure.",
        "Netanyahu, speaking to reporters, said the talks had failed.",
    ],
)
def test_talks_said_to_have_failed_is_a_statement_of_no_progress(read, text):
    (found,) = of_type(read(text), "StatementIssued")
    assert found.attributes["assessment"] == "no_progress"


@pytest.mark.parametrize(
    ("text", "speaker", "assessment"),
    [
        (
            "Norway commended both delegations on Tuesday for their engagement in the talks.",
            "norway",
            "constructive",
        ),
        (
            "A Russian official said the two sides in the negotiations were still far apart.",
            "russia",
            "gaps_remain",
        ),
        (
            "The Kenyan envoy said on Monday that the talks were a real opportunity for peace.",
            "kenya",
            "optimistic",
        ),
        (
            "Egypt expressed deep concern on Sunday about the delays in the negotiations.",
            "egypt",
            "pessimistic",
        ),
    ],
)
def test_judging_the_talks_or_the_delegations_is_a_statement_with_its_assessment(
    read, text, speaker, assessment
):
    (found,) = of_type(read(text, WED), "StatementIssued")
    assert speaker in found.actor_ids()
    assert found.attributes["assessment"] == assessment


@pytest.mark.parametrize(
    ("text", "speaker", "assessment"),
    [
        (
            'The United States is "cautiously optimistic" that the warring sides will reach a '
            "truce during the talks in Jeddah.",
            "united_states",
            "optimistic",
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan expressed satisfaction with the "
            "advances in border delimitation.",
            "armenia",
            "constructive",
        ),
        (
            "Qatar's Mohammed Al-Khulaifi characterized the declaration as a pivotal "
            "advancement towards peace.",
            "qatar",
            "progress",
        ),
    ],
)
def test_stances_told_as_a_state_or_a_satisfaction_are_statements(read, text, speaker, assessment):
    (found,) = of_type(read(text, date(2024, 5, 25)), "StatementIssued")
    assert speaker in ids(found) and found.attributes["assessment"] == assessment


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            'Trump said on Sunday he was giving Hamas his "last warning" over a possible '
            "ceasefire deal.",
            "ThreatIssued",
        ),
        (
            'On Friday, Hamas said it had delivered a "positive" response to the mediators on '
            "the latest truce proposal.",
            "CounterproposalMade",
        ),
    ],
)
def test_an_assessment_worded_after_a_speech_act_of_the_same_speaker_is_part_of_it(
    read, sentence, kind
):
    found = read(sentence)
    assert of_type(found, kind)
    assert not of_type(found, "StatementIssued")


def test_an_assessment_worded_before_a_speech_act_of_the_same_speaker_stands(read):
    found = read(
        'Biden said on Monday that "gaps remain" in the ceasefire talks as he urged Israel and '
        "Hamas to keep working toward a deal."
    )
    assert of_type(found, "StatementIssued")


@pytest.mark.parametrize(
    "sentence",
    [
        "An Israeli delegation is also hoped to arrive in Cairo for the ceasefire talks.",
        "Hamas is said to be unhappy with the latest ceasefire proposal.",
        "Qatar was widely praised for its mediation of the truce.",
    ],
)
def test_a_reporting_verb_in_the_passive_is_no_statement_of_the_subject(read, sentence):
    assert not of_type(read(sentence), "StatementIssued")


def test_a_passive_reporting_verb_leaves_the_statement_to_the_named_speaker(read):
    found = read(
        '"It should be emphasized that gaps remain in the ceasefire talks," Netanyahu said on '
        "Monday."
    )
    assert {a.id for f in of_type(found, "StatementIssued") for a in f.actors} >= {
        "benjamin_netanyahu"
    }


@pytest.mark.parametrize(
    ("text", "speaker", "host"),
    [
        (
            "US Secretary of State Antony Blinken, visiting Riyadh, said he was hopeful Hamas "
            "would accept the offer.",
            "antony_blinken",
            "saudi_arabia",
        ),
        (
            "Turkish Foreign Minister Hakan Fidan, visiting Kyiv, said he was hopeful both sides "
            "would return to talks in Istanbul.",
            "hakan_fidan",
            "ukraine",
        ),
    ],
)
def test_the_place_a_speaker_is_visiting_is_not_the_speaker(read, text, speaker, host):
    found = read(text)
    assert all(host not in f.actor_ids() for f in found), [(f.type, f.actor_ids()) for f in found]
    assert any(speaker in f.actor_ids() for f in found)


NOBODY_NAMED_SAID_IT = [
    "The envoys are also hoped to reach Cairo on Sunday for another round of negotiations.",
    "The strikes went on despite a truce in March that it was hoped would end the fighting.",
    "Qatar's prime minister was praised by the visitors for his mediation of the deal.",
]


@pytest.mark.parametrize("text", NOBODY_NAMED_SAID_IT)
def test_a_speech_verb_in_the_passive_names_no_speaker(read, text):
    found = of_type(read(text, WED), "StatementIssued")
    assert found == [], found


def test_background_after_the_speaker_is_not_what_the_speaker_said(read):
    text = (
        "The prime minister on Tuesday allowed the negotiators to stay in Doha for more talks, "
        "his office said, after both sides traded accusations of stalling the deal."
    )
    assert of_type(read(text, WED), "StatementIssued") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The talks made real progress, Qatar's Majed al-Ansari said, after a long night in "
            "Doha.",
            "majed_al_ansari",
        ),
        (
            "Hamas is not interested in more talks, Basem Naim told reporters, adding that the "
            "mediators had been informed of its decision.",
            "hamas",
        ),
    ],
)
def test_what_a_speaker_named_after_it_said_is_still_a_statement(read, text, actor):
    found = of_type(read(text, WED), "StatementIssued")
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


@pytest.mark.parametrize(
    "text",
    [
        '"An agreement has been reached with the mediators to extend the truce by one more day," '
        "a Hamas official said.",
        "Qatar's foreign ministry said an agreement had been reached to extend the pause in Gaza "
        "by two days.",
    ],
)
def test_a_side_announcing_an_outcome_announces_the_outcome_not_a_statement(read, text):
    found = read(text, WED)
    assert of_type(found, "TruceExtended") and of_type(found, "StatementIssued") == [], found


def test_a_quoted_word_inside_a_deed_keeps_the_deed_s_clause(read):
    text = (
        'On Friday, Hamas said it had handed a "positive" reply to the mediators on the proposal.'
    )
    found = read(text, FRI_2025)
    assert of_type(found, "CounterproposalMade") and of_type(found, "StatementIssued") == [], found


def test_a_passive_speech_verb_does_not_hide_the_speaker_named_after_it(read):
    text = (
        '"It should be emphasized that there are still gaps between the sides," the Israeli '
        "prime minister's office said in a statement on Friday."
    )
    found = of_type(read(text, WED), "StatementIssued")
    assert any("israel" in f.actor_ids() for f in found), found


def test_the_writer_s_scene_after_what_was_said_is_not_the_speaker_s_assessment(read):
    text = (
        "Trump said on Tuesday he was giving Hamas a final chance, as the US advanced a new "
        "proposal that mediators said made real progress."
    )
    assert of_type(read(text, WED), "StatementIssued") == [], read(text, WED)


def test_an_assessment_before_the_writer_s_scene_is_still_the_speaker_s(read):
    text = (
        "Qatar's prime minister said the talks had made real progress, as delegations left "
        "Doha on Tuesday."
    )
    found = of_type(read(text, WED), "StatementIssued")
    assert any("qatar" in f.actor_ids() for f in found), found


def test_a_participle_describing_the_talks_is_no_assessment_by_the_source(read):
    text = (
        "Hamas's negotiating team left Doha for Turkey on Tuesday to discuss the stalled "
        "ceasefire talks, a Hamas official told AFP."
    )
    assert of_type(read(text, WED), "StatementIssued") == [], read(text, WED)


def test_a_source_calling_the_process_stalled_still_assesses_it(read):
    text = "Qatar's prime minister said on Tuesday that the process is stalled, with wide gaps."
    assert of_type(read(text, WED), "StatementIssued")


def test_both_sides_welcoming_is_the_writers_summary_not_a_statement(read):
    text = (
        "Armenia and Azerbaijan held talks in Almaty on Monday.\n"
        "Both sides welcomed the progress made in the talks on Tuesday."
    )
    assert of_type(read(text), "StatementIssued") == [], read(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'A senior US State Department official said on Tuesday that "the two sides are '
            'still far apart".',
            "united_states",
        ),
        ("Serbia's president said on Tuesday he was skeptical about the peace process.", "serbia"),
        ("Qatar said on Tuesday both parties had made good progress.", "qatar"),
    ],
)
def test_an_assessment_of_the_parties_or_the_peace_process_is_a_statement(read, text, speaker):
    # one statement, by the speaker (a title brings its holder too: Serbia's president, Vučić)
    assert [speaker in ids(f) for f in of_type(read(text), "StatementIssued")] == [True], read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Amos Hochstein said his talk with Nabih Berri was very constructive.",
        "The White House said the talks raised very complicated issues.",
        "Marco Rubio said the talks had produced very good results.",
    ],
)
def test_an_envoy_judging_one_conversation_or_the_issues_issues_a_statement(read, text):
    assert of_type(read(text), "StatementIssued")


@pytest.mark.parametrize(
    "text",
    [
        "Witkoff accused Hamas of failing to negotiate in good faith.",
        "US officials blamed Hamas for the impractical demands it made in the talks.",
        "Haniyeh said the group's reply was in line with the principles of the US plan.",
        "Sullivan said on Sunday the negotiators had agreed on the broad outlines of a deal.",
        "Hamas said the Israeli response to its proposal was negative.",
        "Egypt's foreign ministry said the negotiations had reached an advanced stage.",
    ],
)
def test_real_wordings_of_judging_the_talks_are_statements(read, text):
    assert of_type(read(ABOUT_GAZA + text), "StatementIssued")


def test_a_judgement_after_a_sentence_about_the_talks_is_about_them(read):
    text = (
        "Negotiators met again in Cairo on Monday. "
        "A Hamas spokesman, Abdel Latif al-Qanoua, said the signs were so far positive."
    )
    assert of_type(read(ABOUT_GAZA + text), "StatementIssued")


def test_a_worry_after_a_sentence_about_the_talks_is_not_about_them(read):
    text = (
        "Negotiators met again in Cairo on Monday. "
        "The UN secretary-general said he was deeply concerned about famine in the north."
    )
    assert of_type(read(ABOUT_GAZA + text), "StatementIssued") == []


def test_an_attack_blamed_on_a_side_is_no_statement(read):
    text = (
        "The talks are the first since the group's leader was killed in a strike on Monday, "
        "an attack widely blamed on Israel."
    )
    assert of_type(read(ABOUT_GAZA + text), "StatementIssued") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Norway's special envoy Ingrid Haugland called the round \"a serious and constructive "
            'beginning" on Monday.',
            "ingrid_haugland",
        ),
        (
            "US envoy Amos Hochstein said on Tuesday that an end to the Israel-Hezbollah war was "
            '"now within our grasp."',
            "amos_hochstein",
        ),
        (
            '"These issues are very complicated," the White House said in a statement on Saturday '
            "about the US-Russia talks.",
            "united_states",
        ),
        (
            "Sudan's army said the Jeddah talks were very difficult.",
            "sudan_armed_forces",
        ),
    ],
)
def test_a_round_judged_or_an_end_of_a_named_war_in_reach_is_a_statement(read, text, speaker):
    (found,) = of_type(read(text, date(2024, 11, 20)), "StatementIssued")
    assert speaker in ids(found)


@pytest.mark.parametrize(
    "text",
    [
        "Russia said the weather in Istanbul was good.",
        "The army said the round of shelling was intense near Khartoum.",
    ],
)
def test_a_judgement_of_something_else_is_no_statement_on_the_talks(read, text):
    assert of_type(read(text, date(2024, 11, 20)), "StatementIssued") == []


@pytest.mark.parametrize(
    "text",
    [
        "The mediators said the sides were nearer to a deal. \"We're much, much closer than we "
        'were three days ago," President Joe Biden told reporters on Friday.',
        'Talks on a truce went on in Istanbul. "We are closer than ever," the Turkish foreign '
        "minister Hakan Fidan said on Friday.",
    ],
)
def test_closer_than_before_is_progress_said_the_day_it_was_said(read, text):
    found = of_type(read(text, date(2024, 8, 16)), "StatementIssued")
    assert found and found[-1].occurred.start == date(2024, 8, 16)
    assert found[-1].attributes.get("assessment") == "progress"


JUDGED_SITTINGS = [
    (
        '"Today we had a very good meeting and very good results," Armenian Prime Minister '
        "Nikol Pashinyan said.",
        "armenia",
    ),
    (
        "Azerbaijani Foreign Minister Jeyhun Bayramov highly appreciated the meeting held "
        "today in Moscow.",
        "azerbaijan",
    ),
    ("Sudan's army chief said the talks in Jeddah were a step forward.", "sudan"),
    ("Hamas said the talks in Cairo were serious and positive.", "hamas"),
]


@pytest.mark.parametrize(("text", "actor"), JUDGED_SITTINGS)
def test_a_sitting_judged_by_a_speaker_is_a_round_and_a_statement(read, text, actor):
    found = read(text, WED)
    assert any(actor in f.actor_ids() for f in of_type(found, "StatementIssued")), found
    assert of_type(found, "TalksOpened"), found


def test_hopes_raised_by_an_arrival_are_no_statement(read):
    text = (
        "Delegations from Hamas and Qatar arrived in Cairo on Sunday, raising hopes that a "
        "ceasefire could be reached."
    )
    assert of_type(read(text, WED), "StatementIssued") == []


PROGRESS_WORDINGS = [
    ("Colombian negotiator Otty Patino said there was movement forward in the talks.", "colombia"),
    (
        "Iran's foreign minister said the sides had reached a better understanding on some "
        "principles in the negotiations.",
        "iran",
    ),
    (
        "Kosovo and Serbia agreed on a roadmap after talks on Saturday, Josep Borrell "
        "announced, describing the talks as difficult.",
        "josep_borrell",
    ),
    (
        "Azerbaijan's foreign minister said there had been a positive dynamic in the "
        "negotiation process since May.",
        "azerbaijan",
    ),
]


@pytest.mark.parametrize(("text", "actor"), PROGRESS_WORDINGS)
def test_progress_or_difficulty_in_other_words_is_a_statement(read, text, actor):
    found = of_type(read(text, WED), "StatementIssued")
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


QUOTED_THEN_ANAPHOR = [
    (
        "Qatar said in a statement on Monday that the talks in Doha would continue.\n"
        '"Hamas is stalling and the gaps remain wide," the statement added.',
        "qatar",
        "hamas",
    ),
    (
        "Kenyan envoy Lazarus Sumbeiywo said on Monday the Nairobi talks would go on.\n"
        '"The SPLM-IO has not yet signed, and the differences remain," he added.',
        "kenya",
        "splm_io",
    ),
    (
        "The White House said in a statement that the envoy met Iran's foreign minister in "
        "Muscat to discuss the nuclear talks.\n"
        '"These issues are very complicated, but today was a step forward," the statement '
        "on Saturday added.",
        "united_states",
        "iran",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "named"), QUOTED_THEN_ANAPHOR)
def test_a_quote_told_by_an_anaphor_is_the_earlier_speakers_not_a_name_inside_it(
    read, text, speaker, named
):
    found = of_type(read(text, WED), "StatementIssued")
    assert any(speaker in f.actor_ids() for f in found), read(text, WED)
    assert not any(named in {a.id for a in f.actors if a.role == "subject"} for f in found)


# 'he' / 'she' after a sentence that names a person only inside a quote, or none, is the person
# last named outside a quote; never a group or a state.
PRONOUN_SPEAKERS = [
    (
        'Witkoff told reporters on Wednesday, "We will send the terms today. The President will '
        'review them."\n\nHe added: "I have very good feelings about a ceasefire."',
        "steve_witkoff",
        "donald_trump",
    ),
    (
        "Iranian Foreign Minister Abbas Araghchi spoke after the session in Muscat. "
        '"Witkoff listened to our concerns."\n\nHe said: "I hope the talks will produce '
        'a deal."',
        "iran",
        "steve_witkoff",
    ),
    (
        "Egypt's foreign minister Badr Abdelatty spoke in Cairo. He said the truce was agreed at "
        'a summit chaired by Donald Trump.\n\n"We hope the talks will end the war," he told '
        "reporters.",
        "badr_abdelatty",
        "donald_trump",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "named"), PRONOUN_SPEAKERS)
def test_he_or_she_is_the_person_last_named_outside_a_quote(read, text, speaker, named):
    found = of_type(read(text, FRI_2025), "StatementIssued")
    assert any(speaker in f.actor_ids() for f in found), read(text, FRI_2025)
    assert not any(named in ids(f, "subject") for f in found)


def test_a_senior_administration_official_speaks_for_the_united_states(read):
    text = "A senior administration official said the talks with Iran in Muscat were constructive."
    found = of_type(read(text, WED), "StatementIssued")
    assert found and "united_states" in found[0].actor_ids()
    assert found[0].modality == "reported"


def test_a_speaker_with_a_long_name_after_what_was_said_still_said_it(read):
    text = (
        "Congo and the M23 rebels committed to building trust through an exchange of "
        "prisoners, Mohammed bin Abdulaziz bin Saleh Al-Khulaifi, Qatar's minister of state, "
        "said at a briefing."
    )
    found = of_type(read(text, WED), "StatementIssued")
    assert found and "qatar" in found[0].actor_ids()


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Angola's foreign minister said on Monday he was convinced that dialogue between "
            "Congo and Rwanda would bring understandings.",
            "angola",
        ),
        (
            "The Colombian government delegation valued the frankness of the discussions.",
            "colombia",
        ),
    ],
)
def test_conviction_and_valuing_the_talks_are_statements(read, text, actor):
    found = of_type(read(text, WED), "StatementIssued")
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


@pytest.mark.parametrize(
    ("text", "assessment"),
    [
        (
            "Blinken said on June 29 that hard work remains to be done to reach an agreement "
            "between Armenia and Azerbaijan.",
            "gaps_remain",
        ),
        (
            "Armenia's Foreign Ministry said the two sides continue to disagree on the border "
            "delimitation in the talks with Azerbaijan.",
            "gaps_remain",
        ),
        ("Today was a good day, Vucic said of the talks with Kosovo.", "progress"),
    ],
)
def test_gaps_and_progress_in_other_words_are_assessed(read, text, assessment):
    (said,) = of_type(read(text, JUL), "StatementIssued")
    assert said.attributes["assessment"] == assessment


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Talks ended in Istanbul, with the Ukrainian side claiming that enough progress had "
            "been made in the talks.",
            "ukraine",
        ),
        (
            "Talks between Armenia and Azerbaijan ended in Almaty, with the Armenian delegation "
            "noting that differences remain.",
            "armenia",
        ),
    ],
)
def test_the_doer_of_a_with_clause_is_the_speaker(read, text, speaker):
    (said,) = of_type(read(text, MAR_29), "StatementIssued")
    assert ids(said) == {speaker}


def test_a_judgement_in_the_passive_is_the_agent_s_statement(read):
    text = (
        "Russia and Ukraine met in Istanbul. The negotiations were described as constructive "
        "by Russia."
    )
    (said,) = of_type(read(text, MAR_29), "StatementIssued")
    assert ids(said) == {"russia"} and said.attributes["assessment"] == "constructive"


def test_a_judgement_in_the_passive_without_agent_is_nobody_s(read):
    found = read("The talks between Russia and Ukraine were described as difficult.", MAR_29)
    assert not of_type(found, "StatementIssued")


# A commitment restated is a statement; a first-person verb in a quote is its speaker's.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ethiopia reaffirmed its commitment to the peace talks with the TPLF.", "ethiopia"),
        (
            "Pakistan's Foreign Ministry reassured that it was committed to upholding the "
            "ceasefire with India.",
            "pakistan",
        ),
        ("Hamas said it remained committed to the truce.", "hamas"),
        ('We have reconfirmed our commitment to the talks," Ethiopia said.', "ethiopia"),
        (
            '"The AU has informed us that the talks are set for 24 Oct, 2022. We have '
            "reconfirmed our commitment to participate,\" Ethiopia's foreign minister posted.",
            "ethiopia",
        ),
    ],
)
def test_a_commitment_restated_is_the_speaker_s_statement(read, text, speaker):
    (said,) = of_type(read(text, OCT_20), "StatementIssued")
    assert speaker in ids(said) and "african_union" not in ids(said)


def test_a_commitment_demanded_is_no_statement(read):
    found = read("Israel said Hamas must commit to the ceasefire.", OCT_20)
    assert not of_type(found, "StatementIssued")


# Wordings of the family's events, each with an actor that must be among its actors.
WORDINGS = [
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
    # statements
    (
        "Egypt's foreign ministry condemned the strikes as a flagrant violation of the agreement.",
        "StatementIssued",
        "egypt",
    ),
    # a hope about others' talks is the speaker's statement, the talks named as its subject
    (
        "Turkey said it hopes the negotiations between Russia and Ukraine will yield a ceasefire.",
        "StatementIssued",
        "turkey",
    ),
    (
        "Norway said it hoped the talks between Colombia and the ELN would resume next week.",
        "StatementIssued",
        "norway",
    ),
    (
        "Qatar expressed hope that the talks between Kinshasa and the M23 would bring a lasting "
        "peace.",
        "StatementIssued",
        "qatar",
    ),
    # the named sides' resolve to go on, told without a speech verb
    (
        "Serbia and Kosovo agreed to continue talks on the remaining issues.",
        "StatementIssued",
        "kosovo",
    ),
    (
        "Armenia and Azerbaijan agreed to continue the work towards a peace agreement.",
        "StatementIssued",
        "armenia",
    ),
    (
        "Sudan's army and the RSF agreed to keep negotiating on aid deliveries in Jeddah.",
        "StatementIssued",
        "rsf",
    ),
    # a side's work told as going on
    (
        "The ELN said on Tuesday it continues working to reach a bilateral ceasefire.",
        "StatementIssued",
        "eln",
    ),
    (
        "The M23 said it would keep working towards a peace agreement with Kinshasa.",
        "StatementIssued",
        "m23",
    ),
    # a truce said to hold, by a monitor or mediator
    (
        "Malaysia said on Wednesday the ceasefire between Thailand and Cambodia was largely "
        "holding.",
        "StatementIssued",
        "malaysia",
    ),
    (
        "The UN mission said the truce between Colombia and the ELN has held so far.",
        "StatementIssued",
        "united_nations",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actor"), WORDINGS)
def test_a_wording_of_the_family_yields_the_event_with_its_actor(read, text, kind, actor):
    assert_read_with_actor(read(text), text, kind, actor)


# Readings that are not the event: negated, hypothetical, guarded, doerless or another sense.
NOT_THE_EVENT = [
    # claiming lives is killing: nobody speaks
    (
        "The war between Armenia and Azerbaijan, which has claimed thousands of lives, is the "
        "subject of the talks in Washington, where progress was slow.",
        "StatementIssued",
    ),
    (
        "Israel has not commented on the talks, which an official called constructive.",
        "StatementIssued",
    ),
    # a truce kept is no statement of going on with talks
    (
        "The army said it will continue to fight until the RSF accepts the ceasefire.",
        "StatementIssued",
    ),
    ("Thailand and Cambodia agreed to continue the existing ceasefire.", "StatementIssued"),
    # hoped talks are neither held nor announced
    (
        "Turkey said it hopes the negotiations between Russia and Ukraine will yield a ceasefire.",
        "TalksOpened",
    ),
    (
        "Norway said it hoped the talks between Colombia and the ELN would resume next week.",
        "TalksOpened",
    ),
    (
        "The African Union expressed hope that talks between Ethiopia and the TPLF would begin "
        "soon.",
        "TalksOpened",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # an announced round is not a hope: 'said the talks will resume'
        "Norway said the talks between Colombia and the ELN would resume next week.",
        "Qatar said talks between Kinshasa and the M23 will resume in Doha on Monday.",
        # the hope is about something else; the talks are held
        "The talks between Serbia and Kosovo, which Brussels hopes will bring a deal, began in "
        "Brussels on Monday.",
    ],
)
def test_talks_announced_or_held_beside_a_hope_still_open(read, text):
    assert of_type(read(text), "TalksOpened"), [(f.type, f.extractor.rule) for f in read(text)]


@pytest.mark.parametrize(("text", "kind"), NOT_THE_EVENT)
def test_a_reading_that_is_not_the_event_yields_none(read, text, kind):
    assert not of_type(read(text), kind), [(f.type, f.extractor.rule) for f in read(text)]


def test_signs_of_the_talks_make_an_assessment_about_them(read):
    found = read("Hamas spokesman Hazem Qassem said indicators were so far positive.")
    assert of_type(found, "StatementIssued")


def test_mediators_commending_the_delegations_issue_a_statement(read):
    text = (
        "Turkey and Qatar commended both delegations on Tuesday for their constructive engagement."
    )
    (said,) = of_type(read(text, TUESDAY), "StatementIssued")
    assert {"turkey", "qatar"} <= set(said.actor_ids())


def test_the_president_elect_is_not_the_president_named_before(read):
    text = (
        "President Joe Biden said on Wednesday the deal was good news. "
        'Soon after, the president-elect touted an "epic ceasefire agreement".'
    )
    found = of_type(read(text, date(2025, 1, 15)), "StatementIssued")
    assert all("joe_biden" not in f.actor_ids() or "good news" in f.evidence.text for f in found)


def test_an_address_welcoming_another_s_response_is_no_counterproposal(read):
    text = "Trump delivered a video address welcoming the response of Hamas to his plan."
    assert of_type(read(text, date(2025, 10, 4)), "CounterproposalMade") == []


# A ministry's readout of a meeting: views shared, issues still open, talks to go on.
@pytest.mark.parametrize(
    ("text", "speaker", "assessment"),
    [
        (
            '"The ministers shared views on the elements of a peace treaty," the Azerbaijani '
            "Foreign Ministry said.",
            "azerbaijan",
            "constructive",
        ),
        (
            "Sudan's foreign ministry said the delegations exchanged views on the humanitarian "
            "truce.",
            "sudan",
            "constructive",
        ),
        (
            "The Kremlin said the two delegations had agreed to continue the negotiations.",
            "russia",
            "constructive",
        ),
        (
            '"Mutual agreement was expressed to continue negotiations," Armenia\'s foreign '
            "ministry said.",
            "armenia",
            "constructive",
        ),
        (
            "Colombia's peace commissioner said the outstanding issues of the ceasefire protocol "
            "would be settled next week.",
            "colombia",
            "gaps_remain",
        ),
        (
            "Qatar's foreign ministry said some points still have to be settled in the draft "
            "agreement.",
            "qatar",
            "gaps_remain",
        ),
        (
            '"The talks were held in a businesslike manner," read a statement from the Kremlin.',
            "russia",
            "constructive",
        ),
    ],
)
def test_a_readout_of_a_meeting_is_a_statement_with_its_assessment(read, text, speaker, assessment):
    found = of_type(read(text), "StatementIssued")
    assert found and speaker in found[0].actor_ids(), [(f.type, f.actor_ids()) for f in read(text)]
    assert found[0].attributes["assessment"] == assessment


def test_a_treaty_of_other_talks_is_no_topic_unless_a_peace_treaty(read):
    found = read("Germany said the new tax treaty with Austria was constructive.")
    assert not of_type(found, "StatementIssued")


# The settlement sought by its other names is a topic of the talks.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vucic said he hoped for a solution but was quite skeptical.", "serbia"),
        ("Malaysia's defence minister said he expected a very positive resolution.", "malaysia"),
        ("Kagame said he was optimistic about a negotiated settlement with Kinshasa.", "rwanda"),
    ],
)
def test_a_solution_or_settlement_hoped_for_is_a_topic_of_the_talks(read, text, speaker):
    found = of_type(read(text), "StatementIssued")
    assert found and speaker in found[0].actor_ids(), [(f.type, f.actor_ids()) for f in read(text)]


# Nearness to a deal told as a state of the sides or of the deal: an optimistic statement.
NEAR_A_DEAL = [
    "Netanyahu said the second phase of the Gaza plan is close.",
    '"I think we are beyond very close," Trump said of the peace plan.',
    "Ukrainian President Volodymyr Zelensky said the sides were very close to reaching a deal.",
    "The Armenian foreign minister said the peace treaty seemed close.",
]


@pytest.mark.parametrize("text", NEAR_A_DEAL)
def test_nearness_to_a_deal_told_as_a_state_is_optimistic(read, text):
    (found,) = of_type(read(text, FRI_2025), "StatementIssued")
    assert found.attributes["assessment"] == "optimistic"


@pytest.mark.parametrize(
    "text",
    [
        "An official close to Hamas said the talks were continuing in Doha.",
        "Sudanese officials, who are close to the army, said the proposal was received.",
    ],
)
def test_closeness_of_people_is_no_nearness_to_a_deal(read, text):
    found = of_type(read(text, FRI_2025), "StatementIssued")
    assert all(f.attributes["assessment"] != "optimistic" for f in found)


def test_speech_in_an_aside_inside_a_quote_is_not_the_speaker(read):
    text = (
        '"We believe - and the Ukrainians have said this - that we are getting closer to a '
        'deal," the White House spokesman John Kirby said.'
    )
    (found,) = of_type(read(text, FRI_2025), "StatementIssued")
    assert "john_kirby" in ids(found)


# Statements in other words: a joint statement told again as 'the joint statement said' after
# a sentence about something else, a deal touted by what it will bring, a mixed verdict on the
# other side's changes, an address told by what it did, a commitment expressed, a quote typed
# with two curly single quotes.
MORE_WORDINGS = [
    (
        "The United States, Egypt and Qatar issued a joint statement on Friday.\n"
        "This was seen as a step towards a deal.\n"
        "The joint statement said the talks in Doha had been serious and constructive.",
        {"united_states", "egypt", "qatar"},
        "constructive",
    ),
    (
        "Turkey and the United Nations released a joint statement on Monday.\n"
        "Kyiv said nothing.\n"
        "The statement said the talks in Istanbul had been constructive.",
        {"turkey", "united_nations"},
        "constructive",
    ),
    (
        '"This agreement will bring our prisoners home," the Ukrainian president said of the '
        "exchange.",
        {"ukraine"},
        "optimistic",
    ),
    (
        'Biden said the deal "will halt the fighting in Gaza and reunite the hostages with '
        'their families."',
        {"joe_biden"},
        "optimistic",
    ),
    (
        'Russia sent changes to the peace proposal. "Some of the changes are acceptable, some are '
        'not," '
        "Ukraine's foreign minister said.",
        {"ukraine"},
        "gaps_remain",
    ),
    (
        "Trump delivered a video address welcoming the response to his plan.",
        {"donald_trump"},
        "constructive",
    ),
    ("Hamas issued a statement on Sunday hailing the ceasefire deal.", {"hamas"}, "constructive"),
    (
        "Blinken expressed the joint commitment of both nations to securing the release of "
        "the hostages.",
        {"antony_blinken"},
        "constructive",
    ),
    (
        "Trump laid out his plan on Monday. \u2018\u2019I think we are beyond very close,"
        "\u2019\u2019 Trump said at a news conference.",
        {"donald_trump"},
        "optimistic",
    ),
]

NOT_MORE_WORDINGS = [
    # a joint statement's issuers are not whoever the next sentence names
    "Hamas and Israel agreed to a truce on Friday.\nThe statement said nothing on the talks.",
    # the deal's terms in the writer's voice, no speaker
    "The deal will halt the fighting in Gaza for six weeks.",
    # a mixed verdict on no part of the talks
    "Some of the hostages are alive and some are not, Netanyahu said.",
    # crowds hailing a deal are no one's statement
    "Crowds in Tel Aviv gathered on Monday hailing the hostage deal.",
    # a negation outside the quote still negates the telling
    '"The talks were constructive," Blinken did not say.',
]


@pytest.mark.parametrize(("text", "who", "assessment"), MORE_WORDINGS)
def test_statements_in_more_wordings(read, text, who, assessment):
    found = of_type(read(text, FRI_2025), "StatementIssued")
    assert any(who <= set(f.actor_ids()) for f in found), read(text, FRI_2025)
    assert any(f.attributes.get("assessment") == assessment for f in found), found


@pytest.mark.parametrize("text", NOT_MORE_WORDINGS)
def test_no_statement_in_these_wordings(read, text):
    found = of_type(read(text, FRI_2025), "StatementIssued")
    assert not found, found


# The words said follow the speech verb as a quote ('In a post, X declared, "..."'), or sit in
# a quote closed before the speaker's title and name; the talks called dead or alive.
@pytest.mark.parametrize(
    ("text", "actor", "assessment"),
    [
        ('In a tweet, Borrell declared, "We have a deal."', "josep_borrell", "progress"),
        ('In a post on X, Witkoff wrote, "We have reached an agreement."', "steve_witkoff", None),
        (
            'Speaking in Doha, the Qatari prime minister said, "We are close to a deal."',
            "qatar",
            "progress",
        ),
        (
            'The Doha talks are not "dead," Qatar\'s foreign ministry spokesman Majed al-Ansari '
            "said on Tuesday.",
            "qatar",
            "optimistic",
        ),
        (
            "The Nairobi process is still very much alive, Kenya's foreign ministry said.",
            "kenya",
            "optimistic",
        ),
        ("Witkoff said the hostage deal was all but dead.", "steve_witkoff", "pessimistic"),
        (
            "The peace process is dead, the Kremlin spokesman Dmitry Peskov said on Tuesday.",
            "russia",
            "pessimistic",
        ),
    ],
)
def test_quoted_words_and_talks_dead_or_alive_are_statements(read, text, actor, assessment):
    found = of_type(read(text, WED), "StatementIssued")
    assert found and actor in ids(found[0])
    if assessment:
        assert found[0].attributes["assessment"] == assessment


@pytest.mark.parametrize(
    "text",
    [
        # a person alive is no topic of the talks
        "The hostage is still alive, his family said on Tuesday.",
        "Makuei said the rebels were not dead.",
    ],
)
def test_a_person_alive_or_dead_is_no_statement_on_the_talks(read, text):
    assert not of_type(read(text, WED), "StatementIssued")


# A side's intent to work with others towards an outcome of the talks.
INTENT_TO_WORK_WITH = [
    (
        ABOUT_GAZA + "Hamas has also indicated its intention to work with Qatar and Egypt to "
        "secure the release of more hostages.",
        "hamas",
    ),
    (ABOUT_GAZA + "Egypt said it intends to work with the mediators towards a truce.", "egypt"),
    (
        "Russia and Ukraine have fought since 2022.\nTurkey expressed its readiness to work with "
        "both sides to reach a ceasefire.",
        "turkey",
    ),
]


@pytest.mark.parametrize(("text", "actor"), INTENT_TO_WORK_WITH)
def test_an_intent_to_work_with_others_for_an_outcome_is_a_statement(read, text, actor):
    assert_read_with_actor(read(text, WED), text, "StatementIssued", actor)


def test_an_intent_to_work_with_others_on_something_else_is_no_statement(read):
    text = ABOUT_GAZA + "Hamas intends to work with farmers to plant trees."
    assert not of_type(read(text, WED), "StatementIssued")
