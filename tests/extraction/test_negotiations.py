"""Each finding belongs to a negotiation: both sides named, one side and its context, a new
pair of parties, or only a mediator following its paragraph and article."""

from __future__ import annotations

from datetime import date

import pytest

from domain.finding import Finding
from domain.values import ActorRef, Evidence, ExtractorRef, Interval
from extraction.negotiations import Assigner, Negotiation, pair_id
from tests.extraction.conftest import ABOUT_GAZA, ids, of_type

FRIDAY = date(2025, 5, 16)


TUESDAY = date(2025, 3, 18)


def test_an_event_naming_both_sides_goes_to_their_negotiation(read):
    found = of_type(
        read("Russian and Ukrainian delegations met for talks in Istanbul on Friday.", FRIDAY),
        "TalksOpened",
    )
    assert [f.negotiation for f in found] == ["russia-ukraine"]


def test_one_side_goes_to_the_negotiation_its_article_is_about(read):
    text = (
        "Israel and Hezbollah have exchanged fire across the border for months.\n"
        "Israel rejected the proposal on Friday."
    )
    lebanon = of_type(read(text, FRIDAY), "ProposalRejected")
    assert [f.negotiation for f in lebanon] == ["hezbollah-israel"]
    gaza = of_type(
        read("Hamas and Israel traded blame.\nIsrael rejected the proposal on Friday.", FRIDAY),
        "ProposalRejected",
    )
    assert [f.negotiation for f in gaza] == ["israel-hamas"]


def test_a_side_of_a_single_negotiation_needs_no_context(read):
    found = of_type(
        read("The M23 rebels rejected the proposal on Friday.", FRIDAY), "ProposalRejected"
    )
    assert [f.negotiation for f in found] == ["democratic_republic_of_congo-m23"]


def test_two_parties_no_data_pairs_make_a_new_negotiation_named_by_their_sorted_ids(read):
    found = of_type(
        read("Peru and Ecuador agreed to a ceasefire on Friday.", FRIDAY), "CeasefireAgreed"
    )
    assert [f.negotiation for f in found] == [pair_id("peru", "ecuador")] == ["ecuador-peru"]


def test_a_mediator_and_its_party_make_no_new_negotiation(read):
    for f in read("Egypt and Israel rejected the proposal on Friday.", FRIDAY):
        assert f.negotiation == "israel-hamas"


def _finding(actor: str, start: int, role: str = "subject") -> Finding:
    return Finding(
        "AppealMade",
        Interval.day(FRIDAY),
        (ActorRef(actor, role),),
        Evidence("a", 0, (start, start + 5), "....."),
        ExtractorRef("rules", "test"),
    )


def test_a_mediator_alone_follows_its_paragraph_then_its_article_else_unassigned():
    known = [
        Negotiation("a-b", "A and B", ("a", "b"), ("m",)),
        Negotiation("c-d", "C and D", ("c", "d"), ("m",)),
    ]
    kinds = dict.fromkeys("abcdm", "state")
    assigner = Assigner(known, frozenset(), kinds)
    text = "a and b.....\nm said.....\nc and d. m...."
    findings = [_finding("a", 0), _finding("m", 13), _finding("c", 25), _finding("m", 34)]
    got = assigner.assign(findings, text, FRIDAY, [(0, "a"), (25, "c")], lambda x: (x,))
    assert [f.negotiation for f in got] == ["a-b", "a-b", "c-d", "c-d"]
    alone = assigner.assign([_finding("m", 0)], "m said", FRIDAY, [], lambda x: (x,))
    assert alone[0].negotiation == "unassigned"


def test_an_article_whose_findings_are_all_of_mediators_goes_to_the_talks_it_names(read):
    text = (
        "Russia and Ukraine have fought since 2022.\n\n"
        "Qatar's foreign minister presented a new peace proposal on Friday."
    )
    found = read(text, FRIDAY)
    assert found and {f.negotiation for f in found} == {"russia-ukraine"}


