"""``parley state --as-of DATE``: where the negotiation stood on a date.

Also home of what the read-model commands (state, positions, timeline, changes) share.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson

from api.console import fail, iso_date, open_app, print_table
from projections.readside import ReadSide


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("state", help="negotiation state as of a date")
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
        answer = read.state(args.as_of, args.known_as_of, args.release)
    if args.format == "json":
        emit_json(answer)
    else:
        show(answer)
    return 0


def show(answer: dict[str, Any]) -> None:
    found = answer["round"] or {}
    truce = answer["truce"]
    summary = [
        ("status", f"{answer['status']} ({answer['status_reason']})"),
        ("round", _round(found) if found else "none"),
        ("mediators", ", ".join(found.get("mediators", ()))),
        ("participants", ", ".join(found.get("participants", ()))),
        ("truce", f"{truce['status']}" + (f" since {truce['since']}" if truce["since"] else "")),
        ("last event", answer["last_event"]),
        ("release", answer["release"]),
    ]
    title = f"state as of {answer['as_of']}"
    if answer["known_as_of"]:
        title += f", known as of {answer['known_as_of']}"
    print_table(title, ("", ""), summary)
    print_table(
        "proposals",
        ("proposal", "proposer", "made", "responses", "sources"),
        (
            (
                p["proposal_id"],
                ", ".join(p["proposer"]),
                p["made"],
                ", ".join(f"{a}: {r['response']} {r['on']}" for a, r in p["responses"].items()),
                refs(p["sources"]),
            )
            for p in answer["proposals"]
        ),
    )
    print_table(
        "sticking points",
        ("issue", "for", "against"),
        (
            (
                s["issue"],
                ", ".join(f"{h['actor']} {h['stance']}" for h in s["for"]),
                ", ".join(f"{h['actor']} {h['stance']}" for h in s["against"]),
            )
            for s in answer["sticking_points"]
        ),
    )
    print_table(
        "assessments and delegations",
        ("on", "what", "who", "evidence"),
        [
            (a["on"], a["assessment"], ", ".join(a["actors"]), a["sources"][0]["evidence"])
            for a in answer["assessments"]
        ]
        + [
            (
                g["on"],
                f"{g['type']} -> {g['destination']}",
                ", ".join(g["actors"]),
                g["sources"][0]["evidence"],
            )
            for g in answer["delegations"]
        ],
    )


def _round(found: dict[str, Any]) -> str:
    text = f"{found['venue']} opened {found['opened']}"
    if found["expected_end"]:
        text += f", expected to end {found['expected_end']}"
    if found["concluded"]:
        text += f", concluded {found['concluded']} ({found['outcome']})"
    return text + (" [active]" if found["active"] else "")


# Shared by the read-model commands


@contextmanager
def open_read_side(args: argparse.Namespace) -> Iterator[ReadSide]:
    """The read side of the store named by ``--db``, caught up (the CLI runs no projector)."""
    app = open_app(args)
    try:
        read = ReadSide(app)
    except Exception as e:  # the view store refused: unwritable file, unreachable server
        fail(f"cannot open the read models: {e}")
    try:
        read.catch_up()
        yield read
    finally:
        read.close()
        app.close()


def add_release(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--release", metavar="NAME@VERSION", help="extractor release (default: the active one)"
    )


def emit_json(answer: Any) -> None:
    """Stable JSON: sorted keys, two-space indent, one trailing newline."""
    options = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE
    sys.stdout.buffer.write(orjson.dumps(answer, option=options))
    sys.stdout.buffer.flush()


def refs(sources: list[dict[str, Any]]) -> str:
    """Short citations: article and log position of each source."""
    return ", ".join(f"{s['article']}#{s['position']}" for s in sources)
