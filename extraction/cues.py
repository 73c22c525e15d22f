"""Literal cues of trigger patterns: a sentence holding none of a rule's cues cannot match it.

Read from the compiled pattern's parse tree, so a cue list never drifts from its pattern: every
match holds one of the literal strings found here (None: the pattern has no such strings). Of
the sets a pattern offers (the prefixes of a match, of any tail of it, or the cues of a
required group) the one with the longest shortest cue is kept: 'is' or 'a' occur in every
sentence and would filter nothing."""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

import ahocorasick

_SKIPPED = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}


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


def _contained(items: list[tuple[object, object]]) -> set[str] | None:
    """Literals one of which every match of the sequence holds: the best set found."""
    options = [_prefixes(items[i:]) for i in range(len(items))]
    for op, av in items:
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # type: ignore[index]
                return None  # a case-blind group: its literals need not occur as written
            options.append(_contained(list(av[3])))  # type: ignore[index]
        elif op is C.BRANCH:
            alts = [_contained(list(alt)) for alt in av[1]]  # type: ignore[index]
            options.append({c for a in alts for c in a} if all(alts) else None)  # type: ignore[union-attr]
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index,operator]
            options.append(_contained(list(av[2])))  # type: ignore[index]
    found = [o for o in options if o]
    return max(found, key=lambda o: (min(map(len, o)), -len(o))) if found else None


def literal_cues(pattern: re.Pattern[str]) -> set[str] | None:
    """Literals one of which every match of the pattern holds, or None."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _contained(list(P.parse(pattern.pattern, pattern.flags)))


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
        hits = {rules for _, rules in self.automaton.iter(text)}
        return self.always.union(*hits)
