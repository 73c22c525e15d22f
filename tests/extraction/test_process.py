"""Process rules (catalog: TalksOpened, TalksConcluded, DelegationSent, DelegationArrived,
DelegationRecalled): talks and rounds, delegations, visitors and venues, in news phrasing
written for these tests.
WORDINGS lists the family's events in many wordings; NOT_THE_EVENT, readings that are not
them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ABOUT_GAZA, assert_read_with_actor, dated, ids, of_type

MON = date(2025, 10, 6)  # a Monday
WED = date(2024, 2, 14)  # a Wednesday
OCT_2025 = date(2025, 10, 8)  # Witkoff and Kushner are envoys then
FEB_2024 = date(2024, 2, 14)  # Blinken and Burns in office
FRI_2025 = date(2025, 2, 14)  # a Friday


SHARM = (
    "Senior delegations arrived in Sharm el-Sheikh on Wednesday, including Trump's envoys "
    "Steve Witkoff and Jared Kushner, Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman "
    "Al Thani, Turkey's intelligence chief Ibrahim Kalin and Israel's Minister for Strategic "
    "Affairs Ron Dermer."
)


OCT_20 = date(2022, 10, 20)  # a Thursday

JUL = date(2023, 7, 1)

APR = date(2023, 4, 14)  # a Friday

MAR_29 = date(2022, 3, 29)


TUESDAY = date(2025, 3, 18)


@pytest.mark.parametrize(
    "actor", ["steve_witkoff", "jared_kushner", "qatar", "ibrahim_kalin", "ron_dermer"]
)
def test_each_principal_listed_after_a_group_arrival_arrived(read, actor):
    found = of_type(read(SHARM, date(2025, 10, 8)), "DelegationArrived")
    assert any(actor in f.actor_ids() for f in found)


def test_the_patron_of_listed_envoys_did_not_arrive(read):
    (found,) = of_type(read(SHARM, date(2025, 10, 8)), "DelegationArrived")
    assert "donald_trump" not in found.actor_ids()


def test_one_among_those_who_flew_in_arrived_at_the_rounds_venue(read):
    text = "Talks opened in Sharm el-Sheikh on Monday. Ron Dermer was among those who flew in."
    (found,) = of_type(read(text, MON), "DelegationArrived")
    assert "ron_dermer" in found.actor_ids() and found.location == "sharm_el_sheikh"


def test_a_delegation_led_by_a_named_person_has_that_leader_and_the_weekday_of_its_clause(read):
    text = "A Hamas delegation led by Khalil al-Hayya arrived in Cairo on Sunday."
    (found,) = of_type(read(text, MON), "DelegationArrived")
    assert found.attributes["leader"] == "khalil_al_hayya"
    assert found.occurred.start == date(2025, 10, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Israel's prime minister on Friday authorized a delegation to travel to Qatar to "
        "continue negotiations.",
        "Netanyahu ordered a team of negotiators to head to Cairo on Friday.",
        "Netanyahu instructed Israel's negotiating team to travel to Doha on Friday.",
    ],
)
def test_an_authorised_delegation_is_sent_and_expected_not_an_arrival_of_the_leader(read, text):
    found = read(text, MON)
    (sent,) = of_type(found, "DelegationSent")
    assert "israel" in sent.actor_ids() and sent.modality == "expected"
    assert sent.occurred.start == date(2025, 10, 3)
    assert of_type(found, "DelegationArrived") == []


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("The talks ended after three days of indirect negotiations in Cairo.", date(2025, 10, 4)),
        ("Mediators wrapped up three days of negotiations in Doha on Saturday.", date(2025, 10, 2)),
        ("After two days of talks in Cairo, the delegations went home.", date(2025, 10, 5)),
    ],
)
def test_days_of_talks_open_the_round_that_many_days_back(read, text, opened):
    found = [f for f in of_type(read(text, MON), "TalksOpened") if f.occurred.precision != "day"]
    (talks,) = found
    assert talks.occurred.start < opened < talks.occurred.end


RECALLS = [
    ("Israel recalled its negotiating team from Doha on Tuesday.", "israel"),
    ("Netanyahu brought the team home for consultations.", "israel"),
    ("The Israeli negotiators returned home after the talks stalled.", "israel"),
    ("Israel's delegation was recalled to Israel for consultations.", "israel"),
    ("Hamas pulled its delegation out of the talks in Cairo.", "hamas"),
    ("Israel withdrew its negotiators from Qatar.", "israel"),
]


@pytest.mark.parametrize(("text", "actor"), RECALLS)
def test_a_recalled_team_is_a_delegation_recalled(read, text, actor):
    found = of_type(read(text, WED), "DelegationRecalled")
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


# The place of the talks a side leaves: no round opens there, but the leaving tells where
# the talks were (not where the team went, nor a city named elsewhere in the sentence).
LEFT_AT = [
    (
        "Israel and Hamas withdrew their negotiating teams from truce talks in Doha on Thursday.",
        "doha",
    ),
    ("Sudan's army withdrew its delegation from the talks in Jeddah on Monday.", "jeddah"),
    ("Armenia walked out of the negotiations in Geneva on Friday.", "geneva"),
    ("The M23 recalled its negotiators from the Doha talks on Sunday.", "doha"),
    ("Russia pulled its delegation out of the negotiations being held in Istanbul.", "istanbul"),
    ("Israel recalled its negotiating team to Jerusalem for consultations.", None),
    ("The M23 pulled out of the talks between Kinshasa and the rebels on Monday.", None),
    (
        "Israel recalled its negotiators from Doha after talks stalled, officials in Cairo said.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "place"), LEFT_AT)
def test_a_side_leaving_talks_tells_their_place(read, text, place):
    found = of_type(read(text, WED), "DelegationRecalled")
    assert found, read(text, WED)
    assert found[0].location == place, found


HAVE_TEAMS = [
    ("Israel and Hamas have delegations in Doha this week hammering out details.", "doha"),
    ("The RSF has negotiators in Jeddah for the talks.", "jeddah"),
    ("Israel and Hamas have delegations in Qatar this week.", "qatar"),
    # the place told by its state, after its article
    ("A Saudi delegation was in the Yemeni capital on Sunday.", "sanaa"),
    ("The Israeli negotiators are in the Egyptian capital for the talks.", "cairo"),
    ("Lavrov was in the Norwegian capital on Friday.", "oslo"),
]


@pytest.mark.parametrize(("text", "place"), HAVE_TEAMS)
def test_sides_that_have_teams_somewhere_arrived_there(read, text, place):
    found = of_type(read(text, WED), "DelegationArrived")
    assert any(f.location == place for f in found), read(text, WED)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas has an office in Doha.",
        "Hamas has had its political bureau in Qatar since 2012.",
        "Israel has troops in Gaza.",
        "The Hamas delegation is in the region.",
        "Witkoff was in the Oval Office on Monday.",
        "The Israeli army is in the south of the Lebanese capital.",
    ],
)
def test_an_office_or_troops_somewhere_are_no_team_at_talks(read, text):
    assert not of_type(read(text, WED), "DelegationArrived"), read(text, WED)


ENDINGS = [
    "The round ended Thursday without an agreement.",
    "Talks in Cairo end without a deal",
    "The Hamas delegation left Cairo on Tuesday.",
    "The talks broke up on Monday with no breakthrough.",
    "Negotiations in Doha stalled over the withdrawal.",
    "Negotiations in Doha broke down over the withdrawal.",
]

STANDSTILLS = [
    "The mediators said the talks had stalled for weeks.",
    "Talks between the two sides have faltered since March.",
    "The negotiations remain stalled over the withdrawal.",
]


@pytest.mark.parametrize(
    "text",
    [
        *STANDSTILLS,
        # what a deal ends is the fighting, not the talks
        "Israel presented a three-phase deal that would end hostilities in Gaza.",
        "Putin said a deal that would end the war in Ukraine was within reach.",
        "The accord between Armenia and Azerbaijan ended the conflict over Karabakh.",
    ],
)
def test_talks_that_stall_have_not_ended(read, text):
    assert not of_type(read(ABOUT_GAZA + text, WED), "TalksConcluded")


@pytest.mark.parametrize("text", ENDINGS)
def test_a_round_that_ends_concludes_and_opens_nothing(read, text):
    found = read(ABOUT_GAZA + text, WED)
    assert of_type(found, "TalksConcluded"), found
    assert not of_type(found, "TalksOpened")


def test_a_round_that_ended_last_month_is_dated_then(read):
    found = read(
        ABOUT_GAZA + "The latest round, late last month, ended without a breakthrough.", WED
    )
    (start, end) = dated(found, "TalksConcluded")[0]
    assert start >= date(2024, 1, 1) and end <= date(2024, 1, 31)
    assert not of_type(found, "TalksOpened")


def test_hostages_met_at_a_handover_open_no_talks(read):
    text = "The three hostages were handed over to the Red Cross and met by Israeli forces."
    found = read(text, WED)
    assert not of_type(found, "TalksOpened")
    assert of_type(found, "HostagesReleased")


def test_a_strike_on_the_negotiating_delegation_opens_nothing(read):
    text = (
        "Hamas said its leaders survived the strike, which targeted its negotiating "
        "delegation in Doha."
    )
    found = read(text, WED)
    assert not of_type(found, "TalksOpened") and not of_type(found, "ProposalMade")


def test_who_stayed_away_takes_part_in_nothing_of_the_sentence(read):
    text = (
        "Leaders of Egypt, Qatar and Turkey met in Sharm el-Sheikh for the summit on the deal, "
        "which Israel did not attend."
    )
    for f in read(text, WED):
        assert "israel" not in f.actor_ids(), f
    assert not read("Israel did not attend the summit in Sharm el-Sheikh on Monday.", WED)


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


# Officials of the two sides, each told by nationality and title, meeting together: both take part.
PAIRED_OFFICIALS = [
    (
        "Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat "
        "Mirzoyan met in Almaty on Friday.",
        "almaty",
        {"jeyhun_bayramov", "ararat_mirzoyan"},
    ),
    (
        "Russian negotiator Vladimir Medinsky and Ukrainian Defence Minister Rustem Umerov met "
        "in Istanbul on Wednesday.",
        "istanbul",
        {"vladimir_medinsky", "rustem_umerov"},
    ),
    (
        "Rwandan Foreign Minister Olivier Nduhungirehe and Congolese Foreign Minister Therese "
        "Kayikwamba Wagner met in Washington on Monday.",
        "washington",
        {"olivier_nduhungirehe", "therese_kayikwamba_wagner"},
    ),
]


@pytest.mark.parametrize(("text", "venue", "both"), PAIRED_OFFICIALS)
def test_two_officials_told_by_nationality_and_title_meeting_are_both_in_the_talks(
    read, text, venue, both
):
    talks = of_type(read(text, FEB_2024 if "Kayikwamba" not in text else FRI_2025), "TalksOpened")
    assert talks and talks[0].location == venue and both <= set(ids(talks[0])), talks


# Officials listed before a verb that is no meeting ('are to discuss a plan'): a partner told by
# nationality and title joins no one before it, so the first named proposes nothing.
LISTED_BEFORE_DISCUSSING = [
    (
        "Russian negotiator Vladimir Medinsky and Turkish Foreign Minister Hakan Fidan are to "
        "discuss a proposal for a prisoner exchange.",
        "vladimir_medinsky",
    ),
    (
        "Azerbaijani Foreign Minister Jeyhun Bayramov and Russian Foreign Minister Sergei Lavrov "
        "discussed a draft peace treaty on Friday.",
        "jeyhun_bayramov",
    ),
    (
        "CIA Director William Burns and Qatari Prime Minister Mohammed bin Abdulrahman al-Thani "
        "will discuss a new hostage proposal on Sunday.",
        "william_burns",
    ),
]


def test_two_officials_told_by_nationality_reaching_a_deal_past_an_aside_both_take_part(read):
    text = (
        "Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat "
        "Mirzoyan, hosted by Rubio, reached an agreement on the peace treaty on Friday."
    )
    deals = of_type(read(text, FRI_2025), "ProposalAccepted")
    assert deals and {"jeyhun_bayramov", "ararat_mirzoyan"} <= set(ids(deals[0])), deals


@pytest.mark.parametrize(("text", "first"), LISTED_BEFORE_DISCUSSING)
def test_an_official_listed_before_a_partner_discussing_a_plan_proposes_nothing(read, text, first):
    proposals = of_type(read(text, FEB_2024), "ProposalMade")
    assert all(first not in ids(p) for p in proposals), proposals


@pytest.mark.parametrize(("text", "venue", "who"), MEETINGS)
def test_officials_of_two_sides_meeting_at_a_venue_open_talks(read, text, venue, who):
    day = OCT_2025 if "Witkoff" in text else FEB_2024
    talks = of_type(read(text, day), "TalksOpened")
    assert talks and talks[0].location == venue and who in ids(talks[0])


# Sides meeting on the margins of a gathering named after its city meet in that city.
ON_THE_MARGINS = [
    (
        "Last week, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham "
        "Aliyev met on the sidelines of the Munich Security Conference.",
        "munich",
        "ilham_aliyev",
    ),
    (
        "The foreign ministers of Armenia and Azerbaijan met on the margins of the annual Davos "
        "forum on Tuesday.",
        "davos",
        "azerbaijan",
    ),
]


@pytest.mark.parametrize(("text", "venue", "who"), ON_THE_MARGINS)
def test_sides_meeting_on_the_margins_of_a_gathering_meet_in_its_city(read, text, venue, who):
    talks = of_type(read(text, FEB_2024), "TalksOpened")
    assert talks and talks[0].location == venue and who in ids(talks[0])


@pytest.mark.parametrize(
    "text",
    [
        "Pashinyan spoke to reporters on the sidelines of the Munich Security Conference.",
        "Aliyev gave a speech on the margins of the Davos forum on Tuesday.",
    ],
)
def test_one_side_alone_on_the_margins_of_a_gathering_opens_no_talks(read, text):
    assert not of_type(read(text, FEB_2024), "TalksOpened")


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
    ("text", "venue"),
    [
        (
            "The suspended Jeddah talks between the Sudanese army and the RSF resumed on Monday.",
            "jeddah",
        ),
        ("The stalled Doha talks between Israel and Hamas resumed on Thursday.", "doha"),
        (
            "Negotiators returned to the Istanbul talks between Russia and Ukraine on Monday.",
            "istanbul",
        ),
        ("Kinshasa and Kigali resumed the Luanda talks on Monday.", "luanda"),
        # the earlier talks named after their city are not the ones held now
        (
            "After the collapse of the Doha talks, Israel and Hamas held talks in Cairo on Monday.",
            "cairo",
        ),
    ],
)
def test_talks_named_after_their_city_are_held_there(read, text, venue):
    opened = of_type(read(text, FRI_2025), "TalksOpened")
    assert opened and all(f.location == venue for f in opened)


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
    "text",
    [
        "Qatar suspended its mediation between Israel and Hamas on Saturday.",
        "Egypt has decided to pause its role as mediator, officials said.",
        "Hamas officials said they knew of Qatar's decision to freeze its mediation.",
    ],
)
def test_a_mediator_suspending_its_mediation_concludes_the_round_as_suspended(read, text):
    (found,) = of_type(read(text), "TalksConcluded")
    assert found.attributes["outcome"] == "suspended"
    assert ids(found, "subject") & {"qatar", "egypt"}


@pytest.mark.parametrize(
    "text",
    [
        "Witkoff said the United States was bringing home its team.",
        "Israel called back its negotiating team on Monday.",
        "Netanyahu ordered home the delegation after the talks stalled.",
    ],
)
def test_bringing_a_team_home_is_a_recall_in_either_word_order(read, text):
    assert of_type(read(text), "DelegationRecalled")


def test_a_delegation_leaving_a_country_ends_its_round_there(read):
    (found,) = of_type(read("The Hamas delegation left Egypt on Tuesday."), "TalksConcluded")
    assert ids(found, "subject") == {"hamas"}


def test_departing_one_place_for_the_talks_elsewhere_ends_nothing(read):
    text = "Brett McGurk departed Israel for Doha on Wednesday to join the talks."
    assert not of_type(read(text), "TalksConcluded")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said talks with the mediators will continue next week.",
        "Hamas said the negotiations with Egypt are due to continue on Sunday.",
    ],
)
def test_talks_announced_to_continue_are_expected(read, text):
    found = of_type(read(text), "TalksOpened")
    assert [f.modality for f in found] == ["expected"]


@pytest.mark.parametrize(
    "text",
    [
        "In a meeting with relatives of the captives on Monday, Netanyahu said Israel would "
        "not give up.",
        "Hamas hopes the meeting will bring real progress towards a deal to end the war.",
        "The meeting comes as Egypt has floated a new plan to restore calm in Gaza.",
    ],
)
def test_a_meeting_named_without_negotiating_parties_is_no_talks(read, text):
    assert of_type(read(ABOUT_GAZA + text, date(2025, 4, 14)), "TalksOpened") == []


def test_a_meeting_with_a_negotiating_party_is_still_talks(read):
    text = "Hamas leaders held a meeting with Egyptian mediators in Cairo on Saturday on the truce."
    assert of_type(read(text, date(2025, 4, 14)), "TalksOpened")


def test_pulling_negotiators_from_the_talks_is_a_recall_and_joining_a_party_in_it_no_talks(read):
    text = (
        ABOUT_GAZA + "Washington joined Israel on Thursday in pulling its negotiators from the "
        "ceasefire negotiations."
    )
    found = read(text, date(2025, 7, 28))
    assert of_type(found, "DelegationRecalled")
    assert of_type(found, "TalksOpened") == []


def test_a_round_between_two_sides_that_ended_is_concluded_not_opened(read):
    text = (
        "The first round of talks between the Colombian government and the National "
        "Liberation Army (ELN) ended on Thursday."
    )
    found = read(text, date(2027, 2, 6))
    assert not of_type(found, "TalksOpened")
    (ended,) = of_type(found, "TalksConcluded")
    assert ended.occurred.start == date(2027, 2, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Serbia and Kosovo reached a deal after 12 hours of talks in Ohrid on Saturday.",
        "Serbia and Kosovo engaged in over two hours of discussions in Brussels on Saturday.",
    ],
)
def test_hours_of_talks_or_engaging_in_discussions_open_a_round_that_day(read, text):
    (found,) = of_type(read(text, date(2023, 3, 19)), "TalksOpened")
    assert {"serbia", "kosovo"} <= ids(found) and found.occurred.start == date(2023, 3, 18)


def test_welcoming_the_start_of_talks_tells_a_round_opened(read):
    text = (
        "A joint US-Saudi statement on Saturday welcomed the start of pre-negotiation talks in "
        "Jeddah between the Sudanese army and the Rapid Support Forces."
    )
    assert of_type(read(text, date(2023, 5, 6)), "TalksOpened")


def test_negotiations_between_two_sides_under_way_in_a_capital_take_both_part(read):
    text = "Negotiations on a peace treaty between Azerbaijan and Armenia are under way in Moscow."
    (found,) = of_type(read(text, date(2024, 5, 24)), "TalksOpened")
    assert {"azerbaijan", "armenia"} <= ids(found)


@pytest.mark.parametrize(
    "text",
    [
        "He said a planned meeting in Port Sudan, an army stronghold, was canceled on Monday.",
        "Egypt postponed the talks in Cairo on Monday.",
        "The meeting in Doha has been called off.",
    ],
)
def test_a_round_cancelled_or_postponed_opens_nothing(read, text):
    assert not of_type(read(text, MON), "TalksOpened")


def test_a_round_held_beside_another_one_cancelled_still_opens(read):
    text = "The talks in Cairo resumed on Monday, and the meeting in Doha was cancelled."
    found = of_type(read(text, MON), "TalksOpened")
    assert [f.location for f in found] == ["cairo"]


def test_concluding_consultations_with_a_mediator_ends_them(read):
    text = "Sudan's government said on Sunday it had concluded consultations with the US in Jeddah."
    (found,) = of_type(read(text, MON), "TalksConcluded")
    assert "sudan" in ids(found) and found.occurred.start == date(2025, 10, 5)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Colombia and the ELN have been holding talks in Oslo since Monday.", date(2027, 5, 10)),
        (
            "The Oslo round between Colombia and the ELN has been under way since last Monday.",
            date(2027, 5, 10),
        ),
        (
            "Envoys of Sudan and the RSF have been meeting since Saturday in Jeddah.",
            date(2027, 5, 8),
        ),
    ],
)
def test_talks_going_on_since_a_recent_day_opened_that_day(read, text, day):
    (found,) = of_type(read(text, date(2027, 5, 12)), "TalksOpened")
    assert found.occurred.start == found.occurred.end == day


def test_talks_going_on_since_months_ago_open_nothing_now(read):
    found = read("Colombia and the ELN have been negotiating since January.", date(2027, 5, 12))
    assert not of_type(found, "TalksOpened")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Israeli and Hamas negotiators have been engaging in urgent talks in Doha.",
            (date(2027, 5, 12), date(2027, 5, 12)),
        ),
        (
            "Sudan's army and the RSF have been engaged in indirect negotiations in Jeddah.",
            (date(2027, 5, 12), date(2027, 5, 12)),
        ),
        (
            "Armenian and Azerbaijani negotiators have been holding talks in Washington this week.",
            (date(2027, 5, 10), date(2027, 5, 12)),
        ),
        (
            "Russian and Ukrainian envoys have been engaging in talks in Istanbul since Sunday.",
            (date(2027, 5, 9), date(2027, 5, 9)),
        ),
    ],
)
def test_talks_told_going_on_in_the_perfect_progressive_are_a_round_in_force(read, text, span):
    (found,) = of_type(read(text, date(2027, 5, 12)), "TalksOpened")
    assert (found.occurred.start, found.occurred.end) == span


@pytest.mark.parametrize(
    "text",
    [
        "Armenian and Azerbaijani negotiators have been holding talks in Washington since 2021.",
        "Russian and Ukrainian officials have been holding talks in Istanbul for months.",
        "Israel and Hamas have been engaged in talks in Doha since the start of the war.",
        "Colombia and the ELN have been taking part in talks in Havana over the past year.",
        "Envoys of Kinshasa and the M23 have been meeting in Doha for years.",
        "Qatar has been hosting talks between Israel and Hamas.",
        "Since the start of the war the US has dispatched several envoys to the region.",
    ],
)
def test_talks_told_in_the_perfect_over_a_long_span_stay_background(read, text):
    assert not of_type(read(text, date(2027, 5, 12)), "TalksOpened")


def test_a_round_expected_in_a_capital_next_saturday_is_an_expected_opening(read):
    text = "A third round of talks between Iran and the US is expected in Oman next Saturday."
    (found,) = of_type(read(text, date(2025, 4, 20)), "TalksOpened")
    assert found.modality == "expected" and found.occurred.start == date(2025, 4, 26)


@pytest.mark.parametrize(
    "text",
    [
        "Norway, which was hosting the round, said on Wednesday that gaps remain.",
        "Norway's envoy Ingrid Haugland, who is hosting the talks, said gaps remain.",
    ],
)
def test_a_host_named_in_an_aside_opens_no_new_round(read, text):
    assert not of_type(read(text, date(2027, 8, 20)), "TalksOpened")


def test_talks_that_were_suspended_are_concluded(read):
    text = "Norway said on Wednesday that the talks between Colombia and the ELN were suspended."
    (found,) = of_type(read(text, date(2027, 8, 20)), "TalksConcluded")
    assert found.occurred.start == date(2027, 8, 18)


def test_a_delegation_arriving_in_the_yemeni_capital_arrives_in_sanaa(read):
    text = "A Saudi delegation arrived in the Yemeni capital on Saturday for talks."
    (found,) = of_type(read(text, date(2023, 4, 9)), "DelegationArrived")
    assert found.location == "sanaa" and "saudi_arabia" in ids(found)


def test_freed_prisoners_arriving_home_are_no_delegation(read):
    text = "Thirteen Houthi prisoners board a plane before heading to Sanaa after the swap."
    assert not of_type(read(text, date(2023, 4, 9)), "DelegationArrived")


@pytest.mark.parametrize(
    "text",
    [
        "Sudan said it accepted an invitation to attend US-sponsored talks in Geneva.",
        "Saudi Arabia and the US, acting as mediators during the talks in Jeddah, issued a call.",
    ],
)
def test_talks_named_as_an_invitation_or_a_setting_open_no_round(read, text):
    assert not of_type(read(text, date(2024, 7, 30)), "TalksOpened")


@pytest.mark.parametrize(
    "text",
    [
        "Colombia and the ELN rebels resumed peace talks in Caracas on Monday. The previous "
        "talks were suspended last year by the government after a bombing.",
        "Russia and Ukraine met in Istanbul on Friday. Earlier negotiations between Moscow and "
        "Kyiv broke down in 2022.",
        "Prior rounds of talks between Ethiopia and the TPLF in Geneva ended without agreement.",
        "Past talks between the Sudanese army and the RSF collapsed in Jeddah in December.",
    ],
)
def test_an_earlier_round_restated_as_background_concludes_nothing_new(read, text):
    assert not of_type(read(text, date(2024, 7, 30)), "TalksConcluded")


def test_the_last_round_ending_is_still_news(read):
    text = "The last round of talks between Russia and Ukraine ended on Friday in Istanbul."
    assert of_type(read(text, date(2024, 7, 30)), "TalksConcluded")


def test_a_round_at_a_venue_naming_no_side_seats_the_sides_of_a_direct_negotiation(read):
    text = (
        "Sudan's army and the RSF are at war.\n"
        "The consultations took place over the weekend in Jeddah."
    )
    (found,) = of_type(read(text, date(2024, 8, 12)), "TalksOpened")
    assert {"saudi_arabia", "sudan", "rsf"} <= ids(found)


def test_a_round_at_a_venue_naming_no_side_seats_no_side_of_an_indirect_negotiation(read):
    text = ABOUT_GAZA + "Two days of ceasefire talks in Doha ended on Friday."
    found = of_type(read(text, date(2024, 8, 17)), "TalksOpened")
    assert found and all("hamas" not in ids(f) for f in found)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Government and ELN negotiators opened a new round of talks in Sochi on Monday.", "sochi"),
        ("Ukrainian and US officials held talks in Florida on Sunday.", "florida"),
        ("Sudan's army and the RSF met in Arusha on Monday for a new round of talks.", "arusha"),
    ],
)
def test_talks_in_a_venue_that_is_no_capital_are_placed_there(read, text, venue):
    (talks,) = of_type(read(text, MON), "TalksOpened")
    assert talks.location == venue


@pytest.mark.parametrize(
    "sentence",
    [
        "US envoy Brett McGurk departed Israel for Doha on Wednesday to join the talks.",
        "Qatar's prime minister left Washington for Cairo on Wednesday.",
        "Hamas's negotiating team left Doha for Cairo on Wednesday.",
    ],
)
def test_leaving_one_place_for_another_sends_a_delegation_there(read, sentence):
    found = of_type(read(sentence), "DelegationSent")
    assert found and all(f.occurred.start == date(2024, 2, 14) for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel and Hamas negotiators will continue talks on Monday in Doha, Egyptian media said.",
        ABOUT_GAZA + "The next round of talks would take place on Monday in Doha, Egypt said.",
    ],
)
def test_talks_said_to_continue_or_take_place_on_a_day_are_expected_then(read, sentence):
    found = of_type(read(sentence), "TalksOpened")
    assert any(f.occurred.start == date(2024, 2, 19) for f in found)


def test_a_team_sent_to_continue_the_talks_opens_no_round_by_itself(read):
    found = read("Israel sent a delegation to Cairo on Monday to continue the talks with Hamas.")
    assert of_type(found, "DelegationSent")
    assert not of_type(found, "TalksOpened")


def test_renewed_talks_in_a_city_are_a_round_there_with_nobody_named(read):
    text = "The plan is being presented to the delegations during renewed talks in Cairo."
    (talks,) = of_type(read(text), "TalksOpened")
    assert talks.location == "cairo"


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia's government agreed to meet the TPLF's preconditions on Tuesday.",
        "Colombia met all the demands of the ELN on Tuesday.",
        "Kyiv says Moscow has not met its commitments.",
    ],
)
def test_meeting_demands_or_conditions_is_no_meeting(read, text):
    assert not of_type(read(text, MON), "TalksOpened")


def test_a_round_expected_in_the_past_but_foiled_is_no_round(read):
    text = (
        "Talks between Ethiopia and the TPLF were expected to begin in August, but fighting "
        "broke out again days before."
    )
    assert not of_type(read(text, date(2022, 11, 2)), "TalksOpened")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (ABOUT_GAZA + "The talks will go ahead in Doha on Thursday, Qatar said.", "expected"),
        (ABOUT_GAZA + "Qatar expects the talks to go ahead in Doha on Thursday.", "expected"),
        (ABOUT_GAZA + "The talks went ahead in Cairo on Sunday despite the strikes.", "asserted"),
    ],
)
def test_talks_going_ahead_are_a_round(read, text, kind):
    found = of_type(read(text, MON), "TalksOpened")
    assert found and found[0].modality == kind


HOTLINE = [
    (
        "The military operations chiefs of India and Pakistan spoke over the hotline on Monday.",
        {"india", "pakistan"},
    ),
    (
        "The Indian and Pakistani DGMOs held a conversation over the hotline on Saturday.",
        {"india", "pakistan"},
    ),
    (
        "Thai and Cambodian army commanders talked via a military hotline on Tuesday.",
        {"thailand", "cambodia"},
    ),
]


@pytest.mark.parametrize(("text", "sides"), HOTLINE)
def test_a_contact_over_the_military_hotline_is_a_round_of_talks(read, text, sides):
    found = of_type(read(text), "TalksOpened")
    assert any(sides <= set(f.actor_ids()) for f in found), read(text)


def test_a_hotline_talked_about_is_no_contact(read):
    text = "The hotline between the Indian and Pakistani armies has not been used since 2019."
    assert not of_type(read(text), "TalksOpened")


HOSTED = [
    (
        "Armenia initialed a treaty with Azerbaijan during talks between the leaders of the two "
        "states hosted by U.S. President Donald Trump on Friday.",
        {"armenia", "azerbaijan"},
        "donald_trump",
    ),
    (
        "Talks between Thailand and Cambodia, hosted by Malaysia's prime minister in Putrajaya, "
        "began on Monday.",
        {"thailand", "cambodia"},
        "malaysia",
    ),
]


@pytest.mark.parametrize(("text", "sides", "host"), HOSTED)
def test_talks_between_the_two_states_hosted_by_a_titled_leader_name_the_host_as_mediator(
    read, text, sides, host
):
    found = of_type(read(text, date(2025, 8, 9)), "TalksOpened")
    assert any(
        sides <= set(f.actor_ids("participant")) and host in f.attributes["mediators"]
        for f in found
    ), found


def test_brokered_by_a_mediator_between_two_sides_keeps_the_sides_participants(read):
    text = (
        "Thailand and Cambodia held talks brokered by the United States between their defence "
        "ministers on Monday."
    )
    found = of_type(read(text, date(2025, 8, 9)), "TalksOpened")
    assert found and all(f.attributes["mediators"] == ("united_states",) for f in found), found


DIALOGUE = [
    (
        "The peace dialogue between the government and the ELN opened in Caracas on November 21.",
        date(2022, 11, 21),
        {"colombia", "eln"},
    ),
    (
        "Serbia and Kosovo said the EU-facilitated dialogue will resume in Brussels on Thursday.",
        date(2023, 1, 26),
        {"serbia", "kosovo"},
    ),
    (
        "Colombia and the ELN said the talks will be resumed in Mexico on February 13.",
        date(2023, 2, 13),
        {"colombia", "eln"},
    ),
]


@pytest.mark.parametrize(("text", "day", "sides"), DIALOGUE)
def test_a_dialogue_begun_or_to_be_resumed_is_a_round_of_talks(read, text, day, sides):
    found = of_type(read(text, date(2023, 1, 22)), "TalksOpened")
    assert any(f.occurred.start == day and sides <= set(f.actor_ids()) for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The US decided on Thursday to pull negotiators from Qatar.",
        "Washington pulled two envoys out of Doha on Thursday.",
    ],
)
def test_pulling_negotiators_from_a_venue_recalls_them(read, text):
    assert of_type(read(text, MON), "DelegationRecalled")


def test_talks_with_an_attendance_unconfirmed_at_the_start_are_no_round(read):
    text = "The RSF sent delegates to the talks, their attendance at the start was unconfirmed."
    assert not [f for f in read(text, MON) if f.extractor.rule == "talks.noun"]


@pytest.mark.parametrize(
    "text",
    [
        "Petro has called for a national dialogue on reforms.",
        "The dialogue table values the frankness of the discussions.",
    ],
)
def test_dialogue_as_a_wish_or_a_body_opens_no_round(read, text):
    assert not of_type(read(text, date(2023, 1, 22)), "TalksOpened")


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Armenia and Azerbaijan are set to commence in Abu Dhabi on Thursday.",
        "Negotiations between Russia and Ukraine commenced in Istanbul on Friday.",
    ],
)
def test_talks_that_commence_are_a_round(read, text):
    assert of_type(read(text, MON), "TalksOpened")


def test_ordering_a_team_to_return_home_is_a_recall_not_a_sending(read):
    found = read("Netanyahu ordered the negotiating team to return home.")
    assert of_type(found, "DelegationRecalled") and of_type(found, "DelegationSent") == []


def test_ordering_a_team_to_return_to_the_talks_is_a_sending(read):
    found = read("Netanyahu ordered the negotiating team to return to Doha to resume the talks.")
    assert of_type(found, "DelegationSent")


@pytest.mark.parametrize(
    "text",
    [
        "Israel rejects Hamas demands as talks in Cairo stall",
        "Hope fades as negotiations in Doha break down",
        "Sudan truce bid falters as talks in Jeddah collapse",
    ],
)
def test_talks_told_stalling_in_a_headline_open_no_round(read, text):
    assert of_type(read(ABOUT_GAZA + text), "TalksOpened") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi delegation came to Sanaa to renew the ceasefire deal that ended in October.",
        "Oman is working to revive the truce agreement, which expired in October.",
        "The ceasefire accord between Thailand and Cambodia ended on Sunday.",
    ],
)
def test_a_truce_deal_running_out_concludes_no_talks(read, text):
    assert not of_type(read(text, date(2023, 4, 9)), "TalksConcluded")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The United States said on Tuesday that an agreement was reached as it wrapped up "
            "three days of talks with Ukrainian and Russian delegations in Riyadh.",
            date(2025, 3, 25),
        ),
        (
            "Mediators wrapped up two days of talks with Sudan's army and the RSF in Jeddah on "
            "Monday.",
            date(2025, 3, 24),
        ),
    ],
)
def test_wrapping_up_days_of_talks_ends_the_round_that_day(read, text, day):
    found = of_type(read(text, date(2025, 3, 26)), "TalksConcluded")
    assert any(f.occurred.start == day for f in found), found


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Talks between Ethiopia and the TPLF began after Kenya agreed to host them.", "nairobi"),
        ("The talks between Ethiopia and the TPLF, hosted by Qatar, opened on Monday.", "qatar"),
        ("The talks opened in Geneva after Switzerland agreed to host them.", "geneva"),
    ],
)
def test_talks_a_state_hosts_are_in_that_state_when_no_place_is_named(read, text, venue):
    found = [f for f in read(text, date(2022, 11, 2)) if f.type == "TalksOpened"]
    assert found and found[0].location == venue, found


def test_talks_with_a_group_named_at_length_and_its_acronym_began_there(read):
    text = (
        "The talks with the rival paramilitary National Liberation Army (ELN) began in early "
        "March in Caracas."
    )
    (found,) = of_type(read(text, date(2025, 3, 20)), "TalksOpened")
    assert found.location == "caracas"


@pytest.mark.parametrize(
    ("text", "venue", "on"),
    [
        ("A new round of ceasefire talks is scheduled for next week in Cairo.", "cairo", None),
        ("Peace talks slated for Thursday in Geneva will go ahead without the rebels.", None, 9),
    ],
)
def test_talks_slated_or_scheduled_for_a_day_are_a_round_expected(read, text, venue, on):
    (found,) = of_type(read(text, MON), "TalksOpened")
    assert found.modality == "expected"
    if venue:
        assert found.location == venue
    if on:
        assert found.occurred.start == date(2025, 10, on)


def test_talks_set_for_a_day_and_called_off_are_no_round(read):
    found = read("The talks scheduled for Thursday in Geneva were called off.", MON)
    assert not of_type(found, "TalksOpened")


def test_talks_with_a_party_in_a_city_are_a_round_there_the_party_attends(read):
    text = "Norwegian mediators stepped up talks with the ELN in Havana on Monday."
    (found,) = of_type(read(text, MON), "TalksOpened")
    assert found.location == "havana"
    assert "eln" in found.actor_ids()


def test_talks_with_someone_in_a_year_past_are_no_round(read):
    found = read("The minister recalled his talks with Putin in 2019.", MON)
    assert not of_type(found, "TalksOpened")


def test_one_who_tells_of_a_round_of_others_is_none_of_its_sides(read):
    text = (
        "Armenia and Azerbaijan held talks in Almaty this week. "
        "Kazakhstan's foreign minister said the next round of talks will be held in Almaty."
    )
    talks = of_type(read(text), "TalksOpened")
    assert talks and all("kazakhstan" not in ids(f, "subject") for f in talks)
    own = of_type(read("Hamas said the next round of talks will be held in Cairo."), "TalksOpened")
    assert own and "hamas" in ids(own[0])


def test_a_round_scheduled_for_a_date_is_a_round_to_come(read):
    text = "Kosovo and Serbia said the next round of the dialogue, scheduled for March 3, is key."
    found = dated(read(text, date(2025, 2, 20)), "TalksOpened")
    assert (date(2025, 3, 3), date(2025, 3, 3)) in found


def test_a_day_and_a_place_may_sit_between_the_verb_and_the_round(read):
    text = "Colombia and the ELN began this Monday in Caracas the third cycle of negotiations."
    talks = of_type(read(text, date(2023, 5, 3)), "TalksOpened")
    assert talks and {"colombia", "eln"} <= ids(talks[0])
    assert dated(read(text, date(2023, 5, 3)), "TalksOpened")[0][0] == date(2023, 5, 1)


def test_those_named_in_a_clause_of_time_after_a_meeting_are_no_guests(read):
    text = "It was the first meeting of its kind since the killing of Hamas leader Yahya Sinwar."
    assert not [f for f in of_type(read(text), "TalksOpened") if "yahya_sinwar" in ids(f)]


def test_mediators_engaging_in_talks_with_a_side_open_talks(read):
    text = "Turkish mediators are engaging in talks with Russian and Ukrainian officials."
    assert {"turkey", "russia", "ukraine"} <= ids(of_type(read(text), "TalksOpened")[0])


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Talks between Israel and Hamas will resume in Qatar's capital Doha on Sunday.", "doha"),
        (
            "Russia and Ukraine held talks in Turkey's largest city, Istanbul, on Friday.",
            "istanbul",
        ),
        ("Sudan's army and the RSF opened talks in Saudi Arabia's capital, Riyadh.", "riyadh"),
        # a town of the country's, told by its kind
        (
            "Israel and Hamas began indirect talks in Egypt's resort town of Sharm el-Sheikh.",
            "sharm_el_sheikh",
        ),
        ("Russia and Ukraine held talks in Turkey's coastal city of Istanbul.", "istanbul"),
        ("Sudan's army and the RSF met in Saudi Arabia's Red Sea port of Jeddah.", "jeddah"),
    ],
)
def test_a_city_named_after_its_countrys_capital_is_the_venue(read, text, venue):
    found = of_type(read(text, date(2025, 5, 16)), "TalksOpened")
    assert found and {f.location for f in found} == {venue}


def test_talks_a_speaker_expects_to_go_ahead_are_a_round_to_come(read):
    text = (
        "Israel and Hamas have fought for months.\n"
        "Egypt said it expects indirect talks to go ahead in Cairo on Sunday."
    )
    (found,) = of_type(read(text, date(2025, 5, 16)), "TalksOpened")
    assert found.modality == "expected" and found.location == "cairo"


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Armenia and Azerbaijan met on Friday in Abu Dhabi for their first "
        "direct talks in a year.",
        "Sudan's army chief and the RSF commander met in Jeddah on Friday for a new round of "
        "negotiations.",
    ],
)
def test_a_meeting_told_as_the_round_itself_is_talks_not_a_visit(read, text):
    found = read(text, MON)
    assert of_type(found, "TalksOpened") and not of_type(found, "DelegationArrived"), found


def test_an_envoy_meeting_a_leader_abroad_still_arrived(read):
    found = read("US envoy Steve Witkoff met Vladimir Putin in Moscow on Thursday.", OCT_2025)
    (arrival,) = of_type(found, "DelegationArrived")
    assert "steve_witkoff" in ids(arrival)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("M23 pulled out of the planned peace talks in Luanda on Monday.", "m23"),
        ("The ELN walked out of the scheduled talks in Caracas on Monday.", "eln"),
    ],
)
def test_leaving_planned_talks_is_done_though_the_talks_were_to_come(read, text, side):
    (found,) = of_type(read(text, MON), "DelegationRecalled")
    assert found.modality == "asserted" and found.occurred.start == MON
    assert side in ids(found)


def test_the_planned_talks_themselves_stay_to_come(read):
    found = read("The planned talks in Luanda were expected to open on Monday.", FRI_2025)
    assert [f.modality for f in of_type(found, "TalksOpened")] == ["expected"]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's negotiators flew back to Kyiv for consultations after the first day.",
        "Sudan's army delegation returned to Port Sudan for consultations on Monday.",
    ],
)
def test_negotiators_back_in_their_capital_for_consultations_are_recalled(read, text):
    assert of_type(read(text, MON), "DelegationRecalled"), read(text, MON)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The meeting between Vucic and Kurti ended on Thursday.", {"serbia", "kosovo"}),
        (
            "The talks between Hakan Fidan and Sergei Lavrov ended without a breakthrough on "
            "Thursday.",
            {"turkey", "russia"},
        ),
    ],
)
def test_talks_between_named_people_that_ended_are_concluded_by_them(read, text, sides):
    (found,) = of_type(read(text, date(2022, 8, 19)), "TalksConcluded")
    assert sides <= ids(found) and found.occurred.start == date(2022, 8, 18)


def test_a_deal_concluded_is_agreed_not_a_round_ended(read):
    text = (
        "He was referring to a UN-brokered deal between the Houthis and Saudi Arabia concluded "
        "in Switzerland last month."
    )
    assert of_type(read(text, date(2023, 4, 10)), "TalksConcluded") == []


def test_talks_concluded_somewhere_last_month_still_ended(read):
    text = "The talks between the Houthis and Saudi Arabia concluded in Switzerland last month."
    assert of_type(read(text, date(2023, 4, 10)), "TalksConcluded")


def test_a_deal_concluded_without_progress_tells_of_the_round_ending(read):
    text = (
        "Egypt's state information service said the deal was concluded without any significant "
        "progress on Tuesday."
    )
    assert of_type(read(ABOUT_GAZA + text, WED), "TalksConcluded")


@pytest.mark.parametrize(
    ("text", "side", "country"),
    [
        (
            "The RSF said on Tuesday that its delegation had arrived in Switzerland.",
            "rsf",
            "switzerland",
        ),
        ("A Hamas delegation flew to Norway on Monday.", "hamas", "norway"),
        ("Armenia's negotiators arrived in Kazakhstan on Monday.", "armenia", "kazakhstan"),
    ],
)
def test_a_delegation_arriving_in_a_country_arrived_there(read, text, side, country):
    (found,) = of_type(read(text, date(2024, 8, 15)), "DelegationArrived")
    assert side in ids(found) and found.location == country


# 'arrived Juba', 'arrived the Qatari capital Doha': the place right after the verb, no 'in'
@pytest.mark.parametrize(
    ("text", "side", "venue"),
    [
        (
            "The Sudanese army delegation arrived Jeddah on Thursday.",
            "sudan_armed_forces",
            "jeddah",
        ),
        ("The M23 delegation arrived the Qatari capital Doha on Sunday.", "m23", "doha"),
        ("Ukraine's negotiators arrived Istanbul late on Monday.", "ukraine", "istanbul"),
    ],
)
def test_a_delegation_that_arrived_a_city_without_in_arrived_there(read, text, side, venue):
    (found,) = of_type(read(text, date(2024, 8, 15)), "DelegationArrived")
    assert side in ids(found) and found.location == venue


@pytest.mark.parametrize(
    "text",
    [
        "But it is about an end to the war that leaves Ukraine sovereign, Rubio said.",
        "Prisoner exchange talks in Yemen's conflict resumed on Monday, the Houthis said.",
    ],
)
def test_a_country_named_as_the_theatre_is_no_venue_left_or_met_in(read, text):
    found = read(text, date(2024, 8, 15))
    assert not of_type(found, "TalksConcluded")
    assert all(f.location not in ("ukraine", "yemen") for f in found)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("A delegation from the RSF arrived in Geneva on Tuesday.", "rsf"),
        ("Representatives of Hamas flew to Cairo on Tuesday.", "hamas"),
        (
            "A team of Ukrainian negotiators from Ukraine had arrived in Riyadh on Tuesday.",
            "ukraine",
        ),
    ],
)
def test_a_team_from_a_side_that_arrived_is_that_sides_arrival(read, text, side):
    (found,) = of_type(read(text, date(2024, 8, 15)), "DelegationArrived")
    assert side in ids(found)


def test_a_relative_of_a_leader_arriving_is_no_delegation(read):
    text = "The sister of the Hamas leader arrived in Cairo on Tuesday."
    assert of_type(read(text, date(2024, 8, 15)), "DelegationArrived") == []


@pytest.mark.parametrize(
    "text",
    [
        "The UN mission said it had sent a team to investigate the killings in Catatumbo.",
        "Qatar dispatched experts to inspect the damage at the Gaza crossing.",
        "The African Union sent a fact-finding team to Khartoum to document the abuses.",
    ],
)
def test_a_team_sent_to_find_facts_is_no_delegation(read, text):
    assert not of_type(read(text), "DelegationSent")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt sent a delegation to Doha for talks on Monday.",
        "Kinshasa sent a team to Doha to negotiate with the M23.",
    ],
)
def test_a_team_sent_to_talk_is_still_a_delegation(read, text):
    assert of_type(read(text), "DelegationSent")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "The deal came after intensive Israel-Hamas negotiations on a hostage-ceasefire "
            "agreement in Sharm el-Sheikh, Egypt.",
            "sharm_el_sheikh",
        ),
        (
            "Russia and Ukraine held talks on a prisoner swap deal in Istanbul on Friday.",
            "istanbul",
        ),
        ("Negotiations over a truce deal in Jeddah resumed on Monday.", "jeddah"),
    ],
)
def test_talks_told_with_what_they_are_on_and_then_where_are_placed_there(read, text, venue):
    talks = of_type(read(text, MON), "TalksOpened")
    assert talks and talks[0].location == venue


@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Israel resumed negotiations on a ceasefire in Gaza on Monday.",
        "Russia and Ukraine held negotiations on a truce in Donbas on Monday.",
    ],
)
def test_talks_on_a_truce_placed_where_it_would_hold_are_not_placed_there(read, text):
    assert all(t.location is None for t in of_type(read(text, MON), "TalksOpened"))


# --- a round told by a participle after its noun or venue -------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (ABOUT_GAZA + "With talks in Cairo making good progress, a deal may come soon.", "egypt"),
        ("The negotiations being held in Jeddah between the army and the RSF are serious.", "rsf"),
        (
            "Armenia welcomed the discussions taking place in Almaty with Azerbaijan on Tuesday.",
            "armenia",
        ),
    ],
)
def test_talks_told_by_a_participle_after_their_noun_or_venue_are_a_round(read, text, actor):
    found = of_type(read(text), "TalksOpened")
    assert found and actor in ids(found[0])


def test_talks_on_another_matter_with_a_participle_far_after_are_no_round(read):
    text = "Qatar is focused on the talks concerning the Sudan war taking place in Jeddah, he said."
    assert not of_type(read(ABOUT_GAZA + text), "TalksOpened")


@pytest.mark.parametrize(
    ("text", "kind", "key", "place"),
    [
        (
            "An Egyptian delegation arrived in the Sudanese capital on Monday for talks.",
            "DelegationArrived",
            "destination",
            "khartoum",
        ),
        (
            "The RSF delegation arrived in the Swiss capital on Tuesday for the talks.",
            "DelegationArrived",
            "destination",
            "bern",
        ),
        (
            "Armenian and Azerbaijani ministers held talks in Russia's capital on Friday.",
            "TalksOpened",
            "venue",
            "moscow",
        ),
    ],
)
def test_a_capital_told_by_its_state_is_the_place(read, text, kind, key, place):
    found = of_type(read(text, WED), kind)
    assert any(f.attributes.get(key) == place for f in found), read(text, WED)


def test_a_capital_told_by_its_state_in_subject_position_is_its_government(read):
    found = of_type(
        read("The Russian capital rejected the proposal on Friday.", WED), "ProposalRejected"
    )
    assert found and "russia" in found[0].actor_ids()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Russian and Ukrainian delegations met in Istanbul on Tuesday.", {"russia", "ukraine"}),
        (
            "Azerbaijan's foreign minister met his Armenian counterpart in Almaty on Tuesday.",
            {"azerbaijan", "armenia"},
        ),
        ("The Thai and Cambodian delegations met at a hotel on Tuesday.", {"thailand", "cambodia"}),
    ],
)
def test_the_teams_of_two_sides_meeting_open_talks(read, text, sides):
    found = of_type(read(text, WED), "TalksOpened")
    assert found and sides <= set(found[0].actor_ids()), read(text, WED)


@pytest.mark.parametrize(
    ("text", "sides", "venue"),
    [
        (
            "Sudan's army and the RSF traded blame on Monday. Representatives from the two "
            "sides met in Saudi Arabia on Tuesday.",
            {"sudan", "rsf"},
            "saudi_arabia",
        ),
        (
            "Congo and Rwanda have long been at odds. Representatives of the two sides met in "
            "Angola on Tuesday.",
            {"democratic_republic_of_congo", "rwanda"},
            "angola",
        ),
    ],
)
def test_the_two_sides_meeting_in_a_country_open_talks_there(read, text, sides, venue):
    found = of_type(read(text, WED), "TalksOpened")
    assert found and sides <= set(found[0].actor_ids()), read(text, WED)
    assert found[0].location == venue


def test_one_side_meeting_in_a_country_opens_no_talks(read):
    text = "Sudan's army and the RSF traded blame. Army officers met in Egypt on Tuesday."
    assert of_type(read(text, WED), "TalksOpened") == []


def test_a_meeting_with_nothing_of_talks_or_teams_opens_none(read):
    text = "The Russian president met students in Moscow on Tuesday."
    assert of_type(read(text, WED), "TalksOpened") == []


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Spy chiefs of three countries are converging on Paris for a critical meeting.", "paris"),
        ("Negotiators converged in Doha on Sunday for a new round of talks.", "doha"),
        (
            "Armenian and Azerbaijani foreign ministers converged on Washington for talks.",
            "washington",
        ),
        ("Army and RSF delegates are gathering in Jeddah for talks.", "jeddah"),
        ("Mediators descended on Cairo for a fresh round of negotiations.", "cairo"),
    ],
)
def test_envoys_converging_on_a_city_for_a_meeting_open_a_round_there(read, text, venue):
    (found,) = of_type(read(text, MON), "TalksOpened")
    assert found.location == venue


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Putin and Zelensky has been discussed as a possibility for later.",
        "A meeting between Pashinyan and Aliyev was proposed by Washington on Tuesday.",
        "Medinsky said a meeting between the two presidents should crown the negotiations.",
    ],
)
def test_a_meeting_only_spoken_of_opens_no_talks(read, text):
    assert of_type(read(text, WED), "TalksOpened") == []


def test_a_meeting_that_took_place_still_opens_talks(read):
    text = "A meeting between the Armenian and Azerbaijani foreign ministers took place in Almaty."
    assert of_type(read(text, WED), "TalksOpened")


def test_a_meeting_that_will_take_place_is_expected_not_held_last_week(read):
    text = (
        "Qatar said a meeting between the Congolese and Rwandan delegations will take place "
        "in Doha on Friday."
    )
    found = of_type(read(text, WED), "TalksOpened")
    assert found and all(f.modality == "expected" for f in found), found
    assert all(f.occurred.start == date(2024, 2, 16) for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Troops are converging on Rafah for an offensive.",
        "Thousands converged on the capital for a protest.",
        "Protesters gathered in Tel Aviv for a rally.",
    ],
)
def test_crowds_or_troops_converging_on_a_place_open_no_talks(read, text):
    assert not of_type(read(text, MON), "TalksOpened")


@pytest.mark.parametrize(
    ("text", "venue", "party"),
    [
        ("Qatar has been in contact with Hamas officials in Doha.", "doha", "hamas"),
        (
            "Turkish mediators were in direct contact with Ukrainian delegates in Istanbul.",
            "istanbul",
            "ukraine",
        ),
        (
            "Armenia remains in contact with Azerbaijan in Brussels through EU mediators.",
            "brussels",
            "azerbaijan",
        ),
    ],
)
def test_contacts_placed_in_a_city_are_talks_there(read, text, venue, party):
    (found,) = of_type(read(text, MON), "TalksOpened")
    assert found.location == venue and party in found.actor_ids()


@pytest.mark.parametrize(
    "text",
    [
        "Egypt has been in contact with both sides.",
        "Relatives are in contact with hostages in Gaza.",
        "Kenya is in close contact with the army and the RSF in Sudan.",
    ],
)
def test_contacts_with_no_city_of_talks_are_no_round(read, text):
    assert not of_type(read(text, MON), "TalksOpened")


@pytest.mark.parametrize(
    "text",
    [
        "The US and Saudi Arabia mediate the Jeddah talks between the SAF and the RSF.\n"
        "The talks were formally suspended by the facilitators on Tuesday.",
        "Colombia and the ELN held talks in Caracas.\n"
        "The negotiations have been indefinitely suspended since Tuesday, Bogota said.",
    ],
)
def test_talks_suspended_with_an_adverb_are_concluded(read, text):
    (ended,) = of_type(read(text, date(2023, 6, 4)), "TalksConcluded")
    assert ended.attributes["outcome"] == "suspended"


# Who chairs or presides over a round mediates it.


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        (
            "The leaders of Serbia and Kosovo agreed on the plan, EU foreign policy chief Josep "
            "Borrell said on Saturday after chairing talks between them.",
            "josep_borrell",
        ),
        (
            "Turkey's foreign minister presided over the talks between Russian and Ukrainian "
            "delegations on Saturday.",
            "turkey",
        ),
    ],
)
def test_chairing_talks_is_a_round_the_chair_mediates(read, text, chair):
    found = read(text, date(2023, 3, 19))
    talks = [f for f in of_type(found, "TalksOpened") if chair in ids(f)]
    assert talks and (date(2023, 3, 18), date(2023, 3, 18)) in [
        (f.occurred.start, f.occurred.end) for f in talks
    ]


def test_a_body_that_chairs_a_dialogue_in_an_aside_opens_no_round(read):
    found = read("The European Union, which chairs the dialogue, said Serbia must act.")
    assert not of_type(found, "TalksOpened")


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and the TPLF agreed to join talks to be mediated by the African Union.",
        "The SSOMA refused to join the talks in Nairobi.",
    ],
)
def test_agreeing_or_refusing_to_join_talks_is_no_arrival(read, text):
    assert not of_type(read(text, OCT_20), "DelegationArrived")


def test_a_team_expected_to_join_talks_still_arrives(read):
    text = "Hamas negotiators are expected to join the talks in Cairo on Sunday."
    assert of_type(read(text, OCT_20), "DelegationArrived")


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "Blinken spoke after the conclusion of three days of talks in Washington between "
            "Armenia and Azerbaijan.",
            "unknown",
        ),
        (
            "No agreements were reached at a fourth round of talks between the Myanmar junta "
            "and the Arakan Army.",
            "no_progress",
        ),
        (
            "Russia and Ukraine held talks in Istanbul on Wednesday. Ultimately, Wednesday's "
            "meeting yielded few results.",
            "no_progress",
        ),
        (
            "Iran and Saudi Arabia announced the deal at the end of the Beijing talks.",
            "unknown",
        ),
        (
            "Colombia and the ELN said they would meet again in Mexico after three weeks of "
            "deliberations in Caracas yielded only minor advances.",
            "unknown",
        ),
    ],
)
def test_a_round_ended_told_as_a_noun_or_by_its_yield(read, text, outcome):
    (ended,) = of_type(read(text, JUL), "TalksConcluded")
    assert ended.attributes["outcome"] == outcome


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it would wait until the conclusion of the talks in Cairo.",
        "Before the close of the meeting in Doha, Israel sent a team.",
    ],
)
def test_a_round_s_end_still_ahead_is_no_ending(read, text):
    assert not of_type(read(text, JUL), "TalksConcluded")


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi team departed rebel-held Sanaa late on Thursday.",
        "The Saudi team left the Houthi-controlled capital Sanaa on Thursday without a deal.",
    ],
)
def test_a_team_leaving_a_place_named_after_its_adjectives_ends_the_round(read, text):
    (ended,) = of_type(read(text, APR), "TalksConcluded")
    assert ended.location == "sanaa"
    assert (ended.occurred.start, ended.occurred.end) == (date(2023, 4, 13), date(2023, 4, 13))


def test_leaving_held_areas_for_home_ends_nothing(read):
    found = read("The Saudi delegation left rebel-held areas for Riyadh.", APR)
    assert not of_type(found, "TalksConcluded")


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and the Houthis met in Sanaa. There is an agreement to hold another round "
        "of talks, a Houthi official said.",
        "Armenia and Azerbaijan met in Almaty. They left with a commitment to hold a second "
        "round of talks.",
    ],
)
def test_a_round_agreed_or_committed_to_is_expected(read, text):
    talks = [f for f in of_type(read(text, APR), "TalksOpened") if f.modality == "expected"]
    assert talks


def test_a_commitment_only_wanted_opens_no_round(read):
    found = read("Hamas wants a commitment to hold talks on a permanent ceasefire.", APR)
    assert not of_type(found, "TalksOpened")


def test_ending_talks_with_modifiers_before_the_noun_concludes_them(read):
    text = (
        "On Tuesday, Ukrainian and Russian negotiators ended face-to-face peace negotiations "
        "in Istanbul."
    )
    assert dated(read(text, MAR_29), "TalksConcluded") == [(MAR_29, MAR_29)]


def test_ending_the_war_is_not_ending_talks(read):
    found = read("Israel ended the war in Gaza and the talks with Hamas.", MAR_29)
    assert not of_type(found, "TalksConcluded")


# Wordings of the family's events, each with an actor that must be among its actors.
WORDINGS = [
    # a deed at the closing of a round (a cycle, a dialogue) tells the round concluded
    (
        "Colombia and the ELN signed the accord on Friday at the closing of the third cycle of "
        "talks in Havana.",
        "TalksConcluded",
        "eln",
    ),
    (
        "Armenia and Azerbaijan signed the text at the end of the dialogue in Almaty on Friday.",
        "TalksConcluded",
        "armenia",
    ),
    # a side leaving talks told in the sentence before, the talks not named again
    (
        "Congo and the M23 were due to hold ceasefire talks in Luanda on Tuesday. The rebels "
        "pulled out Monday after the EU announced sanctions.",
        "DelegationRecalled",
        "m23",
    ),
    (
        "Kosovo and Serbia were to meet in Brussels on Thursday. Serbia pulled out at the last "
        "minute, citing security concerns.",
        "DelegationRecalled",
        "serbia",
    ),
    # a round told by its length in weeks or a single day
    (
        "After a week of talks in Jeddah, the Sudanese army and the RSF signed a declaration "
        "on Friday.",
        "TalksOpened",
        "rsf",
    ),
    (
        "After two weeks of negotiations in Doha, Congo and the M23 signed a declaration on "
        "Saturday.",
        "TalksOpened",
        "m23",
    ),
    # the teams of 'the two sides' opening a sentence act for the sides
    (
        "Armenia and Azerbaijan have long disputed their border.\nRepresentatives from the two "
        "sides met in Abu Dhabi on Tuesday.",
        "TalksOpened",
        "azerbaijan",
    ),
    (
        "Russia and Ukraine have fought since 2022. Delegations of both sides met in Istanbul on "
        "Friday.",
        "TalksOpened",
        "russia",
    ),
    (
        "Sudan's army and the RSF have fought since April.\nNegotiators from both parties met in "
        "Jeddah on Monday.",
        "TalksOpened",
        "rsf",
    ),
    # the round's aim may sit between the noun and its end
    (
        "Sudan's army and the RSF met in Jeddah. The round of talks on Monday aimed at securing a "
        "humanitarian truce ended without agreement.",
        "TalksConcluded",
        "rsf",
    ),
    (
        "Armenia and Azerbaijan sent delegations to Washington. Talks in Washington meant to "
        "settle the border dispute broke down on Friday.",
        "TalksConcluded",
        "azerbaijan",
    ),
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
        "Egypt's intelligence chief met Hamas leaders in Cairo on Tuesday to discuss the deal.",
        "TalksOpened",
        "egypt",
    ),
    # arrival and presence
    ("CIA Director William Burns was in Cairo on Monday.", "DelegationArrived", "william_burns"),
    (
        "A Hamas delegation is in Doha for talks with Qatari mediators.",
        "DelegationArrived",
        "hamas",
    ),
    ("Blinken landed in Tel Aviv late on Tuesday.", "DelegationArrived", "antony_blinken"),
    ("Ron Dermer will travel to Cairo next week.", "DelegationArrived", "ron_dermer"),
    ("Brett McGurk is heading to Doha, the White House said.", "DelegationArrived", "brett_mcgurk"),
    (
        "An Israeli delegation led by David Barnea was expected to join the talks on Thursday.",
        "DelegationArrived",
        "israel",
    ),
    (
        "Hochstein, who shuttled between Beirut and Jerusalem, said talks went well.",
        "DelegationArrived",
        "amos_hochstein",
    ),
    # departures and delegations
    (
        "Witkoff and his deputy Morgan Ortagus left for Egypt on Tuesday.",
        "DelegationSent",
        "steve_witkoff",
    ),
    ("Steve Witkoff departed for Doha on Sunday.", "DelegationSent", "steve_witkoff"),
    (
        "Israel's war cabinet voted to press on while sending a delegation to Cairo.",
        "DelegationSent",
        "israel",
    ),
    (
        "Ron Dermer is expected to lead Israel's delegation, an official said.",
        "DelegationSent",
        "ron_dermer",
    ),
    # talks
    ("Egypt will host Israeli and Hamas delegations on Monday.", "TalksOpened", "egypt"),
    ("Negotiators would reconvene in Cairo next week, Qatar said.", "TalksOpened", "egypt"),
    # a fronted aim is the purpose of the deed the main clause tells
    (
        "In a bid to end the war, Russia and Ukraine held talks in Istanbul on Friday.",
        "TalksOpened",
        "ukraine",
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
    # a round to come, its verb after an auxiliary
    (
        "Officials said discussions will commence soon between Lebanon and Israel.",
        "TalksOpened",
        "lebanon",
    ),
    # a talks noun whose modifiers run up to a perfect (the venue's state hosts)
    ("Negotiations on a prisoner swap in Gaza have resumed in Cairo.", "TalksOpened", "egypt"),
    # a meeting organised, convened or hosted somewhere is held there
    (
        "The fourth session of talks between Sudan's army and the RSF was convened in Jeddah "
        "on Sunday.",
        "TalksOpened",
        "rsf",
    ),
    (
        "Brokered by Qatar, the second meeting between Congo and the M23 was organised in Doha "
        "on Tuesday.",
        "TalksOpened",
        "m23",
    ),
    (
        "A meeting of the Armenian and Azerbaijani delegations was hosted in Almaty on Friday.",
        "TalksOpened",
        "azerbaijan",
    ),
    # back at the venue to take up the talks again
    (
        "Sudan's army delegation returned to Jeddah on Saturday to resume negotiations with the "
        "RSF.",
        "DelegationArrived",
        "sudan_armed_forces",
    ),
    (
        "The M23 negotiators came back to Doha to continue the talks with Kinshasa.",
        "DelegationArrived",
        "m23",
    ),
    # called away from the venue, or walking out of the meeting
    (
        "The Mossad chief ordered the Israeli team to leave Qatar on Tuesday.",
        "DelegationRecalled",
        "israel",
    ),
    (
        "Azerbaijan's foreign minister withdrew from the trilateral meeting in protest.",
        "DelegationRecalled",
        "azerbaijan",
    ),
    # two states (or their officials) meeting at a venue, no known negotiation naming them
    ("Ethiopia and Somalia met in Ankara on Tuesday.", "TalksOpened", "somalia"),
    (
        "The foreign ministers of Georgia and Russia met in Geneva on Thursday.",
        "TalksOpened",
        "georgia",
    ),
    (
        "Officials from Armenia and Azerbaijan met in Almaty on Monday.",
        "TalksOpened",
        "azerbaijan",
    ),
    (
        "The foreign ministers of Kenya and Somalia have convened in Djibouti.",
        "TalksOpened",
        "kenya",
    ),
    (
        "Russia and Ukraine convened in Istanbul on Monday for a second round.",
        "TalksOpened",
        "russia",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actor"), WORDINGS)
def test_a_wording_of_the_family_yields_the_event_with_its_actor(read, text, kind, actor):
    assert_read_with_actor(read(text), text, kind, actor)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a week of talks before Friday opened about a week before; one day of talks, that day
        (
            "After a week of talks in Jeddah, the army and the RSF signed a declaration on Friday.",
            date(2024, 2, 2),
        ),
        (
            "A day of talks in Geneva between the army and the RSF ended on Tuesday.",
            date(2024, 2, 13),
        ),
    ],
)
def test_a_round_told_by_its_length_opened_that_long_before(read, text, start):
    talks = [f for f in of_type(read(text), "TalksOpened") if f.extractor.rule == "talks.duration"]
    assert talks and talks[0].occurred.start <= start <= talks[0].occurred.end, talks


def test_weeks_too_many_for_one_round_date_no_opening(read):
    # more than a month of talks is no one round: the length dates nothing
    text = "After six weeks of talks in Jeddah, the army and the RSF signed a declaration."
    assert not [f for f in read(text) if f.extractor.rule == "talks.duration"]


# Readings that are not the event: negated, hypothetical, guarded, doerless or another sense.
NOT_THE_EVENT = [
    # who else sat in a meeting told before: no meeting of its own
    (
        "Also present at the meeting were the US ambassador and the Chinese ambassador.",
        "TalksOpened",
    ),
    ("Also in attendance at the meeting was the Qatari prime minister.", "TalksOpened"),
    # talks named in passing: another's topic, or where a person was told in an aside
    (
        "Much of the diplomacy this year has focused on the negotiations between Ukraine and "
        "Russia.",
        "TalksOpened",
    ),
    ("The envoy's work has centred on the talks between the army and the RSF.", "TalksOpened"),
    (
        "His trip to the region focused on the talks in Doha between Israel and Hamas.",
        "TalksOpened",
    ),
    ("Rubio, who was at the talks in Geneva, said the sides had made progress.", "TalksOpened"),
    # talks named as where a text came from, looking back: the text is the news, no round opens
    ("Hamas said it would study a proposal drawn up after talks in Paris.", "TalksOpened"),
    ("The army is reviewing a plan put forward following negotiations in Jeddah.", "TalksOpened"),
    ("Moscow received a draft worked out after talks in Riyadh with US officials.", "TalksOpened"),
    # a person's role told in an aside between commas: no team sent in the sentence
    (
        "Umerov, who is leading the Ukrainian delegation, told reporters the talks were useful.",
        "DelegationSent",
    ),
    (
        "Dermer, who was heading the Israeli team, said on Monday that progress had been made.",
        "DelegationSent",
    ),
    # talks told by a long standstill are background, no round opened
    ("Talks between Russia and Ukraine have stalled for months.", "TalksOpened"),
    ("Negotiations between Israel and Hamas have been deadlocked since March.", "TalksOpened"),
    ("The talks between Kinshasa and the M23 have made little progress for weeks.", "TalksOpened"),
    (
        "Talks between the army and the RSF in Jeddah have remained frozen since June.",
        "TalksOpened",
    ),
    # talks blamed on a party, no round held
    ("Kyiv accused Moscow of sabotaging the negotiations in Istanbul.", "TalksOpened"),
    ("The M23 accused Kinshasa of stalling the talks in Doha.", "TalksOpened"),
    # a mediator's record told in a relative clause in the perfect, with no time of its own
    (
        "Qatar, which has helped mediate negotiations between the two sides, announced the truce "
        "extension on Monday.",
        "TalksOpened",
    ),
    (
        "Saudi Arabia, which has hosted talks between the army and the RSF in Jeddah, called for "
        "calm.",
        "TalksOpened",
    ),
    # talks only hoped for
    ("Norway said it hoped the talks would resume soon.", "TalksOpened"),
    ("Turkey is hopeful the negotiations between Russia and Ukraine will resume.", "TalksOpened"),
    # troops pulling out of a place, after a sentence on talks, leave no talks
    (
        "Ukraine and Russia held talks in Istanbul on Monday. Russian troops pulled out on "
        "Tuesday from the town.",
        "DelegationRecalled",
    ),
    (
        "Sudan's army shelled Omdurman on Monday. The RSF fighters pulled out on Tuesday.",
        "DelegationRecalled",
    ),
    # the end of a round opening a period is no ending told now
    (
        "Serbia and Kosovo have not met since the end of the dialogue in Brussels in 2023.",
        "TalksConcluded",
    ),
    (
        "Sudan's army and the RSF met in Geneva. The first day of talks between the army and the "
        "RSF concluded on Wednesday in Geneva.",
        "TalksConcluded",
    ),
    (
        "Hamas, which was not expected to attend the negotiations in Cairo, kept silent.",
        "DelegationArrived",
    ),
    (
        "Hamas, which was not expected to attend the negotiations in Cairo, kept silent.",
        "TalksOpened",
    ),
    ("Qatar denied that its prime minister had travelled to Washington.", "DelegationArrived"),
    ("Israel did not say whether it would send negotiators to Doha.", "DelegationSent"),
    ("Hamas has not said whether it will stop taking part in negotiations.", "DelegationRecalled"),
    ("Israel was in no mood for compromise, officials said.", "DelegationArrived"),
    (
        "JERUSALEM (Reuters) - Israel and Hamas agreed on a truce after weeks of talks in Doha.",
        "TalksOpened",
    ),
    # coming back from something that is no round
    ("The hostages returned from Gaza on Sunday.", "TalksConcluded"),
    # a meeting organised for another end than talks, by nobody of them
    ("A meeting was organised by students to protest the war.", "TalksOpened"),
    ("Hamas has stepped back from the brink.", "TalksConcluded"),
    # a side leaving talks that were going on: a departure, no round opens
    ("Israel and Hamas withdrew their negotiating teams from talks in Doha.", "TalksOpened"),
    ("Sudan's army withdrew its delegation from the talks in Jeddah on Monday.", "TalksOpened"),
    ("Armenia walked out of the negotiations in Geneva on Friday.", "TalksOpened"),
    ("The M23 pulled out of the talks between Kinshasa and the rebels on Monday.", "TalksOpened"),
    # going home to report is no arrival at the talks; leaving the venue sends no one
    (
        "The Ukrainian envoy returned to Kyiv to brief the president on the talks.",
        "DelegationArrived",
    ),
    ("The Mossad chief ordered the Israeli team to leave Qatar on Tuesday.", "DelegationSent"),
    # terms or conditions 'met' are fulfilled, no meeting
    (
        "Thailand and Cambodia listed the terms to be met before a truce can take effect.",
        "TalksOpened",
    ),
    ("Sudan's army said the conditions of the RSF had not been met.", "TalksOpened"),
    # a meeting walked out of opens no round for the one leaving
    (
        "Azerbaijan's foreign minister withdrew from the trilateral meeting in protest.",
        "TalksOpened",
    ),
    # a hosting or a meeting asked for is no round held
    (
        "Armenia has requested that the OSCE chair host a three-way meeting with Azerbaijan and "
        "Russia.",
        "TalksOpened",
    ),
    ("Kosovo asked the EU to convene a trilateral meeting with Serbia.", "TalksOpened"),
    ("Armenia urged Kazakhstan to host the next round of talks with Azerbaijan.", "TalksOpened"),
    # a round hoped for is none held
    ("Diplomats said prospects to resume talks on Western Sahara were improving.", "TalksOpened"),
    ("There are hopes of resuming talks between Serbia and Kosovo.", "TalksOpened"),
    (
        "Officials see a chance for the resumption of negotiations between Armenia and Azerbaijan.",
        "TalksOpened",
    ),
    # two states meeting their obligations hold no talks
    ("Georgia and Russia met their obligations on Tuesday.", "TalksOpened"),
    # two states meeting at home of one of them: a visit, no round
    ("Kenya and Somalia met in Nairobi on Tuesday.", "TalksOpened"),
    # the UN and the EU meeting are no two sides
    ("The UN and the EU met in Brussels on Tuesday.", "TalksOpened"),
    # a deed that nothing confirms or shows
    (
        "There was no official confirmation that Armenia was sending a delegation to the Almaty "
        "round.",
        "DelegationSent",
    ),
    ("There was no sign that the RSF had sent negotiators to Jeddah.", "DelegationSent"),
    (
        "Officials gave no indication that Armenia and Azerbaijan would meet in Almaty.",
        "TalksOpened",
    ),
]


@pytest.mark.parametrize(("text", "kind"), NOT_THE_EVENT)
def test_a_reading_that_is_not_the_event_yields_none(read, text, kind):
    assert not of_type(read(text), kind), [(f.type, f.extractor.rule) for f in read(text)]


def test_a_round_that_had_begun_in_a_city_opens_talks_there(read):
    (found,) = of_type(
        read("A fresh round of talks had begun in Cairo on Friday.", MON), "TalksOpened"
    )
    assert found.attributes.get("venue") == "cairo"
    assert found.occurred.start == date(2025, 10, 3)


def test_unnamed_negotiators_leaving_a_city_without_a_deal_end_the_round_there(read):
    (found,) = of_type(
        read(
            "Gaza ceasefire negotiators have left Doha without a breakthrough, officials said.", MON
        ),
        "TalksConcluded",
    )
    assert found.location == "doha"
    assert found.attributes.get("outcome") == "no_progress"


def test_unnamed_negotiators_leaving_for_another_city_end_nothing(read):
    assert (
        of_type(read("The delegations left Cairo on Monday for Doha.", MON), "TalksConcluded") == []
    )


@pytest.mark.parametrize(
    "sentence, venue",
    [
        (
            "Talks between Russia and Ukraine began on Monday at the Black Sea resort of Sochi.",
            "sochi",
        ),
        (
            "Israel and Hamas began talks on Monday in the Red Sea resort town of Sharm el-Sheikh.",
            "sharm_el_sheikh",
        ),
        (
            "Sudan's army and the RSF held talks on Monday in the Saudi port city of Jeddah.",
            "jeddah",
        ),
    ],
)
def test_a_round_at_a_place_told_by_what_it_is_before_its_name_is_held_there(read, sentence, venue):
    talks = of_type(read(sentence), "TalksOpened")
    assert talks and talks[0].location == venue


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


def test_an_agreement_told_as_a_round_s_outcome_ends_the_round(read):
    text = (
        "During the talks in Istanbul on Tuesday, Russia and Ukraine agreed to new prisoner "
        "exchanges."
    )
    (ended,) = of_type(read(text, TUESDAY), "TalksConcluded")
    assert {"russia", "ukraine"} <= set(ended.actor_ids())


def test_an_envoy_speaking_during_a_visit_arrived(read):
    text = "US envoy Amos Hochstein said during a visit to Beirut on Tuesday that a truce was near."
    (arrived,) = of_type(read(text, TUESDAY), "DelegationArrived")
    assert "united_states" in arrived.actor_ids() and arrived.location == "beirut"


@pytest.mark.parametrize(
    ("text", "convener"),
    [
        (
            "The army and the RSF have fought since April 2023. The RSF delegation attended the "
            "talks convened by the United States in Geneva on Monday.",
            "united_states",
        ),
        (
            "Russia and Ukraine have fought since 2022. Ukrainian negotiators attended the talks "
            "sponsored by Turkey in Istanbul on Monday.",
            "turkey",
        ),
        (
            "Congo and the M23 have fought for years. The M23 delegation attended the talks "
            "co-hosted by Qatar in Doha on Monday.",
            "qatar",
        ),
    ],
)
def test_who_convened_or_sponsored_the_talks_attended_mediates_them(read, text, convener):
    (found,) = of_type(read(text, date(2024, 8, 13)), "TalksOpened")
    assert convener in ids(found, "mediator"), found.actors


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "The two sides agreed to stop fighting a week after peace talks between Ethiopia "
            "and the TPLF began in South Africa.",
            "south_africa",
        ),
        (
            "Negotiators of the Venezuelan government and the opposition held talks in "
            "Barbados on Tuesday.",
            "barbados",
        ),
        ("Armenia and Azerbaijan held talks in Kazakhstan on Friday.", "kazakhstan"),
    ],
)
def test_talks_in_a_country_with_no_city_named_are_placed_in_that_country(read, text, venue):
    talks = of_type(read(text, MON), "TalksOpened")
    assert talks and talks[0].location == venue, talks


@pytest.mark.parametrize(
    "text",
    [
        # the country is the place of another deed, or of another round
        "Russia and Ukraine held talks on Monday, a day after strikes in Ukraine.",
        "The fifth round of negotiations between the US and Iran ended on Friday, with "
        "previous sessions held in Oman.",
        # the war's theatre
        "The army and the RSF held talks on the war in Sudan.",
    ],
)
def test_a_country_of_another_clause_is_no_venue_of_the_talks(read, text):
    talks = of_type(read(text, MON), "TalksOpened")
    assert all(f.location is None for f in talks), [(f.location, f.evidence.text) for f in talks]


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas resumed negotiations on Monday, a week after a meeting of the "
        "mediators in Paris.",
        "Armenia and Azerbaijan resumed talks on Friday, following a summit of their leaders "
        "in Washington.",
    ],
)
def test_a_city_of_an_earlier_meeting_told_after_the_talks_is_no_venue_of_theirs(read, text):
    talks = [f for f in of_type(read(text, MON), "TalksOpened") if f.modality == "asserted"]
    resumed = [f for f in talks if "resumed" in f.evidence.text and f.location is None]
    assert resumed, [(f.location, f.attributes) for f in talks]


@pytest.mark.parametrize(
    ("text", "venue", "day"),
    [
        (
            "The first round of talks between Iran and the US took place in Muscat on April 12, "
            "followed by the second round in Rome on April 19.",
            "rome",
            date(2025, 4, 19),
        ),
        (
            "Russian and Ukrainian delegations met in Istanbul on May 16, followed by a second "
            "round of talks in Istanbul on June 2.",
            "istanbul",
            date(2025, 6, 2),
        ),
        (
            "The army and the RSF held talks in Jeddah on May 6, followed by a new round in "
            "Geneva on August 14.",
            "geneva",
            date(2025, 8, 14),
        ),
    ],
)
def test_a_round_told_after_followed_by_is_a_round_of_its_own_on_its_own_day(
    read, text, venue, day
):
    talks = of_type(read(text, date(2025, 9, 1)), "TalksOpened")
    assert any(f.location == venue and f.occurred.start == day for f in talks), [
        (f.location, f.occurred) for f in talks
    ]


def test_a_round_told_after_followed_by_with_no_day_of_its_own_is_not_dated_by_the_first(read):
    text = (
        "The first round of talks between Iran and the US took place in Muscat on April 12, "
        "followed by the second round in Rome."
    )
    talks = of_type(read(text, date(2025, 9, 1)), "TalksOpened")
    assert not any(f.location == "rome" and f.occurred.start == date(2025, 4, 12) for f in talks)


@pytest.mark.parametrize(
    ("text", "absent_side"),
    [
        (
            "Russia and Ukraine have been at war since 2022.\nThe talks began with a meeting "
            "between Ukrainian officials and advisers from Britain and France.",
            "russia",
        ),
        (
            "Sudan's army and the RSF have fought since April 2023.\nThe talks opened with a "
            "meeting between army envoys and US and Saudi mediators.",
            "rsf",
        ),
    ],
)
def test_talks_opened_by_a_meeting_between_named_sides_take_no_other_side(read, text, absent_side):
    found = of_type(read(text), "TalksOpened")
    assert found and not any(absent_side in f.actor_ids() for f in found), [
        f.actor_ids() for f in found
    ]


@pytest.mark.parametrize(
    ("text", "venue", "side"),
    [
        (
            "Armenia and Azerbaijan reached several agreements on Wednesday after a discussion "
            "in Almaty, Kazakhstan, the ministry said.",
            "almaty",
            "azerbaijan",
        ),
        (
            "Kinshasa and the M23 signed a text following a discussion in Doha on Monday.",
            "doha",
            "m23",
        ),
        ("Sudan's army and the RSF wrapped up consultations in Jeddah on Monday.", "jeddah", "rsf"),
    ],
)
def test_a_discussion_or_consultations_at_a_venue_are_a_round_there(read, text, venue, side):
    opened = of_type(read(text, MON), "TalksOpened")
    assert any(f.location == venue and side in ids(f) for f in opened)


def test_a_discussion_somewhere_with_no_sides_is_no_round(read):
    assert not of_type(
        read("There was a lively discussion in Washington on tariffs.", MON), "TalksOpened"
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a round now, told with its own time, or a standstill of this week's round
        (
            "Egypt, which has hosted the talks between Israel and Hamas since Sunday, said it "
            "was hopeful.",
            "egypt",
        ),
        (
            "The talks between Kinshasa and the M23 in Doha have made little progress this week.",
            "m23",
        ),
    ],
)
def test_a_round_told_now_beside_a_standstill_is_still_read(read, text, actor):
    assert_read_with_actor(read(text), text, "TalksOpened", actor)


# A plan or the talks discussed with the mediators or the other side at a named place: a round
# there, with whom it was discussed.
DISCUSSED_WITH = [
    (
        "A Hamas delegation discussed the truce offer with Egyptian and Qatari mediators in "
        "Cairo on Saturday.",
        "cairo",
        {"hamas", "egypt", "qatar"},
    ),
    (
        "The Hamas team discusses on Saturday in Cairo with the mediators an offer of a "
        "40-day pause.",
        "cairo",
        {"hamas"},
    ),
    (
        "The Russian delegation discussed the prisoner exchange with Turkish officials in "
        "Istanbul on Monday.",
        "istanbul",
        {"russia", "turkey"},
    ),
    (
        "M23 representatives were discussing the draft agreement with Qatari mediators in Doha "
        "this week.",
        "doha",
        {"m23", "qatar"},
    ),
]

NOT_DISCUSSED_WITH = [
    # a call, no round at a place
    "Biden discussed the hostage deal with Netanyahu by phone on Tuesday.",
    # nothing of the talks discussed
    "Blinken discussed the war with Egyptian officials in Cairo on Tuesday.",
    # a place named, nobody to discuss it with
    "Netanyahu discussed the deal in Jerusalem on Tuesday.",
    # no place of the clause
    "Zelensky discussed the prisoner swap with Erdogan.",
]


@pytest.mark.parametrize(("text", "venue", "who"), DISCUSSED_WITH)
def test_a_plan_discussed_with_the_mediators_at_a_place_is_a_round_there(read, text, venue, who):
    talks = of_type(read(text, WED), "TalksOpened")
    assert talks and talks[0].location == venue and who <= set(ids(talks[0])), talks


@pytest.mark.parametrize("text", NOT_DISCUSSED_WITH)
def test_a_discussion_by_phone_off_topic_or_with_nobody_at_a_place_is_no_round(read, text):
    assert not of_type(read(text, WED), "TalksOpened"), read(text, WED)


def test_a_plan_discussed_with_the_mediators_is_not_the_discussant_s_proposal(read):
    text = (
        "Hamas negotiators discussed on Saturday in Cairo with the mediators an offer of a truce."
    )
    assert not of_type(read(text, WED), "ProposalMade"), read(text, WED)


# A span of talks told as when something happened opens the round that many days back, even
# after an aim ('efforts to conclude a truce during four days of talks'), not under a modal.
SPAN_AFTER_AN_AIM = [
    (
        "Hamas said Israel had thwarted efforts to reach a truce during four days of talks in "
        "Cairo.",
        "cairo",
    ),
    (
        "Kyiv accused Moscow of trying to stall a deal during three days of talks in Istanbul.",
        "istanbul",
    ),
]


@pytest.mark.parametrize(("text", "venue"), SPAN_AFTER_AN_AIM)
def test_a_span_of_talks_after_an_aim_still_opens_the_round(read, text, venue):
    talks = of_type(read(text, FRI_2025), "TalksOpened")
    assert talks and talks[0].location == venue and talks[0].modality == "asserted", talks


# Back from discussions at a place: the round there was held.
def test_returning_from_discussions_at_a_place_tells_the_round_there(read):
    text = (
        "The Mossad chief has returned from discussions in Doha with the CIA director and the "
        "Qatari prime minister."
    )
    talks = of_type(read(text, FEB_2024), "TalksOpened")
    assert talks and talks[0].location == "doha", talks


def test_refraining_from_discussions_at_a_place_is_no_round(read):
    text = "Hamas officials said they refrained from discussions in Cairo on the issue."
    assert not of_type(read(text, FEB_2024), "TalksOpened")


def test_a_role_told_in_a_relative_aside_sends_no_delegation(read):
    text = "Witkoff, who is leading the US delegation, had spoken of a face-to-face meeting."
    assert not of_type(read(text, MON), "DelegationSent")


def test_a_leader_of_a_team_told_as_the_news_is_still_a_team_sent(read):
    text = "Rustem Umerov is leading the Ukrainian delegation to Istanbul."
    assert of_type(read(text), "DelegationSent")


@pytest.mark.parametrize(
    "text",
    [
        "Araghchi is leading the Iranian delegation to Muscat.",
        "Witkoff, who will lead the US delegation, is expected in Muscat on Saturday.",
    ],
)
def test_leading_a_delegation_as_the_clause_s_deed_sends_it(read, text):
    assert of_type(read(text, MON), "DelegationSent")


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a round told as before another: dated by the span told back from it, never on its day
        (
            "Iran and the US held talks in Rome on Saturday, a week after an initial round of "
            "talks in Muscat.",
            "muscat",
            date(2025, 4, 12),
        ),
        (
            "The talks in Geneva on Saturday came two days after a first round was held in Paris.",
            "paris",
            date(2025, 4, 17),
        ),
    ],
)
def test_a_round_told_before_another_takes_the_span_back_from_it(read, text, place, day):
    found = [f for f in read(text, published=date(2025, 4, 20)) if f.location == place]
    assert found and all(f.type == "TalksOpened" for f in found)
    assert {f.occurred.start for f in found} == {day}, [f.occurred for f in found]


def test_earlier_negotiations_told_after_talks_are_not_on_the_talks_days(read):
    text = (
        "Pakistan and the Taliban met in Istanbul on Monday. The talks, held from October 25 "
        "to 30, followed earlier negotiations in Doha."
    )
    found = [f for f in read(text, published=date(2025, 10, 31)) if f.location == "doha"]
    assert found and all(f.occurred.end < date(2025, 10, 25) for f in found)
    later = [
        f
        for f in read(text, published=date(2025, 10, 31))
        if f.type == "TalksOpened" and f.occurred.start == date(2025, 10, 25)
    ]
    assert later and later[0].location == "istanbul"  # 'The talks': the round placed before


@pytest.mark.parametrize(
    "text",
    [
        "The talks in Doha focused on the release of hostages.",
        "Rubio attended the talks in Geneva on Sunday.",
        "Negotiations between Kinshasa and the M23 focused on prisoner exchanges.",
    ],
)
def test_talks_that_have_a_topic_or_a_named_attendee_are_still_a_round(read, text):
    assert of_type(read(text), "TalksOpened")


def test_those_present_at_a_meeting_told_as_the_news_still_meet(read):
    text = "Thai and Cambodian officials were present at the meeting in Kuala Lumpur on Monday."
    assert of_type(read(text), "TalksOpened")


ABOUT_UKRAINE = "Russia and Ukraine have fought since February 2022.\n"

# A team sent, told in the passive: its owner sends it, to the place after 'to'.
SENT_IN_THE_PASSIVE = [
    (
        ABOUT_GAZA + "Netanyahu said the Israeli team had been sent to Cairo with a new mandate.",
        "israel",
        "cairo",
    ),
    (ABOUT_GAZA + "A Hamas delegation will be dispatched to Doha next week.", "hamas", "doha"),
    (ABOUT_UKRAINE + "Kyiv's negotiators were sent to Istanbul on Monday.", "ukraine", "istanbul"),
    (
        ABOUT_UKRAINE + "A Russian delegation has been sent to Riyadh for the talks.",
        "russia",
        "riyadh",
    ),
]

NOT_SENT_IN_THE_PASSIVE = [
    ABOUT_GAZA + "The negotiators were sent to prison after the coup.",
    ABOUT_GAZA + "Israel's envoys were sent to the front.",
    ABOUT_UKRAINE + "The officials were sent home without a deal.",
]


@pytest.mark.parametrize(("text", "owner", "venue"), SENT_IN_THE_PASSIVE)
def test_a_team_sent_told_in_the_passive_is_sent_by_its_owner(read, text, owner, venue):
    sent = of_type(read(text, FRI_2025), "DelegationSent")
    assert sent and owner in sent[0].actor_ids() and sent[0].location == venue, sent


@pytest.mark.parametrize("text", NOT_SENT_IN_THE_PASSIVE)
def test_a_team_sent_nowhere_to_talk_is_no_delegation_sent(read, text):
    assert not of_type(read(text, FRI_2025), "DelegationSent")


# 'Hamas said a senior delegation was in Cairo': a team no one owns, told by a side, is its own.
SPEAKERS_OWN_TEAM = [
    (
        ABOUT_GAZA
        + "Hamas said a senior delegation was in Cairo for talks with Egyptian officials.",
        "hamas",
    ),
    (ABOUT_GAZA + "Last week Israel said a negotiating team was in Doha.", "israel"),
    (ABOUT_UKRAINE + "The Kremlin said a delegation was in Istanbul for the talks.", "russia"),
    (ABOUT_UKRAINE + "Kyiv announced that a team is in Jeddah.", "ukraine"),
]


@pytest.mark.parametrize(("text", "owner"), SPEAKERS_OWN_TEAM)
def test_a_team_no_one_owns_told_by_a_side_is_the_side_s(read, text, owner):
    assert_read_with_actor(read(text, FRI_2025), text, "DelegationArrived", owner)


def test_a_truce_said_to_be_in_place_is_no_team_present(read):
    text = ABOUT_GAZA + "Hamas said a ceasefire was in place in Gaza."
    assert not of_type(read(text, FRI_2025), "DelegationArrived")


# Negotiating with the other side, told as a verb, is a round of talks.
NEGOTIATED_WITH = [
    (ABOUT_GAZA + "Witkoff negotiated indirectly with Hamas.", "hamas"),
    (ABOUT_GAZA + "A source said Witkoff negotiated with Hamas through Qatari mediators.", "hamas"),
    (ABOUT_UKRAINE + "Turkey negotiated with Russia on Monday over grain exports.", "russia"),
]

NOT_NEGOTIATED_WITH = [
    ABOUT_GAZA + "Netanyahu said Israel will not negotiate with Hamas.",
    ABOUT_GAZA + "Netanyahu said Israel refused to negotiate with Hamas.",
    ABOUT_GAZA + "Trump said he was ready to negotiate with Hamas.",
    ABOUT_UKRAINE + "Putin said he would never negotiate with Zelensky.",
]


@pytest.mark.parametrize(("text", "actor"), NEGOTIATED_WITH)
def test_negotiating_with_the_other_side_is_talks(read, text, actor):
    assert_read_with_actor(read(text, FRI_2025), text, "TalksOpened", actor)


@pytest.mark.parametrize("text", NOT_NEGOTIATED_WITH)
def test_a_refusal_or_a_readiness_to_negotiate_is_no_talks(read, text):
    assert not of_type(read(text, FRI_2025), "TalksOpened")


@pytest.mark.parametrize(
    "text",
    [
        "Iran's foreign minister and his Omani counterpart met in Muscat on Friday to discuss the "
        "arrangements for the third round of indirect talks between Iran and the United States.",
        "Officials began preparations on Monday for a new round of talks between Kigali and "
        "Kinshasa.",
    ],
)
def test_talks_named_as_what_is_being_arranged_are_not_held_between_their_parties(read, text):
    found = of_type(read(text, MON), "TalksOpened")
    assert not any({"iran", "united_states"} <= set(f.actor_ids()) for f in found)
    assert not any({"rwanda", "democratic_republic_of_congo"} <= set(f.actor_ids()) for f in found)


def test_talks_between_two_parties_resuming_are_held(read):
    text = "Talks between Iran and the United States resumed in Rome on Saturday."
    (found,) = of_type(read(text, MON), "TalksOpened")
    assert {"iran", "united_states"} <= set(found.actor_ids())


# Talks still to come told by 'will / is to / is due to negotiate' with a side, or a deal's
# later phase or terms as the object: expected talks, dated by the window the sentence names.
TO_NEGOTIATE = [
    (
        ABOUT_UKRAINE + "Russia is set to negotiate with Ukraine in Istanbul next week.",
        "ukraine",
        (date(2025, 2, 17), date(2025, 2, 23)),
    ),
    (
        ABOUT_GAZA + "Biden said Israel will negotiate the second phase of the deal in the next "
        "six weeks.",
        "israel",
        (date(2025, 2, 15), date(2025, 3, 28)),
    ),
    (
        "The M23 rebels are due to negotiate with the Congolese government in Doha on Monday.",
        "m23",
        (date(2025, 2, 17), date(2025, 2, 17)),
    ),
    (
        "Armenia and Azerbaijan are expected to negotiate the details of the border deal in "
        "Washington on Sunday.",
        "azerbaijan",
        (date(2025, 2, 16), date(2025, 2, 16)),
    ),
]

NOT_TO_NEGOTIATE = [
    ABOUT_UKRAINE + "Russia plans to negotiate with Ukraine.",  # an intent, no round set
    ABOUT_UKRAINE + "Putin said Russia would negotiate with Ukraine only if Kyiv withdrew.",
    ABOUT_GAZA + "Burns will negotiate the release of the remaining hostages.",  # a goal
    ABOUT_GAZA + "Qatar negotiated the release of 50 hostages in November.",
    ABOUT_UKRAINE + "The Kremlin said Russia will not negotiate the terms of a truce.",
]


@pytest.mark.parametrize(("text", "actor", "window"), TO_NEGOTIATE)
def test_a_side_that_will_negotiate_opens_talks_still_to_come(read, text, actor, window):
    found = [f for f in of_type(read(text, FRI_2025), "TalksOpened") if actor in ids(f)]
    assert found and found[0].modality == "expected", found
    assert (found[0].occurred.start, found[0].occurred.end) == window


@pytest.mark.parametrize("text", NOT_TO_NEGOTIATE)
def test_an_intent_a_condition_or_a_goal_to_negotiate_opens_no_talks(read, text):
    assert not of_type(read(text, FRI_2025), "TalksOpened")


@pytest.mark.parametrize(
    ("text", "arrived"),
    [
        (
            "The Saudi team left Sanaa late on Thursday, four days after it arrived.",
            date(2023, 4, 9),
        ),
        (
            "The Egyptian envoy departed Khartoum on Thursday, two days after he had landed.",
            date(2023, 4, 11),
        ),
        (
            "Lavrov left Ankara on Thursday, a week after the Russian delegation arrived.",
            date(2023, 4, 6),
        ),
    ],
)
def test_an_arrival_told_by_the_days_since_it_is_dated_that_many_days_back(read, text, arrived):
    found = read(text, date(2023, 4, 15))
    assert (arrived, arrived) in dated(found, "DelegationArrived"), found


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire took effect on Sunday, two days after it was agreed.",
        "Trump called Netanyahu on Monday, a week after he arrived in office.",
        "The talks resumed three days after the mediators arrived.",
        "The army retook the town on Thursday, four days after it arrived in the area.",
    ],
)
def test_days_after_an_arrival_with_no_one_leaving_a_venue_add_no_arrival(read, text):
    found = read(text, date(2023, 4, 15))
    assert not [f for f in of_type(found, "DelegationArrived") if f.occurred.start.day < 15]


# A team told as scheduled, set or due to travel, its leader named in a 'led by' or 'headed by'
# aside: a delegation sent, still expected, dated by the time of the trip.
@pytest.mark.parametrize(
    ("text", "sender", "start", "end"),
    [
        (
            "Russia's delegation, led by Vladimir Medinsky, is set to fly to Istanbul on Thursday.",
            "russia",
            date(2025, 10, 9),
            date(2025, 10, 9),
        ),
        (
            "The Ukrainian negotiating team is scheduled to travel to Riyadh on Wednesday.",
            "ukraine",
            date(2025, 10, 8),
            date(2025, 10, 8),
        ),
        (
            "A government delegation headed by Otty Patino is due to head to Caracas next week.",
            "colombia",
            date(2025, 10, 13),
            date(2025, 10, 19),
        ),
        (
            "The Sudanese army's team is slated to travel to Geneva on Friday for the talks.",
            "sudan",
            date(2025, 10, 10),
            date(2025, 10, 10),
        ),
    ],
)
def test_a_team_scheduled_to_travel_is_sent_and_expected(read, text, sender, start, end):
    found = of_type(read(text, MON), "DelegationSent")
    assert found and sender in found[0].actor_ids(), [
        (f.type, f.actor_ids()) for f in read(text, MON)
    ]
    assert found[0].modality == "expected"
    assert (found[0].occurred.start, found[0].occurred.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        # a team that will not go, or whose trip is only asked about, is sent nowhere
        "The Hamas delegation will not travel to Cairo this week.",
        "Officials denied that the Israeli team is set to travel to Doha.",
        # a person, not a team, scheduled to travel makes a visit, not a delegation sent
        "President Ruto is scheduled to travel to Addis Ababa on Friday.",
    ],
)
def test_a_trip_refused_or_a_person_s_visit_is_no_team_sent(read, text):
    assert not of_type(read(text, MON), "DelegationSent"), [
        (f.type, f.extractor.rule) for f in read(text, MON)
    ]


# The host country of a round whose sentence names no party is the venue's, not a party,
# unless it mediates or hosts that negotiation (as the data says) or no negotiation is known.
@pytest.mark.parametrize(
    ("text", "parties", "not_party"),
    [
        (
            "Iran and the United States are at odds over enrichment. Talks resumed in Geneva, "
            "Switzerland, on Tuesday.",
            {"iran", "united_states"},
            "switzerland",
        ),
        (
            "Armenia and Azerbaijan are negotiating a peace treaty. A new round opened in Almaty, "
            "Kazakhstan, on Monday.",
            {"armenia", "azerbaijan"},
            "kazakhstan",
        ),
    ],
)
def test_a_venue_s_country_is_no_party_of_a_round_it_does_not_mediate(
    read, text, parties, not_party
):
    (found,) = of_type(read(text, MON), "TalksOpened")
    assert parties <= set(found.actor_ids()) and not_party not in found.actor_ids()


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # a host the negotiation's data names as its mediator stays one of the round's parties
        (
            "Russia and Ukraine are at war. A new round of talks opened in Istanbul on Monday.",
            "turkey",
        ),
        # with no negotiation known, or talks whose sides never meet, the host is the only
        # actor the sentence gives
        ("Talks resumed in Geneva, Switzerland, on Tuesday.", "switzerland"),
        (ABOUT_GAZA + "Spy chiefs gathered in Paris on Sunday for a new round of talks.", "france"),
        # a host that acts is named, and a party of its own deed
        (
            "Armenia and Azerbaijan are negotiating. Kazakhstan hosted a new round in Almaty.",
            "kazakhstan",
        ),
    ],
)
def test_a_mediating_acting_or_only_host_stays_a_party(read, text, host):
    found = of_type(read(text, MON), "TalksOpened")
    assert found and host in found[0].actor_ids()
