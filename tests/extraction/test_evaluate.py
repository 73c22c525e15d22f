"""Scoring against gold: besides the totals, a confusion of types and the date errors by kind
(tiny in-memory gold rows and events in the export shape)."""

from __future__ import annotations

from datetime import date
from typing import Any

from extraction.evaluate import render, score

PUBLISHED = {"a1": date(2024, 3, 6)}


def gold(row_id: str, types: list[str], start: str, end: str, **extra: Any) -> dict[str, Any]:
    row = {"article": "a1", "id": row_id, "core": True, "types": types, "actors": ["hamas"]}
    return {**row, "start": start, "end": end, **extra}


def event(kind: str, start: str, end: str | None = None, actors: tuple[str, ...] = ("hamas",)):
    return {
        "type": kind,
        "article": "a1",
        "occurred": {"start": start, "end": end or start, "precision": "day"},
        "actors": [{"id": a, "role": "subject"} for a in actors],
    }


def test_an_event_left_on_the_publication_day_is_a_missing_time():
    report = score(
        [gold("g1", ["TalksOpened"], "2024-03-03", "2024-03-03")],
        [event("TalksOpened", "2024-03-06")],
        PUBLISHED,
    )
    assert dict(report.date_errors) == {"missing_time": 1}
    assert report.misses[0]["kind"] == "missing_time"


def test_an_event_dated_elsewhere_and_not_on_publication_day_has_a_wrong_anchor():
    report = score(
        [gold("g1", ["TalksOpened"], "2024-03-03", "2024-03-03")],
        [event("TalksOpened", "2024-02-26")],
        PUBLISHED,
    )
    assert dict(report.date_errors) == {"wrong_anchor": 1}


def test_an_event_overlapping_the_window_but_too_wide_has_a_wrong_span():
    report = score(
        [gold("g1", ["TalksOpened"], "2024-03-03", "2024-03-03")],
        [event("TalksOpened", "2024-03-01", "2024-03-31")],
        PUBLISHED,
    )
    assert dict(report.date_errors) == {"wrong_span": 1}
    assert report.total.kind == 1 and report.total.dated == 0


def test_without_publication_dates_a_default_day_counts_as_a_wrong_anchor():
    report = score(
        [gold("g1", ["TalksOpened"], "2024-03-03", "2024-03-03")],
        [event("TalksOpened", "2024-03-06")],
    )
    assert dict(report.date_errors) == {"wrong_anchor": 1}


def test_a_dated_match_is_no_date_error():
    report = score(
        [gold("g1", ["TalksOpened"], "2024-03-03", "2024-03-04")],
        [event("TalksOpened", "2024-03-04")],
        PUBLISHED,
    )
    assert report.total.dated == 1 and not report.date_errors


def test_a_missed_row_is_confused_with_the_other_type_read_for_its_actors():
    report = score(
        [gold("g1", ["DemandStated"], "2024-03-05", "2024-03-05")],
        [
            event("ProposalRejected", "2024-03-05"),
            event("TalksOpened", "2024-03-06", None, ("qatar",)),
        ],
        PUBLISHED,
    )
    assert report.confusion[("DemandStated", "ProposalRejected")] == 1
    # the event of other actors matches no row and was read for none: spurious, gold '-'
    assert report.confusion[("-", "TalksOpened")] == 1
    assert sum(report.confusion.values()) == 2


def test_a_missed_row_with_nothing_read_for_its_actors_is_confused_with_nothing():
    report = score([gold("g1", ["ThreatIssued"], "2024-03-05", "2024-03-05")], [], PUBLISHED)
    assert dict(report.confusion) == {("ThreatIssued", "-"): 1}


def test_the_confused_event_dated_in_the_rows_window_is_preferred():
    report = score(
        [gold("g1", ["DemandStated"], "2024-03-01", "2024-03-01")],
        [event("TalksOpened", "2024-03-06"), event("StatementIssued", "2024-03-01")],
        PUBLISHED,
    )
    assert report.confusion[("DemandStated", "StatementIssued")] == 1
    assert report.confusion[("-", "TalksOpened")] == 1


def test_rows_whose_happening_is_absent_from_the_text_are_left_out():
    report = score(
        [gold("g1", ["TalksOpened"], "2024-03-03", "2024-03-03", absent=True)], [], PUBLISHED
    )
    assert report.total.core == 0 and not report.confusion


def test_the_summary_carries_date_errors_by_kind_and_the_confusion():
    report = score(
        [
            gold("g1", ["TalksOpened"], "2024-03-03", "2024-03-03"),
            gold("g2", ["DemandStated"], "2024-03-05", "2024-03-05"),
        ],
        [event("TalksOpened", "2024-03-06")],
        PUBLISHED,
    )
    summary = report.summary()
    assert summary["date_errors"] == {"wrong_span": 0, "missing_time": 1, "wrong_anchor": 0}
    assert summary["type_confusion"] == [
        {"gold": "DemandStated", "extracted": "TalksOpened", "count": 1}
    ]
    text = render(report)
    assert text.splitlines()[0].startswith("core recall 0.500  dated recall 0.000")
    assert "date errors by kind: wrong span 0, missing time 1, wrong anchor 0" in text
    assert any(line.split() == ["DemandStated", "TalksOpened", "1"] for line in text.splitlines())
