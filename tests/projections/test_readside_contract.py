"""One read-side contract, run on every backend: in-memory, SQLite and PostgreSQL."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from application.app import Parley
from projections import readside
from projections.readside import NAME, ReadSide
from projections.store import SQLiteViewStore
from tests.projections.readside_fakes import FakeExtractor, Newsroom, d, demand, talks

DATES = ("2023-12-01", "2023-12-21", "2024-02-10", "2024-02-14", "2024-03-30", "2024-05-01")


def publish_history(news: Newsroom, start: int = 0, stop: int = 8) -> None:
    """A negotiation over months; articles arrive out of world-date order on purpose."""
    articles = [
        ("2023-12-20", talks("2023-12-20", "cairo", ["egypt"], ["hamas"])),
        ("2023-12-20", demand("2023-12-13", "hamas", "permanent_ceasefire", until="2023-12-20")),
        (
            "2024-02-14",
            talks(
                "2024-02-13",
                "cairo",
                ["egypt", "qatar", "united_states"],
                ["israel"],
                expected_end="2024-02-16",
            ),
        ),
        (
            "2024-02-14",
            dict(
                type="ProposalRejected",
                on="2024-02-05",
                until="2024-02-11",
                subject=["israel"],
                target=["hamas"],
                proposal_id="hamas-counter",
            ),
        ),
        ("2024-04-26", demand("2024-04-12", "hamas", "troop_withdrawal", until="2024-04-26")),
        (
            "2024-04-26",
            dict(
                type="DemandRejected",
                on="2024-04-12",
                until="2024-04-26",
                subject=["israel"],
                issues=["permanent_ceasefire", "troop_withdrawal"],
            ),
        ),
        # Late news about November: corrects what was known of it.
        (
            "2024-05-01",
            dict(
                type="CeasefireAgreed",
                on="2023-11-24",
                subject=["israel", "hamas"],
                duration="four-day",
            ),
        ),
        ("2024-05-01", demand("2023-11-10", "hamas", "hostage_release", condition="if aid")),
    ]
    for published, finding in articles[start:stop]:
        news.publish(published, finding)


def answers(read: ReadSide) -> dict[str, Any]:
    """Everything a user can ask, on several dates: two read sides agree if these agree."""
    result: dict[str, Any] = {"position": read.position, "timeline": read.timeline()}
    for day in DATES:
        result[f"state {day}"] = read.state(d(day))
        result[f"known {day}"] = read.state(d(day), known_as_of=d("2024-02-14"))
        result[f"positions {day}"] = read.positions(None, d(day))
    result["changes"] = read.changes(d("2023-12-21"), d("2024-04-30"))
    result["actors"] = read.actors()
    return result


class ReadSideContract:
    """What every backend must do; subclasses say how to open the app."""

    @pytest.fixture
    def url(self) -> str:
        raise NotImplementedError

    def open(self, app: Parley, **options: Any) -> ReadSide:
        """A read side as a new process would open it: on the persisted view."""
        return ReadSide(app, **options)

    def test_catch_up_reaches_the_end_of_the_log_and_repeats_harmlessly(self, app, news):
        publish_history(news)
        read = self.open(app)
        assert read.catch_up() == app.max_position() > 0
        before = answers(read)
        assert read.catch_up() == app.max_position()
        assert answers(read) == before
        read.close()

    def test_a_rebuild_from_zero_equals_incremental_processing(self, app, news):
        read = self.open(app, page=3)
        for start in range(8):  # one article at a time, catching up after each
            publish_history(news, start, start + 1)
            read.catch_up()
        incremental = answers(read)
        assert read.rebuild() == app.max_position()
        assert answers(read) == incremental
        read.close()

    def test_an_interrupted_catch_up_resumes_without_missing_or_repeating(self, app, news):
        publish_history(news)
        read = self.open(app, page=2)
        read.catch_up(limit=7)  # stops mid-way, as a crash between pages would
        assert 0 < read.position < app.max_position()
        read.close()
        resumed = self.open(app)
        assert resumed.position == 7
        resumed.catch_up()
        fresh = self.open(app)
        fresh.rebuild()
        assert answers(resumed) == answers(fresh)
        resumed.close()
        fresh.close()

    def test_a_restarted_read_side_answers_from_the_persisted_view(self, app, news):
        publish_history(news)
        first = self.open(app)
        first.catch_up()
        expected = answers(first)
        first.close()
        second = self.open(app)
        assert second.position == app.max_position()
        assert answers(second) == expected
        second.close()

    def test_two_read_sides_on_one_view_never_apply_an_event_twice(self, app, news):
        publish_history(news, 0, 4)
        one, two = self.open(app, page=2), self.open(app)
        one.catch_up()
        publish_history(news, 4, 8)
        two.catch_up()  # sees what one stored, processes only the rest
        one.catch_up()  # finds two went further: loads, does not reprocess
        assert answers(one) == answers(two)
        assert len(one.timeline()) == 8
        one.close()
        two.close()

    def test_a_big_catch_up_equals_one_page_at_a_time(self, app, news, monkeypatch):
        # Past FREEZE_AFTER positions a catch-up reads the next page and stores the last one
        # in threads of their own, collecting garbage rarely.
        publish_history(news)
        small = self.open(app, page=2)
        small.catch_up()
        expected = answers(small)
        small.close()
        monkeypatch.setattr(readside, "FREEZE_AFTER", 3)
        monkeypatch.setattr(readside, "BIG_PAGE", 2)
        thresholds = gc.get_threshold()
        big = self.open(app, page=2)
        assert big.rebuild() == app.max_position()
        assert gc.get_threshold() == thresholds
        assert answers(big) == expected
        big.close()
        again = self.open(app, page=2)  # a restart loads the stored views, in bulk too
        assert answers(again) == expected
        again.close()

    def test_a_big_catch_up_overtaken_by_another_process_applies_nothing_twice(
        self, app, news, monkeypatch
    ):
        publish_history(news)
        monkeypatch.setattr(readside, "FREEZE_AFTER", 3)
        monkeypatch.setattr(readside, "BIG_PAGE", 2)
        read, rival = self.open(app, page=2), self.open(app, page=3)
        write, calls = read.store.write, []

        def overtaken(*args: Any) -> bool:
            calls.append(args)
            if len(calls) == 2:  # the rival stores everything while this page is in flight
                rival.catch_up()
            return write(*args)

        monkeypatch.setattr(read.store, "write", overtaken)
        assert read.catch_up() == app.max_position()
        assert len(read.timeline()) == 8
        assert answers(read) == answers(rival)
        read.close()
        rival.close()

    def test_queries_answer_from_the_active_release_and_switch_at_once(self, app, news):
        publish_history(news)
        read = self.open(app)
        read.catch_up()
        old = read.active_release
        assert old == "fake@1.0.0"
        new = news.reextract("2.0.0")
        read.catch_up()
        assert read.active_release == new
        assert read.state(d("2024-02-14"))["release"] == new
        # Both releases are kept; the old one still answers when asked by name.
        assert read.state(d("2024-02-14"), release=old)["round"]["venue"] == "cairo"
        assert strip(read.timeline(release=new)) == strip(read.timeline(release=old))
        read.close()

    def test_the_old_release_answers_until_the_switch_is_processed(self, app, news):
        publish_history(news)
        read = self.open(app)
        read.catch_up()
        news.reextract("2.0.0")
        read.catch_up(limit=app.max_position() - read.position - 1)  # all but the switch
        assert read.active_release == "fake@1.0.0"
        assert read.state(d("2024-02-14"))["release"] == "fake@1.0.0"
        read.close()


def strip(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries without event ids and positions, which differ from release to release."""
    return [
        {**e, "sources": [{**s, "id": None, "position": None} for s in e["sources"]]}
        for e in entries
    ]


