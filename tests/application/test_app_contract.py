"""One contract for the write side, run on every backend: in-memory, SQLite, PostgreSQL."""

from __future__ import annotations

import random
import threading
from datetime import date

import pytest

from application.app import ArticleConflict, ExtractionFailed, Parley
from application.articles import ArticleInput
from domain.article import Extraction
from domain.events import DelegationArrived, DemandStated
from tests.fakes import Contended, FakeExtractor

TEXT = "Haniyeh arrived in Cairo on Wednesday. Hamas demands a permanent ceasefire. Talks went on"
PUBLISHED = date(2023, 12, 20)


def article(article_id: str = "002", text: str = TEXT) -> ArticleInput:
    return ArticleInput(article_id, PUBLISHED, text, source="wire", title="Haniyeh in Cairo")


class ApplicationContract:
    """What every store must do for the application; subclasses say which store."""

    url: str

    @pytest.fixture
    def store(self) -> str:
        raise NotImplementedError

    @pytest.fixture
    def app(self, store: str):
        app = Parley(url=store, extractor=FakeExtractor())
        yield app
        app.close()

    def test_ingesting_an_article_stores_it_with_its_events(self, app: Parley):
        result = app.ingest(article())
        assert result.status == "new"
        assert [type(p.event) for p in result.events] == [DelegationArrived, DemandStated]
        stored = app.article("002")
        assert stored is not None and stored.text == TEXT and stored.source == "wire"

    def test_stored_events_read_back_equal_to_those_ingested(self, app: Parley):
        ingested = app.ingest(article()).events
        assert list(app.catalog_events()) == list(ingested)

    def test_positions_grow_in_log_order(self, app: Parley):
        app.ingest(article("a"))
        app.ingest(article("b", TEXT + " again"))
        positions = [p.position for p in app.catalog_events()]
        assert positions == sorted(positions) and len(set(positions)) == 4

    def test_the_same_article_again_stores_nothing_and_says_so(self, app: Parley):
        app.ingest(article())
        before = app.max_position()
        result = app.ingest(article())
        assert (result.status, result.message, result.events) == ("duplicate", "already stored", ())
        assert app.max_position() == before

    def test_the_same_text_under_another_id_is_a_duplicate_of_the_first(self, app: Parley):
        app.ingest(article("first"))
        before = app.max_position()
        result = app.ingest(article("second"))
        assert result.status == "duplicate" and result.duplicate_of == "first"
        assert app.max_position() == before and app.article("second") is None

    def test_the_same_id_with_another_text_is_refused(self, app: Parley):
        app.ingest(article())
        before = app.max_position()
        with pytest.raises(ArticleConflict, match="different text"):
            app.ingest(article(text="Something else entirely."))
        assert app.max_position() == before

    def test_a_failing_extraction_refuses_the_article_by_id_and_stores_nothing_of_it(
        self, store: str
    ):
        app = Parley(url=store, extractor=FakeExtractor(fail_on="Cairo"))
        with pytest.raises(ExtractionFailed, match=r"article '002'.*extractor broke") as failed:
            app.ingest(article())
        assert failed.value.article_id == "002"
        assert app.article("002") is None and app.max_position() == 0

    def test_the_extraction_is_recorded_under_the_extractor_release(self, app: Parley):
        app.ingest(article())
        extraction = app.repository.get(Extraction.create_id("002", "fake@1.0.0"))
        assert extraction.count == 2
        assert app.active_release() == "fake@1.0.0"

    def test_articles_are_listed_in_the_order_they_were_stored(self, app: Parley):
        app.ingest(article("b"))
        app.ingest(article("a", TEXT + "!"))
        assert [ingested.article_id for _, ingested in app.articles()] == ["b", "a"]

    def test_catalog_events_page_after_a_position(self, app: Parley):
        app.ingest(article())
        first, second = app.catalog_events()
        assert list(app.catalog_events(after=first.position)) == [second]
        assert list(app.catalog_events(limit=1)) == [first]

    def test_a_batch_stores_its_new_articles_and_reports_each(self, app: Parley):
        app.ingest(article("old"))
        results = app.ingest_batch(
            [article("old"), article("a", TEXT + " one"), article("b", TEXT + " two")]
        )
        assert [r.status for r in results] == ["duplicate", "new", "new"]
        assert {p.event.article for r in results for p in r.events} == {"a", "b"}
        assert len(list(app.catalog_events())) == 6

    def test_a_batch_with_one_conflicting_id_stores_nothing(self, app: Parley):
        app.ingest(article("taken"))
        before = app.max_position()
        batch = [article("fresh", TEXT + " fresh"), article("taken", "Another text.")]
        with pytest.raises(ArticleConflict, match="'taken'"):
            app.ingest_batch(batch)
        assert app.max_position() == before and app.article("fresh") is None

    def test_repeats_within_a_batch_are_stored_once(self, app: Parley):
        results = app.ingest_batch([article("a"), article("a"), article("b")])
        assert [r.status for r in results] == ["new", "duplicate", "duplicate"]
        assert results[2].duplicate_of == "a"
        with pytest.raises(ArticleConflict):
            app.ingest_batch([article("c", "One text."), article("c", "Another text.")])


