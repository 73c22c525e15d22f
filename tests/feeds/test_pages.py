"""Web pages as articles: body, title, canonical URL and date from the page itself."""

from __future__ import annotations

import dataclasses
from datetime import date

import orjson
import pytest

from application.app import Parley
from application.articles import InvalidArticle
from application.pages import html_digest, page_article, read_page
from application.sources import SourceError, read_jsonl, read_paths
from domain.article import Article
from tests.feeds.site import PAGES


def page(name: str, url: str | None = None):
    return read_page((PAGES / name).read_bytes(), url)


def test_a_wire_story_keeps_its_body_title_canonical_url_and_date():
    wire = page("wire.html")
    assert wire.published == date(2024, 2, 13)
    assert wire.title == "Egypt hosts new round of ceasefire talks"
    assert wire.url == "https://news.example.org/world/egypt-hosts-new-round-of-talks"
    assert "A Hamas delegation arrived in Cairo on Tuesday" in wire.text
    for noise in ("Sport pages", "cookies", "Related stories", "Reader comment", "Copyright"):
        assert noise not in wire.text
    assert wire.html_digest == html_digest((PAGES / "wire.html").read_bytes())


def test_a_live_blog_entry_is_dated_by_its_time_element():
    entry = page("liveblog.html")
    assert entry.published == date(2024, 3, 3)
    assert entry.text.startswith("Qatar's foreign ministry said on Sunday")
    assert "Newsletters" not in entry.text and "Share this entry" not in entry.text


def test_a_date_only_in_json_ld_is_found():
    assert page("jsonld.html").published == date(2024, 2, 20)


def test_a_date_only_in_the_url_is_found():
    assert page("urldated.html").published is None
    dated = page("urldated.html", "https://example.com/2024/02/14/talks-resume")
    assert dated.published == date(2024, 2, 14)


def test_a_date_line_marked_up_in_the_page_is_found():
    html = (
        (PAGES / "undated.html")
        .read_text()
        .replace("<article>", '<article><p class="byline">Published 9 January 2024</p>')
    )
    assert read_page(html).published == date(2024, 1, 9)


def test_a_page_without_a_date_is_refused_with_that_reason_unless_one_is_given():
    undated = page("undated.html")
    with pytest.raises(InvalidArticle, match="no publication date found in the page"):
        page_article(undated, "bg")
    assert page_article(undated, "bg", published=date(2024, 1, 5)).published == date(2024, 1, 5)


@pytest.mark.parametrize("published", [date(1899, 12, 31), date(2999, 1, 1)])
def test_a_date_outside_1900_to_tomorrow_is_refused(published):
    with pytest.raises(InvalidArticle, match="publication dates run from 1900-01-01 to tomorrow"):
        page_article(page("undated.html"), "bg", published=published)


def test_a_page_with_no_article_text_is_refused():
    with pytest.raises(InvalidArticle, match="no article text found"):
        read_page("<html><head><title>x</title></head><body><script>go()</script></body></html>")


def test_json_lines_take_html_instead_of_text(tmp_path):
    lines = [
        {"id": "w", "html": (PAGES / "wire.html").read_text()},
        {"id": "u", "html": (PAGES / "undated.html").read_text()},
        {"id": "x", "html": "<p>a</p>", "text": "a"},
    ]
    batch = tmp_path / "pages.jsonl"
    batch.write_bytes(b"\n".join(orjson.dumps(line) for line in lines))
    wire, undated, both = list(read_jsonl(batch))
    assert not isinstance(wire, SourceError)
    assert wire.published == date(2024, 2, 13) and wire.html_digest
    assert isinstance(undated, SourceError) and "no publication date" in undated.message
    assert isinstance(both, SourceError) and "not both" in both.message


def test_a_stored_page_keeps_its_html_digest_and_evidence_points_into_its_text():
    parley = Parley(url="memory://")
    article = page_article(page("wire.html"), "wire")
    result = parley.ingest(article)
    stored = parley.article("wire")
    assert stored is not None and stored.html_digest == article.html_digest
    assert result.events
    for positioned in result.events:
        evidence = positioned.event.evidence
        start, end = evidence.span
        assert stored.text[start:end] == evidence.text


def test_articles_stored_before_pages_existed_still_decode():
    parley = Parley(url="memory://")
    old = Article.Ingested(
        originator_id=Article.create_id("old"),
        originator_version=1,
        timestamp=Article.Ingested.create_timestamp(),
        originator_topic="domain.article:Article",
        article_id="old",
        published=date(2024, 1, 1),
        text="Hamas demanded a ceasefire.",
        source=None,
        title=None,
        url=None,
    )
    stored = parley.mapper.to_stored_event(old)
    state = orjson.loads(stored.state)
    for name in ("html_digest", "supersedes"):
        state.pop(name, None)
    parley.recorder.insert_events([dataclasses.replace(stored, state=orjson.dumps(state))])
    article = parley.article("old")
    assert article is not None and article.html_digest is None and article.supersedes is None
    ((_, ingested),) = parley.articles()
    assert ingested.supersedes is None


def test_a_folder_of_pages_reads_each_page_in_name_order(tmp_path):
    for name in ("wire.html", "jsonld.html", "undated.html"):
        (tmp_path / name).write_bytes((PAGES / name).read_bytes())
    reads = list(read_paths([tmp_path]))
    assert [getattr(r, "article_id", None) for r in reads] == ["jsonld", None, "wire"]
    assert isinstance(reads[1], SourceError) and reads[1].where.endswith("undated.html")
