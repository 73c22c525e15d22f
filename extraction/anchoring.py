"""Which time expression of its sentence a clause's event takes: not an aside's, a comparison's,
a participle phrase's or a fronted clause's; where its clause is read from; whether its only
times lie ahead."""

from __future__ import annotations

import re

from domain.finding import Finding
from extraction.rules import SentenceContext, context
from extraction.rules.context import DOCUMENT_NOUNS, DOCUMENT_PARTICIPLES, joined_clause
from extraction.temporal import WEEKDAY_WORD, names_month

# A match that runs into a relative clause ('the talks, which began on Sunday', 'talks that
# ended on Tuesday'): its verb, and so its time, is the relative clause's.
# So does one with an aside between its noun and its verb ('the truce, announced on Wednesday,
# will take effect on Friday'): the aside's time is not the verb's.
ASIDE = re.compile(r",[^,.;]{2,100},")
INTO_RELATIVE = re.compile(
    r"(?:,\s*|\s)(?:which|who)\s|\sthat\s+(?:\w+ed|\w+s|took|began|begun|broke|came|went|was|"
    r"were|had|have|will|would|could|might)\b|" + ASIDE.pattern
)


def aside_times(ctx: SentenceContext, span: tuple[int, int]) -> frozenset[int]:
    """Times of an aside between a match's noun and its verb that tells something else ('the
    talks, held on Sunday, ended on Monday'): they are not the verb's. An aside that is only a
    time ('the round, late last month, ended') is."""
    aside = ASIDE.search(ctx.folded, span[0], span[1])
    if aside is None or aside.end() >= span[1]:
        return frozenset()
    inside = [t for t in ctx.times if aside.start() <= t.start < aside.end()]
    rest = ctx.folded[aside.start() : aside.end()]
    for t in inside:
        rest = rest.replace(t.text, " ")
    if not re.search(r"[a-z]{3,}", rest):
        return frozenset()
    return frozenset(t.start for t in inside)


# The time of a comparison: 'much closer than we were three days ago' tells when the speaker
# was further, not when anything happened.
COMPARED = re.compile(r"\bthan\s+(?:[\w']+\s+){1,2}?(?:were|was|are|is|had been|have been|did)\s+$")


def compared_times(ctx: SentenceContext) -> frozenset[int]:
    """Times inside a clause of comparison ('closer than we were three days ago')."""
    if "than" not in ctx.folded:
        return frozenset()
    return frozenset(
        t.start for t in ctx.times if COMPARED.search(ctx.folded, max(0, t.start - 40), t.start)
    )


# A past participle on the noun a match ends with ('rejected the proposal presented by Egypt
# on Monday', 'the framework, drawn up in Paris over the weekend,'): a reduced relative clause
# telling how the thing came about, whose times are that happening's, not the match's.
PARTICIPLE_AFTER = re.compile(
    # the match's object when the match is its verb: 'rejected [the Egyptian proposal]'
    rf"(?:\s+(?:[\w'-]+\s+){{0,4}}?(?:{DOCUMENT_NOUNS}))?"
    rf"\s*(?P<comma>,\s*)?(?:\w+ly\s+)?(?:{DOCUMENT_PARTICIPLES})\b"
)


# What a document is measured against, told by a participle with a time of its own: 'a
# proposal consistent with the principles outlined on May 31', 'a plan based on the framework
# agreed in Paris last month', 'terms in line with the resolution adopted on Monday'.
MEASURED_AGAINST = re.compile(
    r"\b(?:consistent with|in line with|in keeping with|based on|building on|built on|"
    r"modell?ed on|along the lines of)\s+(?:[\w'\u2019-]+\s+){1,6}?(?:\w+ly\s+)?"
    rf"(?:{DOCUMENT_PARTICIPLES})\s+(?:[\w-]+\s+){{0,3}}?(?:on|in|at|during|last|earlier|this)?\s*$"
)


# Events that are the noun itself: 'the truce agreement reached on October 18' tells its own day.
MADE_THINGS = frozenset({"CeasefireAgreed", "ProposalMade", "CounterproposalMade"})


def participle_times(ctx: SentenceContext, span: tuple[int, int], kind: str) -> frozenset[int]:
    """Times of a reduced relative clause right after a match ('the offer tabled on Sunday')."""
    if not ctx.times:
        return frozenset()
    if kind in MADE_THINGS:
        # 'presented a proposal consistent with the principles outlined on May 31': the time
        # of what the document is measured against, not of its making
        return frozenset(
            t.start
            for t in ctx.times
            if t.start > span[1] and MEASURED_AGAINST.search(ctx.folded, span[1], t.start)
        )
    # further on: 'urged both sides to respect the ceasefire agreed on August 4'
    further = context.participle_times(ctx, dated_at(ctx.folded, span))
    part = PARTICIPLE_AFTER.match(ctx.folded, span[1])
    if part is None:
        return further
    # the clause runs to its closing comma (or the sentence's next stop)
    stop = re.compile(r"[,.;:]").search(ctx.folded, part.end())
    end = stop.start() if stop else len(ctx.folded)
    return further | {t.start for t in ctx.times if part.end() <= t.start < end}


