"""``GET /state?as_of=`` under concurrent clients, on a store of 100k events, on loopback.

Builds a SQLite store of ``--events`` synthetic catalog events (varied types, actors,
issues and dates over eight months) with a deterministic bench extractor, starts
``parley serve`` on it, waits for the read side to catch up, then measures two loads of
``--clients`` concurrent keep-alive clients asking for the state on random dates:

- closed loop (the worst case): each client sends its next request as soon as the previous
  is answered, so the latency is ``clients / throughput`` and measures the server's ceiling;
- open loop (a realistic case): each client sends one request every ``--interval`` seconds
  (100 clients every 100 ms offer 1,000 req/s), and latency is measured from the *scheduled*
  send time, so time spent queued behind a slow answer counts.

``--known`` adds a random ``known_as_of`` to half the queries: most answers then need
computing, as after a write. ``--workers 1 2`` measures ``parley serve --workers N`` for
each N in turn (after every worker answers; it prints how the kernel spread the
connections); ``--wrk`` measures the same query mix with wrk too; ``--ingest-every 1``
measures again while one article of 100 events is stored every second, published on a
random day of the period (as ``parley ingest`` beside the servers would). A table of
every figure, side by side, ends the run.

It prints p50/p99/max and throughput of each, the server's CPU per answer (its process
and workers, from /proc: the figure other processes on the shared machine skew least), the
server's HTTP implementation and event loop, and the load average.

    .venv/bin/python bench/state_bench.py [--events 100000] [--clients 100] [--seconds 20]
        [--interval 0.1] [--db FILE] [--known] [--workers 1 2] [--wrk] [--ingest-every 1]
        [--closed-only] [--root CHECKOUT]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

try:  # a cheaper client leaves more of the machine to the server being measured
    import uvloop
except ImportError:  # pragma: no cover
    uvloop = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from application.app import Parley  # noqa: E402
from application.articles import ArticleInput  # noqa: E402
from domain.finding import Finding  # noqa: E402
from domain.values import ISSUES, ActorRef, Evidence, ExtractorRef, Interval  # noqa: E402

START = date(2023, 10, 15)
DAYS = 240
ACTORS = ("israel", "hamas", "egypt", "qatar", "united_states", "turkey", "hezbollah")
KINDS = (
    ("TalksOpened", {"venue": "cairo"}),
    ("TalksConcluded", {"outcome": "no_progress"}),
    ("DelegationArrived", {"destination": "cairo"}),
    ("ProposalMade", {"proposal_id": "p1"}),
    ("ProposalRejected", {"proposal_id": "p1"}),
    ("DemandStated", {}),
    ("StatementIssued", {"assessment": "serious"}),
    ("CeasefireAgreed", {}),
    ("HostagesReleased", {"count": 3, "means": "deal"}),
)


class BenchExtractor:
    """``per_article`` deterministic findings per article, spread over the bench period."""

    name = "bench"
    version = "1.0.0"
    release = "bench@1.0.0"

    def __init__(self, per_article: int) -> None:
        self.per_article = per_article

    def extract(self, article_id: str, published: date, text: str) -> list[Finding]:
        rng = random.Random(article_id)
        ref = ExtractorRef(self.name, self.version, "bench")
        findings = []
        for n in range(self.per_article):
            kind, attributes = KINDS[rng.randrange(len(KINDS))]
            day = published - timedelta(days=rng.randrange(10))
            subject, target = rng.sample(ACTORS, 2)
            findings.append(
                Finding(
                    kind,
                    Interval.day(max(day, START)),
                    (ActorRef(subject), ActorRef(target, "target")),
                    Evidence(article_id, n, (0, 10), text[:10]),
                    ref,
                    issues=(ISSUES[rng.randrange(len(ISSUES))],),
                    location="cairo",
                    attributes=dict(attributes),
                )
            )
        return findings


def build_store(url: str, events: int, per_article: int = 100) -> None:
    app = Parley(url=url, extractor=BenchExtractor(per_article))
    started = time.perf_counter()
    for n in range(events // per_article):
        published = START + timedelta(days=n * DAYS // max(1, events // per_article))
        app.ingest(ArticleInput(f"bench-{n}", published, f"Bench article number {n}."))
    print(f"stored {app.max_position()} log entries in {time.perf_counter() - started:.1f}s")
    app.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Connection:
    """A minimal keep-alive HTTP/1.1 GET client: httpx's pool spends more CPU than the server
    does at a hundred connections, and this is a benchmark of the server."""

    def __init__(self, port: int) -> None:
        self.port = port

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    async def get(self, target: str) -> tuple[int, bytes]:
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line[15:])
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        self.writer.close()


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


VARIED = False  # --known: known_as_of varies too


def as_of_target(rng: random.Random) -> str:
    target = f"/state?as_of={(START + timedelta(days=rng.randrange(DAYS))).isoformat()}"
    if VARIED and rng.random() < 0.5:
        target += f"&known_as_of={(START + timedelta(days=rng.randrange(DAYS))).isoformat()}"
    return target


async def closed_client(port: int, until: float, latencies: list[float]) -> None:
    """Asks again as soon as it is answered."""
    rng = random.Random()
    connection = Connection(port)
    await connection.open()
    try:
        while time.perf_counter() < until:
            sent = time.perf_counter()
            status, _ = await connection.get(as_of_target(rng))
            latencies.append(time.perf_counter() - sent)
            if status != 200:
                raise RuntimeError(f"GET /state answered {status}")
    finally:
        connection.close()


async def open_client(port: int, interval: float, until: float, latencies: list[float]) -> None:
    """Asks every ``interval`` seconds; a late answer delays the next send, and the wait
    counts in that request's latency (measured from when it was due)."""
    rng = random.Random()
    connection = Connection(port)
    await connection.open()
    due = time.perf_counter() + rng.uniform(0, interval)  # spread the clients' phases
    try:
        while due < until:
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            status, _ = await connection.get(as_of_target(rng))
            latencies.append(time.perf_counter() - due)
            if status != 200:
                raise RuntimeError(f"GET /state answered {status}")
            due += interval
    finally:
        connection.close()


