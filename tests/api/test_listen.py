"""Push on PostgreSQL: a commit anywhere wakes every listening process, and a listener whose
connection is lost reconnects by itself."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date

import psycopg
import pytest

from api.listen import Listener
from application.app import Parley
from application.articles import ArticleInput
from tests.fakes import FakeExtractor

pytestmark = [pytest.mark.postgres]


class Wakes:
    """Counts wake-ups, and lets a test wait for the next one."""

    def __init__(self) -> None:
        self.count = 0
        self.event = threading.Event()

    def __call__(self) -> None:
        self.count += 1
        self.event.set()

    def after(self, action, seconds: float = 10) -> bool:
        self.event.clear()
        action()
        return self.event.wait(seconds)


def wait_for(condition, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def apps(postgres_url):
    writer = Parley(url=postgres_url, extractor=FakeExtractor())
    reader = Parley(url=postgres_url, extractor=FakeExtractor())
    yield writer, reader
    reader.close()
    writer.close()


def ingest(parley: Parley, n: int) -> None:
    parley.ingest(ArticleInput(f"a{n}", date(2024, 1, 2), f"Delegation {n} arrived in Cairo."))


@pytest.fixture
def listening(apps) -> Iterator[tuple[Parley, Listener, Wakes]]:
    """The writer, and a listener on the reader, started and connected, with its wakes."""
    writer, reader = apps
    wakes = Wakes()
    listener = Listener.for_app(reader, wakes)
    assert listener is not None
    listener.start()
    try:
        assert listener.connected.wait(10)
        yield writer, listener, wakes
    finally:
        listener.stop()


def test_a_commit_through_another_connection_wakes_the_listener(listening):
    writer, listener, wakes = listening
    assert wakes.after(lambda: ingest(writer, 1))
    assert listener.notifications >= 1


def test_a_listener_whose_connection_is_killed_reconnects_and_wakes_again(
    listening, postgres_server
):
    writer, listener, wakes = listening
    first = listener.backend_pid
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (first,))
    assert wait_for(lambda: listener.connected.is_set() and listener.backend_pid != first)
    assert wakes.after(lambda: ingest(writer, 2))


def test_stores_without_notifications_have_no_listener():
    app = Parley(url="memory://", extractor=FakeExtractor())
    try:
        assert Listener.for_app(app, lambda: None) is None
    finally:
        app.close()
