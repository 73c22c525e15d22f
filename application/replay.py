"""Replay: derive every stored article's events again with the extractor in force.

Nothing is deleted or rewritten. Each article gets one more ``Extraction`` aggregate, whose
id derives from the article and the release, so an article already extracted by the
release is skipped: a replay that was killed resumes where it stopped. Only when every
article has an extraction under the new release does one ``ActiveRelease.Switched`` event,
saved on its own, move readers over; until then they answer from the previous release.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from multiprocessing.context import BaseContext
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError
from eventsourcing.persistence import IntegrityError
from eventsourcing.utils import get_topic

from application.app import ARTICLE_TOPIC, CATALOG_TOPICS, Parley
from application.diff import ReleaseDiff, diff_article
from domain.article import ActiveRelease, Article, Extraction
from domain.events import CatalogEvent
from domain.finding import Finding
from extraction import Extractor

STARTED_TOPIC = get_topic(Extraction.Started)
ProgressCallback = Callable[[int, int], None]

# A save holds a few articles' events: far fewer statements than one save per article,
# and well under the ~5,000 events that would hold SQLite's write lock too long.
BATCH_EVENTS = 1000
BATCH_ARTICLES = 50
PAGE = 1000
# Extraction is the slow part: big replays spread it over worker processes, in chunks.
PARALLEL_FROM = 200
CHUNK = 16
Todo = tuple[int, Article.Ingested, bool]  # position, article, whether to extract it


class UnknownRelease(LookupError):
    """A release name that matches no release in the store."""


class UnknownArticle(LookupError):
    """An article id that is not in the store."""


class ReplayError(RuntimeError):
    """The extractor failed on a stored article; what was saved before stays saved."""


@dataclass(frozen=True)
class ReleaseInfo:
    """One extractor release seen in the store (or in the code) and what it derived."""

    release: str
    articles: int
    events: int
    active: bool
    current: bool

    @property
    def version(self) -> str:
        return self.release.partition("@")[2]


@dataclass(frozen=True)
class ReplayPlan:
    """What a replay would do: extract ``todo`` articles, then switch if ``switch``."""

    release: str
    active: str | None
    articles: int
    done: int

    @property
    def todo(self) -> int:
        return self.articles - self.done

    @property
    def switch(self) -> bool:
        return self.articles > 0 and self.active != self.release


@dataclass(frozen=True)
class ReplayReport:
    """What a replay did."""

    release: str
    previous: str | None
    articles: int
    extracted: int
    skipped: int
    events: int
    switched: bool
    seconds: float

    def as_dict(self) -> dict[str, object]:
        return {**self.__dict__, "seconds": round(self.seconds, 3)}


class Replayer:
    """Replays the application's extractor over the stored articles."""

    def __init__(
        self,
        app: Parley,
        *,
        batch_events: int = BATCH_EVENTS,
        batch_articles: int = BATCH_ARTICLES,
        workers: int | None = None,
        parallel_from: int = PARALLEL_FROM,
    ) -> None:
        self.app = app
        self.batch_events = batch_events
        self.batch_articles = max(1, batch_articles)
        self.workers = max(1, workers if workers is not None else os.cpu_count() or 1)
        self.parallel_from = parallel_from

    @property
    def release(self) -> str:
        return self.app.release

    def plan(self) -> ReplayPlan:
        """Counts the articles the current release has still to extract."""
        done_ids = extraction_ids(self.app)
        articles = done = 0
        for _, ingested in self.app.articles():
            articles += 1
            done += Extraction.create_id(ingested.article_id, self.release) in done_ids
        return ReplayPlan(self.release, self.app.active_release(), articles, done)

    def preview(self, article: str | None = None) -> ReleaseDiff:
        """The dry run: the current release's events, derived in memory, against the active's."""
        active = self.app.active_release() or self.release
        return release_diff(self.app, active, self.release, article=article)

    def run(self, progress: ProgressCallback | None = None) -> ReplayReport:
        """Extracts every article the current release has not, then switches to it."""
        began = time.perf_counter()
        tally: Counter[str] = Counter()
        total = count_articles(self.app)
        done_ids = extraction_ids(self.app)
        after = 0
        while True:  # again, for articles stored by other writers meanwhile
            seen = tally["articles"]
            after = self._extract_all(after, done_ids, tally, total, progress)
            if tally["articles"] == seen:
                break
            total = max(total, tally["articles"])
        previous = self.app.active_release()
        switched = self.activate(self.release) if tally["articles"] else False
        return ReplayReport(
            self.release,
            previous if switched else None,
            tally["articles"],
            tally["extracted"],
            tally["skipped"],
            tally["events"],
            switched,
            time.perf_counter() - began,
        )

    def _extract_all(
        self,
        after: int,
        done_ids: set[UUID],
        tally: Counter[str],
        total: int,
        progress: ProgressCallback | None,
    ) -> int:
        batch: list[Extraction] = []
        todo = (
            (
                position,
                ingested,
                Extraction.create_id(ingested.article_id, self.release) not in done_ids,
            )
            for position, ingested in self.app.read_log(after, topics=(ARTICLE_TOPIC,))
        )
        parallel = self.workers > 1 and total >= self.parallel_from
        derived = self._in_parallel(todo) if parallel else self._in_process(todo)
        with closing(derived):  # stops the workers at once if a save fails
            for position, extraction in derived:
                after = position
                tally["articles"] += 1
                if extraction is None:
                    tally["skipped"] += 1
                else:
                    batch.append(extraction)
                    if len(batch) >= self.batch_articles or _events(batch) >= self.batch_events:
                        self._save(batch, tally)
                        batch = []
                if progress:
                    progress(tally["articles"], max(total, tally["articles"]))
        self._save(batch, tally)
        return after

    def _in_process(
        self, todo: Iterable[Todo]
    ) -> Generator[tuple[int, Extraction | None], None, None]:
        for position, ingested, needed in todo:
            yield position, self._derive(ingested) if needed else None

    def _in_parallel(
        self, todo: Iterable[Todo]
    ) -> Generator[tuple[int, Extraction | None], None, None]:
        """Extracts in worker processes, chunk by chunk, keeping the log order; the extractor
        is pure, so each worker gets a copy of it."""
        pool = ProcessPoolExecutor(
            self.workers,
            mp_context=_context(),
            initializer=_start_worker,
            initargs=(self.app.extractor, os.getpid()),
        )
        window: deque[tuple[list[Todo], Future[list[Any]] | None]] = deque()
        try:
            for chunk in _chunks(todo, CHUNK):
                texts = [(i.article_id, i.published, i.text) for _, i, needed in chunk if needed]
                window.append((chunk, pool.submit(_extract_chunk, texts) if texts else None))
                if len(window) >= self.workers * 4:
                    yield from self._collect(*window.popleft())
            while window:
                yield from self._collect(*window.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _collect(
        self, chunk: list[Todo], future: Future[list[Any]] | None
    ) -> Iterator[tuple[int, Extraction | None]]:
        results = iter(future.result() if future else ())
        for position, ingested, needed in chunk:
            if not needed:
                yield position, None
                continue
            found = next(results)
            if isinstance(found, str):
                raise self._failure(ingested, found)
            yield position, _recorded(ingested, self.release, found)

    def _derive(self, ingested: Article.Ingested) -> Extraction:
        try:
            return derive(self.app, ingested)
        except Exception as e:
            raise self._failure(ingested, str(e)) from e

    def _failure(self, ingested: Article.Ingested, error: str) -> ReplayError:
        return ReplayError(
            f"extractor {self.release} failed on article {ingested.article_id!r}: {error}"
        )

    def _save(self, batch: list[Extraction], tally: Counter[str]) -> None:
        if not batch:
            return
        try:
            self.app.save(*batch)
        except IntegrityError:
            # Another writer stored one of these meanwhile: save the rest one by one.
            for extraction in batch:
                self._save_one(extraction, tally)
            return
        tally["extracted"] += len(batch)
        tally["events"] += _events(batch)

    def _save_one(self, extraction: Extraction, tally: Counter[str]) -> None:
        try:
            self.app.save(extraction)
        except IntegrityError:
            tally["skipped"] += 1
            return
        tally["extracted"] += 1
        tally["events"] += extraction.count

    def activate(self, release: str) -> bool:
        """Makes ``release`` the one reads answer from; True if that switched it."""
        for _ in range(3):
            try:
                active: ActiveRelease = self.app.repository.get(ActiveRelease.ID)
            except AggregateNotFoundError:
                active = None  # type: ignore[assignment]
            if active is not None and active.release == release:
                return False
            if active is None:
                change = ActiveRelease(release)
            else:
                active.switch(release, active.release)
                change = active
            try:
                self.app.save(change)
            except IntegrityError:
                continue  # another process switched meanwhile: look again
            return True
        raise ReplayError(f"could not switch the active release to {release}: it keeps changing")


def _events(batch: list[Extraction]) -> int:
    return sum(e.count for e in batch)


def derive(app: Parley, ingested: Article.Ingested) -> Extraction:
    """An unsaved extraction of a stored article by the application's extractor."""
    found = app.extractor.extract(ingested.article_id, ingested.published, ingested.text)
    return _recorded(ingested, app.release, found)


def _recorded(ingested: Article.Ingested, release: str, found: Iterable[Finding]) -> Extraction:
    extraction = Extraction(ingested.article_id, release, ingested.published)
    for finding in found:
        extraction.record(finding)
    return extraction


# Worker processes: each holds a copy of the extractor and extracts chunks of articles.
_worker_extractor: Extractor | None = None


def _context() -> BaseContext:
    # Not fork: the parent may run threads (the HTTP server, a store's connection pool).
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _start_worker(extractor: Extractor, replaying: int) -> None:
    global _worker_extractor
    _worker_extractor = extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threading.Thread(target=_exit_with, args=(replaying,), daemon=True).start()


def _exit_with(pid: int) -> None:
    # A replaying process killed outright cannot stop its workers: they stop themselves.
    while True:
        time.sleep(0.5)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(0)


def _extract_chunk(texts: list[tuple[str, date, str]]) -> list[list[Finding] | str]:
    """Each article's findings, or the error that stopped the extractor on it."""
    assert _worker_extractor is not None
    out: list[list[Finding] | str] = []
    for article_id, published, text in texts:
        try:
            out.append(_worker_extractor.extract(article_id, published, text))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


def _chunks(items: Iterable[Todo], size: int) -> Iterator[list[Todo]]:
    chunk: list[Todo] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def count_articles(app: Parley) -> int:
    """The number of stored articles, counted without decoding their texts."""
    return sum(1 for _ in _notifications(app, (ARTICLE_TOPIC,)))


def extraction_ids(app: Parley) -> set[UUID]:
    """The ids of every stored extraction, read without decoding events."""
    return {n.originator_id for n in _notifications(app, (STARTED_TOPIC,))}  # type: ignore[misc]


def _notifications(app: Parley, topics: tuple[str, ...], after: int = 0) -> Iterator:
    while True:
        page = app.recorder.select_notifications(
            after, PAGE, topics=topics, inclusive_of_start=False
        )
        yield from page
        if len(page) < PAGE:
            return
        after = page[-1].id


def releases(app: Parley) -> list[ReleaseInfo]:
    """Every release with extractions in the store, plus the code's own, oldest first."""
    owner: dict[UUID, str] = {}
    articles: Counter[str] = Counter()
    for _, started in app.read_log(topics=(STARTED_TOPIC,)):
        owner[started.originator_id] = started.release
        articles[started.release] += 1
    events: Counter[str] = Counter()
    for notification in _notifications(app, CATALOG_TOPICS):
        events[owner.get(notification.originator_id, "?")] += 1  # type: ignore[call-overload]
    names = list(articles)
    if app.release not in articles:
        names.append(app.release)
    active = app.active_release()
    return [ReleaseInfo(r, articles[r], events[r], r == active, r == app.release) for r in names]


def resolve_release(app: Parley, name: str) -> str:
    """A full release for a name: ``name@version``, a version, a unique prefix of either,
    ``active`` or ``current`` (the code's extractor)."""
    if name == "active":
        active = app.active_release()
        if active is None:
            raise UnknownRelease("no release is active yet: ingest articles first")
        return active
    if name == "current":
        return app.release
    known = [info.release for info in releases(app)]
    for match in (
        lambda r: name == r,
        lambda r: name == r.partition("@")[2],
        lambda r: r.startswith(name) or r.partition("@")[2].startswith(name),
    ):
        found = [r for r in known if match(r)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UnknownRelease(f"{name!r} matches several releases: {', '.join(found)}")
    raise UnknownRelease(
        f"no extractor release {name!r} in the store; known: {', '.join(known) or 'none'}"
    )


def extraction_events(
    app: Parley, ingested: Article.Ingested, release: str
) -> list[CatalogEvent] | None:
    """An article's events under a release; derived in memory when the release is the
    code's own and has not been saved; None when the release never extracted it."""
    stored = list(app.events.get(Extraction.create_id(ingested.article_id, release)))
    if stored:
        return [e for e in stored if isinstance(e, CatalogEvent)]
    if release != app.release:
        return None
    extraction = derive(app, ingested)
    return [e for e in extraction.collect_events() if isinstance(e, CatalogEvent)]


def release_diff(app: Parley, before: str, after: str, article: str | None = None) -> ReleaseDiff:
    """Per article, what release ``after`` added, removed and changed against ``before``."""
    return ReleaseDiff(
        before,
        after,
        tuple(
            diff_article(
                ingested.article_id,
                extraction_events(app, ingested, before),
                extraction_events(app, ingested, after),
                names=(before, after),
            )
            for ingested in _articles(app, article)
        ),
    )


class DiffMemo:
    """Release diffs computed once per (before, after, article, log position).

    A diff against the code's own release, before a replay stored it, extracts every
    article again: asks at one log position share one computation (those arriving while
    it runs wait for it), and a write moves the position, so the next ask computes anew.
    The latest ``size`` answers are kept.
    """

    def __init__(self, app: Parley, size: int = 8) -> None:
        self.app = app
        self.size = size
        self.lock = threading.Lock()
        self.answers: OrderedDict[tuple[str, str, str | None, int], Future[ReleaseDiff]] = (
            OrderedDict()
        )

    def diff(self, before: str, after: str, article: str | None = None) -> ReleaseDiff:
        key = (before, after, article, self.app.max_position())
        with self.lock:
            answer = self.answers.get(key)
            computes = answer is None
            if answer is None:
                answer = self.answers[key] = Future()
                while len(self.answers) > self.size:
                    self.answers.popitem(last=False)
            self.answers.move_to_end(key)
        if computes:
            try:
                answer.set_result(release_diff(self.app, before, after, article=article))
            except BaseException as e:  # told to every waiter, and not kept
                answer.set_exception(e)
                with self.lock:
                    self.answers.pop(key, None)
        return answer.result()


def _articles(app: Parley, article: str | None) -> Iterable[Article.Ingested]:
    if article is None:
        return (ingested for _, ingested in app.articles())
    stored = app.article(article)
    if stored is None:
        raise UnknownArticle(f"no article {article!r} in the store")
    return (_ingested_of(app, stored),)


def _ingested_of(app: Parley, article: Article) -> Article.Ingested:
    first = next(iter(app.events.get(article.id, limit=1)))
    return first  # type: ignore[return-value]
