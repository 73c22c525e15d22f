"""Proposals and what becomes of them (catalog: ProposalMade, CounterproposalMade,
ProposalAccepted, ProposalRejected; DemandRejected when what is rejected is an issue).

Rules in ``extraction/data/rules/proposals.toml``; their productions below."""
# ruff: noqa: E501  (regular expressions read best one alternation per line)

from __future__ import annotations

import re
from datetime import date, timedelta

from domain.values import Interval
from extraction.actors import Mention
from extraction.gazetteer import fold_key
from extraction.generic import COLLECTIVE_KIND
from extraction.modality import APPOSED_DEMAND
from extraction.registry import Registry
from extraction.rules.base import (
    WITH_PARTY,
    Family,
    alt,
    load_family,
)
from extraction.rules.context import Draft, SentenceContext

# 'rejected by the militant group': a group the sentence named before, referred to by its kind.
GROUP_AFTER = re.compile(
    r"\s*the (?:(?:militant|islamist|palestinian|terror|terrorist|armed|rebel|islamic|political) )"
    r"{0,2}(?:group|movement)\b"
)
DENIED_OBJECT = re.compile(
    r"\s*(?:the\s+)?(?:reports?|claims?|allegations?|accusations?|charges?|criticism|"
    r"suggestions?|assertions?|notion|idea that|speculation|rumou?rs?)\b"
)

# What is resisted is others' appeals, not a plan put to the side: 'resisted calls to agree a
# truce', 'rebuffed pressure for a ceasefire'.
APPEALS_OBJECT = re.compile(
    r"\s*(?:the\s+)?(?:\w+\s+)?(?:calls|appeals|pressure|pleas|urging)\s+(?:to|for|from)\b"
)

# A link refused, one side's condition: 'rejects linking the truce to the release of captives',
# 'rejected making the ceasefire hostage to ...', 'refuses any linkage between the two'.
LINKAGE_OBJECT = re.compile(
    # the refused link may be quoted: 'rejected "making the truce hostage to ..."'
    r"\s*[\"'\u201c\u2018]?(?:any\s+|the\s+)?(?:linking|tying|conditioning|linkage|making\s+(?:[\w'-]+\s+){1,4}?"
    r"(?:hostage|conditional|contingent|subject)\s+(?:to|on)\b)"
)

# What two sides halt together is a truce: 'agreed to halt hostilities', 'to stop the fighting'.
HOSTILITIES = re.compile(
    # ('to halt all forms of cross-border firing', 'to stop the border clashes')
    r"\s+(?:all\s+)?(?:(?:forms|kinds)\s+of\s+)?(?:the\s+)?(?:(?:cross border|border|armed|"
    r"military|aerial|artillery)\s+)?(?:hostilities|fighting|fire|firing|clashes|attacks|"
    r"military operations|military actions?|combat|shooting)\b"
)

CEASE_OBJECT = re.compile(r"(?:stop|halt|end|cease)" + HOSTILITIES.pattern)
# Calls told in the sentence before: 'dismissed those calls', 'rejected these demands'.
TOLD_CALLS = re.compile(r"\s*(?:those|these|such)\s+(?:\w+\s+)?(?:calls|appeals|demands|pleas)\b")

NON_COMMITTAL = re.compile(
    r"\s*to\s+(?:comment|say|confirm|discuss|elaborate|disclose|give|provide|speak|answer|name)\b"
)

CLAUSE_END = re.compile(r"[,;:]|\b(?:and said|saying|but|while|as)\b")

PROPOSAL_REFERENT = re.compile(
    r"\b(?:proposals?|plans?|terms|offers?|deal|draft|framework|response|counter ?proposals?|"
    r"counter ?offers?|version|initiative|agreement|it|this|that)\b"
)

# Putting a name to a text: 'signed a declaration of principles', 'initialled the treaty'.
SIGNING = re.compile(r"(?:signed|signs|sign|signing|initial\w*|inked)\b(?! on to)")

# 'accepted it was time': 'it' opens a clause, no object.
IT_CLAUSE = re.compile(r"\s+(?:was|is|would|will|had|has|could|must|should)\b")

COMMERCE = re.compile(
    r"\b(?:trade|arms|minerals?|economic|investment|energy|gas|oil|defen[cs]e|loan|business)\b"
)

MILITARY_PLAN = re.compile(
    r"\s*(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(?:plans?\s+for\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:\w+\s+){0,2}?)?(?:military|ground|army)\s+(?:operation|offensive|invasion|incursion|assault)"
)

# A condition with a deadline before the verb: 'if ... were not returned by Saturday, he would'.
ULTIMATUM = re.compile(
    r"\bif\b[^.]{0,160}?\b(?:not|n't)\b[^.]{0,120}?\b(?:would|will)\s+(?:\w+\s+)?$"
)


