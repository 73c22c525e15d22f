"""The diff of two releases on hand-made findings: what counts as added, removed, changed."""

from __future__ import annotations

from datetime import date

from application.diff import diff_article, diff_releases
from domain.article import Extraction
from domain.events import CatalogEvent
from domain.finding import Finding
from domain.values import ActorRef, Evidence, ExtractorRef, Interval

DAY = date(2024, 2, 14)
ON_THE_DAY = Interval.day(DAY)
ARRIVAL = "Haniyeh arrived in Cairo on Wednesday."
REJECTION = "Israel and Hamas rejected the proposal."


def finding(
    kind: str = "DelegationArrived",
    text: str = ARRIVAL,
    actors: tuple[str, ...] = ("hamas",),
    occurred: Interval = ON_THE_DAY,
    sentence: int = 0,
    version: str = "1.0.0",
    **attributes: object,
) -> Finding:
    return Finding(
        kind,
        occurred,
        tuple(ActorRef(a) for a in actors),
        Evidence("a1", sentence, (0, len(text)), text),
        ExtractorRef("rules", version, "r"),
        attributes=dict(attributes),
    )


def events(*findings: Finding) -> list[CatalogEvent]:
    extraction = Extraction("a1", "rules@x", DAY)
    for f in findings:
        extraction.record(f)
    return [e for e in extraction.collect_events() if isinstance(e, CatalogEvent)]


def test_the_same_events_under_another_version_are_unchanged():
    diff = diff_article("a1", events(finding()), events(finding(version="2.0.0")))
    assert (diff.unchanged, diff.differs) == (1, False)


def test_a_moved_date_is_one_change_not_a_removal_and_an_addition():
    week = Interval(date(2024, 2, 5), date(2024, 2, 11), "week")
    diff = diff_article("a1", events(finding()), events(finding(occurred=week)))
    assert (diff.added, diff.removed) == ((), ())
    (change,) = diff.changed
    assert change.fields == ("occurred",)
    assert change.before["occurred"]["precision"] == "day"
    assert change.after["occurred"] == {
        "start": "2024-02-05",
        "end": "2024-02-11",
        "precision": "week",
    }
    assert change.after["evidence"]["text"] == ARRIVAL


def test_events_of_one_sentence_pair_with_the_most_alike():
    before = events(
        finding(actors=("hamas",), leader="ismail_haniyeh"),
        finding(actors=("egypt",), leader="abbas_kamel"),
    )
    after = events(
        finding(actors=("egypt", "qatar"), leader="abbas_kamel"),
        finding(actors=("hamas",), leader="ismail_haniyeh"),
    )
    diff = diff_article("a1", before, after)
    assert diff.unchanged == 1
    (change,) = diff.changed
    assert change.fields == ("actors",)
    assert [a["id"] for a in change.after["actors"]] == ["egypt", "qatar"]


def test_a_new_type_for_a_sentence_is_a_removal_and_an_addition():
    before = events(finding("ProposalAccepted", REJECTION))
    after = events(finding("ProposalRejected", REJECTION))
    diff = diff_article("a1", before, after)
    assert [e["type"] for e in diff.removed] == ["ProposalAccepted"]
    assert [e["type"] for e in diff.added] == ["ProposalRejected"]
    assert diff.added[0]["evidence"]["text"] == REJECTION and diff.changed == ()


def test_the_order_of_actors_and_the_sentence_number_do_not_count_as_changes():
    before = events(finding(actors=("israel", "hamas"), sentence=3))
    after = events(finding(actors=("hamas", "israel"), sentence=4))
    assert not diff_article("a1", before, after).differs


def test_repeated_identical_events_are_counted_one_by_one():
    diff = diff_article("a1", events(finding(), finding()), events(finding()))
    assert (diff.unchanged, len(diff.removed)) == (1, 1)


def test_an_article_one_release_never_extracted_is_marked_missing():
    diff = diff_article("a1", None, events(finding()), names=("rules@1", "rules@2"))
    assert diff.missing == ("rules@1",) and len(diff.added) == 1


def test_totals_add_up_over_articles_and_only_differences_are_listed():
    week = Interval(date(2024, 2, 5), date(2024, 2, 11), "week")
    diff = diff_releases(
        "rules@1",
        "rules@2",
        [
            ("a1", events(finding()), events(finding(occurred=week), finding("TalksOpened"))),
            ("a2", events(finding()), events(finding())),
            ("a3", events(finding("ProposalRejected", REJECTION)), []),
        ],
    )
    assert diff.totals == {
        "articles": 3,
        "articles_changed": 2,
        "added": 1,
        "removed": 1,
        "changed": 1,
        "unchanged": 1,
    }
    assert [a["article"] for a in diff.as_dict()["articles"]] == ["a1", "a3"]
    assert len(diff.as_dict(only_differences=False)["articles"]) == 3
