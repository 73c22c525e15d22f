"""Time expressions resolved against the publication date (Wednesday 2024-02-14 unless said)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.values import Interval
from extraction.gazetteer import fold
from extraction.temporal import find_times, nth_day_offset
from tests.extraction.conftest import of_type

WED = date(2024, 2, 14)


WED_MAR_6 = date(2024, 3, 6)  # a Wednesday


def one_day(day: date) -> tuple[date, date]:
    return (day, day)


def resolve(phrase: str, published: date = WED, future: bool = False):
    times = [t for t in find_times(fold(phrase), published) if t.anchors_event]
    assert times, phrase
    return times[0].interval(future)


def test_weekday_in_past_tense_resolves_to_previous_occurrence():
    assert resolve("on Monday").start == date(2024, 2, 12)


def test_weekday_named_on_publication_day_is_that_day():
    assert resolve("on Wednesday").start == WED
    assert resolve("on Wednesday", future=True).start == WED


def test_weekday_in_future_tense_resolves_to_next_occurrence():
    assert resolve("expected on Sunday", future=True).start == date(2024, 2, 18)


def test_possessive_weekday_reads_as_a_day():
    assert resolve("Friday's talks", date(2024, 4, 26)).start == date(2024, 4, 26)


def test_last_week_is_the_previous_monday_to_sunday():
    iv = resolve("last week")
    assert (iv.start, iv.end, iv.precision) == (date(2024, 2, 5), date(2024, 2, 11), "week")


def test_last_week_said_on_a_sunday_is_the_week_just_ended():
    iv = resolve("last week", date(2024, 3, 3))
    assert (iv.start, iv.end, iv.precision) == (date(2024, 2, 26), date(2024, 3, 2), "week")


def test_a_deed_of_last_week_in_a_sunday_paper_falls_in_the_week_just_ended(read):
    text = "Armenia and Azerbaijan held talks in Almaty last week, officials said."
    (talks,) = of_type(read(text, date(2024, 3, 3)), "TalksOpened")
    assert (talks.occurred.start, talks.occurred.end) == (date(2024, 2, 26), date(2024, 3, 2))


def test_earlier_this_month_runs_from_the_first_to_the_day_before():
    iv = resolve("earlier this month")
    assert (iv.start, iv.end, iv.precision) == (date(2024, 2, 1), date(2024, 2, 13), "approx")


def test_last_month_is_the_previous_calendar_month():
    iv = resolve("last month", date(2024, 3, 5))
    assert (iv.start, iv.end, iv.precision) == (date(2024, 2, 1), date(2024, 2, 29), "month")


def test_late_month_without_year_crosses_the_year_boundary_backwards():
    iv = resolve("a truce in late November")
    assert (iv.start, iv.end, iv.precision) == (date(2023, 11, 20), date(2023, 11, 30), "approx")


def test_month_without_year_in_future_tense_looks_ahead():
    iv = resolve("talks in March", date(2024, 12, 10), future=True)
    assert iv.start == date(2025, 3, 1)


@pytest.mark.parametrize("phrase", ["Oct. 7", "October 7", "7 October", "Oct.7"])
def test_day_and_month_without_year_is_the_most_recent_past_date(phrase):
    assert resolve(f"talks on {phrase}").start == date(2023, 10, 7)


def test_explicit_dates_keep_their_year():
    assert resolve("on January 19, 2025").start == date(2025, 1, 19)


def test_a_date_naming_an_attack_does_not_date_the_event():
    assert not [t for t in find_times(fold("since the Oct. 7 attack"), WED) if t.anchors_event]


def test_yesterday_and_overnight():
    assert resolve("yesterday").start == date(2024, 2, 13)
    iv = resolve("overnight")
    assert iv.start == date(2024, 2, 13) and iv.end == WED


def test_second_day_of_talks_dates_the_opening_to_the_day_before(read):
    found = of_type(read("Ceasefire talks in Cairo entered their second day."), "TalksOpened")
    assert found and found[0].occurred.start == date(2024, 2, 13)
    assert nth_day_offset("the talks entered a third day") == 2


def test_expected_to_last_until_sets_expected_end(read):
    text = "Talks opened in Doha on Monday. The round is expected to last until Friday."
    found = of_type(read(text), "TalksOpened")
    assert found[0].attributes["expected_end"] == date(2024, 2, 16)


def test_standing_position_without_time_gets_the_days_just_before_publication(read):
    found = of_type(read("Hamas insists on a permanent ceasefire."), "DemandStated")
    iv = found[0].occurred
    assert (iv.start, iv.end, iv.precision) == (date(2024, 2, 12), WED, "approx")


def test_statement_without_time_is_dated_to_publication_day(read):
    found = of_type(read("Qatar said the talks were constructive."), "StatementIssued")
    assert found[0].occurred.start == WED and found[0].occurred.precision == "day"


# --- deictic words from extraction/data/time.toml, against the reference date ----------------


def span(phrase: str, published: date = WED, future: bool = False):
    iv = resolve(phrase, published, future)
    return iv.start, iv.end, iv.precision


def test_a_part_of_a_calendar_unit_is_composed_from_part_which_and_unit():
    assert span("later this month") == (date(2024, 2, 15), date(2024, 2, 29), "approx")
    assert span("early next year") == (date(2025, 1, 1), date(2025, 5, 2), "approx")
    assert span("mid next month") == (date(2024, 3, 12), date(2024, 3, 20), "approx")
    assert span("the end of last month", date(2024, 3, 5)) == (
        date(2024, 2, 22),
        date(2024, 2, 29),
        "approx",
    )


def test_a_part_of_the_references_own_year_or_month_needs_no_which_word():
    assert span("at the beginning of the year")[:2] == (date(2024, 1, 1), date(2024, 4, 1))
    assert span("talks at the end of the month") == (
        date(2024, 2, 22),
        date(2024, 2, 29),
        "approx",
    )
    # a deadline dates no deed, and a year-long war names no year
    assert not [
        t for t in find_times(fold("a deal by the end of the year"), WED) if t.anchors_event
    ]
    assert find_times(fold("the end of the year-long war"), WED) == []


def test_an_offset_counts_from_the_beginning_of_the_year_named_before_it():
    times = find_times(fold("a truce at the beginning of the year, rejected days later"), WED)
    assert (times[-1].past.start, times[-1].past.end) == (date(2024, 1, 2), date(2024, 1, 5))


def test_a_deadline_runs_from_the_reference_to_the_end_of_the_unit_it_names():
    assert span("before the end of next week", future=True) == (
        date(2024, 2, 14),
        date(2024, 2, 25),
        "approx",
    )


def test_this_week_reads_up_to_the_reference_in_the_past_and_from_it_ahead():
    assert span("this week")[:2] == (date(2024, 2, 12), WED)
    assert span("this week", future=True)[:2] == (WED, date(2024, 2, 18))


def test_a_window_of_days_ahead_starts_the_day_after_the_reference():
    assert span("within the next seven days", future=True) == (
        date(2024, 2, 15),
        date(2024, 2, 21),
        "approx",
    )
    assert span("in the coming weeks", future=True)[:2] == (WED, date(2024, 3, 13))


def test_a_window_of_days_back_ends_on_the_reference():
    assert span("over the past two weeks") == (date(2024, 1, 31), WED, "approx")


def test_since_a_recent_day_is_the_span_from_then_to_the_reference():
    assert span("freed since Sunday") == (date(2024, 2, 11), WED, "approx")


def test_since_a_distant_time_is_background_and_dates_nothing():
    times = find_times(fold("has insisted since January 3 on a full withdrawal"), WED)
    assert times and not any(t.anchors_event for t in times)


def test_as_soon_as_a_weekday_names_that_weekday_not_soon():
    assert span("to reconvene as soon as Sunday", future=True) == (
        date(2024, 2, 18),
        date(2024, 2, 18),
        "day",
    )


def test_over_the_weekend_is_the_last_saturday_and_sunday():
    assert span("over the weekend") == (date(2024, 2, 10), date(2024, 2, 11), "approx")
    assert span("over the weekend", future=True)[:2] == (date(2024, 2, 17), date(2024, 2, 18))


def test_a_day_and_month_just_gone_is_never_read_as_next_years():
    assert resolve("took effect Jan. 19", date(2025, 1, 27), future=True).start == date(2025, 1, 19)


def test_a_day_and_month_across_the_new_year_is_read_ahead_when_told_as_expected():
    assert resolve("talks on Jan. 5", date(2024, 12, 20), future=True).start == date(2025, 1, 5)


def test_next_before_a_month_and_day_reads_only_ahead():
    published = date(2023, 7, 31)
    (t,) = [t for t in find_times("from next august 3", published)]
    assert t.interval(False).start == t.interval(True).start == date(2023, 8, 3)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("the team leaves tomorrow, Feb. 14, for Doha", date(2024, 2, 14)),
        ("the delegation flies out tomorrow (Wednesday)", date(2024, 2, 14)),
        ("they met yesterday, 12 February, in Cairo", date(2024, 2, 12)),
    ],
)
def test_a_day_word_glossed_by_a_date_gives_way_to_the_date(phrase, day):
    # published a day late (Thursday 15th): 'tomorrow' was said on the eve, the date holds
    times = [t for t in find_times(fold(phrase), date(2024, 2, 15)) if t.anchors_event]
    assert [t.past.start for t in times] == [day], times


def test_a_day_word_apart_from_a_later_date_keeps_its_own_day():
    times = find_times(fold("they met yesterday and will meet again on March 3"), WED)
    assert [t.text for t in times] == ["yesterday", "march 3"]


@pytest.mark.parametrize(
    "phrase",
    [
        "the peace talks slated for Friday in Jeddah",
        "a summit scheduled for 6 November",
        "the signing ceremony, which is set for Sunday,",
    ],
)
def test_a_time_something_is_scheduled_for_belongs_to_that_noun(phrase):
    times = find_times(fold(phrase), WED)
    assert times and all(t.scheduled and not t.anchors_event for t in times), times


def test_since_a_possessive_time_names_a_happening_and_opens_no_span():
    times = find_times(fold("their first meeting since last week's signing in Doha"), WED)
    assert times and not any(t.anchors_event or t.began for t in times), times


@pytest.mark.parametrize(
    ("phrase", "future", "span"),
    [
        (
            "a round in Oslo in the second half of July",
            True,
            (date(2021, 7, 16), date(2021, 7, 31)),
        ),
        ("talks in the first half of March", False, (date(2021, 3, 1), date(2021, 3, 15))),
        (
            "a summit during the last week of February",
            False,
            (date(2021, 2, 22), date(2021, 2, 28)),
        ),
        ("in the first week of June 2021", True, (date(2021, 6, 1), date(2021, 6, 7))),
    ],
)
def test_a_half_or_a_week_of_a_month_is_that_part_of_it(phrase, future, span):
    iv = resolve(phrase, date(2021, 4, 30), future=future)
    assert (iv.start, iv.end, iv.precision) == (*span, "approx")


@pytest.mark.parametrize(
    "phrase",
    [
        "as decided in their interaction of 12 May",
        "under the agreement of May 10, 2025",
        "the Doha declaration of 12 May",
    ],
)
def test_a_date_after_noun_of_names_that_noun(phrase):
    (t,) = find_times(fold(phrase), date(2025, 5, 19))
    assert not t.anchors_event and t.names is not None


@pytest.mark.parametrize("phrase", ["on the night of 12 May", "on the morning of 12 May"])
def test_a_date_after_a_time_noun_of_still_dates(phrase):
    (t,) = find_times(fold(phrase), date(2025, 5, 19))
    assert t.anchors_event and t.past.start == date(2025, 5, 12)


@pytest.mark.parametrize(
    "span",
    ["over the last year", "during the past month", "over the past year", "in the last year"],
)
def test_a_trailing_span_of_background_dates_nothing(span):
    times = find_times(f"hamas, which has been weakened {span}, wants to regroup", WED_MAR_6)
    assert times and not any(t.anchors_event for t in times)


def test_last_year_on_its_own_still_dates_a_deed():
    times = find_times("hamas rejected the offer last year", WED_MAR_6)
    assert [t.anchors_event for t in times] == [True]


def test_a_number_after_a_date_is_no_run_of_days():
    times = find_times("on october 18 and 19 hostages were freed", date(2023, 11, 2))
    assert [(t.past.start, t.past.end) for t in times] == [one_day(date(2023, 10, 18))]


# --- round 5 of dates: a weekday of a named week, counts back, parts of the week ---------------

WED_MAR_20 = date(2024, 3, 20)  # a Wednesday
SUN_MAR_24 = date(2024, 3, 24)  # a Sunday: 'last week' is the working week just ended


@pytest.mark.parametrize(
    ("phrase", "published", "future", "day"),
    [
        ("on Tuesday last week", WED_MAR_20, False, date(2024, 3, 12)),
        ("last week on Tuesday", WED_MAR_20, False, date(2024, 3, 12)),
        ("on Thursday of last week", WED_MAR_20, False, date(2024, 3, 14)),
        ("on Friday, last week", WED_MAR_20, False, date(2024, 3, 15)),
        ("on Monday next week", WED_MAR_20, True, date(2024, 3, 25)),
        ("next week on Friday", WED_MAR_20, True, date(2024, 3, 29)),
        ("on Friday this week", WED_MAR_20, True, date(2024, 3, 22)),
        ("on Tuesday last week", SUN_MAR_24, False, date(2024, 3, 19)),
        ("on Sunday last week", SUN_MAR_24, False, date(2024, 3, 17)),
        # 'this week' told on a Saturday: the coming weekday ahead, the latest one behind
        ("on Wednesday this week", date(2025, 4, 19), True, date(2025, 4, 23)),
        ("on Monday this week", date(2025, 4, 19), False, date(2025, 4, 14)),
    ],
)
def test_a_weekday_of_a_named_week_is_that_day_of_that_week(phrase, published, future, day):
    assert resolve(phrase, published, future) == Interval.day(day)


def test_a_weekday_alone_is_still_the_latest_such_day():
    assert resolve("on Tuesday", WED_MAR_20) == Interval.day(date(2024, 3, 19))


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("three days ago", date(2024, 3, 17), date(2024, 3, 17)),
        ("a fortnight ago", date(2024, 3, 5), date(2024, 3, 7)),
        ("two weeks ago", date(2024, 3, 5), date(2024, 3, 7)),
        ("a month ago", date(2024, 2, 16), date(2024, 2, 22)),
        ("a few days ago", date(2024, 3, 14), date(2024, 3, 18)),
        ("several days ago", date(2024, 3, 14), date(2024, 3, 18)),
        ("days ago", date(2024, 3, 14), date(2024, 3, 18)),
        ("a few weeks ago", date(2024, 2, 21), date(2024, 3, 6)),
    ],
)
def test_a_count_back_from_the_reference_is_a_day_or_a_window(phrase, start, end):
    iv = resolve(f"hamas accepted it {phrase}", WED_MAR_20)
    assert (iv.start, iv.end) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "future", "start", "end"),
    [
        ("this past weekend", False, date(2024, 3, 16), date(2024, 3, 17)),
        ("earlier in the week", False, date(2024, 3, 18), date(2024, 3, 19)),
        ("at the start of the week", False, date(2024, 3, 18), date(2024, 3, 19)),
        ("early in the week", True, date(2024, 3, 25), date(2024, 3, 26)),
    ],
)
def test_parts_of_the_week_and_weekend_told_without_a_which_word(phrase, future, start, end):
    iv = resolve(phrase, WED_MAR_20, future)
    assert (iv.start, iv.end) == (start, end)


@pytest.mark.parametrize(
    "phrase",
    ["the start of the week-long truce", "a truce over the last week", "the week of talks"],
)
def test_week_words_that_name_no_weekday_of_a_week(phrase):
    times = find_times(fold(f"hamas accepted {phrase}"), WED_MAR_20)
    assert not any(t.past.precision == "day" for t in times)
