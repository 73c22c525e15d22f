"""Actor mentions: registry hits resolved to canonical ids, and who does what in a clause."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from extraction.gazetteer import Entry, Hit, fold_key
from extraction.registry import Registry


@dataclass(frozen=True)
class Mention:
    """An actor named in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    actor: str
    kind: str  # name, short, title, adjective, metonym, collective ('the two sides')
    possessive: bool = False
    eligible: bool = True  # may be the doer of a verb (not the object of a preposition)


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place: str
    preposition: str


# A noun phrase in apposition right after a name: 'X, the head of ...', 'X, a former envoy of'.
APPOSITION = re.compile(r"\w,\s+(?:the|a|an)\s+(?:[\w'-]+\s+)?$")

# 'Delegations from Kinshasa and Kigali met', 'representatives from the two sides met': the
# people sent from a side act for it, though 'from' stands before its name.
# Only a team nobody is named as owning ('Hamas negotiators from Doha' are based there), after
# a determiner or a word of rank.
SENT_FROM = re.compile(
    r"\b(?:the|a|an|and|with|by|between|senior|top|high level|two|both)\s+"
    r"(?:delegations?|delegates|representatives?|negotiators?|envoys?|emissaries|"
    r"(?:negotiating\s+)?teams?)\s+from\s+(?:the\s+|both\s+)?$"
)
# 'Representatives from the two sides met', 'delegations of both parties met': the people of
# the two sides act for them, the team after a determiner or opening its sentence (for 'the two
# sides' only, see extraction/generic.py).
SENT_OF = re.compile(
    r"(?:\b(?:the|a|an|and|with|by|between|senior|top|high level)\s+|"
    r"(?<![^\n.!?\"'\u201c])[ \t]*)"
    r"(?:delegations?|delegates|representatives?|negotiators?|envoys?|emissaries|"
    r"(?:negotiating\s+)?teams?)\s+(?:of|from)\s+$"
)


# 'pulled its negotiators from Qatar', 'recalled the delegation from Doha': the place left.
TAKEN_FROM = re.compile(
    r"\b(?:pull|recall|withdr[ae]w|bring|brought|call(?:ed|s|ing)? back|evacuat|remov|"
    r"expel|order(?:ed|s)? home)\w*\s+(?:\w+\s+){0,2}$"
)


def sent_from(folded: str, start: int) -> bool:
    """Whether the name at ``start`` is the side a delegation or its members come from."""
    m = SENT_FROM.search(folded, max(0, start - 40), start)
    return m is not None and not TAKEN_FROM.search(folded, max(0, m.start() - 40), m.start())


# 'talks with Washington', 'a deal with Kyiv', 'negotiations with Moscow': the government a
# side negotiates with, though 'with' stands before the capital's name.
TALKS_WITH = re.compile(
    r"\b(?:talks|negotiations|dialogue|contacts|deal|agreement|accord|truce|ceasefire|"
    r"cease fire|meetings?|discussions|consultations)\s+with\s+$"
)


def _government_after(folded: str, start: int, before: str) -> bool:
    """Whether a capital after a preposition stands for its government all the same."""
    if before == "from":
        return sent_from(folded, start)
    return before == "with" and TALKS_WITH.search(folded, max(0, start - 40), start) is not None


PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "to",
        "into",
        "toward",
        "towards",
        "against",
        "on",
        "with",
        "for",
        "by",
        "from",
        "of",
        "over",
        "near",
        "between",
        "about",
        "across",
        "through",
        "via",
        "under",
        "among",
        "including",
        "like",
        "than",
        "involving",
        "inside",
        "outside",
        "around",
        "upon",
        "within",
        "without",
        "onto",
        "after",
        "before",
        "behind",
        "beyond",
        "during",
    ]
)
DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]
)
# Words of what an actor once was, skipped with the determiners when looking for a preposition:
# 'of the extinct FARC', 'with the former rebels' are no doers.
BYGONE = frozenset(
    ["former", "defunct", "extinct", "disbanded", "dissolved", "demobilised", "demobilized", "old"]
)
# After a capital: a name it is part of ('Washington Post', 'Tehran Times'), or a noun or
# hyphenated word that makes it the city ('Moscow time', 'Kyiv residents', 'Doha-based').
PLACE_COMPOUND = re.compile(
    r"(?:[ \t]+(?P<name>[A-Z][a-z]+)|[ \t]+(?:time|airport|residents?|mayor|suburbs?|"
    r"streets?|metro|region|oblast|province|governor|police|stock|bureau|correspondent)\b|"
    r"[-\u2010\u2011][a-z])"
)
# Capitalised words that may follow a capital in subject position ('Moscow Monday rejected').
NOT_A_NAME = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Said",
        "Says",
        "Told",
        "Warned",
        "And",
        "But",
        "On",
        "In",
        "Has",
        "Had",
        "Is",
        "Was",
        "Will",
        "Would",
    ]
)


