"""``/articles``: store articles (one or a batch, idempotently) and read them back."""

from __future__ import annotations

import logging
from typing import Annotated, Any

import orjson
from eventsourcing.utils import get_topic
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from api.deps import AdminDep, BroadcasterDep, ParleyDep, SettingsDep, Writer
from api.problems import ApiProblem, documented, field_errors, invalid, not_found
from api.schemas import (
    ARTICLE_EXAMPLE,
    ArticleBatchIn,
    ArticleIn,
    ArticleOut,
    ArticlePage,
    IngestBatchOut,
    InvalidField,
    OrjsonResponse,
)
from application import web
from application.app import (
    ARTICLE_TOPIC,
    CATALOG_TOPICS,
    MAX_POSITION,
    ArticleConflict,
    ExtractionFailed,
    IngestResult,
    NotWithdrawable,
    Parley,
    Positioned,
)
from application.articles import ArticleInput
from application.export import export_record
from domain.article import Extraction, text_digest

log = logging.getLogger("parley.api")
router = APIRouter(tags=["articles"])

STARTED_TOPIC = get_topic(Extraction.Started)

_ONE = {"$ref": "#/components/schemas/ArticleIn"}
BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "oneOf": [
                    _ONE,
                    {"$ref": "#/components/schemas/ArticleBatchIn"},
                    {"type": "array", "items": _ONE, "minItems": 1},
                ]
            },
            "examples": {
                "one": {"summary": "One article", "value": ARTICLE_EXAMPLE},
                "batch": {
                    "summary": "A batch",
                    "value": {"articles": [ARTICLE_EXAMPLE]},
                },
            },
        }
    },
}


async def article_batch(request: Request, settings: SettingsDep) -> list[tuple[str, ArticleInput]]:
    """The request's articles, each with the field prefix that names it in errors; the whole
    body is validated before anything is stored."""
    content_type = request.headers.get("content-type", "application/json")
    if "json" not in content_type.split(";")[0]:
        raise ApiProblem(415, f"send the articles as application/json, not {content_type!r}")
    try:
        payload = orjson.loads(await request.body())
    except orjson.JSONDecodeError as e:
        problem = [{"field": "body", "message": str(e)}]
        raise ApiProblem(400, f"body: not valid JSON ({e})", problem) from None
    if isinstance(payload, list):
        payload = {"articles": payload}
    if isinstance(payload, dict) and "articles" in payload:
        return _batch(payload, settings.max_batch)
    if isinstance(payload, dict):
        try:
            return [("", _input("", ArticleIn.model_validate(payload)))]
        except ValidationError as e:
            raise _unprocessable(field_errors(e.errors())) from None
    raise invalid("body", 'expected an article object, {"articles": [...]} or an array')


def _batch(payload: dict[str, Any], limit: int) -> list[tuple[str, ArticleInput]]:
    articles = payload["articles"]
    if isinstance(articles, list):
        if not articles:
            raise invalid("articles", "the batch is empty")
        if len(articles) > limit:
            message = f"{len(articles)} articles is more than {limit} (PARLEY_MAX_BATCH)"
            raise invalid("articles", message, 413)
    try:
        batch = ArticleBatchIn.model_validate(payload)
    except ValidationError as e:
        raise _unprocessable(field_errors(e.errors())) from None
    return [(f"articles[{i}].", _input(f"articles[{i}].", a)) for i, a in enumerate(batch.articles)]


def _input(prefix: str, article: ArticleIn) -> ArticleInput:
    try:
        return article.to_input()
    except InvalidField as e:
        raise _unprocessable([{"field": prefix + e.field, "message": e.message}]) from None


def _unprocessable(errors: list[dict[str, str]]) -> ApiProblem:
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    first = errors[0]
    return ApiProblem(422, f"{first['field']}: {first['message']}{more}", errors)


def refuse_conflicts(parley: Parley, batch: list[tuple[str, ArticleInput]]) -> None:
    """A batch either stores or is refused: an id already taken by another text is a 409."""
    seen: dict[str, str] = {}
    for prefix, article in batch:
        digest = text_digest(article.text)
        stored = parley.article(article.article_id)
        known = seen.setdefault(article.article_id, stored.digest if stored else digest)
        if known != digest:
            raise ApiProblem(
                409,
                f"{prefix}id: article {article.article_id!r} is already stored or sent with a "
                "different text; give the new text another id",
                [{"field": f"{prefix}id", "message": "id taken by a different text"}],
            )


@router.post(
    "/articles",
    status_code=201,
    response_model=IngestBatchOut,
    summary="Store one article or a batch",
    description='Body: one article, `{"articles": [...]}` or a JSON array. The whole batch is '
    "validated, and checked for id conflicts, before anything is stored. Each article is "
    "stored once with the events the extractor finds in it: sending it again stores nothing "
    "and answers `duplicate` (200 when nothing in the batch was new). Needs "
    "`Authorization: Bearer $PARLEY_API_TOKEN`.",
    dependencies=[Writer],
    openapi_extra={"requestBody": BODY},
    responses={
        200: {"description": "Nothing new: every article was stored before"},
        **documented(400, 401, 403, 409, 413, 415, 422),
    },
)
def post_articles(
    request: Request,
    batch: Annotated[list[tuple[str, ArticleInput]], Depends(article_batch)],
    parley: ParleyDep,
    broadcaster: BroadcasterDep,
) -> OrjsonResponse:
    refuse_conflicts(parley, batch)
    try:
        results = web.ingest_batch(parley, [article for _, article in batch])
    except ExtractionFailed as e:
        raise _refused_by_extractor(batch, e) from None
    except ArticleConflict as e:  # a rival stored another text under this id meanwhile
        field = f"{_prefix_of(batch, e.article_id)}id"
        raise invalid(field, str(e), 409) from None
    # The log's end after the write: reading with min_position=it shows the write anywhere.
    position = parley.max_position()
    broadcaster.note_written(position)
    new = sum(r.status == "new" for r in results)
    metrics = request.app.state.metrics
    for result in results:
        metrics.ingested.labels(result.status).inc()
    metrics.events.inc(sum(len(r.events) for r in results))
    body = {
        "position": position,
        "results": [_result(r) for r in results],
        "new": new,
        "duplicate": sum(r.status == "duplicate" for r in results),
        "events": sum(len(r.events) for r in results),
    }
    return OrjsonResponse(body, status_code=201 if new else 200)


