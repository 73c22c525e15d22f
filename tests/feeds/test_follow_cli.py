"""The bar, as users run it: ``parley follow URL --once`` against a local site, twice."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.cli.test_serve import free_port, wait_for_health
from tests.conftest import ROOT
from tests.feeds.site import PAGES, Site

pytestmark = pytest.mark.slow

NAVIGATION = (
    "Home",
    "World section",
    "Sport pages",
    "Cookie",
    "cookies",
    "Related stories",
    "Reader comment",
    "Copyright",
    "Subscribe today",
    "Front page",
    "Newsletters",
)


def parley(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def three_page_feed(site: Site) -> str:
    site.page("/world/egypt-hosts-talks", "wire.html")
    site.page("/live/gaza-talks-doha", "liveblog.html")
    site.page("/2024/02/14/talks-resume", "urldated.html")
    return site.feed(
        "/world/rss.xml",
        [
            ("Egypt hosts talks", "/world/egypt-hosts-talks", "Tue, 13 Feb 2024 09:00:00 GMT"),
            ("Live: talks", "/live/gaza-talks-doha", "Sun, 03 Mar 2024 11:00:00 GMT"),
            ("Talks resume", "/2024/02/14/talks-resume", "Wed, 14 Feb 2024 10:00:00 GMT"),
        ],
    )


def test_following_a_feed_stores_its_pages_with_their_dates_once(site, sqlite_url):
    feed = three_page_feed(site)
    first = parley("--db", sqlite_url, "follow", feed, "--once", "--interval", "0")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("articles: 3 new, 0 already stored, 0 refused; events stored: ")
    second = parley("--db", sqlite_url, "follow", feed, "--once", "--interval", "0")
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("articles: 0 new, 0 already stored, 0 refused; ")
    assert "1 unchanged" in second.stdout
    listed = parley("--db", sqlite_url, "articles", "--format", "jsonl", "--text")
    articles = [json.loads(line) for line in listed.stdout.splitlines()]
    dates = {a["url"]: a["published"] for a in articles}
    assert dates == {
        "https://news.example.org/world/egypt-hosts-new-round-of-talks": "2024-02-13",
        "https://live.example.net/live/gaza-talks-doha/entry-42": "2024-03-03",
        site.url("/2024/02/14/talks-resume"): "2024-02-14",
    }
    for article in articles:
        assert article["length"] == len(article["text"]) > 200
        assert not [word for word in NAVIGATION if word in article["text"]], article["text"]


def test_a_saved_page_is_ingested_with_its_own_date(sqlite_url):
    out = parley("--db", sqlite_url, "ingest", str(PAGES / "wire.html"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("articles: 1 new, 0 already stored, 0 refused")
    listed = parley("--db", sqlite_url, "articles", "--format", "jsonl")
    (article,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert article["id"] == "wire"
    assert article["published"] == "2024-02-13"
    assert article["title"] == "Egypt hosts new round of ceasefire talks"
    assert "text" not in article


def test_a_page_without_a_date_is_refused_unless_one_is_given(sqlite_url, tmp_path: Path):
    page = str(PAGES / "undated.html")
    refused = parley("--db", sqlite_url, "ingest", page)
    assert refused.returncode == 1
    assert "undated.html: no publication date found in the page" in refused.stderr
    dated = parley("--db", sqlite_url, "ingest", page, "--published", "2024-02-01")
    assert dated.returncode == 0, dated.stderr
    table = parley("--db", sqlite_url, "articles")
    assert "2024-02-01" in table.stdout and "undated" in table.stdout


def test_a_server_follows_its_feed_list_and_shows_each_feed_on_get_feeds(site, tmp_path):
    feed = three_page_feed(site)
    broken = site.url("/missing/rss.xml")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# world news\n{feed}\n\n{broken}  # gone\n")
    port = free_port()
    command = [sys.executable, "-m", "api.cli", "--db", f"sqlite:///{tmp_path}/p.db", "serve"]
    command += ["--port", str(port), "--feeds", str(feeds), "--every", "1h"]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(base, server)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            listed = httpx.get(f"{base}/feeds", timeout=10).json()["feeds"]
            if all(f["last_poll"] for f in listed):
                break
            time.sleep(0.3)
        by_url = {f["url"]: f for f in listed}
        assert by_url[feed]["counts"]["new"] == 3 and by_url[feed]["last_error"] is None
        assert by_url[feed]["items"] == 3 and by_url[feed]["configured"]
        assert by_url[broken]["last_error"] == "HTTP 404 Not Found"
        articles = httpx.get(f"{base}/articles", timeout=10).json()["articles"]
        assert sorted(a["published"] for a in articles) == [
            "2024-02-13",
            "2024-02-14",
            "2024-03-03",
        ]
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_ingesting_urls_fetches_each_page_and_names_each_failure(site, sqlite_url):
    from tests.feeds.site import Response

    good = site.page("/2024/02/14/talks-resume", "urldated.html")
    site.routes["/report.pdf"] = Response(b"%PDF-1.4", "application/pdf")
    out = parley("--db", sqlite_url, "ingest", good, site.url("/gone"), site.url("/report.pdf"))
    assert out.returncode == 1
    assert out.stdout.startswith("articles: 1 new, 0 already stored, 2 refused")
    assert f"refused: {site.url('/gone')}: HTTP 404 Not Found" in out.stderr
    assert "not a web page (content type application/pdf)" in out.stderr
    listed = parley("--db", sqlite_url, "articles", "--format", "jsonl")
    (article,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert article["published"] == "2024-02-14" and article["url"] == good
    assert article["id"].startswith("127.0.0.1:")
    again = parley("--db", sqlite_url, "ingest", good)
    assert again.stdout.startswith("articles: 0 new, 1 already stored, 0 refused")
