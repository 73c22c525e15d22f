"""The torture suite's long mode, for a release: runs tests/torture/ with more rounds and
prints its figures (kills survived, requests, 5xx, lost, duplicated, partial).

    .venv/bin/python bench/torture.py [--rounds 25] [--workers 2] [-- PYTEST_ARGS...]

``--rounds N`` kills each process N times on each store (4 kinds x 2 stores x N kills:
25 rounds are 200 kills) and scales the racing writers with it; the stream test drops and
resumes 100 times and the hostile-input tests try 600 inputs each. The figures are printed
at the end of pytest's output; the exit code is pytest's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("pytest_args", nargs="*")
    args = parser.parse_args()
    env = {**os.environ, "PARLEY_TORTURE": "long", "PARLEY_TORTURE_ROUNDS": str(args.rounds)}
    command = [
        *(sys.executable, "-m", "pytest", "tests/torture", "-q", "-p", "no:cacheprovider"),
        *("-n", str(args.workers), "-o", "timeout=0", *args.pytest_args),
    ]
    began = time.perf_counter()
    code = subprocess.call(command, cwd=ROOT, env=env)
    load = os.getloadavg()[0]
    print(
        f"torture: {args.rounds} rounds in {time.perf_counter() - began:.0f} s "
        f"(load average {load:.1f} on {os.cpu_count()} cores)"
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
