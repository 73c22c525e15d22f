"""What a new extractor release changed: the events of two releases compared article by article.

Pure: it takes catalog events and returns what was added, removed and changed. Events are
paired when they read the same sentence as the same type; within such a group the pairs
that agree on most fields are taken first, so an event whose date moved shows as one
change, not as a removal and an addition.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.events import CatalogEvent

# The fields a release may change in an event of the same type read from the same sentence.
COMPARED = (
    "occurred",
    "actors",
    "modality",
    "issues",
    "location",
    "attributes",
    "span",
    "confidence",
    "rule",
)


def content(event: CatalogEvent) -> dict[str, Any]:
    """An event's content in plain JSON values, without what differs by release or position."""
    occurred = event.occurred
    return {
        "type": event.type,
        "article": event.article,
        "occurred": {
            "start": occurred.start.isoformat(),
            "end": occurred.end.isoformat(),
            "precision": occurred.precision,
        },
        "actors": [{"id": a.id, "role": a.role} for a in sorted(event.actors, key=_actor_key)],
        "modality": event.modality,
        "issues": list(event.issues),
        "location": event.location,
        "attributes": {k: _plain(v) for k, v in sorted(event.attributes.items())},
        "evidence": {
            "sentence": event.evidence.sentence,
            "span": list(event.evidence.span),
            "text": event.evidence.text,
        },
        "confidence": event.confidence,
        "rule": event.extractor.rule,
    }


def _actor_key(actor: Any) -> tuple[str, str]:
    return actor.id, actor.role


def _field(item: dict[str, Any], name: str) -> Any:
    return item["evidence"]["span"] if name == "span" else item[name]


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _identity(item: dict[str, Any]) -> str:
    # The evidence text is compared rather than the sentence index, which shifts when
    # a release splits sentences differently.
    return repr(
        (item["type"], item["evidence"]["text"], *(repr(_field(item, f)) for f in COMPARED))
    )


@dataclass(frozen=True)
class Change:
    """One event whose content differs between the two releases."""

    before: dict[str, Any]
    after: dict[str, Any]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f for f in COMPARED if _field(self.before, f) != _field(self.after, f))

    def as_dict(self) -> dict[str, Any]:
        return {"fields": list(self.fields), "before": self.before, "after": self.after}


@dataclass(frozen=True)
class ArticleDiff:
    """What changed in one article's events; ``missing`` names a release with no extraction."""

    article: str
    added: tuple[dict[str, Any], ...] = ()
    removed: tuple[dict[str, Any], ...] = ()
    changed: tuple[Change, ...] = ()
    unchanged: int = 0
    missing: tuple[str, ...] = ()

    @property
    def differs(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.missing)

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "added": list(self.added),
            "removed": list(self.removed),
            "changed": [c.as_dict() for c in self.changed],
            "unchanged": self.unchanged,
            "missing": list(self.missing),
        }


@dataclass(frozen=True)
class ReleaseDiff:
    """The per-article differences between release ``before`` and release ``after``."""

    before: str
    after: str
    articles: tuple[ArticleDiff, ...] = field(default=())

    @property
    def totals(self) -> dict[str, int]:
        return {
            "articles": len(self.articles),
            "articles_changed": sum(a.differs for a in self.articles),
            "added": sum(len(a.added) for a in self.articles),
            "removed": sum(len(a.removed) for a in self.articles),
            "changed": sum(len(a.changed) for a in self.articles),
            "unchanged": sum(a.unchanged for a in self.articles),
        }

    def as_dict(self, only_differences: bool = True) -> dict[str, Any]:
        shown = [a for a in self.articles if a.differs or not only_differences]
        return {
            "before": self.before,
            "after": self.after,
            "totals": self.totals,
            "articles": [a.as_dict() for a in shown],
        }


def diff_article(
    article: str,
    before: Iterable[CatalogEvent] | None,
    after: Iterable[CatalogEvent] | None,
    *,
    names: tuple[str, str] = ("before", "after"),
) -> ArticleDiff:
    """Compares one article's events under two releases; None means no extraction."""
    missing = tuple(n for n, side in zip(names, (before, after), strict=True) if side is None)
    old = [content(e) for e in before or ()]
    new = [content(e) for e in after or ()]
    old, new, unchanged = _drop_identical(old, new)
    changed, removed, added = _pair(old, new)
    return ArticleDiff(
        article,
        added=tuple(added),
        removed=tuple(removed),
        changed=tuple(changed),
        unchanged=unchanged,
        missing=missing,
    )


def _drop_identical(
    old: list[dict[str, Any]], new: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    pending: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in old:
        pending[_identity(item)].append(item)
    fresh = []
    for item in new:
        twins = pending.get(_identity(item))
        if twins:
            twins.pop()
        else:
            fresh.append(item)
    left = [item for items in pending.values() for item in items]
    left.sort(key=_order)
    return left, fresh, len(new) - len(fresh)


def _order(item: dict[str, Any]) -> tuple[int, int, str]:
    return item["evidence"]["sentence"], item["evidence"]["span"][0], item["type"]


def _pair(
    old: list[dict[str, Any]], new: list[dict[str, Any]]
) -> tuple[list[Change], list[dict[str, Any]], list[dict[str, Any]]]:
    """Pairs events of the same type read from the same sentence, most alike first."""
    candidates = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            if a["type"] == b["type"] and a["evidence"]["text"] == b["evidence"]["text"]:
                candidates.append((-_likeness(a, b), i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    changes = []
    for _, i, j in candidates:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            changes.append(Change(old[i], new[j]))
    removed = [a for i, a in enumerate(old) if i not in used_old]
    added = [b for j, b in enumerate(new) if j not in used_new]
    changes.sort(key=lambda c: _order(c.after))
    return changes, removed, added


def _likeness(a: dict[str, Any], b: dict[str, Any]) -> int:
    shared_actors = len({x["id"] for x in a["actors"]} & {x["id"] for x in b["actors"]})
    return sum(_field(a, f) == _field(b, f) for f in COMPARED) * 10 + shared_actors


def diff_releases(
    before: str,
    after: str,
    articles: Iterable[tuple[str, Sequence[CatalogEvent] | None, Sequence[CatalogEvent] | None]],
) -> ReleaseDiff:
    """Compares two releases over (article, events before, events after) triples."""
    names = (before, after)
    return ReleaseDiff(
        before,
        after,
        tuple(diff_article(a, old, new, names=names) for a, old, new in articles),
    )
