"""The FastAPI application: state built in ``lifespan``, errors as problem+json.

Routers are listed in ``ROUTERS``; add one there to serve it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from fastapi import APIRouter, FastAPI
from starlette.types import Receive, Scope, Send

from api import problems
from api.deps import Settings
from api.limits import BodyLimit
from api.listen import Listener
from api.metrics import Metrics, Observed
from api.routes import (
    actors,
    articles,
    corrections,
    events,
    feeds,
    health,
    ops,
    read,
    replay,
    stream,
)
from api.schemas import ArticleBatchIn, ArticleIn, OrjsonResponse, Problem
from api.stream import Broadcaster
from api.web import install as install_web
from application.app import Parley
from application.cluster import ViewWriter
from application.fetch import Fetcher
from application.follow import Follower, Relevance, summary
from extraction import Extractor
from projections import ReadSide

log = logging.getLogger("parley.api")
# How long shutdown waits for a feed round to finish its current item (one page fetch).
STOP_TIMEOUT = 30.0

ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    ops.router,
    articles.router,
    events.router,
    corrections.router,
    stream.router,
    actors.router,
    read.router,
    replay.router,
    feeds.router,
)

DESCRIPTION = """Follow a negotiation through the news: articles become dated, sourced,
immutable events. Reads are open; writes need `Authorization: Bearer $PARLEY_API_TOKEN`.
Errors are `application/problem+json` naming the offending field."""


def create_app(
    db: str | None = None,
    *,
    extractor: Extractor | None = None,
    settings: Settings | None = None,
    on_start: Callable[[Parley], None] | None = None,
    following: Following | None = None,
) -> FastAPI:
    """The Parley HTTP API on the store named by ``db`` (else ``PARLEY_DB``).

    ``on_start`` runs on the store before the app serves (``parley serve --load``);
    ``following`` names feeds to follow while it serves (``parley serve --feeds``).
    """
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        parley = await asyncio.to_thread(Parley, url=db, extractor=extractor)
        if on_start is not None:
            await asyncio.to_thread(on_start, parley)
        broadcaster = Broadcaster(
            parley,
            poll_interval=settings.poll_interval,
            heartbeat=settings.heartbeat,
            queue_size=settings.queue_size,
            push_fallback=settings.push_fallback,
        )
        await broadcaster.start()
        views = await asyncio.to_thread(read.open_read_side, parley, settings.read_cache)
        loop, stored = asyncio.get_running_loop(), asyncio.Event()

        def views_stored() -> None:  # the view writer stored a page: followers load it
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(stored.set)

        listener = Listener.for_app(parley, broadcaster.wake)
        if listener is not None:
            broadcaster.listener = listener
            if views.store.channel:
                listener.also(views.store.channel, views_stored)
            listener.start()
        app.state.parley, app.state.broadcaster, app.state.read = parley, broadcaster, views
        app.state.reads = read.Reads(
            views,
            parley,
            broadcaster,
            read.Answers(settings.read_cache),
            settings.min_position_wait,
        )
        keeper = asyncio.create_task(
            keep_current(
                views, broadcaster, stored, settings.push_fallback, settings.snapshot_every
            ),
            name="parley-read-side",
        )
        app.state.feeds = following.feeds if following else ()
        follower = (
            Follower(parley, Fetcher(interval=following.interval), following.relevance)
            if following and following.feeds
            else None
        )
        under_way: list[asyncio.Future[Any]] = []
        rounds = (
            asyncio.create_task(
                follow(follower, broadcaster, following, under_way), name="parley-follow"
            )
            if follower and following
            else None
        )
        try:
            yield
        finally:
            if follower is not None and rounds is not None:
                follower.stopping.set()  # a round under way ends after its current item
                rounds.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await rounds
                if under_way:  # the store closes below: let the round's thread finish first
                    await asyncio.wait(under_way, timeout=STOP_TIMEOUT)
            await broadcaster.close()
            if listener is not None:
                await asyncio.to_thread(listener.stop)
            keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keeper
            await asyncio.to_thread(app.state.reads.close)
            if settings.snapshot_every > 0:
                await asyncio.to_thread(save_snapshot, views, True)
            views.close()
            views_writer = getattr(views, "writer", None)
            if isinstance(views_writer, ViewWriter):
                views_writer.close()
            parley.close()

    api = ParleyAPI(
        title="Parley",
        description=DESCRIPTION,
        version="1",
        lifespan=lifespan,
        default_response_class=OrjsonResponse,
        # Served by api.web from installed files: FastAPI's own pages load them from a CDN.
        docs_url=None,
        redoc_url=None,
    )
    api.state.settings = settings
    metrics = api.state.metrics = Metrics()
    metrics.watch(api.state)
    api.observed = Observed(api.serve_asgi, metrics)
    problems.install(api)
    api.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    api.add_middleware(problems.Faults)  # outermost of ours: faults anywhere inside
    for router in ROUTERS:
        api.include_router(router)
    install_web(api)
    api.openapi = _openapi_with_shared_schemas(api)  # type: ignore[method-assign]
    return api


class ParleyAPI(FastAPI):
    """FastAPI, sending a current cached read answer, or computing a plain ``/state`` one,
    before anything else runs (routing, validation, dependencies, middleware, FastAPI's
    per-request telemetry check): about a tenth of the server's time per cached answer,
    a fifth per computed one. Everything else is FastAPI's."""

    observed: Any = None  # the app timed and given request ids (see api.metrics)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.observed is not None:
            await self.observed(scope, receive, send)
        else:
            await self.serve_asgi(scope, receive, send)

    async def serve_asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not await read.send_cached(self.state, scope, send):
            await super().__call__(scope, receive, send)


