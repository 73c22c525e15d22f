"""Modality and negation: idioms, habits, hypotheticals and timing clauses are no events, in news
phrasing written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import of_type


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


def test_continuing_as_long_as_another_side_acts_is_a_condition(read):
    text = "Hamas will keep fighting as long as Israel occupies Gaza."
    assert of_type(read(text), "DemandStated")
