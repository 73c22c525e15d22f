"""A fake extractor that returns hand-made findings, and helpers to write them tersely."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from application.app import Parley
from application.articles import ArticleInput
from application.sources import Metadata, read_paths
from domain.article import ActiveRelease, Extraction
from domain.finding import Finding
from domain.values import ActorRef, Evidence, ExtractorRef, Interval
from projections.readside import ReadSide


def d(text: str) -> date:
    return date.fromisoformat(text)


class FakeExtractor:
    """Returns the findings given for each article id; nothing for others."""

    name = "fake"

    def __init__(self, version: str = "1.0.0") -> None:
        self.version = version
        self.findings: dict[str, list[dict[str, Any]]] = {}

    @property
    def release(self) -> str:
        return f"{self.name}@{self.version}"

    def extract(self, article_id: str, published: date, text: str) -> list[Finding]:
        return [
            make(article_id, self.name, self.version, index, **spec)
            for index, spec in enumerate(self.findings.get(article_id, []))
        ]


def make(
    article_id: str,
    name: str,
    version: str,
    index: int,
    type: str,
    on: str,
    until: str | None = None,
    subject: Iterable[str] = (),
    target: Iterable[str] = (),
    mediator: Iterable[str] = (),
    participant: Iterable[str] = (),
    issues: Iterable[str] = (),
    modality: str = "asserted",
    location: str | None = None,
    precision: str | None = None,
    rule: str = "fake",
    text: str | None = None,
    negotiation: str = "unassigned",
    **attributes: Any,
) -> Finding:
    """One finding, with its evidence naming its type and article (easy to spot in answers)."""
    actors = tuple(
        ActorRef(actor, role)  # type: ignore[arg-type]  # roles are spelled right below
        for role, ids in (
            ("subject", subject),
            ("target", target),
            ("mediator", mediator),
            ("participant", participant),
        )
        for actor in ids
    )
    occurred = Interval(
        d(on),
        d(until or on),
        precision or ("day" if not until else "approx"),  # type: ignore[arg-type]
    )
    text = text or f"{type} #{index} in {article_id}"
    return Finding(
        type,
        occurred,
        actors,
        Evidence(article_id, index, (0, len(text)), text),
        ExtractorRef(name, version, rule),
        modality=modality,  # type: ignore[arg-type]
        issues=tuple(issues),
        location=location,
        confidence=0.9,
        attributes=attributes,
        negotiation=negotiation,
    )


class Newsroom:
    """Publishes articles into a Parley app whose fake extractor finds what each is given."""

    def __init__(self, app: Parley) -> None:
        self.app = app
        self.extractor: FakeExtractor = app.extractor  # type: ignore[assignment]
        self.count = 0

    def publish(self, published: str, *findings: dict[str, Any], article: str | None = None) -> str:
        self.count += 1
        article_id = article or f"a{self.count:04d}"
        self.extractor.findings[article_id] = list(findings)
        result = self.app.ingest(
            ArticleInput(article_id, d(published), f"article {article_id} text {self.count}")
        )
        assert result.status == "new", result
        return article_id

    def reextract(self, version: str) -> str:
        """What a replay does: every article's events again under a new release, then the switch."""
        old = self.app.active_release()
        extractor = FakeExtractor(version)
        extractor.findings = self.extractor.findings
        for _, ingested in self.app.articles():
            extraction = Extraction(ingested.article_id, extractor.release, ingested.published)
            for finding in extractor.extract(ingested.article_id, ingested.published, ""):
                extraction.record(finding)
            self.app.save(extraction)
        active: ActiveRelease = self.app.repository.get(ActiveRelease.ID)
        assert old is not None, "a replay switches from an active release"
        active.switch(extractor.release, old)
        self.app.save(active)
        return extractor.release


def caught_up(news: Newsroom) -> ReadSide:
    """A read side over the newsroom's app, caught up with all it published."""
    side = ReadSide(news.app)
    side.catch_up()
    return side


def state(news: Newsroom, day: str, **options: Any) -> dict[str, Any]:
    return caught_up(news).state(d(day), **options)


def ingested(*folders: Path, url: str = "memory://") -> ReadSide:
    """A read side, caught up, over an app on ``url`` that ingested the folders' articles
    with the real extractor."""
    app = Parley(url=url)
    for item in read_paths(list(folders), Metadata()):
        app.ingest(item)  # type: ignore[arg-type]
    side = ReadSide(app)
    side.catch_up()
    return side


def talks(on: str, venue: str, mediators=(), participants=(), **kw: Any) -> dict[str, Any]:
    return dict(
        type="TalksOpened",
        on=on,
        location=venue,
        venue=venue,
        mediators=tuple(mediators),
        participants=tuple(participants),
        mediator=mediators,
        participant=participants,
        **kw,
    )


def demand(on: str, who: str, *issues: str, **kw: Any) -> dict[str, Any]:
    return dict(type="DemandStated", on=on, subject=(who,), issues=issues, **kw)
