"""The read side: projects the application's log into time-indexed views and answers from them."""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from typing import Any, cast
from urllib.parse import urlsplit

import orjson
from eventsourcing.utils import get_topic

from application.app import CATALOG_TOPICS, Parley, Withdrawal
from application.corrections import TOPICS as CORRECTION_TOPICS
from domain.article import ActiveRelease
from projections import negotiation as talks
from projections import negotiations, positions, snapshot, timeline
from projections.canonical import FAR, Day, Need, Needs, Span, Spans
from projections.corrected import corrected_index
from projections.decode import Decoder, event_id
from projections.facts import FORMAT, Fact
from projections.index import NO_LIMIT, Index, ReleaseIndex, largest
from projections.index import knowledge as _knowledge
from projections.reader import Reader, Remembered
from projections.store import PostgresViewStore, SQLiteViewStore, ViewStore

RELEASE_TOPICS = (get_topic(ActiveRelease.Activated), get_topic(ActiveRelease.Switched))
TOPICS = (*CATALOG_TOPICS, *RELEASE_TOPICS)
NAME = f"parley_views_v{FORMAT}"
FREEZE_AFTER = 10_000
# Log positions per page when catching up on more than FREEZE_AFTER (a rebuild, a restart
# far behind): each page costs a few round trips and a commit, whatever its size.
BIG_PAGE = 5000
# A snapshot of the index is stored once it is this far past the newest one (or a twentieth
# of the log, if more): a restart then re-indexes at most that much from the views.
SNAPSHOT_EVERY = 20_000
BULK_GC = 100_000  # allocations between young collections in a big load (700 by default)
SNAPSHOT_SHARE = 20
# States kept per cached answer (``cache``): a state serves many dates, and the bench store's
# query mix (every as_of and known_as_of over eight months) has ~21,000 distinct ones.
STATES_PER_ANSWER = 16
NEEDED = "needed"  # in the key of states knowing everything kept with the knowledge they need

log = logging.getLogger(__name__)


def view_store_for(app: Parley, name: str = NAME) -> ViewStore:
    """The view store beside the application's: a sibling SQLite file, the same PostgreSQL
    schema, or memory."""
    module = app.env.get("PERSISTENCE_MODULE", "eventsourcing.popo")
    if module == "eventsourcing.postgres":
        return PostgresViewStore(name, app.factory.datastore)  # type: ignore[attr-defined]
    if module == "eventsourcing.sqlite":
        return SQLiteViewStore(name, sibling_path(app.env.get("SQLITE_DBNAME", "")))
    return SQLiteViewStore(name)


def sibling_path(dbname: str) -> str:
    """``x.db`` -> ``x.views.db``; in-memory databases get an in-memory view."""
    if not dbname or ":memory:" in dbname or "mode=memory" in dbname:
        return ":memory:"
    path = urlsplit(dbname).path if dbname.startswith("file:") else dbname
    stem, dot, suffix = path.rpartition(".")
    return f"{stem}.views.{suffix}" if dot and "/" not in suffix else f"{path}.views"


