"""What routes depend on: the application, the broadcaster, settings, and the write guard."""

from __future__ import annotations

import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from api.problems import ApiProblem
from api.stream import Broadcaster
from application import tokens
from application.app import Parley
from application.tokens import Holder
from domain.token import may


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
    snapshot_every: float = 60.0  # seconds between checks whether an index snapshot is due

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
            snapshot_every=_number("PARLEY_SNAPSHOT_EVERY", cls.snapshot_every),
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


def holder_of(request: Request, settings: Settings, parley: Parley) -> Holder | None:
    """Who the request's bearer token speaks for: ``PARLEY_API_TOKEN`` is the admin named
    ``admin``; any other token is looked up, by its hash, among those issued."""
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    supplied = credentials.strip() if scheme.lower() == "bearer" else ""
    if not supplied:
        return None
    if settings.token and hmac.compare_digest(supplied.encode(), settings.token.encode()):
        return Holder("admin", "admin")
    return tokens.holder(parley, supplied)


def requiring(role: str) -> Callable[..., Holder]:
    """A dependency admitting tokens whose role may do what ``role`` may; answers the holder."""

    def guard(request: Request, settings: SettingsDep, parley: ParleyDep) -> Holder:
        found = holder_of(request, settings, parley)
        if found is None:
            if not settings.token and not tokens.listed(parley):
                raise ApiProblem(
                    403,
                    "writes are disabled on this server: set PARLEY_API_TOKEN or issue tokens "
                    "with `parley tokens add` to enable writes",
                )
            raise ApiProblem(
                401,
                "a valid bearer token is required: send Authorization: Bearer <token>",
                headers={"WWW-Authenticate": 'Bearer realm="parley"'},
            )
        if not may(found.role, role):
            raise ApiProblem(
                403, f"{found.name!r} is a {found.role}: this needs the {role} role or above"
            )
        return found

    return guard


def require_writer(request: Request, settings: SettingsDep, parley: ParleyDep) -> Holder:
    """Ingest, replay and withdrawal need an admin token (or ``PARLEY_API_TOKEN``)."""
    return requiring("admin")(request, settings, parley)


Writer = Depends(require_writer)
AdminDep = Annotated[Holder, Depends(requiring("admin"))]
AnalystDep = Annotated[Holder, Depends(requiring("analyst"))]
