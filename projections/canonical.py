"""Which dates share one answer: a state computed once serves every date it holds for.

An answer depends on its date only through comparisons with the log's dates (a fact
started by then, a round reported within ten days, a truce's end passed). ``Day`` stands
for the date while an answer is computed and narrows a ``Span`` with the outcome of each
comparison made on it, so the span ends as the days on which every comparison, hence the
whole computation, goes the same way: the answer of each of them. Any other use of the
date (hashing it, formatting it, an index) narrows the span to the date itself.
"""

from __future__ import annotations

import threading
import zlib
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any

FAR = 1 << 40
# Answers this long or longer are kept compressed (zlib, its fastest level): a state on a
# dense store is ~25 kB of JSON, ~4 kB compressed, and the bench store's ~21,000 distinct
# states then fit in ~90 MB rather than ~540 MB. A hit costs a decompression (tens of us)
# instead of a state's rules (milliseconds).
PACK_FROM = 2048
PACK_LEVEL = 1
BUDGET = 256 << 20  # bytes of kept answers (as kept: compressed) beyond which the least used go
# The answers most recently served are kept decompressed too, up to this many bytes (both
# forms counted): a decompression (~35 us for a dense store's ~30 kB state) was most of a
# hit's CPU, as much again as the rest of serving it in process.
HOT_BUDGET = 128 << 20


class Span:
    """The days, around the one asked for, that an answer computed so far holds for."""

    __slots__ = ("day", "hi", "lo", "open")

    def __init__(self, day: int) -> None:
        self.day = day
        self.lo = -FAR
        self.hi = FAR
        self.open = True

    def upto(self, last: int) -> None:
        if self.open and last < self.hi:
            self.hi = last

    def since(self, first: int) -> None:
        if self.open and first > self.lo:
            self.lo = first

    def point(self) -> None:
        self.since(self.day)
        self.upto(self.day)

    def close(self) -> tuple[int, int]:
        """Stops narrowing (a Day kept somewhere may still be compared) and answers the span."""
        self.open = False
        return self.lo, self.hi


class Day:
    """``sign * day + offset`` for the day a span is about: compares and shifts like an int,
    narrowing the span to the days on which the comparison comes out the same."""

    __slots__ = ("offset", "sign", "span")

    def __init__(self, span: Span, sign: int = 1, offset: int = 0) -> None:
        self.span, self.sign, self.offset = span, sign, offset

    @property
    def value(self) -> int:
        return self.sign * self.span.day + self.offset

    def _below(self, bound: int) -> bool:
        """Whether the value is below ``bound``, narrowing the span to days that agree."""
        span = self.span
        if self.sign == 1:  # day < bound - offset
            edge = bound - self.offset
            below = span.day < edge
            if span.open:
                if below:
                    if edge - 1 < span.hi:
                        span.hi = edge - 1
                elif edge > span.lo:
                    span.lo = edge
            return below
        edge = self.offset - bound  # -day + offset < bound: day > offset - bound
        below = span.day > edge
        span.since(edge + 1) if below else span.upto(edge)
        return below

    def _other(self, other: Any) -> int | None:
        """``other`` as an int to compare with; None when it is not one."""
        if isinstance(other, Day):
            if other.span is self.span and other.sign == self.sign:
                return None  # a constant difference: handled by the caller
            self.span.point()
            other.span.point()
            return other.value
        if isinstance(other, int) and not isinstance(other, bool):
            return other
        self.span.point()
        return None

    def _compare(self, other: Any, op: str) -> Any:
        if type(other) is Need:
            return NotImplemented  # the Need answers, noting what it needed of the day
        if isinstance(other, Day) and other.span is self.span and other.sign == self.sign:
            a, b = self.offset, other.offset  # same day on both sides: constants decide
            return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
        value = self._other(other)
        if value is None:
            return NotImplemented
        if op == "<":
            return self._below(value)
        if op == "<=":
            return self._below(value + 1)
        if op == ">":
            return not self._below(value + 1)
        return not self._below(value)

    # With an int (nearly always: a fact's day) straight to _below; anything else via _compare.

    def __lt__(self, other: Any) -> Any:
        if type(other) is int:
            return self._below(other)
        return self._compare(other, "<")

    def __le__(self, other: Any) -> Any:
        if type(other) is int:
            return self._below(other + 1)
        return self._compare(other, "<=")

    def __gt__(self, other: Any) -> Any:
        if type(other) is int:
            return not self._below(other + 1)
        return self._compare(other, ">")

    def __ge__(self, other: Any) -> Any:
        if type(other) is int:
            return not self._below(other)
        return self._compare(other, ">=")

    def __eq__(self, other: object) -> bool:
        if type(other) is Need:
            return NotImplemented
        if isinstance(other, Day) and other.span is self.span and other.sign == self.sign:
            return self.offset == other.offset
        if not isinstance(other, int | Day) or isinstance(other, bool):
            return False  # never equal to None, a string, ...: whatever the day
        value = other.value if isinstance(other, Day) else other
        if isinstance(other, Day):
            self.span.point()
            other.span.point()
        equal = self.value == value
        if equal:
            self.span.point()
        else:
            at = (value - self.offset) * self.sign  # the one day on which they are equal
            self.span.since(at + 1) if at < self.span.day else self.span.upto(at - 1)
        return equal

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __add__(self, other: Any) -> Any:
        if isinstance(other, int) and not isinstance(other, bool):
            return Day(self.span, self.sign, self.offset + other)
        return self.__int__() + other

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        if isinstance(other, Day) and other.span is self.span and other.sign == self.sign:
            return self.offset - other.offset
        if isinstance(other, int) and not isinstance(other, bool):
            return Day(self.span, self.sign, self.offset - other)
        return self.__int__() - other

    def __rsub__(self, other: Any) -> Any:
        if isinstance(other, int) and not isinstance(other, bool):
            return Day(self.span, -self.sign, other - self.offset)
        return other - self.__int__()

    def __neg__(self) -> Day:
        return Day(self.span, -self.sign, -self.offset)

    def __int__(self) -> int:
        self.span.point()
        return self.value

    __index__ = __int__

    def __hash__(self) -> int:
        return hash(self.__int__())

    def __bool__(self) -> bool:
        return bool(self.__int__())

    def __format__(self, spec: str) -> str:
        return format(self.__int__(), spec)

    def __repr__(self) -> str:
        return f"Day({self.__int__()})"

    __str__ = __repr__


