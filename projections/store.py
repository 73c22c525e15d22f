"""Where the read side persists its facts and tracking position: SQLite or PostgreSQL.

Each page of facts commits with the new tracking position in one transaction, guarded by a
compare-and-set on the old position: two processes catching up on one view never apply an
event twice, and a crash loses at most the page in flight (rolled back, redone on resume).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from application.cluster import dedicated_connection
from application.store import create_missing
from projections.facts import SOURCE_KEYS, Fact, source

LOAD_PAGE = 20_000
KEEP_SNAPSHOTS = 2  # the newest, and one to fall back on if it does not load
COLUMNS = "position, release, type, start_day, end_day, reported_day, modality, keys"


class ViewStore(ABC):
    """The persisted view: facts by position, and one tracking row per projection name."""

    channel: str | None = None  # NOTIFYed on each write, where the database has channels
    facts_table: str
    param = "?"  # the driver's placeholder

    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def tracking(self) -> tuple[int, str | None]:
        """The position processed so far and the active extractor release there."""

    @abstractmethod
    def write(self, old: int, new: int, active: str | None, facts: list[Fact]) -> bool:
        """Stores facts and moves tracking from ``old`` to ``new``; False if ``old`` is stale."""

    @abstractmethod
    def _select(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]: ...

    @abstractmethod
    def reset(self) -> None:
        """Forgets every fact and the tracking position (for a rebuild)."""

    @abstractmethod
    def erase(self) -> None:
        """Forgets every fact like ``reset``, leaving none of their bytes in the files."""

    def close(self) -> None:  # noqa: B027 - stores without resources need nothing
        """Releases connections."""

    @abstractmethod
    def snapshots(self) -> list[int]:
        """The positions of the stored index snapshots, the newest first."""

    @abstractmethod
    def snapshot(self, position: int) -> bytes | None:
        """The snapshot stored at a position (None if it is gone)."""

    @abstractmethod
    def save_snapshot(self, position: int, data: bytes) -> bool:
        """Stores a snapshot in one transaction (a crash leaves none half-written), in place
        of any at the same position, keeping the newest ``KEEP_SNAPSHOTS``; False if the
        view is no longer at or past ``position`` (reset meanwhile)."""

    def facts(self, after: int, upto: int) -> Iterator[tuple[Any, ...]]:
        """Stored facts in (after, upto] as rows of ``COLUMNS`` (no records), in position order."""
        while after < upto:
            # The upper bound is applied here, not in the query: see ``sql_page``.
            rows = self._select(self.sql_page, (after, LOAD_PAGE))
            kept = [row for row in rows if row[0] <= upto]
            yield from kept
            if len(kept) < LOAD_PAGE:
                return
            after = rows[-1][0]

    def newest(self, upto: int) -> int | None:
        """The position of the newest stored fact at or before ``upto``."""
        sql = f"SELECT max(position) FROM {self.facts_table} WHERE position <= {self.param}"
        rows = self._select(sql, (upto,))
        return rows[0][0] if rows else None

    def records(self, positions: Iterable[int]) -> dict[int, dict[str, Any]]:
        """The records of facts at the given positions."""
        wanted = sorted(set(positions))
        rows = self._select_blobs("source, record", wanted) if wanted else []
        return {row[0]: {**orjson.loads(row[1]), **orjson.loads(row[2])} for row in rows}

    def sources(self, positions: Iterable[int]) -> dict[int, dict[str, Any]]:
        """What answers cite of the facts at the given positions (``facts.source`` of their
        records): the smaller column, when nothing else is needed."""
        wanted = sorted(set(positions))
        rows = self._select_blobs("source", wanted) if wanted else []
        return {row[0]: orjson.loads(row[1]) for row in rows}

    @abstractmethod
    def _select_blobs(self, columns: str, positions: list[int]) -> list[tuple[Any, ...]]: ...

    @property
    @abstractmethod
    def sql_page(self) -> str:
        """Up to a number of facts after a position, in position order (two parameters)."""

    @staticmethod
    def _rows(facts: list[Fact]) -> list[tuple[Any, ...]]:
        return [
            (
                f.position,
                f.release,
                f.type,
                f.start,
                f.end,
                f.reported,
                f.modality,
                orjson.dumps(f.keys),
                # A record is stored as its source plus the rest: written once, not twice.
                orjson.dumps({k: v for k, v in f.record.items() if k not in SOURCE_KEYS}),
                orjson.dumps(source(f.record)),
            )
            for f in facts
        ]


class SQLiteViewStore(ViewStore):
    """A view in its own SQLite file (or in memory), beside the application's store."""

    def __init__(self, name: str, path: str = ":memory:") -> None:
        super().__init__(name)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.lock = threading.Lock()
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA busy_timeout = 30000")
        if path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            # Checkpoint (copy the WAL into the file, and sync) every 64 MB, not every 4 MB:
            # a rebuild writes a gigabyte per million events.
            self.db.execute("PRAGMA wal_autocheckpoint = 16384")
        self.facts_table = f"{name}_facts"
        self.tracking_table = f"{name}_tracking"
        self.snapshots_table = f"{name}_snapshots"
        self._create()

    def _create(self) -> None:
        with self.lock:
            self.db.executescript(
                f"""
                CREATE TABLE IF NOT EXISTS {self.facts_table} (
                    position INTEGER PRIMARY KEY, release TEXT NOT NULL, type TEXT NOT NULL,
                    start_day INTEGER NOT NULL, end_day INTEGER NOT NULL,
                    reported_day INTEGER NOT NULL, modality TEXT NOT NULL,
                    keys BLOB NOT NULL, record BLOB NOT NULL,
                    source BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS {self.tracking_table} (
                    name TEXT PRIMARY KEY, position INTEGER NOT NULL, active TEXT);
                INSERT OR IGNORE INTO {self.tracking_table} VALUES ('{self.name}', 0, NULL);
                CREATE TABLE IF NOT EXISTS {self.snapshots_table} (
                    position INTEGER PRIMARY KEY, written TEXT NOT NULL, data BLOB NOT NULL);
                """
            )

    def tracking(self) -> tuple[int, str | None]:
        rows = self._select(
            f"SELECT position, active FROM {self.tracking_table} WHERE name = ?", (self.name,)
        )
        return rows[0][0], rows[0][1]

    def write(self, old: int, new: int, active: str | None, facts: list[Fact]) -> bool:
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                moved = self.db.execute(
                    f"UPDATE {self.tracking_table} SET position = ?, active = ? "
                    "WHERE name = ? AND position = ?",
                    (new, active, self.name, old),
                ).rowcount
                if moved != 1:
                    self.db.execute("ROLLBACK")
                    return False
                self.db.executemany(
                    f"INSERT INTO {self.facts_table} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    self._rows(facts),
                )
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
            return True

    def reset(self) -> None:
        with self.lock:
            self.reset_unlocked()

    def reset_unlocked(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute(f"DELETE FROM {self.facts_table}")
        self.db.execute(f"DELETE FROM {self.snapshots_table}")
        self.db.execute(
            f"UPDATE {self.tracking_table} SET position = 0, active = NULL WHERE name = ?",
            (self.name,),
        )
        self.db.execute("COMMIT")

    def erase(self) -> None:
        with self.lock:
            # Deleted rows' bytes would stay in free pages, and old pages in the WAL.
            self.db.execute("PRAGMA secure_delete = ON")
            try:
                self.reset_unlocked()
            finally:
                self.db.execute("PRAGMA secure_delete = OFF")
            if self.path != ":memory:":
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def snapshots(self) -> list[int]:
        sql = f"SELECT position FROM {self.snapshots_table} ORDER BY position DESC"
        return [row[0] for row in self._select(sql, ())]

    def snapshot(self, position: int) -> bytes | None:
        sql = f"SELECT data FROM {self.snapshots_table} WHERE position = ?"
        rows = self._select(sql, (position,))
        return bytes(rows[0][0]) if rows else None

    def save_snapshot(self, position: int, data: bytes) -> bool:
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                stored = self.db.execute(
                    f"INSERT OR REPLACE INTO {self.snapshots_table} "
                    f"SELECT ?, datetime('now'), ? FROM {self.tracking_table} "
                    "WHERE name = ? AND position >= ?",
                    (position, data, self.name, position),
                ).rowcount
                self.db.execute(
                    f"DELETE FROM {self.snapshots_table} WHERE position NOT IN (SELECT position "
                    f"FROM {self.snapshots_table} ORDER BY position DESC LIMIT {KEEP_SNAPSHOTS})"
                )
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
            return stored == 1

    @property
    def sql_page(self) -> str:
        return (
            f"SELECT {COLUMNS} FROM {self.facts_table} WHERE position > ? ORDER BY position LIMIT ?"
        )

    def _select(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self.lock:
            return self.db.execute(sql, params).fetchall()

    def _select_blobs(self, columns: str, positions: list[int]) -> list[tuple[Any, ...]]:
        # One statement, prepared once, whatever the count: a thousand placeholders took
        # longer to prepare than the lookups.
        sql = (
            f"SELECT position, {columns} FROM {self.facts_table} "
            "WHERE position IN (SELECT value FROM json_each(?))"
        )
        try:
            return self._select(sql, (orjson.dumps(positions),))
        except sqlite3.OperationalError:  # an SQLite built without JSON functions
            return self._select_listed(columns, positions)

    def _select_listed(self, columns: str, positions: list[int]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for i in range(0, len(positions), 30_000):
            chunk = positions[i : i + 30_000]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT position, {columns} FROM {self.facts_table} WHERE position IN ({marks})"
            rows.extend(self._select(sql, tuple(chunk)))
        return rows

    def close(self) -> None:
        with self.lock:
            self.db.close()


class _Stale(Exception):
    """Another process moved the tracking position first (rolls the transaction back)."""


class PostgresViewStore(ViewStore):
    """A view in the application's PostgreSQL database and schema, in tables named after it."""

    param = "%s"

    def __init__(self, name: str, datastore: Any) -> None:
        super().__init__(name)
        self.datastore = datastore
        schema = datastore.schema
        self.facts_table = f'"{schema}"."{name}_facts"'
        self.tracking_table = f'"{schema}"."{name}_tracking"'
        self.snapshots_table = f'"{schema}"."{name}_snapshots"'
        # Followers of the process writing the views wake on it (see api/listen.py).
        self.channel = f"{schema}_{name}"
        # Reads go through a connection of the view's own, outside the application's pool:
        # checking a connection out of the pool and back cost as much CPU as the query (a
        # state answer makes tens of them), and plain tuples need no converting.
        self._reading = threading.Lock()
        self._connection: Any = None
        self._create()

    def _create(self) -> None:
        # Once, under a lock: processes opening a new schema at once would race in the catalog.
        create_missing(self.datastore, f"{self.name}_tracking", self._create_tables)
        # Views made before snapshots existed get the table on their own.
        create_missing(self.datastore, f"{self.name}_snapshots", self._create_snapshots)

    def _create_snapshots(self, curs: Any) -> None:
        curs.execute(
            f"CREATE TABLE IF NOT EXISTS {self.snapshots_table} ("
            "position BIGINT PRIMARY KEY, written TIMESTAMPTZ NOT NULL DEFAULT now(), "
            "data BYTEA NOT NULL)"
        )
        # Stored as is: compressing tens of megabytes of integer arrays on every write (and
        # decompressing on every start) cost more than it saved.
        curs.execute(f"ALTER TABLE {self.snapshots_table} ALTER COLUMN data SET STORAGE EXTERNAL")

    def _create_tables(self, curs: Any) -> None:
        curs.execute(
            f"""
            CREATE TABLE IF NOT EXISTS {self.facts_table} (
                position BIGINT PRIMARY KEY, release TEXT NOT NULL, type TEXT NOT NULL,
                start_day INTEGER NOT NULL, end_day INTEGER NOT NULL,
                reported_day INTEGER NOT NULL, modality TEXT NOT NULL,
                keys BYTEA NOT NULL, record BYTEA NOT NULL,
                source BYTEA NOT NULL)
            """
        )
        curs.execute(
            f"CREATE TABLE IF NOT EXISTS {self.tracking_table} ("
            "name TEXT PRIMARY KEY, position BIGINT NOT NULL, active TEXT)"
        )
        curs.execute(
            f"INSERT INTO {self.tracking_table} VALUES (%s, 0, NULL) ON CONFLICT DO NOTHING",
            (self.name,),
        )

    def tracking(self) -> tuple[int, str | None]:
        rows = self._select(
            f"SELECT position, active FROM {self.tracking_table} WHERE name = %s", (self.name,)
        )
        return rows[0][0], rows[0][1]

    def write(self, old: int, new: int, active: str | None, facts: list[Fact]) -> bool:
        try:
            with self.datastore.transaction(commit=True) as curs:
                # A page commits without waiting for its WAL to reach the disk (a rebuild
                # writes a thousand pages per million events): the views are derived, facts
                # and tracking commit together, so a server crash can only take the newest
                # pages back, whole, and they are projected again; a follower that had
                # loaded them sees the position go back and reloads (ReadSide._sync).
                curs.execute("SET LOCAL synchronous_commit TO OFF")
                # The update locks the tracking row first: a rival writer waits, then finds
                # the position moved and gives up instead of colliding on the facts.
                curs.execute(
                    f"UPDATE {self.tracking_table} SET position = %s, active = %s "
                    "WHERE name = %s AND position = %s",
                    (new, active, self.name, old),
                )
                if curs.rowcount != 1:
                    raise _Stale
                if facts:
                    with curs.copy(f"COPY {self.facts_table} FROM STDIN") as copy:
                        for row in self._rows(facts):
                            copy.write_row(row)
                curs.execute(f'NOTIFY "{self.channel}"')
        except _Stale:
            return False
        return True

    def reset(self) -> None:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(f"DELETE FROM {self.facts_table}")
            curs.execute(f"DELETE FROM {self.snapshots_table}")
            curs.execute(
                f"UPDATE {self.tracking_table} SET position = 0, active = NULL WHERE name = %s",
                (self.name,),
            )

    def erase(self) -> None:
        # TRUNCATE gives the table new files: no dead rows are left to vacuum.
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(f"TRUNCATE {self.facts_table}, {self.snapshots_table}")
            curs.execute(
                f"UPDATE {self.tracking_table} SET position = 0, active = NULL WHERE name = %s",
                (self.name,),
            )

    def drop(self) -> None:
        """Drops this view's tables (tests and benchmarks clean up after themselves)."""
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(f"DROP TABLE IF EXISTS {self.facts_table}")
            curs.execute(f"DROP TABLE IF EXISTS {self.tracking_table}")
            curs.execute(f"DROP TABLE IF EXISTS {self.snapshots_table}")

    def snapshots(self) -> list[int]:
        sql = f"SELECT position FROM {self.snapshots_table} ORDER BY position DESC"
        return [row[0] for row in self._select(sql, ())]

    def snapshot(self, position: int) -> bytes | None:
        with self.datastore.get_connection() as conn:
            # Binary: a bytea sent as text is twice its size, and decoded from hex after.
            row = conn.execute(
                f"SELECT data FROM {self.snapshots_table} WHERE position = %s",
                (position,),
                binary=True,
            ).fetchone()
        if row is None:
            return None
        data = row["data"] if isinstance(row, dict) else row[0]
        return bytes(data)

    def save_snapshot(self, position: int, data: bytes) -> bool:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(
                f"INSERT INTO {self.snapshots_table} (position, data) "
                f"SELECT %s, %b FROM {self.tracking_table} WHERE name = %s AND position >= %s "
                "ON CONFLICT (position) DO UPDATE SET data = EXCLUDED.data, written = now()",
                (position, data, self.name, position),
            )
            stored = curs.rowcount
            curs.execute(
                f"DELETE FROM {self.snapshots_table} WHERE position NOT IN (SELECT position "
                f"FROM {self.snapshots_table} ORDER BY position DESC LIMIT {KEEP_SNAPSHOTS})"
            )
        return stored == 1

    @property
    def sql_page(self) -> str:
        # An open range: with an upper bound too, and statistics older than the table's
        # growth, PostgreSQL planned to read and sort the whole rest of the table for each
        # page (a restart indexing a million facts read them ~50 times over).
        return (
            f"SELECT {COLUMNS} FROM {self.facts_table} "
            "WHERE position > %s ORDER BY position LIMIT %s"
        )

    def _select(
        self, sql: str, params: tuple[Any, ...], binary: bool = False
    ) -> list[tuple[Any, ...]]:
        # One statement on an autocommit connection: one round trip, where a transaction
        # (BEGIN, SELECT, ROLLBACK) took three, most of a query's time on a busy machine.
        import psycopg

        with self._reading:
            for attempt in (1, 2):
                try:
                    if self._connection is None or self._connection.closed:
                        self._connection = dedicated_connection(self.datastore, "parley-views")
                    cursor = self._connection.execute(sql, params, binary=binary)
                    return cursor.fetchall()  # type: ignore[no-any-return]
                except (psycopg.OperationalError, psycopg.InterfaceError):
                    # The server restarted or the connection dropped: a new one, once.
                    self._drop_connection()
                    if attempt == 2:
                        raise
        raise AssertionError("unreachable")

    def _drop_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                connection.close()

    def close(self) -> None:
        with self._reading:
            self._drop_connection()

    def _select_blobs(self, columns: str, positions: list[int]) -> list[tuple[Any, ...]]:
        # Binary: a bytea sent as text is twice its size, and decoded from hex after. The
        # positions go as an array literal: adapting a list of ints cost twice the CPU.
        return self._select(
            f"SELECT position, {columns} FROM {self.facts_table} "
            "WHERE position = ANY(%s::bigint[])",
            ("{" + ",".join(map(str, positions)) + "}",),
            binary=True,
        )
