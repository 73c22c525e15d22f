"""The check that follows each kill finds what it looks for: a check that cannot fail proves
nothing. (These call ``check_log`` directly, so the figures count only real attacks.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from application.app import Parley
from domain.article import Article, Extraction, TextDigest
from projections.readside import ReadSide
from tests.torture.support import Torture, check_log, views_equal_a_rebuild


@pytest.fixture
def torture(tmp_path: Path) -> Torture:
    torture = Torture(f"sqlite:///{tmp_path / 'parley.db'}", tmp_path, seed=1)
    torture.seed(3)
    return torture


def verdict_of(torture: Torture):  # type: ignore[no-untyped-def]
    app = torture.app()
    try:
        return check_log(app, torture)
    finally:
        app.close()


def save_by_hand(torture: Torture, *, claim: bool = True, article: bool = True, drop: int = 0):  # type: ignore[no-untyped-def]
    """Saves a new article's records as no Parley would: some left out, or events dropped."""
    (made,) = torture.fresh(1)
    app = torture.app()
    stored = Article(made.article_id, made.published, made.text)
    extraction = Extraction(made.article_id, torture.current.release, made.published)
    findings = torture.current.extract(made.article_id, made.published, made.text)
    assert len(findings) > drop
    for finding in findings[: len(findings) - drop]:
        extraction.record(finding)
    records = [extraction]
    records += [stored] if article else []
    records += [TextDigest(stored.digest, made.article_id)] if claim else []
    app.save(*records)
    app.close()
    return made


def test_a_whole_log_passes(torture):
    verdict = verdict_of(torture)
    assert verdict.ok, verdict.problems
    assert verdict.articles == 3 and verdict.events > 0


def test_an_acknowledged_article_missing_from_the_log_is_lost(torture):
    (never,) = torture.fresh(1)
    torture.acknowledge(never)
    assert verdict_of(torture).lost == [f"acknowledged article {never.article_id!r}"]


def test_an_extraction_with_fewer_events_than_its_release_finds_is_partial(torture):
    made = save_by_hand(torture, drop=1)
    (problem,) = verdict_of(torture).partial
    assert problem.startswith(f"{made.article_id!r} by {torture.current.release}")


def test_an_article_without_its_text_claim_is_partial(torture):
    made = save_by_hand(torture, claim=False)
    assert verdict_of(torture).partial == [f"article {made.article_id!r}: text claimed by []"]


def test_an_extraction_of_an_article_never_stored_is_an_orphan(torture):
    made = save_by_hand(torture, article=False, claim=False)
    assert verdict_of(torture).orphaned == [f"extraction of {made.article_id!r}, not stored"]


def test_an_article_the_active_release_has_not_extracted_is_partial(torture):
    other = torture.next_release()
    (made,) = torture.fresh(1)
    app = Parley(url=torture.url, extractor=other)  # type: ignore[arg-type]
    app.ingest(made)  # stored under a release that is not the active one
    app.close()
    assert any(made.article_id in p and "active" in p for p in verdict_of(torture).partial)


def test_views_missing_a_fact_answer_unlike_a_rebuild(torture):
    app = torture.app()
    live = ReadSide(app)
    live.catch_up()
    assert views_equal_a_rebuild(app)
    facts = live.store.facts_table  # type: ignore[attr-defined]
    last = f"SELECT MAX(position) FROM {facts}"
    assert live.store.db.execute(f"DELETE FROM {facts} WHERE position = ({last})").rowcount == 1  # type: ignore[attr-defined]
    live.close()
    assert not views_equal_a_rebuild(app)
    app.close()
