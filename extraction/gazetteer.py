"""Finding registry names in text: one Aho-Corasick pass over diacritic-folded text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from anyascii import anyascii

from extraction.registry import Registry


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "-‐‑‒–—":
        return " "
    out = anyascii(ch).lower()
    return out[0] if out else " "


_NON_ASCII = re.compile(r"[\u2018\u2019]{2}|[^\x00-\x7f]|-")


def _fold_match(m: re.Match[str]) -> str:
    text = m.group()
    if len(text) == 2:
        # two curly single quotes typed for a double one ('‘’We are close,’’ he said'): a
        # double quote, beside the word it opens or closes (a space on the other side)
        return ' "' if m.string[m.end() : m.end() + 1].isalnum() else '" '
    return _fold_char(text)


def fold(text: str) -> str:
    """Lowercase ASCII text of the same length: offsets in it are offsets in the original."""
    if text.isascii():
        return text.lower().replace("-", " ")
    # each non-ASCII character (and hyphen) folded on its own to one ASCII character, then
    # the rest lowered as ASCII text: the same text as folding every character, with no call
    # for each (a folded character may be '-', so hyphens are folded in the same pass)
    return _NON_ASCII.sub(_fold_match, text).lower()


def fold_key(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip()


@dataclass(frozen=True)
class Entry:
    """What a matched string names: an actor, a title (office), an adjective or a place."""

    kind: str  # name, short, title, adjective, place
    target: str
    cased: str | None = None  # an acronym that must match in exactly this case
    needs_capital: bool = True


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entries: tuple[Entry, ...]


# Demonyms whose plural adds -s: Russian(s), Saudi(s), Israeli(s), Thai(s).
PLURAL_DEMONYM = re.compile(r"(?:an|i)$")


def _acronym(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


class Gazetteer:
    """All names of the registry in one automaton; matches keep word boundaries and case."""

    def __init__(self, registry: Registry) -> None:
        table: dict[str, list[Entry]] = {}

        def add(alias: str, entry: Entry) -> None:
            key = fold_key(alias)
            if key and entry not in table.setdefault(key, []):
                table[key].append(entry)

        for actor in registry.actors.values():
            for name in actor.names:
                cased = name if _acronym(name) else None
                capital = actor.proper or len(name.split()) < 3
                add(name, Entry("name", actor.id, cased, needs_capital=capital))
            for name in actor.short:
                add(name, Entry("short", actor.id, None))
            for adjective in actor.adjectives:
                cased = adjective if _acronym(adjective) else None
                add(adjective, Entry("adjective", actor.id, cased))
                if actor.kind == "state" and PLURAL_DEMONYM.search(adjective):
                    # 'the Russians rejected', 'the Saudis and the Houthis agreed': a state's
                    # people in the plural are its side (only the plurals in -s, which are
                    # nouns: 'the Sudanese army' is an adjective)
                    add(f"{adjective}s", Entry("name", actor.id, None, needs_capital=True))
        capitals = {p.state: p.names[0] for p in registry.places.values() if p.metonym}
        for office in registry.offices.values():
            for title in office.titles:
                for form in _title_forms(registry, office.org, title, capitals):
                    add(form, Entry("title", office.id, None, needs_capital=False))
        for place in registry.places.values():
            for name in place.names:
                add(name, Entry("place", place.id, name if _acronym(name) else None))
        for form, place_id in _capital_descriptions(registry):
            add(form, Entry("place", place_id, None))
        self.automaton = ahocorasick.Automaton()
        for key, entries in table.items():
            self.automaton.add_word(key, (len(key), tuple(entries)))
        self.automaton.make_automaton()

    def find(self, text: str, folded: str) -> list[Hit]:
        """Longest non-overlapping matches, each with the entries whose case rules it meets."""
        hits: list[Hit] = []
        for end_index, (length, entries) in self.automaton.iter_long(folded):
            start = end_index - length + 1
            hit = _hit(text, folded, start, end_index + 1, entries)
            if hit is not None:
                hits.append(hit)
            else:
                # 'Hamas delegations': the longest name fails a word boundary or its case;
                # shorter names inside it ('Hamas') still count.
                hits.extend(self._shorter(text, folded, start, end_index + 1))
        return hits

    def _shorter(self, text: str, folded: str, lo: int, hi: int) -> list[Hit]:
        found: list[Hit] = []
        for end_index, (length, entries) in self.automaton.iter(folded, lo, hi):
            start, end = end_index - length + 1, end_index + 1
            if end - start < hi - lo:
                hit = _hit(text, folded, start, end, entries)
                if hit is not None:
                    found.append(hit)
        found.sort(key=lambda h: (h.start, h.start - h.end))
        kept: list[Hit] = []
        for hit in found:
            if not kept or hit.start >= kept[-1].end:
                kept.append(hit)
        return kept


def _hit(text: str, folded: str, start: int, end: int, entries: tuple[Entry, ...]) -> Hit | None:
    """The match when it keeps word boundaries and some entry's case rule."""
    if start > 0 and folded[start - 1].isalnum():
        return None
    if end < len(folded) and folded[end].isalnum():
        return None
    surface = text[start:end]
    kept = tuple(e for e in entries if _case_ok(e, surface))
    return Hit(start, end, kept) if kept else None


def _capital_descriptions(registry: Registry) -> list[tuple[str, str]]:
    """A state's capital told by the state: "Sudan's capital", 'the Swiss capital' (the first
    capital a state has; places.toml may name more)."""
    capital_of: dict[str, str] = {}
    for place in registry.places.values():
        if place.metonym and place.state:
            capital_of.setdefault(place.state, place.id)
    forms: list[tuple[str, str]] = []
    for state, place_id in capital_of.items():
        actor = registry.actors.get(state)
        if actor is None or actor.kind != "state":
            continue
        for name in actor.names[:1]:
            forms += [(f"{name}'s capital", place_id), (f"{name}'s capital city", place_id)]
        for adjective in actor.adjectives:
            forms += [
                (f"{adjective} capital", place_id),
                (f"{adjective} capital city", place_id),
            ]
    return forms


def _case_ok(entry: Entry, surface: str) -> bool:
    if entry.cased is not None:
        return surface == entry.cased
    if entry.needs_capital:
        return surface[:1].isupper() or surface[:1].isdigit()
    return True


def _title_forms(registry: Registry, org_id: str, title: str, capitals: dict[str, str]) -> set[str]:
    """'Egyptian intelligence chief', "Egypt's intelligence chief", 'chief of Egypt'."""
    org = registry.actors.get(org_id)
    if org is None:
        return set()
    forms: set[str] = set()
    names = [n for n in org.names[:4] if len(n.split()) <= 3]
    if org_id in capitals:
        names.append(capitals[org_id])
    for name in names:
        forms.update({f"{name}'s {title}", f"{name} {title}", f"{title} of {name}"})
        forms.add(f"{title} of the {name}")
    for adjective in org.adjectives:
        forms.add(f"{adjective} {title}")
    return forms