class Needs:
    """How much knowledge a computation with a ``Need`` for its knowledge date needed: it
    comes out the same for every knowledge date ``known`` with ``known >= least`` and
    ``known >= day + ahead`` (``day``: the date asked), unless ``spoiled`` (the date was
    used otherwise than compared: then for no limited knowledge at all)."""

    __slots__ = ("ahead", "least", "spoiled")

    def __init__(self) -> None:
        self.least = -FAR
        self.ahead = -FAR
        self.spoiled = False

    def met(self, day: int, known: int) -> bool:
        return not self.spoiled and known >= self.least and known >= day + self.ahead


class Need:
    """``known + offset`` for a knowledge date that knows everything (every fact is reported
    by it, it is later than any day), noting in ``needs`` how late ``known`` must be for each
    comparison made with it to come out so: a computation that uses its knowledge date only
    in comparisons (and shifts) makes the same ones, the same way, for every such date, so
    its answer is theirs. ``NO_LIMIT`` itself (the index's no limit) is never equal to a
    limited date, whatever it is. Any other use spoils it (and raises)."""

    __slots__ = ("needs", "offset")

    def __init__(self, needs: Needs | None = None, offset: int = 0) -> None:
        self.needs = needs if needs is not None else Needs()
        self.offset = offset

    def _needs(self, other: Any, strict: bool) -> None:
        """Notes that ``known + offset`` must be above (``strict``) or at least ``other``."""
        needs, extra = self.needs, int(strict) - self.offset
        if type(other) is Day and other.sign == 1:
            if other.offset + extra > needs.ahead:
                needs.ahead = other.offset + extra
            return
        if isinstance(other, Day):
            other = int(other)
        if type(other) is not int:
            self._spoil()
        if other + extra > needs.least:
            needs.least = other + extra

    def _spoil(self) -> Any:
        self.needs.spoiled = True
        raise TypeError("a knowledge date to be noted was used otherwise than compared")

    # Later than any day: above it; the least known that keeps each outcome is noted.

    def __gt__(self, other: Any) -> bool:
        self._needs(other, True)
        return True

    def __ge__(self, other: Any) -> bool:
        self._needs(other, False)
        return True

    def __lt__(self, other: Any) -> bool:
        self._needs(other, False)
        return False

    def __le__(self, other: Any) -> bool:
        self._needs(other, True)
        return False

    def __eq__(self, other: object) -> bool:
        if type(other) is int and other == NO_LIMIT:
            return False
        self._needs(other, True)
        return False

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __add__(self, other: Any) -> Need:
        if type(other) is not int:
            self._spoil()
        return Need(self.needs, self.offset + other)

    __radd__ = __add__

    def __sub__(self, other: Any) -> Need:
        if type(other) is not int:
            self._spoil()
        return Need(self.needs, self.offset - other)

    def __rsub__(self, other: Any) -> Any:
        return self._spoil()

    def __neg__(self) -> Any:
        return self._spoil()

    def __int__(self) -> int:
        return self._spoil()  # type: ignore[no-any-return]

    __index__ = __int__
    __float__ = __int__

    def __bool__(self) -> bool:
        return self._spoil()  # type: ignore[no-any-return]

    def __format__(self, spec: str) -> str:
        return self._spoil()  # type: ignore[no-any-return]

    __hash__ = object.__hash__  # by identity: keys of what one answer found once

    def __repr__(self) -> str:
        return f"Need(+{self.offset})"


