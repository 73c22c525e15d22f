"""Aggregates of the write side: stored articles and the extractions derived from them."""

from __future__ import annotations

import hashlib
from datetime import date
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain.finding import Finding

NAMESPACE = uuid5(NAMESPACE_URL, "https://parley.invalid/")


def text_digest(text: str) -> str:
    """A stable fingerprint of an article's text, blind to surrounding white space."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


class Article(Aggregate):
    """A news article as ingested: the source of truth every extraction is derived from.

    An article read from a web page keeps the digest of the page's HTML (its text is the
    body extracted from it) and may name the article it supersedes: an earlier version of
    the same page. Both fields default to None, so events stored before them still decode.
    """

    class Ingested(Aggregate.Created):
        article_id: str
        published: date
        text: str
        source: str | None
        title: str | None
        url: str | None
        html_digest: str | None = None
        supersedes: str | None = None

    @staticmethod
    def create_id(article_id: str) -> UUID:
        return uuid5(NAMESPACE, f"article:{article_id}")

    @event(Ingested)
    def __init__(
        self,
        article_id: str,
        published: date,
        text: str,
        source: str | None = None,
        title: str | None = None,
        url: str | None = None,
        html_digest: str | None = None,
        supersedes: str | None = None,
    ) -> None:
        self.article_id = article_id
        self.published = published
        self.text = text
        self.source = source
        self.title = title
        self.url = url
        self.html_digest = html_digest
        self.supersedes = supersedes
        self.digest = text_digest(text)
        self.withdrawn: str | None = None  # the reason, once withdrawn

    class Withdrawn(Aggregate.Event):
        reason: str
        writer: str

    @event(Withdrawn)
    def withdraw(self, reason: str, writer: str) -> None:
        """Takes the article down: every read leaves it out from now on."""
        self.withdrawn = reason


class TextDigest(Aggregate):
    """Claims an article text: a second article with the same text collides on this id."""

    @staticmethod
    def create_id(digest: str) -> UUID:
        return uuid5(NAMESPACE, f"digest:{digest}")

    @event("Claimed")
    def __init__(self, digest: str, article_id: str) -> None:
        self.digest = digest
        self.article_id = article_id


class Extraction(Aggregate):
    """The events one extractor release derived from one article.

    Its id derives from the article and the release, so a release extracts an article
    at most once: replays skip what is done and resume where they stopped.
    """

    @staticmethod
    def create_id(article_id: str, release: str) -> UUID:
        return uuid5(NAMESPACE, f"extraction:{article_id}:{release}")

    class Started(Aggregate.Created):
        article_id: str
        release: str
        reported: date

    @event(Started)
    def __init__(self, article_id: str, release: str, reported: date) -> None:
        self.article_id = article_id
        self.release = release
        self.reported = reported
        self.count = 0

    def record(self, finding: Finding) -> None:
        """Records one finding as the typed catalog event it names."""
        self.trigger_event(
            finding.event_class,
            article=self.article_id,
            reported=self.reported,
            occurred=finding.occurred,
            actors=finding.actors,
            modality=finding.modality,
            issues=finding.issues,
            location=finding.location,
            evidence=finding.evidence,
            extractor=finding.extractor,
            confidence=finding.confidence,
            negotiation=finding.negotiation,
            **finding.attributes,
        )


class ActiveRelease(Aggregate):
    """Which extractor release the read side answers from; switching it is an event."""

    ID = uuid5(NAMESPACE, "active-release")

    @staticmethod
    def create_id() -> UUID:
        return ActiveRelease.ID

    class Activated(Aggregate.Created):
        release: str

    class Switched(Aggregate.Event):
        release: str
        previous: str

    @event(Activated)
    def __init__(self, release: str) -> None:
        self.release = release
        self.history = [release]

    @event(Switched)
    def switch(self, release: str, previous: str) -> None:
        self.release = release
        self.history.append(release)
