"""``parley eval GOLD.jsonl [--articles DIR]``: score the extractor in memory against gold."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from extraction import load_extractor
from extraction.evaluate import extract_records, load_articles, load_jsonl, render, score


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval", help="score the extractor against gold annotations (no store needed)"
    )
    parser.add_argument("gold", nargs="+", type=Path, help="gold rows (seeds-gold.jsonl shape)")
    parser.add_argument(
        "--articles",
        type=Path,
        default=Path("seeds"),
        metavar="DIR",
        help="folder with manifest.json and the article texts (default: seeds)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: totals, tables, date errors by kind, type confusion, misses; json: the "
        "totals, date errors by kind and type confusion as one object",
    )
    parser.add_argument("--json", action="store_true", help="same as --format json")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
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
