"""The web app in headless Chromium on the seeds: timeline, state as of a date, positions,
evidence, live updates, the view in the URL, and nothing fetched from beyond 127.0.0.1."""

from __future__ import annotations

import re
import time

import httpx
import pytest
from playwright.sync_api import expect

from tests.api.support import AUTH

pytestmark = [pytest.mark.slow, pytest.mark.browser]

READY = "body[data-ready=true]"


def open_page(web, query: str = "", **size):
    page = web.page(**size)
    page.goto(f"{web.base}/{query}")
    page.wait_for_selector(READY, timeout=15_000)
    return page


def state_of(page):
    return page.get_by_role("region", name="Negotiation state")


def test_the_page_loads_and_the_timeline_shows_the_seed_events(web):
    page = open_page(web)
    web.shot(page, "01-loaded")

    timeline = page.get_by_role("region", name="Timeline")
    marks = timeline.locator(".mark")
    assert marks.count() >= 20
    # each mark says what, who, where and when in its accessible name
    names = [marks.nth(i).get_attribute("aria-label") for i in range(marks.count())]
    arrival = next(n for n in names if n.startswith("Delegation arrived: Hamas"))
    assert "at Cairo" in arrival and "2023-12-20" in arrival and "2 sources" in arrival
    assert any("expected" in n for n in names)
    first_render = page.evaluate("performance.getEntriesByName('parley-first-render')[0].startTime")
    print(f"first render of the seeds page: {first_render:.0f} ms")
    assert re.search(r"as_of=\d{4}-\d{2}-\d{2}", page.url)
    page.context.close()


def test_a_page_loaded_as_of_december_21_shows_haniyeh_not_barnea(web):
    page = open_page(web, "?as_of=2023-12-21")
    web.shot(page, "02-as-of-2023-12-21")

    state = state_of(page)
    expect(state).to_contain_text("Haniyeh")
    assert "Barnea" not in state.inner_text()
    page.context.close()


def test_the_scrubber_moves_to_february_14_and_shows_the_cairo_round(web):
    page = open_page(web, "?as_of=2023-12-21")
    page.locator("#as-of-range").focus()
    page.keyboard.press("ArrowRight")  # the slider by keyboard: one day on
    expect(page).to_have_url(re.compile(r"as_of=2023-12-22"))
    expect(state_of(page)).to_contain_text("As of 2023-12-22")
    page.fill("#as-of-date", "2024-02-14")
    page.locator("#as-of-date").dispatch_event("change")

    state = state_of(page)
    expect(state).to_contain_text("Round: Cairo")
    for mediator in ("Egypt", "Qatar", "United States"):
        expect(state.locator("dd").first).to_contain_text(mediator)
    expect(state).to_contain_text("Changed since 2023-12-22")
    assert "as_of=2024-02-14" in page.url
    assert page.locator("#as-of-range").input_value() != ""
    web.shot(page, "03-as-of-2024-02-14")

    page.go_back()
    expect(page).to_have_url(re.compile(r"as_of=2023-12-22"))
    # December's Cairo talks were Egypt's alone; Qatar and the US joined February's round.
    expect(state.locator("dd").first).not_to_contain_text("Qatar")
    page.go_forward()
    expect(state.locator("dd").first).to_contain_text("Qatar")
    page.context.close()


def test_as_known_on_a_date_the_state_knows_only_what_was_published_by_then(web):
    page = open_page(web, "?as_of=2024-02-14&known_as_of=2023-12-21")

    state = state_of(page)
    expect(state).to_contain_text("as known on 2023-12-21")
    expect(state).not_to_contain_text("Barnea")  # February's round was not yet reported
    assert page.locator("#known-toggle").is_checked()
    web.shot(page, "04-known-as-of-2023-12-21")
    page.locator("#known-toggle").uncheck()
    expect(page).not_to_have_url(re.compile("known_as_of"))
    expect(state).to_contain_text("Barnea")
    page.context.close()


def test_the_timeline_groups_by_actor(web):
    page = open_page(web, "?as_of=2024-02-14")
    page.select_option("#group", "actor")

    expect(page).to_have_url(re.compile(r"group=actor"))
    labels = page.locator("#timeline .row-label").all_text_contents()
    assert "Hamas" in labels and "Israel" in labels
    web.shot(page, "05-grouped-by-actor")
    page.context.close()