ROWS: list[dict[str, str]] = []  # one per measurement, printed side by side at the end
SETTING: dict[str, str] = {}  # what is being measured now: workers, writes
SERVER: list[int] = []  # the server's process id (its workers are its children)
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def server_cpu() -> float:
    """CPU seconds the server and its worker processes have used so far (Linux /proc): the
    machine is shared, so CPU per answer is the figure other loads skew least."""
    if not SERVER:
        return 0.0
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / TICKS
    total, pids = 0.0, {SERVER[0]}
    while pids:
        total += sum(used.get(p, 0.0) for p in pids)
        pids = {child for child, parent in parents.items() if parent in pids}
    return total


def per_answer(cpu: float, answers: int) -> str:
    return f"{cpu / answers * 1000:.2f}" if answers else "n/a"


def report(name: str, latencies: list[float], seconds: float, cpu: float, served: float) -> None:
    ms = [x * 1000 for x in latencies]
    target = 50 if VARIED else 25
    verdict = "meets" if percentile(ms, 99) <= target else "misses"
    print(
        f"{name}: {len(ms)} requests in {seconds:.0f}s = {len(ms) / seconds:,.0f} req/s; "
        f"p50 {percentile(ms, 50):.1f} ms, p99 {percentile(ms, 99):.1f} ms, "
        f"max {max(ms):.1f} ms: {verdict} p99 <= {target} ms; server CPU per answer "
        f"{per_answer(served, len(ms))} ms "
        f"(client used {cpu:.0%} of a core; load average {loadavg()})",
        flush=True,
    )
    ROWS.append(
        {
            **SETTING,
            "client": f"own, {name.split(',')[0]}",
            "req/s": f"{len(ms) / seconds:,.0f}",
            "p50 ms": f"{percentile(ms, 50):.1f}",
            "p99 ms": f"{percentile(ms, 99):.1f}",
            "CPU ms/answer": per_answer(served, len(ms)),
            "load": loadavg(),
        }
    )


async def warm(port: int, workers: int) -> None:
    """Returns once every worker answers (a new connection goes to any that accepts) and
    the read side is caught up."""
    started, pids = time.perf_counter(), set()
    while len(pids) < workers:
        if time.perf_counter() - started > 300:
            raise SystemExit(f"only {len(pids)} of {workers} workers answered within 300 s")
        connection = Connection(port)
        try:
            await connection.open()
        except ConnectionRefusedError:  # the supervisor has not started listening yet
            await asyncio.sleep(0.5)
            continue
        status, body = await connection.get("/health")
        connection.close()
        if status == 200:
            pids.add(json.loads(body)["pid"])
    first = Connection(port)
    await first.open()
    await first.get("/state?as_of=2024-02-14")  # the read side catches up
    first.close()
    print(f"{workers} worker(s) up, first answer in {time.perf_counter() - started:.1f}s")
    until = time.perf_counter() + 2
    await asyncio.gather(*(closed_client(port, until, []) for _ in range(10)))


