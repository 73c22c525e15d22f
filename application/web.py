"""Web pages into the store: pages fetched by URL, and the versions of a page.

An article read from a page with a canonical URL is recorded as a version of that URL
(``PageVersions``). A page whose text changed since its last stored version is stored as a
new article naming the one it supersedes; both are kept.
"""

from __future__ import annotations

from dataclasses import replace

from eventsourcing.application import AggregateNotFoundError

from application.app import IngestResult, Parley
from application.articles import ArticleInput, InvalidArticle, parse_published
from application.fetch import HTML_TYPES, Fetcher, FetchError
from application.pages import page_article, read_page
from application.sources import Metadata, Read, SourceError
from domain.article import text_digest
from domain.feed import PageVersions


def read_url(fetcher: Fetcher, url: str, metadata: Metadata | None = None) -> Read:
    """The article of the page at ``url`` (or why there is none)."""
    metadata = metadata or Metadata()
    try:
        fetched = fetcher.get(url, HTML_TYPES)
        page = read_page(fetched.body, fetched.url)
        return page_article(
            page,
            metadata.article_id or "",
            published=parse_published(metadata.published) if metadata.published else None,
            source=metadata.source,
            title=metadata.title,
            url=metadata.url,
        )
    except FetchError as e:
        return SourceError(url, e.reason)
    except InvalidArticle as e:
        return SourceError(url, str(e))


def ingest(app: Parley, article: ArticleInput) -> IngestResult:
    """Ingests an article; one from a web page is recorded as a version of its URL."""
    url = article.url
    if article.html_digest is None or url is None:
        return app.ingest(article)
    versions = page_versions(app, url)
    latest = versions.latest if versions else None
    if latest and latest != article.article_id and article.supersedes is None:
        stored = app.article(latest)
        if stored is not None and stored.digest != text_digest(article.text):
            article = replace(article, supersedes=latest)
    result = app.ingest(article)
    # A version stored before a crash, found again, is recorded now.
    recorded = versions is not None and article.article_id in versions.articles
    if result.status != "refused" and result.duplicate_of is None and not recorded:
        versions = versions or PageVersions(url)
        versions.add(article.article_id)
        app.save(versions)
    return result


def page_versions(app: Parley, url: str) -> PageVersions | None:
    try:
        return app.repository.get(PageVersions.create_id(url))
    except AggregateNotFoundError:
        return None
