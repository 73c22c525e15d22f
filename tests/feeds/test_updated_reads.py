"""An updated page's earlier version stays stored and listed, but reads answer from the
latest version's events only: the earlier one's leave the views, the export and the stream."""

from __future__ import annotations

import json
from datetime import date

from api.cli import main
from api.stream import read_items
from application.app import Parley
from application.articles import ArticleInput
from projections import ReadSide
from tests.fakes import FakeExtractor

FIRST = "Hamas delegation arrived at the harbour of Mombasa at dawn"
LATER = "Hamas delegation arrived at the harbour of Tanga at noon"
URL = "https://news.example/talks"
EARLY = ArticleInput("early", date(2024, 2, 14), f"{FIRST}. Fine.", url=URL)
UPDATE = ArticleInput("update", date(2024, 2, 14), f"{LATER}. Fine.", url=URL, supersedes="early")
OTHER = ArticleInput("other", date(2024, 2, 15), "Hamas demands a ceasefire now. Fine.")


def sources(read: ReadSide) -> set[str]:
    return {s["article"] for e in read.timeline() for s in e["sources"]}


def assert_reads_the_latest_version(app: Parley, read: ReadSide) -> None:
    assert sources(read) == {"update", "other"}
    assert sources(read.__class__(app)) == {"update", "other"}  # a fresh load of the views
    for answer in (
        read.state(date(2024, 3, 1)),
        read.positions(None, date(2024, 3, 1)),
        read.changes(date(2024, 1, 1), date(2024, 3, 1)),
        read.timeline(raw=True),
    ):
        assert "Mombasa" not in str(answer)
    assert "Tanga" in str(read.timeline())
    assert {p.event.article for p in app.catalog_events()} == {"update", "other"}
    items, _ = read_items(app, 0, 1000)
    assert b"Mombasa" not in b"".join(i.message for i in items)
    assert b"Tanga" in b"".join(i.message for i in items)


def test_a_superseded_versions_events_leave_every_read_but_both_are_listed(sqlite_url):
    app = Parley(url=sqlite_url, extractor=FakeExtractor())
    app.ingest_batch([EARLY, OTHER])
    read = ReadSide(app)
    read.catch_up()
    assert sources(read) == {"early", "other"}
    elsewhere = Parley(url=sqlite_url, extractor=FakeExtractor())  # another process
    other_read = ReadSide(elsewhere, writer=lambda: False)

    app.ingest(UPDATE)
    read.catch_up()

    assert_reads_the_latest_version(app, read)
    other_read.catch_up()
    assert sources(other_read) == {"update", "other"}
    listed = {a.article_id: a.supersedes for _, a in app.articles()}
    assert listed == {"early": None, "update": "early", "other": None}
    kept = app.article("early")
    assert kept is not None and kept.text == EARLY.text  # only reads change: key and text kept
    assert app.withdrawn() == frozenset() and app.hidden() == {"early"}
    for each in (other_read, read):
        each.close()
    for parley in (elsewhere, app):
        parley.close()


def test_views_that_never_saw_the_earlier_version_read_the_latest_too(sqlite_url):
    app = Parley(url=sqlite_url, extractor=FakeExtractor())
    app.ingest(EARLY)
    app.ingest_batch([OTHER, UPDATE])
    read = ReadSide(app, page=2)  # the update arrives in a later page of the first projection
    read.catch_up()
    assert_reads_the_latest_version(app, read)
    read.close()
    app.close()


def test_parley_events_leaves_the_earlier_version_out_and_articles_lists_both(sqlite_url, capsys):
    app = Parley(url=sqlite_url, extractor=FakeExtractor())
    app.ingest_batch([EARLY, UPDATE])
    app.close()
    capsys.readouterr()

    assert main(["--db", sqlite_url, "events", "--format", "jsonl"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {e["article"] for e in events} == {"update"}
    assert main(["--db", sqlite_url, "articles", "--format", "jsonl"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {a["id"]: a["supersedes"] for a in listed} == {"early": None, "update": "early"}
