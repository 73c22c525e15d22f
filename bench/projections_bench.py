"""Read-model benchmark: ingest, rebuild, restart and as-of query latency at 10k..1M events.

    .venv/bin/python bench/projections_bench.py              # 10k and 100k events, SQLite
    .venv/bin/python bench/projections_bench.py --million    # and 1M (about 5 minutes)
    .venv/bin/python bench/projections_bench.py --million --dir D --keep   # reuse stores in D
    .venv/bin/python bench/projections_bench.py --sizes 1000000 \
        --db 'postgresql://127.0.0.1:5432/test?schema=bench_x' [--keep]   # on PostgreSQL

Each size gets a synthetic store (written through the application in saves of 1,000
events: the ingest rate), a SQLite file or, with ``--db``, the PostgreSQL schema named there
plus ``_SIZE`` (dropped afterwards unless ``--keep``). Then, in a fresh process so peak
memory is the read side's own: a full rebuild of the views (time, peak RSS). Then restarts,
each in a fresh process timed from its first import to its first answer: one without a
snapshot (indexing every stored fact), which then writes a snapshot as at shutdown, and one
starting from that snapshot, which then answers ``state`` / ``positions`` as of random dates
(``positions``: all actors; ``positions_actor``: one). Prints a table with the load average
around each measurement (the machine is shared: re-run when it was high); numbers are
measurements, not asserts.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST, LAST = date(2000, 1, 1), date(2024, 12, 31)
ORGS = ["israel", "hamas", "egypt", "qatar", "united_states", "turkey", "palestinian_authority"]
PEOPLE = [f"person_{i:02d}" for i in range(33)]
VENUES = ["cairo", "doha", "paris", "riyadh", "washington"]
WEIGHTS = {
    "TalksOpened": 4,
    "TalksConcluded": 2,
    "DelegationSent": 3,
    "DelegationArrived": 4,
    "DelegationRecalled": 1,
    "ProposalMade": 3,
    "CounterproposalMade": 2,
    "ProposalAccepted": 2,
    "ProposalRejected": 3,
    "DemandStated": 12,
    "DemandRejected": 5,
    "ThreatIssued": 4,
    "AppealMade": 4,
    "StatementIssued": 6,
    "CeasefireAgreed": 1,
    "TruceExtended": 1,
    "CeasefireCollapsed": 1,
    "HostagesReleased": 2,
    "PrisonersReleased": 2,
}
PER_ARTICLE = 10
PER_SAVE = 100  # extractions per save: 1,000 events per transaction


class NoExtractor:
    """The benchmark writes its events itself: no extractor needs loading."""

    name, version, release = "none", "0", "none@0"

    def extract(self, *args: object) -> list[object]:
        return []


def build(size: int, url: str) -> dict[str, float]:
    """Writes a synthetic store of ``size`` catalog events; articles in publication order."""
    from application.app import Parley
    from domain.article import ActiveRelease, Extraction
    from domain.events import ASSESSMENTS, OUTCOMES
    from domain.finding import Finding
    from domain.values import ISSUES, ActorRef, Evidence, ExtractorRef, Interval

    rng = random.Random(size)
    app = Parley(url=url, extractor=NoExtractor())  # type: ignore[arg-type]
    ref = ExtractorRef("synthetic", "1.0.0", "bench")
    types, weights = list(WEIGHTS), list(WEIGHTS.values())
    span = (LAST - FIRST).days
    articles = size // PER_ARTICLE
    proposals = 0
    began = time.perf_counter()
    batch: list[object] = [ActiveRelease(ref.release)]
    for n in range(articles):
        published = FIRST + timedelta(days=span * n // articles)
        extraction = Extraction(f"art{n:07d}", ref.release, published)
        for kind in rng.choices(types, weights, k=PER_ARTICLE):
            start = published - timedelta(days=rng.choice((0, 0, 1, 2, 5, 12, 30)))
            modality = "asserted"
            if rng.random() < 0.05:
                modality, start = "expected", published + timedelta(days=rng.randint(1, 10))
            org = rng.choice(ORGS)
            actors = [ActorRef(org), ActorRef(rng.choice(PEOPLE))]
            attributes: dict[str, object] = {}
            issues = tuple(rng.sample(ISSUES, rng.choice((0, 1, 1, 2))))
            venue = rng.choice(VENUES)
            if kind == "TalksOpened":
                mediators = tuple(rng.sample(ORGS, 2))
                attributes = {"venue": venue, "mediators": mediators, "participants": (org,)}
            elif kind == "TalksConcluded":
                attributes = {"outcome": rng.choice(OUTCOMES)}
            elif kind.startswith("Delegation"):
                attributes = {"leader": actors[1].id}
                if kind != "DelegationRecalled":
                    attributes["destination"] = venue
            elif kind in ("ProposalMade", "CounterproposalMade"):
                proposals += 1
                attributes = {"proposal_id": f"p{proposals}", "terms": issues}
            elif kind.startswith("Proposal"):
                attributes = {"proposal_id": f"p{max(1, proposals - rng.randint(0, 20))}"}
            elif kind == "StatementIssued":
                attributes = {"assessment": rng.choice(ASSESSMENTS)}
            elif kind == "DemandStated" and rng.random() < 0.2:
                attributes = {"condition": "unless"}
            text = f"{kind} by {org} reported {published}"
            extraction.record(
                Finding(
                    kind,
                    Interval(start, start + timedelta(days=rng.choice((0, 0, 0, 6)))),
                    tuple(actors),
                    Evidence(extraction.article_id, 0, (0, len(text)), text),
                    ref,
                    modality=modality,  # type: ignore[arg-type]
                    issues=issues,
                    location=venue if kind in ("TalksOpened", "TalksConcluded") else None,
                    confidence=0.8,
                    attributes=attributes,
                )
            )
        batch.append(extraction)
        if len(batch) >= PER_SAVE:
            save(app, batch)
            batch = []
    if batch:
        save(app, batch)
    seconds = time.perf_counter() - began
    app.close()
    events = articles * PER_ARTICLE
    return {"events": events, "build_s": seconds, "ingest_per_s": events / seconds}


def save(app, batch: list[object]) -> None:  # type: ignore[no-untyped-def]
    """Saves a batch as ingest does: the articles' sealing keys made in one round trip."""
    app.keys.prepare([e.article_id for e in batch if hasattr(e, "article_id")])
    app.save(*batch)


