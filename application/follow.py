"""Following RSS and Atom feeds: each round fetches the feeds, then the new items' pages, and
ingests the relevant ones.

A feed's state is a ``Feed`` aggregate in the store: its cache validators (ETag,
Last-Modified) for conditional requests, the items done with, and a ``Polled`` event per
round. An item is marked done after its page is ingested, so a follower killed in between
fetches the page again next time and finds it stored (article ids derive from the canonical
URL and the text): nothing is ingested twice.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, Literal

import feedparser
from eventsourcing.application import AggregateNotFoundError
from eventsourcing.utils import get_topic

from application import web
from application.app import ArticleConflict, Parley
from application.articles import ArticleInput, InvalidArticle
from application.fetch import FEED_TYPES, HTML_TYPES, Fetcher, FetchError
from application.pages import page_article, read_page
from domain.feed import Feed

FOLLOWED_TOPIC = get_topic(Feed.Followed)  # type: ignore[attr-defined]
Keep = Literal["events", "everything"]


@dataclass(frozen=True)
class Relevance:
    """Which items to ingest: those naming a keyword or actor when any are given, else
    those the extractor finds catalog events in (``events``), or ``everything``."""

    keep: Keep = "events"
    keywords: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()

    def skip_reason(self, parley: Parley, article: ArticleInput) -> str | None:
        """Why an article is not relevant, or None when it is."""
        if self.keep == "everything" and not (self.keywords or self.actors):
            return None
        findings = parley.extractor.extract(article.article_id, article.published, article.text)
        if self.keywords or self.actors:
            if self._names_keyword(f"{article.title or ''}\n{article.text}"):
                return None
            found = {actor for finding in findings for actor in finding.actor_ids()}
            if found & set(self.actors):
                return None
            return "names none of the followed keywords or actors"
        return None if findings else "no catalog event found in it"

    def _names_keyword(self, text: str) -> bool:
        return any(
            re.search(rf"\b{re.escape(word)}\b", text, flags=re.IGNORECASE)
            for word in self.keywords
        )


@dataclass
class FeedReport:
    """What one round did with one feed."""

    url: str
    outcome: str = "fetched"  # fetched, unchanged or failed
    error: str | None = None
    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


class Follower:
    """Polls feeds and ingests their new, relevant items into the store."""

    def __init__(
        self,
        parley: Parley,
        fetcher: Fetcher | None = None,
        relevance: Relevance | None = None,
    ) -> None:
        self.parley = parley
        self.fetcher = fetcher or Fetcher()
        self.relevance = relevance or Relevance()
        # Set from another thread to end a round early, between two items (items not
        # reached stay new for the next round).
        self.stopping = threading.Event()

    def round(self, urls: list[str]) -> list[FeedReport]:
        """Polls each feed once."""
        reports = []
        for url in urls:
            if self.stopping.is_set():
                break
            reports.append(self.poll(url))
        return reports

    def poll(self, url: str) -> FeedReport:
        feed = self._feed(url)
        report = FeedReport(url)
        try:
            fetched = self.fetcher.get(
                url, FEED_TYPES, etag=feed.etag, last_modified=feed.last_modified
            )
        except FetchError as e:
            return self._close(feed, report, "failed", e.reason)
        if fetched.not_modified:
            return self._close(feed, report, "unchanged")
        parsed = feedparser.parse(fetched.body, response_headers={"content-location": fetched.url})
        if parsed.bozo and not parsed.entries:
            reason = f"not an RSS or Atom feed ({parsed.get('bozo_exception', 'no items')})"
            return self._close(feed, report, "failed", reason)
        for entry in parsed.entries:
            if self.stopping.is_set():
                report.counts["interrupted"] += 1
                break
            self._item(feed, entry, report)
        if report.counts["failed"] or report.counts["interrupted"]:
            # Items to try again: the next round must get the feed, not "not modified".
            return self._close(feed, report, "fetched")
        return self._close(feed, report, "fetched", None, fetched.etag, fetched.last_modified)

    def _item(self, feed: Feed, entry: Any, report: FeedReport) -> None:
        link = entry.get("link")
        key = item_key(entry)
        if key in feed.done:
            report.counts["seen"] += 1
            return
        if not link:
            self._done(feed, report, key, "refused", None, "the item has no link")
            return
        try:
            article = self._article(link, entry)
        except FetchError as e:
            if e.transient:  # not done: the next round tries again
                report.counts["failed"] += 1
                report.problems.append(f"failed: {link}: {e.reason}")
                return
            self._done(feed, report, key, "refused", None, f"{link}: {e.reason}")
            return
        except InvalidArticle as e:
            self._done(feed, report, key, "refused", None, f"{link}: {e}")
            return
        reason = self.relevance.skip_reason(self.parley, article)
        if reason is not None:
            self._done(feed, report, key, "skipped", article.article_id, reason)
            return
        try:
            result = web.ingest(self.parley, article)
        except ArticleConflict as e:
            self._done(feed, report, key, "refused", article.article_id, str(e))
            return
        report.counts["events"] += len(result.events)
        self._done(feed, report, key, result.status, article.article_id, result.message)

    def _article(self, link: str, entry: Any) -> ArticleInput:
        fetched = self.fetcher.get(link, HTML_TYPES)
        page = read_page(fetched.body, fetched.url)
        if page.published is None and entry_date(entry) is not None:
            # The feed's own date for the item: the publisher's metadata, not a guess.
            page = replace(page, published=entry_date(entry))
        if page.url is None:
            page = replace(page, url=fetched.url)
        return page_article(page, "")

    def _done(
        self,
        feed: Feed,
        report: FeedReport,
        key: str,
        outcome: str,
        article_id: str | None,
        reason: str,
    ) -> None:
        feed.item_done(key, outcome, article_id, reason)
        self.parley.save(feed)
        report.counts[outcome] += 1
        if outcome in ("refused", "skipped"):
            report.problems.append(f"{outcome}: {reason}")

    def _close(
        self,
        feed: Feed,
        report: FeedReport,
        outcome: str,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FeedReport:
        report.outcome, report.error = outcome, error
        counts = {k: v for k, v in report.counts.items() if k not in ("seen", "interrupted")}
        feed.polled(_now(), outcome, etag, last_modified, error, counts)
        self.parley.save(feed)
        return report

    def _feed(self, url: str) -> Feed:
        try:
            feed: Feed = self.parley.repository.get(Feed.create_id(url))
        except AggregateNotFoundError:
            feed = Feed(url)
        return feed


def item_key(entry: Any) -> str:
    """An item's identity and version: its id (else link) and its updated date, so an item
    updated in the feed is looked at again."""
    ident = entry.get("id") or entry.get("link") or entry.get("title") or ""
    return f"{ident}|{_field(entry, 'updated') or _field(entry, 'published') or ''}"


def entry_date(entry: Any) -> date | None:
    parsed = _field(entry, "published_parsed") or _field(entry, "updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def _field(entry: Any, name: str) -> Any:
    # Plain lookups: feedparser's get() maps a missing 'updated' to 'published' (warning).
    return dict.get(entry, name)


def feeds(parley: Parley) -> list[Feed]:
    """Every feed followed in this store, in the order they were first followed."""
    return [
        parley.repository.get(event.originator_id)
        for _, event in parley.read_log(topics=(FOLLOWED_TOPIC,))
    ]


def summary(reports: list[FeedReport]) -> str:
    """A round in ``parley ingest``'s words, with the items skipped and the feeds' outcomes."""
    counts: Counter[str] = Counter()
    for report in reports:
        counts.update(report.counts)
    outcomes = Counter(report.outcome for report in reports)
    return (
        f"articles: {counts['new']} new, {counts['duplicate']} already stored, "
        f"{counts['refused']} refused; events stored: {counts['events']}; "
        f"items: {counts['skipped']} skipped, {counts['seen']} seen before, "
        f"{counts['failed']} failed; feeds: {outcomes['fetched']} fetched, "
        f"{outcomes['unchanged']} unchanged, {outcomes['failed']} failed"
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
