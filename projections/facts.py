"""What the read side keeps of each catalog event: its index keys and a compact record.

A pure translation, so a rebuild from zero and incremental processing agree by construction.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from application.export import event_id
from domain.events import CatalogEvent
from domain.values import ISSUES, STANCES
from extraction.gazetteer import fold
from extraction.issues import IssueTagger
from extraction.registry import data_dir

# Bump when facts or records change shape: views are named after it, so a new format
# starts a fresh view (rebuilt from the log on first catch-up) instead of misreading an old one.
FORMAT = 13
STANCE_CODES: dict[str, int] = {stance: code for code, stance in enumerate(STANCES)}
FOR = frozenset({"demands", "supports", "conditional"})
AGAINST = frozenset({"rejects", "opposes"})

# Which stance each event type gives its subject actors on its issues (see docs/projections.md).
STANCE_OF_TYPE = {
    "DemandStated": "demands",
    "DemandRejected": "rejects",
    "ProposalMade": "supports",
    "CounterproposalMade": "supports",
    "ProposalRejected": "rejects",
}
# Accepting a plan, appealing and warning take no stance on the issues their sentence names:
# a warning names what it warns of, an appeal asks someone else, an acceptance takes the plan.
# Whose stances make a side of a negotiation (not a mediator): they demand, reject or counter.
SIDE_TYPES = frozenset(
    {"DemandStated", "DemandRejected", "ProposalRejected", "CounterproposalMade"}
)
# A plan rejected for what it lacks: the issues named are what the rejecter demands ('does not
# include a withdrawal', 'falls short of the group's core demands, particularly an end to the
# war', 'fails to meet our demand for a permanent ceasefire').
LACKING = re.compile(
    r"\b(?:did not|does not|do not|didn't|doesn't|failed to|fails to|fail to)\s+"
    r"(?:include|guarantee|provide for|ensure|address|offer|meet|satisfy|fulfil|fulfill)\b|"
    r"\b(?:fell|falls|fall|falling) short of\b|\bwithout\b|\black(?:ed|s)?\b",
    re.IGNORECASE,
)
ORG_KINDS = frozenset({"state", "organisation", "organization"})
PROPOSAL_TYPES = frozenset(
    {"ProposalMade", "CounterproposalMade", "ProposalAccepted", "ProposalRejected"}
)


@dataclass(slots=True)
class Fact:
    """One catalog event as the read side indexes it; ``record`` is what answers show."""

    position: int
    release: str
    type: str
    start: int  # proleptic ordinals: small ints that sort and bisect fast
    end: int
    reported: int
    modality: str
    keys: dict[str, Any]
    record: dict[str, Any]


@dataclass(slots=True)
class Plain:
    """A catalog event's fields as plain values: decoded from a stored state or read off an
    event object, the same fields give the same fact."""

    id: str
    type: str
    article: str
    reported: str  # ISO dates
    start: str
    end: str
    precision: str
    actors: list[tuple[str, str]]  # (id, role)
    modality: str
    issues: list[str]
    location: str | None
    attributes: dict[str, Any]  # JSON-able: dates as ISO strings, arrays as lists
    evidence: str
    release: str
    rule: str
    confidence: float
    condition: str
    terms: tuple[Any, ...] | list[Any]
    proposal_id: str
    negotiation: str = "unassigned"

    def actor_ids(self, role: str | None = None) -> list[str]:
        return [a for a, r in self.actors if role is None or r == role]


def plain(event: CatalogEvent) -> Plain:
    """The plain fields of a decoded event."""
    occurred = event.occurred
    return Plain(
        id=str(event_id(event)),
        type=event.type,
        article=event.article,
        reported=event.reported.isoformat(),
        start=occurred.start.isoformat(),
        end=occurred.end.isoformat(),
        precision=occurred.precision,
        actors=[(a.id, a.role) for a in event.actors],
        modality=event.modality,
        issues=list(event.issues),
        location=event.location,
        attributes={k: _plain(v) for k, v in event.attributes.items()},
        evidence=event.evidence.text,
        release=event.extractor.release,
        rule=event.extractor.rule,
        confidence=event.confidence,
        condition=getattr(event, "condition", ""),
        terms=getattr(event, "terms", ()),
        proposal_id=getattr(event, "proposal_id", ""),
        negotiation=event.negotiation,
    )


# A warning that an armed move would wreck the talks or a truce: 'warned that any Israeli
# operation in Rafah would put the truce talks in jeopardy', 'said a Russian offensive on
# Zaporizhzhia would derail the negotiations'. The warner opposes that move (group 'move').
WARNED_MOVE = re.compile(
    r"\b(?:any|an|a|the|another|further|new)\s+(?P<move>(?:[\w'-]+\s+){0,3}?(?:operations?|"
    r"offensives?|assaults?|attacks?|invasions?|incursions?|escalation)\s+(?:in|on|into|against|"
    r"of|across)\s+[^.;,]{1,40}?)\s+(?:would|will|could|might|risks?|threatens?)\s+"
    r"(?:\w+\s+){0,3}?(?:jeopardi[sz]e|put|derail|end|torpedo|wreck|sink|scupper|collapse|undermine|"
    r"threaten|blow up|kill|doom|sabotage|halt|suspend|stop|freeze)\b"
    r"(?:[^.;]{0,40}?\b(?:talks|negotiations|truce|ceasefire|cease fire|deal|agreement|"
    r"process|efforts|jeopardy|risk))"
)


def warned_moves(event: Plain) -> list[tuple[str, str, str]]:
    """A warner's stance on the armed move it warns would wreck the talks: `opposes` on the
    issues the move's own words name (not the issues of the harm it warns of)."""
    folded = fold(event.evidence)
    issues: list[str] = []
    for m in WARNED_MOVE.finditer(folded):
        named = _issue_tagger().tag(m.group("move"), event.negotiation)
        issues += [issue for issue in named if issue not in issues]
    return [(actor, issue, "opposes") for actor in event.actor_ids("subject") for issue in issues]