class TestInMemory(ReadSideContract):
    @pytest.fixture
    def url(self) -> str:
        return "memory://"

    @pytest.fixture(autouse=True)
    def view(self) -> Iterator[None]:
        self.store = KeptStore(NAME)
        yield
        self.store.db.close()

    def open(self, app: Parley, **options: Any) -> ReadSide:
        # An in-memory view lives as long as its store: every "process" shares it.
        return ReadSide(app, store=self.store, **options)


class KeptStore(SQLiteViewStore):
    """An in-memory view that outlives the read sides closing it, as a file would."""

    def close(self) -> None:
        pass


class TestSQLite(ReadSideContract):
    @pytest.fixture
    def url(self, sqlite_url: str) -> str:
        return sqlite_url

    def test_the_view_lives_in_a_sibling_file(self, app, news, tmp_path):
        publish_history(news, 0, 1)
        read = self.open(app)
        read.catch_up()
        read.close()
        assert (tmp_path / "parley.views.db").exists()

    def test_views_left_beside_a_deleted_store_are_projected_again_from_the_new_one(
        self, app, news, url, tmp_path
    ):
        publish_history(news)
        self.open(app).catch_up()
        app.close()
        (tmp_path / "parley.db").unlink()
        refilled = Parley(url=url, extractor=FakeExtractor())
        try:
            Newsroom(refilled).publish("2024-03-02", talks("2024-03-01", "doha", ["qatar"]))
            read = self.open(refilled)
            read.catch_up()
            assert read.state(d("2024-03-01"))["round"]["venue"] == "doha"
            assert (read.state(d("2024-02-14"))["round"] or {}).get("venue") != "cairo"
        finally:
            refilled.close()


@pytest.mark.postgres
class TestPostgres(ReadSideContract):
    @pytest.fixture
    def url(self, postgres_url: str) -> str:
        return postgres_url