NO_LIMIT = 1 << 31  # the index's knowledge date that knows everything (projections.index)


def bisect_right_day(a: Sequence[int], x: Any, lo: int = 0, hi: int | None = None) -> int:
    """``bisect.bisect_right`` for an int or a ``Day``, narrowing a Day's span as bisecting
    with it would, at C speed: the search by its value lands where comparing with it would,
    and of the comparisons it would make, the two with the neighbours of that place (made
    here) narrow the span to what all of them do (the others, with values further off in
    sorted order, narrow it less)."""
    if hi is None:
        hi = len(a)
    if type(x) is not Day:
        return bisect_right(a, x, lo, hi)
    i = bisect_right(a, x.value, lo, hi)
    if i > lo:
        x < a[i - 1]  # noqa: B015 (compared for the narrowing)
    if i < hi:
        x < a[i]  # noqa: B015
    return i


def among(day: int, bounds: Sequence[int], hi: int | None = None) -> int:
    """``day`` as a plain int for comparisons with values of ``bounds`` (sorted; the first
    ``hi`` of them) only: a ``Day`` is placed among them once, narrowing its span to days
    between two of them, on which any such comparison comes out the same, rather than once
    per comparison."""
    if not isinstance(day, Day):
        return day
    bisect_right_day(bounds, day, 0, len(bounds) if hi is None else hi)
    return day.value


class Table:
    """The answers computed for one key, by span of days, at one length of the index: each
    entry (first day, last day, the answer as kept, whether that is compressed, and the
    knowledge it needs, if it holds for limited knowledge: see ``Need``)."""

    __slots__ = ("entries", "length", "size", "standing")

    def __init__(self, length: int, standing: Hashable) -> None:
        self.length, self.standing = length, standing
        self.entries: list[tuple[int, int, bytes, bool, Needs | None]] = []
        self.size = 0  # bytes of the answers as kept


def pack(body: bytes) -> tuple[bytes, bool]:
    """An answer as kept: compressed when that is worth it."""
    if len(body) < PACK_FROM:
        return body, False
    return zlib.compress(body, PACK_LEVEL), True


def unpack(kept: bytes, packed: bool) -> bytes:
    return zlib.decompress(kept) if packed else kept


