"""Where an actor stands (catalog: DemandStated, ThreatIssued, AppealMade): demands,
conditions, threats and appeals (rejections of a demand are read with those of proposals).

Rules in ``extraction/data/rules/positions.toml``; their productions below."""
# ruff: noqa: E501  (regular expressions read best one alternation per line)

from __future__ import annotations

import re

from extraction.actors import Mention
from extraction.rules.base import (
    Family,
    load_family,
)
from extraction.rules.context import Draft, SentenceContext

RECIPROCAL = re.compile(
    r"\b(?:as long as|provided|so long as|if)\s+(?:the\s+)?[\w']+(?:\s+[\w']+)?\s+"
    r"(?:did|does|do|did so|does so|do so|does the same|did the same|reciprocates|abides|"
    r"complies|respects it|honou?rs it|adheres to it)\b"
)

# Force a side vows to use: 'vowed to seize airports', 'vowed to strike back', 'vowed to capture
# the city' threaten; what it wants settled ('vowed to retake the territories') stays a demand.
FORCE_VERBS = (
    r"strike|attack|seize|capture|storm|invade|wipe out|eliminate|defeat|annihilate|bomb|"
    r"take over|march on|overrun"
)
THREAT_OBJECT = re.compile(
    r"\s+to\s+(?:retaliate|respond|avenge|punish|hit back|strike back|crush|destroy|quit|leave|"
    r"dissolve|bring down|topple|resign|" + FORCE_VERBS + r")\b"
)

DOCUMENT_SUBJECT = re.compile(
    r"\s*(?:the|this|that|its|a|an)\s+(?:[\w]+\s+){0,3}?(?:agreement|deal|plan|proposal|framework|"
    r"resolution|draft|text|phase|truce|ceasefire|cease fire|accord)\b"
    # "Turkey's plan calls for ...", "Egypt's plan called for ...": the owner's plan told by its
    # terms (now or in the past), which the proposals family reads as the owner's proposal
    # (rule proposal.terms_told), not a demand besides
    r"|\s*[\w-]+'s?\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|framework|initiative|roadmap|"
    r"blueprint)\s+(?:calls|called)\s+for\b"
)

# 'a US proposal calling for ...': a document right before the verb, whose terms it tells.
DOCUMENT_BEFORE = re.compile(
    r"\b(?:agreement|deal|plan|proposal|framework|resolution|draft|initiative|roadmap|offer|"
    r"text|document)\s+(?:(?:for|on)\s+(?:[\w'-]+\s+){1,5}?)?(?:that\s+|which\s+)?$"
)

# 'the plan proposed by X, which calls for': a relative clause on a plan cited by its author
# tells its terms (a sentence's periods are abbreviations: 'U.S.'); a resolution that calls for
# is its body's appeal.
DOCUMENT_WHICH = re.compile(
    r"\b(?:agreement|deal|plan|proposal|framework|truce|ceasefire|"
    r"cease fire|accord|initiative|roadmap|offer)(?:\s+(?:\w+\s+)?(?:proposed|put forward|drafted|"
    r"presented|submitted|unveiled|outlined|drawn up|brokered|announced|backed)\s+by\s+[^;,]{0,60})"
    r",?\s*(?:which|that)\s+"
    r"(?:also\s+|further\s+|reportedly\s+)?$"
)

# 'wants the first phase extended until mid-April': a time limit, not a condition.
UNTIL_TIME = re.compile(
    r"until\s+(?:mid\s*|early\s+|late\s+|the (?:end|start|middle) of\s+|next\s+|after\s+)?"
    r"(?:\d|january|february|march|april|may\b|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ramadan|the weekend|"
    r"tomorrow|today|then|now)"
)
CONDITION_CUE = re.compile(r"\b(?:if|unless|only if|provided|as long as|in exchange for)\b")

# 'once the truce ends' says when, not on what condition.
TRUCE_TIMING = re.compile(
    r"\b(?:once|when|after|until)\s+(?:the\s+)?(?:\w+\s+)?(?:truce|pause|cease ?fire|lull)\s+"
    r"(?:ends|expires|is over|runs out|lapses|collapses)\b"
)

COMMITMENT = re.compile(r"\b(?:abide|adhere|respect|honou?r|commit|observe|comply|stick)\b")

PUNISHMENT = re.compile(
    r"\s*\"?\s*(?:a\s+)?(?:harsh|severe|heavy|painful|crushing|decisive|strong|forceful)?\s*"
    r"(?:punishment|revenge|retaliation|retribution|response|price|consequences)\b"
)

WISH = re.compile(
    r"\s+(?:the|a|this)\s+(?:\w+\s+){0,2}?(?:truce|cease ?fire|talks|negotiations|deal|pause|calm)\s+"
    r"to\s+(?:continue|hold|last|succeed|work|go on|be extended|remain)\b"
)

# Parties addressed as a whole, or a document, after 'must': the speaker appeals, nobody demands.
GENERIC_PARTY = re.compile(
    r"\b(?:all|both|the) (?:parties|sides)\b|\bthe (?:international )?community\b|\beveryone\b|"
    r"\bthe world\b|\b(?:the|this|that) (?:resolution|agreement|deal|ceasefire|truce|plan)\b"
)


