"""``parley ingest PATH...``: store articles and the events extracted from them."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from api.console import fail, open_app, stderr
from application import web
from application.app import ArticleConflict, ExtractionFailed, Parley
from application.articles import InvalidArticle, parse_published
from application.fetch import Fetcher, is_web_url
from application.sources import Metadata, Read, SourceError, read_paths
from application.web import read_url

PROGRESS_THRESHOLD = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="store articles and their extracted events",
        description="Ingest a folder with manifest.json or of .html pages, a .jsonl file of "
        "{id, published, text or html, source?, title?, url?}, web pages (.html files or "
        "http(s) URLs, dated by their own metadata), or text files with --published.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH|URL")
    parser.add_argument(
        "--published",
        type=published_date,
        help="publication date of a text file, or of a page that states none: "
        "YYYY-MM-DD (a time may follow)",
    )
    parser.add_argument("--source")
    parser.add_argument("--title")
    parser.add_argument("--url")
    parser.add_argument("--id", dest="article_id", help="article id (default: the file name)")
    parser.set_defaults(func=run)


def published_date(value: str) -> str:
    """An argparse type held to the same rule as every other publication date."""
    try:
        return parse_published(value).isoformat()
    except InvalidArticle as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def run(args: argparse.Namespace) -> int:
    metadata = Metadata(
        published=args.published,
        source=args.source,
        title=args.title,
        url=args.url,
        article_id=args.article_id,
    )
    if args.article_id and len(args.paths) > 1:
        fail("--id names one article: give a single text file with it")
    reads = list(read_inputs(args.paths, metadata))
    app = open_app(args)
    tally = ingest_all(app, reads)
    print(summary(tally))
    return 1 if tally["refused"] else 0


def read_inputs(inputs: list[str], metadata: Metadata) -> Iterator[Read]:
    """Articles from paths and http(s) URLs, in the order given."""
    fetcher = Fetcher()
    try:
        for value in inputs:
            if is_web_url(value):
                yield read_url(fetcher, value, metadata)
            else:
                yield from read_paths([Path(value)], metadata)
    finally:
        fetcher.close()


def ingest_all(app: Parley, reads: list[Read]) -> Counter[str]:
    """Ingests every article read, reporting refusals on stderr; returns the tallies."""
    tally: Counter[str] = Counter()
    for item in _with_progress(reads):
        if isinstance(item, SourceError):
            _refuse(tally, str(item))
            continue
        try:
            result = web.ingest(app, item)
        except ArticleConflict as e:
            _refuse(tally, str(e))
            continue
        except ExtractionFailed as e:
            _refuse(tally, f"{item.origin}: {e}" if item.origin else str(e))
            continue
        tally[result.status] += 1
        tally["events"] += len(result.events)
    return tally


def _refuse(tally: Counter[str], message: str) -> None:
    print(f"refused: {message}", file=sys.stderr)
    tally["refused"] += 1


def _with_progress(reads: list[Read]) -> Iterable[Read]:
    if len(reads) < PROGRESS_THRESHOLD or not sys.stderr.isatty():
        yield from reads
        return
    columns = (
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=stderr, transient=True) as progress:
        yield from progress.track(reads, total=len(reads))


def summary(tally: Counter[str]) -> str:
    return (
        f"articles: {tally['new']} new, {tally['duplicate']} already stored, "
        f"{tally['refused']} refused; events stored: {tally['events']}"
    )
