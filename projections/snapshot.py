"""Snapshots of the in-memory time indexes: a restart loads one instead of re-indexing.

A snapshot is bytes, never pickle: a fixed magic and layout version, a BLAKE2b digest of
everything after it, a JSON header (what the index reflects, and where each array lies)
and the index's integer arrays as raw machine bytes. ``decode`` returns None for anything
it cannot vouch for (another layout, another byte order, a digest that does not match, a
header it does not understand): the caller then rebuilds from the persisted views.
"""

from __future__ import annotations

import hashlib
import struct
import sys
from array import array
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import orjson

from projections.index import Index, ReleaseIndex, Series, Stances

MAGIC = b"PRLYIDX\n"
# Bump when the index's shape or this layout changes: older snapshots are then ignored.
LAYOUT = 3
_PREFIX = struct.Struct("<8sH32sI")  # magic, layout, digest, header length
_ARRAYS = ("starts", "reported", "positions", "extra")
_TYPES = {"starts": "i", "reported": "i", "positions": "q", "extra": "b", "runs": "q"}


@dataclass
class Meta:
    """What a snapshot's index reflects: the view and log it was made from, and where."""

    view: str  # the view's name, which carries its format
    position: int  # the log position the index had processed
    active: str | None  # the active extractor release there
    anchor: str | None  # what the log holds at ``position``: it must still hold it
    # The articles the index leaves out, as read from the log (a restart reads only later
    # withdrawals and supersessions instead of the whole log): withdrawn, and superseded
    # with the position of what superseded them.
    withdrawn: list[str] = field(default_factory=list)
    superseded: dict[str, int] = field(default_factory=dict)
    # The log held no correction up to this position: a restart looks for them after it
    # only (on PostgreSQL, looking through a million events took seconds of a first answer).
    uncorrected: int = 0


def encode(index: Index, meta: Meta) -> bytes:
    """The index as snapshot bytes (call with the index settled and not changing)."""
    return seal(capture(index), meta)


def capture(index: Index) -> tuple[dict[str, Any], list[bytes]]:
    """A copy of a settled index's contents: the part of writing a snapshot that needs the
    index to hold still (copying arrays is fast; hashing and storing happen after)."""
    body = _Body()
    releases = [
        {"release": name, "negotiation": negotiation, **_release(each, body)}
        for name, negotiations in index.releases.items()
        for negotiation, each in negotiations.items()
    ]
    return {"latest_release": index.latest_release, "releases": releases}, body.chunks


def seal(contents: tuple[dict[str, Any], list[bytes]], meta: Meta) -> bytes:
    """Snapshot bytes of captured contents and what they reflect."""
    parts, chunks = contents
    header = orjson.dumps(
        {
            "meta": meta.__dict__,
            "byteorder": sys.byteorder,
            "sizes": _sizes(),
            **parts,
        }
    )
    digest = hashlib.blake2b(digest_size=32)
    digest.update(struct.pack("<I", len(header)) + header)
    for chunk in chunks:
        digest.update(chunk)
    prefix = _PREFIX.pack(MAGIC, LAYOUT, digest.digest(), len(header))
    return b"".join([prefix, header, *chunks])


def _sizes() -> dict[str, int]:
    return {code: array(code).itemsize for code in sorted(set(_TYPES.values()))}


def decode(blob: bytes | memoryview) -> tuple[Index, Meta] | None:
    """The index and what it reflects, or None if the bytes are not a sound snapshot of
    this layout on this machine's byte order."""
    view = memoryview(blob)
    if len(view) < _PREFIX.size:
        return None
    magic, layout, digest, length = _PREFIX.unpack_from(view)
    if magic != MAGIC or layout != LAYOUT:
        return None
    check = hashlib.blake2b(digest_size=32)
    check.update(struct.pack("<I", length))
    check.update(view[_PREFIX.size :])
    if check.digest() != digest:
        return None  # corrupted or cut short
    try:
        header = orjson.loads(view[_PREFIX.size : _PREFIX.size + length])
        body = view[_PREFIX.size + length :]
        if header["byteorder"] != sys.byteorder or header["sizes"] != _sizes():
            return None
        meta = Meta(**header["meta"])
        index = Index()
        for entry in header["releases"]:
            index.releases.setdefault(entry["release"], {})[entry["negotiation"]] = _restore(
                entry, body
            )
        index.latest_release = header["latest_release"]
        index.active = meta.active
        index.position = meta.position
    except (KeyError, TypeError, ValueError, IndexError):
        return None  # a header this code does not understand
    return index, meta