def stances(event: Plain) -> list[tuple[str, str, str]]:
    """(actor, issue, stance) for each subject actor and issue the event takes a stance on,
    and the demands a rejection says are its target's."""
    if event.type == "ThreatIssued":
        return warned_moves(event)
    if event.type == "ProposalAccepted":
        return truce_taken(event)
    stance = STANCE_OF_TYPE.get(event.type)
    if stance is None:
        return []
    conditioned: tuple[str, ...] = ()
    if stance == "demands" and event.condition and not WHEN_ONLY.match(event.condition):
        conditioned = condition_issues(whole_condition(event), event.negotiation)
        stance = "conditional"
    elif (
        stance == "rejects" and event.type == "ProposalRejected" and LACKING.search(event.evidence)
    ):
        stance = "demands"  # rejected for lacking it: 'because it did not include a withdrawal'
    issues = list(event.issues)
    for term in event.terms:
        if term in ISSUES and term not in issues:
            issues.append(term)
    issues += [issue for issue in conditioned if issue not in issues]
    subjects = event.actor_ids("subject")
    refused = refused_issues(event) if stance == "demands" else frozenset()
    asked = (
        asked_in_return(event) | required_of_others(event, subjects)
        if stance == "supports"
        else frozenset()
    )
    taken = [
        (
            actor,
            issue,
            "rejects"
            if issue in refused
            else "demands"
            if issue in conditioned or issue in asked
            else stance,
        )
        for actor in subjects
        for issue in issues
    ]
    if stance == "demands" and event.type == "DemandStated":
        halted = {actor: halted_issues(event, actor, issues) for actor in subjects}
        taken = [
            (actor, issue, "opposes" if issue in halted[actor] else said)
            for actor, issue, said in taken
        ]
    return taken + [
        (actor, issue, "demands")
        for actor in demanders(event)
        if actor not in subjects
        for issue in issues
    ]


# A truce put to a side as a plan: 'accepted a humanitarian truce proposed by the Quad', 'the US
# proposal for an interim 30-day ceasefire', 'views the US ceasefire proposal positively'.
TRUCE_WORDS = re.compile(r"\b(?:truce|cease-?fire|cessation of hostilities)\b", re.IGNORECASE)
PERMANENT = re.compile(
    r"\b(?:permanent|lasting|durable|comprehensive)\s+(?:cease-?fire|truce)\b", re.IGNORECASE
)


