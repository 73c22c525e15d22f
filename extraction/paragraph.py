"""The time an undated deed takes from its paragraph: the date given the same doer, the day of
the same speaker's sentence before, else the paragraph's latest dated sentence; who a sentence
is by; whether a deed is told in the past."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from domain.values import Interval
from extraction.actors import Mention
from extraction.registry import Registry
from extraction.rules import SentenceContext
from extraction.rules.context import LOOK_BACK
from extraction.syntax import PRONOUN
from extraction.temporal import find_times

# A sentence that names no one may still tell a deed of the last one named: the same words that
# stand for a doer in the clause reader ("it", "the militant group", "its delegation").
PRONOUN_CUE = PRONOUN

# the present or future of a clause (a deed told so keeps its own window)
# (a plan or report told by its terms in the present is too: 'the updated framework proposes that
# Hamas frees 40 hostages', 'the draft calls for a phased pullout', 'reports indicate')
PRESENT = re.compile(
    r"\b(?:is|are|has|have|says|say|insists|remains|wants|demands|will|would|'ll|can|must|"
    r"proposes|envisages|envisions|foresees|stipulates|entails|involves|requires|"
    r"(?:calls|provides)\s+for|indicate|indicates|suggest|suggests)\b"
)
ALSO_PERFECT = re.compile(r"\b(?:has|have)\s+(?:also|in turn)\s+[a-z]+(?:ed|en|ade|id|ent)\b")


# '"...," he said in a video statement': the speaker named after a quote.
QUOTE_THEN_SAID = re.compile(
    r'\s*"[^"]*"\s*,?\s*[^"]{0,60}?\b(?P<verb>said|wrote|told|added|posted|stated|declared|'
    r"announced|tweeted)\b"
)
PAST_REPORT = re.compile(
    r"\b(?:said|wrote|told|added|posted|stated|declared|announced|tweeted|insisted|warned)\b"
)
PRESENT_REPORT = re.compile(r"\b(?:says|say|tells|writes|adds|insists|warns)\b")


def continued(registry: Registry, ctx: SentenceContext, doers: list[str]) -> Interval | None:
    """The date an undated past deed takes from its paragraph: the date given a deed of the
    same doer, else the day of the nearest earlier sentence by or about the same speaker
    (a quote, 'he said', 'the group said'), else the day of the paragraph's latest dated
    sentence ('The round ended on Thursday. Hamas said its delegation had left.')."""
    carried = next((ctx.carry[a] for a in doers if a in ctx.carry), None)
    if carried is not None:
        return carried
    if ctx.before is not None:
        return _quoted_on(registry, ctx, ctx.before) or _same_speaker_before(registry, ctx, doers)
    if not ctx.previous:
        return None
    who = speakers(registry, ctx) | set(doers)
    earlier = ctx.previous[::-1]
    same = next((t for p in earlier if who & speakers(registry, p) and (t := p.main_time())), None)
    return same or next((t for p in earlier if (t := p.main_time())), None)


def _same_speaker_before(
    registry: Registry, ctx: SentenceContext, doers: list[str]
) -> Interval | None:
    """A paragraph that names its speaker again ('The group said in a statement ...') goes
    on from the last paragraph's sentence by that speaker, if it named a past time."""
    who = speakers(registry, ctx)
    if not (who and QUOTE_THEN_SAID.match(ctx.folded)):
        who = who | set(doers)  # a quote is its named speaker's alone
    if not who:
        return None
    by = [
        p
        for p in reversed(ctx.earlier[max(0, ctx.index - LOOK_BACK) : ctx.index])
        if who & speakers(registry, p)
    ]
    if QUOTE_THEN_SAID.match(ctx.folded):
        # '"...," the army said in a statement' goes on from the army's last saying ('the army
        # said on Sunday'), not from a deed of it told in between ('the army on 12 May decided')
        said = next((p for p in by if PAST_REPORT.search(p.folded)), None)
        if said is not None:
            return said.main_time()
    return by[0].main_time() if by else None


def _quoted_on(
    registry: Registry, ctx: SentenceContext, before: SentenceContext
) -> Interval | None:
    """A paragraph that opens with a quote or a pronoun ('"We will stand alone," he said')
    goes on from the sentence before it, when that is by the same speaker."""
    opening = ctx.folded.lstrip()
    if not (opening.startswith('"') or PRONOUN_CUE.match(opening)):
        return None
    day = before.main_time()
    if day is None or not speakers(registry, ctx) & speakers(registry, before):
        return None
    return day


# a day word a speaker uses ('"Today we handed our reply to the mediators," he said')
QUOTED_DAY_WORD = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b"
)


SAID_BY_PRONOUN = re.compile(r"\s*,?\s*(?:he|she|they)\s+")


