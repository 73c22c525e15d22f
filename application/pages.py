"""Web pages to articles: the body, title, canonical URL and publication date of an HTML page.

The body is what trafilatura keeps of a page (no navigation, captions, related links,
comments or cookie banners); the date comes from the page's own metadata as htmldate finds
it (meta tags, JSON-LD, ``<time>``, elements marked as a date line, the URL). Its search of
the running text is off: a body that mentions an earlier date would date the page wrongly,
and a page without a date is refused rather than dated by guess or by today.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import htmldate
import trafilatura
from trafilatura.utils import decode_file

from application.articles import (
    EARLIEST_PUBLISHED,
    ArticleInput,
    InvalidArticle,
    latest_published,
)
from domain.article import text_digest

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

# Both libraries log every page they cannot date or parse; the refusal says it once.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Page:
    """What a web page says about itself, before it becomes an article."""

    text: str
    title: str | None
    url: str | None
    published: date | None
    html_digest: str
    site: str | None = None


def html_digest(html: bytes | str) -> str:
    """The SHA-256 of a page's HTML as received."""
    raw = html.encode("utf-8") if isinstance(html, str) else html
    return hashlib.sha256(raw).hexdigest()


def read_page(html: bytes | str, url: str | None = None) -> Page:
    """The article a page holds; raises InvalidArticle when it holds no article text.

    ``url`` is where the page came from: a fallback for the canonical URL and a source of
    the date when the page has none of its own.
    """
    digest = html_digest(html)
    markup = decode_file(html) if isinstance(html, bytes) else html
    if not markup.strip():
        raise InvalidArticle("the page is empty")
    document = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    text = (getattr(document, "text", None) or "").strip()
    if not text:
        raise InvalidArticle("no article text found in the page")
    canonical = _web_url(getattr(document, "url", None)) or _web_url(url)
    return Page(
        text=text,
        title=getattr(document, "title", None) or None,
        url=canonical,
        published=page_date(markup, canonical or url),
        html_digest=digest,
        site=getattr(document, "sitename", None) or None,
    )


def page_date(markup: str, url: str | None = None) -> date | None:
    """The page's original publication date from its metadata or URL, or None."""
    found = htmldate.find_date(
        markup,
        url=url,
        extensive_search=False,
        original_date=True,
        outputformat="%Y-%m-%d",
        min_date=EARLIEST_PUBLISHED.isoformat(),
        max_date=latest_published().isoformat(),
    )
    return date.fromisoformat(found) if found else None


def page_article(
    page: Page,
    article_id: str,
    *,
    published: date | None = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    supersedes: str | None = None,
) -> ArticleInput:
    """The article to store for a page; given metadata wins over the page's own.

    Raises InvalidArticle when no publication date is found or given, or it is out of range.
    """
    article_id = article_id or (page_id(page.url, page.text) if page.url else "")
    when = published or page.published
    if when is None:
        raise InvalidArticle(
            "no publication date found in the page (meta tags, JSON-LD, <time>, date line "
            "or URL): give it with --published (or 'published')"
        )
    return ArticleInput(
        article_id=article_id,
        published=when,
        text=page.text,
        source=source or page.site or _host(page.url),
        title=title or page.title,
        url=url or page.url,
        html_digest=page.html_digest,
        supersedes=supersedes,
    )


def page_id(url: str, text: str) -> str:
    """A stable article id for a page fetched from the web: its URL without the scheme and
    its text's digest, so an unchanged page keeps its id and an updated one gets a new one.
    Slashes become '~': an id is one path segment of ``/articles/{id}``."""
    parts = urlsplit(url)
    place = parts.netloc + parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")
    return f"{place.replace('/', '~')[:150]}@{text_digest(text)[:10]}"


def _web_url(value: str | None) -> str | None:
    if not value:
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None