def test_a_side_of_other_talks_mediating_here_keeps_the_findings_in_these_talks(read):
    # the US is a side of the nuclear talks with Iran, which the article never names
    text = (
        "Egypt seeks a short truce in Gaza.\n"
        "The head of Israel's Mossad, David Barnea, met in Doha, Qatar, with CIA Director Bill "
        "Burns and the Prime Minister of Qatar. Egypt's president presented a new ceasefire "
        "proposal.\nThe United States, Egypt and Qatar have mediated for months between Israel "
        "and Hamas."
    )
    found = read(text, date(2024, 10, 28))
    assert found and {f.negotiation for f in found} == {"israel-hamas"}


def test_a_negotiation_outside_its_dates_is_not_chosen():
    known = [Negotiation("a-b", "A and B", ("a", "b"), start=date(2026, 1, 1))]
    assigner = Assigner(known, frozenset(), dict.fromkeys("ab", "state"))
    finding = _finding("a", 0)
    got = assigner.assign([finding], "a", FRIDAY, [(0, "a")], lambda x: (x,))
    assert got[0].negotiation == "unassigned"


def test_stored_events_without_a_negotiation_decode_as_unassigned():
    from domain.events import TalksOpened

    assert TalksOpened.negotiation == "unassigned"
    assert "negotiation" in TalksOpened.ENVELOPE


def test_a_truce_of_two_other_states_never_names_the_gaza_parties(read):
    text = (
        "India and Pakistan have agreed to a full and immediate ceasefire, the US president said.\n"
        "The ceasefire took effect at 5 p.m. on Saturday."
    )
    for f in read(text, date(2025, 5, 11)):
        assert not {"hamas", "israel"} & set(f.actor_ids()), f


def test_parties_a_sentence_does_not_name_come_from_the_article(read):
    text = (
        "Armenia and Azerbaijan have fought over Karabakh for decades.\n"
        "The ceasefire took effect on Friday."
    )
    (truce,) = of_type(read(text, FRIDAY), "CeasefireAgreed")
    assert set(truce.actor_ids()) == {"armenia", "azerbaijan"}
    assert truce.negotiation == "armenia-azerbaijan"


def test_prisoners_freed_by_nobody_named_are_freed_by_both_sides_of_the_article(read):
    text = (
        "Russia and Ukraine met in Istanbul last week.\n"
        "In all, 390 prisoners were released on Friday."
    )
    (swap,) = of_type(read(text, FRIDAY), "PrisonersReleased")
    assert {"russia", "ukraine"} <= set(swap.actor_ids())


def test_without_sides_in_sentence_or_article_a_truce_has_no_parties(read):
    assert not of_type(read("The ceasefire took effect on Friday.", FRIDAY), "CeasefireAgreed")


def test_one_side_named_alone_does_not_make_an_article_about_that_sides_other_talks(read):
    text = (
        "Serbian and Kosovar leaders met in Brussels, with a United States envoy present.\n"
        "The meeting ended after four hours on Friday."
    )
    for f in read(text, FRIDAY):
        assert "iran" not in f.actor_ids(), f


def test_a_third_party_acting_in_the_articles_negotiation_brings_no_other_war(read):
    text = (
        "Hezbollah and Israel have observed a ceasefire along the Litani since November.\n"
        "Washington stepped up pressure on the group, despite the ceasefire in November."
    )
    for f in read(text, FRIDAY):
        assert "iran" not in f.actor_ids(), f
        assert f.negotiation in ("hezbollah-israel", "unassigned", None), f


def test_pakistan_and_afghanistan_are_a_known_negotiation_not_india_pakistan(read):
    text = "Pakistan and Afghanistan agreed to a ceasefire on Thursday, Turkey said."
    found = [f for f in read(text, FRIDAY) if f.type in ("CeasefireAgreed", "TruceExtended")]
    assert found
    assert {f.negotiation for f in found} == {"afghanistan-pakistan"}
    assert not {"india"} & {a for f in found for a in f.actor_ids()}


