"""Parties named by what they are rather than by name: 'the government' or 'the federal
authorities' of the state an article is about, and 'the rebels' or 'the guerrillas' of the one
armed group it names.

An article about a civil war names its state and its armed group, then goes on with 'the
government' and 'the rebels'. Each reading needs one candidate: the state side of the article's
known negotiation (one state side only), else the state the article names most (twice at least,
more than any other) when it also names an armed group; the armed group is the only one the
article names. Two candidates, or none, and the phrase stays nobody.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Mapping, Sequence

from extraction.actors import PREPOSITIONS, Mention, _word_before

# 'the government', 'the federal government', 'the transitional authorities'; not 'the
# Colombian government' (the adjective names it) nor 'the government of Sudan' (the name does).
GOVERNMENT = re.compile(
    r"\b[Tt]he\s+(?:(?:federal|national|central|transitional|interim|military|civilian|new|"
    r"current)\s+)?(?:government|authorities)\b(?!\s+(?:of|in)\b)"
)
# 'the rebels', 'the rebel group', 'Rwanda-backed rebels' (the backer compound, see actors.BACKER)
REBELS = re.compile(
    r"\b[Tt]he\s+(?:(?:armed|rebel|guerrilla|insurgent)\s+)?(?:rebels|guerrillas|insurgents|"
    r"rebel group|rebel movement|guerrilla group|armed group)\b|"
    r"\b[A-Z][\w.]*[-\u2010\u2011](?:backed|aligned|allied|supported)\s+(?:rebels|guerrillas|"
    r"insurgents|militias?)\b"
)


def generic_mentions(
    text: str,
    folded: str,
    mentions: Sequence[Mention],
    kinds: Mapping[str, str],
    groups: Container[str],
    state_sides: Sequence[str],
) -> list[Mention]:
    """Mentions of 'the government' and 'the rebels' where the article says whom they are.
    ``kinds`` gives registry kinds (state, organisation, person); ``groups`` the armed groups
    among the article's actors; ``state_sides`` the state sides of its known negotiation."""
    named_groups = {m.actor for m in mentions if m.actor in groups}
    state = _state(mentions, kinds, named_groups, state_sides)
    group = next(iter(named_groups)) if len(named_groups) == 1 else None
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for pattern, actor in ((GOVERNMENT, state), (REBELS, group)):
        if actor is None:
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            before = _word_before(folded, m.start())
            out.append(
                Mention(m.start(), m.end(), actor, "metonym", False, before not in PREPOSITIONS)
            )
    return out


def _state(
    mentions: Sequence[Mention],
    kinds: Mapping[str, str],
    named_groups: set[str],
    state_sides: Sequence[str],
) -> str | None:
    if len(state_sides) == 1:
        return state_sides[0]
    if state_sides or not named_groups:
        return None
    counts = Counter(m.actor for m in mentions if kinds.get(m.actor) == "state")
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]
