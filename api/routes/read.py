"""Read models over HTTP: ``/timeline``, ``/state``, ``/actors``, positions and ``/changes``.

Answers come from ``projections.ReadSide``; every answer cites the events behind it and the
log ``position`` it reflects. A read first catches the views up if the log has moved on, so
a client reads its own writes; answers are cached by query and log position.

With ``min_position`` (the ``position`` a write answered, on any server), a read waits only
until this server's views reach that position, at most ``PARLEY_MIN_POSITION_WAIT`` seconds
(else a 503 with ``Retry-After``), and never for later writes: behind a load balancer, a
client reads its own writes without paying for everyone else's.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response
from starlette.types import Scope, Send

from api.problems import ApiProblem, documented, invalid, refuse_unordered
from api.stream import Broadcaster
from application.app import MAX_POSITION, Parley
from application.cluster import ViewWriter
from projections import ReadSide
from projections.readside import NAME

router = APIRouter(tags=["read models"])
JSON = "application/json"
JSON_BYTES = JSON.encode()
BODY_HEADERS = frozenset((b"content-length", b"transfer-encoding"))


class Answers:
    """Encoded answers by query and log position: an answer is a pure function of both, so
    a cached one is exact, and old positions' answers age out."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self.entries: OrderedDict[Hashable, bytes] = OrderedDict()
        self.lock = threading.Lock()

    def lookup(self, key: Hashable) -> bytes | None:
        with self.lock:
            body = self.entries.get(key)
            if body is not None:
                self.entries.move_to_end(key)
            return body

    def store(self, key: Hashable, body: bytes) -> None:
        if not self.size:
            return
        with self.lock:
            self.entries[key] = body
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


class Reads:
    """Answers from the read side, caught up to the log.

    Answers are cached by the request's path and raw query string at the views' position
    (the parse of a query string is fixed, so the cache is exact). ``cached`` serves them on
    the event loop when the views are at least as far as the broadcaster has seen (this
    server's writes at once, other servers' within a poll); anything else catches up and
    computes in a worker thread.
    """

    def __init__(
        self,
        read: ReadSide,
        parley: Parley,
        broadcaster: Broadcaster,
        answers: Answers,
        wait: float = 2.0,
    ) -> None:
        self.read = read
        self.parley = parley
        self.broadcaster = broadcaster
        self.answers = answers
        self.wait = wait
        # Plain /state queries computed outside the framework, one at a time: a state is
        # computed under the read side's lock anyway, and threads queued on it only cost
        # switches.
        self.computing = ThreadPoolExecutor(1, thread_name_prefix="parley-state")

    def cached(self, path: str, query: bytes) -> bytes | None:
        """The encoded answer to this request if it is current; never blocks. A ``/state``
        asked in a plain form (``as_of``, maybe ``known_as_of``) is also looked up among the
        states the read side keeps by span of dates, which serve many queries each."""
        position = self.read.position
        if position < self.broadcaster.seen:
            return None
        key = (position, path, query)
        body = self.answers.lookup(key)
        if body is None and path == "/state":
            asked = plain_state_query(query)
            if asked is not None:
                body = self.read.cached_state(*asked)
                if body is not None and self.read.position == position:
                    self.answers.store(key, body)
        return body

    async def plain_state(self, path: str, query: bytes) -> bytes | None:
        """The answer to a ``/state`` query naming just ``as_of`` (and ``known_as_of``), as
        the route would compute it, without routing, validation or dependencies (about a
        fifth of the server's time per computed answer); None for any other query, or if
        computing it failed (the route then answers, with its problem+json)."""
        asked = plain_state_query(query) if path == "/state" else None
        if asked is None:
            return None
        as_of, known_as_of = asked

        def compute(read: ReadSide) -> bytes:
            return read.state_json(as_of, known_as_of, None, None, raw=False)

        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(
                self.computing, self._answer, (path, query), compute, True
            )
        except Exception:  # the route computes it again and says what went wrong
            return None

    def close(self) -> None:
        """Stops computing (blocking: waits for a state under way)."""
        self.computing.shutdown(wait=True, cancel_futures=True)

    async def answer(
        self, request: Request, compute: Compute, min_position: int | None = None
    ) -> Response:
        scope = request.scope
        query = (scope["path"], scope["query_string"])
        if min_position is not None:
            await self.reach(min_position)
        body = await run_in_threadpool(self._answer, query, compute, min_position is None)
        return Response(body, media_type=JSON)

    async def reach(self, position: int) -> None:
        """Returns once the views are at ``position``; a 503 if they are not within the
        wait, a 422 if the log has no such position."""
        if self.read.position >= position:
            return
        deadline = time.monotonic() + self.wait
        end = await asyncio.to_thread(self.parley.max_position)
        if position > end:
            raise invalid("min_position", f"{position} is beyond the end of the log ({end})")
        while self.read.position < position:
            left = deadline - time.monotonic()
            if left <= 0:
                raise behind(position, self.read.position, self.wait)
            # Shielded: a catch-up cut off by the deadline goes on, for the next reads.
            catching = asyncio.ensure_future(asyncio.to_thread(self.read.catch_up))
            catching.add_done_callback(_retrieved)
            await asyncio.wait([catching], timeout=left)
            if catching.done() and self.read.position < position:
                await asyncio.sleep(0.005)  # a follower: the view writer is still on it

    def _answer(self, query: tuple[str, bytes], compute: Compute, current: bool) -> bytes:
        if current and self.read.position < self.parley.max_position():
            self.read.catch_up()
        key = (self.read.position, *query)
        body = self.answers.lookup(key)
        if body is None:
            answer = compute(self.read)
            body = answer if isinstance(answer, bytes) else orjson.dumps(answer)
            self.answers.store(key, body)
        return body


