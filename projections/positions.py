"""Per-actor positions: each actor's latest stance per issue as of a date, and since when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from domain.values import STANCES
from projections.reader import Reader, day


@dataclass(frozen=True)
class Held:
    """A stance an actor holds on an issue: the run of facts that set it."""

    actor: str
    issue: str
    stance: str
    since: int  # start of the earliest fact of the run
    updated: int  # start of the latest fact
    first: int  # positions of the earliest and latest facts
    last: int
    count: int


def held(reader: Reader, as_of: int, actor: str | None = None) -> list[Held]:
    """The stances held on ``as_of`` (by one actor, or all), sorted by actor and issue."""
    found = []
    for (who, issue), series in reader.index.stances.items():
        if actor is not None and who != actor:
            continue
        walk = series.backwards(as_of, reader.known)
        last = next(walk, None)
        if last is None:
            continue
        code, first, count = series.extra[last], last, 1
        for i in walk:  # back through the run of the same stance
            if series.extra[i] != code:
                break
            first, count = i, count + 1
        found.append(
            Held(
                who,
                issue,
                STANCES[code],
                series.starts[first],
                series.starts[last],
                series.positions[first],
                series.positions[last],
                count,
            )
        )
    found.sort(key=lambda h: (h.actor, h.issue))
    return found


def describe(reader: Reader, stances: list[Held]) -> list[dict[str, Any]]:
    """Stances as answers cite them, with the first and latest facts behind each."""
    reader.fetch([h.first for h in stances] + [h.last for h in stances])
    return [
        {
            "actor": h.actor,
            "issue": h.issue,
            "stance": h.stance,
            "since": day(h.since),
            "updated": day(h.updated),
            "events": h.count,
            "sources": [reader.source(p) for p in dict.fromkeys((h.last, h.first))],
        }
        for h in stances
    ]


def positions(reader: Reader, actor: str | None, as_of: date) -> dict[str, Any]:
    """Answer of ``ReadSide.positions``."""
    stances = held(reader, as_of.toordinal(), actor)
    return {
        "as_of": as_of.isoformat(),
        "known_as_of": reader.known_as_of,
        "release": reader.release,
        "position": reader.position,
        "actor": actor,
        "positions": describe(reader, stances),
    }


def changed(reader: Reader, start: date, end: date) -> list[dict[str, Any]]:
    """Stances that differ between ``start`` and ``end``: new, changed or no longer held."""
    before = {(h.actor, h.issue): h for h in held(reader, start.toordinal())}
    after = {(h.actor, h.issue): h for h in held(reader, end.toordinal())}
    changes = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old and new and (old.stance, old.since) == (new.stance, new.since):
            continue
        cited = new or old
        assert cited is not None
        if new:
            reader.fetch((new.last,))
        changes.append(
            {
                "actor": key[0],
                "issue": key[1],
                "from": old.stance if old else None,
                "to": new.stance if new else None,
                "since": day(new.since) if new else None,
                "sources": [reader.source(new.last)] if new else [],
            }
        )
    return changes


def actors(reader: Reader) -> list[dict[str, Any]]:
    """Answer of ``ReadSide.actors``: ids seen, how often, in which roles."""
    index = reader.index
    return [
        {"id": actor, "events": count, "roles": dict(sorted(index.roles[actor].items()))}
        for actor, count in sorted(index.actors.items(), key=lambda item: (-item[1], item[0]))
    ]
