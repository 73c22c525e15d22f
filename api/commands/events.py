"""``parley events``: print stored events as JSON Lines (the export shape) or a table."""

from __future__ import annotations

import argparse
import sys

from api.console import iso_date, open_app, print_table
from application.export import jsonl_line
from application.queries import EventFilter
from domain.events import CATALOG


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("events", help="print stored events")
    parser.add_argument("--format", choices=("jsonl", "table"), default="table")
    parser.add_argument("--type", action="append", choices=sorted(CATALOG), metavar="TYPE")
    parser.add_argument("--actor", help="canonical actor id, e.g. hamas")
    parser.add_argument("--issue", help="issue id, e.g. permanent_ceasefire")
    parser.add_argument("--negotiation", metavar="ID", help="negotiation id, e.g. russia-ukraine")
    parser.add_argument("--from", dest="start", type=iso_date, metavar="DATE")
    parser.add_argument("--to", dest="end", type=iso_date, metavar="DATE")
    parser.add_argument(
        "--extractor",
        metavar="VERSION",
        help="extractor version (default: the active one)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    wanted = EventFilter(
        types=frozenset(args.type or ()),
        actor=args.actor,
        issue=args.issue,
        start=args.start,
        end=args.end,
        extractor=args.extractor or app.active_release(),
        negotiation=args.negotiation,
    )
    selected = (p for p in app.catalog_events() if wanted(p.event))
    if args.format == "jsonl":
        out = sys.stdout.buffer
        for positioned in selected:
            out.write(jsonl_line(positioned.position, positioned.event))
        out.flush()
        return 0
    rows = (
        (
            p.position,
            p.event.occurred.start,
            p.event.type,
            ", ".join(f"{a.id}({a.role[0]})" for a in p.event.actors),
            p.event.modality,
            p.event.article,
            p.event.evidence.text[:90],
        )
        for p in selected
    )
    print_table(
        "events", ("pos", "occurred", "type", "actors", "modality", "article", "evidence"), rows
    )
    return 0
