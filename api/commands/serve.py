"""``parley serve``: the HTTP API, optionally loading a folder of articles first."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from api.commands.follow import add_relevance, interval, relevance
from api.commands.ingest import ingest_all, summary
from api.console import fail, open_app
from application.app import Parley
from application.fetch import FetchError, check_web_url
from application.sources import read_paths
from application.store import store_url


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="serve the HTTP API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--load", type=Path, metavar="DIR", help="ingest these articles first")
    parser.add_argument(
        "--feeds",
        type=Path,
        metavar="FILE",
        help="follow the feeds listed in this file (one URL a line, # comments) while serving",
    )
    parser.add_argument(
        "--every", type=interval, default=600.0, metavar="DURATION", help="poll feeds this often"
    )
    add_relevance(parser)
    parser.add_argument(
        "--log-level", default="info", choices=("critical", "error", "warning", "info", "debug")
    )
    parser.add_argument(
        "--log-format",
        default="text",
        choices=("text", "json"),
        help="json: one JSON object a line, with the request id of the request being served",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="serve from N processes on one port, each with its own read side (SQLite or "
        "PostgreSQL; a client reads its writes on any of them with min_position)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from api.http import Following, create_app, serve
    from api.metrics import log_config

    if args.workers < 1:
        fail(f"--workers {args.workers}: give 1 or more")
    if args.workers > 1:
        return run_workers(args)
    following = (
        Following(read_feed_list(args.feeds), args.every, relevance(args)) if args.feeds else None
    )
    open_app(args).close()  # fails here, clearly, on a bad store URL or an unreachable store
    try:
        api = create_app(
            args.db, on_start=_loader(args.load) if args.load else None, following=following
        )
    except ValueError as e:  # a malformed PARLEY_* setting
        fail(str(e))
    logs = log_config(args.log_format, args.log_level)
    serve(
        api,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        **({"log_config": logs} if logs else {}),
    )
    return 0


def read_feed_list(path: Path) -> tuple[str, ...]:
    """Feed URLs from a file, one a line; blank lines and ``#`` comments are ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        fail(f"{path}: cannot read the feed list: {e.strerror or e}")
    urls = []
    for number, line in enumerate(lines, start=1):
        url = line.split("#", 1)[0].strip()
        if not url:
            continue
        try:
            check_web_url(url)
        except FetchError as e:
            fail(f"{path}:{number}: {e.reason}")
        urls.append(url)
    return tuple(urls)


def run_workers(args: argparse.Namespace) -> int:
    """``--workers N``: the parent loads ``--load``, then uvicorn's supervisor runs N
    processes, each making the app from the environment (``api.http.app_from_env``)."""
    from api.http import serve_workers
    from api.metrics import log_config

    url = store_url(args.db)
    if urlsplit(url).scheme in ("memory", "popo"):
        fail("--workers: memory:// lives in one process; use sqlite:///... or postgresql://...")
    if args.feeds:
        fail(
            "--workers: --feeds follows feeds in one process; follow them with --workers 1 "
            "or a separate `parley follow`"
        )
    app = open_app(args)
    try:
        if args.load:
            _loader(args.load)(app)
    finally:
        app.close()
    os.environ["PARLEY_DB"] = url  # what every worker opens
    logs = log_config(args.log_format, args.log_level)
    serve_workers(
        args.workers,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        **({"log_config": logs} if logs else {}),
    )
    return 0


def _loader(folder: Path) -> Callable[[Parley], None]:
    """Loads articles into the server's own store, so ``memory://`` serves them too."""

    def load(parley: Parley) -> None:
        print(summary(ingest_all(parley, list(read_paths([folder])))), flush=True)

    return load
