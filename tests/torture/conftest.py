"""Every torture test is slow, and a store under attack is made fresh for each."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from tests.torture.support import Torture


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.slow)
            item.add_marker(pytest.mark.torture)


@pytest.fixture
def torture(request: pytest.FixtureRequest, tmp_path: Path) -> Torture:
    """A store on the backend the test's class names (``url`` fixture), seeded by the test's
    name so a failure replays the same attack."""
    url = request.getfixturevalue("url")
    return Torture(url, tmp_path, seed=zlib.crc32(request.node.nodeid.encode()))
