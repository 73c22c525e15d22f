"""What the talks produce (catalog: CeasefireAgreed, TruceExtended, CeasefireCollapsed,
HostagesReleased, PrisonersReleased): ceasefires, truces, releases and agreements.

Rules in ``extraction/data/rules/outcomes.toml``; their productions below."""

from __future__ import annotations

import re

from extraction.rules.base import (
    Family,
    load_family,
)
from extraction.rules.context import Draft, SentenceContext
from extraction.temporal import duration_text, shift

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
    r"consented|ready|prepared|willing)\s+to\s+$"
)

EXPIRY = re.compile(
    r"\s*(?:[\w']+\s+){0,4}?(?:expired|expires|ended|ends|lapsed|lapses|ran out|runs out)\b"
)

PROPOSED_TO = re.compile(
    r"\b(?:proposals?|plans?|offers?|bid|push|efforts?|calls?|idea)\s+(?:[\w']+\s+){0,4}?to\s+$"
)


class OutcomeRules(Family):
    """The outcomes family's rules and their productions."""

    name = "outcomes"
    spec = load_family("outcomes")

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
        return Draft(
            defaults=self._holders(ctx, "hostage"),
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
        return Draft(
            subject,
            defaults=self._holders(ctx, "prisoner"),
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
        return Draft(
            (),
            defaults=self._holders(ctx, "prisoner"),
            attributes={"count": self._quantity(m.group(0))},
        )
