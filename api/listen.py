"""Push, not poll: on PostgreSQL every write transaction NOTIFYs the log's channel (the
``eventsourcing`` recorder does it, delivered on commit), and one listening connection per
process wakes the broadcaster, and through it the read side, at once.

Polling stays as the fallback: a NOTIFY can be lost (the listening connection drops, or the
server restarts), so the broadcaster still polls, slowly while the listener is connected,
at its usual pace while it is not. SQLite and memory stores have no listener.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from application.cluster import dedicated_connection

log = logging.getLogger("parley.listen")
RECONNECT_AFTER = 1.0  # seconds between attempts while the database is unreachable


class Listener:
    """A thread holding one connection that LISTENs to the log's channel; ``wake`` runs on
    every notification. Reconnects by itself when the connection is lost."""

    def __init__(self, recorder: Any, wake: Callable[[], None], *, timeout: float = 0.5) -> None:
        self.recorder = recorder
        self.wake = wake
        self.channels: dict[str, Callable[[], None]] = {recorder.channel_name: wake}
        self.timeout = timeout
        self.connected = threading.Event()
        self.notifications = 0
        self.backend_pid: int | None = None  # the listening session, as the server knows it
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="parley-listen", daemon=True)

    @classmethod
    def for_app(cls, app: Any, wake: Callable[[], None]) -> Listener | None:
        """A listener for an application on PostgreSQL; None on other stores."""
        if not hasattr(app.recorder, "channel_name"):
            return None
        return cls(app.recorder, wake)

    def also(self, channel: str, wake: Callable[[], None]) -> None:
        """Also runs ``wake`` on notifications of ``channel`` (before ``start``)."""
        self.channels[channel] = wake

    def start(self) -> None:
        self._thread.start()

    def _wake_all(self) -> None:
        for wake in self.channels.values():
            wake()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                self._listen()
            except Exception as e:  # the database went away: poll meanwhile, then retry
                if self.connected.is_set():
                    log.warning("listening for new events failed (%s); polling until back", e)
            self.connected.clear()
            if not self._stopping.is_set():
                self._wake_all()  # whatever was missed while disconnected is read now
            self._stopping.wait(RECONNECT_AFTER)

    def _listen(self) -> None:
        from psycopg import sql

        with dedicated_connection(self.recorder.datastore, "parley-listen") as conn:
            self.backend_pid = conn.info.backend_pid
            for channel in self.channels:
                conn.execute(sql.SQL("LISTEN {0}").format(sql.Identifier(channel)))
            if not self.connected.is_set():
                self.connected.set()
                self._wake_all()  # what was committed before LISTEN took hold
            while not self._stopping.is_set():
                for notify in conn.notifies(timeout=self.timeout, stop_after=1):
                    self.notifications += 1
                    self.channels.get(notify.channel, self.wake)()
                # A dead server is noticed here even when no notification comes.
                conn.execute("SELECT 1")
