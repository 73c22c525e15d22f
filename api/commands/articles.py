"""``parley articles``: the stored articles, so a user can see what came in."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from api.console import open_app, print_table
from domain.article import Article

PREVIEW = 80


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "articles",
        help="list stored articles (id, url, title, published, source, length)",
        description="List stored articles in the order they were stored.",
    )
    parser.add_argument("--format", choices=("table", "jsonl"), default="table")
    parser.add_argument("--text", action="store_true", help="include each article's text")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        records = [record(ingested, args.text) for _, ingested in app.articles()]
    finally:
        app.close()
    if args.format == "jsonl":
        out = sys.stdout.buffer
        for item in records:
            out.write(orjson.dumps(item) + b"\n")
        return 0
    columns = ["id", "published", "source", "title", "url", "length"]
    if args.text:
        columns.append("text")
    rows = ([_cell(item[c]) for c in columns] for item in records)
    print_table(f"articles ({len(records)})", columns, rows)
    return 0


def record(ingested: Article.Ingested, with_text: bool) -> dict[str, Any]:
    """One article's listing: metadata, text length, and the text if asked."""
    item: dict[str, Any] = {
        "id": ingested.article_id,
        "url": ingested.url,
        "title": ingested.title,
        "published": ingested.published.isoformat(),
        "source": ingested.source,
        "length": len(ingested.text),
        "supersedes": ingested.supersedes,
        "html_digest": ingested.html_digest,
    }
    if with_text:
        item["text"] = ingested.text
    return item


def _cell(value: Any) -> Any:
    if isinstance(value, str) and len(value) > PREVIEW * 4:
        return value[: PREVIEW * 4] + "…"
    return value
