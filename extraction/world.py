"""Actors of any conflict: sovereign states (ISO names from pycountry, the rest from
``world/states.toml``), international organisations and armed groups (``world/*.toml``),
merged under the registry's own entries, which win."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pycountry
from anyascii import anyascii

from extraction.registry import Actor, Place

WORLD = "world"


def slug(name: str) -> str:
    """An id from a name: ASCII, lowercase, words joined by underscores ('Côte d'Ivoire' ->
    'cote_d_ivoire'). The rule for states without an explicit id and for unregistered actors."""
    words = re.findall(r"[a-z0-9]+", anyascii(name).lower())
    return "_".join(w for w in words if w != "the" or len(words) == 1)


def iso_names(code: str) -> list[str]:
    """The ISO 3166 names of a country, comma forms turned round ('Korea, Republic of' ->
    'Republic of Korea'), a leading 'The' dropped."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return []
    out: list[str] = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        if ", " in value:
            head, tail = value.split(", ", 1)
            value = f"{tail} {head}"
        value = re.sub(r"^[Tt]he ", "", value)
        if value not in out:
            out.append(value)
    return out


def _load(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with open(path, "rb") as f:
        return tomllib.load(f)


def states(folder: Path) -> tuple[list[Actor], list[Place]]:
    """Every state of ``states.toml`` with its ISO names, and its capitals as metonym places."""
    actors: list[Actor] = []
    places: list[Place] = []
    rows = _load(folder / WORLD / "states.toml").get("states", {})
    # A name the file gives a state wins over another state's ISO name: 'Congo' is what news
    # call the Democratic Republic of Congo, though ISO's short name of the Republic is 'Congo'.
    explicit = {name for row in rows.values() for name in row.get("names", ())}
    for code, row in rows.items():
        names = list(row.get("names", ()))
        state_id = row.get("id") or slug(names[0] if names else iso_names(code)[0])
        for name in iso_names(code):
            if name not in names and name not in explicit:
                names.append(name)
        names += [s for s in row.get("seats", ()) if s not in names]
        adjectives = tuple(row.get("adjectives", ()))
        actors.append(Actor(state_id, "state", tuple(names), adjectives=adjectives, proper=True))
        for capital in row.get("capitals", ()):
            places.append(Place(slug(capital), (capital,), state_id, metonym=True))
        # the country itself as a destination or venue: 'arrived in Switzerland'
        places.append(
            Place(state_id, tuple(row.get("names", ())[:1] or names[:1]), state_id, country=True)
        )
    return actors, places


def organisations(folder: Path, read: Any) -> list[Actor]:
    """International organisations and armed groups of ``world/organisations.toml``."""
    rows = _load(folder / WORLD / "organisations.toml").get("actor", [])
    return [replace(read(row), proper=True) for row in rows]


def merge(
    actors: dict[str, Actor],
    places: dict[str, Place],
    world_actors: list[Actor],
    world_places: list[Place],
) -> None:
    """Adds the world's actors and places the registry lacks; a name, adjective or place name
    the registry already gives keeps its meaning there, so its entries win."""
    from extraction.gazetteer import fold_key

    taken = {fold_key(n) for a in actors.values() for n in (*a.names, *a.adjectives, *a.short)} | {
        fold_key(n) for p in places.values() for n in p.names
    }

    def fresh(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v for v in values if fold_key(v) not in taken)

    for actor in world_actors:
        own = actors.get(actor.id)
        names, adjectives = fresh(actor.names), fresh(actor.adjectives)
        if own is None:
            actors[actor.id] = replace(actor, names=names, adjectives=adjectives)
        else:
            actors[actor.id] = replace(
                own, names=own.names + names, adjectives=own.adjectives + adjectives
            )
        taken.update(fold_key(n) for n in (*names, *adjectives))
    place_names = {fold_key(n) for p in places.values() for n in p.names}
    for place in world_places:
        country = place.id == place.state and place.id in actors
        # a country is both its state and a place: only another place's name keeps it out
        names = (
            tuple(n for n in place.names if fold_key(n) not in place_names)
            if country
            else fresh(place.names)
        )
        if names and place.id not in places:
            places[place.id] = replace(place, names=names)
            taken.update(fold_key(n) for n in names)
            place_names.update(fold_key(n) for n in names)


def general_issues(folder: Path) -> dict[str, list[str]]:
    """Keywords of the issues of talks in general (``world/issues.toml``)."""
    return dict(_load(folder / WORLD / "issues.toml").get("issues", {}))


def descriptions(folder: Path) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """What states and groups are called after they were named (``world/descriptions.toml``):
    (the nouns after 'the', the actors they may stand for)."""
    rows = _load(folder / WORLD / "descriptions.toml").get("description", [])
    return tuple((tuple(r["words"]), frozenset(r["actors"])) for r in rows)
