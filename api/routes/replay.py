"""``/replay``, ``/diff`` and ``/extractors``: derive every article again, and see what changed.

``POST /replay`` starts the server's replay in a background thread and answers 202 at once,
with ``Location: /replay``; ``GET /replay`` follows it. One replay runs at a time per
server, and on PostgreSQL across every server on the store (another POST meanwhile is a
409, and every server's ``GET /replay`` reports the running one); a replay killed with the
server resumes when started again. ``POST /replay?dry_run=true`` stores nothing and answers
the diff at once.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from api.deps import BroadcasterDep, ParleyDep, Writer
from api.problems import ApiProblem, documented, invalid
from api.schemas import OrjsonResponse
from api.stream import Broadcaster
from application.app import Parley
from application.cluster import ReplayGuard
from application.replay import (
    DiffMemo,
    Replayer,
    UnknownArticle,
    UnknownRelease,
    releases,
    resolve_release,
)

log = logging.getLogger("parley.api")
router = APIRouter(tags=["replay"])
WAKE_EVERY = 0.25  # seconds: subscribers see a replay's events while it runs


class ReplayJob:
    """The server's replay: at most one at a time (``guard`` says where), run in a thread,
    followed by ``GET``."""

    def __init__(self, guard: ReplayGuard | None = None) -> None:
        self.lock = threading.Lock()
        self.guard = guard or ReplayGuard()
        self.metrics: Any = None  # counts outcomes, when the app has metrics
        self._recorded = 0.0
        self._reset()

    def _reset(self) -> None:
        self.state = "idle"  # idle, running, done, failed
        self.release: str | None = None
        self.done = self.total = 0
        self.started: datetime | None = None
        self.finished: datetime | None = None
        self.report: dict[str, Any] | None = None
        self.error: str | None = None
        self._woken = 0.0

    def start(self, parley: Parley, broadcaster: Broadcaster) -> bool:
        """Starts a replay unless one is running; False if one is."""
        with self.lock:
            if self.state == "running" or not self.guard.acquire():
                return False
            self._reset()
            self.state, self.release = "running", parley.release
            self.started = datetime.now(UTC)
        threading.Thread(
            target=self._run, args=(parley, broadcaster), name="parley-replay", daemon=True
        ).start()
        return True

    def _run(self, parley: Parley, broadcaster: Broadcaster) -> None:
        def progress(done: int, total: int) -> None:
            self.done, self.total = done, total
            if time.monotonic() - self._woken > WAKE_EVERY:
                self._woken = time.monotonic()
                broadcaster.wake()
                self._share()

        self._share()
        try:
            report = Replayer(parley).run(progress)
        except Exception as e:  # reported by GET /replay; what was saved stays saved
            _note_written(parley, broadcaster)
            self.error, self.state = str(e), "failed"
        else:
            _note_written(parley, broadcaster)
            self.report, self.state = report.as_dict(), "done"
            if self.metrics is not None:
                self.metrics.replayed.inc(report.events)
        finally:
            self.finished = datetime.now(UTC)
            if self.metrics is not None:
                self.metrics.replays.labels(self.state).inc()
            self._share()
            self.guard.release()

    def _share(self) -> None:
        try:
            self.guard.record(self._status())
        except Exception:  # the replay goes on; other servers see older progress meanwhile
            log.exception("recording the replay's progress failed")

    def status(self) -> dict[str, Any]:
        """This server's replay while it runs; else one running elsewhere, if any; else the
        last one this server (or, if it ran none, any server) ran."""
        local = self._status()
        if local["state"] == "running":
            return local
        try:
            shared = self.guard.shared()
        except Exception:
            log.exception("reading the shared replay status failed")
            shared = None
        if shared and (shared["state"] == "running" or local["state"] == "idle"):
            return shared
        return local

    def _status(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "release": self.release,
            "done": self.done,
            "total": self.total,
            "started": self.started,
            "finished": self.finished,
            "report": self.report,
            "error": self.error,
        }


def _note_written(parley: Parley, broadcaster: Broadcaster) -> None:
    """Before the replay reports itself finished, so this server's reads that follow see
    its writes (as after ``POST /articles``)."""
    try:
        position = parley.max_position()
    except Exception:  # the store failed too: the next poll catches up
        log.exception("reading the log position after a replay failed")
        broadcaster.wake()
    else:
        broadcaster.note_written(position)


_job_lock = threading.Lock()


def replay_job(request: Request) -> ReplayJob:
    with _job_lock:
        job = getattr(request.app.state, "replay_job", None)
        if job is None:
            guard = ReplayGuard.for_app(request.app.state.parley)
            job = request.app.state.replay_job = ReplayJob(guard)
            job.metrics = getattr(request.app.state, "metrics", None)
    return job


@router.post(
    "/replay",
    status_code=202,
    summary="Derive every stored article again with the server's extractor, then switch",
    description="Starts the replay in the background and answers 202 with its status; follow "
    "it at `GET /replay` (the `Location`). Nothing is deleted: the new release's events are "
    "appended, then one `ReleaseSwitched` event makes it active (both appear on `/stream`). "
    "With `dry_run=true` nothing is stored and the answer is the diff against the active "
    "release. Needs `Authorization: Bearer $PARLEY_API_TOKEN`.",
    dependencies=[Writer],
    responses={200: {"description": "The dry run's diff"}, **documented(401, 403, 409)},
)
def start_replay(
    request: Request,
    parley: ParleyDep,
    broadcaster: BroadcasterDep,
    dry_run: Annotated[bool, Query(description="Store nothing; answer the diff.")] = False,
) -> OrjsonResponse:
    if dry_run:
        return OrjsonResponse(Replayer(parley).preview().as_dict())
    job = replay_job(request)
    if not job.start(parley, broadcaster):
        running = job.status()
        where = "" if running.get("node") is None else f" on {running['node']}"
        raise ApiProblem(
            409,
            f"a replay with {running.get('release')} is already running{where}: "
            "follow it at GET /replay",
        )
    return OrjsonResponse(job.status(), status_code=202, headers={"Location": "/replay"})


@router.get("/replay", summary="The state of the server's last replay")
def replay_status(request: Request) -> OrjsonResponse:
    return OrjsonResponse(replay_job(request).status())


@router.get("/extractors", summary="Extractor releases in the store, with counts")
def list_extractors(parley: ParleyDep) -> OrjsonResponse:
    found = releases(parley)
    return OrjsonResponse(
        {
            "active": parley.active_release(),
            "current": parley.release,
            "releases": [{**info.__dict__, "version": info.version} for info in found],
        }
    )


@router.get(
    "/diff",
    summary="What one extractor release added, removed and changed against another",
    description="`before` and `after` name releases as `parley diff` does: `rules@1.0.0+d.x`, "
    "`1.0.0+d.x`, a unique prefix, `active` or `current`. A diff against the server's own "
    "release before a replay stored it extracts every article again: it is computed once per "
    "log position and shared (asks while it runs wait for it); a write makes the next ask "
    "compute anew.",
    responses=documented(404, 422),
)
def diff(
    request: Request,
    parley: ParleyDep,
    before: Annotated[str, Query(min_length=1)] = "active",
    after: Annotated[str, Query(min_length=1)] = "current",
    article: Annotated[str | None, Query(min_length=1)] = None,
    all_articles: Annotated[
        bool, Query(alias="all", description="Also list articles without changes.")
    ] = False,
) -> OrjsonResponse:
    names = _release(parley, "before", before), _release(parley, "after", after)
    try:
        found = diff_memo(request, parley).diff(*names, article=article)
    except UnknownArticle as e:
        raise ApiProblem(404, str(e)) from None
    return OrjsonResponse(found.as_dict(only_differences=not all_articles))


def diff_memo(request: Request, parley: Parley) -> DiffMemo:
    with _job_lock:
        memo = getattr(request.app.state, "diff_memo", None)
        if memo is None:
            memo = request.app.state.diff_memo = DiffMemo(parley)
    return memo


def _release(parley: Parley, field: str, name: str) -> str:
    try:
        return resolve_release(parley, name)
    except UnknownRelease as e:
        raise invalid(field, str(e)) from None
