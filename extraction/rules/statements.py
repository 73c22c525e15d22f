"""On-record statements and their assessment of the talks (catalog: StatementIssued).

Rules in ``extraction/data/rules/statements.toml``; their productions below."""
# ruff: noqa: E501  (regular expressions read best one alternation per line)

from __future__ import annotations

import re
from functools import lru_cache

from domain.finding import Finding
from extraction.actors import Mention
from extraction.cues import Gate
from extraction.findings import TALKS, doers_of
from extraction.generic import COLLECTIVE_KIND
from extraction.registry import Registry
from extraction.rules.base import (
    Family,
    alt,
    load_family,
)
from extraction.rules.context import Draft, SentenceContext
from extraction.syntax import ClauseReader

# A speaker named only by a common noun right before the verb: 'two officials said'.
UNNAMED_SPEAKER = re.compile(
    r"\b(?:officials?|sources?|people|diplomats?|person|analysts?|experts?|reports?|observers|"
    r"residents|witnesses)(?:\s+(?:familiar|close|briefed|with|on|knowledge|of|the|matter|talks))*"
    r"\s*,?\s*$"
)

# Judging the teams is judging the talks: 'the mediators commended both delegations'.
JUDGING = re.compile(r"commend|prais|hail|apprecia|laud")
TEAMS = re.compile(r"\b(?:delegations?|negotiators|negotiating teams?)\b")
# The organ between a state and its unnamed official: 'a senior US State Department official'.
ORGAN = re.compile(
    r"\s+(?:(?:state|department|foreign|ministry|defen[cs]e|military|security|intelligence|"
    r"government|administration|army|senior|top|white|house|presidential)\s+){1,4}"
)


# A speech verb in the passive ('it was hoped', 'a delegation is hoped to arrive', 'was praised
# by'): its subject is not the speaker.
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+|still\s+)?$")
# A speaker's own voice in a quote: 'We have reconfirmed', 'I have told'.
FIRST_PERSON = re.compile(r"\b(?:we|i)\s+(?:\w+\s+){0,2}$")
# 'a war that has claimed thousands of lives': claiming lives is killing, nobody speaks.
CLAIMED_LIVES = re.compile(
    r"\s+(?:the\s+)?(?:(?:more than|over|nearly|almost|about|at least|some|tens of|hundreds of|"
    r"thousands of|dozens of|scores of|millions of|\d[\d,.]*|[a-z]+)\s+)*(?:(?:\w+\s+){0,2}?"
    r"(?:lives|people|victims|civilians)|lives)\b"
)
# An aside inside a quote, between dashes or brackets: '"We believe - and the Israelis have said
# this - that ..."'.
ASIDE_OPEN = re.compile(r"(?:\s[-\u2013\u2014]|\()\s*(?:and\s+|as\s+)?(?:[\w']+\s+){1,5}$")
ASIDE_CLOSE = re.compile(r"[^\-\u2013\u2014()\"]{0,40}?(?:\s[-\u2013\u2014]\s|\))")
# The agent of a judgement told in the passive: 'were described as "constructive" by Russia'.
AGENT_AFTER = re.compile(r"\s+as\s+[^.;,]{1,60}?\bby\s+(?=[a-z])")
# A speech verb that ends its clause ('..., Naim said.', '..., an official told AFP on Monday,'):
# what was said came before it.
SAID_END = re.compile(
    r"(?:\s+(?:on|in|at|during|late|earlier)\b"
    r"(?:\s+(?!(?:that|was|were|is|are|had|has|have|will|would|could)\b)[\w']+){1,6})?"
    r"\s*(?:[,.;]|$)"
)
# A quote closed by a comma, then the speaker's title and name: '," Information Minister '.
# (a title only: not '," as Netanyahu termed it', '," according to his office')
QUOTE_THEN_SPEAKER = re.compile(
    r",\s*\"\s*(?:(?!(?:as|according|to|which|who|while|when|after|before|and|but)\b)"
    r"[\w']+\s+){0,6}$"
)
# A clause the writer adds after what was said: ', as the US advanced a plan', ', amid ...'.
SCENE = re.compile(r",\s*(?:as|even as|amid|while|after|following|before|hours after|days after)\s")
# The hearer of 'told' before the clause ends: 'told AFP', 'told The Associated Press', 'told
# reporters' (original text: a capital, or a word for the press).
TOLD_HEARER = re.compile(
    r"\s+(?:(?:The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}|reporters|"
    r"journalists|the press|a news conference|a press conference)"
)
# What a speaker named after the content goes on to say: '..., his office said, adding that'.
GOES_ON = re.compile(
    r"\s*,?\s*(?:(?:in|on|at)\s+[^,]{0,40},\s*)?(?:and\s+)?(?:adding|added|saying|noting|"
    r"stressing|warning|calling|describing)\b|"
    # the words follow as a quote: 'In a tweet, X declared, "We have a deal."', '..., X said
    # in a post on X. "All parties reiterated their commitment ..."'
    r"(?:\s+(?:in|on|at)\s+[^,.;\"]{0,40})?\s*[,:.]\s*\""
)


