"""One broadcaster per process: reads the global log when woken (by a PostgreSQL NOTIFY,
an in-process write, or a poll as the fallback) and fans new events out to subscribers.

Positions are unique and committed in increasing order (gaps, on PostgreSQL, are never
filled in later), so a subscriber that remembers the last position it sent can always
continue from the store: the in-memory queue is only a fast path. A subscriber registers
before it reads the store, skips anything at or below the last position it sent, and goes
back to the store when its queue overflowed.
Nothing is lost or repeated, and a slow client costs at most one bounded queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from eventsourcing.utils import get_topic
from fastapi.sse import format_sse_event

from api.listen import Listener
from application import corrections
from application.app import CATALOG_TOPICS, Parley
from application.export import export_record
from domain.article import ActiveRelease
from domain.correction import Correction
from domain.events import CatalogEvent
from domain.overlay import Overlay

log = logging.getLogger("parley.stream")

RELEASE_EVENTS = {
    get_topic(ActiveRelease.Activated): "ReleaseActivated",
    get_topic(ActiveRelease.Switched): "ReleaseSwitched",
}
CORRECTION_TOPICS = {
    get_topic(Correction.Made): "Correction",
    get_topic(Correction.Undone): "Correction",
}
STREAM_TOPICS: tuple[str, ...] = (*CATALOG_TOPICS, *RELEASE_EVENTS, *CORRECTION_TOPICS)
RELEASE_TYPES = frozenset(RELEASE_EVENTS.values())
# Release changes and corrections pass any actor filter: they change what is current.
NOT_CATALOG = frozenset({*RELEASE_TYPES, "Correction"})
HEARTBEAT = b": heartbeat\n\n"


@dataclass(frozen=True)
class StreamItem:
    """One log event as sent to subscribers, encoded once for all of them."""

    position: int
    type: str
    actors: frozenset[str]
    message: bytes  # as corrected (the machine's when no correction applies)
    raw: bytes | None = None  # the machine's, when it differs; None: the same as message
    retracted: bool = False  # an analyst retracted it: only raw subscribers get it
    negotiation: str | None = None  # a catalog event's, as corrected; None for the others
    raw_negotiation: str | None = None  # the machine's, when an amendment moved it

    def message_for(self, raw: bool) -> bytes:
        return self.raw if raw and self.raw is not None else self.message

    def negotiation_for(self, raw: bool) -> str | None:
        return self.raw_negotiation if raw and self.raw_negotiation else self.negotiation


def stream_item(position: int, event: Any, over: Overlay | None = None) -> StreamItem:
    """The SSE message for a catalog event (export shape, as corrected by ``over``), an
    extractor release change, or an analyst's correction."""
    if isinstance(event, CatalogEvent):
        record = export_record(position, event)
        actors = frozenset(event.actor_ids())
        negotiation: str | None = event.negotiation
        corrected = over.apply(record, over.attach([record]).get(0, [])) if over else record
        if corrected is not record:
            raw = _message(position, record)
            if corrected is None:
                return StreamItem(
                    position, record["type"], actors, raw, raw, True, negotiation, negotiation
                )
            moved = corrected.get("negotiation") or negotiation
            return StreamItem(
                position,
                record["type"],
                actors,
                _message(position, corrected),
                raw,
                negotiation=moved,
                raw_negotiation=negotiation,
            )
    elif isinstance(event, Correction.Made | Correction.Undone):
        negotiation = None
        record = {
            "position": position,
            "type": "Correction",
            "correction": str(event.originator_id),
        }
        if isinstance(event, Correction.Made):
            record.update(action=event.action, anchor=event.anchor, changes=event.changes)
            record.update(target=event.target)
        else:
            record["action"] = "undo"
        record.update(writer=event.writer, reason=event.reason)
        actors = frozenset()
    else:
        negotiation = None
        record = {"position": position, "type": RELEASE_EVENTS[get_topic(type(event))]}
        record["release"] = event.release
        if isinstance(event, ActiveRelease.Switched):
            record["previous"] = event.previous
        actors = frozenset()
    return StreamItem(
        position, record["type"], actors, _message(position, record), negotiation=negotiation
    )