def truce_taken(event: Plain) -> list[tuple[str, str, str]]:
    """One who accepts a truce put to it is for a truce: `supports`, or `conditional` when it
    accepted with conditions. Only the truce: the rest of a plan's terms are the plan's, taken
    with it, not stances of the one who accepts."""
    if not TRUCE_WORDS.search(event.evidence):
        return []
    if "temporary_truce" not in event.issues and (event.issues or PERMANENT.search(event.evidence)):
        return []  # a plan whose issues the extractor read without a truce, or a lasting one
    stance = "conditional" if event.attributes.get("response") == "with_conditions" else "supports"
    return [(actor, "temporary_truce", stance) for actor in event.actor_ids("subject")]


# An offer of one's own that names its price: 'is ready to hand over the hostages in exchange
# for the end of the war', 'offered to withdraw its troops in return for security guarantees'.
# What the offerer asks in return it demands; what it offers it supports.
IN_RETURN = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|ready|willing|prepared|propos(?:e|es|ed|ing)|agree(?:s|d)?|"
    r"promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\s+to\s+(?P<given>[^.;]{1,160}?)\s+"
    r"(?:in (?:exchange|return) for|in return,? for|on condition that|provided that)\s+"
    r"(?P<asked>[^.;]+)"
)


def asked_in_return(event: Plain) -> frozenset[str]:
    """The issues a plan of its own names as its price, not as what it gives."""
    asked: set[str] = set()
    given: set[str] = set()
    for m in IN_RETURN.finditer(fold(event.evidence)):
        asked.update(_issue_tagger().tag(m.group("asked"), event.negotiation))
        given.update(_issue_tagger().tag(m.group("given"), event.negotiation))
    return frozenset(asked - given)


# Who a plan's term is for, named beside its words: 'the disarmament of Hamas', 'a withdrawal
# by Russian forces' (after); 'Hamas to disarm', 'Israel must withdraw', 'Hamas's disarmament'
# (before).
DOER_AFTER = re.compile(r"\s+(?:of|by|from)\s+(?:the\s+)?([a-z][\w.]*)(?:\s+([a-z][\w.]*))?")
DOER_BEFORE = re.compile(
    r"([a-z][\w.]*)(?:'s?|’s?)?\s+(?:(?:to|must|would|should|will|shall|has to|have to|"
    r"needs? to)\s+(?:\w+\s+){0,2})?$"
)


def _possessive(word: str) -> str:
    return re.sub(r"(?:'s?|’s?)$", "", word)


def required_of_others(event: Plain, subjects: list[str]) -> frozenset[str]:
    """The terms of a plan of one's own that another side must carry out (disarm, release,
    withdraw): the plan's maker demands them ('the Israeli proposal includes the disarmament of
    Hamas'); what the maker itself would do it supports ('a withdrawal of Israeli troops')."""
    from projections.proposals import actor_of, top

    folded = fold(event.evidence)
    own = set(top(subjects))
    required: set[str] = set()
    for issue, start, end in _issue_tagger().spans(folded, event.negotiation):
        after = DOER_AFTER.match(folded, end)
        before = DOER_BEFORE.search(folded[max(0, start - 40) : start])
        words = [*(after.groups() if after else ()), *(before.groups() if before else ())]
        doers = {actor_of(_possessive(w)) for w in words if w}
        if any(d and d not in own and d in organisations() for d in doers):
            required.add(issue)
    return frozenset(required)


# A demand that an activity stop: 'demands a halt to enrichment', 'called for an end to the
# Rafah offensive', 'insisted that Moscow lift its sanctions' is not. The demander is against
# the activity. Only issues that are themselves activities turn: a demand for 'an end to the
# war' or 'a halt to the fighting' demands the end itself.
HALT_DEMAND = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|insist(?:s|ed|ing)? on|wants?|wanted|"
    r"seek(?:s|ing)?|sought|press(?:es|ed|ing)? for|push(?:es|ed|ing)? for|urg(?:e|es|ed|ing))"
    r"\s+(?:(?:an?|the)\s+)?(?:(?:immediate|complete|full|total|verifiable|permanent)\s+)?"
    r"(?:halt|stop|end|freeze|suspension|cessation|dismantling|abandonment)\s+(?:to|of|on|in)\b"
    r"(?P<object>[^.;]*)|"
    r"\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?)\s+(?:that\s+)?(?:[\w.'-]+\s+){1,4}?"
    r"(?:halt|stop|freeze|suspend|cease|end|abandon|dismantle)\s+(?P<object2>[^.;]*)"
)
HALTED_ACTIVITIES = frozenset(
    {
        "nuclear_programme",
        "rafah_offensive",
        "hamas_elimination",
        "security_presence",
        "sanctions",
        "border_deployment",
    }
)
DEMAND_VERB = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|insist(?:s|ed|ing)?|wants?|wanted|"
    r"seek(?:s|ing)?|sought|press(?:es|ed|ing)? for|push(?:es|ed|ing)? for|urg(?:e|es|ed|ing))\b"
)


