"""Every ``/state`` answer the server sends, cached, shared with other dates or computed on
the fast path, is byte for byte the answer computed fresh for that date alone, and the one
the route itself gives: over many dates and knowledge dates, with writes in between, on the
seeds and on a dense synthetic store."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

import orjson
import pytest
from fastapi.testclient import TestClient

from api.deps import Settings
from api.http import create_app
from tests.api.support import AUTH, TOKEN, seed_articles
from tests.projections.test_state_spans import START, DenseExtractor

ROUNDS = 4
ASKED = 40  # queries per round, each asked in its plain form, again, and of the route


def client_on(extractor: object | None) -> TestClient:
    settings = Settings(token=TOKEN, heartbeat=0.2, poll_interval=0.05)
    return TestClient(create_app("memory://", extractor=extractor, settings=settings))  # type: ignore[arg-type]


def asked(rng: random.Random, first: date, days: int) -> list[tuple[date, date | None]]:
    """Random dates, half with a knowledge date, some of them repeated."""
    found: list[tuple[date, date | None]] = []
    for _ in range(ASKED):
        as_of = first + timedelta(days=rng.randrange(days))
        known = first + timedelta(days=rng.randrange(days)) if rng.random() < 0.5 else None
        found.append((as_of, known))
    return found + rng.sample(found, ASKED // 4)


def query(as_of: date, known: date | None) -> str:
    plain = f"/state?as_of={as_of.isoformat()}"
    return plain + (f"&known_as_of={known.isoformat()}" if known else "")


def served_as_fresh(client: TestClient, queries: list[tuple[date, date | None]]) -> int:
    """Asks each query plainly (the fast path: cached, shared or computed), again, and in a
    form only the route answers; all three equal the state computed alone, on ints, with
    no cache. Returns how many were asked."""
    read = client.app.state.read  # type: ignore[attr-defined]
    for as_of, known in queries:
        plain = client.get(query(as_of, known))
        again = client.get(query(as_of, known))
        route = client.get(query(as_of, known) + "&raw=false")
        fresh = orjson.dumps(read.state(as_of, known))
        assert plain.status_code == 200, plain.text
        assert plain.content == fresh, (as_of, known)
        assert again.content == fresh, (as_of, known)
        assert route.content == fresh, (as_of, known)
        assert plain.headers["content-type"] == route.headers["content-type"]
        assert plain.headers["content-length"] == route.headers["content-length"]
    return len(queries)


def post(client: TestClient, article: dict[str, str]) -> int:
    answer = client.post("/articles", json=article, headers=AUTH)
    assert answer.status_code in (200, 201), answer.text
    return int(answer.json()["position"])


@pytest.fixture
def seeds() -> Iterator[tuple[TestClient, list[dict[str, str]]]]:
    articles = seed_articles()
    with client_on(None) as client:
        for article in articles[: len(articles) // 2]:
            post(client, article)
        yield client, articles[len(articles) // 2 :]


def test_seed_states_served_equal_fresh_ones_across_writes(seeds):
    client, later = seeds
    rng = random.Random(7)
    first, days = date(2023, 10, 1), 400
    per_round = -(-len(later) // ROUNDS)
    for n in range(ROUNDS + 1):
        served_as_fresh(client, asked(rng, first, days))
        for article in later[n * per_round : (n + 1) * per_round]:
            position = post(client, article)
            # Read your writes: the plain form right after, and the route waiting for it.
            as_of = date.fromisoformat(article["published"])
            waited = client.get(query(as_of, None) + f"&min_position={position}")
            assert waited.json()["position"] >= position
            assert client.get(query(as_of, None)).content == waited.content


def test_dense_states_served_equal_fresh_ones_across_late_reports():
    rng = random.Random(11)
    with client_on(DenseExtractor()) as client:
        for n in range(60):
            published = START + timedelta(days=n * 2)
            post(client, {"id": f"dense-{n}", "published": published.isoformat(), "text": "x."})
        for n in range(ROUNDS):
            served_as_fresh(client, asked(rng, START - timedelta(days=20), 160))
            # A late report (published on an earlier day) and a plan announced ahead.
            late = START + timedelta(days=rng.randrange(120))
            post(client, {"id": f"late-{n}", "published": late.isoformat(), "text": "x."})
            post(client, {"id": f"plan-{n}", "published": late.isoformat(), "text": "x."})
        served_as_fresh(client, asked(rng, START - timedelta(days=20), 160))