# A plan's name as news gives it: 'the Paris framework', 'the Egyptian three-stage plan', 'the
# bridging proposal', "Biden's plan", 'the 20-point plan' (read on the text as written: capitals).
_MARK = (
    r"(?:[A-Z][\w\u2019'-]*|bridging|phased|\w+-(?:stage|phase|step|point|day|week)|"
    r"(?:two|three|four|five|six|\d+) (?:stage|phase|step|point))"
)
_INNER = (
    r"(?:new|latest|revised|updated|amended|final|draft|ceasefire|cease-fire|truce|hostage|peace|"
    r"and|release|deal)"
)
PROPOSAL_NAME = re.compile(
    rf"(?:(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)[\u2019']s?\s+)?"
    rf"(?P<mods>(?:(?:{_MARK}|{_INNER})\s+)*?{_MARK}(?:\s+{_INNER})*)?\s*"
    r"(?P<noun>proposals?|plans?|framework|initiative|roadmap|road map|blueprint|offer|vision)\b"
)
_NOT_MARK = frozenset(
    {"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "New", "On", "In", "But"}
)
# Accepting 'with reservations' or while seeking changes is a conditional yes.
WITH_CONDITIONS = re.compile(
    r"\b(?:with (?:some |certain |several |a few |a number of )?(?:conditions|reservations|"
    r"caveats|amendments|changes|remarks|observations|modifications)|conditionally|provided|"
    r"(?:but|while) (?:\w+ ){0,3}(?:sought|seeking|requested|requesting|asked for|demanded|"
    r"demanding|wants?|wanted|wanting|needs?|needed|insists? on|insisted on|seeks?) (?:\w+ ){0,2}"
    r"(?:changes|amendments|guarantees|clarifications|assurances))\b|"
    r"\b(?:parts?|elements?|some|most|much|aspects?) of (?:the |its |their )?(?:\w+ )?"
    r"(?:proposals?|plans?|framework|offer|deal)\b|"
    # a yes with more to settle: 'as a basis for further negotiations', 'though certain points
    # required further clarification'
    r"\bas (?:a|an|the) (?:[\w-]+ ){0,2}?(?:basis|starting point|foundation) for (?:further |"
    r"more |future )?(?:negotiations?|talks|discussions?)\b|"
    r"\b(?:though|although|but|while) [^.;]{0,60}?\b(?:requires?|required|needs?|needed|"
    r"call(?:s|ed)? for) (?:further |more |some )?(?:clarifications?|discussions?|study|"
    r"analysis|negotiations?|work)\b"
)


# 'any Israeli presence', 'a full withdrawal': a stance's object named before any plan noun.
ISSUE_OBJECT = re.compile(
    r"\s*(?:any|a|an|the)\s+(?:[\w']+\s+){0,2}?(?:presence|withdrawal|deployment|control|"
    r"disarmament|occupation|buffer zone|pullout|return|exile)\b"
)


# 'Ukraine insists on a ceasefire, but Russia rejects it', 'the ELN demands a pullback; the
# government rejects it': a pronoun rejecting the demand of the clause before.
PRONOUN_OBJECT = re.compile(r"\s*(?:it|this|that|them|the demand|the idea)\s*(?:[.;,]|$)")
DEMANDED_BEFORE = re.compile(
    r"\b(?:demands?|demanded|demanding|insists?|insisted|insisting|calls? for|called for|"
    r"wants?|wanted|seeks?|sought)\b(?![^.;]*\b(?:rejects?|rejected|refuses?|refused)\b)"
)


# 'Hamas is willing to agree to the terms': a stated readiness to accept is its yes (not 'ready
# to sign', a signing still to come; not 'not willing to', 'could be ready to', 'if it is ready').
WILLING = re.compile(r"\b(?:willing|ready|prepared)\s+to\s+$")
YES_VERB = re.compile(r"(?:accept|agree)\w*\b")
UNSURE = re.compile(r"\b(?:not|never|no longer|could|might|may|would|if|unless|whether)\b|n't\b")


# a hyphen, as written or typeset: glues a backer to 'backed' (an adjective)
HYPHENS = ("-", "\u2010", "\u2011")
# a yes told before a plan named by its backer: 'announced its approval of the US-backed plan'
YES_BEFORE = re.compile(
    r"\b(?:approv\w*|accept\w*|consent\w*|agree\w*|endors\w*|embrac\w*|welcom\w*|"
    r"support\w*|yes|sign\w*|ratif\w*|green light|nod|blessing)\b(?![^.;]*\bresponse\b)"
)


def ready_to_accept(folded: str, span: tuple[int, int]) -> bool:
    """'is willing to agree to the conditions', 'said it was ready to accept the plan'."""
    ready = WILLING.search(folded, max(0, span[0] - 40), span[0])
    if ready is None or not YES_VERB.match(folded, span[0]):
        return False
    return not UNSURE.search(folded, max(0, ready.start() - 30), ready.start())


# The plan a passive answer is of, in the clause before 'accepted by' (not a truce or an
# agreement alone: 'the ceasefire was agreed to by both' is the agreement itself).
# A verb of judging between the verb and the answer makes the answer its object, someone
# else's: 'delivered a video address welcoming the response', 'gave a speech rejecting the reply'.
JUDGED_BETWEEN = re.compile(
    r"\b(?:welcoming|praising|hailing|rejecting|dismissing|critici[sz]ing|slamming|condemning|"
    r"denouncing|assessing|reviewing|studying|discussing|on|about)\s+(?:the|its|their|his|her|"
    r"[\w-]+'s?)\s"
)
PASSIVE_PLAN_NOUN = (
    r"\b(?:proposals?|plans?|framework|offers?|initiative|roadmap|road map|blueprint|deal|terms|"
    r"formula|package|draft|vision|counter ?proposals?|counter ?offers?|response|reply|amendments|"
    r"maps?)\b"
)
PASSIVE_PLAN = re.compile(PASSIVE_PLAN_NOUN + r"[^.;:]{0,100}$")
# 'approved by', 'ratified by' or 'agreed by' answers only a plan named right before it ('the plan
# was approved by the cabinet', 'a proposal, agreed by Israel'); elsewhere it is more often a
# parliament's or an outsider's blessing.
PLAN_JUST_BEFORE = re.compile(PASSIVE_PLAN_NOUN + r",?\s*$")
BLESSING = re.compile(r"\b(?:approved|ratified|agreed(?! to))\b")
# 'must be approved by', 'if it is accepted by', 'was not accepted by': not done.
NOT_DONE_BEFORE = re.compile(
    r"\b(?:be|not|never|yet to)\s+$|n't\s+$|\b(?:if|unless|once|until|whether|when|before)\s+"
    r"(?:[\w']+\s+){0,8}$"
)
# Between a text's participle and the time it was reached: a place or signers ('signed in
# Washington a week ago', 'reached by the two ministers on Monday'), no other clause.
TOLD_GAP = re.compile(r"\s*(?:(?:in|at|by|between)\s+[^.;:,]{2,40}?)?,?\s*")
# Texts that are the sides' own and never the truce itself, told with or without their terms
# (a bare 'declaration' may be a summit's or one side's: only one 'of principles' or 'on' a
# matter is the sides' text).
TEXT_NOUN = re.compile(r"(?:memorandum|protocol|understanding)")
SIGNERS_AFTER = re.compile(r"[^.;:]{0,60}?\bby\s")
RECENT_DAYS = 45  # a text reached this recently is news, not the frame of other news
DRAFT_TEXT = re.compile(r"\b(?:draft|proposed|possible|potential|future|new|any|eventual|no)\b")
# 'the 2018 peace deal signed by ...': a text of a named past year, recalled as background.
NAMED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PARTLY = re.compile(r"\b(?:partly|partially|conditionally)\b")
# A verb told in the passive, its doer after 'by' (proposal.reject_passive's, when the doer is
# read there): the plan's owner before it is no rejecter.
PASSIVE_AUX = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:(?:\w+ly|also|already|since|later|now|flatly)\s+)?$"
)
PASSIVE_BY = re.compile(r"\s*(?:(?:on|last|this|earlier|late|early)\s+\w+\s+)?by\b")
# Carrying an answer across the table: the carrier may be a go-between ('Qatar delivered the
# response to Israel'); its own answer says so ('delivered its response').
CARRIED = re.compile(
    r"(?:delivered|delivering|delivers|handed|handing|hands|hand|sent|sending|sends|passed|"
    r"conveyed|relayed|transmitted|provided|provides|providing)\b"
)
OWN_ANSWER = re.compile(r"\b(?:its|their|his|her|our|own)\b")
# A reply someone is asked or given time to make: 'gave Hamas until Sunday to give an answer'.
ASKED_TO_ANSWER = re.compile(
    r"\bto\s+(?:give|send|submit|deliver|present|hand|provide|make)\b(?:\s+\w+){0,4}\s*$"
)
NOT_DONE = re.compile(r"\b(?:not|never|yet to)\b|n't\b")


# A verdict on a plan, said of it: the rejecter is whoever says it.
VERDICT = re.compile(r"(?:unacceptable|(?:a )?non starter|dead on arrival)$")


# 'According to the proposal outlined by Biden, ...', 'talks focus on the plan proposed by X':
# the plan is cited as the frame of other news, not put forward in this sentence.
# The plan noun opening a relative-clause match, and what may stand between it and the clause's
# subject ('the proposal, which the', 'the plan that', 'the plan ').
PLAN_NOUN_END = re.compile(
    r"[\w ?-]*?(?:proposals?|plans?|framework|offers?|vision|initiative|"
    r"road ?map|blueprint|draft(?: agreement)?|deal|terms|formula|package|paper|memorand(?:ums?|a))"
)
RELATIVE_OPENING = re.compile(r",?\s+(?:that\s+|which\s+)?(?:the\s+)?")
CITED_PLAN = re.compile(
    r"\b(?:according to|focus(?:es|ed|ing)? on|focus(?:es|ed|ing)? (?:\w+ )?on|cent(?:er|re)(?:s|d|ed)? "
    r"on|based on|in line with|under|details of|terms of|parts of|phase of)\s+(?:the\s+|a\s+|an\s+|"
    r"this\s+|that\s+)?(?:[\w'\u2019-]+\s+){0,4}$"
)

# A plan naming no proposer, told new with its terms ('the updated framework proposes that ...'):
# the known talks' mediators the article named before put it forward.
UNNAMED_TOLD = re.compile(
    r"^the\s+(?:updated|latest|new|revised)\s+(?:[\w'-]+\s+)?\w+\s+proposes that\b"
)
MEDIATORS_WORD = re.compile(r"\bmediators\b")

# 'In the November deal, Hamas had agreed to release ...': the terms of an earlier deal, recalled.
DEAL_FRAME = re.compile(
    r"\s*(?:in|under|as part of|during)\s+(?:the|a|an|that|this|its|last|an earlier|the earlier)\s+"
    r"[^,.;]{0,60}?\b(?:deal|truce|agreement|ceasefire|cease fire|accord|exchange|arrangement)\s*,"
)


def _reason(after: str) -> str:
    m = re.search(r"\b(?:because|as|saying|since|over)\b(.{0,100})", after)
    return m.group(0).strip() if m else ""