def halted_issues(event: Plain, actor: str, issues: list[str]) -> frozenset[str]:
    """The activities a demand asks to halt: the issues its halt names, or (when it names them
    only as 'such activities') the activities of the demand's sentence. Where the sentence
    holds several demands, only the halt in the clause that names the demander counts."""
    clauses = [c for c in CLAUSES.split(fold(event.evidence)) if DEMAND_VERB.search(c)]
    found: set[str] = set()
    for clause in clauses:
        m = HALT_DEMAND.search(clause)
        if m is None or (len(clauses) > 1 and not _names(clause, actor)):
            continue
        named = _issue_tagger().tag(
            m.group("object") or m.group("object2") or "", event.negotiation
        )
        found.update(named if named else issues)
    return frozenset(found) & HALTED_ACTIVITIES


def _names(text: str, actor: str) -> bool:
    """Whether a clause names an actor (by a name, short name or adjective of the registry)."""
    return any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) for name in _forms(actor))


@lru_cache(maxsize=1024)
def _forms(actor: str) -> tuple[str, ...]:
    forms = [actor.replace("_", " ")]
    try:
        entry = _registry().actors.get(actor)
    except Exception:  # no registry: the id's own words
        entry = None
    if entry is not None:
        forms += [*entry.names, *entry.short, *entry.adjectives]
    return tuple(fold(f).strip() for f in forms if f.strip())


@lru_cache(maxsize=1)
def _registry() -> Any:
    from extraction.registry import load_registry

    return load_registry()


# A clause refusing what it names: 'said disarmament was not on the agenda' (named before),
# 'will not give up its weapons', 'refuses to discuss a withdrawal' (named after); not a
# condition ('will not sign unless') nor a plan refused for what it lacks.
_REFUSED_ACT = (
    r"(?:give up|hand over|surrender|lay down|accept|agree to|discuss|allow|tolerate|consider)"
)
REFUSE_BEFORE = re.compile(
    r"(?:\b(?:not|never|no longer)\b|n't\b)[^.;]{0,20}?\b(?:on the (?:agenda|table)|"
    r"negotiable|up for (?:discussion|negotiation|debate))\b|\bnon negotiable\b"
)
REFUSE_AFTER = re.compile(
    r"\b(?:will|would|could|can|did|does|do)\s*(?:not|never|n't)\s+(?:\w+\s+)?"
    + _REFUSED_ACT
    + r"\b|\b(?:won't|wont|cannot|can't)\s+(?:\w+\s+)?"
    + _REFUSED_ACT
    + r"\b|\brefus(?:e|es|ed|ing) to\b|\brul(?:e|es|ed|ing) out\b"
)
SCOPE_CHARS = 50  # how far from the refusal its object is read
CONDITION_WORDS = re.compile(
    r"\b(?:until|unless|before|if|without|as long as|provided|in exchange|only)\b"
)
LACKS_RELATIVE = re.compile(
    r"\b(?:deal|agreement|plan|proposal|ceasefire|truce|offer|arrangement)s?\s+(?:that|which)\b"
    r"[^.;]*(?:\bnot\b|n't\b)"
)
CLAUSES = re.compile(
    r";|\bbut\b|\bwhile\b|\bwhereas\b|\band (?:said|says|added|insisted|insists|demanded|"
    r"demands|called for|calls for|wants|wanted|seeks|sought)\b"
)


def refused_issues(event: Plain) -> frozenset[str]:
    """The issues a demand's sentence names only as what it refuses ('demanded a ceasefire and
    said disarmament was not on the agenda': disarmament is refused, the ceasefire demanded)."""
    lowered = event.evidence.lower()
    if not (REFUSE_BEFORE.search(lowered) or REFUSE_AFTER.search(lowered)):
        return frozenset()
    refused: set[str] = set()
    other: set[str] = set()
    for clause in CLAUSES.split(fold(event.evidence)):
        spans = []
        if not (
            CONDITION_WORDS.search(clause)
            or LACKING.search(clause)  # 'will not accept a deal that does not include'
            or LACKS_RELATIVE.search(clause)
        ):
            spans += [
                (max(0, m.start() - SCOPE_CHARS), m.start()) for m in REFUSE_BEFORE.finditer(clause)
            ]
            spans += [(m.start(), m.end() + SCOPE_CHARS) for m in REFUSE_AFTER.finditer(clause)]
        rest = clause
        for start, end in spans:
            refused.update(_issue_tagger().tag(clause[start:end], event.negotiation))
            rest = rest[:start] + " " * (min(end, len(rest)) - start) + rest[end:]
        other.update(_issue_tagger().tag(rest, event.negotiation))
    return frozenset(refused - other)


