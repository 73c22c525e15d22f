"""Truces and agreements as a lifecycle: accepted, agreed, in force, extended, ended.

Reports are read in world-date order as a small state machine over a bounded look back, so
an answer costs the same on ten events or a million. The rules are in docs/projections.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from domain.durations import SPAN, span_days
from projections.canonical import bisect_right_day
from projections.facts import ordinal, principals
from projections.negotiations import never_sides, stand_ins
from projections.proposals import CONDITIONAL, naming
from projections.reader import Reader, actor_ids, day, derived

LOOKBACK_DAYS = 450  # reports older than this do not start or end a truce
EFFECT_DAYS = 10  # a truce taking effect this soon after it was agreed is the same truce
# ... or this soon, when the article reporting the agreement says when it takes effect
# ('signed on Thursday; the ceasefire will take effect on May 10', eleven days later)
PLANNED_EFFECT_DAYS = 90
PAIR_DAYS = 14  # acceptances by both sides this close together make an agreement
ROUND_SPAN_DAYS = 7  # an agreement dated to a span this short (a round's days) is one truce agreed
FEW_DAYS = frozenset({"approx", "week"})  # a truce report dated so may be dated by its span
GRACE_DAYS = 2  # contrary evidence this close to a confirmation does not end a truce
# a truce renewed for another term this long at most ran its last term of that length before
RENEWAL_DAYS = 92
LATE_DAYS = 21  # a truce reported to collapse this soon after its stated end held till then
STALE_DAYS = 45  # an open-ended truce from one source, unconfirmed this long, is unconfirmed
LIMIT = 24  # truce reports read; a third of it of each other kind
RECENT_TRUCES = 8  # talks, plans and releases are read from the start of this many truces
ACCEPTANCE_DAYS = 120  # acceptances listed
MAX_ACCEPTANCES = 10
TRUCE_ISSUES = frozenset({"temporary_truce"})
CONTRARY_TYPES = ("TalksOpened", "ProposalMade", "CounterproposalMade", "AppealMade")
CONFIRMING_TYPES = ("HostagesReleased", "PrisonersReleased")
# reports whose sentence may tell of a truce in passing ('the ongoing truce deal')
MENTIONING_TYPES = (
    *CONTRARY_TYPES,
    *CONFIRMING_TYPES,
    "StatementIssued",
    "DemandStated",
    "DelegationArrived",  # 'negotiators travelled to Doha as the fragile truce held'
    "DelegationSent",
)
HOLDING = frozenset({"agreed", "in_force"})


@dataclass
class Episode:
    """One truce, from all the reports of it."""

    agreed_on: int
    start: int
    until: int | None  # the stated end (start plus duration and extensions); None: unsaid
    dating: str  # "day": dated to the day; "derived": from a stated length; "vague"
    parties: dict[str, None]
    mediators: dict[str, None]
    confirmed: int
    members: list[dict[str, Any]] = field(default_factory=list)
    effect: bool = False  # a report says when it took effect
    agreed_known: bool = False  # a report dated to the day says when it was agreed
    ended: int | None = None
    end_reason: str | None = None
    end_source: dict[str, Any] | None = None


def truce(
    reader: Reader, today: int, mediators: frozenset[str], sides: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The truce between the negotiating ``sides`` on ``today``, and who accepted what."""
    reports = _reports(reader, today)
    deals = _deals(reader, today, mediators, sides)
    acceptances, agreements = _classify(reports, mediators, today, sides)
    agreements += [(r, [r]) for r in deals if ENDS_FIGHTING.search(r["evidence"])]
    agreements.sort(key=lambda a: (a[0]["occurred"]["start"], a[0]["position"]))
    if any(r["type"] == "ProposalAccepted" for r, _ in agreements):
        reports = sorted(
            {r["position"]: r for r in (*reports, *deals)}.values(),
            key=lambda r: (r["occurred"]["start"], r["position"]),
        )
    episode = _latest_episode(reader, today, agreements, reports, mediators, sides)
    described = _describe(reader, today, episode)
    return {
        "truce": described,
        "acceptances": _acceptances(reader, today, reports, acceptances, mediators),
        "deal": _standing_deal(reader, today, deals, episode, described),
    }


def _deals(
    reader: Reader, today: int, mediators: frozenset[str], main: frozenset[str]
) -> list[dict[str, Any]]:
    """Settlements both sides signed or agreed together ('Armenia and Azerbaijan signed a
    peace declaration', 'Kosovo and Serbia agreed on the implementation of the agreement', 'a
    peace agreement between Rwanda and the DRC was signed', 'a deal was reached between X and Y'):
    a deal, truce or not. Not a swap agreed between them, nor both answering a plan apart."""
    found = []
    for r in reader.records(deal_positions(reader, today)):
        if r["modality"] == "expected" or r["rule"] not in DEAL_RULES:
            continue
        sides = set(sides_of(r, mediators))
        if (main <= sides if len(main) == 2 else len(sides) >= 2) and _settles(r["evidence"]):
            found.append(r)
    return sorted(found, key=lambda r: (r["occurred"]["start"], r["position"]))


# Both sides' agreement, told actively ('X and Y signed'), as reached ('an agreement was
# reached between X and Y'), in the passive ('a peace agreement between X and Y was signed',
# 'deals signed Tuesday by X and Y') or named by its day ('the May 11 Jeddah Declaration');
# one side's yes to terms is no deal.
DEAL_RULES = frozenset(
    {"agreement.mutual", "agreement.reached", "agreement.signed_by", "agreement.named_day"}
)


def deal_positions(reader: Reader, today: int) -> list[int]:
    """The positions of the reports ``_deals`` reads: acceptances and conclusions of late."""
    return reader.once("deal_positions", today, lambda: _deal_positions(reader, today))  # type: ignore[no-any-return]


def _deal_positions(reader: Reader, today: int) -> list[int]:
    index, since = reader.index, today - LOOKBACK_DAYS
    positions = []
    for name in ("ProposalAccepted", "TalksConcluded"):
        positions += reader.latest(index.of_type(name), today, since, LIMIT)
    return positions


def _settles(text: str) -> bool:
    if not SETTLEMENT.search(text) or IN_PRINCIPLE.search(text):
        return False
    return not EXCHANGE_ONLY.search(text) or bool(PEACE.search(text))


