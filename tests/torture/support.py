"""The torture suite's material: a store under attack, its releases, hard kills, and the
invariant check of the whole log that follows each kill."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

import orjson

from application.app import Parley
from application.articles import ArticleInput
from domain.article import ActiveRelease, Article, Extraction, TextDigest, text_digest
from domain.events import CatalogEvent
from extraction.pipeline import RuleExtractor
from projections.readside import NAME, ReadSide
from projections.store import SQLiteViewStore
from tests.projections.test_readside_contract import answers
from tests.replay.support import generated_articles
from tests.torture import figures

ROOT = Path(__file__).resolve().parents[2]
PACKAGED_DATA = ROOT / "extraction" / "data"
DATA_ENV = "PARLEY_EXTRACTION_DATA"

# A normal run kills each process once per store; PARLEY_TORTURE=long (a release) 25 times,
# 200 kills over both stores; PARLEY_TORTURE_ROUNDS=N says exactly.
LONG = os.environ.get("PARLEY_TORTURE", "").lower() == "long"
ROUNDS = int(os.environ.get("PARLEY_TORTURE_ROUNDS") or (25 if LONG else 1))


def parley_command(url: str, *argv: str) -> list[str]:
    return [sys.executable, "-m", "api.cli", "--db", url, *argv]


class Torture:
    """A store under attack: its URL, the release its processes extract with, the articles
    acknowledged so far (which must never be lost), and a seeded random source."""

    def __init__(self, url: str, workdir: Path, seed: int) -> None:
        self.url = url
        self.workdir = workdir
        self.rng = random.Random(seed)
        self.data = PACKAGED_DATA
        self.extractors: dict[str, RuleExtractor] = {}
        self.current = self._extractor(self.data)
        self.acknowledged: dict[str, str] = {}  # id -> digest of the text stored under it
        self.made = 0
        self.releases = 0
        self.expected_counts: dict[tuple[str, str], int] = {}

    # Releases

    def _extractor(self, data: Path) -> RuleExtractor:
        extractor = RuleExtractor.load(data)
        self.extractors[extractor.release] = extractor
        return extractor

    def next_release(self) -> RuleExtractor:
        """A new release: the data files with one comment more (the data hash changes)."""
        self.releases += 1
        data = self.workdir / f"data-{self.releases}"
        shutil.copytree(self.data, data)
        toml = data / "actors.toml"
        toml.write_text(toml.read_text() + f"\n# torture release {self.releases}\n")
        self.data = data
        self.current = self._extractor(data)
        return self.current

    @property
    def env(self) -> dict[str, str]:
        """The environment of a ``parley`` process extracting with the current release."""
        return {**os.environ, DATA_ENV: str(self.data), "PYTHONPATH": str(ROOT)}

    def app(self, extractor: RuleExtractor | None = None) -> Parley:
        return Parley(url=self.url, extractor=extractor or self.current)  # type: ignore[arg-type]

    # Articles

    def fresh(self, count: int) -> list[ArticleInput]:
        """Articles never made before in this store's run."""
        made = list(generated_articles(self.made + count, sentences_each=8))[self.made :]
        self.made += count
        return made

    def seed(self, count: int) -> None:
        app = self.app()
        try:
            for result in app.ingest_batch(self.fresh(count)):
                assert result.status == "new"
            self.acknowledge_stored(app)
        finally:
            app.close()

    def acknowledge(self, article: ArticleInput) -> None:
        self.acknowledged[article.article_id] = text_digest(article.text)

    def acknowledge_stored(self, app: Parley) -> None:
        for _, ingested in app.articles():
            self.acknowledged[ingested.article_id] = text_digest(ingested.text)

    def expected_count(self, article: Article.Ingested, release: str) -> int:
        """How many events the release finds in the article (computed once)."""
        key = (article.article_id, release)
        if key not in self.expected_counts:
            extractor = self.extractors[release]
            found = extractor.extract(article.article_id, article.published, article.text)
            self.expected_counts[key] = len(found)
        return self.expected_counts[key]

    # The check

    def check(self, *, views: bool = True) -> Verdict:
        """Checks the whole log and the views; adds what it found to the figures."""
        app = self.app()
        try:
            verdict = check_log(app, self)
            if views:
                verdict.views_differ = not views_equal_a_rebuild(app)
        finally:
            app.close()
        figures.add(
            lost=len(verdict.lost),
            duplicated=len(verdict.duplicated),
            partial=len(verdict.partial),
            orphaned=len(verdict.orphaned),
            views_unlike_a_rebuild=int(verdict.views_differ),
        )
        return verdict


@dataclass
class Verdict:
    """What the check of a whole log found; ``ok`` when nothing is wrong."""

    articles: int = 0
    events: int = 0
    positions: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)
    views_differ: bool = False

    @property
    def problems(self) -> dict[str, Any]:
        found = {
            name: value[:10]
            for name in ("positions", "lost", "duplicated", "partial", "orphaned")
            if (value := getattr(self, name))
        }
        if self.views_differ:
            found["views"] = "the live views answer unlike a rebuild from zero"
        return found

    @property
    def ok(self) -> bool:
        return not self.problems


