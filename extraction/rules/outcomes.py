"""What the talks produce (catalog: CeasefireAgreed, TruceExtended, CeasefireCollapsed,
HostagesReleased, PrisonersReleased): ceasefires, truces, releases and agreements.

Rules in ``extraction/data/rules/outcomes.toml``; their productions below."""

from __future__ import annotations

import re
from datetime import date

from domain.durations import NUMBERS
from domain.values import Interval
from extraction.actors import Mention
from extraction.rules.base import (
    WITH_PARTY,
    Family,
    alt,
    load_family,
)
from extraction.rules.context import FUTURE_CUE, Draft, SentenceContext
from extraction.temporal import DURATION, TimeExpr, shift

# Two or more capitalised personal names in a list right before a verb.
_NOT_NAME = (
    r"(?:On|In|At|The|After|Before|Then|Also|And|But|When|Both|All|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|Earlier|Later|Last|This)\b"
)

_NAME = rf"(?!{_NOT_NAME})[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|bin|ben|al|el|de|van))*"

NAME_LIST = re.compile(rf"(?<![\w,])\s*{_NAME}(?:,\s*{_NAME})*,?\s+and\s+{_NAME}\s+$")

PRISONER_WORDS = re.compile(r"\b(?:prisons?|prisoners?|detainees?|inmates?|palestinians?|jail)\b")

FUTURE_MODAL = re.compile(r"\b(?:will|would|'ll|shall|is to|are to|is set to|are set to)\b")

PROMISE = re.compile(
    r"\b(?:agreed|agrees|agree|offered|offers|promised|promises|pledged|pledges|committed|"
    r"consented|ready|prepared|willing|readiness|willingness|offer|commitment)\s+to\s+$"
)
# 'the bodies of the hostages were handed over': remains, no release of the living.
REMAINS_OF = re.compile(r"\b(?:bodies|body|remains|corpses?)\s+of\s+(?:the|those|these)\s+$")
# 'the bodies of four hostages will be returned', 'the remains of deceased captives were handed
# over': the dead are returned, no one is freed.
OF_THE_DEAD = re.compile(
    r"\b(?:(?:bodies|body|remains|corpses?)\s+of\s+(?:[\w,-]+\s+){0,3}?|"
    r"(?:deceased|dead|slain|killed|murdered|late)\s+(?:[\w-]+\s+)?)$"
)
# A release told in the passive with its noun first: 'hostages were released', 'the captives have
# been freed' (no participle used as an adjective: 'the freed hostages'; no infinitive, which
# describes: 'the hostages to be released in the first phase').
NOUN_FIRST_PASSIVE = re.compile(
    r"(?!(?:released|freed|rescued|returned|handed|set)\b)[a-z]+\b.*\b(?:were|was|been)\s"
)
# The same told of a release to come once a deal is made: 'the hostages will be released very
# soon', 'all the prisoners will then be freed' (expected); not in a relative clause, which
# describes ('the number of prisoners who will be released'), nor beside a plan's or a phase's
# terms ('the remaining hostages will be released in the second phase', 'under the proposal').
NOUN_FIRST_FUTURE = re.compile(
    r"(?!(?:released|freed|rescued|returned|handed|set)\b)[a-z]+\b.*"
    r"\b(?<!who )(?<!that )(?<!which )will\s+(?:[a-z]+\s+)?be\s"
)
TERMS_AROUND = re.compile(
    r"\b(?:phases?|stages?|proposals?|plans?|offers?|framework|drafts?|under|if|once|when|after|"
    r"until|unless|provided)\b"
)
# 'the number of hostages to be released': a topic of the talks, not a release.
COUNT_TOPIC = re.compile(
    # ('a number of hostages' is several of them, no topic)
    r"\b(?:(?<!\ba )(?<!\ba large )(?<!\ba small )number|numbers|list|lists|names|identity|"
    r"ratio) of\s+(?:\w+\s+){0,2}$"
)
# 'any presence after a ceasefire begins': a truce in a clause of timing, in the present, is
# background to another statement, not a truce taking effect.
TIMING_CLAUSE = re.compile(
    r"\b(?:after|before|until|till|when|whenever|once|as soon as|by the time)\s+"
    r"(?:a|an|the|any)?\s*(?:[\w-]+\s+){0,2}$"
)
PRESENT_EFFECT = re.compile(
    r"\b(?:begins|starts|takes effect|takes hold|goes into|comes into|is in|"
    # 'the terms to be met before a ceasefire can take effect': a start still to be earned
    r"(?:can|could|may|might) (?:begin|start|take effect|take hold|go into|come into))\b"
)

EXPIRY = re.compile(
    r"\s*(?:[\w']+\s+){0,4}?(?:expired|expires|ended|ends|lapsed|lapses|ran out|runs out|"
    r"collapsed|collapses|broke down|breaks down|fell apart|falls apart|unravell?ed|unravels|"
    r"(?:was|were) (?:shattered|broken|violated|breached))\b"
)
# 'Israel ended the truce on March 18', 'accused of violating the ceasefire on Saturday': the
# time that follows is the ending's or the breach's, never the day the truce was agreed.
ENDED_BEFORE = re.compile(
    r"\b(?:end|ends|ended|ending|broke|break|breaks|breaking|shattered|shatters|shattering|"
    r"scuttled|scuttling|wrecked|wrecking|torpedoed|torpedoing|violat\w+|breach\w*|"
    r"abandon\w*|collaps\w+|"
    # a truce renewed or extended on a day: the day of the renewal (or of its failure), not of
    # the agreement ('failed to renew a UN-brokered truce in October')
    r"renew\w*|extend\w*|prolong\w*)\s+(?:\w+\s+){0,4}?$"
)

