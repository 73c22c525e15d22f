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


# An article's opening paragraph naming the sides of the Gaza talks: a sentence after it that
# names no party takes them from the article (there are no built-in parties).
ABOUT_GAZA = "Israel and Hamas have fought in Gaza since October 2023.\n"


def dated(findings: list[Finding], kind: str) -> list[tuple[date, date]]:
    """The (start, end) of each finding of a kind."""
    return [(f.occurred.start, f.occurred.end) for f in of_type(findings, kind)]


def ids(finding: Finding, role: str | None = None) -> set[str]:
    """The ids of a finding's actors, of one role if given."""
    return {a.id for a in finding.actors if role is None or a.role == role}


def parties(findings: list[Finding], kind: str) -> list[set[str]]:
    """The actor ids of each finding of a kind."""
    return [set(f.actor_ids()) for f in of_type(findings, kind)]


def assert_read_with_actor(findings: list[Finding], text: str, kind: str, actor: str) -> None:
    """A finding of the kind is read from the text, with the actor among its actors."""
    found = of_type(findings, kind)
    assert found, f"no {kind} in {text!r}: {[f.type for f in findings]}"
    assert any(actor in f.actor_ids() for f in found), [f.actor_ids() for f in found]