# 'Rwanda-backed rebels', 'Iran-aligned Houthis': the backer describes the group, it acts in
# nothing the sentence tells. 'FARC dissidents', 'a Fatah splinter group': a group that left
# the one named, not that group.
BACKER = re.compile(
    r"[-\u2010\u2011]\s?(?:backed|aligned|allied|sponsored|funded|supported|armed|affiliated|"
    r"linked|leaning|friendly|proxy)\b|\s+(?:dissidents?|splinter|breakaway)\b"
)


# The backed noun that makes a state's own army the backer of its government.
BACKED_GOVERNMENT = re.compile(
    r"[-\u2010\u2011]\s?(?:backed|aligned|allied|supported)\s+(?:government|"
    r"authorities|administration|cabinet)\b"
)


PAIRED = re.compile(r"[-\u2010\u2011\u2013/][A-Z]")
PAIRED_AFTER = re.compile(r"[a-z][-\u2010\u2011\u2013/]$")


# A round or text named after its city: 'the Havana round opened', 'the Doha talks ended',
# 'the Jeddah declaration', 'last month's Geneva meeting' (after an article or a possessive;
# 'Moscow talks to Kyiv' is the government).
_GATHERING_AFTER = re.compile(
    r"[ \t]+(?:(?:peace|ceasefire|truce)[ \t]+)?(?:round|talks|negotiations|meeting|summit|"
    r"process|format|conference|declaration|agreement|accords?|communiqu[eé]|framework|"
    r"platform|consultations)\b"
)
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|this|that|its|their)|'s|\u2019s)[ \t]+$", re.I)


def _gathering_named(text: str, start: int, end: int) -> bool:
    return bool(
        _GATHERING_AFTER.match(text, end)
        and _ARTICLE_BEFORE.search(text, max(0, start - 12), start)
    )


def _place_compound(text: str, end: int) -> bool:
    m = PLACE_COMPOUND.match(text, end)
    return m is not None and m.group("name") not in NOT_A_NAME


_WORD_BEFORE = re.compile(r"([a-z']+)[\s,]*$")
# Verbs of coming together whose 'on' names the place gone to ('converging on Paris').
_GOING_ON = re.compile(r"\b(?:converg(?:e|es|ed|ing)|descend(?:s|ed|ing)?)\s+$")


# A place told by what it is before its name: 'at the Red Sea resort of Sharm el-Sheikh', 'in
# the Saudi port city of Jeddah'; the preposition before the description is the place's.
_DESCRIBED_PLACE = re.compile(
    r"\b(in|at|to|into|for)\s+the\s+(?:[\w'-]+\s+){0,3}?(?:resort|city|town|port|village|"
    r"island|enclave)(?:\s+(?:town|city))?\s+of\s+$"
)


# One who watches a deed done by others, named with a title or not: 'in the presence of US
# President Donald Trump', 'witnessed by the Qatari emir', 'flanked by Egyptian officials'.
WITNESS = re.compile(
    r"\b(?:in the presence of|witnessed by|watched by|flanked by)\s+(?:the\s+)?"
    r"(?:[\w.'-]+\s+){0,4}?$"
)


def _witness(folded: str, lo: int, end: int) -> bool:
    """WITNESS in folded[lo:end]; searched only when the window holds 'ed by' or 'presence of',
    one of which every match holds (most windows hold neither)."""
    if folded.find("ed by", lo, end) < 0 and folded.find("presence of", lo, end) < 0:
        return False
    return WITNESS.search(folded, lo, end) is not None


