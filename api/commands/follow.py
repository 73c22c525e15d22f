"""``parley follow FEED_URL...``: poll RSS and Atom feeds and ingest their new items' pages."""

from __future__ import annotations

import argparse
import re
import sys
import time

from api.console import fail, open_app
from application.fetch import Fetcher, FetchError, check_web_url
from application.follow import Follower, Relevance, summary

UNITS = {"s": 1, "m": 60, "h": 3600}


def interval(value: str) -> float:
    """An argparse type for durations: ``90s``, ``10m``, ``1h`` (seconds without a unit)."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([smh]?)", value.strip())
    if not match or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a duration like 90s, 10m or 1h")
    return float(match.group(1)) * UNITS[match.group(2) or "s"]


def add_relevance(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keep",
        choices=("events", "everything"),
        default="events",
        help="without --keyword/--actor: ingest items the extractor finds events in "
        "(default), or everything",
    )
    parser.add_argument(
        "--keyword", action="append", default=[], help="ingest items naming this word (repeat)"
    )
    parser.add_argument(
        "--actor", action="append", default=[], help="ingest items about this actor id (repeat)"
    )


def relevance(args: argparse.Namespace) -> Relevance:
    return Relevance(args.keep, tuple(args.keyword), tuple(args.actor))


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "follow",
        help="poll RSS/Atom feeds and ingest their new items' pages",
        description="Poll feeds, fetch their new items' pages and ingest the relevant ones. "
        "What was seen is kept in the store: a later run (or a restarted one) skips it.",
    )
    parser.add_argument("feeds", nargs="+", metavar="FEED_URL")
    parser.add_argument(
        "--every", type=interval, default=600.0, metavar="DURATION", help="default: 10m"
    )
    parser.add_argument("--once", action="store_true", help="one round, then exit")
    parser.add_argument(
        "--interval",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="politeness: seconds between two requests to the same host (default: 1)",
    )
    parser.add_argument("--timeout", type=float, default=15.0, metavar="SECONDS")
    add_relevance(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    for url in args.feeds:
        try:
            check_web_url(url)
        except FetchError as e:
            fail(str(e))
    app = open_app(args)
    fetcher = Fetcher(timeout=args.timeout, interval=args.interval)
    follower = Follower(app, fetcher, relevance(args))
    try:
        while True:
            reports = follower.round(args.feeds)
            for report in reports:
                if report.error:
                    print(f"feed {report.url}: {report.error}", file=sys.stderr)
                for problem in report.problems:
                    print(problem, file=sys.stderr)
            print(summary(reports), flush=True)
            if args.once:
                return 1 if any(r.outcome == "failed" for r in reports) else 0
            time.sleep(args.every)
    finally:
        fetcher.close()
        app.close()