# From a possessor to its answer: "'s latest official " in "Hamas's latest official response".
OWNED_NOUN = re.compile(r"(?:'s?|\u2019s?)?\s+(?:[\w-]+\s+){0,2}")

# A demand named by its owner and its object: "Israel's demand for a full list", "Russia's
# demands that Ukraine stay neutral".
OWNED_DEMAND = re.compile(r"demands?\s+(?:for|that|to)\b")
# An order to the population to get out of the way: 'asked civilians to move out of harm's way',
# 'urged residents of northern Gaza to head south' (no party is asked to act in the talks).
EVACUATION_ORDER = re.compile(
    r"\s+(?:the\s+|all\s+|local\s+)*(?:\w+\s+)?(?:civilians|residents|inhabitants|population|"
    r"people|gazans)(?:\s+(?:of|in|from)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)?\s+to\s+"
    r"(?:move|leave|evacuate|flee|head|go|relocate|stay away|shelter|take shelter|get out)\b"
)
# A case made, not a warning: 'argued that the protocols would undermine the 2018 deal',
# 'contends that the plan could endanger ...'.
ARGUED_THAT = re.compile(
    r"\b(?:argued|argues|argue|arguing|contended|contends|contending|claimed|claims|claiming|"
    r"reasoned|reasoning)\s*(?:that)?\s*$"
)
# A word to the public about its mood, no appeal to a party: 'urged the public to remain
# hopeful', 'called on citizens to stay calm', 'asked the media not to spread rumours'.
PUBLIC_MOOD = re.compile(
    r"\s+(?:the\s+|all\s+|our\s+|its\s+|their\s+|his\s+|her\s+)*(?:\w+\s+)?(?:public|citizens|"
    r"people|population|nation|media|journalists|supporters|residents|compatriots)\s+"
    r"(?:not\s+)?to\s+(?:remain|stay|be|keep|ignore|disregard|spread|believe|listen|panic)\b"
)
# The noun told of, no demand made: 'Hamas' crazy demands were delaying the deal', 'the
# rebels' sweeping demands have not been met' (a plural verb after it: never the verb 'demands');
# 'the just and legitimate demands of our people', 'aspirations and demands of Yemenis' (not
# 'Moscow demands of Kyiv that ...': a qualifier or a coordinated noun before it).
TOLD_DEMANDS = re.compile(
    r"\s+(?:were|are|remain|remained|have|had)\b|"
    # what follows can be no object of the verb: 'resolve relevant disputes and demands through
    # peaceful negotiations', 'grievances and demands between the two sides'
    r"\s+(?:through|via|between|among|amongst|peacefully|amicably)\b|\s*[.,;:)]"
)
QUALIFIED_DEMANDS = re.compile(
    r"\b(?:and|legitimate|just|basic|rightful|popular|national|core|key|main|crazy|excessive|"
    r"unrealistic|maximalist|impossible|sweeping|original|previous|longstanding|long standing)\s+$"
)
# A demand restated by the verb before its owner: 'reiterated Israel's demand that ...'.
RESTATED = re.compile(
    r"\b(?:reiterated|reiterates|restated|restates|repeated|repeats|renewed|renews|reaffirmed|"
    r"reaffirms)\s+(?:on \w+\s+)?(?:its|their|his|her|[\w-]+'s?)\s+(?:\w+\s+)?$"
)

# Pressure told as the reason for praise or blame: 'awarded the prize for pressing both sides',
# 'praised Qatar for urging Hamas', 'credited with pushing the parties'.
CREDITED_FOR = re.compile(
    r"\b(?:prize|award\w*|credit\w*|prais\w*|thank\w*|commend\w*|laud\w*|hail\w*|"
    r"applaud\w*|honou?r\w*|medal|blam\w*|criticis\w*|criticiz\w*|fault\w*)\b"
    r"[^.;]{0,60}?\b(?:for|with)\s+$"
)

# What a side calls necessary: a gerund is a wish ('the need of trying to ...'); 'for both X and
# Y' asks both sides.
NEED_GERUND = re.compile(r"\s+\w+ing\b")
BOTH_NAMED = re.compile(r"\s+(?:both|all)\b")

# A situation that 'threatens to' spread or worsen: an idiom of risk, not a threat by anyone.
IDIOM_THREAT = re.compile(
    r"\s*(?:\w+\s+)?(?:boil over|spill over|spiral|unravel|overshadow|engulf|drag on|"
    r"derail|upend|eclipse)"
)
# 'Tensions between Israel and Hezbollah threatened to ...': what threatens is no actor.
THING_THREATENING = re.compile(
    r"\b(?:tensions?|conflict|war|violence|fighting|crisis|situation|dispute|row|clashes|"
    r"escalation|unrest|standoff|feud|rift)\b(?:\s+(?:between|in|over|with|on)\s+[^,.;]{0,40}?)?"
    r"\s+(?:has |have |had |now |again |also )?$"
)
# 'as long as necessary', 'until the job is done' without terms: resolve, not a condition.
NO_CONDITION = re.compile(r"\s*(?:is |was )?(?:necessary|needed|it takes|required|possible)\b")

