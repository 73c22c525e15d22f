"""``parley actors [--unregistered]``: the actors the stored events name, with counts and
example sentences; unregistered ones are those to add to the registry before a replay."""

from __future__ import annotations

import argparse
import sys

import orjson

from api.console import open_app, print_table
from application.queries import EventFilter, actor_uses


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "actors", help="actors the events name, with counts and example sentences"
    )
    parser.add_argument(
        "--unregistered", action="store_true", help="only actors the registry does not list"
    )
    parser.add_argument("--negotiation", metavar="ID", help="negotiation id, e.g. russia-ukraine")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--extractor", metavar="VERSION", help="extractor version (default: the active one)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    wanted = EventFilter(
        extractor=args.extractor or app.active_release(), negotiation=args.negotiation
    )
    uses = actor_uses(
        (p.event for p in app.catalog_events() if wanted(p.event)),
        unregistered=args.unregistered,
    )
    if args.format == "json":
        records = [use.record() for use in uses]
        sys.stdout.buffer.write(orjson.dumps(records, option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    rows = (
        (
            use.id,
            "no" if use.unregistered else "yes",
            use.events,
            ", ".join(sorted(use.negotiations)),
            use.examples[0]["text"][:90] if use.examples else "",
        )
        for use in uses
    )
    title = "unregistered actors" if args.unregistered else "actors"
    print_table(title, ("actor", "registered", "events", "negotiations", "example"), rows)
    return 0
