"""Proposals as entities across articles: one plan from all its reports, with every answer.

The extractor reads one article at a time and names no proposal, so linking is done here,
when answering, over a bounded window of recent reports: by the plan's name in the evidence
('the Paris framework', 'the Egyptian three-stage plan', 'the bridging proposal'), else by
its proposer and time. Rules in docs/projections.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from domain.durations import span_days
from projections.facts import ordinal, organisations, principals
from projections.reader import Reader, actor_ids, derived

PROPOSAL_DAYS = 120  # proposals with a report this recent are listed
LINK_DAYS = 45  # an unnamed report joins a proposal with activity this recent
MAX_PROPOSALS = 10
CONFLICT_DAYS = 14  # another answer reported this shortly before is a conflicting report
LIMIT = 40  # reports read: the plans of the latest weeks
MADE = frozenset({"ProposalMade", "CounterproposalMade"})
RESPONSE = {"ProposalAccepted": "accepted", "ProposalRejected": "rejected"}
CONDITIONAL = re.compile(
    # 'parts of the plan' (not 'evacuate parts of Rafah')
    r"\b(?:only|if|unless|provided|on condition|in principle|parts of (?:the |its |their |his |"
    r"her )?(?:[\w-]+ ){0,2}?(?:plan|proposal|deal|framework|offer|agreement|text)|"
    r"with (?:amendments|"
    r"changes|reservations|conditions)|but (?:wants|demands|insists|seeks|said|says|wanted))\b",
    re.IGNORECASE,
)
NOUN = re.compile(
    r"\b(proposals?|plans?|framework|offers?|counter ?-?proposals?|counter ?-?offers?|vision|"
    r"roadmap|initiative|blueprint|invitations?|"
    # 'the conditions proposed by Sisi': a side's terms put forward (not 'conditions on the ground')
    r"(?:terms|conditions)(?=\s+(?:proposed|put forward|offered|set out|laid out|outlined|tabled|"
    r"drawn up)\s+by\b)|"
    # 'a humanitarian truce proposed by the Quad', 'a ceasefire brokered by Qatar': the truce
    # put to the sides is the plan
    r"(?:truce|cease-?fire|deal)(?=\s+(?:proposed|put forward|offered|drafted|tabled|brokered)\s+"
    r"by\b))\b",
    re.IGNORECASE,
)
# Words that may stand in a proposal's name without being capitalised.
NAMING = re.compile(
    r"^(?:bridging|phased|interim|comprehensive|\w+-(?:stage|phase|step|point|day|week)s?|"
    r"cease-?fire|truce|peace|hostage|new|latest|revised|updated|amended|final|proposed|"
    r"initial|draft)$"
)
BY = re.compile(
    r"\s+(?:(?:put forward|drafted|presented|brokered|offered|made|floated|tabled|unveiled|"
    r"outlined|proposed|submitted|set out|laid out|drawn up|announced|introduced|crafted|"
    r"devised|authored|prepared|mediated)\s+)?"
    r"by\s+((?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:countries|states|nations|group|mediators))?"
    r",?\s*(?:and\s+)?){1,12})"
)
# Between the names of a list after 'by': 'the United States, Saudi Arabia, and Egypt'.
LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\s+|\bthe\s+)")
GENERIC = frozenset(
    {
        "ceasefire",
        "cease-fire",
        "truce",
        "peace",
        "hostage",
        "new",
        "latest",
        "revised",
        "updated",
        "amended",
        "final",
        "proposed",
        "initial",
        "draft",
        "the",
    }
)


@dataclass
class Proposal:
    """One plan, from its reports."""

    key: frozenset[str]  # distinctive words of its name; empty if unnamed
    name: str | None
    proposer: dict[str, None]
    first: int
    last: int
    counter: bool = False
    records: list[dict[str, Any]] = field(default_factory=list)
    history: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)


def proposals_of(
    reader: Reader, today: int, mediators: frozenset[str] | set[str] = frozenset()
) -> list[dict[str, Any]]:
    """Answer part ``proposals``: the recent plans, latest activity first. A plan answered
    while no report said whose it was is shown as the ``mediators``' (inferred)."""
    recent = recent_positions(reader, today)
    # A plan is made before it is answered: on one day, plans put forward first (a
    # counterproposal is itself an answer).
    records = sorted(
        reader.records(recent),
        key=lambda r: (r["occurred"]["start"], r["type"] != "ProposalMade", r["position"]),
    )
    found: list[Proposal] = []
    for record in records:
        _link(found, record)
    found.sort(key=lambda p: -p.last)
    return [_describe(reader, p, mediators) for p in found[:MAX_PROPOSALS]]


