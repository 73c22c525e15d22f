"""Actors the registry does not list, read from the article itself: armed groups and movements
named with their acronym ('the Sudan Liberation Movement (SLM)', then 'the SLM'), by a group
noun ('the Wa rebels') or by a name ending in one ('the Arakan Salvation Army'), and persons
named after a title and the nationality or organisation they act for ('Russian negotiator
Vladimir Medinsky' acts for Russia).

Their id is the slug of the name as first written (``extraction.world.slug``): 'Sudan
Liberation Movement' -> ``sudan_liberation_movement``, 'Vladimir Medinsky' ->
``vladimir_medinsky``. Adding the actor to the registry under that id keeps its events' ids.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass, field

from extraction.cues import Gated, led
from extraction.gazetteer import Entry, Hit
from extraction.world import slug

HEAD = (
    r"(?:Movement|Front|Army|Forces|Force|Party|Council|Alliance|Brigades?|Union|"
    r"Organi[sz]ation|Group|Coalition|Militia|Resistance|Guards?|Battalions?|Congress|"
    r"Liberation|Defen[cs]e|Rebels)"
)
WORD = r"[A-Z][A-Za-z'\u2019-]+"
# 'the Sudan Liberation Movement (SLM)': found from the bracket back (few texts have one).
BRACKET = re.compile(r"\((?P<acronym>[A-Z][A-Za-z0-9-]{1,9})\)")
DEFINED = re.compile(
    rf"\b(?P<name>{WORD}(?:\s+(?:(?:of|for|the|and|de|del|la)\s+)?{WORD}){{1,6}})\s+$"
)
# 'the Wa rebels': found from the noun back.
NOUN = re.compile(
    r"\b(?:rebels|militias?|insurgents|guerrillas|rebel group|armed group|paramilitaries|"
    r"paramilitary group|fighters)\b"
)
GROUP_NOUN = re.compile(rf"\b[Tt]he\s+(?P<name>{WORD}(?:\s+{WORD}){{0,3}})\s+$")
# 'the Kachin Independence Army': found from the group word back.
HEAD_WORD = re.compile(rf"\b{HEAD}\b")
HEAD_WORD = led(HEAD_WORD)  # the same matches, fewer places tried
MORE_HEADS = re.compile(rf"[ \t]+{HEAD}\b")
NAMED_GROUP = re.compile(rf"\b[Tt]he\s+(?P<name>(?:{WORD}\s+(?:(?:of|for|and)\s+)?){{1,5}})$")
WINDOW = 90
TITLE = (
    r"(?:(?:chief|lead|top|senior|deputy|acting|presidential|interim)\s+)*(?:negotiator|envoy|"
    r"special envoy|foreign minister|president|prime minister|defen[cs]e minister|minister|"
    r"commander|leader|spokes(?:man|woman|person)|ambassador|mediator|delegate|general|army chief|"
    r"counterpart|"
    r"head of (?:the )?delegation|national security advis[eo]r|advis[eo]r|official|aide|"
    r"minister of (?:foreign affairs|defen[cs]e|the interior|interior|state)|secretary of state|"
    r"chief of (?:the )?(?:defen[cs]e forces|general staff|army staff|staff|army)|"
    r"intelligence chief|spy chief|army commander)"
)
# A rank between the title and the name: 'Defence Minister General Tea Seiha'.
RANK = (
    r"(?:(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier)\s+)?(?:General|Gen\.)|Admiral|Colonel|"
    r"Col\.|(?:Field |Air Chief )?Marshal|Dr\.?|Sheikh)\s+"
    # Malaysian honorifics between the rank and the name: 'General Tan Sri X', 'Datuk Seri Y'
    r"(?:(?:Tan Sri|Datuk Seri|Datuk|Dato['\u2019] Sri|Dato['\u2019]|Tun)\s+)?"
)
PERSON = re.compile(
    rf"(?:['\u2019]s)?\s+(?i:{TITLE})\s+(?:{RANK})?(?P<name>[A-Z][a-z'\u2019-]+(?:\s+(?:al-|bin\s+|de\s+|"
    r"van\s+)?[A-Z][a-z'\u2019-]+){1,2})\b|"
    # 'RSF adviser, Pasha Tabiq, said', "the US ambassador to Lebanon, Lisa Johnson, relayed": the
    # title, maybe the place it serves in, then the name set off by commas
    rf"(?:['\u2019]s)?\s+(?i:{TITLE})(?:\s+(?:to|in)\s+[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)?"
    rf",\s+(?:{RANK})?(?P<apposed>[A-Z][a-z'\u2019-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?"
    r"[A-Z][a-z'\u2019-]+){1,2}),"
)
# The name right after a registry title: "Ukrainian President Volodymyr Zelensky".
NAMED_AFTER_TITLE = re.compile(
    rf"\s+(?:{RANK})?(?P<name>[A-Z][a-z'\u2019-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?"
    r"[A-Z][a-z'\u2019-]+){1,2})\b"
)
# A name set off by commas right after a registry title: "the foreign minister of Azerbaijan,
# Elnur Gasimov, said", "Sudan's army chief, General X, said": the named person, not the title's
# registered holder, acts for the title's state or body.
APPOSED_AFTER_TITLE = re.compile(
    rf",\s+(?:{RANK})?(?P<apposed>[A-Z][a-z'\u2019-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?"
    r"[A-Z][a-z'\u2019-]+){1,2}),"
)
# A name set off before its title: "Elnur Gasimov, Azerbaijan's foreign minister, said", "Rui
# Mabote, the head of the Mozambican delegation, said": the text right before the registry hit
# (a title, a state's name or adjective)...
NAME_BEFORE = re.compile(
    rf"(?<![\w'\u2019-])(?:{RANK})?(?P<name>[A-Z][a-z'\u2019-]+(?:\s+(?:al-|bin\s+|de\s+|"
    r"van\s+)?[A-Z][a-z'\u2019-]+){1,2}),\s+(?:the\s+|a\s+)?(?P<head>(?i:(?:chief|lead|top|"
    r"senior|deputy)\s+)?(?:head|chief|leader|member|chair(?:man|woman)?)\s+of\s+(?:the\s+)?)?$"
)
# ... and after a state's name or adjective, what makes it the person's office or team.
OFFICE_AFTER = re.compile(
    rf"(?:['\u2019]s)?\s+(?i:{TITLE}|(?:negotiating\s+|peace\s+)?(?:delegation|team))\b"
)
# A person named in apposition after what they are to someone named before: "met his main
# political rival, Venancio Mondlane, on Sunday", "her challenger, X,": a person of their own
# (the side they lead is no one the text names).
RIVAL = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){0,3}?(?:rival|opponent|challenger|"
    r"adversary|arch-?rival|foe|nemesis)\s*,\s+"
    rf"(?:{RANK})?(?P<apposed>[A-Z][\w'\u2019-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?"
    r"[A-Z][\w'\u2019-]+){1,2})(?=\s*[,.;)]|\s+(?:on|in|at|and|to|for|who)\b)"
)
RIVAL_GATED = Gated(led(RIVAL))  # the same matches, fewer places tried, few texts searched
STATE_TITLE_AFTER = re.compile(rf"(?:['\u2019]s)?\s+(?i:{TITLE})\b")
# A government's title before a name, with no state named before the title: 'Defence Minister
# Gustavo Pineda', 'President Echeverri', 'Government negotiator Laura Cifuentes'. The person
# acts for the state side of the article's talks (STATE_SIDE until the pipeline knows it).
GOVERNMENT_TITLE = re.compile(
    r"(?<![\w'\u2019])(?:[Gg]overnment\s+(?:chief\s+)?(?:negotiator|envoy|delegate|"
    r"spokes(?:man|woman|person))|President|Vice President|Prime Minister|"
    # (the cabinet's spokesman too: 'Information Minister Michael Makuei')
    r"(?:Defen[cs]e|Foreign|Interior|Justice|Information|Security|Home|Peace) Minister|"
    r"Minister of (?:Defen[cs]e|Foreign Affairs|the Interior|Interior|Information|Security|"
    r"[A-Z][a-z]+ Affairs)|High Commissioner for Peace|Peace Commissioner|"
    # 'the government delegation, led by chief negotiator Laura Cifuentes'
    r"(?:[Gg]overnment(?:['\u2019]s)?\s+(?:negotiating\s+)?(?:delegation|team),?\s+(?:led|headed)\s+"
    r"by(?:\s+(?:(?:chief|lead|top)\s+)?negotiator)?))\s+"
    rf"(?:{RANK})?(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){{0,2}})\b"
)
GOVERNMENT_TITLE = led(GOVERNMENT_TITLE)  # the same matches, fewer places tried
# A chief of a state's armed forces before a name, with no state named before the title: 'Chief
# of Defence Forces General X', 'Army Chief of Staff Y'. The person heads the armed forces the
# article last named with their state ('the Malaysian Armed Forces', 'Sudan's army').
MILITARY_TITLE = re.compile(
    r"(?<![\w'\u2019])(?:Chief of (?:the )?(?:Defen[cs]e Forces|Defen[cs]e Staff|General Staff|"
    r"Army Staff|Armed Forces|(?:the )?Army)|Army Chief(?: of Staff)?|Armed Forces Chief|"
    r"Commander of the Armed Forces)\s+"
    rf"(?:{RANK})?(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){{0,2}})\b"
)
# The armed forces of a state, named by its adjective or possessive: 'the Malaysian Armed Forces'.
FORCES = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:national|regular|royal)\s+)?(?i:armed forces|army|military|"
    r"defen[cs]e forces)\b"
)
STATE_SIDE = ""
# A person who leads a side named only by what the side is: 'rebel commander Sultani Makenga',
# 'opposition leader Maria Corina Machado'. The person acts for that side of the article's talks
# (REBEL_SIDE, OPPOSITION_SIDE until the pipeline knows it).
SIDE_LEADER = re.compile(
    r"(?<![\w'\u2019])(?i:(?P<side>rebel|guerrilla|insurgent|opposition))\s+(?i:(?:top\s+|chief\s+|"
    r"senior\s+|military\s+)?(?:leader|commander|chief|negotiator|spokes(?:man|woman|person)))\s+"
    rf"(?:{RANK})?(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){{1,2}})\b"
)
SIDE_LEADER = led(SIDE_LEADER)  # the same matches, fewer places tried
REBEL_SIDE = "\x00rebels"
OPPOSITION_SIDE = "\x00opposition"
PENDING_SIDES = frozenset((STATE_SIDE, REBEL_SIDE, OPPOSITION_SIDE))
# A name opened by an office is the office, not a group: 'the Chief of Defence Forces'.
OFFICE_WORDS = frozenset(
    ["Chief", "Minister", "Ministry", "Head", "Commander", "Secretary", "Director", "Office"]
)


@dataclass
class Found:
    """What an article names that the registry does not."""

    hits: list[Hit] = field(default_factory=list)
    # Registry hits inside a group's name ('Sudan' in 'the Sudan Liberation Movement (SLM)').
    covered: set[tuple[int, int]] = field(default_factory=set)
    acts_for: dict[str, str] = field(default_factory=dict)  # person -> the actor named before


# The letters a name (NAME_BEFORE's) ends with, right before its comma.
NAME_END = frozenset("abcdefghijklmnopqrstuvwxyz'\u2019-")


def _name_before(text: str, lo: int, end: int) -> re.Match[str] | None:
    """NAME_BEFORE's match in text[lo:end], searched only where it may be: what follows its
    comma holds none, so that comma is the last one of the window, with a space after it and a
    name's last letter before it (a cheap test that rules out most windows; the same matches)."""
    comma = text.rfind(",", lo, end)
    if comma <= lo or comma + 1 >= end or not text[comma + 1].isspace():
        return None
    if text[comma - 1] not in NAME_END:
        return None
    return NAME_BEFORE.search(text, lo, end)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= s or start >= e for s, e in taken)


