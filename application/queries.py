"""Filters over catalog events, shared by the CLI and the HTTP API."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.events import CatalogEvent


@dataclass(frozen=True)
class EventFilter:
    """Which events to show: by type, actor, issue, world date range, extractor version and
    negotiation."""

    types: frozenset[str] = frozenset()
    actor: str | None = None
    issue: str | None = None
    start: date | None = None
    end: date | None = None
    extractor: str | None = None
    negotiation: str | None = None

    def __call__(self, event: CatalogEvent) -> bool:
        if self.types and event.type not in self.types:
            return False
        if self.actor and self.actor not in event.actor_ids():
            return False
        if self.negotiation and event.negotiation != self.negotiation:
            return False
        if self.issue and self.issue not in event.issues:
            return False
        if self.start and event.occurred.end < self.start:
            return False
        if self.end and event.occurred.start > self.end:
            return False
        return not self.extractor or self.extractor in (
            event.extractor.version,
            event.extractor.release,
        )

    def record(self, record: dict[str, Any]) -> bool:
        """The same filter over an event in the export shape (as corrected, say)."""
        if self.types and record["type"] not in self.types:
            return False
        if self.actor and self.actor not in (a["id"] for a in record["actors"]):
            return False
        if self.negotiation and record.get("negotiation") != self.negotiation:
            return False
        if self.issue and self.issue not in record["issues"]:
            return False
        if self.start and date.fromisoformat(record["occurred"]["end"]) < self.start:
            return False
        return not self.end or date.fromisoformat(record["occurred"]["start"]) <= self.end


@dataclass
class ActorUse:
    """How the events name one actor: counts, roles, dates, negotiations, example sentences."""

    id: str
    unregistered: bool
    events: int = 0
    roles: dict[str, int] = field(default_factory=dict)
    negotiations: dict[str, int] = field(default_factory=dict)
    first: date | None = None
    last: date | None = None
    examples: list[dict[str, str]] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "unregistered": self.unregistered,
            "events": self.events,
            "roles": self.roles,
            "negotiations": self.negotiations,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "examples": self.examples,
        }


def actor_uses(
    events: Iterable[CatalogEvent], *, unregistered: bool = False, examples: int = 3
) -> list[ActorUse]:
    """Every actor the events name (only the unregistered ones if asked), most used first,
    with up to ``examples`` sentences each: what a user needs to add it to the registry."""
    found: dict[str, ActorUse] = {}
    for event in events:
        for ref in event.actors:
            if unregistered and not ref.unregistered:
                continue
            use = found.get(ref.id)
            if use is None:
                use = found[ref.id] = ActorUse(ref.id, ref.unregistered)
            use.events += 1
            use.roles[ref.role] = use.roles.get(ref.role, 0) + 1
            use.negotiations[event.negotiation] = use.negotiations.get(event.negotiation, 0) + 1
            start, end = event.occurred.start, event.occurred.end
            use.first = start if use.first is None else min(use.first, start)
            use.last = end if use.last is None else max(use.last, end)
            text = event.evidence.text
            if len(use.examples) < examples and all(e["text"] != text for e in use.examples):
                use.examples.append({"article": event.article, "text": text})
    return sorted(found.values(), key=lambda u: (-u.events, u.id))
