"""What a rule reads about one sentence, what it drafts from a match, and how the draft is
dated: the parts every family of rules shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.durations import NUMBERS
from domain.values import Interval
from extraction.actors import Mention, PlaceMention
from extraction.cues import Gate
from extraction.syntax import ClauseReader
from extraction.temporal import (
    ANCHORED,
    CALENDAR_ERRORS,
    NUMBER,
    TimeExpr,
    find_times,
    is_deictic,
    names_month,
    nearest,
    noun_time,
    requoted,
    shift,
    taken_up_groups,
)
from extraction.temporal import _month_end as month_end

# 'the next day', 'hours later': their literals, tested before the pattern is run
ANCHORED_GATE = Gate(ANCHORED)
LOOK_BACK = 6  # sentences an anaphoric time expression may reach back over
# a sentence naming a span wider than two months (a year) gives no day for the next to go on from
MAIN_SPAN_DAYS = 62
STANCE_DAYS = 2  # an undated standing position: held from this many days before publication


@dataclass
class SentenceContext:
    """Everything the rules read about one sentence."""

    article: str
    published: date
    index: int
    folded: str
    mentions: list[Mention]
    places: list[PlaceMention]
    reader: ClauseReader
    countries: list[PlaceMention] = field(default_factory=list)  # 'in Switzerland': trips only
    _times: list[TimeExpr] | None = None
    venue_hint: str | None = None  # venue of the talks the article last reported
    cue_at: int = 0  # where the last statement's assessment was worded
    anchor: date | None = None  # the article's last dated happening, for '10 days earlier'
    truce: date | None = None  # when the article's truce took effect, for 'its second day'
    # Dates the paragraph gave its actors' deeds ('Hamas said on Monday it accepted ... It also
    # demanded ...'): a later undated past deed of the same actor took place then too.
    carry: dict[str, Interval] = field(default_factory=dict)
    # The paragraph's earlier sentences, nearest last: a quote or a pronoun sentence continues
    # them, and 'hours later' counts from their day.
    previous: tuple[SentenceContext, ...] = ()
    before: SentenceContext | None = None  # the sentence before, when it ended a paragraph
    speakers: frozenset[str] | None = None  # who the sentence is by or about, found on first use
    text: str = ""  # the sentence as written (same offsets as folded): capitals tell names
    # The known negotiation the article is about: its sides are the parties of a truce, round
    # or release whose sentence names none (extraction.negotiations.Negotiation).
    negotiation: Any = None
    # Unregistered persons of the article and whom they act for ('Russian negotiator X').
    affiliated: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _main: tuple[Interval | None] | None = None
    # The article's sentences so far (shared; the first `index` of them come before this one)
    # and the day of this sentence's explicitly dated finding: the times an anaphoric
    # expression ('the next day', 'earlier in the day') counts from.
    earlier: list[SentenceContext] = field(default_factory=list, repr=False)
    event_day: date | None = None
    caption: bool = False  # a line under a picture ('... (Reuters Photo)'): not the story's lead
    # A quote running on to a later sentence whose reporting clause names a gone day: where the
    # quote starts in this sentence and that day ('"We met today ... . ...," X said on Tuesday')
    quoted: tuple[int, date] | None = None

    @property
    def times(self) -> list[TimeExpr]:
        """Time expressions, found on first use: most sentences hold no event."""
        if self._times is None:
            anchor = self.anchor
            if ANCHORED_GATE.open(self.folded) and (at := ANCHORED.search(self.folded)):
                anchor = self.taken_up_day(at.start()) or self.last_mentioned() or anchor
            times = find_times(self.folded, self.published, anchor, self.truce)
            said = _speech_day(self, times)
            if said is not None:
                # 'Oman said on Saturday the sides would meet again next week': a day word or a
                # week the speaker named counts from the day it was said
                again = find_times(self.folded, said.past.start, anchor, self.truce)
                by_span = {(t.start, t.end): t for t in again}
                times = [
                    by_span.get((t.start, t.end), t)
                    if t.start > said.end and is_deictic(t) and not t.anaphoric
                    else t
                    for t in times
                ]
            if self.quoted is not None:
                times = requoted(times, self.quoted[0], self.quoted[1], self.published)
            self._times = times
        return self._times

    def last_mentioned(self) -> date | None:
        """The last event time mentioned before this sentence: the day of an earlier sentence's
        dated finding, else the past time of its main clause (the nearest such sentence, within
        a few)."""
        for ctx in reversed(self.earlier[max(0, self.index - LOOK_BACK) : self.index]):
            if ctx.event_day is not None:
                return ctx.event_day
            if (main := ctx.main_time()) is not None:
                return main.start
        return None

    def taken_up_day(self, before: int) -> date | None:
        """The day an earlier sentence (within a few) gave the happening this one takes up by a
        definite noun before position ('the strike ... a day earlier': the strike's day)."""
        groups = taken_up_groups(self.folded, before)
        if not groups:
            return None
        for ctx in reversed(self.earlier[max(0, self.index - LOOK_BACK) : self.index]):
            times = [
                t
                for t in ctx.times
                if t.anchors_event and not t.anaphoric and t.past.end <= ctx.published
            ]
            t = noun_time(ctx.folded, times, groups) if times else None
            if t is not None:
                return t.past.start
        return None

    def main_time(self) -> Interval | None:
        """When the sentence's main clause happened, if it names a past time: the sentence a
        quote or a pronoun sentence after it continues."""
        if self._main is None:
            self._main = (self._find_main(),)
        return self._main[0]

    def _find_main(self) -> Interval | None:
        of_documents: frozenset[int] | None = None
        for t in _clause_times(self, 0):
            if t.past.end > self.published or FUTURE_CUE.search(self.folded, 0, t.start):
                continue
            if of_documents is None:
                of_documents = participle_times(self, 0)
            if t.start in of_documents:
                continue  # 'welcomed the proposal presented in late May': the proposal's time
            if DEADLINE_BEFORE.search(self.folded, max(0, t.start - 40), t.start):
                continue  # 'the deadline, which expires on June 24': when time runs out, not a deed
            if (t.past.end - t.past.start).days > MAIN_SPAN_DAYS:
                continue  # 'had 5,000 fighters in 2022': a year is background, no day
            return t.past
        return None


@dataclass
class Draft:
    """What a rule read from a match, before dates, modality and issues are added."""

    subject: tuple[Mention, ...] = ()
    others: list[tuple[str, str]] = field(default_factory=list)  # (actor id, role)
    defaults: tuple[str, ...] = ()  # actors assumed when the sentence names none
    attributes: dict[str, Any] = field(default_factory=dict)
    location: str | None = None
    stative: bool = False  # a standing position: dated to the days just before publication
    day_offset: int = 0  # days before the anchor date ('entered their second day')
    said: bool = False  # a speech act: dated when said, never by a time it talks about ahead
    decided: bool = False  # an order or authorisation: dated when decided, though expected
    looks_back: int = 0  # 'three days of talks': the round opened this many days before
    period: int = 0  # 'freed over the week-long truce': a total over this many days up to then
    confidence: float = 0.0
    begins: bool = False  # the truce taking effect: dated by its start ('due to begin Sunday')
    on: Interval | None = None  # the date the rule read itself ('effective from January 19')
    done: bool = False  # told in the past tense: never expected, whatever follows it
    # Times that date something else: 'agreed ... to take effect on Sunday' was agreed earlier.
    skip: frozenset[int] = frozenset()
    opening: bool = False  # the start of what is under way: 'since Sunday' dates it to Sunday


# A sentence about what is still to come: its time dates nothing that follows it.
FUTURE_CUE = re.compile(
    r"\b(?:will|'ll|shall|expected to|due to|set to|scheduled to|plans? to|is to|are to)\b"
)


# A time told as a deadline ('which expires on June 24', 'a deadline of Friday', 'runs until
# July 9', 'set a deadline for Sunday'): when something may run out, not when anything
# happened; it dates no deed, and a later sentence does not go on from it.
DEADLINE_BEFORE = re.compile(
    r"\b(?:expires?|expiring|lapses?|runs? out|runs? until|due to expire|valid until|"
    r"deadline(?:\s+(?:of|is|was|for|at|on|set for))?)\s+(?:on\s+|at\s+|in\s+)?$"
)


# 'minutes before it lapsed on Thursday': the later clause's time is the event's time too.
SAME_TIME = re.compile(
    r"\b(?:minutes|moments|an hour|hours|shortly|just|right|soon)\s+(?:before|after)\s*$"
)


# 'agreed a six-week truce starting Sunday': the truce's start (an attribute), not when it was
# agreed, nor when anything else in the sentence happened.
TRUCE_START = re.compile(
    r"\b(?:cease ?fire|truce|pause|deal|agreement|phase)\b[^.;:]{0,45}?\b(?:starting|beginning|"
    r"effective|as of)\s+(?:on\s+|at\s+|from\s+)?$"
)


# (a condition's time is its deadline: 'threatened to resume fighting if the hostages are not
# freed by Saturday' was threatened now)
# ('maintain the ceasefire, while the modalities will be set at the round of November 6': a
# 'while' clause tells another happening)
LATER_CLAUSE = frozenset(
    {"after", "before", "since", "until", "following", "if", "unless", "while", "whereas"}
)
# A relative clause after the trigger ('the negotiations, which stalled last week', 'in Doha,
# where they met last month', 'the offer that Egypt presented on Monday') tells another
# happening: its time is that happening's, not the trigger's.
RELATIVE_CLAUSE = frozenset({"which", "who", "whom", "where", "that"})
HAPPENING_RELATIVE = re.compile(
    r"\s*(?:had\s+|has\s+|have\s+)?(?:been\s+)?(?:opened|began|begun|started|took place|"
    r"(?:was|were)\s+held|convened|took effect|came into (?:force|effect)|kicked off|"
    r"got under ?way)\b"
)
SOURCE_BEFORE = re.compile(
    r"\b(?:according to|said|says|told|tells|statement|reported|announced|citing)\b"
)
# The talks and their documents: a relative clause on one tells a happening of its own.
TALKS_NOUNS = (
    r"proposals?|plans?|offers?|deal|agreement|framework|truce|ceasefire|cease fire|talks|"
    r"negotiations|meetings?|round|response|reply|terms|demands?|draft|delegation|team|"
    r"document|list|map|maps|initiative|understandings?"
)
# Nouns a talks noun qualifies in a compound ('the ceasefire accord', 'the truce pact').
COMPOUND_HEADS = (
    r"accords?|pacts?|deals|agreements|arrangements?|declarations?|memorand(?:um|a)|"
    r"protocols?|treat(?:y|ies)|understanding|settlements?|truces|ceasefires"
)
# What a deal frees, returns or hands over, told with its own past: 'prisoners that were
# captured last year', 'the towns that the rebels seized in January'.
DEAL_OBJECT_NOUNS = (
    r"prisoners|detainees|hostages|captives|troops|soldiers|civilians|people|fighters|bodies|"
    r"territor(?:y|ies)|towns?|cities|villages?|areas?|regions?|positions|land|roads?|"
    r"weapons|sanctions|forces|assets"
)
# The war the talks are about: a clause on it ('to end a war that erupted in April last year',
# 'a conflict sparked by the Gaza war last year') tells how the war came about, never the talks.
WAR_NOUNS = (
    r"war|wars|conflict|fighting|hostilities|offensive|invasion|insurgency|rebellion|uprising|"
    r"violence|crisis|clashes|siege|bloodshed|attacks?|assault"
)
# 'that' opens a relative clause after a noun, not after a verb of saying or deciding.
THAT_RELATIVE = re.compile(rf"\b(?:{TALKS_NOUNS}|{DEAL_OBJECT_NOUNS}|{WAR_NOUNS})\s*$")
# A past participle on the war after the trigger, then a time ('talks to end the war triggered by
# the October 7 attack', 'the first talks since the invasion launched in February 2022'): the
# time is the war's start. Nothing but an adverb stands between noun and participle ('the war
# ended on Monday' is the main verb), and no comma between participle and time.
WAR_PARTICIPLE = re.compile(
    rf"\b(?:{WAR_NOUNS})\s+(?:\w+ly\s+)?(?:sparked|triggered|started|launched|begun|unleashed|"
    r"ignited|provoked|caused|fuelled|fueled|waged|prompted)"
    r"(?=\s+(?:by|in|on|at|last|this|early|late|more|over|since)\b)[^,;.]{0,60}$"
)


# A relative clause without 'that' on the trigger's object, its subject and past verb then a
# time ('accepted the proposal the government made on Monday', 'welcomed the deal Israel and
# Hamas reached on Wednesday'): the time is the clause's happening's. Only after the talks'
# nouns: after what a deal frees ('release the hostages Hamas holds in Gaza') the words that
# follow are too often the sentence's own.
REDUCED_RELATIVE = re.compile(
    rf"\b(?:{TALKS_NOUNS})"
    r"\s+(?!(?:was|were|is|are|has|have|had|will|would|to|for|on|in|at|with|from|by|of|and|"
    r"or|but|that|which|as|after|before|since|until|this|last|next|earlier|late|early|\w+ed|"
    # nor an adverb before a participle: 'the agreement previously reached in April'
    r"previously|already|recently|originally|initially|first|jointly|formally|finally|"
    r"eventually|successfully|once|just|only|"
    # the head of a compound is no subject: 'the ceasefire agreement reached in Doha', 'the
    # truce accord reached in January'
    rf"{TALKS_NOUNS}|{COMPOUND_HEADS})\b)"
    r"(?:[\w'.-]+\s+){1,4}?(?:had\s+)?(?:\w+ed|made|sent|gave|drew up|put forward|laid out|"
    r"set out|brought|struck|sought|took|won)\b[^,;.]{0,60}$"
)


# A past participle on a document of the talks after the trigger, then a time ('urged both sides
# to respect the ceasefire agreed on August 4', 'accused the RSF of breaking the truce signed in
# May'): the time is when the document was agreed or made, not the trigger's. The participle is
# followed by a preposition or the time, never an object ('the plan reached Hamas on Monday' is a
# past verb), and nothing stands between noun and participle ('the truce was agreed on Monday' is
# the main verb's own passive).
DOCUMENT_NOUNS = (
    r"proposals?|plans?|offers?|deal|agreement|accord|pact|treaty|framework|truce|ceasefire|"
    r"cease fire|terms|draft|document|initiative|understandings?|roadmap|blueprint|"
    r"arrangement|memorandum|declaration|counter ?proposal|response|reply|maps?|ideas?|"
    r"outline|vision"
)
# What is done to a document of the talks, as a participle after it ('the plan unveiled on
# Sunday', 'the truce brokered by Qatar'): one vocabulary for every reading of such phrases.
DOCUMENT_PARTICIPLES = (
    r"agreed(?: upon| to)?|reached|signed|unveiled|proposed|brokered|announced|struck|"
    r"put forward|presented|submitted|tabled|drawn up|drafted|mediated|negotiated|sealed|"
    r"concluded|initialled|initialed|outlined|laid out|set out|hammered out|worked out|"
    r"endorsed|adopted|approved|delivered|floated|sent|handed over|handed|offered|made|"
    r"received|crafted|prepared|passed"
)
PARTICIPLE_RELATIVE = re.compile(
    rf"\b(?:{DOCUMENT_NOUNS})\s+(?:\w+ly\s+)?(?:{DOCUMENT_PARTICIPLES})"
    r"(?=\s+(?:by|in|on|at|during|between|with|under|last|earlier|this|late|early|over|"
    r"shortly|just)\b|\s*$)[^,;.]{0,60}$"
)
# 'agreed on a truce brokered by Qatar on Monday': agreeing to it is its making, on that day.
MAKING_VERB = re.compile(
    r"\b(?:agreed|signed|reached|struck|sealed|concluded|initialled|initialed|brokered)\b"
)


def participle_times(ctx: SentenceContext, pos: int) -> frozenset[int]:
    """Times of a participle phrase on a document of the talks after the trigger at pos."""
    found = set()
    for t in ctx.times:
        part = PARTICIPLE_RELATIVE.search(ctx.folded, pos, t.start) if t.start > pos else None
        if (
            part is not None
            # the trigger's own compound is no object: 'the truce agreement reached on May 2'
            and len(re.findall(r"[a-z]+", ctx.folded[pos : part.start()])) > 1
            and not MAKING_VERB.search(ctx.folded, pos, part.start())
        ):
            found.add(t.start)
    return frozenset(found)


# 'will free all hostages, as set out in the plan unveiled this week', 'as agreed in Doha last
# month': an 'as' clause of a participle refers to another happening, with a time of its own.
AS_DONE = re.compile(
    r"\s*(?:\w+ly\s+)?(?:set out|laid out|agreed|announced|outlined|proposed|stipulated|provided|"
    r"envisaged|envisioned|described|reported|stated|mentioned|promised|pledged|planned|decided|"
    r"requested|demanded|called for|agreed upon|spelled out|spelt out)\b"
)


SPEECH_VERBS = frozenset(
    {
        "said",
        "says",
        "told",
        "announced",
        "stated",
        "declared",
        "confirmed",
        "wrote",
        "posted",
        "reported",
        "added",
        "noted",
        "stressed",
        "warned",
    }
)


def _clause_times(ctx: SentenceContext, pos: int) -> list[TimeExpr]:
    """Times that can date the trigger at pos: those of its own clause if it has any ('said on
    Saturday that it will host ... on Monday'), never one inside a later 'after ...' or 'before
    ...' clause, which dates another happening."""
    own_noun = [t for t in ctx.times if t.names == pos or _scheduled_for(ctx, t, pos)]
    if own_noun and nearest(own_noun, pos) is not None:
        return own_noun  # 'the recent talks', 'talks set for Thursday' date the talks themselves
    # ('the January 19 ceasefire collapsed on Tuesday': the date names the truce, and the
    # collapse is dated by its own clause's time)
    times = [t for t in ctx.times if t.anchors_event and not _in_other_aside(ctx, t, pos)]
    if not times:
        return times
    own, _ = ctx.reader.clause_start(pos)
    # 'said on Monday it had accepted the proposal, and Israel rejected it on Tuesday': a time of
    # a later clause joined with a subject of its own is not the trigger's own
    joined = joined_clause(ctx, pos)
    kept: list[TimeExpr] = []
    same: list[TimeExpr] = []
    for t in times:
        start, opener = ctx.reader.clause_start(t.start)
        if (
            opener in LATER_CLAUSE
            and start > pos
            and not SAME_TIME.search(ctx.folded, 0, start)
            # a comma closes the 'after ...' clause: 'talks, interrupted after starting in
            # 2017, resumed on November 22' - the time after it is the main verb's
            and "," not in ctx.folded[start : t.start]
        ):
            continue
        if DEADLINE_BEFORE.search(ctx.folded, max(0, t.start - 25), t.start) and not (
            # 'just before it was due to expire on Monday, they extended it': done that day
            opener in ("before", "after") and SAME_TIME.search(ctx.folded, 0, start)
        ):
            continue  # 'set a deadline of Sunday': the deadline, not when it was set
        if (
            opener in RELATIVE_CLAUSE
            and start > pos
            and (
                opener != "that"
                or THAT_RELATIVE.search(ctx.folded, max(0, start - 30), start - len(opener))
            )
            # '..., according to the office, which outlined them on Sunday': the relative
            # clause tells the source's own telling, which dates what it told
            # a comma closes the relative clause: 'met Berri, an ally who mediates, on Tuesday'
            and "," not in ctx.folded[start : t.start]
            and not SOURCE_BEFORE.search(ctx.folded, pos, start)
            # 'the truce, which began on 24 November': a relative clause on the trigger's own
            # noun tells that very happening
            and len(re.findall(r"[a-z]+", ctx.folded[pos : start - len(opener)])) > 2
            # 'the talks between A and B, which opened in Mombasa on 6 July': a relative clause
            # telling a round open or a truce begin tells the noun's own happening
            and not HAPPENING_RELATIVE.match(ctx.folded, start)
        ):
            continue
        reduced = REDUCED_RELATIVE.search(ctx.folded, pos, t.start) if t.start > pos else None
        if (
            reduced is not None
            and reduced.start() > pos
            # ('accepted the plan hours after Israel rejected it on Monday': no relative clause,
            # a clause of the same time)
            and not (
                opener in ("before", "after")
                and start > pos
                and SAME_TIME.search(ctx.folded, 0, start)
            )
        ):
            continue  # 'accepted the proposal the government made on Monday': when it was made
        if t.start > pos and WAR_PARTICIPLE.search(ctx.folded, pos, t.start):
            continue  # 'to end a conflict sparked by the Gaza war last year': the war's start
        if opener == "as" and start > pos and AS_DONE.match(ctx.folded, start):
            continue  # 'as set out in Trump's plan this week': when the plan was set out
        kept.append(t)
        if start == own and t.start < joined and not _said_when(ctx, t, pos):
            same.append(t)
    return same or kept


# The verb a noun's relative clause gives way to ('the talks that began on November 21 will
# resume on February 13'): a round going on again, still to come, told with its own time (not
# 'will end on Friday', which closes the round the clause opened).
PREDICATE_AFTER = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:(?:set|due|expected|scheduled)\s+)?to)\s+"
    r"(?:(?:now|again|then|only|soon)\s+)?(?:resume|reconvene|continue|restart|reopen|"
    r"go on|pick up|be (?:resumed|reconvened|continued|restarted|reopened|held again))\b"
)
OPENING_RELATIVE = re.compile(
    r"\s*\b(?:that|which)"
    + HAPPENING_RELATIVE.pattern
    + r"[^,;.]{0,80}?\s+(?="
    + PREDICATE_AFTER.pattern.removeprefix(r"\b")
    + ")"
)