SETTLEMENT = re.compile(
    r"\b(?:peace|normali[sz]\w*|treaty|accords?|declarations?|agreements?|deals?|settlement|"
    r"pact|memorandum|protocol|armistice)\b",
    re.IGNORECASE,
)
# a swap, a trade or a corridor agreed between the sides settles nothing between them
EXCHANGE_ONLY = re.compile(
    # ('agreed on 40 amendments to the lists': the names a swap will free)
    r"\b(?:swaps?|exchanges?|prisoners?|detainees|captives|bodies|pows|grain|trade|commerc\w*|"
    r"lists|wounded|"
    r"energy|shipping|navigation)\b",
    re.IGNORECASE,
)
# agreed in principle, the deal still to be written and signed: 'a general agreement was
# reached on the plan and would now be put in writing', 'an agreement in principle'
IN_PRINCIPLE = re.compile(
    r"\b(?:general|broad|preliminary|tentative)\s+agreement\b|\bagreement\s+in\s+principle\b|"
    r"\b(?:be|being)\s+put\s+(?:down\s+)?in\s+writing\b",
    re.IGNORECASE,
)
PEACE = re.compile(r"\b(?:peace|normali[sz]\w*|treaty)\b", re.IGNORECASE)
# a settlement that ends the fighting is also a truce, with no stated end
ENDS_FIGHTING = re.compile(
    r"\b(?:end|ends|ending|stop|stops|stopping|halt|halts|halting|cease|ceases|ceasing)\s+"
    r"(?:all\s+|the\s+)?(?:[\w-]+\s+)?(?:fighting|hostilities|war|conflict)\b",
    re.IGNORECASE,
)


def _standing_deal(
    reader: Reader,
    today: int,
    deals: list[dict[str, Any]],
    episode: Episode | None,
    described: dict[str, Any],
) -> dict[str, Any] | None:
    """The latest settlement, while it stands: not ended by a collapse of talks or truce, or
    a recall, since; one tied to a truce (agreed with it, or naming it) stands while the
    truce does, or, when the truce only went unreported (unconfirmed), until undone."""
    if not deals:
        return None
    latest = deals[-1]
    at = _start(latest)
    if episode is not None and (
        episode.agreed_on >= at - PAIR_DAYS or TRUCE.search(latest["evidence"])
    ):
        if described["status"] == "unconfirmed":
            if _undone(reader, today, at):
                return None  # a signed deal stands though its truce went unreported, until undone
        elif not holding(described):
            return None  # the truce's deal: it ended with the truce
    elif _undone(reader, today, at):
        return None
    same = [r for r in deals if _start(r) >= at - PAIR_DAYS]
    articles = {r["article"] for r in same}
    return {
        "on": latest["occurred"]["start"],
        "parties": sorted({a for r in same for a in sides_of(r, frozenset())}),
        "source_count": len(articles),
        "uncorroborated": len(articles) == 1,
        "modality": _modality(same),
        "sources": [reader.source(r["position"]) for r in same],
    }


def _undone(reader: Reader, today: int, since: int) -> bool:
    """Whether talks or a truce collapsed, or negotiators were recalled, after ``since``."""
    index = reader.index
    for name in ("CeasefireCollapsed", "TalksConcluded", "DelegationRecalled"):
        for r in reader.records(reader.latest(index.of_type(name), today, since + 1, LIMIT)):
            if r["modality"] == "expected":
                continue
            if name != "TalksConcluded" or r["attributes"].get("outcome") == "collapsed":
                return True
    return False


def _reports(reader: Reader, today: int) -> list[dict[str, Any]]:
    """Reports that bear on truces, in world-date order (effects just ahead included)."""
    records = reader.records(report_positions(reader, today))
    return sorted(records, key=lambda r: (r["occurred"]["start"], r["position"]))


def report_positions(reader: Reader, today: int) -> list[int]:
    """The positions of the reports that bear on truces on ``today``, each once.

    Talks, plans, appeals and releases matter only from the latest truces on: they are read
    from the start of the eighth latest truce report, so an answer reads a bounded window."""
    return reader.once("report_positions", today, lambda: _report_positions(reader, today))  # type: ignore[no-any-return]


