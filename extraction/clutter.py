"""Page clutter around a story: the list of links to other articles that a page shows under
'Related News:', 'Read also' or 'You may also like'. Their headlines tell other stories (often
older, often other negotiations) in headline words, so no rule reads them: they are blanked
like the stamps of a page's top (same length, offsets kept)."""

from __future__ import annotations

import re

# The heading of a list of links, alone on its line: 'Related', 'Related News:', 'Read also:',
# 'Also read', 'See also', 'More stories', 'You may also like', 'Most read', 'Recommended'.
LINKS_HEADING = re.compile(
    r"^[ \t]*(?:related(?:[ \t]+(?:news|articles?|stories|story|content|coverage|posts?|"
    r"reading|links?|topics|videos?))?|read[ \t]+(?:also|more|next)|also[ \t]+read|see[ \t]+also|"
    r"more[ \t]+(?:stories|news|articles|on[ \t]+this(?:[ \t]+(?:story|topic))?)|"
    r"(?:you|we[ \t]+think[ \t]+you)[ \t]+(?:may|might|could)[ \t]+also[ \t]+(?:like|be[ \t]+"
    r"interested[ \t]+in|want[ \t]+to[ \t]+read)|most[ \t]+(?:read|popular|viewed|shared)|"
    r"recommended(?:[ \t]+(?:stories|articles|for[ \t]+you|reading))?|further[ \t]+reading|"
    r"on[ \t]+the[ \t]+same[ \t]+(?:subject|topic)|editor'?s[ \t]+picks?)"
    r"[ \t]*[:\-\u2013|]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The same heading opening a line that carries one link: 'Also read: Saudi Arabia to remain ...'
LINK_LINE = re.compile(
    r"^[ \t]*(?:related(?:[ \t]+(?:news|articles?|stories|story|coverage))?|read[ \t]+(?:also|more|"
    r"next)|also[ \t]+read|see[ \t]+also)[ \t]*:[ \t]*[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A link's headline: one line, short, and not a sentence of prose (no full stop at its end).
LINK_CHARS = 160
PROSE_END = re.compile(r"[.!;:\"\u201d]\s*$")
# How many lines a list of links runs at most.
LINKS = 12


def clutter_spans(text: str) -> list[tuple[int, int]]:
    """The spans of link lists' headings and headlines (a list ends at the first line of
    prose: longer than a headline or ending like a sentence)."""
    if "\n" not in text:
        return []
    spans: list[tuple[int, int]] = [m.span() for m in LINK_LINE.finditer(text)]
    for m in LINKS_HEADING.finditer(text):
        spans.append(m.span())
        at, taken = m.end() + 1, 0
        while at < len(text) and taken < LINKS:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            if line.strip():
                if len(line.strip()) > LINK_CHARS or PROSE_END.search(line):
                    break
                spans.append((at, end))
                taken += 1
            at = end + 1
    return spans


def blank(folded: str, spans: list[tuple[int, int]]) -> str:
    """folded with the spans blanked (same length)."""
    if not spans:
        return folded
    chars = list(folded)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
