"""Corrections on the write side: record them, read them back, and find what they attach to.

A correction is anchored to the happening it corrects (see domain.correction), so it is
found again in any release's events: ``attachment`` tells, per correction, whether the
active (or any) release still has its happening, or whether it is orphaned for review.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError
from eventsourcing.utils import get_topic

from application.app import Parley, Positioned
from application.export import export_record
from application.queries import EventFilter
from application.replay import extraction_events
from domain.article import Article
from domain.correction import ON_EVENT, Correction, InvalidCorrection, anchor_of
from domain.overlay import Entry, Overlay, added_record

MADE = get_topic(Correction.Made)
UNDONE = get_topic(Correction.Undone)
TOPICS = (MADE, UNDONE)


class UnknownEvent(LookupError):
    """No event of the release has this id."""


class UnknownCorrection(LookupError):
    """No correction has this id."""


def entries(app: Parley) -> list[Entry]:
    """Every stored correction in log order, with its undoing if undone."""
    made: dict[str, Entry] = {}
    undone: dict[str, dict[str, Any]] = {}
    for position, e in app.read_log(topics=TOPICS):
        cid = str(e.originator_id)
        if isinstance(e, Correction.Made):
            made[cid] = Entry(
                cid,
                position,
                e.action,
                _plain(e.anchor),
                _plain(e.changes),
                e.reason,
                e.writer,
                e.timestamp.isoformat(),
                e.target,
            )
        elif isinstance(e, Correction.Undone):
            undone[cid] = {"writer": e.writer, "reason": e.reason, "at": e.timestamp.isoformat()}
    return [Entry(**{**entry.__dict__, "undone": undone.get(entry.id)}) for entry in made.values()]


def overlay(app: Parley) -> Overlay:
    return Overlay(entries(app))


def find_event(app: Parley, event_id: str, release: str | None = None) -> Positioned:
    """The event with this id in a release (default: the active one); raises UnknownEvent."""
    release = release or app.active_release()
    for found in app.catalog_events():
        e = found.event
        if e.extractor.release == release and str(export_id(found)) == event_id:
            return found
    raise UnknownEvent(f"no event {event_id!r} in release {release}")


def export_id(found: Positioned) -> str:
    return str(export_record(found.position, found.event)["id"])


def correct(
    app: Parley,
    event_id: str,
    action: str,
    reason: str,
    writer: str,
    changes: dict[str, Any] | None = None,
) -> Entry:
    """Retracts, amends or confirms the happening behind an event of the active release."""
    if action not in ON_EVENT:
        raise InvalidCorrection("action", f"{action!r} is not one of {', '.join(ON_EVENT)}")
    found = find_event(app, event_id)
    record = export_record(found.position, found.event)
    correction = Correction.make(action, reason, writer, anchor_of(record), changes, event_id)
    return _saved(app, correction)


def add(app: Parley, event: dict[str, Any], reason: str, writer: str) -> Entry:
    """Adds a happening the extractor missed, with where it is read."""
    evidence = event.get("evidence") if isinstance(event, dict) else None
    article = evidence.get("article") if isinstance(evidence, dict) else None
    if article and app.article(article) is None:
        raise InvalidCorrection("event.evidence.article", f"no stored article {article!r}")
    return _saved(app, Correction.make("add", reason, writer, changes=event))


def merge(app: Parley, old: str, into: str, reason: str, writer: str) -> Entry:
    """Says two actor ids are one: ``old`` reads as ``into`` everywhere."""
    changes = {"from": old, "into": into}
    return _saved(app, Correction.make("merge", reason, writer, changes=changes))


def undo(app: Parley, correction_id: str, reason: str, writer: str) -> Entry:
    """Undoes a correction (itself an event on it)."""
    if not reason or not reason.strip():
        raise InvalidCorrection("reason", "say why: undoing needs a reason")
    try:
        correction: Correction = app.repository.get(UUID(correction_id))
    except (AggregateNotFoundError, ValueError):
        raise UnknownCorrection(f"no correction {correction_id!r}") from None
    if not isinstance(correction, Correction):
        raise UnknownCorrection(f"no correction {correction_id!r}")
    if correction.undone:
        raise InvalidCorrection("correction", f"correction {correction_id} is undone already")
    correction.undo(reason.strip(), writer)
    app.save(correction)
    return next(e for e in entries(app) if e.id == correction_id)


def _saved(app: Parley, correction: Correction) -> Entry:
    recordings = app.save(correction)
    position = recordings[0].notification.id if recordings else 0
    return Entry(
        str(correction.id),
        position,
        correction.action,
        correction.anchor,
        correction.changes,
        correction.reason,
        correction.writer,
        correction.created_on.isoformat(),
        correction.target,
    )


def corrected_record(app: Parley, found: Positioned, over: Overlay | None = None) -> dict | None:
    """An event in the export shape as corrected (None if retracted)."""
    over = over if over is not None else overlay(app)
    record = export_record(found.position, found.event)
    attached = over.attach([record]).get(0, [])
    return over.apply(record, attached)


def history(app: Parley, event_id: str) -> dict[str, Any]:
    """An event's extraction and every correction to its happening, undone ones too."""
    found = find_event(app, event_id)
    record = export_record(found.position, found.event)
    everything = Overlay(entries(app))
    attached = [
        e
        for e in everything.entries
        if e.anchor is not None and everything.targets(e, [record]) == [0]
    ]
    merged = [
        e
        for e in everything.entries
        if e.action == "merge" and any(a["id"] == e.changes["from"] for a in record["actors"])
    ]
    return {
        "event": record,
        "corrected": everything.apply(record, everything.attach([record]).get(0, [])),
        "corrections": [e.as_dict() for e in sorted(attached + merged, key=lambda e: e.position)],
    }