# 'agreed to continue / maintain the existing ceasefire': a truce kept, no plan accepted.
CONTINUED_TRUCE = re.compile(
    r"(?:agreed|agrees|agree)\s+(?:\w+\s+){0,2}?to\s+(?:continue|maintain|uphold|keep|preserve|prolong|sustain|"
    r"extend)\b.*\b(?:ceasefire|cease fire|truce)$"
)


# What two sides agree to that other rules read: a truce, talks, another meeting.
MUTUAL_ELSEWHERE = re.compile(
    r"(?:a |an |the |their )?(?:\w+\s+){0,3}?(?:ceasefire|cease fire|truce|pause|armistice|"
    r"cessation of hostilities)\b|"
    # 'agreed to further negotiate the remaining issues': more talks, no terms
    r"(?:(?:further|jointly|also|again)\s+)?"
    r"(?:meet|reconvene|talk|negotiate|keep (?:negotiating|talking|working))\b|"
    # ... or opened, held, kept up: 'agreed to resume talks', 'to hold a new round', 'to continue
    # the dialogue' (not what is opened or resumed as a term: 'agreed to begin electoral
    # reforms', 'to resume trade', 'to hold elections', 'to open the crossings')
    r"(?:(?:further|jointly|also|again)\s+)?"
    r"(?:resume|hold|continue|return|start|begin|open|pursue|launch|restart)\s+"
    r"(?:(?:to\s+)?(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:talks|negotiations?|dialogue|discussions|consultations|contacts|round|meetings?|"
    r"(?:negotiating\s+)?table|process|mediation|work|efforts|engagement)\b|negotiating|"
    r"talking|discussing|working)|"
    # 'agreed to expedite their negotiations': the pace of the talks, no terms
    r"(?:expedite|accelerate|speed up|intensify|step up)\b|"
    # efforts or contacts to go on, no terms: 'it was agreed to exert further efforts',
    # 'agreed to make every effort to ...', 'agreed to stay in touch', 'to keep channels open'
    r"(?:exert|make|redouble|double|deploy|spare|mobili[sz]e|devote|focus)\w*\s+"
    r"(?:[\w-]+\s+){0,2}?efforts?\b|"
    r"(?:maintain|keep|stay)\w*\s+(?:in\s+)?(?:close\s+|regular\s+|open\s+)?"
    r"(?:contacts?|touch|communication|channels|coordination|consultations?)\b|"
    r"(?:coordinate|consult|follow up|work together|cooperate)\w*\b|"
    # no terms: 'agreed on considering ...', 'agreed to take the peace process forward'
    r"(?:consider|explore|study|discuss|examine|look into|stay in|keep in|remain in)\w*\b|"
    # a commitment restated, no terms: 'agreed to reaffirm their commitment to normalisation'
    r"(?:reaffirm|reiterate|recommit|renew|stress|underline|emphasi[sz]e|express)\w*\b|"
    r"(?:take|carry|move|push) (?:the |their )?(?:\w+ )?process forward\b|"
    # the next stage of the talks, no terms: 'agreed to enter into the next phase of their
    # discussions', 'agreed to move to a new round of negotiations'
    r"(?:enter|move|proceed|go|advance|progress)\w*\s+(?:in)?to\s+(?:the |a |their )?"
    r"(?:next|new|second|third|further|another|technical|expert)\s+(?:\w+\s+)?"
    r"(?:phase|stage|round|level)\s+of\s+(?:\w+\s+)?"
    r"(?:talks|discussions|negotiations|consultations|dialogue)\b|"
    # how the talks are told, no terms: 'it was agreed to keep the outcome confidential'
    r"(?:keep|treat|hold)\s+(?:[\w'-]+\s+){0,6}?(?:confidential|secret|private|under wraps|quiet)\b|"
    r"(?:not (?:to )?)?(?:disclose|reveal|publici[sz]e|make public)\b"
)
# The round the agreement came out of: 'during the second round of talks, both sides agreed to
# new exchanges' ends the round with an agreement.
ROUND_NAMED = re.compile(
    r"\b(?:during|at|in|after|following)\s+(?:the\s+|their\s+|a\s+)?(?:\w+\s+){0,3}?"
    r"(?:round|talks|negotiations|meeting)\b"
)
# The plan's author named after it by a participle: 'discussed a truce plan, proposed by Egypt',
# 'handed over a peace plan drafted by Turkey' (the plan is the author's, not the subject's).
AUTHOR_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,5}?\s*,?\s+(?:first\s+|originally\s+|jointly\s+)?(?:proposed|drafted|"
    r"authored|put forward|drawn up|devised|crafted|floated|tabled|presented|submitted|offered|"
    r"prepared|written)\s+by\s+"
)
OBJECT_OPENS = re.compile(r"\b(?:to|on|upon)\s+")
# 'came to terms on an exchange of prisoners': the sides agreeing, told as an idiom.
TERMS_CAME = re.compile(r"(?:came|come|comes|coming)\s+to\s+terms\b")
# 'agreed not to open fire': what both sides forgo is the terms, whatever its verb.
NOT_TO = re.compile(r"\bnot to\s*$")
# 'refused to return the hostages unless ...', 'refuses to negotiate until ...': a deed refused
# until a condition is met states that condition (demand.condition), it rejects no plan.
REFUSED_UNTIL = re.compile(
    r"(?:refused|refuses|refuse|refusing)\s+to\s+[^.;]{0,80}?\b(?:unless|until|before|as long as)\b"
)
UNTIL_AFTER = re.compile(r"[^.;]{0,80}?\b(?:until|unless|as long as)\b")
# An agreement reached on a truce ('reached a ceasefire agreement on ...') is the outcome rules'.
AGREED_ELSEWHERE = re.compile(r"\b(?:ceasefire|cease fire|truce|armistice)\b")
# 'if an agreement is reached on', 'hopes to reach an agreement': none reached yet.
AGREEMENT_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|once|until|whether|when|before|to|could|would|might|may|should|must|"
    r"will|hopes?|aims?|seeks?|efforts?|bid|push)\s+(?:[\w']+\s+){0,3}$"
)
# The agreement whose doers are its subject: 'X and Y reached an agreement'; else passive.
ACTIVE_AGREEMENT = re.compile(
    r"(?:reached|reach|reaches|struck|strike|strikes|clinched|hammered|forged|settled|resolved)\b"
)
# An agreement whose terms no proposal names: nothing to link it to.
NO_PLAN = {"proposal_id": "", "proposal_name": "", "response": ""}
MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# The 'by' of a deed told as a noun, right after its object: 'the signing of the accord by ...'.
NOMINAL_BY = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?by\s+")
# 'agreed to continue / maintain the existing ceasefire': read by the truce's extension.
KEEP_TRUCE = re.compile(r"^\w+ to (?:continue|maintain|keep|uphold|preserve)\b")


# A truce one side made public: what 'denied it' refers to ('announced a bilateral ceasefire',
# 'announced the entry into force of the ceasefire').
TRUCE_ANNOUNCED = re.compile(
    r"\bannounc\w*\s+(?:[\w']+\s+){0,6}?(?:cease ?fire|truce)\b|"
    r"\b(?:cease ?fire|truce)\b[^.;]{0,40}?\bannounced\b"
)


# Changes asked to another's plan: 'proposed numerous changes to the plan', 'put forward
# amendments to the draft'.
CHANGES_TO = re.compile(
    r"\b(?:changes|amendments|modifications|revisions|alterations|tweaks|edits|adjustments)\s+"
    r"(?:to|in|of)\b"
)


# A supposition governing a withheld yes: 'if the group did not accept the deal'.
SUPPOSED = re.compile(r"\b(?:if|unless|whether|once|in case|should)\b[^.;]*$")

# A deal a go-between brought about, not a plan it put forward: 'a deal brokered by Qatar'.
BROKERED_DEAL = re.compile(
    r"\b(?:deal|agreement|truce|ceasefire|accord)\b.*\b(?:mediated|brokered)\b"
)


