"""``GET /health``: is the store reachable, and how far has the log come."""

from __future__ import annotations

import os

from fastapi import APIRouter, Request
from starlette.responses import Response

from api.deps import BroadcasterDep, ParleyDep
from api.schemas import Health, OrjsonResponse

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, summary="Liveness and the log's last position")
def health(parley: ParleyDep, broadcaster: BroadcasterDep, request: Request) -> OrjsonResponse:
    views = getattr(request.app.state, "read", None)
    writer = getattr(views, "writer", None)
    return OrjsonResponse(
        {
            "pid": os.getpid(),  # which process answered, behind a balancer or --workers
            "views": {
                "position": views.position if views is not None else 0,
                # Whether this server writes the views (on PostgreSQL, one server does).
                "writer": bool(getattr(writer, "holding", True)),
            },
            "status": "ok",
            "position": parley.max_position(),
            "extractor": parley.release,
            "active_release": parley.active_release(),
            "subscribers": len(broadcaster.subscribers),
        }
    )


@router.head("/health", include_in_schema=False)
def health_head(parley: ParleyDep, broadcaster: BroadcasterDep, request: Request) -> Response:
    """For monitors that ask with HEAD: the GET's status and headers, no body."""
    answer = health(parley, broadcaster, request)
    return Response(status_code=answer.status_code, headers=dict(answer.headers))