def test_two_mediators_of_one_negotiation_meeting_make_no_new_pair():
    known = [
        Negotiation("a-b", "A and B", ("a", "b"), ("m", "n")),
        Negotiation("m-x", "", ("m", "x")),
    ]
    assigner = Assigner(known, frozenset(), dict.fromkeys("abmnx", "state"))
    talks = Finding(
        "TalksOpened",
        Interval.day(FRIDAY),
        (ActorRef("m", "subject"), ActorRef("n", "participant")),
        Evidence("a", 0, (12, 20), "........"),
        ExtractorRef("rules", "test"),
    )
    text = "a fights b.\nm meets n...."
    got = assigner.assign([talks], text, FRIDAY, [(0, "a"), (8, "b"), (12, "m")], lambda x: (x,))
    assert got[0].negotiation == "a-b"


def test_myanmars_military_and_its_armed_alliance_are_a_known_negotiation(read):
    text = (
        "The Tatmadaw and the Three Brotherhood Alliance agreed to a ceasefire on Thursday "
        "after talks hosted by China in Kunming."
    )
    found = [f for f in read(text, FRIDAY) if f.type in ("CeasefireAgreed", "TruceExtended")]
    assert found
    assert {f.negotiation for f in found} == {"myanmar-three_brotherhood_alliance"}
    assert "myanmar" in {a for f in found for a in f.actor_ids()}
    alone = of_type(
        read("The Brotherhood Alliance rejected the proposal on Friday.", FRIDAY),
        "ProposalRejected",
    )
    assert [f.negotiation for f in alone] == ["myanmar-three_brotherhood_alliance"]


def test_venezuelas_government_and_its_opposition_are_a_known_negotiation_not_a_new_pair(read):
    text = (
        "Venezuela's government and the opposition Unitary Platform resumed talks in Mexico "
        "City on Thursday, with Norway mediating."
    )
    found = of_type(read(text, FRIDAY), "TalksOpened")
    assert found
    assert {f.negotiation for f in found} == {"unitary_platform-venezuela"}


def test_a_sentence_with_no_side_goes_to_the_first_listed_negotiation_whose_word_it_names():
    known = [
        Negotiation("n1", "One", ("a", "b"), aliases=("darfur",)),
        Negotiation("n2", "Two", ("c", "d"), aliases=("gaza", "rafah")),
        Negotiation("n3", "Three", ("e", "f"), aliases=("rafah",), end=date(2020, 1, 1)),
    ]
    assigner = Assigner(known, frozenset(), {})

    def about(folded: str) -> str | None:
        n = assigner.of_sentence((), folded, FRIDAY, None)
        return n.id if n else None

    assert about("aid reached rafah and darfur on friday") == "n1"  # listed first
    assert about("aid reached rafah on friday") == "n2"  # n3 is no longer live
    assert about("aid reached gazan towns") is None  # a word, not part of one


@pytest.mark.parametrize(
    ("text", "negotiation"),
    [
        (
            "Russia and Ukraine have fought since 2022.\n"
            "On Sunday, Steve Witkoff \u2014 who helped broker the truce between Israel and Hamas "
            "\u2014 held talks in Geneva with Ukrainian negotiators.",
            "russia-ukraine",
        ),
        (
            "Armenia and Azerbaijan have been in talks on a peace treaty since 2022.\n"
            "On Monday, Marco Rubio -- long a critic of Russia and a friend of Ukraine -- held "
            "talks in Abu Dhabi with Armenian negotiators.",
            "armenia-azerbaijan",
        ),
    ],
)
def test_sides_an_aside_between_dashes_names_do_not_decide_the_talks(read, text, negotiation):
    found = [f for f in read(text, date(2025, 12, 1)) if f.type == "TalksOpened"]
    assert found and {f.negotiation for f in found} == {negotiation}


