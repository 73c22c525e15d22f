"""Event rules: trigger patterns over folded sentences, each with how to read its actors."""
# ruff: noqa: E501  (trigger patterns read best one alternation per line)

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.values import Interval
from extraction.actors import Mention, PlaceMention
from extraction.registry import Registry
from extraction.syntax import ClauseReader
from extraction.temporal import (
    ANCHORED,
    NUMBERS,
    TimeExpr,
    duration_text,
    find_times,
    nth_day_offset,
    shift,
)


def alt(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


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
    _times: list[TimeExpr] | None = None
    venue_hint: str | None = None  # venue of the talks the article last reported
    cue_at: int = 0  # where the last statement's assessment was worded
    anchor: date | None = None  # the article's last dated happening, for '10 days earlier'
    # Dates the paragraph gave its actors' deeds ('Hamas said on Monday it accepted ... It also
    # demanded ...'): a later undated past deed of the same actor took place then too.
    carry: dict[str, Interval] = field(default_factory=dict)
    # The paragraph's earlier sentences, nearest last: a quote or a pronoun sentence continues
    # them, and 'hours later' counts from their day.
    previous: tuple[SentenceContext, ...] = ()
    before: SentenceContext | None = None  # the sentence before, when it ended a paragraph
    speakers: frozenset[str] | None = None  # who the sentence is by or about, found on first use
    text: str = ""  # the sentence as written (same offsets as folded): capitals tell names
    _main: tuple[Interval | None] | None = None

    @property
    def times(self) -> list[TimeExpr]:
        """Time expressions, found on first use: most sentences hold no event."""
        if self._times is None:
            anchor = self.anchor
            if self.previous and ANCHORED.search(self.folded):
                anchor = next(
                    (m.start for p in reversed(self.previous) if (m := p.main_time())), anchor
                )
            self._times = find_times(self.folded, self.published, anchor)
        return self._times

    def main_time(self) -> Interval | None:
        """When the sentence's main clause happened, if it names a past time: the sentence a
        quote or a pronoun sentence after it continues."""
        if self._main is None:
            self._main = (self._find_main(),)
        return self._main[0]

    def _find_main(self) -> Interval | None:
        for t in _clause_times(self, 0):
            if t.past.end > self.published or FUTURE_CUE.search(self.folded, 0, t.start):
                continue
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
    stative: bool = False  # a standing position: dated to the week before publication
    day_offset: int = 0  # days before the anchor date ('entered their second day')
    said: bool = False  # a speech act: dated when said, never by a time it talks about ahead
    decided: bool = False  # an order or authorisation: dated when decided, though expected
    looks_back: int = 0  # 'three days of talks': the round opened this many days before
    period: int = 0  # 'freed over the week-long truce': a total over this many days up to then
    confidence: float = 0.0


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


GAP = r"[^.;:!?]{0,45}?"
# Two or more capitalised personal names in a list right before a verb.
_NOT_NAME = (
    r"(?:On|In|At|The|After|Before|Then|Also|And|But|When|Both|All|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|Earlier|Later|Last|This)\b"
)
_NAME = rf"(?!{_NOT_NAME})[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|bin|ben|al|el|de|van))*"
NAME_LIST = re.compile(rf"(?<![\w,])\s*{_NAME}(?:,\s*{_NAME})*,?\s+and\s+{_NAME}\s+$")
SUMMIT_AFTER = re.compile(r"\s+(?:peace\s+)?(?:summit|conference|talks)\b")
PRISONER_WORDS = re.compile(r"\b(?:prisons?|prisoners?|detainees?|inmates?|palestinians?|jail)\b")
# 'An Israeli delegation will travel to Qatar': a team still to leave is sent, not arrived.
SENDING = re.compile(
    r"\b(?:delegation|team|negotiators)\s+(?:\w+\s+){0,3}?(?:will|'ll|would)\s+(?:\w+\s+)?$"
)
# A sentence about what is still to come: its time dates nothing that follows it.
FUTURE_CUE = re.compile(
    r"\b(?:will|'ll|shall|expected to|due to|set to|scheduled to|plans? to|is to|are to)\b"
)
FUTURE_MODAL = re.compile(r"\b(?:will|would|'ll|shall|is to|are to|is set to|are set to)\b")
DENIED_OBJECT = re.compile(
    r"\s*(?:the\s+)?(?:reports?|claims?|allegations?|accusations?|charges?|criticism|"
    r"suggestions?|assertions?|notion|idea that|speculation|rumou?rs?)\b"
)
NON_COMMITTAL = re.compile(
    r"\s*to\s+(?:comment|say|confirm|discuss|elaborate|disclose|give|provide|speak|answer|name)\b"
)
CLAUSE_END = re.compile(r"[,;:]|\b(?:and said|saying|but|while|as)\b")
PROPOSAL_REFERENT = re.compile(
    r"\b(?:proposals?|plans?|terms|offers?|deal|draft|framework|response|counter ?proposals?|"
    r"counter ?offers?|version|initiative|agreement|it|this|that)\b"
)
RECIPROCAL = re.compile(
    r"\b(?:as long as|provided|so long as|if)\s+(?:the\s+)?[\w']+(?:\s+[\w']+)?\s+"
    r"(?:did|does|do|did so|does so|do so|does the same|did the same|reciprocates|abides|"
    r"complies|respects it|honou?rs it|adheres to it)\b"
)
PROMISE = re.compile(
    r"\b(?:agreed|agrees|agree|offered|offers|promised|promises|pledged|pledges|committed|"
    r"consented|ready|prepared|willing)\s+to\s+$"
)
ATTENDED = re.compile(
    r"\b(?:attended by|brought together|brings together|bringing together|gathered|included)\s+"
)
THREAT_OBJECT = re.compile(
    r"\s+to\s+(?:retaliate|respond|avenge|punish|hit back|strike back|crush|destroy|quit|leave|"
    r"dissolve|bring down|topple|resign)\b"
)
DOCUMENT_SUBJECT = re.compile(
    r"\s*(?:the|this|that|its|a|an)\s+(?:[\w]+\s+){0,3}?(?:agreement|deal|plan|proposal|framework|"
    r"resolution|draft|text|phase|truce|ceasefire|cease fire|accord)\b"
)
# 'once the truce ends' says when, not on what condition.
TRUCE_TIMING = re.compile(
    r"\b(?:once|when|after|until)\s+(?:the\s+)?(?:\w+\s+)?(?:truce|pause|cease ?fire|lull)\s+"
    r"(?:ends|expires|is over|runs out|lapses|collapses)\b"
)
COMMITMENT = re.compile(r"\b(?:abide|adhere|respect|honou?r|commit|observe|comply|stick)\b")
BACKGROUND_TALKS = re.compile(
    r"\b(?:after|following|despite|amid|during|through)\s+(?:\w+\s+)?(?:weeks|months|days|years|"
    r"rounds)\s+of\s+(?:\w+\s+)?$"
)
STATIVE_VERB = re.compile(
    r"\b(?:has|have|is|are|remains?|continues? to|has been|have been)\s+(?:\w+\s+){0,2}$"
)
# A speaker named only by a common noun right before the verb: 'two officials said'.
UNNAMED_SPEAKER = re.compile(
    r"\b(?:officials?|sources?|people|diplomats?|person|analysts?|experts?|reports?|observers|"
    r"residents|witnesses)(?:\s+(?:familiar|close|briefed|with|on|knowledge|of|the|matter|talks))*"
    r"\s*,?\s*$"
)
SENT_TO = re.compile(
    r"\b(?:authori[sz]\w*|order\w*|instruct\w*|task\w*|direct\w*|approv\w*|allow\w*|permit\w*)\s+"
    r"(?:\w+'?s?\s+){1,5}?to\s+$"
)
AMONG = re.compile(
    r"\b(?:was|were|is|are)\s+among\s+(?:those|the\s+\w+(?:\s+\w+)?)\s+(?:who|that)\s+$"
)
INCLUDING = re.compile(r"[^;.]{0,60}?,?\s*\b(?:including|among them|among whom|such as)\s+")
PUNISHMENT = re.compile(
    r"\s*\"?\s*(?:a\s+)?(?:harsh|severe|heavy|painful|crushing|decisive|strong|forceful)?\s*"
    r"(?:punishment|revenge|retaliation|retribution|response|price|consequences)\b"
)
WISH = re.compile(
    r"\s+(?:the|a|this)\s+(?:\w+\s+){0,2}?(?:truce|cease ?fire|talks|negotiations|deal|pause|calm)\s+"
    r"to\s+(?:continue|hold|last|succeed|work|go on|be extended|remain)\b"
)
NUM_WORDS = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several"
# 'freed over the week-long truce': a total over the period, not one day's release.
PERIOD = re.compile(
    rf"\b(?:over|during|throughout|in the course of|across)\s+(?:the\s+|a\s+)?(?P<n>{NUM_WORDS}|a|one)?"
    r"[\s-]*(?P<unit>day|week)s?(?:[\s-]+long)?\s+(?:truce|cease ?fire|pause|lull)\b"
)
# What a speaker says they will do if provoked: 'we will not supply the weapons', 'will strike'.
HARM = (
    r"(?:supply|provide|send|strike|hit|respond|retaliate|act|attack|pay|punish|destroy|resume|"
    r"return to|cut|halt|suspend|stop|pull out|quit|leave|kill|execute|face|unleash|use|enter|"
    r"invade|open|shut|close|target|bomb|sever|impose|annex|expand|intensify|escalate|go|be)"
)
# Parties addressed as a whole, or a document, after 'must': the speaker appeals, nobody demands.
GENERIC_PARTY = re.compile(
    r"\b(?:all|both|the) (?:parties|sides)\b|\bthe (?:international )?community\b|\beveryone\b|"
    r"\bthe world\b|\b(?:the|this|that) (?:resolution|agreement|deal|ceasefire|truce|plan)\b"
)
# A round that ends: 'talks in Cairo end without a deal' closes, it does not open.
ENDING = re.compile(
    r"\s*(?:[\w,']+\s+){0,4}?(?:end|ends|ended|concluded|concludes|collapsed|stalled|broke up|"
    r"broke down|fell apart|faltered|without)\b"
)
EXPIRY = re.compile(
    r"\s*(?:[\w']+\s+){0,4}?(?:expired|expires|ended|ends|lapsed|lapses|ran out|runs out)\b"
)
PROPOSED_TO = re.compile(
    r"\b(?:proposals?|plans?|offers?|bid|push|efforts?|calls?|idea)\s+(?:[\w']+\s+){0,4}?to\s+$"
)
MILITARY_PLAN = re.compile(
    r"\s*(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(?:plans?\s+for\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:\w+\s+){0,2}?)?(?:military|ground|army)\s+(?:operation|offensive|invasion|incursion|assault)"
)
# A condition with a deadline before the verb: 'if ... were not returned by Saturday, he would'.
ULTIMATUM = re.compile(
    r"\bif\b[^.]{0,160}?\b(?:not|n't)\b[^.]{0,120}?\b(?:would|will)\s+(?:\w+\s+)?$"
)
VENUE_PREPOSITIONS = frozenset({"in", "at", "to", "into", "for"})
NOT_VENUES = frozenset({"gaza", "rafah", "khan_younis", "west_bank", "region", "sinai"})


class RuleBook:
    """The catalog's trigger rules, compiled from the lexicon."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        w = registry.lexicon["words"]
        self.defaults = registry.lexicon["defaults"]
        deleg = alt(w["delegation_nouns"])
        talks = alt(w["talks_nouns"])
        prop = alt(w["proposal_nouns"])
        counter = alt(w["counterproposal_nouns"])
        demand = alt(w["demand_nouns"])
        cease = alt(w["ceasefire_nouns"])
        hostages = alt(w["hostage_nouns"])
        prisoners = alt(w["prisoner_nouns"])
        demand_issues = [
            word
            for issue, words in registry.lexicon["issues"].items()
            if issue not in ("humanitarian_aid", "rafah_offensive")
            for word in words
        ]
        self.issue_words = re.compile(r"(?<![a-z])(?:" + "|".join(demand_issues) + r")(?![a-z])")
        self.speech = re.compile(r"\b" + alt(w["speech_verbs"]) + r"\b")
        self.demand_obj = re.compile(r"\b" + demand + r"\b")
        # After an actor's name, the nouns that make it people who travel ('Hamas's delegation').
        self.traveller_noun = re.compile(
            r"\s*(?:'s?\s+)?(?:\w+\s+)?(?:delegations?|team|negotiators|envoys?|emissar(?:y|ies)|"
            r"delegates|officials?|mediators|representatives|chiefs?|minister|leaders?)\b"
        )
        self.counter_obj = re.compile(r"\b" + counter + r"\b")
        self.assessments = {
            k: re.compile(r"(?<![a-z])" + alt(v) + r"(?![a-z])")
            for k, v in registry.lexicon["assessment"].items()
        }
        self.topic = re.compile(
            r"talks|negotiat|deal|agreement|cease ?fire|truce|discussions|proposal|plan\b|"
            r"repl(?:y|ies)|response|counter ?proposal|offer|demands|terms|gaps|differences|ball is|"
            r"mediat|meeting|\bprocess\b|hostage|captive|prisoner|exchange|understandings|\bpause\b|"
            r"war is over|end(?:ing)? (?:of |to )?the war|fighting|hostilities|first phase"
        )
        self.evaluative = re.compile(
            r"(?<![a-z])" + alt(registry.lexicon["statement"]["evaluative"]) + r"(?![a-z])"
        )
        c = re.compile
        self.rules: list[Rule] = [
            # Delegations
            Rule(
                "arrival.verb",
                "DelegationArrived",
                c(
                    r"\b(?:arrived|arrives|arrive|arriving|landed|lands|land|landing|touched down|"
                    r"touches down|touch down|flew into|flies into|fly into|flown into|flew in|flown in)\b"
                ),
                self._arrival,
            ),
            Rule(
                "arrival.visit",
                "DelegationArrived",
                c(
                    r"\b(?:visited|visits|visiting|(?:made|makes|paid|pays|began|begins|on|for) "
                    r"(?:an?|his|her|their|its) (?:\w+ ){0,3}?visit to|travell?ed to|travels to|"
                    r"travel to|travell?ing to|flew to|flies to|fly to|flying to|flown to|headed to|"
                    r"heads to|head to|heading to|arrival in|(?:made|makes|make|on) (?:an?|his|her|their|"
                    r"its) (?:\w+ ){0,2}?(?:trip|tour|journey) to|on (?:his|her|their|its|the) way to|"
                    r"en route to|(?:to|will|would|'ll|and|also) visit|shuttled between|shuttles between|"
                    r"shuttling between)\b"
                ),
                self._arrival,
            ),
            Rule(
                "arrival.expected",
                "DelegationArrived",
                c(
                    r"\b(?:is|are|was|were|be)\s+(?:expected|due|scheduled|set)\s+"
                    r"(?:to (?:arrive|travel|fly|head|return|be) )?(?:in|at)\b"
                ),
                self._arrival,
            ),
            Rule(
                "arrival.presence",
                "DelegationArrived",
                c(
                    r"\b(?:was|is|were|are|will be|has been|had been|have been|remained|remains|"
                    r"stayed|stays)\s+(?:also\s+|already\s+|still\s+|now\s+|back\s+)?(?:in|at)\s+"
                ),
                self._presence,
            ),
            Rule(
                "arrival.join",
                "DelegationArrived",
                c(
                    r"\b(?:join|joined|joins|joining)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                    r"(?:talks|negotiations|discussions|negotiating sessions?|consultations)\b"
                ),
                self._join,
            ),
            Rule(
                "delegation.depart",
                "DelegationSent",
                c(
                    r"\b(?:left|leaves|leave|leaving|departed|departs|depart|departing|set off|"
                    r"sets off|set out|sets out|headed|heads|head|heading)\s+for\b"
                ),
                self._depart,
            ),
            Rule(
                "delegation.send",
                "DelegationSent",
                c(
                    r"\b(?:sent|sends|send|sending|dispatched|dispatches|dispatch|dispatching)\s+"
                    rf"(?:(?:a|an|its|their|his|her|the|two|three|several|new)\s+)?(?:\w+\s+){{0,3}}?{deleg}\b"
                ),
                self._sent,
            ),
            Rule(
                "delegation.lead",
                "DelegationSent",
                c(
                    r"\b(?:(?:is|was|will be|are|were)\s+(?:leading|heading)|(?:will|would|to)\s+(?:lead|head))"
                    r"\s+(?:the|a|an|its|their|his|her|[\w]+'s?)\s+(?:\w+\s+){0,3}?(?:delegation|team|mission)\b"
                ),
                self._sent,
            ),
            Rule(
                "delegation.authorise",
                "DelegationSent",
                c(
                    r"\b(?:authori[sz]ed|authori[sz]es|authori[sz]ing|ordered|orders|instructed|instructs|"
                    r"tasked|directed|directs|approved|approves|allowed|permitted)\s+(?:a|an|the|its|his|their|"
                    r"israel's|\w+'s?)\s+(?:\w+\s+){0,3}?(?:delegation|team|negotiators|envoys?|mission)"
                    r"(?:\s+of\s+negotiators)?\s+to\s+(?:travel|go|head|fly|leave|depart|proceed|continue|"
                    r"resume|return)\b"
                ),
                self._authorised,
            ),
            Rule(
                "delegation.recall",
                "DelegationRecalled",
                c(
                    r"\b(?:recalled|recalls|recall|recalling|withdrew|withdraws|pulled|pulls|called back|"
                    r"ordered home|ordered back)\s+(?:its |the |their |his )?(?:\w+ ){0,2}?"
                    r"(?:delegations?|negotiators|negotiating teams?|teams?|envoys?)\b|"
                    r"\b(?:brought|brings|bring|bringing|sent|sends|ordered|orders|called|calls)\s+"
                    r"(?:its |the |their |his )?(?:\w+ ){0,2}?(?:delegation|negotiators|negotiating team|"
                    r"team|envoys?)\s+(?:back\s+)?(?:home|back)\b|"
                    r"\b(?:delegation|negotiators|negotiating team|team|envoys?|delegates)\s+(?:\w+\s+){0,3}?"
                    r"(?:returned|return|returns|flew back|came back|headed back|went back|"
                    r"(?:was|were|has been|have been) (?:recalled|withdrawn|pulled out|called back))\s+"
                    r"(?:home|to israel|for consultations)\b"
                ),
                self._recall,
            ),
            # Talks
            Rule(
                "talks.verb",
                "TalksOpened",
                c(
                    r"\b(?:held|hold|holds|holding|began|begin|begins|started|opened|resumed|resume|"
                    r"resumes|launched|convened|convene|kicked off|inaugurated)\s+(?:\w+\s+){0,4}?"
                    r"(?:talks|negotiations|meetings?|round|discussions|consultations|summit)\b"
                ),
                self._talks,
            ),
            Rule(
                "talks.noun",
                "TalksOpened",
                c(
                    rf"\b{talks}(?:,)?\s+(?:[\w',]+\s+){{0,6}}?(?:began|begin|begins|started|opened|resumed|resume|"
                    r"resumes|got under way|(?:are|were|is|was) under way|underway|kicked off|entered|"
                    r"enter|enters|(?:are|is|was|were) taking place|took place|(?:were|was|are|is) "
                    r"(?:being )?held|will (?:begin|resume|start|take place|be held|open)|"
                    r"(?:set|due|expected|scheduled) to (?:begin|resume|start|open|take place))\b"
                ),
                self._talks,
            ),
            Rule(
                "talks.duration",
                "TalksOpened",
                c(
                    rf"\b(?:{NUM_WORDS})\s+(?:straight\s+|consecutive\s+|full\s+|more\s+)?days?\s+of\s+"
                    r"(?:\w+\s+){0,2}?(?:talks|negotiations|discussions|meetings|consultations)\b"
                ),
                self._talks_duration,
            ),
            Rule(
                "talks.reconvene",
                "TalksOpened",
                c(
                    r"\b(?:reconvene|reconvened|reconvenes|reconvening|meet again|met again|"
                    r"(?:return|returned|returns|returning|go back|went back) to (?:the )?(?:negotiating table|"
                    r"talks|negotiations))\b"
                ),
                self._talks,
            ),
            Rule(
                "talks.host",
                "TalksOpened",
                c(
                    r"\b(?:host|hosts|hosted|hosting)\s+(?:the\s+|a\s+|an\s+)?(?:[\w']+\s+){0,4}?"
                    r"(?:talks|negotiations|delegations|meeting|summit|round)\b"
                ),
                self._host_talks,
            ),
            Rule(
                "talks.meet",
                "TalksOpened",
                c(r"\b(?:met|meet|meets|meeting|joined|joins)\s+(?:with\s+)?"),
                self._meeting,
            ),
            Rule(
                "arrival.meet",
                "DelegationArrived",
                c(r"\bmet\s+(?:with\s+)?"),
                self._visitors,
            ),
            Rule(
                "talks.in",
                "TalksOpened",
                c(
                    r"\b(?:talks|negotiations|round of talks|round of negotiations|meeting|summit)\s+"
                    r"(?:in|at)\s+(?:the\s+)?"
                ),
                self._talks_in,
            ),
            Rule(
                "talks.between",
                "TalksOpened",
                c(r"\b(?:talks|negotiations|meetings?|discussions)\s+between\b"),
                self._talks_between,
            ),
            Rule(
                "talks.attend",
                "TalksOpened",
                c(
                    r"\b(?:attend|attended|attends|attending|participat(?:e|ed|es|ing) in|"
                    r"(?:take|took|taking|takes) part in)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                    r"(?:talks|negotiations|meetings?|summit|round)\b"
                ),
                self._talks,
            ),
            Rule(
                "talks.end",
                "TalksConcluded",
                c(
                    r"\b(?:talks|negotiations|round|meeting|discussions|deal|summit),?\s+(?:[\w,]+\s+){0,5}?"
                    r"(?:ended|ends|end|concluded|concludes|wrapped up|broke up|broke off|collapsed|adjourned|"
                    r"stalled|faltered|broke down|fell apart|fizzled)\b(?! (?:up|to|with (?:a|an) (?:deal|agreement)))|"
                    r"\b(?:concluded|ended|wrapped up)\s+(?:the\s+|their\s+|a\s+)?(?:\w+\s+)?"
                    r"(?:talks|negotiations|round|meeting)\b"
                ),
                self._concluded,
            ),
            Rule(
                "talks.leave",
                "TalksConcluded",
                c(
                    r"\b(?:left|leaves|leave|leaving|departed|departs|depart|departing|quit|quits)\s+"
                    r"(?=cairo|doha|sharm|paris|tel aviv|jerusalem|istanbul|ankara|rome|abu dhabi|the talks\b)"
                ),
                self._left,
            ),
            # Proposals
            Rule(
                "proposal.truce",
                "ProposalMade",
                c(
                    r"\b(?:proposed|proposes|propose|proposing|suggested|suggests|floated|floats|put forward|"
                    r"puts forward|offered|offers|set out|sets out|laid out|lays out|spelled out|spells out)\s+"
                    r"(?:a|an|the|his|her|its|their)\s+(?:[\w']+\s+){0,3}?(?:truce|ceasefire|cease fire|pause|"
                    r"deal|exchange|swap|terms|conditions|halt|vision)\b"
                ),
                self._proposal,
                action=False,
            ),
            Rule(
                "proposal.verb",
                "ProposalMade",
                c(
                    r"\b(?:proposed|proposes|propose|proposing|put forward|puts forward|putting forward|"
                    r"presented|presents|present|presenting|submitted|submits|submit|submitting|offered|"
                    r"offers|offering|unveiled|unveils|unveiling|tabled|tabling|drafted|floated|floating|"
                    r"outlined|delivered|handed|discuss|discussed|sent)\b"
                    rf"{GAP}\b(?:a|an|the|its|their|his|her|new)\s+(?:[\w\"']+\s+){{0,3}}?\"?{prop}\b"
                ),
                self._proposal,
            ),
            Rule(
                "counterproposal.verb",
                "CounterproposalMade",
                c(
                    r"\b(?:submitted|submits|presented|presents|sent|delivered|handed|put forward|"
                    r"responded|responds|replied|offered|made)\b"
                    rf"{GAP}\b{counter}\b"
                ),
                self._counter,
            ),
            Rule(
                "proposal.offer_to",
                "CounterproposalMade",
                c(
                    r"\b(?:offered|offers|offering|(?:was|is|were|are|remains?|remained) (?:prepared|ready|"
                    r"willing))\s+to\s+(?:free|release|hand over|return|exchange|swap)\b"
                ),
                self._offer_to,
                action=False,
            ),
            Rule(
                "proposal.agree_to",
                "ProposalAccepted",
                c(
                    r"\b(?:agreed|agrees|agree|consented|consents)\s+to\s+(?:release|free|hand over|withdraw|"
                    r"exchange|disarm|lay down|give up|cede|return|stop|halt|end|let|allow)\b"
                ),
                self._accept,
                action=False,
            ),
            Rule(
                "proposal.implement",
                "ProposalAccepted",
                c(
                    r"\b(?:preparing|prepared|prepares|ready|moving|moved)\s+(?:for|to)\s+(?:the\s+)?"
                    r"(?:immediate\s+)?implement(?:ation|ing)?\b"
                ),
                self._accept,
                action=False,
            ),
            Rule(
                "proposal.accept",
                "ProposalAccepted",
                c(
                    r"\b(?:accepted|accepts|accept|accepting|agreed to|agrees to|agree to|approved|approves|"
                    r"approve|approving|endorsed|endorses|endorse|signed off on|signs off on|embraced|embraces|"
                    r"backed|backs|ratified|ratifies|signed on to|signs on to|said yes to|welcomed|welcomes|"
                    r"responded positively to|(?:gave|gives|give) (?:its|their|his|her|the) (?:final )?"
                    r"(?:approval|green light|blessing|consent) (?:to|for))\b"
                    rf"{GAP}\b(?:{prop}|deal|agreement|ceasefire|cease fire|truce)\b"
                ),
                self._accept,
            ),
            Rule(
                "proposal.reject",
                "ProposalRejected",
                c(
                    r"\b(?:rejected|rejects|reject|rejecting|dismissed|dismisses|turned down|turns down|"
                    r"rebuffed|rebuffs|refused|refuses|spurned|denounced|ruled out|rules out|ruling out|"
                    r"balked at|balks at|vetoed|vetoes|said no to|says no to)\b"
                ),
                self._reject,
                negatable=True,
            ),
            Rule(
                "proposal.unmet",
                "ProposalRejected",
                c(
                    r"(?:\b(?:did not|does not|do not|didn't|doesn't|don't|would not|will not|won't|failed to|"
                    r"fails to)\s+(?:\w+\s+)?(?:meet|satisfy|address|fulfil|fulfill|answer)\s+|"
                    r"\b(?:fell|falls|fall) short of\s+)(?:[\w']+\s+){0,3}?"
                    r"(?:demands|conditions|requirements|red lines|needs|goals|expectations)\b"
                ),
                self._unmet,
                action=False,
                negatable=False,
            ),
            Rule(
                "proposal.unacceptable",
                "ProposalRejected",
                c(
                    r"\b(?:could not|cannot|can't|can not|couldn't|would not|wouldn't|will not|won't)\s+"
                    r"(?:\w+\s+)?(?:accept|agree to|live with|approve|sign)\b|\bunacceptable\b|"
                    r"\b(?:is|was|are|were) not (?:committed|bound) (?:to|by)\b|"
                    r"\b(?:a )?non starter\b|\bdead on arrival\b"
                ),
                self._unacceptable,
                action=False,
                negatable=False,
            ),
            Rule(
                "proposal.reject_noun",
                "ProposalRejected",
                c(r"'s?\s+(?:\w+\s+)?(?:rejection|dismissal|refusal)\s+of\b"),
                self._reject_noun,
            ),
            # Positions
            Rule(
                "demand.verb",
                "DemandStated",
                c(
                    r"\b(?:demanded|demands|demand|demanding|insisted|insists|insist|insisting|"
                    r"stipulated|stipulates|wants|wanted|vowed|vows|(?:is|are|was|were) seeking|seeks|"
                    r"(?:is|are|was|were|has been|have been|remains?|remained) adamant|"
                    r"(?:is|are) (?:holding|standing) firm|held firm|holds firm|"
                    r"(?:is|are|was|were|remains?|remained) determined to achieve)\b"
                ),
                self._demand,
                action=False,
            ),
            Rule(
                "demand.priority",
                "DemandStated",
                c(
                    r"\b(?:(?:top |main |first |only )?priority (?:is|was|remains)|priorities (?:are|were|include)|"
                    r"(?:amendments|changes|response|reply|terms|conditions) (?:included|include|includes|"
                    r"called for|calls for|sought|seek)|on the basis of|(?:insisted|insists|insisting) that)\b"
                ),
                self._demand_issue,
                action=False,
            ),
            Rule(
                "demand.firm",
                "DemandStated",
                c(
                    r"\b(?:will not|won't|would not|not|never) (?:back down|budge|give up|drop|abandon|"
                    r"compromise on|bow to)\b|\b(?:refuses|refused|refusing) to (?:budge|back down)\b|"
                    r"\b(?:sticks|stuck|sticking|stick|adheres|adhered|clings|clung|holds|held) (?:firmly )?to "
                    r"(?:its|their|his|her|our) (?:\w+ )?(?:position|demands|conditions|stance)\b|"
                    r"\b(?:won't|will not|would not|does not|doesn't|did not|didn't) (?:\w+ )?change "
                    r"(?:our|its|their|his|her) (?:\w+ )?(?:demands|position|conditions|stance)\b|"
                    r"\b(?:will|would) resume (?:its |their |the )?(?:mediation|mediating|efforts|role)\b"
                    r"(?=[^.;]{0,40}\b(?:when|once|if|after)\b)"
                ),
                self._demand,
                action=False,
                negatable=False,
            ),
            Rule(
                "demand.condition",
                "DemandStated",
                c(
                    r"\b(?:will not|won't|would not|wouldn't|cannot|can't|will|would|refuses? to|refused to|"
                    r"(?:is|are|was|were) (?:un)?willing to|(?:is|are|was|were) (?:ready|prepared) to|"
                    r"(?:ordered|orders|instructed|instructs|told|directed) (?:the |its |his )?(?:\w+ ){0,2}?to "
                    r"(?:keep|continue|press on|carry on)|keeps|kept|keeping|keep)\b"
                    r"[^.;]{0,140}?\b(?:unless|until|without|as long as|once|only if|provided)\b"
                ),
                self._demand,
                action=False,
                negatable=False,
            ),
            Rule(
                "demand.only",
                "DemandStated",
                c(
                    r"\b(?:would|will|can) only (?:end|be|come|agree|accept|happen)\b|\bonly (?:end|ends) with\b"
                ),
                self._demand,
                action=False,
                negatable=False,
            ),
            Rule(
                "demand.must",
                "DemandStated",
                c(
                    r"\b(?:must|has to|have to|needs to|need to|needed to|had to)\s+(?:be\s+)?(?:\w+\s+)?"
                    r"(?:include|be based|based|guarantee|end|ensure|stop|withdraw|release|allow|begin with|work|"
                    r"respect|abide|commit|engage|seize|accept|"
                    r"start with|lead to|provide for|discussed|negotiated|addressed|resolved|respected|"
                    r"guaranteed|implemented|halted|stopped|lifted|opened|withdrawn|released)\b|"
                    r"\b(?:any|a)\s+(?:\w+\s+)?(?:deal|proposal|agreement|plan|offer)\s+(?:that is\s+)?"
                    r"(?:based on|that (?:ensures|guarantees|includes|leads to|ends)|which (?:ensures|"
                    r"guarantees|includes|leads to|ends))\b"
                ),
                self._demand_must,
                action=False,
                negatable=False,
            ),
            Rule(
                "threat.verb",
                "ThreatIssued",
                c(
                    r"\b(?:threatened|threatens|threaten|threatening) (?:to|that|with)\b|"
                    r"\b(?:will|would) not (?:tolerate|allow)\b|\bwon't (?:tolerate|allow)\b"
                ),
                self._threat,
                action=False,
                negatable=False,
            ),
            Rule(
                "threat.government",
                "ThreatIssued",
                c(
                    r"\b(?:quit|leave|resign from|bring down|topple|dissolve|collapse|break up|walk out of|"
                    r"pull out of|bolt from)\s+(?:the|his|her|its|their)\s+(?:\w+\s+)?(?:government|"
                    r"coalition|cabinet)\b|\b(?:would|will|'d) not (?:be part of|remain in|stay in|sit in)\s+"
                    r"(?:a|the|any)\s+(?:\w+\s+)?(?:government|coalition|cabinet)\b|\bdissolution of the "
                    r"(?:government|coalition)\b"
                ),
                self._threat_government,
                action=False,
                negatable=False,
            ),
            Rule(
                "threat.force",
                "ThreatIssued",
                c(
                    r"\b(?:vowed|vows|vow|pledged|pledges|promised|promises|threatened|threatens)\s+to\s+"
                    r"(?:retaliate|respond|avenge|punish|hit back|strike back|crush|destroy)\b|"
                    r"\b(?:will|would|'ll)\s+(?!not\b|never\b)(?:\w+\s+)?(?:resume|return to|be back in|go back to|renew)\s+"
                    r"(?:the\s+)?(?:fighting|combat|war|strikes|offensive|attacks|military operations)\b|"
                    r"\bwith (?:greater|even greater|full|increasing|more|overwhelming) (?:military )?"
                    r"(?:force|strength|intensity)\b|\b(?:respond|retaliate) (?:forcefully|strongly|harshly)\b"
                ),
                self._threat,
                action=False,
                negatable=False,
            ),
            Rule(
                "threat.warn",
                "ThreatIssued",
                c(r"\b(?:warned|warns|warn|warning|cautioned|cautions)\b(?![^.;]{0,6}\bagainst\b)"),
                self._warn,
                action=False,
            ),
            Rule(
                "threat.consequence",
                "ThreatIssued",
                c(
                    r"\b(?:would|could|will)\s+(?:\w+\s+)?(?:violate|inflame|destabili[sz]e|ignite|"
                    r"jeopardi[sz]e|endanger|undermine|have (?:catastrophic|dire|grave|serious|disastrous))\b"
                ),
                self._consequence,
                action=False,
            ),
            Rule(
                "threat.if",
                "ThreatIssued",
                c(
                    r"\bif\b[^.;]{3,100}?,\s*(?:[\w']+\s+){0,3}?(?:will|would|'ll|shall)\s+"
                    r"(?:not\s+|no longer\s+|never\s+)?(?:\w+\s+)?"
                    + HARM
                    + r"\b|\b(?:will|would|'ll)\s+(?:not\s+|no longer\s+)?(?:\w+\s+)?"
                    + HARM
                    + r"\b(?=[^.;]{0,80}?\b(?:if|should)\s+(?:israel|hamas|they|it|he|the|any|troops|"
                    r"forces|iran|hezbollah|soldiers)\b)|"
                    r"\b(?:given|issued|received|gave|issue)\s+(?:new\s+|fresh\s+|clear\s+)?"
                    r"(?:instructions|orders)\b(?=[^.;]{0,60}?\bif\b)"
                ),
                self._threat_if,
                action=False,
                negatable=False,
            ),
            Rule(
                "threat.phrase",
                "ThreatIssued",
                c(
                    r"\breserves? the right to (?:respond|retaliate|defend|act|take)\b|"
                    r"\bfingers? (?:will )?(?:remain|remains|are|is|stay|stays) on the trigger\b|"
                    r"\blong arm\b|\b(?:last|final) warning\b|"
                    r"\b(?:will|would|'ll) pay (?:a|the) (?:heavy |high |steep )?price\b|"
                    r"\ball hell (?:will|would) (?:break|be)\b|"
                    r"\b(?:will|would|'ll) (?:be held|hold \w+) (?:accountable|responsible)\b"
                ),
                self._threat_if,
                action=False,
                negatable=False,
            ),
            Rule(
                "appeal.verb",
                "AppealMade",
                c(
                    r"\b(?:urged|urges|urge|urging|called on|calls on|call on|calling on|called upon|"
                    r"appealed to|appeals to|pressed|presses|pressing|pressured|pressuring|encouraged|"
                    r"encourages|encouraging|implored|exhorted|asked|asks|pushed|pushing|pushes)\b"
                    r"(?=[^.;]{0,80}?\bto\b|\s+that\s)"
                ),
                self._appeal,
                action=False,
            ),
            Rule(
                "appeal.should",
                "AppealMade",
                c(
                    r"\b(?:should|ought to|had better)\s+(?:\w+\s+)?(?:accept|agree|approve|sign|take|seize|"
                    r"release|return|stop|end|halt|allow|withdraw|engage|respond|move|come back|show)\b"
                ),
                self._appeal_should,
                action=False,
            ),
            Rule(
                "appeal.get",
                "AppealMade",
                c(
                    r"\b(?:trying|tried|try|tries|working|worked|seeking|sought)\s+to\s+"
                    r"(?:get|persuade|convince|push|press|pressure|bring)\b"
                ),
                self._appeal,
                action=False,
            ),
            Rule(
                "appeal.call_for",
                "AppealMade",
                c(
                    r"\b(?:called|calls|call|calling|appealed|appeals|pushed|pushing|pressed|pressing)\s+for\b"
                ),
                self._appeal,
                action=False,
            ),
            Rule(
                "statement.assessment",
                "StatementIssued",
                c(r"\b" + alt(w["speech_verbs"] + w["statement_verbs"]) + r"\b"),
                self._statement,
                action=False,
            ),
            # Outcomes
            Rule(
                "ceasefire.agree",
                "CeasefireAgreed",
                c(
                    r"\b(?:agreed|agree|agrees|reached|reaches|struck|strikes|announced|announces|signed|"
                    r"sealed|clinched|brokered|approved)\s+(?:to |on |upon )?(?:a |an |the )?(?:\w+ ){0,3}?"
                    rf"{cease}\b|\b{cease}\s+(?:\w+\s+){{0,3}}?(?:was|has been|had been|were|is)\s+"
                    r"(?:agreed|reached|announced|signed|struck|sealed|brokered|approved)\b"
                ),
                self._ceasefire,
            ),
            Rule(
                "ceasefire.effect",
                "CeasefireAgreed",
                c(
                    rf"\b{cease}(?:,[^,.;]{{2,100}},)?\s+(?:\w+\s+){{0,5}}?(?:(?:took|takes|take|taking) "
                    r"(?:effect|hold)|(?:went|goes|go|going|came|comes|come|coming|entered|enters|enter) "
                    r"into (?:effect|force)|came into effect|comes into effect|come into effect|"
                    r"(?:began|begins|begin|started|starts|start|kicked in|kicks in|kick in)(?! to\b)|"
                    r"(?:is|was) (?:now )?in (?:effect|force|place))\b"
                ),
                self._ceasefire,
            ),
            Rule(
                "ceasefire.dated",
                "CeasefireAgreed",
                c(rf"\b(?:earlier|previous|last|first|successful|\w+ (?:day|week))?\s*{cease}\b"),
                self._ceasefire_dated,
            ),
            Rule(
                "truce.extend",
                "TruceExtended",
                c(r"\b(?:extended|extends|extend|prolonged|prolongs|extension of)\b"),
                self._extended,
            ),
            Rule(
                "ceasefire.end",
                "CeasefireCollapsed",
                c(
                    r"\b(?:ending|ended|ends|end|shattering|shattered|shatters|shatter|breaking|broke|"
                    r"scuttling|scuttled|scuttles|torpedoing|torpedoed|wrecking|wrecked|collapsing)\s+"
                    rf"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w]+\s+){{0,3}}?{cease}\b"
                ),
                self._ended,
            ),
            Rule(
                "ceasefire.collapse",
                "CeasefireCollapsed",
                c(
                    rf"\b{cease}\s+(?:\w+\s+){{0,3}}?(?:collapsed|collapses|ended|ends|broke down|expired|"
                    r"expires|fell apart|unravell?ed|was shattered)\b|\bresum(?:ed|es|ing)\s+(?:its |the |"
                    r"military |air |heavy |full )*(?:strikes|fighting|bombardment|offensive|operations|"
                    r"attacks|hostilities|war|airstrikes|bombing)\b|\b(?:fighting|hostilities|war|strikes|"
                    r"bombardment) (?:resumed|resumes)\b|\b(?:fighting|hostilities|war|strikes|bombardment|"
                    r"offensive)\s+(?:would|will|could)\s+(?:\w+\s+)?resume\b"
                ),
                self._collapsed,
            ),
            Rule(
                "hostages.release",
                "HostagesReleased",
                c(
                    r"\b(?:released|releases|release|releasing|freed|frees|free|freeing|handed over|hands over|"
                    r"hand over|set free|sets free|rescued|rescues|rescue|returned|returns|return)\s+(?!of\b)"
                    rf"(?:[\w,]+\s+){{0,4}}?{hostages}\b"
                ),
                self._hostages,
            ),
            Rule(
                "hostages.named",
                "HostagesReleased",
                c(
                    r"\b(?:were|have been|had been)\s+(?:\w+\s+)?(?:released|freed|set free|"
                    r"handed over)\b"
                ),
                self._named_hostages,
            ),
            Rule(
                "hostages.passive",
                "HostagesReleased",
                c(
                    rf"\b{hostages}\s+(?:[\w,]+\s+){{0,4}}?(?:[\w,'-]+\s+){{0,4}}?(?:were|was|have been|had been|are being|will be|"
                    r"are to be|would be|to be)\s+(?:\w+\s+)?(?:released|freed|rescued|handed over|returned|set free)\b"
                ),
                self._hostages,
            ),
            Rule(
                "hostages.nominal",
                "HostagesReleased",
                c(
                    r"\b(?:resulted in|led to|saw|included|brought about|followed|completed|carried out|"
                    r"marked|began with)\s+(?:the\s+)?(?:release|freeing|return|handover) of\s+"
                    rf"(?:[\w,]+\s+){{0,3}}?{hostages}\b"
                ),
                self._hostages,
            ),
            Rule(
                "hostages.red_cross",
                "HostagesReleased",
                c(
                    r"\b(?:handed|transferred|delivered|turned)\s+(?:over\s+)?to\s+(?:the\s+)?"
                    r"(?:international committee of the\s+)?red cross\b"
                ),
                self._red_cross,
            ),
            Rule(
                "hostages.see",
                "HostagesReleased",
                c(
                    r"\b(?:see|sees|saw|seen|include|includes|included|involve|involves|involved)\s+"
                    rf"(?:the\s+)?(?:[\w,]+\s+){{0,3}}?{hostages}\s+(?:[\w,]+\s+){{0,2}}?"
                    r"(?:released|freed|returned|handed over)\b"
                ),
                self._hostages_seen,
            ),
            Rule(
                "prisoners.release",
                "PrisonersReleased",
                c(
                    r"\b(?:released|releases|release|releasing|freed|frees|free|freeing|set free)\s+(?!of\b)"
                    rf"(?:[\w,]+\s+){{0,4}}?{prisoners}\b|\b{prisoners}\s+(?:[\w,]+\s+){{0,4}}?"
                    r"(?:were|was|have been|had been|are being|will be|are to be)\s+(?:\w+\s+)?"
                    r"(?:released|freed|set free)\b"
                ),
                self._prisoners,
            ),
            Rule(
                "prisoners.exchange",
                "PrisonersReleased",
                c(
                    rf"\bin (?:exchange|return) for\s+(?:the\s+)?(?:release of\s+)?(?:[\w,]+\s+){{0,3}}?{prisoners}\b"
                ),
                self._prisoners_exchange,
            ),
        ]
        subject_first = (
            "arrival.",
            "delegation.",
            "proposal.",
            "counterproposal.",
            "demand.",
            "threat.",
            "appeal.",
            "statement.",
        )
        self.rules = [
            Rule(
                r.id,
                r.type,
                r.pattern,
                r.build,
                r.action,
                r.negatable,
                r.id.startswith(subject_first),
                r.id.startswith(("ceasefire.", "truce.", "hostages.", "prisoners.", "talks.end")),
            )
            for r in self.rules
        ]

    # ------------------------------------------------------------------ helpers

    def _venue(self, ctx: SentenceContext, after: int = 0) -> str | None:
        ordered = sorted(ctx.places, key=lambda p: (p.start < after, abs(p.start - after)))
        for p in ordered:
            if p.preposition in VENUE_PREPOSITIONS and p.place not in NOT_VENUES:
                return p.place
        return None

    def _named_venue(self, ctx: SentenceContext, m: re.Match[str]) -> str | None:
        """'opened the Cairo Summit for Peace': the place the meeting is named after."""
        for p in ctx.places:
            if m.start() <= p.start and p.end <= m.end() and SUMMIT_AFTER.match(ctx.folded, p.end):
                return p.place if p.place not in NOT_VENUES else None
        return None

    def _host(self, place: str | None) -> str | None:
        if place is None:
            return None
        known = self.registry.places.get(place)
        state = known.state if known else ""
        return state if state in self.registry.actors else None

    def _stative(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        word = m.group(0).split()[0]
        if STATIVE_VERB.search(ctx.folded, max(0, m.start() - 30), m.start()):
            return True
        if word.endswith("s") and not word.endswith("ss"):
            return True
        return bool(re.match(r"(?:has|have|is|are|remains?)\b", m.group(0)))

    def _quantity(self, text: str) -> int | None:
        m = re.search(r"\b(\d[\d,]*)\b", text)
        if m:
            return int(m.group(1).replace(",", ""))
        for word in text.split():
            if word in NUMBERS and word not in ("a", "an", "several", "few"):
                return NUMBERS[word]
        return None

    # ------------------------------------------------------------------ builders

    def _arrival(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if SENT_TO.search(ctx.folded, max(0, m.start() - 80), m.start()):
            return None  # 'authorized a delegation to travel to Qatar': sent, not arrived
        subject = ctx.reader.subject(m.start())
        if m.group(0) == "visiting" and re.search(
            r"\bwith\s+$", ctx.folded[m.start() - 6 : m.start()]
        ):
            subject = ctx.reader.objects(m.end(), 40)[:1]  # 'with visiting President Tebboune'
        elif re.search(r"\b(?:before|after)\s+$", ctx.folded[max(0, m.start() - 8) : m.start()]):
            # 'Blinken met Sisi in Cairo before flying to Doha': the main clause's doer flies
            first = next((x for x in ctx.mentions if x.eligible), None)
            subject = ctx.reader._chain_forward(first) if first is not None else ()
        among = AMONG.search(ctx.folded, max(0, m.start() - 60), m.start())
        if among and not subject:
            subject = ctx.reader.subject(among.start())
        listed = self._listed(ctx, m.end())
        if listed and not any(s.kind in ("name", "short", "title") for s in subject):
            subject = listed  # 'delegations arrived ..., including X, Y and Z': each listed one
        led = self._led_by(ctx, m)
        destination = self._venue(ctx, m.end())
        if destination is None and m.group(0) in ("flew in", "flown in"):
            destination = ctx.venue_hint
        if "shuttl" in m.group(0):
            destination = next((p.place for p in ctx.places if p.start >= m.end()), None)
        if destination is None:
            # 'visited Egypt': a state as the destination.
            objs = ctx.reader.objects(m.end(), 30)
            destination = objs[0].actor if objs and "visit" in m.group(0) else None
        if destination is None and not re.search(r"\bfor\b", ctx.folded[m.end() : m.end() + 20]):
            return None
        leader = led or next(
            (s.actor for s in subject if s.kind in ("name", "short", "title")), None
        )
        others = [(led, "subject")] if led else []
        attributes = {"leader": leader, "destination": destination}
        if m.group(0) in ("travel to", "fly to", "head to") and SENDING.search(
            ctx.folded, max(0, m.start() - 60), m.start()
        ):
            attributes["__type"] = "DelegationSent"  # 'a delegation will travel to Qatar'
        return Draft(subject, others, attributes=attributes, location=destination)

    def _listed(self, ctx: SentenceContext, pos: int) -> tuple[Mention, ...]:
        """'..., including Witkoff and Kushner, Qatar's prime minister and Turkey's spy chief'."""
        inc = INCLUDING.match(ctx.folded, pos, pos + 80)
        if not inc:
            return ()
        end = ctx.folded.find(";", inc.end())
        end = len(ctx.folded) if end < 0 else end
        return tuple(
            x
            for x in ctx.mentions
            if inc.end() <= x.start < end
            and not (x.possessive and self.traveller_noun.match(ctx.folded, x.end))
            and not (x.possessive and x.kind not in ("title",))
        )

    def _led_by(self, ctx: SentenceContext, m: re.Match[str]) -> str | None:
        """'A Hamas delegation led by Khalil al-Hayya arrived': the leader is the named person."""
        start, _ = ctx.reader.clause_start(m.start())
        by = re.search(r"\b(?:led|headed) by\s+", ctx.folded[max(0, start - 60) : m.start()])
        if not by:
            return None
        base = max(0, start - 60) + by.end()
        person = next((x for x in ctx.mentions if 0 <= x.start - base < 40), None)
        return person.actor if person is not None else None

    def _authorised(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Netanyahu authorized a delegation to travel to Qatar': a delegation sent, the trip
        still expected; dated when it was decided."""
        subject = ctx.reader.subject(m.start())
        destination = self._venue(ctx, m.end())
        return Draft(
            subject,
            attributes={"leader": None, "destination": destination, "__modality": "expected"},
            location=destination,
            decided=True,
        )

    def _traveller(self, mentions: tuple[Mention, ...], folded: str) -> bool:
        """A person, or an organisation's delegation: who can be somewhere ('Israel was in' can't)."""
        for mention in mentions:
            actor = self.registry.actors.get(mention.actor)
            if mention.kind == "title" or (actor is not None and actor.kind == "person"):
                return True
            if self.traveller_noun.match(folded, mention.end) or re.search(
                r"\b(?:delegation|negotiators|team)\b", folded[mention.start : mention.end]
            ):
                return True
        return False

    def _presence(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Burns was in Cairo on Monday', 'a Hamas delegation is in Doha for talks'."""
        place = next((p for p in ctx.places if p.start == m.end()), None)
        if place is None or place.place in NOT_VENUES:
            return None
        return self._travel(ctx, m, place.place)

    def _join(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'X was expected to join the talks': the delegation comes to the round's venue."""
        return self._travel(ctx, m, self._venue(ctx, m.end()) or ctx.venue_hint)

    def _travel(
        self, ctx: SentenceContext, m: re.Match[str], destination: str | None
    ) -> Draft | None:
        """The subject of the trigger travels to a destination, led by its first named person."""
        subject = ctx.reader.subject(m.start())
        if not subject or not self._traveller(subject, ctx.folded):
            return None
        leader = next((x.actor for x in subject if x.kind in ("name", "short", "title")), None)
        return Draft(
            subject,
            attributes={"leader": leader, "destination": destination},
            location=destination,
        )

    def _depart(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Witkoff and Kushner left for Egypt': a delegation sets out for a place."""
        after = m.end()
        place = next((p for p in ctx.places if 0 <= p.start - after <= 6), None)
        if place is None or place.place in NOT_VENUES:
            return None
        return self._travel(ctx, m, place.place)

    def _sent(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        subject = ctx.reader.subject(m.start())
        tail = ctx.folded[m.end() : m.end() + 160]
        others: list[tuple[str, str]] = []
        leader = None
        led = re.search(r"\b(?:led|headed) by\b", tail)
        if led:
            for mention in ctx.reader.objects(m.end() + led.end(), 90):
                others.append((mention.actor, "subject"))
                leader = leader or mention.actor
        if m.group(0).startswith(("is", "was", "will", "are", "were")):
            leader = next((s.actor for s in subject if s.kind in ("name", "short", "title")), None)
        destination = self._venue(ctx, m.end())
        return Draft(
            subject,
            others,
            attributes={"leader": leader, "destination": destination},
            location=destination,
        )

    def _recall(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        subject = ctx.reader.subject(m.start())
        if not subject:
            # 'The Israeli negotiators returned home': whose negotiators they are.
            subject = tuple(
                x for x in ctx.mentions if x.start <= m.start() + 1 and m.start() - x.end <= 4
            )[-1:]
        return Draft(subject)

    def _talk_draft(
        self,
        ctx: SentenceContext,
        m: re.Match[str],
        subject: tuple[Mention, ...],
        others: list[tuple[str, str]],
    ) -> Draft | None:
        venue = self._venue(ctx, m.start()) or self._named_venue(ctx, m)
        mediators = self._mediators(ctx)
        known = set(self.defaults.get("mediators", ()))
        named = [s.actor for s in subject] + [a for a, _ in others]
        for actor_id in named:
            for actor in self.registry.affiliations(actor_id, ctx.published):
                if actor in known and actor not in mediators:
                    mediators.append(actor)
        for actor in mediators:
            others.append((actor, "mediator"))
        host = self._host(venue)
        defaults = (host,) if host else ()
        participants = tuple(
            dict.fromkeys([s.actor for s in subject] + [a for a, r in others if r != "mediator"])
        )
        return Draft(
            subject,
            others,
            defaults=defaults,
            location=venue,
            attributes={
                "venue": venue,
                "participants": participants,
                "mediators": tuple(mediators),
            },
            day_offset=nth_day_offset(ctx.folded),
        )

    def _mediators(self, ctx: SentenceContext) -> list[str]:
        out: list[str] = []
        for mention in ctx.mentions:
            near = ctx.folded[mention.end : mention.end + 40]
            before = ctx.folded[max(0, mention.start - 25) : mention.start]
            if re.match(r"\s*(?:(?:,|and)\s*\w+\s*)*mediat", near) or re.search(
                r"(?:mediated|brokered|hosted) by\s*(?:the\s*)?$", before
            ):
                out.append(mention.actor)
        return out

    def _talks(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        subject = ctx.reader.subject(m.start())
        others = [
            (o.actor, "participant")
            for o in ctx.reader.objects(m.end(), 50)
            if re.match(r"\s*with\b", ctx.folded[m.end() :])
        ]
        others += self._attendees(ctx, m.end())
        return self._talk_draft(ctx, m, subject, others)

    def _meeting(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if re.match(r"\s*by\b", ctx.folded[m.end() :]) or (
            re.search(
                r"\b(?:were|was|be|been|being)\s+(?:\w+\s+){0,6}?$",
                ctx.folded[max(0, m.start() - 60) : m.start()],
            )
            and re.search(r"\b(?:handed|released|freed|transferred)\b", ctx.folded[: m.start()])
        ):
            return None  # 'handed over to the Red Cross and met by soldiers': a reception, no talks
        subject = ctx.reader.subject(m.start())
        objects = ctx.reader.objects(m.end(), 70)
        if not re.search(
            r"\b(?:talks|negotiations|discussions|mediators?|meeting|ceasefire|cease fire|"
            r"truce|deal|hostages?)\b",
            ctx.folded,
        ) and not self._envoys_meet(ctx, m, subject, objects):
            return None
        if not subject and not objects:
            return None
        return self._talk_draft(ctx, m, subject, [(o.actor, "participant") for o in objects])

    def _envoys_meet(
        self,
        ctx: SentenceContext,
        m: re.Match[str],
        subject: tuple[Mention, ...],
        objects: tuple[Mention, ...],
    ) -> bool:
        """'Barnea met Burns and Al Thani in Warsaw': named officials of two sides at a venue."""
        if not m.group(0).startswith("met") or self._venue(ctx, m.end()) is None:
            return False
        people = [x for x in subject + objects if x.kind in ("name", "short", "title")]
        states = {
            a
            for x in people
            for a in self.registry.affiliations(x.actor, ctx.published)
            if a != x.actor
        }
        return bool(subject) and bool(objects) and len(people) >= 2 and len(states) >= 2

    def _visitors(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Witkoff and Kushner met Netanyahu in Jerusalem': those from abroad came to the venue."""
        venue = self._venue(ctx, m.end())
        host = self._host(venue)
        if venue is None or host is None:
            return None
        subject = ctx.reader.subject(m.start())
        people = [x for x in subject if x.kind in ("name", "short", "title")]
        if not people or self._meeting(ctx, m) is None:
            return None
        away = tuple(
            x for x in people if host not in self.registry.affiliations(x.actor, ctx.published)
        )
        if not away:
            return None
        return Draft(
            away,
            attributes={"leader": away[0].actor, "destination": venue},
            location=venue,
        )

    def _attendees(self, ctx: SentenceContext, pos: int) -> list[tuple[str, str]]:
        """'..., were attended by Burns, Barnea and ...', 'brought together X, Y and Z'."""
        by = ATTENDED.search(ctx.folded, pos, pos + 60)
        if not by:
            return []
        return [(o.actor, "participant") for o in ctx.reader.objects(by.end(), 60)]

    def _talks_duration(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'after three days of indirect negotiations in Cairo': the round opened days before."""
        n = re.match(r"\w+", m.group(0))
        if n is None:
            return None
        word = n.group(0)
        days = int(word) if word.isdigit() else NUMBERS.get(word, 0)
        if not 0 < days <= 30:
            return None
        draft = self._talk_draft(ctx, m, ctx.reader.subject(m.start()), [])
        if draft is not None:
            draft.looks_back = days
            draft.day_offset = 0
        return draft

    def _period_days(self, ctx: SentenceContext) -> int:
        p = PERIOD.search(ctx.folded)
        if not p:
            return 0
        n = p["n"] or "one"
        count = int(n) if n.isdigit() else NUMBERS.get(n, 1)
        return count * (7 if p["unit"] == "week" else 1)

    def _talks_in(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if re.search(
            r"\b(?:days?|weeks?)\s+of\s+(?:\w+\s+)?$",
            ctx.folded[max(0, m.start() - 30) : m.start()],
        ):
            return None  # 'three days of negotiations in Doha' is read by the duration rule
        if BACKGROUND_TALKS.search(ctx.folded, max(0, m.start() - 40), m.start()):
            return None  # 'after weeks of talks in Doha' looks back, no round opens
        place_end = next((p.end for p in ctx.places if p.start >= m.end()), m.end())
        if ENDING.match(ctx.folded, place_end):
            return None  # 'talks in Cairo end without a deal': the ending rule reads it
        if not any(
            p.start == m.end() or p.start - m.end() < 16 for p in ctx.places if p.start >= m.end()
        ):
            return None
        if self._venue(ctx, m.end()) is None:
            return None
        return self._talk_draft(
            ctx, m, ctx.reader.subject(m.start()), self._attendees(ctx, m.end())
        )

    def _talks_between(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        objects = ctx.reader.objects(m.end(), 80)
        if not objects:
            return None
        return self._talk_draft(ctx, m, (), [(o.actor, "participant") for o in objects])

    def _concluded(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if re.match(r"\s+(?:the|a|an|its|their|his|her|this|that)\s", ctx.folded[m.end() :]):
            return None  # 'the deal ended the war': something else ended, not the talks
        subject = ctx.reader.subject(m.start())
        outcome = self._outcome(ctx, m)
        venue = self._venue(ctx, m.start()) or ctx.venue_hint
        host = self._host(venue)
        # The round's parties when the sentence names none: the host and the war's parties.
        parties = tuple(self.defaults.get("ceasefire_parties", ()))
        return Draft(
            subject,
            defaults=((host,) if host else ()) + parties,
            location=venue,
            attributes={"outcome": outcome},
        )

    def _left(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The Hamas delegation left Cairo on Tuesday': the round there is over for them."""
        subject = ctx.reader.subject(m.start())
        if not subject or not self._traveller(subject, ctx.folded):
            return None
        place = next((p.place for p in ctx.places if 0 <= p.start - m.end() <= 2), None)
        return Draft(subject, location=place, attributes={"outcome": self._outcome(ctx, m)})

    def _outcome(self, ctx: SentenceContext, m: re.Match[str]) -> str:
        if re.search(r"collapsed|broke off|broke down|fell apart", m.group(0)):
            return "collapsed"
        if self.assessments["no_progress"].search(ctx.folded) or re.search(
            r"\bwithout (?:a |an |any )?(?:deal|agreement|breakthrough|results?)\b|stalled",
            ctx.folded,
        ):
            return "no_progress"
        if self.assessments["progress"].search(ctx.folded):
            return "progress"
        return "unknown"

    def _speaker(self, ctx: SentenceContext, pos: int) -> tuple[Mention, ...]:
        """The named speaker of the sentence: 'X said ...' or '"...," X said / said X'."""
        subject = ctx.reader.subject(pos)
        if subject:
            return subject
        for verb in self.speech.finditer(ctx.folded):
            found = ctx.reader.subject(verb.start()) or ctx.reader.objects(verb.end(), 40)
            if found:
                return found
        return ()

    def _threat_if(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'If Israel goes into Rafah, we will not supply the weapons', 'reserves the right to
        respond': what a named speaker will do if provoked is a threat, not a hypothetical."""
        subject = self._speaker(ctx, m.start() if not m.group(0).startswith("if") else m.end())
        if not subject:
            return None
        consequence = ctx.folded[m.start() : m.end() + 80].split(".")[0].strip()
        return Draft(subject, attributes={"consequence": consequence})

    def _proposal(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if self.counter_obj.search(m.group(0)) or re.search(r"\bdelegation\b", m.group(0)):
            return None
        if re.search(
            r"\b(?:be|been|being|is|are|was|were)\s+$",
            ctx.folded[max(0, m.start() - 8) : m.start()],
        ):
            return None  # 'needed to be discussed within a framework': nobody proposes
        subject = ctx.reader.subject(m.start())
        summary = ctx.folded[m.end() : m.end() + 120].split(".")[0].strip(' ,"')
        if ULTIMATUM.search(ctx.folded, 0, m.start()):
            # 'if the hostages are not returned by Saturday, he would propose cancelling the deal'
            return Draft(subject, attributes={"__type": "ThreatIssued", "consequence": summary})
        return Draft(subject, attributes={"proposal_id": "", "summary": summary})

    def _counter(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        subject = ctx.reader.subject(m.start())
        return Draft(subject, attributes={"proposal_id": "", "summary": ""})

    def _accept(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        text = m.group(0)
        if text.startswith("welcom") and not re.search(
            r"\b(?:proposals?|plans?|initiative|framework|vision|roadmap|road map)\b", text
        ):
            return None  # welcoming a truce or a release is no endorsement of terms
        before = ctx.folded[max(0, m.start() - 30) : m.start()]
        if re.search(r"\bto\s+$", before) and not re.search(
            r"\b(?:agreed|agrees|decided|decides|voted|votes|moved|chose|opted)\s+to\s+$|"
            r"\b(?:convene|convenes|convened|meet|meets|met|gather|gathers|vote|votes)\s+"
            r"(?:\w+\s+){0,3}?to\s+$",
            before,
        ):
            return None  # 'gave Hamas until Sunday to accept the plan': asked, not done
        if MILITARY_PLAN.match(ctx.folded, m.end()) or MILITARY_PLAN.search(text):
            return None  # 'approved plans for a military operation': no proposal accepted
        subject = ctx.reader.subject(m.start())
        # 'will only accept a deal that ends the war': a condition, not an acceptance
        if re.search(r"\b(?:any|a)\s+(?:\w+\s+)?(?:deal|agreement|proposal|plan)\b", text) and (
            re.search(r"\b(?:only|not|never|n't)\b", ctx.folded[max(0, m.start() - 20) : m.start()])
        ):
            tail = ctx.folded[m.end() : m.end() + 100].split(",")[0].strip()
            return Draft(subject, attributes={"__type": "DemandStated", "condition": tail})
        return Draft(subject, attributes={"proposal_id": ""})

    def _offer_to(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'prepared to free Edan Alexander' offers terms; '... if Israel frees more' sets a condition."""
        subject = ctx.reader.subject(m.start())
        tail = ctx.folded[m.end() : m.end() + 120]
        cond = re.search(
            r"\b(?:if|provided|in exchange for|in return for|unless|once)\b[^,.;]*", tail
        )
        if cond:
            return Draft(subject, attributes={"__type": "DemandStated", "condition": cond.group(0)})
        summary = tail.split(",")[0].strip()
        return Draft(subject, attributes={"proposal_id": "", "responds_to": "", "summary": summary})

    def _unmet(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Israel said the terms did not meet its core demands': a rejection of the proposal."""
        start, _ = ctx.reader.clause_start(m.start())
        referent = ctx.folded[max(0, start - 40) : m.start()]
        if not PROPOSAL_REFERENT.search(referent):
            return None
        subject = ctx.reader.subject(m.start()) or self._possessor_after(ctx, m)
        return Draft(subject, attributes={"proposal_id": "", "reason": m.group(0)})

    def _unacceptable(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'a version that Israel could not accept', 'Hamas called the plan unacceptable'."""
        window = ctx.folded[max(0, m.start() - 80) : m.end() + 50]
        if not PROPOSAL_REFERENT.search(window):
            return None
        if re.search(
            r"\b(?:any|a)\s+(?:\w+\s+)?(?:deal|agreement|proposal|plan)\s+(?:that|which|without|unless)\b",
            window,
        ):
            return None  # a condition on a future deal, read by the demand rules
        subject = ctx.reader.subject(m.start())
        return Draft(subject, attributes={"proposal_id": "", "reason": ""})

    def _possessor_after(self, ctx: SentenceContext, m: re.Match[str]) -> tuple[Mention, ...]:
        """'... did not meet Israel's demands': whose demands they are."""
        owner = [x for x in ctx.mentions if x.possessive and m.start() <= x.start < m.end()]
        return (owner[0],) if owner else ()

    def _reject(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        after = ctx.folded[m.end() : m.end() + 70]
        if DENIED_OBJECT.match(after) or NON_COMMITTAL.match(after):
            return None  # 'rejected reports that ...' denies, it does not refuse
        issue_object = self.issue_words.search(CLAUSE_END.split(after, 1)[0][:55])
        before = ctx.folded[max(0, m.start() - 90) : m.start()]
        subject = ctx.reader.subject(m.start())
        demand_after = self.demand_obj.search(after)
        proposal_after = re.search(
            r"\b(?:proposals?|plans?|offers?|counter ?proposals?|counter ?offers?|"
            r"framework|deal|terms|response|vision|initiative|idea|ceasefire|"
            r"cease fire|truce|draft|amendments|reply|changes)\b",
            after,
        )
        if demand_after and (not proposal_after or demand_after.start() < proposal_after.start()):
            kind = "DemandRejected"
        elif proposal_after:
            kind = "ProposalRejected"
        elif re.search(
            r"\b(?:which|both of which|that)\s+(?:\w+\s+){0,4}$", before
        ) and self.demand_obj.search(before):
            kind = "DemandRejected"
        elif re.search(r"\b(?:which|that)\s+(?:\w+\s+){0,4}$", before) and re.search(
            r"\b(?:proposal|plan|offer|counter ?proposal|deal)\b", before
        ):
            kind = "ProposalRejected"
        elif re.search(
            r"\b(?:offer|proposal|plan|deal|counter ?proposal|response)\s+(?:the\s+)?(?:[\w.]+\s+){1,3}$",
            before,
        ) and not re.search(r"\b(?:which|that|who)\b", before[-40:]):
            kind = "ProposalRejected"  # 'an offer the White House dismissed'
        elif issue_object:
            kind = "DemandRejected"  # 'rejected any full withdrawal', 'ruled out a permanent truce'
        else:
            return None
        owner = [x for x in ctx.mentions if m.end() <= x.start < m.end() + 45]
        targets = [(owner[0].actor, "target")] if owner else []
        draft = Draft(subject, targets, attributes={"reason": _reason(after)})
        if kind == "DemandRejected":
            objs = ctx.reader.objects(m.end(), 40)
            draft.attributes = {"demand_of": objs[0].actor if objs else None}
        else:
            draft.attributes["proposal_id"] = ""
        draft.attributes["__type"] = kind
        return draft

    def _reject_noun(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        owner = [x for x in ctx.mentions if x.possessive and 0 <= m.start() - x.end <= 2]
        if not owner:
            return None
        after = ctx.folded[m.end() : m.end() + 60]
        whose = [x for x in ctx.mentions if m.end() <= x.start < m.end() + 30]
        targets = [(whose[0].actor, "target")] if whose else []
        draft = Draft((owner[-1],), targets, attributes={"proposal_id": "", "reason": ""})
        if self.demand_obj.search(after) and not re.search(r"proposal|plan|offer|deal", after):
            draft.attributes = {"demand_of": None, "__type": "DemandRejected"}
        return draft

    def _demand(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        word = m.group(0).split()[0]
        if word.startswith("demand") and re.search(
            r"\b(?:the|its|their|his|her|our|main|key|core|these|those|of|for|both|new|s)\s+$",
            ctx.folded[max(0, m.start() - 12) : m.start()],
        ):
            return None  # 'its demands' is a noun, not a demand being made
        tail = m.group(0) + ctx.folded[m.end() : m.end() + 40]
        if word.startswith("insist") and re.match(
            r"\s+(?:that\s+)?(?:there|it|this|that)\s+(?:is|was|are|were|has been)\s+(?:no|not)\b",
            ctx.folded[m.end() :],
        ):
            return None  # 'Israel has insisted there is no pause': a claim of fact, no demand
        if word.startswith("vow") and THREAT_OBJECT.match(ctx.folded, m.end()):
            return None  # 'vowed to retaliate', 'vowed to dissolve the government': a threat
        if word.startswith("vow") and PUNISHMENT.match(ctx.folded, m.end()):
            draft = self._threat(ctx, m)  # 'vowed "harsh punishment"'
            if draft is not None:
                draft.attributes["__type"] = "ThreatIssued"
            return draft
        if word.startswith("want") and WISH.match(ctx.folded, m.end()):
            # 'wanted the truce to continue': a wish for the process, an appeal, no demand
            return Draft(
                ctx.reader.subject(m.start()),
                attributes={"__type": "AppealMade", "ask": ctx.folded[m.end() : m.end() + 60]},
            )
        if (
            RECIPROCAL.search(tail)
            or TRUCE_TIMING.search(tail)
            or (COMMITMENT.search(m.group(0)) and not re.search(r"\bnot\b|n't|never", m.group(0)))
        ):
            return None  # 'would abide by the truce as long as Israel did': a promise, no demand
        if word.startswith("insist") and not (
            self.issue_words.search(ctx.folded, m.end(), m.end() + 120)
            or self.demand_obj.search(ctx.folded, m.end(), m.end() + 120)
        ):
            return None  # 'insisted the abstention does not represent a shift': no demand
        subject = ctx.reader.subject(m.start())
        if not subject and ctx.folded.count('"', 0, m.start()) % 2:
            subject = self._speaker(ctx, m.end())  # '"... won't change our demands," X said'

        condition = ""
        cond = re.search(
            r"\b(?:unless|until|once|only if|provided|as long as|without)\b(.{0,100})",
            m.group(0) + ctx.folded[m.end() : m.end() + 100],
        )
        if cond:
            condition = cond.group(0).split(",")[0].strip()
        return Draft(subject, attributes={"condition": condition}, stative=self._stative(ctx, m))

    def _demand_must(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        start, word = ctx.reader.clause_start(m.start())
        based = m.group(0).startswith(("any", "a "))
        if not based and (
            not word or (not self.speech.fullmatch(word) and word not in ("that", '"'))
        ):
            return None
        generic = [g for g in GENERIC_PARTY.finditer(ctx.folded, start, m.start())]
        if not based and generic and m.start() - generic[-1].end() <= 12:
            speaker = ctx.reader.subject(max(0, start - len(word)), 1) if start else ()
            if not speaker:
                return None
            ask = ctx.folded[start : m.end() + 80].split(".")[0].strip()
            return Draft(speaker, attributes={"__type": "AppealMade", "ask": ask})
        draft = self._demand(ctx, m)
        if draft is None or based:
            return draft
        # 'Trump said Israel must stop the bombing': the speaker demands, the named party is asked.
        speaker = ctx.reader.subject(max(0, start - len(word)), 1) if start else ()
        if speaker and {s.actor for s in speaker} != {s.actor for s in draft.subject}:
            draft.others = [(s.actor, "target") for s in draft.subject]
            draft.subject = speaker
        return draft

    def _demand_issue(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'its priority is to halt the war and secure a full withdrawal', 'its amendments
        included a permanent ceasefire', 'on the basis of a full ceasefire': a demand worded
        without 'demand', when what follows names an issue."""
        tail = ctx.folded[m.end() : m.end() + 140]
        if not self.issue_words.search(re.split(r"[;]|\bbut\b", tail)[0]):
            return None
        return Draft(
            ctx.reader.subject(m.start()),
            attributes={"condition": ""},
            stative=bool(re.search(r"\b(?:is|are|remains|include|includes|insists)\b", m.group(0))),
        )

    def _appeal_should(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Witkoff said Hamas should accept the framework': the speaker appeals to the party."""
        start, word = ctx.reader.clause_start(m.start())
        if not word or not (self.speech.fullmatch(word) or word == "that"):
            return None
        party = ctx.reader.subject(m.start())
        speaker = ctx.reader.subject(max(0, start - len(word)), 1) if start else ()
        if not speaker or {s.actor for s in speaker} == {p.actor for p in party}:
            return None
        ask = ctx.folded[m.start() : m.end() + 80].split(",")[0].strip()
        return Draft(speaker, [(p.actor, "target") for p in party], attributes={"ask": ask})

    def _threat(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        consequence = ctx.folded[m.end() : m.end() + 100].split(",")[0].strip()
        return Draft(
            ctx.reader.subject(m.start()),
            attributes={"consequence": consequence},
            stative=self._stative(ctx, m),
        )

    def _threat_government(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'threatened to bring down the government', 'would not be part of a government that ...'."""
        start, _ = ctx.reader.clause_start(m.start())
        if not re.search(
            r"\b(?:threat\w*|vow\w*|warn\w*|pledg\w*|would|will|'d|said|says|bring about)\b",
            ctx.folded[max(0, start - 40) : m.start()],
        ):
            return None
        return self._threat(ctx, m)

    def _warn(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        tail = ctx.folded[m.end() : m.end() + 160]
        if not re.search(r"\b(?:would|could|will|consequences|if|risk|threat)\b", tail):
            return None
        return self._threat(ctx, m)

    def _consequence(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        start, word = ctx.reader.clause_start(m.start())
        if not (word and (self.speech.fullmatch(word) or word == "that")):
            return None
        draft = self._threat(ctx, m)
        if draft is not None:
            draft.stative = self._stative(ctx, m) or bool(
                re.search(r"\b(?:has|have)\s+(?:\w+\s+)?(?:said|warned)\s*$", ctx.folded[:start])
            )
        return draft

    def _appeal(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        start, _ = ctx.reader.clause_start(m.start())
        if DOCUMENT_SUBJECT.match(ctx.folded, start):
            return None  # 'the agreement calls for 33 hostages to be freed': terms, not an appeal
        subject = ctx.reader.subject(m.start())
        targets = [(o.actor, "target") for o in ctx.reader.objects(m.end(), 50)]
        ask = ctx.folded[m.end() : m.end() + 100].split(",")[0].strip()
        return Draft(subject, targets, attributes={"ask": ask}, stative=self._stative(ctx, m))

    def _statement(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if not self.topic.search(ctx.folded):
            return None
        if any(
            other.start() < m.start()
            for other in self.speech.finditer(ctx.folded, 0, m.start())
            if ctx.reader.subject(other.start())
        ):
            return None  # one statement per speaker chain: the first speech verb reports it
        subject = ctx.reader.subject(m.start())
        quoted_first = ctx.folded.lstrip().startswith('"') or bool(
            # 'Hamas is not interested in ..., Naim said.': the speaker comes last
            subject
            and re.search(r",\s*(?:\w+\s+){0,3}$", ctx.folded[: subject[0].start])
            and len(ctx.folded[m.end() :].strip(" .\"'")) < 30
        )
        if not subject and re.search(r"[,\"']\s*$", ctx.folded[: m.start()]):
            # Quote first, speaker after: '"nothing new," said Basem Naim'.
            subject = ctx.reader.objects(m.end(), 40)
        # What the speaker said, not the scene-setting before them ('Despite the optimism, X said').
        begin = 0 if quoted_first else min([s.start for s in subject] + [m.start()])
        unnamed = UNNAMED_SPEAKER.search(ctx.folded, max(0, m.start() - 40), m.start())
        if (
            unnamed
            and not ctx.reader._inside(unnamed.start())
            and not any(
                0 <= m.start() - s.end < 4 or 0 <= unnamed.start() - s.end < 3 for s in subject
            )
        ):
            return None  # 'two officials said': the speaker is not named
        said = ctx.folded[begin:]
        assessment, cue = self._assessment(said)
        if assessment is None:
            found = self.evaluative.search(said)
            if found is None:
                return None  # a quoted fact, not an assessment of the talks or a party's conduct
            cue = found.start()
        ctx.cue_at = begin + cue
        return Draft(subject, attributes={"assessment": assessment}, said=True)

    def _assessment(self, folded: str) -> tuple[str | None, int]:
        for key in (
            "nothing_new",
            "no_progress",
            "gaps_remain",
            "pessimistic",
            "constructive",
            "serious",
            "progress",
            "optimistic",
        ):
            pattern = self.assessments.get(key)
            found = pattern.search(folded) if pattern else None
            if found:
                if key == "serious" and not re.search(
                    r"serious(?:ness)?\s*\"?\s*(?:talks|negotiations|discussions|efforts)|very serious|"
                    r"seriousness|in earnest",
                    folded,
                ):
                    continue
                return key, found.start()
        return None, 0

    def _parties(self, ctx: SentenceContext) -> tuple[str, ...]:
        fronts = self.defaults.get("other_fronts", {})
        for mention in ctx.mentions:
            if mention.actor in fronts:
                return tuple(fronts[mention.actor])
        return tuple(self.defaults.get("ceasefire_parties", ()))

    def _ceasefire(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        subject = ctx.reader.subject(m.start())
        between = re.search(r"\bbetween\b", ctx.folded[m.end() : m.end() + 20])
        others = (
            [(o.actor, "participant") for o in ctx.reader.objects(m.end() + between.end(), 50)]
            if between
            else []
        )
        others += [(a, "mediator") for a in self._mediators(ctx)]
        return Draft(
            subject,
            others,
            defaults=self._parties(ctx),
            attributes={
                "duration": duration_text(ctx.folded),
                "mediators": tuple(a for a, r in others if r == "mediator"),
            },
        )

    def _ceasefire_dated(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        window = [
            t
            for t in ctx.times
            if t.anchors_event
            and 0 <= t.start - m.end() <= 40
            and t.past.end < shift(ctx.published, -6)
        ]
        if not window or re.search(
            r"\b(?:new|another|second|next|possible|potential|proposed)\s+$",
            ctx.folded[max(0, m.start() - 15) : m.start() + 1],
        ):
            return None
        if re.match(
            r"\s*(?:proposals?|plans?|offers?|talks|negotiations|framework|deal proposal)\b",
            ctx.folded[m.end() :],
        ):
            return None  # 'accepted the 60-day truce proposal on Aug. 18': a proposal, no truce
        if EXPIRY.match(ctx.folded, m.end()):
            return None  # 'the January ceasefire expired on March 1': an ending
        return self._ceasefire(ctx, m)

    def _extended(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        near = ctx.folded[max(0, m.start() - 60) : m.end() + 40]
        if not re.search(r"cease ?fire|truce|pause", near):
            return None
        if re.search(r"\b(?:an|a)\s+$", ctx.folded[max(0, m.start() - 4) : m.start()]):
            return None  # 'an extended ceasefire' is a kind of truce, not an extension
        if PROPOSED_TO.search(ctx.folded, max(0, m.start() - 50), m.start()):
            return None  # 'backed a proposal by Witkoff to extend the truce': not extended yet
        ext = re.search(
            r"\bby (?:another |a further |an additional )?(\w+ (?:days?|hours?|weeks?))",
            ctx.folded[m.end() : m.end() + 60],
        )
        return Draft(
            ctx.reader.subject(m.start()),
            defaults=self._parties(ctx),
            attributes={"extension": ext.group(1) if ext else ""},
        )

    def _ended(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if self._participle(ctx, m) or re.search(
            r"\b(?:to|would|could|might|will|threaten\w*|risk\w*)\s+$",
            ctx.folded[max(0, m.start() - 16) : m.start()],
        ):
            return None  # 'accused Israel of breaking the truce', 'threatens to end the truce'
        return Draft(ctx.reader.subject(m.start()), defaults=self._parties(ctx))

    def _host_talks(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Egypt will host Israeli and Hamas delegations on Monday': a round at the host's venue."""
        subject = ctx.reader.subject(m.start())
        guests = [(x.actor, "participant") for x in ctx.mentions if m.start() < x.start < m.end()]
        draft = self._talk_draft(ctx, m, (), guests)
        if draft is not None:
            draft.others += [(s.actor, "mediator") for s in subject]
            draft.defaults = tuple(s.actor for s in subject) or draft.defaults
        return draft

    def _collapsed(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        start, _ = ctx.reader.clause_start(m.start())
        subject = ctx.reader.subject(m.start())
        if FUTURE_MODAL.search(ctx.folded, start, m.end()):
            # 'Netanyahu said the war would resume': a vow of the speaker, not a collapse.
            if not subject:
                return Draft(defaults=self._parties(ctx))
            consequence = ctx.folded[m.start() : m.end() + 60].split(",")[0].strip()
            return Draft(
                subject,
                attributes={
                    "__type": "ThreatIssued",
                    "__modality": "asserted",
                    "consequence": consequence,
                },
            )
        return Draft(subject, defaults=self._parties(ctx))

    def _participle(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """'dozens of freed former prisoners': the verb is an adjective, nothing happened;
        'agreed to release all hostages': a commitment, the release is still to come."""
        if PROMISE.search(ctx.folded, max(0, m.start() - 30), m.start()):
            return True
        return bool(
            re.search(
                r"\b(?:of|the|a|former|newly|recently|other|those|already)\s+$",
                ctx.folded[max(0, m.start() - 12) : m.start()],
            )
        )

    def _hostages(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if self._participle(ctx, m):
            return None
        text = m.group(0)
        offer = self._offered_release(ctx, m)
        if offer is not None:
            return offer
        rescue = "rescu" in text
        by = re.search(r"^\s*by\b", ctx.folded[m.end() :])
        subject = ctx.reader.objects(m.end() + by.end(), 40) if by else ()
        nominal = text.startswith(("resulted", "led", "saw", "included", "brought"))
        active = not nominal and not re.search(r"\b(?:were|was|been|be)\b", text)
        if not subject and active:
            subject = ctx.reader.subject(m.start())
            if not subject and not rescue:
                return None
        holder = self.defaults.get("hostage_holder")
        defaults = () if rescue else ((holder,) if holder else ())
        count = self._quantity(ctx.folded[max(0, m.start() - 20) : m.end()])
        if text.startswith(("hostage", "captive", "abductee", "israeli hostage", "detained")):
            # 'Sixteen hostages - 10 Israelis, four Thais ... - were released': the total first
            count = self._quantity(ctx.folded[max(0, m.start() - 20) : m.start()]) or count
        return Draft(
            subject,
            defaults=defaults,
            period=self._period_days(ctx),
            attributes={
                "count": count,
                "means": "rescue" if rescue else "deal",
            },
        )

    def _named_hostages(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Eli Sharabi, Ohad Ben Ami and Or Levy were freed on Saturday': people named in a
        list, registered or not, released by the holder (prisoners' names are told apart by
        the sentence's words)."""
        names = NAME_LIST.search(ctx.text, 0, m.start())
        if names is None or PRISONER_WORDS.search(ctx.folded):
            return None
        actors = self.registry.actors
        if any(
            names.start() <= x.start < names.end()
            and (x.actor not in actors or actors[x.actor].kind != "person")
            for x in ctx.mentions
        ):
            return None  # 'Egypt and Qatar were ...': actors, not people held
        count = len(re.split(r",\s*(?:and\s+)?|\s+and\s+", names.group(0).strip()))
        holder = self.defaults.get("hostage_holder")
        return Draft(
            defaults=(holder,) if holder else (),
            attributes={"count": count, "means": "deal"},
        )

    def _offered_release(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Hamas said it would release 10 living hostages in exchange for ...': terms offered by
        the holder, a proposal and not a release."""
        start, word = ctx.reader.clause_start(m.start())
        if not (word and (self.speech.fullmatch(word) or word == "that")):
            return None
        if not re.search(
            r"\b(?:would|will|'d|'ll|could)\s+(?:\w+\s+)?$", ctx.folded[start : m.start()]
        ):
            return None
        if not re.search(
            r"\bin (?:exchange|return) for\b|\bif\b|\bprovided\b", ctx.folded[m.end() :]
        ):
            return None
        subject = ctx.reader.subject(m.start())
        if not subject:
            return None
        summary = ctx.folded[m.start() : m.end() + 100].split(".")[0].strip()
        return Draft(
            subject,
            attributes={
                "__type": "ProposalMade",
                "__modality": "asserted",
                "proposal_id": "",
                "summary": summary,
            },
            said=True,
        )

    def _red_cross(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Gonen, Damari and Steinbrecher were handed to the Red Cross': hostages freed by deal."""
        head = ctx.folded[: m.start()]
        if re.search(r"\bprisoners?|detainees|bodies\b", head) and not re.search(
            r"\bhostages?\b", head
        ):
            return None  # prisoners and remains are handed over too
        return self._hostages_seen(ctx, m)

    def _hostages_seen(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The first phase will see 33 hostages released': released by their holder."""
        holder = self.defaults.get("hostage_holder")
        return Draft(
            defaults=(holder,) if holder else (),
            attributes={"count": self._quantity(m.group(0)), "means": "deal"},
        )

    def _prisoners(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if self._participle(ctx, m):
            return None
        by = re.search(r"^\s*by\b", ctx.folded[m.end() :])
        passive = bool(re.search(r"\b(?:were|was|been|be)\b", m.group(0)))
        subject = (
            ctx.reader.objects(m.end() + by.end(), 40)
            if by
            else (() if passive else ctx.reader.subject(m.start()))
        )
        if not subject and not passive and not by:
            return None
        holder = self.defaults.get("prisoner_holder")
        return Draft(
            subject,
            defaults=(holder,) if holder else (),
            period=self._period_days(ctx),
            attributes={"count": self._quantity(m.group(0))},
        )

    def _prisoners_exchange(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if FUTURE_MODAL.search(ctx.folded, 0, m.start()):
            return None  # the terms of a deal ('will see 33 hostages released in exchange for ...')
        if not re.search(
            r"\b(?:release|released|freed|freeing|exchange)\b", ctx.folded[: m.start()]
        ):
            return None
        holder = self.defaults.get("prisoner_holder")
        return Draft(
            (),
            defaults=(holder,) if holder else (),
            attributes={"count": self._quantity(m.group(0))},
        )


def _reason(after: str) -> str:
    m = re.search(r"\b(?:because|as|saying|since|over)\b(.{0,100})", after)
    return m.group(0).strip() if m else ""


# 'minutes before it lapsed on Thursday': the later clause's time is the event's time too.
SAME_TIME = re.compile(
    r"\b(?:minutes|moments|an hour|hours|shortly|just|right|soon)\s+(?:before|after)\s*$"
)
LATER_CLAUSE = frozenset({"after", "before", "since", "until", "following"})
SPEECH_VERBS = frozenset(
    {"said", "says", "told", "announced", "stated", "declared", "confirmed", "wrote", "posted"}
)


def _clause_times(ctx: SentenceContext, pos: int) -> list[TimeExpr]:
    """Times that can date the trigger at pos: those of its own clause if it has any ('said on
    Saturday that it will host ... on Monday'), never one inside a later 'after ...' or 'before
    ...' clause, which dates another happening."""
    own_noun = [t for t in ctx.times if t.names == pos]
    if own_noun:
        return own_noun  # 'the July 2 proposal' dates the proposal itself
    times = [t for t in ctx.times if t.anchors_event]
    if not times:
        return times
    own, _ = ctx.reader.clause_start(pos)
    kept: list[TimeExpr] = []
    same: list[TimeExpr] = []
    for t in times:
        start, opener = ctx.reader.clause_start(t.start)
        if opener in LATER_CLAUSE and start > pos and not SAME_TIME.search(ctx.folded, 0, start):
            continue
        kept.append(t)
        if start == own and not (
            # 'announced on Wednesday it would host ...': the time is the announcement's.
            opener in SPEECH_VERBS
            and start < t.start < pos
            and not ctx.folded[start : t.start].strip()
        ):
            same.append(t)
    return same or kept


def interval_for(
    ctx: SentenceContext, pos: int, future: bool, draft: Draft
) -> tuple[Interval, bool]:
    """The event's date from the nearest time expression, else from the publication date."""
    from extraction.temporal import nearest

    times = _clause_times(ctx, pos)
    if draft.decided:
        future = False
    if draft.said:
        # 'hoped for a ceasefire in the coming days' was said now, about days ahead.
        times = [t for t in times if t.past.end <= ctx.published]
    expr = nearest(times, pos)
    if expr is not None:
        iv = expr.interval(future)
        explicit = True
    elif draft.stative:
        iv = Interval(shift(ctx.published, -6), ctx.published, "approx")
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
