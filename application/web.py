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
    return ingest_batch(app, [article])[0]


def ingest_batch(app: Parley, articles: list[ArticleInput]) -> list[IngestResult]:
    """Ingests a batch in one transaction: its articles, their events, and each page's place
    among the versions of its URL (an updated page supersedes the latest stored version)."""
    articles = _with_supersessions(app, articles)
    results = app.ingest_batch(articles, companions=lambda new: _versions_recording(app, new))
    for article, result in zip(articles, results, strict=True):
        if result.status == "duplicate" and result.duplicate_of is None and article.url:
            _record_found_version(app, article)
    return results


def _with_supersessions(app: Parley, articles: list[ArticleInput]) -> list[ArticleInput]:
    """Names in each changed page the version it supersedes: the latest stored one, or the
    one before it in the batch."""
    latest: dict[str, tuple[str, str] | None] = {}  # url -> (article id, text digest)
    marked = []
    for article in articles:
        url = article.url
        if article.html_digest is not None and url is not None:
            if url not in latest:
                latest[url] = _stored_latest(app, url)
            article, latest[url] = _superseding(article, latest[url])
        marked.append(article)
    return marked


def _superseding(
    article: ArticleInput, previous: tuple[str, str] | None
) -> tuple[ArticleInput, tuple[str, str] | None]:
    """The page marked as superseding ``previous`` when its text changed, and the latest
    version after it."""
    digest = text_digest(article.text)
    if previous is not None and previous[1] == digest:
        return article, previous
    if previous and previous[0] != article.article_id and article.supersedes is None:
        article = replace(article, supersedes=previous[0])
    return article, (article.article_id, digest)


def _stored_latest(app: Parley, url: str) -> tuple[str, str] | None:
    versions = page_versions(app, url)
    stored = app.article(versions.latest) if versions and versions.latest else None
    return (stored.article_id, stored.digest) if stored is not None else None


def _versions_recording(app: Parley, new: list[ArticleInput]) -> list[PageVersions]:
    """The version records of the batch's new pages, to be saved with them."""
    touched: dict[str, PageVersions] = {}
    for article in new:
        url = article.url
        if article.html_digest is None or url is None:
            continue
        if url not in touched:
            touched[url] = page_versions(app, url) or PageVersions(url)
        if article.article_id not in touched[url].articles:
            touched[url].add(article.article_id)
    return list(touched.values())


def _record_found_version(app: Parley, article: ArticleInput) -> None:
    # A page stored before its version was recorded (by a release that saved them apart)
    # is recorded when it comes again.
    if article.html_digest is None or article.url is None:
        return
    versions = page_versions(app, article.url) or PageVersions(article.url)
    if article.article_id not in versions.articles:
        versions.add(article.article_id)
        app.save(versions)


def page_versions(app: Parley, url: str) -> PageVersions | None:
    try:
        return app.repository.get(PageVersions.create_id(url))
    except AggregateNotFoundError:
        return None