async def spread(port: int, clients: int) -> str:
    """Which worker each of ``clients`` new connections landed on (the kernel decides)."""
    connections = [Connection(port) for _ in range(clients)]
    await asyncio.gather(*(c.open() for c in connections))
    answers = await asyncio.gather(*(c.get("/health") for c in connections))
    for c in connections:
        c.close()
    counts = Counter(json.loads(body)["pid"] for _, body in answers)
    return " + ".join(str(n) for n in sorted(counts.values(), reverse=True))


async def load(port: int, clients: int, seconds: float, interval: float, closed_only: bool) -> None:
    print(f"connections per worker: {await spread(port, clients)}", flush=True)
    print(f"load average before measuring: {loadavg()}", flush=True)
    latencies: list[float] = []
    until = time.perf_counter() + seconds
    closed = [closed_client(port, until, latencies) for _ in range(clients)]
    await run(f"closed loop, {clients} clients", latencies, closed)
    if closed_only:
        return

    latencies = []
    until = time.perf_counter() + seconds
    opened = [open_client(port, interval, until, latencies) for _ in range(clients)]
    every = f"each every {interval * 1000:.0f} ms ({clients / interval:,.0f}/s offered)"
    await run(f"open loop, {clients} clients {every}", latencies, opened)


async def run(name: str, latencies: list[float], clients: list[Awaitable[None]]) -> None:
    cpu, served = os.times(), server_cpu()
    started = time.perf_counter()
    await asyncio.gather(*clients)
    elapsed = time.perf_counter() - started
    used, served = os.times(), server_cpu() - served
    client = (used.user + used.system - cpu.user - cpu.system) / elapsed
    report(name, latencies, elapsed, client, served)


def watch(server: subprocess.Popen[bytes]) -> threading.Event:
    """Echoes the server's output; set once it says how it serves."""
    serving = threading.Event()

    def echo() -> None:
        assert server.stdout is not None
        for raw in server.stdout:
            line = raw.decode(errors="replace").rstrip()
            print(f"[server] {line}", flush=True)
            if "serving with" in line:
                serving.set()

    threading.Thread(target=echo, daemon=True).start()
    return serving


WRK_SCRIPT = """
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%%x+)") or "0", 16))
local first = os.time{year=%d, month=%d, day=%d, hour=12}
local function day() return os.date("!%%Y-%%m-%%d", first + math.random(0, %d) * 86400) end
request = function()
  local path = "/state?as_of=" .. day()
  if %s and math.random() < 0.5 then path = path .. "&known_as_of=" .. day() end
  return wrk.format("GET", path)
end
"""


def run_wrk(port: int, clients: int, seconds: float) -> None:
    """The same query mix from wrk (2 threads), if it is installed."""
    if shutil.which("wrk") is None:
        print("wrk: not installed, skipped (apt-get install wrk)", flush=True)
        return
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        values = (START.year, START.month, START.day, DAYS - 1, "true" if VARIED else "false")
        script.write(WRK_SCRIPT % values)
    command = ["wrk", "-t2", f"-c{clients}", f"-d{seconds:.0f}s", "--latency", "--timeout", "10s"]
    served = server_cpu()
    done = subprocess.run(
        [*command, "-s", script.name, f"http://127.0.0.1:{port}"],
        capture_output=True,
        text=True,
        check=False,
    )
    served = server_cpu() - served
    os.unlink(script.name)
    out = done.stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: .*", out)
    total = re.search(r"(\d+) requests in", out)
    if not (rate and p50 and p99):
        print(f"wrk: no figures ({done.stderr.strip() or out.strip()})", flush=True)
        return
    row = {
        **SETTING,
        "client": "wrk, closed loop",
        "req/s": f"{float(rate.group(1)):,.0f}",
        "p50 ms": f"{_ms(p50):.1f}",
        "p99 ms": f"{_ms(p99):.1f}",
        "CPU ms/answer": per_answer(served, int(total.group(1)) if total else 0),
        "load": loadavg(),
    }
    ROWS.append(row)
    print(
        f"wrk, {clients} connections: {row['req/s']} req/s; p50 {row['p50 ms']} ms, "
        f"p99 {row['p99 ms']} ms; server CPU per answer {row['CPU ms/answer']} ms"
        f"{'; ' + errors.group(0) if errors else ''} "
        f"(load average {row['load']})",
        flush=True,
    )


