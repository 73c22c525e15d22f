"""Corrections and negotiations together: an amended negotiation moves its event to that
negotiation in the corrected reads and the stream, the machine's record stays where the
extractor put it, and an added happening joins a negotiation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from api.stream import StreamFilter, read_items
from application import corrections
from application.app import Parley
from application.export import export_record
from application.sources import Metadata, read_paths
from projections.readside import ReadSide

OTHER_TALKS = Path(__file__).resolve().parents[1] / "projections" / "other_talks"
EARLY, LATE = date(2020, 1, 1), date(2030, 1, 1)


@pytest.fixture
def read() -> Iterator[ReadSide]:
    app = Parley(url="memory://")
    for item in read_paths([OTHER_TALKS], Metadata()):
        app.ingest(item)  # type: ignore[arg-type]
    side = ReadSide(app)
    side.catch_up()
    yield side
    app.close()


def positions_in(read: ReadSide, negotiation: str, raw: bool = False) -> set[int]:
    entries = read.timeline(EARLY, LATE, negotiation=negotiation, raw=raw)
    return {source["position"] for entry in entries for source in entry["sources"]}


def counts(read: ReadSide, raw: bool = False) -> dict[str, int]:
    return {n["id"]: n["events"] for n in read.negotiations(raw=raw)}


def a_russia_ukraine_event(app: Parley) -> dict:
    found = [
        export_record(p.position, p.event)
        for p in app.catalog_events()
        if p.event.negotiation == "russia-ukraine"
        and p.event.extractor.release == app.active_release()
    ]
    assert found, "the other talks' articles give russia-ukraine events"
    return found[0]


def test_an_amended_negotiation_moves_the_event_in_corrected_reads_only(read):
    moved = a_russia_ukraine_event(read.app)
    before = counts(read)
    assert moved["position"] in positions_in(read, "russia-ukraine")
    changes = {"negotiation": "armenia-azerbaijan"}
    corrections.correct(read.app, moved["id"], "amend", "other talks", "dana", changes)
    read.catch_up()

    assert moved["position"] in positions_in(read, "armenia-azerbaijan")
    assert moved["position"] not in positions_in(read, "russia-ukraine")
    assert moved["position"] in positions_in(read, "russia-ukraine", raw=True)
    assert moved["position"] not in positions_in(read, "armenia-azerbaijan", raw=True)
    after = counts(read)
    assert after["russia-ukraine"] == before["russia-ukraine"] - 1
    assert after["armenia-azerbaijan"] == before["armenia-azerbaijan"] + 1
    assert counts(read, raw=True) == before


def test_the_stream_filters_an_amended_event_by_its_corrected_negotiation_unless_raw(read):
    moved = a_russia_ukraine_event(read.app)
    changes = {"negotiation": "armenia-azerbaijan"}
    corrections.correct(read.app, moved["id"], "amend", "other talks", "dana", changes)
    items, _ = read_items(read.app, 0, 1000)
    [item] = [i for i in items if i.position == moved["position"]]
    assert StreamFilter(negotiation="armenia-azerbaijan")(item)
    assert not StreamFilter(negotiation="russia-ukraine")(item)
    assert StreamFilter(negotiation="russia-ukraine", raw=True)(item)
    assert not StreamFilter(negotiation="armenia-azerbaijan", raw=True)(item)


def test_an_added_happening_joins_the_negotiation_it_names_or_whose_actors_it_names(read):
    before = counts(read)
    evidence = {"url": "https://example.org/talks", "text": "Both sides met again."}
    named = {
        "type": "TalksOpened",
        "occurred": {"start": "2025-07-30", "end": "2025-07-30"},
        "actors": [{"id": "russia", "role": "subject"}, {"id": "ukraine", "role": "subject"}],
        "evidence": evidence,
        "negotiation": "armenia-azerbaijan",
    }
    unnamed = {key: value for key, value in named.items() if key != "negotiation"}
    corrections.add(read.app, named, "missed", "dana")
    corrections.add(read.app, unnamed, "missed", "omar")
    read.catch_up()
    after = counts(read)
    assert after["armenia-azerbaijan"] == before["armenia-azerbaijan"] + 1
    assert after["russia-ukraine"] == before["russia-ukraine"] + 1
    assert counts(read, raw=True) == before