# 'within 72 hours of an agreed ceasefire', 'pressing for a signed truce': a participle used
# as the adjective of an indefinite truce names a truce supposed or wished for, none agreed.
ANY_AGREED = re.compile(r"\b(?:a|an|any)\s+$")
ATTRIBUTIVE = re.compile(
    r"(?:agreed|reached|signed|brokered|negotiated|announced|approved|sealed|secured)\s+"
    r"(?:cease ?fire|truce|armistice|pause|cessation of hostilities)s?"
)
# 'agreed to a ceasefire proposal': the proposal is accepted, no truce is agreed.
TRUCE_PROPOSAL = re.compile(
    r"\s*(?:deal\s+)?(?:proposals?|plans?|offers?|framework|terms|draft|initiative|roadmap|"
    r"blueprint|talks|negotiations)\b"
)
# A gathering that agrees, named by what it is about ('the ministerial meeting on the situation
# in eastern Congo agreed a ceasefire', also after a dateline whose dash folds to spaces): the
# place it is about is no party.
GATHERING = re.compile(
    r"(?:^|\s{2,})(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|summit|conference|session|"
    r"talks|round|council|gathering)\s+(?:on|of|about|over|for)\s+[^,;]*$"
)
# The verbs by which one side agrees: alone, it accepts; both sides agreeing make the agreement.
AGREEING = re.compile(r"(?:agreed|agree|agrees|approved|accepted)\b")
# 'a truce starting Sunday', 'which takes effect on Friday': when an agreed truce begins.
STARTS = re.compile(
    r"\b(?:starting|beginning|effective|from|as of|(?:set|due|expected|scheduled) to (?:begin|"
    r"start|commence|take effect)|to (?:begin|start|commence|take effect|come into "
    r"(?:effect|force))|(?:that|which) "
    r"(?:will |would )?(?:begins?|starts?|takes? effect|began|started|took effect))"
    # the hour first: 'starting at midnight on the 4th of August'
    r"\s+(?:(?:at\s+)?(?:midnight|noon|dawn|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|gmt|utc|hours)?)"
    r"(?:\s+local\s+time)?\s+)?(?:on\s+|at\s+)?(?:the\s+)?$"
)
PAST_AGREEMENT = re.compile(
    # ('announced that the truce is expected to take effect on Sunday': the announcement done)
    r"(?:agreed|reached|struck|signed|sealed|clinched|brokered|approved|cracked|hammered out|"
    r"announced|finalised|finalized|secured|nailed down)\b"
)
# A match that ends in the truce taking effect (not in its agreement): dated by its start.
TAKES_EFFECT = re.compile(
    r"(?:effect|force|place|effective|began|begins?|commenced|commences?|started|starts?|kicked in|"
    r"kicks in|kick in|hold)$"
)
# A truce named in so many words (a deal's taking effect is the truce's only beside one).
TRUCE_WORD = re.compile(r"\b(?:cease ?fire|truce|armistice|cessation of hostilities)\b")
# 'ordered the start of the truce': the match names its start, not its agreement.
START_OF = re.compile(r"\bthe\s+(?:beginning|start)\s+of\b")
# 'effective from January 19': the day it takes effect (a time that opens no period here).
FROM = re.compile(r"\s*(?:effective\s+|starting\s+|beginning\s+)?from\s+")
# The truce's parties, then its start: 'a ceasefire with the ELN, the EMC and others from ...'.
PARTIES_FROM = re.compile(
    r"\s+(?:with|between)\s+(?:(?!\b(?:which|who|that|after|when|while|as|since|until|"
    r"before)\b)[^.;:]){2,220}?\s+(?:effective\s+|starting\s+|beginning\s+)?from\s+"
)
# A truce declared over or ended: 'declared its ceasefire with the government over'.
DECLARING = re.compile(r"\s*(?:declared|declares)\b")
DECLARED_OVER = re.compile(r"[^.;,]{0,40}?\b(?:over|ended|finished|void|dead|null)\b")
# The two ends of a truce's period: 'from July 6 to August 3', 'from Monday until Friday'.
TRUCE_SPAN = re.compile(r"\bfrom\s+$|\bfrom\s+[^.;:]{1,25}?\s+(?:to|until|till|through)\s+$")
EFFECT_TIME = re.compile(
    r"\b(?:(?:takes?|taking|take) effect|(?:comes?|coming|come|goes|go|going) into "
    r"(?:effect|force)|be effective|(?:to|will|would|'ll) (?:begin|start))"
    r"\s*(?:on\s+|at\s+|from\s+)?$|"
    # 'a ceasefire, starting at midnight on the 4th of August': the truce's start
    r"(?:,\s*|\s+)(?:starting|beginning|effective)\s+(?:at\s+)?(?:midnight|noon|dawn|\d{1,2}(?:[:.]\d\d)?"
    r"\s*(?:am|pm|gmt|utc|hours)?)(?:\s+local\s+time)?\s+(?:on\s+)?(?:the\s+)?$"
)
# 'violating the', 'a breach of the', 'accused Russia of breaking the': a truce broken
BROKEN_BEFORE = re.compile(
    r"\b(?:violat\w+|breach\w*|broke|break|breaks|breaking|broken|flout\w*|undermin\w+)\s+"
    r"(?:of\s+)?(?:the|a|an|its|their)\s+$"
)
HYPHENS = frozenset("-\u2010\u2011")
STARTED = re.compile(r"\b(?:began|started|took effect)\b")
# 'its first attack since the truce began', 'Since the ceasefire took effect, Israel has struck
# daily': a start told as the yardstick of what came after, background unless the clause dates it.
SINCE_START = re.compile(r"\bsince\s+(?:[\w'\u2019-]+\s+){1,8}$")
# A clause telling of the talks, not the truce: 'reached during the third round of talks, which
# began on May 2 and concluded on June 8': its times date the talks.
TALKS_CLAUSE = re.compile(
    r"\b(?:talks|negotiations|round|rounds|meeting|meetings|summit|conference|session|"
    r"consultations|dialogue)(?:\s+(?:in|at)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,?\s+(?:which|that)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:began|begun|started|opened|resumed|ran|lasted|were held|was held|took place|"
    r"concluded|ended|wrapped up)\b[^.;:()]{0,60}$"
)


def _talks_times(ctx: SentenceContext) -> frozenset[int]:
    """Times in a clause about the talks ('talks, which began on May 2'): not the truce's."""
    return frozenset(
        t.start for t in ctx.times if TALKS_CLAUSE.search(ctx.folded, max(0, t.start - 90), t.start)
    )


