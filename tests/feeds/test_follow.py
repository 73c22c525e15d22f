"""Following feeds: relevant new items in, once; state in the store; updates supersede."""

from __future__ import annotations

import pytest

from application.app import Parley
from application.fetch import Fetcher
from application.follow import Follower, Relevance, feeds, summary
from domain.feed import Feed
from tests.feeds.site import PAGES, Response

WHEN = "Tue, 13 Feb 2024 09:00:00 GMT"


@pytest.fixture
def parley():
    app = Parley(url="memory://")
    yield app
    app.close()


def follower(parley: Parley, relevance: Relevance | None = None) -> Follower:
    fetcher = Fetcher(timeout=0.5, interval=0, retries=1, backoff=0.01)
    return Follower(parley, fetcher, relevance)


def weather_page() -> bytes:
    html = (PAGES / "undated.html").read_text()
    body = (
        "<p>Sunny spells are expected across the north on Saturday with light winds and "
        "temperatures a little above the seasonal average, forecasters said on Friday.</p>"
        "<p>Rain will spread from the west on Sunday evening.</p>"
    )
    start, end = html.index("<article>"), html.index("</article>")
    return (html[:start] + f"<article><h1>Weekend weather</h1>{body}" + html[end:]).encode()


def test_items_without_catalog_events_are_skipped_with_the_reason(site, parley):
    site.page("/news/talks", "wire.html")
    site.routes["/news/weather"] = Response(weather_page())
    url = site.feed("/rss", [("Talks", "/news/talks", WHEN), ("Weather", "/news/weather", WHEN)])
    (report,) = follower(parley).round([url])
    assert report.counts["new"] == 1 and report.counts["skipped"] == 1, report.problems
    assert report.problems == ["skipped: no catalog event found in it"]
    assert [a.url for _, a in parley.articles()] == [
        "https://news.example.org/world/egypt-hosts-new-round-of-talks"
    ]


def test_a_keyword_rule_keeps_only_items_naming_a_keyword(site, parley):
    site.page("/news/talks", "wire.html")
    site.page("/news/plan", "jsonld.html")
    url = site.feed("/rss", [("Talks", "/news/talks", WHEN), ("Plan", "/news/plan", WHEN)])
    (report,) = follower(parley, Relevance(keywords=("Ramadan",))).round([url])
    assert (report.counts["new"], report.counts["skipped"]) == (1, 1)
    assert report.problems == ["skipped: names none of the followed keywords or actors"]


def test_an_actor_rule_keeps_items_about_that_actor(site, parley):
    site.page("/news/talks", "wire.html")
    url = site.feed("/rss", [("Talks", "/news/talks", WHEN)])
    (report,) = follower(parley, Relevance(actors=("jordan",))).round([url])
    assert report.counts["skipped"] == 1
    parley2 = Parley(url="memory://")
    (report,) = follower(parley2, Relevance(actors=("qatar",))).round([url])
    assert report.counts["new"] == 1


def test_everything_keeps_every_item(site, parley):
    site.routes["/news/weather"] = Response(weather_page())
    site.routes["/news/weather"].body = site.routes["/news/weather"].body.replace(
        b"<head>", b'<head><meta property="article:published_time" content="2024-02-10">'
    )
    url = site.feed("/rss", [("Weather", "/news/weather", WHEN)])
    (report,) = follower(parley, Relevance("everything")).round([url])
    assert report.counts["new"] == 1


def test_a_page_without_a_date_takes_the_feeds_date_for_the_item(site, parley):
    site.page("/news/background", "undated.html")
    url = site.feed("/rss", [("Background", "/news/background", "Fri, 09 Feb 2024 07:00:00 GMT")])
    follower(parley, Relevance("everything")).round([url])
    ((_, article),) = parley.articles()
    assert article.published.isoformat() == "2024-02-09"


def test_a_second_round_fetches_the_feed_conditionally_and_stores_nothing(site, parley):
    site.page("/news/talks", "wire.html")
    url = site.feed("/rss", [("Talks", "/news/talks", WHEN)])
    follower(parley).round([url])
    reports = follower(parley).round([url])  # a new follower: the state is in the store
    assert summary(reports).startswith("articles: 0 new, 0 already stored, 0 refused;")
    assert reports[0].outcome == "unchanged"
    assert site.hits["/news/talks"] == 1
    assert "If-None-Match" in site.headers["/rss"]


def test_a_follower_killed_before_marking_an_item_done_does_not_store_it_twice(site, parley):
    site.page("/news/talks", "wire.html")
    url = site.feed("/rss", [("Talks", "/news/talks", WHEN)])
    crashing = follower(parley)
    crashing._done = lambda *args: (_ for _ in ()).throw(KeyboardInterrupt)  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        crashing.round([url])
    assert len(list(parley.articles())) == 1
    (report,) = follower(parley).round([url])
    assert (report.counts["new"], report.counts["duplicate"]) == (0, 1)
    assert len(list(parley.articles())) == 1


