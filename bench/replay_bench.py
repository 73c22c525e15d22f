"""Replay benchmark: 10,000 articles in a SQLite store, derived again by a new extractor release.

    .venv/bin/python bench/replay_bench.py [--articles 10000] [--batch 50] [--db PATH]

Stores the articles (texts only), derives them once with the code's extractor (the first
replay), then replays them with a new release: the packaged data files copied with one
comment line added (so the version's data hash changes), or, if the extractor does not
hash its data, the same extractor under a bumped version. Prints time, articles/s and
events/s of both replays; the target for the second is <= 60 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from application.app import Parley  # noqa: E402
from application.replay import Replayer, count_articles  # noqa: E402
from domain.article import ActiveRelease, Article, TextDigest  # noqa: E402
from domain.finding import Finding  # noqa: E402
from extraction import Extractor, load_extractor  # noqa: E402

SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
DATA_ENV = "PARLEY_EXTRACTION_DATA"
PACKAGED_DATA = ROOT / "extraction" / "data"


def seed_sentences() -> list[str]:
    manifest = json.loads((ROOT / "seeds" / "manifest.json").read_text())
    texts = [(ROOT / "seeds" / a["file"]).read_text() for a in manifest["articles"]]
    return [s.strip() for t in texts for s in SENTENCE.findall(t) if len(s.strip()) > 20]


def articles(count: int) -> list[Article]:
    """Distinct articles of 8 to 20 seed sentences each, rotated, with their own dates."""
    sentences = seed_sentences()
    start = date(2023, 10, 7)
    made = []
    for n in range(count):
        size = 8 + n % 13
        chosen = [sentences[(n * 7 + k * 13) % len(sentences)] for k in range(size)]
        text = f"Dispatch {n}. " + " ".join(chosen)
        made.append(Article(f"bench_{n:06d}", start + timedelta(days=n % 400), text))
    return made


def store_articles(app: Parley, count: int) -> float:
    """Stores the articles without extractions, 200 per transaction; returns seconds."""
    began = time.perf_counter()
    made = articles(count)
    for i in range(0, len(made), 200):
        batch = made[i : i + 200]
        app.save(*batch, *(TextDigest(a.digest, a.article_id) for a in batch))
    return time.perf_counter() - began


class Bumped:
    """The same extractor under another version: a release with identical rules."""

    def __init__(self, inner: Extractor, suffix: str = "bench") -> None:
        self.inner = inner
        self.name = inner.name
        self.version = (
            f"{inner.version}.{suffix}" if "+" in inner.version else f"{inner.version}+{suffix}"
        )

    @property
    def release(self) -> str:
        return f"{self.name}@{self.version}"

    def extract(self, article_id: str, published: date, text: str) -> list[Finding]:
        return [
            replace(f, extractor=replace(f.extractor, version=self.version))
            for f in self.inner.extract(article_id, published, text)
        ]


def next_release(first: Extractor, workdir: Path) -> Extractor:
    """A new release: the data files with one comment more, else a bumped version."""
    if PACKAGED_DATA.is_dir():
        data = workdir / "data"
        shutil.copytree(os.environ.get(DATA_ENV) or PACKAGED_DATA, data)
        for toml in sorted(data.glob("*.toml"))[:1]:
            toml.write_text(toml.read_text() + "\n# benchmark edit\n")
        os.environ[DATA_ENV] = str(data)
        edited = load_extractor()
        if edited.release != first.release:
            return edited
    return Bumped(first)


def timed_replay(app: Parley, batch: int, label: str) -> None:
    report = Replayer(app, batch_articles=batch).run()
    s = report.seconds
    print(
        f"{label}: {report.release}: {report.extracted:,} articles, {report.events:,} events "
        f"in {s:.1f} s = {report.extracted / s:,.0f} articles/s, {report.events / s:,.0f} events/s"
        f"; switched={report.switched}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=50, help="articles per transaction")
    parser.add_argument("--db", type=Path, help="SQLite file (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        path = args.db or workdir / "bench.db"
        first = load_extractor()
        app = Parley(url=f"sqlite:///{path.resolve()}", extractor=first)
        seconds = store_articles(app, args.articles)
        app.save(ActiveRelease("bench@none"))  # readers start on an empty release
        print(f"stored {count_articles(app):,} articles in {seconds:.1f} s", flush=True)
        timed_replay(app, args.batch, "first derivation")
        app.extractor = next_release(first, workdir)
        timed_replay(app, args.batch, "replay to a new release")
        size = path.stat().st_size / 1e6
        print(f"store: {size:,.0f} MB at {path}")
        app.close()


if __name__ == "__main__":
    main()
