"""``parley timeline [--from D] [--to D]``: happenings in order, reports merged, with sources."""

from __future__ import annotations

import argparse

from api.commands.reading import add_reading_options, emit_json, open_read_side, refs
from api.console import fail, iso_date, print_table


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("timeline", help="the timeline of happenings, corroborated")
    parser.add_argument("--from", dest="start", type=iso_date, metavar="DATE")
    parser.add_argument("--to", dest="end", type=iso_date, metavar="DATE")
    add_reading_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.start and args.end and args.start > args.end:
        fail(f"--from {args.start} is after --to {args.end}")
    with open_read_side(args) as read:
        entries = read.timeline(
            args.start, args.end, args.release, args.known_as_of, args.negotiation, raw=args.raw
        )
        negotiation = read.negotiation_of(args.negotiation, args.release, raw=args.raw)
    if args.format == "json":
        emit_json(entries)
        return 0
    print_table(
        f"timeline of {negotiation}",
        ("occurred", "type", "who", "where", "modality", "reports", "evidence", "sources"),
        (
            (
                _when(e["occurred"]),
                e["type"],
                ", ".join(e["principals"]),
                e["location"],
                e["modality"],
                e["corroboration"],
                e["sources"][0]["evidence"][:90],
                refs(e["sources"]),
            )
            for e in entries
        ),
    )
    return 0


def _when(occurred: dict[str, str]) -> str:
    if occurred["start"] == occurred["end"]:
        return occurred["start"]
    return f"{occurred['start']}..{occurred['end']}"
