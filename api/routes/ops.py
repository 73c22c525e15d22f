"""``/metrics`` (Prometheus text format) and ``/ready`` (views caught up within a bound).

``/health`` says the process is alive and its store reachable; ``/ready`` says it should
get traffic: a load balancer takes a server whose views lag out of rotation until they
catch up (after a restart, a rebuild, or while it follows a busy view writer).
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.responses import Response

from api.deps import SettingsDep
from api.problems import ApiProblem, documented
from api.schemas import OrjsonResponse

router = APIRouter(tags=["health"])


@router.get(
    "/metrics",
    summary="Prometheus metrics: log position, view lag, subscribers, latencies, counters",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}},
)
def metrics(request: Request) -> Response:
    return Response(
        generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST
    )


@router.get(
    "/ready",
    summary="Whether the views are caught up with the log within PARLEY_READY_LAG",
    responses=documented(503),
)
async def ready(request: Request, settings: SettingsDep) -> OrjsonResponse:
    state = request.app.state
    end = await asyncio.to_thread(state.parley.max_position)
    position = state.read.position
    lag = max(0, end - position)
    if lag > settings.ready_lag:
        raise ApiProblem(
            503,
            f"the views are {lag} positions behind the log (more than {settings.ready_lag}, "
            "PARLEY_READY_LAG)",
            headers={"Retry-After": "1"},
        )
    return OrjsonResponse({"status": "ready", "position": end, "views": position, "lag": lag})