# A length qualifies the truce only when it is the truce's: 'a four-day truce', 'a truce lasting
# seven days', never 'after three days of talks' or 'the 12-day war' in the same sentence.
TRUCE_NOUN = r"(?:truce|ceasefire|cease fire|pause|halt|lull|calm|humanitarian pause)s?\b"
PHASE_NOUN = r"(?:phase|stage)s?\b"
_QUALIFIERS = (
    r"(?:(?:humanitarian|temporary|initial|first|second|third|final|opening|new|full|complete|"
    r"general|mutual|renewable|proposed|possible|comprehensive|bilateral|unilateral|nationwide|"
    r"indefinite|formal)\s+){0,2}"
)
LENGTH_BEFORE = re.compile(rf"\s*(?:long\s+)?{_QUALIFIERS}(?P<noun>{TRUCE_NOUN}|{PHASE_NOUN})")
LENGTH_AFTER = re.compile(
    # 'a truce in Havana for a period of six months': the place signed, then the length
    rf"(?P<noun>{TRUCE_NOUN}|{PHASE_NOUN})\s*,?\s*(?:in\s+(?:[a-z]+\s+){{1,3}}?)?"
    r"(?:(?:for\s+)?(?:a|an)\s+(?:period|term)\s+of|lasting|of|for|that (?:will |would )?"
    r"(?:last|lasts|lasted)|(?:which|that) (?:will|would) last|to last|set to last|due to last)"
    r"\s+(?:up to\s+|about\s+|around\s+|at least\s+|an initial\s+|another\s+)?$"
)
# 'for an additional two days', 'by 48 hours', 'for another week', 'for seven more days': the
# length added.
EXTENSION = re.compile(
    r"\b(?:by|for)\s+(?:(?:another|a further|an additional|an extra|one more|additional|"
    r"further|a|an)\s+)?(?:(?P<n>\d{1,3}|[a-z]+)\s+)?(?:(?:more|additional|extra)\s+)?"
    r"(?P<unit>days?|hours?|weeks?|months?)\b"
)
# 'was seeking a further extension', 'called for extending the truce': wanted, not granted.
# 'a deal would be the first truce since the November pause', 'if agreed, it would mark the first
# halt in the fighting, which saw a pause in May': a truce hoped for, measured against an older
# one, which the sentence names as a yardstick, not as news.
FIRST_SINCE = re.compile(
    r"\b(?:would|could|might|will)\s+(?:\w+\s+){0,2}?(?:be|mark|represent|constitute|become)\s+"
    r"(?:the\s+|their\s+|its\s+)?(?:first|longest|only|second)\b"
)
SOUGHT = re.compile(
    r"\b(?:seek|seeks|seeking|sought|push\w* for|call\w* for|ask\w* for|request\w*|"
    r"hop\w* for|want\w*|press\w* for|work\w* (?:on|toward|towards)|discuss\w*|"
    r"talks? (?:on|about)|efforts? (?:for|toward|towards)|bid for|possible|potential|"
    r"regarding|concerning|about|over)\s+"
    r"(?:a |an |the )?(?:further |possible |new |another |longer )?$"
)
# How a truce ended, read off the words that say it (the read side's truce lifecycle).
ENDINGS = (
    # 'the truce ended on Friday' (said of the truce, not of who ended it): it ran its course
    (
        "expired",
        re.compile(
            r"\b(?:expired|expires|expire|lapsed|lapses|ran out|runs out)\b|"
            r"^(?:truce|ceasefire|cease fire|pause)\b.*\b(?:ended|ends)$"
        ),
    ),
    ("fighting_resumed", re.compile(r"\bresum")),
    ("violated", re.compile(r"\b(?:broke|breaking|breaks|break|violat\w*|breach\w*)\b(?! down)")),
)

# A relative clause after a name, recalling what its actor did: ', which had brokered'.
# ('The US, which, along with France, brokered the truce': a partner named between the two)
RECALLED = re.compile(
    r"\w,\s*(?:which|who)\s*(?:,\s*[^,;.]{1,40},\s*|\s(?:along|together)\s+with\s+[^,;.]{1,30}?\s+)?"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$"
)

# Terms offered as another party's plan lays them down: 'as set out in Trump's plan', 'in line
# with the US proposal', 'under the terms of the framework'.
UNDER_PLAN = re.compile(
    r"\b(?:as (?:set out|laid out|outlined|stipulated|envisaged|proposed|specified) "
    r"(?:in|by|under)|in line with|in accordance with|under the terms of|"
    r"according to the terms of)\s+"
    r"(?:[\w']+\s+){0,5}?(?:plan|proposal|framework|initiative|roadmap|offer|deal)\b"
)
# 'a proposal that included ...', 'the deal, which saw ...': a document whose terms follow.
DOCUMENT_TERMS = re.compile(
    r"\b(?:proposals?|plans?|deal|agreement|framework|offers?|draft|terms|initiative|roadmap)"
    r"\s*,?\s+(?:that|which)\s+(?:\w+\s+){0,2}$"
)
PROPOSED_TO = re.compile(
    r"\b(?:proposals?|plans?|offers?|bid|push|efforts?|calls?|idea|arrangements|steps|ways|"
    r"attempts?|moves?)\s+(?:[\w']+\s+){0,4}?to\s+$"
)


# A proposal agreed to, right before the words that name it: 'the parties have agreed to the
# United Nations' proposal to renew the truce'.
ACCEPTED_PLAN = re.compile(
    r"\b(?:agreed|agree|agrees|accepted|accept|accepts|approved|approve|approves|endorsed)\s+"
    r"(?:to\s+|on\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w']+\s+){0,4}?$"
)
# The length of a truce noun compound an extension heads: 'a 2-month truce renewal'.
LENGTH_COMPOUND = re.compile(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?P<unit>day|week|month|hour)s?\s+(?:long\s+)?(?:truce|ceasefire|cease fire)\s+$"
)
# 'announces a truce renewal': the extension rules read it, it is no truce agreed.
RENEWAL = re.compile(r"\b(?:truce|ceasefire|cease fire)\s+(?:renewal|extension)s?\b")


# The terms of a plan told before the release: 'the first stage envisages ... the release of',
# 'Egypt proposed a truce that would see Hamas free four hostages'.
# A release a side agrees or offers to make: the terms of an exchange, not yet a release.
AGREED_RELEASE = re.compile(
    r"\b(?:agreed|agrees|agree|consented|offered|offers|ready|willing|prepared)\s+to\s+"
    r"(?:\w+\s+)?(?:release|free|swap|exchange|hand over|return)\b"
)
TERMS_BEFORE = re.compile(
    r"\b(?:envisag\w+|envision\w*|foresee\w*|stipulat\w+|provides? for|provided for)\b|"
    r"\b(?:proposed|proposes|proposal|plan|offer|framework|draft|initiative)\b[^.;]{0,80}?"
    r"\b(?:that|which|under which)\s+would\b|"
    r"^\s*(?:in (?:exchange|return)|under (?:the|a|an|this|that)\b[^,]{0,40}),"
    r"[^.;]{0,40}?\bwould\b|"
    # a leading clause of condition or delay: 'within 72 hours of an agreed truce, Hamas would
    # release', 'once the truce holds, Russia would free': the terms, no release
    r"^\s*(?:within [\w-]+ (?:hours?|days?|weeks?) of|once|if)\b[^,]{0,60},[^.;]{0,40}?\bwould\b"
)
# 'so that we can return all of the hostages': a purpose, nothing done.
PURPOSE = re.compile(
    r"\bso (?:that )?(?:[\w']+ ){1,3}(?:can|could|will|would|may|might) (?:\w+ )?$"
)
# 'after the group releases the hostages', 'once Hamas frees them': a release still to come,
# told as the time of something else.
SUBORDINATE_RELEASE = re.compile(
    r"\b(?:after|once|when|until|before|as soon as)\s+(?:the\s+|all\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:releases|frees|returns|hands over|sets free)$"
)

