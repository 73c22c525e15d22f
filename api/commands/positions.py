"""``parley positions [ACTOR] --as-of DATE``: each actor's stance per issue on a date."""

from __future__ import annotations

import argparse

from api.commands.reading import add_as_of, add_reading_options, emit_json, open_read_side, refs
from api.console import print_table


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("positions", help="per-actor positions as of a date")
    parser.add_argument("actor", nargs="?", help="canonical actor id, e.g. hamas (default: all)")
    add_as_of(parser)
    add_reading_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_read_side(args) as read:
        answer = read.positions(
            args.actor,
            args.as_of,
            args.known_as_of,
            args.release,
            args.negotiation,
            raw=args.raw,
        )
    if args.format == "json":
        emit_json(answer)
        return 0
    print_table(
        f"positions in {answer['negotiation']} as of {answer['as_of']}"
        + (f" of {args.actor}" if args.actor else ""),
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
