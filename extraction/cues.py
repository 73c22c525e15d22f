"""Literal cues of trigger patterns: a sentence holding none of a rule's cues cannot match it.

Read from the compiled pattern's parse tree, so a cue list never drifts from its pattern: every
match holds one of the literal strings found here (None: the pattern has no such strings). Of
the sets a pattern offers (the prefixes of a match, of any tail of it, or the cues of a
required group) the one with the longest shortest cue is kept: 'is' or 'a' occur in every
sentence and would filter nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
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
            if av[1] & re.IGNORECASE:  # type: ignore[index]
                break  # a case-blind group: its literals need not occur as written
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


def _options(items: list[tuple[object, object]]) -> list[set[str]]:
    """Sets of literals every match of the sequence holds one of (each set a condition)."""
    # (the prefixes from inside a run of literals are those of its start, shortened)
    options = [
        _prefixes(items[i:])
        for i in range(len(items))
        if i == 0 or items[i - 1][0] is not C.LITERAL
    ]
    for op, av in items:
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # type: ignore[index]
                return []  # a case-blind group: its literals need not occur as written
            options.append(_contained(list(av[3])))  # type: ignore[index]
        elif op is C.BRANCH:
            alts = [_contained(list(alt)) for alt in av[1]]  # type: ignore[index]
            options.append({c for a in alts for c in a} if all(alts) else None)  # type: ignore[union-attr]
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index,operator]
            options.append(_contained(list(av[2])))  # type: ignore[index]
    return [o for o in options if o]


def _best(options: list[set[str]]) -> set[str]:
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _contained(items: list[tuple[object, object]]) -> set[str] | None:
    """Literals one of which every match of the sequence holds: the best set found."""
    found = _options(items)
    return _best(found) if found else None


def _clauses(items: list[tuple[object, object]]) -> list[list[set[str]]]:
    """The sequence as alternatives (a match of it is a match of one of them), each with all
    the literal sets its matches hold one of: the first group or alternation of the sequence
    that splits is split, the sets of the whole sequence kept in every part."""
    whole = _options(items)
    for op, av in items:
        if op is C.SUBPATTERN and not av[1] & re.IGNORECASE:  # type: ignore[index]
            parts = _clauses(list(av[3]))  # type: ignore[index]
        elif op is C.BRANCH:
            parts = [c for alt in av[1] for c in _clauses(list(alt))]  # type: ignore[index]
        else:
            continue
        if len(parts) > 1:
            return [whole + part for part in parts]
    return [whole]


def literal_starts(pattern: re.Pattern[str]) -> set[str] | None:
    """Literals one of which every match of the pattern starts with, or None."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _prefixes(list(P.parse(pattern.pattern, pattern.flags)))


def literal_cues(pattern: re.Pattern[str]) -> set[str] | None:
    """Literals one of which every match of the pattern holds, or None."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _contained(list(P.parse(pattern.pattern, pattern.flags)))


# A pattern whose every match starts with one of its literals, none shorter than this, is tried
# only where one of them occurs ('said', 'is': a few places in a sentence), not at every
# character; one letter ('a') occurs too often to be worth it (counted: 2 costs the fewest
# instructions on the bench corpus, 1 and 3 more).
MIN_START = 2


class CueIndex:
    """One automaton over the cues of all rules: which rules may fire in a text and, for rules
    whose matches start with a literal (anchored), where they may start."""

    def __init__(self, patterns: list[re.Pattern[str]], anchor: bool = False) -> None:
        self.always: set[int] = set()
        self.anchored: set[int] = set()
        table: dict[str, tuple[set[int], set[int]]] = {}
        for index, pattern in enumerate(patterns):
            starts = literal_starts(pattern) if anchor else None
            if starts and min(map(len, starts)) >= MIN_START:
                self.anchored.add(index)
                for cue in starts:
                    table.setdefault(cue, (set(), set()))[1].add(index)
            cues = literal_cues(pattern)
            if not cues:
                self.always.add(index)
                continue
            for cue in cues:
                table.setdefault(cue, (set(), set()))[0].add(index)
        self.automaton = ahocorasick.Automaton()
        for cue, (rules, starting) in table.items():
            self.automaton.add_word(cue, (frozenset(rules), tuple(sorted(starting)), len(cue)))
        self.automaton.make_automaton()

    def candidates(self, text: str) -> set[int]:
        """Indices of the rules whose cues occur in the text (plus those without cues)."""
        if self.anchored:
            return self.starts(text)[0]
        hits = {rules for _, (rules, _, _) in self.automaton.iter(text)}
        return self.always.union(*hits)

    def starts(self, text: str) -> tuple[set[int], dict[int, list[int]]]:
        """The candidates, and for each anchored one the offsets where one of its starting
        literals occurs (unsorted, maybe repeated): its matches start at some of them. An
        anchored rule is a candidate when both one of its cues and one of its starts occur."""
        found = set(self.always)
        at: dict[int, list[int]] = {}
        for end, (rules, starting, size) in self.automaton.iter(text):
            found.update(rules)
            for index in starting:
                at.setdefault(index, []).append(end - size + 1)
        if self.anchored:
            anchored = self.anchored  # no start: no match (a test per candidate, not per rule)
            found = {index for index in found if index in at or index not in anchored}
        return found, at


def matches_at(pattern: re.Pattern[str], text: str, offsets: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, for a pattern whose every match starts at one of
    the offsets and is not empty: tried at those offsets only, left to right, none overlapping."""
    end = 0
    for at in sorted(set(offsets)):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()


# Literals shorter than this occur in most sentences ('is', 'a '): a gate tests them only when
# an alternative of its pattern holds no longer one.
MIN_CUE = 3


