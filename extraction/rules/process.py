"""Talks, rounds, delegations and venues (catalog: TalksOpened, TalksConcluded,
DelegationSent, DelegationArrived, DelegationRecalled).

Rules in ``extraction/data/rules/process.toml``; their productions below."""
# ruff: noqa: E501  (regular expressions read best one alternation per line)

from __future__ import annotations

import re
from datetime import timedelta

from domain.values import Interval
from extraction.actors import Mention
from extraction.cues import Gate
from extraction.registry import Registry
from extraction.rules.base import (
    NOT_VENUES,
    SUMMIT_AFTER,
    THEATRE,
    Family,
    alt,
    load_family,
)
from extraction.rules.context import Draft, SentenceContext
from extraction.temporal import NUMBERS, nth_day_offset

# How far after the talks a country named as their venue may come ('talks began on Monday in
# South Africa'), and the words that open another clause before it ('talks resumed a week after
# strikes in Lebanon', 'talks ended; fighting went on in Sudan').
COUNTRY_REACH = 60
POSSESSED = re.compile(r"(?:'s?|\u2019s?)\s")
OTHER_CLAUSE = re.compile(
    r"[;:]|\b(?:after|before|since|following|while|whereas|when|where|which|who|amid|despite|as)\b"
)

# Another round told between the talks and a place: the place is that round's ('resumed a
# week after a meeting of the mediators in Paris', 'with previous sessions held in Oman').
ANOTHER_ROUND = re.compile(
    r"\b(?:(?:after|before|since|following|preceding|with)\s+(?:[\w'-]+\s+){0,5}?|"
    r"(?:previous|earlier|prior|past|initial)\s+(?:[\w'-]+\s+)?)(?:rounds?|talks|meetings?|"
    r"sessions?|negotiations|summits?|discussions)\b"
)

# A round told as before another event: 'came a week after an initial round was held in',
# 'followed earlier negotiations in', 'two days after the first round of talks in'.
ROUND_BEFORE = re.compile(
    r"(?:\b(?P<n>a|an|one|two|three|four|five|six|\d{1,2})\s+(?P<unit>days?|weeks?)\s+)?"
    r"\b(?:after|following|followed|follows|since)\s+(?:the\s+|an?\s+|their\s+)?"
    r"(?P<adj>(?:earlier|previous|prior|initial|first|preliminary)\s+)?(?:[\w'-]+\s+){0,3}?$"
)
# A round named by a sentence's opening words: 'The talks, held ...', 'The negotiations'.
THE_TALKS = re.compile(
    r"\s*(?:the|these|those)\s+(?:[\w-]+\s+)?(?:talks|negotiations|discussions|round|meeting)\b"
)

# 'An Israeli delegation will travel to Qatar': a team still to leave is sent, not arrived.
# A speaker's verb between a subject and a round it tells of ('said the talks will resume').
REPORTED = re.compile(
    r"\b(?:said|says|reported|reports|announced|announces|told|confirmed|confirms|stated|"
    r"added|noted)\b"
)
# A team to set out: 'a delegation will travel to Qatar', 'the new delegation headed by its
# chief negotiator is scheduled to travel to Nairobi', 'the team is set to head to Doha'.
# 'Expected to fly to Cairo on Sunday' stays an expected arrival there, dated that day.
SENDING = re.compile(
    r"\b(?:delegation|team|negotiators),?\s+(?:(?:led|headed)\s+by\s+[^.;:]{3,80}?,?\s+|"
    r"(?:\w+\s+){0,3}?)(?:(?:will|'ll|would)\s+(?:\w+\s+)?|(?:is|are|was|were)\s+"
    r"(?:\w+ly\s+)?(?:scheduled|set|due|slated|poised)\s+to\s+)$"
)

SENT_TO = re.compile(
    r"\b(?:authori[sz]\w*|order\w*|instruct\w*|task\w*|direct\w*|approv\w*|allow\w*|permit\w*)\s+"
    r"(?:\w+'?s?\s+){1,5}?to\s+$"
)

AMONG = re.compile(
    r"\b(?:was|were|is|are)\s+among\s+(?:those|the\s+\w+(?:\s+\w+)?)\s+(?:who|that)\s+$"
)

INCLUDING = re.compile(r"[^;.]{0,60}?,?\s*\b(?:including|among them|among whom|such as)\s+")

# 'met in Doha for their first talks', 'met ... for the first round of ceasefire talks'.
FOR_TALKS = re.compile(
    r"[^.;]*?\bfor\s+(?:their|the|a|an|fresh|new|more|further)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:talks|round|negotiations)\b"
)
ATTENDED = re.compile(
    r"\b(?:attended by|brought together|brings together|bringing together|gathered|included)\s+"
)

BACKGROUND_TALKS = re.compile(
    r"\b(?:after|following|despite|amid|during|through)\s+(?:\w+\s+)?(?:weeks|months|days|years|"
    r"rounds)\s+of\s+(?:\w+\s+)?$"
)

# Talks a side leaves: 'withdrew their negotiating teams from the talks in Doha', 'pulled out
# of the negotiations in Jeddah', 'walked out of the talks in Geneva': the talks were going on
# before, the sentence tells a departure (the recall rule reads it), no round opens.
LEFT_TALKS = re.compile(
    r"\b(?:withdr[ae]w|withdrawn|withdrawing|withdraws?|pull(?:ed|s|ing)?\s+out|"
    r"walk(?:ed|s|ing)?\s+(?:out|away)|recall(?:ed|s|ing)?|quit|quits|quitting|"
    r"exit(?:ed|s|ing)?)\b(?:(?!\band\b)[^.;,]){0,45}?\b(?:from|of)\s+(?:the\s+)?"
    r"(?:\w+\s+)?$"
)

# Between a side's leaving and the place of the talks it leaves: 'withdrew their negotiating
# teams| from ceasefire talks in |Doha', 'walked out of the talks| in |Geneva', 'pulled its
# delegation out of the negotiations| being held in |Jeddah', 'withdrew its team| from the |Doha|
# talks'. The departure tells where the talks were (no round opens: LEFT_TALKS).
LEFT_TALKS_IN = re.compile(
    r"(?:\s+(?:out\s+)?(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:talks|negotiations|negotiating sessions?|meeting|round))?"
    r"(?:\s+(?:being\s+|that\s+were\s+)?(?:held|hosted|taking\s+place|under\s+way))?"
    r"\s+(?:in|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:of\s+|capital,?\s+)?"
)
LEFT_NAMED_TALKS = re.compile(r"\s+(?:out\s+)?(?:from|of)\s+the\s+(?:[a-z]+(?:ed|ing|al)\s+)?")

# A round that ends: 'talks in Cairo end without a deal' closes, it does not open.
# (headlines tell it in the present: 'as talks in Cairo stall')
ENDING = re.compile(
    r"\s*(?:[\w,']+\s+){0,4}?(?:end|ends|ended|concluded|concludes|collapsed|collapse|collapses|"
    r"stalled|stall|stalls|broke up|break up|breaks up|broke down|break down|breaks down|"
    r"fell apart|fall apart|falls apart|faltered|falter|falters|deadlocked|without)\b"
)

# A round called off: 'the meeting in Cairo was cancelled', 'postponed the talks in Doha'.
CALLED_OFF = re.compile(
    r"(?:(?!\band\b|\bbut\b)[^.;,]){0,40}?(?:,[^.;,]{0,45},)?\s*"
    # not in a relative clause: 'talks, which had been postponed twice, opened'
    r"(?<!which )(?<!that )(?<!who )\b(?:was|were|has been|had been|have been|is being|got)\s+(?:\w+\s+)?"
    r"(?:cancell?ed|postponed|called off|scrapped|put off|shelved)\b"
)
# (most sentences hold none of its words: the pattern, slow to fail, is then not run)
CALLED_OFF_GATE = Gate(CALLED_OFF)
CALLED_OFF_BEFORE = re.compile(
    r"\b(?:cancell?ed|cancels|cancel|postponed|postpones|postpone|called off|calls off|call off|"
    r"scrapped|scraps|shelved)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w']+\s+){0,3}?$"
)

