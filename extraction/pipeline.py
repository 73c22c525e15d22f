"""Placeholder pipeline (replaced by the rule-based extractor)."""

from __future__ import annotations

import re
from datetime import date

from domain.finding import Finding
from domain.values import ActorRef, Evidence, ExtractorRef, Interval

SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


class RuleExtractor:
    name = "rules"
    version = "0.0.1"

    @classmethod
    def load(cls) -> RuleExtractor:
        return cls()

    @property
    def release(self) -> str:
        return f"{self.name}@{self.version}"

    def extract(self, article_id: str, published: date, text: str) -> list[Finding]:
        findings = []
        for index, match in enumerate(SENTENCE.finditer(text)):
            sentence = match.group(0)
            if "arrived in Cairo" in sentence:
                findings.append(
                    Finding(
                        "DelegationArrived",
                        Interval.day(published),
                        (ActorRef("hamas"),),
                        Evidence(article_id, index, match.span(), sentence.strip()),
                        ExtractorRef(self.name, self.version, "arrival.verb"),
                        location="cairo",
                    )
                )
        return findings
