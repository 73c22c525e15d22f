"""``parley diff A B``: per article, the events release B added, removed and changed against A."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from api.console import fail, open_app, print_table
from application import corrections
from application.diff import ReleaseDiff
from application.replay import UnknownArticle, UnknownRelease, release_diff, resolve_release


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="compare the events of two extractor releases",
        description="Each name is a release (rules@1.0.0+d.3f2a1b9c), a version "
        "(1.0.0+d.3f2a1b9c), a unique prefix of either, 'active', or 'current' (the code's "
        "extractor, derived in memory if it was never replayed). See `parley extractors`.",
    )
    parser.add_argument("before", metavar="VERSION_A")
    parser.add_argument("after", metavar="VERSION_B")
    parser.add_argument("--article", metavar="ID", help="only this article")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        before = resolve_release(app, args.before)
        after = resolve_release(app, args.after)
        diff = release_diff(app, before, after, article=args.article)
    except (UnknownRelease, UnknownArticle) as e:
        fail(str(e))
    attached = corrections.attachment(app, after) if corrections.entries(app) else None
    show(diff, args.format, attached)
    return 0


def show(diff: ReleaseDiff, form: str, attached: dict[str, Any] | None = None) -> None:
    """Prints a diff as JSON or as a table of changes followed by the totals, and which
    corrections re-attach to release B's events and which are orphaned."""
    if form == "json":
        body = {**diff.as_dict(), **({"corrections": attached} if attached else {})}
        sys.stdout.buffer.write(orjson.dumps(body, option=orjson.OPT_INDENT_2) + b"\n")
        return
    if attached:
        show_corrections(diff.after, attached)
    rows = list(diff_rows(diff))
    if rows:
        print_table(
            f"{diff.before} -> {diff.after}",
            ("article", "", "type", "actors", "occurred", "what changed", "evidence"),
            rows,
        )
    print(totals_line(diff))


def show_corrections(release: str, attached: dict[str, Any]) -> None:
    rows = [
        ("re-attached", c["id"], c["action"], c["writer"], ", ".join(c["events"]))
        for c in attached["attached"]
    ] + [("ORPHANED", c["id"], c["action"], c["writer"], c["reason"]) for c in attached["orphaned"]]
    print_table(
        f"corrections on {release}", ("", "correction", "action", "writer", "events / reason"), rows
    )
    print(
        f"corrections: {len(attached['attached'])} re-attached, "
        f"{len(attached['orphaned'])} orphaned (listed for review: `parley corrections`)"
    )


def diff_rows(diff: ReleaseDiff):  # type: ignore[no-untyped-def]
    for article in diff.articles:
        for side in article.missing:
            yield article.article, "!", "", "", "", f"not extracted by {side}", ""
        for item in article.removed:
            yield _row(article.article, "-", item, "removed")
        for item in article.added:
            yield _row(article.article, "+", item, "added")
        for change in article.changed:
            what = "; ".join(
                f"{f}: {_show(f, change.before)} -> {_show(f, change.after)}" for f in change.fields
            )
            yield _row(article.article, "~", change.after, what)


def _row(article: str, mark: str, item: dict[str, Any], what: str) -> tuple[str, ...]:
    return (
        article,
        mark,
        item["type"],
        _show("actors", item),
        _show("occurred", item),
        what,
        _clip(item["evidence"]["text"]),
    )


def _show(name: str, item: dict[str, Any]) -> str:
    if name == "actors":
        return ", ".join(f"{a['id']}({a['role'][0]})" for a in item["actors"]) or "-"
    if name == "occurred":
        occurred = item["occurred"]
        if occurred["start"] == occurred["end"]:
            return f"{occurred['start']} ({occurred['precision']})"
        return f"{occurred['start']}..{occurred['end']} ({occurred['precision']})"
    if name == "span":
        return str(item["evidence"]["span"])
    return str(item[name])


def _clip(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def totals_line(diff: ReleaseDiff) -> str:
    t = diff.totals
    return (
        f"{diff.before} -> {diff.after}: {t['articles_changed']} of {t['articles']} articles "
        f"differ; events {t['added']} added, {t['removed']} removed, {t['changed']} changed, "
        f"{t['unchanged']} unchanged"
    )
