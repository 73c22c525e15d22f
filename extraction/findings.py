"""Readings of a finding shared by the passes over an article: its doers, its catalog fields."""

from __future__ import annotations

from typing import Any

from domain.events import CATALOG
from domain.finding import Finding

# a round of talks: the finding the passes over an article's rounds read
TALKS = "TalksOpened"


def doers_of(finding: Finding) -> set[str]:
    """Who did the deed a finding tells: its subjects."""
    return {a.id for a in finding.actors if a.role == "subject"}


def attributes_of(kind: str, raw: dict[str, Any]) -> dict[str, Any]:
    """The raw attributes the type's catalog entry has a field for, empty ones dropped, lists
    made tuples."""
    fields = CATALOG[kind].__annotations__
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in fields or value is None or value == "":
            continue
        out[key] = tuple(value) if isinstance(value, list) else value
    return out
