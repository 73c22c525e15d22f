"""The extractor's data: actors, offices, places and word lists, read from TOML files."""

from __future__ import annotations

import hashlib
import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
PACKAGED_DATA = PACKAGE / "data"
DATA_ENV = "PARLEY_EXTRACTION_DATA"
PACKS_ENV = "PARLEY_EXTRACTION_PACKS"
DEFAULT_PACKS: tuple[str, ...] = ("gaza",)


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
    # Names match only with a capital, however long: 'the international criminal court' in
    # lower case is a description, not the court acting.
    proper: bool = False
    # Names that are also family names ('Wagner'): after a given name they name a person.
    surnames: tuple[str, ...] = ()


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
    country: bool = False  # the state itself as a place: a destination, a venue of last resort


@dataclass
class Registry:
    """Everything the rules know about the world, as loaded from the data directory."""

    actors: dict[str, Actor]
    offices: dict[str, Office]
    places: dict[str, Place]
    lexicon: dict[str, Any]
    digest: str
    negotiations: tuple[Any, ...] = ()  # extraction.negotiations.Negotiation, known ones
    not_sides: frozenset[str] = frozenset()
    general_issues: dict[str, list[str]] = field(default_factory=dict)  # world/issues.toml
    # world/descriptions.toml: ('kingdom', ...) -> the actors 'the kingdom' may stand for
    descriptions: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = ()
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


def data_digest(directory: Path, packs: Sequence[str] = DEFAULT_PACKS) -> str:
    """First 8 hex digits of sha256 over the data files' bytes (those of subfolders too), in
    sorted path order, the packs in force, and the version of the ISO country names read."""
    h = hashlib.sha256()
    h.update(("packs " + ",".join(packs)).encode())
    for path in sorted(directory.rglob("*.toml")):
        h.update(path.relative_to(directory).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    h.update(f"pycountry {_pycountry_version()}".encode())
    return h.hexdigest()[:8]


def _pycountry_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pycountry")
    except PackageNotFoundError:  # pragma: no cover - a dependency of the package
        return "absent"


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
        surnames=tuple(row.get("surnames", ())),
    )


def packs_in_force(explicit: str | Sequence[str] | None = None) -> tuple[str, ...]:
    """The data packs to load: explicit, else ``PARLEY_EXTRACTION_PACKS`` (comma-separated,
    empty for none), else the default ones."""
    value: str | Sequence[str] | None = explicit
    if value is None:
        value = os.environ.get(PACKS_ENV)
    if value is None:
        return DEFAULT_PACKS
    names = value.split(",") if isinstance(value, str) else value
    return tuple(n.strip() for n in names if n.strip())


class UnknownPack(ValueError):
    """A data pack was named that the data directory does not hold."""


def _rows(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with open(path, "rb") as f:
        return tomllib.load(f)


def load_registry(
    directory: str | Path | None = None, packs: str | Sequence[str] | None = None
) -> Registry:
    """Reads actors.toml, places.toml and lexicon.toml from the data directory, the persons of
    general use (``world/persons.toml``), then the data packs in force (``packs/NAME/``:
    actors, places, issues, negotiations of one conflict), then the world's states,
    organisations and armed groups under them (``world.py``)."""
    folder = data_dir(directory)
    chosen = packs_in_force(packs)
    # Persons of general use (world/persons.toml) come before the packs: a pack may replace one.
    docs = [_rows(folder / "actors.toml"), _rows(folder / "world" / "persons.toml")]
    place_docs = [_rows(folder / "places.toml")]
    with open(folder / "lexicon.toml", "rb") as f:
        lexicon = tomllib.load(f)
    pack_negotiations: list[Any] = []
    from extraction.negotiations import load_negotiations

    for name in chosen:
        pack = folder / "packs" / name
        if not pack.is_dir():
            if packs is None and PACKS_ENV not in os.environ:
                continue  # a data directory of its own need not hold the default packs
            raise UnknownPack(f"no data pack {name!r} in {folder / 'packs'}")
        docs.append(_rows(pack / "actors.toml"))
        place_docs.append(_rows(pack / "places.toml"))
        lexicon["issues"] = {
            **lexicon.get("issues", {}),
            **_rows(pack / "issues.toml").get("issues", {}),
        }
        pack_negotiations += load_negotiations(pack / "negotiations.toml")[0]
    actors = {row["id"]: _actor(row) for doc in docs for row in doc.get("actor", [])}
    offices = {
        row["id"]: Office(row["id"], row["org"], tuple(row.get("titles", ())))
        for doc in docs
        for row in doc.get("office", [])
    }
    places = {
        row["id"]: Place(
            row["id"], tuple(row["names"]), row.get("state", ""), row.get("metonym", False)
        )
        for doc in place_docs
        for row in doc.get("place", [])
    }
    from extraction import world

    world_states, capitals = world.states(folder)
    world.merge(actors, places, world_states + world.organisations(folder, _actor), capitals)
    known, not_sides = load_negotiations(folder / world.WORLD / "negotiations.toml")
    digest = data_digest(folder, chosen)
    return Registry(
        actors,
        offices,
        places,
        lexicon,
        digest,
        (*pack_negotiations, *known),
        not_sides,
        world.general_issues(folder),
        world.descriptions(folder),
    )
