"""The negotiations a release's events belong to: who the sides are, since when, how many.

Names, sides and mediators come from the data the extractor assigns negotiations with
(``negotiations.toml``); a negotiation the data does not list (a new pair of sides) is named
by its id, and its sides are the two ids the id is made of.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from projections.index import UNASSIGNED, ReleaseIndex
from projections.reader import day


def listing(negotiations: dict[str, ReleaseIndex], known: int) -> list[dict[str, Any]]:
    """Each negotiation with events reported by ``known``, the most events first."""
    found = [_entry(name, index, known) for name, index in negotiations.items()]
    entries = [e for e in found if e is not None]
    entries.sort(key=lambda e: (e["id"] == UNASSIGNED, -e["events"], e["id"]))
    return entries


def _entry(name: str, index: ReleaseIndex, known: int) -> dict[str, Any] | None:
    series = index.everything
    starts = [series.starts[i] for i in range(len(series.starts)) if series.reported[i] <= known]
    if not starts:
        return None
    data = data_of(name)
    sides = list(data["sides"]) if data else _sides_of(name, index)
    seen = sorted(index.mediators() - set(sides))
    return {
        "id": name,
        "name": data["name"] if data else name,
        "sides": sides,
        "mediators": seen or (list(data["mediators"]) if data else []),
        "first": day(min(starts)),
        "last": day(max(starts)),
        "events": len(starts),
        "known": data is not None,
    }


def _sides_of(name: str, index: ReleaseIndex) -> list[str]:
    if name == UNASSIGNED:
        return []
    parts = name.split("-")
    if len(parts) == 2 and all(parts):  # a new pair's id: its two sides' ids, sorted
        return parts
    return sorted(index.sides(index.mediators()))


def declared_sides(name: str | None) -> frozenset[str]:
    """A negotiation's sides as its data entry or its id names them (none if neither does)."""
    if not name or name == UNASSIGNED:
        return frozenset()
    data = data_of(name)
    if data:
        return frozenset(data["sides"])
    parts = name.split("-")
    return frozenset(parts) if len(parts) == 2 and all(parts) else frozenset()


@lru_cache(maxsize=256)
def stand_ins(name: str | None) -> dict[str, str]:
    """Who stands for a side of a negotiation in its truces: the states its data names
    (``stand_ins``: Lebanon for Hezbollah), and the registry's parts of a side (its army:
    'Myanmar's military agreed to a ceasefire' is Myanmar's side agreeing)."""
    sides = declared_sides(name)
    found = {part: whole for part, whole in parts_of().items() if whole in sides}
    data = data_of(name) if name else None
    return found | dict(data.get("stand_ins") or {}) if data else found


@lru_cache(maxsize=256)
def known_mediators(name: str | None) -> frozenset[str]:
    """The mediators a negotiation's data entry names (Oman for the Houthis and the Saudis)."""
    data = data_of(name) if name else None
    return frozenset(data["mediators"]) if data else frozenset()


@lru_cache(maxsize=1)
def never_sides() -> frozenset[str]:
    """Bodies that mediate, monitor or host and are never a side (the UN, the African Union),
    from the extractor's data (``not_sides``; empty if it cannot be read)."""
    try:
        from projections.facts import registry

        return frozenset(registry().not_sides)
    except Exception:  # no extractor data: any actor may be a side
        return frozenset()


@lru_cache(maxsize=1)
def parts_of() -> dict[str, str]:
    """The registry's organisations that are part of another actor (``part_of``)."""
    try:
        from projections.facts import registry

        actors = registry().actors.values()
    except Exception:  # no extractor data: no parts known
        return {}
    return {a.id: a.part_of for a in actors if a.part_of}


def data_of(name: str) -> dict[str, Any] | None:
    """The data file's entry for a negotiation id, if it lists it."""
    return known_negotiations().get(name)


@lru_cache(maxsize=1)
def known_negotiations() -> dict[str, dict[str, Any]]:
    """Known negotiations by id, from the extractor's data (empty if it cannot be read)."""
    try:
        from projections.facts import registry

        rows = registry().negotiations
    except Exception:  # no extractor data: negotiations are named by their ids
        return {}
    return {
        n.id: {
            "name": n.name,
            "sides": tuple(n.sides),
            "mediators": tuple(n.mediators),
            "stand_ins": dict(n.stand_ins),
        }
        for n in rows
    }
