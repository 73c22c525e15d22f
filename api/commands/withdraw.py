"""``parley withdraw ARTICLE --reason ...``: take an article down (docs/corrections.md)."""

from __future__ import annotations

import argparse

from api.commands.correct import add_writer
from api.console import fail, open_app
from application.app import NotWithdrawable
from projections import ReadSide


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "withdraw",
        help="take an article down: left out of every read, its sealed texts unreadable",
        description="The withdrawal is an event with its writer and reason. The article's "
        "key is destroyed, so its sealed text and evidence sentences cannot be read in the "
        "store any more; an article stored before texts were sealed stays in plain text in "
        "the append-only log. See docs/corrections.md.",
    )
    parser.add_argument("article", metavar="ARTICLE_ID")
    parser.add_argument("--reason", required=True, help="why (recorded with the withdrawal)")
    add_writer(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.reason.strip():
        fail("--reason: a withdrawal needs a reason")
    app = open_app(args)
    views = ReadSide(app)
    try:
        withdrawal = views.withdraw(args.article, args.reason, args.writer)
    except NotWithdrawable as e:
        fail(str(e))
    finally:
        views.close()
    print(withdrawal.message)
    print(f"withdrawn by {args.writer} at log position {withdrawal.position}")
    return 0
