"""The rule extractor: article text in, dated and sourced findings out. Pure and deterministic."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar

from domain.events import CATALOG
from domain.finding import Finding
from domain.values import ActorRef, Evidence, ExtractorRef, Interval
from extraction.actors import Mention, MentionResolver, PlaceMention, drop_surnames
from extraction.cues import CueIndex, led, matches_at
from extraction.gazetteer import Gazetteer, fold
from extraction.generic import (
    COLLECTIVE_KIND,
    described_mentions,
    description_patterns,
    generic_mentions,
    mediator_mentions,
    ministry_mentions,
    state_side,
    title_mentions,
)
from extraction.heading import read_heading
from extraction.issues import IssueTagger
from extraction.modality import ModalityReader
from extraction.negotiations import Assigner, Negotiation
from extraction.registry import Registry, code_digest, load_registry
from extraction.rules import Draft, Rule, RuleBook, SentenceContext, interval_for
from extraction.rules.context import (
    DOCUMENT_NOUNS,
    DOCUMENT_PARTICIPLES,
    LOOK_BACK,
    joined_clause,
    opening_relative,
    participle_times,
)
from extraction.rules.proposals import ready_to_accept
from extraction.sentences import Sentence, split_sentences
from extraction.syntax import DASHED, PRONOUN, ClauseReader
from extraction.temporal import (
    TAKEN_UP,
    WEEKDAY_WORD,
    names_month,
    said_after_quote,
    taken_up,
    truce_phase,
)
from extraction.unregistered import STATE_SIDE, find_unregistered

NAME = "rules"
BASE_VERSION = "1.12.0"
# A deed inside 'if ...', 'once ...', 'unless ...' is a condition, not something that happened.
CONDITIONAL_OPENERS = frozenset({"if", "unless", "once", "whether"})
MILITARY_NAME = re.compile(r"\b(?:[Aa]rmy|[Mm]ilitary|[Aa]rmed [Ff]orces|[Jj]unta)\b")
# A sentence that names no one may still tell a deed of the last one named: the same words that
# stand for a doer in the clause reader ("it", "the militant group", "its delegation").
PRONOUN_CUE = PRONOUN
# How many sentences on 'he' / 'she' may still stand for the person last named.
PERSON_SPAN = 3
PRESENT = re.compile(
    r"\b(?:is|are|has|have|says|say|insists|remains|wants|demands|will|would|'ll|can|must)\b"
)
ALSO_PERFECT = re.compile(r"\b(?:has|have)\s+(?:also|in turn)\s+[a-z]+(?:ed|en|ade|id|ent)\b")
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
# The period of 'Jul. 20' ends no clause: blanked (same length) so rules read across it.
ABBREVIATED_MONTH = re.compile(r"(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))\.(?=\s?\d)")
ABBREVIATED_MONTH = led(ABBREVIATED_MONTH)  # the same matches, fewer places tried
# '"...," he said in a video statement': the speaker named after a quote.
QUOTE_THEN_SAID = re.compile(
    r'\s*"[^"]*"\s*,?\s*[^"]{0,60}?\b(?P<verb>said|wrote|told|added|posted|stated|declared|'
    r"announced|tweeted)\b"
)
PAST_REPORT = re.compile(
    r"\b(?:said|wrote|told|added|posted|stated|declared|announced|tweeted|insisted|warned)\b"
)
PRESENT_REPORT = re.compile(r"\b(?:says|say|tells|writes|adds|insists|warns)\b")
PRESENCE = frozenset({"TalksOpened", "DelegationArrived", "DelegationSent"})
# A side's answer to a plan: its object may be 'the proposed deal' without being hypothetical.
RESPONSES = frozenset({"ProposalAccepted", "ProposalRejected"})
# An offer stays made when it is refused: 'rejected the plan put forward by Egypt'.
OFFERS = frozenset({"ProposalMade", "CounterproposalMade"})
RELEASES = frozenset({"HostagesReleased", "PrisonersReleased"})
TALKS = "TalksOpened"
# Outcomes a party announces: the announcement's assessment ('an agreement has been reached to
# extend the truce', said by one side) is the outcome, whoever its doers are.
OUTCOMES = frozenset({"CeasefireAgreed", "TruceExtended"})
# A quoted word or short phrase inside a clause, not a quotation opening one.
SCARE_QUOTE = re.compile(r"[^\"]{1,40}\"")
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
# a verb in the past: regular, or one of the irregular pasts news tells deeds with
PLUPERFECT = re.compile(r"\bhad\b")
PAST_DEED = re.compile(
    r"\b(?:was|were|had|did|[a-z]{3,}ed|made|held|met|took|gave|sent|came|went|left|began|"
    r"broke|struck|won|spoke|wrote|led|brought|sought|saw|kept|flew|chose|drew|"
    r"undertook|withdrew|overtook|forbade|swore|froze|shook|stood)\b"
)
EXPECTED_END = re.compile(
    r"\bexpected to (?:last|continue|run|go on)\s+(?:until|till|through|into)\s+"
)


class RuleExtractor:
    """Sentence rules over a registry of actors, places and words (see ``extraction/data``)."""

    name = NAME

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        # Build metadata covers data and rule code: either edit makes a replay redo articles.
        self.version = f"{BASE_VERSION}+d.{registry.digest}.c.{code_digest()}"
        self.gazetteer = Gazetteer(registry)
        self.resolver = MentionResolver(registry)
        self.rulebook = RuleBook(registry)
        self.cues = CueIndex([rule.pattern for rule in self.rulebook.rules], anchor=True)
        self.modality = ModalityReader(registry.lexicon["modality"])
        self.issues = IssueTagger(
            registry.lexicon["issues"],
            registry.general_issues,
            ((n.id, n.issue_words) for n in registry.negotiations),
        )
        self.kinds = {a.id: a.kind for a in registry.actors.values()}
        self.descriptions = description_patterns(registry.descriptions)
        self.description_cues = (  # (an automaton of no words cannot be searched)
            CueIndex([pattern for pattern, _ in self.descriptions]) if self.descriptions else None
        )
        self.assigner = Assigner(registry.negotiations, registry.not_sides, self.kinds)
        # Organisations that may be 'the rebels' of an article: not bodies, not a state's organ.
        self.armed = frozenset(
            a.id
            for a in registry.actors.values()
            if a.kind == "organisation" and not a.part_of and a.id not in registry.not_sides
        )
        # A state's own armed forces, which 'the army' or 'the military' of an article may be.
        self.militaries = frozenset(
            a.id
            for a in registry.actors.values()
            if a.kind == "organisation"
            and self.kinds.get(a.part_of or "") == "state"
            and any(MILITARY_NAME.search(n) for n in a.names)
        )

    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> RuleExtractor:
        """Reads the data files from data_dir, ``PARLEY_EXTRACTION_DATA``, or the package."""
        return cls(load_registry(data_dir))

    @property
    def release(self) -> str:
        return f"{self.name}@{self.version}"

    def extract(self, article_id: str, published: date, text: str) -> list[Finding]:
        """Every finding of one article, in sentence order."""
        sentences = split_sentences(text)
        heading = read_heading(text, published, sentences)
        published = heading.reference  # a stamp or dateline consistent with the manifest
        folded = _open_acronyms(text, ABBREVIATED_MONTH.sub(" ", heading.blank(fold(text))))
        hits = drop_surnames(text, self.gazetteer.find(text, folded), self.registry)
        actor_of = {
            h.end: e.target
            for h in hits
            for e in h.entries[:1]
            if e.kind in ("name", "adjective") and e.target in self.registry.actors
        }
        titled = {
            h.end: self.registry.offices[e.target].org
            for h in hits
            for e in h.entries[:1]
            if e.kind == "title" and self.registry.offices[e.target].org in self.registry.actors
        }
        extra = find_unregistered(text, hits, actor_of, self.armed, titled)
        if extra.hits:
            kept = [h for h in hits if (h.start, h.end) not in extra.covered]
            hits = sorted(kept + extra.hits, key=lambda h: h.start)
        mentions, places = self.resolver.resolve(text, folded, hits, published)
        acting = {
            person: (person, *self.registry.affiliations(org, published))
            for person, org in extra.acts_for.items()
            if org != STATE_SIDE
        }

        def affiliations(actor: str) -> tuple[str, ...]:
            return acting.get(actor) or self.registry.affiliations(actor, published)

        groups = {
            e.target: "organisation"
            for h in extra.hits
            for e in h.entries
            if e.target not in extra.acts_for
        }
        about = self.assigner.article(
            folded, published, ((m.start, m.actor) for m in mentions), affiliations
        )
        pending = {p for p, org in extra.acts_for.items() if org == STATE_SIDE}
        if pending:
            mentions = self._state_persons(mentions, pending, acting, groups, about, published)
        mentions = self._with_generic(text, folded, mentions, groups, about, published)
        findings: list[Finding] = []
        salient: tuple[Mention, ...] = ()
        person: tuple[Mention, ...] = ()  # who 'he' / 'she' stands for (ClauseReader)
        unnamed = 0  # sentences since person was named
        open_quote = False  # a quote of the paragraph still open at the sentence's start
        venue: str | None = None
        anchor: date | None = None
        truce: date | None = None  # when the truce the article last told took effect
        carry: dict[str, Interval] = {}
        paragraph: list[SentenceContext] = []
        last: list[SentenceContext] = []  # the sentence before, maybe in the paragraph before
        previous_end = 0
        starts, ends = [s.start for s in sentences], [s.end for s in sentences]
        # Mentions go to their sentences in one pass: cost linear in the article's length.
        own_mentions = _per_sentence(starts, ends, mentions)
        own_places = _per_sentence(starts, ends, places)
        talks_at: int | None = None  # the latest round in findings, for its expected end
        contexts: list[SentenceContext] = []
        opens: set[int] = set()  # the sentences that open a paragraph
        captions: dict[tuple[int, int], bool] = {}  # per line: its sentences ask in turn
        for sentence in sentences:
            lo, hi = sentence.start, sentence.end
            quoted = _quoted(text, folded, sentences, sentence.index, published)
            last = paragraph[-1:] or last
            if "\n" in text[previous_end:lo]:
                carry = {}  # a new paragraph: dates of the last one's deeds stay there
                opens.add(sentence.index)
                _forget_behind(paragraph)
                paragraph = []
                open_quote = False
            previous_end = hi
            local = [_shift(m, lo) for m in own_mentions[sentence.index]]
            shifted = [_shift_place(p, lo) for p in own_places[sentence.index]]
            # a country of the world is a trip's destination only ('arrived in Switzerland'),
            # never the place a rule reads as a venue of talks or a place left
            local_places = [p for p in shifted if not self._country(p.place)]
            countries = [p for p in shifted if self._country(p.place)]
            sfolded = folded[lo:hi]
            reader = ClauseReader(sfolded, local, salient, text=text[lo:hi], previous_person=person)
            ctx = SentenceContext(
                article_id,
                published,
                sentence.index,
                sfolded,
                local,
                local_places,
                reader,
                countries=countries,
                venue_hint=venue,
                anchor=anchor,
                truce=truce,
                carry=carry,
                previous=tuple(paragraph[-3:]),
                before=None if paragraph or not last else last[0],
                text=sentence.text,
                negotiation=about,
                affiliated=acting,
                earlier=contexts,
                caption=_caption(text, _line(text, lo, hi), captions),
                quoted=quoted,
            )
            paragraph.append(ctx)
            contexts.append(ctx)
            evidence = Evidence(article_id, sentence.index, (lo, hi), sentence.text)
            found = self._sentence(ctx, evidence)
            talks = [i for i, f in enumerate(found) if f.type == TALKS]
            talks_at = len(findings) + talks[-1] if talks else talks_at
            findings.extend(found)
            ctx.event_day = next(
                (f.occurred.start for f in reversed(found) if _explicit(f, ctx)), None
            )
            anchor = ctx.event_day or anchor
            truce = next(
                (
                    f.attributes["starts"]
                    for f in reversed(found)
                    if f.type == "CeasefireAgreed" and f.attributes.get("starts")
                ),
                truce,
            )
            salient = reader.salient() or ()
            named = reader.person_outside_quotes(open_quote, self._person)
            person, unnamed = (named, 0) if named is not None else (person, unnamed + 1)
            if unnamed >= PERSON_SPAN:
                person = ()
            open_quote ^= sfolded.count('"') % 2 == 1
            venue = next(
                (f.location for f in reversed(found) if f.type == "TalksOpened" and f.location),
                venue,
            )
            self._expected_end(ctx, findings, talks_at)
        findings = [f for f in findings if not self._body_meeting(f)]
        findings = _round_ended(findings, contexts, published)
        findings = _meeting_dated_later(findings, contexts, published)
        top = next((x.index for x in sentences if heading.headline == (x.start, x.end)), None)
        findings = self._lead(findings, contexts, -1 if top is None else top, published)
        findings = _lead_continued(
            findings, contexts, -1 if top is None else top, opens, affiliations
        )
        findings = _taken_up(findings, contexts, opens)
        findings = _answered(findings, contexts)
        if top is not None:
            findings = _headline(findings, top, contexts)
        asides = [m.span() for m in DASHED.finditer(text)]
        return self.assigner.assign(
            _dedupe(findings),
            folded,
            published,
            # 'Witkoff -- who brokered the truce between Israel and Hamas -- met Ukrainian
            # negotiators': who an aside names is background, no evidence of the talks told
            ((m.start, m.actor) for m in mentions if not _within(m.start, asides)),
            affiliations,
            groups,
            about,
        )

    def _state_persons(
        self,
        mentions: list[Mention],
        pending: set[str],
        acting: dict[str, tuple[str, ...]],
        groups: dict[str, str],
        about: Negotiation | None,
        published: date,
    ) -> list[Mention]:
        """Persons named after a government's title alone ('Defence Minister Gustavo Pineda')
        act for the article's state side; with none known, they are no one."""
        sides = [s for s in about.sides if self.kinds.get(s) == "state"] if about else []
        state = state_side(mentions, self.kinds, self.armed | set(groups), sides)
        if state is None:
            return [m for m in mentions if m.actor not in pending]
        for person in pending:
            acting[person] = (person, *self.registry.affiliations(state, published))
        return mentions

    def _with_generic(
        self,
        text: str,
        folded: str,
        mentions: list[Mention],
        unregistered: dict[str, str],
        about: Negotiation | None,
        published: date,
    ) -> list[Mention]:
        """The mentions, with 'the government' and 'the rebels' where the article says whom,
        and 'the president' where it named the one president before."""
        groups = self.armed | set(unregistered)
        sides = [s for s in about.sides if self.kinds.get(s) == "state"] if about else []
        parties = about.sides if about else ()
        mediators = about.mediators if about else ()
        extra = generic_mentions(
            text,
            folded,
            mentions,
            self.kinds,
            groups,
            sides,
            parties,
            self.registry.not_sides,
            mediators,
            self.militaries,
            lambda a: next(iter(self.registry.affiliations(a, published)[1:]), a),
        )
        extra += title_mentions(folded, text, mentions, lambda a: self._titles(a, published))
        extra += mediator_mentions(folded, text, mentions, mediators)
        extra += ministry_mentions(folded, mentions, self.kinds)
        described, replaced = described_mentions(
            folded,
            mentions + extra,
            self.descriptions,
            lambda a: self.registry.affiliations(a, published),
            self.description_cues,
        )
        if replaced:
            mentions = [m for m in mentions if (m.start, m.end) not in replaced]
        extra += described
        return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions

    def _titles(self, actor: str, when: date) -> tuple[str, ...]:
        """The titles of the offices a person holds on a date."""
        known = self.registry.actors.get(actor)
        if known is None or known.kind != "person":
            return ()
        return tuple(
            title
            for tenure in known.holds
            if tenure.covers(when) and tenure.target in self.registry.offices
            for title in self.registry.offices[tenure.target].titles
        )

    def _affiliations(self, actor: str, ctx: SentenceContext) -> tuple[str, ...]:
        """Whom an actor acts for: an unregistered person for whom the article says."""
        return ctx.affiliated.get(actor) or self.registry.affiliations(actor, ctx.published)

    def _body_meeting(self, f: Finding) -> bool:
        """A meeting of an international body, maybe with its host ('an emergency meeting of
        the Arab League in Cairo'), is no round of talks between parties."""
        if f.type != "TalksOpened":
            return False
        bodies = set(f.actor_ids()) & self.registry.not_sides
        place = self.registry.places.get(f.location or "")
        rest = set(f.actor_ids()) - bodies - {place.state if place else ""}
        return bool(bodies) and not rest

    def _lead(
        self,
        findings: list[Finding],
        contexts: list[SentenceContext],
        after: int,
        published: date,
    ) -> list[Finding]:
        """A lead sums up in the present perfect what the next sentences tell with its date
        ('X has proposed a two-day truce ...' / 'X unveiled the idea on Sunday ...'): an undated
        deed of the lead takes the past time of one of the next two sentences by the same
        speaker."""
        lead = next(
            (c for c in contexts[after + 1 :] if _prose(c)),
            None,
        )
        if lead is None or not PERFECT.search(lead.folded):
            return findings
        default = Interval.day(published)
        out: list[Finding] = []
        for f in findings:
            if (
                f.evidence.sentence == lead.index
                and f.occurred == default
                and f.modality != "expected"
                and not _explicit(f, lead)
            ):
                who = _doers(f) | self._speakers(lead)
                for nxt in contexts[lead.index + 1 : lead.index + 1 + LEAD_SENTENCES - 1]:
                    day = nxt.main_time()
                    if day is not None and who & self._speakers(nxt):
                        f = replace(f, occurred=day)
                        break
            out.append(f)
        return out

    def _person(self, actor: str) -> bool:
        known = self.registry.actors.get(actor)
        return known is not None and known.kind == "person"

    def _country(self, place: str) -> bool:
        known = self.registry.places.get(place)
        return known is not None and known.country

    def _sentence(self, ctx: SentenceContext, evidence: Evidence) -> list[Finding]:
        if RECAP.search(ctx.folded):
            return []
        out: list[Finding] = []
        issues: list[tuple[str, ...]] = []
        named = bool(
            ctx.mentions
            or ctx.places
            or (
                (ctx.reader.previous_salient or ctx.reader.previous_person)
                and PRONOUN_CUE.search(ctx.folded)
            )
        )
        maybe, starts = self.cues.starts(ctx.folded)
        at: list[int] = []  # where each finding's trigger (or a statement's assessment) sits
        rules = self.rulebook.rules
        for index in sorted(maybe):
            rule = rules[index]
            if not named and not rule.defaults_ok:
                continue
            offsets = starts.get(index)
            matches = (
                rule.pattern.finditer(ctx.folded)
                if offsets is None
                else matches_at(rule.pattern, ctx.folded, offsets)
            )
            for match in matches:
                finding = self._apply(rule, match, ctx, evidence, issues)
                if finding is not None:
                    out.append(finding)
                    at.append(ctx.cue_at if finding.type == "StatementIssued" else match.start())
                    relative = opening_relative(ctx.folded, match.span())
                    dated = relative and any(
                        t.anchors_event and t.start >= relative[1] for t in ctx.times
                    )
                    again = dated and self._apply(rule, match, ctx, evidence, issues, relative)
                    if again and again.occurred != finding.occurred:
                        out.append(again)  # the opening told, and the resumption to come
                        at.append(match.start())
        if out and ABSENT.search(ctx.folded):
            out, at = self._absent(ctx, out, at)
        if any(f.type == "StatementIssued" for f in out):
            return _statements_apart(out, at, ctx.reader)
        return out

    def _absent(
        self, ctx: SentenceContext, found: list[Finding], at: list[int]
    ) -> tuple[list[Finding], list[int]]:
        """Drops the absentees of 'Israel did not attend the summit' from the sentence's
        arrivals and rounds; a finding left without actors, or whose doer stayed away, goes."""
        away: set[str] = set()
        for m in ABSENT.finditer(ctx.folded):
            for mention in ctx.reader.subject(m.start()):
                away.update(self.registry.affiliations(mention.actor, ctx.published))
        kept: list[Finding] = []
        kept_at: list[int] = []
        for f, pos in zip(found, at, strict=True):
            if f.type in PRESENCE and away:
                actors = tuple(a for a in f.actors if a.id not in away)
                if not actors or _doers(f) & away:
                    continue
                if len(actors) != len(f.actors):
                    f = replace(f, actors=actors)
            kept.append(f)
            kept_at.append(pos)
        return kept, kept_at

    def _apply(
        self,
        rule: Rule,
        match: re.Match[str],
        ctx: SentenceContext,
        evidence: Evidence,
        issues: list[tuple[str, ...]],
        resumed: tuple[int, int] | None = None,
    ) -> Finding | None:
        """The finding of one match; with resumed, the span of a relative clause telling the
        noun's opening, the predicate still to come after it ('will resume on Monday')."""
        if rule.ready is not None and not rule.ready(ctx, match):
            return None  # what the production requires first is missing: it drafts nothing
        span = match.span()
        clause_start, opener = _main_clause(ctx.folded, *ctx.reader.clause_start(span[0]), span)
        if rule.negatable and (
            self.modality.negated(ctx.folded, clause_start, span, rule.type not in OFFERS)
            or self.modality.undone(ctx.folded, span, rule.type)
        ):
            return None
        if self.modality.supposed(ctx.folded, clause_start, span):
            return None
        # 'Hamas is willing to agree to the terms, provided ...': a stated readiness to accept is
        # the side's (conditional) yes, not a wish; the cues before it and its proviso are its own
        ready = rule.type == "ProposalAccepted" and ready_to_accept(ctx.folded, span)
        if ready:
            clause_start = max(clause_start, span[0])
        if rule.action and (
            opener in CONDITIONAL_OPENERS
            or _before_doing(ctx.folded, clause_start, opener, span)
            or self.modality.hypothetical_before(
                ctx.folded, clause_start, span, rule.type in RESPONSES
            )
            or (not ready and self.modality.conditional_after(ctx.folded, clause_start, span))
            or self.modality.embedded_question(ctx.folded, span)
            or self.modality.gerund_subject(ctx.folded, span)
            or self.modality.mandated(ctx.folded, span)
            or self.modality.offer_terms(ctx.folded, clause_start, span)
            or (rule.type in PRESENCE and self.modality.habitual(ctx.folded, clause_start, span))
        ):
            return None
        if (rule.action or rule.type in RESPONSES) and self.modality.hoped(ctx.folded, span):
            return None
        if not rule.action and (
            self.modality.relative_terms(ctx.folded, span)
            or (
                rule.type in RESPONSES
                and self.modality.conditional_after(ctx.folded, clause_start, span)
            )
        ):
            # 'a phase where Israel would agree to halt the war': terms, no yes; 'would agree
            # to withdraw if the sanctions were lifted': a yes supposed, not given
            return None
        draft = rule.build(ctx, match)
        if draft is None:
            return None
        if rule.needs_subject and not draft.subject:
            return None
        kind = draft.attributes.pop("__type", rule.type)
        forced = draft.attributes.pop("__modality", None)
        actors = self._actors(draft, ctx)
        if not actors:
            return None
        modality = forced or self.modality.modality(ctx.folded, clause_start, span, rule.action)
        draft.opening = kind == "TalksOpened"
        if draft.done and modality == "expected":
            modality = "asserted"
        ahead = modality == "expected" or (
            modality == "reported"
            and not (draft.done or draft.said)
            and self.modality.ahead(ctx.folded, clause_start, span, rule.action)
        )
        if not ahead and kind in PRESENCE and not draft.done and _only_ahead(ctx, span):
            # 'invited both sides to a new round of talks in Cairo next week': a round or a trip
            # whose only time lies wholly ahead is still to come, whatever verb governs it
            ahead, modality = True, "expected"
        if resumed is not None:
            # 'the talks that began in May will resume on Monday': the resumption, still to
            # come, dated by the predicate's time, not the relative clause's
            ahead, modality = True, "expected"
            draft.skip = draft.skip | {
                t.start for t in ctx.times if resumed[0] <= t.start < resumed[1]
            }
        draft.skip = (
            draft.skip
            | _aside_times(ctx, span)
            | _participle_times(ctx, span, rule.type)
            | _compared_times(ctx)
        )
        occurred, explicit = interval_for(ctx, _dated_at(ctx.folded, span), ahead, draft)
        if (
            not explicit
            and kind in RELEASES
            and modality == "expected"
            and ctx.truce is not None
            and ctx.truce >= ctx.published
        ):
            # the releases of a truce still to take effect are its terms, carried out from
            # its first day ('33 hostages will be freed in the first phase')
            occurred = truce_phase(ctx.folded, ctx.truce)
        doers = [a.id for a in actors if a.role == "subject"]
        if explicit and modality != "expected":
            for actor in doers:
                ctx.carry[actor] = occurred
        elif (
            not explicit
            and modality != "expected"
            and not draft.stative
            and (ctx.carry or ctx.previous or ctx.before)
            and self._past(ctx, clause_start, span)
        ):
            occurred = self._continued(ctx, doers) or occurred
        attributes = _attributes(kind, draft.attributes)
        if kind == "TalksOpened" and "expected_end" in attributes:
            attributes.pop("expected_end")
        return Finding(
            kind,
            occurred,
            actors,
            evidence,
            ExtractorRef(self.name, self.version, rule.id),
            modality=modality,
            issues=self._issues(ctx, issues),
            location=draft.location,
            confidence=_confidence(draft, explicit, modality),
            attributes=attributes,
        )

    def _continued(self, ctx: SentenceContext, doers: list[str]) -> Interval | None:
        """The date an undated past deed takes from its paragraph: the date given a deed of the
        same doer, else the day of the nearest earlier sentence by or about the same speaker
        (a quote, 'he said', 'the group said'), else the day of the paragraph's latest dated
        sentence ('The round ended on Thursday. Hamas said its delegation had left.')."""
        carried = next((ctx.carry[a] for a in doers if a in ctx.carry), None)
        if carried is not None:
            return carried
        if ctx.before is not None:
            return self._quoted_on(ctx, ctx.before) or self._same_speaker_before(ctx, doers)
        if not ctx.previous:
            return None
        who = self._speakers(ctx) | set(doers)
        earlier = ctx.previous[::-1]
        same = next((t for p in earlier if who & self._speakers(p) and (t := p.main_time())), None)
        return same or next((t for p in earlier if (t := p.main_time())), None)

    def _same_speaker_before(self, ctx: SentenceContext, doers: list[str]) -> Interval | None:
        """A paragraph that names its speaker again ('The group said in a statement ...') goes
        on from the last paragraph's sentence by that speaker, if it named a past time."""
        who = self._speakers(ctx)
        if not (who and QUOTE_THEN_SAID.match(ctx.folded)):
            who = who | set(doers)  # a quote is its named speaker's alone
        if not who:
            return None
        for p in reversed(ctx.earlier[max(0, ctx.index - LOOK_BACK) : ctx.index]):
            if who & self._speakers(p):
                return p.main_time()
        return None

    def _quoted_on(self, ctx: SentenceContext, before: SentenceContext) -> Interval | None:
        """A paragraph that opens with a quote or a pronoun ('"We will stand alone," he said')
        goes on from the sentence before it, when that is by the same speaker."""
        opening = ctx.folded.lstrip()
        if not (opening.startswith('"') or PRONOUN_CUE.match(opening)):
            return None
        day = before.main_time()
        if day is None or not self._speakers(ctx) & self._speakers(before):
            return None
        return day

    def _speakers(self, ctx: SentenceContext) -> frozenset[str]:
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
                for actor in self.registry.affiliations(mention.actor, ctx.published)
            )
        return ctx.speakers

    def _past(self, ctx: SentenceContext, clause_start: int, span: tuple[int, int]) -> bool:
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

    def _issues(self, ctx: SentenceContext, cache: list[tuple[str, ...]]) -> tuple[str, ...]:
        if not cache:
            about = ctx.negotiation.id if ctx.negotiation else None
            cache.append(self.issues.tag(ctx.folded, about))
        return cache[0]

    def _actors(self, draft: Draft, ctx: SentenceContext) -> tuple[ActorRef, ...]:
        refs: dict[str, ActorRef] = {}
        known = self.registry.actors
        for mention in draft.subject:
            for actor in self._affiliations(mention.actor, ctx):
                refs.setdefault(actor, ActorRef(actor, "subject", actor not in known))
        named = bool(refs)
        for actor_id, role in draft.others:
            for actor in self._affiliations(actor_id, ctx):
                refs.setdefault(actor, ActorRef(actor, role, actor not in known))  # type: ignore[arg-type]
        if not named:
            for actor in draft.defaults:
                if actor:
                    refs.setdefault(actor, ActorRef(actor, "participant", actor not in known))
            if not refs:
                return ()
        return tuple(refs.values())

    def _expected_end(
        self, ctx: SentenceContext, findings: list[Finding], talks_at: int | None
    ) -> None:
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