class ProposalRules(Family):
    """The proposals family's rules and their productions."""

    name = "proposals"
    spec = load_family("proposals")

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        self.counter_obj = re.compile(r"\b" + alt(self.words["counterproposal_nouns"]) + r"\b")
        # A plan a sentence names as the object of its verb: what a later 'it' can stand for.
        self.plan_object = re.compile(
            r"\b(?:accepted|approved|presented|tabled|proposed|put forward|submitted|delivered|"
            r"unveiled|handed over|offered)\s+(?:\w+\s+){0,4}?"
            + alt(self.words["proposal_nouns"])
            + r"\b"
            # the plan as the subject told of: 'the Egyptian proposal was received favourably'
            + r"|\b(?:the|a|an|this|that|its|their)\s+(?:[\w'-]+\s+){0,3}?"
            + alt(self.words["proposal_nouns"])
            + r"\s+(?:was|were|is|are|has been|had been|would)\b"
        )
        # A state's nationality adjective (world data) names the owner of a plan named by it:
        # 'the Egyptian plan', 'the Russian proposal'; one two states share ('Congolese'), none.
        states: dict[str, set[str]] = {}
        for actor in registry.actors.values():
            for adjective in actor.adjectives if actor.kind == "state" else ():
                if adjective.isalpha() and not adjective.isupper():
                    states.setdefault(fold_key(adjective), set()).add(actor.id)
        nationals = {adj: next(iter(ids)) for adj, ids in states.items() if len(ids) == 1}
        self.nationals = nationals
        self.national = re.compile(r"\b" + alt(sorted(map(re.escape, nationals))) + r"\b")

    def _name(self, ctx: SentenceContext, m: re.Match[str]) -> str:
        """The plan's name near the trigger ('the Paris framework', "Biden's plan"), lowercase,
        or "": what the read side links the reports of one plan by."""
        actors = self.registry.actors
        persons = [
            (x.start, x.end)
            for x in ctx.mentions
            if x.actor in actors and actors[x.actor].kind == "person"
        ]
        for found in PROPOSAL_NAME.finditer(ctx.text, max(0, m.start() - 40), m.end() + 80):
            if found.end() < m.start() - 2:
                continue
            words = (found["mods"] or "").split()
            while words and words[0] in _NOT_MARK:
                words = words[1:]
            marked = [w for w in words if re.fullmatch(_MARK, w) and w not in _NOT_MARK]
            owner = found["owner"] or ""
            by_person = bool(owner) and any(
                a <= found.start("owner") + 1 and found.end("owner") <= b + 1 for a, b in persons
            )
            if not marked and not by_person:
                continue
            parts = ([owner.split()[-1]] if by_person else []) + words + [found["noun"]]
            name = " ".join(parts).lower().replace("\u2019", "'").replace("cease-fire", "ceasefire")
            return name[:-1] if name.endswith(("proposals", "plans")) else name
        return ""

    def _proposal(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if self.counter_obj.search(m.group(0)) or re.search(r"\bdelegation\b", m.group(0)):
            return None
        if re.search(
            r"\b(?:be|been|being|is|are|was|were)\s+$",
            ctx.folded[max(0, m.start() - 8) : m.start()],
        ):
            return None  # 'needed to be discussed within a framework': nobody proposes
        if re.search(r"\b(?:which|that|who|whose)\b", m.group(0)):
            return None  # 'a US-drafted resolution which backs the proposal': another clause's plan
        if re.match(
            r"discuss\w+\s+(?!a\b|an\b|new\b|the\b|its\b|their\b|his\b|her\b|with\b)", m.group(0)
        ) and re.match(r"[^.;:]*?\bwith\b", ctx.folded[m.start() :]):
            # 'discussed on Saturday with the mediators an offer', 'discussed Israel's plan with
            # the mediators': a plan told as talked over with others, not put forward ('to
            # discuss with Israel a new vision', 'discussed a new framework' still are)
            return None
        subject = ctx.reader.subject(m.start())
        author = AUTHOR_AFTER.match(ctx.folded, m.end())
        authors = ctx.reader.objects(author.end(), 40) if author else ()
        if authors and not {x.actor for x in authors} & {x.actor for x in subject}:
            subject = authors[:2]  # 'to discuss a truce plan, proposed by Egypt': Egypt's plan
        summary = ctx.folded[m.end() : m.end() + 120].split(".")[0].strip(' ,"')
        if ULTIMATUM.search(ctx.folded, 0, m.start()):
            # 'if the hostages are not returned by Saturday, he would propose cancelling the deal'
            return Draft(subject, attributes={"__type": "ThreatIssued", "consequence": summary})
        name = self._name(ctx, m)
        if CHANGES_TO.search(m.group(0)):
            # 'Hamas proposed numerous changes to the US-backed plan': an answer with amendments
            attributes = {"__type": "CounterproposalMade", "proposal_id": "", "summary": summary}
            return Draft(subject, attributes=attributes)
        return Draft(
            subject, attributes={"proposal_id": "", "summary": summary, "proposal_name": name}
        )

    def _proposal_by(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'a new ceasefire proposal delivered by the Qatari prime minister': its proposer."""
        subject = ctx.reader.objects(m.end(), 40)
        if not subject or self.counter_obj.search(m.group(0)) or NOT_DONE.search(m.group(0)):
            return None
        if CITED_PLAN.search(ctx.folded, max(0, m.start() - 90), m.start()):
            return None
        if BROKERED_DEAL.search(m.group(0)):
            return None  # 'a truce deal brokered by Qatar': an agreement, its go-between
        summary = ctx.folded[m.end() : m.end() + 120].split(".")[0].strip(' ,"')
        name = self._name(ctx, m)
        return Draft(
            subject[:2], attributes={"proposal_id": "", "summary": summary, "proposal_name": name}
        )

    def _on_table(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Washington has indicated that a ceasefire deal is already on the table': a plan the
        known talks' mediator says is on the table is its own (a side saying so names none)."""
        mediators = ctx.negotiation.mediators if ctx.negotiation is not None else ()
        teller = ctx.reader.subject(m.start()) or self._said_by(ctx)
        told = [
            x
            for x in teller
            if set(self.registry.affiliations(x.actor, ctx.published)) & set(mediators)
        ]
        if not told or teller[0].start > m.start():
            return None
        attributes = {"proposal_id": "", "summary": "", "proposal_name": self._name(ctx, m)}
        return Draft(tuple(told[:2]), attributes=attributes)

    def _received_unnamed(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Hamas negotiators in Cairo have received a new proposal': the known talks'
        mediators named in the article up to here (their capital as the venue counts) made it."""
        mediators = ctx.negotiation.mediators if ctx.negotiation is not None else ()
        if not mediators or self.counter_obj.search(m.group(0)):
            return None
        # the receiver: the doer nearest the verb ('Cairo, Egypt - Hamas negotiators have')
        receivers = {x.actor for x in ctx.reader.subject(m.start())[-1:]}
        told = [
            a
            for earlier in (*ctx.earlier[: ctx.index], ctx)
            for x in earlier.mentions
            for a in self.registry.affiliations(x.actor, ctx.published)[-1:]
            if a in mediators and x.actor not in receivers
        ]
        # 'negotiators in Cairo': the mediating state of the place of the talks
        told += [
            state
            for p in ctx.places
            if (place := self.registry.places.get(p.place)) is not None
            and (state := getattr(place, "state", None) or p.place) in mediators
            and state not in receivers
        ]
        if not told:
            return None
        attributes = {"proposal_id": "", "summary": "", "proposal_name": self._name(ctx, m)}
        return Draft((), [(a, "subject") for a in dict.fromkeys(told)], attributes=attributes)

    def _proposal_owned(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Witkoff's "bridge" plan, presented last week, ...': the possessor proposed it."""
        owner = [x for x in ctx.mentions if x.possessive and x.end <= m.start() + 1]
        if not owner or ctx.folded[owner[-1].end : m.start()].strip(" '"):
            return None
        summary = ctx.folded[m.end() : m.end() + 120].split(".")[0].strip(' ,"')
        name = self._name(ctx, m)
        return Draft(
            (owner[-1],),
            attributes={"proposal_id": "", "summary": summary, "proposal_name": name},
        )

    def _proposal_terms(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'the Paris proposal would see ...', "Egypt's plan calls for ...": a plan told by its
        terms is proposed by whom its name names (a side named in it; for a city of talks, those
        talks' mediators the article named before); a plan naming nobody is not read."""
        noun = PLAN_NOUN_END.match(m.group(0))
        end = m.start() + noun.end() if noun else m.end()
        if self.counter_obj.search(m.group(0)) or CITED_PLAN.search(
            ctx.folded, max(0, m.start() - 90), m.start()
        ):
            return None
        summary = ctx.folded[m.end() : m.end() + 120].split(".")[0].strip(' ,"')
        attributes = {"proposal_id": "", "summary": summary, "proposal_name": self._name(ctx, m)}
        # a city names talks held there; a country named ("Turkey's plan") is the owner
        cities = [
            p
            for p in ctx.places
            if m.start() <= p.start
            and p.end <= m.end()
            and not ((state := self.registry.actors.get(p.place)) and state.kind == "state")
        ]
        named: list[tuple[int, Mention | str]] = [
            (x.start, x)
            for x in ctx.mentions
            if m.start() <= x.start
            and x.end <= end
            and not any(p.start <= x.start and x.end <= p.end for p in cities)
        ]
        # 'the Egyptian plan', 'the Egyptian-Qatari proposal': the state of the adjective
        named += [
            (a.start(), self.nationals[a.group(0)])
            for a in self.national.finditer(ctx.folded, m.start(), end)
            if not any(x.start <= a.start() < x.end for x in ctx.mentions)
        ]
        owners = [who for _, who in sorted(named, key=lambda n: n[0])][:2]
        if owners:
            subject = tuple(x for x in owners if isinstance(x, Mention))
            others = [(x, "subject") for x in owners if isinstance(x, str)]
            return Draft(subject, others, attributes=attributes)
        mediators = ctx.negotiation.mediators if ctx.negotiation is not None else ()
        if not cities:
            # 'the updated framework proposes that ...' naming nobody: the known talks'
            # mediators, when the sentences before named them
            told = [
                x.actor
                for earlier in ctx.earlier[: ctx.index]
                for x in earlier.mentions
                if x.actor in mediators
            ]
            if not told and any(MEDIATORS_WORD.search(e.folded) for e in ctx.earlier[: ctx.index]):
                told = list(mediators)  # 'Israel and mediators met in Paris': the known ones
            if not told or not UNNAMED_TOLD.search(m.group(0)):
                return None
            return Draft((), [(a, "subject") for a in dict.fromkeys(told)], attributes=attributes)
        told = [
            x.actor
            for earlier in ctx.earlier[: ctx.index]
            for x in earlier.mentions
            if x.actor in mediators
        ] + [x.actor for x in ctx.mentions if x.end <= m.start() and x.actor in mediators]
        if not told:
            return None
        others = [(actor, "subject") for actor in dict.fromkeys(told)]
        return Draft((), others, attributes=attributes)

    def _proposal_relative(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'the proposal (that) Israel submitted on Monday': the relative clause's subject, the
        first name between the plan and the verb, proposed it."""
        noun = PLAN_NOUN_END.match(m.group(0))
        if noun is None:
            return None
        lo, hi = m.start() + noun.end(), m.end()
        inside = [x for x in ctx.mentions if lo <= x.start and x.end <= hi]
        if not inside or not RELATIVE_OPENING.fullmatch(ctx.folded, lo, inside[0].start):
            return None  # 'the proposal to Hamas, Egypt presented': no relative clause
        if re.match(r"\s+by\b", ctx.folded[hi : hi + 5]):
            return None  # 'the plan, which Biden said was offered by Israel': proposal.by's
        if self.counter_obj.search(m.group(0)) or CITED_PLAN.search(
            ctx.folded, max(0, m.start() - 90), m.start()
        ):
            return None
        summary = ctx.folded[m.end() : m.end() + 120].split(".")[0].strip(' ,"')
        name = self._name(ctx, m)
        return Draft(
            (inside[0],), attributes={"proposal_id": "", "summary": summary, "proposal_name": name}
        )

    def _answered_by(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'the proposal was rejected by Hamas', 'the plan, approved by the cabinet on Sunday':
        the doer of the answer named after 'by'."""
        subject = ctx.reader.objects(m.end(), 40)
        if not subject and GROUP_AFTER.match(ctx.folded, m.end()):
            subject = self._group_before(ctx, m.start())
        if not subject:
            return None
        name = self._name(ctx, m)
        return Draft(subject[:2], attributes={"proposal_id": "", "proposal_name": name})

    def _group_before(self, ctx: SentenceContext, pos: int) -> tuple[Mention, ...]:
        """'Hamas lays down its arms, the demand rejected by the militant group': the group is
        the last organisation named before in the sentence."""
        for mention in reversed(ctx.mentions):
            actor = self.registry.actors.get(mention.actor)
            if mention.end <= pos and actor is not None and actor.kind == "organisation":
                return (mention,)
        return ()

    def _counter(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if ASKED_TO_ANSWER.search(m.group(0)):
            return None  # 'gave Hamas until Sunday to give an answer': a reply asked, not made
        if JUDGED_BETWEEN.search(m.group(0)):
            return None  # 'delivered a video address welcoming the response': another's answer
        subject = ctx.reader.subject(m.start())
        if CARRIED.match(m.group(0)) and not OWN_ANSWER.search(m.group(0)):
            # 'Qatar delivered the Hamas response to Israel': the answer is the one its object
            # names; a mediator carrying 'the response' passes on another's answer
            # (its name right before the answer's noun: 'the Hamas response', "Hamas's reply";
            # not the receiver: 'provided Israel with the response')
            nouns = list(self.counter_obj.finditer(ctx.folded, m.start(), m.end()))
            at = nouns[-1].start() if nouns else m.end()
            owner = [
                x
                for x in ctx.mentions
                if m.start() < x.start
                and x.end <= at
                and not ctx.folded[x.end : at].strip(" '\u2019s")
            ]
            if owner:
                return Draft(tuple(owner[:1]), attributes={"proposal_id": "", "summary": ""})
            n = self._negotiation(ctx)
            neutral = {*self._mediators(ctx), *(n.mediators if n else ())}
            if any(
                neutral & set(self.registry.affiliations(x.actor, ctx.published)) for x in subject
            ):
                return None
        return Draft(subject, attributes={"proposal_id": "", "summary": ""})

    def _counter_from(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'we have received a reply from Hamas': the answer is Hamas's."""
        subject = ctx.reader.objects(m.end(), 40)
        if not subject:
            return None
        return Draft(subject[:1], attributes={"proposal_id": "", "summary": ""})

    def _studying(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Hamas said it was studying the proposal': an answer still to come."""
        subject = ctx.reader.subject(m.start())
        name = self._name(ctx, m)
        return Draft(subject, attributes={"response": "studying", "proposal_name": name})

    def _signers(self, ctx: SentenceContext, m: re.Match[str], before: str) -> tuple[Mention, ...]:
        """'the signing of the declaration by Hun Manet and his Thai counterpart': a signing
        told as a noun is done by those after its 'by', not by the sentence's doer."""
        if not m.group(0).startswith("signing") or not re.search(r"\bthe\s+$", before):
            return ()
        by = NOMINAL_BY.match(ctx.folded, m.end())
        return ctx.reader.objects(by.end()) if by else ()

    def _accept(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        text = m.group(0)
        if (
            text.startswith("back")
            and ctx.text[max(0, m.start() - 1) : m.start()] in HYPHENS
            and not YES_BEFORE.search(ctx.folded, max(0, m.start() - 80), m.start())
        ):
            return None  # 'the US-backed proposal', 'a UN-backed plan': a backer named, no yes
        if text.startswith("welcom") and not re.search(
            r"\b(?:proposals?|plans?|initiative|framework|vision|roadmap|road map)\b", text
        ):
            return None  # welcoming a truce or a release is no endorsement of terms
        before = ctx.folded[max(0, m.start() - 30) : m.start()]
        if (
            re.search(r"\bto\s+$", before)
            and not ready_to_accept(ctx.folded, m.span())
            and not re.search(
                r"\b(?:agreed|agrees|decided|decides|voted|votes|moved|chose|opted)\s+to\s+$|"
                r"\b(?:convene|convenes|convened|meet|meets|met|gather|gathers|vote|votes)\s+"
                r"(?:\w+\s+){0,3}?to\s+$",
                before,
            )
        ):
            return None  # 'gave Hamas until Sunday to accept the plan': asked, not done
        if KEEP_TRUCE.search(text):
            return None  # 'agreed to continue the existing ceasefire': the truce goes on
        if MILITARY_PLAN.match(ctx.folded, m.end()) or MILITARY_PLAN.search(text):
            return None  # 'approved plans for a military operation': no proposal accepted
        if re.search(
            r"\b(?:if|unless|provided|whether)\s+(?:[\w']+\s+){0,3}$|"
            r"\b(?:must|should|has to|have to|needs to|need to|ought to)\s+(?:\w+\s+)?$",
            ctx.folded[max(0, m.start() - 40) : m.start()],
        ):
            return None  # 'only if Hamas agrees to disarm', 'Israel must commit to': not done
        if DEAL_FRAME.match(ctx.folded) and re.search(
            r"\bhad\s+(?:\w+\s+)?$", ctx.folded[max(0, m.start() - 20) : m.start()]
        ):
            return None  # 'Under the earlier truce, Hamas had agreed to free ...': recalled terms
        if CONTINUED_TRUCE.match(text):
            return None  # 'agreed to continue the existing ceasefire': the truce rules read it
        subject = self._signers(ctx, m, before) or ctx.reader.subject(m.start())
        if SIGNING.match(text) and (
            re.search(r"\b(?:ceasefire|cease fire|truce)$", text) or COMMERCE.search(text)
        ):
            return None  # signing a truce is the truce agreed (outcome rules); a trade deal no text of the talks
        if (
            not SIGNING.match(text)
            and (
                re.search(r"\b(?:ceasefire|cease fire|truce|agreement)$", text)
                # 'Thailand and Cambodia agreed to halt hostilities': the truce itself
                or (
                    re.search(r"\b(?:stop|halt|end|cease)$", text)
                    and HOSTILITIES.match(ctx.folded, m.end())
                )
            )
            and not (
                self._one_side(ctx, subject, self._other_side(ctx, m.end()), self._mediators(ctx))
                and not WITH_PARTY.match(ctx.folded, m.end())
            )
        ):
            return None  # 'Israel and Hamas agreed to a ceasefire': the agreement, not a yes
        # (both sides signing a peace agreement is each one's yes to its text)
        # 'will only accept a deal that ends the war': a condition, not an acceptance
        if re.search(r"\b(?:any|a)\s+(?:\w+\s+)?(?:deal|agreement|proposal|plan)\b", text) and (
            re.search(r"\b(?:only|not|never|n't)\b", ctx.folded[max(0, m.start() - 20) : m.start()])
        ):
            tail = ctx.folded[m.end() : m.end() + 100].split(",")[0].strip()
            return Draft(subject, attributes={"__type": "DemandStated", "condition": tail})
        clause, _ = ctx.reader.clause_start(m.start())
        conditional = WITH_CONDITIONS.search(ctx.folded, clause)
        response = "with_conditions" if conditional else ""
        name = self._name(ctx, m)
        return Draft(
            subject, attributes={"proposal_id": "", "proposal_name": name, "response": response}
        )

    def _mutual(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """Two sides that agree or sign together accept the terms between them."""
        agreeing = m.group(0).startswith("agree") or TERMS_CAME.match(m.group(0)) is not None
        if agreeing and not NOT_TO.search(m.group(0)):
            # the object, past a time between ('agreed on Tuesday to meet again')
            tail = ctx.folded[m.end() : m.end() + 30]
            objects = [m.end()] + [m.end() + x.end() for x in OBJECT_OPENS.finditer(tail)]
            if any(MUTUAL_ELSEWHERE.match(ctx.folded, at) for at in objects):
                return None
            if any(CEASE_OBJECT.match(ctx.folded, at) for at in objects):
                return None  # 'agreed to halt hostilities': the truce itself (outcome rules)
        elif COMMERCE.search(m.group(0)) or re.search(
            r"\b(?:ceasefire|cease fire|truce)\b", m.group(0)
        ):
            return None  # a signed truce is the truce agreed; a trade deal no text of the talks
        before = ctx.folded[max(0, m.start() - 40) : m.start()]
        if re.search(
            r"\b(?:if|unless|provided|whether|once)\s+(?:[\w']+\s+){0,3}$|"
            r"\b(?:must|should|has to|have to|needs to|need to|ought to|to|had)\s+(?:\w+\s+)?$",
            before,
        ) or (DEAL_FRAME.match(ctx.folded) and "had" in before):
            return None  # 'only if both sides agree to', 'had agreed under the truce'
        subject = ctx.reader.subject(m.start())
        others = self._other_side(ctx, m.end())
        mediators = set(self._mediators(ctx)) | self.registry.not_sides
        named = self._named_sides(ctx, subject, others, mediators)
        # 'both sides agreed to ...' (no side named) is mostly a term of a deal told before,
        # read with it; two sides named, or a signature, is the agreement itself
        signed = not agreeing
        if not signed and subject and all(s.kind == COLLECTIVE_KIND for s in subject):
            return None  # 'both sides agreed to set up a hotline': a term, told with its deal
        if len(named) < (1 if signed else 2):
            return None  # one side's yes to terms is proposal.accept's; its signature is enough
        if not signed and ROUND_NAMED.search(ctx.folded):
            return Draft(
                subject, others, attributes={"__type": "TalksConcluded", "outcome": "progress"}
            )
        return Draft(subject, others, attributes=dict(NO_PLAN))

    def _reached(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'X and Y reached an agreement on ...', 'agreement was reached on ...', 'it was agreed
        that ...': both sides accept the terms. Active, both sides are named; passive or
        impersonal, they are the sentence's two sides, else its negotiation's."""
        if (
            AGREED_ELSEWHERE.search(m.group(0))
            or MUTUAL_ELSEWHERE.match(ctx.folded, m.end())
            or CEASE_OBJECT.match(ctx.folded, m.end())
        ):
            # a truce agreed is the outcome rules' ('reached an understanding to halt all
            # firing'); agreeing to meet, the round's
            return None
        if re.search(r"\bdeal\b", m.group(0)) and AGREED_ELSEWHERE.search(ctx.folded):
            return None  # 'reached a deal on the swap, and announce a ceasefire': the truce deal
        if AGREEMENT_HYPOTHETICAL.search(ctx.folded, max(0, m.start() - 40), m.start()):
            return None  # 'if an agreement is reached', 'hopes to reach an agreement'
        mediators = set(self._mediators(ctx)) | self.registry.not_sides
        if COMMERCE.search(m.group(0)):
            return None  # a trade or minerals deal is no text of the talks
        if not ACTIVE_AGREEMENT.match(m.group(0)):
            # the sides told within the agreement ('an accord between X and Y was signed at the
            # White House', not its venue), else after it ('was reached between X and Y', not
            # its teller: 'Borrell said a deal had been reached ...'), else any the sentence names
            sides: set[str] = set()
            for told in (
                self._told_in(ctx, m.start(), m.end()),
                self._told_in(ctx, m.start(), len(ctx.folded)),
                tuple(ctx.mentions),
            ):
                if len(sides) < 2:
                    sides = self._named_sides(ctx, told, [], mediators)
            if len(sides) < 2:
                sides = set(self._parties(ctx))
            if len(sides) < 2:
                return None
            others = [(side, "subject") for side in sorted(sides)]  # its doers, not the teller
            return Draft((), others, attributes=dict(NO_PLAN))
        subject = ctx.reader.subject(m.start())
        others = self._other_side(ctx, m.end())
        if len(self._named_sides(ctx, subject, others, mediators)) < 2:
            return None  # one side 'reached an agreement on a framework': not both sides' yes
        return Draft(subject, others, attributes=dict(NO_PLAN))

    def _named_day(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'their obligations under the May 11 Jeddah Declaration': a text both sides reached
        on that day (the latest such day not after publication), its sides its negotiation's,
        else the two the sentence names."""
        month = MONTHS[(m["mon"] or m["mon2"])[:3]]
        number = int(m["day"] or m["day2"])
        on = None
        for year in (ctx.published.year, ctx.published.year - 1):
            try:
                named = date(year, month, number)
            except ValueError:
                return None
            if named <= ctx.published:
                on = named
                break
        if on is None:
            return None
        others = self._two_sides(ctx)
        if not others:
            return None
        return Draft((), others, attributes=dict(NO_PLAN), on=Interval.day(on), done=True)

    def _two_sides(self, ctx: SentenceContext) -> list[tuple[str, str]]:
        """The two sides of a text told as a noun: the sentence's parties, else the two sides it
        names apart from mediators; none unless exactly two."""
        sides = set(self._parties(ctx))
        if len(sides) < 2:
            mediators = set(self._mediators(ctx)) | self.registry.not_sides
            sides = self._named_sides(ctx, tuple(ctx.mentions), [], mediators)
        return [(side, "subject") for side in sorted(sides)] if len(sides) == 2 else []

    @staticmethod
    def _told_in(ctx: SentenceContext, start: int, end: int) -> tuple[Mention, ...]:
        """The actors named between ``start`` and ``end``."""
        return tuple(x for x in ctx.mentions if start <= x.start < end)

    def _named_sides(
        self,
        ctx: SentenceContext,
        subject: tuple[Mention, ...],
        others: list[tuple[str, str]],
        mediators: set[str],
    ) -> set[str]:
        """The sides (top affiliations, no mediator) among an agreement's doers."""
        return {
            top
            for mention in subject
            for top in self.registry.affiliations(mention.actor, ctx.published)[-1:]
            if top not in mediators
        } | {
            top
            for actor, _ in others
            for top in self.registry.affiliations(actor, ctx.published)[-1:]
            if top not in mediators
        }

    def _offer_to(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'prepared to free Edan Alexander' offers terms; '... if Israel frees more' sets a condition.
        What is asked 'in exchange for' the release is the offer's other half, not a condition:
        'offered to release all hostages in exchange for an end to the war' is a counterproposal."""
        subject = ctx.reader.subject(m.start())
        tail = ctx.folded[m.end() : m.end() + 120]
        cond = re.search(r"\b(?:if|provided|unless|once)\b[^,.;]*", tail)
        if cond:
            return Draft(subject, attributes={"__type": "DemandStated", "condition": cond.group(0)})
        summary = tail.split(",")[0].strip()
        return Draft(subject, attributes={"proposal_id": "", "responds_to": "", "summary": summary})

    def _offer_exchange(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'offered to release all hostages in exchange for an end to the war': what is asked
        in exchange, demanded on the condition of the release (the offer is offer_to's)."""
        tail = ctx.folded[m.end() : m.end() + 120]
        asked = re.search(r"\b(?:in exchange for|in return for)\b[^.;]*", tail)
        if asked is None or re.search(r"\b(?:if|provided|unless|once)\b", tail[: asked.start()]):
            return None
        subject = ctx.reader.subject(m.start())
        return Draft(subject, attributes={"condition": asked.group(0)})

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
        if VERDICT.match(m.group(0)):
            # '"It is totally unacceptable," he wrote': who calls it so, not what 'it' is
            for said in self.speech.finditer(ctx.folded):
                if m.start() <= said.start() < m.end():
                    continue
                speaker = ctx.reader.subject(said.start())
                if not speaker and said.start() > m.end():
                    speaker = ctx.reader.objects(said.end(), 40)
                if speaker:
                    subject = speaker
                    break
        return Draft(subject, attributes={"proposal_id": "", "reason": ""})

    def _not_accepted(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'the cabinet ultimately did not accept it': a plan refused, not one still awaited
        ('has not yet accepted') nor one supposed ('if the group did not accept the deal')."""
        start, word = ctx.reader.clause_start(m.start())
        if word in ("if", "unless", "whether", "once") or SUPPOSED.search(
            ctx.folded, max(0, start - 30), m.start()
        ):
            return None
        if re.search(r"\b(?:yet|still)\b", m.group(0)):
            return None
        if m.group(0).endswith(("it", "them")):
            before = ctx.previous[-1] if ctx.previous else ctx.before
            if before is None or not self.plan_object.search(before.folded):
                return None
        return self._unacceptable(ctx, m)

    def _possessor_after(self, ctx: SentenceContext, m: re.Match[str]) -> tuple[Mention, ...]:
        """'... did not meet Israel's demands': whose demands they are."""
        owner = [x for x in ctx.mentions if x.possessive and m.start() <= x.start < m.end()]
        return (owner[0],) if owner else ()

    def _reject(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        after = ctx.folded[m.end() : m.end() + 70]
        demanded: re.Match[str] | None = None
        if PASSIVE_AUX.search(ctx.folded, max(0, m.start() - 30), m.start()) and PASSIVE_BY.match(
            after
        ):
            return (
                None  # "the ELN's offer was turned down by the government": the doer is after 'by'
            )
        if DENIED_OBJECT.match(after) or NON_COMMITTAL.match(after):
            return None  # 'rejected reports that ...' denies, it does not refuse
        calls = APPEALS_OBJECT.match(after)
        if calls:
            # 'rejected renewed ELN calls for the army to pull back': a side's demand refused;
            # 'resisted international calls to agree a ceasefire': no side's, no plan refused
            owners = [
                x for x in ctx.mentions if m.end() <= x.start and x.end <= m.end() + calls.end()
            ]
            if not owners:
                return None
            return Draft(
                ctx.reader.subject(m.start()),
                [(owners[0].actor, "target")],
                attributes={"__type": "DemandRejected", "demand_of": owners[0].actor},
            )
        told = TOLD_CALLS.match(after)
        last = ctx.previous[-1] if ctx.previous else ctx.before
        if told and last is not None:
            # 'M23 dismissed those calls': the calls the sentence before told (in the paragraph
            # before, if this one opens with it), by whoever made them there (not the refuser)
            doers = {x.actor for x in ctx.reader.subject(m.start())}
            owners = [x for x in last.mentions if x.actor not in doers]
            if owners:
                return Draft(
                    ctx.reader.subject(m.start()),
                    [(owners[0].actor, "target")],
                    attributes={"__type": "DemandRejected", "demand_of": owners[0].actor},
                )
        if REFUSED_UNTIL.match(ctx.folded, m.start()):
            return None  # 'refused to free them unless Israel withdraws': a condition (demand)
        issue_object = self.issue_words.search(CLAUSE_END.split(after, 1)[0][:55])
        issue_named = False
        before = ctx.folded[max(0, m.start() - 90) : m.start()]
        subject = ctx.reader.subject(m.start())
        demand_after = self.demand_obj.search(after)
        proposal_after = re.search(
            r"\b(?:proposals?|plans?|offers?|counter ?proposals?|counter ?offers?|"
            r"framework|deal|terms|response|vision|initiative|idea|ceasefire|"
            r"cease fire|truce|draft|amendments|reply|changes|roadmap|road map|blueprint|"
            # 'rejected the Russian memorandum', 'dismissed the document': the text put to it
            r"memorand(?:um|ums|a)|document|formula|(?:attempts?|efforts?|"
            r"bids?)(?! to\b))\b",
            after,
        )
        first_clause = CLAUSE_END.split(after, 1)[0][:55]
        owned_issue = ISSUE_OBJECT.match(first_clause)
        if LINKAGE_OBJECT.match(after):
            kind = "DemandRejected"  # 'rejects linking the truce to ...': a condition refused
        elif demand_after and (not proposal_after or demand_after.start() < proposal_after.start()):
            kind = "DemandRejected"
        elif owned_issue and (not proposal_after or owned_issue.end() <= proposal_after.start()):
            kind = "DemandRejected"  # 'reject any Israeli presence after a ceasefire begins'
        elif proposal_after:
            kind = "ProposalRejected"
        elif re.search(
            r"\b(?:which|both of which|that)\s+(?:\w+\s+){0,4}$", before
        ) and self.demand_obj.search(before):
            kind = "DemandRejected"
        elif APPOSED_DEMAND.search(before):
            kind = "DemandRejected"  # 'the disarmament of Hamas, a condition the group rejected'
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
            issue_named = True
        elif re.fullmatch(r"[\s.!\"']*", after) and re.search(
            r"\b(?:proposals?|plans?|offers?|framework|deal)\b", ctx.folded[: m.start()]
        ):
            kind = "ProposalRejected"  # 'Hamas accepts the plan, Israel rejects': the plan named
        elif PRONOUN_OBJECT.match(after) and (
            demanded := DEMANDED_BEFORE.search(ctx.folded, max(0, m.start() - 160), m.start())
        ):
            kind = "DemandRejected"  # 'Ukraine insists on a ceasefire, but Russia rejects it'
        else:
            return None
        # whose plan or demand: named in the object, not in a clause after it ('while Hamas ...')
        reach = min(45, len(CLAUSE_END.split(after, 1)[0]))
        owner = [x for x in ctx.mentions if m.end() <= x.start < m.end() + reach]
        if issue_object is not None and issue_named:
            # 'ruled out NATO membership': a name inside the issue's words is no demander
            # (an adjective is: 'rejected any Israeli presence')
            inside = (m.end() + issue_object.start(), m.end() + issue_object.end())
            owner = [
                x for x in owner if x.kind == "adjective" or not inside[0] <= x.start < inside[1]
            ]
        targets = [(owner[0].actor, "target")] if owner else []
        if demanded is not None:  # the demander of the clause before is whose demand it is
            targets = [(x.actor, "target") for x in ctx.reader.subject(demanded.start())]
        name = self._name(ctx, m)
        draft = Draft(
            subject, targets, attributes={"reason": _reason(after), "proposal_name": name}
        )
        if kind == "DemandRejected":
            objs = owner if issue_named else ctx.reader.objects(m.end(), reach)
            draft.attributes = {"demand_of": objs[0].actor if objs else None}
        else:
            draft.attributes["proposal_id"] = ""
        draft.attributes["__type"] = kind
        return draft

    def _passive_accept(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Trump's plan, which has been accepted by Israel': the doer after 'by' takes the
        plan the clause before names; 'partly agreed to by Hamas' is a yes with conditions."""
        if BLESSING.search(m.group(0)) and not PLAN_JUST_BEFORE.search(ctx.folded, 0, m.start()):
            return None
        draft = self._passive(ctx, m)
        if draft is not None:
            draft.attributes["response"] = "with_conditions" if PARTLY.search(m.group(0)) else ""
        return draft

    def _accept_which(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'his plan, which Israel has already said it agrees to': the doer between 'which' and
        its verb takes the plan named right before 'which'."""
        if not PLAN_JUST_BEFORE.search(ctx.folded, 0, m.start()):
            return None
        if NOT_DONE.search(m.group(0)):
            return None  # 'which Hamas has not accepted', 'which Israel never approved'
        doer = [x for x in ctx.mentions if m.start() < x.start < m.start() + 40][:1]
        if not doer:
            return None
        name = self._name(ctx, m)
        return Draft(tuple(doer), attributes={"proposal_id": "", "proposal_name": name})

    def _passive_reject(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The offer was turned down by Moscow': the doer after 'by' refuses the plan."""
        draft = self._passive(ctx, m)
        if draft is not None:
            draft.attributes["reason"] = _reason(ctx.folded[m.end() : m.end() + 70])
        return draft

    def _passive(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        before = ctx.folded[max(0, m.start() - 120) : m.start()]
        if not PASSIVE_PLAN.search(before) or NOT_DONE_BEFORE.search(before):
            return None  # no plan answered, or 'must be approved by', 'if it is accepted by'
        subject = ctx.reader.objects(m.end(), 40)
        if not subject:
            return None
        name = self._name(ctx, m)
        return Draft(subject[:2], attributes={"proposal_id": "", "proposal_name": name})

    def _signed_by(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'two partial deals signed Tuesday in Barbados by X and Y': the signers accept the text
        (told in the finite passive, 'was signed by', it is agreement.reached's)."""
        if COMMERCE.search(m.group(0)) or NAMED_YEAR.search(
            ctx.folded, max(0, m.start() - 30), m.end() + 80
        ):
            return None  # a trade deal, or 'the 2018 accord signed by ...' recalled
        if not any(m.start() <= t.start < m.end() + 80 for t in ctx.times):
            return None  # 'the accord signed by X and Y', undated: a text recalled as a frame
        if NOT_DONE_BEFORE.search(ctx.folded, max(0, m.start() - 60), m.start()):
            return None  # 'once the deal is signed by both', 'if the accord signed by ...'
        signers = ctx.reader.objects(m.end(), 60)
        if not signers:
            return None  # 'signed by Friday': a deadline, no signer
        return Draft(signers, attributes=dict(NO_PLAN))

    def _told_dated(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'a declaration of principles signed in Washington a week ago': the sides' text, dated by the
        recent past time right after its participle (a place or signers between them)."""
        if m.group(0).endswith("signed") and SIGNERS_AFTER.match(ctx.folded, m.end()):
            return None  # 'a memorandum signed on Monday by X and Y': agreement.signed_by's
        if not (m["terms"] or TEXT_NOUN.match(m["noun"])):
            return None  # 'the peace agreement signed last week': as often the truce itself
        told = next((t for t in ctx.times if 0 <= t.start - m.end() <= 45), None)
        if told is None or not TOLD_GAP.fullmatch(ctx.folded, m.end(), told.start):
            return None  # undated, or a time of something else: a frame of other news
        on = told.past
        if not ctx.published - timedelta(days=RECENT_DAYS) <= on.start <= ctx.published:
            return None  # 'the accord signed in 2018': background, not news
        noun_phrase = ctx.folded[max(0, m.start() - 40) : m.end()]
        if (
            AGREED_ELSEWHERE.search(noun_phrase)
            or COMMERCE.search(noun_phrase)
            or DRAFT_TEXT.search(noun_phrase)
            or NOT_DONE_BEFORE.search(ctx.folded, max(0, m.start() - 60), m.start())
        ):
            return None  # a truce (the outcome rules'), a trade deal, a draft, or a hypothesis
        others = self._two_sides(ctx)
        if not others:
            return None
        # where it was signed: a place named between the participle and the time
        place = next((p.place for p in ctx.places if m.end() <= p.start < told.start), None)
        return Draft((), others, attributes=dict(NO_PLAN), location=place, on=on, done=True)

    def _accept_it(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The ELN accepted it on Wednesday': a plan the sentence before named as its object."""
        before = ctx.previous[-1] if ctx.previous else ctx.before
        if before is None or not self.plan_object.search(before.folded):
            return None
        if IT_CLAUSE.match(ctx.folded, m.end()):
            return None  # 'accepted it was time to ...': a fact conceded, no plan
        return self._accept(ctx, m)

    def _declined_talks(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The army declined to participate in the Geneva talks': the invitation refused."""
        if UNTIL_AFTER.match(ctx.folded, m.end()):
            return None  # 'will not take part until Hamas clarifies ...': a condition (demand)
        subject = ctx.reader.subject(m.start())
        name = self._name(ctx, m)
        return Draft(
            subject,
            attributes={"proposal_id": "", "reason": "", "proposal_name": name},
        )

    def _denied_truce(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Petro announced a ceasefire; the ELN denied it days later': the truce the other side
        announced, refused."""
        if not (
            TRUCE_ANNOUNCED.search(ctx.folded)
            or any(TRUCE_ANNOUNCED.search(p.folded) for p in ctx.previous[-1:])
        ):
            return None  # 'denied it' of anything but an announced truce: no rejection
        if m.group(0).endswith("by"):
            subject = ctx.reader.objects(m.end(), 40)[:1]
        else:
            subject = ctx.reader.subject(m.start())
        if not subject:
            return None
        return Draft(
            subject,
            attributes={"proposal_id": "", "reason": "", "proposal_name": self._name(ctx, m)},
        )

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
