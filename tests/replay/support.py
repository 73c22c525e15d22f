"""Test material for replays: a small extractor whose alias table and date rule can be edited,
as a user edits the actor registry, and articles made from the seeds' sentences."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from application.articles import ArticleInput
from domain.finding import Finding
from domain.values import ActorRef, Evidence, ExtractorRef, Interval

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
ALIASES = {"Hamas": "hamas", "Israel": "israel", "Egypt": "egypt", "Haniyeh": "ismail_haniyeh"}
RULES = {"arrived": "DelegationArrived", "talks": "TalksOpened", "rejected": "ProposalRejected"}


class AliasExtractor:
    """One event per sentence with a trigger word; actors from an editable alias table."""

    name = "alias"

    def __init__(
        self,
        version: str = "1.0.0",
        aliases: dict[str, str] | None = None,
        weeks: bool = False,
        fail_on: str | None = None,
    ) -> None:
        self.version = version
        self.fail_on = fail_on
        self.aliases = dict(ALIASES if aliases is None else aliases)
        self.weeks = weeks  # the date fix: 'last week' read as the week before, not the day

    @property
    def release(self) -> str:
        return f"{self.name}@{self.version}"

    def extract(self, article_id: str, published: date, text: str) -> list[Finding]:
        if self.fail_on and self.fail_on == article_id:
            raise RuntimeError(f"broke on {article_id}")
        findings = []
        for index, match in enumerate(SENTENCE.finditer(text)):
            sentence = match.group(0)
            actors = self._actors(sentence)
            for word, kind in RULES.items():
                if word in sentence and actors:
                    evidence = Evidence(article_id, index, match.span(), sentence.strip())
                    ref = ExtractorRef(self.name, self.version, f"alias.{word}")
                    findings.append(
                        Finding(
                            kind,
                            self._when(sentence, published),
                            actors,
                            evidence,
                            ref,
                            confidence=0.8,
                        )
                    )
        return findings

    def _actors(self, sentence: str) -> tuple[ActorRef, ...]:
        found = {actor for alias, actor in self.aliases.items() if alias in sentence}
        return tuple(ActorRef(a) for a in sorted(found))

    def _when(self, sentence: str, published: date) -> Interval:
        if self.weeks and "last week" in sentence:
            return Interval(published - timedelta(days=7), published - timedelta(days=1), "week")
        return Interval.day(published)


def seed_articles() -> list[ArticleInput]:
    manifest = json.loads((SEEDS / "manifest.json").read_text())
    return [
        ArticleInput(
            entry["id"],
            date.fromisoformat(entry["published"]),
            (SEEDS / entry["file"]).read_text(),
            title=entry.get("title"),
        )
        for entry in manifest["articles"]
    ]


def generated_articles(count: int, sentences_each: int = 12) -> Iterator[ArticleInput]:
    """Distinct articles made of the seeds' sentences, rotated, with their own ids and dates."""
    sentences = [
        s.strip() for a in seed_articles() for s in SENTENCE.findall(a.text) if len(s.strip()) > 20
    ]
    start = date(2023, 10, 7)
    for n in range(count):
        chosen = [sentences[(n * 7 + k * 13) % len(sentences)] for k in range(sentences_each)]
        text = f"Dispatch {n}. " + " ".join(chosen)
        yield ArticleInput(f"gen_{n:05d}", start + timedelta(days=n % 300), text)
