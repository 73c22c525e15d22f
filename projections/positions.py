"""Per-actor positions: each actor's latest stance per issue as of a date, and since when."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any, NamedTuple

from domain.values import STANCES
from projections.index import NO_LIMIT, Stances
from projections.reader import Reader, day

CONFLICT_DAYS = 7  # a different stance reported this shortly before is a conflicting report


class Held(NamedTuple):
    """A stance an actor holds on an issue: the run of facts that set it."""

    actor: str
    issue: str
    stance: str
    since: int  # start of the earliest fact of the run
    updated: int  # start of the latest fact
    first: int  # positions of the earliest and latest facts
    last: int
    events: int  # how many facts the run has
    contra: int = -1  # the position of a different stance reported just before, if any
    contra_stance: str = ""


def held(
    reader: Reader,
    as_of: int,
    actor: str | None = None,
    among_actors: frozenset[str] | None = None,
) -> list[Held]:
    """The stances held on ``as_of`` (by one actor, those among some, or all), sorted by
    actor and issue."""
    items = reader.index.sorted_stances()
    if actor is not None:
        items = [item for item in items if item[0][0] == actor]
    if among_actors is not None:
        # the series of the sides' stances, kept while the index does not grow
        index, among = reader.index, among_actors
        items = index.derived(
            ("stances among", actor, among), lambda: [item for item in items if item[0][0] in among]
        )
    if reader.known != NO_LIMIT:
        return _held_known(items, as_of, reader.known)
    found: list[Held] = []
    append = found.append
    for (who, issue), series in items:  # everything known: where each run began is indexed
        last = bisect_right(series.starts, as_of) - 1
        if last >= 0:
            first = series.runs[last]
            append(_held(who, issue, series, first, last, last - first + 1))
    return found


def _held(
    who: str, issue: str, series: Stances, first: int, last: int, count: int, known: int = NO_LIMIT
) -> Held:
    """The stance held by the run of ``count`` facts from ``first`` to ``last`` of a series."""
    starts, positions = series.starts, series.positions
    since = starts[first]
    return Held(
        who,
        issue,
        STANCES[series.extra[last]],
        since,
        starts[last],
        positions[first],
        positions[last],
        count,
        *_contra(series, first, since, known),
    )


def _contra(series: Stances, first: int, since: int, known: int = NO_LIMIT) -> tuple[int, str]:
    """The fact just before a run (position, stance) when it said otherwise only days before:
    two reports in conflict rather than a change of mind."""
    before = first - 1
    if (
        before >= 0
        and since - series.starts[before] <= CONFLICT_DAYS
        and series.reported[before] <= known
    ):
        return series.positions[before], STANCES[series.extra[before]]
    return -1, ""


AGAINST_CODES = frozenset(i for i, name in enumerate(STANCES) if name in ("rejects", "opposes"))


def refused_before(reader: Reader, h: Held, days: int) -> Held | None:
    """The refusal an actor reported within ``days`` before a run of ``supports`` on the same
    issue (a plan of its own that names the issue): the refusal it has not taken back."""
    if h.stance != "supports":
        return None
    series = reader.index.stances.get((h.actor, h.issue))
    if series is None:
        return None
    starts, positions, reported = series.starts, series.positions, series.reported
    i = bisect_right(starts, h.since) - 1
    while i >= 0 and positions[i] != h.first:
        i -= 1
    for j in range(i - 1, -1, -1):
        if starts[j] < h.since - days:
            break
        if reported[j] > reader.known:
            continue
        if series.extra[j] in AGAINST_CODES:
            return h._replace(
                stance=STANCES[series.extra[j]],
                since=starts[j],
                first=positions[j],
                last=positions[j],
                events=1,
            )
        if STANCES[series.extra[j]] != "supports":
            return None  # it demanded the issue since: no refusal stands
    return None


def _held_known(items: list[tuple[tuple[str, str], Stances]], as_of: int, known: int) -> list[Held]:
    found = []
    for (who, issue), series in items:
        run = _run(series, as_of, known)
        if run is not None:
            found.append(_held(who, issue, series, *run, known))
    return found


def _run(series: Stances, as_of: int, known: int) -> tuple[int, int, int] | None:
    """Indexes of the first and latest facts known by ``known`` of the run of the stance held
    on ``as_of``, and how many facts it has."""
    walk = series.backwards(as_of, known)
    last = next(walk, None)
    if last is None:
        return None
    code, first, count = series.extra[last], last, 1
    for i in walk:  # back through the run of the same stance
        if series.extra[i] != code:
            break
        first, count = i, count + 1
    return first, last, count


def describe(reader: Reader, stances: list[Held]) -> list[dict[str, Any]]:
    """Stances as answers cite them, with the first and latest facts behind each."""
    contras = [h.contra for h in stances if h.contra >= 0]
    reader.fetch_sources([h.first for h in stances] + [h.last for h in stances] + contras)
    cite = reader.source
    return [
        {
            "actor": h.actor,
            "issue": h.issue,
            "stance": h.stance,
            "since": day(h.since),
            "updated": day(h.updated),
            "events": h.events,
            "modality": cite(h.last)["modality"],
            "uncorroborated": h.events == 1,
            "conflicting": _conflicting(reader, h),
            "sources": [cite(h.last)] if h.last == h.first else [cite(h.last), cite(h.first)],
        }
        for h in stances
    ]


def _conflicting(reader: Reader, h: Held) -> dict[str, Any] | None:
    """The other report, when one said otherwise only days before this stance's run."""
    if h.contra < 0:
        return None
    other = reader.source(h.contra)
    return {"stance": h.contra_stance, "on": other["occurred"]["start"], "source": other}


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
            reader.fetch_sources((new.last,))
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
