"""Issues of talks in general, and a negotiation's own words for them."""

from __future__ import annotations

from datetime import date

import pytest

from domain.values import ISSUES
from tests.extraction.conftest import of_type

FRIDAY = date(2025, 5, 16)


WED = date(2024, 2, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Armenia rejected the demand to cede territory on Friday.", "territory"),
        ("Ukraine rejected any deal without security guarantees on Friday.", "security_guarantees"),
        ("Iran rejected the demand to halt uranium enrichment on Friday.", "nuclear_programme"),
        ("The ELN rejected the demand to disarm on Friday.", "disarmament"),
        ("Russia rejected the demand to lift sanctions on Friday.", "sanctions"),
        ("The TPLF rejected the plan for a transitional government on Friday.", "power_sharing"),
    ],
)
def test_general_issues_tag_demands_and_rejections_of_any_talks(read, text, issue):
    found = [f for f in read(text, FRIDAY) if f.type in ("DemandRejected", "ProposalRejected")]
    assert found and issue in found[0].issues, found


def test_a_negotiations_own_words_tag_only_in_its_articles(read):
    about = "Russia and Ukraine held talks last week.\n"
    line = "Ukraine rejected the demand to give up the Donbas on Friday."
    (inside,) = of_type(read(about + line, FRIDAY), "DemandRejected")
    assert "territory" in inside.issues
    (alone,) = of_type(read("Hamas and Israel traded blame.\n" + line, FRIDAY), "DemandRejected")
    assert "territory" not in alone.issues


def test_the_catalog_v2_issues_are_known():
    assert {"prisoner_exchange", "humanitarian_access", "monitoring", "elections"} <= set(ISSUES)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("The ELN demanded that the army pull back from the towns on Friday.", "troop_withdrawal"),
        ("The ELN demanded the army pull its troops out of the region.", "troop_withdrawal"),
        ("The ELN demanded the release of 30 jailed members on Friday.", "prisoner_release"),
        ("The ELN demanded the release of rebels held in state prisons.", "prisoner_release"),
        ("The ELN demanded a pullback but will not give up its weapons.", "disarmament"),
    ],
)
def test_pulling_back_jailed_fighters_and_giving_up_weapons_are_issues_of_any_talks(
    read, text, issue
):
    found = [f for f in read(text, FRIDAY) if f.type in ("DemandStated", "DemandRejected")]
    assert found and issue in found[0].issues, found


def test_a_bilateral_ceasefire_is_the_temporary_truce_of_the_colombia_eln_talks(read):
    about = "Colombia's government and the ELN resumed talks in Caracas.\n"
    line = "The ELN demanded a bilateral ceasefire before the next round, on Friday."
    (inside,) = of_type(read(about + line, FRIDAY), "DemandStated")
    assert inside.negotiation == "colombia-eln"
    assert "temporary_truce" in inside.issues
    elsewhere = "Hamas demanded a bilateral ceasefire before the next round, on Friday."
    (alone,) = of_type(read("Hamas and Israel traded blame.\n" + elsewhere, FRIDAY), "DemandStated")
    assert "temporary_truce" not in alone.issues


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Armenia demanded on Friday that the border delimitation follow old maps.", "territory"),
        ("Thailand wants the border with Cambodia delimited by a joint commission.", "territory"),
        ("Kyiv demanded on Friday a troop disengagement along the front line.", "troop_withdrawal"),
        ("Rwanda demanded on Friday the disengagement of forces near Goma.", "troop_withdrawal"),
    ],
)
def test_border_delimitation_and_troop_disengagement_are_issues_of_any_talks(read, text, issue):
    found = [f for f in read(text, FRIDAY) if f.type in ("DemandStated", "AppealMade")]
    assert found and issue in found[0].issues, found


@pytest.mark.parametrize(
    "text",
    [
        "Moscow called on Friday for 12-hour truces to collect the dead.",
        "Washington proposed on Friday an interim 30-day ceasefire.",
        "Kyiv rejected brief ceasefires on Friday.",
        "The RSF proposed on Friday a 72-hour truce in El Fasher.",
    ],
)
def test_a_short_or_counted_truce_is_a_temporary_truce_in_any_talks(read, text):
    found = [f for f in read(text, FRIDAY) if f.type != "TalksOpened"]
    assert found and "temporary_truce" in found[0].issues, found


@pytest.mark.parametrize(
    "phrase", ["lays down its arms", "laid down their weapons", "hands over its weapons"]
)
def test_laying_down_or_handing_over_arms_is_disarmament(read, phrase):
    text = f"Kinshasa demanded that M23 {phrase} before any talks on Monday."
    found = of_type(read(text, WED), "DemandStated")
    assert found and "disarmament" in found[0].issues
