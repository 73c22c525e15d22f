"""Property-based tests of the OpenAPI document: no input, however odd, gets a 5xx."""

from __future__ import annotations

import json
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, Phase, settings

from api.deps import Settings
from api.http import create_app
from tests.api.support import AUTH, TOKEN
from tests.fakes import FakeExtractor

app = create_app(
    "memory://",
    extractor=FakeExtractor(),
    settings=Settings(token=TOKEN, heartbeat=0.1, poll_interval=0.05, max_body_bytes=200_000),
)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


def test_the_openapi_document_documents_every_route_with_examples():
    document = app.openapi()
    paths = document["paths"]
    for path in ("/articles", "/articles/{article_id}", "/events", "/stream", "/health"):
        assert path in paths, path
    for path in ("/state", "/timeline", "/actors", "/actors/{actor}/positions", "/changes"):
        assert path in paths, path
    body = paths["/articles"]["post"]["requestBody"]["content"]["application/json"]
    assert body["examples"]["batch"]["value"]["articles"]
    assert "Problem" in document["components"]["schemas"]


READ_PARAMETERS = Path(__file__).with_name("read_parameters.json")


def test_the_read_routes_document_the_query_parameters_they_always_have():
    # The read routes declare their parameters through shared models; the document keeps
    # each one's name, order, type, default and description (the file says them; change it
    # with the API on purpose).
    paths = app.openapi()["paths"]
    documented = json.loads(READ_PARAMETERS.read_text())

    assert {path: paths[path]["get"]["parameters"] for path in documented} == documented


BOUNDED = settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))


@schema.exclude(path="/stream").parametrize()
@BOUNDED
def test_no_request_makes_the_server_fail(case):
    response = case.call(headers=AUTH, timeout=10)

    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text}"


@schema.include(path="/stream").parametrize()
@settings(BOUNDED, max_examples=3, phases=[Phase.explicit, Phase.generate])
def test_no_stream_request_makes_the_server_fail(case):
    # A stream never ends by itself: the client's timeout cuts it short.
    response = case.call(timeout=0.1)

    assert response.status_code < 500, f"{case.formatted_path}: {response.text}"