# A match that runs into a relative clause ('the talks, which began on Sunday', 'talks that
# ended on Tuesday'): its verb, and so its time, is the relative clause's.
# So does one with an aside between its noun and its verb ('the truce, announced on Wednesday,
# will take effect on Friday'): the aside's time is not the verb's.
ASIDE = re.compile(r",[^,.;]{2,100},")
INTO_RELATIVE = re.compile(
    r"(?:,\s*|\s)(?:which|who)\s|\sthat\s+(?:\w+ed|\w+s|took|began|begun|broke|came|went|was|"
    r"were|had|have|will|would|could|might)\b|" + ASIDE.pattern
)


def _aside_times(ctx: SentenceContext, span: tuple[int, int]) -> frozenset[int]:
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


def _compared_times(ctx: SentenceContext) -> frozenset[int]:
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


# Events that are the noun itself: 'the truce agreement reached on October 18' tells its own day.
MADE_THINGS = frozenset({"CeasefireAgreed", "ProposalMade", "CounterproposalMade"})


def _participle_times(ctx: SentenceContext, span: tuple[int, int], kind: str) -> frozenset[int]:
    """Times of a reduced relative clause right after a match ('the offer tabled on Sunday')."""
    if kind in MADE_THINGS or not ctx.times:
        return frozenset()
    # further on: 'urged both sides to respect the ceasefire agreed on August 4'
    further = participle_times(ctx, _dated_at(ctx.folded, span))
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


