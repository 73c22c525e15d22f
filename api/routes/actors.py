"""``GET /actors/unregistered``: actors the events name that the registry does not list."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import ParleyDep
from api.problems import documented
from application.queries import EventFilter, actor_uses

router = APIRouter(tags=["read models"])


@router.get(
    "/actors/unregistered",
    summary="Actors read from the text that the registry does not list",
    description="Each with its event count, roles, negotiations, first and last dates and up "
    "to three example sentences, most used first: add them to the registry "
    "(`extraction/data/actors.toml`, same id to keep their events') and replay.",
    responses={**documented(422)},
)
def unregistered_actors(
    parley: ParleyDep,
    negotiation: Annotated[str | None, Query(max_length=200, description="Negotiation id.")] = None,
    extractor: Annotated[
        str | None,
        Query(max_length=200, description="Extractor version or release (default: active)."),
    ] = None,
) -> dict[str, Any]:
    wanted = EventFilter(extractor=extractor or parley.active_release(), negotiation=negotiation)
    events = (p.event for p in parley.catalog_events() if wanted(p.event))
    return {"actors": [use.record() for use in actor_uses(events, unregistered=True)]}