def opening_relative(folded: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the match's noun is told opening in a relative clause that gives way to a
    predicate still to come ('the talks that began in May will resume on Monday')."""
    # (the match may run into the clause: 'talks that began')
    # (not a clause set off by commas: the predicate's time is then too often lost)
    found = OPENING_RELATIVE.search(folded, span[0])
    return found.span() if found is not None and found.start() <= span[1] else None


# Between a trigger and the noun a 'scheduled for' time names: a few words, or a noun phrase
# ('the next round of talks between Armenia and Azerbaijan is set for Monday'), not a verb or a
# place the trigger goes to ('sent a team to Cairo for talks set for Monday').
SCHEDULED_GAP = re.compile(
    r"(?:[a-z'-]+ +){0,4}|(?:(?!(?:to|for|at|in|will|would|has|have|had|is|are|was|were|\w+ed)\b)"
    r"[a-z'-]+ +){0,8}"
)


def _scheduled_for(ctx: SentenceContext, t: TimeExpr, pos: int) -> bool:
    """Whether a 'scheduled for' time belongs to the trigger's own phrase ('participating in the
    ceasefire talks scheduled for Thursday')."""
    return (
        t.scheduled
        and t.names is not None
        and pos <= t.names
        and SCHEDULED_GAP.fullmatch(ctx.folded[pos : t.names]) is not None
        and ctx.reader.clause_start(t.names)[0] <= pos
    )


def _in_other_aside(ctx: SentenceContext, t: TimeExpr, pos: int) -> bool:
    """Whether the time sits inside a dash aside that does not hold the trigger: it dates
    what the aside tells ('freed four captives - two soldiers seized last year - on
    Wednesday'), not the trigger's happening."""
    aside = ctx.reader.dash_aside(t.start)
    return aside is not None and not aside[0] <= pos < aside[1]


# 'Armenia and Azerbaijan, whose ministers met in Almaty last month, will hold talks in
# Washington later this week': a relative clause set off by commas tells a happening of its own
RELATIVE_ASIDE = re.compile(r",\s*(?:who|whose|which)\s+[^,.;:\"]*$")


def _gone_in_relative(ctx: SentenceContext, t: TimeExpr, pos: int) -> bool:
    """Whether a time wholly before publication sits in a relative clause between commas that
    does not hold pos."""
    if t.future.end >= ctx.published:
        return False
    aside = _relative_aside(ctx.folded, t.start)
    return aside is not None and not aside[0] <= pos < aside[1]


def _relative_aside(folded: str, at: int) -> tuple[int, int] | None:
    """The span of a relative clause between commas holding position at, if any."""
    m = RELATIVE_ASIDE.search(folded, max(0, at - 120), at)
    if m is None:
        return None
    close = folded.find(",", at)
    return (m.start(), close) if close >= 0 else None


def _said_when(ctx: SentenceContext, t: TimeExpr, pos: int) -> bool:
    """'announced on Wednesday it would host ...': the time is the announcement's, not the
    hosting's."""
    return t.start < pos and _speech_time(ctx, t)


def _speech_time(ctx: SentenceContext, t: TimeExpr) -> bool:
    """A time right after a speech verb ('said on Monday', 'told Reuters on Monday'), before or
    after what was said: when it was said."""
    start, opener = ctx.reader.clause_start(t.start)
    if opener not in SPEECH_VERBS or start >= t.start:
        return False
    between = ctx.folded[start : t.start].strip()
    return not between or (opener == "told" and len(between.split()) <= 2)


def _speech_day(ctx: SentenceContext, times: list[TimeExpr]) -> TimeExpr | None:
    """The day before publication that a speech verb right before it names ('said on
    Saturday')."""
    for t in times:
        if (
            t.anchors_event
            and t.past.precision == "day"
            and t.past.start < ctx.published
            and _speech_time(ctx, t)
        ):
            return t
    return None


# Coordinated happenings ('arrived on Monday and met the mediators on Tuesday', 'rejected it on
# Sunday, while Hamas accepted it on Tuesday'): each takes the time of its own conjunct.
COORDINATOR = re.compile(r"\b(?:and|but|while|whereas|then)\b|;")


# 'Barnea returned from Doha after a meeting, and a team will be sent next week': a clause joined
# after a comma with a subject of its own tells a happening of its own ('accepted it, and said on
# Monday ...' shares its doer: not one). (Its times still date a trigger before it that has none
# of its own: keeping them to the joined clause cost a held-out event.)
LATER_CLAUSE_JOIN = re.compile(r",\s*(?:and|but|while|whereas)\s+")
OWN_SUBJECT = re.compile(r"(?:the|a|an|its|his|her|their|he|she|it|they|we|this|these|those)\b")


def joined_clause(ctx: SentenceContext, pos: int) -> int:
    """Where a clause joined after pos with a subject of its own starts (else the end)."""
    folded = ctx.folded
    for join in LATER_CLAUSE_JOIN.finditer(folded, pos):
        at = join.end()
        if any(
            m.end <= join.start() and not folded[m.end : join.start()].strip() for m in ctx.mentions
        ):
            continue  # 'from Turkey, Russia, and Ukraine began on Monday': a list of names
        if OWN_SUBJECT.match(folded, at) or any(m.start == at for m in ctx.mentions):
            return join.start()
    return len(folded)


def _own_part(folded: str, pos: int, times: list[TimeExpr]) -> list[TimeExpr]:
    """The times within the conjunct holding pos, if it holds any; else all of them."""
    if len(times) < 2:
        return times
    start, end = 0, len(folded)
    for m in COORDINATOR.finditer(folded):
        if m.end() <= pos:
            start = m.end()
        elif m.start() > pos:
            end = m.start()
            break
    own = [t for t in times if start <= t.start and t.end <= end]
    return own or times


# 'said on Monday ..., a day after delegations arrived in Cairo': a happening inside an offset
# clause is dated from the main clause's time (or the reference), the offset the other way.
OFFSET_CLAUSE = re.compile(
    rf"\b(?:(?P<less>less than|fewer than|under)\s+)?(?P<n>{NUMBER}|an?|one)\s+"
    r"(?P<unit>days?|weeks?|hours?|months?)\s+(?P<dir>after|before)\s+"
    r"(?!(?:the|a|an|its|his|her|their)\s+(?:start|end|beginning|deadline|expiry)\b)"
)


def _offset_days(m: re.Match[str]) -> int:
    """How many days 'N days / weeks / months after' counts (hours: none)."""
    word = m["n"]
    n = 1 if word in ("a", "an", "one") else int(word) if word.isdigit() else NUMBERS.get(word, 1)
    unit = m["unit"]
    return 0 if unit.startswith("hour") else n * _OFFSET_UNIT_DAYS[unit.rstrip("s")]


_OFFSET_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def _time_in_offset(ctx: SentenceContext, m: re.Match[str]) -> TimeExpr | None:
    """The time the happening told after 'N days after / before' names in its own clause ('two
    days after the truce took effect on Sunday': Sunday), if any."""
    for t in ctx.times:
        if t.start < m.end() or t.names is not None or t.scheduled:
            continue
        if any(c in ctx.folded[m.end() : t.start] for c in ',;:"(') or OFFSET_CLAUSE.search(
            ctx.folded, m.end(), t.start
        ):
            return None
        return t
    return None


def offset_from_clause(ctx: SentenceContext, pos: int, future: bool) -> Interval | None:
    """The date of a trigger with no time of its own, counted from the time a later 'N days
    after / before ...' clause of its own names ('held talks in Istanbul two days after the
    truce took effect on Sunday': Tuesday; 'resumed talks a month after they collapsed in
    December': January)."""
    if " after " not in ctx.folded and " before " not in ctx.folded:
        return None
    m = OFFSET_CLAUSE.search(ctx.folded, pos)
    if (
        m is None
        or any(c in ctx.folded[pos : m.start()] for c in ';:"(')
        or (m.start() - pos > 120)
    ):
        return None
    t = _time_in_offset(ctx, m)
    if t is None or t.began is not None:
        return None
    base = t.interval(future)
    days = _offset_days(m)
    if days == 0:
        return base
    sign = 1 if m["dir"] == "after" else -1
    try:
        if m["unit"].startswith("month") and base.precision == "month":
            months = days // 30 * sign
            index = base.start.year * 12 + base.start.month - 1 + months
            year, month = divmod(index, 12)
            first = date(year, month + 1, 1)
            return Interval(first, month_end(year, month + 1), "month")
        start, end = shift(base.start, sign * days), shift(base.end, sign * days)
    except CALENDAR_ERRORS:
        return None
    if base.precision == "day" and m["unit"].startswith(("week", "month")):
        slack = 1 if m["unit"].startswith("week") else 3
        return Interval(shift(start, -slack), shift(end, slack), "approx")
    return Interval(start, end, base.precision)


def _offset_clause(ctx: SentenceContext, pos: int) -> Interval | None:
    """The date of a happening told inside 'N days after ...' / 'N days before ...'."""
    if " after " not in ctx.folded and " before " not in ctx.folded:
        return None
    m = None
    for found in OFFSET_CLAUSE.finditer(ctx.folded, 0, pos):
        m = found
    if m is None or any(c in ctx.folded[m.end() : pos] for c in ',;:"('):
        return None
    if _time_in_offset(ctx, m) is not None:
        return None  # 'a week after a first round in Muscat on April 12': the round's own day
    main = [t for t in ctx.times if t.anchors_event and t.end <= m.start()]
    ref = max(main, key=lambda t: t.end).past.start if main else ctx.published
    days = _offset_days(m)
    when = shift(ref, -days if m["dir"] == "after" else days)
    if m["less"] and days > 1:
        # 'less than a week after Hamas rejected it': any day of that week, not its far end
        back = -1 if m["dir"] == "after" else 1
        far, near = shift(ref, back * (days - 1)), shift(ref, back)
        return Interval(min(far, near), max(far, near), "approx")
    if m["unit"].startswith("week"):
        return Interval(shift(when, -1), shift(when, 1), "approx")
    return Interval.day(when)


# A relative clause telling a past happening, running up to a time expression.
PAST_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:had\s+)?(?:took place|was held|were held|happened|occurred)\b"
    r"[^,.;]{0,60}$"
)