# 'Just before it was due to expire late Monday, the two sides agreed to extend the truce': a
# fronted clause of time ends at its comma; the deed after it is the main clause's, and the
# fronted clause's 'due to' or 'set to' makes it no plan.
FRONTED_TIME = re.compile(
    r"\s*(?:(?:just|shortly|only|even|soon|long|right|minutes|moments|hours|days|an hour|a day|"
    r"weeks|a week)\s+)?(?:before|after|when|while|as)\s*$"
)


def main_clause(
    folded: str, clause_start: int, opener: str, span: tuple[int, int]
) -> tuple[int, str]:
    """The clause of the trigger, after a fronted clause of time that opens the sentence."""
    if opener not in ("before", "after", "when", "while", "as"):
        return clause_start, opener
    if not FRONTED_TIME.fullmatch(folded, 0, clause_start):
        return clause_start, opener
    comma = folded.rfind(",", clause_start, span[0])
    return (comma + 1, "") if comma >= 0 else (clause_start, opener)


def only_ahead(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether the times of the match's own clause all lie wholly after publication, and there
    is one: windows counted from it ('next week', 'later this month', 'in the coming days'), not
    a month, date or weekday, whose year or week is itself read from the tense."""
    end = joined_clause(ctx, span[1])
    own = [
        t
        for t in ctx.times
        if t.anchors_event and ctx.reader.clause_start(t.start)[0] <= span[0] < t.start < end
    ]
    return bool(own) and all(
        t.past.start >= ctx.published
        and t.past.end > ctx.published
        and not names_month(t)
        and WEEKDAY_WORD.search(t.text) is None
        for t in own
    )


# 'invited the army and the RSF to peace talks in Geneva on August 14', 'an invitation to a new
# round of talks on June 2': the round one is asked to is still to come when the invitation is
# news, whatever the tense of the invitation (and its date is the next such day).
INVITED_TO_ROUND = re.compile(
    r"\b(?:invited|invites|invite|inviting|invitations?)\b[^.;:\"]{0,90}?\bto\s+"
    r"(?:(?:attend|join|participate\s+in|take\s+part\s+in)\s+)?"
    r"(?:(?:a|an|the|new|fresh|another|further|next|peace|direct|indirect|proximity|round|"
    r"rounds|of|[a-z]+-(?:led|sponsored|brokered|hosted))\s+)*"
    r"(?P<noun>talks|negotiations|meeting|summit|consultations|discussions|conference)\b"
)


def invited_round(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether a match's round is one its sides are invited to ('invited both sides to talks
    in Doha on 14 August'), the invitation opening in the match's own clause."""
    start = ctx.reader.clause_start(span[0])[0]
    return any(
        span[0] <= m.start("noun") < span[1]
        for m in INVITED_TO_ROUND.finditer(ctx.folded, min(start, span[0]), span[1])
    )


# a verb in the past: regular, or one of the irregular pasts news tells deeds with
PAST_DEED = re.compile(
    r"\b(?:was|were|had|did|[a-z]{3,}ed|made|held|met|took|gave|sent|came|went|left|began|"
    r"broke|struck|won|spoke|wrote|led|brought|sought|saw|kept|flew|chose|drew|"
    r"undertook|withdrew|overtook|forbade|swore|froze|shook|stood)\b"
)


def before_doing(folded: str, clause_start: int, opener: str, span: tuple[int, int]) -> bool:
    """'insists on an end to the war before releasing the hostages': what a side will do only
    after its condition is met, said in a clause that tells no deed done."""
    return (
        opener in ("before", "until")
        and bool(re.match(r"\s*[a-z]+ing\b", folded[clause_start : span[1]]))
        # 'Before heading to Istanbul, the delegation had met ...': a past deed is told
        and not PAST_DEED.search(folded[: span[0]] + " " + folded[span[1] :])
    )


def dated_at(folded: str, span: tuple[int, int]) -> int:
    """Where the clause that dates a match is read: at its verb when the match runs into a
    relative clause, else at its start."""
    if INTO_RELATIVE.search(folded, span[0], span[1]):
        return max(span[0], span[1] - 1)
    return span[0]


def explicitly_dated(finding: Finding, ctx: SentenceContext) -> bool:
    """Whether the finding was dated by a time expression of its sentence (the anchor of
    'N days later' in the next ones)."""
    return finding.modality != "expected" and any(
        t.anchors_event and finding.occurred in (t.past, t.future) for t in ctx.times
    )
