"""``GET /stream``: the event log as Server-Sent Events, resumable by position."""

from __future__ import annotations

import asyncio
import time
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query
from starlette.responses import StreamingResponse

from api.deps import BroadcasterDep, SettingsDep
from api.problems import documented, invalid
from api.routes.read import behind
from api.stream import RELEASE_TYPES, Broadcaster, StreamFilter
from application.app import MAX_POSITION
from domain.events import CATALOG

router = APIRouter(tags=["stream"])


class EventStream(StreamingResponse):
    """``text/event-stream`` of pre-encoded messages. (Not FastAPI's EventSourceResponse:
    that class makes FastAPI treat the route as a generator of items to encode.)"""

    media_type = "text/event-stream"


HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
StreamType = Literal[(*sorted(CATALOG), *sorted(RELEASE_TYPES), "Correction")]  # type: ignore[valid-type]

DESCRIPTION = """Every event appended to the log, as it is appended.

Each message has `id:` = the event's global position, `event:` = its type (a catalog event,
or `ReleaseActivated` / `ReleaseSwitched` when the extractor release reads answer from
changes) and `data:` = the event in the export shape. To resume, send `Last-Event-ID`
(browsers do it on reconnect) or `?after=POSITION`: every later event arrives exactly once,
in order. With neither, the stream starts at the current end of the log; `?after=0` replays
it all; a cursor beyond the end of the log is a 422 naming it. Comments (`: heartbeat`) keep
idle connections open. The stream ends when the server shuts down; resume with the last id.
Events are sent as corrected by the analysts' corrections stored when they are sent
(retracted ones left out); each correction is a `Correction` message of its own. `raw=true`
sends the machine's events only.
"""


@router.get(
    "/stream",
    response_class=EventStream,
    summary="Live events as Server-Sent Events",
    description=DESCRIPTION,
    responses={
        200: {
            "content": {
                "text/event-stream": {
                    "example": 'id: 17\nevent: DelegationArrived\ndata: {"position": 17, '
                    '"type": "DelegationArrived", "...": "..."}\n\n'
                }
            }
        },
        **documented(422, 503),
    },
)
async def stream(
    broadcaster: BroadcasterDep,
    settings: SettingsDep,
    type: Annotated[
        list[StreamType] | None,  # type: ignore[valid-type]
        Query(description="Event type; repeat for several."),
    ] = None,
    actor: Annotated[str | None, Query(max_length=200, examples=["hamas"])] = None,
    negotiation: Annotated[
        str | None,
        Query(max_length=200, examples=["russia-ukraine"], description="Negotiation id."),
    ] = None,
    after: Annotated[
        int | None, Query(ge=0, le=MAX_POSITION, description="Resume after this position.")
    ] = None,
    min_position: Annotated[
        int | None,
        Query(
            ge=0,
            le=MAX_POSITION,
            description="Start once this server has seen this position (a write's `position`)"
            "; waits at most PARLEY_MIN_POSITION_WAIT seconds, else 503 with Retry-After.",
        ),
    ] = None,
    last_event_id: Annotated[
        int | None,
        Header(
            alias="Last-Event-ID",
            ge=0,
            le=MAX_POSITION,
            description="Resume after this position (wins).",
        ),
    ] = None,
    raw: Annotated[
        bool,
        Query(description="The machine's events: no corrections, retracted ones included."),
    ] = False,
) -> EventStream:
    # Not a generator route: FastAPI's per-message encoding and keep-alive tasks cost more
    # than the fan-out itself at a thousand subscribers; messages come encoded, shared.
    start = last_event_id if last_event_id is not None else after
    if start is not None and start > broadcaster.seen:
        # A cursor this server has not seen may still be in the store (another server's
        # write): ask it. Beyond its end, the cursor is from another store or made up, and
        # waiting for the log to reach it would be silence, then a stream with a gap.
        end = await asyncio.to_thread(broadcaster.parley.max_position)
        if start > end:
            field = "Last-Event-ID" if last_event_id is not None else "after"
            raise invalid(field, f"{start} is beyond the end of the log (position {end})")
    if min_position is not None and min_position > broadcaster.seen:
        await _see(broadcaster, min_position, settings.min_position_wait)
    wanted = StreamFilter(frozenset(type or ()), actor, negotiation, raw)
    messages = broadcaster.stream(start, wanted)
    return EventStream(messages, headers=HEADERS)


async def _see(broadcaster: Broadcaster, position: int, wait: float) -> None:
    """Waits until the broadcaster has read the log up to ``position``: what a client wrote
    elsewhere is then in the stream's live part, not only in the store."""
    end = await asyncio.to_thread(broadcaster.parley.max_position)
    if position > end:
        raise invalid("min_position", f"{position} is beyond the end of the log ({end})")
    deadline = time.monotonic() + wait
    while broadcaster.seen < position:
        if time.monotonic() >= deadline:
            raise behind(position, broadcaster.seen, wait)
        broadcaster.wake()
        await asyncio.sleep(0.01)
