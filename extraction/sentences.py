"""Sentence segmentation: a regex splitter that knows news abbreviations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.cues import led

# Tokens that end with a period but rarely end a sentence in news copy.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "sheikh",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "ltd",
        "co",
        "approx",
        "est",
        "dept",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "c.i.a",
        "u.s.a",
        "u.a.e",
        "a.m",
        "p.m",
        "d.c",
        "i.e",
        "e.g",
        "al",
        "el",
    ]
)
# The last alternative: copied pages often lose the space after a period ('to regroup.The').
BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+|\n\s*|(?<=[a-z]{2})[.!?]+[\"'”’]?(?=[A-Z][a-z])")
BOUNDARY = led(BOUNDARY)  # the same matches, fewer places tried
WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def _is_abbreviation(text: str, cut: int) -> bool:
    match = WORD_BEFORE.search(text, max(0, cut - 20), cut)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    # Single initials ("William J. Burns") and dotted acronyms never end a sentence here.
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


# Words that open a sentence, so "... at the request of the U.S. Meanwhile, ..." splits.
STARTERS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "meanwhile",
        "however",
        "but",
        "and",
        "he",
        "she",
        "it",
        "they",
        "we",
        "in",
        "on",
        "at",
        "after",
        "before",
        "while",
        "when",
        "since",
        "although",
        "despite",
        "earlier",
        "later",
        "separately",
        "also",
        "still",
        "yet",
        "according",
        "asked",
    ]
)
NEXT_WORD = re.compile(r"[A-Za-z]+")


def _starts_sentence(text: str, pos: int) -> bool:
    word = NEXT_WORD.match(text, pos)
    return word is not None and word.group(0)[0].isupper() and word.group(0).lower() in STARTERS


# A line break inside a sentence ('the demand being' / 'rejected by the group'): the line ends
# on a word or a comma and the next opens in lowercase, as copied pages break paragraphs.
LINE_END_OPEN = re.compile(r"[a-z,]$")


def _broken_line(text: str, cut: int, after: int) -> bool:
    return bool(
        after < len(text)
        and text[after].islower()
        and LINE_END_OPEN.search(text[max(0, cut - 20) : cut].rstrip(" \t"))
    )


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their character offsets in the text; blank lines are boundaries."""
    out: list[Sentence] = []
    start = 0
    for match in BOUNDARY.finditer(text):
        cut = match.start()
        if text[cut] == "\n" and _broken_line(text, cut, match.end()):
            continue
        if text[cut] in ".!?" and "\n" not in match.group(0):
            follow = text[match.end() : match.end() + 1]
            if follow and not (follow.isupper() or follow.isdigit() or follow in "\"'“‘("):
                continue
            if (
                text[cut] == "."
                and _is_abbreviation(text, cut)
                and not _starts_sentence(text, match.end())
            ):
                continue
        _append(out, text, start, match.end())
        start = match.end()
    _append(out, text, start, len(text))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = start + lead
    out.append(Sentence(len(out), begin, begin + len(stripped), stripped))
