"""Writers racing each other over HTTP: overlapping batches on two servers sharing a store."""

from __future__ import annotations

import random
import threading
from collections import Counter
from datetime import date

import pytest
from fastapi.testclient import TestClient

from api.deps import Settings
from api.http import create_app
from application.app import Parley
from application.articles import ArticleInput
from tests.api.support import AUTH, TOKEN
from tests.fakes import Contended, FakeExtractor

ARRIVAL = "Ismail Haniyeh arrived in Cairo on Tuesday. Hamas demands a permanent ceasefire."
IDS = [f"w{i:02}" for i in range(80)]


def article(article_id: str) -> dict[str, str]:
    return {"id": article_id, "published": "2023-12-20", "text": f"{ARRIVAL} ({article_id})"}


def server(store: str) -> TestClient:
    settings = Settings(token=TOKEN, heartbeat=0.2, poll_interval=0.05)
    app = create_app(store, extractor=FakeExtractor(), settings=settings)
    return TestClient(app, raise_server_exceptions=False)  # a fault is a 500 to count


def race(store: str, clients: int = 4, batches: int = 12) -> Counter[int]:
    """``clients`` threads, half on each of two servers, each posting ``batches`` batches of
    20 articles drawn from 80 ids; answers the status codes seen."""
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    with server(store) as first, server(store) as second:

        def post(seed: int) -> None:
            http = (first, second)[seed % 2]
            draw = random.Random(seed)
            for _ in range(batches):
                batch = [article(i) for i in draw.sample(IDS, 20)]
                code = http.post("/articles", json=batch, headers=AUTH).status_code
                with lock:
                    statuses[code] += 1

        threads = [threading.Thread(target=post, args=(seed,)) for seed in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        stored = first.get("/articles", params={"limit": 1000}).json()["articles"]
        ids = [a["id"] for a in stored]
        assert len(ids) == len(set(ids)), "an article was stored twice"
        events = first.get("/events", params={"limit": 1000}).json()["events"]
        per_article = Counter(e["article"] for e in events)
        assert set(per_article) == set(ids) and set(per_article.values()) == {2}
    return statuses


def test_overlapping_batches_on_sqlite_never_answer_5xx_and_store_each_article_once(sqlite_url):
    statuses = race(sqlite_url)
    assert set(statuses) <= {200, 201}, statuses


@pytest.mark.postgres
def test_overlapping_batches_on_postgres_never_answer_5xx_and_store_each_article_once(
    postgres_url,
):
    statuses = race(postgres_url)
    assert set(statuses) <= {200, 201}, statuses


def test_a_rival_storing_another_text_under_an_id_of_the_batch_is_a_409_naming_it(sqlite_url):
    rival = Parley(url=sqlite_url, extractor=FakeExtractor())
    with server(sqlite_url) as http:
        taken = ArticleInput("w01", date(2023, 12, 20), "Another text under the same id.")
        http.app.state.parley = Contended(sqlite_url, rival, [taken])  # type: ignore[attr-defined]
        response = http.post("/articles", json=[article("w00"), article("w01")], headers=AUTH)

    assert response.status_code == 409
    assert response.json()["errors"][0]["field"] == "articles[1].id"
