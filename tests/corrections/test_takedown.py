"""A withdrawn article leaves every read, and its text and evidence sentences leave the store:
they were sealed with the article's key, which the withdrawal destroys. The withdrawal is an
event of the append-only log; a replay does not bring the article back."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from eventsourcing.application import Application

from api.cli import main
from api.stream import read_items
from application import corrections, tokens
from application.app import WITHDRAWN_TOPIC, NotWithdrawable, Parley, Withdrawal
from application.articles import ArticleInput
from application.export import export_record
from application.replay import Replayer
from application.sealing import MemoryKeys
from domain.article import Article
from projections import ReadSide
from tests.api.conftest import make_client
from tests.api.support import AUTH
from tests.fakes import FakeExtractor

SECRET = "Hamas delegation arrived at the lighthouse quay of Zanzibar at dawn"
KEPT = "Hamas demands a ceasefire before the olive harvest"
TAKEN = ArticleInput("taken", date(2024, 2, 14), f"{SECRET}. Nothing else. Fine.")
OTHER = ArticleInput("other", date(2024, 2, 15), f"{KEPT}. Fine.")


def sqlite_bytes(url: str) -> bytes:
    """Every byte of the SQLite store's files (events, views, their WAL and shared memory)."""
    path = Path(url[len("sqlite:///") :])
    for db in path.parent.glob("*.db"):
        connection = sqlite3.connect(db)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
    files = [f for f in path.parent.iterdir() if f.is_file()]
    assert {f.name for f in files} >= {"parley.db", "parley.views.db"}
    return b"".join(f.read_bytes() for f in files)


def postgres_bytes(url: str) -> bytes:
    """Every value of every table of the store's PostgreSQL schema."""
    import psycopg

    schema = parse_qs(urlsplit(url).query)["schema"][0]
    server = url.split("?")[0]
    dumped = []
    with psycopg.connect(server) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (schema,)
        ).fetchall()
        assert len(tables) >= 4  # events, keys, view facts, view tracking
        for (table,) in tables:
            for row in conn.execute(f'SELECT * FROM "{schema}"."{table}"'):
                for value in row:
                    raw = bytes(value) if isinstance(value, bytes | memoryview) else None
                    dumped.append(raw if raw is not None else str(value).encode())
    return b"\n".join(dumped)


@pytest.fixture(params=["sqlite", "postgres"])
def stored(request: pytest.FixtureRequest):
    url = request.getfixturevalue(f"{request.param}_url")
    return url, sqlite_bytes if request.param == "sqlite" else postgres_bytes


def test_a_withdrawn_articles_sentences_are_nowhere_in_the_database(stored):
    url, dump = stored
    app = Parley(url=url, extractor=FakeExtractor())
    app.ingest_batch([TAKEN, OTHER])
    read = ReadSide(app)
    read.catch_up()
    log = b"".join(n.state for n in app.recorder.select_notifications(0, 1000))
    assert SECRET.encode() not in log and KEPT.encode() not in log  # sealed in the log
    assert {s["article"] for e in read.timeline() for s in e["sources"]} == {"taken", "other"}
    assert SECRET.encode() in dump(url)  # the views hold it in plain text: the search works
    [arrived] = [p for p in app.catalog_events() if p.event.article == "taken"]
    arrived_id = export_record(arrived.position, arrived.event)["id"]
    corrections.correct(app, arrived_id, "confirm", "checked", "dana")
    assert SECRET.encode() not in b"".join(
        n.state for n in app.recorder.select_notifications(0, 1000)
    )  # nor in the correction's anchor
    elsewhere = Parley(url=url, extractor=FakeExtractor())  # another process's read side
    other_read = ReadSide(elsewhere)
    assert len(other_read.timeline()) == 2

    withdrawal = read.withdraw("taken", "court order", "legal")

    other_read.catch_up()
    assert {s["article"] for e in other_read.timeline() for s in e["sources"]} == {"other"}
    other_read.close()
    elsewhere.close()

    assert withdrawal == Withdrawal("taken", withdrawal.position, erased=True)
    [(position, event)] = list(app.read_log(topics=(WITHDRAWN_TOPIC,)))
    assert isinstance(event, Article.Withdrawn) and position == withdrawal.position
    assert (event.reason, event.writer) == ("court order", "legal")
    assert_left_out_of_reads(app, read)
    app.extractor = FakeExtractor("2.0.0")
    assert Replayer(app).run().switched
    read.catch_up()
    assert read.active_release == "fake@2.0.0"
    assert_left_out_of_reads(app, read)
    with pytest.raises(NotWithdrawable, match="withdrawn already"):
        read.withdraw("taken", "again", "legal")
    with pytest.raises(NotWithdrawable, match="not stored"):
        read.withdraw("never", "no such", "legal")
    read.close()
    app.close()

    everything = dump(url)
    assert SECRET.encode() not in everything
    assert b"lighthouse quay" not in everything
    assert KEPT.encode() in everything  # the other article is still read
    reopened = Parley(url=url, extractor=FakeExtractor("2.0.0"))
    assert [e.evidence.text for e in (p.event for p in reopened.catalog_events())] == [KEPT] * 2
    reopened.close()


