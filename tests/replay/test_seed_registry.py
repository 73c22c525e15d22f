"""Done when: on the seeds, adding an alias to a copy of the actor registry and replaying
changes exactly the events that the alias names, the diff shows them, and the old release
is still readable. Uses the real extractor on a copy of its data directory."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from application.app import Parley
from application.diff import content
from application.queries import EventFilter
from application.replay import Replayer, release_diff
from extraction import load_extractor
from tests.replay.support import seed_articles

DATA = Path(__file__).resolve().parents[2] / "extraction" / "data"
ENTRY = 'id = "ismail_haniyeh"\n'
ALIAS = "Haniyeh"  # the seeds' spelling; the registry before the fix knows Haniya and Haniyah


def without_the_alias(data: Path) -> None:
    """The registry as it was before the fix: no 'Haniyeh' spelling."""
    actors = data / "packs" / "gaza" / "actors.toml"
    text = re.sub(r'"(Ismail )?Haniyeh",\s*', "", actors.read_text())
    assert ALIAS not in text, "the registry names Haniyeh in a way this test does not expect"
    actors.write_text(text)


def add_the_alias(data: Path) -> None:
    """The fix, as a user types it: an alias for the full name, and the surname used alone."""
    actors = data / "packs" / "gaza" / "actors.toml"
    text = actors.read_text()
    assert ENTRY in text
    text = text.replace(ENTRY, f'{ENTRY}aliases = ["Ismail {ALIAS}"]\n', 1)
    short = re.compile(r'(id = "ismail_haniyeh"(?:\n[^\[\n].*)*?\nshort = \[)([^\]]*)\]')
    actors.write_text(short.sub(rf'\1\2, "{ALIAS}"]', text, count=1))


def names_haniyeh(item: dict) -> bool:
    return any(a["id"] == "ismail_haniyeh" for a in item["actors"])


def test_an_added_alias_changes_exactly_the_events_that_name_it(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    without_the_alias(data)
    monkeypatch.setenv("PARLEY_EXTRACTION_DATA", str(data))
    before = load_extractor()
    add_the_alias(data)
    after = load_extractor()
    if after.release == before.release:
        pytest.skip("the extractor in the tree does not version its data files yet")

    app = Parley(url="memory://", extractor=before)
    for article in seed_articles():
        app.ingest(article)
    old = [content(p.event) for p in app.catalog_events()]
    app.extractor = after
    preview = Replayer(app).preview()
    report = Replayer(app).run()

    totals = preview.totals
    assert totals["added"] + totals["changed"] > 0, "the alias changed nothing"
    assert totals["removed"] == 0
    assert totals["unchanged"] + totals["changed"] == len(old)
    arrival = "Ismail Haniyeh, the head of Hamas’s political bureau, has arrived in Cairo"
    # Before the alias, the arrival is Hamas's alone (its bureau's head) or not read at all;
    # after it, Haniyeh arrives: an event added or changed.
    assert any(
        e["type"] == "DelegationArrived" and arrival in e["evidence"]["text"] and names_haniyeh(e)
        for a in preview.articles
        for e in [*a.added, *(change.after for change in a.changed)]
    ), preview.as_dict()
    for article in preview.articles:
        for item in article.added:
            assert ALIAS in item["evidence"]["text"] and names_haniyeh(item), item
        for change in article.changed:
            assert ALIAS in change.after["evidence"]["text"], change.as_dict()
            assert names_haniyeh(change.after) and not names_haniyeh(change.before)
    assert report.switched and app.active_release() == after.release
    assert release_diff(app, before.release, after.release) == preview  # the diff shows them

    wanted = EventFilter(extractor=before.version)
    assert [content(p.event) for p in app.catalog_events() if wanted(p.event)] == old
