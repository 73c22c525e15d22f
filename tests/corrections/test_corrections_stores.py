"""The corrected read side on every store: a retraction and an amendment show in the state,
and a correction made by another process is seen after catching up."""

from __future__ import annotations

from datetime import date

import pytest

from application import corrections
from application.app import Parley
from application.articles import ArticleInput
from application.export import export_record
from projections import ReadSide
from tests.fakes import FakeExtractor

TEXT = "Hamas delegation arrived in Cairo. Hamas demands a ceasefire. Fine."


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def url(request: pytest.FixtureRequest) -> str:
    if request.param == "memory":
        return "memory://"
    return request.getfixturevalue(f"{request.param}_url")


def test_the_read_side_answers_the_corrected_record_on_every_store(url):
    app = Parley(url=url, extractor=FakeExtractor())
    app.ingest(ArticleInput("a1", date(2024, 2, 14), TEXT))
    read = ReadSide(app)
    read.catch_up()
    arrived, demanded = (export_record(p.position, p.event) for p in app.catalog_events())
    as_of = date(2024, 2, 20)
    before = read.timeline(None, None)
    assert {e["type"] for e in before} == {"DelegationArrived", "DemandStated"}

    corrections.correct(app, arrived["id"], "retract", "no arrival", "dana")
    changes = {"occurred": {"start": "2024-02-16", "end": "2024-02-16"}}
    corrections.correct(app, demanded["id"], "amend", "later", "omar", changes)
    read.catch_up()
    after = read.timeline(None, None)
    assert [e["type"] for e in after] == ["DemandStated"]
    assert after[0]["occurred"]["start"] == "2024-02-16"
    assert after[0]["sources"][0]["corrected"] is True
    assert read.positions("hamas", date(2024, 2, 15))["positions"] == []
    assert read.positions("hamas", as_of)["positions"]
    assert len(read.timeline(None, None, raw=True)) == 2
    read.close()
    app.close()