def assert_left_out_of_reads(app: Parley, read: ReadSide) -> None:
    assert [a.article_id for _, a in app.articles()] == ["other"]
    assert {p.event.article for p in app.catalog_events()} == {"other"}
    assert app.article("taken") is None
    assert {s["article"] for e in read.timeline() for s in e["sources"]} == {"other"}
    assert {s["article"] for e in read.timeline(raw=True) for s in e["sources"]} == {"other"}
    assert "Zanzibar" not in str(read.state(date(2024, 3, 1)))
    assert "Zanzibar" not in str(read.positions(None, date(2024, 3, 1)))
    assert "Zanzibar" not in str(read.changes(date(2024, 1, 1), date(2024, 3, 1)))
    items, _ = read_items(app, 0, 1000)
    assert b"Zanzibar" not in b"".join(item.message for item in items)
    assert any(b"olive harvest" in item.message for item in items)


class Unsealed(Parley):
    """Parley as it stored articles before texts were sealed."""

    def construct_mapper(self):  # type: ignore[no-untyped-def]
        return Application.construct_mapper(self)

    def _key_store(self, settings):  # type: ignore[no-untyped-def]
        return MemoryKeys()  # it made no keys


def test_an_article_stored_before_sealing_reads_and_is_withdrawn_but_not_erased(sqlite_url):
    old = Unsealed(url=sqlite_url, extractor=FakeExtractor())
    old.ingest(TAKEN)
    old.close()
    app = Parley(url=sqlite_url, extractor=FakeExtractor())
    app.ingest(OTHER)
    assert app.article("taken").text == TAKEN.text  # type: ignore[union-attr]
    read = ReadSide(app)
    read.catch_up()
    assert len(read.timeline()) == 2

    withdrawal = read.withdraw("taken", "court order", "legal")

    assert withdrawal.erased is False
    assert "cannot be erased" in withdrawal.message
    assert {s["article"] for e in read.timeline() for s in e["sources"]} == {"other"}
    assert [a.article_id for _, a in app.articles()] == ["other"]
    read.close()
    app.close()
    everything = sqlite_bytes(sqlite_url)
    assert SECRET.encode() in everything  # in the append-only log, as the message says
    views = Path(sqlite_url[len("sqlite:///") :]).with_suffix(".views.db").read_bytes()
    assert SECRET.encode() not in views


def test_only_an_admin_withdraws_over_http_and_the_article_leaves_every_answer():
    with make_client() as client:
        articles = [
            {"id": a.article_id, "published": a.published.isoformat(), "text": a.text}
            for a in (TAKEN, OTHER)
        ]
        assert client.post("/articles", json=articles, headers=AUTH).status_code == 201
        parley = client.app.state.parley  # type: ignore[attr-defined]
        analyst = {"Authorization": f"Bearer {tokens.issue(parley, 'dana', 'analyst')}"}
        reader = {"Authorization": f"Bearer {tokens.issue(parley, 'rui', 'reader')}"}
        url = "/articles/taken"
        for who in (analyst, reader):
            answer = client.delete(url, params={"reason": "court order"}, headers=who)
            assert answer.status_code == 403, answer.text
        assert client.delete(url).status_code == 401
        missing = client.delete(url, headers=AUTH)
        assert missing.status_code == 422 and "reason" in missing.text
        assert client.get(url).status_code == 200  # refusals changed nothing

        answer = client.delete(url, params={"reason": "court order"}, headers=AUTH)

        assert answer.status_code == 200, answer.text
        assert answer.json()["erased"] is True and answer.json()["withdrawn"] is True
        assert client.get(url).status_code == 404
        assert [a["id"] for a in client.get("/articles").json()["articles"]] == ["other"]
        assert {e["article"] for e in client.get("/events").json()["events"]} == {"other"}
        timeline = client.get("/timeline").text
        assert "Zanzibar" not in timeline and "olive harvest" in timeline
        assert "Zanzibar" not in client.get("/state", params={"as_of": "2024-03-01"}).text
        again = client.delete(url, params={"reason": "twice"}, headers=AUTH)
        assert again.status_code == 404 and "withdrawn already" in again.text
        repeat = client.post("/articles", json=articles[:1], headers=AUTH)
        [result] = repeat.json()["results"]
        assert result["status"] == "duplicate"  # the id is not taken again
        assert "Zanzibar" not in client.get("/timeline").text


def test_parley_withdraw_says_what_it_erased(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'parley.db'}"
    app = Parley(url=db, extractor=FakeExtractor())
    app.ingest_batch([TAKEN, OTHER])
    app.close()
    capsys.readouterr()

    assert main(["--db", db, "withdraw", "taken", "--reason", "court order", "--as", "legal"]) == 0

    said = capsys.readouterr().out
    assert "unreadable in the store" in said and "withdrawn by legal" in said
    assert main(["--db", db, "articles", "--format", "jsonl"]) == 0
    assert '"taken"' not in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--db", db, "withdraw", "taken", "--reason", "again"])
    assert "withdrawn already" in capsys.readouterr().err
    assert SECRET.encode() not in sqlite_bytes(db)