def _main_clause(
    folded: str, clause_start: int, opener: str, span: tuple[int, int]
) -> tuple[int, str]:
    """The clause of the trigger, after a fronted clause of time that opens the sentence."""
    if opener not in ("before", "after", "when", "while", "as"):
        return clause_start, opener
    if not FRONTED_TIME.fullmatch(folded, 0, clause_start):
        return clause_start, opener
    comma = folded.rfind(",", clause_start, span[0])
    return (comma + 1, "") if comma >= 0 else (clause_start, opener)


def _only_ahead(ctx: SentenceContext, span: tuple[int, int]) -> bool:
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


def _before_doing(folded: str, clause_start: int, opener: str, span: tuple[int, int]) -> bool:
    """'insists on an end to the war before releasing the hostages': what a side will do only
    after its condition is met, said in a clause that tells no deed done."""
    return (
        opener in ("before", "until")
        and bool(re.match(r"\s*[a-z]+ing\b", folded[clause_start : span[1]]))
        # 'Before heading to Istanbul, the delegation had met ...': a past deed is told
        and not PAST_DEED.search(folded[: span[0]] + " " + folded[span[1] :])
    )


def _dated_at(folded: str, span: tuple[int, int]) -> int:
    """Where the clause that dates a match is read: at its verb when the match runs into a
    relative clause, else at its start."""
    if INTO_RELATIVE.search(folded, span[0], span[1]):
        return max(span[0], span[1] - 1)
    return span[0]


