"""``parley events``: print stored events as JSON Lines (the export shape) or a table."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

import orjson

from api.console import iso_date, open_app, print_table
from application.corrections import corrected_stream
from application.export import export_record
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
    parser.add_argument(
        "--raw", action="store_true", help="the machine's events, analysts' corrections not applied"
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
    selected: Iterator[dict[str, Any]]
    if args.raw:
        selected = (
            export_record(p.position, p.event) for p in app.catalog_events() if wanted(p.event)
        )
    else:
        # Release and type narrow the log; the rest of the filter applies as corrected.
        near = EventFilter(extractor=wanted.extractor)
        selected = corrected_stream(app, (p for p in app.catalog_events() if near(p.event)), wanted)
    if args.format == "jsonl":
        out = sys.stdout.buffer
        for record in selected:
            out.write(orjson.dumps(record) + b"\n")
        out.flush()
        return 0
    rows = (
        (
            r["position"],
            r["occurred"]["start"],
            r["type"] + (" *" if r.get("corrected") or r.get("added_by") else ""),
            ", ".join(f"{a['id']}({a['role'][0]})" for a in r["actors"]),
            r["modality"],
            r["article"],
            r["evidence"]["text"][:90],
        )
        for r in selected
    )
    print_table(
        "events", ("pos", "occurred", "type", "actors", "modality", "article", "evidence"), rows
    )
    return 0
