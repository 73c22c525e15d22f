"""The ``parley`` command line: ``parley [--db URL] COMMAND ...``."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from application.store import DEFAULT_DB
from extraction.registry import PACKS_ENV

# Each module registers one subcommand: ``register(subparsers)`` sets ``func`` on its parser.
COMMANDS = (
    "api.commands.ingest",
    "api.commands.articles",
    "api.commands.follow",
    "api.commands.events",
    "api.commands.serve",
    "api.commands.replay",
    "api.commands.diff",
    "api.commands.extractors",
    "api.commands.actors",
    "api.commands.state",
    "api.commands.positions",
    "api.commands.timeline",
    "api.commands.changes",
    "api.commands.negotiations",
    "api.commands.eval",
    "api.commands.correct",
    "api.commands.tokens",
    "api.commands.withdraw",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parley",
        description="Follow a negotiation through the news, as an event-sourced timeline.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help=f"event store URL (default: $PARLEY_DB or {DEFAULT_DB}); "
        "also postgresql://USER@HOST:PORT/DB or memory://",
    )
    parser.add_argument(
        "--packs",
        metavar="NAMES",
        default=None,
        help="extraction data packs, comma-separated, '' for none "
        "(default: $PARLEY_EXTRACTION_PACKS or gaza)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.packs is not None:
        # Read wherever the extractor is loaded (ingest, replay, serve, eval).
        os.environ[PACKS_ENV] = args.packs
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