def quote_day(registry: Registry, ctx: SentenceContext) -> date | None:
    """The day a quote's day words count from when its reporting clause names none: the gone
    day the same speaker's sentence before gave ('X spoke to reporters on Sunday. / "Today we
    handed our reply," he said': Sunday), as a speaker's 'today' is the day it was said."""
    quote = QUOTE_THEN_SAID.match(ctx.folded)
    if quote is None or not QUOTED_DAY_WORD.search(ctx.folded, 0, quote.start("verb")):
        return None
    closed = ctx.folded.rfind('"', 0, quote.start("verb")) + 1
    if find_times(ctx.folded[closed:], ctx.published):
        return None  # its reporting clause names a time: that dates the quote
    # '..." he said': the one the sentence before named
    pronoun = SAID_BY_PRONOUN.fullmatch(ctx.folded, closed, quote.start("verb"))
    who = speakers(registry, ctx)
    before = ctx.previous[::-1] or ((ctx.before,) if ctx.before is not None else ())
    return _speakers_gone_day(registry, ctx, before, bool(pronoun), who)


# '... The ball is in their court," he said.': the close of a quote opened in an earlier sentence
CLOSE_THEN_SAID = re.compile(
    r'[^"]*"\s*,?\s*[^"]{0,60}?\b(?P<verb>said|wrote|told|added|posted|stated|declared|'
    r"announced|tweeted)\b"
)


def closing_quote_day(
    registry: Registry, ctx: SentenceContext, closing: str, mentions: Sequence[Mention]
) -> date | None:
    """The day a quote running over several sentences was said when the reporting clause it
    closes with names none ('X spoke on Sunday. "Today we handed our reply. ...," he said.'):
    the gone day of the sentence before it opened, by the same speaker (a pronoun: the one
    that sentence named). ctx is the sentence the quote opens; closing, the folded sentence it
    closes in, with its actor mentions."""
    said = CLOSE_THEN_SAID.match(closing)
    if said is None:
        return None
    closed = closing.find('"') + 1
    if find_times(closing[closed:], ctx.published):
        return None  # its reporting clause names a time: that dates the quote
    pronoun = SAID_BY_PRONOUN.fullmatch(closing, closed, said.start("verb"))
    who = frozenset(
        actor
        for m in mentions
        if closed <= m.start <= said.end("verb") + 40
        for actor in registry.affiliations(m.actor, ctx.published)
    )
    if not (pronoun or who):
        return None
    before = ctx.previous[-1:] or ((ctx.before,) if ctx.before is not None else ())
    return _speakers_gone_day(registry, ctx, before, bool(pronoun), who)


def _speakers_gone_day(
    registry: Registry,
    ctx: SentenceContext,
    before: Sequence[SentenceContext],
    pronoun: bool,
    who: frozenset[str],
) -> date | None:
    """The day of the nearest sentence before by the same speaker (any, after a pronoun), when
    it names a single gone day."""
    for p in before:
        if pronoun or who & speakers(registry, p):
            day = p.main_time()
            if day is None or day.precision != "day" or day.start >= ctx.published:
                return None
            return day.start
    return None


def speakers(registry: Registry, ctx: SentenceContext) -> frozenset[str]:
    """Who a sentence is by: the speaker after a quote ('"...," he said'), else its main
    doer; a pronoun takes the previous sentence's."""
    if ctx.speakers is None:
        found: tuple[Mention, ...] = ()
        quoted = QUOTE_THEN_SAID.match(ctx.folded)
        if quoted:
            found = (
                ctx.reader.subject(quoted.start("verb"))
                or tuple(m for m in ctx.mentions if m.start >= quoted.start("verb"))[:1]
            )
        found = found or ctx.reader.salient()
        earlier = ctx.previous[-1] if ctx.previous else ctx.before
        if not found and earlier and PRONOUN_CUE.match(ctx.folded.lstrip(' "')):
            found = earlier.reader.salient()
        ctx.speakers = frozenset(
            actor
            for mention in found
            for actor in registry.affiliations(mention.actor, ctx.published)
        )
    return ctx.speakers


def past(ctx: SentenceContext, clause_start: int, span: tuple[int, int]) -> bool:
    """Whether a deed is told in the past: in a quote closed in the sentence, by its past
    reporting verb ('"We have decided ...," Witkoff said'); else by its clause ('insists',
    'has rejected' and present or future clauses keep their own window)."""
    close = ctx.folded.find('"', span[1])
    # a quote running on past the sentence ('"The envoy submitted a proposal. ...," she
    # told reporters.') names its reporting verb later: its own clause tells the tense
    if ctx.folded.count('"', 0, span[0]) % 2 and close >= 0:
        outside = ctx.folded[close + 1 :]
        return bool(PAST_REPORT.search(outside)) and not PRESENT_REPORT.search(outside)
    if ALSO_PERFECT.search(ctx.folded, clause_start, span[1]):
        return True  # 'Israel has also released ...': one more deed of the occasion just told
    return not PRESENT.search(ctx.folded, clause_start, span[1]) and not (
        PRESENT_REPORT.search(ctx.folded, 0, span[0])
    )
