"""Analysts' corrections: facts about the record, with their author and reason, never edits.

A correction targets a happening, not a release's event id: its ``anchor`` (article,
evidence sentence, type, principal actors) is what identifies the happening across
extractor releases, so it re-attaches to the same happening after a replay.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID, uuid4

from eventsourcing.domain import Aggregate, event

from domain.events import CATALOG
from domain.values import ISSUES, MODALITIES, ActorRef, Interval, InvalidValue

ON_EVENT = ("retract", "amend", "confirm")  # actions on one extracted happening
ON_RECORD = ("add", "merge")  # actions on the record as a whole
ACTIONS = (*ON_EVENT, *ON_RECORD)
# What an amendment may change, in the export shape.
AMENDABLE = (
    "occurred",
    "type",
    "actors",
    "modality",
    "location",
    "issues",
    "attributes",
    "negotiation",
)


class InvalidCorrection(ValueError):
    """A correction names a field or value outside the catalog: ``field`` says which."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class Correction(Aggregate):
    """One analyst's correction; undoing it is a second event on it."""

    class Made(Aggregate.Created):
        action: str
        anchor: dict[str, Any] | None
        changes: dict[str, Any]
        reason: str
        writer: str
        target: str | None = None  # the event id the analyst saw, for the history

    class Undone(Aggregate.Event):
        reason: str
        writer: str

    @staticmethod
    def create_id() -> UUID:
        return uuid4()

    @event(Made)
    def __init__(
        self,
        action: str,
        anchor: dict[str, Any] | None,
        changes: dict[str, Any],
        reason: str,
        writer: str,
        target: str | None = None,
    ) -> None:
        self.action = action
        self.anchor = anchor
        self.changes = changes
        self.reason = reason
        self.writer = writer
        self.target = target
        self.undone = False

    @event(Undone)
    def undo(self, reason: str, writer: str) -> None:
        self.undone = True

    @classmethod
    def make(
        cls,
        action: str,
        reason: str,
        writer: str,
        anchor: dict[str, Any] | None = None,
        changes: dict[str, Any] | None = None,
        target: str | None = None,
    ) -> Correction:
        """A checked correction: raises InvalidCorrection naming the field at fault."""
        if action not in ACTIONS:
            raise InvalidCorrection("action", f"{action!r} is not one of {', '.join(ACTIONS)}")
        if not writer:
            raise InvalidCorrection("writer", "a correction needs its writer's name")
        if not reason or not reason.strip():
            raise InvalidCorrection("reason", "say why: a correction needs a reason")
        changes = dict(changes or {})
        if action in ON_EVENT and anchor is None:
            raise InvalidCorrection("target", f"{action} needs the event it corrects")
        if action == "amend":
            changes = checked_changes(changes)
            if not changes:
                raise InvalidCorrection("changes", "an amendment needs at least one change")
        elif action in ("retract", "confirm") and changes:
            raise InvalidCorrection("changes", f"{action} takes no changes")
        elif action == "add":
            changes = checked_addition(changes)
        elif action == "merge":
            changes = checked_merge(changes)
        return cls(action, anchor, changes, reason.strip(), writer, target)


def anchor_of(record: dict[str, Any]) -> dict[str, Any]:
    """What identifies a happening across releases, from an event in the export shape (or a
    read-side record, whose evidence is the sentence text)."""
    return {
        "article": record["article"],
        "type": record["type"],
        "sentence": evidence_text(record),
        "principals": sorted(a["id"] for a in record["actors"] if a["role"] == "subject"),
    }


def evidence_text(record: dict[str, Any]) -> str:
    evidence = record["evidence"]
    text = evidence["text"] if isinstance(evidence, dict) else evidence
    return " ".join(str(text).split())


def matches(anchor: dict[str, Any], record: dict[str, Any]) -> bool:
    """The record is the anchored happening's article, type and sentence."""
    return (
        record["article"] == anchor["article"]
        and record["type"] == anchor["type"]
        and evidence_text(record) == anchor["sentence"]
    )


def principals_match(anchor: dict[str, Any], record: dict[str, Any]) -> bool:
    return anchor_of(record)["principals"] == list(anchor["principals"])


