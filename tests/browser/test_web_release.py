"""A replay's release switch reaches an open page, which shows the new release's answers."""

from __future__ import annotations

import json
from datetime import date

import httpx
import pytest
from playwright.sync_api import expect

from application.app import Parley
from application.articles import ArticleInput
from tests.api.support import AUTH
from tests.browser.conftest import browsing
from tests.conftest import SEEDS
from tests.fakes import FakeExtractor

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture(scope="module")
def web(request, tmp_path_factory):
    """The seeds stored by an older (fake) release; the server's extractor is the real one."""
    db = f"sqlite:///{tmp_path_factory.mktemp('store') / 'parley.db'}"
    parley = Parley(url=db, extractor=FakeExtractor())
    for entry in json.loads((SEEDS / "manifest.json").read_text())["articles"]:
        text = (SEEDS / entry["file"]).read_text()
        parley.ingest(ArticleInput(entry["id"], date.fromisoformat(entry["published"]), text))
    parley.close()
    with browsing(request, tmp_path_factory, db, load=False) as web:
        yield web


def test_a_release_switch_refreshes_the_open_page(web):
    page = web.page()
    page.goto(f"{web.base}/?as_of=2024-02-14")
    page.wait_for_selector("body[data-ready=true]", timeout=15_000)
    state = page.get_by_role("region", name="Negotiation state")
    expect(state).to_contain_text("fake@1.0.0")
    expect(page.locator("#live-status")).to_have_text("live")
    web.shot(page, "01-old-release")

    response = httpx.post(f"{web.base}/replay", headers=AUTH, timeout=10)

    assert response.status_code == 202, response.text
    expect(page.locator("#live")).to_contain_text("Release switched", timeout=30_000)
    expect(state).to_contain_text("rules@", timeout=5_000)
    expect(state).to_contain_text("Round: Cairo")
    web.shot(page, "02-switched")
    assert web.foreign() == [] and web.errors == []
    page.context.close()
