"""What the read side keeps of each catalog event: its index keys and a compact record.

A pure translation, so a rebuild from zero and incremental processing agree by construction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from application.export import event_id
from domain.events import CatalogEvent
from domain.values import ISSUES, STANCES

# Bump when facts or records change shape: views are named after it, so a new format
# starts a fresh view (rebuilt from the log on first catch-up) instead of misreading an old one.
FORMAT = 2
STANCE_CODES: dict[str, int] = {stance: code for code, stance in enumerate(STANCES)}
FOR = frozenset({"demands", "supports", "conditional"})
AGAINST = frozenset({"rejects", "opposes"})

# Which stance each event type gives its subject actors on its issues (see docs/projections.md).
STANCE_OF_TYPE = {
    "DemandStated": "demands",
    "DemandRejected": "rejects",
    "ProposalMade": "supports",
    "CounterproposalMade": "supports",
    "ProposalAccepted": "supports",
    "ProposalRejected": "rejects",
    "ThreatIssued": "opposes",
    "AppealMade": "supports",
}
# Organisations and states: a person acting for one of them is not a principal of its own.
ORGANISATIONS = frozenset(
    {
        "israel",
        "hamas",
        "egypt",
        "qatar",
        "united_states",
        "turkey",
        "palestinian_authority",
        "hezbollah",
        "united_nations",
        "palestinian_islamic_jihad",
        "iran",
        "jordan",
        "saudi_arabia",
        "united_arab_emirates",
        "european_union",
        "united_kingdom",
        "france",
        "germany",
        "russia",
        "china",
        "lebanon",
        "yemen",
        "houthis",
        "international_criminal_court",
        "international_court_of_justice",
        "idf",
    }
)


ORG_KINDS = frozenset({"state", "organisation", "organization"})
PROPOSAL_TYPES = frozenset(
    {"ProposalMade", "CounterproposalMade", "ProposalAccepted", "ProposalRejected"}
)


@dataclass(frozen=True)
class Fact:
    """One catalog event as the read side indexes it; ``record`` is what answers show."""

    position: int
    release: str
    type: str
    start: int  # proleptic ordinals: small ints that sort and bisect fast
    end: int
    reported: int
    modality: str
    keys: dict[str, Any]
    record: dict[str, Any]


def stances(event: CatalogEvent) -> list[tuple[str, str, str]]:
    """(actor, issue, stance) for each subject actor and issue the event takes a stance on."""
    stance = STANCE_OF_TYPE.get(event.type)
    if stance is None:
        return []
    if stance == "demands" and getattr(event, "condition", ""):
        stance = "conditional"
    issues = list(event.issues)
    for term in getattr(event, "terms", ()):
        if term in ISSUES and term not in issues:
            issues.append(term)
    subjects = event.actor_ids("subject")
    return [(actor, issue, stance) for actor in subjects for issue in issues]


def proposal_key(event: CatalogEvent) -> str:
    """The proposal an event is about; unnamed ones are told apart by who and when."""
    named = getattr(event, "proposal_id", "")
    if named:
        return named
    who = "+".join(sorted(principals(event.actor_ids("subject"))))
    return f"~{event.type}:{who}:{event.occurred.start.isoformat()}"


def principals(actor_ids: Iterable[str]) -> list[str]:
    """The organisations among actors, or all of them if none is a known organisation."""
    ids = list(dict.fromkeys(actor_ids))
    orgs = [a for a in ids if a in ORGANISATIONS or actor_kinds().get(a) in ORG_KINDS]
    return orgs or ids


@lru_cache(maxsize=1)
def actor_kinds() -> dict[str, str]:
    """Actor kinds from the extractor's registry when it can be read (state, person...)."""
    try:
        from extraction.registry import load_registry

        return {a.id: a.kind for a in load_registry().actors.values()}
    except Exception:  # no registry: fall back to the built-in list of organisations
        return {}


def fact(position: int, event: CatalogEvent) -> Fact:
    """The fact the read side keeps of an event stored at a position."""
    keys: dict[str, Any] = {"a": [[a.id, a.role] for a in event.actors]}
    taken = stances(event)
    if taken:
        keys["s"] = taken
    if event.type in PROPOSAL_TYPES:
        keys["p"] = proposal_key(event)
    return Fact(
        position=position,
        release=event.extractor.release,
        type=event.type,
        start=event.occurred.start.toordinal(),
        end=event.occurred.end.toordinal(),
        reported=event.reported.toordinal(),
        modality=event.modality,
        keys=keys,
        record=record(position, event),
    )


def record(position: int, event: CatalogEvent) -> dict[str, Any]:
    """A compact, JSON-able copy of the event: what an answer cites as its source."""
    occurred = event.occurred
    return {
        "id": str(event_id(event)),
        "position": position,
        "type": event.type,
        "article": event.article,
        "reported": event.reported.isoformat(),
        "occurred": {
            "start": occurred.start.isoformat(),
            "end": occurred.end.isoformat(),
            "precision": occurred.precision,
        },
        "actors": [{"id": a.id, "role": a.role} for a in event.actors],
        "modality": event.modality,
        "issues": list(event.issues),
        "location": event.location,
        "attributes": {k: _plain(v) for k, v in event.attributes.items()},
        "evidence": event.evidence.text,
        "release": event.extractor.release,
        "rule": event.extractor.rule,
        "confidence": event.confidence,
        **({"proposal": proposal_key(event)} if event.type in PROPOSAL_TYPES else {}),
    }


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def source(record: dict[str, Any]) -> dict[str, Any]:
    """The part of a record an answer cites: which event, from where, saying what."""
    return {
        "id": record["id"],
        "position": record["position"],
        "type": record["type"],
        "article": record["article"],
        "reported": record["reported"],
        "occurred": record["occurred"],
        "modality": record["modality"],
        "evidence": record["evidence"],
    }
