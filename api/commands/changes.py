"""``parley changes --from D1 --to D2``: what changed between two dates."""

from __future__ import annotations

import argparse

from api.commands.reading import add_format_and_release, emit_json, open_read_side, refs
from api.console import fail, iso_date, print_table


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("changes", help="what changed between two dates")
    parser.add_argument("--from", dest="start", type=iso_date, required=True, metavar="DATE")
    parser.add_argument("--to", dest="end", type=iso_date, required=True, metavar="DATE")
    add_format_and_release(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.start > args.end:
        fail(f"--from {args.start} is after --to {args.end}")
    with open_read_side(args) as read:
        answer = read.changes(args.start, args.end, args.release, args.negotiation, raw=args.raw)
    if args.format == "json":
        emit_json(answer)
        return 0
    print_table(
        f"changes in {answer['negotiation']} from {answer['from']} to {answer['to']}",
        ("", "from", "to"),
        [(part, answer[part]["from"], answer[part]["to"]) for part in ("status", "round", "truce")]
        + [("events that happened in between", "", answer["events"])],
    )
    print_table(
        "positions that changed",
        ("actor", "issue", "from", "to", "since", "sources"),
        (
            (c["actor"], c["issue"], c["from"], c["to"], c["since"], refs(c["sources"]))
            for c in answer["positions"]
        ),
    )
    print_table(
        "new proposals",
        ("proposal", "proposer", "made", "responses"),
        (
            (
                p["proposal_id"],
                ", ".join(p["proposer"]),
                p["made"],
                ", ".join(f"{a}: {r['response']}" for a, r in p["responses"].items()),
            )
            for p in answer["proposals"]
        ),
    )
    return 0