def _ms(found: re.Match[str]) -> float:
    return float(found.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[found.group(2)]


class Writer(threading.Thread):
    """Stores one article of bench events every ``every`` seconds, published on a random
    day of the period (a late report changes states back to then), as ``parley ingest``
    beside the servers would."""

    def __init__(self, url: str, every: float) -> None:
        super().__init__(daemon=True)
        self.url, self.every = url, every
        self.halt = threading.Event()
        self.stored = 0

    def run(self) -> None:
        app = Parley(url=self.url, extractor=BenchExtractor(100))
        rng, due = random.Random(), time.perf_counter()
        try:
            while not self.halt.is_set():
                published = START + timedelta(days=rng.randrange(DAYS))
                name = f"live-{os.getpid()}-{self.stored}-{rng.randrange(1 << 30)}"
                app.ingest(ArticleInput(name, published, f"Bench article {name}."))
                self.stored += 1
                due += self.every
                self.halt.wait(max(0.0, due - time.perf_counter()))
        finally:
            app.close()


def measure(port: int, workers: int, url: str, args: argparse.Namespace) -> None:
    """The own client's loads and wrk, then both again while articles come in."""
    client_loop = asyncio.run if uvloop is None else uvloop.run
    client_loop(warm(port, workers))
    phases = [False, True] if args.ingest_every else [False]
    for writing in phases:
        SETTING.update(
            workers=str(workers), writes=f"1 per {args.ingest_every:g}s" if writing else "none"
        )
        writer = Writer(url, args.ingest_every) if writing else None
        if writer:
            writer.start()
            print(f"storing an article every {args.ingest_every:g}s", flush=True)
        try:
            client_loop(load(port, args.clients, args.seconds, args.interval, args.closed_only))
            if args.wrk:
                run_wrk(port, args.clients, args.seconds)
        finally:
            if writer:
                writer.halt.set()
                writer.join()
                print(f"stored {writer.stored} articles meanwhile", flush=True)


def side_by_side() -> None:
    if not ROWS:
        return
    columns = list(ROWS[0])
    widths = {c: max(len(c), *(len(r.get(c, "")) for r in ROWS)) for c in columns}
    print("\n" + "  ".join(c.ljust(widths[c]) for c in columns))
    for row in ROWS:
        print("  ".join(row.get(c, "").ljust(widths[c]) for c in columns), flush=True)


def main() -> None:
    global VARIED
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument(
        "--interval", type=float, default=0.1, help="open loop: seconds between a client's requests"
    )
    parser.add_argument("--db", help="reuse this SQLite file (built if missing)")
    parser.add_argument(
        "--known", action="store_true", help="half the queries ask a random known_as_of too"
    )
    parser.add_argument("--workers", type=int, nargs="+", default=[1], help="e.g. 1 2")
    parser.add_argument(
        "--ingest-every", type=float, default=0, help="measure again storing an article this often"
    )
    parser.add_argument("--wrk", action="store_true", help="measure with wrk too")
    parser.add_argument("--closed-only", action="store_true", help="skip the open loop")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="serve this checkout's code (another revision)"
    )
    args = parser.parse_args()
    VARIED = args.known
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4096)), hard))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "state.db"
        url = f"sqlite:///{path.resolve()}"
        if not path.exists():
            build_store(url, args.events)
        print(f"client: loop={'asyncio' if uvloop is None else 'uvloop'}", flush=True)
        for workers in args.workers:
            with serving(url, workers, args.root) as port:
                measure(port, workers, url, args)
    side_by_side()


@contextmanager
def serving(url: str, workers: int, root: Path = ROOT) -> Iterator[int]:
    """``parley serve --workers N`` (the code in ``root``) on the store, on a free port,
    stopped afterwards."""
    port = free_port()
    env = {**os.environ, "PARLEY_API_TOKEN": "bench"}
    command = [sys.executable, "-m", "api.cli", "--db", url, "serve", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", str(workers), "--log-level", "warning"],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    serving = watch(server)
    SERVER[:] = [server.pid]
    try:
        if not serving.wait(120):
            raise SystemExit("the server did not start within 120 s")
        yield port
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