SINCE = re.compile(r"\bsince\s+(?=(?:last\s+)?\w)")

# A yes to a round, no journey: 'agreed to join talks', 'refused to join', 'is ready to join'.
AGREED_TO_JOIN = re.compile(
    r"\b(?:agreed|agrees|agree|decided|decides|accepted|refused|refuses|declined|declines|"
    r"ready|willing|prepared|invited|offered|wants?|wanted|hopes?|hoped)\s+(?:\w+\s+)?to\s+$"
)

# After the parties of 'talks between X and Y': a round still to come.
AHEAD_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:(?:is|are) (?:expected|due|scheduled|set|planned)|will (?:begin|open|"
    r"start|resume|take place|be held))\b"
)

# 'X, which was hosting the round,' / 'who is hosting the talks': an aside saying who X is.
# 'South Africa agreed to host them', 'Kenya will host the talks', '... hosted by Turkey'
HOSTS_THEM = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:agreed|offered|volunteered|will|would)\s+(?:to\s+)?)?"
    r"host(?:s|ed|ing)?\s+(?:them|it|the\s+(?:talks|negotiations|meeting|round|summit))\b"
)
HOSTED_BY_END = re.compile(r"\bhosted\s+by\s+(?:the\s+)?$")
HOST_ASIDE = re.compile(r",\s*(?:which|who)\s+(?:is|was|has been|had been|are|were)\s+$")

# Talks named as the setting of another deed: 'during the talks in Jeddah'.
SETTING = re.compile(
    r"\b(?:during|throughout|on the sidelines of|on the margins of)\s+(?:the\s+)?"
    # 'during renewed talks in Cairo' says the talks were renewed: a round, not only a setting
    r"(?!(?:renewed|resumed|new|ongoing|fresh)\b)(?:\w+\s+){0,2}?$"
)


# Talks named in passing: as the topic of another's work ('diplomacy has focused on the
# negotiations between Ukraine and Russia', 'his mission centred on the talks in Jeddah'), or as
# where a person was, told in an aside ('Rubio, who was at the talks in Geneva, said ...',
# 'Witkoff, who attended the talks in Istanbul, told ...'): the news is elsewhere, no round.
TALKS_AS_TOPIC = re.compile(
    r"\b(?:focus(?:ed|es|ing)?|focuss(?:ed|es|ing)|cent(?:red|ered|res|ers|ring|ering)|"
    r"concentrat(?:ed|es|ing)|revolv(?:ed|es|ing))\s+(?:on|upon|around)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$"
)
TALKS_ASIDE = re.compile(
    r",\s+who\s+(?:(?:was|were|had been|has been)\s+(?:at|in|present at|part of)|attended|"
    r"had attended|took part in|participated in|joined)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
)

# Who else attended a meeting told before: 'Also present at the meeting were the US and
# Chinese ambassadors', 'also in attendance at the meeting was ...' (no meeting of its own).
ALSO_PRESENT = re.compile(
    r"\balso\s+(?:present|in attendance|attending|seated)\s+(?:at|in)\s+(?:the|that|this)\s+$"
)

# Talks named as where a text came from, looking back: 'a proposal put forward after talks in
# Paris', 'the plan drawn up following negotiations in Cairo': the text is the news, the round
# that made it is behind it (no round opens in the sentence).
PRODUCT_OF_TALKS = re.compile(
    r"\b(?:proposals?|plans?|framework|deal|draft|text|terms|offer|initiative|document|roadmap)"
    r"\s+(?:(?:that|which)\s+(?:was|were|had been)\s+)?(?:put forward|drawn up|drafted|"
    r"hammered out|worked out|crafted|put together|developed|prepared|produced|finali[sz]ed|"
    r"agreed|brokered)\s+(?:after|following|in the wake of)\s+(?:the\s+)?(?:\w+\s+)?$"
)

# Talks named as what another deed prepares: 'to lay the groundwork for a meeting between the two
# presidents', 'paved the way for direct talks', 'conditions for a summit'.
PREPARED_FOR = re.compile(
    r"\b(?:groundwork|ground|way|stage|basis|conditions|preconditions?|prerequisites?|path|road)"
    r"\s+(?:\w+\s+)?(?:for|to|towards?)\s+(?:(?:a|an|the|any|future|possible|eventual)\s+)?"
    r"(?:[\w'-]+\s+){0,3}?$"
)

# Talks named as what a meeting arranges: 'met to discuss the arrangements for the third round of
# talks between Iran and the US', 'preparations for the next round of negotiations': a round to
# come, not one held (the meeting that arranges it is read by its own verb).
ARRANGED_FOR = re.compile(
    r"\b(?:arrangements|preparations)\s+(?:\w+\s+){0,2}?(?:for|of)\s+(?:(?:a|an|the|any|next|upcoming|"
    r"coming)\s+)?(?:[\w'-]+\s+){0,5}?$"
)

# 'an invitation to attend talks in Geneva', 'invited to join the talks in Jeddah'.
INVITED_TO = re.compile(
    r"\b(?:invitation|invited|invite|invites)\s+(?:\w+\s+){0,3}?to\s+(?:(?:attend|join|participate in|"
    r"take part in)\s+(?:[\w'-]+\s+){0,4}?)?$"
)

# A round the text marks as one before the present one: 'the previous talks were suspended last
# year', 'earlier negotiations broke down in 2021', 'prior rounds in Geneva'. Background the
# article restates to explain the news, not a round it reports. ('the last round' may be the
# news itself: 'the last round of talks ended on Friday'.)
EARLIER_ROUND = re.compile(
    r"\b(?:previous|earlier|prior|past|former)\s+(?:(?:rounds?|sessions?)\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?$"
)

# Who arrive without being a delegation: freed prisoners, hostages, bodies.
FREED_ARRIVE = re.compile(
    r"\b(?:prisoners|detainees|hostages|captives|prisoners of war|pows|bodies|remains)\s+"
    r"(?:\w+\s+){0,5}?$"
)

AFTER_SPAN = re.compile(r"\b(?:after|following)\s+(?:\w+\s+)?$")

# After the parties of 'talks between X and Y': their predicate says the round ended.
ENDED_AFTER = re.compile(
    r"[^.;,]{0,70}?\b(?:ended|ends|end|concluded|concludes|wrapped up|broke up|broke off|"
    r"collapsed|adjourned|closed)\b"
)

