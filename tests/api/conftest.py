"""Fixtures for the HTTP API tests: an in-process app on the in-memory store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.deps import Settings
from api.http import create_app
from tests.api.support import TOKEN
from tests.fakes import FakeExtractor


def make_client(
    token: str | None = TOKEN,
    extractor: FakeExtractor | None = None,
    db: str = "memory://",
    **settings: object,
) -> TestClient:
    app = create_app(
        db,
        extractor=extractor or FakeExtractor(),
        settings=Settings(token=token, heartbeat=0.2, poll_interval=0.05, **settings),  # type: ignore[arg-type]
    )
    return TestClient(app)


@pytest.fixture
def client() -> Iterator[TestClient]:
    with make_client() as client:
        yield client