def _needed(sets: list[set[str]]) -> list[frozenset[str]]:
    """The sets of literals an alternative is tested for: long ones, strongest first, none
    that another implies (each literal of the other holds one of its literals)."""
    long = [s for s in sets if min(map(len, s)) >= MIN_CUE] or ([_best(sets)] if sets else [])
    kept: list[frozenset[str]] = []
    for cues in sorted({frozenset(s) for s in long}, key=lambda o: (-min(map(len, o)), len(o))):
        if not any(all(any(c in other for c in cues) for other in s) for s in kept):
            kept.append(cues)
    return kept


class Gate:
    """A cheap first test of one pattern: a text holding none of the literals every match
    holds cannot match it (the pattern is then not run at all). An alternation is tested by
    its alternatives, each for every set of literals its matches hold one of: the gate opens
    when one alternative finds a literal of each of its sets ('talks' and 'tough' for 'the
    talks were tough', not 'talks' alone, a word many alternatives share)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.automaton: ahocorasick.Automaton | None = None
        self.tests: dict[str, list[list[frozenset[str]]]] = {}
        if pattern.flags & re.IGNORECASE:
            return
        clauses = [_needed(c) for c in _clauses(list(P.parse(pattern.pattern, pattern.flags)))]
        if not all(clauses):
            return  # an alternative holds no literal: any text may match
        for sets in clauses:
            for cue in sets[0]:  # (the strongest set: the fewest alternatives tested)
                self.tests.setdefault(cue, []).append(sets[1:])
        self.single = all(len(sets) == 1 for sets in clauses)
        self.automaton = ahocorasick.Automaton()
        for cue in {c for sets in clauses for s in sets for c in s}:
            self.automaton.add_word(cue, cue)
        self.automaton.make_automaton()

    def open(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether the pattern may match somewhere in the text (or in text[pos:endpos])."""
        if self.automaton is None:
            return True
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.single:
            for _ in self.automaton.iter(text, pos, end):
                return True  # the first literal found is enough
            return False
        found = {cue for _, cue in self.automaton.iter(text, pos, end)}
        return any(
            all(not s.isdisjoint(found) for s in rest)
            for cue in found
            for rest in self.tests.get(cue, ())
        )


class Gated:
    """A pattern behind its gate: searched only when one of the literals every match holds
    occurs in the range searched (a literal of the match lies inside it), so the same matches;
    for patterns run on many sentences or windows that seldom hold their words."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.gate = Gate(pattern)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if not self.gate.open(text, pos, end):
            return None
        return self.pattern.search(text, pos, end)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self.gate.open(text):
            return iter(())
        return self.pattern.finditer(text)


_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


def _char(code: int) -> str:
    return chr(code) if chr(code).isalnum() else f"\\U{code:08x}"


def _first(items: list[tuple[object, object]], out: set[str]) -> bool | None:
    """Adds to out what the first character of a match of the sequence may be; whether the
    sequence may match empty (its first character is then the next one's), None if unknown."""
    for op, av in items:
        if op is C.LITERAL:
            out.add(_char(av))  # type: ignore[arg-type]
            return False
        if op is C.IN:
            for kind, value in av:  # type: ignore[attr-defined]
                if kind is C.LITERAL:
                    out.add(_char(value))
                elif kind is C.RANGE:
                    out.add(f"{_char(value[0])}-{_char(value[1])}")
                elif kind is C.CATEGORY and value in _CATEGORIES:
                    out.add(_CATEGORIES[value])
                else:
                    return None  # a negated set or an unusual category: anything
            return False
        if op in _ZERO_WIDTH:
            continue
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # type: ignore[index]
                return None
            inner = _first(list(av[3]), out)  # type: ignore[index]
        elif op is C.ATOMIC_GROUP:
            inner = _first(list(av), out)  # type: ignore[call-overload]
        elif op is C.BRANCH:
            found = [_first(list(alt), out) for alt in av[1]]  # type: ignore[index]
            inner = None if None in found else any(found)
        elif op in _REPEATS:
            inner = _first(list(av[2]), out)  # type: ignore[index]
            if inner is not None and not av[0]:  # type: ignore[index]
                inner = True  # none of it may be there
        else:
            return None  # any character, a back reference: anything
        if inner is None:
            return None
        if not inner:
            return False
    return True


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A class of the characters every match of the pattern starts with ('[;:\\w]'), or None:
    unknown, or a match may be empty."""
    if pattern.flags & re.IGNORECASE:
        return None
    out: set[str] = set()
    if _first(list(P.parse(pattern.pattern, pattern.flags)), out) is not False:
        return None
    return "[" + "".join(sorted(out)) + "]"


def _scanned(items: list[tuple[object, object]]) -> bool:
    """Whether re skips by itself to where a match may start: the pattern opens with a
    literal or a class, or with alternatives that each open with a literal."""
    while items and items[0][0] is C.SUBPATTERN:
        items = list(items[0][1][3])  # type: ignore[index]
    if not items:
        return False
    op, av = items[0]
    if op is C.BRANCH:
        return all(alt and alt[0][0] is C.LITERAL for alt in av[1])  # type: ignore[index]
    return op is C.LITERAL or op is C.IN


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a lookahead for the characters its matches start with: the same
    matches, found faster when it opens with a lookbehind, a word boundary or alternatives
    (the scan then tests one class at each position, not every alternative in turn). A
    pattern re already scans quickly is kept."""
    chars = first_chars(pattern)
    if chars is None or _scanned(list(P.parse(pattern.pattern, pattern.flags))):
        return pattern
    tail = "\n)" if pattern.flags & re.VERBOSE else ")"  # a comment may end the pattern
    return re.compile(f"(?={chars})(?:{pattern.pattern}{tail}", pattern.flags)
