"""Fetching pages politely and within limits: one clear error per way a site misbehaves."""

from __future__ import annotations

import pytest

from application.fetch import FEED_TYPES, HTML_TYPES, USER_AGENT, Fetcher, FetchError
from tests.feeds.site import Response


@pytest.fixture
def fetcher():
    client = Fetcher(timeout=0.5, interval=0, retries=1, backoff=0.01, max_bytes=20_000)
    yield client
    client.close()


def test_a_page_is_fetched_with_a_user_agent_naming_parley(site, fetcher):
    url = site.page("/a", "wire.html")
    fetched = fetcher.get(url)
    assert fetched.status == 200 and b"Egypt hosts" in fetched.body
    assert site.headers["/a"]["User-Agent"] == USER_AGENT
    assert "Parley" in USER_AGENT


def test_redirects_are_followed_to_the_final_url(site, fetcher):
    site.page("/new", "wire.html")
    site.routes["/old"] = Response(status=301, location="/new")
    assert fetcher.get(site.url("/old")).url == site.url("/new")


def test_a_redirect_loop_is_an_error_saying_so(site, fetcher):
    site.routes["/loop"] = Response(status=302, location="/loop")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.get(site.url("/loop"))


def test_a_slow_page_times_out_after_retries(site, fetcher):
    site.routes["/slow"] = Response(b"<p>late</p>", delay=2)
    with pytest.raises(FetchError, match=r"timed out \(after 0.5 s\)"):
        fetcher.get(site.url("/slow"))
    assert site.hits["/slow"] == 2  # the first try and one retry


def test_a_server_error_is_retried_with_backoff_then_reported(site, fetcher):
    site.routes["/down"] = Response(b"oops", status=503)
    with pytest.raises(FetchError, match="HTTP 503"):
        fetcher.get(site.url("/down"))
    assert site.hits["/down"] == 2


def test_a_missing_page_is_reported_at_once(site, fetcher):
    with pytest.raises(FetchError, match="HTTP 404 Not Found"):
        fetcher.get(site.url("/nothing"))
    assert site.hits["/nothing"] == 1


def test_a_broken_response_is_an_error(site, fetcher):
    site.routes["/cut"] = Response(b"<p>" + b"x" * 5000 + b"</p>", cut=True)
    with pytest.raises(FetchError, match="broken response"):
        fetcher.get(site.url("/cut"))


def test_an_oversized_page_is_refused(site, fetcher):
    site.routes["/big"] = Response(b"<p>" + b"x" * 50_000 + b"</p>")
    with pytest.raises(FetchError, match="larger than 20000 bytes"):
        fetcher.get(site.url("/big"))


def test_a_file_that_is_not_a_web_page_is_refused(site, fetcher):
    site.routes["/report.pdf"] = Response(b"%PDF-1.4", "application/pdf")
    with pytest.raises(FetchError, match=r"not a web page \(content type application/pdf\)"):
        fetcher.get(site.url("/report.pdf"), HTML_TYPES)


def test_robots_txt_is_respected(site, fetcher):
    site.routes["/robots.txt"] = Response(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    site.page("/private/a", "wire.html")
    with pytest.raises(FetchError, match=r"robots.txt of this site disallows"):
        fetcher.get(site.url("/private/a"))
    assert site.hits["/private/a"] == 0


def test_a_conditional_request_answers_not_modified(site, fetcher):
    url = site.feed("/rss", [])
    first = fetcher.get(url, FEED_TYPES)
    assert first.etag and first.last_modified
    again = fetcher.get(url, FEED_TYPES, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified
    assert site.headers["/rss"]["If-None-Match"] == first.etag


def test_requests_to_one_host_keep_the_politeness_interval(site):
    waits: list[float] = []
    now = [100.0]
    polite = Fetcher(interval=2.0, sleep=waits.append, clock=lambda: now[0])
    site.page("/a", "wire.html")
    try:
        polite.get(site.url("/a"))  # robots.txt, then the page
        polite.get(site.url("/a"))
    finally:
        polite.close()
    assert waits == [2.0, 2.0]


def test_only_http_urls_are_fetched(fetcher):
    with pytest.raises(FetchError, match="not an http"):
        fetcher.get("file:///etc/passwd")