class _Body:
    """The arrays' bytes, one after another; the header says where each lies."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, data: bytes, count: int) -> list[int]:
        self.chunks.append(data)
        self.size += len(data)
        return [self.size - len(data), count]

    def array(self, values: array) -> list[int]:
        return self.add(values.tobytes(), len(values))

    def group(self, series: list[Series], names: tuple[str, ...]) -> dict[str, Any]:
        """Series laid end to end, one array per field, with their lengths: thousands of
        small series (one per actor and issue) load as a few big arrays."""
        for each in series:
            if each.pending:
                raise ValueError("a snapshot is of a settled index")
        found = {"counts": self.array(array("q", [len(each.starts) for each in series]))}
        # Each series' lead and lag (found once from its facts otherwise: a tenth of a
        # second of a restart's first answer at a million facts).
        found["spread"] = self.array(array("q", [n for each in series for n in each._spread()]))
        for name in names:
            parts = [getattr(each, name) for each in series]
            found[name] = self.add(b"".join(p.tobytes() for p in parts), sum(map(len, parts)))
        return found


def _release(index: ReleaseIndex, body: _Body) -> dict[str, Any]:
    venues = sorted(index.venue_of)
    singles = [index.everything, index.expected, index.proposal_log]
    return {
        "singles": body.group(singles, _ARRAYS),
        "by_type": [list(index.by_type), body.group(list(index.by_type.values()), _ARRAYS)],
        "stances": [
            [list(key) for key in index.stances],
            body.group(list(index.stances.values()), (*_ARRAYS, "runs")),
        ],
        "venue_of": [body.array(array("q", venues)), [index.venue_of[p] for p in venues]],
        "actors": index.actors,
        "roles": index.roles,
        "mediating": index.mediating,
        "siding": index.siding,
        "last_position": index.last_position,
    }


def _restore(entry: dict[str, Any], body: memoryview) -> ReleaseIndex:
    index = ReleaseIndex()
    singles = _group(entry["singles"], body, Series)
    index.everything, index.expected, index.proposal_log = singles
    keys, where = entry["by_type"]
    index.by_type = dict(zip(keys, _group(where, body, Series), strict=True))
    keys, where = entry["stances"]
    stances = _group(where, body, Stances)
    index.stances = {(a, i): each for (a, i), each in zip(keys, stances, strict=True)}
    at, venues = entry["venue_of"]
    index.venue_of = dict(zip(_array("q", at, body), venues, strict=True))
    index.actors = Counter(entry["actors"])
    index.roles = {actor: Counter(roles) for actor, roles in entry["roles"].items()}
    index.mediating = Counter(entry["mediating"])
    index.siding = Counter(entry["siding"])
    index.last_position = entry["last_position"]
    # The order facts were indexed in is not kept: answers kept before a fact added from
    # now on are judged by the facts added since the restore only.
    index.added_from = len(index.everything)
    return index


def _group(where: dict[str, list[int]], body: memoryview, kind: type[Series]) -> list[Any]:
    counts = _array("q", where["counts"], body)
    total = sum(counts)
    columns = {}
    spread = _array("q", where["spread"], body)
    if len(spread) != 2 * len(counts):
        raise ValueError("a group's spreads differ in number")
    for name in where:
        if name not in ("counts", "spread"):
            columns[name] = _array(_TYPES[name], where[name], body)
            if len(columns[name]) != total:
                raise ValueError("a group's arrays differ in length")
    found, at = [], 0
    names = list(columns.items())
    for n, count in enumerate(counts):
        if count < 0:
            raise ValueError("a negative length")
        # Not through __init__: its empty arrays would be thrown away at once (tens of
        # thousands of series made a restart a second slower).
        series = kind.__new__(kind)
        series.pending = []
        series.lead, series.lag = spread[2 * n], spread[2 * n + 1]
        for name, values in names:
            setattr(series, name, values[at : at + count])
        at += count
        found.append(series)
    return found


def _array(code: str, at: list[int], body: memoryview) -> array:
    offset, count = at
    values = array(code)
    end = offset + count * values.itemsize
    if offset < 0 or count < 0 or end > len(body):
        raise ValueError("an array lies outside the snapshot")
    values.frombytes(body[offset:end])
    return values
