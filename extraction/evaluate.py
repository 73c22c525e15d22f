"""Scoring extracted events against gold annotations, with the matching rules of
``shared/tools/score.py``: kind match, dated match, precision over gold-covered articles,
negatives that must not be found; and, to choose the next work by numbers, a confusion of
types and the date errors by kind."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from domain.finding import Finding
from extraction import Extractor


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_articles(folder: str | Path) -> list[tuple[str, date, str]]:
    """(id, published, text) of the articles listed in ``manifest.json`` of a folder."""
    root = Path(folder)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    entries = manifest["articles"] if isinstance(manifest, dict) else manifest
    return [
        (
            entry["id"],
            date.fromisoformat(entry["published"][:10]),
            (root / entry["file"]).read_text(encoding="utf-8"),
        )
        for entry in entries
    ]


def finding_record(article: str, finding: Finding) -> dict[str, Any]:
    """The fields of the export shape that scoring reads."""
    return {
        "type": finding.type,
        "article": article,
        "occurred": {
            "start": finding.occurred.start.isoformat(),
            "end": finding.occurred.end.isoformat(),
            "precision": finding.occurred.precision,
        },
        "actors": [{"id": a.id, "role": a.role} for a in finding.actors],
        "evidence": {"text": finding.evidence.text, "sentence": finding.evidence.sentence},
        "extractor": {"rule": finding.extractor.rule},
    }


def extract_records(
    extractor: Extractor, articles: Iterable[tuple[str, date, str]]
) -> list[dict[str, Any]]:
    return [
        finding_record(article_id, f)
        for article_id, published, text in articles
        for f in extractor.extract(article_id, published, text)
    ]


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


def _actor_ids(ev: dict[str, Any]) -> set[str]:
    return {a["id"] if isinstance(a, dict) else a for a in ev.get("actors") or []}


def _article(ev: dict[str, Any]) -> str:
    return ev.get("article") or (ev.get("evidence") or {}).get("article") or "?"


def kind_match(ev: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Type accepted by the gold row, and any of its actors among the event's (if it names any)."""
    if ev.get("type") not in gold["types"]:
        return False
    wanted = set(gold.get("actors") or [])
    return not wanted or bool(wanted & _actor_ids(ev))