def _report_positions(reader: Reader, today: int) -> list[int]:
    index, since = reader.index, today - LOOKBACK_DAYS
    truces = reader.latest_starts(index.of_type("CeasefireAgreed"), today, since, LIMIT)
    positions = [p for _, p in truces]
    recent = min((start for start, _ in truces[:RECENT_TRUCES]), default=today) - GRACE_DAYS
    for name in ("TruceExtended", "CeasefireCollapsed", "TalksConcluded"):
        positions += reader.latest(index.of_type(name), today, since, LIMIT // 3)
    positions += reader.latest(
        index.of_type("ProposalAccepted"), today, today - ACCEPTANCE_DAYS, MAX_ACCEPTANCES
    )
    for name in (*CONTRARY_TYPES, *CONFIRMING_TYPES):
        positions += reader.latest(index.of_type(name), today, max(since, recent), LIMIT // 3)
    for name in MENTIONING_TYPES:  # 'the ongoing truce' told in passing, of late
        positions += reader.latest(index.of_type(name), today, today - STALE_DAYS, LIMIT // 3)
    for name, days in (
        ("CeasefireAgreed", PLANNED_EFFECT_DAYS),
        ("CeasefireCollapsed", LATE_DAYS),
        ("TruceExtended", RENEWAL_DAYS),
    ):
        ahead = index.of_type(name)
        for found, i in enumerate(ahead.forwards(today, today + days, reader.known), 1):
            positions.append(ahead.positions[i])
            if found >= LIMIT:
                break
    return list(dict.fromkeys(positions))


def sides_of(record: dict[str, Any], mediators: frozenset[str], *roles: str) -> list[str]:
    """The negotiating sides among a record's actors: organisations, not mediators, nor the
    bodies that are never a side ('the UN envoy announced a two-month truce renewal' is the
    sides' truce, not one of the UN's with another party). Kept with the record: do not
    change the list."""
    if type(mediators) is not frozenset:
        mediators = frozenset(mediators)
    return derived(  # type: ignore[no-any-return]
        record, ("sides", mediators, roles), lambda: _sides_of(record, mediators, roles)
    )


def _sides_of(
    record: dict[str, Any], mediators: frozenset[str], roles: tuple[str, ...]
) -> list[str]:
    named = set(record["attributes"].get("mediators") or ()) | set(actor_ids(record, "mediator"))
    named |= never_sides()
    found = principals(actor_ids(record, *(roles or ("subject", "participant", "target"))))
    # a state acting for a side that is no state ('Lebanon extended its truce with Israel')
    # is that side, unless named as mediating here
    standing = stand_ins(record.get("negotiation"))
    found = [standing.get(a, a) if a not in named else a for a in found]
    return list(dict.fromkeys(a for a in found if a not in mediators and a not in named))


def _classify(
    reports: list[dict[str, Any]], mediators: frozenset[str], today: int, main: frozenset[str]
) -> tuple[list[tuple[dict[str, Any], str]], list[tuple[dict[str, Any], list[dict[str, Any]]]]]:
    """One side's acceptances, and agreements (a report, with the reports it rests on)."""
    acceptances: list[tuple[dict[str, Any], str]] = []
    agreements: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    elsewhere = _other_conflicts(reports, mediators, main)
    for r in reports[: _upto(reports, today)]:
        if r["type"] == "TalksConcluded" and r["attributes"].get("outcome") == "agreement":
            agreements.append((r, [r]))
        elif _accepted_together(r, mediators, main):
            agreements.append((r, [r]))  # 'both sides accepted the ceasefire proposal'
        elif _ongoing(r):
            if r["article"] not in elsewhere:
                agreements.append((r, [r]))
        elif r["type"] == "CeasefireAgreed":
            sides = sides_of(r, mediators)
            if len(main) == 2 and set(sides) - main and not main <= set(sides):
                # a truce of another conflict (Israel and Hezbollah beside Gaza); one naming
                # both sides and who announced it (the US) is theirs
                continue
            subjects = sides_of(r, mediators, "subject")
            if r["article"] in elsewhere and not subjects:
                continue  # an article about another conflict's truce: its parties are unnamed
            if len(sides) == 1 and subjects and not _reached(r):
                # 'Hamas agreed to the ceasefire': one side
                earlier = [
                    (a, who)
                    for a, who in acceptances
                    if who != subjects[0] and _start(r) - _start(a) <= PAIR_DAYS
                ]
                acceptances.append((r, subjects[0]))
                if earlier:  # both sides accepted: agreed when the second did
                    agreements.append((r, [r, earlier[-1][0]]))
            else:
                agreements.append((r, [r]))
    return acceptances, agreements


# A deal one side is told to have reached or struck is made with the other: 'Hamas confirmed it
# had reached an agreement that ends the war' (not 'agreed to', an acceptance).
REACHED = re.compile(
    r"\b(?:reached|reaches|struck|strikes|clinched|clinches|sealed|seals|hammered out)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|truce|ceasefire|cease-fire)\b",
    re.IGNORECASE,
)


def _reached(r: dict[str, Any]) -> bool:
    """One side told to have reached a deal (asserted): both sides' agreement."""
    return r["modality"] != "expected" and bool(REACHED.search(r["evidence"]))


def _accepted_together(r: dict[str, Any], mediators: frozenset[str], main: frozenset[str]) -> bool:
    """Both sides accepting a truce's plan in one report ('Both Thailand and Cambodia accepted
    the ceasefire proposal'): they agreed the truce. Not with conditions ('in principle',
    'only if'), nor each side apart (answers to a plan, see the acceptances)."""
    return (
        r["type"] == "ProposalAccepted"
        and r["modality"] != "expected"
        and len(main) == 2
        and main <= set(sides_of(r, mediators, "subject"))
        and bool(ACCEPTED_TRUCE.search(r["evidence"]))
        and not CONDITIONAL.search(r["evidence"])
    )


# What was accepted is a truce: 'accepted the ceasefire proposal', 'approved Malaysia's truce
# plan'; not 'agreed to present views on a possible ceasefire'.
ACCEPTED_TRUCE = re.compile(
    r"\b(?:accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|agreed\s+(?:to|on))\s+"
    r"(?:the\s+|a\s+|an\s+|[\w-]+(?:'s|\u2019s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:proposals?|plans?|offers?|terms|call)\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?)?(?:truce|cease-?fire|cessation\s+of\s+hostilities)\b",
    re.IGNORECASE,
)


def _other_conflicts(
    reports: list[dict[str, Any]], mediators: frozenset[str], main: frozenset[str]
) -> set[str]:
    """Articles reporting a truce with a party other than the two sides (not one naming both
    sides and who brokered it: 'the truce was brokered with China's help')."""
    if len(main) != 2:
        return set()
    found = set()
    for r in reports:
        if r["type"] == "CeasefireAgreed":
            sides = set(sides_of(r, mediators))
            if sides - main and not main <= sides:
                found.add(r["article"])
    return found


def _mention(r: dict[str, Any], mediators: frozenset[str]) -> bool:
    """A report naming only mediators ('Qatar, which brokered the truce, said ...'): it may
    confirm a truce but does not make one."""
    return not sides_of(r, mediators) and bool(actor_ids(r))


def _latest_episode(
    reader: Reader,
    today: int,
    agreements: list[tuple[dict[str, Any], list[dict[str, Any]]]],
    reports: list[dict[str, Any]],
    mediators: frozenset[str],
    sides: frozenset[str] = frozenset(),
) -> Episode | None:
    agreed = {r["position"]: basis for r, basis in agreements}
    episode: Episode | None = None
    ahead = _upto(reports, today)
    for n, r in enumerate(reports):
        at = _start(r)
        if n >= ahead:  # ahead: when it took effect, or that it held till it collapsed
            if episode and r["type"] == "CeasefireAgreed" and _takes_effect(episode, r, at):
                _move_start(episode, r, at)
            elif (
                episode
                and r["type"] == "CeasefireAgreed"
                and at <= today + EFFECT_DAYS
                and _dates(episode, r, at)
            ):
                _confirm(episode, r, at, [r], mediators)  # the day it began, just ahead
            elif (
                episode
                and r["type"] == "TruceExtended"
                and r["modality"] != "expected"
                and episode.ended is None
                and episode.until is not None
                and episode.until < at <= episode.until + GRACE_DAYS
            ):
                episode.until = at - 1  # extended just after its stated end: it held till then
            elif (
                r["type"] == "TruceExtended"
                and today < at <= today + max(1, _renewed_term(r))
                and r["occurred"]["precision"] == "day"
                and _extends_unknown(episode, r, at, mediators, sides)
                and (episode is None or episode.ended is None or episode.ended < at - 1)
            ):
                episode = _extension_opens(episode, r, mediators)  # running the day before
            elif episode and r["type"] == "CeasefireCollapsed" and r["modality"] != "expected":
                if _late(episode, at):
                    episode.until = at - 1
                elif episode.until is None and _expiry(r):
                    episode.until = at
            continue
        if r["position"] in agreed:
            basis = agreed[r["position"]]
            since = _kept_since(r, at)
            if episode and _holds(episode, at) and not _afresh(episode, r, at):
                _confirm(episode, r, at, basis, mediators)
            elif episode and _just_ended(episode, r, at):
                episode.members.append(r)  # the truce that just ended, mentioned
            elif (
                (not _mention(r, mediators) or _ongoing(r))
                and (r["modality"] != "expected" or _came_to_pass(r, reports))
                and not (_ongoing(r) and _violated_only(r["evidence"]) and since is None)
                and not (since is not None and episode and _covers(episode, since))
            ):
                # A deal expected to be reached is none yet: planned reports open no truce.
                opened = _open(r, basis, mediators)
                if since is not None:  # 'urged both sides to respect the August 4 truce'
                    opened.start = opened.agreed_on = min(since, at)
                    opened.agreed_known = True
                if opened.start <= today or opened.agreed_known:
                    episode = opened
            if episode and _not_holding(episode, r, at):
                _end(episode, r, at, "not_holding")
        elif _extends_unknown(episode, r, at, mediators, sides):
            episode = _extension_opens(episode, r, mediators)
        elif episode is None or episode.ended is not None:
            continue
        elif _not_holding(episode, r, at):
            _end(episode, r, at, "not_holding")  # 'fighting persisted despite the truce'
        elif at < episode.start:
            continue
        elif r["modality"] == "expected" and r["type"] in ("TruceExtended", "CeasefireCollapsed"):
            continue  # planned or threatened, not done
        elif r["type"] == "TruceExtended":
            _extend(episode, r, at)
        elif r["type"] == "CeasefireCollapsed" and _expiry(r):
            if episode.until is not None and at > episode.until + LATE_DAYS:
                continue  # a term running out long after this truce's: a later truce's
            if PHASE.search(r["evidence"]):  # 'the first phase expired': the truce goes on
                episode.confirmed = max(episode.confirmed, at)
                if episode.until is not None and at > episode.until:
                    episode.until = None  # it held past the length read: a phase's, not its own
            elif episode.until is None or at < episode.until:
                episode.until = at  # its term ran out; fighting may resume later
            episode.members.append(r)
        elif r["type"] == "CeasefireCollapsed":
            if episode.until is None or at <= episode.until + LATE_DAYS:
                _end(episode, r, at, "collapsed")
        elif r["type"] in CONFIRMING_TYPES and r["attributes"].get("means") != "rescue":
            if episode.until is None or at <= episode.until:
                episode.confirmed = max(episode.confirmed, at)
        elif (
            r["type"] in CONTRARY_TYPES
            and TRUCE_ISSUES & set(r["issues"])
            and not SUSTAIN.search(r["evidence"])
            and episode.until is None
            and at > episode.confirmed + GRACE_DAYS
        ):
            _end(episode, r, at, "lapsed")  # talks to reach a truce: none is in force
    return episode


def _came_to_pass(r: dict[str, Any], reports: list[dict[str, Any]]) -> bool:
    """A truce set to take effect on a day already past when reported, in an article that
    tells it agreed ('both sides agreed to a ceasefire ... it was set to commence from 11
    January', published later): it took effect that day."""
    return (
        r["type"] == "CeasefireAgreed"
        and r["rule"].endswith(".effect")
        and r["occurred"]["precision"] == "day"
        and _start(r) < ordinal(r["reported"])
        and any(
            s["article"] == r["article"]
            and s["type"] == "CeasefireAgreed"
            and s["modality"] != "expected"
            and s is not r
            for s in reports
        )
    )


def _extension_opens(
    episode: Episode | None, r: dict[str, Any], mediators: frozenset[str]
) -> Episode:
    """'the sides agreed to extend the truce by five days', no report of the truce itself
    read: a truce in force that day, for the extension's length, and the day before (the truce
    it extends was running: 'the extension comes into effect when the current truce expires
    today'), unless one ended then."""
    ended = episode.ended if episode is not None else None
    opened = _open(r, [r], mediators)
    days = span_days(r["attributes"].get("extension"))
    opened.until = opened.start + days if days else None
    if opened.dating == "day" and (ended is None or ended < opened.start - 1):
        term = _renewed_term(r)
        # a renewal for another term: the truce renewed ran a term as long before it (in
        # effect then: what takes effect on the day is the renewal)
        opened.start -= max(1, min(term, opened.start - 1 - (ended or 0)))
        opened.agreed_on = min(opened.agreed_on, opened.start)
        opened.effect = opened.effect or term > 0
    return opened


def _renewed_term(r: dict[str, Any]) -> int:
    """The term a renewal repeats ('agreed to renew the truce for two additional months', 'the
    ceasefire was renewed for another 60 days'): the extension's length, else 0 (an extension
    by some days, 'extended by five more days', says nothing of the term before)."""
    if r["modality"] == "expected" or not RENEWED.search(r["evidence"]):
        return 0
    days = span_days(r["attributes"].get("extension")) or 0
    return days if days <= RENEWAL_DAYS else 0


# A renewal for a like term: renewed (rolled over) for another, an additional or a further one.
RENEWED = re.compile(
    r"\b(?:renew(?:s|ed|ing|al)?|roll(?:s|ed|ing)?\s+over)\b[^.;]{0,80}?\bfor\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?(?:another|additional|further)\b|"
    # the renewal named with its length: 'a two-month truce renewal'
    r"\b[\w]+[\s-]+(?:days?|weeks?|months?)[\s-]+(?:truce\s+|cease-?fire\s+)?renewal\b",
    re.IGNORECASE,
)


def _extends_unknown(
    episode: Episode | None,
    r: dict[str, Any],
    at: int,
    mediators: frozenset[str],
    main: frozenset[str],
) -> bool:
    """An extension done (not planned) by a stated length when no truce it could extend is
    known: it tells one in force. Not another conflict's (a party other than the two sides),
    nor a truce said to be extendable ('a 60-day truce that can be extended': no length)."""
    if r["type"] != "TruceExtended" or r["modality"] == "expected":
        return False
    if not span_days(r["attributes"].get("extension")):
        return False
    if len(main) == 2 and set(sides_of(r, mediators)) - main:
        return False
    if episode is None:
        return True
    if episode.ended is not None:
        return at > episode.ended
    return episode.until is not None and at > episode.until + GRACE_DAYS


def _extend(episode: Episode, r: dict[str, Any], at: int) -> None:
    """Longer by the extension's length; by an unsaid length: in force at least till then."""
    if episode.until is not None and at > episode.until + GRACE_DAYS:
        return  # extending a truce that had run out is a new one's business
    days = (
        span_days(r["attributes"].get("extension"))
        or span_days(r["evidence"])
        or _hours_as_days(r["evidence"])
    )
    if days and any(_same_extension(m, r, at, days) for m in episode.members):
        days = None  # the same extension told again (a headline and its story's sentence)
    if episode.until is not None:
        episode.until = episode.until + days if days else max(episode.until, at)
    episode.confirmed = max(episode.confirmed, at)
    episode.members.append(r)


def _same_extension(m: dict[str, Any], r: dict[str, Any], at: int, days: int) -> bool:
    return (
        m["type"] == "TruceExtended"
        and m["article"] == r["article"]
        and _start(m) == at
        and span_days(m["attributes"].get("extension")) == days
    )


HOURS = re.compile(r"\b(\d{2,3})[\s-]*hours?\b", re.IGNORECASE)


def _hours_as_days(text: str) -> int | None:
    """'by 48 hours' is two days (whole days, rounded up)."""
    match = HOURS.search(text)
    return -(-int(match.group(1)) // 24) if match else None


def _expiry(r: dict[str, Any]) -> bool:
    """'The first phase expired on March 1': its term ran out, no fighting said."""
    return bool(EXPIRED.search(r["evidence"])) and not FIGHTING.search(r["evidence"])


# Talks to keep a truce going (extend it, implement it, its next phase) say it holds.
SUSTAIN = re.compile(
    r"\b(?:(?:extend|extends|extending|prolong|prolongs|prolonging|lengthen\w*|implement\w*|"
    r"consolidat\w*|maintain\w*|preserv\w*|sustain\w*|renew(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+over)"
    r"\s+(?:the\s+|its\s+|their\s+|this\s+|a\s+)?"
    r"(?:\w+\s+)?(?:truce|cease-?fire|pause|deal|agreement|it)\b|(?:extended|prolonged|renewed)\s+"
    r"(?:the|its|it)\b|extension|renewal|(?:second|next|later)\s+(?:phase|stage)|phase\s+(?:two|2))",
    re.IGNORECASE,
)
PHASE = re.compile(r"\b(?:phase|stage)\b", re.IGNORECASE)
EXPIRED = re.compile(r"\bexpir(?:ed|es|y|ing)\b|\bran out\b|\blapsed\b", re.IGNORECASE)
FIGHTING = re.compile(
    r"\bresum\w*\b|\bstrikes?\b|\bshatter\w*|\bcollaps\w*|\bbroke down\b", re.IGNORECASE
)


def _holds(episode: Episode, at: int) -> bool:
    """Whether a report dated ``at`` is of this truce rather than a new one."""
    if episode.ended is not None and at > episode.ended:
        return False
    if episode.until is not None:
        return at <= episode.until + GRACE_DAYS
    return at <= episode.confirmed + LOOKBACK_DAYS


def _ongoing(r: dict[str, Any]) -> bool:
    """A report telling in passing of a truce in force ('talks on the next stages of the
    ongoing truce deal', 'the fragile ceasefire'): in force that day, start unknown. Not one
    telling its end, and not talks or plans for one ('the current ceasefire proposal').
    Kept with the record: past a few thousand sentences, those read again are no longer in
    the cache of texts."""
    if r["type"] not in MENTIONING_TYPES or r["modality"] == "expected":
        return False
    return derived(r, "ongoing", lambda: _tells_ongoing(r["evidence"]))  # type: ignore[no-any-return]


@lru_cache(maxsize=8192)
def _tells_ongoing(text: str) -> bool:
    within = DAY_OF_TRUCE.search(text)
    if within and PLANNED_TRUCE.search(within.group(0)):
        within = None  # 'under the proposed truce': one still to come
    told = ONGOING.search(text) or within or VIOLATED.search(text) or KEPT.search(text)
    return bool(told) and not ENDING.search(text)


@lru_cache(maxsize=8192)
def _violated_only(text: str) -> bool:
    """Told in passing only as violated or kept: it confirms a truce that holds, and opens
    none."""
    return not (ONGOING.search(text) or DAY_OF_TRUCE.search(text)) and bool(
        VIOLATED.search(text) or KEPT.search(text)
    )


def _kept_since(r: dict[str, Any], at: int) -> int | None:
    """The day a truce told only as one to keep was agreed, when its sentence names it ('urged
    the sides to respect the August 4 ceasefire agreement', 'reaffirmed their commitment to the
    truce agreed on 3 March'): in force from then, when no truce was known."""
    if not _ongoing(r) or not _violated_only(r["evidence"]) or not KEPT.search(r["evidence"]):
        return None
    m = NAMED_TRUCE.search(r["evidence"])
    if not m:
        return None
    month = MONTH_NUMBERS[(m["mon"] or m["mon2"] or m["mon3"] or m["mon4"])[:3].lower()]
    number = int(m["day"] or m["day2"] or m["day3"] or m["day4"])
    year = date.fromordinal(at).year
    for y in (year, year - 1):
        try:
            named = date(y, month, number).toordinal()
        except ValueError:
            continue
        if named <= at:
            return named if at - named <= LOOKBACK_DAYS else None
    return None


def _covers(episode: Episode, since: int) -> bool:
    """Whether a truce read already began by ``since`` (the one named), or ended after it
    (so the one named is the truce that ended: a call to keep it restores none)."""
    if episode.ended is not None:
        return episode.ended >= since
    return episode.start <= since or (episode.until is not None and episode.until >= since)


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# A truce named by the day it was agreed: 'the August 4 ceasefire', 'the 30 July truce
# agreement', 'the ceasefire agreed on March 3', 'the truce of 4 August'.
NAMED_TRUCE = re.compile(
    rf"\bthe\s+(?:(?P<mon>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH}))\s+(?:[\w-]+\s+)?(?:truce|cease-?fire)\b|"
    r"\b(?:truce|cease-?fire)\s+(?:deal\s+|agreement\s+|accord\s+)?(?:(?:agreed|signed|reached|"
    r"brokered|announced|declared|concluded)\s+)?(?:on|of)\s+"
    rf"(?:(?P<mon3>{_MONTH})\s+(?P<day3>\d{{1,2}})|(?P<day4>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?P<mon4>{_MONTH}))\b",
    re.IGNORECASE,
)


ONGOING = re.compile(
    r"\b(?:ongoing|current|existing|fragile|shaky|tenuous)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:truce|cease-?fire)\b(?!\s+(?:talks|negotiations|proposals?|plans?|efforts|bid|push|"
    r"framework|offer|terms|drafts?|discussions|mediation|deal\s+talks))|"
    # the same said of it: 'the ceasefire is fragile', 'the truce deal remains shaky'
    r"\b(?:truce|cease-?fire)\s+(?:deal\s+|agreement\s+)?(?:is|remains|looks|appears)\s+"
    r"(?:still\s+|very\s+|extremely\s+|increasingly\s+)?(?:fragile|shaky|tenuous)\b",
    re.IGNORECASE,
)
# A truce said to be broken in deeds ('accused Hamas of violating the ceasefire', 'breaches of
# the truce', 'killed despite the ceasefire'): violated, so still in force when one holds; it
# opens none (a side accuses the other of breaking the truce it has just ended).
VIOLATED = re.compile(
    r"\b(?:violat\w*|breach\w*)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire)\b"
    r"(?!\s+(?:talks|negotiations|proposals?|plans?|efforts|framework|offer|terms|drafts?))|"
    r"\bdespite\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire)\b(?!\s+(?:talks|"
    r"negotiations|proposals?|plans?|efforts|bid|push|calls|hopes|pressure|appeals|framework|offer))",
    re.IGNORECASE,
)
# A deed dated by the truce's own days ('freed on the first day of the ceasefire', 'in the
# second week of the truce', 'released under the ceasefire deal'): the truce held that day.
DAY_OF_TRUCE = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:full\s+)?"
    r"(?:day|week|month)\s+of|under)\s+(?:the\s+)?(?:terms\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:truce|cease-?fire)\b(?!\s+(?:talks|negotiations|proposals?|plans?|framework|offer|drafts?))|"
    # 'the truce, now in its fourth day', 'killed since the ceasefire took effect'
    r"\b(?:truce|cease-?fire),?\s+(?:now\s+)?in\s+its\s+(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|\d+(?:st|nd|rd|th))\s+(?:full\s+)?(?:day|week|month)\b|\bsince\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire)\s+(?:took effect|began|started|came into (?:effect|"
    r"force)|went into effect|took hold|was agreed)\b",
    re.IGNORECASE,
)
# A truce told as one to keep ('urged both sides to uphold the ceasefire', 'a force to monitor
# the truce', 'talks on the second phase of the ceasefire', 'the truce is largely holding'):
# so one is in force, when one holds (it opens none, as VIOLATED).
KEPT = re.compile(
    r"\b(?:uphold\w*|upheld|respect\w*|maintain\w*|preserv\w*|consolidat\w*|implement\w*|"
    r"monitor\w*|observ(?:e|es|ed|ing)|adher\w*\s+to|abid\w*\s+by|(?:stick|sticks|stuck)\s+to|"
    r"(?:commitment|committed|commits?)\s+to|safeguard\w*|protect\w*|shor\w+\s+up|strengthen\w*|"
    r"sustain\w*)\s+(?:the|its|this|their)\s+(?!(?:immediate|permanent|lasting|new|possible|"
    r"future|proposed|planned|potential|next)\b)(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire)\b"
    r"(?!\s+(?:talks|negotiations|proposals?|plans?|efforts|bid|push|framework|offer|terms|"
    r"drafts?))|"
    r"\b(?:second|next|third|later|final)\s+(?:phase|stage)s?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:truce|cease-?fire)\b|"
    r"\b(?:truce|cease-?fire)\s+(?:deal\s+|agreement\s+)?(?:is|was|has been|remains|remained)\s+"
    r"(?:largely\s+|mostly\s+|still\s+|broadly\s+)?(?:holding|in place|in effect|in force)\b|"
    # the body that watches over it at work: 'met under the cease-fire monitoring mechanism',
    # 'the truce supervision committee convened'
    r"\b(?:truce|cease-?fire)\s+(?:monitoring|supervision|verification|oversight|"
    r"implementation)\s+(?:mechanism|committee|commission|body|team|mission|group)s?\b",
    re.IGNORECASE,
)
PLANNED_TRUCE = re.compile(
    r"\b(?:proposed|planned|possible|potential|draft|new|future|next|any|expected)\b", re.IGNORECASE
)
# ('under the truce before it collapsed' tells its end; 'Before the latest handover, the
# remains of 24 hostages were returned under the current truce' does not)
ENDING = re.compile(
    r"\b(?:collaps\w*|shatter\w*|ended|ending|ends|broke|broken|resum\w*|expired|expires|"
    r"(?:is|was|are|were|been|now)\s+over|lapsed)\b|"
    r"\b(?:truce|cease-?fire|deal|agreement)\b[^.;]*?\bbefore\b",
    re.IGNORECASE,
)


def _afresh(episode: Episode, r: dict[str, Any], at: int) -> bool:
    """A report of an agreement itself, dated to the day, after an open-ended truce went
    unconfirmed for weeks, or said to be of a new truce: a new truce agreed, not the old one
    confirmed (the old one's end may have gone unreported, or fallen out of what is read)."""
    if not _agreeing(r) or r["occurred"]["precision"] != "day":
        return False
    if NEW_TRUCE.search(r["evidence"]) and at > episode.start:
        return True  # 'agreed to a new humanitarian truce': not the last one confirmed
    return episode.until is None and at > episode.confirmed + STALE_DAYS


# A truce said to be new, agreed after another: 'agreed to a new ceasefire', 'a fresh truce'.
NEW_TRUCE = re.compile(
    r"\b(?:new|fresh|second|third|another)\s+(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire)\b"
    r"(?!\s+(?:talks|negotiations|proposals?|plans?|framework|offer|terms|drafts?|efforts|bid))",
    re.IGNORECASE,
)


def _not_holding(episode: Episode, r: dict[str, Any], at: int) -> bool:
    """A report, once the truce was agreed and before its stated end, that fighting went on
    despite it ('although both leaders had agreed to a ceasefire, fighting persisted'): it
    is not in force. Strikes despite a truce are violations of one that holds."""
    return (
        episode.ended is None
        and r["modality"] != "expected"
        and _tells_fighting_on(r["evidence"])
        and at >= episode.agreed_on
        and (episode.until is None or at <= episode.until)
    )


@lru_cache(maxsize=8192)
def _tells_fighting_on(text: str) -> bool:
    return (
        bool(NOT_HELD.search(text))
        or bool(FIGHTING_ON.search(text) and CONTRAST.search(text) and TRUCE.search(text))
    ) and not BEFORE_TRUCE.search(text)


# Fighting going on (not strikes, which violate a truce that holds), told against a truce.
FIGHTING_ON = re.compile(
    r"\b(?:fighting|clashes|hostilities|combat|battles|shelling)\s+(?:\w+\s+){0,2}?"
    r"(?:persist\w*|continu\w*|rag(?:ed|es|ing)|went on|goes on|carried on)\b",
    re.IGNORECASE,
)
CONTRAST = re.compile(
    r"\b(?:despite|although|though|in spite of|even as|notwithstanding|still)\b", re.IGNORECASE
)
TRUCE = re.compile(r"\b(?:truce|cease-?fire|cessation of hostilities)\b", re.IGNORECASE)
# 'fighting continued until the truce took effect' tells the time before it
BEFORE_TRUCE = re.compile(
    r"\b(?:until|before|ahead of|up to)\s+(?:the\s+)?(?:\w+\s+)?(?:truce|cease-?fire)\b",
    re.IGNORECASE,
)
NOT_HELD = re.compile(
    r"\b(?:truce|cease-?fire)\s+(?:\w+\s+){0,2}?(?:(?:is|was|has|had|have)\s+)?(?:not|never|"
    r"failed to)\s+(?:been\s+)?(?:holding|held|hold|take hold|taken hold|took hold|observed|"
    r"respected)\b",
    re.IGNORECASE,
)


def _just_ended(episode: Episode, r: dict[str, Any], at: int) -> bool:
    return (
        episode.ended is not None
        and at <= episode.ended + GRACE_DAYS
        and not r["rule"].endswith(".effect")
    )


def _late(episode: Episode, at: int) -> bool:
    """A collapse soon after the stated end: the truce held till then (extended unreported)."""
    return episode.until is not None and episode.until < at <= episode.until + LATE_DAYS


def _dates(episode: Episode, r: dict[str, Any], at: int) -> bool:
    """A report dated to the day within a truce dated only by its length: it dates it."""
    return (
        episode.dating == "derived"
        and r["occurred"]["precision"] == "day"
        and not _agreeing(r)
        and episode.until is not None
        and at <= episode.until
    )


def _agreeing(r: dict[str, Any]) -> bool:
    """A report of the agreement itself, which may take effect later: also a deal to end the
    war ('reached an agreement that ends the war'), unlike one to cease fire ('agreed to stop
    the fighting', at once)."""
    return r["rule"].endswith(".agree") or (
        r["rule"] == "ceasefire.cease" and bool(WAR_DEAL.search(r["evidence"]))
    )


WAR_DEAL = re.compile(
    r"\b(?:deal|agreement|accord)\b[^.;]{0,60}?\b(?:end|ends|halt|halts|stop|stops)\s+"
    r"(?:the\s+)?war\b",
    re.IGNORECASE,
)


def _takes_effect(episode: Episode, r: dict[str, Any], at: int) -> bool:
    """A report that the agreed truce took (or takes) effect on a later day: soon after the
    agreement, or when the agreement's own article says so."""
    planned = any(m["article"] == r["article"] for m in episode.members)
    # the same day it was agreed ('agreed on Saturday ... to take effect at noon on Saturday'),
    # not 'at midnight' (the next day's start)
    same_day = at == episode.agreed_on < episode.start and not MIDNIGHT.search(r["evidence"])
    return (
        not _agreeing(r)
        and not episode.effect
        and (
            episode.agreed_on
            < at
            <= episode.agreed_on + (PLANNED_EFFECT_DAYS if planned else EFFECT_DAYS)
            or same_day
        )
        and r["rule"].endswith(".effect")
        and episode.dating == "day"
    )


MIDNIGHT = re.compile(r"\bmidnight\b", re.IGNORECASE)


def _move_start(episode: Episode, r: dict[str, Any], at: int) -> None:
    """Agreed earlier, in force from when it took effect: the stated end moves with it."""
    if episode.until is not None:
        episode.until += at - episode.start
    episode.start, episode.effect = at, True
    episode.members.append(r)


def _open(r: dict[str, Any], basis: list[dict[str, Any]], mediators: frozenset[str]) -> Episode:
    at, end = _start(r), _end_day(r)
    days = _duration(basis)
    if r["occurred"]["precision"] == "day":
        # agreed today, in force from tomorrow at the soonest; an agreement to extend a
        # truce ('announced the extension of its ceasefire until ...') tells one in force,
        # and one to cease fire at once ('agreed to an immediate ceasefire') is in force
        later = (_agreeing(r) or r["type"] == "ProposalAccepted") and not SUSTAIN.search(
            r["evidence"]
        )
        start = at + 1 if later and not IMMEDIATE.search(r["evidence"]) else at
        stated = _stated_start(r, at)
        start = stated if stated is not None else start
        dating, until = "day", (start + days if days else None)
    elif (_agreeing(r) or r["occurred"]["precision"] in FEW_DAYS) and end - at <= ROUND_SPAN_DAYS:
        # agreed on some day of a few ('at talks held from 10 to 11 January the sides agreed a
        # ceasefire', 'the ceasefire agreement announced just days earlier', 'the truce reached
        # last week'): in force from the second day at the soonest, its end only the one stated
        stated = _stated_start(r, at)
        start = stated if stated is not None else at + 1
        dating, until = "day", (start + days if days else None)
    elif days:  # 'a one-week truce in late November': the week that ends the span
        dating, start, until = "derived", max(at, end - days), end
    elif AGREED_IN.search(r["evidence"]):
        # 'despite a truce brokered in October', 'the ceasefire agreed in March': the period
        # dates the agreement, not the truce's extent; in force by its end, till an end is told
        dating, start, until = "derived", end, None
    else:  # 'a ceasefire in November': held at some time then, days unknown
        dating, start, until = "vague", at, end
    effect = r["rule"].endswith(".effect") or _stated_start(r, at) is not None
    episode = Episode(at, start, until, dating, {}, {}, at, effect=effect)
    episode.agreed_known = r["occurred"]["precision"] == "day" and not _ongoing(r)
    _confirm(episode, r, at, basis, mediators)
    return episode


# A truce told as agreed within a period ('a truce brokered in October 2025', 'the ceasefire
# that was reached in early March', 'the accord signed by both sides in June'): the period
# dates its agreement.
AGREED_IN = re.compile(
    r"\b(?:truce|cease-?fire|cessation\s+of\s+hostilities|armistice)\s+"
    r"(?:(?:deal|agreement|accord)\s+)?(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?"
    r"(?:brokered|agreed|reached|signed|struck|sealed|mediated|negotiated|secured|clinched)\s+"
    r"(?:(?:by|between|with)\s+[^,.;]{1,40}?\s+)?(?:in|during)\s+"
    r"(?:early\s+|mid-?|late\s+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b",
    re.IGNORECASE,
)


# A truce agreed to take effect at once: in force on the day it was agreed.
IMMEDIATE = re.compile(
    r"\b(?:immediate(?:ly)?|forthwith|with\s+(?:immediate\s+)?effect\s+from\s+(?:today|now))\b"
    r"|\bcessation[\s-]+of[\s-]+hostilities\b",
    re.IGNORECASE,
)


def _at_once(episode: Episode, r: dict[str, Any], at: int) -> bool:
    """Another report of the agreement, the same day, saying it takes effect at once ('the
    two sides agreed on a cessation of hostilities'), when the first one did not: in force
    that day."""
    return (
        _agreeing(r)
        and r["occurred"]["precision"] == "day"
        and not episode.effect
        and at == episode.agreed_on
        and episode.start == at + 1
        and episode.dating == "day"
        and not SUSTAIN.search(r["evidence"])
        and bool(IMMEDIATE.search(r["evidence"]))
    )


def _held_early(episode: Episode, r: dict[str, Any], at: int) -> bool:
    """A report telling the truce as holding ('committed to upholding the ceasefire', 'accused
    each other of violating the truce') on or after the day it was agreed and before the day
    after, the start guessed when no report said when it takes effect: in force that day."""
    return (
        episode.dating == "day"
        and not episode.effect
        and episode.agreed_on <= at < episode.start
        and r["occurred"]["precision"] == "day"
        and _ongoing(r)
    )


def _stated_start(r: dict[str, Any], at: int) -> int | None:
    """The day the agreement's own sentence says the truce starts ('agreed to a ceasefire
    starting on Sunday', 'agreed to a truce that took effect on Saturday': the extractor's
    ``starts``), that day or within 90 days after."""
    starts = r["attributes"].get("starts")
    if not _agreeing(r) or not isinstance(starts, str):
        return None
    try:
        on = date.fromisoformat(starts).toordinal()
    except ValueError:
        return None
    return on if at <= on <= at + PLANNED_EFFECT_DAYS else None


def _confirm(
    episode: Episode,
    r: dict[str, Any],
    at: int,
    basis: list[dict[str, Any]],
    mediators: frozenset[str],
) -> None:
    for each in basis:
        if all(each["position"] != m["position"] for m in episode.members):
            episode.members.append(each)
        if _ongoing(each):
            continue  # told in passing, by anyone: it names no party
        episode.parties.update(dict.fromkeys(sides_of(each, mediators)))
        named = (*(each["attributes"].get("mediators") or ()), *actor_ids(each, "mediator"))
        episode.mediators.update(dict.fromkeys(named))
    if _takes_effect(episode, r, at):
        _move_start(episode, r, at)
    elif _at_once(episode, r, at) or _held_early(episode, r, at):
        if episode.until is not None:
            episode.until -= episode.start - at
        episode.start = at
    days = _duration(basis)
    exact = r["occurred"]["precision"] == "day"
    if episode.dating != "day" and exact and not _agreeing(r):
        # The report dated to the day dates it; its length is the one stated or derived.
        derived = episode.dating == "derived" and episode.until is not None
        length = days or (episode.until - episode.start if derived else None)  # type: ignore[operator]
        episode.start, episode.dating = at, "day"
        episode.until = at + length if length and episode.until is not None else None
        if days:
            episode.until = at + days
    elif episode.dating == "vague" and exact:
        # Known only as held some time in a period: an agreement dated to the day dates it.
        episode.start, episode.dating, episode.effect = at + 1, "day", False
        episode.until = episode.start + days if days else None
    elif episode.dating == "vague" and days:
        end = _end_day(r)
        episode.start, episode.until, episode.dating = max(at, end - days), end, "derived"
    elif days and episode.until is None and episode.dating != "vague":
        episode.until = episode.start + days
    if exact and _agreeing(r) and (at < episode.agreed_on or not episode.agreed_known):
        episode.agreed_on, episode.agreed_known = min(at, episode.start), True
    if episode.dating != "vague":
        episode.confirmed = max(episode.confirmed, at, episode.start)


def _end(episode: Episode, r: dict[str, Any], at: int, reason: str) -> None:
    episode.ended, episode.end_reason, episode.end_source = at, reason, r


def _describe(reader: Reader, today: int, episode: Episode | None) -> dict[str, Any]:
    if episode is None:
        return {
            "status": "none",
            "status_reason": "no truce reported",
            "agreed_on": None,
            "since": None,
            "until": None,
            "last_confirmed": None,
            "ended": None,
            "parties": [],
            "mediators": [],
            "source_count": 0,
            "uncorroborated": False,
            "modality": None,
            "sources": [],
        }
    status, reason = _status(today, episode)
    articles = {r["article"] for r in episode.members}
    members = episode.members + ([episode.end_source] if episode.end_source else [])
    return {
        "status": status,
        "status_reason": reason,
        "agreed_on": day(episode.agreed_on) if episode.agreed_known else None,
        "since": day(episode.start),
        "until": day(episode.until) if episode.until is not None else None,
        "last_confirmed": day(min(episode.confirmed, today)),
        "ended": day(episode.ended) if episode.ended is not None else None,
        "parties": sorted(episode.parties),
        "mediators": sorted(episode.mediators),
        "source_count": len(articles),
        "uncorroborated": len(articles) == 1,
        "modality": _modality(episode.members),
        "sources": [reader.source(r["position"]) for r in members],
    }


def _status(today: int, episode: Episode) -> tuple[str, str]:
    if episode.ended is not None and episode.ended <= today:
        if episode.end_reason == "collapsed":
            return "collapsed", f"collapsed on {day(episode.ended)}"
        if episode.end_reason == "not_holding":
            return "collapsed", f"not holding: fighting went on despite it on {day(episode.ended)}"
        return "lapsed", f"reported not in force on {day(episode.ended)} (talks to reach a truce)"
    if today < episode.start:
        agreed = f"agreed on {day(episode.agreed_on)}" if episode.agreed_known else "agreed"
        return "agreed", f"{agreed}, takes effect {day(episode.start)}"
    if episode.until is not None and today > episode.until:
        return "expired", f"ran until {day(episode.until)}"
    if episode.dating == "vague":
        return "unconfirmed", "reported only as held at some time in a period"
    if episode.until is not None:
        return "in_force", f"in force since {day(episode.start)} until {day(episode.until)}"
    articles = {r["article"] for r in episode.members}
    # an article published later telling the open-ended truce, and no end of it, tells it
    # unended as far as then ('the ceasefire reached on July 28' in a report of October)
    told = max((ordinal(r["reported"]) for r in episode.members), default=episode.confirmed)
    fresh = max(episode.confirmed, min(told, today))
    if len(articles) == 1 and today - fresh > STALE_DAYS:
        return "unconfirmed", f"one report, not confirmed since {day(episode.confirmed)}"
    return "in_force", f"in force, last confirmed on {day(min(episode.confirmed, today))}"


def _acceptances(
    reader: Reader,
    today: int,
    reports: list[dict[str, Any]],
    ceasefires: list[tuple[dict[str, Any], str]],
    mediators: frozenset[str],
) -> list[dict[str, Any]]:
    """Who accepted what lately: one side's acceptance of a ceasefire or of a plan."""
    found = [(r, who, "ceasefire") for r, who in ceasefires]
    for r in reports:
        if r["type"] == "ProposalAccepted" and _start(r) <= today:
            plan = naming(r["evidence"])[1] or "a proposal"
            found += [(r, who, plan) for who in sides_of(r, mediators, "subject")]
    recent = [f for f in found if today - _start(f[0]) <= ACCEPTANCE_DAYS]
    recent.sort(key=lambda f: (f[0]["occurred"]["start"], f[0]["position"]))
    return [
        {
            "actor": who,
            "accepted": plan,
            "on": r["occurred"]["start"],
            "modality": r["modality"],
            "sources": [reader.source(r["position"])],
        }
        for r, who, plan in recent[-MAX_ACCEPTANCES:]
    ]


def _modality(records: list[dict[str, Any]]) -> str:
    found = {r["modality"] for r in records}
    for modality in ("asserted", "reported"):
        if modality in found:
            return modality
    return "expected"


def _duration(records: list[dict[str, Any]]) -> int | None:
    """The truce's stated length, when its sentence says it of the truce ('a four-day truce',
    'lasting six weeks'), not of something else ('after three days of talks', 'the 12-day war')."""
    for r in records:
        if not span_days(r["attributes"].get("duration")):
            continue
        for match in SPAN.finditer(r["evidence"]):
            before = r["evidence"][max(0, match.start() - 25) : match.start()]
            after = r["evidence"][match.end() : match.end() + 30]
            if not (OF_TRUCE.match(after) or LASTING.search(before)):
                continue
            if PHASE.search(r["evidence"][max(0, match.start() - 40) : match.end() + 12]):
                continue  # a phase's length: the truce is meant to go on into the next one
            if VAGUE_COUNT.match(match.group(1)):
                continue  # 'held for several weeks': how long it held as seen, not its term
            return span_days(match.group(0))
    return None


VAGUE_COUNT = re.compile(r"(?:a\s+)?(?:several|few|some|many)$", re.IGNORECASE)
OF_TRUCE = re.compile(
    r"s?(?:[\s-]+long)?[\s-]+(?:\w+[\s-]+)?(?:truce|cease-?fire|pause|halt|lull|calm|phase|"
    r"humanitarian)",
    re.IGNORECASE,
)
LASTING = re.compile(
    r"(?:lasting|last|lasts|for|of|extend\w*(?: it)? by)\s+(?:up to\s+|another\s+|a further\s+|"
    r"an additional\s+|at least\s+)?$",
    re.IGNORECASE,
)


def _upto(reports: list[dict[str, Any]], today: int) -> int:
    """How many reports (in world-date order) start on or before ``today``: a ``Day``
    placed among their starts once, narrowed as comparing it with each start would."""
    return bisect_right_day([_start(r) for r in reports], today)


def _start(record: dict[str, Any]) -> int:
    return ordinal(record["occurred"]["start"])


def _end_day(record: dict[str, Any]) -> int:
    return ordinal(record["occurred"]["end"])


def holding(truce: dict[str, Any]) -> bool:
    """Whether a deal stands: agreed and not yet in effect, or in force."""
    return truce["status"] in HOLDING
