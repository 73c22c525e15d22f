"""Literal cues of trigger patterns: a sentence holding none of a rule's cues cannot match it.

Read from the compiled pattern's parse tree, so a cue list never drifts from its pattern: every
match starts with one of the literal prefixes found here (None: the pattern has no such prefix)."""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

import ahocorasick

_SKIPPED = {C.AT, C.ASSERT, C.ASSERT_NOT}


def _prefixes(items: list[tuple[object, object]]) -> set[str] | None:
    acc = ""
    for op, av in items:
        if op in _SKIPPED and not acc:
            continue
        if op is C.LITERAL:
            acc += chr(av)  # type: ignore[arg-type]
            continue
        if op is C.SUBPATTERN:
            inner = _prefixes(list(av[3]))  # type: ignore[index]
            return {acc + p for p in inner} if inner else ({acc} if acc else None)
        if op is C.BRANCH:
            found: set[str] = set()
            for alt in av[1]:  # type: ignore[index]
                sub = _prefixes(list(alt))
                if not sub:
                    return {acc} if acc else None
                found.update(acc + p for p in sub)
            return found
        break
    return {acc} if acc else None


def literal_cues(pattern: re.Pattern[str]) -> set[str] | None:
    """Literal prefixes one of which every match of the pattern starts with, or None."""
    return _prefixes(list(P.parse(pattern.pattern, pattern.flags)))


class CueIndex:
    """One automaton over the cues of all rules: which rules may fire in a text."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.always: set[int] = set()
        table: dict[str, set[int]] = {}
        for index, pattern in enumerate(patterns):
            cues = literal_cues(pattern)
            if not cues:
                self.always.add(index)
                continue
            for cue in cues:
                table.setdefault(cue, set()).add(index)
        self.automaton = ahocorasick.Automaton()
        for cue, rules in table.items():
            self.automaton.add_word(cue, frozenset(rules))
        self.automaton.make_automaton()

    def candidates(self, text: str) -> set[int]:
        """Indices of the rules whose cues occur in the text (plus those without cues)."""
        found = set(self.always)
        for _, rules in self.automaton.iter(text):
            found.update(rules)
        return found
