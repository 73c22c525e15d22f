"""Analysts correct the record from the web timeline's evidence view, in headless Chromium on
a real server and store: retract, amend, undo, add, merge actor ids, confirmations flagged,
and refusals shown without a change."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import expect

from application import tokens
from application.app import Parley
from tests.api.support import AUTH
from tests.browser.conftest import browsing

pytestmark = [pytest.mark.slow, pytest.mark.browser]

READY = "body[data-ready=true]"
HAMAS_REJECTS = re.compile(r"^Proposal rejected: Hamas")
BARNEA_SENT = re.compile(r"^Delegation sent: Israel, Mossad, Shin Bet")
# an armed group the actor registry does not list, acting beside Hamas
STRAY = (
    "The Gaza Popular Resistance Front (GPRF) rejected the Israeli proposal on Tuesday, "
    "a spokesman said.\n\nHamas and the GPRF held talks in Cairo on Tuesday."
)
GPRF = "Gaza Popular Resistance Front"


@pytest.fixture(scope="module")
def web(request, tmp_path_factory):
    """The seeds served from a fresh SQLite store holding an analyst's and a reader's tokens."""
    db = f"sqlite:///{tmp_path_factory.mktemp('store') / 'parley.db'}"
    parley = Parley(url=db)
    issued = {"analyst": tokens.issue(parley, "dana", "analyst")}
    issued["reader"] = tokens.issue(parley, "rui", "reader")
    parley.close()
    with browsing(request, tmp_path_factory, db) as web:
        web.tokens = issued  # type: ignore[attr-defined]
        yield web


def open_page(web, token: str | None, query: str = "?as_of=2024-02-14"):
    page = web.page()
    page.goto(f"{web.base}/{query}")
    page.wait_for_selector(READY, timeout=15_000)
    expect(page.locator("#live-status")).to_have_text("live")
    if token:
        page.get_by_label("Token to correct").fill(token)
        page.get_by_role("button", name="Use").click()
        evidence = page.get_by_role("region", name="Evidence")
        expect(evidence).to_contain_text("token set for this tab")
    return page


def select(page, name: re.Pattern[str]):
    """Opens a timeline mark's evidence; answers the evidence region."""
    page.get_by_role("button", name=name).first.click()
    evidence = page.get_by_role("region", name="Evidence")
    expect(evidence.locator("mark").first).to_be_visible()
    return evidence


def corrections(web) -> list[dict]:
    return httpx.get(f"{web.base}/corrections", timeout=10).json()["corrections"]


def state_text(page) -> str:
    return page.get_by_role("region", name="Negotiation state").inner_text()


# Before Hamas's counterproposal of 2024-02-05, its rejection is its latest answer to Israel's plan.
BEFORE_THE_COUNTER = "?as_of=2024-02-03"


def test_a_readers_token_is_refused_with_the_403_and_nothing_changes(web):
    page = open_page(web, web.tokens["reader"], BEFORE_THE_COUNTER)
    expect(page.get_by_role("region", name="Negotiation state")).to_contain_text(
        "Hamas: rejected (2024-02-01)"
    )
    before = corrections(web)
    evidence = select(page, HAMAS_REJECTS)
    evidence.get_by_role("button", name="Retract").click()
    form = evidence.get_by_role("form", name=re.compile("^Retract"))
    form.get_by_label("Reason (required)").fill("not a rejection")
    form.get_by_role("button", name="Retract").click()

    alert = form.get_by_role("alert")
    expect(alert).to_contain_text("403")
    expect(alert).to_contain_text("'rui' is a reader: this needs the analyst role or above")
    web.shot(page, "01-reader-refused")
    assert corrections(web) == before
    assert page.get_by_role("button", name=HAMAS_REJECTS).count() == 1
    assert "Hamas: rejected (2024-02-01)" in state_text(page)
    assert form.get_by_label("Reason (required)").input_value() == "not a rejection"
    page.context.close()


def test_a_refusal_names_its_field_and_marks_the_input(web):
    page = open_page(web, web.tokens["analyst"])
    before = corrections(web)
    evidence = select(page, HAMAS_REJECTS)
    evidence.get_by_role("button", name="Retract").click()
    form = evidence.get_by_role("form", name=re.compile("^Retract"))
    form.get_by_role("button", name="Retract").click()  # no reason given

    expect(form.get_by_role("alert")).to_contain_text("422")
    expect(form.get_by_role("alert")).to_contain_text("(field: reason)")
    expect(form.get_by_label("Reason (required)")).to_have_attribute("aria-invalid", "true")
    expect(form.get_by_label("Reason (required)")).to_be_focused()
    assert corrections(web) == before
    page.context.close()


