"""Articles as they arrive at the write side, validated before anything is stored.

The one place the rules for ids, publication dates and texts live: the API, the CLI and
code building an ``ArticleInput`` all go through them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

MAX_TEXT_BYTES = 2_000_000
MAX_ID_LENGTH = 200
ID_RULE = (
    f"ids are 1 to {MAX_ID_LENGTH} characters, without '/' or control characters, "
    "and not '.' or '..'"
)
EARLIEST_PUBLISHED = date(1900, 1, 1)
DATE_RULE = "a time may follow, as in 2024-02-14T09:30:00Z"
# A day, then nothing or an ISO time of day (seconds, fraction and UTC offset optional).
PUBLISHED = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)(Z|[+-]\d{2}:?\d{2})?)?"
)


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
    html_digest: str | None = None  # a web page's own bytes, when the text was taken from one
    supersedes: str | None = None  # the earlier version of the same page (docs/feeds.md)
    origin: str = field(default="", compare=False)  # where it was read, to name it in errors

    def __post_init__(self) -> None:
        check_article_id(self.article_id)
        check_published(self.published)
        check_text(self.text)


def check_article_id(article_id: str) -> None:
    """An id names the article in ``/articles/{id}``: one path segment, printable."""
    if not isinstance(article_id, str) or not article_id.strip():
        raise InvalidArticle("article id is missing or empty")
    shown = repr(article_id[:40]) + ("..." if len(article_id) > 40 else "")
    if len(article_id) > MAX_ID_LENGTH:
        raise InvalidArticle(f"article id {shown} is too long: {ID_RULE}")
    if "/" in article_id:
        raise InvalidArticle(f"article id {shown} contains '/': {ID_RULE}")
    if any(unicodedata.category(ch) == "Cc" for ch in article_id):
        raise InvalidArticle(f"article id {shown} contains a control character: {ID_RULE}")
    if article_id in (".", ".."):
        raise InvalidArticle(f"article id {shown} is a relative path segment: {ID_RULE}")


def latest_published() -> date:
    """Tomorrow in UTC: the latest publication date accepted (a time zone ahead of UTC)."""
    return datetime.now(UTC).date() + timedelta(days=1)


def check_published(published: date) -> None:
    """Publication dates run from 1900-01-01 to tomorrow (UTC)."""
    latest = latest_published()
    if not EARLIEST_PUBLISHED <= published <= latest:
        raise InvalidArticle(
            f"publication date {published.isoformat()} is out of range: publication dates "
            f"run from {EARLIEST_PUBLISHED.isoformat()} to tomorrow, {latest.isoformat()} (UTC)"
        )


def check_text(text: str) -> None:
    if not isinstance(text, str) or not text.strip():
        raise InvalidArticle("article text is empty")
    if "\x00" in text:
        raise InvalidArticle("article text is binary (it contains NUL bytes)")
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise InvalidArticle(f"article text is larger than {MAX_TEXT_BYTES} bytes")


def parse_published(value: object) -> date:
    """Reads a publication date: ``YYYY-MM-DD``, optionally followed by an ISO time of day
    (whose day counts as given, whatever its offset), from 1900-01-01 to tomorrow (UTC)."""
    if value is None or value == "":
        raise InvalidArticle("publication date is missing")
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        check_published(value)
        return value
    if not isinstance(value, str):
        raise InvalidArticle(f"publication date {value!r} is not a YYYY-MM-DD string")
    match = PUBLISHED.fullmatch(value.strip())
    try:
        if match is None:
            raise ValueError
        day = date.fromisoformat(match[1])
        if match[2]:
            time.fromisoformat(match[2])  # a real time of day, not 25:00
    except ValueError:
        raise InvalidArticle(
            f"publication date {value!r} is not a valid YYYY-MM-DD date ({DATE_RULE})"
        ) from None
    check_published(day)
    return day
