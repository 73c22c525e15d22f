"""``/health`` for monitors, and faults: answered as a problem and logged once."""

from __future__ import annotations

import logging

from fastapi.testclient import TestClient

from api.deps import Settings
from api.http import create_app
from tests.fakes import FakeExtractor


def test_head_health_answers_200_without_a_body(client):
    response = client.head("/health")

    assert response.status_code == 200
    assert response.content == b""


def test_a_fault_is_a_500_problem_logged_once_and_not_raised_to_the_server(caplog):
    app = create_app("memory://", extractor=FakeExtractor(), settings=Settings(token="t"))

    def broken() -> None:
        raise RuntimeError("a fault of ours")

    app.add_api_route("/broken", broken)
    # The test client re-raises what escapes the app, as a server would log it again.
    with TestClient(app) as client, caplog.at_level(logging.ERROR):
        response = client.get("/broken")

    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert "a fault of ours" not in response.text
    faults = [r for r in caplog.records if r.exc_info and "a fault of ours" in str(r.exc_info[1])]
    assert len(faults) == 1
