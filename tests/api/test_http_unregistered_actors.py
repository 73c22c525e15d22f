"""``GET /actors/unregistered``: actors read from the text, with counts and examples."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.deps import Settings
from api.http import create_app
from extraction.pipeline import RuleExtractor
from tests.api.support import AUTH, TOKEN

STORY = (
    "The Sudan Liberation Movement (SLM) rejected the proposal on Friday.\n"
    "The SLM and Sudan agreed to a ceasefire on Saturday.\n"
    "Egypt rejected the plan on Saturday."
)


def test_unregistered_actors_are_listed_with_counts_and_example_sentences():
    app = create_app(
        "memory://",
        extractor=RuleExtractor.load(),
        settings=Settings(token=TOKEN, heartbeat=0.2, poll_interval=0.05),  # type: ignore[arg-type]
    )
    with TestClient(app) as client:
        stored = client.post(
            "/articles", json={"id": "a1", "published": "2025-05-17", "text": STORY}, headers=AUTH
        )
        assert stored.status_code in (200, 201), stored.text
        body = client.get("/actors/unregistered").json()
        (slm,) = body["actors"]
        assert slm["id"] == "sudan_liberation_movement" and slm["unregistered"] is True
        assert slm["events"] >= 2
        assert any("SLM" in e["text"] for e in slm["examples"])
        assert "sudan-sudan_liberation_movement" in slm["negotiations"]
        none = client.get("/actors/unregistered", params={"negotiation": "israel-hamas"}).json()
        assert none == {"actors": []}
        events = client.get("/events").json()["events"]
        flags = {a["id"]: a.get("unregistered", False) for e in events for a in e["actors"]}
        assert flags["sudan_liberation_movement"] is True and flags["egypt"] is False