# What the sentence then says of talks it names: 'the sixth round of talks between A and B will
# not take place this week', 'talks between A and B can be fruitful': none held, or a judgement
# of talks in general. Read up to the clause's end (a later 'but', 'while', 'said' opens another).
NOT_HELD = re.compile(
    r"[^;:]{0,160}?(?:\b(?:will not|won't|would not|did not|didn't|has not|have not|had not|"
    r"could not|cannot|can't)\s+(?:\w+\s+)?(?:take place|happen|go ahead|be held|materiali[sz]e)|"
    r"(?<!which )(?<!that )(?<!who )\b(?:was|were|has been|have been|had been|is being|are being|is|are)\s+(?:\w+\s+)?"
    r"(?:postponed|delayed|called off|cancell?ed|scrapped|put off|shelved|"
    # only spoken of: 'a meeting between the two presidents has been discussed / was proposed'
    r"discussed|proposed|mooted|floated|suggested|envisaged|envisioned|sought)\b|"
    r"\bnever (?:took place|happened|materiali[sz]ed)\b|"
    # 'a meeting between the two presidents is only feasible if ...': a possibility judged
    r"\b(?:is|are|was|were|would be|will be|remains?|seems?)\s+(?:only\s+|still\s+|not\s+|also\s+)?"
    r"(?:feasible|possible|conceivable|likely|unlikely|impossible|premature|realistic|"
    r"unrealistic|out of the question|on the cards|off the table|"
    # 'a meeting between the leaders is needed to end the war': wanted, not held
    r"needed|necessary|essential|required|vital|crucial)\b|"
    # 'such a meeting should crown the talks, not start them': what it ought to do
    r"\b(?:should|must|ought to)\s+(?!(?:take place|be held|begin|start|open|convene|resume)\b)"
    r"(?:only\s+)?[a-z]+\b|"
    r"\b(?:can|could|would|might|may|should|must)\s+(?:only\s+)?(?:be (?!held|convened|"
    r"resumed|organi[sz]ed|hosted)\w+|prove|become|bring|yield|produce|lead to|help|succeed))"
)
CLAUSE_END = re.compile(
    r"\b(?:but|while|whereas|although|said|says|according to|that|with)\b|[;:]|"
    # the talks' own verb comes first: 'talks between A and B resumed Monday, ...'
    r"(?<!never )(?<!not )\b(?:resumed|began|begun|started|opened|took place|were held|was held|kicked off|"
    r"got under way|are under way|continued|ended|concluded)\b"
)


# A team sent to find facts, not to talk: 'sent a team to investigate the killings', 'dispatched
# experts to inspect the dam'.
FACT_FINDING = re.compile(
    r"(?:\s+[\w'-]+){0,4}?\s+to\s+(?:investigate|probe|inspect|examine|document|look into|"
    r"gather evidence|collect evidence|assess the damage)\b"
)


# "Qatar's decision to suspend": the possessor decides.
DECISION = re.compile(
    r"(?:'s|s')?\s+(?:\w+\s+)?(?:decision|move|plan|threat)\s+to\s+\w+\s*$|(?:'s|s')?\s+(?:\w+\s+)?(?:decision|move)\s+to\b"
)


# Adjectives of a place left: 'rebel-held', 'war-torn', 'Houthi-controlled' (hyphens folded to
# spaces), maybe after 'the' and before 'capital'.
PLACE_ADJECTIVES = re.compile(
    r"(?:the\s+)?(?:[a-z]+\s+)?(?:held|controlled|run|torn|ravaged|besieged|occupied|stricken|"
    r"battered)\s+(?:capital\s+|city\s+of\s+)?"
)

# Who leave a round without being named: 'negotiators', 'the delegations', 'the mediators'.
# What a team leaves or comes back from when no place is named: 'the talks', 'discussions in Doha'.
ROUND_LEFT = re.compile(r"(?:the\s+)?(?:[a-z]+\s+)?(?:talks|negotiations|discussions)\b")
UNNAMED_TEAMS = re.compile(
    r"\b(?:negotiators|delegations|delegates|negotiating teams|the teams|mediators|envoys)\s+"
    r"(?:\w+\s+){0,2}$"
)


# A truce told as a deal: its end is the truce's, not a round's ('the ceasefire deal that ended
# in October 2022', 'the truce agreement expired').
# 'The first day of US-led talks ... concluded': a day of the round over, not the round ('the
# final day of talks ended' is its end).
DAY_OF_ROUND = re.compile(
    r"\b(?!final\b|last\b|closing\b)\w+\s+(?:day|session|sitting)\s+of\s+(?:[\w.'-]+\s+){0,4}$"
)
TRUCE_DEAL = re.compile(r"\b(?:cease ?fire|truce)\s+(?:deal|agreement|accord)\b")


# 'its delegation has left', 'their negotiators were in Doha': a team named by a possessive
# pronoun right before its verb.
OWN_TEAM = re.compile(
    r"\b(?:its|their|his|her|our)\s+(?:[a-z]+\s+)?(?:delegation|delegates|team|negotiators|"
    r"negotiating team|envoys?|emissar(?:y|ies)|representatives)\s+(?:\w+\s+){0,2}$"
)

# 'Hamas said a senior delegation was in Cairo': a team no one owns, told by a side, is the
# speaker's (an owned one, 'said an Israeli delegation was in Doha', is its owner's).
INDEFINITE_TEAM = re.compile(r"\b(?:a|an)\s+$")  # 'a team', not 'the team' (one told before)
SPEAKERS_TEAM = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|stated|added)\s+(?:that\s+)?"
    r"(?:a|an|its|their)\s+(?:(?:senior|high[ -]level|small|new|negotiating)\s+)?(?:delegation|team|"
    r"negotiating team|negotiators|envoys?|emissar(?:y|ies))\s+(?:\w+\s+){0,2}$"
)

# 'a deal concluded last month': concluding a deal is agreeing it, not a round ending.
DEAL_CONCLUDED = re.compile(r"deal\b[^.;]*?\b(?:concluded|concludes|wrapped up)\b")
WITHOUT = re.compile(r"[^.;]{0,30}?\bwithout\b")


# 'a delegation from the RSF', 'representatives of Hamas': whom the team comes from.
TEAM_OF = re.compile(
    r"\b(?:delegations?|delegates|team|negotiators|representatives|envoys?|emissar(?:y|ies))\s+"
    r"(?:from|of)\s+(?:the\s+)?$"
)


# What a discussion with someone at a place must be about to be the talks' round, and what
# makes it none: a call, or a discussion still to come or wanted.
DISCUSSED_TOPIC = re.compile(
    r"\b(?:talks|negotiations|mediators?|ceasefire|cease fire|truce|deal|hostages?|prisoners?|"
    r"offer|proposals?|plan|framework|peace|agreement|accord|exchange|swap)\b"
)
# where those it was discussed with end: 'with mediators an offer of a truce between ...'
DISCUSSED_STOP = re.compile(
    r"\b(?:in|at|on|about|over|of|between|for|to|from|during|after|before|an?)\b"
)
DISCUSSED_APART = re.compile(
    r"\b(?:by (?:tele)?phone|(?:phone|video) call|call|videoconference|video link)\b"
)

# A clause of time after a meeting: who it names did not meet ('since the killing of X').
TIME_CLAUSE = re.compile(
    r"\b(?:since|following|after|before|until)\s+(?:the|a|an|his|her|its|their)\b"
)


# The talks a bare 'pulled out' leaves, named in its sentence or the one before it.
BARE_WALKOUT_TALKS = re.compile(
    r"\b(?:talks|negotiations|meet|meeting|round|summit|peace process|dialogue)\b"
)
# Those who pull out of a place, not of talks.
BARE_WALKOUT_TROOPS = re.compile(
    r"\b(?:troops|forces|soldiers|fighters|units|army|military|militia|battalions?|convoys?)\s+"
    r"(?:[\w']+\s+){0,2}$"
)
# A meeting left or stayed away from: 'withdrew from the trilateral meeting', 'pulled out of the
# meeting', 'boycotted the meeting' (no round opens for the one leaving).
WALKED_FROM = re.compile(
    r"\b(?:(?:withdrew|withdraws|withdraw|withdrawing) from|walked out of|walks out of|pulled out of|"
    r"pulls out of|stormed out of|boycotted|boycotts|boycotting|skipped|skips)\s+"
    r"(?:the|a|an|its|their|this|that)?\s*(?:[\w-]+\s+){0,2}?$"
)


# A relative aside naming the doer's role: ', who is leading the US delegation,'.
ROLE_ASIDE = re.compile(r",\s*(?:who|which)\s+$")


def _in_passing(ctx: SentenceContext, m: re.Match[str]) -> bool:
    """Talks named as another's topic, or as where a person was in an aside closed by a comma."""
    if TALKS_AS_TOPIC.search(ctx.folded, max(0, m.start() - 50), m.start()):
        return True
    if TALKS_ASIDE.search(ctx.folded, max(0, m.start() - 60), m.start()):
        end = ctx.folded.find(",", m.end())
        return 0 <= end - m.end() <= 60
    return False


