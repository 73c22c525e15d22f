"""What the extractor hands to the domain: one fact read from one sentence."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from typing import Any

from domain.events import CATALOG, CatalogEvent
from domain.values import ISSUES, MODALITIES, ActorRef, Evidence, ExtractorRef, Interval, Modality

_ISSUE_SET = frozenset(ISSUES)


class UnknownEventType(ValueError):
    """A finding names an event type that is not in the catalog."""


@dataclass(frozen=True)
class Finding:
    """An extracted fact before it is recorded as a catalog event."""

    type: str
    occurred: Interval
    actors: tuple[ActorRef, ...]
    evidence: Evidence
    extractor: ExtractorRef
    modality: Modality = "asserted"
    issues: tuple[str, ...] = ()
    location: str | None = None
    confidence: float = 0.5
    attributes: dict[str, Any] = field(default_factory=dict)
    negotiation: str = "unassigned"

    def __post_init__(self) -> None:
        if self.type not in CATALOG:
            raise UnknownEventType(f"{self.type!r} is not an event type of the catalog")
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}")
        if not _ISSUE_SET.issuperset(self.issues):
            raise ValueError(f"unknown issues {sorted(set(self.issues) - _ISSUE_SET)}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is not within 0..1")

    @property
    def event_class(self) -> builtins.type[CatalogEvent]:
        return CATALOG[self.type]

    def actor_ids(self, role: str | None = None) -> tuple[str, ...]:
        return tuple(a.id for a in self.actors if role is None or a.role == role)