def _message(position: int, record: dict[str, Any]) -> bytes:
    data = orjson.dumps(record).decode()
    return format_sse_event(data_str=data, event=record["type"], id=str(position))


def read_items(parley: Parley, after: int, limit: int) -> tuple[list[StreamItem], int]:
    """Stream items after a position (blocking), and how many notifications were read.
    Catalog events go out as corrected by the corrections stored when they are read."""
    notifications = parley.recorder.select_notifications(
        after, limit, topics=STREAM_TOPICS, inclusive_of_start=False
    )
    over = None
    if any(n.topic in CATALOG_TOPIC_SET for n in notifications):
        over = corrections.overlay(parley) or None
    events = ((n.id, parley.mapper.to_domain_event(n)) for n in notifications)
    hidden = parley.hidden()
    items = [
        stream_item(position, event, over)
        for position, event in events
        if not parley.is_hidden_event(event, hidden)
    ]
    return items, len(notifications)


CATALOG_TOPIC_SET = frozenset(CATALOG_TOPICS)


@dataclass(frozen=True)
class StreamFilter:
    """Which items a subscriber wants. Release changes pass any actor or negotiation filter:
    they change which events are current for everyone."""

    types: frozenset[str] = frozenset()
    actor: str | None = None
    negotiation: str | None = None
    raw: bool = False  # the machine's events: no corrections, retracted ones included

    def __call__(self, item: StreamItem) -> bool:
        if self.types and item.type not in self.types:
            return False
        if (item.retracted and not self.raw) or (self.raw and item.type == "Correction"):
            return False
        if item.type in NOT_CATALOG:
            return True
        if self.negotiation and item.negotiation_for(self.raw) != self.negotiation:
            return False
        return not self.actor or self.actor in item.actors


@dataclass(eq=False)
class Subscription:
    """A subscriber's bounded queue and the last position it was sent."""

    last: int
    wanted: StreamFilter
    size: int
    behind: bool = False
    closed: bool = False
    beat: bool = False
    items: deque[StreamItem] = field(default_factory=deque)
    ready: asyncio.Event = field(default_factory=asyncio.Event)

    def offer(self, item: StreamItem) -> None:
        if item.position <= self.last or not self.wanted(item):
            return
        if len(self.items) >= self.size:
            # Drop the queue and catch up from the store instead: bounded memory, no loss.
            self.items.clear()
            self.behind = True
        else:
            self.items.append(item)
        self.ready.set()

    def close(self) -> None:
        self.closed = True
        self.ready.set()

    def heartbeat(self) -> None:
        self.beat = True
        self.ready.set()


