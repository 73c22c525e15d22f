"""The event catalog: every fact the extractor takes from an article, as an immutable event.

Topics of stored events include this module's path: never move or rename these classes
without registering the old topic.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eventsourcing.domain import AggregateEvent

from domain.values import ActorRef, Evidence, ExtractorRef, Interval, Modality


class CatalogEvent(AggregateEvent):
    """Envelope shared by every extracted event (see the event catalog)."""

    article: str
    reported: date
    occurred: Interval
    actors: tuple[ActorRef, ...]
    modality: Modality
    issues: tuple[str, ...]
    location: str | None
    evidence: Evidence
    extractor: ExtractorRef
    confidence: float
    # Which negotiation the event belongs to ('russia-ukraine'); events stored before there
    # was one decode with the class default.
    negotiation: str = "unassigned"

    ENVELOPE = (
        "article",
        "reported",
        "occurred",
        "actors",
        "modality",
        "issues",
        "location",
        "evidence",
        "extractor",
        "confidence",
        "negotiation",
    )

    @property
    def type(self) -> str:
        return type(self).__name__

    @property
    def attributes(self) -> dict[str, Any]:
        """The fields particular to this event type."""
        skip = {"originator_id", "originator_version", "timestamp", *self.ENVELOPE}
        return {k: v for k, v in self.__dict__.items() if k not in skip}

    def actor_ids(self, role: str | None = None) -> tuple[str, ...]:
        return tuple(a.id for a in self.actors if role is None or a.role == role)

    def apply(self, aggregate: Any) -> None:
        """Counts the event on its extraction, as the extraction is rebuilt from its events."""
        aggregate.count += 1


# Negotiation process


class TalksOpened(CatalogEvent):
    venue: str | None = None
    participants: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    expected_end: date | None = None


class TalksConcluded(CatalogEvent):
    outcome: str = "unknown"


class DelegationSent(CatalogEvent):
    leader: str | None = None
    destination: str | None = None


class DelegationArrived(CatalogEvent):
    leader: str | None = None
    destination: str | None = None


class DelegationRecalled(CatalogEvent):
    leader: str | None = None


# Proposals


class ProposalMade(CatalogEvent):
    proposal_id: str = ""
    proposal_name: str = ""  # as the article names it ('the Paris framework'): read-side links
    terms: tuple[str, ...] = ()
    summary: str = ""


class CounterproposalMade(CatalogEvent):
    proposal_id: str = ""
    proposal_name: str = ""
    responds_to: str | None = None
    terms: tuple[str, ...] = ()
    summary: str = ""


class ProposalAccepted(CatalogEvent):
    proposal_id: str = ""
    proposal_name: str = ""
    response: str = ""  # "" accepted outright; "with_conditions"


class ProposalRejected(CatalogEvent):
    proposal_id: str = ""
    proposal_name: str = ""
    reason: str = ""


# Positions


class DemandStated(CatalogEvent):
    condition: str = ""


class DemandRejected(CatalogEvent):
    demand_of: str | None = None


class ThreatIssued(CatalogEvent):
    consequence: str = ""


class AppealMade(CatalogEvent):
    ask: str = ""


class StatementIssued(CatalogEvent):
    assessment: str | None = None
    response: str = ""  # "studying": a side's answer to a proposal that is neither yes nor no
    proposal_name: str = ""


# Outcomes


class CeasefireAgreed(CatalogEvent):
    duration: str = ""
    starts: date | None = None  # when the truce takes effect, if the report says
    mediators: tuple[str, ...] = ()
    phase_duration: str = ""  # the length of a phase ('a six-week first phase'), not the truce's


class TruceExtended(CatalogEvent):
    extension: str = ""


class CeasefireCollapsed(CatalogEvent):
    ending: str = ""  # expired, collapsed, fighting_resumed, violated ("" when not said)


class HostagesReleased(CatalogEvent):
    count: int | None = None
    means: str | None = None


class PrisonersReleased(CatalogEvent):
    count: int | None = None


CATALOG: dict[str, type[CatalogEvent]] = {
    cls.__name__: cls
    for cls in (
        TalksOpened,
        TalksConcluded,
        DelegationSent,
        DelegationArrived,
        DelegationRecalled,
        ProposalMade,
        CounterproposalMade,
        ProposalAccepted,
        ProposalRejected,
        DemandStated,
        DemandRejected,
        ThreatIssued,
        AppealMade,
        StatementIssued,
        CeasefireAgreed,
        TruceExtended,
        CeasefireCollapsed,
        HostagesReleased,
        PrisonersReleased,
    )
}

ASSESSMENTS = (
    "constructive",
    "serious",
    "progress",
    "no_progress",
    "gaps_remain",
    "nothing_new",
    "pessimistic",
    "optimistic",
)
OUTCOMES = ("progress", "no_progress", "agreement", "collapsed", "unknown")
