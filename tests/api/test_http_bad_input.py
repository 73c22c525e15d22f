"""Bad input gets a 4xx problem naming the field, and stores nothing."""

from __future__ import annotations

import pytest

from tests.api.conftest import make_client
from tests.api.support import AUTH
from tests.fakes import FakeExtractor

GOOD = {"id": "ok", "published": "2024-01-02", "text": "Hamas demands a ceasefire."}


def refused(client, body=None, *, content=None, headers=None):
    response = client.post(
        "/articles", json=body, content=content, headers={**AUTH, **(headers or {})}
    )
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert client.get("/health").json()["position"] == 0, "something was stored"
    return response


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"id": "a", "text": "Hamas demands."}, "published"),
        ({**GOOD, "published": "2024-13-01"}, "published"),
        ({**GOOD, "published": "yesterday"}, "published"),
        ({**GOOD, "published": 20240102}, "published"),
        ({**GOOD, "published": "2024-02-14garbage"}, "published"),
        ({**GOOD, "published": "20240214"}, "published"),
        ({**GOOD, "published": "2024-W07-3"}, "published"),
        ({**GOOD, "published": "0001-01-01"}, "published"),
        ({**GOOD, "published": "9999-12-31"}, "published"),
        ({**GOOD, "published": "2999-01-01T00:00:00Z"}, "published"),
        ({**GOOD, "text": ""}, "text"),
        ({**GOOD, "text": "   "}, "text"),
        ({**GOOD, "text": "Hamas\x00demands"}, "text"),
        ({**GOOD, "text": 42}, "text"),
        ({**GOOD, "id": ""}, "id"),
        ({**GOOD, "id": 7}, "id"),
        ({**GOOD, "id": "a\nb"}, "id"),
        ({**GOOD, "id": "a/b"}, "id"),
        ({**GOOD, "id": ".."}, "id"),
        ({**GOOD, "id": "a\x7fb"}, "id"),
        ({**GOOD, "title": ["not", "text"]}, "title"),
        ({**GOOD, "publisehd": "2024-01-02"}, "publisehd"),
    ],
)
def test_a_bad_article_field_is_a_422_naming_it(client, body, field):
    response = refused(client, body)

    assert response.status_code == 422
    problem = response.json()
    assert field in [e["field"] for e in problem["errors"]]
    assert problem["detail"].startswith(field)


def test_one_bad_article_refuses_the_whole_batch_and_names_it_by_index(client):
    batch = [GOOD, {**GOOD, "id": "b"}, {**GOOD, "id": "c"}, {**GOOD, "id": "d", "published": ""}]

    response = refused(client, {"articles": batch})

    assert response.json()["errors"][0]["field"] == "articles[3].published"


def test_malformed_json_is_a_400_naming_the_body(client):
    json_type = {"Content-Type": "application/json"}
    response = refused(client, content=b'{"id": "a", ', headers=json_type)

    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "body"


@pytest.mark.parametrize("body", [None, 5, "text", [], {"articles": []}, {"articles": "x"}])
def test_a_body_of_the_wrong_shape_is_refused(client, body):
    content = b"null" if body is None else None
    response = refused(client, body, content=content, headers={"Content-Type": "application/json"})

    assert response.status_code == 422


def test_a_body_that_is_not_json_is_415(client):
    response = refused(client, content=b"id=a", headers={"Content-Type": "text/plain"})

    assert response.status_code == 415


def test_an_oversized_body_is_413_before_it_is_read():
    with make_client(max_body_bytes=1000) as client:
        response = refused(client, {**GOOD, "text": "Hamas demands. " * 200})

        assert response.status_code == 413
        assert "1000 bytes" in response.json()["detail"]


def test_an_oversized_body_without_a_length_is_stopped_while_it_streams():
    def chunks():
        yield b'{"id": "a", "published": "2024-01-02", "text": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'"}'

    with make_client(max_body_bytes=1000) as client:
        response = refused(client, content=chunks(), headers={"Content-Type": "application/json"})

        assert response.status_code == 413


def test_a_batch_over_the_limit_is_413():
    with make_client(max_batch=3) as client:
        batch = [{**GOOD, "id": f"a{n}", "text": f"Hamas demands {n}."} for n in range(4)]

        response = refused(client, batch)

        assert response.status_code == 413
        assert "PARLEY_MAX_BATCH" in response.json()["detail"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"type": "Nonsense"}, "type[0]"),
        ({"from": "2024-02-30"}, "from"),
        ({"limit": 0}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"after": -1}, "after"),
        ({"issue": "world_peace"}, "issue"),
    ],
)
def test_bad_query_parameters_are_422_naming_them(client, params, field):
    response = client.get("/events", params=params)

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == field


def test_a_bad_last_event_id_is_422_naming_the_header(client):
    response = client.get("/stream", headers={"Last-Event-ID": "seven"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "Last-Event-ID"


def test_an_article_the_extractor_fails_on_is_a_422_naming_it_and_the_batch_stores_nothing():
    with make_client(extractor=FakeExtractor(fail_on="BOOM")) as client:
        batch = [GOOD, {**GOOD, "id": "bad", "text": "Talks went BOOM in Cairo."}]
        response = refused(client, {"articles": batch})

    assert response.status_code == 422
    problem = response.json()
    assert problem["errors"][0]["field"] == "articles[1]"
    assert "article 'bad'" in problem["detail"] and "extractor broke" in problem["detail"]


@pytest.mark.parametrize("path", ["/events", "/articles"])
def test_a_cursor_beyond_the_stores_integers_is_422_naming_after(sqlite_url, path):
    with make_client(db=sqlite_url) as client:
        client.post("/articles", json=GOOD, headers=AUTH)
        for after in (2**63, 2**64, 10**30):
            response = client.get(path, params={"after": after})
            assert response.status_code == 422, response.text
            assert response.json()["errors"][0]["field"] == "after"
        assert client.get(path, params={"after": 2**63 - 1}).status_code == 200


def test_events_from_after_to_is_422_naming_to_as_the_timeline_does(client):
    for path in ("/events", "/timeline"):
        response = client.get(path, params={"from": "2024-03-01", "to": "2024-02-01"})
        assert response.status_code == 422, path
        assert response.json()["errors"][0]["field"] == "to"


def test_resuming_a_stream_beyond_the_end_of_the_log_is_422_naming_the_cursor(client):
    client.post("/articles", json=GOOD, headers=AUTH)
    end = client.get("/health").json()["position"]

    response = client.get("/stream", params={"after": end + 1})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "after"
    assert f"{end + 1}" in response.json()["detail"] and f"{end}" in response.json()["detail"]

    response = client.get("/stream", headers={"Last-Event-ID": str(end + 50)})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "Last-Event-ID"


def test_a_batch_over_the_limit_and_a_body_over_the_limit_name_what_is_too_large():
    with make_client(max_batch=3) as client:
        batch = [{**GOOD, "id": f"a{n}", "text": f"Hamas demands {n}."} for n in range(4)]
        response = refused(client, batch)
        assert response.status_code == 413
        assert response.json()["errors"][0]["field"] == "articles"
    with make_client(max_body_bytes=100) as client:
        response = refused(client, {**GOOD, "text": "x" * 200})
        assert response.status_code == 413
        assert response.json()["errors"][0]["field"] == "body"
