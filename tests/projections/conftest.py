"""The app most read-model tests publish into, and its newsroom: in memory unless a test
names another store with a ``url`` fixture (the contracts run on every backend)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from application.app import Parley
from tests.projections.readside_fakes import FakeExtractor, Newsroom


@pytest.fixture
def url() -> str:
    return "memory://"


@pytest.fixture
def app(url: str) -> Iterator[Parley]:
    app = Parley(url=url, extractor=FakeExtractor())
    yield app
    app.close()


@pytest.fixture
def news(app: Parley) -> Newsroom:
    return Newsroom(app)
