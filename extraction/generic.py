"""Parties named by what they are rather than by name: 'the government' or 'the federal
authorities' of the state an article is about, 'the rebels' or 'the guerrillas' of the one
armed group it names, 'the army' or 'the military' of the one state's armed forces it names,
and 'the two sides' or 'the warring parties' of the negotiation it is about.

An article about a civil war names its state and its armed group, then goes on with 'the
government' and 'the rebels'. Each reading needs one candidate: the state side of the article's
known negotiation (one state side only), else the state the article names most (twice at least,
more than any other) when it also names an armed group; the armed group is the only one the
article names. Two candidates, or none, and the phrase stays nobody.

'The two sides' (and 'both parties', 'the rival factions', 'the two presidents', ...) are the
last pair of parties the paragraph named together ('the US and Russia ... the two countries'),
else both sides of the article's known negotiation; read as two mentions side by side, so a
verb's doer is the pair as if both were named. No pair and no known negotiation leaves them
nobody.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Container, Mapping, Sequence
from itertools import pairwise

from extraction.actors import PREPOSITIONS, SENT_OF, Mention, _word_before, sent_from
from extraction.cues import CueIndex, led

# 'the government', 'the federal government', 'the transitional authorities', 'the security
# cabinet'; not 'the Colombian government' (the adjective names it) nor 'the government of
# Sudan' (the name does); 'the army-backed government', 'the U.S.-backed government': the
# backer named in the compound is not the government.
GOVERNMENT = re.compile(
    r"\b[Tt]he\s+(?:(?:army|military|[A-Z][\w.]*)[-\u2010\u2011](?:backed|aligned|led)\s+)?"
    r"(?:(?:federal|national|central|transitional|interim|military|civilian|new|"
    r"current)\s+)?(?:government|authorities|(?:security\s+|war\s+)?cabinet)\b(?!\s+(?:of|in)\b)"
)
# 'the rebels', 'the rebel group', 'Rwanda-backed rebels' (the backer compound, see actors.BACKER)
REBELS = re.compile(
    r"\b[Tt]he\s+(?:(?:armed|rebel|guerrilla|insurgent)\s+)?(?:rebels|guerrillas|insurgents|"
    r"rebel group|rebel movement|guerrilla group|armed group)\b|"
    r"\b[A-Z][\w.]*[-\u2010\u2011](?:backed|aligned|allied|supported)\s+(?:rebels|guerrillas|"
    r"insurgents|militias?)\b"
)

# 'the army', 'the military', 'the junta', 'the General Command of the Armed Forces': the state's
# armed forces the article names (one only).
ARMY = re.compile(
    r"\b[Tt]he\s+(?:(?i:general\s+command|high\s+command|command)\s+of\s+the\s+)?"
    r"(?:(?:regular|national|country's)\s+)?(?i:army|military|armed forces|junta)\b"
    r"(?!\s+(?:of|in)\b|[-\u2010\u2011])"
)

# The two sides of a conflict named together: 'the two sides', 'both parties', 'the warring
# parties', 'Sudan's rival factions', 'the two presidents', 'both delegations'. Not 'the parties
# to the agreement' alone: with 'the' and no number the noun must be a conflict's ('warring'),
# or the doer of a verb that follows ('the parties agreed').
COLLECTIVE = re.compile(
    r"\b(?:the\s+two|both(?:\s+the)?|the\s+(?=(?:warring|rival|opposing|conflicting|"
    r"belligerent)\b))\s+(?:(?:warring|rival|opposing|conflicting|belligerent|negotiating)\s+)?"
    r"(?:sides|parties|factions|camps|belligerents|countries|states|nations|governments|neighbou?rs|"
    r"leaders|presidents|prime ministers|foreign ministers|defen[cs]e ministers|ministers|"
    r"delegations|negotiating teams|teams|armies|militaries|generals|rivals|adversaries)\b"
    r"|(?<=[\w.]'s\s)(?:(?:warring|rival|opposing)\s+)(?:sides|parties|factions|generals|camps)\b"
    # 'the parties would sign', 'the factions agreed': the noun alone when a verb follows it
    r"|\bthe\s+(?:parties|factions|belligerents)(?=\s+(?:would|will|have|had|agreed|signed|"
    r"reached|committed|pledged|also|both|reportedly|later|then)\b)"
    # 'the parties to the conflict have agreed': the parties of a war, whatever verb follows
    r"|\bthe\s+parties\s+to\s+the\s+(?:conflict|war|fighting)\b"
)
COLLECTIVE = led(COLLECTIVE)  # the same matches, fewer places tried
# The mention kind of 'the two sides' (Mention.kind): rules that want a side named by name
# tell it apart.
COLLECTIVE_KIND = "collective"
# 'both sides' of something else: 'on both sides of the border', 'both sides of the Atlantic'.
NOT_PARTIES = re.compile(r"\s+of\s+the\s+(?:border|line|frontier|river|aisle|atlantic|divide)\b")


def generic_mentions(
    text: str,
    folded: str,
    mentions: Sequence[Mention],
    kinds: Mapping[str, str],
    groups: Container[str],
    state_sides: Sequence[str],
    sides: Sequence[str] = (),
    neutral: Container[str] = (),
    mediators: Container[str] = (),
    militaries: Container[str] = (),
    side_of: Callable[[str], str] | None = None,
) -> list[Mention]:
    """Mentions of 'the government', 'the rebels' and 'the two sides' where the article says
    whom they are. ``kinds`` gives registry kinds (state, organisation, person); ``groups`` the
    armed groups among the article's actors; ``state_sides`` the state sides of its known
    negotiation, ``sides`` all of its sides, ``neutral`` the bodies never a side, ``mediators``
    its mediators (two of them named together are no pair of sides: 'Egypt and Qatar'),
    ``militaries`` the states' armed forces in the registry, ``side_of`` the state or body a
    person acts for (for 'the two leaders')."""
    named_groups = {m.actor for m in mentions if m.actor in groups}
    state = _state(mentions, kinds, named_groups, state_sides)
    group = next(iter(named_groups)) if len(named_groups) == 1 else None
    armies = {m.actor for m in mentions if m.actor in militaries}
    army = next(iter(armies)) if len(armies) == 1 else None
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for pattern, actor in ((GOVERNMENT, state), (REBELS, group), (ARMY, army)):
        if actor is None:
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            before = _word_before(folded, m.start())
            out.append(
                Mention(m.start(), m.end(), actor, "metonym", False, before not in PREPOSITIONS)
            )
    parties = [
        m
        for m in mentions
        if (kinds.get(m.actor) in ("state", "organisation") or m.actor in groups)
        and m.actor not in neutral
    ]
    persons = [m for m in mentions if kinds.get(m.actor) == "person"] if side_of else []
    out.extend(_collective(folded, taken, parties, sides, mediators, persons, side_of))
    return out


def _collective(
    folded: str,
    taken: list[tuple[int, int]],
    parties: Sequence[Mention],
    sides: Sequence[str],
    mediators: Container[str],
    persons: Sequence[Mention] = (),
    side_of: Callable[[str], str] | None = None,
) -> list[Mention]:
    """'The two sides' as two adjacent mentions, one per side: the clause reader chains them as
    it chains 'Russia and Ukraine'. 'The two leaders' (presidents, ministers ...) are first the
    last two persons of two sides the paragraph named ('Sisi met King Abdullah ... the two
    leaders'), not the sides of the article's talks."""
    out: list[Mention] = []
    for m in COLLECTIVE.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken) or NOT_PARTIES.match(
            folded, m.end()
        ):
            continue
        people = PEOPLE.search(m.group(0)) and side_of is not None
        pair = (
            (_last_persons(folded, persons, m.start(), side_of) if people and side_of else None)
            or _last_pair(folded, parties, m.start(), mediators)
            or (tuple(sides) if len(sides) == 2 else ())
            # talks no data file lists ('Colombia and the EMC held talks ...'): the pair the
            # article last named together before, in any paragraph
            or (_last_pair(folded, parties, m.start(), mediators, whole=True) if not sides else ())
        )
        if not pair:
            continue
        before = _word_before(folded, m.start())
        eligible = (
            before not in PREPOSITIONS
            or (before == "from" and sent_from(folded, m.start()))
            or (
                before in ("of", "from")
                and SENT_OF.search(folded, max(0, m.start() - 40), m.start()) is not None
            )
        )
        cut = m.start() + m.group(0).rfind(" ") + 1
        out.append(Mention(m.start(), cut, pair[0], COLLECTIVE_KIND, False, eligible))
        out.append(Mention(cut, m.end(), pair[1], COLLECTIVE_KIND, False, eligible))
    if side_of is not None:
        out.extend(_bare_people(folded, taken + [(o.start, o.end) for o in out], persons, side_of))
    return out


# 'The ministers' with no number: the last two persons of two sides the paragraph named ('Lavrov
# met Sybiha in Istanbul. The ministers agreed ...'); never the sides of the article's talks, and
# not 'the ministers of Rwanda and Congo' (their names follow).
BARE_PEOPLE = re.compile(
    r"\bthe\s+(?:(?:foreign|defen[cs]e|prime)\s+)?(?:ministers|leaders|presidents)\b"
    r"(?!\s+(?:of|from|for|in|at|who|whose)\b|')"
)


def _bare_people(
    folded: str,
    taken: list[tuple[int, int]],
    persons: Sequence[Mention],
    side_of: Callable[[str], str],
) -> list[Mention]:
    """'The ministers' as two adjacent mentions of the two persons the paragraph last named."""
    out: list[Mention] = []
    for m in BARE_PEOPLE.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        pair = _last_persons(folded, persons, m.start(), side_of)
        if not pair:
            continue
        eligible = _word_before(folded, m.start()) not in PREPOSITIONS
        cut = m.start() + m.group(0).rfind(" ") + 1
        out.append(Mention(m.start(), cut, pair[0], COLLECTIVE_KIND, False, eligible))
        out.append(Mention(cut, m.end(), pair[1], COLLECTIVE_KIND, False, eligible))
    return out


# Two parties named together: 'Russia and Ukraine', 'between Congo and the M23'.
# 'the Colombian government and the EMC': a state's adjective with its government or forces.
JOINED = re.compile(
    r"(?:(?:'s)?\s+(?:government|authorities|army|military|armed forces))?"
    r"\s*,?\s*(?:and|&)\s+(?:the\s+)?$"
)
# How far back in its paragraph a pair named together is what 'the two sides' refers to.
PAIR_REACH = 400


def _last_pair(
    folded: str,
    parties: Sequence[Mention],
    pos: int,
    mediators: Container[str],
    whole: bool = False,
) -> tuple[str, str] | None:
    """The two parties the paragraph (or, whole, the article) last named together before pos."""
    floor = 0 if whole else max(folded.rfind("\n", 0, pos) + 1, pos - PAIR_REACH)
    before = [p for p in parties if floor <= p.start and p.end <= pos]
    for a, b in reversed(list(pairwise(before))):
        if (
            a.actor != b.actor
            and JOINED.fullmatch(folded, a.end, b.start)
            and not (a.actor in mediators and b.actor in mediators)
        ):
            return a.actor, b.actor
    return None


# The collective nouns that name persons: their pair is two persons the paragraph named.
PEOPLE = re.compile(r"\b(?:leaders|presidents|prime ministers|ministers|generals)$")


def _last_persons(
    folded: str, persons: Sequence[Mention], pos: int, side_of: Callable[[str], str]
) -> tuple[str, str] | None:
    """The last two persons of two different sides named in the paragraph before pos."""
    floor = max(folded.rfind("\n", 0, pos) + 1, pos - PAIR_REACH)
    last: list[str] = []
    for p in reversed([p for p in persons if floor <= p.start and p.end <= pos]):
        if p.actor in last or any(side_of(p.actor) == side_of(q) for q in last):
            continue
        last.insert(0, p.actor)
        if len(last) == 2:
            return last[0], last[1]
    return None


def state_side(
    mentions: Sequence[Mention],
    kinds: Mapping[str, str],
    groups: Container[str],
    state_sides: Sequence[str],
) -> str | None:
    """The state an article's 'the government' is: the one state side of its known talks, else
    the state it names most when it names one armed group (see the module's docstring)."""
    return _state(mentions, kinds, {m.actor for m in mentions if m.actor in groups}, state_sides)


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


# 'The president went on to urge ...', 'the envoy said': a person named by a bare title, after
# the article named the one who holds it. Not 'the president of Egypt' (the name follows), nor
# 'the president-elect' (not yet the office holder).
BARE_TITLE = re.compile(
    r"\b[Tt]he\s+(?P<title>president|prime minister|premier|foreign minister|secretary of state|"
    r"special envoy|envoy|chief negotiator|mediator|emir|crown prince|vice president|"
    r"defen[cs]e minister|speaker|minister|chancellor|king|sultan|army chief|"
    r"spokes(?:man|woman|person)|ombuds(?:man|woman|person)|foreign secretary|"
    r"secretary[- ]general)\b(?!\s+(?:of|for|to)\b)(?![- ](?:elect|designate)\b)(?P<own>'s)?"
)


def title_mentions(
    folded: str,
    text: str,
    mentions: Sequence[Mention],
    titles_of: Callable[[str], Collection[str]],
) -> list[Mention]:
    """Mentions of a person by a bare title ('the president') when the article named, before
    it, exactly one person holding an office of that title (``titles_of`` gives a person's
    titles on the article's date, nothing for any other actor); two such persons, or none,
    and the title stays nobody."""
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for m in BARE_TITLE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        title = m.group("title").lower()
        holders = {
            x.actor
            for x in mentions
            if x.end <= m.start() and any(_titled(t, title) for t in titles_of(x.actor))
        }
        if len(holders) != 1:
            continue
        eligible = _word_before(folded, m.start()) not in PREPOSITIONS
        end = m.end("title")
        out.append(Mention(m.start(), end, holders.pop(), "title", bool(m.group("own")), eligible))
    return out


def _titled(office_title: str, title: str) -> bool:
    """Whether an office's title is the bare title ('president', 'special envoy for ...')."""
    t = office_title.lower()
    return t == title or t.startswith(title + " ") or t.endswith(" " + title)


# How far back a description looks for the actor it stands for.
DESCRIBED_REACH = 1500


def description_patterns(
    descriptions: Sequence[tuple[Sequence[str], Collection[str]]],
) -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """One pattern per description of world/descriptions.toml, over folded text (a hyphen
    folds to a space): 'the kingdom', 'the gas-rich emirate'; not 'the kingdom of Morocco'
    (the name follows)."""
    out = []
    for words, actors in descriptions:
        alternatives = "|".join(w.replace("-", " ") for w in words)
        pattern = re.compile(rf"\bthe\s+{BACKED}(?P<noun>{alternatives})\b(?!\s+(?:of|in)\b)")
        out.append((pattern, frozenset(actors)))
    return out


# Who stands behind the described one, before the noun: 'the U.S.-backed opposition', 'the
# UAE-backed paramilitary group', 'the Western-allied government' (the backer is no actor of
# the described one's deeds).
BACKED = (
    r"(?:(?:[a-z]+\.?\s?){1,3}?\s*(?:backed|allied|aligned|supported|sponsored|funded|armed)"
    r"\s+)?"
)


def described_mentions(
    folded: str,
    mentions: Sequence[Mention],
    patterns: Sequence[tuple[re.Pattern[str], frozenset[str]]],
    affiliations: Callable[[str], Collection[str]],
    cues: CueIndex | None = None,
) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Mentions of a state or group by a description ('the kingdom', 'the Gulf state', 'the
    Lebanese group'): the nearest actor named before it that the description fits (a person
    fits through whom they act for), at most DESCRIBED_REACH characters back. Returns them
    with the spans of the nationality adjectives they take over ('Lebanese' of 'the Lebanese
    group' is not Lebanon). cues, the CueIndex of the patterns, spares the patterns whose
    words the text lacks a scan of the whole article."""
    out: list[Mention] = []
    replaced: set[tuple[int, int]] = set()
    maybe = cues.candidates(folded) if cues is not None else None
    for index, (pattern, fits) in enumerate(patterns):
        if maybe is not None and index not in maybe:
            continue
        for m in pattern.finditer(folded):
            inside = [x for x in mentions if x.start < m.end() and m.start() < x.end]
            if any(x.kind != "adjective" and m.start("noun") < x.end for x in inside):
                continue
            named = [
                x
                for x in mentions
                if x.end <= m.start()
                and m.start() - x.end <= DESCRIBED_REACH
                and x.kind != "adjective"
                and fits.intersection(affiliations(x.actor))
            ]
            if not named:
                continue
            actor = next(a for a in affiliations(named[-1].actor) if a in fits)
            possessive = folded.startswith("'s", m.end())
            eligible = _word_before(folded, m.start()) not in PREPOSITIONS
            out.append(Mention(m.start(), m.end(), actor, "metonym", possessive, eligible))
            replaced.update((x.start, x.end) for x in inside)
    return out, replaced


# 'The mediators', 'the intermediaries', 'the guarantor countries': those of the article's talks
# (with 'the': 'a meeting with mediators' names no one in particular); 'the facilitator': the
# one of them the article names ('the mediator' is left out: measured, it named the wrong one).
MEDIATORS = re.compile(
    r"\b[Tt]he\s+(?:(?:international|regional|joint|three|two)\s+)?(?:mediators|"
    r"intermediaries|facilitators|guarantors|guarantor countries|guarantor states|"
    r"mediating (?:countries|states|parties))\b"
)
MEDIATOR = re.compile(
    r"\b[Tt]he\s+(?:(?:chief|main|sole|lead)\s+)?facilitator\b(?!\s*[-\u2010\u2011])"
)


def mediator_mentions(
    folded: str, text: str, mentions: Sequence[Mention], mediators: Sequence[str]
) -> list[Mention]:
    """'The mediators' as one mention per mediator of the article's known talks that the
    article named before (in the order first named), side by side so the clause reader chains
    them; none named before, those it names after; none named at all, and they stay nobody.
    'The facilitator' is the one mediator so named, and nobody when the article names several.
    'Egyptian mediators', 'Qatar's mediators' are named by their state, not these."""
    out: list[Mention] = []
    found = [(m, False) for m in MEDIATORS.finditer(text)]
    found += [(m, True) for m in MEDIATOR.finditer(text)]
    for m, single in found:
        before = [x for x in mentions if x.end <= m.start()]
        after = [x for x in mentions if x.start >= m.end()]
        if (
            any(x.start < m.end() and m.start() < x.end for x in mentions)
            or (before and m.start() - before[-1].end <= 4)
            or (after and after[0].start - m.end() <= 4)  # 'the guarantors - Cuba, Norway ...'
        ):
            continue
        named = list(dict.fromkeys(x.actor for x in before if x.actor in mediators))
        if not named:
            named = list(dict.fromkeys(x.actor for x in after if x.actor in mediators))
        if not named or (single and len(named) > 1):
            continue
        eligible = _word_before(folded, m.start()) not in PREPOSITIONS
        width = max(1, (m.end() - m.start()) // len(named))
        for i, actor in enumerate(named):
            lo = m.start() + i * width
            hi = m.end() if i == len(named) - 1 else lo + width
            out.append(Mention(lo, hi, actor, COLLECTIVE_KIND, False, eligible))
    return sorted(out, key=lambda x: x.start)


# 'The ministry said', 'the foreign ministry added': the ministry the article last named ('Qatar's
# foreign ministry', 'the Azerbaijani Foreign Ministry', 'the Ministry of Foreign Affairs of
# Armenia'), that is its state; not 'the ministry of ...' (the name follows).
MINISTRY = re.compile(
    r"\bthe\s+(?:(?:foreign|defen[cs]e|interior)\s+)?ministry\b(?!\s+(?:of|in)\b)(?!'s\s+\w+\s+of\b)"
)
MINISTRY_AFTER = re.compile(r"(?:'s?)?\s+(?:[a-z]+\s+){0,2}?ministry\b")
MINISTRY_BEFORE = re.compile(
    r"\bministry\s+(?:of\s+(?:foreign affairs|defen[cs]e|the interior|interior)\s+)?of\s+"
    r"(?:the\s+)?$"
)


def ministry_mentions(
    folded: str, mentions: Sequence[Mention], kinds: Mapping[str, str]
) -> list[Mention]:
    """'The ministry' as the state whose ministry the article last named before it, at most
    DESCRIBED_REACH characters back; none named, and it is nobody."""
    if "ministry" not in folded:
        return []  # no 'the ministry' to read: its owners need not be looked for
    owners = [
        m
        for m in mentions
        if kinds.get(m.actor) == "state"
        and (
            folded.endswith("ministry", m.start, m.end)  # a registry name: "Qatar's ministry"
            or MINISTRY_AFTER.match(folded, m.end)
            or MINISTRY_BEFORE.search(folded, max(0, m.start - 60), m.start)
        )
    ]
    out: list[Mention] = []
    for m in MINISTRY.finditer(folded):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        before = [o for o in owners if o.end <= m.start() and m.start() - o.end <= DESCRIBED_REACH]
        if not before:
            continue
        eligible = _word_before(folded, m.start()) not in PREPOSITIONS
        possessive = folded.startswith("'s", m.end())
        out.append(Mention(m.start(), m.end(), before[-1].actor, "metonym", possessive, eligible))
    return out
