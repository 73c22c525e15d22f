"""Aggregates of following the web: the versions of a page, and a followed feed's state."""

from __future__ import annotations

from uuid import UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain.article import NAMESPACE


class PageVersions(Aggregate):
    """The articles stored from one canonical URL, oldest first: an updated page is a new
    article, and the latest one is the version that supersedes the others."""

    @staticmethod
    def create_id(url: str) -> UUID:
        return uuid5(NAMESPACE, f"page:{url}")

    @event("Started")
    def __init__(self, url: str) -> None:
        self.url = url
        self.articles: list[str] = []

    @event("VersionStored")
    def add(self, article_id: str) -> None:
        self.articles.append(article_id)

    @property
    def latest(self) -> str | None:
        return self.articles[-1] if self.articles else None


class Feed(Aggregate):
    """A followed RSS or Atom feed: its cache validators, the items done with, and its polls.

    An item is done once it is stored, found stored already, refused or skipped; an item
    whose page could not be fetched is not, so the next round tries it again.
    """

    @staticmethod
    def create_id(url: str) -> UUID:
        return uuid5(NAMESPACE, f"feed:{url}")

    @event("Followed")
    def __init__(self, url: str) -> None:
        self.url = url
        self.etag: str | None = None
        self.last_modified: str | None = None
        self.done: dict[str, str] = {}
        self.last_poll: str | None = None
        self.last_error: str | None = None
        self.totals: dict[str, int] = {}

    @event("ItemDone")
    def item_done(self, key: str, outcome: str, article_id: str | None, reason: str) -> None:
        self.done[key] = outcome

    @event("Polled")
    def polled(
        self,
        at: str,
        outcome: str,
        etag: str | None,
        last_modified: str | None,
        error: str | None,
        counts: dict[str, int],
    ) -> None:
        self.last_poll = at
        self.last_error = error
        if outcome == "fetched":
            self.etag, self.last_modified = etag, last_modified
        for name, count in counts.items():
            self.totals[name] = self.totals.get(name, 0) + count
