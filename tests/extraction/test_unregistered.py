"""Actors the registry does not list, read from the article: groups defined by an acronym,
named by a group noun or a name ending in one, and persons by title and nationality."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import of_type

FRIDAY = date(2025, 5, 16)


def refs(finding):
    return {a.id: a.unregistered for a in finding.actors}


def test_a_group_defined_with_its_acronym_acts_by_name_and_acronym(read):
    text = (
        "The Sudan Liberation Movement (SLM) rejected the proposal on Friday.\n"
        "The SLM threatened to quit the talks on Friday."
    )
    found = read(text, FRIDAY)
    (rejected,) = of_type(found, "ProposalRejected")
    assert refs(rejected) == {"sudan_liberation_movement": True}
    (threat,) = of_type(found, "ThreatIssued")
    assert "sudan_liberation_movement" in threat.actor_ids()


def test_a_registered_group_defined_with_its_acronym_stays_registered(read):
    (found,) = of_type(
        read("The Rapid Support Forces (RSF) rejected the proposal on Friday.", FRIDAY),
        "ProposalRejected",
    )
    assert refs(found) == {"rsf": False}


def test_a_name_ending_in_a_group_word_is_a_group_unless_the_rest_is_generic(read):
    (army,) = of_type(
        read("The Kachin Independence Army rejected the proposal on Friday.", FRIDAY),
        "ProposalRejected",
    )
    assert refs(army) == {"kachin_independence_army": True}
    (israel,) = of_type(
        read("The Israeli Army rejected the proposal on Friday.", FRIDAY), "ProposalRejected"
    )
    assert refs(israel) == {"israel": False}


def test_a_person_after_a_title_and_nationality_acts_for_that_state(read):
    (found,) = of_type(
        read("Russian negotiator Mikhail Galuzin rejected the proposal on Friday.", FRIDAY),
        "ProposalRejected",
    )
    assert refs(found) == {"mikhail_galuzin": True, "russia": False}
    (houthi,) = of_type(
        read("Houthi chief negotiator Ahmed Saleh rejected the proposal on Friday.", FRIDAY),
        "ProposalRejected",
    )
    assert refs(houthi) == {"ahmed_saleh": True, "houthis": False}


def test_two_unregistered_parties_make_their_own_negotiation(read):
    text = "The Arakan Salvation Army and Myanmar agreed to a ceasefire on Friday."
    (truce,) = of_type(read(text, FRIDAY), "CeasefireAgreed")
    assert truce.negotiation == "arakan_salvation_army-myanmar"


SURNAME_LATER = (
    "Serbian President Aleksandar Vucic arrived in Brussels on Monday for talks with Kosovo "
    "Prime Minister Albin Kurti.\n\nVucic said he was skeptical about the talks. Kurti said the "
    "talks were constructive."
)


def test_an_unregistered_titled_person_named_again_by_surname_acts_for_the_same_state(read):
    found = of_type(read(SURNAME_LATER), "StatementIssued")
    assert any({"aleksandar_vucic", "serbia"} <= set(f.actor_ids()) for f in found), found
    assert any({"albin_kurti", "kosovo"} <= set(f.actor_ids()) for f in found), found


def test_a_surname_before_the_full_titled_name_is_not_read_as_the_person(read):
    text = (
        "Haradinaj said the talks were constructive.\n\nKosovo Prime Minister Ramush Haradinaj "
        "arrived in Brussels on Monday."
    )
    found = of_type(read(text), "StatementIssued")
    assert not any("ramush_haradinaj" in f.actor_ids() for f in found), found


# A person first named in full in a form the registry's titles do not cover, then by surname
# alone: every later surname is the same person, acting for the side of the first mention.
FIRST_IN_FULL = [
    (
        "Hamas and Israel resumed talks in Cairo.\n\nThe Hamas spokesman, Tarek Mansour, spoke "
        "on Friday.\n\nMansour said the talks were constructive.",
        "tarek_mansour",
        "hamas",
    ),
    (
        "The US ambassador to Lebanon, Daniel Halpern, met Lebanese officials on Friday.\n\n"
        "Halpern said the talks were constructive.",
        "daniel_halpern",
        "united_states",
    ),
    (
        "Armenian and Azerbaijani ministers met in Berlin with their German counterpart Karla "
        "Brenner on Friday.\n\nBrenner said the talks were constructive.",
        "karla_brenner",
        "germany",
    ),
    (
        "Colombia and the ELN resumed talks in Mexico City.\n\nThe government delegation, led by "
        "chief negotiator Ana Restrepo, arrived on Friday.\n\nRestrepo said the talks were "
        "constructive.",
        "ana_restrepo",
        "colombia",
    ),
    (
        "South Sudan's government will meet the SPLM-IO in Nairobi, South Sudan's presidency "
        "said.\n\nMinister of "
        "Cabinet Affairs Peter Lual Deng briefed the team on Friday.\n\nDeng said the talks "
        "were constructive.",
        "peter_lual_deng",
        "south_sudan",
    ),
]


@pytest.mark.parametrize(("text", "person", "side"), FIRST_IN_FULL)
def test_a_person_named_in_full_then_by_surname_acts_for_the_side_first_named(
    read, text, person, side
):
    found = of_type(read(text, FRIDAY), "StatementIssued")
    assert any({person, side} <= set(f.actor_ids()) for f in found), [f.actor_ids() for f in found]


def test_a_registered_person_set_off_by_commas_after_a_title_stays_registered(read):
    text = "The Hamas official, Basem Naim, said on Friday the talks were constructive."
    found = of_type(read(text, FRIDAY), "StatementIssued")
    assert found and all(refs(f).get("basem_naim") is False for f in found), [
        refs(f) for f in found
    ]


# A person named as a side's leader by what the side is ('rebel commander X', 'opposition leader
# Y') acts for that side of the article's talks, and is a side of talks held with them.
SIDE_LEADERS = [
    (
        "Congo and the M23 have fought for years.\n\nCongolese President Felix Tshisekedi and "
        "rebel leader Joseph Kabanga held talks in Doha on Friday.",
        "joseph_kabanga",
        "m23",
    ),
    (
        "Talks between President Nicolas Maduro and opposition leader Elena Torres opened in "
        "Barbados on Friday.",
        "elena_torres",
        "unitary_platform",
    ),
    (
        "Colombia and the ELN have fought for decades.\n\nTalks between the government and "
        "guerrilla commander Ramon Ortiz opened in Havana on Friday.",
        "ramon_ortiz",
        "eln",
    ),
]


@pytest.mark.parametrize(("text", "person", "side"), SIDE_LEADERS)
def test_a_person_leading_a_side_named_by_what_it_is_is_a_side_of_the_talks(
    read, text, person, side
):
    found = of_type(read(text, FRIDAY), "TalksOpened")
    assert any({person, side} <= set(f.actor_ids()) for f in found), [f.actor_ids() for f in found]


def test_an_opposition_leader_in_a_state_whose_talks_have_no_opposition_side_is_no_one(read):
    text = (
        "Israel and Hamas have fought since 2023.\n\nOpposition leader Dan Levin said on Friday "
        "the talks had failed."
    )
    found = read(text, FRIDAY)
    assert all("hamas" not in f.actor_ids() for f in found if "dan_levin" in f.actor_ids())
    assert all("dan_levin" not in f.actor_ids() for f in found)


# A person the registry does not list, named with a state's title in any order: the person acts
# for the state (and the title's registered holder on the day is not read in their place).
TITLE_ORDERS = [
    # 'X's foreign minister NAME'
    (
        "Azerbaijan's foreign minister Elnur Gasimov rejected the proposal on Friday.",
        "elnur_gasimov",
        "azerbaijan",
    ),
    # 'NAME, X's foreign minister,'
    (
        "Elnur Gasimov, Azerbaijan's foreign minister, rejected the proposal on Friday.",
        "elnur_gasimov",
        "azerbaijan",
    ),
    (
        "Somchai Rattana, Thailand's defence minister, rejected the proposal on Friday.",
        "somchai_rattana",
        "thailand",
    ),
    # 'the foreign minister of X, NAME,'
    (
        "The foreign minister of Azerbaijan, Elnur Gasimov, rejected the proposal on Friday.",
        "elnur_gasimov",
        "azerbaijan",
    ),
    (
        "The prime minister of Kosovo, Arben Krasniqi, rejected the proposal on Friday.",
        "arben_krasniqi",
        "kosovo",
    ),
    # 'the Minister of Foreign Affairs of X NAME'
    (
        "The Minister of Foreign Affairs of Armenia Davit Sargsyan rejected the proposal on "
        "Friday.",
        "davit_sargsyan",
        "armenia",
    ),
    # 'NAME, the head of the X delegation,'
    (
        "Oleksandr Marchenko, the head of the Ukrainian delegation, rejected the proposal on "
        "Friday.",
        "oleksandr_marchenko",
        "ukraine",
    ),
    (
        "Ahmed Karrar, head of the Sudanese army delegation, rejected the proposal on Friday.",
        "ahmed_karrar",
        "sudan",
    ),
    (
        "Jean Kabamba, the head of the M23 delegation, rejected the proposal on Friday.",
        "jean_kabamba",
        "m23",
    ),
]


@pytest.mark.parametrize(("text", "person", "side"), TITLE_ORDERS)
def test_a_person_named_with_a_states_title_in_any_order_acts_for_it(read, text, person, side):
    (found,) = of_type(read(text, FRIDAY), "ProposalRejected")
    assert {person, side} <= set(found.actor_ids()), found.actor_ids()
    assert refs(found)[person] is True
    # the registered holder of the title on the day is not its doer
    assert not {"jeyhun_bayramov", "ararat_mirzoyan", "andrii_sybiha"} & set(found.actor_ids())


NOT_A_TITLED_PERSON = [
    # the name before the comma is a place, the title's holder is named elsewhere
    "In Baku, Azerbaijan's foreign minister rejected the proposal on Friday.",
    # what follows the state is no office of it
    "Elnur Gasimov, Azerbaijan's most famous chess player, rejected the proposal on Friday.",
]


@pytest.mark.parametrize("text", NOT_A_TITLED_PERSON)
def test_a_name_next_to_a_state_without_its_office_is_no_titled_person(read, text):
    found = read(text, FRIDAY)
    assert all(
        "elnur_gasimov" not in f.actor_ids() or "azerbaijan" not in f.actor_ids() for f in found
    )
    assert all("baku" not in f.actor_ids() for f in found)


RIVALS = [
    (
        "Mozambique's president Daniel Chapo held talks with his main political rival, Venancio "
        "Mondlane, on Friday.",
        "venancio_mondlane",
    ),
    (
        "A meeting between Kenyan President William Ruto and his long-time opponent, Raila "
        "Odinga, took place in Nairobi on Friday.",
        "raila_odinga",
    ),
    (
        "Talks on a unity government resumed. The president met her challenger, Maria Okonkwo, for "
        "talks in Abuja on Friday.",
        "maria_okonkwo",
    ),
]


@pytest.mark.parametrize(("text", "person"), RIVALS)
def test_a_rival_named_in_apposition_is_a_person_at_the_talks(read, text, person):
    found = of_type(read(text, FRIDAY), "TalksOpened")
    assert any(person in f.actor_ids() for f in found), [f.actor_ids() for f in found]
    assert all(refs(f).get(person, True) for f in found)


def test_a_rival_that_is_no_name_is_nobody(read):
    found = read(
        "Mozambique's president Daniel Chapo held talks with his main political rival, the "
        "opposition, on Friday.",
        FRIDAY,
    )
    assert all(not any(a.unregistered and a.id.startswith("the") for a in f.actors) for f in found)