def recent_positions(reader: Reader, today: int) -> list[int]:
    """The positions of the recent plans' facts, latest first."""
    return reader.once("proposals", today, lambda: _recent_positions(reader, today))  # type: ignore[no-any-return]


def _recent_positions(reader: Reader, today: int) -> list[int]:
    return reader.latest(reader.index.proposal_log, today, today - PROPOSAL_DAYS, LIMIT)


class _Reading(NamedTuple):
    """What linking reads of a report alone (kept with the record, see ``reader.derived``)."""

    at: int
    key: frozenset[str]
    name: str | None
    owners: list[str]  # whose plan it names; empty, with ``partners``, until linking says
    partners: bool  # an acceptance naming no owner: the plan of some of its doers' partners
    named_owners: list[str]  # else the owners its plan's name names
    subjects: list[str]
    replier: str | None
    counter: bool  # a plan made by it (unlinked) is a counterproposal
    response: str  # what an answer said ("" for a plan made)


def _read(r: dict[str, Any]) -> _Reading:
    at = _start(r)
    key, name, owner = naming(r["evidence"], answer_at(r))
    subjects = top(principals(actor_ids(r, "subject")))
    answering = r["type"] not in MADE
    others = (
        _persons_for(r["evidence"], subjects) or _hearers(r["evidence"], subjects)
        if answering and SUBJECT in owner
        else ()
    )
    if others:  # 'as Witkoff said, Israel agreed to his framework': the person named's plan
        owner = tuple(o for o in owner if o != SUBJECT) + others
    owners = list(dict.fromkeys(a for o in owner for a in (subjects if o == SUBJECT else [o])))
    if not owners and r["type"] == "ProposalAccepted":
        owners = list(_agreeing_with(r["evidence"], subjects))
    partners = not owners and r["type"] == "ProposalAccepted"
    # the name the extractor read may say whose it is ('the US proposal')
    named_owners = [a for a in _owners_named(r["attributes"].get("proposal_name") or "")]
    if r.get("proposal"):  # named by the extractor
        key, name = frozenset({r["proposal"]}), r["proposal"]
    reply = REPLY.search(r["evidence"]) if answering else None
    replier = actor_of(_possessor(reply.group(1) or reply.group(2))) if reply else None
    if replier in subjects:  # its own reply named: it answers the plan
        replier = None
    counter = (
        r["type"] == "CounterproposalMade" if not answering else "counter" in r["evidence"].lower()
    )
    response = RESPONSE[r["type"]] if answering else ""
    if response == "accepted" and (
        CONDITIONAL.search(r["evidence"])
        or r["attributes"].get("response") == "with_conditions"  # as the extractor read it
    ):
        response = "conditional"  # 'accepts parts of the plan, but wants guarantees'
    return _Reading(
        at, key, name, owners, partners, named_owners, subjects, replier, counter, response
    )


