"""A batch of web pages is stored as one transaction: its articles, their events and each
page's place among the versions of its URL land together or not at all."""

from __future__ import annotations

from datetime import date

import pytest

from application import web
from application.app import ExtractionFailed, Parley
from application.articles import ArticleInput
from domain.feed import PageVersions
from tests.fakes import FakeExtractor

URL = "https://news.example/talks"
DAY = date(2024, 2, 14)


def page(article_id: str, text: str, url: str = URL) -> ArticleInput:
    return ArticleInput(article_id, DAY, text, url=url, html_digest=f"digest-{article_id}")


def versions(app: Parley, url: str = URL) -> list[str]:
    found = web.page_versions(app, url)
    return found.articles if found else []


def test_two_versions_of_a_page_in_one_batch_are_stored_the_later_superseding_the_earlier(
    sqlite_url,
):
    app = Parley(url=sqlite_url, extractor=FakeExtractor())
    first = page("v1", "Hamas delegation arrived in Cairo. Fine.")
    second = page("v2", "Hamas delegation arrived in Doha. Fine.")

    results = web.ingest_batch(app, [first, second])

    assert [r.status for r in results] == ["new", "new"]
    assert versions(app) == ["v1", "v2"]
    stored = app.article("v2")
    assert stored is not None and stored.supersedes == "v1"
    assert app.hidden() == {"v1"}
    app.close()


def test_a_page_updated_since_its_stored_version_supersedes_it_within_a_batch(sqlite_url):
    app = Parley(url=sqlite_url, extractor=FakeExtractor())
    web.ingest(app, page("v1", "Hamas delegation arrived in Cairo. Fine."))

    web.ingest_batch(app, [page("v2", "Hamas delegation arrived in Doha. Fine.")])

    stored = app.article("v2")
    assert stored is not None and stored.supersedes == "v1"
    assert versions(app) == ["v1", "v2"]
    app.close()


def test_a_batch_of_pages_the_extractor_fails_on_stores_no_page_and_no_version(sqlite_url):
    app = Parley(url=sqlite_url, extractor=FakeExtractor(fail_on="Doha"))
    batch = [
        page("v1", "Hamas delegation arrived in Cairo. Fine."),
        page("elsewhere", "Hamas delegation arrived in Doha. Fine.", "https://news.example/b"),
    ]

    with pytest.raises(ExtractionFailed):
        web.ingest_batch(app, batch)

    assert app.max_position() == 0
    assert versions(app) == [] and versions(app, "https://news.example/b") == []
    app.close()


def test_a_page_sent_again_is_a_duplicate_and_its_version_is_recorded_once(sqlite_url):
    app = Parley(url=sqlite_url, extractor=FakeExtractor())
    first = page("v1", "Hamas delegation arrived in Cairo. Fine.")
    web.ingest(app, first)

    again = web.ingest_batch(app, [first])

    assert again[0].status == "duplicate"
    assert versions(app) == ["v1"]
    app.close()


def test_a_page_stored_without_its_version_record_gets_it_when_sent_again(sqlite_url):
    app = Parley(url=sqlite_url, extractor=FakeExtractor())
    first = page("v1", "Hamas delegation arrived in Cairo. Fine.")
    app.ingest(first)  # stored the way a release that saved versions apart could leave it
    assert versions(app) == []

    web.ingest(app, first)

    assert versions(app) == ["v1"]
    assert isinstance(web.page_versions(app, URL), PageVersions)
    app.close()
