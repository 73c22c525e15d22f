"""Reading the log fast: stored catalog events straight to facts, without event objects.

Decoding through the application's transcoder builds value objects that the read side only
takes apart again; that was half of a rebuild. Here the stored state is parsed with orjson
and the few fields a fact needs are read from it. Whatever this path does not know exactly
(encrypted or compressed state, an event class that upcasts, an unknown value type) goes
through the application's mapper instead, so both paths give the same facts (a test checks).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from hashlib import sha1
from typing import Any
from uuid import UUID

import orjson
from eventsourcing.persistence import Mapper, StoredEvent
from eventsourcing.utils import resolve_topic

from application.sealing import is_sealed, unseal
from domain.events import CatalogEvent
from projections.facts import Fact, Plain, fact

TYPE, DATA = "_type_", "_data_"
ISO_TYPES = frozenset({"date", "datetime"})  # kept as the ISO text they are stored as
NOT_ATTRIBUTES = frozenset(
    {"originator_id", "originator_version", "timestamp", "class_version", *CatalogEvent.ENVELOPE}
)


class Unknown(Exception):
    """The state holds something only the application's transcoder can decode."""


class Decoder:
    """Turns stored catalog events into facts; fast where it can be exact, else via the mapper."""

    def __init__(self, mapper: Mapper[Any]) -> None:
        self.mapper = mapper
        self.plain_state = mapper.cipher is None and mapper.compressor is None
        self.keys = getattr(mapper, "keys", None)  # sealed evidence texts (application.sealing)
        self._parsed: dict[int, Any] = {}  # states parsed by ``prefetch``, by id of the event

    def prefetch(self, page: Sequence[Any]) -> None:
        """Parses a page of stored events and reads the keys of their articles in one go:
        a rebuild then asks for keys once a page, not once an article (which took most of
        a rebuild on PostgreSQL)."""
        self._parsed = {}
        if self.keys is None or not self.plain_state:
            return
        articles = set()
        for stored in page:
            if _fast_class(stored.topic) is None:
                continue
            try:
                state = orjson.loads(stored.state)
            except orjson.JSONDecodeError:
                continue  # the mapper decides, in ``fact``
            self._parsed[id(stored)] = state
            if isinstance(state, dict) and isinstance(state.get("article"), str):
                articles.add(state["article"])
        self.keys.load(articles)

    def fact(self, stored: StoredEvent, position: int) -> Fact:
        cls = self.fast_class(stored.topic)
        state = self._parsed.pop(id(stored), None)
        if cls is not None:
            try:
                return fact(position, plain_of_state(cls, stored, self.keys, state))
            except (Unknown, KeyError, TypeError, AttributeError):
                pass  # not the shape this path knows: the mapper decides
        return fact(position, self.mapper.to_domain_event(stored))  # type: ignore[arg-type]

    def fast_class(self, topic: str) -> type[CatalogEvent] | None:
        return _fast_class(topic) if self.plain_state else None


@lru_cache(maxsize=256)
def _fast_class(topic: str) -> type[CatalogEvent] | None:
    """The catalog event class of a topic, if its stored state is read as saved (no upcasting)."""
    cls = resolve_topic(topic)
    if not (isinstance(cls, type) and issubclass(cls, CatalogEvent)):
        return None
    upcasts = any(name.startswith("upcast_v") for name in dir(cls))
    return None if upcasts or getattr(cls, "class_version", 1) != 1 else cls


def plain_of_state(
    cls: type[CatalogEvent], stored: StoredEvent, keys: Any = None, state: Any = None
) -> Plain:
    """The plain fields of a stored catalog event, read from its JSON state (``state``:
    parsed already); a sealed evidence text is opened with the article's key from ``keys``."""
    if state is None:
        state = orjson.loads(stored.state)
    if "class_version" in state:
        raise Unknown("class_version")
    occurred = _data(state["occurred"], "Interval")
    extractor = _data(state["extractor"], "ExtractorRef")
    attributes = {k: _value(v) for k, v in state.items() if k not in NOT_ATTRIBUTES}
    return Plain(
        id=event_id(stored.originator_id, stored.originator_version),
        type=cls.__name__,
        article=state["article"],
        reported=_iso(state["reported"]),
        start=_iso(occurred["start"]),
        end=_iso(occurred["end"]),
        precision=occurred.get("precision", "day"),
        actors=[_actor(a) for a in state["actors"]],
        modality=state["modality"],
        issues=list(state["issues"]),
        location=state["location"],
        attributes=attributes,
        evidence=_evidence(state, keys),
        release=f"{extractor['name']}@{extractor['version']}",
        rule=extractor.get("rule", ""),
        confidence=state["confidence"],
        condition=_field(cls, attributes, "condition", ""),
        terms=_field(cls, attributes, "terms", ()),
        proposal_id=_field(cls, attributes, "proposal_id", ""),
        # Events stored before negotiations were a dimension lack it: the class default.
        negotiation=state.get("negotiation", cls.negotiation),
    )


def _evidence(state: dict[str, Any], keys: Any) -> str:
    text = _data(state["evidence"], "Evidence")["text"]
    if not is_sealed(text):
        return str(text)
    if keys is None:
        raise Unknown("sealed")
    return unseal(keys, state["article"], text)


def event_id(originator_id: Any, version: int) -> str:
    """``str(uuid5(originator_id, str(version)))`` (application.export.event_id), without
    building UUID objects."""
    namespace = originator_id if isinstance(originator_id, UUID) else UUID(str(originator_id))
    digest = bytearray(sha1(namespace.bytes + str(version).encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _field(cls: type[CatalogEvent], attributes: dict[str, Any], name: str, default: Any) -> Any:
    # An event object falls back to the class attribute for a field its state lacks.
    return attributes[name] if name in attributes else getattr(cls, name, default)


def _data(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, dict) or value.get(TYPE) != name:
        raise Unknown(name)
    return value[DATA]


def _iso(value: Any) -> str:
    if not isinstance(value, dict) or value.get(TYPE) != "date":
        raise Unknown("date")
    return value[DATA]


def _actor(value: Any) -> tuple[str, str]:
    data = _data(value, "ActorRef")
    return data["id"], data.get("role", "subject")


def _value(value: Any) -> Any:
    """An attribute as the fact's record keeps it: dates as ISO text, arrays as lists."""
    if isinstance(value, list):
        return [_value(v) for v in value]
    if isinstance(value, dict):
        if TYPE in value and DATA in value and len(value) == 2:
            if value[TYPE] not in ISO_TYPES:
                raise Unknown(value[TYPE])
            return value[DATA]
        raise Unknown("mapping")  # nested mappings keep value objects: the mapper decodes
    return value
