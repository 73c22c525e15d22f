"""Index snapshots, one contract on SQLite and PostgreSQL: a restart from a snapshot answers
as a rebuild does, and a snapshot that does not match the store is never trusted."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from application import corrections
from application.app import Parley
from application.articles import ArticleInput
from application.corrections import TOPICS as CORRECTION_TOPICS
from application.export import export_record
from projections import snapshot
from projections.readside import ReadSide, view_store_for
from projections.store import PostgresViewStore, SQLiteViewStore, ViewStore
from tests.projections.readside_fakes import FakeExtractor, ingested
from tests.projections.test_readside_contract import answers, publish_history

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def plant(store: ViewStore, position: int, data: bytes) -> None:
    """Stores snapshot bytes as they are, at any position (as a faulty disk or an older
    version of the code might have left them)."""
    if isinstance(store, PostgresViewStore):
        with store.datastore.transaction(commit=True) as curs:
            curs.execute(f"DELETE FROM {store.snapshots_table} WHERE position = %s", (position,))
            curs.execute(
                f"INSERT INTO {store.snapshots_table} (position, data) VALUES (%s, %s)",
                (position, data),
            )
        return
    assert isinstance(store, SQLiteViewStore)
    with store.lock:
        store.db.execute(f"DELETE FROM {store.snapshots_table} WHERE position = ?", (position,))
        store.db.execute(
            f"INSERT INTO {store.snapshots_table} VALUES (?, datetime('now'), ?)",
            (position, data),
        )


def answers_raw(app: Parley) -> list[dict[str, Any]]:
    """The timeline as the extractor gave it, corrections aside."""
    read = ReadSide(app, snapshots=False)
    found = read.timeline(raw=True)
    read.close()
    return found


def stored(store: ViewStore, position: int) -> bytes:
    data = store.snapshot(position)
    assert data is not None
    return data


def seed_answers(read: ReadSide) -> dict[str, Any]:
    """State, positions and timeline on the seeds' dates, in both negotiations."""
    result: dict[str, Any] = {"position": read.position, "timeline": read.timeline()}
    for day in ("2023-11-25", "2024-02-14", "2024-05-06", "2025-08-10"):
        for negotiation in (None, "russia-ukraine"):
            on = date.fromisoformat(day)
            result[f"state {day} {negotiation}"] = read.state(on, negotiation=negotiation)
            result[f"positions {day} {negotiation}"] = read.positions(
                None, on, negotiation=negotiation
            )
    result["negotiations"] = read.negotiations()
    return result


def seeds_restarted_from_a_snapshot(url: str) -> tuple[Parley, ReadSide]:
    """A store holding the seeds, and a read side restarted from the snapshot of its views."""
    read = ingested(SEEDS, url=url)
    app = read.app
    read.save_snapshot(force=True)
    read.close()
    restarted = ReadSide(app)
    assert restarted.restored == app.max_position()
    return app, restarted


