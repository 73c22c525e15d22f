"""The shapes at the HTTP edge: request and response models, documented with examples."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

import orjson
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator
from starlette.responses import JSONResponse

from application.articles import (
    ArticleInput,
    InvalidArticle,
    check_article_id,
    check_text,
    parse_published,
)
from application.pages import page_article, read_page
from domain.events import CATALOG
from domain.values import ISSUES


class OrjsonResponse(JSONResponse):
    """JSON rendered by orjson (dates, UUIDs and tuples included)."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


EventType = Literal[tuple(sorted(CATALOG))]  # type: ignore[valid-type]
Issue = Literal[ISSUES]  # type: ignore[valid-type]

EVENT_EXAMPLE: dict[str, Any] = {
    "position": 17,
    "id": "0b5c8d6e-3c1f-5a2e-9a57-2f7d2b8f4a10",
    "type": "DelegationArrived",
    "article": "002_9f0f12f4bd91ef74",
    "reported": "2023-12-20",
    "occurred": {"start": "2023-12-20", "end": "2023-12-20", "precision": "day"},
    "actors": [{"id": "hamas", "role": "subject"}, {"id": "ismail_haniyeh", "role": "subject"}],
    "modality": "asserted",
    "issues": [],
    "location": "cairo",
    "attributes": {
        "leader": "ismail_haniyeh",
        "destination": "cairo",
        "cameo": "042",
        "plover": "CONSULT",
    },
    "evidence": {
        "article": "002_9f0f12f4bd91ef74",
        "sentence": 0,
        "span": [0, 118],
        "text": "Ismail Haniyeh ... has arrived in Cairo for crucial discussions.",
    },
    "extractor": {"name": "rules", "version": "1.0.0", "rule": "arrival.verb"},
    "confidence": 0.9,
    "negotiation": "israel-hamas",
}

ARTICLE_EXAMPLE: dict[str, Any] = {
    "id": "002_9f0f12f4bd91ef74",
    "published": "2023-12-20",
    "text": "Ismail Haniyeh, the head of Hamas's political bureau, has arrived in Cairo.",
    "source": "Associated Press",
    "title": "Hamas leader in Cairo for ceasefire talks",
    "url": "https://example.org/news/haniyeh-cairo",
}


def _published(value: object) -> date:
    if isinstance(value, date):  # a datetime would slip through as a date: refuse it too
        raise ValueError("publication date must be a YYYY-MM-DD string")
    return parse_published(value)


def _text_field(value: object) -> object:
    if isinstance(value, str):
        check_text(value)
    return value


class ArticleIn(BaseModel):
    """One article to store."""

    model_config = ConfigDict(
        extra="forbid", strict=True, json_schema_extra={"examples": [ARTICLE_EXAMPLE]}
    )

    id: str = Field(min_length=1, max_length=200, description="Your stable id for the article.")
    published: Annotated[date | None, BeforeValidator(_published)] = Field(
        default=None,
        description="Publication date, YYYY-MM-DD: the reference for 'on Tuesday', 'last "
        "week'. Required with `text`; with `html` it defaults to the page's own date.",
    )
    text: Annotated[str | None, BeforeValidator(_text_field)] = Field(
        default=None, min_length=1, description="The article text (UTF-8, no NUL characters)."
    )
    html: str | None = Field(
        default=None,
        min_length=1,
        description="A web page's HTML instead of `text`: its body, title, canonical URL and "
        "publication date are read from it (given fields win); the digest of the HTML is kept.",
    )
    source: str | None = Field(default=None, max_length=500)
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=2000)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        check_article_id(value)
        return value

    def to_input(self) -> ArticleInput:
        """The article to store; raises InvalidField naming the field that is wrong."""
        if self.html is not None:
            if self.text is not None:
                raise InvalidField("html", "give either text or html, not both")
            try:
                page = read_page(self.html, self.url)
                return page_article(
                    page,
                    self.id,
                    published=self.published,
                    source=self.source,
                    title=self.title,
                    url=self.url,
                )
            except InvalidArticle as e:
                raise InvalidField("html", str(e)) from None
        if self.text is None:
            raise InvalidField("text", "Field required (or give html)")
        if self.published is None:
            raise InvalidField("published", "Field required")
        try:
            return ArticleInput(
                self.id, self.published, self.text, self.source, self.title, self.url
            )
        except InvalidArticle as e:
            raise InvalidField("published", str(e)) from None


