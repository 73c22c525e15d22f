"""Issue tagging: which position dimensions a sentence is about."""

from __future__ import annotations

import re

from domain.values import ISSUES
from extraction.cues import CueIndex


class IssueTagger:
    def __init__(self, lexicon: dict[str, list[str]]) -> None:
        self.patterns = [
            (issue, re.compile(r"(?<![a-z])(?:" + "|".join(words) + r")(?![a-z])"))
            for issue, words in lexicon.items()
            if issue in ISSUES
        ]
        self.cues = CueIndex([pattern for _, pattern in self.patterns])

    def tag(self, folded: str) -> tuple[str, ...]:
        """Issue ids whose keywords occur in the (folded) text, in catalog order."""
        maybe = self.cues.candidates(folded)
        return tuple(
            issue
            for index, (issue, pattern) in enumerate(self.patterns)
            if index in maybe and pattern.search(folded)
        )