def _forget_behind(finished: list[SentenceContext]) -> None:
    """Unlinks the sentence that ended the paragraph before a finished one from the sentences
    behind it. From the next paragraph on it is read only for its salient doers (by the first
    sentence of the finished paragraph), never for its dates or speakers, which need those
    links: cut, they let the article's earlier sentences be freed, so memory and garbage
    collection stay linear in the article's length."""
    behind = finished[0].before if finished else None
    if behind is not None:
        behind.previous = ()
        behind.before = None


def _explicit(finding: Finding, ctx: SentenceContext) -> bool:
    """Whether the finding was dated by a time expression of its sentence (the anchor of
    'N days later' in the next ones)."""
    return finding.modality != "expected" and any(
        t.anchors_event and finding.occurred in (t.past, t.future) for t in ctx.times
    )


def _doers(finding: Finding) -> set[str]:
    return {a.id for a in finding.actors if a.role == "subject"}


def _statements_apart(found: list[Finding], at: list[int], reader: ClauseReader) -> list[Finding]:
    """An assessment worded inside the clause of another event of the same speaker ('We call on
    Hamas to ... spare our people a dangerous ...', 'Qatar announces that an agreement has been
    reached to extend the truce', where the truce's parties are no doers) is part of that
    event, not a statement besides it."""
    cues = [pos for f, pos in zip(found, at, strict=True) if f.type == "StatementIssued"]
    judged = [pos for pos in cues if JUDGED_SITTING.match(reader.folded, pos)]
    deeds = [
        (set() if f.type in OUTCOMES else _doers(f), _clause(reader, pos))
        for f, pos in zip(found, at, strict=True)
        # a sitting judged ('a very good meeting', 'appreciated the meeting held today') is
        # a round and a statement about it, not one event
        if f.type != "StatementIssued"
        and not (
            f.type == TALKS
            and (
                any(0 < pos - j <= JUDGED_REACH for j in judged)
                # 'said the talks in Jeddah were a step forward': the sitting is what is judged
                or any(
                    0 < c - pos <= JUDGED_REACH and COPULA.search(reader.folded, pos, c)
                    for c in cues
                )
            )
        )
    ]
    stances = [(_doers(f), pos) for f, pos in zip(found, at, strict=True) if f.type in SPEECH_ACTS]
    kept = []
    for f, pos in zip(found, at, strict=True):
        if f.type == "StatementIssued":
            clause = _clause(reader, pos)
            if any((not d or d & _doers(f)) and c == clause for d, c in deeds):
                continue
            if any(d & _doers(f) and p <= pos for d, p in stances):
                continue  # what the speaker said is that event, told before the assessment
        kept.append(f)
    return kept


