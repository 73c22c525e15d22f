"""The corrected record: analysts' corrections laid over the machine's events, purely.

Events are dicts in the export shape (or read-side records, whose evidence is the sentence
text). ``Overlay.attach`` finds the happening each correction is anchored to among an
article's events of any release; ``Overlay.apply`` gives an event as corrected, or None if
it is retracted. Corrections apply in log order; an undone one does not apply.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from domain.correction import matches, principals_match

ANALYST = {"name": "analyst", "version": "", "rule": ""}


@dataclass(frozen=True)
class Entry:
    """A stored correction as the read side sees it."""

    id: str
    position: int
    action: str
    anchor: dict[str, Any] | None
    changes: dict[str, Any]
    reason: str
    writer: str
    at: str
    target: str | None = None
    undone: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "position": self.position,
            "action": self.action,
            "target": self.target,
            "anchor": self.anchor,
            "changes": self.changes,
            "reason": self.reason,
            "writer": self.writer,
            "at": self.at,
            "undone": self.undone,
        }


@dataclass
class Overlay:
    """The live (not undone) corrections, in log order."""

    entries: Sequence[Entry] = ()
    live: list[Entry] = field(init=False)

    def __post_init__(self) -> None:
        self.live = [e for e in self.entries if e.undone is None]

    def __bool__(self) -> bool:
        return bool(self.live)

    @property
    def anchored(self) -> list[Entry]:
        return [e for e in self.live if e.anchor is not None]

    @property
    def added(self) -> list[Entry]:
        return [e for e in self.live if e.action == "add"]

    @property
    def merges(self) -> dict[str, str]:
        """Actor id -> the id it is merged into (chains followed, latest merge last)."""
        into: dict[str, str] = {}
        for e in self.live:
            if e.action == "merge":
                into[e.changes["from"]] = e.changes["into"]
        return {old: _follow(old, into) for old in into}

    @property
    def articles(self) -> set[str]:
        return {e.anchor["article"] for e in self.anchored if e.anchor}

    def attach(self, records: Sequence[dict[str, Any]]) -> dict[int, list[Entry]]:
        """Which corrections attach to which of these records (by index in ``records``):
        same article, type and sentence, preferring the same principal actors; a lone
        match of the sentence attaches even if the actors changed between releases."""
        found: dict[int, list[Entry]] = {}
        for entry in self.anchored:
            for i in self.targets(entry, records):
                found.setdefault(i, []).append(entry)
        return found

    def targets(self, entry: Entry, records: Sequence[dict[str, Any]]) -> list[int]:
        anchor = entry.anchor or {}
        same = [i for i, r in enumerate(records) if matches(anchor, r)]
        best = [i for i in same if principals_match(anchor, records[i])]
        return best or (same if len(same) == 1 else [])

    def apply(self, record: dict[str, Any], entries: Iterable[Entry] = ()) -> dict[str, Any] | None:
        """The record as corrected by its attached entries and any actor merges; None if
        retracted. Corrected records say so (``corrected``, ``corrections``)."""
        out = dict(record)
        applied: list[str] = []
        confirmed: list[str] = []
        for entry in entries:
            if entry.action == "retract":
                return None
            if entry.action == "amend":
                out = amended(out, entry.changes)
                applied.append(entry.id)
            elif entry.action == "confirm":
                confirmed.append(entry.writer)
        merges = self.merges
        if merges and any(a["id"] in merges for a in out["actors"]):
            out["actors"] = _merged(out["actors"], merges)
            out["attributes"] = _merged_attributes(out.get("attributes") or {}, merges)
            applied.extend(e.id for e in self.live if e.action == "merge")
        if applied:
            out["corrected"] = True
            out["corrections"] = applied
        if confirmed:
            out["confirmed_by"] = confirmed
        return out


def amended(record: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(record)
    for key, value in changes.items():
        if key == "attributes":
            out["attributes"] = {**(record.get("attributes") or {}), **value}
        else:
            out[key] = value
    return out


def added_record(entry: Entry, release: str | None = None) -> dict[str, Any]:
    """A happening an analyst added, in the export shape, marked ``added_by``."""
    c = entry.changes
    evidence = c["evidence"]
    return {
        "position": entry.position,
        "id": entry.id,
        "type": c["type"],
        "article": evidence.get("article") or evidence.get("url"),
        "reported": c["reported"],
        "occurred": c["occurred"],
        "actors": c["actors"],
        "modality": c["modality"],
        "issues": c["issues"],
        "location": c["location"],
        "attributes": c["attributes"],
        "evidence": {
            "article": evidence.get("article"),
            "url": evidence.get("url"),
            "sentence": None,
            "span": evidence.get("span"),
            "text": evidence.get("text") or "",
        },
        "extractor": {**ANALYST, "version": release or ""},
        "confidence": 1.0,
        "added_by": entry.writer,
        "corrections": [entry.id],
    }


def _follow(actor: str, into: dict[str, str]) -> str:
    seen = {actor}
    while actor in into and into[actor] not in seen:
        actor = into[actor]
        seen.add(actor)
    return actor


def _merged(actors: Iterable[dict[str, Any]], merges: dict[str, str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for a in actors:
        actor = {"id": merges.get(a["id"], a["id"]), "role": a["role"]}
        if actor not in out:
            out.append(actor)
    return out


def _merged_attributes(attributes: dict[str, Any], merges: dict[str, str]) -> dict[str, Any]:
    """Attributes naming actors (a round's ``participants``, a delegation's ``leader``) name
    the merged ids too: an id is a whole string value or an item of a list."""

    def follow(value: Any) -> Any:
        return merges.get(value, value) if isinstance(value, str) else value

    out: dict[str, Any] = {}
    for key, value in attributes.items():
        if isinstance(value, list | tuple):
            items = [follow(v) for v in value]
            # two ids now one: listed once (other lists, of terms say, are kept as they are)
            strings = all(isinstance(v, str) for v in items)
            out[key] = list(dict.fromkeys(items)) if strings else items
        else:
            out[key] = follow(value)
    return out
