"""An orjson transcoder for stored events, with transcodings for the domain's value objects.

The domain keeps tuples for immutability and JSON has only arrays, so every array is
decoded as a tuple: stored events read back equal to the events that were saved.
orjson writes UUIDs natively as strings; event fields hold ids as strings.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

import orjson
from eventsourcing.persistence import Transcoder, Transcoding

from domain.values import ActorRef, Evidence, ExtractorRef, Interval

TYPE, DATA = "_type_", "_data_"
OPTIONS = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME


class DataclassAsDict(Transcoding):
    """Encodes a frozen dataclass as its fields; decodes by calling its constructor."""

    def __init__(self, cls: type[Any]) -> None:
        self.type = cls
        self.name = cls.__name__
        self.fields = tuple(f.name for f in dataclasses.fields(cls))

    def encode(self, obj: Any) -> dict[str, Any]:
        return {name: getattr(obj, name) for name in self.fields}

    def decode(self, data: Any) -> Any:
        return self.type(**data)


class ScalarAsStr(Transcoding):
    """Encodes a scalar type as a string and parses it back."""

    def __init__(self, cls: type[Any], name: str, parse: Any = None) -> None:
        self.type = cls
        self.name = name
        self.parse = parse or cls

    def encode(self, obj: Any) -> str:
        return obj.isoformat() if hasattr(obj, "isoformat") else str(obj)

    def decode(self, data: Any) -> Any:
        return self.parse(data)


class OrjsonTranscoder(Transcoder):
    """Transcodes event state with orjson; registered types travel as ``{_type_, _data_}``."""

    def __init__(self) -> None:
        self.types: dict[type, Transcoding] = {}
        self.names: dict[str, Transcoding] = {}

    def register(self, transcoding: Transcoding) -> None:
        self.types[transcoding.type] = transcoding
        self.names[transcoding.name] = transcoding

    def encode(self, obj: Any) -> bytes:
        return orjson.dumps(obj, default=self._encode_obj, option=OPTIONS)

    def decode(self, data: bytes) -> Any:
        return self._decode_obj(orjson.loads(data))

    def _encode_obj(self, obj: Any) -> dict[str, Any]:
        try:
            transcoding = self.types[type(obj)]
        except KeyError:
            raise TypeError(f"no transcoding registered for {type(obj).__qualname__}") from None
        return {TYPE: transcoding.name, DATA: transcoding.encode(obj)}

    def _decode_obj(self, obj: Any) -> Any:
        if isinstance(obj, list):
            return tuple(self._decode_obj(item) for item in obj)
        if not isinstance(obj, dict):
            return obj
        if len(obj) == 2 and TYPE in obj and DATA in obj:
            transcoding = self.names[cast(str, obj[TYPE])]
            return transcoding.decode(self._decode_obj(obj[DATA]))
        return {key: self._decode_obj(value) for key, value in obj.items()}


def parley_transcoder() -> OrjsonTranscoder:
    """The transcoder every Parley store uses."""
    transcoder = OrjsonTranscoder()
    for cls in (ActorRef, Interval, Evidence, ExtractorRef):
        transcoder.register(DataclassAsDict(cls))
    transcoder.register(ScalarAsStr(date, "date", date.fromisoformat))
    transcoder.register(ScalarAsStr(datetime, "datetime", datetime.fromisoformat))
    transcoder.register(ScalarAsStr(Decimal, "decimal_str", Decimal))
    return transcoder
