"""The broadcaster on the in-memory store: live events, resuming, overflow and shutdown."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from api.stream import Broadcaster, StreamFilter
from application.app import Parley
from application.articles import ArticleInput
from tests.fakes import FakeExtractor


def ingest(parley: Parley, n: int) -> list[int]:
    text = f"Delegation {n} arrived in Cairo. Hamas demands talks."
    result = parley.ingest(ArticleInput(f"a{n}", date(2024, 1, 2), text))
    return [p.position for p in result.events]


async def collect(broadcaster, subscription, count: int) -> list[int]:
    received: list[int] = []
    async for message in broadcaster.messages(subscription):
        fields = dict(line.split(": ", 1) for line in message.decode().splitlines() if line)
        if "id" in fields and fields["event"] != "ReleaseActivated":
            received.append(int(fields["id"]))
        if len(received) >= count:
            break
    return received


@pytest.fixture
def parley():
    app = Parley(url="memory://", extractor=FakeExtractor())
    yield app
    app.close()


def run(coroutine):
    return asyncio.run(asyncio.wait_for(coroutine, 20))


def test_a_live_subscriber_gets_new_events_once_and_in_order(parley):
    async def scenario():
        broadcaster = Broadcaster(parley, poll_interval=0.02, heartbeat=0.05)
        await broadcaster.start()
        subscription = broadcaster.subscribe(None, StreamFilter())
        reader = asyncio.create_task(collect(broadcaster, subscription, 6))
        expected = []
        for n in range(3):
            expected += await asyncio.to_thread(ingest, parley, n)
            broadcaster.wake()
        received = await reader
        await broadcaster.close()
        return expected, received

    expected, received = run(scenario())
    assert received == expected


def test_a_subscriber_behind_reads_the_store_then_continues_live(parley):
    early = ingest(parley, 0) + ingest(parley, 1)

    async def scenario():
        broadcaster = Broadcaster(parley, poll_interval=0.02, heartbeat=0.05)
        await broadcaster.start()
        subscription = broadcaster.subscribe(early[0], StreamFilter())
        reader = asyncio.create_task(collect(broadcaster, subscription, 5))
        late = await asyncio.to_thread(ingest, parley, 2)
        received = await reader
        await broadcaster.close()
        return late, received

    late, received = run(scenario())
    assert received == early[1:] + late


def test_an_overflowing_queue_falls_back_to_the_store_and_loses_nothing(parley):
    async def scenario():
        broadcaster = Broadcaster(parley, poll_interval=0.02, heartbeat=0.05, queue_size=2)
        await broadcaster.start()
        subscription = broadcaster.subscribe(None, StreamFilter())
        expected = []
        for n in range(5):  # nobody reads meanwhile: the queue of two overflows
            expected += await asyncio.to_thread(ingest, parley, n)
        await broadcaster.poll()
        assert subscription.behind and len(subscription.items) <= 2
        received = await collect(broadcaster, subscription, len(expected))
        await broadcaster.close()
        return expected, received

    expected, received = run(scenario())
    assert received == expected


def test_closing_the_broadcaster_ends_every_stream(parley):
    async def scenario():
        broadcaster = Broadcaster(parley, poll_interval=0.02, heartbeat=0.05)
        await broadcaster.start()
        subscriptions = [broadcaster.subscribe(None, StreamFilter()) for _ in range(3)]
        readers = [asyncio.create_task(collect(broadcaster, s, 1)) for s in subscriptions]
        await asyncio.sleep(0.1)
        await broadcaster.close()
        results = await asyncio.gather(*readers)
        return results, len(broadcaster.subscribers)

    results, remaining = run(scenario())
    assert results == [[], [], []]
    assert remaining == 0


def test_filters_select_by_type_and_actor(parley):
    positions = ingest(parley, 0)

    async def scenario():
        broadcaster = Broadcaster(parley, poll_interval=0.02, heartbeat=0.05)
        await broadcaster.start()
        only_demands = broadcaster.subscribe(0, StreamFilter(frozenset({"DemandStated"})))
        received = await collect(broadcaster, only_demands, 1)
        nobody = broadcaster.subscribe(0, StreamFilter(actor="nobody"))
        reader = asyncio.create_task(collect(broadcaster, nobody, 1))
        await asyncio.sleep(0.2)
        await broadcaster.close()
        return received, await reader

    demands, none = run(scenario())
    assert demands == [positions[1]]
    assert none == []
