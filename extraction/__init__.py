"""Text to domain events: a pure, deterministic, versioned extractor."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from domain.finding import Finding


class Extractor(Protocol):
    """What the application needs of an extractor."""

    name: str
    version: str

    @property
    def release(self) -> str: ...

    def extract(self, article_id: str, published: date, text: str) -> list[Finding]: ...


def load_extractor() -> Extractor:
    """The extractor in force, with its data files read (see ``PARLEY_EXTRACTION_DATA``)."""
    from extraction.pipeline import RuleExtractor

    return RuleExtractor.load()
