"""Dates in shapes real news copy gives them: what sources say is still to come, the day a
speaker said something about the future, pages that lost the space after a period, and
background spans ('over the last year'). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extraction.sentences import split_sentences
from extraction.temporal import find_times
from tests.extraction.conftest import ABOUT_GAZA, dated

SAT = date(2024, 3, 2)  # a Saturday: the coming Sunday is the next day
WED = date(2024, 3, 6)  # a Wednesday


def one_day(day: date) -> tuple[date, date]:
    return (day, day)


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli and Hamas negotiators were expected to arrive in Cairo on Sunday, two Egyptian "
        "security sources said.",
        "The Hamas delegation is due to arrive in Cairo on Sunday, according to sources briefed "
        "on the talks.",
        "A Hamas delegation was expected to fly to Cairo on Sunday, a person familiar with the "
        "plans said.",
    ],
)
def test_what_unnamed_sources_say_is_expected_takes_the_coming_day(read, sentence):
    assert dated(read(sentence, SAT), "DelegationArrived") == [one_day(date(2024, 3, 3))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Egypt said on Monday it will host a new round of talks between Israel and Hamas.",
        "Egypt announced on Monday that it would host talks between Israel and Hamas.",
        "Egypt confirmed on Monday it was ready to host talks between Israel and Hamas.",
    ],
)
def test_a_speakers_past_day_is_not_read_as_the_coming_one(read, sentence):
    # Monday is gone by Wednesday: it is when Egypt spoke, not a Monday ahead.
    assert all(end <= WED for _, end in dated(read(sentence, WED), "TalksOpened"))


def test_a_time_of_the_announced_clause_still_dates_what_was_announced(read):
    found = read(
        "Egypt announced on Monday it would host talks between Israel and Hamas on Sunday.", WED
    )
    assert set(dated(found, "TalksOpened")) == {one_day(date(2024, 3, 10))}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Hamas wants time to regroup.The envoy met Qatar's premier.", 2),
        ("Talks stalled.Mediators said they would try again.", 2),
        ('He said "never."The group left.', 2),
        ("Mrs.Jones spoke to Axios.com on Monday.", 1),
        ("The U.S.Army was not involved.", 1),
    ],
)
def test_a_period_glued_to_the_next_sentence_still_ends_a_sentence(text, parts):
    assert len(split_sentences(text)) == parts


@pytest.mark.parametrize(
    "span",
    ["over the last year", "during the past month", "over the past year", "in the last year"],
)
def test_a_trailing_span_of_background_dates_nothing(span):
    times = find_times(f"hamas, which has been weakened {span}, wants to regroup", WED)
    assert times and not any(t.anchors_event for t in times)


def test_last_year_on_its_own_still_dates_a_deed():
    times = find_times("hamas rejected the offer last year", WED)
    assert [t.anchors_event for t in times] == [True]


def test_a_background_span_in_the_sentence_before_does_not_date_an_undated_meeting(read):
    text = ABOUT_GAZA + (
        "Israel says Hamas, which has been badly weakened over the last year, must not regroup."
        "The announcement came as Mossad chief David Barnea met Qatar's prime minister in Doha."
    )
    assert dated(read(text, WED), "TalksOpened") == [one_day(WED)]


@pytest.mark.parametrize(
    ("sentence", "kind", "day"),
    [
        (
            ABOUT_GAZA + "The Cairo talks, which began on Sunday, ended without a deal on Tuesday.",
            "TalksOpened",
            date(2024, 3, 3),
        ),
        (
            ABOUT_GAZA + "The Cairo talks, which began on Sunday, ended without a deal on Tuesday.",
            "TalksConcluded",
            date(2024, 3, 5),
        ),
        (
            "Israel sent a delegation to Cairo on Sunday for talks with Hamas that ended on "
            "Tuesday without a deal.",
            "TalksConcluded",
            date(2024, 3, 5),
        ),
        (
            "Israel sent a delegation to Cairo on Sunday for talks with Hamas that ended on "
            "Tuesday without a deal.",
            "DelegationSent",
            date(2024, 3, 3),
        ),
    ],
)
def test_a_happening_told_in_a_relative_clause_takes_that_clauses_time(read, sentence, kind, day):
    assert set(dated(read(sentence, WED), kind)) == {one_day(day)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between Hamas and Egyptian mediators have been under way in Cairo since Sunday.",
        "Hamas and Israel have held indirect talks in Doha since Sunday.",
    ],
)
def test_talks_under_way_since_a_day_opened_on_that_day(read, sentence):
    assert dated(read(sentence, WED), "TalksOpened") == [one_day(date(2024, 3, 3))]


def test_what_is_not_an_opening_keeps_the_span_since_a_day(read):
    found = read("Hamas has rejected every Israeli offer since Sunday.", WED)
    assert dated(found, "ProposalRejected") == [(date(2024, 3, 3), WED)]


def test_one_more_deed_told_with_also_in_the_perfect_takes_the_occasions_day(read):
    text = (
        "Israel's prime minister's office announced the release of six hostages by Hamas on "
        "Thursday.\n\nIsrael has also released 30 Palestinian prisoners as part of the agreement."
    )
    found = read(text, date(2023, 12, 1))
    assert dated(found, "PrisonersReleased") == [one_day(date(2023, 11, 30))]


def test_a_deed_in_the_perfect_without_also_keeps_the_publication_day(read):
    text = (
        "Israel's prime minister's office announced the release of six hostages by Hamas on "
        "Thursday.\n\nIsrael has released 30 Palestinian prisoners as part of the agreement."
    )
    found = read(text, date(2023, 12, 1))
    assert dated(found, "PrisonersReleased") == [one_day(date(2023, 12, 1))]


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        ("from October 25 to 30", date(2023, 10, 25), date(2023, 10, 30)),
        ("on October 18 and 19", date(2023, 10, 18), date(2023, 10, 19)),
        ("on 18-19 October", date(2023, 10, 18), date(2023, 10, 19)),
        ("between 3 and 5 October 2023", date(2023, 10, 3), date(2023, 10, 5)),
    ],
)
def test_a_run_of_days_in_one_month_dates_talks_held_over_it(read, words, first, last):
    found = read(f"Talks between Israel and Hamas were held in Cairo {words}.", date(2023, 11, 2))
    assert (first, last) in dated(found, "TalksOpened")


def test_a_number_after_a_date_is_no_run_of_days():
    times = find_times("on october 18 and 19 hostages were freed", date(2023, 11, 2))
    assert [(t.past.start, t.past.end) for t in times] == [one_day(date(2023, 10, 18))]


@pytest.mark.parametrize(
    "aside", ["announced on Wednesday", "which Qatar announced on Wednesday", "agreed on Wednesday"]
)
def test_a_time_in_an_aside_between_noun_and_verb_does_not_date_the_verb(read, aside):
    text = ABOUT_GAZA + f"The truce, {aside}, will take effect on Friday, Qatar said."
    found = read(text, date(2023, 11, 23))
    assert dated(found, "CeasefireAgreed") == [one_day(date(2023, 11, 24))]


@pytest.mark.parametrize(
    "said", ["an Israeli official said on Monday", "a source told Reuters on Monday"]
)
def test_the_day_a_source_spoke_after_an_announced_deed_is_gone_not_ahead(read, said):
    found = read(f"Israel will send a delegation to Cairo for talks with Hamas, {said}.", WED)
    assert dated(found, "DelegationSent") == [one_day(date(2024, 3, 4))]


def test_the_deeds_own_day_still_dates_it_before_a_trailing_speaker(read):
    found = read(
        "Israel will send a delegation to Cairo on Sunday, an official said on Monday.", WED
    )
    assert dated(found, "DelegationSent") == [one_day(date(2024, 3, 10))]


@pytest.mark.parametrize(
    ("aside", "opened"),
    [
        ("held over the weekend in Cairo", (date(2024, 3, 2), date(2024, 3, 3))),
        ("held in Cairo on Sunday", one_day(date(2024, 3, 3))),
    ],
)
def test_talks_told_in_an_aside_opened_then_and_ended_on_the_verbs_day(read, aside, opened):
    found = read(ABOUT_GAZA + f"The talks, {aside}, ended without a deal on Tuesday.", WED)
    assert dated(found, "TalksOpened") == [opened]
    assert dated(found, "TalksConcluded") == [one_day(date(2024, 3, 5))]


def test_a_comma_closes_an_after_clause_so_the_main_verbs_time_dates_it(read):
    text = (
        "Talks between Israel and Hamas, stalled for weeks after collapsing in March, resumed "
        "on Monday in Cairo."
    )
    assert one_day(date(2024, 3, 4)) in dated(read(text, WED), "TalksOpened")


def test_a_time_inside_an_after_clause_still_dates_nothing_before_it(read):
    text = "Israel sent a delegation to Cairo after Hamas accepted the proposal on Monday."
    assert dated(read(text, WED), "DelegationSent") == [one_day(WED)]


def test_an_undated_past_deed_just_after_a_lead_told_around_a_dated_event_takes_its_day(read):
    text = (
        "Truce takes hold in Gaza\n\n"
        "Three Israeli hostages are home after a ceasefire between Israel and Hamas took effect "
        "in Gaza on Sunday.\n\n"
        "The truce had been due to begin in the morning, but Israeli Prime Minister Benjamin "
        "Netanyahu ordered the army to keep fighting until Hamas handed over the names of the "
        "hostages."
    )
    found = read(text, date(2025, 1, 20))
    assert dated(found, "DemandStated") == [one_day(date(2025, 1, 19))]


@pytest.mark.parametrize(
    "second",
    [
        "Israel sent a delegation to Cairo on Monday.",
        "Israel sent a delegation to Cairo as soon as next week, officials said.",
    ],
)
def test_a_deed_after_the_lead_with_a_time_of_its_own_keeps_it(read, second):
    text = (
        "Hamas accepted the Egyptian ceasefire proposal on Sunday, its officials said.\n\n" + second
    )
    found = read(text, date(2024, 3, 6))
    assert all(start != date(2024, 3, 3) for start, _ in dated(found, "DelegationSent"))


def test_a_deed_two_sentences_after_a_dated_lead_by_one_of_its_actors_takes_its_day(read):
    text = (
        "Hamas accepted the Egyptian ceasefire proposal on Sunday, its officials said.\n\n"
        "Crowds gathered in the streets of Gaza City to celebrate the news.\n\n"
        "Israel rejected the Hamas response, saying it fell short of its demands."
    )
    found = read(text, date(2024, 3, 6))
    assert set(dated(found, "ProposalRejected")) == {one_day(date(2024, 3, 3))}


def test_a_time_in_a_past_relative_clause_does_not_date_the_meeting_to_come(read):
    text = (
        "Israeli and Egyptian negotiators are expected to meet Qatari mediators in Cairo, a "
        "meeting similar to the one that took place in Paris at the end of January."
    )
    spans = dated(read(text, SAT), "TalksOpened")
    assert spans and all(start <= end < date(2024, 3, 31) for start, end in spans)


def test_less_than_a_week_after_a_deed_dates_it_within_the_week_not_at_its_far_end(read):
    text = "The breakthrough comes less than a week after Hamas rejected a ceasefire proposal."
    assert dated(read(text, SAT), "ProposalRejected") == [(date(2024, 2, 25), date(2024, 3, 1))]


def test_a_week_after_a_deed_still_dates_it_about_seven_days_back(read):
    text = "The breakthrough comes a week after Hamas rejected a ceasefire proposal."
    assert dated(read(text, SAT), "ProposalRejected") == [(date(2024, 2, 23), date(2024, 2, 25))]


TUESDAY = date(2025, 3, 11)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Armenia and Azerbaijan have been in talks on a peace treaty.\n"
            "The Armenian and Azerbaijani foreign ministers met in Washington for talks on a "
            "peace treaty, a statement said on Tuesday.\n"
            "The US envoy spoke before the meeting that took place on Monday.",
            date(2025, 3, 10),
        ),
        (
            "Sudan's army and the RSF have fought since April 2023.\n"
            "Envoys of the army and the RSF met in Jeddah for talks on a truce, officials said.\n"
            "The talks held on Sunday ended without a deal.",
            date(2025, 3, 9),
        ),
    ],
)
def test_talks_held_with_no_day_are_the_meeting_another_sentence_dates(read, text, held):
    assert (held, held) in dated(read(text, TUESDAY), "TalksOpened")
    assert (TUESDAY, TUESDAY) not in dated(read(text, TUESDAY), "TalksOpened")


def test_a_meetings_own_day_is_kept_though_another_sentence_dates_one_before(read):
    text = (
        "Armenia and Azerbaijan have been in talks on a peace treaty.\n"
        "The Armenian and Azerbaijani foreign ministers met in Washington on Tuesday for talks.\n"
        "The talks held on Sunday in Abu Dhabi ended without a deal."
    )
    assert (TUESDAY, TUESDAY) in dated(read(text, TUESDAY), "TalksOpened")