# The Belgrade-Pristina dialogue is a known negotiation: a round naming no party is its sides'.


def test_a_round_naming_no_party_in_a_kosovo_serbia_story_is_theirs(read):
    text = (
        "Serbia and Kosovo tentatively agreed on the EU plan on Saturday.\n"
        "At a briefing after nearly 12 hours of talks in Ohrid, the EU envoy said a deal was near."
    )
    talks = [f for f in of_type(read(text, date(2023, 3, 19)), "TalksOpened") if f.location]
    assert talks and {"serbia", "kosovo"} <= ids(talks[0])
    assert talks[0].negotiation == "kosovo-serbia"


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


# Talks of its own, a mediator's role, and a mediator shared by two talks: which talks a finding
# goes to. Each case's id says the rule it specifies.
@pytest.mark.parametrize(
    ("text", "kind", "negotiation"),
    [
        pytest.param(
            "Israel and Hamas have fought for months; Qatar and Egypt mediate between them.\n"
            "The US envoy presented Hamas and Israel with a new proposal on Friday, officials "
            "said.",
            "ProposalMade",
            "israel-hamas",
            id="a party to talks of its own acting as a mediator goes to the talks it mediates",
        ),
        pytest.param(
            "Iran and the United States held a round of nuclear talks in Muscat last week.\n"
            "The United States presented Iran with a new proposal on Friday, officials said.",
            "ProposalMade",
            "iran-united_states",
            id="a side of talks of its own keeps them when their other side is named",
        ),
        pytest.param(
            "Israel and Hamas have fought for months; Egypt mediates between them.\n"
            "Hamas said it would not attend the next round, and Israel has not yet replied.\n"
            "Iranian officials warned of retaliation.\n"
            "The United States said it expects indirect talks to go ahead in Qatar on Thursday.",
            "TalksOpened",
            "israel-hamas",
            id="a mediator of both talks named in the sentence weighs for neither",
        ),
        pytest.param(
            "Iran and the United States held a round of nuclear talks last month.\n"
            "The United States said it expects indirect talks to go ahead in Oman on Saturday.",
            "TalksOpened",
            "iran-united_states",
            id="a side of talks of its own with a shared mediator keeps them when named alone",
        ),
        pytest.param(
            "Talks between Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign "
            "Minister Jeyhun Bayramov opened in Berlin on Wednesday, one session held with "
            "their German counterpart.",
            "TalksOpened",
            "armenia-azerbaijan",
            id="a host joining the talks of a known pair its paragraph names makes no new pair",
        ),
        pytest.param(
            "Serbian and Kosovar negotiators began talks in Paris on Friday, joined by the "
            "French foreign minister for a session.",
            "TalksOpened",
            "kosovo-serbia",
            id="a host joining talks whose sides are named by their adjectives makes no new pair",
        ),
        pytest.param(
            "The High State Council and the east-based parliament reached a deal on election "
            "laws on Friday after consultations in Cairo.",
            "TalksOpened",
            "high_council_of_state-house_of_representatives",
            id="libya's rival chambers agreeing are the known talks, not a new pair of their ids",
        ),
    ],
)
def test_a_finding_goes_to_the_talks_its_sides_and_mediators_point_to(
    read, text, kind, negotiation
):
    found = of_type(read(text, FRIDAY), kind)
    assert found and {f.negotiation for f in found} == {negotiation}


@pytest.mark.parametrize(
    "text, when",
    [
        ("US and Russian delegations met for talks in Geneva on Monday.", date(2022, 1, 10)),
        ("Russian and American negotiators held talks in Vienna on Friday.", date(2021, 12, 3)),
    ],
)
def test_two_comediators_meeting_with_none_of_their_sides_named_hold_talks_of_their_own(
    read, text, when
):
    # the US and Russia both mediate between Armenia and Azerbaijan, whom no one names here
    found = of_type(read(text, when), "TalksOpened")
    assert [f.negotiation for f in found] == ["russia-united_states"]
