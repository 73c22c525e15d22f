"""The write side: an event-sourced application that stores articles and their extractions."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.domain import Aggregate
from eventsourcing.persistence import IntegrityError, Mapper, Notification, Transcoder
from eventsourcing.utils import get_topic

from application.articles import ArticleInput, InvalidArticle
from application.sealing import KeyStore, MemoryKeys, PostgresKeys, SealingMapper, SQLiteKeys
from application.store import create_recorder_tables, persistence_env, store_url
from application.transcoder import parley_transcoder
from domain.article import ActiveRelease, Article, Extraction, TextDigest, text_digest
from domain.events import CATALOG, CatalogEvent
from domain.finding import Finding
from extraction import Extractor, load_extractor

# Aggregates saved with a batch's new articles, in the same transaction.
Companions = Callable[[list[ArticleInput]], Sequence[Aggregate]]

Status = Literal["new", "duplicate", "refused"]
CATALOG_TOPICS: tuple[str, ...] = tuple(get_topic(cls) for cls in CATALOG.values())
ARTICLE_TOPIC = get_topic(Article.Ingested)
WITHDRAWN_TOPIC = get_topic(Article.Withdrawn)
# Positions are signed 64-bit integers on SQLite and PostgreSQL: no cursor lies beyond.
MAX_POSITION = 2**63 - 1


class ArticleConflict(ValueError):
    """The article id is stored already with a different text."""

    def __init__(self, article_id: str, message: str) -> None:
        super().__init__(message)
        self.article_id = article_id


class NotWithdrawable(ValueError):
    """The article is not stored, or is withdrawn already."""


@dataclass(frozen=True)
class Withdrawal:
    """What withdrawing an article did."""

    article_id: str
    position: int
    erased: bool  # its texts were sealed and their key is now destroyed

    @property
    def message(self) -> str:
        if self.erased:
            return (
                f"article {self.article_id!r} withdrawn: left out of every read; its text "
                "and evidence sentences were sealed and their key is destroyed, so they "
                "are unreadable in the store"
            )
        return (
            f"article {self.article_id!r} withdrawn: left out of every read; it was stored "
            "before texts were sealed, so its text and evidence sentences stay in plain "
            "text in the append-only log and cannot be erased from it"
        )


class ExtractionFailed(InvalidArticle):
    """The extractor failed on an article: it is refused, and nothing of it is stored."""

    def __init__(self, article_id: str, reason: str) -> None:
        super().__init__(f"article {article_id!r}: the extractor failed on it ({reason})")
        self.article_id = article_id


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
        super().__init__(env=settings)
        if settings.get("PERSISTENCE_MODULE") == "eventsourcing.postgres":
            create_recorder_tables(self.recorder)
        self.keys = self._key_store(settings)
        self.mapper.keys = self.keys  # type: ignore[attr-defined]
        self._withdrawn: tuple[int, frozenset[str]] = (0, frozenset())
        self._superseded: tuple[int, dict[str, int]] = (0, {})
        self.extractor = extractor or load_extractor()

    @property
    def release(self) -> str:
        return self.extractor.release

    def construct_transcoder(self) -> Transcoder:
        return parley_transcoder()

    def construct_mapper(self) -> Mapper[UUID]:
        # Keys live in the recorder's database, made after the mapper: set in __init__.
        return SealingMapper(super().construct_mapper(), MemoryKeys())

    def _key_store(self, settings: dict[str, str]) -> KeyStore:
        module = settings.get("PERSISTENCE_MODULE")
        datastore = getattr(self.recorder, "datastore", None)
        if module == "eventsourcing.postgres":
            return PostgresKeys(datastore)
        if module == "eventsourcing.sqlite":
            return SQLiteKeys(datastore, settings.get("SQLITE_DBNAME", ""))
        return self.mapper.keys  # type: ignore[attr-defined,no-any-return]

    def withdraw(self, article_id: str, reason: str, writer: str) -> Withdrawal:
        """Takes an article down: a ``Withdrawn`` event, then its key destroyed.

        Raises NotWithdrawable if no such article is stored; withdrawing one again destroys
        its key if a crash left it (and refuses, saying so, if there was none)."""
        if not reason.strip():
            raise ValueError("reason: a withdrawal needs a reason")
        article = self.stored_article(article_id)
        if article is None:
            raise NotWithdrawable(f"article {article_id!r} is not stored")
        if article.withdrawn is None:
            article.withdraw(reason, writer)
            recordings = self.save(article)
            position = recordings[-1].notification.id
        elif self.keys.key(article_id) is None:
            raise NotWithdrawable(f"article {article_id!r} is withdrawn already")
        else:
            position = self.max_position()
        erased = self.keys.destroy(article_id)
        return Withdrawal(article_id, position, erased)

    def withdrawn(self) -> frozenset[str]:
        """Ids of the withdrawn articles (read from the log's new withdrawals only)."""
        after, known = self._withdrawn
        top = self.max_position()
        new: set[Any] = set()
        while after < top:
            notifications = self.recorder.select_notifications(
                after, 1000, stop=top, topics=(WITHDRAWN_TOPIC,), inclusive_of_start=False
            )
            new.update(n.originator_id for n in notifications)
            if len(notifications) < 1000:
                break
            after = notifications[-1].id
        if new:
            ids = frozenset(str(self.repository.get(i).article_id) for i in new)
            for article_id in ids:
                self.keys.forget(article_id)  # destroyed, maybe by another process
            known = known | ids
        self._withdrawn = (max(top, self._withdrawn[0]), known)
        return known

    def supersessions(self) -> dict[str, int]:
        """Ids of the articles a later version of their page supersedes, each with the log
        position of the first article superseding it (read from the log's new ingests only)."""
        after, known = self._superseded
        top = self.max_position()
        new: dict[str, int] = {}
        while after < top:
            notifications = self.recorder.select_notifications(
                after, 1000, stop=top, topics=(ARTICLE_TOPIC,), inclusive_of_start=False
            )
            for notification in notifications:
                older = getattr(self.decode(notification), "supersedes", None)
                if older and older not in known and older not in new:
                    new[older] = notification.id
            if len(notifications) < 1000:
                break
            after = notifications[-1].id
        if new:
            known = {**known, **new}
        self._superseded = (max(top, self._superseded[0]), known)
        return known

    def hidden_state(self) -> tuple[int, frozenset[str], dict[str, int]]:
        """What ``withdrawn()`` and ``supersessions()`` have read of the log so far: up to
        which position, and what they found there."""
        upto = min(self._withdrawn[0], self._superseded[0])
        return upto, self._withdrawn[1], dict(self._superseded[1])

    def assume_hidden(
        self, position: int, withdrawn: frozenset[str], supersessions: dict[str, int]
    ) -> None:
        """Starts ``withdrawn()`` and ``supersessions()`` from what was read of this log up
        to ``position`` (kept with a read-side snapshot): they read only what came after.
        What they knew already stays (the sets only grow)."""
        if self._withdrawn[0] < position:
            self._withdrawn = (position, self._withdrawn[1] | withdrawn)
        if self._superseded[0] < position:
            self._superseded = (position, {**supersessions, **self._superseded[1]})

    def hidden(self) -> frozenset[str]:
        """Ids of the articles reads leave out: withdrawn, or superseded by a later version."""
        return self.withdrawn() | frozenset(self.supersessions())

    def is_hidden_event(self, event: Any, hidden: frozenset[str] | None = None) -> bool:
        """An article's ingest or one of its extractions' events, once it is withdrawn or
        superseded (``hidden``: the set read once for a page of events, not per event)."""
        article = getattr(event, "article", None) or getattr(event, "article_id", None)
        if article is None:
            return False
        return article in (self.hidden() if hidden is None else hidden)

    def ingest(self, article: ArticleInput) -> IngestResult:
        """Stores an article and its events once; repeats say so and store nothing."""
        return self.ingest_batch([article])[0]

    def ingest_batch(
        self, articles: Sequence[ArticleInput], companions: Companions | None = None
    ) -> list[IngestResult]:
        """Stores the new articles of a batch and their events in one transaction, with the
        aggregates ``companions`` makes for the articles about to be stored (read afresh on
        each attempt).

        Raises ArticleConflict, storing nothing, if any id is taken by another text.
        """
        findings: dict[str, list[Finding]] = {}  # extracted once, however many attempts
        attempt = 1
        while True:
            try:
                return self._ingest_batch(articles, findings, companions)
            except IntegrityError:
                # Another writer committed one of the records we meant to save (an article,
                # a text claim, the first activation) between our checks and our save. The
                # checks now see it, so the next attempt saves strictly less: at most one
                # attempt per article, plus one for the activation, can collide.
                if attempt > len(articles) + 1:
                    raise
                time.sleep(random.uniform(0, 0.005 * attempt))  # rivals drift apart
                attempt += 1

    def _ingest_batch(
        self,
        articles: Sequence[ArticleInput],
        findings: dict[str, list[Finding]],
        companions: Companions | None = None,
    ) -> list[IngestResult]:
        results: list[IngestResult | None] = []
        pending: dict[str, tuple[Article, TextDigest, Extraction]] = {}
        for article in articles:
            repeat = self._repeat_of(article) or _repeat_within(article, pending)
            results.append(repeat)
            if repeat is None:
                pending[article.article_id] = self._derive(article, findings)
        active = self.active_release()
        activation = None if active or not pending else ActiveRelease(self.release)
        aggregates: list[Aggregate] = [a for derived in pending.values() for a in derived]
        if companions is not None and pending:
            aggregates += companions([a for a in articles if a.article_id in pending])
        self.keys.prepare(list(pending))  # one round trip for the batch's keys
        recordings = self.save(*aggregates, activation) if pending else []
        stored = _events_by_article(recordings)
        return [
            result or self._stored(article.article_id, stored.get(article.article_id, ()), active)
            for article, result in zip(articles, results, strict=True)
        ]

    def _derive(
        self, article: ArticleInput, findings: dict[str, list[Finding]]
    ) -> tuple[Article, TextDigest, Extraction]:
        stored = Article(
            article.article_id,
            article.published,
            article.text,
            article.source,
            article.title,
            article.url,
            article.html_digest,
            article.supersedes,
        )
        try:
            if article.article_id not in findings:
                findings[article.article_id] = self._extract(stored)
            extraction = Extraction(article.article_id, self.release, article.published)
            for finding in findings[article.article_id]:
                extraction.record(finding)
        except Exception as e:
            # Whatever an input makes the extractor do, it refuses that article, not the
            # process or the rest of the input (the cause is chained for the server log).
            raise ExtractionFailed(article.article_id, f"{type(e).__name__}: {e}") from e
        return stored, TextDigest(stored.digest, article.article_id), extraction

    def _stored(
        self, article_id: str, events: tuple[Positioned, ...], active: str | None
    ) -> IngestResult:
        message = f"{len(events)} events stored"
        if active and active != self.release:
            # Reads stay on the active release until a replay has derived every article anew.
            message += (
                f" under extractor {self.release}, not the active {active}: "
                "run `parley replay` to derive every article with it and switch"
            )
        return IngestResult(article_id, "new", message, events)

    def _extract(self, article: Article) -> list[Finding]:
        return list(self.extractor.extract(article.article_id, article.published, article.text))

    def _repeat_of(self, article: ArticleInput) -> IngestResult | None:
        digest = text_digest(article.text)
        existing = self.stored_article(article.article_id)
        if existing is not None and existing.withdrawn is not None:
            return IngestResult(
                article.article_id, "duplicate", "withdrawn: its id is not taken again"
            )
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
            article_id,
            f"article {article_id!r} is already stored with a different text; "
            "give the new text another id",
        )

    def _digest_owner(self, digest: str) -> str | None:
        try:
            claim: TextDigest = self.repository.get(TextDigest.create_id(digest))
        except AggregateNotFoundError:
            return None
        return claim.article_id

    def article(self, article_id: str) -> Article | None:
        """The stored article with this id, or None (also once it is withdrawn)."""
        article = self.stored_article(article_id)
        return None if article is None or article.withdrawn is not None else article

    def stored_article(self, article_id: str) -> Article | None:
        """The stored article with this id, withdrawn or not, or None."""
        try:
            return self.repository.get(Article.create_id(article_id))
        except AggregateNotFoundError:
            return None

    def articles(self) -> Iterator[tuple[int, Article.Ingested]]:
        """Every stored article's ingest event, in the order they were stored."""
        yield from self.read_log(topics=(ARTICLE_TOPIC,))

    def catalog_events(self, after: int = 0, limit: int | None = None) -> Iterator[Positioned]:
        """Catalog events in log order, after a position (none of a superseded article's)."""
        superseded = self.supersessions()
        events = (
            (position, event)
            for position, event in self.read_log(after, topics=CATALOG_TOPICS)
            if event.article not in superseded
        )
        for count, (position, event) in enumerate(events, start=1):
            yield Positioned(position, event)
            if limit is not None and count >= limit:
                return

    def read_log(
        self, after: int = 0, topics: Sequence[str] = (), page: int = 1000
    ) -> Iterator[tuple[int, Any]]:
        """Decoded events of the global log after a position, page by page; a withdrawn
        article's events (but for its withdrawal) are left out."""
        while True:
            notifications = self.recorder.select_notifications(
                after, page, topics=topics, inclusive_of_start=False
            )
            withdrawn = self.withdrawn()
            for notification in notifications:
                event = self.decode(notification)
                article = getattr(event, "article", None) or getattr(event, "article_id", None)
                if (
                    article is not None
                    and article in withdrawn
                    and (notification.topic != WITHDRAWN_TOPIC)
                ):
                    continue  # a withdrawn article is left out of every read
                yield notification.id, event
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

    def decode(self, notification: Notification) -> Any:
        """The stored event of a log notification."""
        return self.mapper.to_domain_event(notification)

    def max_position(self) -> int:
        return self.recorder.max_notification_id() or 0


def _repeat_within(
    article: ArticleInput, pending: dict[str, tuple[Article, TextDigest, Extraction]]
) -> IngestResult | None:
    """A repeat of an article earlier in the same batch."""
    digest = text_digest(article.text)
    earlier = pending.get(article.article_id)
    if earlier is not None:
        if earlier[0].digest != digest:
            raise Parley._conflict(article.article_id)
        return IngestResult(article.article_id, "duplicate", "already in this batch")
    for article_id, (stored, _, _) in pending.items():
        if stored.digest == digest:
            message = f"same text already in this batch as article {article_id!r}"
            return IngestResult(article.article_id, "duplicate", message, duplicate_of=article_id)
    return None


def _events_by_article(recordings: Sequence[Any]) -> dict[str, tuple[Positioned, ...]]:
    grouped: dict[str, list[Positioned]] = {}
    for recording in recordings:
        event = recording.domain_event
        if isinstance(event, CatalogEvent):
            grouped.setdefault(event.article, []).append(
                Positioned(recording.notification.id, event)
            )
    return {article_id: tuple(events) for article_id, events in grouped.items()}
