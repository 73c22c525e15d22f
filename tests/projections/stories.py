"""Stories written for tests, told as articles by publication day, read through the real
extractor into an in-memory store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from projections.readside import ReadSide
from tests.projections.readside_fakes import ingested


@contextmanager
def read_side_of(story: dict[str, str], folder: Path, prefix: str = "t") -> Iterator[ReadSide]:
    """A caught-up read side of the story's articles (one per publication day), written to
    `folder` as a manifest and its texts, then ingested as a user would."""
    articles = []
    for n, (published, text) in enumerate(story.items(), 1):
        name = f"{prefix}{n:02d}"
        (folder / f"{name}.txt").write_text(text + "\n")
        articles.append({"id": name, "file": f"{name}.txt", "published": published})
    (folder / "manifest.json").write_text(json.dumps({"articles": articles}))
    read = ingested(folder)
    try:
        yield read
    finally:
        read.app.close()


def story_side(story: dict[str, str], prefix: str) -> Any:
    """A module's ``side`` fixture: a read side of the story, shared by the module's tests."""

    @pytest.fixture(scope="module")
    def side(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReadSide]:
        with read_side_of(story, tmp_path_factory.mktemp("story"), prefix=prefix) as read:
            yield read

    return side


def sticking_points(side: ReadSide, day: date, negotiation: str) -> dict[str, dict]:
    """The negotiation's sticking points on ``day``, by issue."""
    found = side.state(day, negotiation=negotiation)["sticking_points"]
    return {p["issue"]: p for p in found}
