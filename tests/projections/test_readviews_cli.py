"""``parley state | positions | timeline | changes`` on a SQLite store."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.cli import main
from api.deps import Settings
from api.http import create_app
from application.app import Parley
from projections.readside import NAME, ReadSide
from projections.store import SQLiteViewStore
from tests.projections.readside_fakes import FakeExtractor, Newsroom, d, demand, talks
from tests.projections.test_readside_contract import answers

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(sqlite_url: str) -> str:
    app = Parley(url=sqlite_url, extractor=FakeExtractor())
    news = Newsroom(app)
    news.publish("2023-12-20", demand("2023-12-13", "hamas", "permanent_ceasefire"))
    news.publish(
        "2024-02-14",
        talks("2024-02-13", "cairo", ["egypt", "qatar", "united_states"], ["israel"]),
        dict(
            type="DemandRejected",
            on="2024-02-10",
            subject=["israel"],
            issues=["permanent_ceasefire"],
        ),
    )
    app.close()
    return sqlite_url


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as e:
        code = int(e.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_state_as_json_is_stable_and_complete(db, capsys):
    code, out, _ = run(capsys, "--db", db, "state", "--as-of", "2024-02-14", "--format", "json")
    assert code == 0
    answer = json.loads(out)
    assert answer["status"] == "active"
    assert answer["round"]["mediators"] == ["egypt", "qatar", "united_states"]
    again = run(capsys, "--db", db, "state", "--as-of", "2024-02-14", "--format", "json")[1]
    assert again == out
    assert out.index('"as_of"') < out.index('"status"')  # keys sorted: a stable shape


def test_state_as_a_table_is_readable(db, capsys):
    code, out, _ = run(capsys, "--db", db, "state", "--as-of", "2024-02-14")
    assert code == 0
    assert "active" in out and "cairo" in out and "permanent_ceasefire" in out


def test_positions_of_one_actor(db, capsys):
    code, out, _ = run(
        capsys, "--db", db, "positions", "hamas", "--as-of", "2024-02-14", "--format", "json"
    )
    assert code == 0
    assert [(p["actor"], p["stance"]) for p in json.loads(out)["positions"]] == [
        ("hamas", "demands")
    ]
    code, out, _ = run(capsys, "--db", db, "positions", "--as-of", "2024-02-14")
    assert "israel" in out and "rejects" in out


def test_timeline_and_changes(db, capsys):
    code, out, _ = run(capsys, "--db", db, "timeline", "--from", "2024-01-01", "--format", "json")
    assert code == 0
    assert [e["type"] for e in json.loads(out)] == ["DemandRejected", "TalksOpened"]
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "changes",
        "--from",
        "2023-12-21",
        "--to",
        "2024-02-14",
        "--format",
        "json",
    )
    assert code == 0
    assert json.loads(out)["status"] == {"from": "not_started", "to": "active"}
    code, out, _ = run(capsys, "--db", db, "changes", "--from", "2023-12-21", "--to", "2024-02-14")
    assert code == 0 and "rejects" in out


def test_bad_dates_are_refused_with_a_clear_message(db, capsys):
    code, _, err = run(capsys, "--db", db, "state", "--as-of", "14/02/2024")
    assert code == 2
    assert "'14/02/2024' is not a YYYY-MM-DD date" in err
    code, _, err = run(capsys, "--db", db, "changes", "--from", "2024-03-01", "--to", "2024-02-01")
    assert code == 2
    assert "--from 2024-03-01 is after --to 2024-02-01" in err


KILLED_CATCH_UP = textwrap.dedent(
    """
    import os, sys
    from application.app import Parley
    from projections.readside import NAME, ReadSide
    from projections.store import SQLiteViewStore

    class Dying(SQLiteViewStore):
        # Dies hard in the middle of its third page, after the page's rows are written.
        pages = 0
        def _rows(self, facts):
            Dying.pages += 1
            if Dying.pages == 3:
                os.kill(os.getpid(), 9)
            return super()._rows(facts)

    app = Parley(url=sys.argv[1], extractor=None)
    read = ReadSide(app, store=Dying(NAME, sys.argv[2]), page=2)
    read.catch_up()
    """
)


@pytest.mark.slow
def test_a_catch_up_killed_mid_page_resumes_to_the_same_views(db, tmp_path):
    app = Parley(url=db, extractor=FakeExtractor())
    news = Newsroom(app)
    for month in range(3, 9):
        news.publish(
            f"2024-0{month}-02",
            demand(f"2024-0{month}-01", "hamas", "end_of_war"),
            article=f"later{month}",
        )
    views = str(tmp_path / "parley.views.db")
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_CATCH_UP, db, views],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=60,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    resumed = ReadSide(app)
    assert 0 < resumed.position < app.max_position()  # two pages survived, the third did not
    resumed.catch_up()
    fresh = ReadSide(app, store=SQLiteViewStore(NAME, str(tmp_path / "fresh.db")))
    fresh.catch_up()
    assert answers(resumed) == answers(fresh)
    assert resumed.position == app.max_position()
    assert resumed.state(d("2024-02-14"))["status"] == "active"


def test_parley_state_and_http_state_give_the_same_answer_on_one_store(db, capsys):
    for day in ("2023-12-20", "2024-02-14", "2024-06-01"):
        code, out, _ = run(capsys, "--db", db, "state", "--as-of", day, "--format", "json")
        assert code == 0
        app = create_app(db, extractor=FakeExtractor(), settings=Settings(token=None))
        with TestClient(app) as client:
            served = client.get("/state", params={"as_of": day}).json()
        assert served == json.loads(out), day
        assert {"status", "truce", "round", "next_round", "proposals", "sticking_points"} <= set(
            served
        )
        assert served["truce"]["status"] in (
            "none",
            "agreed",
            "in_force",
            "expired",
            "collapsed",
            "lapsed",
            "unconfirmed",
        )


def test_positions_of_one_actor_as_json_list_issue_and_stance(db, capsys):
    code, out, _ = run(
        capsys, "--db", db, "positions", "israel", "--as-of", "2024-02-14", "--format", "json"
    )
    assert code == 0
    [held] = json.loads(out)["positions"]
    assert (held["issue"], held["stance"]) == ("permanent_ceasefire", "rejects")