# 'has requested that the UN chief host a three-way meeting', 'asked Qatar to host the talks',
# 'urged Turkey to chair a round': a hosting asked for, no round held.
HOST_ASKED = re.compile(
    r"\b(?:requested|requests|request|asked|asks|ask|urged|urges|urge|called on|calls on|"
    r"call on|invited|invites|invite|pressed|presses|press|wants|want|wanted)\s+"
    r"(?:that\s+)?(?:[\w'.-]+\s+){0,5}?(?:to\s+)?$"
)

# 'prospects to resume talks', 'hopes of resuming negotiations', 'the chance for a new round':
# a round looked for, none held.
PROSPECT_OF = re.compile(
    r"\b(?:prospects?|hopes?|chances?|possibility|possibilities|likelihood|odds)\s+"
    r"(?:of|for|to)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+|fresh\s+)?"
    r"(?:(?:resum|restart|reopen|start|begin|beginn|hold|launch)\w*\s+(?:of\s+)?)?$"
)

# ... and the meeting so asked for: 'requested that Guterres host a three-way meeting with him'
MEETING_ASKED = re.compile(
    r"\b(?:requested|requests|request|asked|asks|ask|urged|urges|urge|called on|calls on|"
    r"call on|invited|invites|invite|pressed|presses|press)\s+(?:that\s+)?(?:[\w'.-]+\s+){0,8}?"
    r"(?:to\s+)?(?:host|hold|convene|organi[sz]e|arrange|set up|call)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?$"
)