def _initials_fit(name: str, acronym: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return bool(words) and acronym[0].upper() == words[0][0].upper()


GENERIC = frozenset(
    [
        "Army",
        "Forces",
        "Force",
        "Armed",
        "Military",
        "Defence",
        "Defense",
        "Guard",
        "Guards",
        "National",
        "Special",
        "Government",
        "Republican",
        "Ground",
        "Air",
        "Naval",
        "Navy",
        "Police",
        "Party",
        "Council",
        "Union",
        "Group",
    ]
)


def _inner(start: int, end: int, hits: list[Hit]) -> list[Hit]:
    return [h for h in hits if start <= h.start and h.end <= end]


def _rest(text: str, start: int, end: int, inner: list[Hit]) -> list[str]:
    """The capitalised words of a name outside the registry names inside it."""
    rest = text[start:end]
    for h in sorted(inner, key=lambda h: -h.start):
        rest = rest[: h.start - start] + " " + rest[h.end - start :]
    return re.findall(WORD, rest)


def _extended(text: str, start: int, end: int, hits: list[Hit], groups: Container[str]) -> str:
    """The registered group a name only extends with group words ('the Houthi Movement',
    'the Polisario Front Movement', 'the Fano Rebels'), or ''."""
    inner = _inner(start, end, hits)
    own = [e.target for h in inner for e in h.entries[:1] if e.target in groups]
    if len(own) != 1 or not all(
        re.fullmatch(HEAD, w) or w in GENERIC for w in _rest(text, start, end, inner)
    ):
        return ""
    return own[0]


def find_unregistered(
    text: str,
    hits: list[Hit],
    actor_of: dict[int, str],
    groups: Container[str] = frozenset(),
    titled: Mapping[int, str] | None = None,
) -> Found:
    """Spans of unregistered groups and persons that overlap no registry hit. ``actor_of``
    maps the end offset of a registry actor hit (a state's adjective, an organisation's name)
    to its actor, for the persons named after it; ``groups`` are the registry's armed groups,
    which keep a name that only adds group words to theirs; ``titled`` maps the end of a
    registry title ('Ukrainian President', "Sudan's army chief") to the office's state or body,
    for the person named right after it."""
    taken = [(h.start, h.end) for h in hits]
    ends = {h.end for h in hits}
    starts = {h.start for h in hits}
    found = Found()

    def add(start: int, end: int, actor: str) -> None:
        if _free(start, end, taken):
            taken.append((start, end))
            found.hits.append(Hit(start, end, (Entry("name", actor, None),)))

    def claim(start: int, end: int, actor: str, defined: bool) -> bool:
        """A group's whole name wins over registry names inside it, unless one registry
        name is the whole of it, or (undefined) the rest is generic ('the Israeli Army')."""
        inner = _inner(start, end, hits)
        if any(h.start == start and h.end == end for h in inner):
            return False
        if not defined and not [w for w in _rest(text, start, end, inner) if w not in GENERIC]:
            return False
        if text[start:end].split(" ", 1)[0] in OFFICE_WORDS:
            return False
        if _extended(text, start, end, hits, groups):
            return False
        outer = [(s, e) for s, e in taken if (s, e) not in {(h.start, h.end) for h in inner}]
        if not _free(start, end, outer):
            return False
        taken[:] = outer
        found.covered.update((h.start, h.end) for h in inner)
        add(start, end, actor)
        return True

    acronyms: dict[str, str] = {}
    for b in BRACKET.finditer(text):
        low = max(0, b.start() - WINDOW)
        m = DEFINED.search(text, low, b.start())
        if m is None:
            continue
        name, acronym = m["name"], b["acronym"]
        start = m.start("name")
        the = re.match(r"[Tt]he\s+", name)
        if the:
            start += the.end()
            name = text[start : m.end("name")]
        if not _initials_fit(name, acronym):
            continue
        # 'the Alliance Fleuve Congo (AFC)', 'the Houthi Movement (HM)': the acronym a text
        # gives a registered group, or a name extending one, stands for that group throughout.
        known = _extended(text, start, m.end("name"), hits, groups) or next(
            (
                e.target
                for h in hits
                if (h.start, h.end) == (start, m.end("name"))
                for e in h.entries[:1]
                if e.target in groups
            ),
            "",
        )
        if known:
            acronyms[acronym] = known
            add(b.start("acronym"), b.end("acronym"), known)
            continue
        if not re.search(HEAD, name):
            continue
        actor = slug(name)
        if claim(start, m.end("name"), actor, defined=True):
            acronyms[acronym] = actor
            add(b.start("acronym"), b.end("acronym"), actor)
    for acronym, actor in acronyms.items():
        for m in re.finditer(rf"\b{re.escape(acronym)}\b", text):
            add(m.start(), m.end(), actor)
    for n in NOUN.finditer(text):
        if n.start() - 1 in ends or n.end() in ends:
            continue  # 'Hamas fighters', 'Houthi rebels': a registry name
        m = GROUP_NOUN.search(text, max(0, n.start() - WINDOW), n.start())
        if m:
            add(m.start("name"), m.end("name"), slug(m["name"]))
    for h in HEAD_WORD.finditer(text):
        if h.end() in ends and h.start() not in starts:
            continue  # 'Israel Defense Forces': the registry's name already
        m = NAMED_GROUP.search(text, max(0, h.start() - WINDOW), h.start())
        if m:
            end = h.end()
            while more := MORE_HEADS.match(text, end):
                end = more.end()  # 'the Azawad Liberation Front': the name ends at its last head
            claim(m.start("name"), end, slug(text[m.start("name") : end]), defined=False)
    matches = [(PERSON.match(text, end), actor) for end, actor in actor_of.items()]
    matches += [(NAMED_AFTER_TITLE.match(text, end), org) for end, org in (titled or {}).items()]
    matches += [
        (m, STATE_SIDE)
        for m in GOVERNMENT_TITLE.finditer(text)
        if not any(m.start() - 3 <= e <= m.start() for e in ends)  # 'Colombian President X'
        and not any(h.start < m.start("name") and m.start() < h.end for h in hits)
    ]
    for m in SIDE_LEADER.finditer(text):
        named = next((actor_of[e] for e in (m.start() - 1, m.start()) if e in actor_of), None)
        side = OPPOSITION_SIDE if m["side"].lower() == "opposition" else REBEL_SIDE
        matches.append((m, named or side))  # 'M23 rebel leader X': the side the text names
    forces = sorted(end for end in actor_of if FORCES.match(text, end))
    for m in MILITARY_TITLE.finditer(text):
        if any(m.start() - 3 <= e <= m.start() for e in ends):
            continue  # 'Sudanese Army Chief X': the registry's title or the state before it
        before = [end for end in forces if end <= m.start()]
        if before:
            matches.append((m, actor_of[before[-1]]))
    cover: dict[tuple[int, int], tuple[int, int]] = {}  # person span -> title span it replaces
    titles = titled or {}
    title_hits = {hit.end: hit for hit in hits if hit.end in titles}
    for end, org in titles.items():
        m = APPOSED_AFTER_TITLE.match(text, end)
        if m:
            matches.append((m, org))
            cover[m.span("apposed")] = (title_hits[end].start, end)
    for hit in hits:
        owner = actor_of.get(hit.end) or titles.get(hit.end)
        if owner is None:
            continue
        apposed = _name_before(text, max(0, hit.start - 90), hit.start)
        if apposed is None:
            continue
        if hit.end not in titles and not (
            OFFICE_AFTER.match(text, hit.end)
            # "X, Azerbaijan's foreign minister": a state's own title after the name; after
            # 'head of the', its team will do ('the head of the Azerbaijani delegation')
            and (apposed["head"] is not None or STATE_TITLE_AFTER.match(text, hit.end))
        ):
            continue
        matches.append((apposed, owner))
        if hit.end in titles:
            cover[apposed.span("name")] = (hit.start, hit.end)
    for m in RIVAL_GATED.finditer(text):
        matches.append((m, slug(m["apposed"])))
    for person_match, actor in matches:
        if person_match:
            group = "apposed" if person_match.groupdict().get("apposed") else "name"
            person = slug(person_match[group])
            span = person_match.span(group)
            if _free(*span, taken):
                found.acts_for[person] = actor
                add(*span, person)
                if span in cover:
                    found.covered.add(cover[span])  # the title is the person's, not its holder's
                surname = person_match[group].split()[-1]
                if len(surname) >= 4 and surname not in OFFICE_WORDS:
                    # 'Serbian President Aleksandar Vucic ... Vucic said': the surname alone,
                    # after the full name, is the same person
                    for later in re.finditer(rf"\b{re.escape(surname)}\b", text[span[1] :]):
                        add(span[1] + later.start(), span[1] + later.end(), person)
    found.hits.sort(key=lambda h: h.start)
    return found