# 'has been arranged for September 22', 'will be decided at a meeting on November 6', 'agreed
# to meet again in March': a day or month the clause sets a thing for.
ARRANGED_FOR = re.compile(
    r"\b(?:will|shall|arranged|scheduled|rescheduled|set|slated|planned|due|expected|"
    r"upcoming|next|(?:meet|convene|reconvene|gather)\s+again|to be held|to take place)\b"
    r"[^.;]{0,90}$"
)
NEAR_AHEAD_DAYS = 75
FAR_BACK_DAYS = 290


def _arranged_ahead(ctx: SentenceContext, expr: TimeExpr) -> bool:
    """A yearless day or month a few weeks ahead of the report, whose past reading is most of a
    year back, in a clause that arranges something for it ('the meeting has been arranged for
    September 22' in a story of September 7): the coming day, whatever the tense of the verb
    that tells the arranging. Without such a cue ('the truce that took effect on November 27'
    in an October story) the past reading stands."""
    ahead = (expr.future.start - ctx.published).days
    back = (ctx.published - expr.past.start).days
    if not (0 < ahead <= NEAR_AHEAD_DAYS and back >= FAR_BACK_DAYS):
        return False
    return bool(ARRANGED_FOR.search(ctx.folded, max(0, expr.start - 90), expr.start))


