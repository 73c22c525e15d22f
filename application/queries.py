"""Filters over catalog events, shared by the CLI and the HTTP API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
