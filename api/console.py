"""What the CLI commands share: opening the store, reporting errors, printing tables."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from typing import NoReturn

from rich.console import Console
from rich.table import Table

from application.app import Parley
from application.store import BadStoreURL

stderr = Console(stderr=True, highlight=False, emoji=False)
# Piped output gets a wide page rather than rich's 80 columns, so evidence stays readable.
PIPED_WIDTH = 160


def fail(message: str, code: int = 2) -> NoReturn:
    """Prints one clear line on stderr and exits."""
    print(f"parley: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def open_app(args: argparse.Namespace) -> Parley:
    """The application on the store named by ``--db`` / ``PARLEY_DB``."""
    try:
        return Parley(url=args.db)
    except BadStoreURL as e:
        fail(str(e))
    except Exception as e:  # the store itself refused: unreachable server, unwritable file
        fail(f"cannot open the event store: {e}")


def iso_date(value: str) -> date:
    """An argparse type for YYYY-MM-DD dates."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a YYYY-MM-DD date") from None


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if cell is None else str(cell) for cell in row))
    console = Console(highlight=False, emoji=False)
    if not console.is_terminal:
        console.width = PIPED_WIDTH
    console.print(table)