class Broadcaster:
    """Reads the log when woken, or polls, and feeds every subscriber. While a ``Listener``
    is connected (PostgreSQL), it wakes on every commit and polls only every
    ``push_fallback`` seconds, in case a notification was lost."""

    def __init__(
        self,
        parley: Parley,
        *,
        poll_interval: float = 0.2,
        heartbeat: float = 15.0,
        queue_size: int = 1000,
        page: int = 500,
        push_fallback: float = 5.0,
    ) -> None:
        self.parley = parley
        self.poll_interval = poll_interval
        self.push_fallback = push_fallback
        self.listener: Listener | None = None
        self.heartbeat = heartbeat
        self.queue_size = queue_size
        self.page = page
        self.position = 0
        self.written = 0
        self.subscribers: set[Subscription] = set()
        self.listeners: list[Callable[[int], None]] = []
        self.closed = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.position = await asyncio.to_thread(self.parley.max_position)
        self._task = asyncio.create_task(self._run(), name="parley-broadcaster")

    def wake(self) -> None:
        """Polls now rather than at the next tick; safe to call from any thread."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(self._wake.set)

    @property
    def seen(self) -> int:
        """The furthest log position known here: polled, or written by this process."""
        return max(self.position, self.written)

    def note_written(self, position: int) -> None:
        """Called after an in-process write (any thread): reads wait for it, polling wakes."""
        self.written = max(self.written, position)
        self.wake()

    async def close(self) -> None:
        """Ends every subscriber's stream, so a server can shut down."""
        self.closed = True
        for subscription in list(self.subscribers):
            subscription.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def subscribe(self, after: int | None, wanted: StreamFilter) -> Subscription:
        """Registers before any store read, so nothing between the read and live is missed."""
        last = self.position if after is None else after
        subscription = Subscription(last, wanted, self.queue_size, behind=last < self.position)
        if self.closed:
            subscription.close()
        self.subscribers.add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        self.subscribers.discard(subscription)

    @property
    def interval(self) -> float:
        """Seconds between polls: long while notifications push, short while they do not."""
        if self.listener is not None and self.listener.connected.is_set():
            return max(self.poll_interval, self.push_fallback)
        return self.poll_interval

    async def _run(self) -> None:
        # One timer for every subscriber's heartbeat: a timer each would cost a task each.
        # Heartbeats read nothing: the log is read when woken, or when a poll is due.
        beat = self.heartbeat if self.heartbeat > 0 else math.inf
        now = time.monotonic()
        next_beat, next_poll = now + beat, now + self.interval
        while not self.closed:
            timeout = max(0.0, min(next_beat, next_poll) - time.monotonic())
            woken = False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)
                woken = True
            self._wake.clear()
            now = time.monotonic()
            if now >= next_beat:
                next_beat = now + beat
                for subscription in self.subscribers:
                    subscription.heartbeat()
            if not woken and now < next_poll:
                continue
            next_poll = now + self.interval
            try:
                await self.poll()
            except Exception:  # a store hiccup must not end the broadcaster
                log.exception("polling the event log failed; retrying")
                await asyncio.sleep(self.poll_interval)

    async def poll(self) -> None:
        """Publishes everything stored since the last poll."""
        start = self.position
        if not self.subscribers:
            # Nobody to feed: where the log ends is all reads need (``seen``), and decoding
            # a write's events for no one costs each server as much as projecting them.
            end = await asyncio.to_thread(self.parley.max_position)
            if not self.subscribers:  # else one came meanwhile: it is fed from ``start``
                self.position = max(self.position, end)
                if self.position > start:
                    for listener in self.listeners:
                        listener(self.position)
                return
        while True:
            items, read = await asyncio.to_thread(read_items, self.parley, self.position, self.page)
            for item in items:
                self.position = item.position
                for subscription in self.subscribers:
                    subscription.offer(item)
            if read < self.page:
                break
        if self.position > start:
            for listener in self.listeners:
                listener(self.position)

    async def stream(self, after: int | None, wanted: StreamFilter) -> AsyncIterator[bytes]:
        """A new subscriber's messages; it subscribes when the response starts streaming."""
        async for message in self.messages(self.subscribe(after, wanted)):
            yield message

    async def messages(self, subscription: Subscription) -> AsyncIterator[bytes]:
        """The subscriber's SSE messages in log order: from the store while behind, then live.

        Messages are encoded once per event and shared by every subscriber: fan-out to a
        thousand clients is then a queue append and a socket write each.
        """
        try:
            yield format_sse_event(comment=f"after {subscription.last}", retry=1000)
            while not subscription.closed:
                if subscription.behind:
                    subscription.behind = False
                    async for item in self._from_store(subscription):
                        yield item.message_for(subscription.wanted.raw)
                while subscription.items and not subscription.behind:
                    item = subscription.items.popleft()
                    if item.position > subscription.last:
                        subscription.last = item.position
                        yield item.message_for(subscription.wanted.raw)
                if subscription.beat:
                    subscription.beat = False
                    yield HEARTBEAT
                if subscription.items or subscription.behind or subscription.closed:
                    continue
                subscription.ready.clear()
                await subscription.ready.wait()
        finally:
            self.unsubscribe(subscription)

    async def _from_store(self, subscription: Subscription) -> AsyncIterator[StreamItem]:
        while not subscription.closed:
            items, read = await asyncio.to_thread(
                read_items, self.parley, subscription.last, self.page
            )
            for item in items:
                if item.position > subscription.last and subscription.wanted(item):
                    subscription.last = item.position
                    yield item
                else:
                    subscription.last = max(subscription.last, item.position)
            if read < self.page:
                return