def interval_for(
    ctx: SentenceContext, pos: int, future: bool, draft: Draft
) -> tuple[Interval, bool]:
    """The event's date from the nearest time expression, else from the publication date."""
    times = _clause_times(ctx, pos)
    if draft.skip:
        times = [t for t in times if t.start not in draft.skip]
    if not draft.begins:
        folded = ctx.folded
        times = [t for t in times if not TRUCE_START.search(folded, max(0, t.start - 70), t.start)]
    if draft.decided:
        future = False
    if draft.said:
        # 'hoped for a ceasefire in the coming days' was said now, about days ahead.
        times = [t for t in times if t.past.end <= ctx.published]
    elif not future:
        # what has happened is not dated by a window wholly ahead ('proposed a truce followed by
        # talks within 10 days')
        times = [t for t in times if t.past.start <= ctx.published or t.anaphoric]
    else:
        # what is still to come is not dated by a day already gone in another clause ('the truce
        # that took effect Jan. 19 ... Hamas is to free 33 hostages')
        own = ctx.reader.clause_start(pos)[0]
        times = [
            t
            for t in times
            if t.future.end >= ctx.published
            or not names_month(t)
            or ctx.reader.clause_start(t.start)[0] == own
        ]
        # 'will meet ..., like the meeting that took place in Paris in January': that time is
        # of a happening gone by, never of the one to come
        times = [t for t in times if not PAST_RELATIVE.search(ctx.folded, 0, t.start)]
        # 'Armenia and Azerbaijan, whose ministers met in Almaty last month, will hold talks
        # later this week': a gone time of a relative clause between commas is its own
        times = [t for t in times if not _gone_in_relative(ctx, t, pos)]
    expr = nearest(_own_part(ctx.folded, pos, times), pos)
    if expr is None and future and not draft.said:
        # what will start on a day is dated to it ('will take effect starting Sunday')
        starts = [t for t in ctx.times if t.starts and t.future.end >= ctx.published]
        expr = min(starts, key=lambda t: abs(t.start - pos), default=None)
    offset = None if future else _offset_clause(ctx, pos)
    if offset is None and expr is None and not draft.said and not draft.on:
        offset = offset_from_clause(ctx, pos, future)
    if draft.on is not None:
        iv, explicit = draft.on, True
    elif offset is not None:
        iv, explicit = offset, True
    elif expr is not None and expr.began is not None and draft.opening:
        iv, explicit = expr.began, True  # 'talks have been under way since Sunday' opened then
    elif expr is not None:
        # 'said on Monday it will host talks': Monday is gone, whatever is ahead of it.
        iv = expr.interval((future or _arranged_ahead(ctx, expr)) and not _speech_time(ctx, expr))
        explicit = True
    elif draft.stative:
        # 'Hamas insists', 'has rejected': the stance the report's occasion shows, held in the
        # days it tells of (a week's window put its middle before most such occasions)
        iv = Interval(shift(ctx.published, -STANCE_DAYS), ctx.published, "approx")
        explicit = False
    else:
        iv = Interval.day(ctx.published)
        explicit = False
    if draft.day_offset and iv.precision == "day":
        iv = Interval.day(shift(iv.start, -draft.day_offset))
    if draft.looks_back:
        # Opened N days before the reference: centred on its first day, a day either side.
        first = shift(iv.end, 1 - draft.looks_back)
        iv = Interval(shift(first, -1), shift(first, 1), "approx")
    elif draft.period:
        iv = Interval(shift(iv.end, -draft.period), iv.end, "approx")
    return iv, explicit
