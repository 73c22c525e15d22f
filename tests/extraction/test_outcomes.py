"""Outcome rules (catalog: CeasefireAgreed, TruceExtended, CeasefireCollapsed, HostagesReleased,
PrisonersReleased): truces, extensions and releases, in news phrasing written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.conftest import ABOUT_GAZA, ids, of_type

WED = date(2024, 2, 14)
MON = date(2025, 10, 6)  # a Monday
OCT_2025 = date(2025, 10, 8)  # Witkoff and Kushner are envoys then
FRI_2025 = date(2025, 2, 14)  # a Friday


def test_will_see_hostages_released_is_an_expected_release_without_a_prisoner_event(read):
    found = read("The first phase will see 33 hostages released in exchange for prisoners.", WED)
    assert [f.modality for f in of_type(found, "HostagesReleased")] == ["expected"]
    assert of_type(found, "PrisonersReleased") == []


def test_an_announcement_of_an_extension_is_the_extension_not_a_statement(read):
    text = (
        '"Qatar announces that an agreement has been reached to extend the truce for two days," '
        "spokesman Majed al-Ansari said."
    )
    found = read(text, WED)
    assert of_type(found, "TruceExtended") and not of_type(found, "StatementIssued")


def test_an_extension_minutes_before_the_lapse_takes_the_lapse_day(read):
    text = ABOUT_GAZA + "The truce was extended by one day minutes before it lapsed on Thursday."
    (found,) = of_type(read(text, MON), "TruceExtended")
    assert found.occurred.start == date(2025, 10, 2)


def test_a_past_weekday_dates_the_truce_taking_effect(read):
    found, *_ = of_type(
        read(ABOUT_GAZA + "The ceasefire took effect on Friday.", MON), "CeasefireAgreed"
    )
    assert found.occurred.start == date(2025, 10, 3)


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("A total of 105 hostages were freed over the week-long truce.", "HostagesReleased", 7),
        ("Israel freed 240 prisoners during the seven-day truce.", "PrisonersReleased", 7),
        ("Some 80 hostages were released during the four-day pause.", "HostagesReleased", 4),
    ],
)
def test_a_total_over_a_truce_spans_the_truce(read, text, kind, days):
    (found,) = of_type(read(text, MON), kind)
    assert (found.occurred.end - found.occurred.start).days == days


def test_an_intention_to_return_hostages_is_no_release(read):
    text = "Netanyahu said Israel would continue to act to return all the hostages."
    assert not of_type(read(text, WED), "HostagesReleased")


def test_a_meeting_of_envoys_is_no_ceasefire(read):
    found = read("Witkoff and Kushner met Netanyahu in Jerusalem on Monday.", OCT_2025)
    assert not of_type(found, "CeasefireAgreed") and not of_type(found, "TalksConcluded")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Sixteen hostages — 10 Israelis, four Thais and two Russian-Israelis — were "
            "released on Wednesday night.",
            16,
        ),
        ("Eli Sharabi, Ohad Ben Ami and Or Levy were freed on Saturday.", 3),
        ("On Saturday, Yarden Bibas and Keith Siegel were handed over to the Red Cross.", 2),
    ],
)
def test_releases_counted_before_a_breakdown_or_by_names_default_to_the_holder(read, text, count):
    released = of_type(read(ABOUT_GAZA + text, FRI_2025), "HostagesReleased")
    assert len(released) == 1 and released[0].attributes["count"] == count
    assert ids(released[0]) == {"hamas"} and released[0].occurred.precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        "Zakaria Zubeidi and Marwan Barghouti were released from an Israeli prison on Thursday.",
        "Egypt and Qatar were freed of any blame for the delay.",
        "Women and children were released first, the army said.",
    ],
)
def test_prisoners_states_and_unnamed_groups_are_no_named_hostage_release(read, text):
    assert not of_type(read(text, FRI_2025), "HostagesReleased")