# 'rejected Hamas's call for a withdrawal', 'dismissed Ukraine's demands': a demand of someone.
WHOSE_DEMAND = re.compile(
    r"(?:'s|\u2019s|s'|s\u2019)\s+(?:\w+\s+)?(?:calls?|demands?|insistence|conditions?|"
    r"requests?)\b",
    re.IGNORECASE,
)


def demanders(event: Plain) -> list[str]:
    """Whose demand a rejection rejects: the target of a rejected demand ('Israel rejected
    Hamas' demand for a permanent ceasefire': Hamas demands it), and of a plan rejected for
    what its sentence calls someone's demand ('because Hamas's call for a withdrawal is
    unacceptable')."""
    if event.type == "DemandRejected" or (
        event.type == "ProposalRejected"
        and WHOSE_DEMAND.search(event.evidence)
        and not LACKING.search(event.evidence)
    ):
        return event.actor_ids("target")
    return []


# A condition that only says when ('until mid-April', 'by the end of March') is a date, not
# something traded for the demand.
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
WHEN_ONLY = re.compile(
    r"\s*(?:until|till|by|before|through|from)\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of|"
    r"start\s+of|beginning\s+of|middle\s+of)[\s-]*(?:the\s+)?)?(?:(?:" + MONTHS + r")"
    r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|next\s+(?:week|month|year)|the\s+weekend|"
    r"(?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*[.,;]?\s*$",
    re.IGNORECASE,
)


def whole_condition(event: Plain) -> str:
    """The condition with the rest of its list: the extractor keeps a condition's first item
    ('unless Israel calls a permanent ceasefire'), its sentence may go on listing what the
    condition asks (', withdraws its forces and allows the displaced to return home')."""
    return _whole_condition(event.condition, event.evidence)


@lru_cache(maxsize=4096)
def _whole_condition(condition: str, evidence: str) -> str:
    said = fold(condition).strip(" .,;")
    text = fold(evidence)
    at = text.find(said) if said else -1
    if at < 0 or not LIST_GOES_ON.match(text, at + len(said)):
        return condition
    rest = text[at + len(said) :]
    rest = CLAUSES.split(rest, maxsplit=1)[0]  # 'but', 'while', ';': another clause
    rest = LIST_ENDS.split(rest, maxsplit=1)[0]  # ', the official said', a new sentence
    return said + rest


# A condition's list going on after its first item: ', withdraw ...', ' and allow ...'.
LIST_GOES_ON = re.compile(
    r",\s*(?:and\s+|or\s+)?(?!(?:who|which|whom|whose)\b)\w|\s+(?:and|or)\s+\w"
)
# Where a condition's list ends: attribution, a new sentence or an aside.
LIST_ENDS = re.compile(
    r"[.!?]\s|,\s*(?:\w+\s+){0,3}?(?:said|says|told|added|according)\b|\s+(?:according to|"
    r"in exchange for|in return for)\b"
)


@lru_cache(maxsize=4096)
def condition_issues(condition: str, negotiation: str | None = None) -> tuple[str, ...]:
    """The issues a condition names: what the conditioner demands ('only if Israel withdraws':
    a withdrawal; 'only if Russia returns the occupied land': territory)."""
    return _issue_tagger().tag(fold(condition), negotiation)


@lru_cache(maxsize=1)
def _issue_tagger() -> IssueTagger:
    # The extractor's own issue words (the rule book's, those of talks in general, and each
    # negotiation's), so a condition is read as its sentence was, in any conflict.
    try:
        from extraction.registry import load_registry

        registry = load_registry()
    except Exception:  # no registry: the rule book's words alone
        with open(data_dir() / "lexicon.toml", "rb") as f:
            return IssueTagger(tomllib.load(f)["issues"])
    return IssueTagger(
        registry.lexicon["issues"],
        registry.general_issues,
        ((n.id, n.issue_words) for n in registry.negotiations),
    )