def rebuild(url: str) -> dict[str, float]:
    """A full rebuild of the views and indexes (run in a fresh process: peak RSS is its own)."""
    from application.app import Parley
    from projections.readside import ReadSide

    app = Parley(url=url, extractor=NoExtractor())  # type: ignore[arg-type]
    read = ReadSide(app)
    load_before = load_average()
    began, cpu = time.perf_counter(), time.process_time()
    read.rebuild()
    read.state(date(2010, 1, 1))  # settles the indexes, as the first query after a rebuild
    rebuild_s = time.perf_counter() - began
    rebuild_cpu_s = time.process_time() - cpu  # this process's own: the database's aside
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    read.close()
    app.close()
    return {
        "rebuild_s": rebuild_s,
        "rebuild_cpu_s": rebuild_cpu_s,
        "peak_mib": peak_mib,
        "rebuild_load": (load_before + load_average()) / 2,
    }


def restart(url: str, mode: str, queries: int) -> dict[str, float]:
    """A node's restart in a fresh process, from its first import to its first answer:
    ``cold`` indexes every stored fact (no snapshot) and then writes a snapshot as at
    shutdown, ``warm`` starts from that snapshot and then answers queries."""
    began, cpu = time.perf_counter(), time.process_time()
    from application.app import Parley
    from projections.readside import ReadSide

    imported = time.perf_counter()
    app = Parley(url=url, extractor=NoExtractor())  # type: ignore[arg-type]
    opened = time.perf_counter()
    read = ReadSide(app, snapshots=mode == "warm")
    read.catch_up()
    loaded = time.perf_counter()
    read.state(date(2010, 1, 1))
    result = {f"restart_{mode}_s": time.perf_counter() - began}
    # This process's own CPU: on a loaded machine the wall clock mostly waits its turn.
    result[f"restart_{mode}_cpu_s"] = time.process_time() - cpu
    if mode == "warm":  # where a warm restart's time goes
        result |= {"imports_s": imported - began, "app_s": opened - imported}
        result |= {"views_s": loaded - opened, "first_s": time.perf_counter() - loaded}
    if mode == "warm":
        result["restored"] = float(read.restored or 0)
        result |= queried(read, queries)
    if mode == "cold":
        began = time.perf_counter()
        # This start read none of the stored snapshots (maybe of an older layout): replace them.
        read._ignored.update(read.store.snapshots())
        read.save_snapshot(force=True)
        result["snapshot_write_s"] = time.perf_counter() - began
        result["snapshot_mib"] = snapshot_size(read) / 2**20
    read.close()
    app.close()
    return result


