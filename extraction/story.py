"""Passes over the whole story: the headline, the lead and its paragraph, a sentence taking up
the one before, pictures' captions, quotes that run on across sentences, recaps of history."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from domain.finding import Finding
from domain.values import Interval
from extraction import temporal
from extraction.anchoring import PAST_DEED, explicitly_dated
from extraction.cues import led
from extraction.findings import doers_of
from extraction.generic import COLLECTIVE_KIND
from extraction.paragraph import PRESENT, speakers
from extraction.registry import Registry
from extraction.rules import SentenceContext
from extraction.sentences import Sentence
from extraction.temporal import TAKEN_UP, said_after_quote

LEAD_WORDS = 8
LEAD_SENTENCES = 3
# 'has proposed', 'have agreed', 'has defended': a lead that sums up what the story then tells
PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|un|ught|ade|id|ent)\b"
)
# Background told as background: a sentence opened by a recap adverbial ('Historically, ...',
# 'At the time, ...', 'Back then, ...') or an existential past of a period before the story
# ('There was a brief truce last year, ...') recalls history, not the article's news.
RECAP = re.compile(
    r"^\W*(?:historically|at the time|at that time|back then|in the past|in years past)\b|"
    r"^\W*there (?:was|were|had been)\b.*\b(?:last year|years ago|months ago|"
    r"in (?:19|20)\d\d)\b"
)
PLUPERFECT = re.compile(r"\bhad\b")


# A picture's caption: a line that credits a photographer or agency ('(Reuters Photo)',
# 'Picture: Name/AFP', '(Photo: Name/Pool/AFP)', '[Getty]', 'REUTERS/Name', 'File Photo').
CAPTION = re.compile(
    r"\((?:[A-Z][\w.]*\s+)?(?:Photo|Photograph|Picture|Image)s?\b[^)]{0,80}\)|"
    r"\b(?:Photo|Picture|Image|Photograph)(?:\s+credit)?\s*:\s*\S|"
    r"\[(?:Getty|AFP|Reuters|AP|EPA|Anadolu)[^\]]{0,40}\]|"
    r"\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images)/[A-Z]|^\s*File [Pp]hoto\s*$",
    re.M,
)
CAPTION = led(CAPTION)  # the same matches, fewer places tried


def line(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The bounds of the line (paragraph) that holds text[lo:hi]."""
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    return start, len(text) if end < 0 else end


def caption(text: str, line: tuple[int, int], seen: dict[tuple[int, int], bool]) -> bool:
    """Whether the line is a picture's caption, or one repeated on the page (read once per
    line, however many sentences)."""
    found = seen.get(line)
    if found is None:
        found = seen[line] = CAPTION.search(text, *line) is not None or _repeated(text, line)
    return found


def _repeated(text: str, line: tuple[int, int]) -> bool:
    """Whether a line of prose stands more than once on the page: a caption repeated under a
    picture and in a gallery, or a pull quote, not the story's lead."""
    own = text[line[0] : line[1]].strip()
    return len(own.split()) >= LEAD_WORDS and text.count(own) > 1


def running_quote(
    text: str, folded: str, sentences: Sequence[Sentence], i: int, published: date
) -> tuple[int, date] | None:
    """Where a quote that runs on past sentence i starts in it, and the gone day its reporting
    clause names ('"We met today ... . ...," the ministry said on Tuesday'), if it does; a
    sentence wholly inside the quote starts it at 0."""
    own = folded[sentences[i].start : sentences[i].end]
    if '"' in own and own.count('"') % 2 == 0:
        return None  # a quote closed in the sentence: its own reporting clause dates it
    # (a sentence without marks is inside a quote only if one opened before it: the scan finds
    # the opening sentence before the closing one)
    since = own.rfind('"') + 1
    opened = '"' in own
    for nxt in sentences[i + 1 : i + 5]:
        if "\n" in text[sentences[i].end : nxt.start]:
            return None  # a quote closes in its paragraph
        later = folded[nxt.start : nxt.end]
        if '"' not in later:
            continue
        if later.count('"') % 2 == 0:
            return None
        said = (
            said_after_quote(later, published) if opened or _inside(folded, sentences, i) else None
        )
        return (since, said) if said is not None else None
    return None


