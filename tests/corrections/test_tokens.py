"""Named tokens: each role may do what the one below may and more; revoked tokens are
refused; only hashes are stored."""

from __future__ import annotations

from application import tokens
from tests.api.conftest import make_client

ARTICLE = {"id": "a1", "published": "2024-02-14", "text": "Hamas delegation arrived. Fine."}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_roles_decide_who_may_ingest_and_who_may_correct():
    with make_client(token=None) as client:
        assert client.post("/articles", json=ARTICLE).status_code == 403  # writes disabled
        parley = client.app.state.parley  # type: ignore[attr-defined]
        admin = tokens.issue(parley, "ops", "admin")
        analyst = tokens.issue(parley, "dana", "analyst")
        assert client.post("/articles", json=ARTICLE, headers=bearer(analyst)).status_code == 403
        assert client.post("/articles", json=ARTICLE, headers=bearer(admin)).status_code == 201
        [event] = client.get("/events").json()["events"]
        url = f"/events/{event['id']}/corrections"
        confirm = {"action": "confirm", "reason": "checked"}
        answer = client.post(url, json=confirm, headers=bearer(analyst))
        assert answer.status_code == 201 and answer.json()["writer"] == "dana"
        assert tokens.revoke(parley, "dana") == 1
        assert client.post(url, json=confirm, headers=bearer(analyst)).status_code == 401
        assert client.post(url, json=confirm, headers=bearer(admin)).json()["writer"] == "ops"
        assert client.post(url, json=confirm, headers=bearer("made-up")).status_code == 401
        stored = b"".join(n.state for n in parley.recorder.select_notifications(0, 1000))
        assert analyst.encode() not in stored and admin.encode() not in stored
        assert [t["revoked"] is not None for t in tokens.listed(parley)] == [False, True]
