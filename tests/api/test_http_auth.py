"""Writes need the bearer token; reads are open."""

from __future__ import annotations

from tests.api.conftest import make_client
from tests.api.support import AUTH

ONE = {"id": "a1", "published": "2024-01-02", "text": "Hamas demands a ceasefire."}


def test_a_write_without_a_token_is_401_with_a_bearer_challenge(client):
    response = client.post("/articles", json=ONE)

    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.headers["content-type"] == "application/problem+json"
    assert client.get("/health").json()["position"] == 0


def test_a_wrong_token_is_401_and_stores_nothing(client):
    for header in ("Bearer wrong", "Bearer", "Basic dGVzdC10b2tlbg==", "test-token"):
        response = client.post("/articles", json=ONE, headers={"Authorization": header})
        assert response.status_code == 401, header
    assert client.get("/articles").json()["articles"] == []


def test_the_right_token_writes(client):
    assert client.post("/articles", json=ONE, headers=AUTH).status_code == 201


def test_the_token_is_checked_before_the_body_is(client):
    response = client.post("/articles", content=b"{not json", headers={"Authorization": "x"})

    assert response.status_code == 401


def test_with_no_token_configured_writes_are_forbidden_and_the_answer_says_how_to_enable_them():
    with make_client(token=None) as client:
        response = client.post("/articles", json=ONE, headers=AUTH)

        assert response.status_code == 403
        assert "PARLEY_API_TOKEN" in response.json()["detail"]
        assert client.get("/events").status_code == 200
