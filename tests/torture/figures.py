"""The torture suite's figures: what was done to Parley and what it lost, summed over the run.

Each test adds to ``FIGURES``; the session's end prints them (``tests/conftest.py``), summed
over xdist workers.
"""

from __future__ import annotations

from collections import Counter

# In the order they are printed; the last ones must stay 0.
NAMES = (
    "kills",
    "kills survived",
    "requests",
    "sse resumes",
    "sse events",
    "5xx",
    "dropped connections",
    "lost",
    "duplicated",
    "partial",
    "orphaned",
    "views unlike a rebuild",
)

FIGURES: Counter[str] = Counter()


def add(**counts: int) -> None:
    """Adds counts, named with '_' for ' ' (``kills_survived=1``)."""
    for name, count in counts.items():
        FIGURES[name.replace("_", " ")] += count


def report(figures: Counter[str]) -> list[str]:
    """Lines for the terminal: every figure, in order, and any other name after them."""
    names = [*NAMES, *sorted(set(figures) - set(NAMES))]
    width = max(len(n) for n in names)
    return [f"{name:<{width}}  {figures.get(name, 0):>8,}" for name in names]
