"""Read models over HTTP: ``/timeline``, ``/state``, ``/actors``, positions and ``/changes``.

Answers come from ``projections.ReadSide``; every answer cites the events behind it and the
log ``position`` it reflects. A read first catches the views up if the log has moved on, so
a client reads its own writes.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from api.deps import ParleyDep
from api.problems import documented, invalid
from api.schemas import OrjsonResponse
from application.app import Parley
from projections import ReadSide

router = APIRouter(tags=["read models"])


def get_read_side(request: Request, parley: ParleyDep) -> ReadSide:
    read: ReadSide = request.app.state.read
    if read.position < parley.max_position():
        read.catch_up()
    return read


ReadDep = Annotated[ReadSide, Depends(get_read_side)]
Release = Annotated[
    str | None,
    Query(max_length=200, description="Extractor release NAME@VERSION (default: the active one)."),
]
KnownAsOf = Annotated[
    date | None,
    Query(description="Only what was published by this date (default: everything)."),
]
AsOf = Annotated[date, Query(description="The world date to answer for.")]

CITED = {
    "id": "18805566-6073-5324-847d-af5322ab4482",
    "position": 11,
    "type": "TalksOpened",
    "article": "000_9c3c5065485504db",
    "reported": "2024-02-14",
    "occurred": {"start": "2024-02-13", "end": "2024-02-13", "precision": "day"},
    "modality": "asserted",
    "evidence": "Talks resumed in Cairo on Tuesday with Egyptian and Qatari mediators.",
}
TIMELINE_ENTRY: dict[str, Any] = {
    "type": "DelegationArrived",
    "occurred": {"start": "2023-12-20", "end": "2023-12-20", "precision": "day"},
    "actors": [{"id": "hamas", "role": "subject"}],
    "principals": ["hamas"],
    "location": "cairo",
    "issues": [],
    "modality": "asserted",
    "attributes": {"leader": "ismail_haniyeh", "destination": "cairo"},
    "corroboration": 1,
    "sources": [CITED],
}
STATE_EXAMPLE: dict[str, Any] = {
    "as_of": "2024-02-14",
    "known_as_of": None,
    "release": "rules@1.0.0",
    "position": 17,
    "status": "in_talks",
    "status_reason": "a round of talks is under way in cairo",
    "round": {
        "venue": "cairo",
        "opened": "2024-02-13",
        "expected_end": None,
        "concluded": None,
        "outcome": None,
        "active": True,
        "sources": [CITED],
    },
    "proposals": [],
    "sticking_points": [],
    "delegations": [],
    "assessments": [],
    "expected": [],
    "truce": {"status": "none", "since": None, "until": None, "sources": []},
    "last_event": "2024-02-13",
}
POSITIONS_EXAMPLE: dict[str, Any] = {
    "actor": "hamas",
    "as_of": "2024-05-01",
    "known_as_of": None,
    "release": "rules@1.0.0",
    "position": 17,
    "positions": [
        {
            "actor": "hamas",
            "issue": "permanent_ceasefire",
            "stance": "demands",
            "since": "2024-02-14",
            "sources": [CITED],
        }
    ],
}
CHANGES_EXAMPLE: dict[str, Any] = {
    "from": "2023-12-01",
    "to": "2024-05-01",
    "release": "rules@1.0.0",
    "position": 17,
    "events": 12,
    "status": {"from": "not_started", "to": "in_talks"},
    "round": {"from": None, "to": "cairo"},
    "truce": {"from": "none", "to": "none"},
    "proposals": [],
    "positions": [],
}


def _example(value: Any) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {"application/json": {"example": value}}}}


@router.get(
    "/state",
    summary="Where the negotiation stood on a date",
    description="Status, current round, proposals, sticking points, delegations, truce: as "
    "of `as_of` in the world, knowing only what was published by `known_as_of`.",
    responses={**_example(STATE_EXAMPLE), **documented(422)},
)
def state(
    read: ReadDep, as_of: AsOf, known_as_of: KnownAsOf = None, release: Release = None
) -> OrjsonResponse:
    return OrjsonResponse(read.state(as_of, known_as_of, release))


@router.get(
    "/timeline",
    summary="Happenings in world-date order, reports of the same one merged",
    responses={**_example({"timeline": [TIMELINE_ENTRY]}), **documented(422)},
)
def get_timeline(
    read: ReadDep,
    start: Annotated[date | None, Query(alias="from")] = None,
    end: Annotated[date | None, Query(alias="to")] = None,
    known_as_of: KnownAsOf = None,
    release: Release = None,
) -> OrjsonResponse:
    _ordered(start, end)
    return OrjsonResponse({"timeline": read.timeline(start, end, release, known_as_of)})


@router.get(
    "/actors",
    summary="Actors seen in the events, with how often and in which roles",
    responses={
        **_example({"actors": [{"id": "hamas", "events": 12, "roles": {"subject": 10}}]}),
        **documented(422),
    },
)
def get_actors(read: ReadDep, release: Release = None) -> OrjsonResponse:
    return OrjsonResponse({"actors": read.actors(release)})


@router.get(
    "/actors/{actor}/positions",
    summary="One actor's stance on each issue on a date, since when, and why",
    responses={**_example(POSITIONS_EXAMPLE), **documented(422)},
)
def get_positions(
    read: ReadDep,
    actor: Annotated[str, Path(min_length=1, max_length=200, examples=["hamas"])],
    as_of: AsOf,
    known_as_of: KnownAsOf = None,
    release: Release = None,
) -> OrjsonResponse:
    return OrjsonResponse(read.positions(actor, as_of, known_as_of, release))


@router.get(
    "/changes",
    summary="What changed between two dates",
    responses={**_example(CHANGES_EXAMPLE), **documented(422)},
)
def get_changes(
    read: ReadDep,
    start: Annotated[date, Query(alias="from")],
    end: Annotated[date, Query(alias="to")],
    release: Release = None,
) -> OrjsonResponse:
    _ordered(start, end)
    return OrjsonResponse(read.changes(start, end, release))


def _ordered(start: date | None, end: date | None) -> None:
    if start and end and start > end:
        raise invalid("to", f"{end} is before from={start}")


def open_read_side(parley: Parley) -> ReadSide:
    """The read side for the app's store (blocking: loads the persisted views)."""
    return ReadSide(parley)