def _link(found: list[Proposal], r: dict[str, Any]) -> None:
    reading: _Reading = derived(r, "proposal reading", lambda: _read(r))
    at, key, name, owners, partners, named_owners, subjects, replier, counter, response = reading
    if partners:
        owners = _partners_plan(found, subjects, at)
    if not owners:
        owners = named_owners
    proposal: Proposal | None = None
    if replier:
        # 'Witkoff rejected Hamas' response to his proposal': an answer to Hamas' reply
        proposal = _reply(found, replier, [o for o in owners if o != replier], r, at)
        key, name = frozenset(), None
        owners = [replier]
    elif r["type"] in MADE:
        if counter and set(owners) - set(subjects):  # 'its response to Witkoff's proposal':
            key, name = frozenset(), None  # the name is of the plan it answers
        if not counter and owners and not set(owners) & set(subjects):
            # 'Egypt presented a new Israeli proposal to Hamas': the plan is the one its name
            # says whose; who presents it passes it on
            subjects = owners
        proposal = _named(found, key) or _by(found, subjects, at, key, counter)
        if proposal is None:
            proposal = Proposal(key, name, dict.fromkeys(subjects), at, at, counter)
            found.append(proposal)
            if counter:  # a counterproposal answers the other side's latest plan
                answered = _answered(found, subjects, owners or actor_ids(r, "target"), at)
                if answered is not None:
                    for actor in subjects:
                        answered.history.append((actor, "countered", r))
                    answered.last = max(answered.last, at)
        proposal.proposer.update(dict.fromkeys(subjects))
    if r["type"] not in MADE:
        whose = owners or top(principals(actor_ids(r, "target")))
        if not replier:
            proposal = _named(found, key) or _answered(found, subjects, whose, at, bool(owners))
        if proposal is None:
            proposal = Proposal(key, name, dict.fromkeys(whose), at, at, counter)
            if counter and whose:
                # 'rejected Hamas' counterproposal', no report of it before: it counters the
                # latest plan not its maker's
                answered = _answered(found, whose, [], at)
                if answered is not None:
                    answered.history += [(actor, "countered", r) for actor in whose]
                    answered.last = max(answered.last, at)
            found.append(proposal)
        for actor in subjects:
            if actor not in proposal.proposer:  # a plan's maker does not answer it
                proposal.history.append((actor, response, r))
    assert proposal is not None  # every branch above links or makes one
    if name and not proposal.name:
        proposal.key, proposal.name = key, name
    proposal.records.append(r)
    proposal.last = max(proposal.last, at)


# '[Hamas'] response to ...', 'called the [Hamas] response unacceptable': the answer one side
# gave, itself answered.
REPLY = re.compile(
    r"(?:([A-Z][\w.-]*['’]s?)|\bthe\s+([A-Z][\w.-]*))\s+(?:response|reply|answer|counter-?offer)"
    r"(?:\s+to\b|(?![\w-]))"
)


def _reply(
    found: list[Proposal], replier: str, to: list[str], r: dict[str, Any], at: int
) -> Proposal:
    """The replier's counterproposal (made now if unreported), countering the plan it
    answers: the plan of whom the sentence names, else the latest not the replier's."""
    own = next(
        (p for p in reversed(found) if replier in p.proposer and at - p.last <= LINK_DAYS), None
    )
    if own is not None:
        return own
    answered = _answered(found, [replier], to, at, bool(to))
    own = Proposal(frozenset(), None, {replier: None}, at, at, counter=True)
    found.append(own)
    if answered is not None:
        answered.history.append((replier, "countered", r))
        answered.last = max(answered.last, at)
    return own


def _persons_for(text: str, subjects: list[str]) -> tuple[str, ...]:
    """What the persons a sentence names act for, besides the subjects ('as Witkoff said')."""
    persons = _names()[1]
    found = (persons.get(_word(w.strip(",.;:\"()'’"))) for w in text.split() if w[:1].isupper())
    return tuple(dict.fromkeys(a for a in found if a and a not in subjects))


# 'informed Qatari and Egyptian mediators that': whom a side told of its answer
TOLD_THAT = re.compile(
    r"\b(?:told|informed|notified|assured|briefed|wrote to)\s+(.{2,60}?)\s+that\b", re.IGNORECASE
)


def _hearers(text: str, subjects: list[str]) -> tuple[str, ...]:
    """Whom an answer was told to, when its plan is 'their' own: 'informed Qatari and Egyptian
    mediators that the group accepted their ceasefire proposal' is the mediators' plan (a side
    does not answer its own)."""
    told = TOLD_THAT.search(text)
    if not told:
        return ()
    found = (owner_of(_possessor(w.strip(",.;:\"()'’"))) for w in told.group(1).split())
    return tuple(dict.fromkeys(a for a in found if a and a not in subjects))


# the verb of agreeing, and what comes before it: who agreed
AGREEING = re.compile(r"\b(?:agreed|agree|agrees|accepted|accepts|endorsed|backed|approved)\b")


