"""Articles as they arrive at the write side, validated before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

MAX_TEXT_BYTES = 2_000_000
EARLIEST = date(1900, 1, 1)


class InvalidArticle(ValueError):
    """An article that cannot be stored as given; the message says what is wrong."""


@dataclass(frozen=True)
class ArticleInput:
    """One article to ingest: its id, publication date, text and optional metadata."""

    article_id: str
    published: date
    text: str
    source: str | None = None
    title: str | None = None
    url: str | None = None
    html_digest: str | None = None
    supersedes: str | None = None

    def __post_init__(self) -> None:
        check_article_id(self.article_id)
        check_text(self.text)
        check_published(self.published)


def latest_publication() -> date:
    """Tomorrow in UTC: the latest publication date believed (time zones ahead of UTC)."""
    return datetime.now(UTC).date() + timedelta(days=1)


def check_published(published: date) -> None:
    if not EARLIEST <= published <= latest_publication():
        raise InvalidArticle(
            f"publication date {published.isoformat()} is not between "
            f"{EARLIEST.isoformat()} and tomorrow ({latest_publication().isoformat()}, UTC)"
        )


def check_article_id(article_id: str) -> None:
    if not isinstance(article_id, str) or not article_id.strip():
        raise InvalidArticle("article id is missing or empty")
    if len(article_id) > 200 or any(ch in article_id for ch in "\x00\n\r\t"):
        raise InvalidArticle(
            f"article id {article_id[:40]!r} is too long or has control characters"
        )


def check_text(text: str) -> None:
    if not isinstance(text, str) or not text.strip():
        raise InvalidArticle("article text is empty")
    if "\x00" in text:
        raise InvalidArticle("article text is binary (it contains NUL bytes)")
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise InvalidArticle(f"article text is larger than {MAX_TEXT_BYTES} bytes")


def parse_published(value: object) -> date:
    """Reads a publication date: ISO ``YYYY-MM-DD`` (a time part is ignored)."""
    if value is None or value == "":
        raise InvalidArticle("publication date is missing")
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InvalidArticle(f"publication date {value!r} is not a YYYY-MM-DD string")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InvalidArticle(f"publication date {value!r} is not a valid YYYY-MM-DD date") from None
