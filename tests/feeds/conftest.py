from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import make_client
from tests.feeds.site import Site


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site().start()
    yield served
    served.stop()


@pytest.fixture
def client() -> Iterator[TestClient]:
    with make_client() as client:
        yield client
