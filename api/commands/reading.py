"""What the read-model commands (state, positions, timeline, changes) share."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson

from api.console import fail, iso_date, open_app
from projections.readside import ReadSide


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
        # A big store's next command then starts from a snapshot of the index; one this
        # command may not write to has answered all the same.
        with contextlib.suppress(Exception):
            read.save_snapshot()
    finally:
        read.close()
        app.close()


def add_as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as-of", dest="as_of", type=iso_date, required=True, metavar="DATE")


def add_reading_options(parser: argparse.ArgumentParser) -> None:
    """``--known-as-of``, ``--format`` and ``--release``."""
    parser.add_argument(
        "--known-as-of",
        dest="known_as_of",
        type=iso_date,
        metavar="DATE",
        help="use only what had been published by this date",
    )
    add_format_and_release(parser)


def add_format_and_release(parser: argparse.ArgumentParser) -> None:
    """``--format``, ``--release`` and ``--negotiation``."""
    parser.add_argument("--format", choices=("table", "json"), default="table")
    add_release(parser)
    add_negotiation(parser)


def add_negotiation(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--negotiation",
        metavar="ID",
        help="negotiation id, e.g. russia-ukraine (default: the one with the most events)",
    )


def add_release(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--release", metavar="NAME@VERSION", help="extractor release (default: the active one)"
    )
    parser.add_argument(
        "--raw",
        action="store_true",
        help="the machine's record only, analysts' corrections not applied",
    )


def emit_json(answer: Any) -> None:
    """Stable JSON: sorted keys, two-space indent, one trailing newline."""
    options = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE
    sys.stdout.buffer.write(orjson.dumps(answer, option=options))
    sys.stdout.buffer.flush()


def refs(sources: list[dict[str, Any]]) -> str:
    """Short citations: article and log position of each source."""
    return ", ".join(f"{s['article']}#{s['position']}" for s in sources)
