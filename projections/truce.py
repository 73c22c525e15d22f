"""Truces and agreements as a lifecycle: accepted, agreed, in force, extended, ended.

Reports are read in world-date order as a small state machine over a bounded look back, so
an answer costs the same on ten events or a million. The rules are in docs/projections.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.durations import span_days
from projections.facts import principals
from projections.reader import Reader, actor_ids, day

LOOKBACK_DAYS = 450  # reports older than this do not start or end a truce
EFFECT_DAYS = 10  # a truce taking effect this soon after it was agreed is the same truce
PAIR_DAYS = 14  # acceptances by both sides this close together make an agreement
GRACE_DAYS = 2  # contrary evidence this close to a confirmation does not end a truce
LATE_DAYS = 10  # a truce reported to collapse this soon after its stated end held till then
STALE_DAYS = 45  # an open-ended truce from one source, unconfirmed this long, is unconfirmed
LIMIT = 60  # reports of each kind read
TRUCE_ISSUES = frozenset({"temporary_truce"})
CONTRARY_TYPES = ("TalksOpened", "ProposalMade", "CounterproposalMade", "AppealMade")
CONFIRMING_TYPES = ("HostagesReleased", "PrisonersReleased")
HOLDING = frozenset({"agreed", "in_force"})


@dataclass
class Episode:
    """One truce, from all the reports of it."""

    agreed_on: int
    start: int
    until: int | None  # the stated end (start plus duration and extensions); None: unsaid
    precise: bool  # dated to the day, or derived from a stated duration
    parties: dict[str, None]
    mediators: dict[str, None]
    confirmed: int
    members: list[dict[str, Any]] = field(default_factory=list)
    effect: bool = False  # a report says when it took effect
    ended: int | None = None
    end_reason: str | None = None
    end_source: dict[str, Any] | None = None


def truce(reader: Reader, today: int, mediators: frozenset[str]) -> dict[str, Any]:
    """The truce on ``today`` and the acceptances behind it: ``{truce, agreement}`` parts."""
    reports = _reports(reader, today)
    acceptances, agreements = _classify(reports, mediators, today)
    episode = _latest_episode(reader, today, agreements, reports, mediators)
    return {
        "truce": _describe(reader, today, episode),
        "acceptances": [_acceptance(reader, r, who) for r, who in acceptances[-10:]],
    }


def _reports(reader: Reader, today: int) -> list[dict[str, Any]]:
    """Reports that bear on truces, in world-date order (effects just ahead included)."""
    index, since = reader.index, today - LOOKBACK_DAYS
    positions: list[int] = []
    for name in (
        "CeasefireAgreed",
        "TruceExtended",
        "CeasefireCollapsed",
        "TalksConcluded",
        *CONTRARY_TYPES,
        *CONFIRMING_TYPES,
    ):
        positions += reader.latest(index.of_type(name), today, since, LIMIT)
    for name, days in (("CeasefireAgreed", EFFECT_DAYS), ("CeasefireCollapsed", LATE_DAYS)):
        ahead = index.of_type(name)
        for i in ahead.forwards(today, today + days, reader.known):
            positions.append(ahead.positions[i])
    records = reader.records(list(dict.fromkeys(positions)))
    return sorted(records, key=lambda r: (r["occurred"]["start"], r["position"]))


def sides_of(record: dict[str, Any], mediators: frozenset[str], *roles: str) -> list[str]:
    """The negotiating sides among a record's actors: organisations, not mediators."""
    named = set(record["attributes"].get("mediators") or ()) | set(actor_ids(record, "mediator"))
    found = principals(actor_ids(record, *(roles or ("subject", "participant", "target"))))
    return [a for a in found if a not in mediators and a not in named]


def _classify(
    reports: list[dict[str, Any]], mediators: frozenset[str], today: int
) -> tuple[list[tuple[dict[str, Any], str]], list[tuple[dict[str, Any], list[dict[str, Any]]]]]:
    """One side's acceptances, and agreements (a report, with the reports it rests on)."""
    acceptances: list[tuple[dict[str, Any], str]] = []
    agreements: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for r in reports:
        if _start(r) > today:
            continue
        if r["type"] == "TalksConcluded" and r["attributes"].get("outcome") == "agreement":
            agreements.append((r, [r]))
        elif r["type"] == "ProposalAccepted":
            continue
        elif r["type"] == "CeasefireAgreed":
            sides = sides_of(r, mediators)
            subjects = sides_of(r, mediators, "subject")
            if len(sides) == 1 and subjects:  # 'Hamas agreed to the ceasefire': one side
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


def _latest_episode(
    reader: Reader,
    today: int,
    agreements: list[tuple[dict[str, Any], list[dict[str, Any]]]],
    reports: list[dict[str, Any]],
    mediators: frozenset[str],
) -> Episode | None:
    agreed = {id(r): basis for r, basis in agreements}
    episode: Episode | None = None
    for r in reports:
        at = _start(r)
        if at > today:  # ahead: when it took effect, or that it held till it collapsed
            if episode and r["type"] == "CeasefireAgreed" and _takes_effect(episode, r, at):
                _move_start(episode, r, at)
            elif episode and r["type"] == "CeasefireCollapsed" and _late(episode, at):
                episode.until = at - 1
            continue
        if id(r) in agreed:
            if episode and _holds(episode, at):
                _confirm(episode, r, at, agreed[id(r)], mediators)
            else:
                episode = _open(r, agreed[id(r)], mediators)
        elif episode is None or episode.ended is not None:
            continue
        elif r["type"] == "TruceExtended" and at >= episode.start:
            days = span_days(r["attributes"].get("extension"))
            if episode.until is not None and days and at <= episode.until + GRACE_DAYS:
                episode.until += days
            elif episode.until is None or at <= episode.until + GRACE_DAYS:
                episode.until = None  # extended for how long is unsaid: open again
            episode.confirmed = max(episode.confirmed, at)
            episode.members.append(r)
        elif r["type"] == "CeasefireCollapsed" and at >= episode.start:
            if episode.until is None or at <= episode.until + LATE_DAYS:
                _end(episode, r, at, "collapsed")
        elif r["type"] in CONFIRMING_TYPES and r["attributes"].get("means") != "rescue":
            if episode.start <= at and (episode.until is None or at <= episode.until):
                episode.confirmed = max(episode.confirmed, at)
        elif (
            r["type"] in CONTRARY_TYPES
            and TRUCE_ISSUES & set(r["issues"])
            and episode.until is None
            and at > episode.confirmed + GRACE_DAYS
        ):
            _end(episode, r, at, "lapsed")  # talks to reach a truce: none is in force
    return episode