class PersistentContract(ApplicationContract):
    """Stores that outlive the process."""

    gap_free: bool

    def test_events_survive_reopening_the_store(self, store: str):
        Parley(url=store, extractor=FakeExtractor()).ingest(article())
        reopened = Parley(url=store, extractor=FakeExtractor())
        assert len(list(reopened.catalog_events())) == 2

    def test_two_writers_ingesting_the_same_article_store_it_once(self, store: str):
        first = Parley(url=store, extractor=FakeExtractor())
        second = Parley(url=store, extractor=FakeExtractor())
        assert first.ingest(article()).status == "new"
        assert second.ingest(article()).status == "duplicate"
        assert len(list(first.catalog_events())) == 2

    def test_a_batch_stores_once_however_often_rival_writers_store_its_articles_first(
        self, store: str
    ):
        rival = Parley(url=store, extractor=FakeExtractor())
        batch = [article(name, f"{TEXT} {name}") for name in "abcd"]
        app = Contended(store, rival, batch[:3])
        results = app.ingest_batch(batch)
        assert [r.status for r in results] == ["duplicate", "duplicate", "duplicate", "new"]
        assert [ingested.article_id for _, ingested in app.articles()] == list("abcd")
        assert len(list(app.catalog_events())) == 8

    def test_a_rival_writer_storing_another_text_under_an_id_of_the_batch_is_a_conflict(
        self, store: str
    ):
        rival = Parley(url=store, extractor=FakeExtractor())
        batch = [article(name, f"{TEXT} {name}") for name in "abc"]
        app = Contended(store, rival, [batch[0], article("b", "Another text entirely.")])
        with pytest.raises(ArticleConflict, match="'b'"):
            app.ingest_batch(batch)
        assert app.article("c") is None
        assert [ingested.article_id for _, ingested in app.articles()] == ["a", "b"]

    def test_writers_racing_overlapping_batches_store_every_article_once(self, store: str):
        names = [f"n{i:02}" for i in range(24)]
        errors: list[BaseException] = []

        def write(app: Parley, seed: int) -> None:
            draw = random.Random(seed)
            try:
                for _ in range(8):
                    app.ingest_batch([article(n, f"{TEXT} {n}") for n in draw.sample(names, 8)])
                app.close()
            except BaseException as e:
                errors.append(e)

        apps = [Parley(url=store, extractor=FakeExtractor()) for _ in range(4)]
        writers = [threading.Thread(target=write, args=(a, i)) for i, a in enumerate(apps)]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()
        assert errors == []
        reader = Parley(url=store, extractor=FakeExtractor())
        stored = [ingested.article_id for _, ingested in reader.articles()]
        assert len(stored) == len(set(stored))
        events = [p.event.article for p in reader.catalog_events()]
        assert len(events) == 2 * len(stored) == 2 * len(set(events))

    def test_positions_are_unique_and_increasing_across_writes_that_collided(self, store: str):
        rival = Parley(url=store, extractor=FakeExtractor())
        batch = [article(name, f"{TEXT} {name}") for name in "abcd"]
        Contended(store, rival, batch[:2]).ingest_batch(batch)
        rival.ingest(article("e", f"{TEXT} e"))
        positions = [position for position, _ in rival.read_log()]
        assert positions == sorted(set(positions))
        if self.gap_free:
            assert positions == list(range(1, len(positions) + 1))


class TestInMemory(ApplicationContract):
    @pytest.fixture
    def store(self) -> str:
        return "memory://"


class TestSQLite(PersistentContract):
    gap_free = True  # SQLite numbers rows max + 1, and a rolled-back write leaves no number

    @pytest.fixture
    def store(self, sqlite_url: str) -> str:
        return sqlite_url


@pytest.mark.postgres
class TestPostgres(PersistentContract):
    gap_free = False  # a rolled-back write has used sequence values: positions skip them

    @pytest.fixture
    def store(self, postgres_url: str) -> str:
        return postgres_url
