"""The rule extractor: article text in, dated and sourced findings out. Pure and deterministic."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Protocol, TypeVar

from domain.finding import Finding
from domain.values import ActorRef, Evidence, ExtractorRef, Interval
from extraction.actors import Mention, MentionResolver, PlaceMention, drop_surnames
from extraction.anchoring import (
    aside_times,
    before_doing,
    compared_times,
    dated_at,
    explicitly_dated,
    invited_round,
    main_clause,
    only_ahead,
    participle_times,
)
from extraction.answers import answered
from extraction.clutter import blank, clutter_spans
from extraction.cues import CueIndex, led, matches_at
from extraction.dedupe import dedupe
from extraction.findings import TALKS, attributes_of
from extraction.gazetteer import Gazetteer, fold
from extraction.generic import (
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
from extraction.meetings import (
    ABSENT,
    PRESENCE,
    absent,
    body_meeting,
    expected_end,
    meeting_dated_later,
    round_ended,
)
from extraction.modality import ModalityReader
from extraction.negotiations import Assigner, Negotiation
from extraction.paragraph import PRONOUN_CUE, closing_quote_day, continued, past, quote_day
from extraction.registry import Registry, code_digest, load_registry
from extraction.rules import Draft, Rule, RuleBook, SentenceContext, interval_for
from extraction.rules.context import opening_relative
from extraction.rules.proposals import ready_to_accept
from extraction.rules.statements import statements_apart
from extraction.sentences import split_sentences
from extraction.story import (
    RECAP,
    caption,
    headline,
    lead,
    lead_continued,
    line,
    quote_closing,
    running_quote,
    taken_up,
)
from extraction.syntax import DASHED, PERSON_SPAN, ClauseReader, issuers_of
from extraction.temporal import releases_ahead, truce_phase
from extraction.unregistered import (
    OPPOSITION_SIDE,
    PENDING_SIDES,
    STATE_SIDE,
    find_unregistered,
)

NAME = "rules"
BASE_VERSION = "1.17.0"
# A deed inside 'if ...', 'once ...', 'unless ...' is a condition, not something that happened.
CONDITIONAL_OPENERS = frozenset({"if", "unless", "once", "whether"})
MILITARY_NAME = re.compile(r"\b(?:[Aa]rmy|[Mm]ilitary|[Aa]rmed [Ff]orces|[Jj]unta)\b")
# The period of 'Jul. 20' ends no clause: blanked (same length) so rules read across it.
ABBREVIATED_MONTH = re.compile(r"(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))\.(?=\s?\d)")
ABBREVIATED_MONTH = led(ABBREVIATED_MONTH)  # the same matches, fewer places tried
# A side's answer to a plan: its object may be 'the proposed deal' without being hypothetical.
RESPONSES = frozenset({"ProposalAccepted", "ProposalRejected"})
# An offer stays made when it is refused: 'rejected the plan put forward by Egypt'.
OFFERS = frozenset({"ProposalMade", "CounterproposalMade"})
RELEASES = frozenset({"HostagesReleased", "PrisonersReleased"})


# Releases, which a military deed may name as its aim ('an invasion to free the hostages').
FREEINGS = frozenset({"HostagesReleased", "PrisonersReleased"})


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
        folded = blank(folded, clutter_spans(text))  # links to other stories, not this one's
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
            person: tuple(dict.fromkeys((person, *self.registry.affiliations(org, published))))
            for person, org in extra.acts_for.items()
            if org not in PENDING_SIDES
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
        leaders = {p: org for p, org in extra.acts_for.items() if org in PENDING_SIDES - {""}}
        if leaders:
            mentions = self._side_leaders(mentions, leaders, acting, groups, about, published)
        mentions = self._with_generic(text, folded, mentions, groups, about, published)
        folded = _open_initialisms(text, folded)  # names read: 'the U.S. proposal' is one clause
        findings: list[Finding] = []
        salient: tuple[Mention, ...] = ()
        person: tuple[Mention, ...] = ()  # who 'he' / 'she' stands for (ClauseReader)
        issuers: tuple[Mention, ...] = ()  # who 'the statement' stands for (ClauseReader)
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
        # a quote over several sentences: the sentence it closes in, and the day it was said
        held_quote: tuple[int, date | None] = (-1, None)
        contexts: list[SentenceContext] = []
        opens: set[int] = set()  # the sentences that open a paragraph
        captions: dict[tuple[int, int], bool] = {}  # per line: its sentences ask in turn
        for sentence in sentences:
            lo, hi = sentence.start, sentence.end
            quoted = running_quote(text, folded, sentences, sentence.index, published)
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
            reader = ClauseReader(
                sfolded,
                local,
                salient,
                text=text[lo:hi],
                previous_person=person,
                previous_issuers=issuers,
            )
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
                caption=caption(text, line(text, lo, hi), captions),
                quoted=quoted,
            )
            if quoted is None and (day := quote_day(self.registry, ctx)) is not None:
                ctx.quoted = (0, day)  # '"Today we ...," he said' after his dated sentence
            elif quoted is None and (run := quote_closing(text, folded, sentences, sentence.index)):
                # '"Today we ... . ...," he said': a quote over several sentences, its
                # reporting clause naming no day, said on the day of his sentence before
                close = sentences[run[1]]
                day = closing_quote_day(
                    self.registry,
                    ctx,
                    folded[close.start : close.end],
                    [_shift(m, close.start) for m in own_mentions[run[1]]],
                )
                held_quote = (run[1], day)
                if day is not None:
                    ctx.quoted = (run[0], day)
            elif quoted is None and held_quote[1] is not None and sentence.index <= held_quote[0]:
                ctx.quoted = (0, held_quote[1])  # a later sentence of that quote
            paragraph.append(ctx)
            contexts.append(ctx)
            evidence = Evidence(article_id, sentence.index, (lo, hi), sentence.text)
            found = self._sentence(ctx, evidence)
            talks = [i for i, f in enumerate(found) if f.type == TALKS]
            talks_at = len(findings) + talks[-1] if talks else talks_at
            findings.extend(found)
            ctx.event_day = next(
                (f.occurred.start for f in reversed(found) if explicitly_dated(f, ctx)), None
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
            issuers = issuers_of(reader) or issuers
            named = reader.person_outside_quotes(open_quote, self._person)
            person, unnamed = (named, 0) if named is not None else (person, unnamed + 1)
            if unnamed >= PERSON_SPAN:
                person = ()
            open_quote ^= sfolded.count('"') % 2 == 1
            venue = next(
                (
                    f.location
                    for f in reversed(found)
                    if f.type == "TalksOpened" and f.location and f.modality != "expected"
                ),
                venue,
            )
            expected_end(ctx, findings, talks_at)
        findings = [f for f in findings if not body_meeting(self.registry, f)]
        findings = round_ended(findings, contexts, published)
        findings = meeting_dated_later(findings, contexts, published)
        top = next((x.index for x in sentences if heading.headline == (x.start, x.end)), None)
        findings = lead(self.registry, findings, contexts, -1 if top is None else top, published)
        findings = lead_continued(
            findings, contexts, -1 if top is None else top, opens, affiliations
        )
        findings = taken_up(findings, contexts, opens)
        findings = answered(findings, contexts)
        if top is not None:
            findings = headline(findings, top, contexts)
        asides = [m.span() for m in DASHED.finditer(text)]
        return self.assigner.assign(
            dedupe(findings),
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

    def _side_leaders(
        self,
        mentions: list[Mention],
        leaders: dict[str, str],
        acting: dict[str, tuple[str, ...]],
        groups: dict[str, str],
        about: Negotiation | None,
        published: date,
    ) -> list[Mention]:
        """Persons named as a side's leader by what the side is ('rebel commander X',
        'opposition leader Y') act for the one such side of the article's talks: a rebel the
        talks' one armed side, else the one armed group the article names; an opposition leader
        the talks' side the registry calls an opposition. None such, and they are no one."""
        armed = self.armed | set(groups)
        sides = [s for s in about.sides if self.kinds.get(s) != "state"] if about else []
        rebels = [s for s in sides if s in armed]
        if len(rebels) != 1:
            rebels = list(dict.fromkeys(m.actor for m in mentions if m.actor in armed))
        named = {a for m in mentions for a in self.registry.affiliations(m.actor, published)}
        if not sides:
            # no talks known yet: those of a state the article names ('President Maduro')
            sides = list(
                dict.fromkeys(
                    s
                    for n in self.registry.negotiations
                    if named.intersection(n.sides)
                    for s in n.sides
                    if self.kinds.get(s) != "state"
                )
            )
        opposition = [
            s
            for s in sides
            if (known := self.registry.actors.get(s)) is not None
            and any("opposition" in n.lower() for n in known.names)
        ]
        dropped: set[str] = set()
        for person, kind in leaders.items():
            found = opposition if kind == OPPOSITION_SIDE else rebels
            if len(found) != 1:
                dropped.add(person)
                continue
            acting[person] = (person, *self.registry.affiliations(found[0], published))
        return [m for m in mentions if m.actor not in dropped] if dropped else mentions

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
            out, at = absent(self.registry, ctx, out, at)
        if any(f.type == "StatementIssued" for f in out):
            return statements_apart(out, at, ctx.reader)
        return out

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
        clause_start, opener = main_clause(ctx.folded, *ctx.reader.clause_start(span[0]), span)
        if rule.negatable and (
            self.modality.negated(ctx.folded, clause_start, span, rule.type not in OFFERS)
            or self.modality.undone(ctx.folded, span, rule.type)
        ):
            return None
        if self.modality.supposed(ctx.folded, clause_start, span) or self.modality.asked(
            ctx.folded, span
        ):
            return None
        # 'Hamas is willing to agree to the terms, provided ...': a stated readiness to accept is
        # the side's (conditional) yes, not a wish; the cues before it and its proviso are its own
        ready = rule.type == "ProposalAccepted" and ready_to_accept(ctx.folded, span)
        if ready:
            clause_start = max(clause_start, span[0])
        if rule.action and (
            opener in CONDITIONAL_OPENERS
            or before_doing(ctx.folded, clause_start, opener, span)
            or self.modality.hypothetical_before(
                ctx.folded, clause_start, span, rule.type in RESPONSES
            )
            or (not ready and self.modality.conditional_after(ctx.folded, clause_start, span))
            or self.modality.embedded_question(ctx.folded, span)
            or self.modality.unrealised(ctx.folded, span)
            or self.modality.gerund_subject(ctx.folded, span)
            or self.modality.mandated(ctx.folded, span)
            or self.modality.offer_terms(ctx.folded, clause_start, span)
            or (rule.type in PRESENCE and self.modality.habitual(ctx.folded, clause_start, span))
            or (rule.type in FREEINGS and self.modality.war_aim(ctx.folded, span))
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
        if not ahead and kind in PRESENCE and not draft.done and only_ahead(ctx, span):
            # 'invited both sides to a new round of talks in Cairo next week': a round or a trip
            # whose only time lies wholly ahead is still to come, whatever verb governs it
            ahead, modality = True, "expected"
        if not ahead and kind in PRESENCE and not draft.done and invited_round(ctx, span):
            # 'invited the Sudanese army and the RSF to talks in Geneva on August 14': the round
            # invited to is still to come, on the next such day
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
            | aside_times(ctx, span)
            | participle_times(ctx, span, rule.type)
            | compared_times(ctx)
        )
        occurred, explicit = interval_for(ctx, dated_at(ctx.folded, span), ahead, draft)
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
        elif not explicit and kind in RELEASES and modality == "expected":
            # 'Israel will release 30 prisoners each day', '50 hostages would be freed': a
            # release told as still to come, with no time of its own, is carried out in the
            # days the report looks to, not on the day it is told
            occurred = releases_ahead(ctx.published)
        doers = [a.id for a in actors if a.role == "subject"]
        if explicit and modality != "expected":
            for actor in doers:
                ctx.carry[actor] = occurred
        elif (
            not explicit
            and modality != "expected"
            and not draft.stative
            and (ctx.carry or ctx.previous or ctx.before)
            and past(ctx, clause_start, span)
        ):
            occurred = continued(self.registry, ctx, doers) or occurred
        attributes = attributes_of(kind, draft.attributes)
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


# 'the U.S. proposal', 'a U.N.-brokered truce': the periods of an initialism inside a sentence
# (a lowercase word or a hyphen follows) end no clause.
INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,3}(?=\s+[a-z]|-)")


def _open_initialisms(text: str, folded: str) -> str:
    """Joins the letters of initialisms inside a sentence into one word (same length), once
    names are read, so a rule's gap reads across 'approved the U.S. proposal'."""
    spans = [m.span() for m in INITIALISM.finditer(text)]
    if not spans:
        return folded
    chars = list(folded)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] == ".":
                chars[i] = "_"  # one word still: 'the u_s_ demands' is no possessive 's
    return "".join(chars)


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


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


__all__ = ["Interval", "RuleExtractor"]
