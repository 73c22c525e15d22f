"""CPU per ``GET /state`` answer in one process, on the ``state_bench.py --known`` mix.

Each query is looked up as the server's event loop does (``ReadSide.cached_state``) and
computed on a miss as its fast path does (``ReadSide.state_json``), in blocks of ``--block``
queries back to back; each block prints the CPU per answer, the share of hits, the CPU per
hit and per miss, and the states kept. CPU time, not wall clock: the figure other loads
on a shared machine skew least. Build the store with ``state_bench.py --db FILE`` first.

    .venv/bin/python bench/state_inprocess.py --db FILE [--blocks 6] [--block 5000]
        [--profile OUT]
"""

from __future__ import annotations

import argparse
import cProfile
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from application.app import Parley
from projections import ReadSide

START = date(2023, 10, 15)  # state_bench's period
DAYS = 240


def asked(rng: random.Random) -> tuple[date, date | None]:
    """state_bench's ``--known`` mix: a random day, half the time known on another."""
    as_of = START + timedelta(days=rng.randrange(DAYS))
    known = START + timedelta(days=rng.randrange(DAYS)) if rng.random() < 0.5 else None
    return as_of, known


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a state_bench SQLite store")
    parser.add_argument("--blocks", type=int, default=6)
    parser.add_argument("--block", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", help="cProfile the last block into this file")
    args = parser.parse_args()
    read = ReadSide(Parley(url=f"sqlite:///{Path(args.db).resolve()}"))
    read.catch_up()
    read.state_json(START)  # a default state, so lookups without the index answer
    rng = random.Random(args.seed)
    for block in range(args.blocks):
        profile = cProfile.Profile() if args.profile and block == args.blocks - 1 else None
        hits, hit_cpu, miss_cpu = 0, 0.0, 0.0
        if profile:
            profile.enable()
        began = time.process_time()
        for _ in range(args.block):
            as_of, known = asked(rng)
            start = time.process_time()
            if read.cached_state(as_of, known) is not None:
                hits += 1
                hit_cpu += time.process_time() - start
            else:
                read.state_json(as_of, known)
                miss_cpu += time.process_time() - start
        used = time.process_time() - began
        if profile:
            profile.disable()
            profile.dump_stats(args.profile)
        misses = args.block - hits
        print(
            f"block {block}: {used / args.block * 1000:.3f} ms CPU per answer, "
            f"hits {hits / args.block:.1%} ({hit_cpu / max(hits, 1) * 1000:.3f} ms each), "
            f"misses {miss_cpu / max(misses, 1) * 1000:.3f} ms each; "
            f"{read.spans.count} states kept",
            flush=True,
        )


if __name__ == "__main__":
    main()
