"""The cue gate: a rule runs only on sentences holding one of the literals every match of its
pattern must contain."""

from __future__ import annotations

import re

from extraction.cues import literal_cues
from tests.extraction.test_wordings import FOUND, NOTHING


def test_every_match_of_a_rule_holds_one_of_its_cues(extractor):
    texts = [t for t, _, _ in FOUND] + [t for t, _ in NOTHING]
    for rule in extractor.rulebook.rules:
        cues = literal_cues(rule.pattern)
        if cues is None:
            continue
        for text in texts:
            for m in rule.pattern.finditer(text.lower()):
                assert any(c in m.group(0) for c in cues), (rule.id, m.group(0))


def test_a_rule_is_cued_by_its_rarest_required_words_not_by_its_auxiliaries():
    pattern = re.compile(r"\b(?:is|are|was)\s+(?:\w+\s+)?(?:leading|heading)\s+(?:the\s+)?team")
    assert literal_cues(pattern) == {"leading", "heading"}
    ended = re.compile(r"(?:talks|round)?\s*(?:ended|(?:broke|fell) (?:up|off))")
    assert literal_cues(ended) == {"ended", "broke", "fell"}
    assert literal_cues(re.compile(r"(?i)rafah")) is None
