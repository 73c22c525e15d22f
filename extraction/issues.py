"""Issue tagging: which position dimensions a sentence is about."""

from __future__ import annotations

import re
from collections.abc import Iterable

from domain.values import ISSUES
from extraction.cues import CueIndex


def _patterns(lexicon: Iterable[tuple[str, Iterable[str]]]) -> list[tuple[str, re.Pattern[str]]]:
    return [
        (issue, re.compile(r"(?<![a-z])(?:" + "|".join(words) + r")(?![a-z])"))
        for issue, words in lexicon
        if issue in ISSUES
    ]


class IssueTagger:
    """Keyword lists per issue: the rule book's, the general ones of any talks, and those a
    negotiation has for general issues ('Donbas' is territory in the Russia-Ukraine talks)."""

    def __init__(
        self,
        lexicon: dict[str, list[str]],
        general: dict[str, list[str]] | None = None,
        negotiations: Iterable[tuple[str, Iterable[tuple[str, Iterable[str]]]]] = (),
    ) -> None:
        self.patterns = _patterns(lexicon.items()) + _patterns((general or {}).items())
        self.cues = CueIndex([pattern for _, pattern in self.patterns])
        self.own = {nid: _patterns(words) for nid, words in negotiations if words}
        self.own_cues = {nid: CueIndex([p for _, p in pats]) for nid, pats in self.own.items()}

    def tag(self, folded: str, negotiation: str | None = None) -> tuple[str, ...]:
        """Issue ids whose keywords occur in the (folded) text, in catalog order."""
        maybe = self.cues.candidates(folded)
        patterns = self.patterns
        found = {patterns[i][0] for i in maybe if patterns[i][1].search(folded)}
        own = self.own.get(negotiation or "")
        if own:
            maybe = self.own_cues[negotiation or ""].candidates(folded)
            for index, (issue, pattern) in enumerate(own):
                if issue not in found and index in maybe and pattern.search(folded):
                    found.add(issue)
        return tuple(issue for issue in ISSUES if issue in found)

    def spans(self, folded: str, negotiation: str | None = None) -> list[tuple[str, int, int]]:
        """(issue, start, end) of each place the (folded) text names an issue."""
        patterns = self.patterns + self.own.get(negotiation or "", [])
        return [
            (issue, m.start(), m.end())
            for issue, pattern in patterns
            for m in pattern.finditer(folded)
        ]