def checked_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Amendment changes in the export shape, validated and normalised (ISO dates)."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in AMENDABLE:
            raise InvalidCorrection(
                f"changes.{key}", f"cannot be amended; amendable: {', '.join(AMENDABLE)}"
            )
        out[key] = _checked(f"changes.{key}", key, value)
    return out


def _checked(field: str, key: str, value: Any) -> Any:
    try:
        if key == "occurred":
            if not isinstance(value, dict):
                raise InvalidValue("give {start, end, precision}")
            start = _date(value.get("start"), f"{field}.start")
            end = _date(value.get("end", value.get("start")), f"{field}.end")
            interval = Interval(start, end, value.get("precision", "day"))
            return {
                "start": interval.start.isoformat(),
                "end": interval.end.isoformat(),
                "precision": interval.precision,
            }
        if key == "type":
            if value not in CATALOG:
                raise InvalidValue(f"{value!r} is not an event type of the catalog")
            return value
        if key == "actors":
            if not isinstance(value, list | tuple) or not value:
                raise InvalidValue("give a non-empty list of {id, role}")
            refs = [ActorRef(str(a["id"]), a.get("role", "subject")) for a in value]
            return [{"id": r.id, "role": r.role} for r in refs]
        if key == "modality":
            if value not in MODALITIES:
                raise InvalidValue(f"{value!r} is not one of {', '.join(MODALITIES)}")
            return value
        if key == "issues":
            unknown = [i for i in value if i not in ISSUES]
            if unknown:
                raise InvalidValue(f"unknown issues {unknown}")
            return list(value)
        if key == "location":
            return None if value is None else str(value)
        if key == "negotiation":
            if not isinstance(value, str) or not value.strip():
                raise InvalidValue("give a negotiation id, e.g. 'israel-hamas'")
            return value.strip()
        if key == "attributes":
            if not isinstance(value, dict):
                raise InvalidValue("give an object")
            return dict(value)
    except InvalidCorrection:
        raise
    except (InvalidValue, KeyError, TypeError, AttributeError) as e:
        raise InvalidCorrection(field, str(e) or "malformed") from None
    raise InvalidCorrection(field, "unknown field")  # pragma: no cover - keys checked above


def _date(value: Any, field: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InvalidCorrection(field, f"{value!r} is not a date (YYYY-MM-DD)") from None


def checked_addition(changes: dict[str, Any]) -> dict[str, Any]:
    """A missed happening: its type, date, actors and evidence (article + span, or a URL)."""
    for required in ("type", "occurred", "actors"):
        if required not in changes:
            raise InvalidCorrection(f"event.{required}", "required for an added happening")
    evidence = changes.get("evidence")
    if not isinstance(evidence, dict) or not (evidence.get("article") or evidence.get("url")):
        raise InvalidCorrection(
            "event.evidence", "give {article, span[, text]} or {url[, text]}: where it is read"
        )
    span = evidence.get("span")
    if evidence.get("article") and span is not None:
        ok = isinstance(span, list | tuple) and len(span) == 2 and 0 <= span[0] <= span[1]
        if not ok:
            raise InvalidCorrection("event.evidence.span", "give [start, end] offsets")
    out = {
        key: _checked(f"event.{key}", key, changes[key])
        for key in AMENDABLE
        if key in changes and changes[key] is not None
    }
    out.setdefault("modality", "asserted")
    out.setdefault("issues", [])
    out.setdefault("location", None)
    out.setdefault("attributes", {})
    reported = changes.get("reported") or out["occurred"]["end"]
    out["reported"] = _date(reported, "event.reported").isoformat()
    out["evidence"] = {
        "article": evidence.get("article"),
        "url": evidence.get("url"),
        "span": list(span) if span is not None else None,
        "text": str(evidence.get("text") or ""),
    }
    return out


def checked_merge(changes: dict[str, Any]) -> dict[str, Any]:
    """Two actor ids that are one: ``{"from": id, "into": id}``."""
    old, new = changes.get("from"), changes.get("into")
    for field, value in (("from", old), ("into", new)):
        if not isinstance(value, str) or not value.strip():
            raise InvalidCorrection(f"merge.{field}", "give an actor id")
    if old == new:
        raise InvalidCorrection("merge.into", "an actor id cannot be merged into itself")
    return {"from": old, "into": new}
