"""``parley eval GOLD.jsonl [--articles DIR]``: score the extractor in memory against gold;
``parley eval --state CHECKS.json [--db URL] [--load DIR] [--negotiation ID]``: score dated state
checks on a store."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from api.commands.ingest import ingest_all
from api.commands.reading import emit_json
from api.console import fail, open_app, print_table
from application.sources import MANIFEST, Metadata, read_paths
from extraction import load_extractor
from extraction.evaluate import extract_records, load_articles, load_jsonl, render, score
from projections import checks
from projections.readside import ReadSide


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the extractor against gold annotations (no store needed), "
        "or a store's state against dated checks (--state)",
    )
    parser.add_argument("gold", nargs="*", type=Path, help="gold rows (seeds-gold.jsonl shape)")
    parser.add_argument(
        "--articles",
        type=Path,
        default=Path("seeds"),
        metavar="DIR",
        help="folder with manifest.json and the article texts (default: seeds)",
    )
    parser.add_argument(
        "--state",
        type=Path,
        metavar="CHECKS",
        help='dated state checks ({"dates": {"YYYY-MM-DD": {...}}}, see docs/projections.md) '
        "scored on the store named by --db",
    )
    parser.add_argument(
        "--db", metavar="URL", default=argparse.SUPPRESS, help="event store URL (as before COMMAND)"
    )
    parser.add_argument(
        "--load", type=Path, metavar="DIR", help="with --state: ingest these articles first"
    )
    parser.add_argument(
        "--negotiation",
        metavar="ID",
        help="with --state: score the dates the file scopes to no negotiation on this one "
        "(default: the negotiation the manifest.json beside the file names, else the one "
        "with the most events)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "table", "json"),
        default="text",
        help="text (or table): totals, tables, date errors by kind, type confusion, misses, or "
        "per-check results with --state; json: the same as one object",
    )
    parser.add_argument("--json", action="store_true", help="same as --format json")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.state is not None:
        return run_state(args)
    if not args.gold:
        fail("eval: give gold files (GOLD.jsonl ...) or --state CHECKS.json")
    gold = [row for path in args.gold for row in load_jsonl(path)]
    extractor = load_extractor()
    articles = load_articles(args.articles)
    published = {article_id: day for article_id, day, _ in articles}
    report = score(gold, extract_records(extractor, articles), published)
    if args.json or args.format == "json":
        print(json.dumps({"extractor": extractor.release, **report.summary()}))
    else:
        print(f"extractor {extractor.release}")
        print(render(report))
    return 0


def run_state(args: argparse.Namespace) -> int:
    try:
        wanted = json.loads(args.state.read_text(encoding="utf-8"))
        checks.validate(wanted)
    except OSError as e:
        fail(f"cannot read {args.state}: {e.strerror or e}")
    except json.JSONDecodeError as e:
        fail(f"{args.state}: not JSON: {e.msg} at line {e.lineno} column {e.colno}")
    except checks.BadChecks as e:
        fail(f"{args.state}: {e}")
    for where in checks.unknown(wanted):
        print(f"parley: note: {args.state}: {where}: unknown check, skipped", file=sys.stderr)
    app = open_app(args)
    try:
        if args.load is not None:
            ingest_all(app, list(read_paths([args.load], Metadata())))
        read = ReadSide(app)
        try:
            if read.catch_up() == 0:
                where = args.db or "(default)"
                print(f"parley: note: the store {where} holds no events", file=sys.stderr)
            report = checks.score(read, wanted, args.negotiation or _manifest_negotiation(args))
        finally:
            read.close()
    finally:
        app.close()
    if args.format == "json" or args.json:
        emit_json(report)
    else:
        show(report)
    return 0


def _manifest_negotiation(args: argparse.Namespace) -> str | None:
    """The negotiation a set's manifest names (``"negotiation": {"id": ...}`` or an id), for
    checks kept beside the set's articles."""
    try:
        manifest = json.loads((args.state.parent / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    named = manifest.get("negotiation") if isinstance(manifest, dict) else None
    if isinstance(named, dict):
        named = named.get("id")
    return named if isinstance(named, str) and named else None


def show(report: dict[str, Any]) -> None:
    rows = [
        (day, r["check"], "pass" if r["pass"] else "FAIL", _text(r["expected"]), _text(r["actual"]))
        for day, results in report["dates"].items()
        for r in results
    ]
    print_table("state checks", ("date", "check", "result", "expected", "state says"), rows)
    scopes = report.get("negotiations", {})
    for day, results in report["dates"].items():
        scope = f" ({scopes[day]})" if scopes.get(day) else ""
        print(f"{day}{scope}: {sum(r['pass'] for r in results)}/{len(results)}")
    total = report["total"]
    share = f" ({100 * report['passed'] / total:.0f}%)" if total else ""
    print(f"passed {report['passed']} of {total}{share}")


def _text(value: Any) -> str:
    return json.dumps(value, sort_keys=True) if not isinstance(value, str) else value