def attachment(app: Parley, release: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Per anchored correction, the events of a release (default: active) it attaches to;
    those attaching to none are orphaned, listed for review."""
    release = release or app.active_release()
    over = overlay(app)
    by_article: dict[str, list[dict[str, Any]]] = {}
    attached: list[dict[str, Any]] = []
    orphaned: list[dict[str, Any]] = []
    for entry in over.anchored:
        article = (entry.anchor or {})["article"]
        if article not in by_article:
            by_article[article] = _article_records(app, article, release)
        records = by_article[article]
        targets = over.targets(entry, records)
        row = entry.as_dict()
        if targets:
            row["events"] = [records[i]["id"] for i in targets]
            attached.append(row)
        else:
            orphaned.append(row)
    return {"attached": attached, "orphaned": orphaned}


def _article_records(app: Parley, article_id: str, release: str | None) -> list[dict[str, Any]]:
    stored = app.article(article_id)
    if stored is None or release is None:
        return []
    ingested = next((e for e in app.events.get(stored.id) if isinstance(e, Article.Ingested)), None)
    if ingested is None:
        return []
    events = extraction_events(app, ingested, release) or []
    return [export_record(0, e) for e in events]


def added_records(app: Parley, over: Overlay | None = None) -> list[dict[str, Any]]:
    over = over if over is not None else overlay(app)
    return [added_record(e, app.active_release()) for e in over.added]


def _plain(value: Any) -> Any:
    """Stored arrays decode as tuples: corrections are read as JSON-like lists."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def corrected_stream(
    app: Parley,
    found: Iterable[Positioned],
    wanted: EventFilter,
    over: Overlay | None = None,
    upto: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Events in the export shape as corrected, in log order: retracted ones left out,
    happenings analysts added placed at their correction's position; the filter applies
    to the corrected event. Added happenings after the last event come up to ``upto``
    (default: all)."""
    over = over if over is not None else overlay(app)
    release = app.active_release() or ""
    added = sorted(added_records(app, over), key=lambda r: r["position"])
    if wanted.extractor not in (None, release, release.partition("@")[2]):
        added = []  # an older release asked for: analysts add to the active record
    for each in found:
        while added and added[0]["position"] < each.position:
            record = added.pop(0)
            if wanted.record(record):
                yield record
        record = export_record(each.position, each.event)
        if over:
            record = over.apply(record, over.attach([record]).get(0, []))  # type: ignore[assignment]
        if record is not None and wanted.record(record):
            yield record
    for record in added:
        if (upto is None or record["position"] <= upto) and wanted.record(record):
            yield record