# The assessments a statement is read for, in this order: the first one worded is its value.
ASSESSMENT_ORDER = (
    "nothing_new",
    "no_progress",
    "gaps_remain",
    "pessimistic",
    "constructive",
    "serious",
    "progress",
    "optimistic",
)


# A topic word without regex syntax: it matches exactly where it occurs as a substring.
PLAIN_WORDS = re.compile(r"[a-z '-]+")


class StatementRules(Family):
    """The statements family's rules and their productions."""

    name = "statements"
    spec = load_family("statements")

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        topic = self.words["topic_words"]
        self.topic = re.compile("|".join(topic))
        # A text matches the alternation when it holds one of its words: those written plainly
        # are looked for as substrings (cheaper than one regex scan of them all), the rest so.
        self.topic_plain = tuple(w for w in topic if PLAIN_WORDS.fullmatch(w))
        rest = [w for w in topic if not PLAIN_WORDS.fullmatch(w)]
        self.topic_rest = re.compile("|".join(rest)) if rest else None
        for key, extra in self.spec.get("assessment", {}).items():
            words = [*registry.lexicon["assessment"].get(key, ()), *extra]
            self.assessments[key] = re.compile(r"(?<![a-z])" + alt(words) + r"(?![a-z])")
        self.evaluative = re.compile(
            r"(?<![a-z])" + alt(registry.lexicon["statement"]["evaluative"]) + r"(?![a-z])"
        )
        # One test for 'may any assessment wording occur at all' (most statements hold none):
        # the gate of the alternation of every list read by _assessment, alternative by
        # alternative (a list's common words, 'talks', 'close', open none by themselves).
        self.any_assessment = re.compile(
            "|".join(self.assessments[key].pattern for key in ASSESSMENT_ORDER)
        )
        self._topical = lru_cache(maxsize=64)(self._on_topic)
        self.assessment_gate = Gate(self.any_assessment)
        self.evaluative_gate = Gate(self.evaluative)

    def __getstate__(self) -> dict[str, object]:
        """Pickled for replay workers without the cache, which holds a bound method."""
        return {k: v for k, v in self.__dict__.items() if k != "_topical"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._topical = lru_cache(maxsize=64)(self._on_topic)

    def _on_topic(self, folded: str) -> bool:
        """Whether a sentence holds a topic word (cached: every speech verb of a sentence and
        the sentence after it ask)."""
        return any(w in folded for w in self.topic_plain) or (
            self.topic_rest is not None and self.topic_rest.search(folded) is not None
        )

    def _statement_ready(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """Whether the statement is about the talks: its sentence names them, or the one before
        does, or it judges the teams ('commended both delegations'); else it is about
        something else."""
        # 'Hamas's spokesman said the indicators were positive' after a sentence about the
        # talks: the paragraph's topic, judged in words that judge talks
        return (
            self._topical(ctx.folded)
            or (bool(ctx.previous) and self._topical(ctx.previous[-1].folded))
            # a quote opening a paragraph, told by an anaphor ('"...," the statement added'),
            # goes on from the paragraph before it
            or (
                ctx.before is not None
                and ctx.folded.lstrip().startswith('"')
                and QUOTE_THEN_ANAPHOR.search(ctx.folded, max(0, m.start() - 40), m.start())
                is not None
                and self._topical(ctx.before.folded)
            )
            or bool(JUDGING.match(m.group(0)) and TEAMS.search(ctx.folded))
        )

    def _statement(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if m.group(0).startswith("claim") and CLAIMED_LIVES.match(ctx.folded, m.end()):
            return None  # 'a conflict that has claimed thousands of lives': no statement
        if not self._statement_ready(ctx, m):
            return None
        continued = bool(ctx.previous) and self._topical(ctx.previous[-1].folded)
        continued = continued or (ctx.before is not None and ctx.folded.lstrip().startswith('"'))
        on_topic = not continued or self._topical(ctx.folded)
        if any(
            other.start() < m.start()
            for other in self.speech.finditer(ctx.folded, 0, m.start())
            if ctx.reader.subject(other.start())
            and not self._passive(ctx, other)
            and not self._quoted_before_speaker(ctx, other)
        ):
            return None  # one statement per speaker chain: the first speech verb reports it
        if self._quoted_before_speaker(ctx, m):
            return None  # '"We have reconfirmed our commitment," X posted': X's words, X's verb
        agent = AGENT_AFTER.match(ctx.folded, m.end())
        if self._passive(ctx, m) and agent:
            # 'the negotiations were described as "constructive" by Russia': the agent said it
            subject = ctx.reader.objects(m.end() + agent.end() - agent.start(), 40)[:1]
            if not subject:
                return None
        elif self._passive(ctx, m):
            return None  # 'it was hoped that ...', 'Hamas is said to ...': nobody named said it
        else:
            subject = ctx.reader.subject(m.start())
            subject = _quoted_speaker(ctx, m, subject)
        if subject and all(s.kind == COLLECTIVE_KIND for s in subject):
            return None  # 'both sides welcomed ...': the writer's summary, no one's statement
        # 'Hamas is not interested in ..., Naim said': the speaker comes after what was said
        after_content = bool(
            (
                # (the speaker's own name may run long: ', Mohammed bin Abdulaziz bin Saleh
                # Al-Khulaifi, Qatar's minister of state, said')
                # (or a title before it: ', Qatar's foreign ministry spokesman Majed al-Ansari
                # said')
                (subject and re.search(r",\s*(?:[\w']+\s+){0,6}$", ctx.folded[: subject[0].start]))
                or re.search(r",\s*(?:[\w']+\s+){1,3}$", ctx.folded[: m.start()])
            )
            and SAID_END.match(ctx.folded, _hearer_end(ctx.text, m.end()))
        )
        # a quote first, or the end of one that opened in an earlier sentence ('We have ...,"
        # X posted')
        first_quote = ctx.folded.find('"')
        quoted_first = (
            ctx.folded.lstrip().startswith('"')
            or (ctx.folded.count('"') % 2 == 1 and 0 <= first_quote < m.start())
        ) or bool(
            subject
            and re.search(r",\s*(?:\w+\s+){0,3}$", ctx.folded[: subject[0].start])
            and len(ctx.folded[m.end() :].strip(" .\"'")) < 30
        )
        if not subject and re.search(r"[,\"']\s*$", ctx.folded[: m.start()]):
            # Quote first, speaker after: '"nothing new," said Basem Naim'.
            subject = ctx.reader.objects(m.end(), 40)
        # a quote closed right before the speaker, mid-sentence: 'The talks are not "dead,"
        # Information Minister X stated on Wednesday, ...' (the quote is said, and what follows)
        quote_before = bool(subject and QUOTE_THEN_SPEAKER.search(ctx.folded, 0, subject[0].start))
        # What the speaker said, not the scene-setting before them ('Despite the optimism, X said').
        begin = (
            0
            if quoted_first or after_content or quote_before
            else min([s.start for s in subject] + [m.start()])
        )
        unnamed = UNNAMED_SPEAKER.search(ctx.folded, max(0, m.start() - 40), m.start())
        if (
            unnamed
            and not ctx.reader._inside(unnamed.start())
            and not any(
                0 <= m.start() - s.end < 4
                or 0 <= unnamed.start() - s.end < 3
                or ORGAN.fullmatch(ctx.folded, s.end, unnamed.start())
                for s in subject
            )
        ):
            return None  # 'two officials said': the speaker is not named
        said = ctx.folded[begin:]
        if after_content and not GOES_ON.match(ctx.folded, m.end()):
            # '..., his office said, after both sides traded accusations': what follows the
            # speaker is the writer's background, not the statement
            said = ctx.folded[begin : m.end()]
        else:
            # 'X said ..., as the US advanced a new proposal': the writer's scene, not X's words
            scene = SCENE.search(ctx.folded, m.end())
            if scene and '"' not in ctx.folded[scene.start() :]:
                said = ctx.folded[begin : scene.start()]
        assessment, cue = self._assessment(said)
        if not on_topic and assessment not in TALKS_JUDGED:
            return None  # off the paragraph's topic unless it judges how talks go
        if assessment is None:
            found = _predicative(self.evaluative, said) if self.evaluative_gate.open(said) else None
            if found is None:
                return None  # a quoted fact, not an assessment of the talks or a party's conduct
            cue = found.start()
        ctx.cue_at = begin + cue
        return Draft(subject, attributes={"assessment": assessment}, said=True)

    def _quoted_before_speaker(self, ctx: SentenceContext, m: re.Match[str]) -> bool:
        """A first-person verb inside a quote whose speaker a later speech verb names ('"We have
        reconfirmed our commitment," X posted'), or what another said, told inside the quote
        ('"We believe - and the Israelis have said this - that we're getting closer," X said'):
        that later verb reports it."""
        close = ctx.folded.find('"', m.end())
        if close < 0:
            return False
        if not FIRST_PERSON.search(ctx.folded, max(0, m.start() - 25), m.start()) and not (
            # (the original text: the folded one reads hyphens as spaces)
            ASIDE_OPEN.search(ctx.text, max(0, m.start() - 40), m.start())
            and ASIDE_CLOSE.match(ctx.text, m.end(), close)
        ):
            return False
        before = ctx.folded.count('"', 0, m.start())
        # a sentence holding an odd number of quote marks opened inside a quote
        inside = before % 2 != ctx.folded.count('"') % 2
        return inside and any(
            ctx.reader.subject(later.start()) or ctx.reader.objects(later.end(), 40)
            for later in self.speech.finditer(ctx.folded, close)
        )

    @staticmethod
    def _passive(ctx: SentenceContext, m: re.Match[str]) -> bool:
        return bool(PASSIVE.search(ctx.folded, max(0, m.start() - 30), m.start()))

    def _assessment(self, folded: str) -> tuple[str | None, int]:
        if not self.assessment_gate.open(folded):
            return None, 0
        for key in ASSESSMENT_ORDER:
            pattern = self.assessments.get(key)
            found = _predicative(pattern, folded) if pattern else None
            if found:
                if key == "serious" and not re.search(
                    r"serious(?:ness)?\s*\"?\s*(?:talks|negotiations|discussions|efforts)|very serious|"
                    r"seriousness|in earnest",
                    folded,
                ):
                    continue
                return key, found.start()
        return None, 0


# Assessments that judge how talks go, read as about the talks when the sentence before was.
TALKS_JUDGED = frozenset(
    {"progress", "no_progress", "gaps_remain", "nothing_new", "constructive", "optimistic"}
)


# A participle used as an adjective, the writer's description ('the stalled talks').
ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|this|these)\s+$")


DESCRIBING = frozenset({"stalled", "deadlocked", "stalling"})


def _predicative(pattern: re.Pattern[str], folded: str) -> re.Match[str] | None:
    """The first match of an assessment that is not a participle describing a noun."""
    found = pattern.search(folded)
    while (
        found is not None
        and found.group(0) in DESCRIBING
        and ATTRIBUTIVE.search(folded, max(0, found.start() - 8), found.start())
    ):
        found = pattern.search(folded, found.end())
    return found


# A quote closed right before an anaphoric speaker and the verb: '"...," the statement added',
# '"...," he said on Sunday'.
QUOTE_THEN_ANAPHOR = re.compile(
    r"\"\s*(?P<who>the (?:joint )?statement|he|she|it|they)(?:\s+[a-z]+){0,3}\s*$"
)


def _quoted_speaker(
    ctx: SentenceContext, m: re.Match[str], subject: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """The speaker of a quote told by an anaphor after it: the one named before the quote, not
    a name inside it ('"Hamas is stalling," the statement added' is not Hamas speaking)."""
    after = QUOTE_THEN_ANAPHOR.search(ctx.folded, max(0, m.start() - 40), m.start())
    if after is None or not subject or subject[0].start >= after.start():
        return subject
    persons = ("name", "short", "title")
    wanted = persons if after.group("who") in ("he", "she") else None
    before = ctx.reader.previous_salient
    picked = tuple(s for s in before if wanted is None or s.kind in wanted)
    return picked or before or subject


def _hearer_end(text: str, end: int) -> int:
    """Where the hearer of a 'told' ending at end stops ('told AFP'), else end."""
    hearer = TOLD_HEARER.match(text, end) if text[:end].endswith(("told", "tells")) else None
    return hearer.end() if hearer else end


# Read over a sentence's findings once all its rules have run (``RuleExtractor._sentence``).

# Outcomes a party announces: the announcement's assessment ('an agreement has been reached to
# extend the truce', said by one side) is the outcome, whoever its doers are.
OUTCOMES = frozenset({"CeasefireAgreed", "TruceExtended"})


# A quoted word or short phrase inside a clause, not a quotation opening one.
SCARE_QUOTE = re.compile(r"[^\"]{1,40}\"")


def statements_apart(found: list[Finding], at: list[int], reader: ClauseReader) -> list[Finding]:
    """An assessment worded inside the clause of another event of the same speaker ('We call on
    Hamas to ... spare our people a dangerous ...', 'Qatar announces that an agreement has been
    reached to extend the truce', where the truce's parties are no doers) is part of that
    event, not a statement besides it."""
    cues = [pos for f, pos in zip(found, at, strict=True) if f.type == "StatementIssued"]
    judged = [pos for pos in cues if JUDGED_SITTING.match(reader.folded, pos)]
    deeds = [
        (set() if f.type in OUTCOMES else doers_of(f), _clause(reader, pos))
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
    stances = [
        (doers_of(f), pos) for f, pos in zip(found, at, strict=True) if f.type in SPEECH_ACTS
    ]
    kept = []
    for f, pos in zip(found, at, strict=True):
        if f.type == "StatementIssued":
            clause = _clause(reader, pos)
            if any((not d or d & doers_of(f)) and c == clause for d, c in deeds):
                continue
            if any(d & doers_of(f) and p <= pos for d, p in stances):
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