# An assessment worded as a judgement of the sitting itself: 'a very good meeting', 'highly
# appreciated the meeting', 'a frank and constructive round'.
JUDGED_SITTING = re.compile(
    r"(?:(?:very |really |extremely |highly )?(?:good|successful|productive|constructive|"
    r"fruitful|positive|useful|frank|cordial|excellent)\b|apprecia\w*|prais\w*|hail\w*|"
    r"commend\w*)(?:\s+(?:and|the|a|an|very|really|\w+ly|[a-z]+ful|[a-z]+ive))*\s+"
    r"(?:meetings?|talks|discussions?|sessions?|round|conversation)\b"
)
JUDGED_REACH = 60
COPULA = re.compile(r"\b(?:was|were|is|are|had been|have been|has been)\b")


# What a speaker says that is itself an event: an assessment worded after it in the sentence is
# part of it, not a statement besides it ('Trump said he was giving Hamas his "last warning" on
# a possible truce'); one worded before it stands ('said gaps remain as he urged the parties').
SPEECH_ACTS = frozenset(
    {
        "ThreatIssued",
        "DemandStated",
        "AppealMade",
        "ProposalRejected",
        "DemandRejected",
        "CounterproposalMade",
        "ProposalMade",
        "ProposalAccepted",
    }
)


