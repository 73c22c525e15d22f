"""Corrections are events with an author and a reason; they re-attach to their happening
after a replay with a changed extractor, and those matching nothing are listed, not dropped."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from application import corrections
from application.app import Parley
from application.articles import ArticleInput
from application.export import export_record
from application.replay import Replayer
from domain.correction import InvalidCorrection
from tests.replay.support import ALIASES, AliasExtractor

TEXT = (
    "Hamas delegation arrived in Cairo on Monday. Israel rejected the proposal. "
    "Egypt said talks would resume."
)


def stored(extractor: AliasExtractor | None = None) -> Parley:
    app = Parley(url="memory://", extractor=extractor or AliasExtractor())
    app.ingest(ArticleInput("a1", date(2024, 2, 14), TEXT))
    return app


def event(app: Parley, type: str) -> dict:
    found = [
        export_record(p.position, p.event)
        for p in app.catalog_events()
        if p.event.type == type and p.event.extractor.release == app.active_release()
    ]
    assert len(found) == 1, found
    return found[0]


def test_a_correction_records_who_when_and_why():
    app = stored()
    rejected = event(app, "ProposalRejected")
    entry = corrections.correct(app, rejected["id"], "retract", "misread", "dana")
    [listed] = corrections.entries(app)
    assert listed.id == entry.id and listed.writer == "dana" and listed.reason == "misread"
    assert listed.anchor and listed.anchor["article"] == "a1" and listed.at


def test_a_retracted_event_reads_as_gone_and_an_amended_one_as_corrected():
    app = stored()
    rejected, talks = event(app, "ProposalRejected"), event(app, "TalksOpened")
    corrections.correct(app, rejected["id"], "retract", "not a rejection", "dana")
    changes = {"occurred": {"start": "2024-02-12", "end": "2024-02-12", "precision": "day"}}
    corrections.correct(app, talks["id"], "amend", "it was Monday", "omar", changes)
    over = corrections.overlay(app)
    found = corrections.find_event(app, rejected["id"])
    assert corrections.corrected_record(app, found, over) is None
    amended = corrections.corrected_record(app, corrections.find_event(app, talks["id"]), over)
    assert amended is not None and amended["corrected"] is True
    assert amended["occurred"]["start"] == "2024-02-12"


def test_an_undone_correction_no_longer_applies_but_stays_in_the_history():
    app = stored()
    rejected = event(app, "ProposalRejected")
    entry = corrections.correct(app, rejected["id"], "retract", "misread", "dana")
    corrections.undo(app, entry.id, "it was a rejection after all", "omar")
    found = corrections.find_event(app, rejected["id"])
    assert corrections.corrected_record(app, found) is not None
    history = corrections.history(app, rejected["id"])
    assert [c["undone"]["writer"] for c in history["corrections"]] == ["omar"]


def test_bad_corrections_name_the_field_and_store_nothing():
    app = stored()
    talks = event(app, "TalksOpened")
    cases = [
        ("amend", {"occurred": {"start": "2024-02-30"}}, "changes.occurred.start"),
        ("amend", {"colour": "red"}, "changes.colour"),
        ("amend", {"type": "Picnic"}, "changes.type"),
        ("retract", {"type": "TalksOpened"}, "changes"),
        ("explode", {}, "action"),
    ]
    for action, changes, field in cases:
        with pytest.raises(InvalidCorrection) as caught:
            corrections.correct(app, talks["id"], action, "why", "dana", changes)
        assert caught.value.field == field
    with pytest.raises(InvalidCorrection) as caught:
        corrections.correct(app, talks["id"], "retract", " ", "dana")
    assert caught.value.field == "reason"
    assert corrections.entries(app) == []


def test_corrections_reattach_after_a_replay_with_a_changed_extractor():
    app = stored()
    rejected, talks = event(app, "ProposalRejected"), event(app, "TalksOpened")
    corrections.correct(app, rejected["id"], "retract", "misread", "dana")
    changes = {"occurred": {"start": "2024-02-12", "end": "2024-02-12"}}
    corrections.correct(app, talks["id"], "amend", "Monday", "dana", changes)
    arrived = event(app, "DelegationArrived")
    corrections.correct(app, arrived["id"], "confirm", "seen on video", "omar")
    # The fix: Cairo becomes an actor alias, so the arrival gains a principal.
    app.extractor = AliasExtractor("1.1.0", aliases={**ALIASES, "Cairo": "egypt"})
    assert Replayer(app).run().switched
    new_talks = event(app, "TalksOpened")
    assert new_talks["id"] != talks["id"]
    over = corrections.overlay(app)
    amended = corrections.corrected_record(app, corrections.find_event(app, new_talks["id"]), over)
    assert amended is not None and amended["occurred"]["start"] == "2024-02-12"
    new_rejected = event(app, "ProposalRejected")
    found = corrections.find_event(app, new_rejected["id"])
    assert corrections.corrected_record(app, found, over) is None
    new_arrived = event(app, "DelegationArrived")
    assert "egypt" in [a["id"] for a in new_arrived["actors"]]
    found = corrections.find_event(app, new_arrived["id"])
    assert corrections.corrected_record(app, found, over)["confirmed_by"] == ["omar"]  # type: ignore[index]
    report = corrections.attachment(app)
    assert len(report["attached"]) == 3 and report["orphaned"] == []


def test_a_correction_whose_happening_is_gone_is_listed_as_orphaned():
    app = stored()
    rejected = event(app, "ProposalRejected")
    entry = corrections.correct(app, rejected["id"], "retract", "misread", "dana")
    app.extractor = AliasExtractor("2.0.0", aliases={"Hamas": "hamas", "Egypt": "egypt"})
    Replayer(app).run()
    report = corrections.attachment(app)
    assert [o["id"] for o in report["orphaned"]] == [entry.id]
    assert corrections.attachment(app, "alias@1.0.0")["attached"][0]["id"] == entry.id


def test_two_analysts_correcting_one_event_at_once_both_land_in_order():
    app = stored()
    talks = event(app, "TalksOpened")
    barrier = threading.Barrier(2)

    def amend(writer: str, day: str) -> None:
        barrier.wait()
        changes = {"occurred": {"start": day, "end": day}}
        corrections.correct(app, talks["id"], "amend", "date", writer, changes)

    threads = [
        threading.Thread(target=amend, args=("dana", "2024-02-11")),
        threading.Thread(target=amend, args=("omar", "2024-02-12")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    listed = corrections.entries(app)
    assert sorted(e.writer for e in listed) == ["dana", "omar"]
    assert [e.position for e in listed] == sorted(e.position for e in listed)
    last = listed[-1].changes["occurred"]["start"]
    found = corrections.find_event(app, talks["id"])
    assert corrections.corrected_record(app, found)["occurred"]["start"] == last  # type: ignore[index]


def test_a_missed_happening_is_added_with_its_evidence_and_actor_ids_merge():
    app = stored()
    corrections.add(
        app,
        {
            "type": "CeasefireAgreed",
            "occurred": {"start": "2024-02-13"},
            "actors": [{"id": "hamas"}, {"id": "israel"}],
            "evidence": {"article": "a1", "span": [0, 10], "text": "Hamas delegation"},
        },
        "missed",
        "dana",
    )
    with pytest.raises(InvalidCorrection) as caught:
        corrections.add(
            app,
            {
                "type": "CeasefireAgreed",
                "occurred": {"start": "2024-02-13"},
                "actors": [{"id": "hamas"}],
            },
            "missed",
            "dana",
        )
    assert caught.value.field == "event.evidence"
    [added] = corrections.added_records(app)
    assert added["added_by"] == "dana" and added["type"] == "CeasefireAgreed"
    corrections.merge(app, "hamas", "hamas_movement", "one actor", "omar")
    arrived = corrections.find_event(app, event(app, "DelegationArrived")["id"])
    merged = corrections.corrected_record(app, arrived)
    assert merged is not None and merged["corrected"] is True
    assert [a["id"] for a in merged["actors"]] == ["hamas_movement"]


def test_an_amendment_may_move_an_event_to_another_negotiation():
    app = stored()
    talks = event(app, "TalksOpened")
    changes = {"negotiation": "israel-hamas"}
    corrections.correct(app, talks["id"], "amend", "wrong talks", "dana", changes)
    found = corrections.find_event(app, talks["id"])
    assert corrections.corrected_record(app, found)["negotiation"] == "israel-hamas"  # type: ignore[index]
    with pytest.raises(InvalidCorrection) as caught:
        corrections.correct(app, talks["id"], "amend", "x", "dana", {"negotiation": ""})
    assert caught.value.field == "changes.negotiation"
