"""The JSON Lines export shape of the event catalog, read by outside tools and scorers."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID, uuid5

import orjson

from domain.events import CatalogEvent
from domain.interop import interop_codes
from domain.values import ActorRef


def event_id(event: CatalogEvent) -> UUID:
    """A stable id for a stored event, derived from its place in its extraction."""
    return uuid5(event.originator_id, str(event.originator_version))


def export_record(position: int, event: CatalogEvent) -> dict[str, Any]:
    """One event in the catalog's export shape."""
    occurred = event.occurred
    return {
        "position": position,
        "id": str(event_id(event)),
        "type": event.type,
        "article": event.article,
        "reported": event.reported.isoformat(),
        "occurred": {
            "start": occurred.start.isoformat(),
            "end": occurred.end.isoformat(),
            "precision": occurred.precision,
        },
        "actors": [_actor(a) for a in event.actors],
        "modality": event.modality,
        "issues": list(event.issues),
        "location": event.location,
        "attributes": {**_plain(event.attributes), **interop_codes(event)},
        "evidence": {
            "article": event.evidence.article,
            "sentence": event.evidence.sentence,
            "span": list(event.evidence.span),
            "text": event.evidence.text,
        },
        "extractor": {
            "name": event.extractor.name,
            "version": event.extractor.version,
            "rule": event.extractor.rule,
        },
        "confidence": event.confidence,
        "negotiation": event.negotiation,
    }


def _actor(actor: ActorRef) -> dict[str, Any]:
    out: dict[str, Any] = {"id": actor.id, "role": actor.role}
    if actor.unregistered:
        out["unregistered"] = True
    return out


def _plain(attributes: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in attributes.items()}


def jsonl_line(position: int, event: CatalogEvent) -> bytes:
    return orjson.dumps(export_record(position, event)) + b"\n"
