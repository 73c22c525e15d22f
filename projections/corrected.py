"""The corrected record as a read side index: analysts' corrections laid over a release.

The persisted views hold the machine's facts only. A corrected index is derived from them
and the corrections in the log: retracted facts left out, amended and merged ones indexed
as corrected, added happenings indexed at their correction's log position. Derived again
whenever the log moves on (a correction or an event may change what attaches where);
without any live correction the release's own index is used as is.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import orjson

from application.app import Parley
from application.corrections import overlay
from domain.events import CATALOG
from domain.overlay import Entry, Overlay, added_record
from projections.facts import Fact, Plain, fact
from projections.index import UNASSIGNED, ReleaseIndex
from projections.store import ViewStore

MARKS = ("corrected", "corrections", "confirmed_by", "added_by")


def corrected_index(
    app: Parley,
    store: ViewStore,
    name: str | None,
    raw: dict[str, ReleaseIndex],
    position: int,
) -> tuple[dict[str, ReleaseIndex], dict[int, dict[str, Any]]] | None:
    """The release's indexes by negotiation with corrections applied (partitioned as the
    raw ones are: an amended ``negotiation`` moves the event), and the corrected records by
    position; None when no correction is live."""
    over = overlay(app)
    if not over or name is None:
        return None
    attached = _attached(app, store, over, raw)
    merges = over.merges
    indexes: dict[str, ReleaseIndex] = {}
    records: dict[int, dict[str, Any]] = {}
    for row in store.facts(0, position):
        at, release, type_, start, _end, reported, modality, keys = row
        if release != name:
            continue
        keys = _keys(keys)
        touched = at in attached or any(a in merges for a, _ in keys.get("a", ()))
        if not touched:
            _of(indexes, keys.get("n", UNASSIGNED)).add_parts(
                at, type_, start, reported, modality, keys
            )
            continue
        record = store.records([at])[at]
        corrected = over.apply(record, attached.get(at, ()))
        if corrected is None:
            continue
        records[at] = _indexed(indexes, at, corrected, name)
    for entry in over.added:
        added = _added(entry, name, raw)
        records[entry.position] = _indexed(indexes, entry.position, added, name)
    for index in indexes.values():
        index.settle()
    return indexes, records


def _of(indexes: dict[str, ReleaseIndex], negotiation: str) -> ReleaseIndex:
    index = indexes.get(negotiation)
    if index is None:
        index = indexes[negotiation] = ReleaseIndex()
    return index


def _attached(
    app: Parley, store: ViewStore, over: Overlay, raw: dict[str, ReleaseIndex]
) -> dict[int, list[Entry]]:
    """Which live anchored corrections attach to which positions: candidates are the
    release's facts of the anchored type reported on the article's publication day."""
    attached: dict[int, list[Entry]] = {}
    published: dict[str, int | None] = {}
    for entry in over.anchored:
        anchor = entry.anchor or {}
        article = anchor["article"]
        if article not in published:
            stored = app.article(article)
            published[article] = stored.published.toordinal() if stored else None
        day = published[article]
        if day is None:
            continue
        candidates: list[int] = []
        for index in raw.values():  # a happening's candidates, whatever their negotiation
            series = index.by_type.get(anchor["type"])
            if series is None:
                continue
            series.settle()
            pairs = zip(series.positions, series.reported, strict=True)
            candidates.extend(p for p, r in pairs if r == day)
        if not candidates:
            continue
        found = store.records(candidates)
        positions = sorted(found)
        for i in over.targets(entry, [found[p] for p in positions]):
            attached.setdefault(positions[i], []).append(entry)
    return attached


def _indexed(
    indexes: dict[str, ReleaseIndex], position: int, record: dict[str, Any], name: str
) -> dict:
    made: Fact = fact(position, plain_of_record(record, name))
    made.release = name
    _of(indexes, made.keys.get("n", UNASSIGNED)).add(made)
    return {**made.record, **{k: record[k] for k in MARKS if k in record}}


def _added(entry: Entry, name: str, raw: dict[str, ReleaseIndex]) -> dict[str, Any]:
    record = added_record(entry, name)
    negotiation = entry.changes.get("negotiation") or _negotiation_of(record, raw)
    return {
        **record,
        "evidence": record["evidence"]["text"],
        "release": name,
        "rule": "",
        "negotiation": negotiation,
    }


def _negotiation_of(record: dict[str, Any], raw: dict[str, ReleaseIndex]) -> str:
    """An added happening naming no negotiation joins the one whose events name its actors
    most often (none: ``unassigned``)."""
    ids = [a["id"] for a in record["actors"]]
    best, most = UNASSIGNED, 0
    for negotiation, index in sorted(raw.items()):
        named = sum(index.actors[a] for a in ids)
        if named > most and negotiation != UNASSIGNED:
            best, most = negotiation, named
    return best


def plain_of_record(record: dict[str, Any], release: str) -> Plain:
    """The plain fields of a read-side record (or an export-shape event)."""
    attributes = dict(record.get("attributes") or {})
    cls = CATALOG.get(record["type"])
    evidence = record["evidence"]

    def field(name: str, default: Any) -> Any:
        return attributes[name] if name in attributes else getattr(cls, name, default)

    occurred = record["occurred"]
    return Plain(
        id=record["id"],
        type=record["type"],
        article=record["article"] or "",
        reported=_iso(record["reported"]),
        start=_iso(occurred["start"]),
        end=_iso(occurred["end"]),
        precision=occurred.get("precision", "day"),
        actors=[(a["id"], a["role"]) for a in record["actors"]],
        modality=record["modality"],
        issues=list(record.get("issues") or ()),
        location=record.get("location"),
        attributes=attributes,
        evidence=evidence["text"] if isinstance(evidence, dict) else evidence,
        release=record.get("release") or release,
        rule=record.get("rule", ""),
        confidence=record.get("confidence", 1.0),
        condition=field("condition", ""),
        terms=field("terms", ()),
        proposal_id=field("proposal_id", ""),
        negotiation=record.get("negotiation") or UNASSIGNED,
    )


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _keys(keys: Any) -> dict[str, Any]:
    return orjson.loads(keys) if isinstance(keys, bytes | bytearray | memoryview) else keys
