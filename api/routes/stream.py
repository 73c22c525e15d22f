"""``GET /stream``: the event log as Server-Sent Events, resumable by position."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query
from fastapi.sse import EventSourceResponse, ServerSentEvent

from api.deps import BroadcasterDep, SettingsDep
from api.problems import documented
from api.stream import RELEASE_TYPES, StreamFilter
from domain.events import CATALOG

router = APIRouter(tags=["stream"])

StreamType = Literal[(*sorted(CATALOG), *sorted(RELEASE_TYPES))]  # type: ignore[valid-type]

DESCRIPTION = """Every event appended to the log, as it is appended.

Each message has `id:` = the event's global position, `event:` = its type (a catalog event,
or `ReleaseActivated` / `ReleaseSwitched` when the extractor release reads answer from
changes) and `data:` = the event in the export shape. To resume, send `Last-Event-ID`
(browsers do it on reconnect) or `?after=POSITION`: every later event arrives exactly once,
in order. With neither, the stream starts at the current end of the log; `?after=0` replays
it all. Comments (`: heartbeat`) keep idle connections open. The stream ends when the server
shuts down; resume with the last id.
"""


@router.get(
    "/stream",
    response_class=EventSourceResponse,
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
        **documented(422),
    },
)
async def stream(
    broadcaster: BroadcasterDep,
    settings: SettingsDep,
    type: Annotated[
        list[StreamType] | None, Query(description="Event type; repeat for several.")
    ] = None,
    actor: Annotated[str | None, Query(max_length=200, examples=["hamas"])] = None,
    after: Annotated[int | None, Query(ge=0, description="Resume after this position.")] = None,
    last_event_id: Annotated[
        int | None,
        Header(alias="Last-Event-ID", ge=0, description="Resume after this position (wins)."),
    ] = None,
) -> AsyncIterator[ServerSentEvent]:
    start = last_event_id if last_event_id is not None else after
    subscription = broadcaster.subscribe(start, StreamFilter(frozenset(type or ()), actor))
    async for message in broadcaster.messages(subscription, settings.heartbeat):
        yield message
