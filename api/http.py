"""The FastAPI application: state built in ``lifespan``, errors as problem+json."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import ORJSONResponse

from application.app import Parley
from application.export import export_record


def create_app(db: str | None = None) -> FastAPI:
    """The Parley HTTP API on the store named by ``db`` (else ``PARLEY_DB``)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.parley = Parley(url=db)
        yield
        app.state.parley.close()

    api = FastAPI(title="Parley", lifespan=lifespan, default_response_class=ORJSONResponse)

    @api.get("/health")
    def health(parley: ParleyDep) -> dict[str, Any]:
        return {"status": "ok", "position": parley.max_position(), "extractor": parley.release}

    @api.get("/events")
    def events(parley: ParleyDep) -> list[dict[str, Any]]:
        return [export_record(p.position, p.event) for p in parley.catalog_events()]

    return api


def get_parley(request: Request) -> Parley:
    return request.app.state.parley


ParleyDep = Annotated[Parley, Depends(get_parley)]