def _agreeing_with(text: str, subjects: list[str]) -> tuple[str, ...]:
    """Whom a person named beside the responder as agreeing together acts for: 'Trump and
    Netanyahu said they have agreed to a plan' is Israel taking the United States' plan."""
    verb = AGREEING.search(text)
    before = text[: verb.start()] if verb else ""
    if not re.search(r"\band\b", before):
        return ()
    return _persons_for(before, subjects)


def _partners_plan(found: list[Proposal], subjects: list[str], at: int) -> list[str]:
    """The proposer of the latest recent plan made by some of an acceptance's doers but not
    all: 'Trump and Netanyahu said they had agreed on a plan' is Israel taking the United
    States' plan, put forward that day."""
    for p in reversed(found):
        if at - p.last > LINK_DAYS:
            continue
        if p.proposer and set(p.proposer) < set(subjects):
            return list(p.proposer)
    return []


def _owners_named(name: str) -> list[str]:
    """The organisations a plan's name names ('us proposal', 'qatar ceasefire proposal')."""
    return list(_owners_in(name))


@lru_cache(maxsize=4096)
def _owners_in(name: str) -> tuple[str, ...]:
    # A few names recur in every answer's proposals: read each once.
    words = re.split(r"[\s-]+", name)
    return tuple(
        dict.fromkeys([*(a for w in words if (a := owner_of(w))), *_named_in(tuple(words))])
    )


def _full_names_of(actor: str) -> list[str]:
    return [n for n, a in _full_names().items() if a == actor]


def _named_in(words: tuple[str, ...]) -> list[str]:
    """The states and organisations a run of words names by a name of several words ('United
    Nations proposal', 'Saudi Arabia's plan')."""
    bare = [_possessor(w.strip(',;:"()')).lower() for w in words]
    full = _full_names()
    return [
        full[" ".join(bare[i : i + n])]
        for n in (2, 3, 4)
        for i in range(len(bare) - n + 1)
        if " ".join(bare[i : i + n]) in full
    ]


def _named(found: list[Proposal], key: frozenset[str]) -> Proposal | None:
    if not key:
        return None
    return next((p for p in reversed(found) if p.key and (p.key <= key or key <= p.key)), None)


def _by(
    found: list[Proposal], subjects: list[str], at: int, key: frozenset[str], counter: bool
) -> Proposal | None:
    """The same proposer's recent plan of the same kind, when this report names none other."""
    for p in reversed(found):
        if key and p.key and p.key != key:
            continue
        if p.counter == counter and set(subjects) & set(p.proposer) and at - p.last <= LINK_DAYS:
            return p
    return None


def _answered(
    found: list[Proposal], responders: list[str], whose: list[str], at: int, named: bool = False
) -> Proposal | None:
    """The plan a response answers: the latest by whom it names, else by anyone else."""
    if whose:  # the named owner's own recent plan, before one no report said whose
        for p in reversed(found):
            if at - p.last <= LINK_DAYS and set(whose) & set(p.proposer):
                return p
    for p in reversed(found):
        if at - p.last > LINK_DAYS:
            continue
        if whose:
            if named and not p.proposer:  # answered before its name said whose it was
                p.proposer.update(dict.fromkeys(whose))
                return p
        elif p.proposer and not set(p.proposer) & set(responders):
            return p
        elif not p.proposer and not {a for a, _, _ in p.history} & set(responders):
            return p  # a plan no report said whose, answered by others so far: this one too
    return None


