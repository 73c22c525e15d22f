"""In-memory time indexes over the persisted facts: as-of questions bisect, never replay.

Every series is sorted by (occurred start, position) in compact integer arrays, so a
million facts take tens of megabytes. New facts wait in a buffer until ``settle()``:
a few are inserted in place, many at once (a rebuild) are merged with one sort.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from itertools import compress, count
from typing import Any

import orjson

from projections.canonical import NO_LIMIT, Day, Need, bisect_right_day
from projections.facts import PROPOSAL_TYPES, SIDE_TYPES, STANCE_CODES, Fact, principals

RESORT_AT = 256  # pending facts above which one sort beats inserting each
SERIALS = count(1)


class Series:
    """Facts sorted by occurred start, with when they were reported and where they are."""

    __slots__ = ("extra", "lag", "lead", "pending", "positions", "reported", "starts")

    def __init__(self) -> None:
        self.starts = array("i")
        self.reported = array("i")
        self.positions = array("q")
        self.extra = array("b")
        self.pending: list[tuple[int, int, int, int]] = []
        # The most days any fact starts after it was reported (a plan: ``lead``) and is
        # reported after it started (``lag``); None until found (restored from a snapshot).
        self.lead: int | None = -NO_LIMIT
        self.lag: int | None = -NO_LIMIT

    def __len__(self) -> int:
        return len(self.starts) + len(self.pending)

    def add(self, start: int, reported: int, position: int, extra: int = 0) -> None:
        self.pending.append((start, position, reported, extra))
        if self.lead is not None and start - reported > self.lead:
            self.lead = start - reported
        if self.lag is not None and reported - start > self.lag:
            self.lag = reported - start

    def _spread(self) -> tuple[int, int]:
        """(lead, lag), found once from the facts when not kept as they were added."""
        if self.lead is None or self.lag is None:
            rows = list(zip(self.starts, self.reported, strict=True))
            rows += [(start, reported) for start, _, reported, _ in self.pending]
            self.lead = max((s - r for s, r in rows), default=-NO_LIMIT)
            self.lag = max((r - s for s, r in rows), default=-NO_LIMIT)
        return self.lead, self.lag

    def latest_report(self) -> int:
        """The most days after its start any fact was reported (-NO_LIMIT if none was)."""
        return self._spread()[1]

    def bound(self, known: int) -> int:
        """How many facts (from the first) start early enough to have been reported by
        ``known``: none later was, as each starts at most ``lead`` days after its report. A
        walk stops there rather than passing every fact reported after ``known``, and a date
        is compared with those facts' starts only (a ``canonical.Day`` then narrows its span
        by what may be known, not by every later fact)."""
        if type(known) is int and known == NO_LIMIT:
            return len(self.starts)
        if type(known) is Need:
            # Knowing everything: none is left out. The bound only spares a walk facts its
            # knowledge date leaves out; it notes what it needs of the facts it hands out.
            return len(self.starts)
        return bisect_right_day(self.starts, known + self._spread()[0])

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

    def upto_known(self, as_of: int, known: int = NO_LIMIT) -> int:
        """``upto(as_of)``, or fewer: the facts after the first ``bound(known)`` (none of
        them reported by ``known``) left out."""
        return bisect_right_day(self.starts, as_of, 0, self.bound(known))

    def backwards(self, as_of: int, known: int = NO_LIMIT, since: int = -NO_LIMIT) -> Iterator[int]:
        """Indexes of facts started in [since, as_of] and reported by ``known``, latest first."""
        # Bounds found by bisection, so a bound compared by value (a canonical.Day) is
        # compared a few times, not once per fact.
        last = self.upto_known(as_of, known)
        if isinstance(since, Day):
            return _down_to(self.starts, self.reported, last, since, known)
        first = bisect_left(self.starts, since, 0, last) if since != -NO_LIMIT else 0
        return known_indexes(self.reported, range(last - 1, first - 1, -1), known)

    def forwards(self, after: int, until: int, known: int = NO_LIMIT) -> Iterator[int]:
        """Indexes of facts started in (after, until] and reported by ``known``, earliest first."""
        end = self.bound(known)
        first = bisect_right_day(self.starts, after, 0, end)
        if isinstance(until, Day):
            return _up_to(self.starts, self.reported, first, end, until, known)
        last = bisect_right(self.starts, until, first, end)
        return known_indexes(self.reported, range(first, last), known)

    def latest(self, as_of: int, known: int = NO_LIMIT) -> int | None:
        return next(self.backwards(as_of, known), None)


def _down_to(
    starts: array[int], reported: array[int], last: int, since: Day, known: int
) -> Iterator[int]:
    """``backwards`` from ``last`` to a ``since`` that is a ``Day``, narrowing its span by
    the facts the walk hands out (and, once it is over, the first one it left out): a walk
    stopped after a few facts holds for every day its window still holds them."""
    first = bisect_left(starts, since.value, 0, last)
    compared = None  # a start compared already: comparing its equal again narrows nothing
    for i in known_indexes(reported, range(last - 1, first - 1, -1), known):
        if starts[i] != compared:
            compared = starts[i]
            since <= compared  # noqa: B015 (compared for the narrowing)
        yield i
    if first:
        since > starts[first - 1]  # noqa: B015


def _up_to(
    starts: array[int], reported: array[int], first: int, end: int, until: Day, known: int
) -> Iterator[int]:
    """``forwards`` from ``first`` to an ``until`` that is a ``Day`` (see ``_down_to``)."""
    last = bisect_right(starts, until.value, first, end)
    compared = None
    for i in known_indexes(reported, range(first, last), known):
        if starts[i] != compared:
            compared = starts[i]
            compared <= until  # noqa: B015
        yield i
    if last < end:
        starts[last] > until  # noqa: B015


def known_indexes(reported: array[int], indexes: range, known: int) -> Iterator[int]:
    """The indexes of facts reported by ``known``; each day of report compared once."""
    if type(known) is int:
        # Iterators of C functions, not a generator: walks are most of a state's time.
        if known == NO_LIMIT:
            return iter(indexes)
        return compress(indexes, map(known.__ge__, map(reported.__getitem__, indexes)))
    return _known_by(reported, indexes, known)


def _known_by(reported: array[int], indexes: range, known: Any) -> Iterator[int]:
    """``_known`` for a knowledge date that is not an int (a ``canonical.Day``)."""
    outcomes: dict[int, bool] = {}
    for i in indexes:
        day = reported[i]
        by = outcomes.get(day)
        if by is None:
            by = outcomes[day] = bool(day <= known)
        if by:
            yield i


class Stances(Series):
    """A series of one actor's stances on one issue, knowing where each run of a stance began:
    who holds what as of a date is one bisect, however long the run."""

    __slots__ = ("runs",)

    def __init__(self) -> None:
        super().__init__()
        self.runs = array("q")  # runs[i]: index of the first fact of the run holding fact i

    def settle(self) -> None:
        if not self.pending:
            return
        super().settle()
        extra, runs, first = self.extra, array("q", bytes(8 * len(self.extra))), 0
        for i in range(1, len(extra)):
            if extra[i] != extra[i - 1]:
                first = i
            runs[i] = first
        self.runs = runs


class ReleaseIndex:
    """The time indexes of one extractor release's facts.

    Facts are only ever added: ``serial`` (unique to this index) and its length name what
    it holds, and answers computed from it can be kept under them."""

    def __init__(self) -> None:
        self.serial = next(SERIALS)
        self._known_days: tuple[int, list[int]] = (-1, [])
        self._derived: dict[Hashable, tuple[int, Any]] = {}
        self.added = array("i")  # each fact's start, in the order indexed ...
        self.added_reported = array("i")  # ... and the day it was reported on
        # How many facts the index held before the first in ``added`` (restored from a
        # snapshot, which keeps no order of indexing).
        self.added_from = 0
        self.everything = Series()
        self.by_type: dict[str, Series] = {}
        self.stances: dict[tuple[str, str], Stances] = {}
        self._sorted_stances: list[tuple[tuple[str, str], Stances]] | None = None
        self.expected = Series()
        self.proposal_log = Series()
        self.venue_of: dict[int, str | None] = {}  # where the talks opened at a position are
        self.dirty: set[Series] = set()
        self.actors: Counter[str] = Counter()
        self.roles: dict[str, Counter[str]] = {}
        self.mediating: Counter[str] = Counter()  # named as a mediator
        self._memo: dict[tuple[Any, ...], frozenset[str]] = {}
        self._sides: dict[tuple[Any, ...], frozenset[str]] = {}
        self.siding: Counter[str] = Counter()  # demanding, rejecting or countering as a subject
        self.last_position = 0

    def __len__(self) -> int:
        return len(self.everything)

    def add(self, fact: Fact) -> None:
        f = fact
        self.add_parts(f.position, f.type, f.start, f.reported, f.modality, f.keys)

    def add_parts(
        self, position: int, type: str, start: int, reported: int, modality: str, keys: dict
    ) -> None:
        """Indexes one fact given as its parts (loading many skips building Fact objects)."""
        at = (start, reported, position)
        self.added.append(start)
        self.added_reported.append(reported)
        self._add(self.everything, *at)
        self._add(_series(self.by_type, type), *at)
        if type in PROPOSAL_TYPES:
            self._add(self.proposal_log, *at)
        if modality == "expected":
            self._add(self.expected, *at)
        for actor, issue, stance in keys.get("s", ()):
            series = self.stances.get((actor, issue))
            if series is None:
                series = self.stances[actor, issue] = Stances()
                self._sorted_stances = None
            self._add(series, *at, STANCE_CODES[stance])
        if "v" in keys:
            self.venue_of[position] = keys["v"]
        for actor in keys.get("m", ()):
            self.mediating[actor] += 1
        siding = type in SIDE_TYPES
        for actor, role in keys.get("a", ()):
            if siding and role == "subject":
                self.siding[actor] += 1
            self.actors[actor] += 1
            roles = self.roles.get(actor)
            if roles is None:
                roles = self.roles[actor] = Counter()
            roles[role] += 1
        if position > self.last_position:
            self.last_position = position

    def _add(self, series: Series, *at: int) -> None:
        series.add(*at)
        self.dirty.add(series)

    def settle(self) -> None:
        for series in self.dirty:
            series.settle()
        self.dirty.clear()

    def sorted_stances(self) -> list[tuple[tuple[str, str], Stances]]:
        """The stance series by (actor, issue), sorted."""
        if self._sorted_stances is None:
            self._sorted_stances = sorted(self.stances.items())
        return self._sorted_stances

    def mediators(self) -> frozenset[str]:
        """Actors named as mediators at least as often as they demand, reject or counter."""
        key = ("mediators", self.last_position, len(self.mediating))
        found = self._memo.get(key)
        if found is None:
            found = frozenset(a for a, n in self.mediating.items() if n >= self.siding[a])
            self._memo = {key: found}
        return found

    def sides(self, mediators: frozenset[str]) -> frozenset[str]:
        """The two negotiating sides: the actors most often demanding, rejecting or
        countering, mediators aside."""
        key = ("sides", self.last_position, mediators)
        found = self._sides.get(key)
        if found is None:
            ranked = [a for a, _ in self.siding.most_common(8) if a not in mediators]
            found = frozenset(principals(ranked)[:2])
            if len(self._sides) > 64:
                self._sides.clear()
            self._sides[key] = found
        return found

    def standing(self) -> tuple[Any, ...]:
        """What a state on any date reads of all the facts, whatever their dates: who
        mediates, and who demands, rejects or counters most (the sides)."""
        return self.derived(
            "standing",
            lambda: (self.mediators(), tuple(a for a, _ in self.siding.most_common(8))),
        )

    def earliest_since(self, length: int) -> int:
        """The earliest start of the facts indexed after the first ``length`` (as early as
        can be when some came before what this index saw indexed: restored)."""
        if length < self.added_from:
            return -NO_LIMIT
        return min(self.added[length - self.added_from :], default=NO_LIMIT)

    def first_report_since(self, length: int) -> int:
        """The earliest day the facts indexed after the first ``length`` were reported on
        (see ``earliest_since``)."""
        if length < self.added_from:
            return -NO_LIMIT
        return min(self.added_reported[length - self.added_from :], default=NO_LIMIT)

    def derived(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """What ``make`` derives from the facts indexed so far (settled), made again once
        the index has grown."""
        entry = self._derived.get(key)
        if entry is None or entry[0] != len(self):
            entry = self._derived[key] = (len(self), make())
        return entry[1]

    def knowledge(self, known: int) -> int:
        """The latest day facts were reported on by ``known`` (below every one if none was):
        knowing by then is knowing by ``known``, for every series of the index (settled)."""
        return knowledge(self.report_days(), known)

    def report_days(self) -> list[int]:
        """The days facts were reported on, sorted (settled): a new list once the index has
        grown, never this one changed (a lookup may hold it while facts are added)."""
        size, days = self._known_days
        if size != len(self.everything.reported):
            days = sorted(set(self.everything.reported))
            self._known_days = (len(self.everything.reported), days)
        return days

    def of_type(self, name: str) -> Series:
        return self.by_type.get(name) or EMPTY


EMPTY = Series()


def knowledge(days: list[int], known: int) -> int:
    """``ReleaseIndex.knowledge`` from its ``report_days``."""
    i = bisect_right(days, known)
    if i:
        return days[i - 1]
    return days[0] - 1 if days else -1


def _series(table: dict[Any, Series], key: Any) -> Series:
    series = table.get(key)
    if series is None:
        series = table[key] = Series()
    return series


UNASSIGNED = "unassigned"


class Index:
    """Time indexes per extractor release and negotiation, and which release is active.

    Each negotiation's facts have indexes of their own: a state, a position or a timeline
    is answered from one negotiation's facts only, at the same cost as when there was one.
    """

    def __init__(self) -> None:
        self.releases: dict[str, dict[str, ReleaseIndex]] = {}
        self.active: str | None = None
        self.latest_release: str | None = None
        self.position = 0

    def add(self, fact: Fact) -> None:
        self.of(fact.release, fact.keys.get("n", UNASSIGNED)).add(fact)
        self.latest_release = fact.release

    def load(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Indexes stored facts given as rows of ``store.COLUMNS``, in position order."""
        of = self.of
        release = None
        for position, name, type, start, _end, reported, modality, keys in rows:
            keys = orjson.loads(keys)
            of(name, keys.get("n", UNASSIGNED)).add_parts(
                position, type, start, reported, modality, keys
            )
            release = name
        if release is not None:
            self.latest_release = release

    def of(self, release: str, negotiation: str = UNASSIGNED) -> ReleaseIndex:
        negotiations = self.releases.get(release)
        if negotiations is None:
            negotiations = self.releases[release] = {}
        index = negotiations.get(negotiation)
        if index is None:
            index = negotiations[negotiation] = ReleaseIndex()
        return index

    def settle(self) -> None:
        for negotiations in self.releases.values():
            for index in negotiations.values():
                index.settle()

    def negotiations(self, name: str | None) -> tuple[str | None, dict[str, ReleaseIndex]]:
        """The named release (by default the active one) and its indexes by negotiation."""
        name = name or self.active or self.latest_release
        return name, self.releases.get(name or "") or {}

    def release(
        self, name: str | None, negotiation: str | None = None
    ) -> tuple[str | None, str | None, ReleaseIndex]:
        """The named release's index of one negotiation (an empty one if unknown): by default
        the active release, and the negotiation with the most events."""
        name, negotiations = self.negotiations(name)
        negotiation = negotiation or largest(negotiations)
        return name, negotiation, negotiations.get(negotiation or "") or ReleaseIndex()


def largest(negotiations: dict[str, ReleaseIndex]) -> str | None:
    """The negotiation with the most events (ties: the first id); ``unassigned`` only when
    no event was assigned to one (a store written before negotiations were known)."""
    ranked = sorted(negotiations.items(), key=lambda i: (i[0] == UNASSIGNED, -len(i[1]), i[0]))
    return ranked[0][0] if ranked else None
