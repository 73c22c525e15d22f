"""``GET /events``: filtered events in log order, paged by position or streamed as JSON Lines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

import orjson
from eventsourcing.utils import get_topic
from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from api.deps import ParleyDep
from api.problems import documented, refuse_unordered
from api.schemas import EventPage, EventType, Issue, OrjsonResponse
from application import corrections
from application.app import CATALOG_TOPICS, MAX_POSITION, Parley, Positioned
from application.export import export_record, jsonl_line
from application.queries import EventFilter
from domain.events import CATALOG
from domain.overlay import Overlay

router = APIRouter(tags=["events"])

NDJSON = "application/x-ndjson"
PAGE = 500
SCAN_BUDGET = 20_000  # notifications read per request at most: a page never scans the log


def scan(
    parley: Parley, wanted: EventFilter, after: int, limit: int | None, budget: int | None
) -> Iterator[Positioned | int]:
    """Matching events after a position; yields a bare position where it stopped early
    (limit or budget reached) so the caller can hand out a cursor."""
    topics = tuple(get_topic(CATALOG[t]) for t in sorted(wanted.types)) or CATALOG_TOPICS
    found = scanned = 0
    while True:
        notifications = parley.recorder.select_notifications(
            after, PAGE, topics=topics, inclusive_of_start=False
        )
        hidden = parley.hidden()
        for notification in notifications:
            after = notification.id
            scanned += 1
            event = parley.decode(notification)
            if wanted(event) and not parley.is_hidden_event(event, hidden):
                yield Positioned(after, event)
                found += 1
            if (limit is not None and found >= limit) or (budget and scanned >= budget):
                yield after
                return
        if len(notifications) < PAGE:
            return


@router.get(
    "/events",
    response_model=EventPage,
    summary="Events, filtered, in log order",
    description="Filters combine (all must hold). Page with `after` = the previous `next`. "
    f"With `Accept: {NDJSON}` the matching events stream as JSON Lines in the export shape "
    "(all of them unless `limit` is given).",
    responses={
        200: {
            "content": {
                NDJSON: {
                    "schema": {"type": "string"},
                    "example": '{"position": 17, "type": "DelegationArrived", "...": "..."}\n',
                }
            }
        },
        **documented(422),
    },
)
def list_events(
    request: Request,
    parley: ParleyDep,
    type: Annotated[
        list[EventType] | None,  # type: ignore[valid-type]
        Query(description="Event type; repeat for several."),
    ] = None,
    actor: Annotated[str | None, Query(max_length=200, examples=["hamas"])] = None,
    issue: Annotated[Issue | None, Query()] = None,
    start: Annotated[
        date | None, Query(alias="from", description="World date: events ending on or after.")
    ] = None,
    end: Annotated[
        date | None, Query(alias="to", description="World date: events starting on or before.")
    ] = None,
    extractor: Annotated[
        str | None,
        Query(max_length=200, description="Extractor version or release (default: active)."),
    ] = None,
    negotiation: Annotated[
        str | None,
        Query(max_length=200, description="Negotiation id.", examples=["russia-ukraine"]),
    ] = None,
    after: Annotated[
        int, Query(ge=0, le=MAX_POSITION, description="Position cursor from `next`.")
    ] = 0,
    limit: Annotated[int | None, Query(ge=1, le=1000, description="Page size (100).")] = None,
    raw: Annotated[
        bool, Query(description="The machine's events, analysts' corrections not applied.")
    ] = False,
) -> OrjsonResponse | StreamingResponse:
    refuse_unordered(start, end)
    wanted = EventFilter(
        types=frozenset(type or ()),
        actor=actor,
        issue=issue,
        start=start,
        end=end,
        extractor=extractor or parley.active_release(),
        negotiation=negotiation,
    )
    over = None if raw else corrections.overlay(parley)
    # Corrections may change an event's type, actors or dates: the filter applies to the
    # corrected event, so the log is narrowed only by release.
    near = EventFilter(extractor=wanted.extractor) if over else wanted
    if NDJSON in request.headers.get("accept", ""):
        lines = _lines(parley, near, wanted, over, after, limit)
        return StreamingResponse(lines, media_type=NDJSON)
    events: list[dict[str, Any]] = []
    next_cursor = None
    found: list[Positioned] = []
    for each in scan(parley, near, after, limit or 100, SCAN_BUDGET):
        if isinstance(each, int):
            next_cursor = each
        else:
            found.append(each)
    if over:
        upto = next_cursor if next_cursor is not None else None
        events = list(corrections.corrected_stream(parley, found, wanted, over, upto))
        events = [e for e in events if e["position"] > after]
    else:
        events = [export_record(f.position, f.event) for f in found]
    return OrjsonResponse({"events": events, "next": next_cursor})


def _lines(
    parley: Parley,
    near: EventFilter,
    wanted: EventFilter,
    over: Overlay | None,
    after: int,
    limit: int | None,
) -> Iterator[bytes]:
    found = (f for f in scan(parley, near, after, limit, None) if not isinstance(f, int))
    if over:
        for record in corrections.corrected_stream(parley, found, wanted, over):
            if record["position"] > after:
                yield orjson.dumps(record) + b"\n"
    else:
        for each in found:
            yield jsonl_line(each.position, each.event)