# A condition no side is asked to meet: the process going on or ending by itself ('the truce
# will hold as long as the talks continue', 'the suffering will not end until the fighting
# stops'). A forecast, no demand.
UNASKED_CONDITION = re.compile(
    r"\s*\"?\s*(?:(?:the|these|those|all|its|their|our)\s+)?(?:[\w'-]+\s+)?(?:talks|"
    r"negotiations|discussions|process|dialogue|fighting|war|violence|hostilities|looting|"
    r"killing|bloodshed|shelling|bombing|attacks|truce|ceasefire|cease fire|calm|crisis|conflict)"
    r"\s+(?:continues?|go(?:es)? on|lasts?|ends?|stops?|holds?|ceases?|is over|are over|"
    r"subsides?)\b"
)
CONDITION_WORD = re.compile(r"(?:until|unless|as long as)$")

# 'wants to free the hostages', 'wants to help': a deed of the one who wants it, no demand on
# others; 'wants this over': nothing named that a demand could be about.
WANT_OWN_DEED = re.compile(
    r"\s+to\s+(?:free|release|bring|return|help|talk|meet|thank|hear|know|be|do|go|come|say|"
    r"speak|make sure|tell|show|visit|give)\b"
)
# A force's own war aim, told as what it wants or seeks: 'launched strikes, saying it wanted to
# protect the minority', 'expanded its attacks, seeking to push the militia back from the
# border'. What the fighting is for, asked of nobody: no demand.
MILITARY_AIM = re.compile(
    r"\s+to\s+(?:protect|defend|safeguard|shield|push (?:\w+ ){0,3}?back|drive (?:\w+ ){0,3}?"
    r"(?:out|back)|repel|deter|degrade|weaken|neutrali[sz]e|(?:stop|prevent|halt|thwart) "
    r"(?:\w+ ){0,2}?(?:attacks|incursions|infiltration|rocket fire|shelling|strikes))\b"
)
# What a party wants told as what is not known or not said: 'did not lay out what changes Hamas
# is seeking', 'it is unclear what the rebels want': the demand goes untold.
UNTOLD_DEMAND = re.compile(
    r"(?:\b(?:not|never|unclear|unknown|no word on|no details? (?:on|of))\b|n't)"
    r"(?:\s+[\w'-]+){0,5}?\s+(?:what|which)\b(?:\s+[\w'-]+){0,5}\s*$"
)
WANT_PRONOUN = re.compile(r"\s+(?:this|that|it|them|him|her|everything|something|this thing)\b")

BACKED_FORCE = re.compile(
    r"\b(?:backing|support|green light|free hand|blessing)[\"']*\s+(?:of\s+(?:[\w'-]+\s+){1,3}?)?to\b"
)
SPOKE = re.compile(r"\b(?:said|says|warned|warns|added|wrote|told|stated|declared|cautioned)\b")
# A speaker named through a channel around the sentence: 'According to X, ...', '..., X said.'
ACCORDING_TO = re.compile(r'\s*"?according to\s+')
ACCORDING_TO_ANY = re.compile(r"\baccording to\s+")
# The anonymity formula of a source: 'an official, who asked not to be identified', 'asked not
# to be named', 'asked for anonymity': no appeal to anyone.
ANONYMITY = re.compile(
    r"\s+(?:not\s+to\s+be\s+(?:identified|named)|for\s+anonymity|that\s+(?:his|her|their)\s+name)"
)
SAID_AFTER = re.compile(r'[,"]\s*(?=(?:[\w.\'-]+\s+){1,4}(?:said|says|wrote|added|told)\b[^"]*$)')


# The release or return of the asker's own people: 'the release of its members', 'the return of
# their prisoners of war'.
OWN_PEOPLE = re.compile(
    r"(?:the\s+)?(?:immediate\s+|swift\s+|unconditional\s+)?(?:release|return|freeing|handover)\s+"
    r"of\s+(?:all\s+)?(?:its|their|our)\s+(?:own\s+)?(?:\w+\s+){0,2}?(?:members|fighters|"
    r"prisoners|detainees|soldiers|combatants|citizens|nationals|people|captives|leaders|"
    r"commanders|militants|servicemen|prisoners of war|pows)\b"
)

# 'the non-negotiable withdrawal' named after a verb of asking is that verb's demand.
NAMED_NON_NEGOTIABLE = re.compile(r"(?:the|a|an|its|their|our|his|her)\s+non ?negotiable\b")
ASKED_BEFORE = re.compile(
    r"\b(?:insist\w*|demand\w*|call(?:s|ed|ing)?\s+for|urg\w*|press\w*\s+for|seek\w*|sought|"
    r"want\w*|requir\w*|request\w*|ask\w*\s+for)\b[^.;]{0,40}$"
)
# 'a red line for Washington': whose line it is.
FOR_WHOM = re.compile(r"\s+for\s+(?:the\s+)?")

# A consequence whose subject is the process or its stakes, not a side: 'talks will expand',
# 'the hostages would be released', 'the truce will hold'.
PROCESS_SUBJECT = re.compile(
    r"\s*(?:the\s+|these\s+|all\s+|more\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|process|truce|"
    r"ceasefire|cease fire|deal|agreement|hostages|captives|prisoners|aid|sanctions|fighting|war)\s+"
    r"(?:will|would|'ll|could|can|may|might|shall)\b"
)

# A modal in the passive: 'Hamas will be given until mid-September to agree', 'the group would
# be pressed to disarm unless ...': the subject undergoes the deed, it sets no condition (not 'will
# be prepared to', a side's own readiness).
PASSIVE_MODAL = re.compile(
    r"\s*(?:not\s+|only\s+|then\s+)?be\s+(?!(?:prepared|ready|willing|able|happy|open|"
    r"obliged|committed|interested)\b)(?:\w+ed|given|shown|told|held|kept|sent|made|taken|"
    r"forced|driven)\b"
)
# 'it would be', 'there will be': a modal whose subject stands for nobody.
# A text of the talks as the doer of a modal: 'the protocols under discussion would undermine
# the 2018 deal': what the terms would do, a reading of them (no side's threat).
TERMS_AS_DOER = re.compile(
    r"\b(?:the|this|that|these|those|such|any|its|their|a|an)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:proposals?|plans?|deal|agreement|protocols?|draft|text|terms|framework|provisions?|"
    r"amendments?|accord|initiative|roadmap|offer|arrangements?)\s+(?:(?:under discussion|on the "
    r"table|being (?:discussed|negotiated)|now)\s+)?$"
)

DUMMY_SUBJECT = re.compile(
    r"\b(?:there\s+(?:will|would)\s+(?:not\s+)?be|it\s+(?:will|would)\s+(?:not\s+)?be\s+(?:a|an|"
    r"difficult|hard|impossible|easy|necessary|premature|too|unlikely|possible|important|better|"
    r"wrong|wise|unwise)\b)"
)


# A deal named as the object of its making or answer ('presented a plan that includes', 'signed
# an agreement that ends the war'): the plan's content, no side's demand.
OFFERED_DEAL = re.compile(
    r"\b(?:presented|presents|proposed|proposes|drafted|drafts|submitted|submits|offered|offers|"
    r"put forward|puts forward|unveiled|unveils|tabled|signed|signs|reached|reaches|agreed|"
    r"agrees|accepted|accepts|rejected|rejects|welcomed|welcomes|approved|approves|announced|"
    r"announces|received|receives|studying|reviewing|considering)\s+(?:on\s+\w+\s+|to\s+)?$"
)


# 'It also calls for ...' opening its clause: 'it' may be the plan the sentence before told.
IT_BEFORE = re.compile(r"\s*it\s+(?:also\s+|further\s+|even\s+)?")


# 'talks called for by X', 'a truce pushed for by Y': the appeal told in the passive.
CALLED_BY = re.compile(r"\s+by\s+")


def _told_of_document(ctx: SentenceContext) -> bool:
    """Whether the sentence before opens on a document ('The plan does not require ...')."""
    before = ctx.previous[-1] if ctx.previous else ctx.before
    return before is not None and DOCUMENT_SUBJECT.match(before.folded) is not None


# The writer's backdrop to the news, not an appeal of the day: ', as Washington pushes for ...',
# 'Aliyev, who has been pressuring Yerevan to ...' (a pressure kept up, told in an aside).
BACKDROP = re.compile(
    r",\s*(?:as|while|even as|amid)\s+(?:[\w'-]+\s+){1,4}$|"
    r",\s*(?:who|which)\s+(?:has|have|had)\s+(?:long\s+)?been\s+$"
)
# ', as mediators pressed both sides to ...': a deed of the day told beside the news, no backdrop.
PAST_DEED = re.compile(r"(?:[\w'-]+ed|urged)\b")
# 'rejected renewed ELN calls for', 'dismissed Hamas's calls for': the calls are refused.
REFUSED_CALLS = re.compile(
    r"\b(?:rejected|rejects|reject|rejecting|dismissed|dismisses|dismiss|rebuffed|rebuffs|"
    r"spurned|ignored|ignores|defied|defies|resisted|resists|turned down|turns down)\s+"
    r"(?:[\w']+\s+){0,3}$"
)


# The noun 'demand' naming again what was just told, after a comma or a dash: 'that Ukraine
# withdraw from four regions, a demand Kyiv has rejected' (no demand of the one after it).
APPOSED_NOUN = re.compile(r"(?:,|;|:|\s{3})\s*(?:a|an|one|another|such a)\s+(?:[\w-]+\s+)?$")
REFUSED_AFTER = re.compile(
    r"\w*\s+(?!(?:that|for|of|to|on|by|which|is|was|from)\b)(?:[\w'.-]+\s+){1,4}?"
    r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:reject\w*|refus\w*|dismiss\w*|oppos\w*|"
    r"rules? out|ruled out|spurn\w*|rebuff\w*|balk\w*)\b"
)
# 'Netanyahu has stressed that the [mission remains ...]': the speaker of the clause told.
SAID_THAT_THE = re.compile(
    r"\b(?:said|says|stressed|stresses|reiterated|reiterates|insisted|insists|declared|"
    r"declares|repeated|repeats|emphasi[sz]ed|emphasi[sz]es|underlined|underlines|made clear)"
    r"\s+(?:that\s+)?(?:the\s+)?$"
)


class PositionRules(Family):
    """The positions family's rules and their productions."""

    name = "positions"
    spec = load_family("positions")

    def _demand(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        word = m.group(0).split()[0]
        if word in ("will", "would") and DUMMY_SUBJECT.search(
            ctx.folded, max(0, m.start() - 6), m.end() + 30
        ):
            return None  # 'it would be a long process ..., once agreed': a comment, no demand
        if word in ("will", "would") and PASSIVE_MODAL.match(ctx.folded, m.start() + len(word)):
            return None  # 'Hamas will be given until September to agree': a deadline it is set
        if m.group(0).endswith("as long as") and NO_CONDITION.match(ctx.folded, m.end()):
            return None  # 'would continue as long as necessary': resolve, not a condition
        if CONDITION_WORD.search(m.group(0)) and UNASKED_CONDITION.match(ctx.folded, m.end()):
            return None  # 'the truce will hold as long as talks go on': no one is asked
        if word.startswith("demand") and re.search(
            r"\b(?:the|its|their|his|her|our|main|key|core|these|those|of|for|both|new|s)\s+$",
            ctx.folded[max(0, m.start() - 12) : m.start()],
        ):
            owner = self._owner(ctx, m.start())
            if RESTATED.search(ctx.folded, max(0, m.start() - 50), m.start()) and re.match(
                r"demands?\s+that\b", ctx.folded[m.start() :]
            ):
                return None  # 'reiterated Israel's demand that ...': demand.firm reads it
            if owner and OWNED_DEMAND.match(ctx.folded, m.start()):
                # 'Israel's demand for a full list of living hostages': the owner's demand
                return Draft(owner, attributes={"condition": ""}, stative=True)
            return None  # 'its demands' is a noun, not a demand being made
        if (
            word.startswith("demand")
            and APPOSED_NOUN.search(ctx.folded, max(0, m.start() - 30), m.start())
            and REFUSED_AFTER.match(ctx.folded, m.start())
        ):
            return None  # 'withdraw from four regions, a demand Kyiv rejects': named again
        if m.group(0) in ("demand", "demands") and (
            TOLD_DEMANDS.match(ctx.folded, m.end())
            or (
                ctx.folded.startswith(" of ", m.end())
                and QUALIFIED_DEMANDS.search(ctx.folded, max(0, m.start() - 20), m.start())
            )
        ):
            return None
        if MILITARY_AIM.match(ctx.folded, m.end()):
            return None  # 'struck the border villages, saying it wanted to protect ...': a war aim
        if UNTOLD_DEMAND.search(ctx.folded, max(0, m.start() - 80), m.start()):
            return None  # 'did not say what changes Hamas is seeking': the demand is untold
        tail = m.group(0) + ctx.folded[m.end() : m.end() + 40]
        if m.group(0).endswith(("adamant", "firm")) and re.match(
            r"\s*(?:[.;:!?)]|$|,\s*(?:and|but|while|as)\b|(?:and|but|while|as|so)\b)",
            ctx.folded[m.end() :],
        ):
            return None  # 'no breakthrough as both sides remain adamant': a mood, no demand
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
        if word.startswith("want") and not self._wanted_issue(ctx, m):
            return None  # 'wants to free the hostages', 'wants this over': an aim, no demand
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
        if cond and not UNTIL_TIME.match(cond.group(0)):
            condition = cond.group(0).split(",")[0].strip()
        return Draft(subject, attributes={"condition": condition}, stative=self._stative(ctx, m))

    def _wanted_issue(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """What is wanted may be a demand: not an own deed ('wants to free the hostages') nor a
        bare pronoun ('wants this over') unless an issue is named, object first too ('the
        prisoners Hamas wants to release')."""
        if not (
            WANT_OWN_DEED.match(ctx.folded, m.end()) or WANT_PRONOUN.match(ctx.folded, m.end())
        ):
            return True
        lead = re.split(r"[,;:]", ctx.folded[max(0, m.start() - 50) : m.start()])[-1]
        if self.issue_words.search(lead) or self.demand_obj.search(lead):
            return True
        if WANT_OWN_DEED.match(ctx.folded, m.end()):
            return False
        return bool(
            self.issue_words.search(ctx.folded, m.end(), m.end() + 100)
            or self.demand_obj.search(ctx.folded, m.end(), m.end() + 100)
        )

    def _necessity(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'emphasised the necessity for Israel to agree to a permanent truce' is a demand of
        Israel; 'stressed the need for both sides to make concessions' an appeal to both."""
        if NEED_GERUND.match(ctx.folded, m.end()):
            return None  # 'stressed the necessity of trying to prevent ...': a wish, no terms
        draft = self._demand(ctx, m)
        if draft is None:
            return None
        start, word = ctx.reader.clause_start(m.start())
        if not draft.subject and word == "but" and not ctx.folded[start : m.start()].strip():
            # 'Hamas welcomed the process but stressed the need for ...': the first clause's doer
            draft.subject = ctx.reader.subject(max(0, start - len(word)))
        if GENERIC_PARTY.match(ctx.folded, m.end() + 1) or BOTH_NAMED.match(ctx.folded, m.end()):
            ask = ctx.folded[m.end() : m.end() + 80].split(".")[0].strip()
            draft.attributes = {"__type": "AppealMade", "ask": ask}
            return draft
        draft.others = [(o.actor, "target") for o in ctx.reader.objects(m.end(), 40)]
        return draft

    def _demand_must(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        start, word = ctx.reader.clause_start(m.start())
        based = m.group(0).startswith(("any", "a ", "an "))
        if based and OFFERED_DEAL.search(ctx.folded, max(0, m.start() - 40), m.start()):
            return (
                None  # 'Qatar presented a proposal that includes ...': an offer, told by its terms
            )
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
        if not speaker and word == "that":
            # 'X said that the truce must come first and that Israel must free ...': the speaker
            # of the first complement says the second too
            speaker = next(
                (
                    found
                    for verb in reversed(list(self.speech.finditer(ctx.folded, 0, start)))
                    if (found := ctx.reader.subject(verb.start()))
                ),
                (),
            )
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
        subject = ctx.reader.subject(m.start()) or self._owner(ctx, m.start())
        said = (
            None if subject else SAID_THAT_THE.search(ctx.folded, max(0, m.start() - 60), m.start())
        )
        if said:  # 'Netanyahu stressed that the mission remains the same: ...': the speaker's
            subject = ctx.reader.subject(said.start())
        return Draft(
            subject,
            attributes={"condition": ""},
            stative=bool(re.search(r"\b(?:is|are|remains|include|includes|insists)\b", m.group(0))),
        )

    def _owner(self, ctx: SentenceContext, pos: int) -> tuple[Mention, ...]:
        """'Hamas's latest response included ...': the side whose answer it is."""
        return tuple(
            x
            for x in ctx.mentions
            if x.possessive and x.end <= pos and OWNED_NOUN.fullmatch(ctx.folded, x.end, pos)
        )[-1:]

    def _threat(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if IDIOM_THREAT.match(ctx.folded, m.end()) or THING_THREATENING.search(
            ctx.folded, max(0, m.start() - 70), m.start()
        ):
            return None  # 'tensions threatened to boil over': a risk, nobody threatens
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
        if ARGUED_THAT.search(ctx.folded, max(0, start - 30), start):
            # 'they argued that the protocols would undermine the 2018 deal': a reason given
            # against terms, no harm threatened
            return None
        if TERMS_AS_DOER.search(ctx.folded, max(start, m.start() - 60), m.start()):
            return None  # 'argued the protocols would undermine the 2018 deal': terms judged
        draft = self._threat(ctx, m)
        if draft is not None:
            draft.stative = self._stative(ctx, m) or bool(
                re.search(r"\b(?:has|have)\s+(?:\w+\s+)?(?:said|warned)\s*$", ctx.folded[:start])
            )
        return draft

    def _owned_demand(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """ "Israel's red lines for a ceasefire are ...", "Hamas's demands include ...": the
        owner states them."""
        owner = [
            x for x in ctx.mentions if x.possessive and m.start() - 2 <= x.end <= m.start() + 2
        ]
        if not owner:
            return None
        if re.match(r"\s*(?:\w+\s+)?\w+(?:ed|en)\s+by\b", ctx.folded[m.end() :]):
            return None  # "Hamas's demands were rejected by Israel": told of another's deed
        if re.match(
            r"\s*(?:still\s+|only\s+|now\s+)?(?:delaying|blocking|holding|obstructing|preventing|"
            r"hampering|stalling|complicating|hindering|standing|getting|making|causing|"
            r"threatening|undermining|jeopardi[sz]ing|derailing)\b",
            ctx.folded[m.end() :],
        ):
            return None  # "Hamas's demands were delaying the deal": what they do, not what they are
        # What the demands are is no condition: only 'if', 'unless', ... among them make one
        # ('the ability to resume fighting until its goals are met' is a demand's content).
        listed = ctx.folded[m.end() : m.end() + 120].split(";")[0]
        cond = CONDITION_CUE.search(listed)
        condition = listed[cond.start() :].split(",")[0].strip() if cond else ""
        return Draft((owner[-1],), attributes={"condition": condition})

    def _threat_if(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'If Israel goes into Rafah, we will not supply the weapons', 'reserves the right to
        respond': what a named speaker will do if provoked is a threat, not a hypothetical."""
        subject = self._speaker(ctx, m.start() if not m.group(0).startswith("if") else m.end())
        if m.group(0).startswith("if"):
            # 'If Hamas accepts the deal, the hostages would be released': the condition's doer
            # threatens nothing; only a speaker does
            comma = ctx.folded.rfind(",", m.start(), m.end())
            if PROCESS_SUBJECT.match(ctx.folded, comma + 1):
                return None  # 'if a truce is reached, talks will expand to ...': no harm of anyone
            if any(m.start() <= x.start < comma for x in subject):
                subject = self._said_by(ctx)
        if m.group(0).endswith("mistaken"):
            # '"If Hamas ..., it is gravely mistaken," he said': the speaker warns, not 'it'
            said = SPOKE.search(ctx.folded, m.end())
            if said is None:
                return None
            subject = ctx.reader.subject(said.start()) or ctx.reader.objects(said.end(), 40)
        if BACKED_FORCE.search(m.group(0)):
            # 'Israel would have full US backing to defeat Hamas if it refuses, Trump said': the
            # backer who says so threatens, not the side backed
            said = SPOKE.search(ctx.folded, m.end()) or SPOKE.search(ctx.folded, 0, m.start())
            if said is None:
                return None
            subject = ctx.reader.subject(said.start()) or ctx.reader.objects(said.end(), 40)
        if m.group(0).endswith("chance"):
            # 'Trump said it was Hamas's last chance', 'giving Hamas a last chance': the one
            # given the chance is warned, the speaker warns
            said = SPOKE.search(ctx.folded, 0, m.start()) or SPOKE.search(ctx.folded, m.end())
            if said:
                subject = ctx.reader.subject(said.start()) or ctx.reader.objects(said.end(), 40)
            elif any(x.possessive and m.start() - 3 <= x.end <= m.start() for x in subject):
                subject = ()
        if not subject:
            return None
        consequence = ctx.folded[m.start() : m.end() + 80].split(".")[0].strip()
        return Draft(subject, attributes={"consequence": consequence})

    def _ultimatum(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Hamas will be given until mid-September to agree, an aide to the premier said': the
        one who says so threatens (else the one it is 'according to'); the side given the
        deadline is its target, never its author."""
        target = ctx.reader.subject(m.start())
        given = {x.actor for x in target}
        speaker = tuple(x for x in self._said_by(ctx) if x.actor not in given)
        if not speaker:
            source = ACCORDING_TO_ANY.search(ctx.folded)
            # 'according to an aide to the Israeli premier': whom the source speaks for
            speaker = tuple(
                x for x in ctx.mentions if source and source.end() <= x.start < source.end() + 50
            )[:1]
        speaker = tuple(x for x in speaker if x.actor not in given)
        if not speaker:
            return None
        consequence = ctx.folded[m.start() : m.end() + 80].split(".")[0].strip()
        return Draft(
            speaker,
            others=[(x.actor, "target") for x in target],
            attributes={"consequence": consequence},
        )

    def _appeal(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        start, _ = ctx.reader.clause_start(m.start())
        if ANONYMITY.match(ctx.folded, m.end()):
            return None  # 'an aide, who asked not to be identified': a source's anonymity
        if REFUSED_CALLS.search(ctx.folded, max(0, m.start() - 50), m.start()):
            return None  # 'rejected renewed ELN calls for ...': calls refused, no appeal made
        if BACKDROP.search(ctx.folded, max(0, m.start() - 60), m.start()) and not PAST_DEED.match(
            ctx.folded, m.start()
        ):
            return None  # ', as Washington pushes for an end to ...': the writer's backdrop
        if DOCUMENT_SUBJECT.match(ctx.folded, start):
            return None  # 'the agreement calls for 33 hostages to be freed': terms, not an appeal
        if DOCUMENT_WHICH.search(ctx.folded, max(0, m.start() - 140), m.start()):
            return None  # 'the plan proposed by X, which calls for ...': its terms again
        document = DOCUMENT_BEFORE.search(ctx.folded, max(0, m.start() - 80), m.start())
        if document:
            # 'a US proposal calling for the disarmament of ...': the terms its author demands
            owner = [x for x in ctx.mentions if document.start() - 12 <= x.end <= document.start()]
            if not owner:
                return None
            ask = ctx.folded[m.end() : m.end() + 100].split(",")[0].strip()
            return Draft(tuple(owner[-1:]), attributes={"__type": "DemandStated", "ask": ask})
        if IT_BEFORE.fullmatch(ctx.folded, start, m.start()) and _told_of_document(ctx):
            return None  # 'The plan ... . It also calls for ...': the plan's terms again
        if CREDITED_FOR.search(ctx.folded, max(0, m.start() - 80), m.start()):
            return None  # 'awarded the Nobel Prize for pressing both sides': a merit, no appeal
        if EVACUATION_ORDER.match(ctx.folded, m.end()) or PUBLIC_MOOD.match(ctx.folded, m.end()):
            return None  # an order or a word to the population, not an appeal to a party
        by = CALLED_BY.match(ctx.folded, m.end())
        if by:
            # 'the ceasefire talks called for by the US State Department': the one after 'by'
            # called for what is named before, not the clause's doer (who takes part in it)
            caller = ctx.reader.objects(by.end(), 40)
            if not caller:
                return None
            ask = ctx.folded[max(start, m.start() - 60) : m.start()].split(",")[-1].strip()
            return Draft(caller[:2], attributes={"ask": ask}, stative=self._stative(ctx, m))
        subject = ctx.reader.subject(m.start())
        targets = [(o.actor, "target") for o in ctx.reader.objects(m.end(), 50)]
        ask = ctx.folded[m.end() : m.end() + 100].split(",")[0].strip()
        owner = [x for x in ctx.mentions if x.possessive and 0 <= m.start() - x.end <= 4]
        sides = (n.sides if (n := self._negotiation(ctx)) else ()) if owner else ()
        if owner and m.group(0).startswith("call") and owner[-1].actor in sides:
            # "Hamas's call for a withdrawal of all troops": a side's terms, named as a noun
            return Draft(tuple(owner[-1:]), attributes={"__type": "DemandStated", "condition": ""})
        if OWN_PEOPLE.match(ask):
            # 'M23 had been pushing for the release of its members held by Congo': a side asking
            # for its own people back demands it of the side that holds them
            return Draft(
                subject,
                targets,
                attributes={"__type": "DemandStated", "condition": ""},
                stative=self._stative(ctx, m),
            )
        return Draft(subject, targets, attributes={"ask": ask}, stative=self._stative(ctx, m))

    def _appeal_told(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Trump told Hamas to accept the plan': an appeal to the one told, named right after
        the verb ('told reporters to expect ...' names no party and appeals to no one)."""
        told = ctx.reader.objects(m.end(), 30)
        if not told:
            return None
        own = {
            actor
            for s in ctx.reader.subject(m.start())
            for actor in self.registry.affiliations(s.actor, ctx.published)
        }
        if all(set(self.registry.affiliations(o.actor, ctx.published)) <= own for o in told):
            return None  # 'Netanyahu told the Israeli team to return': an order to his own side
        return self._appeal(ctx, m)

    def _appeal_should(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Witkoff said Hamas should accept the framework': the speaker appeals to the party."""
        start, word = ctx.reader.clause_start(m.start())
        party = ctx.reader.subject(m.start())
        channel = ACCORDING_TO.match(ctx.folded) or SAID_AFTER.search(ctx.folded, m.end())
        if channel:
            # 'According to Witkoff, Hamas should accept ...', '"... should accept," X said'
            speaker = ctx.reader.objects(channel.end(), 40)[:1] or ctx.reader.subject(
                channel.end() - 1
            )
        elif not word or not (self.speech.fullmatch(word) or word == "that"):
            return None
        else:
            speaker = ctx.reader.subject(max(0, start - len(word)), 1) if start else ()
        if not speaker or {s.actor for s in speaker} == {p.actor for p in party}:
            return None
        ask = ctx.folded[m.start() : m.end() + 80].split(",")[0].strip()
        return Draft(speaker, [(p.actor, "target") for p in party], attributes={"ask": ask})

    def _refusal(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'Hamas refuses to give up its weapons': the refuser rejects what it is asked to do
        (the sentence's issue), a stance held."""
        subject = ctx.reader.subject(m.start())
        return Draft(subject, stative=True) if subject else None

    def _which_stance(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'..., which Hamas insists on and Israel has refused': a stance on the issue named
        before 'which', held by the actor between the relative word and its verb."""
        which = ctx.folded.rfind("which", 0, m.end())
        if which < 0 or m.start() - which > 60 or not self.issue_words.search(ctx.folded, 0, which):
            return None
        subject = tuple(x for x in ctx.mentions if m.start() <= x.start < m.end())[:1]
        if not subject:
            return None
        return Draft(subject)

    def _stated_condition(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'X maintains that enrichment is a red line', 'a red line for Kyiv', 'X said a
        prerequisite for its signature is ...': the speaker of the clause draws the line, else
        whom it is 'for', else the clause's subject."""
        if NAMED_NON_NEGOTIABLE.match(m.group(0)) and ASKED_BEFORE.search(
            ctx.folded, max(0, m.start() - 50), m.start()
        ):
            return None  # 'insisted on the non-negotiable withdrawal': the verb's demand
        start, word = ctx.reader.clause_start(m.start())
        speaker: tuple = ()
        if start and word and (self.speech.fullmatch(word) or word == "that"):
            speaker = ctx.reader.subject(max(0, start - len(word)), 1)
        if not speaker:
            owner = FOR_WHOM.match(ctx.folded, m.end())
            if owner:
                speaker = ctx.reader.objects(owner.end(), 30)[:1]
        if not speaker:
            speaker = ctx.reader.subject(m.start())
        if not speaker and ctx.folded.count('"', 0, m.start()) % 2:
            speaker = self._said_by(ctx)  # '"... the non-negotiable withdrawal ...," X says'
        if not speaker:
            return None
        # What the line is about: what follows 'is' ('a prerequisite ... is a change to ...'),
        # else what came before it ('enrichment is a red line').
        condition = ctx.folded[m.end() : m.end() + 100].split(",")[0].strip(" .;\"'")
        if len(condition) < 4:
            condition = ctx.folded[start : m.start()].strip(" ,\"'")
        return Draft(speaker, attributes={"condition": condition}, stative=True)

    def _condition(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        """'will only free them if Israel withdraws': the condition is the speaker's demand."""
        subject = ctx.reader.subject(m.start())
        condition = ctx.folded[m.end() : m.end() + 100].split(",")[0].strip()
        if not condition:
            return None
        return Draft(subject, attributes={"condition": condition})