class ProcessRules(Family):
    """The process family's rules and their productions."""

    name = "process"
    spec = load_family("process")

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        # After an actor's name, the nouns that make it people who travel ('Hamas's delegation').
        self.traveller_noun = re.compile(
            r"\s*(?:'s?\s+)?(?:\w+\s+)?" + alt(self.words["traveller_nouns"]) + r"\b"
        )
        # 'sent next week to continue the negotiations': sent for talks, no place told
        self.for_talks = re.compile(
            r"(?:[\w']+\s+){0,4}?to\s+" + alt(self.words["talks_purpose"]) + r"\b"
        )

    def _arrival(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if SENT_TO.search(ctx.folded, max(0, m.start() - 80), m.start()):
            return None  # 'authorized a delegation to travel to Qatar': sent, not arrived
        if FREED_ARRIVE.search(ctx.folded, max(0, m.start() - 40), m.start()):
            return None  # '13 prisoners arrived in Sanaa': a release comes home, no delegation
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
        if not subject:
            subject = self._team_of(ctx, m.start())
        listed = self._listed(ctx, m.end())
        if listed and not any(s.kind in ("name", "short", "title") for s in subject):
            subject = listed  # 'delegations arrived ..., including X, Y and Z': each listed one
        led = self._led_by(ctx, m)
        destination = self._venue(ctx, m.end(), countries=True)
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
            ctx.folded, max(0, m.start() - 130), m.start()
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

    def _traveller(self, mentions: tuple[Mention, ...], folded: str, at: int = -1) -> bool:
        """A person, or an organisation's delegation: who can be somewhere ('Israel was in' can't).
        The delegation may be the speaker's, told by a pronoun before the verb at ('Hamas said
        its delegation had left Cairo')."""
        if at >= 0 and (
            OWN_TEAM.search(folded, max(0, at - 50), at)
            or SPEAKERS_TEAM.search(folded, max(0, at - 70), at)
        ):
            return True
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
        # 'was in the Yemeni capital', 'are in the Qatari capital': the place after its article
        start = m.end() + 4 if ctx.folded.startswith("the ", m.end()) else m.end()
        place = next((p for p in ctx.places if p.start == start), None)
        if place is None and m.group(0).startswith(("have", "has", "had")):
            # 'both sides have delegations in Qatar': a country the teams are in
            place = next((p for p in ctx.countries if p.start == m.end()), None)
        if place is None or place.place in NOT_VENUES:
            return None
        return self._travel(ctx, m, place.place)

    def _join(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'X was expected to join the talks': the delegation comes to the round's venue."""
        if AGREED_TO_JOIN.search(ctx.folded, max(0, m.start() - 40), m.start()):
            return None  # 'agreed to join talks to be mediated by the AU': a yes, no journey
        return self._travel(ctx, m, self._venue(ctx, m.end()) or ctx.venue_hint)

    def _travel(
        self, ctx: SentenceContext, m: re.Match[str], destination: str | None
    ) -> Draft | None:
        """The subject of the trigger travels to a destination, led by its first named person."""
        subject = ctx.reader.subject(m.start())
        if not subject or not self._traveller(subject, ctx.folded, m.start()):
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
        tail = ctx.folded[m.end() : m.end() + 160]
        if FACT_FINDING.match(tail):
            return None  # 'sent a team to investigate the killings': no one to talk to
        if m.group(0).startswith(("is", "was", "are", "were")) and ROLE_ASIDE.search(
            ctx.folded, max(0, m.start() - 12), m.start()
        ):
            # 'Witkoff, who is leading the US delegation, had spoken of ...': who the doer is,
            # told in passing, no delegation sent (in the past, only in an aside closed soon)
            end = ctx.folded.find(",", m.end())
            if m.group(0).startswith(("is", "are")) or 0 <= end - m.end() <= 50:
                return None
        subject = ctx.reader.subject(m.start())
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

    def _sent_passive(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'the Israeli delegation had been sent to Doha': sent by whose team it is (the name
        right before the noun), else by the side that says a team was sent; only to a venue."""
        destination = self._venue(ctx, m.end())
        if destination is None or not any(
            p.start >= m.end() and p.start - m.end() <= 25 for p in ctx.places
        ):
            if not self.for_talks.match(ctx.folded, m.end()):
                return None  # sent to a place that is no venue ('sent to the front')
            destination = None  # 'dispatched next week to continue the talks': no place told
        owner = tuple(x for x in ctx.mentions if x.start < m.start() and m.start() - x.end <= 12)[
            -1:
        ]
        if not owner and SPEAKERS_TEAM.search(
            ctx.folded, max(0, m.start() - 70), m.end() - len(m.group(0).split()[0]) - 1
        ):
            owner = ctx.reader.subject(m.start())
        if not owner and INDEFINITE_TEAM.search(ctx.folded, max(0, m.start() - 8), m.start()):
            # 'a team will be dispatched next week ..., the prime minister's office announced':
            # the side that tells of a team of no named owner sends it
            owner = tuple(x for x in self._said_by(ctx) if x.start > m.end())
        if not owner:
            return None
        return Draft(
            owner, attributes={"leader": None, "destination": destination}, location=destination
        )

    def _recall(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        subject = ctx.reader.subject(m.start())
        if not subject:
            # 'The Israeli negotiators returned home': whose negotiators they are.
            subject = tuple(
                x for x in ctx.mentions if x.start <= m.start() + 1 and m.start() - x.end <= 4
            )[-1:]
        venue = self._left_venue(ctx, m)
        if venue is None:
            return Draft(subject)
        return Draft(subject, location=venue)

    def _left_venue(self, ctx: SentenceContext, m: re.Match[str]) -> str | None:
        """The place of the talks a side leaves, told right after its leaving: 'withdrew
        their teams from ceasefire talks in Doha', 'walked out of the talks in Geneva',
        'pulled its delegation out of the Jeddah talks' (not where the team went: 'recalled
        its team to Jerusalem', nor a city the sentence names elsewhere)."""
        for p in ctx.places:
            if p.start < m.end() or p.start - m.end() > 80 or p.place in NOT_VENUES:
                continue
            if LEFT_TALKS_IN.fullmatch(ctx.folded, m.end(), p.start):
                return self._capital_named(ctx, p) or p.place
            if LEFT_NAMED_TALKS.fullmatch(ctx.folded, m.end(), p.start) and SUMMIT_AFTER.match(
                ctx.folded, p.end
            ):
                return p.place
            break
        return self._named_venue(ctx, m)

    def _recall_bare(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The rebels pulled out on Monday' after a sentence on the talks they were to join:
        a side leaving them; troops pulling out of a place are no delegation."""
        told = ctx.folded[: m.start()] + " " + (ctx.previous[-1].folded if ctx.previous else "")
        if not BARE_WALKOUT_TALKS.search(told):
            return None
        if BARE_WALKOUT_TROOPS.search(ctx.folded, max(0, m.start() - 60), m.start()):
            return None
        return self._recall(ctx, m)

    def _talk_draft(
        self,
        ctx: SentenceContext,
        m: re.Match[str],
        subject: tuple[Mention, ...],
        others: list[tuple[str, str]],
    ) -> Draft | None:
        end = m.end()
        if (
            CALLED_OFF_GATE.open(ctx.folded[end : end + 130])
            and CALLED_OFF.match(ctx.folded, end, end + 130)
        ) or CALLED_OFF_BEFORE.search(ctx.folded, max(0, m.start() - 50), m.start()):
            return None  # 'a planned meeting in Port Sudan was canceled': no round opens
        if re.match(r"\s*(?:host|conven|hold|chair|organi)", m.group(0)) and HOST_ASKED.search(
            ctx.folded, max(0, m.start() - 80), m.start()
        ):
            return None  # 'asked the EU to convene a meeting': a request, no round held
        if PROSPECT_OF.search(ctx.folded, max(0, m.start() - 50), m.start()):
            return None  # 'prospects to resume talks are being created': a round hoped for
        if INVITED_TO.search(ctx.folded, max(0, m.start() - 60), m.start()):
            return None  # 'an invitation to attend US-sponsored talks in Geneva': still to come
        if PREPARED_FOR.search(ctx.folded, max(0, m.start() - 70), m.start()):
            return None  # 'to lay the groundwork for a meeting between the leaders': prepared
        venue = (
            self._own_venue(ctx, m)
            or self._named_venue(ctx, m)
            or self._margins_venue(ctx, m.end())
            or self._host_state(ctx)
            or self._country_venue(ctx, m)
        )
        opening = THE_TALKS.match(ctx.folded)
        if (
            venue is None
            and ctx.venue_hint
            and opening
            and m.start() < opening.end()
            and any(t.start >= m.end() for t in ctx.times)
        ):
            # 'The talks, held from October 25 to 30, ...' opening a sentence and dating the
            # round: the round the article last placed
            venue = ctx.venue_hint
        earlier = self._earlier_round(ctx, m)
        mediators = self._mediators(ctx)
        negotiation = self._negotiation(ctx)
        known = set(negotiation.mediators) if negotiation else set()
        named = [s.actor for s in subject] + [a for a, _ in others]
        for actor_id in named:
            for actor in self.registry.affiliations(actor_id, ctx.published):
                if actor in known and actor not in mediators:
                    mediators.append(actor)
        for actor in mediators:
            others.append((actor, "mediator"))
        participants = tuple(
            dict.fromkeys([s.actor for s in subject] + [a for a, r in others if r != "mediator"])
        )
        # 'the commanders' meeting has begun in Nairobi': a round whose sentence names no party
        # is one of the sides of its negotiation, as a truce or an ending is, unless they never
        # meet (indirect talks: the sentence must say who came).
        direct = not (negotiation and negotiation.indirect)
        parties = self._parties(ctx) if direct and not participants else ()
        host = self._default_host(ctx, venue, parties)
        defaults = ((host,) if host else ()) + parties
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
            on=earlier,
            done=earlier is not None,
        )

    def _earlier_round(self, ctx: SentenceContext, m: re.Match[str]) -> Interval | None:
        """A round told as before another event of its sentence ('the negotiations came a week
        after an initial round was held in Muscat', 'the talks followed earlier negotiations in
        Doha'): dated before that event (the time its sentence names first, else the day of
        the report), by the span told ('a week after'), else within the week before a time
        named (with neither, the clause is dated as usual)."""
        told = ROUND_BEFORE.search(ctx.folded, max(0, m.start() - 70), m.start())
        if told is None or not (told.group("n") or told.group("adj")):
            return None
        if any(t.start >= m.start() for t in ctx.times):
            return None  # '... was held in Muscat on April 12': the round's own time dates it
        before = [t for t in ctx.times if t.start < told.start()]
        anchor = before[0].past.start if before else ctx.published
        if not told.group("n") and not before:
            return None  # 'returned following an initial meeting': the usual reading of the day
        if told.group("n"):
            n = told.group("n")
            count = int(n) if n.isdigit() else NUMBERS.get(n, 1)
            unit = told.group("unit")
            days = count * (7 if unit.startswith("week") else 1)
            return Interval.day(anchor - timedelta(days=days))
        return Interval(anchor - timedelta(days=7), anchor - timedelta(days=1), "approx")

    def _followed_by(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The first round took place in Muscat on April 12, followed by the second round in
        Rome on April 19': the later round, at its own venue, dated by a time after it (the
        times before date the first); with no time of its own, it is left unread."""
        if not any(t.start >= m.end() for t in ctx.times):
            return None
        draft = self._talks(ctx, m)
        if draft is not None:
            draft.skip = draft.skip | {t.start for t in ctx.times if t.start < m.start()}
        return draft

    def _talks(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        subject, told_by = self._reporters(ctx, m, ctx.reader.subject(m.start()))
        others = told_by + [
            (o.actor, "participant")
            for o in ctx.reader.objects(m.end(), 50)
            if re.match(r"\s*with\b", ctx.folded[m.end() :])
        ]
        others += self._attendees(ctx, m.end())
        between = re.search(
            r"\b(?:talks|negotiations|discussions|consultations|round|meetings?|sessions?)\s+(?:\w+\s+){0,4}?between\s+",
            ctx.folded[m.start() : m.end() + 40],
        )
        if between:
            # 'negotiations on a treaty between A and B are under way': A and B take part
            at = m.start() + between.end()
            others += [(o.actor, "participant") for o in ctx.reader.objects(at, 60)]
        return self._talk_draft(ctx, m, subject, others)

    def _reporters(
        self, ctx: SentenceContext, m: re.Match[str], subject: tuple[Mention, ...]
    ) -> tuple[tuple[Mention, ...], list[tuple[str, str]]]:
        """'Cuba's foreign minister said the fourth round will be held in Caracas': one who tells
        of a round of others' talks is none of its sides; a mediator of them mediates it, anyone
        else is left out (the round's sides are then the negotiation's)."""
        if not subject or not REPORTED.search(ctx.folded, subject[-1].end, m.start()):
            return subject, []
        negotiation = self._negotiation(ctx)
        if negotiation is None or (ctx.negotiation and ctx.negotiation.id != negotiation.id):
            return subject, []  # the sentence's talks are not surely the article's: unsure
        acting = {s.actor: set(self.registry.affiliations(s.actor, ctx.published)) for s in subject}
        if any(set(negotiation.sides) & a for a in acting.values()):
            return subject, []
        mediators = set(negotiation.mediators)
        return (), [(actor, "mediator") for actor, a in acting.items() if mediators & a]

    def _meeting(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if re.match(r"\s*by\b", ctx.folded[m.end() :]) or (
            re.search(
                r"\b(?:were|was|be|been|being)\s+(?:\w+\s+){0,6}?$",
                ctx.folded[max(0, m.start() - 60) : m.start()],
            )
            and re.search(r"\b(?:handed|released|freed|transferred)\b", ctx.folded[: m.start()])
        ):
            return None  # 'handed over to the Red Cross and met by soldiers': a reception, no talks
        if (
            m.group(0).startswith("met")
            and re.search(r"\b(?:be|been|being|is|are|was|were)\s+$", ctx.folded[: m.start()])
            and not re.match(r"\s*(?:by|with)\b", ctx.folded[m.start() + 3 :])
        ):
            return None  # 'the terms to be met before a truce', 'conditions were met': fulfilled
        if m.group(0).startswith("join") and re.match(
            r"[^,.;]{0,40}?\bin\s+\w+ing\b", ctx.folded[m.end() :]
        ):
            return None  # 'the US joined Israel in pulling its negotiators': a shared deed
        if m.group(0).startswith("meeting") and (
            self._meeting_named(ctx, m) or _not_held(ctx.folded, m.end())
        ):
            return None  # 'the meeting in South Africa never took place'
        if m.group(0).startswith("meeting") and ALSO_PRESENT.search(
            ctx.folded, max(0, m.start() - 40), m.start()
        ):
            return None  # 'Also present at the meeting were ...': who else was there, told after
        if m.group(0).startswith("meeting") and WALKED_FROM.search(
            ctx.folded, max(0, m.start() - 60), m.start()
        ):
            return None  # 'withdrew from the trilateral meeting': a walkout (its own rule)
        if m.group(0).startswith("meeting") and MEETING_ASKED.search(
            ctx.folded, max(0, m.start() - 120), m.start()
        ):
            return None  # 'requested that Guterres host a three-way meeting': asked for, not held
        if m.group(0).startswith("meeting") and _meeting_to_come(ctx.folded, m):
            return None  # 'a meeting between them will take place on Friday': the noun's rule
        subject = ctx.reader.subject(m.start())
        # 'the first meeting since the killing of Sinwar': those named in a clause of time are
        # no guests
        timing = TIME_CLAUSE.search(ctx.folded, m.end(), m.end() + 70)
        objects = ctx.reader.objects(m.end(), timing.start() - m.end() if timing else 70)
        # (negotiating with someone is talks by its own word)
        if (
            not m.group(0).startswith("negotiat")
            and not re.search(
                r"\b(?:talks|negotiations|discussions|mediators?|meeting|ceasefire|cease fire|"
                r"truce|deal|hostages?|"
                # the teams of the talks meeting: 'Russian and Ukrainian delegations met in
                # Istanbul', 'met his Armenian counterpart', 'the negotiators met'
                r"delegations?|negotiators?|counterparts?|"
                r"peace (?:process|agreement|treaty|plan))\b",
                ctx.folded,
            )
            and not (
                self._envoys_meet(ctx, m, subject, objects) or self._sides_meet(ctx, m, subject)
            )
        ):
            return None
        if not subject and not objects:
            return None
        return self._talk_draft(ctx, m, subject, [(o.actor, "participant") for o in objects])

    def _discussed(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The delegation discussed the truce offer with the mediators in Cairo': a round at
        the place the clause names, with whom it was discussed (not by phone, not a plan's
        discussion told as to come: 'will be discussed', 'is set to discuss')."""
        clause = re.match(r"[^.;:]{0,120}", ctx.folded[m.end() :])
        end = m.end() + (clause.end() if clause else 0)
        if DISCUSSED_APART.search(ctx.folded, m.start(), end):
            return None
        if not DISCUSSED_TOPIC.search(ctx.folded, m.start(), end):
            return None
        places = [
            p
            for p in ctx.places
            if m.end() <= p.start < end
            and p.preposition in ("in", "at")
            and p.place not in NOT_VENUES
        ]
        if not places:
            return None
        with_ = re.compile(r"\bwith\s+").search(ctx.folded, m.end(), end)
        if with_ is None:
            return None
        stop = DISCUSSED_STOP.search(ctx.folded, with_.end(), end)
        objects = ctx.reader.objects(with_.end(), (stop.start() if stop else end) - with_.end())
        mediators = re.match(
            r"(?:the\s+)?(?:[\w-]+\s+){0,3}?mediators\b", ctx.folded[with_.end() :]
        )
        if not objects and not mediators:
            return None
        subject = ctx.reader.subject(m.start())
        if not subject:
            return None
        spans = [(p.start, p.end) for p in places]
        others = [
            (o.actor, "participant") for o in objects if not any(s <= o.start < e for s, e in spans)
        ]
        return self._talk_draft(ctx, m, subject, others)

    def _meeting_named(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """'the meeting will bring progress', 'in a meeting with relatives': a meeting told of
        before, or one with nobody from the talks, is no talks opening."""
        before = ctx.folded[max(0, m.start() - 20) : m.start()]
        if re.search(r"\b(?:the|this|that)\s+$", before) and re.match(
            r"\s*(?:will|would|could|may|might|should|comes|came|is|was|follows|followed)\b",
            ctx.folded[m.start() + len("meeting") :],
        ):
            return True
        if re.search(r"\b(?:in|at|during)\s+(?:a|an)\s+$", before) and "with" in m.group(0):
            reach = re.match(r"[^,.;]{0,40}", ctx.folded[m.end() :])
            return not ctx.reader.objects(m.end(), reach.end() if reach else 0)
        return False

    def _sides_meet(
        self, ctx: SentenceContext, m: re.Match[str], subject: tuple[Mention, ...]
    ) -> bool:
        """'Pakistan and Afghanistan met in Doha', 'the two sides met in Istanbul': both sides
        of the sentence's known negotiation meeting together at a venue, a country too ('the
        two sides met in Barbados')."""
        if not m.group(0).startswith(("met", "convened")) or (
            self._venue(ctx, m.end(), countries=True) is None
            and self._margins_venue(ctx, m.end()) is None
        ):
            return False
        sides = set(self._parties(ctx))
        tops = {a for x in subject for a in self.registry.affiliations(x.actor, ctx.published)}
        if len(sides) >= 2 and sides <= tops:
            return True
        # a pair of the article's known negotiation's mediators meeting is no round of its own
        n = self._negotiation(ctx)
        if n is not None and tops & set(n.sides + n.mediators) and not tops & set(n.sides):
            return False
        return self._pair_meets(ctx, subject, m)

    def _all_sides(self) -> frozenset[str]:
        """Every side of a known negotiation: the armed groups and movements that negotiate."""
        return frozenset(a for n in self.registry.negotiations for a in n.sides)

    def _pair_meets(
        self, ctx: SentenceContext, subject: tuple[Mention, ...], m: re.Match[str]
    ) -> bool:
        """'Ethiopia and Somalia met in Ankara', 'the foreign ministers of Georgia and Russia
        met in Geneva': a pair joined by 'and' in the subject, each a state or a side of known
        talks (or one's official), meeting on a third state's ground is a round of their talks
        even when no known negotiation names them as its sides. At home it is a visit ('France
        and Germany met in Paris')."""
        if len(subject) < 2:
            return False
        venue = self._venue(ctx, m.end(), countries=True)
        host = self._host(venue) or (venue if venue in self.registry.actors else None)
        if host is None:
            return False
        first, last = min(x.start for x in subject), max(x.end for x in subject)
        if not re.search(r"\band\b", ctx.folded[first:last]):
            return False
        heads: set[str] = set()
        for x in subject:
            if x.kind in ("adjective", "collective", "metonym"):
                continue
            chain = self.registry.affiliations(x.actor, ctx.published)
            top = next(
                (
                    a
                    for a in chain
                    if (actor := self.registry.actors.get(a)) is not None
                    and (actor.kind == "state" or a in self._all_sides())
                ),
                None,
            )
            if top is not None:
                heads.add(top)
        return len(heads) >= 2 and host not in heads

    def _envoys_meet(
        self,
        ctx: SentenceContext,
        m: re.Match[str],
        subject: tuple[Mention, ...],
        objects: tuple[Mention, ...],
    ) -> bool:
        """'Barnea met Burns and Al Thani in Warsaw': named officials of two sides at a venue."""
        if not m.group(0).startswith("met") or (
            self._venue(ctx, m.end()) is None and self._margins_venue(ctx, m.end()) is None
        ):
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
        """'Witkoff and Kushner met Netanyahu in Jerusalem': those from abroad came to the venue.
        A meeting told as the round itself ('met Tuesday in Qatar for their first direct talks')
        is the talks' event, no visit."""
        if FOR_TALKS.match(ctx.folded, m.end(), m.end() + 100):
            return None
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

    def _arrived_before(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The team left Sanaa on Thursday, four days after he arrived': the main clause's doers
        arrived that many days before its date, at the place the clause before names (not one
        after the arrival: 'a week after he arrived in office')."""
        n = re.match(r"\w+", m.group(0))
        word = n.group(0) if n else ""
        days = int(word) if word.isdigit() else NUMBERS.get(word, 1 if word in ("a", "one") else 0)
        if re.search(r"\bweeks?\b", m.group(0)):
            days *= 7
        place = next(
            (p for p in reversed(ctx.places) if p.end <= m.start() and p.place not in NOT_VENUES),
            None,
        )
        first = next((x for x in ctx.mentions if x.eligible and x.end <= m.start()), None)
        if not 0 < days <= 30 or place is None or first is None:
            return None
        subject = ctx.reader._chain_forward(first)
        leader = next((x.actor for x in subject if x.kind in ("name", "short", "title")), None)
        return Draft(
            subject,
            attributes={"leader": leader, "destination": place.place},
            location=place.place,
            day_offset=days,
        )

    def _talks_duration(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'after three days of indirect negotiations in Cairo': the round opened days before."""
        n = re.match(r"\w+", m.group(0))
        if n is None:
            return None
        word = n.group(0)
        days = int(word) if word.isdigit() else NUMBERS.get(word, 1 if word in ("a", "one") else 0)
        if re.search(r"\bweeks?\b", m.group(0)):
            days *= 7  # 'a week of talks', 'two weeks of negotiations'
        if not 0 < days <= 30:
            return None
        subject = ctx.reader.subject(m.start())
        if not subject and AFTER_SPAN.search(ctx.folded, max(0, m.start() - 20), m.start()):
            # 'Serbia and Kosovo agreed after 12 hours of talks': the main clause's doers talked
            first = next((x for x in ctx.mentions if x.eligible and x.end <= m.start()), None)
            subject = ctx.reader._chain_forward(first) if first is not None else ()
        draft = self._talk_draft(ctx, m, subject, [])
        if draft is not None:
            # 'after 12 hours of talks on Saturday': a round of one day, dated as told
            draft.looks_back = 0 if "hour" in m.group(0) or days == 1 else days
            draft.day_offset = 0
        return draft

    def _talks_since(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'have been meeting since Saturday in Jeddah': the round opened that day; talks going
        on since a month or a year ago are background."""
        since = SINCE.search(ctx.folded, m.end(), m.end() + 50)
        if since is None:
            return None
        when = next((t for t in ctx.times if since.start() <= t.start <= since.end()), None)
        if when is None:
            return None
        span = when.interval(False)  # 'since Saturday': from that day to the reference
        if span.precision not in ("day", "approx") or (ctx.published - span.start).days > 14:
            return None
        day = Interval.day(span.start)
        draft = self._talks(ctx, m)
        if draft is not None:
            draft.on = day
        return draft

    def _talks_in(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if re.search(
            r"\b(?:days?|weeks?|hours?)\s+of\s+(?:\w+\s+)?$",
            ctx.folded[max(0, m.start() - 30) : m.start()],
        ):
            return None  # 'three days of negotiations in Doha' is read by the duration rule
        if BACKGROUND_TALKS.search(ctx.folded, max(0, m.start() - 40), m.start()):
            return None  # 'after weeks of talks in Doha' looks back, no round opens
        if SETTING.search(ctx.folded, max(0, m.start() - 30), m.start()):
            return None  # 'acting as intermediaries during the talks in Jeddah': the setting
        if PRODUCT_OF_TALKS.search(ctx.folded, max(0, m.start() - 80), m.start()):
            return None  # 'a proposal put forward after talks in Paris': the text, not a round
        if _in_passing(ctx, m):
            return None  # 'has focused on the talks in Jeddah', 'X, who was at the talks in ...'
        if LEFT_TALKS.search(ctx.folded, max(0, m.start() - 80), m.start()):
            return None  # 'withdrew their teams from the talks in Doha': a departure
        place_end = next((p.end for p in ctx.places if p.start >= m.end()), m.end())
        if ENDING.match(ctx.folded, place_end):
            return None  # 'talks in Cairo end without a deal': the ending rule reads it
        if not any(
            p.start == m.end() or p.start - m.end() < 16 for p in ctx.places if p.start >= m.end()
        ):
            return None
        if self._venue(ctx, m.end()) is None or _not_held(ctx.folded, m.end()):
            return None
        # 'talks with Hamas in Cairo': whom the talks are with takes part
        with_whom = [
            (x.actor, "participant") for x in ctx.mentions if m.start() < x.start < m.end()
        ]
        return self._talk_draft(
            ctx, m, ctx.reader.subject(m.start()), [*with_whom, *self._attendees(ctx, m.end())]
        )

    def _talks_between(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        objects = ctx.reader.objects(m.end(), 80)
        if not objects or _not_held(ctx.folded, m.end()):
            return None
        if _in_passing(ctx, m):
            return None  # 'diplomacy has focused on the negotiations between Kyiv and Moscow'
        if LEFT_TALKS.search(ctx.folded, max(0, m.start() - 80), m.start()):
            return None  # 'pulled out of the talks between X and Y': a departure
        if ENDED_AFTER.match(ctx.folded, objects[-1].end):
            return None  # 'the round of talks between X and Y ended on Thursday': the ending rule
        if AHEAD_AFTER.match(ctx.folded, objects[-1].end):
            return None  # 'talks between X and Y are expected in Oman': the noun rule, expected
        if ARRANGED_FOR.search(ctx.folded, max(0, m.start() - 90), m.start()):
            return None  # 'the arrangements for the third round of talks between X and Y': to come
        return self._talk_draft(ctx, m, (), [(o.actor, "participant") for o in objects])

    def _team_of(self, ctx: SentenceContext, pos: int) -> tuple[Mention, ...]:
        """'a delegation from the RSF had arrived', 'representatives of Hamas flew to Cairo':
        the side a team is from, named right before the verb."""
        for x in reversed(ctx.mentions):
            if x.end > pos:
                continue
            between = ctx.folded[x.end : pos]
            if (
                len(between) <= 20
                and re.fullmatch(r"[\s,]*(?:(?:had|has|have|was|were|is|are)\s+)?", between)
                and TEAM_OF.search(ctx.folded, max(0, x.start - 40), x.start)
            ):
                return (x,)
            break
        return ()

    def _host_state(self, ctx: SentenceContext) -> str | None:
        """Where a state that hosts the talks puts them, when no place is named ('the talks
        began after South Africa agreed to host them', 'talks hosted by Kenya'): the state,
        else its capital."""
        for x in ctx.mentions:
            actor = self.registry.actors.get(x.actor)
            if actor is None or actor.kind != "state":
                continue
            if HOSTS_THEM.match(ctx.folded, x.end) or HOSTED_BY_END.search(
                ctx.folded, max(0, x.start - 14), x.start
            ):
                known = self.registry.places.get(x.actor)
                if known is not None and not known.country:
                    return x.actor  # a state the data names as a venue of its own
                return self._capital(x.actor)
        return None

    def _own_venue(self, ctx: SentenceContext, m: re.Match[str]) -> str | None:
        """The place of these talks: a place the sentence names, not one of another round
        told after it ('the negotiations came a week after an initial round was held in
        Muscat': Muscat is the first round's)."""
        venue = self._venue(ctx, m.start())
        if venue is None:
            return None
        for p in ctx.places:
            if p.place == venue and p.start >= m.end():
                if ANOTHER_ROUND.search(ctx.folded, m.end(), p.start):
                    return None
                break
        return venue

    def _country_venue(self, ctx: SentenceContext, m: re.Match[str]) -> str | None:
        """'formal peace talks began in South Africa', 'the two sides met in Barbados': a
        country named in the talks' own clause, when the sentence names no city, host or place
        of the data, is their venue (not 'talks ... after strikes in Lebanon', nor the war's
        theatre: 'talks on the war in Sudan')."""
        for p in ctx.countries:
            if p.start < m.start() or p.start - m.end() > COUNTRY_REACH:
                continue
            if (
                p.preposition not in ("in", "at")
                or THEATRE.search(ctx.folded, max(0, p.start - 30), p.start)
                or POSSESSED.match(ctx.folded, p.end)  # 'talks in Yemen's conflict'
            ):
                continue
            between = (m.end(), max(m.end(), p.start))
            if OTHER_CLAUSE.search(ctx.folded, *between) or ANOTHER_ROUND.search(
                ctx.folded, *between
            ):
                continue
            return p.place
        return None

    def _capital(self, state: str) -> str | None:
        return next(
            (p.id for p in self.registry.places.values() if p.state == state and p.metonym),
            None,
        )

    def _host_talks(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Egypt will host Israeli and Hamas delegations on Monday': a round at the host's venue."""
        if HOST_ASIDE.search(ctx.folded, max(0, m.start() - 25), m.start()):
            return None  # 'Norway, which was hosting the round, said': who it is, no new round
        if HOST_ASKED.search(ctx.folded, max(0, m.start() - 80), m.start()):
            return None  # 'asked Guterres to host a meeting': a request, no round held
        subject = ctx.reader.subject(m.start())
        guests = [(x.actor, "participant") for x in ctx.mentions if m.start() < x.start < m.end()]
        draft = self._talk_draft(ctx, m, (), guests)
        if draft is not None:
            draft.others += [(s.actor, "mediator") for s in subject]
            draft.defaults = tuple(s.actor for s in subject) or draft.defaults
        return draft

    def _concluded(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if EARLIER_ROUND.search(ctx.folded, max(0, m.start() - 40), m.start()):
            return None  # 'the previous talks were suspended last year': background
        if DAY_OF_ROUND.search(ctx.folded, max(0, m.start() - 60), m.start()):
            return None  # 'the first day of talks concluded on Wednesday': the round goes on
        if re.match(r"\s+(?:the|a|an|its|their|his|her|this|that)\s", ctx.folded[m.end() :]):
            return None  # 'the deal ended the war': something else ended, not the talks
        if TRUCE_DEAL.search(ctx.folded, max(0, m.start() - 25), m.start() + 5):
            return None  # 'the ceasefire deal that ended in October': a truce ran out, no talks
        if DEAL_CONCLUDED.match(m.group(0)) and not WITHOUT.match(ctx.folded, m.end()):
            # 'a UN-brokered deal concluded in Switzerland': a text agreed, no round ('the deal
            # was concluded without any progress' tells of the talks on it)
            return None
        subject = ctx.reader.subject(m.start())
        between = re.search(r"\bbetween\s", m.group(0))
        if not subject and between:
            # 'the meeting between Vucic and Kurti ended': those it was between held it
            subject = tuple(
                x for x in ctx.mentions if m.start() + between.end() <= x.start < m.end()
            )
        outcome = self._outcome(ctx, m)
        venue = self._venue(ctx, m.start()) or ctx.venue_hint
        # The round's parties when the sentence names none: the host and its negotiation's sides.
        parties = self._parties(ctx)
        host = self._default_host(ctx, venue, parties)
        return Draft(
            subject,
            defaults=((host,) if host else ()) + parties,
            location=venue,
            attributes={"outcome": outcome},
        )

    def _left(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'The Hamas delegation left Cairo on Tuesday': the round there is over for them."""
        subject = ctx.reader.subject(m.start())
        # 'departed rebel-held Sanaa', 'left the war-torn capital Sanaa': the place after its
        # adjectives
        lead = PLACE_ADJECTIVES.match(ctx.folded, m.end())
        at = lead.end() if lead else m.end()
        place = next((p.place for p in ctx.places if 0 <= p.start - at <= 2), None)
        if not subject and place and UNNAMED_TEAMS.search(ctx.folded, 0, m.start()):
            # 'Negotiators have left Cairo without an agreement': the round there ended for
            # the sides, unnamed; only an outcome said makes it a round's end, not a journey.
            outcome = self._outcome(ctx, m)
            if outcome == "unknown":
                return None
            return Draft(
                defaults=self._parties(ctx), location=place, attributes={"outcome": outcome}
            )
        if not subject or not self._traveller(subject, ctx.folded, m.start()):
            return None
        if place is None and not ROUND_LEFT.match(ctx.folded, m.end()):
            return None  # 'left the room', 'left open': not a round left behind
        if re.match(r"\s*[\w ]{0,25}?\b(?:for|to|bound for|en route to)\s", ctx.folded[m.end() :]):
            return None  # 'departed Israel for Doha': a journey to talks, not one ending
        return Draft(subject, location=place, attributes={"outcome": self._outcome(ctx, m)})

    def _suspended(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Qatar suspended its mediation': the round is over, by the mediator's decision."""
        subject = ctx.reader.subject(m.start())
        whose = [
            x
            for x in ctx.mentions
            if x.possessive and DECISION.match(ctx.folded, x.end) and x.end < m.start()
        ]
        if whose:
            subject = (whose[-1],)  # "aware of Qatar's decision to suspend mediation"
        others = [(o.actor, "participant") for o in ctx.reader.objects(m.end(), 40)]
        return Draft(subject, others, attributes={"outcome": "suspended"})

    def _outcome(self, ctx: SentenceContext, m: re.Match[str]) -> str:
        if re.search(r"collapsed|broke off|broke down|fell apart", m.group(0)):
            return "collapsed"
        if m.group(0).endswith("suspended"):
            return "suspended"  # 'the talks were formally suspended last week'
        if self.assessments["no_progress"].search(ctx.folded) or re.search(
            r"\bwithout (?:a |an |any )?(?:deal|agreement|breakthrough|results?)\b|stalled|"
            r"\bno (?:\w+ )?(?:agreements?|deal|breakthrough)\b|"
            r"\b(?:yielded|produced|brought) (?:only )?(?:few|no|little|scant) (?:results?|progress)\b",
            ctx.folded,
        ):
            return "no_progress"
        if self.assessments["progress"].search(ctx.folded):
            return "progress"
        return "unknown"


# A meeting named as the subject of a time to come: 'a meeting between the delegations will take
# place in Doha on Friday', 'the meeting is scheduled for Monday'.
MEETING_TO_COME = re.compile(
    r"[^,.;:]{0,90}?\b(?:will|would|is to|are to|is due|is set|is scheduled|is expected|"
    r"is planned|has been scheduled|has been set)\b"
)


def _meeting_to_come(folded: str, m: re.Match[str]) -> bool:
    """A meeting noun with its article, whose own verb tells a time to come: the rule reading
    talks nouns dates it (as expected); read as a meeting held it would be dated in the past."""
    if not re.search(r"\b(?:a|an|the)\s+$", folded[max(0, m.start() - 6) : m.start()]):
        return False
    end = CLAUSE_END.search(folded, m.end())
    return MEETING_TO_COME.match(folded[: end.start() if end else len(folded)], m.end()) is not None


def _not_held(folded: str, at: int) -> bool:
    """The talks named at ``at`` are called off, put off or only judged in their clause."""
    end = CLAUSE_END.search(folded, at)
    found = NOT_HELD.match(folded[: end.start() if end else len(folded)], at)
    return found is not None