class SnapshotContract:
    """What every persistent backend must do; subclasses give the store URL."""

    @pytest.fixture
    def url(self) -> str:
        raise NotImplementedError

    @pytest.fixture
    def store(self, app: Parley) -> Iterator[ViewStore]:
        """The view store as another process sees it (read sides close their own)."""
        store = view_store_for(app)
        yield store
        store.close()

    def rebuilt(self, app: Parley) -> dict[str, Any]:
        """The answers of a read side projecting the whole log again (snapshots go with it)."""
        fresh = ReadSide(app, snapshots=False)
        fresh.rebuild()
        found = answers(fresh)
        fresh.close()
        return found

    def snapshot(self, app: Parley) -> int | None:
        """The position of the snapshot a read side caught up with the log takes, then closes."""
        read = ReadSide(app)
        read.catch_up()
        taken = read.save_snapshot(force=True)
        read.close()
        return taken

    def test_a_restart_from_a_snapshot_answers_as_a_rebuild_does(self, app, news):
        publish_history(news)
        assert self.snapshot(app) == app.max_position()
        restarted = ReadSide(app)
        assert restarted.restored == app.max_position()
        restored = answers(restarted)
        restarted.close()
        assert restored == self.rebuilt(app)

    def test_a_restored_index_knows_each_series_lead_and_lag_as_its_facts_give_them(
        self, app, news
    ):
        publish_history(news)
        read = ReadSide(app)
        read.catch_up()
        read.save_snapshot(force=True)
        read.close()
        built = ReadSide(app, snapshots=False)
        restarted = ReadSide(app)
        assert restarted.restored == app.max_position()

        def spreads(read: ReadSide) -> dict[Any, tuple[int | None, int | None]]:
            found: dict[Any, tuple[int | None, int | None]] = {}
            for name, negotiations in read.index.releases.items():
                for negotiation, index in negotiations.items():
                    for kind, series in index.by_type.items():
                        found[name, negotiation, kind] = (series.lead, series.lag)
                    for key, series in index.stances.items():
                        found[name, negotiation, key] = (series.lead, series.lag)
                    found[name, negotiation] = (index.everything.lead, index.everything.lag)
            return found

        assert spreads(restarted) == spreads(built)
        assert all(None not in pair for pair in spreads(restarted).values())
        built.close()
        restarted.close()

    def test_the_seeds_answer_the_same_from_a_snapshot_as_from_a_rebuild(self, url):
        app, restarted = seeds_restarted_from_a_snapshot(url)
        restored = seed_answers(restarted)
        restarted.close()
        fresh = ReadSide(app, snapshots=False)
        fresh.rebuild()
        assert restored == seed_answers(fresh)
        assert restored["state 2024-02-14 None"]["round"]["venue"] == "cairo"
        fresh.close()
        app.close()

    def test_states_kept_after_a_restart_from_a_snapshot_give_way_to_later_writes(self, url):
        app, restarted = seeds_restarted_from_a_snapshot(url)
        asked = [date(2023, 11, 1) + timedelta(days=n) for n in range(0, 200, 3)]
        before = [restarted.state_json(day) for day in asked]
        late = "A Hamas delegation arrived in Cairo on Monday for talks on a ceasefire."
        app.ingest(ArticleInput("late-rejection", date(2023, 12, 20), late))
        restarted.catch_up()

        after = [orjson.loads(restarted.state_json(day)) for day in asked]

        assert after == [restarted.state(day) for day in asked]
        changed = [
            a
            for a, b in zip(after, before, strict=True)
            if a != {**orjson.loads(b), "position": a["position"]}
        ]
        assert changed, "the late report changes the states after it"
        restarted.close()
        app.close()

    def test_a_restart_loads_the_views_and_log_written_after_its_snapshot(self, app, news):
        publish_history(news, 0, 4)
        taken = self.snapshot(app)
        publish_history(news, 4, 6)
        writer = ReadSide(app)  # another node stores these in the views
        writer.catch_up()
        writer.close()
        publish_history(news, 6, 8)  # and these are in the log only
        restarted = ReadSide(app)
        assert restarted.restored == taken
        assert restarted.catch_up() == app.max_position()
        caught_up = answers(restarted)
        restarted.close()
        assert caught_up == self.rebuilt(app)
        assert len(caught_up["timeline"]) == 8

    def test_a_corrupted_or_cut_snapshot_is_ignored_for_an_older_sound_one(self, app, news, store):
        publish_history(news, 0, 4)
        read = ReadSide(app)
        read.catch_up()
        older = read.save_snapshot(force=True)
        publish_history(news, 4, 8)
        read.catch_up()
        newer = read.save_snapshot(force=True)
        read.close()
        assert older and newer and older < newer
        data = bytearray(stored(store, newer))
        data[len(data) // 2] ^= 0xFF
        plant(store, newer, bytes(data))
        restarted = ReadSide(app)
        assert restarted.restored == older
        assert restarted.save_snapshot(force=True) == newer  # in place of the unsound one
        restarted.close()
        restarted = ReadSide(app)
        assert restarted.restored == newer
        restarted.close()
        plant(store, newer, stored(store, newer)[:-100])  # half written
        plant(store, older, stored(store, older)[:-100])
        restarted = ReadSide(app)
        assert restarted.restored is None
        found = answers(restarted)
        restarted.close()
        assert found == self.rebuilt(app)

    @pytest.mark.parametrize(
        "wrong", ["layout", "view format", "release", "log", "position", "past the end"]
    )
    def test_a_snapshot_not_of_this_store_and_state_is_ignored(self, app, news, store, wrong):
        publish_history(news, 0, 4)
        read = ReadSide(app)
        read.catch_up()
        with read._lock:
            partial = snapshot.capture(read.index)  # fewer facts than the store will have
        publish_history(news, 4, 8)
        read.catch_up()
        read.close()
        position, active = store.tracking()
        meta = snapshot.Meta(read.store.name, position, active, read._anchor(position))
        at = position
        if wrong == "view format":
            meta.view = "parley_views_v1"
        elif wrong == "release":
            meta.active = "another@9.9.9"
        elif wrong == "log":
            meta.anchor = "an event of another log"
        elif wrong == "position":
            meta.position = position - 1
        elif wrong == "past the end":
            at = meta.position = app.max_position() + 10
        data = snapshot.seal(partial, meta)
        if wrong == "layout":
            data = data[:8] + struct.pack("<H", snapshot.LAYOUT - 1) + data[10:]
        plant(store, at, data)
        restarted = ReadSide(app)
        assert restarted.restored is None
        found = answers(restarted)
        restarted.close()
        assert len(found["timeline"]) == 8
        assert found == self.rebuilt(app)

    def test_the_same_snapshot_trusted_when_it_matches(self, app, news, store):
        # The counterpart of the test above: the planted bytes are read when nothing is wrong.
        publish_history(news)
        read = ReadSide(app)
        read.catch_up()
        read.close()
        position, active = store.tracking()
        meta = snapshot.Meta(read.store.name, position, active, read._anchor(position))
        with read._lock:
            plant(store, position, snapshot.seal(snapshot.capture(read.index), meta))
        restarted = ReadSide(app)
        assert restarted.restored == position
        restarted.close()

    def test_a_rebuild_and_a_withdrawal_forget_the_snapshots(self, app, news):
        publish_history(news)
        read = ReadSide(app)
        read.catch_up()
        read.save_snapshot(force=True)
        read.rebuild()
        assert read.store.snapshots() == []
        read.save_snapshot(force=True)
        read.withdraw("a0001", "a court order", "dana")
        assert read.store.snapshots() == []
        read.close()

    def test_a_snapshot_taken_after_a_withdrawal_restarts_without_the_article(self, app, news, url):
        publish_history(news)
        read = ReadSide(app)
        read.withdraw("a0001", "a court order", "dana")
        read.save_snapshot(force=True)
        expected = answers(read)
        read.close()
        restarted_app = Parley(url=url, extractor=FakeExtractor())
        restarted = ReadSide(restarted_app)
        assert restarted.restored == app.max_position()
        assert "a0001" in restarted_app.hidden()
        assert answers(restarted) == expected
        assert all(s["article"] != "a0001" for e in expected["timeline"] for s in e["sources"])
        restarted.close()
        restarted_app.close()

    def test_a_restart_looks_for_corrections_only_in_the_log_after_its_snapshot(self, app, news):
        publish_history(news, 0, 4)
        taken = self.snapshot(app)
        publish_history(news, 4, 8)
        looked: list[int] = []
        select = app.recorder.select_notifications

        def spy(start: int, limit: int, stop: Any = None, topics: Any = (), **kw: Any) -> Any:
            if tuple(topics) == CORRECTION_TOPICS:
                looked.append(start)
            return select(start, limit, stop, topics, **kw)

        app.recorder.select_notifications = spy  # type: ignore[method-assign]
        restarted = ReadSide(app)
        restarted.catch_up()
        restarted.state(date(2024, 2, 14))
        assert restarted.restored == taken
        assert looked == [taken]
        restarted.close()

    def test_a_correction_made_before_a_snapshot_holds_after_a_restart_from_it(self, app, news):
        publish_history(news)
        retracted = next(export_record(p.position, p.event) for p in app.catalog_events())
        corrections.correct(app, retracted["id"], "retract", "not what happened", "dana")
        read = ReadSide(app)
        read.catch_up()
        expected = answers(read)
        read.save_snapshot(force=True)
        read.close()
        restarted = ReadSide(app)
        assert restarted.restored == app.max_position()
        found = answers(restarted)
        restarted.close()
        assert found == expected
        assert len(found["timeline"]) < len(answers_raw(app))

    def test_snapshots_are_written_only_once_the_index_moved_on_enough(self, app, news):
        publish_history(news)
        read = ReadSide(app)
        read.catch_up()
        assert read.save_snapshot() is None  # a few events: not worth one
        assert read.save_snapshot(force=True) == app.max_position()
        assert read.save_snapshot(force=True) is None  # one is there already
        assert read.store.snapshots() == [app.max_position()]
        read.close()


class TestSQLite(SnapshotContract):
    @pytest.fixture
    def url(self, sqlite_url: str) -> str:
        return sqlite_url


@pytest.mark.postgres
class TestPostgres(SnapshotContract):
    @pytest.fixture
    def url(self, postgres_url: str) -> str:
        return postgres_url