# 'Negotiations on a Gaza truce deal begin': what begins is the talks, the truce is their topic.
TALKS_ON = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|meetings?)\s+(?:on|over|about|for|"
    r"toward|towards|regarding)\s+(?:the\s+|a\s+|an\s+)?(?:[\w']+\s+){0,5}$"
)
BEGIN_WORD = re.compile(
    r"\b(?:began|begins|begin|commenced|commences|commence|started|starts|start)$"
)


# 'Petro announced a bilateral ceasefire, denied days later by the guerrillas', '..., the rebels
# denied it', '... that it had not been agreed': one side's word the other disowned, no truce.
DISOWNED = re.compile(
    r"[^.;]{0,160}?(?:\b(?:denied|rejected|disputed|disowned|repudiated)\b(?:\s+\w+){0,3}?\s+"
    # 'denied it', not 'denied that it would withdraw' (a denial of something else)
    r"(?:(?:it|this|that)\b(?!\s+(?:[a-z]+\s+)?(?:would|will|was|is|had|has|could|should|did|"
    r"were))|by\b)|\b(?:had|has|was|were|have) (?:never |not )been agreed\b)"
)


# 'agreed an agenda on a ceasefire', 'agreed to talks on a truce', 'agreed to discuss a
# ceasefire': the truce is the topic of what was agreed, not agreed itself.
TOPIC_AGREED = re.compile(
    r"\b(?:agenda|talks|negotiations|discussions?|dialogue|consultations|timetable|discuss\w*)\b"
)


# 'a truce that can be extended': what may be done to it, nothing done.
MAY_BE = re.compile(r"\b(?:can|could|may|might)\s+(?:\w+\s+)?be\s+$")
# 'agreed to extend the truce by five days': the extension agreed is made.
AGREED_TO = re.compile(r"\b(?:agreed|decided|voted)\s+to\s+$")
KEPT = re.compile(r"\b(?:continue|maintain|uphold|keep|preserve|prolong|sustain|existing)\b")


# Between 'will come into force' and its day: 'from midnight on', 'at 4 am local time on'.
START_HOUR = re.compile(
    r"\s*(?:(?:from|at|as of|starting)\s+)?(?:(?:midnight|noon|dawn|\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:am|pm|a\.m\.|p\.m\.|gmt|utc|hours)?)\s+(?:\(?[\w:. ]{0,20}\)?\s+)?)?"
    r"(?:local time\s+)?(?:on|at|from|by|as of)?\s*"
)


# A truce's noun followed by the participle that made it: 'deal brokered by', 'agreement reached
# by their leaders', 'signed last Wednesday'.
SEALED_AFTER = re.compile(
    r"\s+(?:(?:deal|agreement|accord|pact)\s+)?(?:(?:just|only|first|previously|already)\s+)?"
    r"(?:reached|agreed|signed|brokered|struck|clinched|sealed|concluded|announced)\b"
)

# 'the ceasefire agreement of May 10', 'the truce of January 19': a truce named by its day,
# however recent; the time must follow 'of' at once ('the truce of three days' is no day).
DAY_OF = re.compile(r"\s+(?:(?:deal|agreement|accord|pact)\s+)?of\s+")

# 'an agreement with Israel to end the war': whom the deal is with, inside the match.
DEAL_WITH = re.compile(r"\b(?:deal|agreement|accord)\s+with\s+")

# A swap told as a happening: 'another prisoner exchange had occurred'.
ASIDE_BEFORE = re.compile(
    r",[^,.;]{2,100}(?:,[^,.;]{2,60}){0,3},\s*(?:has been|have been|had been|was|were|is|are)?\s*$"
)
SWAP_HAPPENED = re.compile(
    r"\b(?:swap|exchange)s?\b.*(?:took place|taken place|occurred|happened|went ahead|gone ahead|"
    r"carried out|completed|conducted)$"
)

# A truce that ends in a relative clause of its own: 'a truce that lapsed last year'.
# A truce's end in the present tense inside a clause of time ('the extension takes effect when
# the current truce expires', 'fighting will resume once the pause ends'): when something else
# happens, not a collapse.
EXPIRY_AHEAD = re.compile(r"\b(?:expires|ends|lapses|comes to an end)$")
TIME_CLAUSE_BEFORE = re.compile(
    r"\b(?:when|once|after|before|until|till|as soon as)\s+(?:[\w'-]+\s+){0,3}$"
)
TRUCE_RELATIVE = re.compile(r"[\w ]+?\s+(?:that|which)\s+(?:had\s+|has\s+)?\w+")


# A side's aims told before a release: 'the mission remains the same: to destroy Hamas, return
# all hostages', 'its goal is to bring every hostage home': what it seeks, no release.
WAR_AIMS = re.compile(
    r"\b(?:goals?|aims?|objectives?|mission|war aims)\b(?: of (?:the|this|its|their) \w+)? "
    r"(?:is|are|was|were|remains?|remained)(?: (?:the same|unchanged|clear|unaltered))?"
    r"(?:\s*:|\s+to\b)[^.;]*$"
)


# The truce named as what talks are about: 'talks on a truce', 'negotiations for a ceasefire
# and hostage deal', 'the push toward a ceasefire'. Their breaking down ends the talks (read by
# talks.end), not a truce.
TALKS_ABOUT_TRUCE = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|mediation|efforts?|push|bid|drive)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:on|for|over|toward|towards|about|to (?:secure|reach|agree|broker|"
    r"clinch|seal))\s+(?:(?:a|an|the|new|possible|lasting|permanent|temporary|renewed|fresh)\s+)*$"
)


