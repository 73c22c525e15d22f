"""Extraction cost grows linearly with an article's length: checked by counting the reads of
the article's mentions, never by timing (bench/extraction_bench.py --large prints seconds)."""

from __future__ import annotations

from datetime import date

import pytest

from extraction.actors import Mention
from extraction.pipeline import RuleExtractor, _per_sentence

PARAGRAPH = (
    "Hamas sent a delegation to Cairo on Monday for talks with Egyptian mediators. "
    "Israel rejected the latest proposal, an official said. "
    "Qatar's prime minister urged both sides to accept the deal."
)


class CountedReads(list):
    """A list that counts how many items were read from it by iteration."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self.reads = 0

    def __iter__(self):
        for item in super().__iter__():
            self.reads += 1
            yield item


def mention_reads(monkeypatch: pytest.MonkeyPatch, paragraphs: int) -> int:
    extractor = RuleExtractor.load()
    resolve = extractor.resolver.resolve
    counted: list[CountedReads] = []

    def counting(*args, **kwargs):
        mentions, places = (CountedReads(found) for found in resolve(*args, **kwargs))
        counted.extend([mentions, places])
        return mentions, places

    monkeypatch.setattr(extractor.resolver, "resolve", counting)
    found = extractor.extract("t", date(2024, 2, 14), "\n\n".join([PARAGRAPH] * paragraphs))
    assert found
    return sum(c.reads for c in counted)


def test_reading_mentions_costs_in_proportion_to_the_article_not_its_square(monkeypatch):
    small, large = mention_reads(monkeypatch, 40), mention_reads(monkeypatch, 160)
    assert small > 0
    assert large <= 4 * small * 1.1


def mention(start: int, end: int) -> Mention:
    return Mention(start, end, "hamas", "organisation")


def test_each_mention_goes_to_the_sentence_that_holds_it_in_order():
    starts, ends = [0, 20, 50], [15, 40, 70]
    items = [mention(0, 5), mention(8, 14), mention(22, 30), mention(55, 60)]
    assert _per_sentence(starts, ends, items) == [items[:2], items[2:3], items[3:]]


def test_a_mention_across_a_sentence_boundary_or_between_sentences_goes_nowhere():
    starts, ends = [0, 20], [15, 40]
    assert _per_sentence(starts, ends, [mention(10, 22), mention(16, 19), mention(38, 45)]) == [
        [],
        [],
    ]