class ReadSide:
    """Negotiation state, per-actor positions, the timeline and changes, as of any date.

    ``catch_up()`` projects new log events into the persisted view (each page of facts
    commits with its tracking position) and into in-memory time indexes; queries bisect
    those indexes and read the few records they cite. Safe to share between threads.
    """

    def __init__(
        self,
        app: Parley,
        store: ViewStore | None = None,
        *,
        page: int = 1000,
        writer: Callable[[], bool] | None = None,
        cache: int = 4096,
        snapshots: bool = True,
        states: int | None = None,
    ) -> None:
        self.app = app
        self.store = store or view_store_for(app)
        # Whether this process may write the views now; when not, it follows the process
        # that does, loading what it stored (see application.cluster.ViewWriter).
        self.writer = writer or (lambda: True)
        self.page = page
        # Encoded states by index, knowledge and span of days (see state_json): by default
        # STATES_PER_ANSWER times ``cache`` (kept compressed, at most canonical.BUDGET bytes).
        self.spans = Spans(STATES_PER_ANSWER * cache if states is None else states)
        # What the last default state read, taken as it was then: what cached_state looks
        # up with, without the index, while the views stay at its position.
        self._default: _Default | None = None
        self.remembered = Remembered(self.store)
        self.index = Index()
        self.decoder = Decoder(app.mapper)
        self._catching = threading.Lock()  # one catch-up at a time
        self._lock = threading.RLock()  # guards the in-memory index
        self._corrections: tuple[Any, Any] = (None, None)  # (release, position), index
        self._uncorrected_upto = 0  # the log holds no correction up to here
        # Superseded articles whose facts the stored views were projected again without.
        self._reprojected: frozenset[str] = frozenset()
        self.restored: int | None = None  # the position of the snapshot the index started from
        self._snapshot_at = 0  # the newest snapshot's position, as far as this process knows
        self._ignored: set[int] = set()  # snapshots found unsound on start: to be replaced
        self._snapshot_checked = -float("inf")  # when this process last looked (monotonic)
        self._withdrawn: frozenset[str] | None = None  # articles hidden when the index loaded
        if not self._of_this_log():
            # A store deleted and filled again beside views left behind (x.db removed, not
            # x.views.db): answering from them would mix another log's facts into this one.
            log.warning("the stored views were projected from another log: projecting again")
            self.store.reset()
        if snapshots:
            self._restore()
        if self._withdrawn is None:
            self._withdrawn = app.hidden()
        self._sync()
        self._settle(0)

    @classmethod
    def for_app(cls, app: Parley, **kwargs: Any) -> ReadSide:
        return cls(app, **kwargs)

    @property
    def position(self) -> int:
        """The log position the views have processed."""
        return self.index.position

    @property
    def active_release(self) -> str | None:
        return self.index.active

    def catch_up(self, limit: int | None = None) -> int:
        """Processes what is new in the log (at most ``limit`` positions); returns the position."""
        with self._catching:
            while True:
                start = self._sync()
                target = self.app.max_position()
                if limit is not None:
                    target = min(target, start + limit)
                if start < target and not self.writer():
                    self._settle(start)  # another process writes the views: follow it
                    return self.position
                if start >= target or self._process(start, target):
                    self._settle(start)
                    return self.position

    def _settle(self, start: int) -> None:
        """Sorts what was added; after a big load, takes the index out of the GC's sight."""
        with self._lock:
            self.index.settle()
        if self.position - start > FREEZE_AFTER:
            # The index is long-lived: full collections walking it cost queries tens of ms.
            gc.freeze()

    def _forget(self) -> None:
        """Drops the index and what was read or answered from the views (reset or erased,
        with what a withdrawn article's facts said); call with the index lock held."""
        self.index = Index()
        self._corrections = (None, None)
        self.remembered = Remembered(self.store)
        self.spans.clear()
        self._default = None

    def rebuild(self) -> int:
        """Forgets the views (and their snapshots) and projects the whole log again, from zero."""
        with self._catching:
            self.store.reset()
            with self._lock:
                self._forget()
                self._snapshot_at = 0
        return self.catch_up()

    # Snapshots: a restart loads the index instead of indexing every stored fact again

    def save_snapshot(self, force: bool = False, every: float = 0.0) -> int | None:
        """Stores a snapshot of the in-memory index with the position it reflects, if the
        index moved ``SNAPSHOT_EVERY`` (or a twentieth of the log) past the newest stored
        one (with ``force``: any way past it), unless this process looked in the last
        ``every`` seconds; returns its position, or None when none was needed or written.

        Reads wait only while the index's arrays are copied; hashing and storing the copy
        happen after, and a snapshot commits whole or not at all.
        """
        if time.monotonic() - self._snapshot_checked < every:
            return None
        self._snapshot_checked = time.monotonic()
        # Another process may have written a newer one.
        stored = [p for p in self.store.snapshots() if p not in self._ignored]
        newest = max(stored[0] if stored else 0, self._snapshot_at)
        position = self.index.position
        gap = max(SNAPSHOT_EVERY, position // SNAPSHOT_SHARE)
        if position <= newest or (not force and position - newest < gap):
            return None
        with self._lock:
            self.index.settle()
            position, active = self.index.position, self.index.active
            withdrawn = self._withdrawn or frozenset()
            contents = snapshot.capture(self.index)
        # Read up to the log's end at least as far as the index: the sets only grow, and a
        # restart reads what came after ``position`` again.
        _, known, superseded = self.app.hidden_state()
        self._uncorrected(position)  # how far the log holds no correction, for the restart
        meta = snapshot.Meta(
            self.store.name,
            position,
            active,
            self._anchor(position),
            withdrawn=sorted(known & withdrawn),
            superseded={a: p for a, p in superseded.items() if a in withdrawn},
            uncorrected=min(self._uncorrected_upto, position),
        )
        if not self.store.save_snapshot(position, snapshot.seal(contents, meta)):
            return None
        self._snapshot_at = position
        return position

    def _restore(self) -> None:
        """Starts the index from the newest snapshot that is sound and matches the store
        (the rest is loaded from the views as usual); ignores any other."""
        try:
            found = self.store.snapshots()
        except Exception:  # a store that cannot list them can still be loaded the long way
            log.exception("listing the index snapshots failed")
            return
        if not found:
            return
        stored, active = self.store.tracking()
        end = self.app.max_position()
        for position in found:
            self._ignored.add(position)  # until it proves sound
            if position > stored or position > end:
                continue  # the views were reset or the log restored since: not this store's
            blob = self.store.snapshot(position)
            loaded = snapshot.decode(blob) if blob is not None else None
            if loaded is None:
                log.warning("index snapshot at %d is unreadable: ignored", position)
                continue
            index, meta = loaded
            if (meta.view, meta.position, meta.active) != (self.store.name, position, active) or (
                meta.anchor != self._anchor(position)
            ):
                log.info("index snapshot at %d is of another store or state: ignored", position)
                continue
            self._ignored.discard(position)
            self._snapshot_at = position
            withdrawn = frozenset(meta.withdrawn)
            self.app.assume_hidden(position, withdrawn, meta.superseded)
            self._uncorrected_upto = max(self._uncorrected_upto, min(meta.uncorrected, position))
            with self._lock:
                self.index = index
                # What the index leaves out; articles hidden since make _sync load it again.
                self._withdrawn = withdrawn | frozenset(meta.superseded)
            self.restored = position
            gc.freeze()  # the index is long-lived (see _settle)
            return

    def _of_this_log(self) -> bool:
        """Whether the stored views were projected from this log: the newest stored fact
        cites the event the log holds at its position."""
        stored, _ = self.store.tracking()
        if stored <= 0:
            return True
        if stored > self.app.max_position():
            return False
        position = self.store.newest(stored)
        if position is None:
            return True
        cited = self.store.sources([position]).get(position, {}).get("id")
        found = self.app.recorder.select_notifications(position, 1, stop=position)
        if not found or found[0].id != position:
            return False
        return cited == event_id(found[0].originator_id, found[0].originator_version)

    def _anchor(self, position: int) -> str | None:
        """What the log holds at a position: a snapshot is of this log only if it still
        holds the same there (a restored or another store would not)."""
        if position <= 0:
            return None
        found = self.app.recorder.select_notifications(position, 1, stop=position)
        if not found or found[0].id != position:
            return None
        note = found[0]
        return f"{note.originator_id}/{note.originator_version}/{note.topic}"

    def withdraw(self, article_id: str, reason: str, writer: str) -> Withdrawal:
        """Withdraws an article (``Parley.withdraw``), erases the views (which hold its
        evidence sentences in plain text) and projects the log again without it."""
        withdrawal = self.app.withdraw(article_id, reason, writer)
        with self._catching:
            self.store.erase()
            with self._lock:
                self._forget()
                self._withdrawn = self.app.hidden()
                self._snapshot_at = 0
        self.catch_up()
        return withdrawal

    def close(self) -> None:
        self.store.close()

    # Queries

    def state(
        self,
        as_of: date,
        known_as_of: date | None = None,
        release: str | None = None,
        negotiation: str | None = None,
        raw: bool = False,
    ) -> dict[str, Any]:
        """Where a negotiation (by default the one with the most events) stood on ``as_of``,
        knowing what was published by ``known_as_of`` (default: everything)."""
        with self._lock:
            reader, name = self._reader(release, known_as_of, negotiation, raw)
            return {**talks.state(reader, as_of), "negotiation": name}

    def state_json(
        self,
        as_of: date,
        known_as_of: date | None = None,
        release: str | None = None,
        negotiation: str | None = None,
        raw: bool = False,
    ) -> bytes:
        """``state`` encoded, computed once for all the dates (and knowledge dates) on which
        it is the same: by the last day something changed, and the last day reported on (or
        no limit, when every fact the date reads was reported by then)."""
        with self._lock:
            reader, name = self._reader(release, known_as_of, negotiation, raw)
            if release is None and negotiation is None and not raw:
                self._default = _Default(self.index, self.position, reader, name)
            head = orjson.dumps(talks.echo(reader, as_of))
            index, today = reader.index, as_of.toordinal()
            reader.known = _knowing(index, today, reader.known)
            key = (index.serial, reader.known, reader.release, name)
            length, standing = len(index), index.standing()
            body = self.spans.lookup(
                key, today, length, standing, _changed_from(index, reader.known)
            )
            if body is None and reader.known != NO_LIMIT:
                body = self._known_enough(reader, today, name, length, standing)
            if body is None:
                body, lo, hi = _state_body(reader, today, name)
                self.spans.store(key, lo, hi, body, length, standing)
        return head[:-1] + b"," + body[1:]

    def _known_enough(
        self, reader: Reader, today: int, name: str | None, length: int, standing: Any
    ) -> bytes | None:
        """The state knowing everything on ``today``, if it is the state knowing what
        ``reader.known`` knows: computed once for a span of days with a knowledge date that
        notes the least knowledge each comparison made with it needed (``canonical.Need``),
        it is the answer for every knowledge date that meets all of them. A state long
        before what it knew most often is (its facts reported by then, its plans ahead too)."""
        index = reader.index
        key = (index.serial, NEEDED, reader.release, name)
        found = self.spans.entry(key, today, length, standing, _changed_from(index, NO_LIMIT))
        if found is None:
            body, lo, hi, needs = _needing_body(reader, today, name)
            self.spans.store(key, lo, hi, body, length, standing, needs)
            return body if needs.met(today, reader.known) else None
        _, _, kept, packed, kept_needs = found
        if kept_needs is None or not kept_needs.met(today, reader.known):
            return None
        return self.spans.unpack(kept, packed)

    def cached_state(self, as_of: date, known_as_of: date | None = None) -> bytes | None:
        """``state_json(as_of, known_as_of)`` (the active release, the default negotiation,
        corrected) if its body is at hand, else None; never waits for the index, so an event
        loop may ask while another thread computes a state: it reads what the last default
        state took from the index (``_Default``), never the index, and answers only while
        the views are at that state's position (None too before one was answered there)."""
        found = self._default
        if found is None or found.index is not self.index or found.position != self.position:
            return None
        today = as_of.toordinal()
        known = found.knowing(today, known_as_of.toordinal() if known_as_of else NO_LIMIT)
        key = (found.serial, known, found.release, found.name)
        body = self.spans.lookup(key, today, found.length, found.standing, None)
        if body is None and known != NO_LIMIT:
            needed = (found.serial, NEEDED, found.release, found.name)
            body = self.spans.lookup(needed, today, found.length, found.standing, None, known)
        if body is None:
            return None
        echo = {
            "as_of": as_of.isoformat(),
            "known_as_of": known_as_of.isoformat() if known_as_of else None,
            "position": found.position,
        }
        return orjson.dumps(echo)[:-1] + b"," + body[1:]

    def positions(
        self,
        actor: str | None,
        as_of: date,
        known_as_of: date | None = None,
        release: str | None = None,
        negotiation: str | None = None,
        raw: bool = False,
    ) -> dict[str, Any]:
        """Each actor's (or one actor's) stance per issue on ``as_of``, since when, and why."""
        with self._lock:
            reader, name = self._reader(release, known_as_of, negotiation, raw)
            return {**positions.positions(reader, actor, as_of), "negotiation": name}

    def timeline(
        self,
        start: date | None = None,
        end: date | None = None,
        release: str | None = None,
        known_as_of: date | None = None,
        negotiation: str | None = None,
        raw: bool = False,
    ) -> list[dict[str, Any]]:
        """Happenings in world-date order, each report of the same one merged with its sources
        (of the negotiation ``negotiation_of`` names)."""
        with self._lock:
            reader, _ = self._reader(release, known_as_of, negotiation, raw)
            return timeline.timeline(reader, start, end)

    def changes(
        self,
        start: date,
        end: date,
        release: str | None = None,
        negotiation: str | None = None,
        raw: bool = False,
    ) -> dict[str, Any]:
        """What changed between the state on ``start`` and the state on ``end``."""
        with self._lock:
            reader, name = self._reader(release, None, negotiation, raw)
            return {**talks.changes(reader, start, end), "negotiation": name}

    def actors(
        self, release: str | None = None, negotiation: str | None = None, raw: bool = False
    ) -> list[dict[str, Any]]:
        """Actor ids seen in the release's events, with how often and in which roles."""
        with self._lock:
            reader, _ = self._reader(release, None, negotiation, raw)
            return positions.actors(reader)

    def negotiation_of(
        self, negotiation: str | None, release: str | None = None, raw: bool = False
    ) -> str | None:
        """The negotiation a read naming ``negotiation`` answers for: it, or by default the
        one with the most events."""
        with self._lock:
            return negotiation or largest(self._partition(release, raw)[1])

    def negotiations(
        self, release: str | None = None, known_as_of: date | None = None, raw: bool = False
    ) -> list[dict[str, Any]]:
        """The negotiations the release's events belong to, the most events first."""
        with self._lock:
            _, found, _ = self._partition(release, raw)
            known = known_as_of.toordinal() if known_as_of else NO_LIMIT
            return negotiations.listing(found, known)

    def _reader(
        self,
        release: str | None,
        known_as_of: date | None,
        negotiation: str | None = None,
        raw: bool = False,
    ) -> tuple[Reader, str | None]:
        """What one query reads from (the corrected record unless ``raw``), and the
        negotiation it answers for; call with the index lock held."""
        name, found, records = self._partition(release, raw)
        chosen = negotiation or largest(found)
        index = found.get(chosen or "") or ReleaseIndex()
        known = known_as_of.toordinal() if known_as_of else NO_LIMIT
        reader = Reader(
            name,
            index,
            self.remembered,
            self.position,
            known,
            cache=dict(records),
            sides=negotiations.declared_sides(chosen),
        )
        return reader, chosen

    def _partition(
        self, release: str | None, raw: bool
    ) -> tuple[str | None, dict[str, ReleaseIndex], dict[int, dict[str, Any]]]:
        """The release, its indexes by negotiation (corrected unless ``raw``) and the
        corrected records by position; call with the index lock held."""
        self.index.settle()
        name, found = self.index.negotiations(release)
        if not raw:
            corrected = self._corrected(name, found)
            if corrected is not None:
                return name, *corrected
        return name, found, {}

    def _corrected(
        self, name: str | None, found: dict[str, ReleaseIndex]
    ) -> tuple[dict[str, ReleaseIndex], dict[int, dict[str, Any]]] | None:
        # Derived again when the log has moved on: a new correction, or a new event a
        # correction may attach to.
        key = (name, self.position)
        if self._corrections[0] != key:
            corrected = None
            if not self._uncorrected(self.position):
                corrected = corrected_index(self.app, self.store, name, found, self.position)
            self._corrections = (key, corrected)
        return self._corrections[1]

    def _uncorrected(self, position: int) -> bool:
        """Whether the log holds no correction up to ``position``: asked of the part not
        asked about before only (reading every correction scans the whole log)."""
        if self._uncorrected_upto < position:
            found = self.app.recorder.select_notifications(
                self._uncorrected_upto,
                1,
                stop=position,
                topics=CORRECTION_TOPICS,
                inclusive_of_start=False,
            )
            if found:
                # Up to just before it there is none: the next look starts there.
                self._uncorrected_upto = found[0].id - 1
                return False
            self._uncorrected_upto = position
        return True

    # Processing

    def _sync(self) -> int:
        """Loads facts another process (or an earlier run) stored; returns the stored position."""
        stored, active = self.store.tracking()
        withdrawn = self.app.hidden()
        with self._lock:
            # The view was reset by a rebuild elsewhere, or another process withdrew an
            # article (and erased the views) or stored a later version of one (and reset
            # them): load them again.
            if stored < self.index.position or withdrawn != self._withdrawn:
                self._forget()
                self._withdrawn = withdrawn
                self._snapshot_at = 0
                self.restored = None
            rows = self.store.facts(self.index.position, stored)
            big = stored - self.index.position > FREEZE_AFTER
            with _bulk(big):
                self.index.load(_freezing(rows) if big else rows)
            self.index.position = stored
            self.index.active = active
        return stored

    def _process(self, after: int, target: int) -> bool:
        """Projects (after, target] page by page; False if another process got there first."""
        active = self.index.active
        big = target - after > FREEZE_AFTER
        page = max(self.page, BIG_PAGE) if big else self.page
        with _bulk(big):
            return self._pages(after, target, page, active, big)

    def _pages(self, after: int, target: int, page: int, active: str | None, big: bool) -> bool:
        # In a big load the next page is read, and the last one written, while this one is
        # decoded: the database works on the other core meanwhile (a page is written and
        # indexed only once the one before it was stored).
        pages = _ahead(self._read_pages(after, target, page)) if big else None
        writing = _Writer(self.store, self._apply) if big else None
        try:
            for start, upto, notifications in (
                pages if pages is not None else self._read_pages(after, target, page)
            ):
                facts: list[Fact] = []
                withdrawn = self.app.hidden()
                self.decoder.prefetch(notifications)
                for notification in notifications:
                    if notification.topic in RELEASE_TOPICS:
                        active = self.app.mapper.to_domain_event(notification).release  # type: ignore[attr-defined]
                    else:
                        found = self.decoder.fact(notification, notification.id)
                        if found.record.get("article") not in withdrawn:
                            facts.append(found)
                if writing is not None and not writing.done():
                    return False
                if start and self._supersedes_stored(start, upto):
                    return False  # views reset: _sync loads them again, from zero
                if writing is not None:
                    writing.submit(start, upto, active, facts)
                    # The index only grows during a big load: full collections walking it
                    # again and again would cost more than the load itself.
                    gc.freeze()
                elif self.store.write(start, upto, active, facts):
                    self._apply(facts, upto, active)
                else:
                    return False
            return writing is None or writing.done()
        finally:
            if writing is not None:
                writing.close()
            if pages is not None:
                pages.close()

    def _read_pages(
        self, after: int, target: int, page: int
    ) -> Iterator[tuple[int, int, list[Any]]]:
        """(after, upto, the log's catalog and release events in (after, upto]) page by page."""
        while after < target:
            # No upper bound in the query, the target is applied here: with one (and the
            # statistics of a log that grew fast, or were never gathered) PostgreSQL planned
            # to read and sort the whole rest of the log for each page, seconds a page at 1M
            # events; an open range in position order stops after a page.
            fetched = self.app.recorder.select_notifications(
                after, page, topics=TOPICS, inclusive_of_start=False
            )
            notifications = [n for n in fetched if n.id <= target]
            full = len(notifications) == page
            upto = notifications[-1].id if full else target
            yield after, upto, notifications
            after = upto

    def _supersedes_stored(self, after: int, upto: int) -> bool:
        """Resets the views if an article stored in (after, upto] supersedes one whose facts
        they may hold: they are projected again from zero, leaving the old version out (its
        key and text are kept; only reads change)."""
        supersessions = self.app.supersessions()
        fresh = [
            old
            for old, position in supersessions.items()
            if after < position <= upto and old not in self._reprojected
        ]
        if not fresh:
            return False
        self.store.reset()
        self._reprojected = frozenset(supersessions)
        return True

    def _apply(self, facts: list[Fact], position: int, active: str | None) -> None:
        with self._lock:
            for each in facts:
                self.index.add(each)
            self.index.position = position
            self.index.active = active


class _Default:
    """What a state of the default query (the active release, the default negotiation,
    corrected) took from the index, kept as it was then: a lookup with it reads no index
    (another thread may be adding facts to one), and finds what ``state_json`` would at
    this position. Its parts are never changed after: the index replaces its list of
    report days rather than changing it."""

    __slots__ = (
        "days",
        "index",
        "latest",
        "length",
        "name",
        "position",
        "release",
        "serial",
        "standing",
    )

    def __init__(self, index: Index, position: int, reader: Reader, name: str | None) -> None:
        found = reader.index
        self.index, self.position, self.release, self.name = index, position, reader.release, name
        self.serial, self.length, self.standing = found.serial, len(found), found.standing()
        self.days = found.report_days()
        self.latest = found.everything.latest_report()

    def knowing(self, today: int, known: int) -> int:
        """``_knowing`` of the index as it was."""
        if known == NO_LIMIT or known >= today + talks.AHEAD_DAYS + self.latest:
            return NO_LIMIT
        return _knowledge(self.days, known)


def _knowing(index: ReleaseIndex, today: int, known: int) -> int:
    """The knowledge date a state's body is kept under: the last day facts were reported on
    by ``known``, or no limit when every fact the date reads was reported by then (a state
    reads facts started by AHEAD_DAYS after its date, none reported more than
    ``latest_report`` days after its start)."""
    if known == NO_LIMIT:
        return known
    if known >= today + talks.AHEAD_DAYS + index.everything.latest_report():
        return NO_LIMIT
    return index.knowledge(known)


def _changed_from(index: ReleaseIndex, known: int) -> Callable[[int], int]:
    """The first day the facts indexed after the first ``n`` may change a state on, knowing
    what was reported by ``known``: none, if none of them was reported by then (a state
    reads only facts it knows, and what every date reads of all of them, ``standing``, is
    checked apart)."""

    def first(n: int) -> int:
        if known != NO_LIMIT and known < index.first_report_since(n):
            return FAR
        return index.earliest_since(n) - talks.AHEAD_DAYS

    return first


def _needing_body(reader: Reader, today: int, name: str | None) -> tuple[bytes, int, int, Needs]:
    """The state knowing everything on ``today`` (see ``_state_body``), with the knowledge it
    needs to be the state of a knowing date too: none if its knowledge date was used other
    than compared (then the body is empty, never served)."""
    needs = Needs()
    known = reader.known
    reader.known = cast(int, Need(needs))
    span = Span(today)
    try:
        body = orjson.dumps({**talks.state_on(reader, cast(int, Day(span))), "negotiation": name})
    except Exception:
        needs.spoiled = True
        span.point()
        body = b""
    finally:
        reader.known = known
    lo, hi = span.close()
    return body, lo, hi, needs


def _state_body(reader: Reader, today: int, name: str | None) -> tuple[bytes, int, int]:
    """The state on ``today`` without its echo, encoded, and the span of days it holds for."""
    span = Span(today)
    try:
        day = cast(int, Day(span))  # stands in for the int, following what is done with it
        body = orjson.dumps({**talks.state_on(reader, day), "negotiation": name})
    except Exception:  # the day was used in a way a Day does not follow: this day's answer
        span.point()
        body = orjson.dumps({**talks.state_on(reader, today), "negotiation": name})
    lo, hi = span.close()
    return body, lo, hi


class _Writer:
    """Stores pages of facts in a thread of its own, one at a time and in order; each is
    indexed once stored. ``done`` waits for the page under way: False if another process
    moved the views first (nothing later is stored then)."""

    def __init__(self, store: ViewStore, apply: Callable[[list[Fact], int, str | None], None]):
        self.store, self.apply = store, apply
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="parley-views-write")
        self.pending: Future[bool] | None = None

    def submit(self, after: int, upto: int, active: str | None, facts: list[Fact]) -> None:
        self.pending = self.thread.submit(self._write, after, upto, active, facts)

    def _write(self, after: int, upto: int, active: str | None, facts: list[Fact]) -> bool:
        if not self.store.write(after, upto, active, facts):
            return False
        self.apply(facts, upto, active)
        return True

    def done(self) -> bool:
        pending, self.pending = self.pending, None
        return pending is None or pending.result()

    def close(self) -> None:
        """Waits for the page under way (stored or not, never half) and ends the thread."""
        with contextlib.suppress(Exception):
            self.done()
        self.thread.shutdown(wait=True)