def test_the_positions_matrix_shows_hamas_demanding_a_permanent_ceasefire(web):
    page = open_page(web, "?as_of=2024-02-14")

    cell = page.get_by_role("button", name=re.compile(r"^Hamas demands Permanent Ceasefire"))
    expect(cell).to_have_text("demands")
    cell.click()
    evidence = page.get_by_role("region", name="Evidence")
    # Every report of the stance is evidence: each sentence shown marked, naming Hamas.
    marks = evidence.locator("mark")
    expect(marks.first).to_contain_text("Hamas")
    for i in range(marks.count()):
        expect(marks.nth(i)).to_contain_text("Hamas")
    expect(evidence).to_contain_text("rule ")
    expect(evidence).to_contain_text("published 2023-12-20")
    web.shot(page, "06-positions-evidence")
    page.context.close()


def test_a_timeline_mark_opens_its_evidence_by_keyboard(web):
    page = open_page(web, "?as_of=2024-02-14")
    mark = page.locator(".mark[tabindex='0']")
    first = mark.get_attribute("aria-label")
    mark.focus()
    page.keyboard.press("ArrowRight")
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused and focused != first
    page.keyboard.press("Enter")

    evidence = page.get_by_role("region", name="Evidence")
    expect(evidence.locator("mark").first).to_be_visible()
    web.shot(page, "07-mark-evidence")
    page.context.close()


def test_an_article_posted_with_the_token_appears_on_the_open_page_without_reload(web):
    page = open_page(web, "?as_of=2024-02-20")
    expect(page.locator("#live-status")).to_have_text("live")
    before = page.locator(".mark").count()
    article = {
        "id": "browser-live-1",
        "published": "2024-02-16",
        "title": "Envoys gather",
        # It names a side: the page shows the negotiation it belongs to (one naming only
        # mediators would be `unassigned`, another negotiation's timeline).
        "text": "Hamas negotiators arrived in Cairo on Friday for talks with Qatari and "
        "Egyptian mediators.",
    }

    posted = time.monotonic()
    response = httpx.post(f"{web.base}/articles", json=article, headers=AUTH, timeout=10)
    assert response.status_code == 201, response.text
    expect(page.locator("#live li").first).to_contain_text("Hamas", timeout=3_000)
    expect(page.locator(".mark")).to_have_count(before + 1, timeout=3_000)
    print(f"posted article on the page after {time.monotonic() - posted:.2f} s")
    web.shot(page, "08-live")
    page.context.close()


def test_the_page_is_readable_at_a_phone_width(web):
    page = open_page(web, "?as_of=2024-02-14", width=390, height=844)

    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways: {width} px"
    expect(state_of(page)).to_contain_text("Cairo")
    web.shot(page, "09-phone")
    page.context.close()


def test_the_api_docs_render_offline(web):
    page = web.page()
    page.goto(f"{web.base}/docs")
    expect(page.locator(".swagger-ui .title").first).to_contain_text("Parley", timeout=15_000)
    web.shot(page, "10-docs")
    page.context.close()


ODD_STATES = """async () => {
  const { renderState } = await import("/web/static/state.js");
  const shapes = [
    {as_of: "2024-03-01", status: "agreement", truce: {status: "in_force", since: "2024-03-01",
      until: null, parties: ["israel", "hamas"], terms: {days: 6}},
     round: {venue: "doha", participants: null, mediators: ["qatar"], rounds: 3},
     next_round: {venue: "cairo", expected: "2024-03-10"},
     proposals: [{proposal_id: "p1", summary: null, proposer: null,
       responses: {hamas: "accepted", israel: {response: "rejected", on: "2024-03-02"}}}],
     sticking_points: [{issue: "troop_withdrawal", for: [{actor: "hamas", stance: "demands"}],
       against: []}, "prisoner_numbers"],
     assessments: [{actors: null, assessment: "progress"}], delegations: null,
     venue_changes: 2},
    {as_of: "2024-03-01", status: null, round: null, truce: "none", proposals: "none"},
  ];
  return shapes.map((state) => {
    const el = document.createElement("div");
    el.innerHTML = "";
    renderState(el, state);
    return el.textContent;
  });
}"""


def test_the_state_panel_shows_keys_and_shapes_the_seeds_do_not_have(web):
    page = open_page(web, "?as_of=2024-02-14")

    full, empty = page.evaluate(ODD_STATES)

    for text in (
        "Round: Doha",
        "Next round: Cairo",
        "Qatar",
        "Hamas: accepted",
        "Israel: rejected (2024-03-02)",
        "Troop Withdrawal",
        "Hamas demands",
        "Prisoner Numbers",
        "In force from 2024-03-01",
        "Venue changes",
    ):
        assert text in full, text
    assert "Unknown" in empty and "null" not in full + empty and "undefined" not in full
    page.context.close()


def test_no_request_left_127_0_0_1_and_no_script_failed(web):
    # every page the module opened is recorded; open one more in case this runs alone
    open_page(web, "?as_of=2024-02-14").context.close()
    assert any(url.endswith("/web/static/main.js") for url in web.requests)
    assert web.foreign() == []
    assert web.errors == []