def quote_closing(
    text: str, folded: str, sentences: Sequence[Sentence], i: int
) -> tuple[int, int] | None:
    """Where a quote that opens sentence i and runs on past it starts in it, and the index of
    the sentence of its paragraph it closes in ('"We handed our reply. ... ," he said.')."""
    own = folded[sentences[i].start : sentences[i].end]
    if not own.lstrip().startswith('"') or own.count('"') != 1:
        return None
    for nxt in sentences[i + 1 : i + 5]:
        if "\n" in text[sentences[nxt.index - 1].end : nxt.start]:
            return None  # a quote closes in its paragraph
        later = folded[nxt.start : nxt.end]
        if '"' not in later:
            continue
        return (own.find('"') + 1, nxt.index) if later.count('"') == 1 else None
    return None


def _inside(folded: str, sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence i lies in a quote opened by an earlier sentence of its paragraph."""
    for before in range(i - 1, max(-1, i - 4), -1):
        own = folded[sentences[before].start : sentences[before].end]
        if '"' in own:
            return own.count('"') % 2 == 1
    return False


def _prose(c: SentenceContext) -> bool:
    """A sentence of the story's prose (not a stamp, byline or caption): it ends with a full
    stop, maybe inside a closing quote ('... not acting in good faith."')."""
    return (
        len(c.folded.split()) >= LEAD_WORDS
        and c.text.rstrip().rstrip("\"'\u201d\u2019").endswith(".")
        and not c.caption
    )


# A standfirst under the headline sums up the story in the present ('African Union says the
# sides agree to end fighting'): a summary like the headline, not the lead that tells the news.
STANDFIRST = re.compile(r"\b(?:says|say)\b")
PAST_SAID = re.compile(r"\b(?:said|told|announced)\b")


# A pull quote: a paragraph wholly inside one pair of quotation marks, naming no speaker
PULL_QUOTE = re.compile(r"^\s*[\"\u201c][^\"\u201c\u201d]+[\"\u201d]\s*$")
PULL_QUOTE_SENTENCES = 4


def _pull_quote(contexts: list[SentenceContext], after: int) -> set[int]:
    """The sentences of a pull quote standing right under the headline (after): words of the
    story picked out and shown apart, with no speaker or time, not the lead that tells the news
    ('Headline / "We will not give in. They want to break us." / X said on Tuesday ...')."""
    run = contexts[after + 1 : after + 1 + PULL_QUOTE_SENTENCES]
    for n in range(1, len(run) + 1):
        if PULL_QUOTE.match(" ".join(c.text for c in run[:n])):
            return {c.index for c in run[:n]}
    return set()


def _story(contexts: list[SentenceContext], after: int) -> list[SentenceContext]:
    """The prose sentences after the headline (after), without a standfirst or a pull quote
    opening them: a line of one sentence right under the headline."""
    pulled = _pull_quote(contexts, after)
    prose = [c for c in contexts[after + 1 :] if _prose(c) and c.index not in pulled]
    first = prose[0] if prose else None
    if (
        first is not None
        and len(prose) > 1
        and after >= 0
        and first.index == after + 1
        and not prose[1].previous  # its own line: the next prose opens a paragraph
        and STANDFIRST.search(first.folded)
        and not PAST_SAID.search(first.folded)
        and not PERFECT.search(first.folded)
        and first.main_time() is None
    ):
        return prose[1:]
    return prose


def lead(
    registry: Registry,
    findings: list[Finding],
    contexts: list[SentenceContext],
    after: int,
    published: date,
) -> list[Finding]:
    """A lead sums up in the present perfect what the next sentences tell with its date
    ('X has proposed a two-day truce ...' / 'X unveiled the idea on Sunday ...'): an undated
    deed of the lead takes the past time of one of the next two sentences by the same
    speaker."""
    lead = next(iter(_story(contexts, after)), None)
    if lead is None or not PERFECT.search(lead.folded):
        return findings
    default = Interval.day(published)
    out: list[Finding] = []
    for f in findings:
        if (
            f.evidence.sentence == lead.index
            and f.occurred == default
            and f.modality != "expected"
            and not explicitly_dated(f, lead)
        ):
            who = doers_of(f) | speakers(registry, lead)
            for nxt in contexts[lead.index + 1 : lead.index + 1 + LEAD_SENTENCES - 1]:
                day = nxt.main_time()
                if day is not None and (
                    who & speakers(registry, nxt) or _retold(lead, nxt, set(f.actor_ids()))
                ):
                    f = replace(f, occurred=_outcome_day(f, day))
                    break
        out.append(f)
    return out


# What a round of talks comes to, it comes to at its close: 'have agreed to keep the truce' told
# over 'talks were held in Istanbul from October 25 to 30' was agreed on the 30th.
OUTCOMES = frozenset({"CeasefireAgreed", "TruceExtended", "ProposalAccepted", "TalksConcluded"})
ROUND_DAYS = 14  # the longest run of days read as one round


def _outcome_day(f: Finding, day: Interval) -> Interval:
    """The day an outcome takes from a run of days told after it: the run's last day."""
    if (
        f.type in OUTCOMES
        and day.precision == "approx"
        and 0 < (day.end - day.start).days <= ROUND_DAYS
    ):
        return Interval.day(day.end)
    return day


def _retold(lead: SentenceContext, nxt: SentenceContext, actors: set[str]) -> bool:
    """Whether a sentence tells the lead's news again, whoever tells it: the lead's perfect
    verb again, about the lead's actors ('the sides have agreed on a truce, the mediator said'
    / 'Obasanjo said on Wednesday the sides have agreed on disarmament')."""
    perfect = PERFECT.search(lead.folded)
    verb = perfect.group(0).split()[-1] if perfect else ""
    return bool(
        verb and re.search(rf"\b{verb}\b", nxt.folded) and actors & {m.actor for m in nxt.mentions}
    )


def _lead_time(lead: SentenceContext) -> Interval | None:
    """When the lead's news happened: its main clause's past time, else the day of its dated
    finding ('... are home after the truce took effect on Sunday')."""
    main = lead.main_time()
    if main is not None:
        return main
    day = lead.event_day
    return Interval.day(day) if day is not None and day < lead.published else None


def lead_continued(
    findings: list[Finding],
    contexts: list[SentenceContext],
    after: int,
    opens: set[int],
    bring: Callable[[str], Sequence[str]] = lambda actor: (actor,),
) -> list[Finding]:
    """The paragraph after a dated lead goes on with the lead's news ('X released six hostages
    on Thursday. / The six were handed to the Red Cross ...'): an undated past deed of its first
    sentence, by an actor of the lead, takes the lead's past time. In a day-after story (the lead
    tells the day before publication) so does one told in the simple past anywhere after it."""
    prose = _story(contexts, after)
    if not prose or (lead_time := _lead_time(prose[0])) is None:
        return findings
    lead = prose[0].index
    # whose news the lead told; 'the two leaders' stand for their sides ('Trump met Netanyahu
    # ... the two leaders agreed': the US and Israel too)
    told = {m.actor for m in prose[0].mentions}
    told |= {a for m in prose[0].mentions if m.kind == COLLECTIVE_KIND for a in bring(m.actor)}
    # and the bodies its persons and organs act for ('Biden' for the United States, 'the Security
    # Council' for the UN: 'the US envoy to the UN called for ...' goes on with the news), for a
    # deed told in the simple past ('the United States has proposed ...' keeps its own day)
    bodies = {a for m in prose[0].mentions for a in bring(m.actor)} - told
    default = Interval.day(prose[0].published)
    near = set(range(lead + 1, min(len(contexts), lead + 1 + STORY_SENTENCES)))
    if lead_time.precision != "day":
        near = set()  # a lead told over a span gives no day to go on with
    elif (default.start - lead_time.start).days == 1:
        near |= {
            c.index
            for c in contexts[lead + 1 + STORY_SENTENCES :]
            if not PRESENT.search(c.folded) and not PLUPERFECT.search(c.folded)
        }
    return [
        replace(f, occurred=lead_time)
        if f.evidence.sentence in near
        and (
            set(f.actor_ids()) & told
            or (
                set(f.actor_ids()) & bodies
                and not PRESENT.search(contexts[f.evidence.sentence].folded)
                and not PLUPERFECT.search(contexts[f.evidence.sentence].folded)
            )
        )
        and f.occurred == default
        and f.modality not in ("expected", "hypothetical")
        and not any(t.anchors_event for t in contexts[f.evidence.sentence].times)
        and PAST_DEED.search(contexts[f.evidence.sentence].folded)
        else f
        for f in findings
    ]


def taken_up(
    findings: list[Finding], contexts: list[SentenceContext], opens: set[int]
) -> list[Finding]:
    """A sentence taking up what was just told gives it its time ('Biden announced a truce.
    The announcement was made on November 26.'; 'The talks took place in Kunming from 1 to 3
    March'): an undated happening of the sentence before (or of the one before that, in the
    same paragraph), of a type its noun names, takes that time."""
    dates: dict[int, tuple[frozenset[str] | None, Interval]] = {}
    for c in contexts:
        # (its opening first: the times of a sentence that takes nothing up need not be read)
        if c.index == 0 or not TAKEN_UP.match(c.folded) or not c.times:
            continue
        found = temporal.taken_up(c.folded, c.times)
        if found is None or found[1].end > c.published:
            continue
        reach = 1 if c.index in opens or c.index - 1 in opens else 2
        for earlier in range(c.index - 1, max(-1, c.index - 1 - reach), -1):
            dates.setdefault(earlier, found)
    if not dates:
        return findings
    out: list[Finding] = []
    for f in findings:
        given = dates.get(f.evidence.sentence)
        if (
            given is not None
            and (given[0] is None or f.type in given[0])
            and f.occurred == Interval.day(contexts[f.evidence.sentence].published)
            and f.modality not in ("expected", "hypothetical")
            and not any(t.anchors_event for t in contexts[f.evidence.sentence].times)
        ):
            f = replace(f, occurred=given[1])
        out.append(f)
    return out


# How far the lead's news day reaches: the top of a story tells that news (as far as an
# anaphoric time reaches back, LOOK_BACK).
STORY_SENTENCES = 6


def headline(
    findings: list[Finding],
    index: int,
    contexts: list[SentenceContext],
) -> list[Finding]:
    """A headline reports the lead's news in the present tense: a finding of it that the story
    tells again (same type, an actor in common) is that finding, and goes; one the story does
    not tell again takes the lead's date, unless the headline names a time of its own."""
    headline = contexts[index]
    body = [f for f in findings if f.evidence.sentence != index]
    # The lead: the first sentences after it that read as prose (not a stamp, byline or
    # caption); the first of them to name a past time dates the news.
    lead = [c for c in contexts[index + 1 :] if _prose(c)][:LEAD_SENTENCES]
    lead_time = next((t for c in lead if (t := c.main_time())), None)
    own_time = any(t.anchors_event for t in headline.times)
    out: list[Finding] = []
    for f in findings:
        if f.evidence.sentence == index:
            if any(g.type == f.type and set(g.actor_ids()) & set(f.actor_ids()) for g in body):
                continue
            if lead_time is not None and not own_time and f.modality != "expected":
                f = replace(f, occurred=lead_time)
        out.append(f)
    return out