class Spans:
    """Encoded answers by key and the span of days each holds for, the least recently used
    key's dropped beyond ``size`` answers or ``budget`` bytes (as kept: see ``PACK_FROM``).

    An index only grows. When it has, a key's answers on days before the first day the new
    facts can change (``since(length)``: from the index length they were computed at) are
    kept, provided what every date reads of the whole index (``standing``) is unchanged.
    Without ``since`` (a lookup that must not wait for the index) only a table computed at
    ``length`` answers."""

    def __init__(self, size: int = 4096, budget: int = BUDGET, hot: int = HOT_BUDGET) -> None:
        self.size = size
        self.budget = budget
        self.tables: OrderedDict[Hashable, Table] = OrderedDict()
        self.count = 0
        self.bytes = 0
        self.lock = threading.Lock()
        # Compressed answer -> the answer, the most recently used last: keyed by the bytes
        # kept (their hash is computed once per object), so exact whatever entry holds them.
        self.hot: OrderedDict[bytes, bytes] = OrderedDict()
        self.hot_budget = hot
        self.hot_bytes = 0

    def lookup(
        self,
        key: Hashable,
        day: int,
        length: int,
        standing: Hashable,
        since: Callable[[int], int] | None,
        known: int | None = None,
    ) -> bytes | None:
        """The answer kept for ``day``, or None; with ``known``, one kept with the knowledge
        it needs (``store``'s ``needs``) only if ``known`` meets it."""
        found = self.entry(key, day, length, standing, since)
        if found is None:
            return None
        _, _, kept, packed, needs = found
        if known is not None and (needs is None or not needs.met(day, known)):
            return None
        return self.unpack(kept, packed)

    def unpack(self, kept: bytes, packed: bool) -> bytes:
        """An answer as kept, as served: decompressed once while it stays in use."""
        if not packed:
            return kept
        with self.lock:
            body = self.hot.get(kept)
            if body is not None:
                self.hot.move_to_end(kept)
                return body
        body = zlib.decompress(kept)  # outside the lock: others look up meanwhile
        self._warm(kept, body)
        return body

    def _warm(self, kept: bytes, body: bytes) -> None:
        if not self.hot_budget:
            return
        with self.lock:
            if kept in self.hot:
                return
            self.hot[kept] = body
            self.hot_bytes += len(kept) + len(body)
            while self.hot_bytes > self.hot_budget and self.hot:
                old, was = self.hot.popitem(last=False)
                self.hot_bytes -= len(old) + len(was)

    def entry(
        self,
        key: Hashable,
        day: int,
        length: int,
        standing: Hashable,
        since: Callable[[int], int] | None,
    ) -> tuple[int, int, bytes, bool, Needs | None] | None:
        """What is kept for ``day`` (see ``Table``), or None."""
        with self.lock:
            table = self.tables.get(key)
            if table is not None and table.length != length:
                if since is None:
                    return None
                table = self._current(key, table, length, standing, since)
            if table is None or table.standing != standing:
                return None
            self.tables.move_to_end(key)
            entries = table.entries
            i = bisect_right(entries, (day, FAR))
            if not i or entries[i - 1][1] < day:
                return None
            return entries[i - 1]  # unpacked outside the lock: others look up meanwhile

    def store(
        self,
        key: Hashable,
        lo: int,
        hi: int,
        body: bytes,
        length: int,
        standing: Hashable,
        needs: Needs | None = None,
    ) -> None:
        if not self.size or not self.budget:
            return
        kept, packed = pack(body)
        if packed:
            self._warm(kept, body)
        with self.lock:
            table = self.tables.get(key)
            if table is None or table.length != length or table.standing != standing:
                self._drop(key)
                table = self.tables[key] = Table(length, standing)
            self.tables.move_to_end(key)
            entries = table.entries
            i = bisect_right(entries, (lo, FAR))
            if i and entries[i - 1][1] >= lo:  # another thread stored the same span first
                return
            entries.insert(i, (lo, hi, kept, packed, needs))
            table.size += len(kept)
            self.count += 1
            self.bytes += len(kept)
            while (self.count > self.size or self.bytes > self.budget) and self.tables:
                self._drop(next(iter(self.tables)))

    def _current(
        self,
        key: Hashable,
        table: Table,
        length: int,
        standing: Hashable,
        since: Callable[[int], int],
    ) -> Table | None:
        """The key's table carried over to the index's length, or None."""
        if table.standing != standing or length < table.length:
            self._drop(key)
            return None
        cut = since(table.length)  # the first day the facts added since may change
        kept = [
            (lo, min(hi, cut - 1), body, packed, needs)
            for lo, hi, body, packed, needs in table.entries
            if lo < cut
        ]
        size = sum(len(entry[2]) for entry in kept)
        self.count -= len(table.entries) - len(kept)
        self.bytes -= table.size - size
        table.entries, table.length, table.size = kept, length, size
        return table

    def _drop(self, key: Hashable) -> None:
        table = self.tables.pop(key, None)
        if table is not None:
            self.count -= len(table.entries)
            self.bytes -= table.size

    def clear(self) -> None:
        with self.lock:
            self.tables.clear()
            self.count = 0
            self.bytes = 0
            self.hot.clear()
            self.hot_bytes = 0
