from __future__ import annotations

from datetime import date

import pytest

from domain.finding import Finding
from extraction.pipeline import RuleExtractor

PUBLISHED = date(2024, 2, 14)  # a Wednesday


@pytest.fixture(scope="session")
def extractor() -> RuleExtractor:
    return RuleExtractor.load()


@pytest.fixture(scope="session")
def read(extractor: RuleExtractor):
    """Findings of one text published on a given date (default Wednesday 2024-02-14)."""

    def run(text: str, published: date = PUBLISHED) -> list[Finding]:
        return extractor.extract("t", published, text)

    return run


def of_type(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.type == kind]
