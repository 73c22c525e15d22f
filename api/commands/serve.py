"""``parley serve``: the HTTP API, optionally loading a folder of articles first."""

from __future__ import annotations

import argparse
from pathlib import Path

from api.commands.ingest import ingest_all, summary
from api.console import open_app
from application.sources import read_paths


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="serve the HTTP API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--load", type=Path, metavar="DIR", help="ingest these articles first")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from api.http import create_app

    if args.load:
        app = open_app(args)
        print(summary(ingest_all(app, list(read_paths([args.load])))), flush=True)
        app.close()
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="info")
    return 0