def snapshot_size(read) -> int:  # type: ignore[no-untyped-def]
    newest = read.store.snapshots()[0]
    return len(read.store.snapshot(newest) or b"")


def queried(read, queries: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    span = (LAST - FIRST).days
    days = [FIRST + timedelta(days=rng.randrange(span)) for _ in range(queries)]
    result = {"load_before": load_average()}
    result |= timed("state", days, lambda day: read.state(day))
    result |= timed("state_known", days, lambda day: read.state(day, day - timedelta(days=3)))
    result |= timed("positions", days, lambda day: read.positions(None, day))
    result |= timed("positions_actor", days, lambda day: read.positions("hamas", day))
    result |= timed("changes", days, lambda day: read.changes(day - timedelta(days=60), day))
    result["load_after"] = load_average()
    return result


def load_average() -> float:
    """The 1-minute load average: other work on the machine slows every figure."""
    return float(Path("/proc/loadavg").read_text().split()[0])


def timed(name: str, days: list[date], query) -> dict[str, float]:  # type: ignore[no-untyped-def]
    took = []
    cpu = time.process_time()
    for day in days:
        began = time.perf_counter()
        query(day)
        took.append((time.perf_counter() - began) * 1000)
    cpu_ms = (time.process_time() - cpu) * 1000 / len(days)
    took.sort()
    return {
        f"{name}_p50_ms": statistics.median(took),
        f"{name}_p99_ms": took[min(len(took) - 1, int(len(took) * 0.99))],
        f"{name}_cpu_ms": cpu_ms,  # this process's CPU per query, the database's aside
    }


def run_in_child(*args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--million", action="store_true", help="also run 1,000,000 events")
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated event counts")
    parser.add_argument("--queries", type=int, default=500, help="random dates per query kind")
    parser.add_argument(
        "--db", help="postgresql://HOST:PORT/DB?schema=NAME: stores in schemas NAME_SIZE there"
    )
    parser.add_argument("--dir", help="where to keep the SQLite stores (default: a temporary dir)")
    parser.add_argument(
        "--keep", action="store_true", help="keep the stores (in --dir, or the schemas) and reuse"
    )
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        task, *rest = args.worker
        if task == "build":
            out = build(int(rest[0]), rest[1])
        elif task == "rebuild":
            out = rebuild(rest[0])
        else:
            out = restart(rest[0], rest[1], int(rest[2]))
        print(json.dumps(out))
        return
    sizes = [int(s) for s in args.sizes.split(",")] + ([1_000_000] if args.million else [])
    if args.db or (args.keep and args.dir):
        report(run(sizes, Path(args.dir or "."), args))
        return
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        report(run(sizes, Path(tmp), args))


def store_url(db: str | None, where: Path, size: int) -> str:
    """The store of one size: a schema of its own on PostgreSQL, else a SQLite file."""
    if not db:
        return f"sqlite:///{where / f'bench{size}.db'}"
    parts = urlsplit(db)
    query = dict(parse_qsl(parts.query))
    query["schema"] = f"{query.get('schema', 'bench_projections')}_{size}"
    return urlunsplit(parts._replace(query=urlencode(query)))


def exists(url: str) -> bool:
    """Whether a kept store of that URL has events."""
    if url.startswith("sqlite:"):
        return Path(url.removeprefix("sqlite:///")).exists()
    import psycopg

    schema = dict(parse_qsl(urlsplit(url).query))["schema"]
    with psycopg.connect(server(url)) as conn:
        found = conn.execute(
            "SELECT 1 FROM pg_tables WHERE schemaname = %s AND tablename = 'parley_events'",
            (schema,),
        ).fetchone()
    return found is not None


def drop(url: str) -> None:
    if url.startswith("sqlite:"):
        return
    import psycopg

    schema = dict(parse_qsl(urlsplit(url).query))["schema"]
    with psycopg.connect(server(url), autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def server(url: str) -> str:
    """The PostgreSQL server and database of a store URL (user ``postgres`` by default, as
    the application's own default)."""
    parts = urlsplit(url)
    netloc = parts.netloc if "@" in parts.netloc else f"postgres@{parts.netloc}"
    return urlunsplit(parts._replace(netloc=netloc, query=""))


def run(sizes: list[int], where: Path, args: argparse.Namespace) -> list[dict[str, float]]:
    rows = []
    for size in sizes:
        url = store_url(args.db, where, size)
        try:
            if args.keep and exists(url):
                built = {"events": size, "build_s": float("nan"), "ingest_per_s": float("nan")}
            else:
                drop(url)
                built = run_in_child("--worker", "build", str(size), url)
            measured = run_in_child("--worker", "rebuild", url)
            for mode in ("cold", "warm"):
                measured |= run_in_child("--worker", "restart", url, mode, str(args.queries))
        finally:
            if not args.keep:
                drop(url)
        rows.append({"size": size, **built, **measured})
        print(json.dumps(rows[-1]), file=sys.stderr)
    return rows


def report(rows: list[dict[str, float]]) -> None:
    columns = [
        ("events", "events", "{:,.0f}"),
        ("build_s", "store build s", "{:.1f}"),
        ("ingest_per_s", "ingest events/s", "{:,.0f}"),
        ("rebuild_s", "rebuild s", "{:.1f}"),
        ("rebuild_cpu_s", "  its CPU s", "{:.1f}"),
        ("rebuild_load", "  load avg then", "{:.1f}"),
        ("peak_mib", "peak MiB", "{:.0f}"),
        ("restart_cold_s", "restart s, no snapshot", "{:.2f}"),
        ("restart_cold_cpu_s", "  its CPU s", "{:.2f}"),
        ("snapshot_write_s", "snapshot write s", "{:.2f}"),
        ("snapshot_mib", "snapshot MiB", "{:.1f}"),
        ("restart_warm_s", "restart s, snapshot", "{:.2f}"),
        ("restart_warm_cpu_s", "  its CPU s", "{:.2f}"),
        ("restored", "  snapshot of position", "{:,.0f}"),
        ("imports_s", "  of which imports s", "{:.2f}"),
        ("app_s", "  opening the store s", "{:.2f}"),
        ("views_s", "  loading the index s", "{:.2f}"),
        ("first_s", "  first answer s", "{:.2f}"),
        ("load_before", "load avg before", "{:.2f}"),
        ("load_after", "load avg after", "{:.2f}"),
    ]
    for name in ("state", "state_known", "positions", "positions_actor", "changes"):
        columns.append((f"{name}_p50_ms", f"{name} p50 ms", "{:.2f}"))
        columns.append((f"{name}_p99_ms", f"{name} p99 ms", "{:.2f}"))
        columns.append((f"{name}_cpu_ms", f"{name} CPU ms", "{:.2f}"))
    width = max(len(title) for _, title, _ in columns)
    for key, title, form in columns:
        print(f"{title:<{width}}  " + "  ".join(f"{form.format(r[key]):>10}" for r in rows))


if __name__ == "__main__":
    main()
