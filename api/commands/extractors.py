"""``parley extractors``: the extractor releases in the store and which one reads answer from."""

from __future__ import annotations

import argparse
import sys

import orjson

from api.console import open_app, print_table
from application.replay import releases


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extractors", help="list extractor releases with their article and event counts"
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    found = releases(app)
    if args.format == "json":
        records = [{**info.__dict__, "version": info.version} for info in found]
        sys.stdout.buffer.write(orjson.dumps(records, option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    rows = (
        (
            info.release,
            info.articles,
            info.events,
            "yes" if info.active else "",
            "yes" if info.current else "",
        )
        for info in found
    )
    print_table(
        "extractor releases", ("release", "articles", "events", "active", "current code"), rows
    )
    return 0
