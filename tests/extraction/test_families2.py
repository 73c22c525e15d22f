"""Second round of phrasing families, written for the gaps a held-out measurement showed by
family (statements, group arrivals, authorised delegations, dates, demands without 'demand',
reported appeals, approvals and signatures, re-typed spurious events). Every wording here was
written for these tests, not taken from an evaluation article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import of_type

WED = date(2024, 2, 14)  # a Wednesday
MON = date(2025, 10, 6)  # a Monday

STATEMENTS = [
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


@pytest.mark.parametrize(("text", "actor"), STATEMENTS)
def test_an_on_record_assessment_of_the_talks_is_a_statement(read, text, actor):
    found = of_type(read(text, WED), "StatementIssued")
    assert any(actor in f.actor_ids() for f in found), read(text, WED)


NO_STATEMENT = [
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


def test_an_announcement_of_an_extension_is_the_extension_not_a_statement(read):
    text = (
        '"Qatar announces that an agreement has been reached to extend the truce for two days," '
        "spokesman Majed al-Ansari said."
    )
    found = read(text, WED)
    assert of_type(found, "TruceExtended") and not of_type(found, "StatementIssued")
