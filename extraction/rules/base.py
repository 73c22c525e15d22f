"""What every family of rules shares: the rule, the loading of a family's rule file, and the
readings of venues, speakers, parties and counts that rules of several families make.

A family's rules are data (``extraction/data/rules/<family>.toml``): each is a name, the event
type it gives, a pattern over folded text and the production, a method of the family's module
named after it with a leading underscore, that reads the match into a ``Draft``; a production
may have a guard, ``_<production>_ready(ctx, match)``: a cheap test of what the production
itself requires first, tried before the costlier readings of negation and modality (a match
it fails drafts nothing either way). ``${name}`` in
a pattern stands for a word list: the family file's ``[words]``, else ``lexicon.toml``'s
``[words]`` (``${a+b}`` joins two lists), else one of ``PATTERN_PARTS`` below."""
# ruff: noqa: E501  (regular expressions read best one alternation per line)

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extraction.actors import Mention, PlaceMention
from extraction.negotiations import Assigner, Negotiation
from extraction.registry import Registry
from extraction.rules.context import Draft, SentenceContext
from extraction.temporal import NUMBERS

RULE_FILES = Path(__file__).resolve().parent.parent / "data" / "rules"
PLACEHOLDER = re.compile(r"\$\{([a-z_]+(?:\+[a-z_]+)*)\}")


def alt(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


Builder = Callable[[SentenceContext, re.Match[str]], "Draft | None"]


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    pattern: re.Pattern[str]
    build: Builder
    action: bool = True  # a deed in the world (can be expected or hypothetical), not a stance
    negatable: bool = True
    needs_subject: bool = False  # objects alone ('urged Hamas') do not make the event
    defaults_ok: bool = False  # may fire in a sentence that names no actor or place
    # a test the production requires of a match before it drafts anything (see the module doc)
    ready: Callable[[SentenceContext, re.Match[str]], bool] | None = None


# A short stretch within one clause, between a verb and what it governs.
GAP = r"[^.;:!?]{0,45}?"
# Counts of days and weeks as news writes them.
NUM_WORDS = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several"

# 'freed over the week-long truce': a total over the period, not one day's release.
PERIOD = re.compile(
    rf"\b(?:over|during|throughout|in the course of|across)\s+(?:the\s+|a\s+)?(?P<n>{NUM_WORDS}|a|one)?"
    r"[\s-]*(?P<unit>day|week)s?(?:[\s-]+long)?\s+(?:truce|cease ?fire|pause|lull)\b"
)
# 'has rejected', 'remains opposed': a standing position, not a deed of the day.
STATIVE_VERB = re.compile(
    r"\b(?:has|have|is|are|remains?|continues? to|has been|have been)\s+(?:\w+\s+){0,2}$"
)
# 'Hamas reiterated demands that ...', 'renewed calls for': after a past verb or a determiner
# the -s word is a plural noun, the deed is the past verb's, not a standing position.
NOUN_BEFORE = re.compile(r"\b(?:\w+ed|its|their|his|her|our|the|fresh|new)\s+$")
SAID_BEFORE = re.compile(
    r"\b(?:said|told \w+|stressed|affirmed|added)\s+(?:that\s+)?(?:\w+\s+){0,3}$"
)
# the past reporting clause after a quote closes ('", Haniyeh said', '," the group told AFP')
SAID_AFTER_QUOTE = re.compile(
    r'"\s*,?\s*[^"]{0,60}?\b(?:said|told|wrote|added|stated|declared|stressed|affirmed|'
    r"posted|tweeted)\b"
)
VENUE_PREPOSITIONS = frozenset({"in", "at", "to", "into", "for"})
# Between a country and its city named after it: "'s capital ", "'s capital, ", "'s capital city ";
# or a town of the country's, told by its kind: "Egypt's resort town of ", "Turkey's coastal
# city of ", "Egypt's Red Sea resort, ".
CAPITAL_BETWEEN = re.compile(
    r"(?:'s|s')?\s+(?:capital|capital city|largest city)\s*,?\s*|"
    r"(?:'s|s')\s+(?:[a-z]+\s+){0,3}?(?:town|city|resort|port)\s*(?:,\s*|of\s+)?"
)
# Gaza-specific: places of the war, never venues of talks (moves to the conflict's data pack).
NOT_VENUES = frozenset({"gaza", "rafah", "khan_younis", "west_bank", "region", "sinai"})
# 'the war in Ukraine', 'peace in Sudan': a country named as the theatre, not a destination.
THEATRE = re.compile(
    r"\b(?:war|conflict|fighting|crisis|violence|hostilities|clashes|offensive|strikes|attacks?|"
    r"peace|ceasefire|truce|situation|people|civilians)\s+in\s+$"
)
# 'the Cairo Summit for Peace': a meeting named after its place.
# A gathering named after its city, on whose margins others meet.
MARGINS_OF = re.compile(
    r"\bon\s+the\s+(?:margins|sidelines|fringes?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
)
GATHERING_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:summit|conference|forum|assembly|meeting|gathering|session|"
    r"games)\b"
)
SUMMIT_AFTER = re.compile(r"\s+(?:peace\s+)?(?:summit|conference|talks)\b")
# What comes before talks named after their city ('the Jeddah talks', 'the stalled Doha talks'):
# an article, maybe a participle or adjective; not a preposition ('talks in Cairo').
NAMED_TALKS_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+(?:ed|ing|al|ent)\s+)?$")

