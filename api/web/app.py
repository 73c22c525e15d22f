"""Routes of the web app: the page, its static files, its aggregated reads, offline docs."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Annotated, Any

import fastapi_offline
import orjson
from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse, Response

from api.problems import documented, refuse_unordered
from api.routes.read import Answer, DatesQuery, From, KnownAsOf, Negotiation, Release, To
from api.web.density import MAX_BUCKETS, density
from domain.events import CATALOG
from projections import ReadSide

STATIC = Path(__file__).parent / "static"
STATIC_URL = "/web/static"
# Swagger UI 5 and Redoc as the fastapi-offline package ships them (package data).
DOCS_ASSETS = Path(fastapi_offline.__file__).parent / "static"
DOCS_URL = "/web/docs-assets"
NO_CACHE = {"Cache-Control": "no-cache"}

router = APIRouter(tags=["web"])
pages = APIRouter(include_in_schema=False)


def install(app: FastAPI) -> None:
    """Serves the web app at ``/`` and the API docs at ``/docs`` and ``/redoc`` from
    installed files. The app must be created with ``docs_url=None, redoc_url=None``."""
    app.mount(STATIC_URL, StaticFiles(directory=STATIC), name="web-static")
    app.mount(DOCS_URL, StaticFiles(directory=DOCS_ASSETS), name="docs-assets")
    app.include_router(router)
    app.include_router(pages)


@cache
def index_page() -> bytes:
    """The page, told the catalog's event types (the stream names its messages by type)."""
    types = orjson.dumps(sorted(CATALOG)).decode()
    html = (STATIC / "index.html").read_text()
    return html.replace("__CATALOG_TYPES__", types).encode()


@pages.get("/")
async def index() -> Response:
    return Response(index_page(), media_type="text/html; charset=utf-8", headers=NO_CACHE)


@pages.get("/docs")
async def swagger(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "")
    return get_swagger_ui_html(
        openapi_url=f"{root}/openapi.json",
        title="Parley - API docs",
        swagger_js_url=f"{root}{DOCS_URL}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{DOCS_URL}/swagger-ui.css",
        swagger_favicon_url=f"{root}{DOCS_URL}/favicon.png",
        oauth2_redirect_url=f"{root}/docs/oauth2-redirect",
    )


@pages.get("/docs/oauth2-redirect")
async def swagger_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


@pages.get("/redoc")
async def redoc(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "")
    return get_redoc_html(
        openapi_url=f"{root}/openapi.json",
        title="Parley - API reference",
        redoc_js_url=f"{root}{DOCS_URL}/redoc.standalone.js",
        redoc_favicon_url=f"{root}{DOCS_URL}/favicon.png",
        with_google_fonts=False,
    )


@router.get(
    "/web/density",
    summary="Reports per stretch of time and type, for a zoomed-out timeline",
    description="The timeline page draws these counts when a window holds too many events "
    "to draw each; `from`/`to` default to the first and last event.",
    responses=documented(422),
)
async def get_density(
    answer: Answer,
    start: From = None,
    end: To = None,
    buckets: Annotated[int, Query(ge=1, le=MAX_BUCKETS)] = 60,
    known_as_of: KnownAsOf = None,
    release: Release = None,
    negotiation: Negotiation = None,
) -> Response:
    refuse_unordered(start, end)
    return await answer(
        lambda read: density(read, start, end, buckets, known_as_of, release, negotiation)
    )


@router.get(
    "/web/positions",
    summary="Every actor's stance on each issue on a date, for the positions matrix",
    responses=documented(422),
)
async def get_all_positions(
    answer: Answer, dates: DatesQuery, release: Release = None, negotiation: Negotiation = None
) -> Response:
    def compute(read: ReadSide) -> dict[str, Any]:
        return read.positions(None, dates.as_of, dates.known_as_of, release, negotiation)

    return await answer(compute)
