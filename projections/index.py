"""In-memory time indexes over the persisted facts: as-of questions bisect, never replay.

Every series is sorted by (occurred start, position) in compact integer arrays, so a
million facts take tens of megabytes. New facts wait in a buffer until ``settle()``:
a few are inserted in place, many at once (a rebuild) are merged with one sort.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from typing import Any

from projections.facts import PROPOSAL_TYPES, STANCE_CODES, Fact

NO_LIMIT = 1 << 31
RESORT_AT = 256  # pending facts above which one sort beats inserting each


class Series:
    """Facts sorted by occurred start, with when they were reported and where they are."""

    __slots__ = ("extra", "pending", "positions", "reported", "starts")

    def __init__(self) -> None:
        self.starts = array("i")
        self.reported = array("i")
        self.positions = array("q")
        self.extra = array("b")
        self.pending: list[tuple[int, int, int, int]] = []

    def __len__(self) -> int:
        return len(self.starts) + len(self.pending)

    def add(self, start: int, reported: int, position: int, extra: int = 0) -> None:
        self.pending.append((start, position, reported, extra))

    def settle(self) -> None:
        """Merges the pending facts into the sorted arrays."""
        if not self.pending:
            return
        if len(self.pending) > RESORT_AT and len(self.pending) * 500 > len(self.starts):
            self._resort()
            return
        for start, position, reported, extra in sorted(self.pending):
            i = bisect_right(self.starts, start)
            while i and self.starts[i - 1] == start and self.positions[i - 1] > position:
                i -= 1
            self.starts.insert(i, start)
            self.positions.insert(i, position)
            self.reported.insert(i, reported)
            self.extra.insert(i, extra)
        self.pending.clear()

    def _resort(self) -> None:
        rows = list(zip(self.starts, self.positions, self.reported, self.extra, strict=True))
        rows.extend(self.pending)
        rows.sort()
        self.pending.clear()
        self.starts = array("i", (r[0] for r in rows))
        self.positions = array("q", (r[1] for r in rows))
        self.reported = array("i", (r[2] for r in rows))
        self.extra = array("b", (r[3] for r in rows))

    def upto(self, as_of: int) -> int:
        """How many facts started on or before ``as_of``."""
        return bisect_right(self.starts, as_of)

    def backwards(self, as_of: int, known: int = NO_LIMIT, since: int = -NO_LIMIT) -> Iterator[int]:
        """Indexes of facts started in [since, as_of] and reported by ``known``, latest first."""
        starts, reported = self.starts, self.reported
        for i in range(self.upto(as_of) - 1, -1, -1):
            if starts[i] < since:
                return
            if reported[i] <= known:
                yield i

    def forwards(self, after: int, until: int, known: int = NO_LIMIT) -> Iterator[int]:
        """Indexes of facts started in (after, until] and reported by ``known``, earliest first."""
        starts, reported = self.starts, self.reported
        for i in range(self.upto(after), len(starts)):
            if starts[i] > until:
                return
            if reported[i] <= known:
                yield i

    def latest(self, as_of: int, known: int = NO_LIMIT) -> int | None:
        return next(self.backwards(as_of, known), None)


class ReleaseIndex:
    """The time indexes of one extractor release's facts."""

    def __init__(self) -> None:
        self.everything = Series()
        self.by_type: dict[str, Series] = {}
        self.stances: dict[tuple[str, str], Series] = {}
        self.proposals: dict[str, Series] = {}
        self.expected = Series()
        self.proposal_log = Series()
        self.dirty: set[Series] = set()
        self.actors: Counter[str] = Counter()
        self.roles: dict[str, Counter[str]] = {}
        self.last_position = 0

    def add(self, fact: Fact) -> None:
        at = (fact.start, fact.reported, fact.position)
        self._add(self.everything, *at)
        self._add(_series(self.by_type, fact.type), *at)
        if fact.type in PROPOSAL_TYPES:
            self._add(self.proposal_log, *at)
        if fact.modality == "expected":
            self._add(self.expected, *at)
        for actor, issue, stance in fact.keys.get("s", ()):
            self._add(_series(self.stances, (actor, issue)), *at, STANCE_CODES[stance])
        if "p" in fact.keys:
            self._add(_series(self.proposals, fact.keys["p"]), *at)
        for actor, role in fact.keys.get("a", ()):
            self.actors[actor] += 1
            self.roles.setdefault(actor, Counter())[role] += 1
        self.last_position = max(self.last_position, fact.position)

    def _add(self, series: Series, *at: int) -> None:
        series.add(*at)
        self.dirty.add(series)

    def settle(self) -> None:
        for series in self.dirty:
            series.settle()
        self.dirty.clear()

    def of_type(self, name: str) -> Series:
        return self.by_type.get(name) or EMPTY


EMPTY = Series()


def _series(table: dict[Any, Series], key: Any) -> Series:
    series = table.get(key)
    if series is None:
        series = table[key] = Series()
    return series


class Index:
    """Time indexes per extractor release, and which release is active."""

    def __init__(self) -> None:
        self.releases: dict[str, ReleaseIndex] = {}
        self.active: str | None = None
        self.latest_release: str | None = None
        self.position = 0

    def add(self, fact: Fact) -> None:
        index = self.releases.get(fact.release)
        if index is None:
            index = self.releases[fact.release] = ReleaseIndex()
        index.add(fact)
        self.latest_release = fact.release

    def settle(self) -> None:
        for release in self.releases.values():
            release.settle()

    def release(self, name: str | None) -> tuple[str | None, ReleaseIndex]:
        """The named release's index, by default the active one's (an empty one if unknown)."""
        name = name or self.active or self.latest_release
        return name, self.releases.get(name or "") or ReleaseIndex()
