"""Every error the API answers with, as ``application/problem+json``, from this one module.

Bad input is a 4xx naming the field; only a fault of ours is a 500, and it says nothing
of our internals.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from application.app import ArticleConflict
from application.articles import InvalidArticle
from application.store import BadStoreURL

log = logging.getLogger("parley.api")

MEDIA_TYPE = "application/problem+json"
TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Invalid request",
    500: "Internal server error",
    503: "Service unavailable",
}


class ApiProblem(HTTPException):
    """An error answered as a problem; ``errors`` name the offending fields."""

    def __init__(
        self,
        status: int,
        detail: str,
        errors: Sequence[dict[str, str]] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status, detail, headers)
        self.errors = list(errors)


class BodyTooLarge(ApiProblem):
    """Raised while the body is still arriving, so an oversized body is never read whole."""

    def __init__(self, limit: int) -> None:
        message = f"larger than {limit} bytes (PARLEY_MAX_BODY_BYTES)"
        super().__init__(413, f"request body is {message}", [{"field": "body", "message": message}])


def invalid(field: str, message: str, status: int = 422) -> ApiProblem:
    """A problem with one field's value (a 422 unless ``status`` says otherwise)."""
    return ApiProblem(status, f"{field}: {message}", [{"field": field, "message": message}])


def not_found(field: str, message: str) -> ApiProblem:
    """A 404 naming the field whose value names nothing stored."""
    return ApiProblem(404, message, [{"field": field, "message": message}])


def refuse_unordered(start: date | None, end: date | None) -> None:
    """``from`` after ``to`` is a 422 naming ``to``, on every route that takes both."""
    if start and end and start > end:
        raise invalid("to", f"{end} is before from={start}")


def problem_response(
    status: int,
    detail: str,
    errors: Sequence[dict[str, str]] = (),
    headers: dict[str, str] | None = None,
) -> Response:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = list(errors)
    return Response(orjson.dumps(body), status, headers, media_type=MEDIA_TYPE)


def field_errors(errors: Iterable[Any], prefix: str = "") -> list[dict[str, str]]:
    """Pydantic errors as ``{"field": "articles[3].published", "message": ...}``."""
    return [
        {"field": field_name(error["loc"], prefix), "message": _message(error)} for error in errors
    ]


def field_name(loc: Sequence[Any], prefix: str = "") -> str:
    name = prefix
    for part in loc:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{part}" if name else str(part)
    return name or "body"


def _message(error: Any) -> str:
    message = str(error.get("msg", "invalid"))
    return message.removeprefix("Value error, ")


def _request_field(loc: Sequence[Any]) -> str:
    # ('query', 'limit') -> 'limit'; ('header', 'last-event-id') -> 'Last-Event-ID'
    if loc and loc[0] == "header" and len(loc) > 1:
        return "-".join(word.capitalize() for word in str(loc[1]).split("-")).replace("Id", "ID")
    if loc and loc[0] in ("query", "path", "body", "cookie"):
        return field_name(loc[1:]) if len(loc) > 1 else str(loc[0])
    return field_name(loc)


async def on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [{"field": _request_field(e["loc"]), "message": _message(e)} for e in exc.errors()]
    return _invalid_response(errors)


def _invalid_response(errors: list[dict[str, str]]) -> Response:
    first = errors[0] if errors else {"field": "body", "message": "invalid"}
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return problem_response(422, f"{first['field']}: {first['message']}{more}", errors)


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    errors = exc.errors if isinstance(exc, ApiProblem) else ()
    headers = dict(exc.headers) if exc.headers else None
    return problem_response(exc.status_code, str(exc.detail), errors, headers)


async def on_validation_model_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ValidationError)
    return _invalid_response(field_errors(exc.errors()))


async def on_invalid_article(request: Request, exc: Exception) -> Response:
    return problem_response(422, str(exc))


async def on_conflict(request: Request, exc: Exception) -> Response:
    return problem_response(409, str(exc))


async def on_bad_store(request: Request, exc: Exception) -> Response:
    return problem_response(422, str(exc))


class Faults:
    """Answers an unexpected exception with a 500 problem, logged once.

    Not an exception handler for ``Exception``: Starlette runs that one in its outermost
    middleware, which re-raises after answering, so the server logged each fault again.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            log.exception("unhandled error on %s %s", scope["method"], scope["path"], exc_info=exc)
            if not started:  # else the response is cut short: the client sees it end early
                response = problem_response(
                    500, "the server failed to answer this request; it is logged"
                )
                await response(scope, receive, send)


def install(app: FastAPI) -> None:
    """Routes every error through the handlers above (faults: add ``Faults`` outermost)."""
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(ValidationError, on_validation_model_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(InvalidArticle, on_invalid_article)
    app.add_exception_handler(ArticleConflict, on_conflict)
    app.add_exception_handler(BadStoreURL, on_bad_store)


PROBLEM_CONTENT = {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the problems a route can answer with."""
    return {
        status: {"description": TITLES.get(status, "Error"), "content": PROBLEM_CONTENT}
        for status in statuses
    }