def test_an_analyst_retracts_an_event_and_it_leaves_the_timeline_and_the_state(web):
    page = open_page(web, web.tokens["analyst"], BEFORE_THE_COUNTER)
    evidence = select(page, HAMAS_REJECTS)
    evidence.get_by_role("button", name="Retract").click()
    form = evidence.get_by_role("form", name=re.compile("^Retract"))
    form.get_by_label("Reason (required)").fill("the proposal it rejects is not Israel's")
    form.get_by_role("button", name="Retract").click()

    expect(page.get_by_role("button", name=HAMAS_REJECTS)).to_have_count(0, timeout=5_000)
    state = page.get_by_role("region", name="Negotiation state")
    expect(state).not_to_contain_text("Hamas: rejected (2024-02-01)")
    expect(evidence).to_contain_text("retracted by an analyst")
    expect(page.locator("#correction-status")).to_contain_text("retract by dana")
    expect(page.locator("#live")).to_contain_text("Correction: retract")
    web.shot(page, "02-retracted")
    [made] = [c for c in corrections(web) if c["action"] == "retract"]
    assert (made["writer"], made["undone"]) == ("dana", None)

    # the history names who, when and why, and the retraction can be undone from it
    evidence.get_by_role("button", name="History").click()
    history = evidence.get_by_role("group", name="History")
    expect(history).to_contain_text("Extracted by rules@")
    expect(history).to_contain_text("Retract by dana")
    expect(history).to_contain_text("the proposal it rejects is not Israel's")
    history.get_by_role("button", name="Undo").click()
    undo = history.get_by_role("form", name=re.compile("^Undo the retract by dana"))
    undo.get_by_label("Reason (required)").fill("it is Israel's after all")
    undo.get_by_role("button", name="Undo").click()

    expect(page.get_by_role("button", name=HAMAS_REJECTS)).to_have_count(1, timeout=5_000)
    expect(state).to_contain_text("Hamas: rejected (2024-02-01)")
    [undone] = [c for c in corrections(web) if c["action"] == "retract"]
    assert undone["undone"]["reason"] == "it is Israel's after all"
    page.context.close()


def test_an_analyst_amends_a_date_and_the_timeline_state_and_evidence_show_it(web):
    page = open_page(web, web.tokens["analyst"])
    expect(page.get_by_role("region", name="Negotiation state")).to_contain_text(
        "David Barnea delegation sent (2024-02-13)"
    )
    evidence = select(page, BARNEA_SENT)
    evidence.get_by_role("button", name="Amend").click()
    form = evidence.get_by_role("form", name=re.compile("^Amend Delegation sent"))
    # prefilled from the event
    expect(form.get_by_label("From", exact=True)).to_have_value("2024-02-13")
    expect(form.get_by_label("Type")).to_have_value("DelegationSent")
    form.get_by_label("From", exact=True).fill("2024-02-12")
    form.get_by_label("To", exact=True).fill("2024-02-12")
    form.get_by_label("Reason (required)").fill("the decision was taken on Monday")
    form.get_by_role("button", name="Amend").click()

    mark = page.get_by_role("button", name=BARNEA_SENT)
    new_date = re.compile(r"2024-02-12 .*corrected by an analyst")
    expect(mark).to_have_attribute("aria-label", new_date)
    expect(mark).to_have_class(re.compile(r"\bcorrected\b"))
    expect(evidence.locator(".event-line")).to_contain_text("2024-02-12")
    expect(evidence).to_contain_text("corrected by an analyst")
    expect(page.get_by_role("region", name="Negotiation state")).to_contain_text(
        "David Barnea delegation sent (2024-02-12)"
    )
    web.shot(page, "03-amended")
    [amended] = [c for c in corrections(web) if c["action"] == "amend"]
    assert amended["changes"] == {
        "occurred": {"start": "2024-02-12", "end": "2024-02-12", "precision": "day"}
    }
    page.context.close()


def test_an_analyst_adds_a_missed_happening_from_an_articles_evidence(web):
    page = open_page(web, web.tokens["analyst"])
    evidence = select(page, re.compile(r"^Appeal made: Egypt, Qatar"))
    evidence.get_by_role("button", name="Add a missed happening from this article").click()
    form = evidence.get_by_role("form", name=re.compile("^Add a happening read in"))
    form.get_by_label("Type").select_option("StatementIssued")
    form.get_by_label("From", exact=True).fill("2024-02-13")
    form.get_by_label("Actors (id:role, …)").fill("qatar:subject")
    form.get_by_label("Reason (required)").fill("Qatar's statement was missed")
    form.get_by_role("button", name="Add").click()

    added = page.get_by_role("button", name=re.compile(r"^Statement issued: Qatar.*added by dana"))
    expect(added).to_have_count(1, timeout=5_000)
    expect(added).to_have_class(re.compile(r"\badded\b"))
    added.click()
    expect(evidence).to_contain_text("added by dana")
    expect(evidence.locator("mark").first).to_contain_text("Egypt and Qatar were trying")
    web.shot(page, "04-added")
    [made] = [c for c in corrections(web) if c["action"] == "add"]
    evidence_sent = made["changes"]["evidence"]
    assert evidence_sent["text"].startswith("He said Egypt and Qatar were trying")
    assert evidence_sent["span"][1] - evidence_sent["span"][0] == len(evidence_sent["text"])
    page.context.close()


