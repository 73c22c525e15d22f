"""The top of a page: date stamps, bylines and datelines are read for the date they give (which
refines the publication date only when consistent with it) and never as an actor, venue or
event time; a headline reports the lead's news, so it is merged with the lead's event or takes
the lead's date. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extraction.heading import read_heading
from extraction.sentences import split_sentences
from tests.extraction.conftest import dated, ids, of_type

WED = date(2024, 2, 14)
TUE = date(2024, 2, 13)
MON = date(2024, 2, 12)


SAT = date(2022, 11, 26)  # a Saturday


def heading(text: str, published: date = WED):
    return read_heading(text, published, split_sentences(text))


def test_an_archive_stamp_of_the_day_before_is_the_reference_date(read):
    found = read("date 2024-02-13 Hamas rejected the Israeli proposal, its officials said.")
    assert dated(found, "ProposalRejected") == [(TUE, TUE)]


def test_a_stamp_far_from_the_publication_date_refines_nothing(read):
    found = read("date 2024-01-30 Hamas rejected the Israeli proposal, its officials said.")
    assert dated(found, "ProposalRejected") == [(WED, WED)]
    assert heading("date 2024-02-15 Talks went on.").reference == WED  # a day ahead


def test_a_wire_dateline_date_sets_the_day_deictic_words_count_from(read):
    found = read("CAIRO, Feb 13 (Reuters) - Hamas rejected the proposal yesterday, officials said.")
    assert dated(found, "ProposalRejected") == [(MON, MON)]


def test_a_weekday_date_line_before_the_lead_is_a_stamp_not_the_events_time(read):
    text = "Tuesday, February 13, 2024 – Hamas turned down the Israeli offer on Monday."
    assert dated(read(text), "ProposalRejected") == [(MON, MON)]
    assert heading(text).reference == TUE


def test_labelled_and_bylined_stamps_are_blanked_and_read():
    text = (
        "Talks Resume In Cairo\n\nBy Staff Writer - 13 February 2024\n"
        "Updated 14:05 GMT\n\nEgypt hosted a new round."
    )
    h = heading(text)
    assert h.reference == TUE
    blanked = [text[s:e].strip() for s, e in h.blanked]
    assert blanked == ["By Staff Writer - 13 February 2024", "Updated 14:05 GMT"]
    assert "talks resume" not in h.blank(text.lower())[h.blanked[0][0] :]


def test_a_dateline_city_is_no_actor_of_the_story(read):
    for opening in ("WASHINGTON —", "WASHINGTON:", "WASHINGTON, Feb. 14 /TASS/."):
        found = of_type(read(f"{opening} Hamas rejected the Israeli proposal."), "ProposalRejected")
        assert found and "united_states" not in ids(found[0]), opening


def test_a_dateline_after_an_archive_stamp_on_the_same_line_is_blanked_too():
    text = "date 2024-02-14 JERUSALEM — Hamas rejected the proposal."
    h = heading(text)
    assert any(text[s:e].strip().endswith("JERUSALEM —") for s, e in h.blanked)


def test_a_headline_retold_by_the_lead_is_one_event_dated_by_the_lead(read):
    text = (
        "Hamas Rejects Israeli Truce Offer\n\n"
        "Hamas on Monday rejected an Israeli offer of a six-week truce, its officials said.\n"
    )
    assert heading(text).headline == (0, len("Hamas Rejects Israeli Truce Offer"))
    assert dated(read(text), "ProposalRejected") == [(MON, MON)]


def test_a_headline_the_story_does_not_retell_takes_the_leads_date(read):
    text = (
        "Hamas Rejects Israeli Truce Offer\n\n"
        "Published February 14, 2024\n\n"
        "Hamas leaders met in Doha on Monday to weigh the offer, two officials said.\n"
    )
    assert dated(read(text), "ProposalRejected") == [(MON, MON)]


def test_a_headline_naming_its_own_time_keeps_it(read):
    text = (
        "Israel Will Send Delegation To Cairo Next Week\n\n"
        "Hamas leaders met in Doha on Monday to weigh the offer, two officials said.\n"
    )
    sent = of_type(read(text), "DelegationSent")
    assert sent and sent[0].occurred.start > WED


def test_a_first_line_that_ends_a_sentence_is_no_headline():
    assert heading("Hamas rejected the offer.\n\nQatar regretted it.").headline is None


def test_a_lead_without_a_time_lets_the_next_sentences_date_the_headline(read):
    text = (
        "Gaza Truce Talks In Cairo End Without A Deal\n\n"
        "Negotiators have left the Egyptian capital without an agreement on a truce.\n\n"
        "Hamas said on Monday that its delegation had flown back to Doha after the round.\n"
    )
    assert dated(read(text), "TalksConcluded") == [(MON, MON)]


def test_a_title_case_dateline_with_its_date_is_blanked(read):
    text = "Doha/Cairo, Feb 13: Hamas has rejected the Israeli proposal, its officials said."
    h = heading(text)
    assert text[h.blanked[0][0] : h.blanked[0][1]].strip() == "Doha/Cairo, Feb 13:"
    assert h.reference == TUE


def test_a_lead_in_the_present_perfect_takes_the_date_the_next_sentence_gives_its_speaker(read):
    text = (
        "Egypt's president has proposed a two-day truce in Gaza to free four hostages.\n\n"
        "The Egyptian president unveiled the idea on Sunday at a news conference in Cairo.\n"
    )
    assert dated(read(text), "ProposalMade") == [(date(2024, 2, 11), date(2024, 2, 11))]


def test_a_lead_is_not_dated_by_a_sentence_about_someone_else(read):
    text = (
        "Egypt's president has proposed a two-day truce in Gaza to free four hostages.\n\n"
        "Hamas leaders met in Doha on Sunday to discuss the fighting.\n"
    )
    assert dated(read(text), "ProposalMade") == [(WED, WED)]


def test_a_deed_told_as_done_is_not_dated_by_a_window_wholly_ahead(read):
    found = read("Egypt proposed a truce on Monday followed by talks within ten days.")
    assert dated(found, "ProposalMade") == [(MON, MON)]


def test_a_recap_opened_as_history_yields_no_event_but_the_news_around_it_does(read):
    found = read(
        "Qatar hosted a new round of talks in Doha on Monday. "
        "Historically, Egypt has brokered exchanges of prisoners between the two sides. "
        "At the time, the parties agreed on a framework for a pause. "
        "Back then, Hamas rejected the first draft."
    )
    assert of_type(found, "TalksOpened")
    assert not of_type(found, "PrisonersReleased")
    assert not of_type(found, "CeasefireAgreed")
    assert not of_type(found, "ProposalRejected")


def test_an_earlier_truce_told_as_there_was_last_year_is_background(read):
    found = read(
        "Hamas negotiators met Egyptian mediators in Cairo on Sunday. "
        "There was a short truce and an exchange of captives last year, but it did not hold."
    )
    assert not of_type(found, "CeasefireAgreed")
    assert of_type(found, "TalksOpened")


def test_a_section_label_after_the_stamp_is_no_headline_so_the_real_one_takes_the_leads_date(
    read,
):
    for top in (" date 2024-02-14 News / Middle East\n\n", "date 2024-02-14\nWORLD\n\n"):
        found = read(
            top + "Truce talks resume in Cairo\n\n"
            "Israeli and Qatari negotiators arrived in the Egyptian capital on Tuesday for a new "
            "round of talks with Egyptian mediators.\n"
        )
        assert (TUE, TUE) in dated(found, "TalksOpened"), top


def test_a_wire_dateline_under_an_archive_stamp_gives_the_day_the_story_was_filed():
    text = "date 2024-02-14\n\nCAIRO, Feb 13: Hamas rejected the Israeli proposal, officials said."
    assert heading(text).reference == TUE


def test_the_paragraph_after_a_dated_lead_goes_on_with_its_news(read):
    found = read(
        "Hamas freed four Israeli captives on Tuesday under the truce, the army said.\n\n"
        "The four hostages were handed over to the Red Cross at the Rafah crossing.\n"
    )
    assert dated(found, "HostagesReleased") and set(dated(found, "HostagesReleased")) == {
        (TUE, TUE)
    }


def test_a_later_paragraph_or_an_expectation_after_the_lead_keeps_its_own_date(read):
    found = read(
        "Egyptian mediators met Hamas leaders in Cairo on Monday, officials said.\n\n"
        "Israel is expected to send a delegation to Doha.\n"
    )
    assert (MON, MON) in dated(found, "TalksOpened")
    assert all(d != (MON, MON) for d in dated(found, "DelegationSent"))


def test_a_title_case_dateline_with_the_agency_is_blanked():
    text = "Jerusalem (AFP) - Hamas said on Tuesday it rejected the proposal."
    top = heading(text)
    assert any(text[s:e].strip() == "Jerusalem (AFP) -" for s, e in top.blanked)


def test_a_title_case_dateline_city_is_no_speaker_of_the_lead(read):
    text = (
        "Jerusalem (AFP) - Hamas said Tuesday it viewed the truce plan positively.\n\n"
        "Hamas said in a statement it was ready for any deal based on a full withdrawal."
    )
    assert dated(read(text), "DemandStated") == [(TUE, TUE)]


def test_a_dateline_with_the_day_before_the_month_is_blanked_and_gives_the_filing_day():
    for text, published, filed in (
        ("KHARTOUM – 3 June 2023: The army said it would return to Jeddah.", date(2023, 6, 3), 3),
        (
            "NEW DELHI, 18 May: The army said the understanding had no expiry.",
            date(2025, 5, 19),
            18,
        ),
        ("Yerevan, 4 March - Armenia said it would sign the treaty.", date(2025, 3, 5), 4),
    ):
        top = heading(text, published)
        assert top.reference.day == filed, text
        assert any(":" in text[s:e] or "-" in text[s:e] for s, e in top.blanked), text


def test_a_lead_under_a_dated_dateline_gives_the_story_its_own_weekday(read):
    text = (
        "RAFAH – 14 February 2024: The truce held as Hamas freed four Israeli captives on "
        "Tuesday.\n\n"
        "The four hostages were handed over to the Red Cross at the Rafah crossing.\n"
    )
    assert set(dated(read(text), "HostagesReleased")) == {(TUE, TUE)}


def test_a_lead_ending_inside_a_quote_is_the_lead_whose_day_the_story_goes_on_with(read):
    text = (
        "Hamas freed four Israeli captives on Tuesday under the truce, calling it "
        '"a gesture of goodwill."\n\n'
        "The four hostages were handed over to the Red Cross at the Rafah crossing.\n"
    )
    assert set(dated(read(text), "HostagesReleased")) == {(TUE, TUE)}


# A day-after story: the lead tells the day before publication, so an undated deed told in the
# simple past anywhere in the story is that day's news; one in the present perfect or the
# pluperfect, or in a story whose lead is older, keeps the publication day.
DAY_AFTER_LEAD = (
    "The Sudanese army walked out of the Jeddah talks with the RSF on {day}, officials said.\n\n"
)
BACKGROUND = (
    "Fighting in the region has displaced millions of people since the war began in April 2023.\n\n"
) * 7


def test_a_day_after_story_dates_a_late_simple_past_deed_of_the_lead_to_the_leads_day(read):
    text = (
        DAY_AFTER_LEAD.format(day="Tuesday")
        + BACKGROUND
        + "The army also rejected a proposal by the mediators for a ten-day truce."
    )
    assert dated(read(text), "ProposalRejected") == [(TUE, TUE)]


def test_a_late_perfect_deed_or_an_older_lead_keeps_the_publication_day(read):
    for day, verb in (
        ("Tuesday", "has rejected"),
        ("Tuesday", "had rejected"),
        ("Monday", "rejected"),
    ):
        text = (
            DAY_AFTER_LEAD.format(day=day)
            + BACKGROUND
            + f"The army {verb} a proposal by the mediators for a ten-day truce."
        )
        assert dated(read(text), "ProposalRejected") == [(WED, WED)], (day, verb)


def test_a_dateline_naming_outlets_and_the_filing_day_dates_nothing(read):
    text = (
        "BAKU (Trend News / Sputnik - 26th November, 2022) The delegation of Armenia has "
        "arrived in Washington, the ministry said on Friday."
    )
    assert dated(read(text, SAT), "DelegationArrived") == [(date(2022, 11, 25), date(2022, 11, 25))]


# A page's list of links to other stories (under 'Related News:', 'Read also', ...): their
# headlines tell other stories, so none of them is read as an event of this one.
LINK_LISTS = [
    "Related News:\nUS envoy may delay pushing for new Russia-Ukraine talks\nKremlin: no date set "
    "for a prisoner swap\nComment",
    "Read also:\n\nUkraine returns 90 POWs from Russian captivity\n\nArmenia and Azerbaijan agree "
    "to resume border talks",
    "You may also like\n\nIsrael and Hamas agree to extend truce by two days\n\nMost read",
    "Also read: Hamas frees four hostages in Khan Younis handover",
]


@pytest.mark.parametrize("links", LINK_LISTS)
def test_the_headlines_of_a_list_of_links_are_read_as_no_events(read, links):
    story = "Mediators said on Tuesday the sides remain far apart on a Gaza ceasefire.\n"
    alone = read(story)
    assert [f.type for f in read(story + links)] == [f.type for f in alone]


def test_the_prose_after_a_list_of_links_is_read_again(read):
    text = (
        "Mediators said the sides remain far apart.\nRelated\nKremlin: no date set for a "
        "prisoner swap\nThe M23 delegation arrived in Doha on Tuesday for talks with Kinshasa.\n"
    )
    assert of_type(read(text), "DelegationArrived")