PLAIN_STATE = re.compile(
    rb"as_of=(\d{4}-\d{2}-\d{2})(?:&known_as_of=(\d{4}-\d{2}-\d{2}))?"
    rb"|known_as_of=(\d{4}-\d{2}-\d{2})&as_of=(\d{4}-\d{2}-\d{2})"
)


def plain_state_query(query: bytes) -> tuple[date, date | None] | None:
    """(as_of, known_as_of) of a ``/state`` query string naming just those, as ISO dates
    (what the route would parse them to); None for anything else, which the route answers
    (its validation, its errors)."""
    found = PLAIN_STATE.fullmatch(query)
    if found is None:
        return None
    as_of, known, known_first, as_of_after = found.groups()
    try:
        if as_of_after is not None:
            return date.fromisoformat(as_of_after.decode()), date.fromisoformat(
                known_first.decode()
            )
        return date.fromisoformat(as_of.decode()), date.fromisoformat(
            known.decode()
        ) if known else None
    except ValueError:  # 2024-02-30: the route says what is wrong
        return None


def _retrieved(future: asyncio.Future[Any]) -> None:
    """A failed catch-up is logged where it is retried (``keep_current``), not here."""
    if not future.cancelled():
        future.exception()


def behind(wanted: int, reached: int, waited: float) -> ApiProblem:
    """The 503 of a read whose ``min_position`` this server has not reached in time."""
    message = f"this server's views are at position {reached}, not yet {wanted}"
    return ApiProblem(
        503,
        f"min_position: {message} (waited {waited:g}s, PARLEY_MIN_POSITION_WAIT); retry",
        [{"field": "min_position", "message": message}],
        headers={"Retry-After": "1"},
    )


async def send_cached(state: Any, scope: Scope, send: Send) -> bool:
    """Sends the current cached answer to a bodiless GET, or computes a plain ``/state``
    one, with the bytes and headers the route itself would send; False (having sent
    nothing) for anything else: another query missing the cache, a bad query, another
    method, a request with a body (the body limit still applies)."""
    if scope["type"] != "http" or scope["method"] != "GET":
        return False
    reads: Reads | None = getattr(state, "reads", None)
    if reads is None or any(name in BODY_HEADERS for name, _ in scope["headers"]):
        return False
    path, query = scope["path"], scope["query_string"]
    body = reads.cached(path, query)
    if body is None:
        body = await reads.plain_state(path, query)
        if body is None:
            return False
    headers = [(b"content-length", b"%d" % len(body)), (b"content-type", JSON_BYTES)]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})
    return True


Compute = Callable[[ReadSide], Any]


@dataclass(frozen=True, slots=True)
class Answering:
    """``Reads.answer`` for the request a route serves."""

    reads: Reads
    request: Request

    async def __call__(self, compute: Compute, min_position: int | None = None) -> Response:
        return await self.reads.answer(self.request, compute, min_position)


async def answering(request: Request) -> Answering:
    return Answering(request.app.state.reads, request)


Answer = Annotated[Answering, Depends(answering)]
Release = Annotated[
    str | None,
    Query(max_length=200, description="Extractor release NAME@VERSION (default: the active one)."),
]
KnownAsOf = Annotated[
    date | None,
    Query(description="Only what was published by this date (default: everything)."),
]
AsOf = Annotated[date, Query(description="The world date to answer for.")]
Negotiation = Annotated[
    str | None,
    Query(
        max_length=200,
        description="The negotiation to answer for, e.g. russia-ukraine (default: the one "
        "with the most events; the answer names it).",
    ),
]
Raw = Annotated[
    bool,
    Query(description="The machine's record only: analysts' corrections not applied."),
]
MinPosition = Annotated[
    int | None,
    Query(
        ge=0,
        le=MAX_POSITION,
        description="Answer from views at least this far in the log (a write's `position`); "
        "waits for it at most PARLEY_MIN_POSITION_WAIT seconds, else 503 with Retry-After.",
    ),
]
# A window of world dates, either end open (routes that need both spell them out).
From = Annotated[date | None, Query(alias="from")]
To = Annotated[date | None, Query(alias="to")]


class Dates(BaseModel):
    """The day answered for in the world, and what was published by when."""

    as_of: AsOf
    known_as_of: KnownAsOf = None