def _holds(episode: Episode, at: int) -> bool:
    """Whether a report dated ``at`` is of this truce rather than a new one."""
    if episode.ended is not None and at > episode.ended:
        return False
    if episode.until is not None:
        return at <= episode.until + GRACE_DAYS
    return at <= episode.confirmed + LOOKBACK_DAYS


def _late(episode: Episode, at: int) -> bool:
    """A collapse soon after the stated end: the truce held till then (extended unreported)."""
    return episode.until is not None and episode.until < at <= episode.until + LATE_DAYS


def _takes_effect(episode: Episode, r: dict[str, Any], at: int) -> bool:
    return (
        r["rule"].endswith(".effect")
        and not episode.effect
        and episode.agreed_on < at <= episode.agreed_on + EFFECT_DAYS
    )


def _move_start(episode: Episode, r: dict[str, Any], at: int) -> None:
    """Agreed earlier, in force from when it took effect: the stated end moves with it."""
    if episode.until is not None:
        episode.until += at - episode.start
    episode.start, episode.effect = at, True
    episode.members.append(r)


def _open(r: dict[str, Any], basis: list[dict[str, Any]], mediators: frozenset[str]) -> Episode:
    at, end = _start(r), _end_day(r)
    days = _duration(basis)
    precise = r["occurred"]["precision"] == "day"
    if precise:
        start, until = at, (at + days if days else None)
    elif days:  # 'a one-week truce in late November': the week that ends the span
        start, until, precise = max(at, end - days), end, True
    else:  # 'a ceasefire in November': held at some time then, days unknown
        start, until = at, end
    episode = Episode(at, start, until, precise, {}, {}, at, effect=r["rule"].endswith(".effect"))
    _confirm(episode, r, at, basis, mediators)
    return episode


def _confirm(
    episode: Episode,
    r: dict[str, Any],
    at: int,
    basis: list[dict[str, Any]],
    mediators: frozenset[str],
) -> None:
    for each in basis:
        if each not in episode.members:
            episode.members.append(each)
        episode.parties.update(dict.fromkeys(sides_of(each, mediators)))
        named = (*(each["attributes"].get("mediators") or ()), *actor_ids(each, "mediator"))
        episode.mediators.update(dict.fromkeys(named))
    if _takes_effect(episode, r, at):
        _move_start(episode, r, at)
    days = _duration(basis)
    if not episode.precise:  # the most precise report dates it
        if r["occurred"]["precision"] == "day":
            episode.start, episode.precise = at, True
            episode.until = at + days if days else None
        elif days:
            end = _end_day(r)
            episode.start, episode.until, episode.precise = max(at, end - days), end, True
    elif days and episode.until is None:
        episode.until = episode.start + days
    if episode.precise:
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
        "agreed_on": day(episode.agreed_on),
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
        return "lapsed", f"reported not in force on {day(episode.ended)} (talks to reach a truce)"
    if today < episode.start:
        return "agreed", f"agreed on {day(episode.agreed_on)}, takes effect {day(episode.start)}"
    if episode.until is not None and today > episode.until:
        return "expired", f"ran until {day(episode.until)}"
    if not episode.precise:
        return "unconfirmed", "reported only as held at some time in a period"
    if episode.until is not None:
        return "in_force", f"in force since {day(episode.start)} until {day(episode.until)}"
    articles = {r["article"] for r in episode.members}
    if len(articles) == 1 and today - episode.confirmed > STALE_DAYS:
        return "unconfirmed", f"one report, not confirmed since {day(episode.confirmed)}"
    return "in_force", f"in force, last confirmed on {day(min(episode.confirmed, today))}"


def _acceptance(reader: Reader, r: dict[str, Any], who: str) -> dict[str, Any]:
    return {
        "actor": who,
        "accepted": "ceasefire",
        "on": r["occurred"]["start"],
        "modality": r["modality"],
        "sources": [reader.source(r["position"])],
    }


def _modality(records: list[dict[str, Any]]) -> str:
    found = {r["modality"] for r in records}
    for modality in ("asserted", "reported"):
        if modality in found:
            return modality
    return "expected"


def _duration(records: list[dict[str, Any]]) -> int | None:
    for r in records:
        days = span_days(r["attributes"].get("duration"))
        if days:
            return days
    return None


def _start(record: dict[str, Any]) -> int:
    return date.fromisoformat(record["occurred"]["start"]).toordinal()


def _end_day(record: dict[str, Any]) -> int:
    return date.fromisoformat(record["occurred"]["end"]).toordinal()


def holding(truce: dict[str, Any]) -> bool:
    """Whether a deal stands: agreed and not yet in effect, or in force."""
    return truce["status"] in HOLDING
