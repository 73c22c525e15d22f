"""The timeline: one entry per real-world happening, however many articles reported it.

Reports merge when they have the same type, the same principal actors (organisations, not
the people acting for them; the venue for talks) and overlapping world dates.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from projections.facts import MARKS, principals
from projections.index import NO_LIMIT
from projections.reader import Reader, actor_ids

PRECISE = {"day": 0, "week": 1, "month": 2, "approx": 3}


def timeline(reader: Reader, start: date | None, end: date | None) -> list[dict[str, Any]]:
    """Answer of ``ReadSide.timeline``: merged entries in the order they happened."""
    series = reader.index.everything
    after = start.toordinal() - 1 if start else -NO_LIMIT
    until = end.toordinal() if end else NO_LIMIT
    positions = [series.positions[i] for i in series.forwards(after, until, reader.known)]
    open_entries: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    entries: list[dict[str, Any]] = []
    for record in reader.records(positions):  # earliest start first
        key = merge_key(record)
        entry = _overlapping(open_entries.get(key, []), record)
        if entry is None:
            entry = _entry(record, key)
            open_entries.setdefault(key, []).append(entry)
            entries.append(entry)
        else:
            _merge(entry, record)
    entries.sort(key=lambda e: (e["occurred"]["start"], e["occurred"]["end"], e["first"]))
    return [_public(e) for e in entries]


def merge_key(record: dict[str, Any]) -> tuple[Any, ...]:
    """What two reports must share to be one happening."""
    if record["type"] == "TalksOpened" and (
        record["attributes"].get("venue") or record["location"]
    ):
        return (record["type"], "venue", record["attributes"].get("venue") or record["location"])
    who = principals(actor_ids(record, "subject") or actor_ids(record))
    if not who:
        return (record["type"], "at", record["location"])
    return (record["type"], "by", *sorted(who))


def _overlapping(candidates: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any] | None:
    start, end = record["occurred"]["start"], record["occurred"]["end"]
    for entry in reversed(candidates):
        if entry["span"][0] <= end and start <= entry["span"][1]:
            return entry
    return None


def _entry(record: dict[str, Any], key: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "key": key,
        "first": record["position"],
        "span": [record["occurred"]["start"], record["occurred"]["end"]],
        "occurred": record["occurred"],
        "best": record,
        "records": [record],
    }


def _merge(entry: dict[str, Any], record: dict[str, Any]) -> None:
    entry["records"].append(record)
    entry["span"] = [
        min(entry["span"][0], record["occurred"]["start"]),
        max(entry["span"][1], record["occurred"]["end"]),
    ]
    if _precision(record) < _precision(entry["best"]):
        entry["best"] = record
    entry["occurred"] = entry["best"]["occurred"]


def _precision(record: dict[str, Any]) -> tuple[int, str]:
    occurred = record["occurred"]
    return PRECISE.get(occurred["precision"], 9), occurred["start"]


def _public(entry: dict[str, Any]) -> dict[str, Any]:
    best, records = entry["best"], entry["records"]
    actors: dict[tuple[str, str], None] = {}
    issues: dict[str, None] = {}
    for record in records:
        actors.update(dict.fromkeys((a["id"], a["role"]) for a in record["actors"]))
        issues.update(dict.fromkeys(record["issues"]))
    modalities = {r["modality"] for r in records}
    return {
        "type": best["type"],
        "occurred": best["occurred"],
        "principals": principals(a for a, _ in actors if (a, "subject") in actors)
        or principals(a for a, _ in actors),
        "actors": [{"id": a, "role": role} for a, role in actors],
        "location": best["location"],
        "modality": "asserted" if "asserted" in modalities else best["modality"],
        "issues": list(issues),
        "attributes": best["attributes"],
        "corroboration": len({r["article"] for r in records}),
        "sources": [
            {
                "id": r["id"],
                "position": r["position"],
                "article": r["article"],
                "reported": r["reported"],
                "occurred": r["occurred"],
                "modality": r["modality"],
                "evidence": r["evidence"],
                **{mark: r[mark] for mark in MARKS if mark in r},
            }
            for r in records
        ],
    }