class Record(BaseModel):
    """The events a read draws on: the extractor's release, the negotiation, and whether
    analysts' corrections apply."""

    release: Release = None
    negotiation: Negotiation = None
    raw: Raw = False


DatesQuery = Annotated[Dates, Query()]
RecordQuery = Annotated[Record, Query()]

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
    "negotiation": "israel-hamas",
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
    "negotiation": "israel-hamas",
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
NEGOTIATION_EXAMPLE: dict[str, Any] = {
    "id": "russia-ukraine",
    "name": "Russia-Ukraine war talks",
    "sides": ["russia", "ukraine"],
    "mediators": ["turkey"],
    "first": "2025-05-16",
    "last": "2025-06-02",
    "events": 14,
    "known": True,
}
CHANGES_EXAMPLE: dict[str, Any] = {
    "from": "2023-12-01",
    "to": "2024-05-01",
    "negotiation": "israel-hamas",
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
    responses={**_example(STATE_EXAMPLE), **documented(422, 503)},
)
async def state(
    answer: Answer, dates: DatesQuery, record: RecordQuery, min_position: MinPosition = None
) -> Response:
    return await answer(
        lambda read: read.state_json(
            dates.as_of, dates.known_as_of, record.release, record.negotiation, raw=record.raw
        ),
        min_position,
    )


@router.get(
    "/timeline",
    summary="Happenings in world-date order, reports of the same one merged",
    responses={
        **_example({"negotiation": "israel-hamas", "timeline": [TIMELINE_ENTRY]}),
        **documented(422, 503),
    },
)
async def get_timeline(
    *,
    answer: Answer,
    start: From = None,
    end: To = None,
    known_as_of: KnownAsOf = None,
    record: RecordQuery,
    min_position: MinPosition = None,
) -> Response:
    refuse_unordered(start, end)
    release, negotiation, raw = record.release, record.negotiation, record.raw
    return await answer(
        lambda read: {
            "negotiation": read.negotiation_of(negotiation, release, raw=raw),
            "timeline": read.timeline(start, end, release, known_as_of, negotiation, raw=raw),
        },
        min_position,
    )


@router.get(
    "/actors",
    summary="Actors seen in the events, with how often and in which roles",
    responses={
        **_example({"actors": [{"id": "hamas", "events": 12, "roles": {"subject": 10}}]}),
        **documented(422, 503),
    },
)
async def get_actors(
    answer: Answer, record: RecordQuery, min_position: MinPosition = None
) -> Response:
    release, negotiation, raw = record.release, record.negotiation, record.raw
    return await answer(
        lambda read: {
            "negotiation": read.negotiation_of(negotiation, release, raw=raw),
            "actors": read.actors(release, negotiation, raw=raw),
        },
        min_position,
    )


@router.get(
    "/negotiations",
    summary="The negotiations the events belong to, the most events first",
    description="Each with its `id`, `name`, `sides` (actor ids), `mediators`, the `first` and "
    "`last` dates its events started on, and its count of `events`; `known` says whether the "
    "data lists it. Events no negotiation fits are listed as `unassigned`. Corrected unless "
    "`raw`: an amended `negotiation` moves its event.",
    responses={**_example([NEGOTIATION_EXAMPLE]), **documented(422, 503)},
)
async def get_negotiations(
    answer: Answer,
    known_as_of: KnownAsOf = None,
    release: Release = None,
    raw: Raw = False,
    min_position: MinPosition = None,
) -> Response:
    return await answer(lambda read: read.negotiations(release, known_as_of, raw=raw), min_position)


@router.get(
    "/actors/{actor}/positions",
    summary="One actor's stance on each issue on a date, since when, and why",
    responses={**_example(POSITIONS_EXAMPLE), **documented(422, 503)},
)
async def get_positions(
    answer: Answer,
    actor: Annotated[str, Path(min_length=1, max_length=200, examples=["hamas"])],
    dates: DatesQuery,
    record: RecordQuery,
    min_position: MinPosition = None,
) -> Response:
    return await answer(
        lambda read: read.positions(
            actor,
            dates.as_of,
            dates.known_as_of,
            record.release,
            record.negotiation,
            raw=record.raw,
        ),
        min_position,
    )


@router.get(
    "/changes",
    summary="What changed between two dates",
    responses={**_example(CHANGES_EXAMPLE), **documented(422, 503)},
)
async def get_changes(
    answer: Answer,
    start: Annotated[date, Query(alias="from")],
    end: Annotated[date, Query(alias="to")],
    record: RecordQuery,
    min_position: MinPosition = None,
) -> Response:
    refuse_unordered(start, end)
    return await answer(
        lambda read: read.changes(start, end, record.release, record.negotiation, raw=record.raw),
        min_position,
    )


def open_read_side(parley: Parley, cache: int = 4096) -> ReadSide:
    """The read side for the app's store (blocking: loads the persisted views); on
    PostgreSQL one server writes the views and the others follow it."""
    return ReadSide(parley, writer=ViewWriter.for_app(parley, NAME), cache=cache)
