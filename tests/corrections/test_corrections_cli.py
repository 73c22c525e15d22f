"""The command line corrects the record, lists corrections, shows an event's history, manages
tokens, and reads the corrected record unless --raw."""

from __future__ import annotations

import json
from datetime import date

import pytest

from api.cli import main
from application import corrections
from application.app import Parley
from application.articles import ArticleInput
from application.export import export_record
from application.replay import Replayer
from tests.replay.support import AliasExtractor, seed_articles

REJECTION = "rejection of Hamas' ceasefire counterproposal"


def run(capsys, *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_corrections_from_the_command_line(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'parley.db'}"
    app = Parley(url=db)
    for article in seed_articles():
        app.ingest(article)
    [rejection] = [
        export_record(p.position, p.event)
        for p in app.catalog_events()
        if REJECTION in p.event.evidence.text
    ]
    app.close()

    said = run(
        capsys, "--db", db, "correct", "retract", rejection["id"], "--reason", "dup", "--as", "dana"
    )
    assert said.startswith("retract ") and "by dana" in said
    state = json.loads(
        run(capsys, "--db", db, "state", "--as-of", "2024-05-01", "--format", "json")
    )
    cited = [s["evidence"] for p in state["proposals"] for s in p["sources"]]
    assert not any(REJECTION in s for s in cited)
    raw = json.loads(
        run(capsys, "--db", db, "state", "--as-of", "2024-05-01", "--format", "json", "--raw")
    )
    assert any(REJECTION in s["evidence"] for p in raw["proposals"] for s in p["sources"])

    history = json.loads(run(capsys, "--db", db, "history", rejection["id"], "--format", "json"))
    assert history["corrected"] is None and history["corrections"][0]["writer"] == "dana"
    listed = json.loads(run(capsys, "--db", db, "corrections", "--format", "json"))
    assert [c["events"] for c in listed["attached"]] == [[rejection["id"]]]

    with pytest.raises(SystemExit) as exited:
        main(
            [
                "--db",
                db,
                "correct",
                "amend",
                rejection["id"],
                "--occurred",
                "2024-13-01",
                "--reason",
                "x",
            ]
        )
    assert exited.value.code == 2
    assert "changes.occurred.start" in capsys.readouterr().err
    out = run(capsys, "--db", db, "tokens", "add", "omar", "--role", "analyst")
    token = out.strip().splitlines()[-1]
    assert len(token) >= 32 and " " not in token
    assert "omar" in run(capsys, "--db", db, "tokens", "list")
    assert token not in run(capsys, "--db", db, "tokens", "list")
    assert "revoked 1" in run(capsys, "--db", db, "tokens", "revoke", "omar")


def test_diff_shows_corrections_reattached_and_orphaned(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'parley.db'}"
    app = Parley(url=db, extractor=AliasExtractor())
    text = "Hamas delegation arrived in Cairo. Israel rejected the proposal."
    app.ingest(ArticleInput("a1", date(2024, 2, 14), text))
    arrived, rejected = (export_record(p.position, p.event) for p in app.catalog_events())
    kept = corrections.correct(app, arrived["id"], "confirm", "seen", "dana")
    lost = corrections.correct(app, rejected["id"], "retract", "misread", "dana")
    app.extractor = AliasExtractor("2.0.0", aliases={"Hamas": "hamas"})
    Replayer(app).run()
    app.close()

    out = run(capsys, "--db", db, "diff", "alias@1.0.0", "alias@2.0.0")
    assert "1 re-attached, 1 orphaned" in out
    found = json.loads(
        run(capsys, "--db", db, "diff", "alias@1.0.0", "alias@2.0.0", "--format", "json")
    )
    assert [c["id"] for c in found["corrections"]["attached"]] == [kept.id]
    assert [c["id"] for c in found["corrections"]["orphaned"]] == [lost.id]
