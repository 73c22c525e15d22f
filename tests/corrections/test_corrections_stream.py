"""The stream sends events as corrected, each correction as a message of its own, and the
machine's events to raw subscribers."""

from __future__ import annotations

from datetime import date

from api.stream import StreamFilter, read_items
from application import corrections
from application.app import Parley
from application.articles import ArticleInput
from application.export import export_record
from tests.fakes import FakeExtractor


def test_stream_items_are_corrected_unless_raw():
    app = Parley(url="memory://", extractor=FakeExtractor())
    text = "Hamas delegation arrived in Cairo. Hamas demands a ceasefire. Fine."
    app.ingest(ArticleInput("a1", date(2024, 2, 14), text))
    arrived, demanded = (export_record(p.position, p.event) for p in app.catalog_events())
    corrections.correct(app, arrived["id"], "retract", "no arrival", "dana")
    changes = {"occurred": {"start": "2024-02-10", "end": "2024-02-10"}}
    corrections.correct(app, demanded["id"], "amend", "earlier", "omar", changes)

    items, _ = read_items(app, 0, 100)
    by_position = {item.position: item for item in items}
    gone, amended = by_position[arrived["position"]], by_position[demanded["position"]]
    corrected, raw = StreamFilter(), StreamFilter(raw=True)
    assert gone.retracted and not corrected(gone) and raw(gone)
    assert b'"corrected":true' in amended.message_for(False)
    assert b"2024-02-10" in amended.message_for(False)
    assert b"2024-02-10" not in amended.message_for(True)
    notes = [item for item in items if item.type == "Correction"]
    assert [b'"writer":"dana"' in n.message for n in notes] == [True, False]
    assert all(corrected(n) and not raw(n) for n in notes)
    assert StreamFilter(actor="israel")(notes[0])  # corrections pass any actor filter
