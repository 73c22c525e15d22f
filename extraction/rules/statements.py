"""On-record statements and their assessment of the talks (catalog: StatementIssued).

Rules in ``extraction/data/rules/statements.toml``; their productions below."""
# ruff: noqa: E501  (regular expressions read best one alternation per line)

from __future__ import annotations

import re

from extraction.registry import Registry
from extraction.rules.base import (
    Family,
    alt,
    load_family,
)
from extraction.rules.context import Draft, SentenceContext

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


# A reporting verb in the passive: what others hope or say of the subject, not its words.
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:also\s+|still\s+|widely\s+)?$")


def _passive(ctx: SentenceContext, pos: int) -> bool:
    return bool(PASSIVE.search(ctx.folded, max(0, pos - 24), pos))


class StatementRules(Family):
    """The statements family's rules and their productions."""

    name = "statements"
    spec = load_family("statements")

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        self.topic = re.compile("|".join(self.words["topic_words"]))
        for key, extra in self.spec.get("assessment", {}).items():
            words = [*registry.lexicon["assessment"].get(key, ()), *extra]
            self.assessments[key] = re.compile(r"(?<![a-z])" + alt(words) + r"(?![a-z])")
        self.evaluative = re.compile(
            r"(?<![a-z])" + alt(registry.lexicon["statement"]["evaluative"]) + r"(?![a-z])"
        )

    def _statement(self, ctx: SentenceContext, m: re.Match[str]) -> Draft | None:
        if not self.topic.search(ctx.folded) and not (
            JUDGING.match(m.group(0)) and TEAMS.search(ctx.folded)
        ):
            return None  # about something else; 'commended both delegations' judges the talks
        if _passive(ctx, m.start()):
            return None  # 'a delegation is hoped to arrive', 'Hamas is said to ...': nobody spoke
        if any(
            other.start() < m.start()
            for other in self.speech.finditer(ctx.folded, 0, m.start())
            if ctx.reader.subject(other.start()) and not _passive(ctx, other.start())
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
                0 <= m.start() - s.end < 4
                or 0 <= unnamed.start() - s.end < 3
                or ORGAN.fullmatch(ctx.folded, s.end, unnamed.start())
                for s in subject
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