def check_log(app: Parley, torture: Torture) -> Verdict:
    """Reads the whole log: positions unique and increasing (and gap-free on SQLite), every
    acknowledged article stored once with its text claim, every extraction whole and
    belonging to a stored article, every article extracted by the active release."""
    verdict = Verdict()
    log = _whole_log(app)
    _check_positions(app, [position for position, _ in log], verdict)
    versions: dict[UUID, list[int]] = defaultdict(list)
    articles: dict[str, Article.Ingested] = {}
    digests: Counter[str] = Counter()
    claims: dict[str, list[str]] = defaultdict(list)
    started: dict[UUID, Extraction.Started] = {}
    counts: Counter[UUID] = Counter()
    active: str | None = None
    for _, event in log:
        versions[event.originator_id].append(event.originator_version)
        if isinstance(event, Article.Ingested):
            if event.article_id in articles:
                verdict.duplicated.append(f"article {event.article_id!r} stored twice")
            articles[event.article_id] = event
            digests[text_digest(event.text)] += 1
        elif isinstance(event, TextDigest.Claimed):
            claims[event.digest].append(event.article_id)
        elif isinstance(event, Extraction.Started):
            started[event.originator_id] = event
        elif isinstance(event, CatalogEvent):
            counts[event.originator_id] += 1
            verdict.events += 1
        elif isinstance(event, ActiveRelease.Activated | ActiveRelease.Switched):
            active = event.release
    verdict.articles = len(articles)
    for originator, seen in versions.items():
        if seen != list(range(1, len(seen) + 1)):
            verdict.duplicated.append(f"aggregate {originator}: versions {seen[:8]}")
    verdict.duplicated += [f"text {d[:12]} stored {n} times" for d, n in digests.items() if n > 1]
    _check_articles(articles, claims, torture, verdict)
    _check_extractions(articles, started, counts, active, torture, verdict)
    return verdict


def _whole_log(app: Parley) -> list[tuple[int, Any]]:
    log, after = [], 0
    while True:
        page = app.recorder.select_notifications(after, 5000, inclusive_of_start=False)
        log += [(n.id, app.decode(n)) for n in page]
        if len(page) < 5000:
            return log
        after = page[-1].id


def _check_positions(app: Parley, positions: list[int], verdict: Verdict) -> None:
    if len(set(positions)) != len(positions):
        verdict.positions.append("a position is used twice")
    if positions != sorted(positions):
        verdict.positions.append("positions are not increasing in log order")
    gap_free = app.env.get("PERSISTENCE_MODULE") == "eventsourcing.sqlite"
    if gap_free and positions != list(range(1, len(positions) + 1)):
        verdict.positions.append("SQLite positions have a gap")


def _check_articles(
    articles: dict[str, Article.Ingested],
    claims: dict[str, list[str]],
    torture: Torture,
    verdict: Verdict,
) -> None:
    for article_id, digest in torture.acknowledged.items():
        stored = articles.get(article_id)
        if stored is None or text_digest(stored.text) != digest:
            verdict.lost.append(f"acknowledged article {article_id!r}")
    for article_id, article in articles.items():
        owners = claims.get(text_digest(article.text), [])
        if owners != [article_id]:
            verdict.partial.append(f"article {article_id!r}: text claimed by {owners}")
    for digest, owners in claims.items():
        if any(owner not in articles for owner in owners):
            verdict.orphaned.append(f"text claim {digest[:12]} of {owners}, not stored")


def _check_extractions(
    articles: dict[str, Article.Ingested],
    started: dict[UUID, Extraction.Started],
    counts: Counter[UUID],
    active: str | None,
    torture: Torture,
    verdict: Verdict,
) -> None:
    for originator in counts.keys() - started.keys():
        verdict.orphaned.append(f"{counts[originator]} events of no extraction ({originator})")
    done = {(s.article_id, s.release) for s in started.values()}
    for originator, start in started.items():
        article = articles.get(start.article_id)
        if article is None:
            verdict.orphaned.append(f"extraction of {start.article_id!r}, not stored")
            continue
        wanted = torture.expected_count(article, start.release)
        if counts[originator] != wanted:
            verdict.partial.append(
                f"{start.article_id!r} by {start.release}: {counts[originator]} of {wanted} events"
            )
    if articles and active is None:
        verdict.partial.append("articles stored, no active release")
    missing = [a for a in articles if (a, active) not in done]
    verdict.partial += [f"{a!r} not extracted by the active {active}" for a in missing]


def views_equal_a_rebuild(app: Parley) -> bool:
    """The persisted views, caught up as a reader would, answer like views built from zero."""
    live = ReadSide(app)
    fresh = ReadSide(app, store=SQLiteViewStore(NAME))
    try:
        live.catch_up()
        fresh.catch_up()
        return answers(live) == answers(fresh)
    finally:
        live.close()
        fresh.close()


# Kills


def kill_when(
    process: subprocess.Popen[bytes],
    started: Callable[[], bool],
    rng: random.Random,
    pause: float,
    seconds: float = 120,
) -> bool:
    """Waits until ``started()`` (the process is writing), a random pause up to ``pause``,
    then SIGKILL. True if the kill landed on a running process."""
    deadline = time.monotonic() + seconds
    while not started():
        if process.poll() is not None:
            break
        assert time.monotonic() < deadline, "the process never started writing"
        time.sleep(0.005)
    time.sleep(rng.uniform(0, pause))
    landed = process.poll() is None
    if landed:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    figures.add(kills=int(landed))
    return landed


def write_jsonl(path: Path, articles: Iterable[ArticleInput]) -> Path:
    with path.open("wb") as out:
        for a in articles:
            line = {"id": a.article_id, "published": a.published.isoformat(), "text": a.text}
            out.write(orjson.dumps(line) + b"\n")
    return path
