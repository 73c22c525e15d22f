"""What one query reads: a release's time indexes, the knowledge cut-off, and cited records."""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import Any

from projections.canonical import Day
from projections.facts import source
from projections.index import NO_LIMIT, ReleaseIndex, Series, known_indexes
from projections.store import ViewStore


class Remembered:
    """A view store's records and sources, kept once read, for every query: a stored fact
    never changes (views reset or erased are read through a new one), and neighbouring
    dates' answers read mostly the same facts. Reading one again costs a query and a JSON
    parse, a fifth of a state's time when states on many dates read more than were kept:
    a hundred thousand (about 2 kB each) hold what states on any date and knowledge date
    across eight months of dense reports read (fifty thousand did not: 12% more CPU per
    state, bench/state_bench.py's store)."""

    def __init__(self, store: ViewStore, size: int = 100_000) -> None:
        self.store = store
        self.size = size
        self._records: dict[int, dict[str, Any]] = {}
        self._sources: dict[int, dict[str, Any]] = {}
        self._unfrozen = 0  # records and sources kept since the last freeze
        self._freezes = 0

    def _kept(self, count: int) -> None:
        """Takes what was kept out of the cyclic GC's sight once ``FREEZE_KEPT`` more were:
        a hundred thousand kept records are millions of objects, and each full collection
        walked them all again (at 100k events on PostgreSQL, a quarter of a state's CPU
        while they filled). What is collectable is collected first, so none of it stays;
        a record is no cycle, and one dropped later is freed as before. Only while they
        fill (as many freezes as fit twice ``size``, records and sources): what else lives
        then (a request under way) may become a cycle never collected, so a server whose
        kept records turn over does not freeze again and again."""
        self._unfrozen += count
        if self._unfrozen >= FREEZE_KEPT and self._freezes < 2 * self.size // FREEZE_KEPT:
            self._unfrozen = 0
            self._freezes += 1
            gc.collect()  # of what was not frozen before: young, so quick
            gc.freeze()

    def records(self, positions: Iterable[int]) -> dict[int, dict[str, Any]]:
        return self._recall(self._records, self.store.records, positions)

    def sources(self, positions: Iterable[int]) -> dict[int, dict[str, Any]]:
        return self._recall(self._sources, self.store.sources, positions)

    def _recall(
        self,
        kept: dict[int, dict[str, Any]],
        read: Callable[[list[int]], dict[int, dict[str, Any]]],
        positions: Iterable[int],
    ) -> dict[int, dict[str, Any]]:
        found, missing = {}, []
        for p in positions:
            r = kept.get(p)
            if r is None:
                missing.append(p)
            else:
                found[p] = r
        if missing:
            fetched = read(missing)
            found.update(fetched)
            if len(kept) + len(fetched) > self.size:  # the oldest half goes
                for p in list(islice(kept, len(kept) // 2 + len(fetched))):
                    del kept[p]
            kept.update(fetched)
            self._kept(len(fetched))
        return found


FREEZE_KEPT = 5_000


@dataclass
class Reader:
    """A release's indexes as of a query, with the records it cites fetched in batches."""

    release: str | None
    index: ReleaseIndex
    store: ViewStore | Remembered
    position: int
    known: int = NO_LIMIT
    cache: dict[int, dict[str, Any]] = field(default_factory=dict)
    cited: dict[int, dict[str, Any]] = field(default_factory=dict)
    # The negotiation's own sides (its data entry, or the two ids its id is made of): the
    # actors demanding most may be a mediator when a negotiation has few reports.
    sides: frozenset[str] = frozenset()
    # What parts of one answer read alike (the positions a part reads, found first to read
    # every record at once): found once per day asked (an int, or a ``canonical.Day``,
    # by identity: hashing one would narrow its span to the day), with what it was found for.
    found: dict[tuple[Any, ...], tuple[Any, Any]] = field(default_factory=dict)

    def once(self, name: Hashable, today: Any, make: Callable[[], Any]) -> Any:
        """``make()`` for the day ``today`` (or another object, by identity) and this
        reader's knowledge, found once (kept with the object, so that its id names no other
        while the reader lives)."""
        key = (name, self.known, today) if type(today) is int else (name, self.known, id(today))
        entry = self.found.get(key)
        if entry is None:
            entry = self.found[key] = (today, make())
        return entry[1]

    @property
    def known_as_of(self) -> str | None:
        return None if self.known == NO_LIMIT else date.fromordinal(self.known).isoformat()

    def fetch(self, positions: Iterable[int]) -> None:
        """Reads the records at these positions in one round trip (skipping those in hand)."""
        missing = [p for p in positions if p not in self.cache]
        if missing:
            self.cache.update(self.store.records(missing))

    def record(self, position: int) -> dict[str, Any]:
        if position not in self.cache:
            self.fetch((position,))
        return self.cache[position]

    def records(self, positions: list[int]) -> list[dict[str, Any]]:
        self.fetch(positions)
        return [self.cache[p] for p in positions]

    def fetch_sources(self, positions: Iterable[int]) -> None:
        """Reads what answers cite of these positions, when their records are not needed."""
        missing = [p for p in positions if p not in self.cache and p not in self.cited]
        if missing:
            self.cited.update(self.store.sources(missing))

    def source(self, position: int) -> dict[str, Any]:
        cited = self.cited.get(position)
        if cited is not None:
            return cited
        record = self.cache.get(position)
        if record is not None:
            return derived(record, "source", lambda: source(record))  # type: ignore[no-any-return]
        self.fetch_sources((position,))
        return self.cited[position]

    def latest(
        self, series: Series, as_of: int, since: int = -NO_LIMIT, limit: int = 50
    ) -> list[int]:
        """Positions of the latest facts of a series started in [since, as_of], latest first."""
        found = self._latest(series, as_of, since, max(limit, 1))
        return list(map(series.positions.__getitem__, found))

    def latest_starts(
        self, series: Series, as_of: int, since: int = -NO_LIMIT, limit: int = 50
    ) -> list[tuple[int, int]]:
        """(start, position) of the latest facts of a series started in [since, as_of]."""
        starts, positions = series.starts, series.positions
        return [
            (starts[i], positions[i]) for i in self._latest(series, as_of, since, max(limit, 1))
        ]

    def _latest(self, series: Series, as_of: int, since: int, limit: int) -> Iterable[int]:
        """The indexes of the first ``limit`` facts ``series.backwards`` walks. Since a
        ``Day``, the walk is taken by its value and its span narrowed after, as the walk's
        own comparisons would: with the earliest start handed out (each fact handed out
        starts on or after ``since``; the earliest says the most), and, when the walk ran
        out before ``limit``, with the fact before the window."""
        known = self.known
        if type(since) is not Day or type(known) is not int:
            return islice(series.backwards(as_of, known, since), limit)
        starts = series.starts
        last = series.upto_known(as_of, known)
        first = bisect_left(starts, since.value, 0, last)
        found = list(
            islice(known_indexes(series.reported, range(last - 1, first - 1, -1), known), limit)
        )
        if found:
            since <= starts[found[-1]]  # noqa: B015 (compared for the narrowing)
        if len(found) < limit and first:
            since > starts[first - 1]  # noqa: B015
        return found


def actor_ids(record: dict[str, Any], *roles: str) -> list[str]:
    return [a["id"] for a in record["actors"] if not roles or a["role"] in roles]


# What answers derive from a record alone, kept by the record's identity: a stored record
# never changes (a corrected one is another dict), and neighbouring dates' answers read mostly
# the same records, each deriving the same sides, citations and readings of its sentence
# again (a computed state read ~300 records and derived from them ~1,000 times). The entry
# holds its record, so an id is never taken for another's while kept; all goes at the bound.
DERIVED_BOUND = 60_000
_derived: dict[int, tuple[dict[str, Any], dict[Any, Any]]] = {}
MEMO = True  # False: every derivation made afresh (tests compare the two)


def derived(record: dict[str, Any], key: Any, make: Callable[[], Any]) -> Any:
    """``make()``, a pure function of ``record`` (and of what ``key`` names), kept with the
    record while it is in use. Callers must not change what it returns."""
    if not MEMO:
        return make()
    entry = _derived.get(id(record))
    if entry is None or entry[0] is not record:
        if len(_derived) >= DERIVED_BOUND:
            _derived.clear()
        entry = _derived[id(record)] = (record, {})
    found = entry[1].get(key, _MISSING)
    if found is _MISSING:
        found = entry[1][key] = make()
    return found


_MISSING = object()


@lru_cache(maxsize=65_536)
def day(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()