def dated_match(ev: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Midpoint inside the gold window, and no wider than the window plus two days."""
    occurred = ev.get("occurred") or {}
    try:
        start = _day(occurred["start"])
        end = _day(occurred.get("end") or occurred["start"])
    except (KeyError, ValueError, TypeError):
        return False
    g_start, g_end = _day(gold["start"]), _day(gold["end"])
    mid = start + (end - start) / 2
    return g_start <= mid <= g_end and (end - start).days <= (g_end - g_start).days + 2


# Why a kind-matched gold row is not dated (the first that applies):
# wrong_span    an event overlaps the gold window: right anchor, width or precision off;
# missing_time  an event sits on the publication day, the default of an undated event;
# wrong_anchor  a time expression resolved against the wrong reference, or the wrong one taken.
DATE_ERRORS = ("wrong_span", "missing_time", "wrong_anchor")
NONE = "-"  # no event of the gold row / no gold row for the event, in the type confusion


def _interval(ev: dict[str, Any]) -> tuple[date, date] | None:
    occurred = ev.get("occurred") or {}
    try:
        return _day(occurred["start"]), _day(occurred.get("end") or occurred["start"])
    except (KeyError, ValueError, TypeError):
        return None


def date_error(matched: list[dict[str, Any]], gold: dict[str, Any], published: date | None) -> str:
    """The kind of date error of kind-matched events none of which is dated (DATE_ERRORS)."""
    g_start, g_end = _day(gold["start"]), _day(gold["end"])
    spans = [iv for iv in map(_interval, matched) if iv is not None]
    if any(start <= g_end and g_start <= end for start, end in spans):
        return "wrong_span"
    if published is not None and (published, published) in spans:
        return "missing_time"
    return "wrong_anchor"


def _confused_with(
    row: dict[str, Any], events: list[dict[str, Any]], used: set[int]
) -> dict[str, Any] | None:
    """The event of another type a missed gold row was most likely read as: one sharing an
    actor with the row (any event if the row names none), dated in its window first."""
    wanted = set(row.get("actors") or [])
    candidates = [
        ev
        for ev in events
        if ev.get("type") not in row["types"] and (not wanted or wanted & _actor_ids(ev))
    ]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda ev: (not dated_match(ev, row), id(ev) in used, len(wanted - _actor_ids(ev))),
    )


@dataclass
class Tally:
    core: int = 0
    kind: int = 0
    dated: int = 0
    extracted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.kind / self.core if self.core else 0.0

    @property
    def dated_recall(self) -> float:
        return self.dated / self.core if self.core else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 0.0


@dataclass
class Report:
    """Scores overall, per article and per event type, with what was missed or spurious."""

    total: Tally = field(default_factory=Tally)
    articles: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    types: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    negative_hits: list[str] = field(default_factory=list)
    date_errors: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, extracted)

    def summary(self) -> dict[str, Any]:
        return {
            "core_gold": self.total.core,
            "extracted": self.total.extracted,
            "recall_kind": round(self.total.recall, 3),
            "recall_dated": round(self.total.dated_recall, 3),
            "precision_kind": round(self.total.precision, 3),
            "negative_hits": list(self.negative_hits),
            "date_errors": {kind: self.date_errors[kind] for kind in DATE_ERRORS},
            "type_confusion": [
                {"gold": gold, "extracted": extracted, "count": count}
                for (gold, extracted), count in self.confusions()
            ],
        }

    def confusions(self) -> list[tuple[tuple[str, str], int]]:
        """(gold type, extracted type) pairs, most frequent first."""
        return sorted(self.confusion.items(), key=lambda item: (-item[1], item[0]))


def score(
    gold: list[dict[str, Any]],
    events: list[dict[str, Any]],
    published: dict[str, date] | None = None,
) -> Report:
    """Scores events (export shape) against gold rows (seeds-gold.jsonl shape). With the
    articles' publication dates, an event left on that day counts as a missing time."""
    report = Report()
    published = published or {}
    gold = [row for row in gold if not row.get("absent")]  # annotated, not in the stored text
    gold_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in gold:
        gold_by_article[row["article"]].append(row)
    events_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        events_by_article[_article(ev)].append(ev)

    confused: set[int] = set()  # events counted in the confusion as read for a missed row
    for row in gold:
        if not row.get("core") or row.get("negative"):
            continue
        tallies = [report.total, report.articles[row["article"]], report.types[row["types"][0]]]
        in_article = events_by_article.get(row["article"], [])
        matched = [ev for ev in in_article if kind_match(ev, row)]
        dated = any(dated_match(ev, row) for ev in matched)
        for t in tallies:
            t.core += 1
            t.kind += bool(matched)
            t.dated += dated
        if not matched:
            report.misses.append({"why": "missing", **_gold_brief(row)})
            other = _confused_with(row, in_article, confused)
            if other is not None:
                confused.add(id(other))
            report.confusion[(row["types"][0], other["type"] if other else NONE)] += 1
        elif not dated:
            kind = date_error(matched, row, published.get(row["article"]))
            report.date_errors[kind] += 1
            found = [ev.get("occurred") for ev in matched][:3]
            report.misses.append({"why": "date", **_gold_brief(row), "found": found, "kind": kind})

    for article, evs in events_by_article.items():
        if article not in gold_by_article:
            continue
        rows = [g for g in gold_by_article[article] if not g.get("negative")]
        for ev in evs:
            ok = any(kind_match(ev, g) for g in rows)
            for t in (report.total, report.articles[article], report.types[ev.get("type", "?")]):
                t.extracted += 1
                t.correct += ok
            if not ok and id(ev) not in confused:
                report.confusion[(NONE, ev.get("type", "?"))] += 1
            if not ok:
                report.spurious.append(
                    {
                        "article": article,
                        "type": ev.get("type"),
                        "actors": sorted(_actor_ids(ev)),
                        "rule": (ev.get("extractor") or {}).get("rule", ""),
                        "text": (ev.get("evidence") or {}).get("text", "")[:140],
                    }
                )
    for row in gold:
        if row.get("negative") and any(
            kind_match(ev, row) for ev in events_by_article.get(row["article"], [])
        ):
            report.negative_hits.append(row["id"])
    return report


def _gold_brief(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "article": row["article"],
        "types": row["types"],
        "note": row.get("note", ""),
    }


def render(report: Report) -> str:
    """A plain-text report: totals on its first line, per article, per type, date errors by
    kind, type confusion, misses, spurious, negatives."""
    lines: list[str] = []
    s = report.summary()
    lines.append(
        f"core recall {s['recall_kind']:.3f}  dated recall {s['recall_dated']:.3f}  "
        f"precision {s['precision_kind']:.3f}  negatives hit {len(s['negative_hits'])}  "
        f"(core gold {s['core_gold']}, extracted {s['extracted']})"
    )
    for title, table in (("article", report.articles), ("event type", report.types)):
        lines.append("")
        lines.append(
            f"{'per ' + title:<28} {'core':>5} {'recall':>7} {'dated':>7} {'extr':>5} {'prec':>6}"
        )
        for key in sorted(table):
            t = table[key]
            recall = f"{t.recall:.2f}" if t.core else "-"
            dated = f"{t.dated_recall:.2f}" if t.core else "-"
            precision = f"{t.precision:.2f}" if t.extracted else "-"
            lines.append(
                f"{key:<28} {t.core:>5} {recall:>7} {dated:>7} {t.extracted:>5} {precision:>6}"
            )
    lines.append("")
    lines.append(
        "date errors by kind: "
        + ", ".join(f"{kind.replace('_', ' ')} {report.date_errors[kind]}" for kind in DATE_ERRORS)
    )
    if report.confusion:
        lines.append("")
        lines.append(f"{'type confusion: gold':<28} {'extracted':<28} {'count':>5}")
        for (gold_type, extracted), count in report.confusions():
            lines.append(f"{gold_type:<28} {extracted:<28} {count:>5}")
    if report.misses:
        lines.append("")
        lines.append("misses:")
        for m in report.misses:
            why = f"{m['why']}:{m['kind']}" if m.get("kind") else m["why"]
            extra = f" found {m['found']}" if m.get("found") else ""
            lines.append(f"  {why:<8} {m['id']:<8} {'/'.join(m['types'])}: {m['note']}{extra}")
    if report.spurious:
        lines.append("")
        lines.append("spurious:")
        for sp in report.spurious:
            lines.append(
                f"  {sp['article']} {sp['type']} {','.join(sp['actors'])} [{sp['rule']}] "
                f"{sp['text']}"
            )
    if report.negative_hits:
        lines.append("")
        lines.append("negatives hit: " + ", ".join(report.negative_hits))
    return "\n".join(lines)