class OutcomeRules(Family):
    """The outcomes family's rules and their productions."""

    name = "outcomes"
    spec = load_family("outcomes")
    # a truce by any of its names, near an extension's verb
    truce_near = re.compile(alt(spec["words"]["truce_nouns"]))

    def _ceasefire(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        agreeing = AGREEING.match(m.group(0))
        if PRESENT_EFFECT.search(m.group(0)) and TIMING_CLAUSE.search(
            ctx.folded, max(0, m.start() - 40), m.start()
        ):
            return None
        if self._recalled(ctx, m):
            return None
        if self._since_start(ctx, m):
            return None
        if self._violated_hyphened(ctx, m):
            return None  # 'violating the US-brokered truce': the truce broken, not agreed
        if RENEWAL.search(ctx.folded, m.start(), min(len(ctx.folded), m.end() + 12)):
            return None  # 'the UN envoy announces a two-month truce renewal': an extension
        if DISOWNED.match(ctx.folded, m.end()):
            return None
        if DECLARED_OVER.match(ctx.folded, m.end()) and DECLARING.match(m.group(0)):
            return None  # 'declared its ceasefire with the government over': ended, not agreed
        if agreeing and KEPT.search(m.group(0)):
            return None  # 'agreed to continue the existing ceasefire': kept (truce.continue)
        if agreeing and TOPIC_AGREED.search(m.group(0)):
            return None
        if BEGIN_WORD.search(m.group(0)) and TALKS_ON.search(
            ctx.folded, max(0, m.start() - 70), m.start()
        ):
            return None  # the talks on a truce begin, not the truce
        if ANY_AGREED.search(
            ctx.folded, max(0, m.start() - 8), m.start()
        ) and ATTRIBUTIVE.fullmatch(m.group(0)):
            return None  # 'within 72 hours of an agreed ceasefire': a truce supposed, not agreed
        if TRUCE_PROPOSAL.match(ctx.folded, m.end()):
            # 'agreed to a ceasefire proposal' is an acceptance, 'announced a ceasefire plan' a
            # proposal: the proposal rules read them
            return None
        subject = ctx.reader.subject(m.start())
        if subject and GATHERING.search(ctx.folded, 0, subject[0].start):
            subject = ()  # 'the meeting on the situation in eastern Congo agreed a ceasefire'
        tellers: list[tuple[str, str]] = []
        if (
            subject
            and TRUCE_WORD.match(m.group(0))
            and self.speech.search(ctx.folded, subject[-1].end, m.start())
        ):
            # 'Egyptian state TV said the truce would take effect at noon': the truce is the
            # doer of its own start; a mediator telling it is its mediator, not a party
            tellers = self._telling_mediators(ctx, subject)
            if tellers:
                subject = ()
        between = re.search(r"\bbetween\b", ctx.folded[m.end() : m.end() + 20])
        others = (
            [(o.actor, "participant") for o in ctx.reader.objects(m.end() + between.end(), 50)]
            if between
            else []
        )
        others += self._other_side(ctx, m.end()) + tellers
        inner = DEAL_WITH.search(m.group(0))
        if inner:  # 'reached an agreement with Israel to end the war': the other side
            others += [
                (o.actor, "participant") for o in ctx.reader.objects(m.start() + inner.end(), 30)
            ]
        mediators = self._mediators(ctx)
        if subject and all(s.actor in mediators for s in subject):
            subject = ()  # 'the mediator announced that the two sides agreed': the sides'
        if (
            agreeing
            and not WITH_PARTY.match(ctx.folded, m.end())
            and self._one_side(ctx, subject, others, mediators)
        ):
            return None  # 'Hamas agreed to the ceasefire': one side's acceptance
        others += [(a, "mediator") for a in mediators]
        begins = bool(TAKES_EFFECT.search(m.group(0)) or START_OF.search(m.group(0)))
        starts, from_day = self._starts(ctx, m, begins)
        attributes = {
            **truce_length(ctx.folded),
            "mediators": tuple(a for a, r in others if r == "mediator"),
            "starts": starts,
        }
        start, _ = ctx.reader.clause_start(m.start())
        done = bool(PAST_AGREEMENT.match(m.group(0))) and not FUTURE_MODAL.search(
            ctx.folded, start, m.start()
        )
        return Draft(
            subject,
            others,
            defaults=self._parties(ctx),
            begins=begins,
            done=done,  # 'agreed to a truce that will begin ...': agreed, not expected
            skip=_talks_times(ctx) | (frozenset() if begins else self._effect_times(ctx)),
            on=Interval.day(starts) if begins and starts and from_day else None,
            attributes=attributes,
        )

    def _telling_mediators(
        self, ctx: SentenceContext, said_by: tuple[Mention, ...]
    ) -> list[tuple[str, str]]:
        """The mediators of the article's negotiation that those telling of a truce are or act
        for, when each of them is one (no side, nor a stand-in for one); else none."""
        n = self._negotiation(ctx)
        if n is None or not n.sides or not n.mediators:
            return []
        sides = {*n.sides, *(stand_in for stand_in, _ in n.stand_ins)}
        found: list[tuple[str, str]] = []
        for x in said_by:
            acts_for = (x.actor, *self.registry.affiliations(x.actor, ctx.published))
            if any(a in sides for a in acts_for):
                return []
            mediator = next((a for a in acts_for if a in n.mediators), None)
            if mediator is None:
                return []
            found.append((mediator, "mediator"))
        return found

    def _deal_effect(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'the deal will take effect on Sunday', 'said it would take effect Wednesday': the
        truce's start, when the sentence or the two before it (or the one ending the paragraph
        before) name a truce; its parties are the negotiation's, not the one announcing it."""
        before = ctx.previous[-2:] or ((ctx.before,) if ctx.before is not None else ())
        told = [ctx.folded] + [s.folded for s in before]
        if not any(TRUCE_WORD.search(t) for t in told):
            return None
        draft = self._ceasefire(ctx, m)
        if draft is not None:
            draft.subject = ()
        return draft

    def _recalled(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """'Qatar, which had brokered the truce, said ...': a deed recalled to say who someone
        is, background to the sentence's news; kept only when the clause dates it."""
        if not RECALLED.search(ctx.folded, max(0, m.start() - 70), m.start()):
            return False
        close = ctx.folded.find(",", m.end())
        close = len(ctx.folded) if close < 0 else close
        return not any(t.anchors_event and m.end() <= t.start < close for t in ctx.times)

    def _violated_hyphened(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """'accused each other of violating the US-brokered truce': a truce named by whoever
        brokered it, hyphen-joined, as the object of a breach ('observe a U.S.-brokered truce
        starting Wednesday' still tells of the truce)."""
        if m.start() == 0 or ctx.text[m.start() - 1 : m.start()] not in HYPHENS:
            return False
        if not PAST_AGREEMENT.match(m.group(0)):
            return False
        agent = ctx.folded.rfind(" ", 0, m.start() - 1) + 1
        return bool(BROKEN_BEFORE.search(ctx.folded, max(0, agent - 50), agent))

    def _since_start(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """'its first volley since the ceasefire began': the truce's start recalled as the
        measure of later deeds; kept only when the clause itself dates it ('since the truce took
        effect on Wednesday')."""
        if not TAKES_EFFECT.search(m.group(0)) or AGREEING.match(m.group(0)):
            return False
        if not SINCE_START.search(ctx.folded, max(0, m.start() - 60), m.start()):
            return False
        close = ctx.folded.find(",", m.end())
        close = len(ctx.folded) if close < 0 else close
        return not any(t.anchors_event and m.end() <= t.start < close for t in ctx.times)

    def _starts(
        self, ctx: SentenceContext, m: re.Match[str], begins: bool
    ) -> tuple[date | None, bool]:
        """When the truce takes effect, if a time after the trigger says so: 'a six-week truce
        starting Sunday' (the agreement is not dated by it), 'will take effect on Friday'."""
        talks = _talks_times(ctx)
        for t in ctx.times:
            if t.start < m.end() or t.start in talks:
                continue
            # 'a bilateral ceasefire with the ELN, the EMC and other groups from January 1':
            # the start past a long list of the parties
            if t.start - m.end() > 60 and (
                t.start - m.end() > 240 or not PARTIES_FROM.fullmatch(ctx.folded, m.end(), t.start)
            ):
                continue
            if not t.anchors_event:
                if FROM.fullmatch(ctx.folded, m.end(), t.start) or PARTIES_FROM.fullmatch(
                    ctx.folded, m.end(), t.start
                ):
                    future = bool(FUTURE_CUE.search(ctx.folded, 0, m.end())) or _sooner_ahead(
                        t, ctx.published
                    )
                    return t.interval(future).start, True
                if not t.starts:
                    continue
            cue = STARTS.search(ctx.folded, max(m.end(), t.start - 45), t.start)
            if cue:
                past = bool(STARTED.search(cue.group(0)))
                return t.interval(not past).start, False
            if begins:
                # the truce 'will take effect on Friday': the time is its start
                between = ctx.folded[m.end() : t.start]
                if START_HOUR.fullmatch(between):
                    future = bool(
                        FUTURE_CUE.search(ctx.folded, 0, m.end())
                        or FUTURE_MODAL.search(ctx.folded, 0, m.end())
                    )
                    return t.interval(future).start, True  # its own day, not the clause's
            break
        return None, False

    def _ceasefire_dated_ready(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """Whether a time of the truce's own day follows the truce noun closely."""
        return bool(self._dated_window(ctx, m))

    def _dated_window(self, ctx: SentenceContext, m: re.Match[str]) -> list[TimeExpr]:
        """The times right after a truce noun that can be the day it was agreed: more than six
        days back; after a participle of agreeing ('the cessation of hostilities deal brokered
        by the AU last Wednesday', 'the ceasefire agreement reached by their leaders in
        Putrajaya on July 28'), its own day however recent, a little further on."""
        sealed = SEALED_AFTER.match(ctx.folded, m.end())
        reach, before = (70, ctx.published) if sealed else (40, shift(ctx.published, -6))
        named = DAY_OF.match(ctx.folded, m.end())
        return [
            t
            for t in ctx.times
            if (t.anchors_event and 0 <= t.start - m.end() <= reach and t.past.end < before)
            or (named is not None and t.start == named.end() and t.past.end <= ctx.published)
        ]

    def _ceasefire_dated(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        sealed = SEALED_AFTER.match(ctx.folded, m.end())
        window = self._dated_window(ctx, m)
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
        ending = EXPIRY.match(ctx.folded, m.end())
        if ending and not any(t.start < ending.end() for t in window):
            return None  # 'the January ceasefire expired on March 1': an ending
        at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if ENDED_BEFORE.search(ctx.folded, max(0, at - 50), at):
            return None  # 'Israel ended the two-month truce on March 18': an ending
        if SOUGHT.search(ctx.folded, max(0, at - 40), at):
            return None  # 'led efforts for a ceasefire in the conflict': sought, not agreed
        if FIRST_SINCE.search(ctx.folded, 0, at):
            return None  # 'would be the first truce since a pause in November': a yardstick
        draft = self._ceasefire(ctx, m)
        if draft is not None and sealed:
            draft.done = True  # agreed on its own past day, whatever the main clause's tense
        named = DAY_OF.match(ctx.folded, m.end())
        day = next((t for t in window if named and t.start == named.end()), None)
        if draft is not None and day is not None:
            draft.on, draft.done = day.past, True  # 'the truce of May 10': its own day
        return draft

    def _effect_times(self, ctx: SentenceContext) -> frozenset[int]:
        """Times at which an agreed truce takes effect or ends ('a halt from July 6 to August
        3'): they do not date the agreement."""
        return frozenset(
            t.start
            for t in ctx.times
            if EFFECT_TIME.search(ctx.folded, max(0, t.start - 40), t.start)
            or TRUCE_SPAN.search(ctx.folded, max(0, t.start - 40), t.start)
        )

    def _extended(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        # an aside between the truce and its verb ('the truce deal, brokered by Qatar and
        # Egypt, has been extended') is read past
        aside = ASIDE_BEFORE.search(ctx.folded, max(0, m.start() - 160), m.start())
        lo = aside.start() if aside else m.start()
        near = ctx.folded[max(0, lo - 60) : m.end() + 40]
        if not self.truce_near.search(near):
            return None
        if re.search(r"\b(?:an|a)\s+$", ctx.folded[max(0, m.start() - 4) : m.start()]):
            return None  # 'an extended ceasefire' is a kind of truce, not an extension
        proposed = PROPOSED_TO.search(ctx.folded, max(0, m.start() - 50), m.start())
        accepted = bool(proposed) and bool(
            ACCEPTED_PLAN.search(ctx.folded, max(0, proposed.start() - 60), proposed.start())  # type: ignore[union-attr]
        )
        if proposed and not accepted:
            return None  # 'backed a proposal by Witkoff to extend the truce': not extended yet
        if MAY_BE.search(ctx.folded, max(0, m.start() - 30), m.start()):
            return None  # 'a 60-day truce that can be extended': extendable, not extended
        at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if SOUGHT.search(ctx.folded, max(0, at - 40), at):
            return None  # 'was seeking a further extension': asked for, not extended
        start, _ = ctx.reader.clause_start(m.start())
        done = bool(AGREED_TO.search(ctx.folded, max(0, at - 30), at)) and not (
            FUTURE_MODAL.search(ctx.folded, start, at)
        )
        subject = tuple(
            x for x in ctx.reader.subject(m.start()) if not (aside and lo <= x.start < aside.end())
        )
        if accepted:
            # 'the parties agreed to the UN proposal to renew the truce': renewed, when both
            # sides (or sides unnamed) agreed; one side's yes is its answer to the proposal
            if self._one_side(ctx, subject, [], self._mediators(ctx)):
                return None
            done = True
        length = extension(ctx.folded[m.end() : m.end() + 60])
        if not length:  # 'announces 2-month truce renewal': the length qualifies the compound
            before = LENGTH_COMPOUND.search(ctx.folded, max(0, m.start() - 40), m.start())
            length = f"{before['n']} {before['unit']}" if before else ""
        return Draft(
            subject,
            defaults=self._parties(ctx),
            done=done,  # 'the sides agreed to extend the truce': extended, not to come
            attributes={"extension": length},
        )

    def _ended(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if self._participle(ctx, m) or re.search(
            r"\b(?:to|would|could|might|will|threaten\w*|risk\w*)\s+$",
            ctx.folded[max(0, m.start() - 16) : m.start()],
        ):
            return None  # 'accused Israel of breaking the truce', 'threatens to end the truce'
        return Draft(
            ctx.reader.subject(m.start()),
            defaults=self._parties(ctx),
            attributes={"ending": ending(m.group(0))},
        )

    def _collapsed(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if TALKS_ABOUT_TRUCE.search(ctx.folded, max(0, m.start() - 60), m.start()):
            return None  # 'talks on a truce broke down': the talks ended, no truce was in force
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
        if EXPIRY_AHEAD.search(m.group(0)) and TIME_CLAUSE_BEFORE.search(
            ctx.folded, max(0, m.start() - 40), m.start()
        ):
            return None  # 'the extension takes effect when the current truce expires': a time
        if TRUCE_RELATIVE.match(m.group(0)):
            subject = ()  # 'arrived seeking to stabilise a truce that lapsed last year': the
            # truce's own end, not a deed of the sentence's doer
        return Draft(
            subject, defaults=self._parties(ctx), attributes={"ending": ending(m.group(0))}
        )

    def _counted(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """'the number of hostages to be released in the next phase': what is negotiated."""
        noun = re.search(r"\b(?:hostages?|captives?|abductees|prisoners?|detainees)\b", m.group(0))
        at = m.start() + noun.start() if noun else m.start()
        return bool(COUNT_TOPIC.search(ctx.folded, max(0, at - 30), at))

    def _participle(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """'dozens of freed former prisoners': the verb is an adjective, nothing happened;
        'agreed to release all hostages': a commitment, the release is still to come."""
        if PROMISE.search(ctx.folded, max(0, m.start() - 30), m.start()):
            return True
        if m.group(0)[:1].isalpha() and OF_THE_DEAD.search(
            ctx.folded, max(0, m.start() - 40), m.start()
        ):
            return True
        if TERMS_BEFORE.search(ctx.folded, 0, m.start()) or PURPOSE.search(
            ctx.folded, max(0, m.start() - 40), m.start()
        ):
            return True
        verb = re.match(r"(?:releases|frees|returns|hands over|sets free)\b", m.group(0))
        lo, hi = max(0, m.start() - 60), m.start() + (verb.end() if verb else 0)
        if verb and SUBORDINATE_RELEASE.search(ctx.folded, lo, hi):
            return True
        if (
            NOUN_FIRST_PASSIVE.match(m.group(0)) or SWAP_TO_COME.search(m.group(0))
        ) and not REMAINS_OF.search(ctx.folded, max(0, m.start() - 30), m.start()):
            return False  # 'the hostages were released': the article is the noun's, not the verb's
        if (
            NOUN_FIRST_FUTURE.match(m.group(0))
            and not REMAINS_OF.search(ctx.folded, max(0, m.start() - 30), m.start())
            and not TERMS_AROUND.search(ctx.folded)
        ):
            return False  # 'the hostages will be released very soon': expected
        return bool(
            re.search(
                r"\b(?:of|the|a|former|newly|recently|other|those|already)\s+$",
                ctx.folded[max(0, m.start() - 12) : m.start()],
            )
        )

    def _hostages(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if self._participle(ctx, m) or self._counted(ctx, m):
            return None
        if WAR_AIMS.search(ctx.folded, max(0, m.start() - 120), m.start()):
            return None  # 'the goals of the war remain: to destroy Hamas, return all hostages'
        text = m.group(0)
        offer = self._offered_release(ctx, m)
        if offer is not None:
            return offer
        rescue = "rescu" in text
        by = re.search(r"^\s*by\b", ctx.folded[m.end() :])
        subject = ctx.reader.objects(m.end() + by.end(), 40) if by else ()
        nominal = text.startswith(("resulted", "led", "saw", "included", "brought"))
        if nominal and DOCUMENT_TERMS.search(ctx.folded, max(0, m.start() - 60), m.start()):
            return None  # 'a new proposal that included the release of all hostages': its terms
        active = not nominal and not re.search(r"\b(?:were|was|been|be)\b", text)
        if not subject and active:
            subject = ctx.reader.subject(m.start())
            if not subject and not rescue:
                return None
        defaults = () if rescue else self._holders(ctx, "hostage")
        count = self._quantity(ctx.folded[max(0, m.start() - 20) : m.end()])
        # Gaza-specific: 'israeli hostage' (from hostage_nouns) moves to the conflict's data pack.
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
        return Draft(
            defaults=self._holders(ctx, "hostage"),
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
        if UNDER_PLAN.search(ctx.folded, m.end()):
            # 'will release all hostages ..., as set out in Trump's plan': yes to those terms
            return Draft(
                subject,
                attributes={
                    "__type": "ProposalAccepted",
                    "__modality": "asserted",
                    "proposal_id": "",
                    "proposal_name": "",
                    "response": "",
                },
                said=True,
            )
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

    def _received(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Israel received the remains of another hostage through the Red Cross', 'Kyiv received
        84 prisoners of war from Moscow': a release told by the side it was made to. The releaser
        is the one it came from ('from X', 'released by X'), else the negotiation's holders
        other than the receiver."""
        if self._participle(ctx, m) or self._counted(ctx, m):
            return None
        what = "prisoner" if PRISONER_WORDS.search(m.group(0)) else "hostage"
        receiver = {x.actor for x in ctx.reader.subject(m.start())}
        source = re.match(
            r"[^.;]{0,60}?\b(?:from|(?:released|freed|handed over|returned) by)\s+",
            ctx.folded[m.end() :],
        )
        given = ctx.reader.objects(m.end() + source.end(), 30) if source else ()
        given = tuple(x for x in given if x.actor not in receiver)
        holders = tuple(h for h in self._holders(ctx, what) if h not in receiver)
        if not given and not holders:
            return None
        return Draft(
            given,
            defaults=holders,
            attributes={"count": self._quantity(m.group(0)), "means": "deal"},
        )

    def _hostages_due(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'With the release of 11 hostages expected on Monday': a release announced ahead."""
        if self._counted(ctx, m):
            return None
        return Draft(
            defaults=self._holders(ctx, "hostage"),
            attributes={
                "count": self._quantity(m.group(0)),
                "means": "deal",
                "__modality": "expected",
            },
        )

    def _hostages_seen(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The first phase will see 33 hostages released': released by their holder."""
        if self._counted(ctx, m):
            return None
        return Draft(
            defaults=self._holders(ctx, "hostage"),
            attributes={"count": self._quantity(m.group(0)), "means": "deal"},
        )

    def _prisoners(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if SWAP_HAPPENED.search(m.group(0)):
            if TERMS_BEFORE.search(ctx.folded, 0, m.start()) or PROMISE.search(
                ctx.folded, max(0, m.start() - 30), m.start()
            ):
                return None  # a swap in a plan's terms or promised is still to come
            # 'a prisoner swap between Russia and Ukraine took place': the swap's sides, else the
            # negotiation's holders
            between = re.search(r"\b(?:between|with|involving)\s+", m.group(0))
            sides = ctx.reader.objects(m.start() + between.end(), 40) if between else ()
            return Draft(sides, defaults=self._holders(ctx, "prisoner"))
        if self._participle(ctx, m):
            return None
        by = re.search(r"^\s*by\b", ctx.folded[m.end() :])
        # a swap to come is told without its doers, like a release in the passive
        passive = bool(
            re.search(r"\b(?:were|was|been|be)\b", m.group(0)) or SWAP_TO_COME.search(m.group(0))
        )
        subject = (
            ctx.reader.objects(m.end() + by.end(), 40)
            if by
            else (() if passive else ctx.reader.subject(m.start()))
        )
        if not subject and not passive and not by:
            return None
        return Draft(
            subject,
            defaults=self._holders(ctx, "prisoner"),
            period=self._period_days(ctx),
            attributes={"count": self._quantity(m.group(0))},
        )

    def _deal_terms(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """The release told as the terms of a deal agreed: a plain future ('will'), no plan,
        offer or condition in the sentence, and a deal the sentence or its paragraph tells
        agreed, reached or taking effect."""
        head = ctx.folded[: m.start()]
        if not re.search(r"\b(?:release|released|freed|free|freeing)\b", head):
            return False  # 'will withdraw in exchange for prisoners': what is given is no release
        if not DEAL_FUTURE.search(head) or re.search(r"\b(?:would|could|might|may)\b", head):
            return False
        if PLAN_WORDS.search(ctx.folded):
            return False
        told = [ctx.folded] + [c.folded for c in ctx.previous]
        # (the paragraph's own deal only: a deal told agreed further up may be another's, and a
        # later paragraph may tell a plan's terms)
        return any(DEAL_MADE.search(t) for t in told)

    def _prisoners_exchange(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if TERMS_BEFORE.search(ctx.folded, 0, m.start()):
            return None  # a plan's terms ('Egypt proposed a truce that would see ... in exchange')
        if FUTURE_MODAL.search(ctx.folded, 0, m.start()):
            # 'the first phase of the deal will see 33 hostages released in exchange for
            # prisoners': the terms of a deal the article tells AGREED are a release expected;
            # a plan, offer or draft still discussed, a 'would' or a condition gives none
            if not self._deal_terms(ctx, m):
                return None
            return Draft(
                defaults=self._holders(ctx, "prisoner"),
                attributes={"count": self._quantity(m.group(0)), "__modality": "expected"},
            )
        if AGREED_RELEASE.search(ctx.folded, 0, m.start()):
            return None  # 'agreed to release captives in exchange for detainees': terms accepted
        if not re.search(
            r"\b(?:release|released|freed|freeing|exchange)\b", ctx.folded[: m.start()]
        ):
            return None
        # 'received 13 prisoners released by Saudi Arabia in exchange for ...': the sentence
        # names who freed them; the negotiation's holders are only for a sentence that does not.
        by = RELEASED_BY.search(ctx.folded, 0, m.start())
        doers = ctx.reader.objects(by.end(), 40) if by else ()
        return Draft(
            doers,
            defaults=() if doers else self._holders(ctx, "prisoner"),
            attributes={"count": self._quantity(m.group(0))},
        )


# 'a prisoner swap will take place next week': a swap to come, its doers the negotiation's.
SWAP_TO_COME = re.compile(
    r"\b(?:swap|exchange)s?\s+(?:will|would|is to|is due to|is set to|is expected to)\b"
)
# A deal agreed, reached or taking effect, told in the sentence or before it: 'Israel and
# Hamas agreed to a four-day truce', 'confirmed a deal with Hamas', 'the agreement was signed'
# (not 'agreed to a ceasefire proposal', 'failed to reach a deal', 'hope to seal a deal').
DEAL_MADE = re.compile(
    r"(?<!not )(?<!n't )(?<!never )\b(?:agreed|reached|confirmed|signed|approved|sealed|"
    r"struck|clinched|finali[sz]ed|brokered)\b[^.;]{0,40}?\b(?:deal|agreement|accord|truce|"
    r"cease-?fire|cease fire|swap|exchange)s?\b(?!\s+(?:proposals?|plans?|offers?|framework|"
    r"drafts?|talks|negotiations)\b)|"
    r"\b(?:deal|agreement|accord|truce|cease-?fire)\s+(?:was|has been|had been|is)\s+"
    r"(?:agreed|reached|signed|sealed|struck|approved|announced|in effect)\b|"
    r"\b(?:deal|agreement|truce|cease-?fire)\s+(?:took|takes|has taken) effect\b"
)
# A plain future of what a deal does: 'will see', 'are to be freed', 'is set to'.
DEAL_FUTURE = re.compile(r"\b(?:will|'ll|shall|is to|are to|is set to|are set to)\b")
# A plan, offer or condition in the sentence: its terms are discussed, none agreed.
PLAN_WORDS = re.compile(
    r"\b(?:proposals?|proposed|proposes|plans?|offers?|offered|framework|drafts?|initiative|"
    r"roadmap|if|unless|provided|suggest\w*|demand\w*|call\w* for)\b"
)
RELEASED_BY = re.compile(r"\b(?:released|freed|set free|handed over)\s+by\s+")


def truce_length(folded: str) -> dict[str, str]:
    """The truce's stated length ('duration') and its phase's ('phase_duration'), from lengths
    that qualify a truce or phase noun; other lengths in the sentence are not the truce's."""
    found: dict[str, str] = {}
    for m in DURATION.finditer(folded):
        unit = m["unit"]
        noun = LENGTH_BEFORE.match(folded, m.end())
        after = LENGTH_AFTER.search(folded, max(0, m.start() - 60), m.start())
        hit = noun or after
        if hit is None:
            continue
        key = "phase_duration" if re.match(PHASE_NOUN, hit["noun"]) else "duration"
        found.setdefault(key, f"{m['n']} {unit}")
    return found


def extension(after: str) -> str:
    """'for an additional two days' -> 'two days'; 'for another week' -> '1 week'."""
    m = EXTENSION.search(after)
    if m is None:
        return ""
    n = m["n"]
    if n is None:
        return f"1 {m['unit']}"
    if not (n.isdigit() or n in NUMBERS):
        return ""
    return f"{n} {m['unit']}"


def ending(words: str) -> str:
    """How the truce ended: expired, fighting_resumed, violated, else collapsed."""
    return next((name for name, cue in ENDINGS if cue.search(words)), "collapsed")


def _sooner_ahead(t: TimeExpr, published: date) -> bool:
    """A day named without its year is the nearer of its readings: 'from July 6' told on 4 July
    is two days ahead, not a year back."""
    ahead = (t.interval(True).start - published).days
    back = (published - t.interval(False).start).days
    return 0 <= ahead < back
