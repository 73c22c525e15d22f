"""What a running server exposes to watch it by: Prometheus metrics, request ids, JSON logs.

Each app has a registry of its own (several apps in one process, as in tests, never share
counters). Gauges are read when scraped, from the objects that know them, at no cost to
requests; request latencies are histograms by route template, so ``/actors/X/positions``
is one series, not one per actor.
"""

from __future__ import annotations

import contextvars
import itertools
import logging
import os
import time
import uuid
from collections.abc import Iterator
from typing import Any

import orjson
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The app's registry and the counters and histograms routes record into."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Histogram(
            "parley_request_seconds",
            "HTTP request latency by route template, method and status.",
            ("route", "method", "status"),
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.ingested = Counter(
            "parley_ingested_articles",
            "Articles posted to this server, by outcome (new, duplicate).",
            ("status",),
            registry=self.registry,
        )
        self.events = Counter(
            "parley_ingested_events",
            "Events stored by this server's ingests.",
            registry=self.registry,
        )
        self.replays = Counter(
            "parley_replays",
            "Replays run by this server, by outcome (done, failed).",
            ("outcome",),
            registry=self.registry,
        )
        self.replayed = Counter(
            "parley_replayed_events",
            "Events stored by this server's replays.",
            registry=self.registry,
        )

    def watch(self, state: Any) -> None:
        """Reads the app's live gauges from ``state`` when scraped."""
        self.registry.register(StateCollector(state))


class StateCollector(Collector):
    """Log position, the views' position and lag, subscribers, and roles, as scraped."""

    def __init__(self, state: Any) -> None:
        self.state = state

    def collect(self) -> Iterator[GaugeMetricFamily]:
        broadcaster = getattr(self.state, "broadcaster", None)
        views = getattr(self.state, "read", None)
        if broadcaster is None or views is None:
            return
        seen = broadcaster.seen
        yield GaugeMetricFamily(
            "parley_log_position", "The furthest log position this server has seen.", seen
        )
        name = getattr(views.store, "name", "views")
        position = GaugeMetricFamily(
            "parley_view_position", "The log position each view reflects.", labels=["view"]
        )
        position.add_metric([name], views.position)
        yield position
        lag = GaugeMetricFamily(
            "parley_view_lag", "Log positions each view is behind the log.", labels=["view"]
        )
        lag.add_metric([name], max(0, seen - views.position))
        yield lag
        writer = getattr(views, "writer", None)
        yield GaugeMetricFamily(
            "parley_view_writer",
            "1 if this server writes the shared views.",
            int(bool(getattr(writer, "holding", True))),
        )
        yield GaugeMetricFamily(
            "parley_sse_subscribers", "Open /stream subscriptions.", len(broadcaster.subscribers)
        )
        listener = getattr(broadcaster, "listener", None)
        yield GaugeMetricFamily(
            "parley_push_connected",
            "1 while the LISTEN connection pushes new events (PostgreSQL).",
            int(listener is not None and listener.connected.is_set()),
        )


def route_of(scope: Scope) -> str:
    """The route template a request matched; cached answers (sent before routing) by path."""
    route = scope.get("route")
    if route is not None and hasattr(route, "path"):
        return str(route.path)
    path = str(scope.get("path", ""))
    if path.startswith("/actors/") and path.endswith("/positions"):
        return "/actors/{actor}/positions"
    return path if path in KNOWN_PATHS else "other"


KNOWN_PATHS = frozenset(("/state", "/timeline", "/actors", "/changes"))


# A request id made here: this process's random half, then a count (a uuid4 per request,
# reading the system's random source each time, was ~10% of serving a cached answer).
_process_id = uuid.uuid4().hex[:16]
_issued = itertools.count(1)


def _forked() -> None:  # a forked worker draws its own half
    global _process_id, _issued
    _process_id, _issued = uuid.uuid4().hex[:16], itertools.count(1)


os.register_at_fork(after_in_child=_forked)


def fresh_request_id() -> str:
    """32 hex digits, never the same twice in a process, nor (but by a 2^-64 chance) in
    another: a process's first 16 are random, the last 16 count its requests."""
    return f"{_process_id}{next(_issued):016x}"


class Observed:
    """Times every HTTP request into the app's histogram, and gives each a request id
    (``X-Request-ID`` if the client or a proxy sent one, else a new one), echoed in the
    response and in every log line written while it is served."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        supplied = dict(scope["headers"]).get(b"x-request-id", b"")[:64].decode("latin-1")
        request_id = supplied or fresh_request_id()
        token = REQUEST_ID.set(request_id)
        began = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            elapsed = time.perf_counter() - began
            self.metrics.requests.labels(route_of(scope), scope["method"], str(status)).observe(
                elapsed
            )
            REQUEST_ID.reset(token)


class JsonLines(logging.Formatter):
    """One JSON object a line: time, level, logger, message, the request id if any."""

    converter = time.gmtime  # type: ignore[assignment]

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = REQUEST_ID.get()
        if request_id:
            line["request_id"] = request_id
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return orjson.dumps(line).decode()


def log_config(log_format: str, level: str) -> dict[str, Any] | None:
    """uvicorn's ``log_config``: its default for text, JSON lines on stderr for ``json``."""
    if log_format != "json":
        return None
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonLines}},
        "handlers": {"json": handler},
        "root": {"handlers": ["json"], "level": level.upper()},
        "loggers": {
            name: {"handlers": [], "propagate": True, "level": level.upper()}
            for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "parley")
        },
    }
