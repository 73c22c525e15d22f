"""Families read from other-study4's negatives hit, spurious events, misses and date errors,
each tested with sentences written for these tests across several conflicts."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import dated, ids, of_type

FRI = date(2024, 11, 15)  # a Friday
MAR = date(2024, 3, 6)  # a Wednesday


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
