"""The extractor's data: actors, offices, places and word lists, read from TOML files."""

from __future__ import annotations

import hashlib
import os
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
PACKAGED_DATA = PACKAGE / "data"
DATA_ENV = "PARLEY_EXTRACTION_DATA"


def _day(value: Any, default: date) -> date:
    """Reads 'YYYY-MM-DD' or 'YYYY-MM' (first of the month); TOML dates pass through."""
    if value is None or value == "":
        return default
    if isinstance(value, date):
        return value
    text = str(value)
    return date.fromisoformat(text if len(text) > 7 else f"{text}-01")


@dataclass(frozen=True)
class Tenure:
    """An organisation or office a person acts for between two dates (inclusive)."""

    target: str
    start: date = date.min
    end: date = date.max

    def covers(self, when: date) -> bool:
        return self.start <= when <= self.end


@dataclass(frozen=True)
class Actor:
    id: str
    kind: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...] = ()
    part_of: str | None = None
    short: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    holds: tuple[Tenure, ...] = ()
    acts_for: tuple[Tenure, ...] = ()


@dataclass(frozen=True)
class Office:
    id: str
    org: str
    titles: tuple[str, ...]


@dataclass(frozen=True)
class Place:
    id: str
    names: tuple[str, ...]
    state: str
    metonym: bool = False


@dataclass
class Registry:
    """Everything the rules know about the world, as loaded from the data directory."""

    actors: dict[str, Actor]
    offices: dict[str, Office]
    places: dict[str, Place]
    lexicon: dict[str, Any]
    digest: str
    _holders: dict[str, list[tuple[Tenure, str]]] = field(default_factory=dict)
    # Affiliations by (actor, date): asked for every doer of every finding, always the same.
    _affiliated: dict[tuple[str, date], tuple[str, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for actor in self.actors.values():
            for tenure in actor.holds:
                self._holders.setdefault(tenure.target, []).append((tenure, actor.id))

    def holder(self, office: str, when: date) -> str | None:
        """The person in an office on a date, if the registry knows one."""
        for tenure, person in self._holders.get(office, ()):
            if tenure.covers(when):
                return person
        return None

    def affiliations(self, actor_id: str, when: date) -> tuple[str, ...]:
        """The actor, then what it acts for or belongs to on that date, nearest first."""
        found = self._affiliated.get((actor_id, when))
        if found is None:
            if len(self._affiliated) > 100_000:
                self._affiliated.clear()  # a long run over many dates: bounded memory
            found = self._affiliated[actor_id, when] = self._affiliations(actor_id, when)
        return found

    def _affiliations(self, actor_id: str, when: date) -> tuple[str, ...]:
        out: list[str] = [actor_id]
        queue = [actor_id]
        while queue:
            actor = self.actors.get(queue.pop(0))
            if actor is None:
                continue
            parents = [t.target for t in actor.acts_for if t.covers(when)]
            parents += [self.offices[t.target].org for t in actor.holds if t.covers(when)]
            if actor.part_of:
                parents.append(actor.part_of)
            for parent in parents:
                if parent not in out:
                    out.append(parent)
                    queue.append(parent)
        return tuple(out)

    def words(self, name: str) -> list[str]:
        return list(self.lexicon["words"][name])


def data_dir(explicit: str | Path | None = None) -> Path:
    """The data directory in force: explicit, else ``PARLEY_EXTRACTION_DATA``, else packaged."""
    if explicit is not None:
        return Path(explicit)
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else PACKAGED_DATA


def data_digest(directory: Path) -> str:
    """First 8 hex digits of sha256 over the data files' bytes, in sorted name order."""
    h = hashlib.sha256()
    for path in sorted(directory.glob("*.toml")):
        h.update(path.name.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:8]


def code_digest(package: Path = PACKAGE) -> str:
    """First 8 hex digits of sha256 over the extractor's Python sources (subpackages included)
    and rule files (``data/rules/*.toml``), in sorted path order: a rule edit changes the
    release as surely as a data edit does."""
    h = hashlib.sha256()
    # data/time.toml is read with the code (the time words), whatever the data directory
    files = [
        *package.rglob("*.py"),
        *package.glob("data/rules/*.toml"),
        *package.glob("data/time.toml"),
    ]
    for path in sorted(files):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:8]


def _tenures(rows: list[dict[str, Any]], key: str) -> tuple[Tenure, ...]:
    return tuple(
        Tenure(row[key], _day(row.get("from"), date.min), _day(row.get("until"), date.max))
        for row in rows
    )


def _actor(row: dict[str, Any]) -> Actor:
    names = tuple(row.get("names", ()))
    short = row.get("short")
    if short is None:
        short = [names[0].split()[-1]] if row.get("kind") == "person" and names else []
    return Actor(
        id=row["id"],
        kind=row.get("kind", "organisation"),
        names=names + tuple(row.get("aliases", ())),
        adjectives=tuple(row.get("adjectives", ())),
        part_of=row.get("part_of"),
        short=tuple(short),
        context=tuple(row.get("context", ())),
        holds=_tenures(row.get("holds", []), "office"),
        acts_for=_tenures(row.get("acts_for", []), "org"),
    )


def load_registry(directory: str | Path | None = None) -> Registry:
    """Reads actors.toml, places.toml and lexicon.toml from the data directory."""
    folder = data_dir(directory)
    with open(folder / "actors.toml", "rb") as f:
        actors_doc = tomllib.load(f)
    with open(folder / "places.toml", "rb") as f:
        places_doc = tomllib.load(f)
    with open(folder / "lexicon.toml", "rb") as f:
        lexicon = tomllib.load(f)
    actors = {row["id"]: _actor(row) for row in actors_doc.get("actor", [])}
    offices = {
        row["id"]: Office(row["id"], row["org"], tuple(row.get("titles", ())))
        for row in actors_doc.get("office", [])
    }
    places = {
        row["id"]: Place(
            row["id"], tuple(row["names"]), row.get("state", ""), row.get("metonym", False)
        )
        for row in places_doc.get("place", [])
    }
    return Registry(actors, offices, places, lexicon, data_digest(folder))
