"""``kill -9`` of every process that writes, at a random moment, on SQLite and PostgreSQL;
after each kill the whole log and the views pass the invariant check."""

from __future__ import annotations

import random
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from application.app import ArticleConflict, Parley
from application.articles import ArticleInput
from application.replay import Replayer, extraction_ids
from projections.readside import view_store_for
from projections.store import ViewStore
from tests.api.support import AUTH, Server
from tests.torture import figures
from tests.torture.support import ROUNDS, Torture, kill_when, parley_command, write_jsonl


def log_grew(app: Parley, before: int) -> Callable[[], bool]:
    return lambda: app.max_position() > before


def extractions_grew(app: Parley, before: int) -> Callable[[], bool]:
    return lambda: len(extraction_ids(app)) > before


def built_or(store: ViewStore, rng: random.Random) -> Callable[[], bool]:
    deadline = time.monotonic() + rng.uniform(0.2, 3.0)
    return lambda: store.tracking()[0] > 0 or time.monotonic() > deadline


def survived(torture: Torture, killed: bool = False, views: bool = True) -> None:
    """The whole log passes the check (after a kill that landed, if ``killed``)."""
    verdict = torture.check(views=views)
    assert verdict.ok, verdict.problems
    figures.add(kills_survived=int(killed))


class Kills:
    """What every store must survive; subclasses give the ``url`` fixture."""

    def test_a_killed_ingest_leaves_whole_articles_and_a_rerun_stores_the_rest(
        self, torture: Torture
    ):
        torture.seed(10)
        for round in range(ROUNDS):
            new = torture.fresh(40)
            stored = torture.app()
            before = stored.max_position()
            # Repeats and a conflict among the new ones, as a real feed of files has them.
            repeat = stored.article(next(iter(torture.acknowledged)))
            assert repeat is not None
            again = ArticleInput(repeat.article_id, repeat.published, repeat.text)
            conflict = ArticleInput(repeat.article_id, repeat.published, f"Other text {round}.")
            lines = [*new[:20], again, conflict, *new[20:]]
            path = write_jsonl(torture.workdir / f"batch-{round}.jsonl", lines)
            process = subprocess.Popen(
                parley_command(torture.url, "ingest", str(path)),
                env=torture.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            landed = kill_when(process, log_grew(stored, before), torture.rng, 1.0)
            survived(torture, landed, views=round % 2 == 0)
            # Whatever the kill cut short, ingesting the file again stores the rest once.
            for article in new:
                stored.ingest(article)
                torture.acknowledge(article)
            with pytest.raises(ArticleConflict):
                stored.ingest(conflict)
            stored.close()
            survived(torture)

    def test_a_killed_replay_keeps_the_active_release_and_resumes_to_a_whole_one(
        self, torture: Torture
    ):
        torture.seed(30)
        for _ in range(ROUNDS):
            old = torture.current.release
            new = torture.next_release()
            watcher = torture.app()
            done = len(extraction_ids(watcher))
            process = subprocess.Popen(
                parley_command(torture.url, "replay", "--batch", "2"),
                env=torture.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            landed = kill_when(process, extractions_grew(watcher, done), torture.rng, 0.5)
            # Readers stay on the old release unless the kill came after the switch.
            assert watcher.active_release() in (old, new.release)
            survived(torture, landed)
            replaying = torture.app(new)
            Replayer(replaying, workers=1).run()  # as `parley replay` run again would
            replaying.close()
            assert watcher.active_release() == new.release
            watcher.close()
            survived(torture)

    def test_killed_view_builds_leave_views_that_catch_up_to_a_rebuild(self, torture: Torture):
        torture.seed(40)
        for _ in range(ROUNDS):
            app = torture.app()
            store = view_store_for(app)
            store.reset()  # the command below rebuilds the views from zero
            process = subprocess.Popen(
                parley_command(torture.url, "state", "--as-of", "2024-02-14", "--format", "json"),
                env=torture.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            # Killed once the first page of views is in, or at a random moment before.
            landed = kill_when(process, built_or(store, torture.rng), torture.rng, 0.3)
            store.close()
            app.close()
            survived(torture, landed)
            torture.seed(10)  # the next build has more to do than this one

    def test_a_killed_server_loses_no_acknowledged_article(self, torture: Torture):
        torture.seed(5)
        for round in range(ROUNDS):
            server = Server(torture.url, env={"PARLEY_EXTRACTION_DATA": str(torture.data)})
            try:
                server.wait_healthy()
                writer = Writer(server.base, torture, round)
                writer.start()
                answered = lambda w=writer: w.answered > 0  # noqa: E731
                landed = kill_when(server.process, answered, torture.rng, 1.5)
                writer.join(timeout=60)
            finally:
                if server.process.poll() is None:
                    server.process.kill()
                server.process.wait(timeout=30)
                server.close()
            assert writer.faults == [], writer.faults
            survived(torture, landed)


class Writer(threading.Thread):
    """Posts batches of new and repeated articles until the server goes away; acknowledges
    what each 200/201 says it stored."""

    def __init__(self, base: str, torture: Torture, round: int) -> None:
        super().__init__(daemon=True)
        self.base, self.torture, self.round = base, torture, round
        self.answered = 0
        self.faults: list[str] = []

    def run(self) -> None:
        torture = self.torture
        with httpx.Client(base_url=self.base, headers=AUTH, timeout=60) as client:
            for _ in range(100):
                batch = torture.fresh(5)
                body = [_json(a) for a in batch]
                try:
                    response = client.post("/articles", json=body)
                except httpx.TransportError:
                    return  # the kill
                figures.add(requests=1, **{"5xx": int(response.status_code >= 500)})
                if response.status_code not in (200, 201):
                    self.faults.append(f"{response.status_code}: {response.text[:300]}")
                    return
                for article in batch:
                    torture.acknowledge(article)
                self.answered += 1


def _json(article: ArticleInput) -> dict[str, str]:
    return {
        "id": article.article_id,
        "published": article.published.isoformat(),
        "text": article.text,
    }


class TestSQLite(Kills):
    @pytest.fixture
    def url(self, tmp_path: Path) -> str:
        return f"sqlite:///{tmp_path / 'parley.db'}"


@pytest.mark.postgres
class TestPostgres(Kills):
    @pytest.fixture
    def url(self, postgres_url: str) -> str:
        return postgres_url
