"""The extractor is total over the calendar: any publication date the ``date`` type can hold
gives findings or none, never an exception, even where a time expression falls off its ends."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.finding import Finding
from extraction.gazetteer import fold
from extraction.temporal import find_times, shift
from tests.extraction.conftest import of_type

SENTENCES = [
    "Hamas said it would respond to the proposal next week.",
    "Talks resumed in Cairo on Tuesday.",
    "Ten days later, Israel released 30 Palestinian prisoners.",
    "Last year Egypt hosted talks between Israel and Hamas in Cairo.",
    "An Israeli delegation arrived in Doha on Dec. 31 and left on Jan. 2.",
    "Qatar said a new round would open next month, three weeks ago.",
    "The truce, which began two weeks earlier, was extended by two days on the 30th.",
    "Hamas freed 12 hostages overnight, the day after talks ended in late December.",
    "Negotiators will meet again early next week, an official said this weekend.",
    "Israel has insisted in recent weeks on a full return of hostages before any truce.",
    "The ceasefire agreed on Jan. 1 collapsed the following day.",
]
EXTREMES = st.one_of(
    st.dates(max_value=date(1, 3, 1)),
    st.dates(min_value=date(9999, 10, 1)),
    st.sampled_from([date.min, date.max]),
    st.dates(),
)


@settings(max_examples=300, deadline=None)
@given(published=EXTREMES, picked=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4))
def test_any_publication_date_gives_findings_or_none_never_an_error(read, published, picked):
    findings = read(" ".join(picked), published)
    assert all(isinstance(f, Finding) for f in findings)
    assert all(f.occurred.start <= f.occurred.end for f in findings)


@settings(max_examples=200, deadline=None)
@given(published=EXTREMES, phrase=st.sampled_from(SENTENCES))
def test_time_expressions_off_the_calendar_are_dropped(published, phrase):
    for t in find_times(fold(phrase), published):
        assert date.min <= t.past.start <= t.past.end <= date.max


def test_an_event_keeps_its_place_when_its_weekday_falls_off_the_calendar(read):
    (talks,) = of_type(read("Talks resumed in Cairo on Tuesday.", date.max), "TalksOpened")
    assert talks.occurred.start == date.max


def test_relative_times_still_resolve_near_the_first_day(read):
    (freed,) = of_type(
        read("Ten days later, Israel released 30 Palestinian prisoners.", date.min),
        "PrisonersReleased",
    )
    assert freed.occurred.start == date(1, 1, 11)


def test_last_year_from_year_one_names_no_time():
    assert find_times(fold("last year"), date(1, 6, 1)) == []


def test_next_week_from_the_last_week_of_the_calendar_names_no_time():
    assert find_times(fold("next week"), date(9999, 12, 28)) == []


def test_a_shifted_date_is_held_within_the_calendar():
    assert shift(date.max, 3) == date.max
    assert shift(date.min, -6) == date.min
    assert shift(date(2024, 2, 28), 2) == date(2024, 3, 1)