# A person named after a mediator's title: 'chief mediator X', 'the UN mediator, X,'.
MEDIATOR_TITLE = re.compile(r"\b(?:mediators?|facilitators?)\s*,?\s*$")

# 'agreed to a ceasefire with Hezbollah': the other side of an agreement.
WITH_SIDE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?with\s+")

# A day told between a verb and its object: 'agreed on Tuesday to', 'agreed early Friday to',
# 'agreed on Nov. 21 to', 'agreed on 21 November to', 'agreed last week to', 'agreed overnight to'.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # folded: 'nov.', 'november'
DAY_BETWEEN = (
    r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?:\s+(?:night|morning|evening|afternoon))?"
    rf"|\s+(?:(?:late|early)\s+)?on\s+(?:{_MONTH}\s*\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+20\d\d)?"
    r"|\s+(?:(?:late|early)\s+)?(?:last|this)\s+(?:week|month|weekend)"
    r"|\s+(?:yesterday|overnight|last night|earlier this (?:week|month)))?"
)

# 'agreed to a ceasefire with an alliance of armed groups': the other side named, known or not,
# makes it the truce of both ('with conditions' names no side).
WITH_PARTY = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?with\s+(?:an?\s+|the\s+|its\s+)?(?!(?:\w+\s+)?(?:conditions|"
    r"reservations|amendments|caveats|changes|immediate effect|effect)\b)[a-z]"
)
# Regular-expression parts a rule file may name, beside word lists.
PATTERN_PARTS = {"gap": GAP, "num_words": NUM_WORDS, "day_between": DAY_BETWEEN}
RULE_FLAGS = ("action", "negatable", "needs_subject", "defaults_ok")


def load_family(name: str) -> dict[str, Any]:
    """The rule file of one family, read once when its module is imported."""
    with open(RULE_FILES / f"{name}.toml", "rb") as f:
        return tomllib.load(f)


def expand(template: str, words: dict[str, list[str]], where: str) -> str:
    """A rule's pattern with each ``${name}`` replaced by its word list or pattern part."""

    def part(m: re.Match[str]) -> str:
        names = m.group(1).split("+")
        if len(names) == 1 and names[0] not in words and names[0] in PATTERN_PARTS:
            return PATTERN_PARTS[names[0]]
        unknown = [n for n in names if n not in words]
        if unknown:
            raise ValueError(f"{where}: no word list or pattern part named {unknown[0]!r}")
        return alt([word for n in names for word in words[n]])

    return PLACEHOLDER.sub(part, template)


# Who mediates: 'mediated by Qatar', 'hosted by U.S. President Donald Trump', 'convened by the
# United States' (a title may sit
# between 'by' and the name, never another party's preposition: 'brokered by the US between ...').
HOSTED_BY = re.compile(
    r"\b(?:mediated|brokered|hosted|co hosted|facilitated|chaired|convened|sponsored) by\s*"
    r"(?:the\s*)?"
    r"(?:(?!between\b|with\b|and\b|to\b|for\b|from\b|of\b|in\b|at\b|on\b)[a-z.]+\s+){0,3}$"
)


class Family:
    """The rules of one catalog family: specs from its rule file, productions as methods."""

    name = ""
    spec: dict[str, Any] = {}

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        w = registry.lexicon["words"]
        self.negotiations = Assigner(registry.negotiations, registry.not_sides, {})
        self.words: dict[str, list[str]] = {**w, **self.spec.get("words", {})}
        # Issues a demand can be about: the conflict packs' and the general issues of talks
        # ('ruled out NATO membership for Kyiv', 'insisted on sanctions relief').
        demand_issues = [
            word
            for issue, words in [
                *registry.lexicon["issues"].items(),
                *registry.general_issues.items(),
            ]
            if issue not in ("humanitarian_aid", "rafah_offensive")
            for word in words
        ]
        self.issue_words = re.compile(r"(?<![a-z])(?:" + "|".join(demand_issues) + r")(?![a-z])")
        self.speech = re.compile(r"\b" + alt(w["speech_verbs"]) + r"\b")
        self.demand_obj = re.compile(r"\b" + alt(w["demand_nouns"]) + r"\b")
        self.assessments = {
            k: re.compile(r"(?<![a-z])" + alt(v) + r"(?![a-z])")
            for k, v in registry.lexicon["assessment"].items()
        }
        self.rules = [self._rule(row) for row in self.spec.get("rule", [])]

    def _rule(self, row: dict[str, Any]) -> Rule:
        where = f"data/rules/{self.name}.toml, rule {row.get('id')!r}"
        build = getattr(self, f"_{row['production']}", None)
        if build is None:
            raise ValueError(f"{where}: no production {row['production']!r} in {self.name}.py")
        template = row["pattern"]
        if isinstance(template, list):
            template = "".join(template)
        flags = {key: row[key] for key in RULE_FLAGS if key in row}
        pattern = re.compile(expand(template, self.words, where))
        ready = getattr(self, f"_{row['production']}_ready", None)
        return Rule(row["id"], row["type"], pattern, build, **flags, ready=ready)

    def _venue(self, ctx: SentenceContext, after: int = 0, countries: bool = False) -> str | None:
        """The place talks or a trip are at: a city or a place the data names; with countries,
        a country of the world too when no such place is named ('arrived in Switzerland')."""
        ordered = sorted(ctx.places, key=lambda p: (p.start < after, abs(p.start - after)))
        for p in ordered:
            if p.preposition in VENUE_PREPOSITIONS and p.place not in NOT_VENUES:
                return self._capital_named(ctx, p) or p.place
        if not countries:
            return None
        ordered = sorted(ctx.countries, key=lambda p: (p.start < after, abs(p.start - after)))
        for p in ordered:
            if p.preposition in VENUE_PREPOSITIONS and not THEATRE.search(
                ctx.folded, max(0, p.start - 30), p.start
            ):
                return p.place
        return None

    def _margins_venue(self, ctx: SentenceContext, after: int = 0) -> str | None:
        """'met on the sidelines of the Munich Security Conference', 'on the margins of the
        Davos forum': the city the gathering is named after."""
        for p in ctx.places:
            if (
                p.start >= after
                and p.place not in NOT_VENUES
                and MARGINS_OF.search(ctx.folded, max(0, p.start - 60), p.start)
                and GATHERING_AFTER.match(ctx.folded, p.end)
            ):
                return p.place
        return None

    def _capital_named(self, ctx: SentenceContext, country: PlaceMention) -> str | None:
        """'in Qatar's capital Doha', 'in Oman's capital, Muscat': the city named after it."""
        for q in ctx.places:
            if q.start > country.end and CAPITAL_BETWEEN.fullmatch(
                ctx.folded, country.end, q.start
            ):
                return q.place
        return None

    def _named_venue(self, ctx: SentenceContext, m: re.Match[str]) -> str | None:
        """'opened the Cairo Summit for Peace': the place the meeting is named after; also
        the talks named after their city before the match ('the suspended Jeddah talks between
        the army and the RSF', 'the Doha talks resumed')."""
        for p in ctx.places:
            inside = m.start() <= p.start or NAMED_TALKS_BEFORE.search(ctx.folded, 0, p.start)
            if inside and p.end <= m.end() and SUMMIT_AFTER.match(ctx.folded, p.end):
                return p.place if p.place not in NOT_VENUES else None
        return None

    def _host(self, place: str | None) -> str | None:
        if place is None:
            return None
        known = self.registry.places.get(place)
        state = known.state if known else ""
        return state if state in self.registry.actors else None

    def _default_host(
        self, ctx: SentenceContext, place: str | None, parties: tuple[str, ...]
    ) -> str | None:
        """The host state of a round whose sentence names no party ('the talks resumed in
        Geneva, Switzerland'): one of its parties only when it mediates or hosts that
        negotiation as its data says, or when no sides are given in its place (no negotiation
        known, or indirect talks); else the country is the venue's, not an actor."""
        host = self._host(place)
        if host is None or not parties:
            return host
        n = self._negotiation(ctx)
        if n is None or host in n.mediators or host in n.sides:
            return host
        return None

    def _stative(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        word = m.group(0).split()[0]
        if SAID_BEFORE.search(ctx.folded, max(0, m.start() - 40), m.start()):
            return False  # 'he said Hamas is committed to ...': stated on the day it was said
        if ctx.folded.count('"', 0, m.start()) % 2:
            close = ctx.folded.find('"', m.end())
            if close >= 0 and SAID_AFTER_QUOTE.match(ctx.folded, close):
                return False  # '"We are ready for a deal," Haniyeh said': the same
        if STATIVE_VERB.search(ctx.folded, max(0, m.start() - 30), m.start()):
            return True
        if word.endswith("s") and not word.endswith("ss") and not _noun_after(ctx, m.start()):
            return True
        return bool(re.match(r"(?:has|have|is|are|remains?)\b", m.group(0)))

    def _quantity(self, text: str) -> int | None:
        m = re.search(r"\b(\d[\d,]*)\b", text)
        if m:
            return int(m.group(1).replace(",", ""))
        words = text.split()
        for i, word in enumerate(words):
            if word in NUMBERS and word not in ("a", "an", "several", "few"):
                value = NUMBERS[word]
                unit = words[i + 1] if i + 1 < len(words) else ""
                if 20 <= value <= 90 and NUMBERS.get(unit, 10) < 10:
                    value += NUMBERS[unit]  # 'thirty-three' (hyphens are read as spaces)
                return value
        return None

    def _speaker(self, ctx: SentenceContext, pos: int) -> tuple[Mention, ...]:
        """The named speaker of the sentence: 'X said ...' or '"...," X said / said X'."""
        subject = ctx.reader.subject(pos)
        if subject:
            return subject
        return self._said_by(ctx)

    def _said_by(self, ctx: SentenceContext) -> tuple[Mention, ...]:
        """The named speaker of a speech verb of the sentence ('X said', 'said X')."""
        for verb in self.speech.finditer(ctx.folded):
            found = ctx.reader.subject(verb.start()) or ctx.reader.objects(verb.end(), 40)
            if found:
                return found
        return ()

    def _negotiation(self, ctx: SentenceContext) -> Negotiation | None:
        """The known negotiation of the sentence (a side or word of it named there), else of
        the article; never a built-in war."""
        actors = [
            actor
            for mention in ctx.mentions
            for actor in self.registry.affiliations(mention.actor, ctx.published)
        ]
        return self.negotiations.of_sentence(actors, ctx.folded, ctx.published, ctx.negotiation)

    def _parties(self, ctx: SentenceContext) -> tuple[str, ...]:
        """The parties of a truce or round whose sentence names none: the sides of its
        negotiation; none when neither the sentence nor the article tells one."""
        n = self._negotiation(ctx)
        return n.sides if n else ()

    def _holders(self, ctx: SentenceContext, what: str) -> tuple[str, ...]:
        """Who freed the hostages or prisoners a sentence does not say freed by whom."""
        n = self._negotiation(ctx)
        return n.holders(what) if n else ()

    def _mediators(self, ctx: SentenceContext) -> list[str]:
        out: list[str] = []
        for mention in ctx.mentions:
            near = ctx.folded[mention.end : mention.end + 40]
            before = ctx.folded[max(0, mention.start - 45) : mention.start]
            if (
                re.match(r"\s*(?:(?:,|and)\s*\w+\s*)*mediat", near)
                or HOSTED_BY.search(before)
                or MEDIATOR_TITLE.search(before)  # 'AU chief mediator Olusegun Obasanjo'
            ):
                # "hosted by Malaysia's prime minister": the person, and the state they act for
                for actor in self.registry.affiliations(mention.actor, ctx.published):
                    if actor not in out:
                        out.append(actor)
        return out

    def _other_side(self, ctx: SentenceContext, end: int) -> list[tuple[str, str]]:
        side = WITH_SIDE.match(ctx.folded, end)
        if not side:
            return []
        return [(o.actor, "participant") for o in ctx.reader.objects(side.end(), 30)]

    def _one_side(
        self,
        ctx: SentenceContext,
        subject: tuple[Mention, ...],
        others: list[tuple[str, str]],
        mediators: list[str],
    ) -> bool:
        """Whether the doers of an agreement are one negotiating side (no mediator, no other
        party named): its acceptance, not an agreement of both sides."""
        if not subject:
            return False
        n = self._negotiation(ctx)
        neutral = {*mediators, *(n.mediators if n else ())}
        sides: set[str] = set()
        for actor in [s.actor for s in subject] + [a for a, _ in others]:
            found = self.registry.affiliations(actor, ctx.published)
            if neutral & set(found):
                return False  # 'Qatar announced that ...': a mediator tells of both sides
            known = self.registry.actors
            sides.update(a for a in found if a not in known or known[a].kind != "person")
        return len(sides) <= 1

    def _period_days(self, ctx: SentenceContext) -> int:
        p = PERIOD.search(ctx.folded)
        if not p:
            return 0
        n = p["n"] or "one"
        count = int(n) if n.isdigit() else NUMBERS.get(n, 1)
        return count * (7 if p["unit"] == "week" else 1)


def _noun_after(ctx: SentenceContext, pos: int) -> bool:
    """Whether the word at pos follows a past verb or a determiner (a noun, not a verb)."""
    return bool(NOUN_BEFORE.search(ctx.folded, max(0, pos - 30), pos))
