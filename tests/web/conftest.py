from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.web.site import Site


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site().start()
    yield served
    served.stop()
