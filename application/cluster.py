"""Guards that hold across every process on one PostgreSQL store.

A replay takes a session-level advisory lock on a connection of its own, held while it runs:
a second replay anywhere is refused, and a process that dies (or loses its connection)
releases the lock with its session. Its progress is written to a table every process reads,
so any node reports it. On SQLite and memory stores the guard is per process, as before.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from datetime import UTC, datetime
from typing import Any

import orjson

from application.store import create_missing

LOCK_CLASS = 0x7061726C  # "parl": the first key of Parley's two-key advisory locks
REPLAY = "parley-replay"


def dedicated_connection(datastore: Any, name: str) -> Any:
    """A connection outside the application's pool (autocommit), with the pool's settings:
    for sessions that outlive a transaction (LISTEN, session advisory locks)."""
    import psycopg

    pool = datastore.pool
    settings = {k: v for k, v in pool.kwargs.items() if k != "row_factory"}
    password = getattr(pool, "get_password_func", None)
    if callable(password):
        settings["password"] = password()
    settings.setdefault("application_name", name)
    return psycopg.connect(pool.conninfo, autocommit=True, **settings)


def node_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class ReplayGuard:
    """One replay at a time; ``acquire`` is False while one runs (here or, on PostgreSQL,
    anywhere). ``record`` shares progress; ``shared`` reads the last replay's record."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    @staticmethod
    def for_app(app: Any) -> ReplayGuard:
        if app.env.get("PERSISTENCE_MODULE") == "eventsourcing.postgres":
            return PostgresReplayGuard(app.factory.datastore)
        return ReplayGuard()

    def acquire(self) -> bool:
        return self._lock.acquire(blocking=False)

    def release(self) -> None:
        if self._lock.locked():
            self._lock.release()

    def record(self, status: dict[str, Any]) -> None:
        """Shares a running replay's status with every process."""

    def shared(self) -> dict[str, Any] | None:
        """The last replay's status as shared, with whether it still runs; None if none."""
        return None

    def close(self) -> None:
        """Releases connections."""


class PostgresReplayGuard(ReplayGuard):
    """The advisory lock ``(LOCK_CLASS, hashtext(schema))``, and a one-row status table."""

    def __init__(self, datastore: Any) -> None:
        super().__init__()
        self.datastore = datastore
        self.schema = datastore.schema
        self.table = f'"{self.schema}"."parley_replay"'
        self.key = f"{REPLAY}:{self.schema}"
        self._conn: Any = None
        create_missing(datastore, "parley_replay", self._create)

    def _create(self, curs: Any) -> None:
        curs.execute(
            f"CREATE TABLE IF NOT EXISTS {self.table} (id INTEGER PRIMARY KEY, status BYTEA)"
        )

    def acquire(self) -> bool:
        if not super().acquire():
            return False
        try:
            conn = dedicated_connection(self.datastore, REPLAY)
            got = conn.execute(
                "SELECT pg_try_advisory_lock(%s, hashtext(%s))", (LOCK_CLASS, self.key)
            ).fetchone()[0]
        except Exception:
            super().release()
            raise
        if not got:
            conn.close()
            super().release()
            return False
        self._conn = conn
        return True

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()  # ends the session: the advisory lock goes with it
        super().release()

    def record(self, status: dict[str, Any]) -> None:
        body = orjson.dumps({**status, "node": node_name(), "recorded": datetime.now(UTC)})
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(
                f"INSERT INTO {self.table} VALUES (1, %s) "
                "ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status",
                (body,),
            )

    def shared(self) -> dict[str, Any] | None:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(f"SELECT status FROM {self.table} WHERE id = 1")
            row = curs.fetchone()
            curs.execute(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                " AND classid = %s::bigint::oid"
                " AND objid = (hashtext(%s)::bigint & 4294967295)::oid AND objsubid = 2) AS held",
                (LOCK_CLASS, self.key),
            )
            held = curs.fetchone()["held"]
        if row is None:
            return None
        status = orjson.loads(bytes(row["status"]))
        if status.get("state") == "running" and not held:
            # Its process died mid-run: what it saved stays saved; a new replay resumes it.
            status["state"] = "interrupted"
        return status

    def close(self) -> None:
        self.release()


class SessionLock:
    """A session advisory lock kept on a connection of its own: ``held()`` takes it when it
    is free, and notices a lost connection (the lock went with it) to try again later."""

    def __init__(self, datastore: Any, key: str, name: str) -> None:
        self.datastore = datastore
        self.key = key
        self.name = name
        self._conn: Any = None
        self._guard = threading.Lock()

    def held(self) -> bool:
        with self._guard:
            if self._conn is not None:
                try:
                    self._conn.execute("SELECT 1")
                    return True
                except Exception:  # the session ended: the lock is gone, maybe taken
                    self._drop()
            try:
                conn = dedicated_connection(self.datastore, self.name)
                row = conn.execute(
                    "SELECT pg_try_advisory_lock(%s, hashtext(%s))", (LOCK_CLASS, self.key)
                ).fetchone()
            except Exception:
                return False
            if row[0]:
                self._conn = conn
                return True
            conn.close()
            return False

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def release(self) -> None:
        with self._guard:
            self._drop()


class ViewWriter:
    """Whether this process writes a set of views: always on SQLite and memory stores (each
    write is a compare-and-set, so rivals never apply an event twice); on PostgreSQL, only
    while it holds the views' advisory lock, so one process writes and the rest follow."""

    def __init__(self, lock: SessionLock | None = None) -> None:
        self.lock = lock

    @classmethod
    def for_app(cls, app: Any, views: str) -> ViewWriter:
        if app.env.get("PERSISTENCE_MODULE") != "eventsourcing.postgres":
            return cls()
        datastore = app.factory.datastore
        key = f"parley-views:{datastore.schema}:{views}"
        return cls(SessionLock(datastore, key, "parley-view-writer"))

    def __call__(self) -> bool:
        return self.lock is None or self.lock.held()

    @property
    def holding(self) -> bool:
        """Whether this process holds the role now (no database round trip)."""
        return self.lock is None or self.lock._conn is not None

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()
