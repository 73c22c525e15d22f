"""One replay contract, run on every backend: in-memory, SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from application.app import Parley
from application.articles import ArticleInput
from application.diff import content
from application.queries import EventFilter
from application.replay import (
    Replayer,
    ReplayError,
    UnknownRelease,
    release_diff,
    releases,
    resolve_release,
)
from domain.article import ActiveRelease
from projections.readside import ReadSide
from tests.replay.support import ALIASES, AliasExtractor

FIRST = (
    "Haniyeh arrived in Cairo. Qatar rejected the Israeli proposal. "
    "Hamas said talks last week made progress. Qatar's prime minister arrived in Doha. "
    "Egypt hosted talks."
)
SECOND = "Israel and Hamas held talks in Cairo."
OLD = AliasExtractor("1.0.0")
# The fix: an alias for Qatar, 'last week' dated as a week; and the Haniyeh alias dropped.
NEW = AliasExtractor(
    "1.1.0",
    {**{k: v for k, v in ALIASES.items() if k != "Haniyeh"}, "Qatar": "qatar"},
    weeks=True,
)


def articles() -> list[ArticleInput]:
    return [
        ArticleInput("first", date(2024, 2, 14), FIRST),
        ArticleInput("second", date(2024, 2, 15), SECOND),
        ArticleInput("third", date(2024, 2, 16), "Nothing happened today."),
    ]


def snapshot(app: Parley) -> set[tuple[str, str, str]]:
    """(article, release, content) of every catalog event in the log."""
    return {
        (p.event.article, p.event.extractor.release, repr(content(p.event)))
        for p in app.catalog_events()
    }


def of_release(app: Parley, release: str) -> list:
    wanted = EventFilter(extractor=release)
    return [p.event for p in app.catalog_events() if wanted(p.event)]


class ReplayContract:
    """What a replay must do on any store; subclasses give the store URL."""

    @pytest.fixture
    def store(self) -> str:
        raise NotImplementedError

    @pytest.fixture
    def app(self, store: str) -> Iterator[Parley]:
        app = Parley(url=store, extractor=OLD)
        for article in articles():
            app.ingest(article)
        app.extractor = NEW
        yield app
        app.close()

    def test_a_replay_appends_the_new_release_and_then_switches_to_it(self, app: Parley):
        old_events = of_release(app, OLD.release)
        report = Replayer(app).run()
        assert (report.extracted, report.skipped, report.switched) == (3, 0, True)
        assert report.previous == OLD.release and app.active_release() == NEW.release
        assert len(of_release(app, NEW.release)) == report.events == 5
        switch_at = max(pos for pos, _ in app.read_log(topics=(SWITCHED,)))
        assert switch_at == app.max_position()  # after every new event, in its own save

        assert of_release(app, OLD.release) == old_events  # the old release stays readable

    def test_the_plan_counts_what_is_left_to_do(self, app: Parley):
        plan = Replayer(app).plan()
        assert (plan.release, plan.active, plan.articles, plan.todo, plan.switch) == (
            NEW.release,
            OLD.release,
            3,
            3,
            True,
        )
        Replayer(app).run()
        plan = Replayer(app).plan()
        assert (plan.done, plan.todo, plan.switch) == (3, 0, False)

    def test_a_second_replay_stores_nothing(self, app: Parley):
        Replayer(app).run()
        position = app.max_position()
        report = Replayer(app).run()
        assert (report.extracted, report.skipped, report.events, report.switched) == (
            0,
            3,
            0,
            False,
        )
        assert app.max_position() == position

    def test_the_dry_run_shows_the_fix_and_stores_nothing(self, app: Parley):
        position = app.max_position()
        diff = Replayer(app).preview()
        assert app.max_position() == position and app.active_release() == OLD.release
        first, second, third = diff.articles
        assert [e["type"] for e in first.removed] == ["DelegationArrived"]
        assert first.removed[0]["evidence"]["text"] == "Haniyeh arrived in Cairo."
        assert [(e["type"], e["actors"]) for e in first.added] == [
            ("DelegationArrived", [{"id": "qatar", "role": "subject"}])
        ]
        assert [(c.before["type"], c.fields) for c in first.changed] == [
            ("ProposalRejected", ("actors",)),
            ("TalksOpened", ("occurred",)),
        ]
        assert first.changed[1].after["occurred"]["precision"] == "week"
        assert (first.unchanged, second.unchanged, second.differs, third.differs) == (
            1,
            1,
            False,
            False,
        )
        assert diff.totals == {
            "articles": 3,
            "articles_changed": 1,
            "added": 1,
            "removed": 1,
            "changed": 2,
            "unchanged": 2,
        }

    def test_the_diff_of_stored_releases_equals_the_dry_run(self, app: Parley):
        preview = Replayer(app).preview()
        Replayer(app).run()
        assert release_diff(app, OLD.release, NEW.release) == preview

    def test_a_failed_replay_keeps_the_active_release_and_resumes_to_the_same_result(
        self, app: Parley, store: str
    ):
        app.extractor = AliasExtractor(NEW.version, NEW.aliases, weeks=True, fail_on="second")
        with pytest.raises(ReplayError, match="'second'"):
            Replayer(app, batch_articles=1).run()
        assert app.active_release() == OLD.release
        assert {e.article for e in of_release(app, NEW.release)} == {"first"}

        app.extractor = NEW
        report = Replayer(app).run()
        assert (report.extracted, report.skipped, report.switched) == (2, 1, True)
        resumed = snapshot(app)

        fresh = Parley(url="memory://", extractor=OLD)
        for article in articles():
            fresh.ingest(article)
        fresh.extractor = NEW
        Replayer(fresh).run()
        assert resumed == snapshot(fresh)

    def test_worker_processes_store_what_one_process_stores(self, app: Parley):
        app.extractor = OLD
        for n in range(20):
            app.ingest(ArticleInput(f"more{n}", date(2024, 3, 1), f"Day {n}: {FIRST}"))
        app.extractor = NEW
        serial = Parley(url="memory://", extractor=OLD)
        for _, ingested in app.articles():
            serial.ingest(ArticleInput(ingested.article_id, ingested.published, ingested.text))
        serial.extractor = NEW
        Replayer(serial, workers=1).run()
        report = Replayer(app, workers=2, parallel_from=0, batch_articles=3).run()
        assert (report.extracted, report.switched) == (23, True)
        assert snapshot(app) == snapshot(serial)

    def test_a_failure_in_a_worker_process_names_the_article(self, app: Parley):
        app.extractor = AliasExtractor(NEW.version, NEW.aliases, fail_on="second")
        with pytest.raises(ReplayError, match="failed on article 'second': RuntimeError"):
            Replayer(app, workers=2, parallel_from=0).run()
        assert app.active_release() == OLD.release

    def test_an_article_ingested_under_a_release_not_yet_active_waits_for_the_replay(
        self, app: Parley
    ):
        result = app.ingest(ArticleInput("fourth", date(2024, 2, 17), "Egypt hosted talks again."))
        assert "not the active" in result.message and "parley replay" in result.message
        assert app.active_release() == OLD.release
        report = Replayer(app).run()
        assert (report.extracted, report.skipped) == (3, 1)
        assert "fourth" in {e.article for e in of_release(app, NEW.release)}

    def test_replaying_back_to_a_stored_release_only_switches(self, app: Parley):
        Replayer(app).run()
        app.extractor = OLD
        position = app.max_position()
        report = Replayer(app).run()
        assert (report.extracted, report.switched, report.previous) == (0, True, NEW.release)
        assert app.max_position() == position + 1 and app.active_release() == OLD.release
        active: ActiveRelease = app.repository.get(ActiveRelease.ID)
        assert active.history == [OLD.release, NEW.release, OLD.release]

    def test_the_read_side_answers_from_the_old_release_until_the_switch(self, app: Parley):
        read = ReadSide(app)
        try:
            read.catch_up()
            assert read.active_release == OLD.release
            app.extractor = AliasExtractor(NEW.version, NEW.aliases, weeks=True, fail_on="third")
            with pytest.raises(ReplayError):
                Replayer(app, batch_articles=1).run()
            read.catch_up()
            assert read.active_release == OLD.release  # a half-done replay changes no answer
            app.extractor = NEW
            Replayer(app).run()
            read.catch_up(limit=app.max_position() - 1 - read.position)
            assert read.position == app.max_position() - 1
            assert read.active_release == OLD.release  # every new event seen, but no switch
            read.catch_up()
            assert read.active_release == NEW.release
        finally:
            read.close()

    def test_releases_are_listed_with_their_counts(self, app: Parley):
        before = releases(app)
        assert [(r.release, r.articles, r.events, r.active, r.current) for r in before] == [
            (OLD.release, 3, 5, True, False),
            (NEW.release, 0, 0, False, True),
        ]
        Replayer(app).run()
        after = releases(app)
        assert [(r.release, r.articles, r.events, r.active) for r in after] == [
            (OLD.release, 3, 5, False),
            (NEW.release, 3, 5, True),
        ]

    def test_releases_are_named_in_full_by_version_by_prefix_or_by_role(self, app: Parley):
        Replayer(app).run()
        assert resolve_release(app, "alias@1.0.0") == OLD.release
        assert resolve_release(app, "1.1.0") == NEW.release
        assert resolve_release(app, "1.0") == OLD.release
        assert resolve_release(app, "active") == NEW.release
        assert resolve_release(app, "current") == NEW.release
        with pytest.raises(UnknownRelease, match="several"):
            resolve_release(app, "1.")
        with pytest.raises(UnknownRelease, match=r"known: alias@1\.0\.0, alias@1\.1\.0"):
            resolve_release(app, "2.0.0")


SWITCHED = ActiveRelease.Switched.__module__ + ":" + ActiveRelease.Switched.__qualname__


class TestReplayInMemory(ReplayContract):
    @pytest.fixture
    def store(self) -> str:
        return "memory://"


class TestReplayOnSQLite(ReplayContract):
    @pytest.fixture
    def store(self, sqlite_url: str) -> str:
        return sqlite_url


@pytest.mark.postgres
class TestReplayOnPostgreSQL(ReplayContract):
    @pytest.fixture
    def store(self, postgres_url: str) -> str:
        return postgres_url
