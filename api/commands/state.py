"""``parley state --as-of DATE``: where the negotiation stood on a date."""

from __future__ import annotations

import argparse
from typing import Any

from api.commands.reading import add_as_of, add_reading_options, emit_json, open_read_side, refs
from api.console import print_table


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("state", help="negotiation state as of a date")
    add_as_of(parser)
    add_reading_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_read_side(args) as read:
        answer = read.state(
            args.as_of, args.known_as_of, args.release, args.negotiation, raw=args.raw
        )
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
        ("truce", f"{truce['status']} ({truce['status_reason']})"),
        ("truce sources", _doubt(truce)),
        ("next round", _next(answer["next_round"])),
        ("deal", _deal(answer["agreement"].get("deal"))),
        (
            "accepted",
            ", ".join(
                f"{a['actor']} {a['accepted']} {a['on']}"
                for a in answer["agreement"]["acceptances"]
            ),
        ),
        ("last event", answer["last_event"]),
        ("release", answer["release"]),
    ]
    title = f"state of {answer['negotiation']} as of {answer['as_of']}"
    if answer["known_as_of"]:
        title += f", known as of {answer['known_as_of']}"
    print_table(title, ("", ""), summary)
    print_table(
        "proposals",
        ("proposal", "proposer", "made", "responses", "sources"),
        (
            (
                p["proposal_id"],
                ", ".join(p["proposer"]) + (" (inferred)" if p.get("proposer_inferred") else ""),
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


def _doubt(part: dict[str, Any]) -> str:
    if not part.get("source_count"):
        return ""
    text = f"{part['source_count']} article(s), {part['modality']}"
    return text + (", uncorroborated" if part["uncorroborated"] else "")


def _next(found: dict[str, Any] | None) -> str:
    return f"{found['venue'] or 'venue unknown'} on {found['on']}" if found else "none announced"


def _deal(deal: dict[str, Any] | None) -> str:
    """A settlement both sides signed, if one stands: when, between whom, how sourced."""
    if not deal:
        return "none"
    return f"{' and '.join(deal['parties'])} on {deal['on']} ({_doubt(deal)})"


def _round(found: dict[str, Any]) -> str:
    text = f"{found['venue']} opened {found['opened']}"
    if found["expected_end"]:
        text += f", expected to end {found['expected_end']}"
    if found["ending"]:
        text += f", ended: {found['ending']}"
    if found["concluded"]:
        text += f", concluded {found['concluded']} ({found['outcome']})"
    return text + (" [active]" if found["active"] else "")


# Shared by the read-model commands
