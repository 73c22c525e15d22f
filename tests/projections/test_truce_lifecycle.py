"""Agreements and truces as a lifecycle: accepted, agreed, in force, extended, ended."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.projections.readside_fakes import Newsroom, demand, state, talks


def agreed(on: str, *sides: str, **kw):
    if kw.get("duration"):  # the length as its sentence states it of the truce
        kw.setdefault("text", f"A {kw['duration']} truce between the sides was reported.")
    return dict(type="CeasefireAgreed", on=on, subject=sides, **kw)


def test_one_side_accepting_a_ceasefire_is_an_acceptance_not_an_agreement(news):
    news.publish(
        "2024-05-07",
        agreed("2024-05-06", "hamas"),
        dict(type="ProposalAccepted", on="2024-05-06", subject=["hamas"]),
    )
    answer = state(news, "2024-05-20")
    assert answer["status"] != "agreement"
    assert answer["truce"]["status"] == "none"
    assert answer["agreement"]["agreed"] is False
    accepted = {(a["actor"], a["accepted"]) for a in answer["agreement"]["acceptances"]}
    assert accepted == {("hamas", "ceasefire"), ("hamas", "a proposal")}


def test_acceptances_by_both_sides_make_an_agreement_when_the_second_accepts(news):
    news.publish("2024-05-07", agreed("2024-05-06", "hamas"))
    news.publish("2024-05-12", agreed("2024-05-11", "israel"))
    assert state(news, "2024-05-08")["agreement"]["agreed"] is False
    after = state(news, "2024-05-12")
    assert after["agreement"]["agreed"] is True
    assert after["agreement"]["on"] == "2024-05-11"
    assert after["agreement"]["parties"] == ["hamas", "israel"]


def test_a_mediator_announcing_that_both_sides_agreed_is_an_agreement(news):
    news.publish(
        "2025-01-15",
        dict(
            type="CeasefireAgreed",
            on="2025-01-15",
            subject=["qatar"],
            participant=["israel", "hamas"],
            mediators=("qatar",),
        ),
    )
    answer = state(news, "2025-01-16")
    assert answer["status"] == "agreement"
    assert answer["truce"]["mediators"] == ["qatar"]
    assert answer["truce"]["parties"] == ["hamas", "israel"]


@pytest.mark.parametrize(
    "body, sides",
    [("united_nations", ("houthis", "yemen")), ("african_union", ("ethiopia", "tplf"))],
)
def test_a_body_that_is_never_a_side_announcing_a_truce_does_not_make_it_anothers(
    news, body, sides
):
    # 'the UN envoy announced the truce renewal; the parties agreed to renew it': the body,
    # though not named as mediating, is no party to a truce of another conflict
    news.publish(
        "2022-06-02",
        dict(type="CeasefireAgreed", on="2022-06-02", subject=[body]),
        dict(type="CeasefireAgreed", on="2022-06-02", participant=list(sides)),
    )
    answer = state(news, "2022-06-10")
    assert answer["agreement"]["agreed"] is True
    assert answer["truce"]["parties"] == sorted(sides)


def test_a_truce_takes_effect_on_its_start_date_not_when_it_was_agreed(news):
    news.publish(
        "2025-01-16",
        agreed("2025-01-15", "israel", "hamas", duration="42-day"),
        dict(
            type="CeasefireAgreed",
            on="2025-01-19",
            participant=["israel", "hamas"],
            modality="expected",
            rule="ceasefire.effect",
        ),
    )
    pending = state(news, "2025-01-17")
    assert (pending["status"], pending["truce"]["status"]) == ("agreement", "agreed")
    assert pending["truce"]["since"] == "2025-01-19"
    holding = state(news, "2025-01-20")["truce"]
    assert holding["status"] == "in_force"
    assert holding["until"] == (date(2025, 1, 19) + timedelta(days=42)).isoformat()
    assert state(news, "2025-03-10")["truce"]["status"] == "expired"


def test_a_truce_with_no_stated_end_is_in_force_as_last_confirmed_and_gets_no_invented_end(news):
    news.publish("2025-10-10", agreed("2025-10-10", "israel", "hamas"))
    news.publish("2025-10-20", agreed("2025-10-20", "israel", "hamas"))
    truce = state(news, "2025-11-01")["truce"]
    assert truce["status"] == "in_force"
    assert truce["until"] is None
    assert truce["last_confirmed"] == "2025-10-20"
    assert truce["source_count"] == 2 and truce["uncorroborated"] is False


def test_talks_held_to_reach_a_truce_show_an_open_ended_one_is_no_longer_in_force(news):
    news.publish("2023-11-30", agreed("2023-11-28", "israel", "hamas"))
    news.publish(
        "2023-12-14",
        talks("2023-12-14", "doha", ["qatar"], ["israel"], issues=["temporary_truce"]),
    )
    assert state(news, "2023-12-10")["truce"]["status"] == "in_force"
    later = state(news, "2023-12-15")
    assert later["truce"]["status"] == "lapsed"
    assert later["status"] != "agreement"
    assert later["truce"]["ended"] == "2023-12-14"


def test_a_single_unconfirmed_report_does_not_keep_a_truce_in_force_for_ever(news):
    news.publish("2024-03-02", agreed("2024-03-01", "israel", "hamas"))
    assert state(news, "2024-03-20")["truce"]["status"] == "in_force"
    stale = state(news, "2024-09-01")
    assert stale["truce"]["status"] == "unconfirmed"
    assert stale["truce"]["uncorroborated"] is True
    assert stale["status"] != "agreement"


def test_an_extension_moves_the_stated_end(news):
    news.publish("2023-11-24", agreed("2023-11-24", "israel", "hamas", duration="four-day"))
    news.publish("2023-11-27", dict(type="TruceExtended", on="2023-11-27", extension="two days"))
    truce = state(news, "2023-11-29")["truce"]
    assert (truce["status"], truce["until"]) == ("in_force", "2023-11-30")


def test_fighting_resumed_soon_after_the_stated_end_means_the_truce_held_till_then(news):
    news.publish("2023-11-24", agreed("2023-11-24", "israel", "hamas", duration="four-day"))
    news.publish("2023-12-01", dict(type="CeasefireCollapsed", on="2023-12-01"))
    assert state(news, "2023-11-30")["truce"]["status"] == "in_force"
    after = state(news, "2023-12-01")
    assert (after["status"], after["truce"]["status"]) == ("collapsed", "collapsed")


def test_a_truce_reported_only_as_held_in_some_month_is_never_said_to_be_in_force(news):
    news.publish("2024-02-13", agreed("2023-11-01", "israel", "hamas", until="2023-11-30"))
    assert state(news, "2023-11-05")["truce"]["status"] == "unconfirmed"
    assert state(news, "2023-11-05")["status"] != "agreement"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Despite a truce brokered in October, violence persists.", ("israel", "hamas")),
        ("The ceasefire that was agreed in early October is holding.", ("israel", "hamas")),
        ("Strikes went on under the truce reached by both sides in October.", ("israel", "hamas")),
    ],
)
def test_a_truce_told_as_agreed_in_a_month_runs_on_past_that_month(news, text, sides):
    # the month dates the agreement, not the truce's extent: in force by the month's end
    news.publish(
        "2025-12-07",
        agreed("2025-10-01", *sides, until="2025-10-31", precision="month", text=text),
    )
    assert state(news, "2025-12-07")["truce"]["status"] == "in_force"
    assert state(news, "2025-12-07")["truce"]["until"] is None
    assert state(news, "2025-12-07")["agreement"]["agreed"]
    assert state(news, "2025-10-05")["truce"]["status"] != "in_force"  # when in October unknown


def test_a_truce_of_a_stated_length_at_the_end_of_a_vague_span_is_dated_by_its_length(news):
    news.publish(
        "2024-02-14",
        agreed("2023-11-20", "israel", "hamas", until="2023-11-30", duration="one week"),
    )
    assert state(news, "2023-11-21")["truce"]["status"] == "none"  # when agreed is unknown
    assert state(news, "2023-11-26")["truce"]["status"] == "in_force"
    assert state(news, "2023-12-02")["truce"]["status"] == "expired"


def test_the_status_never_contradicts_the_truce(news):
    news.publish("2023-11-24", agreed("2023-11-24", "israel", "hamas", duration="four-day"))
    news.publish("2023-11-26", talks("2023-11-26", "doha", ["qatar"], ["israel", "hamas"]))
    news.publish("2023-12-01", dict(type="CeasefireCollapsed", on="2023-12-01"))
    for offset in range(0, 30):
        day = (date(2023, 11, 20) + timedelta(days=offset)).isoformat()
        answer = state(news, day)
        holds = answer["truce"]["status"] in ("agreed", "in_force")
        assert (answer["status"] == "agreement") == holds == answer["agreement"]["agreed"], day


def test_an_extension_by_hours_told_only_in_its_sentence_counts_in_whole_days(news):
    news.publish("2023-11-24", agreed("2023-11-24", "israel", "hamas", duration="four-day"))
    news.publish(
        "2023-11-27",
        dict(type="TruceExtended", on="2023-11-27", text="The pause was prolonged by 48 hours."),
    )
    assert state(news, "2023-11-29")["truce"]["until"] == "2023-11-30"


def test_an_extension_of_unsaid_length_confirms_the_truce_without_inventing_an_end(news):
    news.publish("2023-11-24", agreed("2023-11-24", "israel", "hamas", duration="four-day"))
    news.publish("2023-11-28", dict(type="TruceExtended", on="2023-11-28"))
    truce = state(news, "2023-11-28")["truce"]
    assert (truce["status"], truce["until"]) == ("in_force", "2023-11-28")
    assert state(news, "2023-11-29")["truce"]["status"] == "expired"


def test_a_planned_extension_is_no_extension(news):
    news.publish("2023-11-24", agreed("2023-11-24", "israel", "hamas", duration="four-day"))
    news.publish(
        "2023-11-27",
        dict(type="TruceExtended", on="2023-11-27", extension="ten days", modality="expected"),
    )
    assert state(news, "2023-11-29")["truce"]["status"] == "expired"


def test_a_term_that_ran_out_then_a_ceasefire_shattered_weeks_later_held_till_then(news):
    news.publish("2025-01-20", agreed("2025-01-19", "israel", "hamas"))
    news.publish(
        "2025-03-18",
        dict(
            type="CeasefireCollapsed",
            on="2025-03-01",
            text="The first phase of the ceasefire expired on March 1.",
        ),
        dict(type="CeasefireCollapsed", on="2025-03-18", text="Strikes shattered the ceasefire."),
    )
    assert state(news, "2025-03-10")["truce"]["status"] == "in_force"
    after = state(news, "2025-03-19")["truce"]
    assert (after["status"], after["ended"]) == ("collapsed", "2025-03-18")


def test_a_truce_between_one_side_and_a_third_party_is_not_the_negotiations_truce(news):
    news.publish(
        "2024-11-20",
        demand("2024-11-20", "hamas", "permanent_ceasefire"),
        dict(type="DemandRejected", on="2024-11-20", subject=["israel"], issues=["end_of_war"]),
    )
    news.publish(
        "2024-11-27",
        dict(type="CeasefireAgreed", on="2024-11-27", participant=["israel", "hezbollah"]),
    )
    assert state(news, "2024-11-28")["truce"]["status"] == "none"


def test_a_report_dated_to_the_day_dates_a_truce_known_only_by_its_length(news):
    news.publish(
        "2024-02-14",
        agreed("2023-11-20", "israel", "hamas", until="2023-11-30", duration="one week"),
    )
    news.publish(
        "2023-11-24",
        agreed("2023-11-24", "israel", "hamas", duration="four-day", rule="ceasefire.effect"),
    )
    assert state(news, "2023-11-23")["truce"]["status"] == "agreed"
    truce = state(news, "2023-11-25")["truce"]
    assert (truce["since"], truce["until"]) == ("2023-11-24", "2023-11-28")


def test_a_deal_agreed_today_is_in_force_from_tomorrow_at_the_soonest(news):
    news.publish("2025-10-09", agreed("2025-10-09", "israel", "hamas", rule="ceasefire.agree"))
    today = state(news, "2025-10-09")
    assert (today["truce"]["status"], today["agreement"]["agreed"]) == ("agreed", True)
    assert state(news, "2025-10-10")["truce"]["status"] == "in_force"


def test_a_length_the_sentence_gives_to_something_else_is_not_the_truces(news):
    text = "Israel and Hamas signed the deal after three days of talks."
    news.publish(
        "2025-10-09", agreed("2025-10-09", "israel", "hamas", duration="three days", text=text)
    )
    assert state(news, "2025-10-20")["truce"]["until"] is None


def test_a_mediator_mentioned_with_a_truce_makes_no_new_truce(news):
    news.publish("2023-11-24", agreed("2023-11-24", "israel", "hamas", duration="four-day"))
    news.publish(
        "2023-12-01",
        dict(type="CeasefireCollapsed", on="2023-12-01"),
        dict(type="CeasefireAgreed", on="2023-12-01", subject=["qatar"], mediators=("qatar",)),
    )
    assert state(news, "2023-12-02")["truce"]["status"] == "collapsed"


def test_an_article_about_another_conflicts_truce_does_not_lend_it_to_the_sides(news):
    news.publish(
        "2024-11-20",
        demand("2024-11-20", "hamas", "permanent_ceasefire"),
        dict(type="DemandRejected", on="2024-11-20", subject=["israel"], issues=["end_of_war"]),
    )
    news.publish(
        "2025-06-24",
        dict(type="CeasefireAgreed", on="2025-06-24", participant=["israel", "iran"]),
        dict(type="CeasefireAgreed", on="2025-06-24", participant=["israel", "hamas"]),
    )
    assert state(news, "2025-06-25")["truce"]["status"] == "none"


def test_talks_to_keep_a_truce_going_do_not_end_it(news):
    news.publish("2025-10-10", agreed("2025-10-10", "israel", "hamas"))
    news.publish(
        "2025-10-25",
        talks(
            "2025-10-25",
            "cairo",
            ["egypt"],
            ["israel", "hamas"],
            issues=["temporary_truce"],
            text="Mediators met in Cairo to consolidate the truce and prepare its second phase.",
        ),
    )
    assert state(news, "2025-10-26")["truce"]["status"] == "in_force"


def test_a_phases_length_or_its_expiry_does_not_end_the_truce_it_is_part_of(news):
    text = "The first phase of the deal, lasting six weeks, begins on Sunday."
    news.publish(
        "2025-01-19", agreed("2025-01-19", "israel", "hamas", duration="six weeks", text=text)
    )
    news.publish("2025-02-20", agreed("2025-02-20", "israel", "hamas"))
    news.publish(
        "2025-03-02",
        dict(
            type="CeasefireCollapsed", on="2025-03-01", text="The first phase expired on March 1."
        ),
    )
    truce = state(news, "2025-03-10")["truce"]
    assert (truce["status"], truce["until"]) == ("in_force", None)


def test_a_deal_only_expected_makes_no_truce(news):
    news.publish(
        "2024-06-01",
        agreed("2024-06-03", "israel", "hamas", modality="expected", rule="ceasefire.agree"),
    )
    assert state(news, "2024-06-05")["truce"]["status"] == "none"


def test_how_long_a_truce_was_seen_to_hold_is_not_its_term(news):
    text = "The truce that began in January held for several weeks before the first phase expired."
    news.publish(
        "2025-03-20",
        agreed(
            "2025-01-01", "israel", "hamas", until="2025-01-31", text=text, duration="several weeks"
        ),
    )
    news.publish("2025-01-20", agreed("2025-01-19", "israel", "hamas", rule="ceasefire.effect"))
    news.publish(
        "2025-03-02",
        dict(
            type="CeasefireCollapsed", on="2025-03-01", text="The first phase expired on March 1."
        ),
    )
    news.publish(
        "2025-03-18",
        dict(type="CeasefireCollapsed", on="2025-03-18", text="Strikes shattered the ceasefire."),
    )
    held = state(news, "2025-03-09")
    assert (held["truce"]["status"], held["truce"]["until"]) == ("in_force", None)
    assert held["agreement"]["agreed"] is True
    assert state(news, "2025-03-19")["truce"]["status"] == "collapsed"


def test_an_agreement_dated_to_the_day_dates_a_truce_known_only_by_its_month(news):
    text = "A ceasefire between the sides took effect in January."
    news.publish(
        "2025-03-20",
        agreed(
            "2025-01-01", "israel", "hamas", until="2025-01-31", text=text, rule="ceasefire.effect"
        ),
    )
    news.publish("2025-01-15", agreed("2025-01-15", "israel", "hamas", rule="ceasefire.agree"))
    news.publish(
        "2025-01-18",
        agreed("2025-01-19", "israel", "hamas", modality="expected", rule="ceasefire.effect"),
    )
    pending = state(news, "2025-01-16")
    assert (pending["truce"]["status"], pending["agreement"]["agreed"]) == ("agreed", True)
    assert state(news, "2025-01-20")["truce"]["status"] == "in_force"


def test_a_deal_whose_article_says_it_takes_effect_weeks_later_is_agreed_until_then(news):
    news.publish(
        "2021-04-30",
        agreed("2021-04-29", "colombia", "eln", rule="ceasefire.agree"),
        dict(
            type="CeasefireAgreed",
            on="2021-05-10",
            participant=["colombia", "eln"],
            modality="expected",
            rule="ceasefire.effect",
            text="The 60-day ceasefire will take effect at midnight on May 10.",
        ),
    )
    pending = state(news, "2021-05-09")["truce"]
    assert (pending["status"], pending["since"]) == ("agreed", "2021-05-10")
    assert state(news, "2021-05-10")["truce"]["status"] == "in_force"


def test_another_articles_start_weeks_after_an_agreement_is_not_that_agreements_start(news):
    news.publish("2021-04-30", agreed("2021-04-29", "colombia", "eln", rule="ceasefire.agree"))
    news.publish(
        "2021-06-01",
        dict(
            type="CeasefireAgreed",
            on="2021-05-30",
            participant=["colombia", "eln"],
            rule="ceasefire.effect",
            text="A new ceasefire took effect on Sunday.",
        ),
    )
    assert state(news, "2021-05-09")["truce"]["status"] == "in_force"


def test_a_phase_expiring_long_after_a_truce_ran_out_does_not_revive_that_truce(news):
    news.publish("2023-11-24", agreed("2023-11-24", "israel", "hamas", duration="four-day"))
    news.publish(
        "2025-03-20",
        dict(
            type="CeasefireCollapsed",
            on="2024-12-10",  # misdated, or another truce's phase: long after this one's term
            text="The truce held on after its first phase expired on Mar 1.",
        ),
    )
    assert state(news, "2024-12-20")["truce"]["status"] == "expired"


def test_an_agreement_after_weeks_without_confirmation_is_a_new_truce_not_the_old_one(news):
    news.publish("2024-03-02", agreed("2024-03-01", "israel", "hamas"))
    news.publish("2024-03-20", agreed("2024-03-20", "israel", "hamas"))
    news.publish(
        "2025-01-15",
        agreed("2025-01-15", "israel", "hamas", rule="ceasefire.agree"),
        agreed("2025-01-19", "israel", "hamas", rule="ceasefire.effect", modality="expected"),
    )
    truce = state(news, "2025-01-16")["truce"]
    assert (truce["status"], truce["agreed_on"], truce["since"]) == (
        "agreed",
        "2025-01-15",
        "2025-01-19",
    )
    assert state(news, "2025-01-20")["truce"]["status"] == "in_force"


def test_a_truce_that_fighting_went_on_despite_is_not_in_force(news):
    news.publish("2025-07-25", agreed("2025-07-25", "thailand", "cambodia", rule="ceasefire.agree"))
    news.publish(
        "2025-07-27",
        agreed(
            "2025-07-26",
            "thailand",
            "cambodia",
            text="Although both leaders had agreed to a ceasefire, fighting still persisted "
            "along the border.",
        ),
    )
    assert state(news, "2025-07-25")["agreement"]["agreed"] is True
    later = state(news, "2025-07-27")
    assert later["truce"]["status"] == "collapsed"
    assert later["truce"]["ended"] == "2025-07-26"
    assert later["agreement"]["agreed"] is False and later["status"] != "agreement"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting continued along the front line in spite of the truce, witnesses said.",
        "Clashes raged on in the north despite the ceasefire announced on Friday.",
        "The ceasefire has not held: both armies reported new offensives.",
    ],
)
def test_reports_that_the_fighting_goes_on_despite_a_truce_end_it(news, text):
    news.publish("2025-05-10", agreed("2025-05-10", "india", "pakistan"))
    news.publish("2025-05-14", dict(type="CeasefireCollapsed", on="2025-05-13", text=text))
    assert state(news, "2025-05-12")["truce"]["status"] == "in_force"
    assert state(news, "2025-05-15")["truce"]["status"] == "collapsed"


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes killed 12 people despite the ceasefire, the health ministry said.",
        "Fighting continued until the ceasefire took effect at noon.",
    ],
)
def test_violations_of_a_truce_or_fighting_before_it_do_not_end_it(news, text):
    news.publish("2025-10-10", agreed("2025-10-10", "israel", "hamas"))
    news.publish("2025-10-20", agreed("2025-10-20", "israel", "hamas", text=text))
    assert state(news, "2025-10-25")["truce"]["status"] == "in_force"


def signed(on: str, *sides: str, text: str, rule: str = "agreement.mutual", **kw):
    return dict(type="ProposalAccepted", on=on, subject=sides, rule=rule, text=text, **kw)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (
            "agreement.mutual",
            "Armenia and Azerbaijan initialed a peace treaty at the White House on Friday.",
        ),
        (
            "agreement.reached",
            "A peace accord between Armenia and Azerbaijan was signed in Washington on Friday.",
        ),
        (
            "agreement.reached",
            "Envoys said on Friday that an agreement had been reached between Baku and Yerevan.",
        ),
        (
            "agreement.signed_by",
            "The declaration, signed on Friday by Armenia and Azerbaijan, opens their border.",
        ),
        (
            "agreement.named_day",
            "The EU urged both sides to honour the August 8 Washington declaration.",
        ),
    ],
)
def test_a_settlement_both_sides_signed_is_an_agreement_without_any_truce(news, rule, text):
    news.publish(
        "2025-08-08",
        signed("2025-08-08", "armenia", "azerbaijan", text=text, rule=rule),
    )
    before, after = state(news, "2025-08-07"), state(news, "2025-08-09")
    assert before["agreement"]["agreed"] is False
    assert after["agreement"]["agreed"] is True and after["status"] == "agreement"
    assert after["agreement"]["on"] == "2025-08-08"
    assert after["agreement"]["parties"] == ["armenia", "azerbaijan"]
    assert after["agreement"]["deal"]["uncorroborated"] is True
    assert after["truce"]["status"] == "none"


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("agreement.mutual", "Russia and Ukraine agreed on a new exchange of prisoners of war."),
        (
            "agreement.reached",
            "A deal was reached between Russia and Ukraine on an exchange of prisoners.",
        ),
        # each side's yes to a plan put to it, apart, is no deal between them
        ("proposal.accept", "Russia and Ukraine each accepted the mediators' peace plan."),
        # an agreement on the names a swap will free is the swap's
        (
            "agreement.reached",
            "The Russian and Ukrainian sides reached an agreement on some 30 changes to the lists.",
        ),
        (
            "agreement.reached",
            "Sudan's army and the RSF reached an agreement on the lists of the wounded to be "
            "handed over.",
        ),
        # agreed in principle only, the deal still to be written
        (
            "agreement.reached",
            "Turkey said a general agreement was reached on the UN plan between Russia and "
            "Ukraine and would now be put in writing.",
        ),
        ("agreement.mutual", "Russia and Ukraine reached an agreement in principle on the plan."),
        (
            "agreement.reached",
            "A broad agreement was reached between the RSF and Sudan's army on the talks' agenda.",
        ),
    ],
)
def test_a_swap_agreed_between_the_sides_is_no_deal_between_them(news, rule, text):
    sides = ("sudan", "rsf") if "RSF" in text else ("russia", "ukraine")
    news.publish("2025-06-02", signed("2025-06-02", *sides, text=text, rule=rule))
    answer = state(news, "2025-06-03")
    assert answer["agreement"]["agreed"] is False and answer["agreement"]["deal"] is None


def test_a_settlement_committing_both_sides_to_end_the_fighting_is_also_a_truce(news):
    news.publish(
        "2025-07-19",
        signed(
            "2025-07-19",
            "democratic_republic_of_congo",
            "m23",
            text="Congo and the rebels signed a declaration of principles to end the fighting.",
        ),
    )
    answer = state(news, "2025-07-21")
    assert answer["truce"]["status"] == "in_force"
    assert answer["agreement"]["agreed"] is True


def test_a_settlement_ending_the_fighting_stands_after_its_truce_goes_unreported_until_undone(
    news,
):
    news.publish(
        "2025-06-28",
        signed(
            "2025-06-27",
            "democratic_republic_of_congo",
            "rwanda",
            text="Congo and Rwanda signed a peace agreement, pledging to end the fighting.",
        ),
    )
    news.publish(
        "2026-01-20",
        dict(type="CeasefireCollapsed", on="2026-01-19", subject=["rwanda"], text="It collapsed."),
    )
    later = state(news, "2025-10-01")
    assert later["truce"]["status"] == "unconfirmed"
    assert later["agreement"]["agreed"] is True and later["status"] == "agreement"
    assert state(news, "2026-01-20")["agreement"]["agreed"] is False


def test_a_settlement_no_longer_stands_once_the_talks_collapse(news):
    news.publish(
        "2023-03-18",
        signed(
            "2023-03-18",
            "kosovo",
            "serbia",
            text="Kosovo and Serbia agreed on the implementation of the normalisation agreement.",
        ),
    )
    news.publish(
        "2023-09-30",
        dict(type="TalksConcluded", on="2023-09-29", subject=["kosovo"], outcome="collapsed"),
    )
    assert state(news, "2023-06-01")["agreement"]["agreed"] is True
    assert state(news, "2023-10-01")["agreement"]["agreed"] is False


def test_a_truce_told_in_passing_as_ongoing_is_in_force_from_that_day_naming_no_party(news):
    news.publish(
        "2025-02-28",
        dict(
            type="StatementIssued",
            on="2025-02-27",
            subject=["egypt"],
            issues=["temporary_truce"],
            text="The parties began talks on the next stages of the ongoing Gaza truce deal.",
        ),
    )
    assert state(news, "2025-02-26")["truce"]["status"] == "none"
    truce = state(news, "2025-02-28")["truce"]
    assert (truce["status"], truce["until"], truce["agreed_on"]) == ("in_force", None, None)
    assert truce["parties"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Four prisoners were freed on Sunday, the first day of the ceasefire in the north.",
        "The rebels released two soldiers in the second week of the truce.",
        "Six captives were handed over under the truce deal, the army said.",
        "The truce, now in its fourth day, held as six captives were handed over.",
        "Six captives were freed, the first since the ceasefire took effect.",
    ],
)
def test_a_release_dated_by_the_truces_own_days_tells_a_truce_in_force(news, text):
    news.publish(
        "2026-04-13",
        dict(type="HostagesReleased", on="2026-04-12", subject=["eln"], text=text),
    )
    assert state(news, "2026-04-11")["truce"]["status"] == "none"
    assert state(news, "2026-04-12")["truce"]["status"] == "in_force"


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (
            "HostagesReleased",
            "Before the latest handover, the rebels had freed six captives under the current "
            "truce.",
        ),
        (
            "StatementIssued",
            "The ceasefire is fragile and we urge both sides to keep it, Kenya said.",
        ),
        ("StatementIssued", "The truce deal remains shaky, the mediators warned on Sunday."),
    ],
)
def test_a_truce_told_in_passing_as_current_or_fragile_is_in_force_that_day(news, kind, text):
    # a time clause opening the sentence ('Before the latest handover') tells no end of the truce
    news.publish("2026-04-13", dict(type=kind, on="2026-04-12", subject=["eln"], text=text))
    assert state(news, "2026-04-11")["truce"]["status"] == "none"
    assert state(news, "2026-04-12")["truce"]["status"] == "in_force"


def test_talks_within_a_truces_monitoring_mechanism_confirm_it_and_end_nothing(news):
    news.publish("2024-11-27", agreed("2024-11-26", "israel", "hezbollah"))
    text = (
        "Envoys of both sides met on Wednesday at the headquarters of the cease-fire monitoring "
        "mechanism set up after the truce."
    )
    news.publish(
        "2025-12-03",
        talks(
            "2025-12-03",
            "naqoura",
            [],
            ["israel", "lebanon"],
            issues=["temporary_truce"],
            text=text,
        ),
    )
    truce = state(news, "2025-12-04")["truce"]
    assert truce["status"] == "in_force"
    assert truce["last_confirmed"] == "2025-12-03"


@pytest.mark.parametrize(
    "text",
    [
        "Two captives would be freed under the proposed truce, officials said.",
        "Captives were freed in the first week of the truce talks.",
        "The rebels freed two soldiers under the truce before it collapsed.",
    ],
)
def test_a_release_under_a_truce_proposed_or_ended_tells_none_in_force(news, text):
    news.publish(
        "2026-04-13",
        dict(type="HostagesReleased", on="2026-04-12", subject=["eln"], text=text),
    )
    assert state(news, "2026-04-12")["truce"]["status"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Mediators pressed both sides to accept the current ceasefire proposal.",
        "The fragile ceasefire between the two sides has collapsed after heavy strikes.",
        "Negotiators are expected to discuss the ongoing truce talks.",
    ],
)
def test_plans_for_a_truce_or_its_end_told_in_passing_open_none(news, text):
    news.publish(
        "2025-03-18", dict(type="StatementIssued", on="2025-03-18", subject=["egypt"], text=text)
    )
    assert state(news, "2025-03-19")["truce"]["status"] == "none"


def test_an_agreement_to_extend_a_truce_tells_a_truce_in_force_that_day(news):
    news.publish(
        "2025-03-03",
        agreed(
            "2025-03-03",
            "israel",
            "hamas",
            rule="ceasefire.agree",
            text="The two sides announced the extension of their ceasefire until the end of March.",
        ),
    )
    answer = state(news, "2025-03-03")
    assert answer["truce"]["status"] == "in_force"
    assert answer["agreement"]["agreed"] is True


def test_a_fresh_agreement_still_takes_effect_the_next_day_at_the_soonest(news):
    news.publish(
        "2025-03-03",
        agreed(
            "2025-03-03",
            "israel",
            "hamas",
            rule="ceasefire.agree",
            text="The two sides agreed on a ceasefire, the mediators announced.",
        ),
    )
    assert state(news, "2025-03-03")["truce"]["status"] == "agreed"
    assert state(news, "2025-03-04")["truce"]["status"] == "in_force"


def test_a_state_standing_for_a_side_that_is_no_state_counts_as_that_side_in_a_truce():
    from projections.truce import sides_of

    record = {
        "attributes": {},
        "actors": [{"id": "lebanon", "role": "subject"}, {"id": "israel", "role": "participant"}],
        "negotiation": "hezbollah-israel",
    }
    assert sides_of(record, frozenset()) == ["hezbollah", "israel"]
    mediating = {**record, "actors": [{"id": "lebanon", "role": "mediator"}]}
    assert sides_of(mediating, frozenset()) == []
    elsewhere = {**record, "negotiation": "israel-hamas"}
    assert sides_of(elsewhere, frozenset()) == ["lebanon", "israel"]


def test_an_agreement_whose_sentence_says_when_the_truce_starts_is_in_force_from_then(news):
    news.publish(
        "2025-01-16",
        agreed(
            "2025-01-15",
            "israel",
            "hamas",
            rule="ceasefire.agree",
            starts="2025-01-19",
            text="The sides agreed to a ceasefire starting on Sunday, the mediator said.",
        ),
    )
    pending = state(news, "2025-01-16")
    assert pending["truce"]["status"] == "agreed"
    assert pending["agreement"]["agreed"] is True
    assert pending["truce"]["since"] == "2025-01-19"
    assert state(news, "2025-01-19")["truce"]["status"] == "in_force"


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to an immediate ceasefire along the northern front, the envoy said.",
        "The parties agreed to halt the fighting with immediate effect from today.",
        "The mediator announced that both sides had agreed on a cessation of hostilities.",
    ],
)
def test_an_agreement_to_cease_fire_at_once_is_in_force_the_day_it_is_agreed(news, text):
    news.publish(
        "2025-06-12",
        agreed("2025-06-12", "israel", "hamas", rule="ceasefire.agree", text=text),
    )
    answer = state(news, "2025-06-12")
    assert answer["truce"]["status"] == "in_force"
    assert answer["truce"]["since"] == "2025-06-12"


def test_an_immediate_ceasefire_whose_sentence_says_when_it_starts_starts_then(news):
    news.publish(
        "2025-06-12",
        agreed(
            "2025-06-12",
            "israel",
            "hamas",
            rule="ceasefire.agree",
            starts="2025-06-15",
            text="They agreed to an immediate truce, to begin on Sunday morning.",
        ),
    )
    assert state(news, "2025-06-12")["truce"]["status"] == "agreed"
    assert state(news, "2025-06-15")["truce"]["status"] == "in_force"


def test_a_sides_army_counts_as_that_side_in_a_truce():
    from projections.truce import sides_of

    record = {
        "attributes": {},
        "actors": [
            {"id": "myanmar_military", "role": "subject"},
            {"id": "three_brotherhood_alliance", "role": "participant"},
        ],
        "negotiation": "myanmar-three_brotherhood_alliance",
    }
    assert sides_of(record, frozenset()) == ["myanmar", "three_brotherhood_alliance"]
    army = {**record, "actors": [{"id": "sudan_armed_forces", "role": "subject"}]}
    assert sides_of({**army, "negotiation": "rsf-sudan"}, frozenset()) == ["sudan"]
    # an army that is part of no side of these talks stays itself
    assert sides_of({**army, "negotiation": "russia-ukraine"}, frozenset()) == [
        "sudan_armed_forces"
    ]


def test_a_truce_naming_both_sides_and_who_brokered_it_is_the_sides_truce(news):
    news.publish(
        "2024-03-05",
        dict(type="CeasefireAgreed", on="2024-03-04", participant=["israel", "hamas"]),
        dict(
            type="CeasefireAgreed",
            on="2024-03-04",
            participant=["egypt", "israel", "hamas"],
            text="The truce was brokered with Egypt's help in Cairo.",
        ),
    )
    answer = state(news, "2024-03-06")
    assert answer["truce"]["status"] == "in_force"
    assert answer["agreement"]["agreed"] is True


def test_an_extension_by_a_stated_length_with_no_truce_known_tells_one_in_force(news):
    news.publish(
        "2024-06-03",
        dict(
            type="TruceExtended",
            on="2024-06-01",
            subject=["israel", "hamas"],
            extension="five days",
            text="The two sides agreed to extend their truce by five days.",
        ),
    )
    truce = state(news, "2024-06-02")["truce"]
    # the truce it extends was running the day before: in force from then
    assert (truce["status"], truce["since"], truce["until"]) == (
        "in_force",
        "2024-05-31",
        "2024-06-06",
    )
    assert state(news, "2024-05-31")["truce"]["status"] == "in_force"
    assert state(news, "2024-05-30")["truce"]["status"] == "none"
    assert state(news, "2024-06-08")["truce"]["status"] == "expired"


@pytest.mark.parametrize(
    "text, length",
    [
        ("The parties agreed to renew the current truce for two additional months.", "two months"),
        ("The ceasefire was renewed for another 30 days, the mediator said.", "30 days"),
        ("Envoy announces 2-month truce renewal", "2 month"),
    ],
)
def test_a_renewal_for_another_term_with_no_truce_known_tells_one_in_force_that_term_before(
    news, text, length
):
    news.publish(
        "2022-06-02",
        dict(
            type="TruceExtended",
            on="2022-06-02",
            subject=["houthis", "yemen"],
            extension=length,
            text=text,
        ),
    )
    days = 60 if "month" in length else 30
    renewed = date(2022, 6, 2) - timedelta(days=days)
    # known before the renewal: the truce it renews ran its last term (read from the renewal)
    for on in (renewed, renewed + timedelta(days=20), date(2022, 6, 1)):
        truce = state(news, on.isoformat())["truce"]
        assert (truce["status"], truce["since"]) == ("in_force", renewed.isoformat())
    assert state(news, (renewed - timedelta(days=1)).isoformat())["truce"]["status"] == "none"
    assert (
        state(news, "2022-06-03")["truce"]["until"]
        == (date(2022, 6, 2) + timedelta(days=days)).isoformat()
    )


@pytest.mark.parametrize(
    "text",
    [
        "The army and the RSF extended the truce for five more days.",
        "The ceasefire was extended by another week, the mediators said.",
    ],
)
def test_an_extension_that_is_no_renewal_says_nothing_of_the_term_before(news, text):
    news.publish(
        "2023-05-29",
        dict(
            type="TruceExtended",
            on="2023-05-29",
            subject=["sudan", "rsf"],
            extension="five days" if "five" in text else "1 week",
            text=text,
        ),
    )
    assert state(news, "2023-05-28")["truce"]["since"] == "2023-05-28"
    assert state(news, "2023-05-27")["truce"]["status"] == "none"


def test_one_extension_told_twice_in_an_article_extends_once(news):
    news.publish(
        "2022-06-02",
        agreed("2022-04-02", "houthis", "yemen", duration="two-month"),
        dict(
            type="TruceExtended",
            on="2022-06-02",
            subject=["houthis", "yemen"],
            extension="2 month",
            text="UN envoy announces 2-month truce renewal",
        ),
        dict(
            type="TruceExtended",
            on="2022-06-02",
            subject=["houthis", "yemen"],
            extension="two months",
            text="The sides agreed to renew the truce for two additional months.",
        ),
    )
    truce = state(news, "2022-06-10")["truce"]
    assert truce["status"] == "in_force"
    assert "2022-07-30" <= truce["until"] <= "2022-08-03"  # two months more, not four


def set_to_begin(on: str, *sides: str) -> dict:
    return agreed(
        on,
        *sides,
        rule="ceasefire.effect",
        modality="expected",
        text="The ceasefire was set to take effect on that day, a source said.",
    )


def test_a_truce_set_to_begin_on_a_day_past_when_its_agreement_was_reported_began_then(news):
    news.publish(
        "2024-01-13",
        agreed(
            "2024-01-12",
            "myanmar",
            "three_brotherhood_alliance",
            text="Both sides agreed to an immediate ceasefire, the mediator said.",
        ),
        set_to_begin("2024-01-11", "myanmar", "three_brotherhood_alliance"),
    )
    truce = state(news, "2024-01-11")["truce"]
    assert (truce["status"], truce["since"]) == ("in_force", "2024-01-11")
    assert state(news, "2024-01-11")["agreement"]["agreed"] is True
    assert state(news, "2024-01-10")["truce"]["status"] == "none"


def test_a_truce_only_set_to_begin_with_no_agreement_told_is_not_in_force(news):
    news.publish("2024-01-13", set_to_begin("2024-01-11", "sudan", "rsf"))
    assert state(news, "2024-01-12")["truce"]["status"] == "none"


def test_a_truce_said_to_be_extendable_tells_no_truce_in_force(news):
    news.publish(
        "2024-06-03",
        dict(
            type="TruceExtended",
            on="2024-06-01",
            participant=["israel", "hamas"],
            text="The plan offers a 60-day truce that can be extended.",
        ),
    )
    assert state(news, "2024-06-02")["truce"]["status"] == "none"


def test_a_second_report_of_the_agreement_saying_it_is_at_once_puts_the_truce_in_force_that_day(
    news,
):
    news.publish(
        "2025-06-12",
        agreed("2025-06-12", "sudan", "rsf", rule="ceasefire.agree", text="A truce was agreed."),
        agreed(
            "2025-06-12",
            "sudan",
            "rsf",
            rule="ceasefire.agree",
            text="The envoy said the army and the RSF had agreed on a cessation of hostilities.",
        ),
    )
    answer = state(news, "2025-06-12")
    assert answer["truce"]["status"] == "in_force"
    assert answer["truce"]["since"] == "2025-06-12"


def test_an_agreement_told_only_in_a_web_address_of_a_cessation_of_hostilities_is_at_once(news):
    text = "date 2022-11-02 https://news.example/2022/ethiopia-tplf-reach-cessation-of-hostilities"
    news.publish(
        "2022-11-02", agreed("2022-11-02", "ethiopia", "tplf", rule="ceasefire.agree", text=text)
    )
    assert state(news, "2022-11-02")["truce"]["status"] == "in_force"


def told_weeks_later(news: Newsroom, kind: str, who: str, text: str) -> tuple[str, str]:
    """The truce's status and last confirmation on 2025-06-10, agreed by Russia and Ukraine
    on 2025-04-09 and told of once more, by ``who`` in an event of ``kind``, on 2025-05-31."""
    news.publish("2025-04-10", agreed("2025-04-09", "russia", "ukraine"))
    news.publish("2025-06-01", dict(type=kind, on="2025-05-31", subject=[who], text=text))
    truce = state(news, "2025-06-10")["truce"]
    return truce["status"], truce["last_confirmed"]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("StatementIssued", "Kyiv accused Moscow of violating the Easter truce overnight."),
        ("StatementIssued", "The army reported new breaches of the ceasefire near El Fasher."),
        ("DemandStated", "M23 demanded an inquiry after shelling despite the ceasefire."),
    ],
)
def test_a_truce_told_as_violated_confirms_the_one_that_holds(news, kind, text):
    # one article's open-ended truce goes unconfirmed after 45 days, unless told as violated
    assert told_weeks_later(news, kind, "ukraine", text) == ("in_force", "2025-05-31")


def test_a_truce_told_as_violated_after_it_collapsed_opens_none(news):
    news.publish("2025-01-16", agreed("2025-01-15", "israel", "hamas"))
    news.publish("2025-03-18", dict(type="CeasefireCollapsed", on="2025-03-18", subject=["israel"]))
    news.publish(
        "2025-03-25",
        dict(
            type="StatementIssued",
            on="2025-03-25",
            subject=["hamas"],
            text="Hamas said Israel's breach of the ceasefire deal endangered the captives.",
        ),
    )
    assert state(news, "2025-03-26")["truce"]["status"] == "collapsed"


def test_a_delegation_travelling_as_the_fragile_truce_holds_confirms_it(news):
    news.publish("2025-01-16", agreed("2025-01-15", "israel", "hamas"))
    news.publish(
        "2025-03-10",
        dict(
            type="DelegationArrived",
            on="2025-03-10",
            subject=["israel"],
            text="Israeli negotiators flew to Doha on Monday as the fragile truce held.",
        ),
    )
    truce = state(news, "2025-03-12")["truce"]
    assert (truce["status"], truce["last_confirmed"]) == ("in_force", "2025-03-10")


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("AppealMade", "The UN urged both sides to uphold the ceasefire in Darfur."),
        ("ProposalMade", "Turkey proposed an observer mission to monitor the truce."),
        ("TalksOpened", "Envoys opened talks in Doha on the second phase of the ceasefire deal."),
        ("StatementIssued", "Kyiv said the truce was largely holding along the front."),
    ],
)
def test_a_truce_told_as_one_to_keep_confirms_the_one_that_holds(news, kind, text):
    assert told_weeks_later(news, kind, "turkey", text) == ("in_force", "2025-05-31")


@pytest.mark.parametrize(
    "text",
    [
        "The UN urged both sides to uphold the ceasefire in Darfur.",
        "The envoys reaffirmed their commitment to an immediate ceasefire.",
    ],
)
def test_a_truce_to_keep_or_a_commitment_to_a_new_one_opens_none(news, text):
    news.publish("2025-06-01", dict(type="AppealMade", on="2025-05-31", subject=["un"], text=text))
    assert state(news, "2025-06-01")["truce"]["status"] == "none"


@pytest.mark.parametrize(
    ("kind", "who", "text", "since"),
    [
        (
            "AppealMade",
            "angola",
            "The mediators urged Kinshasa and Kigali to respect the August 4 ceasefire agreement.",
            "2025-08-04",
        ),
        (
            "StatementIssued",
            "armenia",
            "Both sides reaffirmed their commitment to the truce agreed on 3 September.",
            "2025-09-03",
        ),
        (
            "AppealMade",
            "qatar",
            "Doha pressed the parties to uphold the 20 July truce in Suwayda.",
            "2025-07-20",
        ),
        (
            "StatementIssued",
            "norway",
            "Bogota said it would abide by the ceasefire of August 3 with the rebels.",
            "2025-08-03",
        ),
    ],
)
def test_a_truce_to_keep_named_by_its_agreement_day_is_in_force_from_then_when_none_was_known(
    news, kind, who, text, since
):
    news.publish("2025-10-01", dict(type=kind, on="2025-10-01", subject=[who], text=text))
    assert state(news, "2025-07-01")["truce"]["status"] == "none"
    truce = state(news, "2025-10-02")["truce"]
    assert (truce["status"], truce["since"]) == ("in_force", since)
    assert (truce["agreed_on"], truce["last_confirmed"]) == (since, "2025-10-01")


def test_a_truce_to_keep_named_by_its_day_still_ends_when_it_collapses_later(news):
    text = "Luanda urged the two sides to respect the August 4 ceasefire."
    news.publish(
        "2025-10-01", dict(type="AppealMade", on="2025-10-01", subject=["angola"], text=text)
    )
    news.publish("2025-10-20", dict(type="CeasefireCollapsed", on="2025-10-20", subject=["m23"]))
    assert state(news, "2025-10-10")["truce"]["status"] == "in_force"
    assert state(news, "2025-10-21")["truce"]["status"] == "collapsed"


def test_a_call_to_keep_a_named_truce_that_already_collapsed_restores_none(news):
    news.publish("2025-08-05", agreed("2025-08-04", "sudan", "rsf"))
    news.publish("2025-09-01", dict(type="CeasefireCollapsed", on="2025-09-01", subject=["rsf"]))
    text = "The African Union urged the army and the RSF to respect the August 4 truce."
    news.publish("2025-10-01", dict(type="AppealMade", on="2025-10-01", subject=["au"], text=text))
    assert state(news, "2025-10-02")["truce"]["status"] == "collapsed"


@pytest.mark.parametrize(
    "text",
    [
        "The UN urged both sides to respect the ceasefire in Darfur.",  # no day named
        "Kyiv said Moscow broke the March 30 truce within hours.",  # told as broken
        "The envoys urged the sides to agree the May 8 ceasefire proposal.",  # a plan
    ],
)
def test_a_truce_named_by_its_day_but_not_told_as_kept_opens_none(news, text):
    news.publish("2025-06-01", dict(type="AppealMade", on="2025-05-31", subject=["un"], text=text))
    assert state(news, "2025-06-01")["truce"]["status"] == "none"


def test_an_agreement_whose_sentence_says_the_truce_took_effect_that_day_is_in_force_that_day(
    news,
):
    text = "The warring parties in Yemen agreed to a truce that took effect on Saturday."
    news.publish(
        "2022-04-02",
        agreed(
            "2022-04-02", "houthis", "yemen", rule="ceasefire.agree", starts="2022-04-02", text=text
        ),
    )
    answer = state(news, "2022-04-02")
    assert answer["truce"]["status"] == "in_force"
    assert answer["truce"]["since"] == "2022-04-02"


def test_an_agreement_to_renew_a_truce_tells_one_in_force_that_day(news):
    text = "The Houthis and the government agreed to renew the truce, the UN said."
    news.publish(
        "2022-06-02", agreed("2022-06-02", "houthis", "yemen", rule="ceasefire.agree", text=text)
    )
    assert state(news, "2022-06-02")["truce"]["status"] == "in_force"


@pytest.mark.parametrize(
    ("effect", "since"),
    [
        ("The truce is due to take effect at noon on Saturday.", "2020-10-10"),
        ("The truce is due to take effect at midnight on Saturday.", "2020-10-11"),
    ],
)
def test_a_truce_said_to_take_effect_during_the_day_it_was_agreed_is_in_force_that_day(
    news, effect, since
):
    news.publish(
        "2020-10-10",
        agreed(
            "2020-10-10",
            "armenia",
            "azerbaijan",
            rule="ceasefire.agree",
            text="Armenia and Azerbaijan agreed to a humanitarian ceasefire after talks in Moscow.",
        ),
        dict(
            type="CeasefireAgreed",
            on="2020-10-10",
            participant=["armenia", "azerbaijan"],
            rule="ceasefire.effect",
            modality="expected",
            starts="2020-10-10",
            text=effect,
        ),
    )
    assert state(news, "2020-10-11")["truce"]["since"] == since


def test_an_agreement_to_a_new_truce_starts_a_new_one_not_a_confirmation_of_the_last(news):
    news.publish(
        "2020-10-10",
        agreed("2020-10-10", "armenia", "azerbaijan", rule="ceasefire.agree", text="A truce."),
    )
    news.publish(
        "2020-10-18",
        agreed(
            "2020-10-17",
            "armenia",
            "azerbaijan",
            rule="ceasefire.agree",
            text="Armenia and Azerbaijan agreed to a new humanitarian truce, the ministries said.",
        ),
    )
    answer = state(news, "2020-10-17")["truce"]
    assert (answer["status"], answer["agreed_on"], answer["since"]) == (
        "agreed",
        "2020-10-17",
        "2020-10-18",
    )


def test_an_extension_reported_just_after_a_truces_stated_end_held_it_till_then(news):
    news.publish(
        "2023-04-25",
        agreed(
            "2023-04-24",
            "sudan",
            "rsf",
            rule="ceasefire.effect",
            duration="three day",
            text="A three-day ceasefire between the army and the RSF came into effect on Monday.",
        ),
    )
    assert state(news, "2023-04-27")["truce"]["until"] == "2023-04-27"
    assert state(news, "2023-04-28")["truce"]["status"] == "expired"
    news.publish(
        "2023-04-29",
        dict(
            type="TruceExtended",
            on="2023-04-29",
            subject=["sudan", "rsf"],
            extension="seven days",
            text="The army and the RSF extended the truce for seven more days.",
        ),
    )
    assert state(news, "2023-04-28")["truce"]["status"] == "in_force"
    assert state(news, "2023-05-05")["truce"]["until"] == "2023-05-04"  # its end plus seven


@pytest.mark.parametrize(
    ("text", "agreed_"),
    [
        ("Both Thailand and Cambodia accepted the ceasefire proposal on Monday, Anwar said.", True),
        ("Thailand and Cambodia accepted a Malaysian proposal for an immediate truce.", True),
        ("Thailand and Cambodia agreed in principle to the ceasefire proposal.", False),
        ("Thailand and Cambodia agreed to present views on a possible ceasefire.", False),
    ],
)
def test_both_sides_accepting_a_truce_plan_in_one_report_agree_the_truce(news, text, agreed_):
    news.publish(
        "2025-07-28",
        dict(
            type="ProposalAccepted",
            on="2025-07-28",
            subject=["thailand", "cambodia"],
            rule="proposal.accept",
            text=text,
            negotiation="cambodia-thailand",
        ),
    )
    assert state(news, "2025-07-29")["agreement"]["agreed"] is agreed_


def test_one_side_accepting_a_truce_plan_agrees_no_truce(news):
    text = "Cambodia accepted the ceasefire proposal on Monday."
    news.publish(
        "2025-07-28",
        dict(
            type="ProposalAccepted",
            on="2025-07-28",
            subject=["cambodia"],
            text=text,
            negotiation="cambodia-thailand",
        ),
    )
    assert state(news, "2025-07-29")["truce"]["status"] == "none"


@pytest.mark.parametrize(
    ("side", "other", "text"),
    [
        ("hamas", "israel", "Hamas confirmed it had reached an agreement that ends the war."),
        (
            "m23",
            "democratic_republic_of_congo",
            "The M23 said it had struck a deal to end the war.",
        ),
        ("rsf", "sudan", "The RSF said on Thursday it had reached an agreement to end the war."),
    ],
)
def test_one_side_told_to_have_reached_a_deal_to_end_the_war_makes_the_agreement(
    news, side, other, text
):
    news.publish("2025-09-01", demand("2025-09-01", side, "end_of_war"))
    news.publish("2025-09-02", demand("2025-09-02", other, "hostage_release"))
    news.publish("2025-10-09", agreed("2025-10-09", side, rule="ceasefire.cease", text=text))
    today = state(news, "2025-10-09")
    # a deal to end the war is agreed today and takes effect later, not at once
    assert (today["agreement"]["agreed"], today["truce"]["status"]) == (True, "agreed")
    assert state(news, "2025-10-11")["truce"]["status"] == "in_force"


def test_one_side_agreeing_to_a_ceasefire_is_still_its_acceptance(news):
    news.publish("2025-09-01", demand("2025-09-01", "hamas", "end_of_war"))
    news.publish("2025-09-02", demand("2025-09-02", "israel", "hostage_release"))
    text = "Hamas said it agreed to the ceasefire on Thursday."
    news.publish("2025-10-09", agreed("2025-10-09", "hamas", rule="ceasefire.agree", text=text))
    assert state(news, "2025-10-10")["agreement"]["agreed"] is False


def test_an_agreement_to_stop_the_fighting_is_in_force_at_once(news):
    text = "The army and the RSF agreed to stop the fighting on Thursday."
    news.publish(
        "2025-10-09", agreed("2025-10-09", "sudan", "rsf", rule="ceasefire.cease", text=text)
    )
    assert state(news, "2025-10-09")["truce"]["status"] == "in_force"


@pytest.mark.parametrize(
    ("sides", "text"),
    [
        (
            ("myanmar", "three_brotherhood_alliance"),
            "At talks held from 10 to 11 January the junta and the alliance agreed on a ceasefire.",
        ),
        (("sudan", "rsf"), "During three days of talks in Jeddah the two sides agreed a truce."),
        (("armenia", "azerbaijan"), "Armenia and Azerbaijan agreed a truce at talks this week."),
    ],
)
def test_an_agreement_dated_to_a_rounds_few_days_is_in_force_from_the_second_with_no_end(
    news, sides, text
):
    news.publish(
        "2024-01-12",
        agreed("2024-01-10", *sides, until="2024-01-12", rule="ceasefire.agree", text=text),
    )
    for on in ("2024-01-11", "2024-01-13", "2024-02-01"):
        truce = state(news, on)["truce"]
        assert (truce["status"], truce["until"], truce["agreed_on"]) == ("in_force", None, None)


def test_a_truce_agreed_in_a_month_is_still_only_known_as_held_then(news):
    text = "The sides agreed a ceasefire in November, officials recalled."
    news.publish(
        "2024-12-20",
        agreed("2024-11-01", "sudan", "rsf", until="2024-11-30", rule="ceasefire.agree", text=text),
    )
    assert state(news, "2024-12-15")["truce"]["status"] != "in_force"


@pytest.mark.parametrize(
    ("sides", "kind", "text"),
    [
        (
            ("india", "pakistan"),
            "AppealMade",
            "Pakistan said it was committed to upholding the ceasefire and called for calm.",
        ),
        (
            ("cambodia", "thailand"),
            "StatementIssued",
            "Bangkok accused Cambodian troops of "
            "violating the ceasefire hours after it was agreed.",
        ),
        (
            ("russia", "ukraine"),
            "DemandStated",
            "Kyiv demanded that Moscow respect the truce along the front line.",
        ),
    ],
)
def test_a_truce_told_as_holding_on_the_day_it_was_agreed_is_in_force_that_day(
    news, sides, kind, text
):
    news.publish(
        "2025-05-10",
        agreed("2025-05-10", *sides, rule="ceasefire.agree", text="The two sides agreed a truce."),
        dict(type=kind, on="2025-05-10", subject=[sides[0]], text=text),
    )
    truce = state(news, "2025-05-10")["truce"]
    assert (truce["status"], truce["since"]) == ("in_force", "2025-05-10")


def test_a_truce_told_as_holding_does_not_move_a_start_its_agreement_states(news):
    news.publish(
        "2025-05-10",
        agreed(
            "2025-05-10",
            "india",
            "pakistan",
            rule="ceasefire.agree",
            starts="2025-05-12",
            text="The two sides agreed a truce starting on Monday.",
        ),
        dict(
            type="AppealMade",
            on="2025-05-10",
            subject=["united_states"],
            text="Washington urged both sides to respect the ceasefire.",
        ),
    )
    assert state(news, "2025-05-11")["truce"]["status"] == "agreed"


@pytest.mark.parametrize(
    ("sides", "modality", "text"),
    [
        (["israel"], "asserted", "Fighting resumed in Gaza on Tuesday."),
        (["rsf"], "asserted", "Clashes broke out again in El Fasher on Tuesday."),
        (["russia"], "expected", "Moscow warned the talks could collapse within days."),
    ],
)
def test_a_collapse_with_no_truce_known_or_only_threatened_is_no_breakdown(
    news, sides, modality, text
):
    news.publish("2024-03-01", talks("2024-02-28", "doha", ["qatar"], sides))
    collapse = dict(type="CeasefireCollapsed", on="2024-03-19", subject=sides, text=text)
    news.publish("2024-03-20", {**collapse, "modality": modality})
    assert state(news, "2024-03-25")["status"] == "stalled"


def test_a_truce_known_to_hold_that_collapses_is_a_breakdown(news):
    text = "The army and the RSF agreed a truce on Wednesday."
    news.publish(
        "2024-03-01", agreed("2024-02-28", "sudan", "rsf", rule="ceasefire.agree", text=text)
    )
    collapse = "The truce collapsed on Tuesday as fighting resumed in Khartoum."
    news.publish(
        "2024-03-20",
        dict(type="CeasefireCollapsed", on="2024-03-19", subject=["rsf"], text=collapse),
    )
    assert state(news, "2024-03-25")["status"] == "collapsed"


@pytest.mark.parametrize(
    ("rule", "precision"), [("ceasefire.dated", "approx"), ("ceasefire.effect", "week")]
)
def test_a_truce_dated_to_a_span_of_a_few_days_is_in_force_from_its_second_day(
    news, rule, precision
):
    # 'followed the ceasefire agreement announced just days earlier', 'the truce took effect
    # last week': held from some day of the span, so in force by its second day
    news.publish(
        "2025-05-12",
        dict(
            type="CeasefireAgreed",
            on="2025-05-05",
            until="2025-05-11",
            precision=precision,
            participant=["india", "pakistan"],
            rule=rule,
            text="The talks followed the ceasefire agreement announced just days earlier.",
        ),
    )
    assert state(news, "2025-05-04")["truce"]["status"] == "none"
    answer = state(news, "2025-05-10")
    assert answer["truce"]["status"] == "in_force" and answer["agreement"]["agreed"] is True
    assert answer["truce"]["since"] == "2025-05-06"


def test_a_later_article_telling_an_open_ended_truce_keeps_it_in_force_till_then(news):
    # 'an unconditional ceasefire was reached on July 28', in a report of late October that
    # tells no end of it: in force as far as then, stale only 45 days after that report
    news.publish(
        "2025-10-26",
        agreed("2025-07-28", "cambodia", "thailand", rule="ceasefire.agree"),
    )
    assert state(news, "2025-07-27")["truce"]["status"] == "none"
    assert state(news, "2025-10-25")["truce"]["status"] == "in_force"
    assert state(news, "2025-10-25")["agreement"]["agreed"] is True
    assert state(news, "2025-12-20")["truce"]["status"] == "unconfirmed"
