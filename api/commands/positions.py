"""``parley positions [ACTOR] --as-of DATE``: each actor's stance per issue on a date."""

from __future__ import annotations

import argparse

from api.commands.reading import add_release, emit_json, open_read_side, refs
from api.console import iso_date, print_table


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("positions", help="per-actor positions as of a date")
    parser.add_argument("actor", nargs="?", help="canonical actor id, e.g. hamas (default: all)")
    parser.add_argument("--as-of", dest="as_of", type=iso_date, required=True, metavar="DATE")
    parser.add_argument(
        "--known-as-of",
        dest="known_as_of",
        type=iso_date,
        metavar="DATE",
        help="use only what had been published by this date",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    add_release(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_read_side(args) as read:
        answer = read.positions(args.actor, args.as_of, args.known_as_of, args.release)
    if args.format == "json":
        emit_json(answer)
        return 0
    print_table(
        f"positions as of {answer['as_of']}" + (f" of {args.actor}" if args.actor else ""),
        ("actor", "issue", "stance", "since", "events", "evidence", "sources"),
        (
            (
                p["actor"],
                p["issue"],
                p["stance"],
                p["since"],
                p["events"],
                p["sources"][0]["evidence"],
                refs(p["sources"]),
            )
            for p in answer["positions"]
        ),
    )
    return 0
