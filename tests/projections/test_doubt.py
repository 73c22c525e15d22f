"""Doubt is visible: sources and modality per element, conflicting reports with both sides'
evidence, uncorroborated single reports marked."""

from __future__ import annotations

from tests.projections.readside_fakes import Newsroom, caught_up, d, demand


def demanded_then_rejected(news: Newsroom, demanded: str, rejected: str, asked: str) -> dict:
    """Israel's stance on a withdrawal on ``asked``, one article saying it demanded one and a
    later one that it rejected it."""
    news.publish(demanded, demand(demanded, "israel", "troop_withdrawal"))
    news.publish(
        rejected,
        dict(type="DemandRejected", on=rejected, subject=["israel"], issues=["troop_withdrawal"]),
    )
    [held] = caught_up(news).positions("israel", d(asked))["positions"]
    return held


def test_two_articles_days_apart_giving_opposite_stances_are_shown_as_conflicting(news):
    held = demanded_then_rejected(news, "2024-03-01", "2024-03-03", asked="2024-03-05")
    assert held["stance"] == "rejects"
    assert held["conflicting"]["stance"] == "demands"
    assert held["conflicting"]["source"]["article"] == "a0001"
    assert held["sources"][0]["article"] == "a0002"
    assert held["uncorroborated"] is True and held["modality"] == "asserted"


def test_a_change_of_stance_months_later_is_no_conflict(news):
    held = demanded_then_rejected(news, "2024-01-01", "2024-05-01", asked="2024-05-05")
    assert held["conflicting"] is None


def test_reports_disagreeing_on_an_answer_to_a_plan_show_both(news):
    plan = "The Paris framework was drawn up on Sunday."
    news.publish(
        "2024-02-01",
        dict(type="ProposalMade", on="2024-01-28", subject=["qatar"], text=plan),
        dict(
            type="ProposalAccepted",
            on="2024-01-30",
            subject=["hamas"],
            text="Hamas accepted the Paris framework.",
        ),
    )
    news.publish(
        "2024-02-02",
        dict(
            type="ProposalRejected",
            on="2024-02-01",
            subject=["hamas"],
            text="Hamas rejected the Paris framework.",
        ),
    )
    [paris] = caught_up(news).state(d("2024-02-03"))["proposals"]
    answer = paris["responses"]["hamas"]
    assert answer["response"] == "rejected"
    assert answer["conflicting"]["response"] == "accepted"
    assert answer["conflicting"]["source"]["article"] == "a0001"
    assert [h["response"] for h in paris["history"]] == ["accepted", "rejected"]


def test_a_truce_from_one_article_is_marked_uncorroborated_and_from_two_is_not(news):
    agreed = dict(type="CeasefireAgreed", on="2024-03-01", subject=["israel", "hamas"])
    news.publish("2024-03-01", agreed)
    first = caught_up(news).state(d("2024-03-02"))["truce"]
    assert (first["source_count"], first["uncorroborated"]) == (1, True)
    news.publish("2024-03-02", agreed)
    second = caught_up(news).state(d("2024-03-03"))["truce"]
    assert (second["source_count"], second["uncorroborated"], second["modality"]) == (
        2,
        False,
        "asserted",
    )
