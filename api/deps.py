"""What routes depend on: the application, the broadcaster, settings, and the write guard."""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from api.problems import ApiProblem
from api.stream import Broadcaster
from application.app import Parley


def _number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a number") from None


@dataclass(frozen=True)
class Settings:
    """The API's knobs; ``from_env`` reads them once, when the app is created."""

    token: str | None = None
    max_body_bytes: int = 5_000_000
    max_batch: int = 100
    heartbeat: float = 15.0
    poll_interval: float = 0.2
    push_fallback: float = 5.0
    min_position_wait: float = 2.0
    ready_lag: int = 1000
    queue_size: int = 1000
    read_cache: int = 4096

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            token=os.environ.get("PARLEY_API_TOKEN") or None,
            max_body_bytes=int(_number("PARLEY_MAX_BODY_BYTES", cls.max_body_bytes)),
            max_batch=int(_number("PARLEY_MAX_BATCH", cls.max_batch)),
            heartbeat=_number("PARLEY_SSE_HEARTBEAT", cls.heartbeat),
            poll_interval=_number("PARLEY_SSE_POLL", cls.poll_interval),
            push_fallback=_number("PARLEY_PUSH_FALLBACK", cls.push_fallback),
            min_position_wait=_number("PARLEY_MIN_POSITION_WAIT", cls.min_position_wait),
            ready_lag=int(_number("PARLEY_READY_LAG", cls.ready_lag)),
            queue_size=int(_number("PARLEY_SSE_QUEUE", cls.queue_size)),
            read_cache=int(_number("PARLEY_READ_CACHE", cls.read_cache)),
        )


def get_parley(request: Request) -> Parley:
    return request.app.state.parley


def get_broadcaster(request: Request) -> Broadcaster:
    return request.app.state.broadcaster


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


ParleyDep = Annotated[Parley, Depends(get_parley)]
BroadcasterDep = Annotated[Broadcaster, Depends(get_broadcaster)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def require_writer(request: Request, settings: SettingsDep) -> None:
    """Writes need ``Authorization: Bearer $PARLEY_API_TOKEN``; without a token, none pass."""
    if not settings.token:
        raise ApiProblem(
            403, "writes are disabled on this server: set PARLEY_API_TOKEN to enable writes"
        )
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    supplied = credentials.strip().encode() if scheme.lower() == "bearer" else b""
    if not hmac.compare_digest(supplied, settings.token.encode()):
        raise ApiProblem(
            401,
            "a valid bearer token is required: send Authorization: Bearer <PARLEY_API_TOKEN>",
            headers={"WWW-Authenticate": 'Bearer realm="parley"'},
        )


Writer = Depends(require_writer)