def _describe(
    reader: Reader, p: Proposal, mediators: frozenset[str] | set[str] = frozenset()
) -> dict[str, Any]:
    made = [r for r in p.records if r["type"] in MADE]
    responses: dict[str, dict[str, Any]] = {}
    history = []
    for actor, response, r in p.history:
        cited = reader.source(r["position"])
        on = r["occurred"]["start"]
        before = responses.get(actor)
        responses[actor] = {"response": response, "on": on, "source": cited}
        if before and _conflict(before, responses[actor]):
            responses[actor]["conflicting"] = before  # reports disagree: both are shown
        history.append({"actor": actor, "response": response, "on": on})
    terms = [t for r in made for t in (*r["issues"], *r["attributes"].get("terms", ()))]
    days = next((span_days(r["evidence"]) for r in made if span_days(r["evidence"])), None)
    articles = {r["article"] for r in p.records}
    proposer = list(p.proposer)
    label = p.name or _label(proposer, p)
    inferred = not proposer and bool(responses) and not made
    if inferred:
        # A plan put to a side with no report saying whose: in mediated talks, the mediators'
        # (or passed on by them); not those who answered it.
        proposer = sorted(a for a in mediators if a not in responses)
        inferred = bool(proposer)
    return {
        "proposal_id": label,
        "name": p.name,
        "type": made[0]["type"] if made else None,
        "proposer": proposer,
        "proposer_inferred": inferred,
        "made": made[0]["occurred"]["start"] if made else None,
        "terms": list(dict.fromkeys(terms)),
        "duration_days": days,
        "summary": next((r["attributes"].get("summary") for r in made), "") or "",
        "responds_to": next((r["attributes"].get("responds_to") for r in made), None),
        "responses": dict(sorted(responses.items())),
        "history": history,
        "source_count": len(articles),
        "uncorroborated": len(articles) == 1,
        "sources": [reader.source(r["position"]) for r in p.records],
    }


def _conflict(before: dict[str, Any], now: dict[str, Any]) -> bool:
    """Another article gave another answer only days before: conflicting reports."""
    days = (date.fromisoformat(now["on"]) - date.fromisoformat(before["on"])).days
    return (
        before["response"] != now["response"]
        and before["source"]["article"] != now["source"]["article"]
        and days <= CONFLICT_DAYS
    )


def _label(proposer: list[str], p: Proposal) -> str:
    kind = "counterproposal" if p.counter else "proposal"
    who = "+".join(proposer) or "unknown"
    return f"{who} {kind} of {date.fromordinal(p.first).isoformat()}"


SUBJECT = "@subject"  # an owner that is the event's own subject ('his proposal')


# The verb of an answer, to find the plan it answers among several a sentence names.
ANSWER_VERB = {
    "ProposalAccepted": re.compile(
        r"\b(?:accept|agree|endorse|approve|embrace|welcome)(?:s|d|ed|ing)?\b", re.IGNORECASE
    ),
    "ProposalRejected": re.compile(
        r"\b(?:reject|dismiss|rebuff|spurn|refuse|turn(?:ed)? down)(?:s|d|ed|ing)?\b",
        re.IGNORECASE,
    ),
}


def answer_at(record: dict[str, Any]) -> int | None:
    """Where in its sentence an answer's verb stands, if the sentence has one such verb."""
    verb = ANSWER_VERB.get(record["type"])
    found = list(verb.finditer(record["evidence"])) if verb else []
    return found[0].start() if len(found) == 1 else None


# 'countered by the ELN, whose own plan Bogota rejected': the plan of the one named before.
WHOSE = re.compile(r"([A-Z][\w.'’-]*),?\s+whose\s+(?:own\s+)?$")


CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:but|while|whereas)\b")


def _from_verb(text: str, at: int, match: re.Match[str]) -> tuple[int, int]:
    """How far a plan stands from an answer's verb: its object in the clause after it first,
    then those before it, nearest first, then those further on."""
    if match.start() >= at:
        return (0 if not CLAUSE_BREAK.search(text, at, match.start()) else 2, match.start() - at)
    return (1, at - match.end())


