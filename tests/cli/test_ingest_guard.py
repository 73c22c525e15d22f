"""`parley ingest` goes on past an article the extractor fails on, naming it."""

from __future__ import annotations

import json

from api.commands.ingest import ingest_all
from application.app import Parley
from application.sources import read_paths
from tests.fakes import FakeExtractor


def test_an_article_the_extractor_fails_on_is_refused_by_line_and_id_and_the_rest_stored(
    tmp_path, capsys
):
    batch = tmp_path / "batch.jsonl"
    lines = [
        {"id": "first", "published": "2024-02-14", "text": "Haniyeh arrived in Cairo."},
        {"id": "broken", "published": "2024-02-14", "text": "Talks went BOOM in Doha."},
        {"id": "last", "published": "2024-02-15", "text": "Hamas demands a ceasefire."},
    ]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines))
    app = Parley(url="memory://", extractor=FakeExtractor(fail_on="BOOM"))

    tally = ingest_all(app, list(read_paths([batch])))

    assert (tally["new"], tally["refused"]) == (2, 1)
    [refusal] = capsys.readouterr().err.splitlines()
    assert refusal.startswith(f"refused: {batch}:2: article 'broken': the extractor failed")
    assert "extractor broke on broken" in refusal
    assert app.article("broken") is None and app.article("last") is not None