async def keep_current(
    views: ReadSide,
    broadcaster: Broadcaster,
    advanced: asyncio.Event | None = None,
    every: float = 5.0,
    snapshot_every: float = 0.0,
) -> None:
    """Catches the read side up whenever the broadcaster sees the log advance (or the view
    writer, elsewhere, stores a page), so reads rarely wait for a catch-up of their own;
    and every ``every`` seconds regardless, so a follower takes the view writer's role
    when its holder is gone. Every ``snapshot_every`` seconds (0: never) it stores a
    snapshot of the index if one is due, so a restart need not index everything again."""
    advanced = advanced or asyncio.Event()
    broadcaster.listeners.append(lambda position: advanced.set())
    # Ends with the broadcaster too: a cancel racing a wake-up can be lost in wait_for.
    while not broadcaster.closed:
        try:
            await asyncio.to_thread(views.catch_up)
        except Exception:  # the next read catches up (and reports) if this keeps failing
            log.exception("catching the read side up failed")
        if snapshot_every > 0:
            await asyncio.to_thread(save_snapshot, views, False, snapshot_every)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(advanced.wait(), every)
        advanced.clear()


def save_snapshot(views: ReadSide, force: bool, every: float = 0.0) -> None:
    """Stores an index snapshot if one is due (``ReadSide.save_snapshot``); a failure is
    logged, never raised: the node serves on, and a restart indexes from the views."""
    try:
        position = views.save_snapshot(force, every)
    except Exception:
        log.exception("storing an index snapshot failed")
        return
    if position is not None:
        log.info("index snapshot stored at position %d", position)


@dataclass(frozen=True)
class Following:
    """Feeds the server follows, how often, and which items it keeps."""

    feeds: tuple[str, ...]
    every: float = 600.0
    relevance: Relevance = field(default_factory=Relevance)
    interval: float = 1.0


async def follow(
    follower: Follower,
    broadcaster: Broadcaster,
    following: Following,
    under_way: list[asyncio.Future[Any]],
) -> None:
    """Polls the feeds every ``following.every`` seconds, logging each round's summary;
    ``under_way`` holds the round running in a thread, which cancelling does not stop."""
    try:
        while not follower.stopping.is_set():
            try:
                current = asyncio.ensure_future(
                    asyncio.to_thread(follower.round, list(following.feeds))
                )
                under_way[:] = [current]
                reports = await asyncio.shield(current)
                log.info("following: %s", summary(reports))
                broadcaster.note_written(follower.parley.max_position())
            except Exception:  # the next round tries again; GET /feeds shows feed errors
                log.exception("following the feeds failed")
            await asyncio.sleep(following.every)
    finally:
        await asyncio.to_thread(follower.fetcher.close)


def _openapi_with_shared_schemas(api: FastAPI) -> Any:
    generate = api.openapi

    def openapi() -> dict[str, Any]:
        if api.openapi_schema is None:
            schema = generate()
            shared = schema.setdefault("components", {}).setdefault("schemas", {})
            for model in (Problem, ArticleIn, ArticleBatchIn):
                definition = model.model_json_schema(ref_template="#/components/schemas/{model}")
                shared.update(definition.pop("$defs", {}))
                shared[model.__name__] = definition
            api.openapi_schema = schema
        return api.openapi_schema

    return openapi


class Server(uvicorn.Server):
    """uvicorn waits for open responses before it shuts the app down, and SSE responses never
    end by themselves: end them first, so shutdown is clean and prompt."""

    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets)
        if not self.should_exit:
            print(f"parley: serving with {describe(self.config)}", flush=True)

    async def shutdown(self, sockets: Any = None) -> None:
        state = getattr(self.config.app, "state", None)
        broadcaster = getattr(state, "broadcaster", None)
        if broadcaster is not None:
            await broadcaster.close()
        await super().shutdown(sockets)


def describe(config: uvicorn.Config) -> str:
    """The HTTP implementation and event loop actually serving, e.g. for benchmarks."""
    protocol = getattr(config, "http_protocol_class", None)
    loop = type(asyncio.get_running_loop())
    return f"http={getattr(protocol, '__name__', protocol)} loop={loop.__module__}.{loop.__name__}"


def serve(app: FastAPI, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Runs the app under uvicorn until SIGINT/SIGTERM, ending live streams first."""
    options.setdefault("timeout_graceful_shutdown", 10)
    config = uvicorn.Config(app, host=host, port=port, **options)
    Server(config).run()


def app_from_env() -> FastAPI:
    """The app as each ``--workers`` process makes it: store and settings from the
    environment (``PARLEY_DB``, ``PARLEY_*``)."""
    return create_app()


def serve_workers(workers: int, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Runs ``workers`` processes on one socket under uvicorn's supervisor until SIGINT or
    SIGTERM. Each has its own broadcaster and read side; on PostgreSQL one of them (or of
    any server on the store) writes the views, and the rest follow."""
    from uvicorn.supervisors import Multiprocess

    options.setdefault("timeout_graceful_shutdown", 10)
    config = uvicorn.Config(
        "api.http:app_from_env", factory=True, host=host, port=port, workers=workers, **options
    )
    socket = config.bind_socket()
    print(f"parley: serving with {workers} workers on http://{host}:{port}", flush=True)
    Multiprocess(config, sockets=[socket]).run()