class _Ahead(Iterator[Any]):
    """An iterator's next item read in a thread while the caller works on the current one."""

    def __init__(self, items: Iterator[Any]) -> None:
        self.items = items
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="parley-views-read")
        self.next: Future[Any] = self.thread.submit(next, items, _END)

    def __next__(self) -> Any:
        item = self.next.result()
        if item is _END:
            raise StopIteration
        self.next = self.thread.submit(next, self.items, _END)
        return item

    def close(self) -> None:
        self.next.cancel()
        self.thread.shutdown(wait=True)


_END = object()


def _ahead(items: Iterator[Any]) -> _Ahead:
    return _Ahead(items)


@contextlib.contextmanager
def _bulk(big: bool) -> Iterator[None]:
    """Collects garbage rarely while a big load runs: each event makes dozens of objects,
    and the young generations' collections, run every 700 of them, took a quarter of a
    rebuild's CPU; what a load makes is long-lived or freed by reference counts."""
    if not big:
        yield
        return
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], BULK_GC), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _freezing(rows: Iterator[tuple[Any, ...]], every: int = FREEZE_AFTER) -> Iterator[Any]:
    """Passes rows on, taking what was loaded so far out of the GC's sight now and then."""
    for n, row in enumerate(rows, 1):
        yield row
        if n % every == 0:
            gc.freeze()
