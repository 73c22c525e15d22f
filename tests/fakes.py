"""Fakes of Parley's collaborators (never mocks): an extractor with scripted findings, and
a Parley whose saves lose races to a rival writer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from application.app import Parley
from application.articles import ArticleInput
from domain.finding import Finding
from domain.values import ActorRef, Evidence, ExtractorRef, Interval


class FakeExtractor:
    """Finds one event per sentence that names a known verb; deterministic and fast."""

    name = "fake"

    def __init__(self, version: str = "1.0.0", fail_on: str | None = None) -> None:
        self.version = version
        self.fail_on = fail_on

    @property
    def release(self) -> str:
        return f"{self.name}@{self.version}"

    def extract(self, article_id: str, published: date, text: str) -> list[Finding]:
        if self.fail_on and self.fail_on in text:
            raise RuntimeError(f"extractor broke on {article_id}")
        findings = []
        offset = 0
        for index, sentence in enumerate(text.split(". ")):
            for word, make in VERBS.items():
                if word in sentence:
                    evidence = Evidence(
                        article_id, index, (offset, offset + len(sentence)), sentence
                    )
                    findings.append(make(published, evidence, self.ref(word)))
            offset += len(sentence) + 2
        return findings

    def ref(self, rule: str) -> ExtractorRef:
        return ExtractorRef(self.name, self.version, f"fake.{rule}")


def _arrived(when: date, evidence: Evidence, ref: ExtractorRef) -> Finding:
    return Finding(
        "DelegationArrived",
        Interval.day(when),
        (ActorRef("hamas"), ActorRef("ismail_haniyeh")),
        evidence,
        ref,
        location="cairo",
        confidence=0.9,
        attributes={"leader": "ismail_haniyeh", "destination": "cairo"},
    )


def _demanded(when: date, evidence: Evidence, ref: ExtractorRef) -> Finding:
    return Finding(
        "DemandStated",
        Interval(when.replace(day=1), when, "approx"),
        (ActorRef("hamas"),),
        evidence,
        ref,
        issues=("permanent_ceasefire",),
        attributes={"condition": "until the attacks stop"},
    )


VERBS: dict[str, Callable[[date, Evidence, ExtractorRef], Finding]] = {
    "arrived": _arrived,
    "demands": _demanded,
}


class Contended(Parley):
    """A Parley whose first saves each find that a rival writer has just stored an article
    (a fake of the race between another writer's commit and ours)."""

    name = "parley"  # the same tables as Parley's, not ones named after this class

    def __init__(self, store: str, rival: Parley, firsts: list[ArticleInput]) -> None:
        super().__init__(url=store, extractor=FakeExtractor())  # type: ignore[arg-type]
        self.rival, self.firsts = rival, list(firsts)

    def save(self, *objects, **kwargs):  # type: ignore[no-untyped-def]
        if self.firsts:
            self.rival.ingest(self.firsts.pop(0))
        return super().save(*objects, **kwargs)