def _clause(reader: ClauseReader, pos: int) -> int:
    """Where the clause holding pos starts, reading a short quote inside it as part of it (a
    'positive' response, the "latest developments")."""
    start, word = reader.clause_start(pos)
    while word == '"' and start > 1 and SCARE_QUOTE.match(reader.folded, start):
        start, word = reader.clause_start(start - 1)
    return start


# 'The Rapid Support Forces (RSF) rejected': an acronym in brackets after a name ends no clause.
BRACKETED_ACRONYM = re.compile(r"(?<=[A-Za-z]) \([A-Z][A-Za-z0-9-]{1,9}\)")


def _open_acronyms(text: str, folded: str) -> str:
    """Blanks the brackets of acronyms (same length), so a name and its verb stay one clause."""
    spans = [m.span() for m in BRACKETED_ACRONYM.finditer(text)]
    if not spans:
        return folded
    chars = list(folded)
    for start, end in spans:
        chars[start + 1] = chars[end - 1] = " "
    return "".join(chars)


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _round_ended(
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


def _meeting_dated_later(
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


def _line(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The bounds of the line (paragraph) that holds text[lo:hi]."""
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    return start, len(text) if end < 0 else end


def _caption(text: str, line: tuple[int, int], seen: dict[tuple[int, int], bool]) -> bool:
    """Whether the line is a picture's caption (read once per line, however many sentences)."""
    found = seen.get(line)
    if found is None:
        found = seen[line] = CAPTION.search(text, *line) is not None
    return found


def _quoted(
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


def _lead_time(lead: SentenceContext) -> Interval | None:
    """When the lead's news happened: its main clause's past time, else the day of its dated
    finding ('... are home after the truce took effect on Sunday')."""
    main = lead.main_time()
    if main is not None:
        return main
    day = lead.event_day
    return Interval.day(day) if day is not None and day < lead.published else None


def _lead_continued(
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
    prose = [c for c in contexts[after + 1 :] if _prose(c)]
    if not prose or (lead_time := _lead_time(prose[0])) is None:
        return findings
    lead = prose[0].index
    # whose news the lead told; 'the two leaders' stand for their sides ('Trump met Netanyahu
    # ... the two leaders agreed': the US and Israel too)
    told = {m.actor for m in prose[0].mentions}
    told |= {a for m in prose[0].mentions if m.kind == COLLECTIVE_KIND for a in bring(m.actor)}
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
        and set(f.actor_ids()) & told
        and f.occurred == default
        and f.modality not in ("expected", "hypothetical")
        and not any(t.anchors_event for t in contexts[f.evidence.sentence].times)
        and PAST_DEED.search(contexts[f.evidence.sentence].folded)
        else f
        for f in findings
    ]


def _taken_up(
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
        found = taken_up(c.folded, c.times)
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


# A refusal of what was just told, named by a bare noun: 'Baku has opposed the idea', 'Moscow
# rejected the demand', 'the group turned down the request' (not 'the idea of talks', which
# names its own content).
ANSWERED = re.compile(
    r"\b(?:the|this|that|such|these|those)\s+(?:idea|ideas|demand|demands|request|requests|call|"
    r"calls|suggestion|proposal|plan|offer|condition|conditions)\b(?!\s+(?:of|for|to|on|by)\b)"
)
ASKING = ("DemandStated", "ProposalMade", "CounterproposalMade")


def _answered(findings: list[Finding], contexts: list[SentenceContext]) -> list[Finding]:
    """A rejection naming no issue of what it refuses by a bare noun ('the idea') answers the
    demand or plan of another actor told in the sentence before (or the one before that): it
    takes that one's issues, and refuses that actor's demand."""
    out: list[Finding] = []
    for f in findings:
        if (
            f.type in ("ProposalRejected", "DemandRejected")
            and not f.issues
            and f.evidence.sentence > 0
            and ANSWERED.search(contexts[f.evidence.sentence].folded)
        ):
            doers = _doers(f)
            asked = [
                e
                for e in out
                if e.type in ASKING
                and e.issues
                and 0 < f.evidence.sentence - e.evidence.sentence <= 2
                and _doers(e)
                and not _doers(e) & doers
            ]
            if asked:
                last = asked[-1]
                kind = "DemandRejected" if last.type == "DemandStated" else f.type
                targets = tuple(
                    ActorRef(a.id, "target", a.unregistered)
                    for a in last.actors
                    if a.role == "subject" and a.id not in {b.id for b in f.actors}
                )
                published = contexts[f.evidence.sentence].published
                if f.occurred == Interval.day(published) and last.occurred.end == published:
                    # undated, it answers a stance told in the present ('wants ... Baku has
                    # opposed the idea so far'): the two hold over the same days
                    f = replace(f, occurred=last.occurred)
                attributes = _attributes(kind, dict(f.attributes))
                if kind == "DemandRejected" and targets:
                    attributes["demand_of"] = targets[0].id
                f = replace(
                    f,
                    type=kind,
                    issues=last.issues,
                    actors=f.actors + targets,
                    attributes=attributes,
                )
        out.append(f)
    return out


# How far the lead's news day reaches: the top of a story tells that news (as far as an
# anaphoric time reaches back, LOOK_BACK).
STORY_SENTENCES = 6


def _headline(
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


def _attributes(kind: str, raw: dict[str, Any]) -> dict[str, Any]:
    fields = CATALOG[kind].__annotations__
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in fields or value is None or value == "":
            continue
        out[key] = tuple(value) if isinstance(value, list) else value
    return out


def _confidence(draft: Draft, explicit_time: bool, modality: str) -> float:
    score = 0.55 + draft.confidence
    if draft.subject:
        score += 0.15
    if explicit_time:
        score += 0.1
    if modality == "reported":
        score -= 0.1
    return round(max(0.05, min(0.95, score)), 2)


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)


def _per_sentence(starts: list[int], ends: list[int], items: Sequence[S]) -> list[list[S]]:
    """The items (in their order) that lie within each sentence, given the sentences' sorted,
    disjoint spans: one binary search per item instead of a scan of all items per sentence."""
    out: list[list[S]] = [[] for _ in starts]
    for item in items:
        i = bisect_right(starts, item.start) - 1
        if i >= 0 and item.end <= ends[i]:
            out[i].append(item)
    return out


def _shift(m: Mention, offset: int) -> Mention:
    return Mention(m.start - offset, m.end - offset, m.actor, m.kind, m.possessive, m.eligible)


def _shift_place(p: PlaceMention, offset: int) -> PlaceMention:
    return PlaceMention(p.start - offset, p.end - offset, p.place, p.preposition)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per event: same type, actors and date in one article count once; a
    repeated demand keeps the issues of each report ('seeks a truce' in the headline, 'a truce
    that must end the war' in the lead: one demand, on both issues)."""
    seen: dict[tuple[Any, ...], int] = {}
    out: list[Finding] = []
    for f in findings:
        key: tuple[Any, ...] = (
            f.type,
            frozenset(a.id for a in f.actors if a.role == "subject") or f.actor_ids(),
            f.occurred.start,
            f.occurred.end,
            f.location,
        )
        if key in seen and _another_plan(out[seen[key]], f):
            key = (*key, frozenset(f.issues))  # the same plan told again still counts once
        if key in seen:
            kept = out[seen[key]]
            more = tuple(i for i in f.issues if i not in kept.issues)
            plain = not kept.attributes.get("condition") and not f.attributes.get("condition")
            if more and f.type == "DemandStated" and plain:  # a condition is one demand's own
                out[seen[key]] = replace(kept, issues=kept.issues + more)
            continue
        seen[key] = len(out)
        out.append(f)
    return out


def _another_plan(kept: Finding, f: Finding) -> bool:
    """A plan the same side put forward the same day in another sentence, on issues the first
    did not name ('suggested working groups' ... 'also advocated 48-hour ceasefires'): two
    plans, not one told twice."""
    return (
        f.type in ("ProposalMade", "CounterproposalMade")
        and f.evidence.sentence != kept.evidence.sentence
        and bool(f.issues)
        and not set(f.issues) & set(kept.issues)
    )


__all__ = ["Interval", "RuleExtractor"]