def _country_of_place(text: str, folded: str, city: Hit, hit: Hit, states: set[str]) -> str:
    """'in Doha, Qatar', 'left for Istanbul, Turkey,': the state named, set off by a comma,
    right after a place of it that a preposition governs is where the place is, not a doer
    (returned: the state the place lies in, else ''; 'in Gaza, Israel said' keeps Israel)."""
    if (
        text[city.end : hit.start] == ", "
        and len(states) == 1
        and not any(e.kind in ("name", "adjective") for e in city.entries)
        and _word_before(folded, city.start) in PREPOSITIONS
        and not folded.startswith("'s", hit.end)
    ):
        return next(iter(states))
    return ""


def _word_before(folded: str, start: int) -> str:
    """The word before a position, skipping determiners ('in the Egyptian capital' -> 'in')."""
    lo = max(0, start - 80)
    # (only a position right after 'of' can follow a description)
    described = (
        _DESCRIBED_PLACE.search(folded, lo, start)
        if folded[lo:start].rstrip().endswith("of")
        else None
    )
    if described:
        return described.group(1)
    pos = start
    for _ in range(4):
        m = _WORD_BEFORE.search(folded, max(0, pos - 30), pos)
        if not m:
            return ""
        word = m.group(1)
        if word in ("on", "upon") and _GOING_ON.search(folded, max(0, m.start() - 20), m.start()):
            return "to"  # 'converged on Paris', 'descended on Cairo': went there
        if word in ("arrived", "arrives", "arrive", "arriving"):
            return "in"  # 'arrived Nairobi', 'arrived the Kenyan capital': where they came to
        if word not in DETERMINERS and word not in BYGONE:
            return word
        pos = m.start()
    return ""


# A capitalised word right before a group's name that is also a family name (its ``surnames``
# in the data) makes it a person's surname ('Therese Wagner', 'Minister Anna Wagner'): the
# person, not the group. Words that open a
# sentence or clause are no given names ('The Wagner group', 'Meanwhile Wagner ...').
GIVEN_NAME = re.compile(
    r"(?<![\w'.-])([A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?)[ \t]+$"
)
NOT_GIVEN = NOT_A_NAME | frozenset(
    [
        "The",
        "A",
        "An",
        "Its",
        "Their",
        "His",
        "Her",
        "This",
        "That",
        "These",
        "Those",
        "Meanwhile",
        "However",
        "Or",
        "So",
        "Yet",
        "Then",
        "Now",
        "While",
        "When",
        "As",
        "After",
        "Before",
        "Since",
        "Also",
        "Both",
        "Only",
        "Even",
        "Still",
        "If",
        "Though",
        "Although",
        "Because",
        "Once",
        "Until",
        "With",
        "Without",
        "By",
        "For",
        "From",
        "Of",
        "To",
        "At",
        "Some",
        "Many",
        "Former",
        "Private",
        "Against",
        "Where",
        "Why",
        "How",
        "What",
        "Like",
        "Unlike",
        "Including",
        "Did",
        "Does",
        "Do",
        "Are",
        "Were",
    ]
)
# Nouns after the name that make it the group again: 'Wagner fighters', 'Wagner group'.
GROUP_NOUN = re.compile(
    r"[ \t]+(?:group|fighters|mercenaries|forces|troops|contractors|militia|militias|men|units?|"
    r"operatives|members|leaders?|commanders?|chief|boss|founder|network)\b",
    re.IGNORECASE,
)


def _title_case(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a headline in title case ('Egypt Hosts Hamas For Talks'),
    where a capital before a name is no given name."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'-]*", text[lo : hi if hi >= 0 else len(text)])
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitals >= 0.6 * len(words)


def drop_surnames(text: str, hits: list[Hit], registry: Registry) -> list[Hit]:
    """The hits, less a group's name that ends a person's name ('Therese Wagner')."""
    ends = {h.end for h in hits}
    kept: list[Hit] = []
    for hit in hits:
        entry = next((e for e in hit.entries if e.kind == "name"), None)
        actor = registry.actors.get(entry.target) if entry else None
        given = GIVEN_NAME.search(text, max(0, hit.start - 30), hit.start)
        if (
            actor is not None
            and text[hit.start : hit.end] in actor.surnames
            and given is not None
            and given.group(1) not in NOT_GIVEN
            and given.end(1) not in ends  # 'Russian Wagner', 'Mali Wagner': a name before it
            and not GROUP_NOUN.match(text, hit.end)
            and not _title_case(text, hit.start)
        ):
            continue
        kept.append(hit)
    return kept