def lacks(evidence: str) -> bool:
    return bool(LACKING.search(evidence))


def proposal_key(event: Plain) -> str:
    """The proposal an event names, or "" (unnamed ones are linked when answering)."""
    return event.proposal_id or ""


def mediators_of(event: Plain) -> list[str]:
    """Actors the event names as mediators: by role or in its ``mediators`` attribute."""
    named = event.attributes.get("mediators") or ()
    return list(dict.fromkeys([*event.actor_ids("mediator"), *named]))


def principals(actor_ids: Iterable[str]) -> list[str]:
    """The organisations among actors, or all of them if none is a known organisation."""
    return list(_principals(tuple(actor_ids)))


@lru_cache(maxsize=4096)
def _principals(actor_ids: tuple[str, ...]) -> tuple[str, ...]:
    ids = tuple(dict.fromkeys(actor_ids))
    kinds = actor_kinds()
    orgs = tuple(a for a in ids if kinds.get(a) in ORG_KINDS)
    return orgs or ids


@lru_cache(maxsize=1)
def registry() -> Any:
    """The extractor's registry, read once for all the read models (reading it takes a
    quarter of a second: each of them reading its own made a restart's first answer slow)."""
    from extraction.registry import load_registry

    return load_registry()


@lru_cache(maxsize=1)
def actor_kinds() -> dict[str, str]:
    """Actor kinds from the extractor's registry when it can be read (state, person...)."""
    try:
        return {a.id: a.kind for a in registry().actors.values()}
    except Exception:  # no registry: every actor counts as a principal
        return {}


def organisations() -> frozenset[str]:
    """The registry's states and organisations (of any conflict: no war's list is built in)."""
    return frozenset(a for a, kind in actor_kinds().items() if kind in ORG_KINDS)


def fact(position: int, event: CatalogEvent | Plain) -> Fact:
    """The fact the read side keeps of an event stored at a position."""
    if not isinstance(event, Plain):
        event = plain(event)
    keys: dict[str, Any] = {"a": [list(a) for a in event.actors], "n": event.negotiation}
    mediators = mediators_of(event)
    if mediators:
        keys["m"] = mediators
    taken = stances(event)
    if taken:
        keys["s"] = taken
    proposal = proposal_key(event) if event.type in PROPOSAL_TYPES else None
    if proposal:
        keys["p"] = proposal
    if event.type == "TalksOpened":
        keys["v"] = event.attributes.get("venue") or event.location
    return Fact(
        position=position,
        release=event.release,
        type=event.type,
        start=ordinal(event.start),
        end=ordinal(event.end),
        reported=ordinal(event.reported),
        modality=event.modality,
        keys=keys,
        record=record(position, event, proposal),
    )


def record(position: int, event: Plain, proposal: str | None) -> dict[str, Any]:
    """A compact, JSON-able copy of the event: what an answer cites as its source."""
    return {
        "id": event.id,
        "position": position,
        "type": event.type,
        "article": event.article,
        "reported": event.reported,
        "occurred": {"start": event.start, "end": event.end, "precision": event.precision},
        "actors": [{"id": a, "role": r} for a, r in event.actors],
        "modality": event.modality,
        "issues": event.issues,
        "location": event.location,
        "attributes": event.attributes,
        "evidence": event.evidence,
        "release": event.release,
        "rule": event.rule,
        "confidence": event.confidence,
        "negotiation": event.negotiation,
        **({"proposal": proposal} if proposal is not None else {}),
    }


@lru_cache(maxsize=65_536)
def ordinal(iso: str) -> int:
    """An ISO date's ordinal (answers compare a record's dates hundreds of times each)."""
    return date.fromisoformat(iso).toordinal()


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


SOURCE_KEYS = ("id", "position", "type", "article", "reported", "occurred", "modality", "evidence")


# Marks of the corrected record (projections.corrected), cited with the source when present:
# an amended or merged record, an added happening, the analysts who confirmed it.
MARKS = ("corrected", "added_by", "confirmed_by")


def source(record: dict[str, Any]) -> dict[str, Any]:
    """The part of a record an answer cites: which event, from where, saying what."""
    cited = {key: record[key] for key in SOURCE_KEYS}
    for mark in MARKS:
        if mark in record:
            cited[mark] = record[mark]
    return cited
