"""One finding per event of an article: the same event told twice counts once."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from domain.finding import Finding


def dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per event: same type, actors and date in one article count once; a
    repeated demand keeps the issues of each report ('seeks a truce' in the headline, 'a truce
    that must end the war' in the lead: one demand, on both issues)."""
    seen: dict[tuple[Any, ...], int] = {}
    out: list[Finding] = []
    for f in findings:
        key: tuple[Any, ...] = (
            f.type,
            frozenset(a.id for a in f.actors if a.role == "subject") or f.actor_ids(),
            f.occurred.start,
            f.occurred.end,
            f.location,
        )
        if key in seen and _another_plan(out[seen[key]], f):
            key = (*key, frozenset(f.issues))  # the same plan told again still counts once
        if key in seen:
            kept = out[seen[key]]
            more = tuple(i for i in f.issues if i not in kept.issues)
            plain = not kept.attributes.get("condition") and not f.attributes.get("condition")
            if more and f.type == "DemandStated" and plain:  # a condition is one demand's own
                out[seen[key]] = replace(kept, issues=kept.issues + more)
            continue
        seen[key] = len(out)
        out.append(f)
    return out


def _another_plan(kept: Finding, f: Finding) -> bool:
    """A plan the same side put forward the same day in another sentence, on issues the first
    did not name ('suggested working groups' ... 'also advocated 48-hour ceasefires'): two
    plans, not one told twice."""
    return (
        f.type in ("ProposalMade", "CounterproposalMade")
        and f.evidence.sentence != kept.evidence.sentence
        and bool(f.issues)
        and not set(f.issues) & set(kept.issues)
    )
