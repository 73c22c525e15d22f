"""Modality and negation: is a trigger asserted, expected, reported, hypothetical or denied?"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from domain.values import Modality
from extraction.cues import Gated, led

# A clause governed by a denial reports what did not happen: 'Qatar denied that ...'.
DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|(?:dismissed|dismisses|rejected|rejects|"
    r"brushed aside|brushes aside)\s+(?:the\s+|as\s+\w+\s+)?(?:reports?|claims?|allegations?|"
    r"suggestions?|rumou?rs))\s+(?:(?:the\s+)?(?:reports?|claims?|allegations?)\s+)?"
    r"(?:that\s*)?$"
)

# A deed told as what nothing confirms or shows: 'there was no official confirmation that Israel
# was sending a delegation', 'with no sign that the sides would meet' (not: 'no sign of a deal,
# said Qatar, which hosted the talks', where the deed is beyond a comma-closed clause).
UNCONFIRMED = re.compile(
    r"\b(?:no|without|not any)\s+(?:official\s+|immediate\s+|independent\s+|public\s+|clear\s+)?"
    r"(?:confirmation|sign|indication|evidence|word)\s+(?:yet\s+)?that\s+[^.;,]{0,80}$"
)

# A round the sides agreed or committed to hold: expected, not wished for ('there is an agreement
# to hold another round of talks'); unless the commitment is only wanted ('wants a commitment to').
PLANNED_ROUND = re.compile(
    r"(?:agreement|commitment|decision|deal|understanding)s?\s+to\s+(?:hold|meet|reconvene|"
    r"resume|convene)\b"
)
WANTED = re.compile(
    r"\b(?:wants?|wanted|seeks?|sought|demands?|demanded|asks?|asked|calls? for|called for|"
    r"needs?|without|no)\s+(?:a\s+|an\s+|any\s+)?(?:\w+\s+)?$"
)


# A clause governed by a hope ('is optimistic that Hezbollah will agree', 'hopes that the talks
# will resume', 'was confident the rebels would sign'): wished for, not done nor announced.
HOPED = re.compile(
    r"\b(?:optimistic|hopeful|confident|hopes?|hoped|hoping|wish(?:es|ed)?|praying|prays?)"
    r"[\s\"']+(?:that\s+)?(?:(?!(?:and|but|so|as|yet)\b)[\w'-]+\s+){1,6}?(?:will|would|'ll|could|can|might)\s+"
    r"(?:\w+\s+)?$"
)

# The talks or a deed named as the subject of a hoped clause: 'said it hopes the negotiations
# between Russia and Ukraine will yield a ceasefire', 'hoped talks with the ELN would resume
# soon': the wish is the speaker's statement, the talks neither held nor announced by it.
HOPED_SUBJECT = re.compile(
    r"\b(?:hopeful|hopes?|hoped|hoping|expressed\s+(?:its\s+|his\s+|her\s+|their\s+)?hope)"
    r"[\s\"']+(?:that\s+)?(?:(?:the|these|any|new|further|upcoming|next|planned|direct|peace|"
    r"fresh|renewed)\s+)*$"
)
HOPED_VERB_AFTER = re.compile(r"[^.;:!?]{0,120}?\b(?:will|would|'ll|could|can|might)\b")


# A deed named as the object of a denial: 'denying preparations to send a team', 'denied plans
# to hold talks'.
DENIED_PLAN = re.compile(
    r"\b(?:denied|denies|deny|denying)\s+(?:any\s+)?(?:reports|plans|preparations|claims|"
    r"intention|intentions)\s+(?:of|to|that)\s+(?:\w+\s+){0,2}$"
)


# Talks named as what something endangers: 'threatens to derail the talks in Cairo', 'cast a
# shadow over the talks in Luanda' (the risk is the news, not a round opened).
ENDANGERED = re.compile(
    r"\b(?:derail\w*|jeopardi[sz]\w*|torpedo\w*|scuttl\w*|undermin\w*|overshadow\w*|"
    # 'accused Moscow of sabotaging the negotiations in Istanbul': blamed, no round opened
    r"sabotag\w*|obstruct\w*|stalling|hinder\w*|(?:drag|drags|dragged|dragging) (?:its|their|"
    r"his|her) feet (?:in|on|over)|"
    r"endanger\w*|imperil\w*|(?:cast|casts|casting) (?:a )?(?:\w+ )?shadows? over|"
    r"(?:hang|hangs|hung|hanging|loom|looms|loomed|looming) over)\s+"
    r"(?:(?:the|these|those|its|their|any|ongoing|fragile|delicate|upcoming|planned)\s+)*$"
)
# Talks told by their standstill, in the perfect or as a state ('talks between Russia and
# Ukraine have stalled for months', 'negotiations have been deadlocked since March', 'the talks
# remain frozen', 'have made little progress'): talks in the background, no round opened.
STALLED = re.compile(
    r"[^.;:]{0,90}?\b((?:have|has)\s+(?:(?:long|largely|so far|since|effectively|all but|"
    r"virtually|now)\s+)*(?:stalled|been\s+(?:\w+ly\s+)?(?:stalled|deadlocked|frozen|stuck|"
    r"suspended|on hold|at an impasse|in limbo|bogged down)|made (?:little|no|scant|slow|"
    r"limited) (?:headway|progress)|dragged on|yielded (?:little|nothing|no)|gone nowhere|"
    r"(?:largely |so far )?failed to)|(?:remain|remains|remained)\s+(?:\w+ly\s+)?(?:stalled|"
    r"deadlocked|frozen|stuck|at an impasse|on hold|in limbo|suspended))\b"
)
# The span that makes a standstill background: 'for months', 'since March', 'for much of the
# year' (a round stalled this week is still a round).
STALL_SPAN = re.compile(
    r"[^.;:,]{0,30}?\b(?:for (?:(?:many|several|some|two|three|four|five|six)\s+)?(?:months|years|"
    r"weeks)|for (?:much|most) of|since|throughout|ever since)\b"
)
# A deed named as the object of a refusal: 'rejects releases before the captives are home',
# 'rejected talks with the RSF', 'ruled out a truce', 'boycotted the round in Geneva'.
REFUSED_DEED = re.compile(
    r"\b(?:rejected|rejects|reject|rejecting|refused|refuses|refuse|refusing|opposed|opposes|"
    r"oppose|opposing|ruled out|rules out|rule out|ruling out|boycotted|boycotts|boycott|"
    r"boycotting|vetoed|vetoes|veto)\s+(?:(?:any|the|a|an|all|further|new|direct|more|fresh|"
    r"early|such|their|its)\s+)*$"
)
# A deed named as the content of an offer that is refused: 'rejected a request by the mediators
# to extend the truce', 'turned down proposals from Washington, Riyadh and the AU to extend it'.
REFUSED_OFFER = re.compile(
    r"\b(?:rejected|rejects|reject|rejecting|refused|refuses|refusing|turned down|turns down|"
    r"turning down|rebuffed|rebuffs|spurned|dismissed|dismisses|declined|declines)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:proposals?|offers?|requests?|calls?|plans?|bids?|suggestions?)\s+"
    r"(?:(?:from|by|of)\s+[^.;:]{2,80}?\s*)?to\s+$"
)
# A deed of an open, supposed doer: 'there are those in Israel who will call for war',
# 'anyone who would sign such a deal', 'those who will reject the plan and will call for war'.
GENERIC_DOER = re.compile(
    r"\b(?:those|anyone|anybody|whoever|someone|somebody)\b(?:\s+[\w'-]+){0,4}?\s+(?:who|that)?\s*"
    r"(?:[\w']+\s+){0,3}?(?:will|would|'ll|might|may|could)\s+(?:[\w']+\s+){0,9}?$"
)
GENERIC_WHO = re.compile(
    r"\b(?:those|anyone|anybody|whoever|someone|somebody)\b(?:\s+[\w'-]+){0,4}?\s+(?:who|that)\s+$"
)
MODAL_OPENING = re.compile(r"(?:will|would|'ll|might|may|could)\b")
# A condition told by inversion, opening the sentence up to its comma: 'Had Russia agreed to
# the truce, ...', 'Should the ELN free its captives, ...', 'Were a ceasefire to be agreed, ...'.
INVERTED_CONDITION = re.compile(
    r"\s*[\"'“]?(?:(?:had|should|were)\s+(?!been\b)|(?:assuming|supposing|suppose|provided|"
    r"providing|in case|in the event)\b)[^,.;:]{3,150},"
)
# What did not happen but might have: 'a truce would have allowed hostages to be released'.
COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)(?:\s+not|n't)?\s+have\s+")
# A deed told inside claims the sentence calls false: 'reports that it had accepted the proposal
# were baseless', 'the claim that it had freed the captives was a lie'.
CLAIM_THAT = re.compile(
    r"\b(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|accounts?)\s+that\s+[^.;]{0,120}$"
)
CALLED_FALSE = re.compile(
    r"[^.;]{0,120}?\b(?:is|are|was|were|been|be)\s+(?:\w+\s+)?(?:baseless|false|untrue|"
    r"unfounded|groundless|fabricated|incorrect|inaccurate|a lie|lies|fake|not true|wrong|"
    r"nonsense|misleading)\b"
)


# Background told as a habit or a long span, not a dated happening: 'has been hosting talks',
# 'has repeatedly hosted', 'since the start of the war the US has dispatched several envoys'.
HABITUAL = re.compile(
    r"\b(?:(?:has|have|had) been\s+(?:(?:\w+\s+)?\w+ing|engaged in)|repeatedly|regularly|routinely|"
    r"frequently|time and again|several times|many times|multiple times|numerous times|"
    r"on (?:several|many|multiple|numerous|repeated) occasions|(?:has|have|had) long|"
    r"over the (?:past|last) (?:\w+ )?(?:months|years|weeks))\b"
)
# A deed told in the perfect over a long span: 'has shuttled between Moscow and Kyiv for months'
# ('held their first talks in years' is one round, dated).
LONG_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|t)\b(?:(?!\bfirst\b)[^.;,]){0,80}?"
    r"\bfor (?:months|years|weeks|decades)\b"
)
# Many trips or rounds told in the perfect: 'has dispatched several envoys', 'have held a string
# of meetings' (a habit over time, whatever frame the sentence gives it).
MANY_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?\w+\s+(?:several|multiple|numerous|many|a series of|a string of|"
    r"repeated|a number of)\s+(?:[\w-]+\s+)?(?:envoys|delegations|rounds|visits|trips|missions|"
    r"meetings|sessions|emissaries)\b"
)
# A mediator's part told in a relative clause in the perfect, with no time of its own: 'Qatar,
# which has helped mediate negotiations between the two sides, announced ...', 'Egypt, which has
# long hosted talks between the army and the RSF, said ...' (its record, no round opened).
ROLE_RELATIVE = re.compile(
    r"\b(?:which|who)\s+(?:[\w']+\s+){0,3}?(?:has|have|had)\s+(?:(?:also|long|\w+ly)\s+)?"
    r"(?:helped\s+(?:to\s+)?)?(?:mediat|brok|facilitat|host|sponsor|shepherd)\w*\s+"
    r"(?:(?:the|these|those|its|their|indirect|direct|peace|ceasefire|truce)\s+)*$"
)
# The same with the trigger opening at the verb: 'Saudi Arabia, which has hosted talks between
# the army and the RSF in Jeddah, called for calm'.
ROLE_PERFECT = re.compile(
    r"\b(?:which|who)\s+(?:[\w']+\s+){0,3}?(?:has|have|had)\s+(?:(?:also|long|\w+ly)\s+)?"
    r"(?:helped\s+(?:to\s+)?)?$"
)
ROLE_VERB = re.compile(r"(?:mediat|brok|facilitat|host|sponsor|shepherd)")
# A time of the relative clause's own after its trigger ('which has hosted the talks since
# Sunday'): a round now, not a record.
ROLE_TIMED = re.compile(
    r"[^,.;:]{0,80}?\b(?:since|on|this|last|yesterday|today|overnight|earlier|in \w+ \d|\d)\b"
)
# A part played over time, right before the deed: 'has been instrumental in facilitating
# negotiations', 'played a key role in brokering the deal', 'is credited with mediating'.
ROLE_IN = re.compile(
    r"\b(?:instrumental in|role in|credited with)\s+(?:\w+ing\s+)?(?:[\w']+\s+){0,2}$"
)
# Talks told going on now in the perfect progressive: 'negotiators have been engaging in talks
# in Doha', 'the delegations have been holding talks in Washington this week': a round in force,
# not a habit, unless a long span or a habit word comes with it (kept by HABITUAL_SPAN).
ONGOING_TALKS = re.compile(
    r"\b(?:has|have) been\s+(?:(?:(?:engaging|engaged|taking part|participating) in|holding)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations|discussions))\b"
)
HABITUAL_SPAN = re.compile(
    r"\b(?:since|for (?:months|years|weeks|decades)|over the (?:past|last)|repeatedly|regularly|"
    r"routinely|frequently|time and again|(?:several|many|multiple|numerous) times|occasions|"
    r"long|hosting)\b"
)
_SPAN_FRAME = re.compile(
    r"\bsince the (?:start|beginning|outbreak|onset) of (?:the |this )?(?:war|conflict|fighting)\b|"
    r"\bsince the (?:war|conflict|fighting) (?:began|started|erupted|broke out)\b"
)
# (the same matches, fewer places tried, searched only in the few sentences holding its words)
SPAN_FRAME = Gated(led(_SPAN_FRAME))
PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?\w+ed\b")


# A report sourced to people the article does not name, or to another outlet: 'two officials
# told Reuters', 'an official familiar with the talks said', 'Channel 12 reported'.
UNNAMED_SOURCE = re.compile(
    r"\b(?:officials?|sources?|diplomats?|insiders?|people|person|aides?)"
    r"(?:\s+(?:close to|familiar with|briefed on|involved in|with knowledge of|privy to|"
    r"who (?:spoke|asked))\b[^,.;\"]{0,50}?)?\s*,?\s+(?:said|say|says|told|tell|tells|confirmed|"
    r"added|cited|quoted)\b|\b(?:reported|quoted|cited)\b(?!\s+(?:by|to)\b)"
)


# A round named as the subject of its own cancellation: 'the sixth round of talks between X and
# Y, known as Doha 6, will not take place this week', 'the meeting in Cairo was postponed'.
CALLED_OFF = re.compile(
    r"[^.;:\"]{0,140}?\b(?:(?:will|would|did|does|do|has|have|had|could|can)\s*(?:not|n't|never)\s+"
    r"(?:\w+\s+)?(?:take place|go ahead|happen|be held|convene|resume|start|begin|open)|"
    r"(?:was|were|has been|have been|had been|is being|is|are)\s+(?:\w+\s+)?(?:cancell?ed|"
    r"postponed|called off|scrapped|put off|shelved)|fell through)\b"
)
# A deed the sentence says another party disowned: 'announced a bilateral ceasefire, denied days
# later by the guerrillas', 'announced the truce on Monday; the rebels denied it'.
DISOWNED = re.compile(
    r"[^.;:]{0,100}?\b(?:denied|disavowed|refuted|repudiated|disowned)\s+(?:(?:it|this)\b|"
    r"(?:\w+\s+){0,3}?later\b|(?:\w+\s+){0,2}?by\b)"
)
# A deed named again as a claim someone disputes, after a comma: 'officials said Hamas had
# agreed to free 33 hostages, a claim the group denied', 'the rebels said they had freed the
# captives, an account the army disputes'.
CLAIM_DISPUTED = re.compile(
    r"[^.;:]{0,100}?,\s*(?:a|an|the)\s+(?:\w+\s+)?(?:claims?|assertions?|reports?|accounts?|"
    r"allegations?|version)\s+(?:(?:that|which)\s+)?(?:[\w'.-]+\s+){1,4}?(?:(?:has|have|had)\s+)?"
    r"(?:\w+ly\s+)?(?:denied|denies|deny|rejected|rejects|disputed|disputes|dismissed|dismisses|"
    r"refuted|refutes|contested|contests)\b"
)
CLAIM_CUE = re.compile(r"claim|assertion|report|account|allegation|version")


@lru_cache(maxsize=256)
def _claim_cue(folded: str) -> bool:
    """Whether the sentence names a claim or report at all (read once per sentence, however
    many triggers it holds)."""
    return CLAIM_CUE.search(folded) is not None


# What was planned in the past ('were expected to begin', 'had been due to meet'), and a 'but'
# later in the sentence that tells it did not go so.
PAST_PLAN = re.compile(
    r"\b(?:was|were|had been)\s+(?:\w+\s+)?(?:expected|due|scheduled|set|slated|supposed|meant|"
    r"planned|originally planned)\s+to\b"
)
# PAST_PLAN without its last word boundary: holds wherever PAST_PLAN holds in a window of a text.
# A plan told of now or of the past, whose deed a condition after it makes supposed: 'six
# hostages who were due to be returned if the deal was reached', 'are set to be freed once'.
PLANNED = re.compile(
    r"\b(?:is|are|was|were|had been)\s+(?:\w+\s+)?(?:expected|due|scheduled|set|slated|"
    r"supposed|meant|planned)\s+to\b"
)
PAST_PLAN_START = re.compile(PAST_PLAN.pattern.removesuffix(r"\b"))
PAST_PLAN_START = led(PAST_PLAN_START)  # the same matches, fewer places tried
FOILED = re.compile(r"\bbut\b")
# Terms a plan or deal sets out, told in a relative clause: 'a phase in which Hamas would release
# ...', 'the deal, under which Israel would free ...'.
RELATIVE_TERMS = re.compile(
    r"\b(?:where|whereby|under which|in which|by which|during which|after which|within which)"
    r"\s+(?:[\w']+\s+){1,3}?(?:would|could)\s+$"
)
RELATIVE_TERMS = led(RELATIVE_TERMS)  # the same matches, fewer places tried
# An offer's terms told in a relative clause whose pronoun is the doer: 'a 60-day truce deal
# that would free half the hostages', 'a draft which would endorse the plan', 'a proposal that
# would see Hamas disarm and Israel withdraw' (a verb of the main clause after it, 'was signed',
# ends the reach).
OFFER_RELATIVE = re.compile(
    r"\b(?:plan|proposal|draft|framework|offer|initiative|blueprint|roadmap|deal|resolution)s?"
    r"\s+(?:that|which)\s+(?:\w+ly\s+)?(?:would|could)\s+"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|but|while)\b)[^,.;:\"])*$"
)
# An offer the sides took up: 'agreed to a ceasefire deal that would free hostages' tells terms
# now expected.
TAKEN_UP = re.compile(
    r"\b(?:agreed|agree|agrees|agreeing|reached|signed|struck|sealed|clinched|approved|accepted|"
    r"finali[sz]ed|concluded|endorsed)\b(?:\s+(?:on|to|upon))?\s+(?:[\w'-]+\s+){0,5}$"
)
# A demand's 'that' clause up to a trigger in the bare form: 'demand that Hamas come to the
# table, agree to this deal', 'insisted that Israel withdraw'.
MANDATE_THAT = re.compile(
    r"\b(?:demand|insist|urg|ask|request|requir|propos|suggest|recommend)\w*\s+that\s+"
    r"[^.;:!?\"]{2,80}$"
)
BARE_VERB = re.compile(
    r"^(?:agree|accept|sign|approve|endorse|release|free|hand|return|withdraw|end|halt|stop|"
    r"cease|reject|come|send|hold|meet|resume|attend|join|negotiate)$"
)
# A deed named by a gerund that is the subject of a modal: 'warned that rejecting or violating
# the deal would trigger a new offensive' (the rejection is a supposition).
GERUND_SUBJECT = re.compile(r"(?:^|\bthat|[,;:]|\bwhether)\s*$")
GERUND_MODAL = re.compile(r"[^.;:,]{0,80}?\b(?:would|will|could|might|may|risks?|means?)\b")
# A speech verb, or a new clause, between a round and a 'will not take place': the cancellation
# belongs to something said about other talks ('rejected the plan, saying talks will not ...').
OTHER_CLAUSE = re.compile(
    r"\b(?:said|says|saying|told|stated|warned|announced|but|and then|while|after|because|if|"
    r"unless|that|which|who|until|before|since)\b|,\s*and\b"
)


# A deed inside an embedded question, what is open and not done: 'seeks clarity on which
# prisoners will be released', 'disagreements over how many hostages would be freed'.
EMBEDDED_QUESTION = re.compile(
    r"(?:\b(?:clarity|clarification|details?|decide[sd]?|deciding|decision|know|knows|knowing|"
    r"questions?|unclear|uncertain|uncertainty|sure|asked|asking|wonder\w*)\s+"
    r"(?:[\w']+\s+){0,2}?(?:(?:on|over|about|as to|of)\s+)?|"
    r"\b(?:disputes?|disagree\w*|differences|wrangl\w+|haggl\w+|negotiat\w+|discuss\w*|"
    r"debat\w+)\s+(?:[\w']+\s+){0,2}?(?:on|over|about|as to)\s+)"
    r"(?:which|how many|how much|who|whom|whether|when|what)\s+(?:[\w']+\s+){0,6}$"
)
MODAL = re.compile(r"\b(?:would|will|'ll|'d|could)\b")
# A deed hoped or foreseen by someone, in a clause of its own: 'the government is "optimistic"
# that Hezbollah will agree to the terms', 'hopes that the sides will sign it'.
HOPED_THAT = re.compile(
    r"\b(?:optimistic|hopeful|hopes?|hoped|hoping|confident|expects?|expected|expecting|"
    r"predicts?|predicted|anticipates?|anticipated)\b\"?\s+that\s+[^.;]{0,100}?"
    r"\b(?:will|would|'ll|could|can)\s+(?:soon\s+|eventually\s+|finally\s+)?$"
)
# A deed named by a noun whose own predicate calls it possible: 'a meeting between the two
# presidents is only feasible if ...', 'a truce remains unlikely'.
POSSIBLE_AFTER = re.compile(
    r"[^.;,]{0,50}?\b(?:is|are|was|were|would be|will be|remains?|remained|seems?|seemed)\s+"
    r"(?:only\s+|still\s+|now\s+|not\s+|also\s+)?(?:possible|feasible|likely|unlikely|"
    r"conceivable|under (?:discussion|consideration)|being (?:discussed|considered)|"
    r"on the cards)\b"
)
# A demand named again in apposition, its refuser after it: 'a call for the disarmament of
# Hamas, a condition the group has flatly rejected', 'Ukraine's neutrality - a demand Kyiv
# rejects' (no relative pronoun; the refuser between the noun and the verb; a dash folds to
# spaces). The verb's clause opens at the apposition: the demand told before it is no wish of
# the refuser's.
APPOSED_DEMAND = re.compile(
    r"(?:,|;|:|\s{3})\s*(?:a|an|one|the)\s+(?:[\w-]+\s+)?(?:conditions?|demands?|"
    r"preconditions?|requirements?|stipulations?)\s+(?!(?:that|which|of|for|to|on|is|was|are|were)\b)"
    r"(?:[\w'.]+\s+){1,4}$"
)
# A deed that ends a vowed course, what is awaited: 'Israel would keep fighting until Hamas freed
# the hostages', 'sanctions will stay until Moscow withdraws', 'vowed to fight on until'.
UNTIL_DEED = re.compile(
    r"\b(?:would|will|'ll|'d|vow\w*|pledg\w*|promis\w*|swore|swear\w*|threat\w*|must|"
    r"determined)\b[^.;]{0,120}?\b(?:until|till|unless)\s+(?:[\w'-]+\s+){0,4}$"
)
# ('once again' repeats, it sets no condition)
CONDITION_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:if|unless|once(?!\s+(?:again|more)\b)|as long as|so long as|provided|"
    r"in the event|on condition|"
    # 'the hostages will be released only when the war ends'
    r"only (?:when|after))\b"
)
# 'will only release the remaining hostages, ..., if': 'only' binds a condition however far.
ONLY_MODAL = re.compile(r"\b(?:would|will|'ll|'d|could|can)\s+only\s+$")
ONLY_CONDITION = re.compile(
    r"[^.;]*?\b(?:if|unless|once(?!\s+(?:again|more)\b)|when|after|as long as|provided|"
    r"in exchange for|in return for)\b"
)

# A deed told as what a military deed is for, by an infinitive of purpose right after the
# military noun or verb (its place and time between), maybe after a first aim it is coordinated
# with: 'launched a ground invasion in Gaza to eradicate Hamas and free the hostages', 'stepped
# up its offensive on Monday to force the rebels to release their captives'.
WAR_AIM = re.compile(
    r"\b(?:offensives?|operations?|invasion|incursions?|(?:air\s*)?strikes|airstrikes|bombing|"
    r"bombardments?|assaults?|campaign|raids?|attacks|fighting|war|"
    r"(?:fight|fights|fought|fighting)(?:\s+on)?)\s+"
    r"(?:(?:in|on|into|against|across|over|inside|at|from)\s+(?:[\w'-]+\s+){1,3}?)?"
    r"(?:(?:on\s+)?(?:\w+day|last \w+|this \w+|overnight|again)\s+)?"
    r"(?:in order\s+)?to\s+(?:(?!(?:agree|accept|sign|approve|allow|let)\b)[\w'-]+\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:and|or)\s+)?$"
)

COUNTED = re.compile(
    r"[^,.;:]{0,40}?\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|dozens?|scores|hundreds?|several|some)\b"
)

# 'in May', 'May 5', 'since May': the month, not the modal (folded text has no capitals).
MONTH_BEFORE = re.compile(
    r"(?:\b(?:in|since|of|late|early|mid|on|by|until|through|last|this|next|from|during)|"
    r"\b\d{1,2}(?:st|nd|rd|th)?)\s+$"  # '20 May'
)
MONTH_AFTER = re.compile(r"\s*(?:\d|,\s*\d)")


# A concessive or contrastive clause opening the sentence, up to its comma; or a fronted aim
# ('In a bid to end the war, the sides met ...', 'To break the deadlock, Egypt hosted ...',
# 'Seeking a truce, ...'): its wish is the purpose of the main clause's deed, which is told.
FRONTED = re.compile(
    r"\s*(?:while|although|though|even though|whereas|in order to|to|seeking|hoping|aiming|"
    r"in (?:an?|its|their|his|her|the|one|what)\s+(?:[\w']+\s+){0,3}?(?:effort|bid|attempt|push|"
    r"drive|move|race|hopes?)s?\s+(?:to|of|for)|in hopes? of|with the (?:aim|goal|hope|intention|"
    r"objective) of|as part of (?:[\w']+\s+){0,3}?efforts?\s+(?:to|for))\b[^,.;]{3,200},"
)


# 'a proposed deal', 'the possible framework': an adjective of the object, no modal of the verb.
OBJECT_ADJECTIVE = re.compile(r"^(?:proposed|possible|potential)$")
DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|this|that|his|her|\w+'s)\s+(?:[\w-]+\s+)?$"
)


def _object_adjective(folded: str, cue: re.Match[str]) -> bool:
    return bool(OBJECT_ADJECTIVE.match(cue.group(0))) and bool(
        DETERMINER_BEFORE.search(folded, max(0, cue.start() - 30), cue.start())
    )


def _month_may(folded: str, start: int, end: int) -> bool:
    return bool(MONTH_BEFORE.search(folded, max(0, start - 12), start)) or bool(
        MONTH_AFTER.match(folded, end)
    )


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + "|".join(words) + r")(?![a-z])")


# The trigger's own noun before its verb ('expects indirect talks to go ahead', 'reached an
# agreement to end the fighting'): the talks go ahead, the deal is struck; no 'talks to' or
# 'agreement to' reach for something still to come.
OWN_NOUN_TO = re.compile(r"(?:talks|negotiations|deal|agreement|accord) to")
# The aim of the trigger's own noun, told between the noun and its verb ('the round of talks
# aimed at reviving the truce ended on Monday'): what the talks were for, no hedge on the verb.
OWN_AIM = re.compile(
    r"\b(?:aimed at|aiming at|aiming to|meant to|intended to|designed to|seeking to)\b"
)

# 'the parties agreed to the UN proposal to renew the truce': agreeing to extend a truce is
# extending it, when the sides (both, or told as a pair: 'the parties', 'X and Y') agree to it
# told as a proposal, a plan or a deal; one side's yes is its answer to the proposal
AGREED_PLAN_TO = re.compile(r"(?:proposal|plan|deal|agreement|offer|request) to")
AGREED_BEFORE = re.compile(
    r"\b(?:both|two|parties|sides|and)\b[^.;]{0,40}?\b(?:have\s+|had\s+|has\s+)?"
    r"(?:agreed|accepted|approved|endorsed)\s+(?:to\s+|on\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w']+\s+){0,4}?$"
)
EXTENDING = re.compile(r"(?:renew|extend|prolong)\b")


def _agreed_extension(folded: str, h: re.Match[str], trigger: tuple[int, int]) -> bool:
    return (
        h.end() <= trigger[0] <= h.end() + 1
        and bool(AGREED_PLAN_TO.fullmatch(h.group(0)))
        and bool(EXTENDING.match(folded, trigger[0]))
        and bool(AGREED_BEFORE.search(folded, max(0, h.start() - 110), h.start()))
    )


# A span of talks told as a time adjunct: 'during four days of talks', 'after 12 hours of
# negotiations'.
DURATION_ADJUNCT = re.compile(r"\b(?:during|after|following|over|throughout)\s+(?:the\s+)?$")
MODAL_VERB = re.compile(r"\b(?:could|might|may|would|should|will|can|shall|must)\b")
SPAN_OF = re.compile(r"[\w-]+\s+(?:[a-z]+\s+)?(?:days?|hours?)\s+of\b")


# A direct question asks whether something will happen or happened, it tells no deed: 'Will
# Hamas accept the offer?', 'Can the mediators get both sides to agree?', '"Did Israel send a
# team?" he asked'. A yes-no question opens on an auxiliary; a question of what, when or how
# opens on its word and a modal ('When will the talks resume?'). (A question of why or what
# was done, 'Why did Hamas reject the deal?', takes the deed as given.)
QUESTION_OPENING = re.compile(
    r"(?:and\s+|but\s+|so\s+)?(?:(?:will|would|could|can|should|shall|might|may|is|are|was|"
    r"were|do|does|did|has|have|had)(?:n't|\s+not)?\s+(?!you\b|i\b|we\b)|"
    r"(?:what|when|where|how|who|which)\s+(?:[\w'-]+\s+){0,3}?(?:will|would|could|can|"
    r"should|might|may)\s+)"
)
# Where a question starts: the sentence's start, or a quote mark, colon or dash before it.
QUESTION_START = re.compile(r"[\":]\s*|\s-+\s+")


# A deed due under a deal the sentence says was never made or fell through: 'the six hostages
# were due to be freed in the first phase of a deal that was never reached', 'prisoners to be
# released under an agreement that has yet to be signed'.
UNREACHED_DEAL = re.compile(
    r"[^.;]{0,100}?\b(?:deal|agreement|accord|plan|proposal|framework|arrangement)\s+(?:that|"
    r"which)\s+(?:(?:was|were|has|have|had|is|are)\s+(?:never|not|yet to|still not|not yet)\s+"
    r"(?:be(?:en)?\s+)?(?:reached|agreed|signed|finali[sz]ed|concluded|implemented|approved|"
    r"accepted|sealed)|(?:never|later)\s+(?:materiali[sz]ed|came about|happened)|(?:later\s+)?"
    r"(?:collapsed|fell through|fell apart|was abandoned|was scrapped))\b"
)


class Frame(NamedTuple):
    """Sentence-wide readings of one sentence, for the tests of each trigger in it."""

    fronted: int  # where a fronted clause ('While ..., ', 'In a bid to ..., ') ends, or 0
    plan_frame: bool  # opens 'Under the plan, ...'
    span_frame: bool  # 'since the start of the war'
    denial: bool  # may hold DENIAL or DENIED_PLAN (their words occur)
    negation: bool  # holds the start of a negation word
    past_plan: bool  # holds PAST_PLAN but for its last word boundary


class ModalityReader:
    """Cue lists from the lexicon, compiled once."""

    def __init__(self, lexicon: dict[str, list[str]]) -> None:
        self.expected = _alternation(lexicon["expected"])
        self.reported = _alternation(lexicon["reported"])
        self.hypothetical = _alternation(lexicon["hypothetical"])
        self.negation = _alternation(lexicon["negation"])
        self._sources = lru_cache(maxsize=64)(self._source_spans)
        # A negation word's start with no bound after it: holds wherever a negation ends a
        # window cut at a trigger's end, so a sentence without one needs no window searched.
        self.negation_start = re.compile(r"(?<![a-z])(?:" + "|".join(lexicon["negation"]) + ")")
        self._frame = lru_cache(maxsize=64)(self._read_frame)

    def __getstate__(self) -> dict[str, object]:
        """Pickled for replay workers without the caches, which hold bound methods."""
        return {k: v for k, v in self.__dict__.items() if k not in ("_sources", "_frame")}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._sources = lru_cache(maxsize=64)(self._source_spans)
        self._frame = lru_cache(maxsize=64)(self._read_frame)

    def _read_frame(self, folded: str) -> Frame:
        """What the sentence-wide tests read of a sentence, once."""
        fronted = FRONTED.match(folded)
        return Frame(
            fronted.end() if fronted else 0,
            PLAN_FRAME.match(folded) is not None,
            SPAN_FRAME.search(folded) is not None,
            "den" in folded
            or "report" in folded
            or "refute" in folded
            or "claim" in folded
            or "allegation" in folded
            or "suggestion" in folded
            or "rumo" in folded,
            self.negation_start.search(folded) is not None,
            PAST_PLAN_START.search(folded) is not None,
        )

    def _source_spans(self, folded: str) -> tuple[tuple[tuple[int, int], ...], ...]:
        """The spans of a sentence's source cues, lexicon's first (found once per sentence)."""
        return tuple(
            tuple(cue.span() for cue in source.finditer(folded))
            for source in (self.reported, UNNAMED_SOURCE)
        )

    def negated(
        self, folded: str, clause_start: int, trigger: tuple[int, int], refusable: bool = True
    ) -> bool:
        """A negation shortly before the trigger or inside it ('was not expected to attend'); a
        deed named as what is refused ('rejects releases'), unless an offer (refusable=False)."""
        lo = max(0, trigger[0] - 110)
        # (every match holds 'that': a window without it is not searched)
        if folded.find("that", lo, trigger[0]) >= 0 and UNCONFIRMED.search(folded, lo, trigger[0]):
            return True  # 'there was no confirmation that Israel was sending a team'
        frame = self._frame(folded)
        if frame.denial:
            if DENIAL.search(folded, 0, clause_start):
                return True
            if DENIED_PLAN.search(folded, max(trigger[0] - 80, 0), trigger[0]):
                return True
        if (
            refusable
            and _non_event_cues(folded)[0]
            and (
                REFUSED_DEED.search(folded, max(0, trigger[0] - 60), trigger[0])
                or REFUSED_OFFER.search(folded, max(0, trigger[0] - 150), trigger[0])
            )
        ):
            return True
        if not frame.negation:
            return False
        lo = max(clause_start - 25, trigger[0] - 30, 0)
        # a quote closed before the trigger holds its own negations ('"... some are not," X
        # said'): the words told, not the telling
        lo = max(lo, folded.rfind('"', lo, trigger[0]) + 1)
        return bool(self.negation.search(folded, lo, trigger[1]))

    def undone(self, folded: str, trigger: tuple[int, int], kind: str) -> bool:
        """A round its own clause calls off ('the round ... will not take place', 'was
        postponed'), a deed the sentence says was disowned ('denied days later by'), or a plan
        of the past the sentence says was foiled ('talks were expected to begin in August,
        but ...')."""
        denial, calling_off, _ = _cues(folded)
        if denial and DISOWNED.match(folded, trigger[1]):
            return True
        if _claim_cue(folded) and CLAIM_DISPUTED.match(folded, trigger[1]):
            return True  # '..., a claim the group denied': told, then disowned
        plan = (
            PAST_PLAN.search(folded, max(0, trigger[0] - 60), trigger[1] + 60)
            if self._frame(folded).past_plan
            else None
        )
        if plan and FOILED.search(folded, max(plan.end(), trigger[1])):
            return True
        if kind == "TalksOpened" and ENDANGERED.search(folded, max(0, trigger[0] - 60), trigger[0]):
            return True
        if kind == "TalksOpened":
            stalled = STALLED.match(folded, trigger[1])
            if (
                stalled
                and not OTHER_CLAUSE.search(folded, trigger[1], stalled.start(1))
                and STALL_SPAN.match(folded, stalled.end())
            ):
                return True  # 'talks between Russia and Ukraine have stalled for months'
        if kind != "TalksOpened" or not calling_off:
            return False
        off = CALLED_OFF.match(folded, trigger[1])
        return off is not None and not OTHER_CLAUSE.search(folded, trigger[1], off.end())

    def unrealised(self, folded: str, trigger: tuple[int, int]) -> bool:
        """A deed due under a deal never made ('were to be freed under a deal that was never
        reached'), or one told as what would have been ('would have been released')."""
        return bool(
            COUNTERFACTUAL.search(folded, trigger[0], trigger[1])
            or UNREACHED_DEAL.match(folded, trigger[1])
        )

    def asked(self, folded: str, trigger: tuple[int, int]) -> bool:
        """The trigger inside a direct question ('Will Israel send a delegation to Cairo?')."""
        mark = folded.find("?", trigger[1])
        if mark < 0 or re.search(r"[.;!]", folded[trigger[1] : mark]):
            return False
        start = 0
        for m in QUESTION_START.finditer(folded, 0, trigger[0]):
            start = m.end()
        return QUESTION_OPENING.match(folded, start) is not None

    def war_aim(self, folded: str, trigger: tuple[int, int]) -> bool:
        """'launched a ground invasion in Gaza to eradicate Hamas and free the hostages': what
        a military deed is for, not a release done or scheduled."""
        if not WAR_AIM.search(folded, max(0, trigger[0] - 140), trigger[0]):
            return False
        # 'a raid in Nuseirat to rescue four hostages': counted captives, a rescue told
        return not COUNTED.match(folded, trigger[0])

    def hypothetical_before(
        self, folded: str, clause_start: int, trigger: tuple[int, int], responds: bool = False
    ) -> bool:
        """'could be released', 'in hopes of a truce', 'urged Hamas to accept'. A response's
        object may be a plan still proposed: 'accepted a proposed deal' is a yes (responds)."""
        if self.relative_terms(folded, trigger):
            return True  # 'a second phase in which Hamas would release ...': a plan's terms
        if UNTIL_DEED.search(folded, max(0, trigger[0] - 180), trigger[0]):
            return True  # 'would keep fighting until Hamas released the hostages': awaited
        if HOPED_THAT.search(folded, max(0, trigger[0] - 160), trigger[0]):
            return True  # 'optimistic that Hezbollah will agree to the terms': hoped, not done
        if POSSIBLE_AFTER.match(folded, trigger[1]):
            return True  # 'a meeting between Putin and Zelensky is only feasible if ...'
        if (
            DURATION_ADJUNCT.search(folded, max(0, trigger[0] - 20), trigger[0])
            and SPAN_OF.match(folded, trigger[0])
            and not MODAL_VERB.search(folded, clause_start, trigger[0])
        ):
            # 'efforts to conclude a truce during four days of talks in Cairo': the span of the
            # talks held is told as when, outside the aim before it (not 'could agree after 12
            # hours of talks')
            clause_start = max(clause_start, trigger[0])
        apposed = APPOSED_DEMAND.search(folded, max(0, trigger[0] - 90), trigger[0])
        if apposed:
            clause_start = max(clause_start, apposed.start())
        aim = OWN_AIM.search(folded, trigger[0] + 1, trigger[1])
        fronted = self._frame(folded).fronted
        if fronted and fronted <= trigger[0]:
            # 'While the deal said troops should leave, Israel resisted': the modal is the
            # fronted clause's, not the main clause's
            clause_start = max(clause_start, fronted)
        return any(
            h.start() != trigger[0]  # the trigger's own word ('proposed a plan') is the deed
            # 'left with a commitment to hold a second round': a round agreed, still to come
            and not (
                PLANNED_ROUND.match(folded, h.start())
                and not WANTED.search(folded, max(0, h.start() - 30), h.start())
            )
            and not (h.group(0) == "may" and _month_may(folded, h.start(), h.end()))
            and not (responds and h.start() > trigger[0] and _object_adjective(folded, h))
            and not (h.group(0) == "would be" and _reported_future(folded, h.start()))
            and not (h.start() > trigger[0] and OWN_NOUN_TO.fullmatch(h.group(0)))
            and not (aim and aim.start() <= h.start() and h.end() < trigger[1])
            and not _agreed_extension(folded, h, trigger)
            for h in self.hypothetical.finditer(folded, clause_start, trigger[1])
        )

    def supposed(self, folded: str, clause_start: int, trigger: tuple[int, int]) -> bool:
        """A deed of an open doer ('those who will call for war'), one that might have been
        ('would have allowed hostages to be released'), one inside claims called false ('reports
        that it had accepted were baseless') or inside a condition opening the sentence ('Had
        Russia agreed to the truce, ...', 'Assuming Hamas accepts, ...'): not done."""
        _, generic, perfect, called_false = _non_event_cues(folded)
        if generic and (
            GENERIC_DOER.search(folded, max(0, trigger[0] - 120), trigger[0])
            or (
                # the modal opens the trigger: 'those in Israel who will not accept the plan'
                GENERIC_WHO.search(folded, max(0, trigger[0] - 60), trigger[0])
                and MODAL_OPENING.match(folded, trigger[0])
            )
        ):
            return True
        if perfect and COUNTERFACTUAL.search(folded, clause_start, trigger[0] + 1):
            return True
        if (
            called_false
            and CLAIM_THAT.search(folded, max(0, trigger[0] - 130), trigger[0])
            and CALLED_FALSE.match(folded, trigger[1])
        ):
            return True
        inverted = INVERTED_CONDITION.match(folded)
        if inverted is None:
            return False
        # the condition itself, or its consequence told with a modal ('..., Kinshasa would send')
        return trigger[0] < inverted.end() or bool(MODAL.search(folded, inverted.end(), trigger[1]))

    def hoped(self, folded: str, trigger: tuple[int, int]) -> bool:
        """'is optimistic that Hezbollah will agree to the terms', 'hopes the rebels would
        sign': a clause governed by a hope tells what is wished for, not a deed or a yes."""
        if HOPED.search(folded, max(0, trigger[0] - 90), trigger[0]):
            return True
        return bool(
            # (every match holds 'hop': a window without it is not searched)
            folded.find("hop", max(0, trigger[0] - 60), trigger[0]) >= 0
            and HOPED_SUBJECT.search(folded, max(0, trigger[0] - 60), trigger[0])
            and HOPED_VERB_AFTER.match(folded, trigger[0])
        )

    def relative_terms(self, folded: str, trigger: tuple[int, int]) -> bool:
        """'a second phase in which Israel would agree to end the war': a plan's terms, whatever
        the trigger (a stance or a response is no more done than a deed)."""
        if RELATIVE_TERMS.search(folded, max(0, trigger[0] - 60), trigger[0]):
            return True
        # 'a deal that would free half the hostages': the relative pronoun is the doer
        if "would" not in folded and "could" not in folded:
            return False
        offer = OFFER_RELATIVE.search(folded, max(0, trigger[0] - 140), trigger[0])
        return offer is not None and not TAKEN_UP.search(
            folded, max(0, offer.start() - 60), offer.start()
        )

    def mandated(self, folded: str, trigger: tuple[int, int]) -> bool:
        """'demand that Hamas come to the table and agree to this deal': a bare verb after a
        demand's 'that' is what is asked for, not done."""
        word = folded[trigger[0] : trigger[1]].split(maxsplit=1)[:1]
        if not word or not BARE_VERB.match(word[0]):
            return False
        return bool(MANDATE_THAT.search(folded, max(0, trigger[0] - 100), trigger[0]))

    def gerund_subject(self, folded: str, trigger: tuple[int, int]) -> bool:
        """'that rejecting or violating the deal would trigger ...': a supposed deed."""
        word = folded[trigger[0] : trigger[1]].split(maxsplit=1)[:1]
        return bool(
            word
            and word[0].endswith("ing")
            and GERUND_SUBJECT.search(folded, max(0, trigger[0] - 12), trigger[0])
            and GERUND_MODAL.match(folded, trigger[1])
        )

    def offer_terms(self, folded: str, clause_start: int, trigger: tuple[int, int]) -> bool:
        """'the plan envisages a truce taking effect', 'under the proposal, Hamas would free':
        the terms of an offer, not a deed done or expected."""
        # up to the trigger's first word: 'a plan that would ultimately see hostages freed'
        first = re.match(r"\w*", folded[trigger[0] : trigger[1]])
        reach = trigger[0] + max(1, first.end() if first else 1)
        content = PLAN_CONTENT.search(folded, max(0, trigger[0] - 150), reach)
        if (
            content
            and not re.search(r";|\bbut\b|,\s*and\b", folded[content.end() : trigger[0]])
            # 'the plan includes disarmament, a condition Hamas rejected': the refusal is no term
            and not APPOSED_DEMAND.search(folded, content.end(), trigger[0])
        ):
            return True
        if self._frame(folded).plan_frame and bool(
            WOULD.search(folded, clause_start, _ahead(folded, trigger[1]))
        ):
            return True
        # 'Israel would release up to 1,000 prisoners under the proposal': the plan told after
        return bool(
            WOULD.search(folded, clause_start, _ahead(folded, trigger[1]))
            and PLAN_AFTER.match(folded, trigger[1])
        )

    def embedded_question(self, folded: str, trigger: tuple[int, int]) -> bool:
        """'clarity on which prisoners will be released': an open question, not a deed."""
        return _cues(folded)[2] and bool(
            EMBEDDED_QUESTION.search(folded, max(0, trigger[0] - 120), trigger[0])
        )

    def habitual(self, folded: str, clause_start: int, trigger: tuple[int, int]) -> bool:
        """A deed told as a habit or over a long span ('has been hosting', 'has repeatedly
        sent', 'since the start of the war ... has dispatched'): background, not an event."""
        stop = re.search(r"[.;,:]", folded[trigger[1] : trigger[1] + 50])
        end = trigger[1] + (stop.start() if stop else 50)
        if _habit_told(folded, clause_start, end) or any(
            # the perfect that governs the trigger, not one of a clause after it ('met Sisi, a
            # mediator who has hosted talks for months, on Monday')
            m.start() <= trigger[0] < m.end()
            for pattern, reach in ((MANY_PERFECT, 40), (LONG_PERFECT, 60))
            for m in pattern.finditer(folded, clause_start, end + reach)
        ):
            return True
        if ROLE_IN.search(folded, max(0, trigger[0] - 50), trigger[0]):
            return True
        if (
            ROLE_RELATIVE.search(folded, max(0, trigger[0] - 80), trigger[0])
            or (
                ROLE_VERB.match(folded, trigger[0])
                and ROLE_PERFECT.search(folded, max(0, trigger[0] - 60), trigger[0])
            )
        ) and not ROLE_TIMED.match(folded, trigger[1]):
            return True  # 'Qatar, which has helped mediate talks between the two sides, ...'
        return self._frame(folded).span_frame and bool(
            PERFECT.search(folded, clause_start, trigger[1])
        )

    def conditional_after(self, folded: str, clause_start: int, trigger: tuple[int, int]) -> bool:
        """'would resume if the deal falls through', 'will release them once Israel withdraws'."""
        # the modal may sit inside the trigger: 'a truce would take effect if ...'
        if ONLY_MODAL.search(folded, max(0, trigger[0] - 20), trigger[0]) and (
            ONLY_CONDITION.match(folded, trigger[1])
        ):
            return True
        if not MODAL.search(folded, clause_start, trigger[1]) and not PLANNED.search(
            folded, clause_start, trigger[1]
        ):
            return False
        return bool(CONDITION_AFTER.match(folded, trigger[1]))

    def ahead(self, folded: str, clause_start: int, trigger: tuple[int, int], action: bool) -> bool:
        """A deed still to come, whoever reports it: 'delegations were expected to arrive on
        Sunday, two sources said' is dated by the coming Sunday."""
        return action and self._expects(folded, clause_start, trigger[1], trigger)

    def _expects(self, folded: str, lo: int, hi: int, trigger: tuple[int, int]) -> bool:
        """A cue of what is to come in [lo, hi), not one describing the trigger's object: in
        'pulled out of the planned talks' the talks are to come, the pulling out is done."""
        for cue in self.expected.finditer(folded, lo, hi):
            at = cue.start()
            if not (trigger[0] < at and ATTRIBUTIVE.search(folded, max(0, at - 8), at)):
                return True
        return False

    def modality(
        self, folded: str, clause_start: int, trigger: tuple[int, int], action: bool
    ) -> Modality:
        if action and self._expects(folded, clause_start, _ahead(folded, trigger[1]), trigger):
            return "expected"  # what is coming, even when unnamed officials announce it
        for spans in self._sources(folded):
            if any(_governs(folded, cue, trigger) for cue in spans):
                return "reported"
        return "asserted"


# A cue right after a determiner describes a noun ('the planned talks', 'an upcoming round').
ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$")
RELATIVE_AHEAD = re.compile(r"\b(?:that|which|who)\b")
# A clause of its own between a source and a trigger: 'Trump said he gave a last warning, as the
# US advanced a plan that Arab officials said included ...' (the officials source the plan only).
OWN_CLAUSE = re.compile(r";|\b(?:as|while|whereas|although|though|but|because|when)\b")


# An offer's terms, not happenings: what a plan, proposal or draft says would be done is the
# content of an offer nobody has accepted yet ('the plan envisages a ceasefire taking effect',
# 'under the proposal, a truce would begin', 'phase two would involve releasing the hostages').
# Agreed deals are left out: what they say will happen is expected.
PLAN_NOUN = r"(?:plan|proposal|draft|framework|offer|initiative|blueprint|roadmap|term sheet)s?"
WOULD_CONTENT = r"(?:involve|see|include|require|allow|mean)"
PLAN_CONTENT = re.compile(
    rf"\b{PLAN_NOUN}(?:\s+[\w'-]+){{0,5}}?\s+(?:envisag\w*|envision\w*|foresee\w*|foresaw|"
    r"provides? for|provided for|includ(?:es|ed)|propos(?:es|ed)|outlin(?:es|ed)|sets? out|"
    r"stipulat(?:es|ed)|contain(?:s|ed)|(?:would|could) (?:\w+ly )?" + WOULD_CONTENT + r")\b"
    r"|\b(?:phase|stage)(?:\s+[\w'-]+|,[^,.;]{0,40},){0,4}?\s+would (?:\w+ly )?"
    + WOULD_CONTENT
    + r"\b"
)
PLAN_FRAME = re.compile(
    rf"\s*(?:under|according to|in)\s+(?:the|a|an|its|their|this|that|[\w-]+'s?)"
    rf"(?:\s+[\w'-]+){{0,4}}?\s+{PLAN_NOUN}\s*,"
)
WOULD = re.compile(r"\b(?:would|'d|could)\b")
PLAN_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?:under|according to)\s+(?:the|a|an|its|their|this|that|[\w-]+'s?)"
    rf"(?:\s+[\w'-]+){{0,4}}?\s+{PLAN_NOUN}\b"
)


# Cheap tests of a sentence, once per sentence, before the costlier patterns run over it.
_DENIAL_CUE = re.compile(r"\b(?:denied|disavowed|refuted|repudiated|disowned)\b")
# (the same matches, fewer places tried, searched only in the few sentences holding its words)
DENIAL_CUE = Gated(led(_DENIAL_CUE))
CALLING_OFF_CUE = re.compile(
    r"\b(?:not|never|cancell?ed|postponed|called off|scrapped|put off|shelved|fell through)\b|n't"
)
CALLING_OFF_CUE = led(CALLING_OFF_CUE)  # the same matches, fewer places tried
WH_CUE = re.compile(r"\b(?:which|how|who|whom|whether|when|what)\b")
WH_CUE = led(WH_CUE)  # the same matches, fewer places tried


# (seldom in a sentence: each searched only in the sentences holding its words)
REFUSAL_CUE = Gated(re.compile(r"reject|refus|oppos|rule[sd]? out|ruling out|boycott|veto"))
GENERIC_CUE = Gated(re.compile(r"\b(?:those|anyone|anybody|whoever|someone|somebody)\b"))
FALSE_CUE = Gated(
    re.compile(
        r"baseless|false|untrue|unfounded|groundless|fabricated|incorrect|inaccurate|\blies?\b|fake|"
        r"not true|wrong|nonsense|misleading"
    )
)


@lru_cache(maxsize=64)
def _non_event_cues(folded: str) -> tuple[bool, bool, bool, bool]:
    """Whether a sentence holds a refusal, an open doer, a 'would have', a claim called false."""
    return (
        REFUSAL_CUE.search(folded) is not None,
        GENERIC_CUE.search(folded) is not None,
        " have " in folded,
        FALSE_CUE.search(folded) is not None,
    )


@lru_cache(maxsize=64)
def _cues(folded: str) -> tuple[bool, bool, bool]:
    """Whether a sentence holds a denial, a calling off, a question word at all."""
    return (
        DENIAL_CUE.search(folded) is not None,
        CALLING_OFF_CUE.search(folded) is not None,
        WH_CUE.search(folded) is not None,
    )


# A future told in reported speech, 'will' shifted back to 'would': 'Biden announced that 33
# hostages would be released in the first phase' (what was announced, not a supposition).
REPORTED_THAT = re.compile(
    r"\b(?:announced|said|saying|says|confirmed|stated|added|declared|told (?:\w+\s+){1,3}?)\s*"
    r"(?:on \w+\s+)?"
    r"(?:that\b)?[^.;:]*$"
)
OFFER_NOUN = re.compile(rf"\b{PLAN_NOUN}\b|\b(?:proposed|suggested|offered)\b")
SUPPOSITION = re.compile(
    r"\b(?:if|unless|whether|once(?!\s+(?:again|more)\b)|only|provided|in case)\b"
)


def _reported_future(folded: str, at: int) -> bool:
    """'announced that ... would be released': a reported future, unless a condition rides on it."""
    said = REPORTED_THAT.search(folded, max(0, at - 200), at)
    return (
        said is not None
        and not SUPPOSITION.search(folded, said.start())
        and not OFFER_NOUN.search(folded)  # 'said under the proposal hostages would be freed'
    )


def _ahead(folded: str, end: int) -> int:
    """How far after a trigger its own modal may sit ('a truce would take effect'): a few
    characters, not into a relative clause ('a plan that would end the war')."""
    relative = RELATIVE_AHEAD.search(folded, end, end + 12)
    return relative.start() if relative else end + 12


def _governs(folded: str, cue: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether a source cue reports the trigger's clause: no clause of its own between them."""
    if cue[0] >= trigger[1]:
        return not OWN_CLAUSE.search(folded, trigger[1], cue[0])
    if cue[1] <= trigger[0]:
        return not OWN_CLAUSE.search(folded, cue[1], trigger[0])
    return True


def _habit_told(folded: str, start: int, end: int) -> bool:
    """A habit word in the clause; talks told ongoing in the perfect progressive are none
    unless a span or habit word comes with them."""
    habit = HABITUAL.search(folded, start, end)
    if habit is None:
        return False
    ongoing = ONGOING_TALKS.search(folded, start, end)
    if ongoing is None or ongoing.start() != habit.start():
        return True
    clause = re.search(r"[.;]", folded[end:])
    stop = end + (clause.start() if clause else len(folded) - end)
    return bool(
        HABITUAL.search(folded, ongoing.end(), end) or HABITUAL_SPAN.search(folded, start, stop)
    )
