"""The newsroom most read-model tests publish into: an in-memory app, closed after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from application.app import Parley
from tests.projections.readside_fakes import FakeExtractor, Newsroom


@pytest.fixture
def news() -> Iterator[Newsroom]:
    app = Parley(url="memory://", extractor=FakeExtractor())
    yield Newsroom(app)
    app.close()