@lru_cache(maxsize=65_536)
def naming(text: str, at: int | None = None) -> tuple[frozenset[str], str | None, tuple[str, ...]]:
    """(distinctive words, name, owners) of the plan a sentence names: the first, or when the
    answer's verb stands ``at`` a place, the one nearest it ('the first version of the Paris
    framework was accepted by the government but countered by the rebels, whose own plan the
    government rejected': the government rejected the rebels' plan, not the framework).

    'the Egyptian three-stage plan' -> ({'three-stage'}, 'egyptian three-stage plan', [egypt]).
    """
    matches = list(NOUN.finditer(text))
    if at is not None and len(matches) > 1:
        matches.sort(key=lambda m: _from_verb(text, at, m))
    for match in matches:
        whose = WHOSE.search(text, 0, match.start())
        if whose:
            return frozenset(), None, tuple(a for a in [owner_of(whose.group(1))] if a)
        words = text[: match.start()].split()
        taken: list[str] = []
        stop = ""
        for word in reversed(words[-5:]):
            bare = _possessor(word.strip(',;:"()'))
            if bare and (bare[0].isupper() or NAMING.match(bare.lower())):
                taken.insert(0, bare)
                continue
            stop = bare.lower()
            break
        parts = [part for w in taken for part in w.split("-")]
        owners = [owner_of(w) for w in (*taken, *parts) if owner_of(w)]
        named = _named_in(tuple(taken))  # 'the United Nations proposal'
        owners += named
        covered = {w for a in named for n in _full_names_of(a) for w in n.split()}
        if stop in ("his", "her", "its", "their", "our"):
            owners.append(SUBJECT)  # 'rejected ... his latest proposal': the speaker's own
        key = frozenset(
            w.lower()
            for w in taken
            if w.lower() not in GENERIC
            and not owner_of(_possessor(w))
            and _possessor(w).lower() not in covered
            and not all(owner_of(p) for p in w.split("-"))
            and w[0] not in "0123456789"
        )
        noun = match.group(1).lower()
        name = " ".join([*(w.lower() for w in taken), noun]) if key else None
        by = BY.match(text, match.end())
        if by:  # 'a proposal put forward by Egyptian and Qatari mediators', '... by Witkoff'
            owners += _listed_owners(by.group(1))
        return key, name, tuple(dict.fromkeys(a for a in owners if a))
    return frozenset(), None, ()


def _listed_owners(listed: str) -> list[str | None]:
    """Who the names of a list are ('the United States, United Arab Emirates, Saudi Arabia,
    and Egypt'): a name of several words as a whole, else its words one by one."""
    owners: list[str | None] = []
    for name in LISTED.split(listed):
        name = name.strip(" ,")
        whole = _full_names().get(name.lower().rstrip("."))
        owners += [whole] if whole else [owner_of(w.strip(",")) for w in name.split()]
    return owners


@lru_cache(maxsize=1)
def _full_names() -> dict[str, str]:
    """Names of several words of states and organisations ('United States', 'Saudi Arabia')."""
    found: dict[str, str] = {}
    try:
        from projections.facts import registry as read_registry

        for actor in read_registry().actors.values():
            if actor.kind in ("state", "organisation", "organization"):
                for name in actor.names:
                    if " " in name:
                        found.setdefault(name.lower(), actor.id)
    except Exception:  # no registry: single words only
        pass
    return found


def top(ids: list[str]) -> list[str]:
    """Organisations without those part of another one listed (the CIA beside the US)."""
    parents = _names()[2]
    return [a for a in ids if parents.get(a) not in ids]


def _possessor(word: str) -> str:
    """'Hamas'' and 'Egypt's' -> 'Hamas', 'Egypt'."""
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def actor_of(word: str) -> str | None:
    """The organisation a single word names ('Hamas', 'Egyptian'), if the registry knows it."""
    return _names()[0].get(_word(word))


def owner_of(word: str) -> str | None:
    """The organisation a word names, or the one the person it names acts for ('Trump')."""
    return actor_of(word) or _names()[1].get(_word(word))


def _word(word: str) -> str:
    return word.lower().rstrip(".").replace(".", "")


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Single words naming organisations, persons' surnames naming what they act for, and
    the organisation each organisation is part of."""
    orgs: dict[str, str] = {a: a for a in organisations() if "_" not in a}
    persons: dict[str, str] = {}
    parents: dict[str, str] = {}
    try:
        from projections.facts import registry as read_registry

        registry = read_registry()
        for actor in registry.actors.values():
            if actor.part_of:
                parents[actor.id] = actor.part_of
            if actor.kind in ("state", "organisation", "organization"):
                for name in (*actor.names, *actor.adjectives, *actor.short):
                    if " " not in name:
                        orgs.setdefault(_word(name), actor.id)
            elif actor.kind == "person":
                acts_for = [t.target for t in actor.acts_for] + [
                    registry.offices[t.target].org
                    for t in actor.holds
                    if t.target in registry.offices
                ]
                if acts_for:
                    for name in actor.names:
                        persons.setdefault(_word(name.split()[-1]), acts_for[-1])
    except Exception:  # no registry: the built-in organisations only
        pass
    return orgs, persons, parents


def _start(record: dict[str, Any]) -> int:
    return ordinal(record["occurred"]["start"])
