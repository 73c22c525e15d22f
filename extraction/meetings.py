"""Rounds and meetings across an article: who stayed away, bodies that meet alone, a round's
expected end, and the day an undated round or its end takes from another sentence."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from domain.finding import Finding
from domain.values import Interval
from extraction.cues import led
from extraction.findings import TALKS, doers_of
from extraction.registry import Registry
from extraction.rules import SentenceContext

# 'Israel did not attend the summit': whoever stayed away takes part in nothing of the sentence.
ABSENT = re.compile(
    r"\b(?:did not|didn't|does not|doesn't|will not|won't|would not|was not|wasn't|were not|"
    r"weren't|is not|isn't|are not|aren't|not)\s+(?:\w+\s+)?(?:to\s+)?(?:attend|attending|"
    r"participate|participating|take part|taking part|join|invited|represented|present|travel|"
    r"go)\b|"
    r"\b(?:skipped|boycotted|stayed away from|"
    r"was absent from|were absent from)\b|"
    # 'declined to participate in the Geneva talks', 'failed to send representatives': a side
    # that said no to the round or did not come is none of its participants
    r"\b(?:declined|declines|refused|refuses|failed|fails|decided not)\s+to\s+(?:attend|"
    r"participate|take part|join|send\s+(?:a\s+|any\s+)?(?:delegation|delegates|representatives|"
    r"envoys|negotiators))\b"
)
ABSENT = led(ABSENT)  # the same matches, fewer places tried

# A side's presence: the findings an absentee leaves.
PRESENCE = frozenset({"TalksOpened", "DelegationArrived", "DelegationSent"})

# 'This round ... is expected to last until Friday': the open round's expected end
EXPECTED_END = re.compile(
    r"\bexpected to (?:last|continue|run|go on)\s+(?:until|till|through|into)\s+"
)


def round_ended(
    findings: list[Finding], contexts: list[SentenceContext], published: date
) -> list[Finding]:
    """'No agreement was reached at the fourth round. / The talks took place from 1 to 3 March.':
    an undated end of a round the article dates as a run of days ended on its last day."""
    runs = {
        f.occurred
        for f in findings
        if f.type == TALKS
        and f.modality == "asserted"
        and f.occurred.start < f.occurred.end < published
        and (published - f.occurred.end).days <= ROUND_END_DAYS
        and any(t.past == f.occurred for t in contexts[f.evidence.sentence].times)
    }
    if len(runs) != 1:
        return findings
    (run,) = runs
    default = Interval.day(published)
    return [
        replace(f, occurred=Interval.day(run.end))
        if f.type == "TalksConcluded"
        and f.occurred == default
        and f.modality == "asserted"
        and not any(t.anchors_event for t in contexts[f.evidence.sentence].times)
        else f
        for f in findings
    ]


# How long after a dated run of talks an undated report of their end still means that run.
ROUND_END_DAYS = 10


def meeting_dated_later(
    findings: list[Finding], contexts: list[SentenceContext], published: date
) -> list[Finding]:
    """'The two ministers met in Washington, a statement said on Tuesday. / ... ahead of the
    meeting that took place on Monday.': talks told as held with no day of their own are the
    meeting another sentence of the article dates, in the days before publication."""
    days = {
        f.occurred
        for f in findings
        if f.type == TALKS
        and f.modality == "asserted"
        and f.occurred.start == f.occurred.end < published
        and (published - f.occurred.end).days <= MEETING_DAYS
        and THE_MEETING.search(contexts[f.evidence.sentence].folded)
        and any(
            t.anchors_event and t.past == f.occurred for t in contexts[f.evidence.sentence].times
        )
    }
    if len(days) != 1:
        return findings
    (day,) = days
    default = Interval.day(published)
    return [
        replace(f, occurred=day)
        if f.type == TALKS
        and f.occurred == default
        and f.modality == "asserted"
        and HELD.search(contexts[f.evidence.sentence].folded)
        and not _own_day(f, contexts[f.evidence.sentence])
        else f
        for f in findings
    ]


def _own_day(finding: Finding, ctx: SentenceContext) -> bool:
    """Whether a time of its sentence dates the finding, not the statement telling it ('met in
    Washington, a statement said on Tuesday': Tuesday is the statement's)."""
    return any(
        t.anchors_event
        and t.past == finding.occurred
        and not SAID_BEFORE.search(ctx.folded, max(0, t.start - 30), t.start)
        for t in ctx.times
    )


# How many days before publication a meeting another sentence dates may be one told undated.
MEETING_DAYS = 3
# 'the meeting that took place on Monday', 'the talks held on Sunday': the one meeting, dated
THE_MEETING = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|negotiations|session|round)\s+"
    r"(?:that\s+|which\s+)?(?:took\s+place|was\s+held|were\s+held|held)\b"
)
# talks told as held, not as under way or to come ('met', not 'are meeting')
HELD = re.compile(r"\b(?:met|held|convened|took\s+place)\b")
SAID_BEFORE = re.compile(r"\b(?:said|announced|reported|stated|confirmed)\s+(?:on\s+)?$")


def body_meeting(registry: Registry, f: Finding) -> bool:
    """A meeting of an international body, maybe with its host ('an emergency meeting of
    the Arab League in Cairo'), is no round of talks between parties."""
    if f.type != "TalksOpened":
        return False
    bodies = set(f.actor_ids()) & registry.not_sides
    place = registry.places.get(f.location or "")
    rest = set(f.actor_ids()) - bodies - {place.state if place else ""}
    return bool(bodies) and not rest


def absent(
    registry: Registry, ctx: SentenceContext, found: list[Finding], at: list[int]
) -> tuple[list[Finding], list[int]]:
    """Drops the absentees of 'Israel did not attend the summit' from the sentence's
    arrivals and rounds; a finding left without actors, or whose doer stayed away, goes."""
    away: set[str] = set()
    for m in ABSENT.finditer(ctx.folded):
        for mention in ctx.reader.subject(m.start()):
            away.update(registry.affiliations(mention.actor, ctx.published))
    kept: list[Finding] = []
    kept_at: list[int] = []
    for f, pos in zip(found, at, strict=True):
        if f.type in PRESENCE and away:
            actors = tuple(a for a in f.actors if a.id not in away)
            if not actors or doers_of(f) & away:
                continue
            if len(actors) != len(f.actors):
                f = replace(f, actors=actors)
        kept.append(f)
        kept_at.append(pos)
    return kept, kept_at


def expected_end(ctx: SentenceContext, findings: list[Finding], talks_at: int | None) -> None:
    """'This round ... is expected to last until Friday' sets the expected end of the open
    round, the latest TalksOpened (at talks_at in findings)."""
    if talks_at is None or "expected to" not in ctx.folded:
        return
    m = EXPECTED_END.search(ctx.folded)
    if not m:
        return
    times = [t for t in ctx.times if t.end > m.end()]
    if not times:
        return
    attrs = {**findings[talks_at].attributes, "expected_end": times[0].future.end}
    findings[talks_at] = replace(findings[talks_at], attributes=attrs)
