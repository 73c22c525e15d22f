"""The web app's page, files and aggregated reads, in process (the browser tests drive it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from api.web.app import STATIC
from tests.api.support import AUTH

TEXT = "Haniyeh arrived in Cairo. Hamas demands a permanent ceasefire."


class Links(HTMLParser):
    """Every URL a page loads by itself: scripts, styles, icons, images."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in ("script", "img") and found.get("src"):
            self.urls.append(found["src"] or "")
        if tag == "link" and found.get("href"):
            self.urls.append(found["href"] or "")


def loaded_urls(html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    return parser.urls


def post(client, article_id: str, published: str, text: str = TEXT) -> None:
    article = {"id": article_id, "published": published, "text": text}
    assert client.post("/articles", json=article, headers=AUTH).status_code == 201


def test_the_page_at_the_root_loads_only_files_parley_serves(client):
    page = client.get("/")

    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    urls = loaded_urls(page.text)
    assert any(u.endswith("/main.js") for u in urls) and any(u.endswith(".css") for u in urls)
    for url in urls:
        assert url.startswith("/") or url.startswith("data:"), url
        if url.startswith("/"):
            assert client.get(url).status_code == 200, url


def test_the_page_names_its_regions_for_screen_readers(client):
    html = client.get("/").text

    assert re.search(r'id="state-h"[^>]*>Negotiation state<', html)
    assert re.search(r'id="timeline-h"[^>]*>Timeline<', html)
    assert 'aria-labelledby="state-h"' in html and 'aria-labelledby="timeline-h"' in html


def test_the_page_is_told_every_catalog_event_type_for_the_stream(client):
    html = client.get("/").text

    assert '"DelegationArrived"' in html and "__CATALOG_TYPES__" not in html


def test_every_module_the_scripts_import_is_served_as_javascript(client):
    modules = {"main.js"}
    for path in STATIC.glob("*.js"):
        modules |= set(re.findall(r'from "\./([\w.-]+\.js)"', path.read_text()))
    for module in modules:
        response = client.get(f"/web/static/{module}")
        assert response.status_code == 200, module
        assert "javascript" in response.headers["content-type"], module


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_the_api_docs_load_their_assets_from_parley_not_a_cdn(client, path):
    page = client.get(path)

    assert page.status_code == 200
    urls = loaded_urls(page.text)
    assert urls, page.text
    for url in urls:
        assert url.startswith("/"), url
        assert client.get(url).status_code == 200, url
    assert "cdn" not in page.text.lower() and "fonts.googleapis" not in page.text


def test_density_counts_each_report_once_in_its_stretch_per_type(client):
    post(client, "a1", "2024-02-14")
    post(client, "a2", "2024-03-20", "Haniyeh arrived in Doha.")

    whole = client.get("/web/density", params={"buckets": 10}).json()
    days = client.get(
        "/web/density", params={"from": "2024-02-14", "to": "2024-02-14", "buckets": 5}
    ).json()

    assert whole["reports"] == 3 and whole["last"] == "2024-03-20"
    assert sum(b["reports"] for b in whole["buckets"]) == 3
    assert sum(b["types"].get("DelegationArrived", 0) for b in whole["buckets"]) == 2
    assert days["reports"] == 1 and days["buckets"][0]["types"] == {"DelegationArrived": 1}


def test_density_knows_only_what_was_published_by_known_as_of(client):
    post(client, "a1", "2024-02-14")
    post(client, "a2", "2024-03-20", "Haniyeh arrived in Doha.")

    known = client.get(
        "/web/density",
        params={"from": "2024-02-01", "to": "2024-03-31", "known_as_of": "2024-03-01"},
    ).json()

    assert known["reports"] == 2 and known["known_as_of"] == "2024-03-01"


def test_density_refuses_a_window_that_ends_before_it_starts(client):
    response = client.get("/web/density", params={"from": "2024-03-01", "to": "2024-02-01"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "to"


def test_positions_for_the_matrix_are_every_actors_own_positions(client):
    post(client, "a1", "2024-02-14")
    params = {"as_of": "2024-02-20"}

    answer = client.get("/web/positions", params=params).json()
    hamas = client.get("/actors/hamas/positions", params=params).json()

    assert [p for p in answer["positions"] if p["actor"] == "hamas"] == hamas["positions"]
    held = {(p["actor"], p["issue"]): p for p in answer["positions"]}
    assert held["hamas", "permanent_ceasefire"]["sources"][0]["article"] == "a1"
    before = client.get("/web/positions", params={"as_of": "2024-01-01"}).json()
    assert before["positions"] == []


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed to lint the JS")
def test_the_scripts_parse_as_javascript_modules(tmp_path):
    for path in sorted(STATIC.glob("*.js")):
        module = tmp_path / f"{path.stem}.mjs"  # .mjs: parsed as a module by any Node.js
        module.write_text(path.read_text())
        result = subprocess.run(["node", "--check", str(module)], capture_output=True, text=True)
        assert result.returncode == 0, f"{path.name}: {result.stderr}"