class MentionResolver:
    """Turns gazetteer hits of one article into actor and place mentions."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        words = registry.lexicon["words"]
        # 'Malaysian defence chief': a field or rank may sit between adjective and noun
        modifiers = "|".join(words.get("agent_modifiers", ()))
        rank = rf"(?:(?:{modifiers})\s+)?" if modifiers else ""
        self.agent = re.compile(rf"\s*{rank}(?:" + "|".join(words["agent_nouns"]) + r")\b")
        self.outlet = re.compile(
            r"\s*(?:(?:"
            + "|".join(words["outlet_modifiers"])
            + r")\s+){0,3}(?:"
            + "|".join(words["outlet_nouns"])
            + r")\b"
        )
        self.non_agent = re.compile(
            r"\s*(?:[a-z]+\s+)?(?:" + "|".join(words["non_agent_possessed"]) + r")\b"
        )
        self.modifier = re.compile(
            r"\s*(?:border|borders|war|conflict|front|frontier|crossing|hostages?|prisoners?|"
            r"captives?|attacks?|offensive|assault|raids?|strikes|airstrikes|bombardment|"
            r"ceasefire|cease fire|truce|deal|agreement|talks|negotiations|territory|civilians?)\b"
        )
        self.chain_adj = re.compile(r"\s*(?:,|and|or|&)\s*(?:,|and)?\s*$")
        # 'the head of the Azerbaijani foreign ministry', 'representatives of Hamas': the one
        # an agent noun belongs to acts through it, though 'of' stands before its name
        self.agent_of = re.compile(
            r"\b(?:" + "|".join(words["agent_nouns"]) + r")\s+of\s+(?:the\s+)?$"
        )

    def _state_of_places(self, hit: Hit) -> set[str]:
        """The states the places a hit names lie in."""
        return {
            place.state
            for e in hit.entries
            if e.kind == "place" and (place := self.registry.places.get(e.target)) is not None
        }

    def _agent_of(self, folded: str, start: int) -> bool:
        """Whether the name at ``start`` owns the agent noun before its 'of' ('the head of the
        Azerbaijani foreign ministry'), unless that noun is in apposition to a name before it
        ('Ismail Haniyeh, the head of Hamas's political bureau': Haniyeh acts)."""
        m = self.agent_of.search(folded, max(0, start - 60), start)
        return m is not None and not APPOSITION.search(folded, max(0, m.start() - 30), m.start())

    def resolve(
        self, text: str, folded: str, hits: list[Hit], published: date
    ) -> tuple[list[Mention], list[PlaceMention]]:
        """Mentions in article offsets; short names and titles resolved by context and date."""
        mentions: list[Mention] = []
        places: list[PlaceMention] = []
        seen_full: dict[str, str] = {}
        valid_adjective_starts: set[int] = set()
        # Right to left, so "American, Egyptian and Qatari mediators" validates all three.
        for hit in reversed(hits):
            if any(e.kind == "name" for e in hit.entries):
                valid_adjective_starts.add(hit.start)  # 'Israeli and Hamas negotiators'
            elif any(e.kind == "adjective" for e in hit.entries) and self._adjective_ok(
                folded, hit, valid_adjective_starts
            ):
                valid_adjective_starts.add(hit.start)
        loose = -1  # where an adjective naming no one ends ('Afghan' of 'the Afghan Taliban')
        loose_start = 0
        for index, hit in enumerate(hits):
            if BACKER.match(text, hit.end):
                backed = self._backed_government(hit, text, folded)
                if backed is not None:
                    mentions.append(backed)
                continue
            actor_entry = self._pick(hit, hits, index, valid_adjective_starts)
            place_entry = next((e for e in hit.entries if e.kind == "place"), None)
            start = hit.start
            if actor_entry is not None and actor_entry.kind == "name" and loose == hit.start - 1:
                start = loose_start  # 'Pakistan and the Afghan Taliban': one name, one partner
            if actor_entry is None and any(e.kind == "adjective" for e in hit.entries):
                loose, loose_start = hit.end, hit.start
            before = _word_before(folded, start)
            if place_entry is not None:
                places.append(PlaceMention(hit.start, hit.end, place_entry.target, before))
            if actor_entry is None:
                if place_entry is not None:
                    government = _government_after(folded, start, before)
                    mention = self._metonym(place_entry, hit, "" if government else before, text)
                    if mention:
                        mentions.append(mention)
                continue
            if (
                actor_entry.kind == "name"
                and index
                and _country_of_place(
                    text, folded, hits[index - 1], hit, self._state_of_places(hits[index - 1])
                )
                == actor_entry.target
            ):
                continue  # 'departed for Doha, Qatar, on Sunday': the city's country, a place
            actor = self._actor_of(actor_entry, hit, text, folded, published, seen_full)
            if actor is None:
                continue
            if actor_entry.kind == "name":
                registered = self.registry.actors.get(actor)
                for short in registered.short if registered else ():
                    seen_full[fold_key(short)] = actor
            possessive = folded.startswith("'s", hit.end) or folded.startswith("' ", hit.end)
            eligible = (
                before not in PREPOSITIONS
                or (before == "of" and self._agent_of(folded, start))
                or (before == "from" and sent_from(folded, start))
            )
            if (
                possessive
                and self.non_agent.match(folded, hit.end + 2)
                and not self.agent.match(folded, hit.end + 2)  # 'Netanyahu's war cabinet'
            ):
                eligible = False
            if (
                possessive
                and self.outlet.match(folded, hit.end + 2)
                and not self.agent.match(folded, hit.end + 2)
            ):
                eligible = False  # 'Qatar's Al Jazeera reported': the outlet, not the state
            if not possessive and self.modifier.match(folded, hit.end):
                eligible = False  # 'the Israel-Lebanon border', 'Israeli hostages'
            if _witness(folded, max(0, start - 70), start):
                eligible = False  # 'in the presence of US President Donald Trump': a witness

            mentions.append(Mention(start, hit.end, actor, actor_entry.kind, possessive, eligible))
        mentions = self._named_again(text, folded, mentions)
        kept = _drop_patrons(_drop_redundant_titles(mentions, text), folded, self.registry)
        return _drop_home_states(kept, folded, self.registry), places

    def _named_again(self, text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
        """A person named in full and later by the end of that name ('Al Thani', 'Abdelatty')
        or by an honorific and the first name ('Sheikh Mohammed'): the person last named so.
        Only the article's own persons: these forms name no one before the full name."""
        forms: dict[str, list[tuple[int, str]]] = {}
        for m in mentions:
            actor = self.registry.actors.get(m.actor)
            if m.kind != "name" or actor is None or actor.kind != "person":
                continue
            rest = NAME_GOES_ON.match(text, m.end)  # 'Sheikh Mohammed bin Abdulrahman| Al Thani'
            for form in _later_forms(text[m.start : rest.end() if rest else m.end]):
                forms.setdefault(form, []).append((m.end, m.actor))
        if not forms:
            return mentions
        taken = [(m.start, m.end) for m in mentions]
        added: list[Mention] = []
        for start, end in _forms_found(text, forms):
            if any(s < end and start < e for s, e in taken):
                continue
            earlier = [(at, actor) for at, actor in forms[text[start:end]] if at <= start]
            if not earlier:
                continue
            named = max(earlier)[1]
            possessive = folded.startswith("'s", end) or folded.startswith("' ", end)
            eligible = _word_before(folded, start) not in PREPOSITIONS
            added.append(Mention(start, end, named, "short", possessive, eligible))
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    def _backed_government(self, hit: Hit, text: str, folded: str) -> Mention | None:
        """'Sudan's military-backed government', 'the army-backed authorities': the
        government a state's own army backs is that state (a foreign backer names no one)."""
        m = BACKED_GOVERNMENT.match(text, hit.end)
        entry = next((e for e in hit.entries if e.kind == "name"), None)
        backer = self.registry.actors.get(entry.target) if m and entry else None
        state = self.registry.actors.get(backer.part_of or "") if backer else None
        if m is None or state is None or state.kind != "state":
            return None
        eligible = _word_before(folded, hit.start) not in PREPOSITIONS
        return Mention(hit.start, hit.end + m.end() - m.start(), state.id, "name", False, eligible)

    def _pick(
        self, hit: Hit, hits: list[Hit], index: int, valid_adjectives: set[int]
    ) -> Entry | None:
        for kind in ("name", "title", "short"):
            found = [e for e in hit.entries if e.kind == kind]
            if found:
                if kind == "short":
                    return Entry("short", "|".join(e.target for e in found))
                return found[0]
        if hit.start in valid_adjectives:
            return next(e for e in hit.entries if e.kind == "adjective")
        return None

    def _adjective_ok(self, folded: str, hit: Hit, valid: set[int]) -> bool:
        if self.agent.match(folded, hit.end):
            return True
        # Coordinated adjectives share the noun: "Egyptian and Qatari mediators".
        tail = folded[hit.end : hit.end + 12]
        m = re.match(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)", tail)
        return m is not None and (hit.end + m.end()) in valid

    def _metonym(self, entry: Entry, hit: Hit, before: str, text: str) -> Mention | None:
        place = self.registry.places[entry.target]
        surface = text[hit.start : hit.end]
        # 'talks between Kinshasa and Kigali', 'the Belgrade-Pristina dialogue': the governments
        paired = before == "between" or bool(
            PAIRED.match(text, hit.end)
            or PAIRED_AFTER.search(text, max(0, hit.start - 2), hit.start)
        )
        if not place.metonym or (before in PREPOSITIONS and not paired) or not place.state:
            return None  # 'in Cairo' is a venue
        if surface.isupper():
            return None  # 'CAIRO (AP) --' is a dateline
        if _place_compound(text, hit.end):
            return None  # 'the Washington Post', 'Moscow time', 'Kyiv-based': the city itself
        if _gathering_named(text, hit.start, hit.end):
            return None  # 'the Havana round', 'last week's Doha talks': where they met
        return Mention(hit.start, hit.end, place.state, "metonym")

    def _actor_of(
        self,
        entry: Entry,
        hit: Hit,
        text: str,
        folded: str,
        published: date,
        seen_full: dict[str, str],
    ) -> str | None:
        if entry.kind == "title":
            office = self.registry.offices[entry.target]
            return self.registry.holder(office.id, published) or office.org
        if entry.kind == "short":
            return self._short(tuple(entry.target.split("|")), hit, folded, published, seen_full)
        return entry.target

    def _short(
        self,
        candidates: tuple[str, ...],
        hit: Hit,
        folded: str,
        published: date,
        seen_full: dict[str, str],
    ) -> str:
        key = folded[hit.start : hit.end]
        if key in seen_full and seen_full[key] in candidates:
            return seen_full[key]
        if len(candidates) == 1:
            return candidates[0]
        window = folded[max(0, hit.start - 300) : hit.end + 300]

        def score(actor_id: str) -> tuple[int, int]:
            actor = self.registry.actors[actor_id]
            near = sum(window.count(fold_key(c)) for c in actor.context)
            far = sum(folded.count(fold_key(c)) for c in actor.context)
            active = any(t.covers(published) for t in actor.holds + actor.acts_for)
            return (3 * near + far, int(active))

        return max(candidates, key=score)


# Particles that belong to the family name after them ('Al Thani', 'bin Salman', 'Abu Marzouk').
NAME_PARTICLES = frozenset({"al", "el", "bin", "ben", "abu", "de", "van", "von", "da", "di"})
HONORIFICS = frozenset({"sheikh", "sheik", "shaikh", "prince"})
NAME_GOES_ON = re.compile(r"(?:\s+(?:[A-Z][\w'-]+|(?:al|bin|ben|abu)\b(?:-[A-Z][\w']+)?))+")


@functools.lru_cache(maxsize=4096)
def _form_pattern(form: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(form) + r"\b")


def _forms_found(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    """The spans ``re.finditer(r"\b(?:FORM|...)\b", text)`` yields with the forms tried longest
    first: at each offset the longest form standing as whole words, left to right, none
    overlapping. Each form's pattern is compiled once, not one alternation per article."""
    longest: dict[int, int] = {}
    for form in forms:
        if not form:
            continue
        pattern = _form_pattern(form)
        at = text.find(form)
        while at != -1:
            hit = pattern.match(text, at)
            if hit is not None and hit.end() > longest.get(at, -1):
                longest[at] = hit.end()
            at = text.find(form, at + 1)
    spans: list[tuple[int, int]] = []
    end = 0
    for start in sorted(longest):
        if start >= end:
            spans.append((start, longest[start]))
            end = longest[start]
    return spans


def _later_forms(surface: str) -> list[str]:
    """How a person named in full may be named again: the family name (with its particle),
    and 'Sheikh' with the first name."""
    words = [w for w in re.split(r"[\s]+", surface.strip()) if w]
    if len(words) < 2 or not all(
        w[:1].isupper() or w.split("-")[0].lower() in NAME_PARTICLES for w in words
    ):
        return []
    first = 1 if words[0].lower() in HONORIFICS else 0
    forms: list[str] = []
    last = words[-1]
    particle = words[-2].split("-")[0] if len(words) - first >= 3 else ""
    if particle.lower() in NAME_PARTICLES:
        forms.append(f"{words[-2]} {last}")
    elif last.split("-")[0].lower() in NAME_PARTICLES and "-" in last:
        forms.append(last)  # 'al-Hayya'

    elif len(last) >= 4 and "-" not in last:
        forms.append(last)
    if len(words) - first >= 2:
        forms.extend(f"{h.capitalize()} {words[first]}" for h in sorted(HONORIFICS))
    return forms


# What may stand between a title and the name it goes with: 'CIA Director William Burns',
# 'the foreign minister, Tete Antonio'; a word in lower case is a verb or more ('Angola's foreign
# minister urged Rwanda': the minister acts on Rwanda, and stays).
TITLE_TO_NAME = re.compile(r"[\s,]*(?:[A-Z][\w.'-]*\s+)?")


def _drop_redundant_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """'CIA Director William Burns': the name decides, the title before it adds nothing."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.kind == "title"
            and nxt is not None
            and nxt.kind in ("name", "short")
            and nxt.start - m.end <= 10
            and TITLE_TO_NAME.fullmatch(text, m.end, nxt.start)
        ):
            continue
        out.append(m)
    return out


# "Putin's adviser Vladimir Medinsky", "Trump's envoy Steve Witkoff": the role words between a
# person's possessive and the name of the one who acts for them.
PATRON_ROLE = re.compile(r"'s?\s+(?:[a-z-]+\s+){1,3}$")


def _drop_patrons(mentions: list[Mention], folded: str, registry: Registry) -> list[Mention]:
    """The person whose adviser or envoy is named ('Putin's adviser Vladimir Medinsky') is not
    there: the one named acts, and brings the side they act for."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.possessive
            and nxt is not None
            and nxt.kind == "name"
            and _is_person(registry, m.actor)
            and _is_person(registry, nxt.actor)
            and PATRON_ROLE.fullmatch(folded, m.end, nxt.start)
        ):
            continue
        out.append(m)
    return out


# "Colombia's National Liberation Army", "Lebanon's Hezbollah", "Sudan's paramilitary Rapid
# Support Forces": the words between a state's possessive and the group it is the home of.
# (describing words only: "Israel's rejection of Hamas' plan", "Israel's demand that Hezbollah
# be disarmed" name two actors)
HOME_OF = re.compile(
    r"'s?\s+(?:(?!(?:of|on|to|for|by|with|against|from|in|at|and|or|the|a|an|that|which|who|"
    r"whom|whose|is|was|are|were|has|have|had|will|would)\s)[a-z-]+\s+){0,3}$"
)


def _drop_home_states(mentions: list[Mention], folded: str, registry: Registry) -> list[Mention]:
    """A state whose possessive names where a group is from ('Lebanon's Hezbollah', 'Colombia's
    ELN') does not act with it: the group is no body of that state (its army, its government
    are: 'Sudan's army' keeps Sudan)."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.possessive
            and nxt is not None
            and _kind(registry, m.actor) == "state"
            and _kind(registry, nxt.actor) == "organisation"
            and m.actor not in _parents(registry, nxt.actor)
            and HOME_OF.fullmatch(folded, m.end, nxt.start)
        ):
            continue
        out.append(m)
    return out


def _kind(registry: Registry, actor: str) -> str:
    entry = registry.actors.get(actor)
    return entry.kind if entry is not None else ""


def _parents(registry: Registry, actor: str) -> set[str]:
    """What an organisation is part of, all the way up."""
    found: set[str] = set()
    entry = registry.actors.get(actor)
    while entry is not None and entry.part_of and entry.part_of not in found:
        found.add(entry.part_of)
        entry = registry.actors.get(entry.part_of)
    return found


def _is_person(registry: Registry, actor: str) -> bool:
    entry = registry.actors.get(actor)
    return entry is not None and entry.kind == "person"
