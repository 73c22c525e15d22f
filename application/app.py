"""The write side: an event-sourced application that stores articles and their extractions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import IntegrityError, Transcoder
from eventsourcing.utils import get_topic

from application.articles import ArticleInput
from application.store import ensure_schema, persistence_env, store_url
from application.transcoder import parley_transcoder
from domain.article import ActiveRelease, Article, Extraction, TextDigest, text_digest
from domain.events import CATALOG, CatalogEvent
from extraction import Extractor, load_extractor

Status = Literal["new", "duplicate", "refused"]
CATALOG_TOPICS: tuple[str, ...] = tuple(get_topic(cls) for cls in CATALOG.values())
ARTICLE_TOPIC = get_topic(Article.Ingested)


class ArticleConflict(ValueError):
    """The article id is stored already with a different text."""


@dataclass(frozen=True)
class Positioned:
    """A catalog event with its position in the global log."""

    position: int
    event: CatalogEvent


@dataclass(frozen=True)
class IngestResult:
    """What ingesting one article did."""

    article_id: str
    status: Status
    message: str = ""
    events: tuple[Positioned, ...] = field(default=())
    duplicate_of: str | None = None


class Parley(Application[UUID]):
    """Ingests articles and records, atomically, the events extracted from them."""

    name = "parley"

    def __init__(
        self,
        env: dict[str, str] | None = None,
        *,
        url: str | None = None,
        extractor: Extractor | None = None,
    ) -> None:
        settings = persistence_env(store_url(url))
        settings.update(env or {})
        ensure_schema(settings)
        super().__init__(env=settings)
        self.extractor = extractor or load_extractor()

    @property
    def release(self) -> str:
        return self.extractor.release

    def construct_transcoder(self) -> Transcoder:
        return parley_transcoder()

    def ingest(self, article: ArticleInput) -> IngestResult:
        """Stores an article and its events once; repeats say so and store nothing."""
        repeat = self._repeat_of(article)
        if repeat:
            return repeat
        stored = Article(
            article.article_id,
            article.published,
            article.text,
            article.source,
            article.title,
            article.url,
        )
        claim = TextDigest(stored.digest, article.article_id)
        extraction = self._extract(stored)
        active = self.active_release()
        activation = None if active else ActiveRelease(self.release)
        try:
            recordings = self.save(stored, claim, extraction, activation)
        except IntegrityError:
            # Another writer stored the same article between our check and our save.
            repeat = self._repeat_of(article)
            if repeat is None:
                raise
            return repeat
        events = tuple(
            Positioned(r.notification.id, r.domain_event)
            for r in recordings
            if isinstance(r.domain_event, CatalogEvent)
        )
        message = f"{len(events)} events stored"
        if active and active != self.release:
            # Reads stay on the active release until a replay has derived every article anew.
            message += (
                f" under extractor {self.release}, not the active {active}: "
                "run `parley replay` to derive every article with it and switch"
            )
        return IngestResult(article.article_id, "new", message, events)

    def _extract(self, article: Article) -> Extraction:
        extraction = Extraction(article.article_id, self.release, article.published)
        for finding in self.extractor.extract(article.article_id, article.published, article.text):
            extraction.record(finding)
        return extraction

    def _repeat_of(self, article: ArticleInput) -> IngestResult | None:
        digest = text_digest(article.text)
        existing = self.article(article.article_id)
        if existing is not None:
            if existing.digest != digest:
                raise self._conflict(article.article_id)
            return IngestResult(article.article_id, "duplicate", "already stored")
        owner = self._digest_owner(digest)
        if owner is not None:
            return IngestResult(
                article.article_id,
                "duplicate",
                f"same text already stored as article {owner!r}",
                duplicate_of=owner,
            )
        return None

    @staticmethod
    def _conflict(article_id: str) -> ArticleConflict:
        return ArticleConflict(
            f"article {article_id!r} is already stored with a different text; "
            "give the new text another id"
        )

    def _digest_owner(self, digest: str) -> str | None:
        try:
            claim: TextDigest = self.repository.get(TextDigest.create_id(digest))
        except AggregateNotFoundError:
            return None
        return claim.article_id

    def article(self, article_id: str) -> Article | None:
        """The stored article with this id, or None."""
        try:
            return self.repository.get(Article.create_id(article_id))
        except AggregateNotFoundError:
            return None

    def articles(self) -> Iterator[tuple[int, Article.Ingested]]:
        """Every stored article's ingest event, in the order they were stored."""
        yield from self.read_log(topics=(ARTICLE_TOPIC,))

    def catalog_events(self, after: int = 0, limit: int | None = None) -> Iterator[Positioned]:
        """Catalog events in log order, after a position."""
        for count, (position, event) in enumerate(
            self.read_log(after, topics=CATALOG_TOPICS), start=1
        ):
            yield Positioned(position, event)
            if limit is not None and count >= limit:
                return

    def read_log(
        self, after: int = 0, topics: Sequence[str] = (), page: int = 1000
    ) -> Iterator[tuple[int, Any]]:
        """Decoded events of the global log after a position, page by page."""
        while True:
            notifications = self.recorder.select_notifications(
                after, page, topics=topics, inclusive_of_start=False
            )
            for notification in notifications:
                yield notification.id, self.mapper.to_domain_event(notification)
            if len(notifications) < page:
                return
            after = notifications[-1].id

    def active_release(self) -> str | None:
        """The extractor release reads answer from (``name@version``), None before any ingest."""
        try:
            active: ActiveRelease = self.repository.get(ActiveRelease.ID)
        except AggregateNotFoundError:
            return None
        return active.release

    def max_position(self) -> int:
        return self.recorder.max_notification_id() or 0
