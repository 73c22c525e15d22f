"""``GET /diff`` against the code's own (not yet stored) release extracts once per log position."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from fastapi.testclient import TestClient

from api.deps import Settings
from api.http import create_app
from application.app import Parley
from application.articles import ArticleInput
from tests.api.support import AUTH, TOKEN
from tests.fakes import FakeExtractor

TEXTS = (
    "Haniyeh arrived in Cairo. Hamas demands a permanent ceasefire.",
    "Hamas demands the withdrawal of troops.",
    "The delegation arrived in Cairo. Talks went on.",
)


class CountingExtractor(FakeExtractor):
    """The fake extractor at a newer version, counting the articles it extracts."""

    def __init__(self) -> None:
        super().__init__("2.0.0")
        self.calls = 0
        self.lock = threading.Lock()

    def extract(self, article_id, published, text):  # type: ignore[no-untyped-def]
        with self.lock:
            self.calls += 1
        return super().extract(article_id, published, text)


@pytest.fixture
def newer(sqlite_url):
    """A server whose extractor is newer than the release its store answers from."""
    old = Parley(url=sqlite_url, extractor=FakeExtractor("1.0.0"))
    for n, text in enumerate(TEXTS):
        old.ingest(ArticleInput(f"a{n}", date(2024, 1, n + 1), text))
    old.close()
    extractor = CountingExtractor()
    app = create_app(sqlite_url, extractor=extractor, settings=Settings(token=TOKEN))
    with TestClient(app) as client:
        yield client, extractor


def test_repeated_diffs_at_one_log_position_extract_each_article_once(newer):
    client, extractor = newer

    first = client.get("/diff")
    second = client.get("/diff", params={"all": "true"})

    assert first.status_code == second.status_code == 200
    assert first.json()["totals"] == second.json()["totals"]
    assert first.json()["totals"]["articles"] == 3
    assert len(second.json()["articles"]) == 3
    assert extractor.calls == 3


def test_concurrent_diffs_wait_for_one_computation(newer):
    client, extractor = newer
    answers: list[int] = []
    start = threading.Barrier(4)

    def ask() -> None:
        start.wait()
        answers.append(client.get("/diff").json()["totals"]["articles"])

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert answers == [3, 3, 3, 3]
    assert extractor.calls == 3


def test_a_write_moves_the_log_and_the_next_diff_is_computed_anew(newer):
    client, extractor = newer
    client.get("/diff")
    article = {"id": "a9", "published": "2024-01-09", "text": "Burns arrived in Doha."}
    assert client.post("/articles", json=article, headers=AUTH).status_code == 201

    body = client.get("/diff").json()

    assert body["totals"]["articles"] == 4
    assert "a9" in {a["article"] for a in body["articles"]}
    assert extractor.calls == 3 + 1 + 3  # the first diff, the ingest, the stored ones again
