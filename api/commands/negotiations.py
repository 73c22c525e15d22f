"""``parley negotiations``: the negotiations the events belong to, the most events first."""

from __future__ import annotations

import argparse

from api.commands.reading import add_release, emit_json, open_read_side
from api.console import iso_date, print_table


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "negotiations", help="the negotiations the events belong to, with sides and dates"
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--known-as-of",
        dest="known_as_of",
        type=iso_date,
        metavar="DATE",
        help="count only what had been published by this date",
    )
    add_release(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_read_side(args) as read:
        found = read.negotiations(args.release, args.known_as_of, raw=args.raw)
    if args.format == "json":
        emit_json(found)
        return 0
    print_table(
        "negotiations",
        ("id", "name", "sides", "mediators", "first", "last", "events"),
        (
            (
                n["id"],
                n["name"],
                ", ".join(n["sides"]),
                ", ".join(n["mediators"]),
                n["first"],
                n["last"],
                n["events"],
            )
            for n in found
        ),
    )
    return 0
