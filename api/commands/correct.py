"""``parley correct ACTION ...``, ``parley corrections`` and ``parley history EVENT``."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from api.commands.reading import emit_json
from api.console import fail, iso_date, open_app, print_table
from application import corrections
from domain.correction import InvalidCorrection
from domain.overlay import Entry


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "correct",
        help="correct the record: retract, amend, confirm, add, merge, undo",
        description="Each correction is an event with its writer and reason; it is anchored "
        "to the happening, so it holds after a replay. See docs/corrections.md.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help in (
        ("retract", "the event is wrong: leave it out of every read"),
        ("amend", "the event is right but a field is wrong"),
        ("confirm", "an analyst checked the event"),
    ):
        sub = actions.add_parser(name, help=help)
        sub.add_argument("event", metavar="EVENT_ID")
        if name == "amend":
            _amend_options(sub)
        _common(sub)
    add = actions.add_parser("add", help="a happening the extractor missed")
    _amend_options(add, required=True)
    add.add_argument("--article", metavar="ID", help="the article it is read in")
    add.add_argument("--span", metavar="START,END", help="character offsets in the article")
    add.add_argument("--url", help="or: a source URL")
    add.add_argument("--text", default="", help="the sentence it is read from")
    add.add_argument("--reported", type=iso_date, metavar="DATE")
    _common(add)
    merge = actions.add_parser("merge", help="two actor ids are one: FROM reads as INTO")
    merge.add_argument("source", metavar="FROM")
    merge.add_argument("into", metavar="INTO")
    _common(merge)
    undo = actions.add_parser("undo", help="undo a correction")
    undo.add_argument("correction", metavar="CORRECTION_ID")
    _common(undo)
    parser.set_defaults(func=run)

    listing = subparsers.add_parser(
        "corrections", help="corrections, and which attach to the active release or are orphaned"
    )
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(func=run_list)

    history = subparsers.add_parser("history", help="an event's extraction and every correction")
    history.add_argument("event", metavar="EVENT_ID")
    history.add_argument("--format", choices=("table", "json"), default="table")
    history.set_defaults(func=run_history)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reason", required=True, help="why (recorded with the correction)")
    add_writer(parser)


def add_writer(parser: argparse.ArgumentParser) -> None:
    """``--as NAME``: who writes the record, for commands that write one."""
    parser.add_argument(
        "--as",
        dest="writer",
        default=os.environ.get("PARLEY_WRITER") or _user(),
        help="the writer's name (default: $PARLEY_WRITER or the login name)",
    )


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment
        return "cli"


def _amend_options(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument(
        "--occurred", required=required, metavar="START[..END][/PRECISION]", help="world dates"
    )
    parser.add_argument("--type", required=required, dest="event_type")
    parser.add_argument(
        "--actors", required=required, metavar="ID[:ROLE],...", help="e.g. hamas,egypt:mediator"
    )
    parser.add_argument("--modality", choices=("asserted", "expected", "reported"))
    parser.add_argument("--location")
    parser.add_argument("--issues", metavar="ISSUE,...")


def changes_of(args: argparse.Namespace) -> dict[str, Any]:
    """The export-shape changes the options name."""
    changes: dict[str, Any] = {}
    if args.occurred:
        dates, _, precision = args.occurred.partition("/")
        start, _, end = dates.partition("..")
        changes["occurred"] = {"start": start, "end": end or start, "precision": precision or "day"}
    if args.event_type:
        changes["type"] = args.event_type
    if args.actors:
        changes["actors"] = [
            {"id": i, "role": r or "subject"}
            for i, _, r in (a.strip().partition(":") for a in args.actors.split(","))
        ]
    for name in ("modality", "location"):
        if getattr(args, name):
            changes[name] = getattr(args, name)
    if args.issues:
        changes["issues"] = [i.strip() for i in args.issues.split(",")]
    return changes


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        entry = _correct(app, args)
    except InvalidCorrection as e:
        fail(str(e))
    except (corrections.UnknownEvent, corrections.UnknownCorrection) as e:
        fail(str(e.args[0]))
    finally:
        app.close()
    print(f"{entry.action} {entry.id} by {entry.writer} at log position {entry.position}")
    return 0


def _correct(app: Any, args: argparse.Namespace) -> Entry:
    if args.action in ("retract", "amend", "confirm"):
        changes = changes_of(args) if args.action == "amend" else {}
        return corrections.correct(app, args.event, args.action, args.reason, args.writer, changes)
    if args.action == "add":
        event = changes_of(args)
        span = [int(x) for x in args.span.split(",")] if args.span else None
        event["evidence"] = {
            "article": args.article,
            "url": args.url,
            "span": span,
            "text": args.text,
        }
        if args.reported:
            event["reported"] = args.reported.isoformat()
        return corrections.add(app, event, args.reason, args.writer)
    if args.action == "merge":
        return corrections.merge(app, args.source, args.into, args.reason, args.writer)
    return corrections.undo(app, args.correction, args.reason, args.writer)


def run_list(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        report = corrections.attachment(app)
        everything = [e.as_dict() for e in corrections.entries(app)]
    finally:
        app.close()
    if args.format == "json":
        emit_json({"corrections": everything, **report})
        return 0
    attached = {row["id"]: row["events"] for row in report["attached"]}
    orphaned = {row["id"] for row in report["orphaned"]}
    print_table(
        "corrections",
        ("id", "action", "writer", "at", "reason", "attaches to"),
        (
            (
                e["id"],
                e["action"] + (" (undone)" if e["undone"] else ""),
                e["writer"],
                e["at"][:19],
                e["reason"],
                "ORPHANED" if e["id"] in orphaned else ", ".join(attached.get(e["id"], ["-"])),
            )
            for e in everything
        ),
    )
    return 0


def run_history(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        found = corrections.history(app, args.event)
    except corrections.UnknownEvent as e:
        fail(str(e.args[0]))
    finally:
        app.close()
    if args.format == "json":
        emit_json(found)
        return 0
    event = found["event"]
    print(
        f"{event['type']} {event['id']} ({event['extractor']['name']}@"
        f"{event['extractor']['version']}): {event['evidence']['text']}"
    )
    print_table(
        "corrections",
        ("at", "writer", "action", "changes", "reason", "undone"),
        (
            (
                c["at"][:19],
                c["writer"],
                c["action"],
                str(c["changes"] or ""),
                c["reason"],
                f"by {c['undone']['writer']}: {c['undone']['reason']}" if c["undone"] else "",
            )
            for c in found["corrections"]
        ),
    )
    if found["corrected"] is None:
        print("as corrected: retracted")
    return 0
