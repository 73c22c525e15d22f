"""Answers across sentences: a refusal by a bare noun ('rejected the idea') answers the demand or
plan told just before it."""

from __future__ import annotations

import re
from dataclasses import replace

from domain.finding import Finding
from domain.values import ActorRef, Interval
from extraction.findings import attributes_of, doers_of
from extraction.rules import SentenceContext

# A refusal of what was just told, named by a bare noun: 'Baku has opposed the idea', 'Moscow
# rejected the demand', 'the group turned down the request' (not 'the idea of talks', which
# names its own content).
ANSWERED = re.compile(
    r"\b(?:the|this|that|such|these|those)\s+(?:idea|ideas|demand|demands|request|requests|call|"
    r"calls|suggestion|proposal|plan|offer|condition|conditions)\b(?!\s+(?:of|for|to|on|by)\b)"
)
ASKING = ("DemandStated", "ProposalMade", "CounterproposalMade")


def answered(findings: list[Finding], contexts: list[SentenceContext]) -> list[Finding]:
    """A rejection naming no issue of what it refuses by a bare noun ('the idea') answers the
    demand or plan of another actor told in the sentence before (or the one before that): it
    takes that one's issues, and refuses that actor's demand."""
    out: list[Finding] = []
    for f in findings:
        if (
            f.type in ("ProposalRejected", "DemandRejected")
            and not f.issues
            and f.evidence.sentence > 0
            and ANSWERED.search(contexts[f.evidence.sentence].folded)
        ):
            doers = doers_of(f)
            asked = [
                e
                for e in out
                if e.type in ASKING
                and e.issues
                and 0 < f.evidence.sentence - e.evidence.sentence <= 2
                and doers_of(e)
                and not doers_of(e) & doers
            ]
            if asked:
                last = asked[-1]
                kind = "DemandRejected" if last.type == "DemandStated" else f.type
                targets = tuple(
                    ActorRef(a.id, "target", a.unregistered)
                    for a in last.actors
                    if a.role == "subject" and a.id not in {b.id for b in f.actors}
                )
                published = contexts[f.evidence.sentence].published
                if f.occurred == Interval.day(published) and last.occurred.end == published:
                    # undated, it answers a stance told in the present ('wants ... Baku has
                    # opposed the idea so far'): the two hold over the same days
                    f = replace(f, occurred=last.occurred)
                attributes = attributes_of(kind, dict(f.attributes))
                if kind == "DemandRejected" and targets:
                    attributes["demand_of"] = targets[0].id
                f = replace(
                    f,
                    type=kind,
                    issues=last.issues,
                    actors=f.actors + targets,
                    attributes=attributes,
                )
        out.append(f)
    return out