class InvalidField(ValueError):
    """An article whose fields validate one by one but not together."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ArticleBatchIn(BaseModel):
    """Several articles to store; a bare JSON array of articles is accepted too."""

    model_config = ConfigDict(extra="forbid", strict=True)

    articles: list[ArticleIn]


class Occurred(BaseModel):
    start: date
    end: date
    precision: Literal["day", "week", "month", "approx"]


class ActorOut(BaseModel):
    id: str
    role: str


class EvidenceOut(BaseModel):
    article: str
    sentence: int
    span: tuple[int, int]
    text: str


class ExtractorOut(BaseModel):
    name: str
    version: str
    rule: str


class EventOut(BaseModel):
    """One event in the catalog's export shape (as in JSON Lines exports)."""

    model_config = ConfigDict(json_schema_extra={"examples": [EVENT_EXAMPLE]})

    position: int = Field(description="Global log position: the cursor for paging and SSE ids.")
    id: str
    type: str
    article: str
    reported: date
    occurred: Occurred
    actors: list[ActorOut]
    modality: str
    issues: list[str]
    location: str | None
    attributes: dict[str, Any]
    evidence: EvidenceOut
    extractor: ExtractorOut
    confidence: float
    negotiation: str = Field(
        default="unassigned", description="The negotiation it belongs to, e.g. russia-ukraine."
    )


class IngestOut(BaseModel):
    """What storing one article did."""

    id: str
    status: Literal["new", "duplicate", "refused"]
    message: str
    duplicate_of: str | None = None
    events: list[EventOut]


class IngestBatchOut(BaseModel):
    """Per-article results, in request order, and totals."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "position": 42,
                    "results": [
                        {
                            "id": "002_9f0f12f4bd91ef74",
                            "status": "new",
                            "message": "1 events stored",
                            "duplicate_of": None,
                            "events": [EVENT_EXAMPLE],
                        }
                    ],
                    "new": 1,
                    "duplicate": 0,
                    "events": 1,
                }
            ]
        }
    )

    position: int = Field(
        description="The log's position after the write: read with `min_position` set to it "
        "on any server to see the write."
    )
    results: list[IngestOut]
    new: int
    duplicate: int
    events: int


class ArticleSummary(BaseModel):
    """A stored article's metadata."""

    id: str
    position: int
    published: date
    source: str | None
    title: str | None
    url: str | None


class ArticlePage(BaseModel):
    articles: list[ArticleSummary]
    next: int | None = Field(description="Pass as ?after= for the next page; null at the end.")


class ArticleOut(BaseModel):
    """A stored article: text, metadata and the events the active extractor release found."""

    id: str
    published: date
    source: str | None
    title: str | None
    url: str | None
    text: str
    release: str | None
    events: list[EventOut]


class EventPage(BaseModel):
    """A page of events in log order."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"events": [EVENT_EXAMPLE], "next": 17}]}
    )

    events: list[EventOut]
    next: int | None = Field(
        description="Pass as ?after= for the next page; null when the log end was reached."
    )


class ViewsHealth(BaseModel):
    position: int = Field(description="The log position this server's views reflect.")
    writer: bool = Field(description="Whether this server writes the shared views.")


class Health(BaseModel):
    status: Literal["ok"]
    pid: int = Field(description="The process that answered.")
    views: ViewsHealth
    position: int
    extractor: str
    active_release: str | None
    subscribers: int


class Problem(BaseModel):
    """An RFC 9457 problem: what went wrong and, for bad input, which field."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "about:blank",
                    "title": "Invalid request",
                    "status": 422,
                    "detail": "articles[3].published: publication date '2024-13-01' is not "
                    "a valid YYYY-MM-DD date",
                    "errors": [
                        {
                            "field": "articles[3].published",
                            "message": "publication date '2024-13-01' is not a valid "
                            "YYYY-MM-DD date",
                        }
                    ],
                }
            ]
        }
    )

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[dict[str, str]] | None = None