def test_an_analyst_merges_an_unregistered_actor_into_a_known_one_and_undoes_it(web):
    stored = httpx.post(
        f"{web.base}/articles",
        json={"id": "stray-front", "published": "2024-02-14", "text": STRAY},
        headers=AUTH,
        timeout=30,
    )
    assert stored.status_code == 201, stored.text
    [negotiation] = {e["negotiation"] for e in stored.json()["results"][0]["events"]}
    page = open_page(web, web.tokens["analyst"], f"?negotiation={negotiation}&as_of=2024-02-14")
    evidence = select(page, re.compile(rf"^Proposal rejected: {GPRF}"))
    chip = evidence.get_by_role("group", name=f"{GPRF} (subject, unregistered)")
    chip.get_by_role("button", name="Merge into…").click()
    form = evidence.get_by_role("form", name=f"Merge {GPRF} into another actor id")
    into = form.get_by_label("Into (actor id)")
    expect(into).to_be_focused()
    offered = form.locator("datalist option").evaluate_all("options => options.map(o => o.value)")
    assert {"hamas", "israel"} <= set(offered) and "gaza_popular_resistance_front" not in offered

    # no target: the server's 422 names the field, and nothing is recorded
    before = corrections(web)
    form.get_by_label("Reason (required)").fill("the front is Hamas' armed wing under a cover name")
    form.get_by_role("button", name="Merge").click()
    expect(form.get_by_role("alert")).to_contain_text("(field: into)")
    expect(into).to_have_attribute("aria-invalid", "true")
    assert corrections(web) == before

    into.fill("hamas")
    form.get_by_role("button", name="Merge").click()
    expect(page.locator("#correction-status")).to_contain_text(
        "dana merged gaza_popular_resistance_front into hamas"
    )
    expect(evidence.get_by_role("group", name="Hamas (subject)").first).to_be_visible()
    expect(evidence.get_by_role("group", name=re.compile(GPRF))).to_have_count(0)
    expect(evidence).to_contain_text("corrected by an analyst")
    merged = page.get_by_role("button", name=re.compile(r"^Proposal rejected: Hamas.*corrected"))
    expect(merged).to_have_count(1, timeout=5_000)
    web.shot(page, "05-merged")
    [made] = [c for c in corrections(web) if c["action"] == "merge"]
    assert made["changes"] == {"from": "gaza_popular_resistance_front", "into": "hamas"}

    # the event's history lists the merge, and undoing it brings the actor back
    evidence.get_by_role("button", name="History").first.click()
    history = evidence.get_by_role("group", name="History")
    expect(history).to_contain_text("Merge by dana")
    expect(history).to_contain_text(f"{GPRF} reads as Hamas")
    history.get_by_role("button", name="Undo").click()
    undo = history.get_by_role("form", name=re.compile("^Undo the merge by dana"))
    undo.get_by_label("Reason (required)").fill("a separate group after all")
    undo.get_by_role("button", name="Undo").click()
    expect(evidence.get_by_role("group", name=re.compile(GPRF)).first).to_be_visible()
    stray = page.get_by_role("button", name=re.compile(rf"^Proposal rejected: {GPRF}"))
    expect(stray).to_have_count(1, timeout=5_000)
    [undone] = [c for c in corrections(web) if c["action"] == "merge"]
    assert undone["undone"]["reason"] == "a separate group after all"
    page.context.close()


def test_another_analysts_confirmation_is_flagged_from_the_timeline_without_reading_the_event(
    web,
):
    params = {"type": "DelegationArrived", "actor": "turkey", "raw": "true"}
    [event] = httpx.get(f"{web.base}/events", params=params, timeout=10).json()["events"]
    confirm = {"action": "confirm", "reason": "the ministry's own statement says so"}
    answer = httpx.post(
        f"{web.base}/events/{event['id']}/corrections", json=confirm, headers=AUTH, timeout=10
    )
    assert answer.status_code == 201, answer.text

    page = open_page(web, web.tokens["analyst"])
    asked = len(web.requests)
    mark = page.get_by_role("button", name=re.compile(r"^Delegation arrived: Turkey"))
    expect(mark).to_have_attribute("aria-label", re.compile(r"confirmed by admin\)$"))
    evidence = select(page, re.compile(r"^Delegation arrived: Turkey"))
    expect(evidence.locator(".flag.confirmed")).to_have_text("confirmed by admin")
    web.shot(page, "06-confirmed")
    assert not [url for url in web.requests[asked:] if f"/events/{event['id']}" in url]
    page.context.close()


def test_the_token_stays_in_the_tab_and_never_in_a_url(web):
    page = open_page(web, web.tokens["analyst"])
    stored = page.evaluate("[sessionStorage.getItem('parley-token'), localStorage.length]")
    assert stored == [web.tokens["analyst"], 0]
    assert page.get_by_label("Token to correct").input_value() == ""
    page.get_by_role("button", name="Forget").click()
    assert page.evaluate("sessionStorage.getItem('parley-token')") is None
    page.context.close()

    # every request of every page this module opened, writes included
    assert any("/corrections" in url for url in web.requests)
    for token in web.tokens.values():
        assert not [url for url in web.requests if token in url]
    assert web.foreign() == []
    assert web.errors == []
