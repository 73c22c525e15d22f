"""``parley replay``: derive every stored article again with the current extractor, then switch."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import orjson
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from api.commands.diff import show
from api.console import fail, open_app, stderr
from application.replay import (
    BATCH_ARTICLES,
    ProgressCallback,
    Replayer,
    ReplayError,
    ReplayReport,
    UnknownArticle,
    count_articles,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "replay",
        help="derive every stored article's events again with the current extractor",
        description="Appends the current extractor release's events for every stored article "
        "(texts are read from the event store), then makes that release the active one. "
        "Nothing is deleted; an interrupted replay continues where it stopped when run again.",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="store nothing: show what the current release would add, remove and change",
    )
    parser.add_argument("--article", metavar="ID", help="with --dry-run: only this article")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--batch",
        type=int,
        default=BATCH_ARTICLES,
        metavar="N",
        help=f"articles per transaction (default {BATCH_ARTICLES})",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.batch < 1:
        fail("--batch must be at least 1")
    if args.article and not args.dry_run:
        fail("--article goes with --dry-run: a replay derives every article")
    app = open_app(args)
    replayer = Replayer(app, batch_articles=args.batch)
    if args.dry_run:
        return dry_run(replayer, args)
    total = count_articles(app)
    if total == 0:
        print("no articles stored: nothing to replay")
        return 0
    try:
        with progress_bar(replayer.release, total) as progress:
            report = replayer.run(progress)
    except ReplayError as e:
        fail(f"{e}; the articles replayed before it are kept, run again after fixing it", 1)
    if args.format == "json":
        sys.stdout.buffer.write(orjson.dumps(report.as_dict()) + b"\n")
    else:
        print(summary(report))
    return 0


def dry_run(replayer: Replayer, args: argparse.Namespace) -> int:
    try:
        diff = replayer.preview(article=args.article)
    except UnknownArticle as e:
        fail(str(e))
    show(diff, args.format)
    return 0


def summary(report: ReplayReport) -> str:
    done = (
        f"replayed {report.articles} articles with {report.release} in {report.seconds:.1f} s: "
        f"{report.extracted} extracted, {report.skipped} already done, "
        f"{report.events} events stored"
    )
    if report.switched:
        return f"{done}; active release switched from {report.previous} to {report.release}"
    return f"{done}; {report.release} is the active release"


class RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.0f} articles/s")


@contextmanager
def progress_bar(release: str, total: int) -> Iterator[ProgressCallback | None]:
    """A progress bar with rate and ETA on a terminal; nothing when stderr is not one."""
    if not stderr.is_terminal:
        yield None
        return
    columns = (
        TextColumn(f"replaying with {release}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=stderr, transient=True) as bar:
        task = bar.add_task("replay", total=total)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance
