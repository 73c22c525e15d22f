"""Shallow clause reading: who is the doer of a trigger, and who is its object."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extraction.actors import Mention
from extraction.cues import led

# Where a clause starts, reading left from a trigger.
BOUNDARY = re.compile(
    r";|:|\"|\(|\)|\b(?:but|while|whereas|although|though|because|when|where|after|before|"
    r"since|that|who|which|whom|said|says|say|told|tells|stated|added|saying|stating|"
    r"according to|reported|reports|warned|cautioned|insisted|insists|noted|explained|"
    r"announced|confirmed|emphasi[sz]ed|reiterated|acknowledged|informed|declared|stressed|"
    r"argued|claimed|wrote|posted|citing|if|unless|until|whether|so|yet|once)\b|"
    r"(?<!such)\bas\b(?! well)"
)
BOUNDARY = led(BOUNDARY)  # the same matches, fewer places tried
SPEECH_BOUNDARY = re.compile(
    r"\b(?:that|said|says|say|told|tells|stated|added|saying|stating|reported|reports|warned|"
    r"cautioned|insisted|insists|noted|explained|announced|confirmed|emphasi[sz]ed|reiterated|"
    r"acknowledged|informed|declared|stressed|argued|claimed|wrote|posted)\b|\""
)
# 'Witkoff and his son-in-law Jared Kushner': a second doer introduced by a descriptor.
# 'Nduhungirehe and his Congolese counterpart Therese Wagner': the describing words may be a
# mention of their own (the adjective), so none need stand between.
# 'X and his Armenian counterpart Y', 'X and his main political rival, Y,': the partner told by
# what they are to the first, then named
APPOSED = re.compile(
    r"^\s*,?\s*and\s+(?:his|her|their|its|fellow)\s+(?:[\w'-]+\s+){0,3}(?:[\w'-]+\s*,\s*)?$"
)
RELATIVE = re.compile(r"\b(?:who|which|whom)\b")
# 'the government and the leftist guerrilla group, the National Liberation Army': the second
# partner described, then named in apposition ('and a group of opposition parties, known as the
# Unitary Platform', 'and an alliance of rebel militias, dubbed the ...')
DESCRIBED = re.compile(
    r"^\s*(?:government|authorities|administration|army|military)?\s*,?\s*and\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:group|movement|rebels|militia|guerrillas?|alliance|organi[sz]ation|"
    r"coalition|faction|forces|bloc|parties)(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*,\s*"
    r"(?:(?:(?:collectively\s+|jointly\s+)?known|referred to)\s+as\s+|called\s+|dubbed\s+|"
    r"named\s+)?(?:the\s+)?$"
)
# 'Ahmed Karrar, head of the Sudanese army delegation, rejected': the person, then the side whose
# team they lead
HEAD_OF = re.compile(
    r"^\s*,\s*(?:the\s+)?(?:(?:chief|lead|top|senior|deputy)\s+)?(?:head|chief|leader|"
    r"chair(?:man|woman)?)\s+of\s+(?:the\s+)?$"
)
# Asides that sit between a subject and its verb: ", which was not expected to attend ...,".
PARENTHETICAL = re.compile(
    r",\s*(?:which|who|whose|as|on the other hand|however|meanwhile|in turn|for (?:its|his|her|"
    r"their) part|too|also|in a statement|in an interview|speaking|citing|quoting|"
    # 'Blinken, visiting Riyadh, said': where the speaker is, not who speaks
    r"visiting|touring|travell?ing|on (?:a|an|his|her|their) (?:\w+ )?(?:visit|trip|tour) to|"
    # 'the United States, supported by Egypt and Qatar, presented': the backers of the doer
    r"(?:\w+ly\s+)?(?:supported|backed|assisted|aided|flanked|seconded) by|"
    r"with the (?:support|backing|blessing) of|"
    # 'the leaders of Armenia and Azerbaijan, in the presence of Trump, agreed': a witness
    r"in the (?:presence|company) of|(?:standing |seated )?(?:alongside|beside|next to)|"
    r"according to)\b[^,;]*,|"
    # 'the EMC, the largest FARC dissident group, said': an apposition naming what a group is
    r",\s*(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}(?:group|faction|movement|organi[sz]ation|"
    r"rebels|militia|coalition|alliance|bloc|wing|offshoot|guerrillas?|dissidents)\b[^,;]{0,60},"
)
# 'Witkoff -- who brokered the Gaza truce -- met ...': an aside between dashes (read in the
# original text, since folding blanks dashes): dashes, spaced hyphens, or a hyphen pair that
# touches its words.
DASHED = re.compile(
    r"(?<!\S)[\u2014\u2013]\s?[^\u2014\u2013\n]{2,160}?\s?[\u2014\u2013](?=\s)|"
    r"(?<=\s)--?\s[^\u2014\u2013\n]{3,160}?\s--?(?=\s)|"
    r"(?<=\s)-(?=[a-z])[^-\n]{2,160}?(?<=[a-z])-(?=\s)"
)
# Speech verbs whose object is the hearer: the pronoun of the reported clause is the teller.
_TOLD = r"\b(?:told|tells|informed|informs|assured|assures|briefed|briefs|notified|notifies)\b"
TOLD = re.compile(rf"{_TOLD}(?!.*{_TOLD})")  # the last such verb
PRONOUN = re.compile(
    r"\b(it|he|she|they|we|the (?:(?:militant|islamist|palestinian|terror|terrorist|armed|"
    r"rebel|islamic|political) ){0,2}(?:group|movement)|the office|"
    # 'the statement added': the one who issued it, named before
    r"the (?:joint )?statement|"
    # 'Hamas said its delegation had left Cairo': the team of the one the pronoun stands for
    r"(?:its|their|his|her|our) (?:[a-z]+ )?(?:delegation|delegates|team|negotiators|"
    r"negotiating team|envoys?|emissar(?:y|ies)|representatives))\b"
)
# A participle after a main clause with an object shares the main clause's doer, not its
# object's: 'Egypt hosted a Hamas team on Monday, urging it to accept', 'Blinken met Netanyahu in
# Jerusalem urging him to ...'. The main verb between the two names tells the second is an
# object. (After a preposition the -ing word is a gerund of the object's own: 'accused Israel of
# pressing ...'.)
MAIN_VERB = re.compile(
    r"\b(?:[a-z]+ed|met|meets|meet|held|holds|told|tells|sent|sends|spoke|saw|gave|took|"
    r"brought|hosts|calls|phones|summons|visits|receives)\b"
)
GERUND_AFTER = re.compile(
    r"\b(?:of|for|by|in|on|about|to|from|against|with|without|at|into|toward|towards)\s+"
    r"(?:[a-z]+ly\s+)?$"
)
COORDINATED = re.compile(r"(?:,\s*)?\band\s*$")
# A speech verb, then what was reported in the pluperfect, up to the 'and' before a verb:
# 'X said on Monday (that) Y had accepted the plan ... and'
# What a speaker goes on to do after reporting: an appeal ('and urged Hamas to do the same')
SPEAKER_VERB = re.compile(r"(?:urged|called on|called for|asked|appealed|pressed|encouraged)\b")
SAID_PLUPERFECT = re.compile(
    r"\b(?P<verb>said|says|stated|told\s+\w+)(?:\s+on\s+\w+)?\s+(?:that\s+)?"
    r"[^,;:\"]{0,80}?\bhad\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne)\b[^;:\"]{0,160}?,?\s*and\s*$"
)
COORDINATED = led(COORDINATED)  # the same matches, fewer places tried
# A 'that' clause's doer with a verb and its object, then a comma right before the verb at hand:
# the verb is listed after the clause ('insists that the UN oversee aid, demands ...').
# The clause's verb is a bare form (a mandate's subjunctive: 'that the UN oversee'), which no
# verb in -s or -ed after the comma can share ('that Russia seized the plant, wants a buffer zone
# and ...' lists Russia's own verbs).
SERIAL_AFTER_THAT = re.compile(
    r"\s+(?!\w+(?:s|ed)\b)(?:should\s+)?[a-z]+\s+[^,;:.\"]*?[a-z]\s*,\s*"
    r"(?:[^;:.\"]*?\s(?:,\s*)?and\s*)?"
)
# The same, read back from a later clause's opener ('..., demands guarantees after the truce, and
# seeks ...' asks who is before 'after'): the listed verbs run on to it.
SERIAL_PAST_THAT = re.compile(
    r"\s+(?!\w+(?:s|ed)\b)(?:should\s+)?[a-z]+\s+[^,;:.\"]*?[a-z]\s*,\s*[^;:.\"]*"
)
# Nothing but auxiliaries between a clause's opener and its verb: 'but has also ...'.
AUXILIARY = re.compile(r"\b(?:has|have|had|is|are|was|were)\b")
PAST_FORM = re.compile(r"[a-z]+ed\b")
BARE_AUXILIARIES = re.compile(r"[\s,]*(?:(?:has|have|had|is|are|was|were|also|still|already)\s+)*")
# What opens a clause whose noun does the -ing verb after it: 'with the Houthis warning',
# 'culminated in Hamas agreeing', 'led to Russia freeing'.
ABSOLUTE_LEADS = (
    "with",
    "with the",
    "culminated in",
    "culminating in",
    "resulted in",
    "resulting in",
    "ended in",
    "led to",
    "leading to",
)
# Subordinators whose clause may open with a participle sharing the main clause's doer:
# 'the cabinet decided to press on while sending a delegation to Cairo'.
PARTICIPLE_OPENERS = frozenset({"while", "after", "before", "when", "since"})
ING = re.compile(r"\s*[a-z]+ing\b")
_CONNECTOR = (
    r"^(?:[\s,]|\band\b|\bor\b|&|\bas well as\b|\balong with\b|\btogether with\b|\balongside\b|"
    r"\bthe\b|\ba\b|"
    r"\ban\b|\bits\b|\bof\b|\bfrom\b|\bsenior\b|\btop\b|\bformer\b|\bboth\b|'s\b|'|"
    # 'Hamas and the smaller Islamic Jihad', 'Congo and neighbouring Rwanda': a describing word
    # between partners
    r"\bsmaller\b|\blarger\b|\ballied\b|\brival\b|\bneighbou?ring\b|"
    # 'Israel and the Palestinian militant group Hamas', 'the army and the paramilitary RSF': what
    # the second partner is, told before its name
    r"\b(?:militant|islamist|islamic|palestinian|terror|terrorist|armed|rebel|paramilitary|"
    r"insurgent|separatist|jihadist|group|movement|militia|faction|opposition|guerrillas?|"
    r"coalition|alliance)\b|"
    # "Ethiopia's federal government and the TPLF": the first partner named by its organ
    r"\b(?:federal|national|central|military|transitional|interim|civilian|new)\b|"
    r"\b(?:government|authorities|administration|army|delegations?|negotiators)\b|"
    # "Cambodia's defence minister Tea Seiha, Thailand's acting minister of defence X": the
    # title between a state and the person who acts for it
    r"\b(?:acting|deputy|chief|minister|foreign|defen[cs]e|interior|secretary|president|"
    r"prime|envoy|special|negotiator|spokes(?:man|woman|person)|advis[eo]r|aide|general|affairs|"
    r"commander|ambassador|presidential|counterparts?|rebel|guerrilla)\b|"
    # 'Maduro and opposition leader X', 'Tshisekedi and rebel leader Y': who leads the other side
    r"\b(?:opposition|rebel|guerrilla|insurgent)\s+leaders?\b{partner})*$"
)
CONNECTOR = re.compile(_CONNECTOR.format(partner=""))
# 'Bayramov and Armenian Foreign Minister Mirzoyan met': the partner's nationality before its
# title (a word of a nationality's form, not a verb: 'and urged President X' joins nobody). Only
# for two who meet, talk or sign together (MEET_AFTER): 'Burns, Barnea and Qatari Prime Minister
# Al Thani are to discuss a proposal' does not make each of them its proposer.
CONNECTOR_PARTNER = re.compile(
    _CONNECTOR.format(
        partner=r"|(?<=and )[a-z'-]+(?:an|ian|ese|i|ish|ch|ean)(?=\s+(?:acting|deputy|chief|"
        r"minister|foreign|defen[cs]e|interior|prime|president|envoy|special|negotiator|"
        r"ambassador|secretary|general|commander|delegation|delegations|negotiators|"
        r"counterpart)\b)"
    )
)
# The state a partner's title names, as written: "and Armenia's Foreign Minister", "and the
# Minister of Foreign Affairs of Armenia" (then the name).
STATE_IN_TITLE = re.compile(
    r"(?<=\band )(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+(?=['\u2019]s\s)|"
    r"(?<=\bof )(?:the\s+)?(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+(?=\s*$)"
)
MEET_AFTER = re.compile(
    # ('Vucic and Kosovan Prime Minister Kurti, mediated by Borrell, reached an agreement': an
    # aside between commas may come first)
    r"(?:\s*,[^,.;\"]{1,60},)?"
    r"\s+(?:(?:have|has|had|will|would|are|were|to|also|then|later|finally)\s+)*"
    r"(?:met|meet|meets|held talks|hold talks|holds talks|talked|spoke|shook hands|signed|sign|"
    r"reached|reach|agreed|agree)\b"
)


# A co-doer set off by commas between the doer and its verb: 'Egypt, alongside Qatar, proposed',
# 'Rodriguez, head of the delegation, together with his counterpart, Gerardo Blyde, signed': both
# act. The aside runs from the connector to the last comma before the verb.
COMPANION = re.compile(
    r",\s*(?:alongside|together with|along with|accompanied by|joined by|jointly with|"
    r"in tandem with)\s"
)
# What may stand between the aside's closing comma and the verb: nothing, or an adverb or time.
COMPANION_END = re.compile(r",\s*(?:(?:[a-z]+ly|also|then|later|on \w+|last \w+)\s+)?$")


# Conjunctions that are also prepositions: 'after Hamas rejected ...' opens a clause.
SUBORDINATORS = frozenset({"after", "before", "since", "until", "till", "once", "as", "while"})


# A team named by who leads it: 'The team, which was led by Ambassador X, departed', 'the new
# delegation headed by X is scheduled to travel'.
LED_TEAM = re.compile(
    r"\b(?:team|delegation|negotiators|mission|envoys)\s*,?\s*(?:(?:which|who)\s+"
    r"(?:was|were|is|are|will be)\s+)?(?:led|headed)\s+by\s+"
)

# What may sit between the doer of an absolute 'with X -ing' and the verb: nothing, or the agent
# noun an adjective qualifies ('with the Ukrainian side claiming').
ABSOLUTE_HEAD = re.compile(
    r"\s*(?:(?:side|delegation|team|negotiators|officials|government|authorities|leadership|"
    r"mediators|envoys?)\s*)?"
)


# A speech verb: a sentence that reports speech with no person named outside a quote has a
# speaker who is none of the persons before ('..., the Egyptian official said.', 'Hamas said').
# 'reiterated the group's conditional stance:', 'set out its terms:': a stance told, its
# content after the colon.
STANCE_BEFORE_COLON = re.compile(
    r"\b(?:reiterated|reiterates|restated|restates|repeated|repeats|stated|states|outlined|"
    r"outlines|set out|sets out|laid out|lays out|explained|explains|made clear|makes clear|"
    r"summed up|sums up|spelled out|spells out)\s+(?:[\w'-]+\s+){0,3}?(?:position|stance|view|"
    r"line|demands?|conditions?|terms|red lines?)\s*$"
)
SAID = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|wrote|announced|declared)\b")
HE_OR_SHE = re.compile(r"\b(?:he|she)\b")
# How many sentences on 'he' / 'she' may still stand for the person last named.
PERSON_SPAN = 3
WE = re.compile(r"\bwe\b")


@dataclass
class ClauseReader:
    """The mentions of one sentence, with the clause structure needed to find doers."""

    folded: str
    mentions: list[Mention]
    previous_salient: tuple[Mention, ...] = ()
    text: str = ""  # the sentence as written (same offsets), for what folding blanks
    # The person last named outside a quote in the sentences before ('Witkoff told the press,
    # "... The President will review it." He added ...'): whom 'he' / 'she' stands for when the
    # sentence before named no person of its own, or named one only inside a quote.
    previous_person: tuple[Mention, ...] = ()
    # Who last issued a statement in the sentences before ('the US, Egypt and Qatar issued a
    # joint statement ...'): whom 'the (joint) statement' later stands for.
    previous_issuers: tuple[Mention, ...] = ()
    masked: list[tuple[int, int]] = field(default_factory=list)
    dashed: list[tuple[int, int]] = field(default_factory=list)
    _starts: dict[int, tuple[int, str]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.masked = [m.span() for m in PARENTHETICAL.finditer(self.folded)]
        if "-" in self.text or "\u2014" in self.text or "\u2013" in self.text:
            self.dashed = [m.span() for m in DASHED.finditer(self.text)]
            self.masked += self.dashed

    def dash_aside(self, pos: int) -> tuple[int, int] | None:
        """The aside between dashes that holds pos, if any."""
        if not self.dashed:
            return None  # (most sentences hold none)
        return next(((s, e) for s, e in self.dashed if s <= pos < e), None)

    def _inside(self, pos: int) -> tuple[int, int] | None:
        for s, e in self.masked:
            if s <= pos < e:
                return s, e
        return None

    def clause_start(self, pos: int) -> tuple[int, str]:
        """Start of the clause holding pos, and the boundary word that opened it."""
        found = self._starts.get(pos)
        if found is None:
            best, word = 0, ""
            for m in BOUNDARY.finditer(self.folded, 0, pos):
                if self._inside(m.start()) and not self._inside(pos):
                    continue
                best, word = m.end(), m.group(0)
            found = self._starts[pos] = (best, word)
        return found

    def subject(self, pos: int, depth: int = 0) -> tuple[Mention, ...]:
        """The doer of the verb at pos: a chain of mentions ('Egypt and Qatar'), maybe empty."""
        aside = self._inside(pos)
        start, word = self.clause_start(pos)
        if aside and RELATIVE.match(self.folded, aside[0] + 1 + _lead(self.folded, aside[0] + 1)):
            return self._chain_before(aside[0], require_eligible=False)
        candidates = [
            m
            for m in self.mentions
            if start <= m.start
            and m.end <= pos
            and not self._masked(m, pos)
            and (m.eligible or self._absolute(m, pos) or self._opens_clause(m, start, word))
        ]
        pronoun = self._pronoun_between(candidates[-1].end if candidates else start, pos)
        if candidates and not pronoun and "," in self.folded[start:pos]:
            joint = self._with_companions(candidates, start, pos)
            if joint:
                return joint
        if (
            candidates
            and not pronoun
            and depth < 2
            and word == "that"
            and (SERIAL_AFTER_THAT if depth == 0 else SERIAL_PAST_THAT).fullmatch(
                self.folded, candidates[-1].end, pos
            )
        ):
            # 'Hamas insists that the UN oversee aid, demands guarantees and seeks ...': a verb
            # listed after a comma past a whole 'that' clause is the governing doer's next verb
            return self.subject(max(0, start - len(word)), depth + 1)
        if (
            depth < 2
            and SPEAKER_VERB.match(self.folded, pos)
            and (reported := SAID_PLUPERFECT.search(self.folded, max(0, pos - 400), pos))
        ):
            # 'Blinken said on Monday Netanyahu had accepted the proposal and urged Hamas to do
            # the same': an appeal after a reported pluperfect goes with the speech verb
            found = self.subject(reported.start("verb"), depth + 1)
            if found:
                return found
        if depth < 2 and COORDINATED.search(self.folded, start, pos):
            # 'X accused Israel of ... and called on': the second verb shares the first one's doer.
            head = self.folded[start:pos].lstrip(' ,"')
            lead = PRONOUN.match(head)
            if lead:
                return self._speaker(start, word, lead.group(1), depth)
            if candidates and self.folded[start : candidates[0].start].strip(' ,"') == "":
                return self._chain_forward(candidates[0])
            if not candidates and start > 0:
                return self.subject(max(0, start - len(word)), depth + 1)
        if (
            not candidates
            and not pronoun
            and depth < 2
            and word in ("but", "yet")
            and BARE_AUXILIARIES.fullmatch(self.folded, start, pos)
            # a verb, not a noun with its own clause ('but talks will continue'): an auxiliary
            # before it, or a past form ('but insisted that')
            and (AUXILIARY.search(self.folded, start, pos) or PAST_FORM.match(self.folded, pos))
        ):
            # 'Israel has yet to respond, but has maintained that ...': the verb after 'but' with
            # no doer of its own shares the sentence's opening doer
            first = [m for m in self.mentions if m.end <= start and m.eligible][:1]
            if first and self.folded[: first[0].start].strip(' "') in ("", "the"):
                return self._chain_forward(first[0])
        if candidates and not pronoun:
            if not candidates[-1].eligible and self._absolute(candidates[-1], pos):
                return self._chain(candidates[-1])  # 'with the Armenian side noting ...'
            doer = self._participle_doer(candidates, pos) if depth == 0 else None
            return doer or self._chain(candidates[-1])
        if not candidates and word == ":" and depth < 2:
            # A headline's speaker: 'Netanyahu: Hamas's response "totally unacceptable"'.
            speaker = self._chain_before(start - 1, require_eligible=True)
            if speaker and self.folded[: speaker[0].start].strip(" \"'") == "":
                return speaker
            told = STANCE_BEFORE_COLON.search(self.folded, 0, start - len(word))
            if told:
                # 'al-Hayya reiterated the group's stance: disarmament only if ...': what
                # follows the colon is the stance of the one who stated it
                return self.subject(told.start(), depth + 1)
        if (
            not candidates
            and word in PARTICIPLE_OPENERS
            and depth < 2
            and ING.match(self.folded, start)
            and not self.folded[start:pos].strip(" ,").count(" ")
        ):
            return self.subject(max(0, start - len(word)), depth + 1)
        if (
            not candidates
            and not pronoun
            and ING.match(self.folded, pos)
            and self.folded[max(0, pos - 3) : pos].rstrip().endswith(",")
            and self.salient()
        ):
            return self.salient()  # '..., urging Hamas to accept it': the sentence's doer does it
        if pronoun or (word and SPEECH_BOUNDARY.fullmatch(word)):
            return self._speaker(start, word, pronoun, depth)
        if word and RELATIVE.fullmatch(word):
            return self._chain_before(start - len(word), require_eligible=False)
        if not candidates and not pronoun:
            led = LED_TEAM.search(self.folded, start, pos)
            leader = next((m for m in self.mentions if led and led.end() <= m.start < pos), None)
            if leader is not None:
                return self._chain(leader)  # 'The team, which was led by X, departed': X's team
        return ()

    def _with_companions(
        self, candidates: list[Mention], start: int, pos: int
    ) -> tuple[Mention, ...]:
        """The doer and its co-doers of an aside 'X, alongside Y, verb' (empty if none)."""
        aside = None
        for m in COMPANION.finditer(self.folded, start, pos):
            aside = m
        if aside is None:
            return ()
        close = self.folded.rfind(",", aside.end(), pos)
        if close < 0 or not COMPANION_END.search(self.folded, close, pos):
            return ()
        head = [c for c in candidates if c.end <= aside.start()]
        companions = tuple(m for m in self.mentions if aside.end() <= m.start and m.end <= close)
        if not head or not companions:
            return ()
        return self._chain(head[-1]) + companions

    def _participle_doer(self, candidates: list[Mention], pos: int) -> tuple[Mention, ...] | None:
        """The main clause's doer of a participle at pos that follows its object."""
        if not ING.match(self.folded, pos):
            return None
        if GERUND_AFTER.search(self.folded, max(0, pos - 30), pos):
            return None
        first = self._chain_forward(candidates[0])
        last = candidates[-1]
        if last.start <= first[-1].end or not self.folded[last.end : pos].strip():
            return None  # 'with the US presenting a proposal': the noun right before does it
        if not MAIN_VERB.search(self.folded, first[-1].end, last.start):
            return None
        return first

    def _opens_clause(self, mention: Mention, start: int, word: str | None) -> bool:
        """'a week after Hamas rejected the deal': the noun right after a conjunction that is
        also a preposition does the verb of its clause."""
        return word in SUBORDINATORS and self.folded[start : mention.start].strip(' ,"') in (
            "",
            "the",
        )

    def _absolute(self, mention: Mention, pos: int) -> bool:
        """'with the Houthis warning of ...', 'with the Ukrainian side claiming ...',
        'culminated in Hamas agreeing to ...': the noun right before an -ing verb does it."""
        return ABSOLUTE_HEAD.fullmatch(self.folded, mention.end, pos) is not None and self.folded[
            max(0, mention.start - 16) : mention.start
        ].rstrip().endswith(ABSOLUTE_LEADS)

    def _speaker(self, start: int, word: str, pronoun: str, depth: int) -> tuple[Mention, ...]:
        if pronoun == "we" and depth < 2:
            quoted = self._quote_speaker(start, depth)
            if quoted:
                return quoted
        if depth < 2 and start > 0:
            told = TOLD.search(self.folded, max(0, start - 120), max(0, start - len(word)))
            at = start - len(word)
            if told and any(told.end() <= m.start and m.end <= at for m in self.mentions):
                at = told.start()  # 'X informed the mediators that it ...': X, not whom it told
            if word == "where":
                # 'Blinken visiting Egypt, where he is expected to submit ...': the place
                # 'where' stands for is not who 'he' is; the doer before it is
                place = [
                    m
                    for m in self.mentions
                    if m.end <= at and not self.folded[m.end : at].strip(" ,")
                ]
                if place:
                    at = place[-1].start
            found = self.subject(max(0, at), depth + 1)
            if found:
                return found
        first = next((m for m in self.mentions if m.eligible and m.end <= start), None)
        if first is not None and pronoun:
            return self._chain(first)
        if pronoun.endswith("statement") and self.previous_issuers:
            return self.previous_issuers
        if pronoun:
            wanted = ("name", "short", "title") if pronoun in ("he", "she") else None
            picked = tuple(m for m in self.previous_salient if wanted is None or m.kind in wanted)
            if wanted and self.previous_person:
                return self.previous_person
            return picked or (() if wanted else self.previous_salient)
        return ()

    def _quote_speaker(self, start: int, depth: int) -> tuple[Mention, ...]:
        """The one who says 'we' inside a quote: the speaker named after it ('"We will not
        accept ...," Hamas official Basem Naim said'), not the doer of the sentence before."""
        we = WE.search(self.folded, start)
        if we is None or self.folded.count('"', 0, we.start()) % 2 == 0:
            return ()
        close = self.folded.find('"', we.end())
        verb = SAID.search(self.folded, close) if close >= 0 else None
        if verb is None or verb.start() - close > 60:
            return ()
        between = self.folded[close + 1 : verb.start()]
        if not between.strip(" ,"):
            return self.objects(verb.end(), 40)  # '"...," said Hamas official Basem Naim'
        if HE_OR_SHE.search(between):
            # '"If Hezbollah breaks the deal, we will attack," he said': the person named
            # before, never a name inside the quote
            persons = ("name", "short", "title")
            return self.previous_person or tuple(
                m for m in self.previous_salient if m.kind in persons
            )
        return self.subject(verb.start(), depth + 1)

    def _pronoun_between(self, lo: int, hi: int) -> str:
        # 'Hamas, the Palestinian militant group, insists': an apposition names, it refers to none
        found = [
            m.group(1) for m in PRONOUN.finditer(self.folded, lo, hi) if not self._inside(m.start())
        ]
        return found[-1] if found else ""

    def _masked(self, mention: Mention, pos: int) -> bool:
        span = self._inside(mention.start)
        return span is not None and not (span[0] <= pos < span[1])

    def _chain(self, head: Mention) -> tuple[Mention, ...]:
        chain = [head]
        ordered = [m for m in self.mentions if m.end <= head.start]
        for m in reversed(ordered):
            gap = self.folded[m.end : chain[0].start]
            joined = (
                CONNECTOR.match(gap)
                or APPOSED.match(gap)
                or (CONNECTOR_PARTNER.match(gap) and MEET_AFTER.match(self.folded, head.end))
            ) and len(gap) <= 40
            if not joined and len(gap) <= 64 and MEET_AFTER.match(self.folded, head.end):
                joined = bool(CONNECTOR_PARTNER.match(self._state_blanked(m.end, chain[0].start)))
            if not (joined or (len(gap) <= 80 and (DESCRIBED.match(gap) or HEAD_OF.match(gap)))):
                break
            chain.insert(0, m)
        return tuple(chain)

    def _state_blanked(self, start: int, end: int) -> str:
        """The gap between two partners with the state named in the second one's title blanked:
        'and Armenia's Foreign Minister', 'and the Minister of Foreign Affairs of Armenia' (a
        capitalised name before 's or after 'of' closing the gap, as written)."""
        gap = self.folded[start:end]
        text = self.text[start:end] if len(self.text) >= end else ""
        if not text or not re.match(r"\s*,?\s*and\s", gap):
            return "\x00"
        blanked = STATE_IN_TITLE.sub(lambda w: " " * len(w.group(0)), text)
        return "".join(b if b == " " else g for g, b in zip(gap, blanked, strict=True))

    def _chain_forward(self, head: Mention) -> tuple[Mention, ...]:
        """The doer chain that starts at head: 'Egypt and Qatar', or a title with its holder."""
        chain = [head]
        for m in self.mentions:
            if m.start < chain[-1].end:
                continue
            gap = self.folded[chain[-1].end : m.start]
            if not CONNECTOR.match(gap) or len(gap) > 40:
                break
            chain.append(m)
        return tuple(chain)

    def _chain_before(self, pos: int, *, require_eligible: bool) -> tuple[Mention, ...]:
        before = [m for m in self.mentions if m.end <= pos and (m.eligible or not require_eligible)]
        if not before or pos - before[-1].end > 12:
            return ()
        return self._chain(before[-1])

    def objects(self, pos: int, limit: int = 60) -> tuple[Mention, ...]:
        """Mentions right after pos ('urged Hamas', 'met with Egyptian and Qatari mediators')."""
        after = [m for m in self.mentions if pos <= m.start < pos + limit]
        if not after:
            return ()
        stop = re.search(
            r"[;:]|\b(?:to|that|said|says|who|which|but|as|after|before)\b",
            self.folded[pos : after[0].start],
        )
        if stop:
            return ()
        chain = [after[0]]
        for m in after[1:]:
            gap = self.folded[chain[-1].end : m.start]
            if not (CONNECTOR.match(gap) or APPOSED.match(gap)) or len(gap) > 40:
                break
            chain.append(m)
        return tuple(chain)

    def person_outside_quotes(
        self, open_quote: bool, is_person: Callable[[str], bool]
    ) -> tuple[Mention, ...] | None:
        """The first person named outside quotation marks, with the doer chain it heads
        ('Hamas official Basem Naim'); open_quote: the sentence starts inside a quote opened by
        an earlier one. A name inside a quote is someone the speaker talks about. None when the
        sentence names no one and reports no speech (the last person named goes on); () when
        it reports speech of someone else ('..., the Egyptian official said', 'Hamas said')."""
        inside = open_quote
        at = 0
        he = HE_OR_SHE.search(self.folded)
        for m in self.mentions:
            inside ^= self.folded.count('"', at, m.start) % 2 == 1
            at = m.start
            if not inside and m.eligible and is_person(m.actor) and not self._inside(m.start):
                if he is not None and he.start() < m.start and not inside:
                    # 'He said ... during a meeting chaired by Anwar': 'he' is still the one
                    # named before, the later name someone he talks about
                    return None
                return self._chain(m)
        # '..., the Egyptian official said': someone unnamed speaks, no name goes on; '"...,"
        # he said' goes on with the one named before
        speaks = SAID.search(self.folded) and not HE_OR_SHE.search(self.folded)
        return () if speaks else None

    def salient(self) -> tuple[Mention, ...]:
        """The sentence's main doer, for pronouns in the next sentence."""
        for m in self.mentions:
            if m.eligible and not self._inside(m.start):
                return self._chain(m)
        return ()


# A statement issued, whose issuers 'the statement' of a later sentence stands for.
ISSUED_STATEMENT = re.compile(
    r"\b(?:issued|issues|released|releases|put out|puts out|published|publishes)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?statement\b"
)


def issuers_of(reader: ClauseReader) -> tuple[Mention, ...]:
    """Who issued a statement in this sentence ('Egypt and Qatar issued a joint statement')."""
    if "statement" not in reader.folded:
        return ()  # (every match holds the word)
    m = ISSUED_STATEMENT.search(reader.folded)
    return reader.subject(m.start()) if m else ()


def _lead(text: str, pos: int) -> int:
    return len(text[pos:]) - len(text[pos:].lstrip())