def _refused_by_extractor(batch: list[tuple[str, ArticleInput]], e: ExtractionFailed) -> ApiProblem:
    """The batch is refused (all or nothing), naming the article; our fault, so logged."""
    log.warning("extraction failed; the batch was refused: %s", e, exc_info=e.__cause__)
    field = _prefix_of(batch, e.article_id).rstrip(".") or "body"
    return invalid(field, str(e))


def _prefix_of(batch: list[tuple[str, ArticleInput]], article_id: str) -> str:
    return next((prefix for prefix, a in batch if a.article_id == article_id), "")


def _result(result: IngestResult) -> dict[str, Any]:
    return {
        "id": result.article_id,
        "status": result.status,
        "message": result.message,
        "duplicate_of": result.duplicate_of,
        "events": [export_record(p.position, p.event) for p in result.events],
    }


@router.get("/articles", response_model=ArticlePage, summary="Stored articles, in storing order")
def list_articles(
    parley: ParleyDep,
    after: Annotated[
        int, Query(ge=0, le=MAX_POSITION, description="Position cursor from `next`.")
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> OrjsonResponse:
    notifications = parley.recorder.select_notifications(
        after, limit, topics=(ARTICLE_TOPIC,), inclusive_of_start=False
    )
    articles = []
    withdrawn = parley.withdrawn()  # read once for the page, not per article
    for notification in notifications:
        ingested = parley.decode(notification)
        if ingested.article_id in withdrawn:
            continue
        articles.append(
            {
                "id": ingested.article_id,
                "position": notification.id,
                "published": ingested.published,
                "source": ingested.source,
                "title": ingested.title,
                "url": ingested.url,
            }
        )
    more = len(notifications) == limit
    return OrjsonResponse({"articles": articles, "next": notifications[-1].id if more else None})


@router.get(
    "/articles/{article_id}",
    response_model=ArticleOut,
    summary="One article: text, metadata and its events",
    responses=documented(404, 422),
)
def get_article(
    parley: ParleyDep,
    article_id: Annotated[str, Path(min_length=1, max_length=200)],
    release: Annotated[
        str | None, Query(description="Extractor release (default: the active one).")
    ] = None,
) -> OrjsonResponse:
    article = parley.article(article_id)
    if article is None:
        raise ApiProblem(404, f"no article with id {article_id!r} is stored")
    release = release or parley.active_release()
    events = extraction_events(parley, article_id, release) if release else []
    return OrjsonResponse(
        {
            "id": article.article_id,
            "published": article.published,
            "source": article.source,
            "title": article.title,
            "url": article.url,
            "text": article.text,
            "release": release,
            "events": [export_record(p.position, p.event) for p in events],
        }
    )


def extraction_events(parley: Parley, article_id: str, release: str) -> list[Positioned]:
    """The events one release extracted from one article, with their log positions.

    An extraction is saved in one transaction, so its events follow its Started event in
    the log: find that (small events, one per article and release) and read on from it.
    """
    extraction_id = str(Extraction.create_id(article_id, release))
    started = _position_of(parley, STARTED_TOPIC, extraction_id)
    if started is None:
        return []
    extraction: Extraction = parley.repository.get(Extraction.create_id(article_id, release))
    if not extraction.count:
        return []
    found: list[Positioned] = []
    for position, event in parley.read_log(started, topics=CATALOG_TOPICS):
        if str(event.originator_id) == extraction_id:
            found.append(Positioned(position, event))
            if len(found) >= extraction.count:
                break
    return found


def _position_of(parley: Parley, topic: str, originator_id: str) -> int | None:
    after = 0
    while True:
        notifications = parley.recorder.select_notifications(
            after, 5000, topics=(topic,), inclusive_of_start=False
        )
        for notification in notifications:
            if str(notification.originator_id) == originator_id:
                return notification.id
        if len(notifications) < 5000:
            return None
        after = notifications[-1].id


@router.delete(
    "/articles/{article_id}",
    summary="Withdraw an article: left out of every read, its sealed texts made unreadable",
    responses=documented(401, 403, 404, 422),
)
async def withdraw_article(
    request: Request,
    holder: AdminDep,
    article_id: Annotated[str, Path(min_length=1, max_length=200)],
    reason: Annotated[str, Query(min_length=1, max_length=2000, description="Why (recorded).")],
) -> OrjsonResponse:
    """The withdrawal is an event (``Article.Withdrawn``, with reason and writer); the
    article's key is destroyed and the read side projects the log again without it."""
    if not reason.strip():
        raise invalid("reason", "a withdrawal needs a reason")
    views = request.app.state.read
    try:
        withdrawal = await run_in_threadpool(views.withdraw, article_id, reason, holder.name)
    except NotWithdrawable as e:
        raise not_found("article_id", str(e)) from None
    return OrjsonResponse(
        {
            "id": withdrawal.article_id,
            "withdrawn": True,
            "position": withdrawal.position,
            "erased": withdrawal.erased,
            "message": withdrawal.message,
        }
    )