def test_an_updated_page_is_stored_as_a_new_article_superseding_the_first(site, parley):
    site.page("/news/talks", "wire.html")
    url = site.feed("/rss", [("Talks", "/news/talks", WHEN)])
    follower(parley).round([url])
    updated = (
        (PAGES / "wire.html")
        .read_bytes()
        .replace(
            b"</article>",
            b"<p>Later on Tuesday Egypt said the talks would resume in Doha.</p></article>",
        )
    )
    site.routes["/news/talks"] = Response(updated)
    site.feed("/rss", [("Talks", "/news/talks", "Tue, 13 Feb 2024 18:00:00 GMT")])
    (report,) = follower(parley).round([url])
    assert report.counts["new"] == 1
    first, second = (article for _, article in parley.articles())
    assert first.url == second.url and first.article_id != second.article_id
    assert second.supersedes == first.article_id and first.supersedes is None


def test_a_feed_that_fails_is_reported_and_recorded(site, parley):
    site.routes["/rss"] = Response(b"<html><body>maintenance</body></html>", status=500)
    site.routes["/notes.xml"] = Response(b"\x89PNG....", "image/png")
    reports = follower(parley).round([site.url("/rss"), site.url("/notes.xml")])
    assert [r.error for r in reports] == [
        "HTTP 500 Internal Server Error",
        "not a feed (content type image/png)",
    ]
    assert [f.last_error for f in feeds(parley)] == [r.error for r in reports]
    assert "feeds: 0 fetched, 0 unchanged, 2 failed" in summary(reports)


def test_an_item_whose_page_times_out_is_tried_again_next_round(site, parley):
    site.routes["/news/slow"] = Response((PAGES / "wire.html").read_bytes(), delay=1.5)
    url = site.feed("/rss", [("Slow", "/news/slow", WHEN)])
    (report,) = follower(parley).round([url])
    assert report.counts["failed"] == 1 and not list(parley.articles())
    site.routes["/news/slow"].delay = 0
    (report,) = follower(parley).round([url])
    assert report.counts["new"] == 1


def test_the_feed_state_is_kept_as_events_in_the_store(site, parley):
    site.page("/news/talks", "wire.html")
    url = site.feed("/rss", [("Talks", "/news/talks", WHEN)])
    follower(parley).round([url])
    feed: Feed = parley.repository.get(Feed.create_id(url))
    assert (
        feed.etag and feed.last_poll and feed.totals == {"new": 1, "events": feed.totals["events"]}
    )
    assert list(feed.done.values()) == ["new"]


def test_an_atom_feed_is_followed_like_rss(site, parley):
    site.page("/news/plan", "jsonld.html")
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>World</title><id>{site.base}/</id><updated>2024-02-20T08:00:00Z</updated>"
        f'<entry><title>Plan</title><id>tag:example,2024:plan</id><link href="/news/plan"/>'
        "<updated>2024-02-20T08:00:00Z</updated></entry></feed>"
    )
    site.routes["/atom.xml"] = Response(atom.encode(), "application/atom+xml")
    (report,) = follower(parley).round([site.url("/atom.xml")])
    assert report.counts["new"] == 1
    ((_, article),) = parley.articles()
    assert article.published.isoformat() == "2024-02-20"


def test_a_stopping_follower_ends_its_round_before_the_next_item(site, parley):
    site.page("/news/talks", "wire.html")
    site.page("/news/plan", "jsonld.html")
    url = site.feed("/rss", [("Talks", "/news/talks", WHEN), ("Plan", "/news/plan", WHEN)])
    stopping = follower(parley)
    stored = stopping._done

    def done_then_stop(*args):
        stored(*args)
        stopping.stopping.set()

    stopping._done = done_then_stop  # type: ignore[method-assign]
    (report,) = stopping.round([url, site.url("/other.xml")])
    assert (report.counts["new"], report.counts["interrupted"]) == (1, 1)
    assert site.hits["/other.xml"] == 0
    (report,) = follower(parley).round([url])  # validators were not kept: the rest comes now
    assert (report.counts["seen"], report.counts["new"]) == (1, 1)


def test_two_items_leading_to_one_canonical_page_store_it_once(site, parley):
    site.page("/world/talks", "wire.html")
    site.page("/amp/talks", "wire.html")
    url = site.feed("/rss", [("Talks", "/world/talks", WHEN), ("Talks", "/amp/talks", WHEN)])
    (report,) = follower(parley).round([url])
    assert (report.counts["new"], report.counts["duplicate"]) == (1, 1)
    assert len(list(parley.articles())) == 1


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("10m", 600), ("1h", 3600), ("5", 5)])
def test_follow_intervals_read_as_durations(text, seconds):
    from api.commands.follow import interval

    assert interval(text) == seconds


@pytest.mark.parametrize("text", ["0m", "ten minutes", "-5s", "1d"])
def test_a_bad_follow_interval_is_refused(text):
    import argparse

    from api.commands.follow import interval

    with pytest.raises(argparse.ArgumentTypeError, match="is not a duration"):
        interval(text)
