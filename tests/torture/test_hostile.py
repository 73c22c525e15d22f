"""Hostile HTTP input, generated: malformed JSON, oversized bodies, extreme dates, ids with
'/', huge cursors. No input gets a 5xx, and none that is refused changes the store."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.deps import Settings
from api.http import create_app
from tests.api.support import AUTH, TOKEN
from tests.fakes import FakeExtractor
from tests.torture import figures
from tests.torture.support import LONG

MAX_BODY = 20_000
EXAMPLES = 600 if LONG else 30
HOSTILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=not LONG,  # a normal run tries the same inputs each time
)


def hostile_app(db: str) -> Any:
    limits = Settings(token=TOKEN, heartbeat=0.1, poll_interval=0.05, max_body_bytes=MAX_BODY)
    return create_app(db, extractor=FakeExtractor(), settings=limits)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with tempfile.TemporaryDirectory() as folder:
        app = hostile_app(f"sqlite:///{Path(folder) / 'parley.db'}")
        with TestClient(app, raise_server_exceptions=False) as client:
            yield client


def answered(response: Any) -> Any:
    figures.add(requests=1, **{"5xx": int(response.status_code >= 500)})
    assert response.status_code < 500, f"{response.request.url}: {response.text[:500]}"
    return response


# Input a careless or hostile client sends

ids = st.one_of(
    st.text(max_size=30),
    st.builds("/".join, st.lists(st.text(max_size=8), min_size=2, max_size=4)),
    st.sampled_from([".", "..", "%2F", "a%2Fb", "a/b", "", " ", "\x00", "é" * 201, "x" * 200]),
)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),  # year 1 to 9999
    st.datetimes().map(lambda d: d.isoformat()),
    st.sampled_from(["2024-02-14garbage", "20240214", "2024-W07-3", "2024-02-30", "-1-01-01"]),
    st.text(max_size=30),
    st.integers(),
    st.none(),
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)  # JSON has no NaN: the raw bodies do
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
articles = st.fixed_dictionaries(
    {"id": ids, "published": dates, "text": st.one_of(st.text(max_size=200), json_values)},
    optional={"title": json_values, "source": json_values, "url": json_values},
)
cursors = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["1e30", "NaN", "", "0x10", "9" * 400, "-0", " 1"]),
    st.text(max_size=20),
)


@given(body=st.one_of(st.lists(articles, max_size=4), articles, json_values))
@HOSTILE
def test_no_batch_of_odd_articles_gets_a_5xx_and_a_refused_one_stores_nothing(client, body):
    before = client.get("/health").json()["position"]
    response = answered(client.post("/articles", json=body, headers=AUTH))
    if response.status_code >= 400:
        assert client.get("/health").json()["position"] == before


@given(
    raw=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        st.sampled_from(
            [
                b'[{"id": "a", "published": "2024-01-02", "text": NaN}]',
                b'{"articles": Infinity}',
                b'[{"id": "a", "published": "2024-01-02", "text": "x"',
                b'[{"id": "a", "id": "b", "published": "2024-01-02", "text": "x"}]',
                b"\xef\xbb\xbf[]",
                b"[" * 10_000 + b"]" * 10_000,
                b'{"id": 1e999}',
            ]
        ),
    )
)
@HOSTILE
def test_no_malformed_body_gets_a_5xx(client, raw):
    headers = {**AUTH, "content-type": "application/json"}
    answered(client.post("/articles", content=raw, headers=headers))


@given(size=st.integers(min_value=MAX_BODY - 200, max_value=MAX_BODY * 3), chunked=st.booleans())
@HOSTILE
def test_an_oversized_body_is_refused_whole_as_it_arrives(client, size, chunked):
    body = json.dumps([{"id": "big", "published": "2024-01-02", "text": "x" * size}]).encode()
    content: Any = (
        iter([body[i : i + 4096] for i in range(0, len(body), 4096)]) if chunked else body
    )
    headers = {**AUTH, "content-type": "application/json"}
    response = answered(client.post("/articles", content=content, headers=headers))
    if len(body) > MAX_BODY:
        assert response.status_code == 413


@given(
    path=st.sampled_from(["/events", "/articles"]),
    after=cursors,
    limit=cursors,
    start=dates,
    end=dates,
)
@HOSTILE
def test_no_cursor_limit_or_date_range_gets_a_5xx(client, path, after, limit, start, end):
    params = {"after": after, "limit": limit}
    if path == "/events":
        params.update({"from": str(start), "to": str(end)})
    answered(client.get(path, params=params))


@given(
    path=st.sampled_from(["/state", "/timeline", "/changes", "/actors/hamas/positions"]),
    start=dates,
    end=dates,
)
@HOSTILE
def test_no_read_model_date_gets_a_5xx(client, path, start, end):
    params = {"as_of": str(start), "known_as_of": str(end), "from": str(start), "to": str(end)}
    answered(client.get(path, params=params))


@given(article_id=ids, actor=ids)
@HOSTILE
def test_no_id_in_a_path_gets_a_5xx(client, article_id, actor):
    answered(client.get(f"/articles/{quote(article_id, safe='')}"))
    answered(
        client.get(f"/actors/{quote(actor, safe='')}/positions", params={"as_of": "2024-01-01"})
    )


@given(cursor=cursors)
@HOSTILE
def test_a_stream_cursor_beyond_the_log_or_the_integers_is_a_4xx_not_a_wait(client, cursor):
    response = answered(client.get("/stream", params={"after": beyond_the_log(cursor)}))
    assert response.status_code in (400, 422)


def beyond_the_log(cursor: str) -> str:
    """The cursor, or one beyond the log if it reads as a number inside it (a cursor inside
    the log would start a stream that never ends)."""
    for parse in (int, float):
        try:
            value = parse(cursor)
        except (ValueError, OverflowError):
            continue
        if 0 <= value <= 10**6:
            return str(int(value) + 10**6)
    return cursor


# The OpenAPI document's own cases, sent through this module's client: schemathesis's own
# ASGI transport runs the app's lifespan, whose shutdown can hang at the module's end.

schema = schemathesis.openapi.from_dict(hostile_app("memory://").openapi())


@schema.exclude(path="/stream").parametrize()
@settings(max_examples=EXAMPLES // 6, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_documented_request_gets_a_5xx(case, client):
    request = case.as_transport_kwargs(base_url=str(client.base_url), headers=AUTH)
    request.pop("cookies", None)
    if isinstance(request.get("data"), str | bytes):
        request["content"] = request.pop("data")
    answered(client.request(**request))
