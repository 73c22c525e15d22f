"""Issue tagging: which position dimensions a sentence is about."""

from __future__ import annotations

import re

from domain.values import ISSUES


class IssueTagger:
    def __init__(self, lexicon: dict[str, list[str]]) -> None:
        self.patterns = [
            (issue, re.compile(r"(?<![a-z])(?:" + "|".join(words) + r")(?![a-z])"))
            for issue, words in lexicon.items()
            if issue in ISSUES
        ]

    def tag(self, folded: str) -> tuple[str, ...]:
        """Issue ids whose keywords occur in the (folded) text, in catalog order."""
        return tuple(issue for issue, pattern in self.patterns if pattern.search(folded))
