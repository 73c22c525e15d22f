"""Negotiation state as of a date: status, round, proposals, sticking points, truce.

Every part is read from the time indexes with a bounded look back, so an answer costs the
same on ten events or a million. The rules and windows are documented in docs/projections.md.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from projections.canonical import Day, among
from projections.facts import AGAINST, FOR, ordinal, principals
from projections.negotiations import known_mediators
from projections.positions import changed, held, refused_before
from projections.proposals import proposals_of
from projections.proposals import recent_positions as proposal_positions
from projections.reader import Reader, actor_ids, day
from projections.truce import EFFECT_DAYS, LATE_DAYS, PLANNED_EFFECT_DAYS, deal_positions, holding
from projections.truce import report_positions as truce_report_positions
from projections.truce import sides_of as truce_sides
from projections.truce import truce as truce_of

YEAR_DAYS = 365
MAX_VENUES_READ = 500  # reports of talks read back for where a country's talks were held
ACTIVE_DAYS = 10  # a round with no report for longer than this is no longer active
ROUND_GAP_DAYS = 7  # reports of talks at one venue this close together are one round
DELEGATION_DAYS = 14
ASSESSMENT_DAYS = 30
REFUSAL_DAYS = 120  # a side's refusal this recent stands against a plan of its own naming the issue
EXPECTED_DAYS = 60
MAX_LISTED = 10
# The furthest after its date a state reads facts (plans ahead, a truce's effect or end
# reported ahead): a fact starting later changes no state on that date. Any window reading
# further ahead must be counted here.
AHEAD_DAYS = max(EXPECTED_DAYS, EFFECT_DAYS, PLANNED_EFFECT_DAYS, LATE_DAYS)
FINAL_OUTCOMES = frozenset({"agreement", "collapsed"})
# Demanding the issue on the right excludes the one on the left: a side for it stands against.
EXCLUDED_BY = {
    "permanent_ceasefire": ("hamas_elimination",),
    "end_of_war": ("hamas_elimination",),
    "troop_withdrawal": ("security_presence",),
}


def state(reader: Reader, as_of: date) -> dict[str, Any]:
    """Answer of ``ReadSide.state``."""
    return {**echo(reader, as_of), **state_on(reader, as_of.toordinal())}


def echo(reader: Reader, as_of: date) -> dict[str, Any]:
    """The parts of a state saying what was asked, and at which log position."""
    return {
        "as_of": as_of.isoformat(),
        "known_as_of": reader.known_as_of,
        "position": reader.position,
    }


def state_on(reader: Reader, today: int) -> dict[str, Any]:
    """The state on ``today`` (an ordinal; or a ``canonical.Day``), without the echo."""
    # A negotiation's own sides are known before any record is read: its stances are read
    # once, and the sticking points' sources come with the first records. Sides read from
    # the reports depend on the round's mediators: its stances wait for the round.
    named = reader.index.mediators()
    early = _stances(reader, today, reader.sides) if len(reader.sides) == 2 else None
    _prefetch(reader, today, named, early or [])
    found = _round(reader, today)
    mediators = reader.index.mediators() | set(found["mediators"] if found else ())
    lifecycle = truce_of(reader, today, mediators, sides_of(reader, mediators))
    truce = lifecycle["truce"]
    sides = sides_of(reader, frozenset(mediators))
    stances = early if early is not None else _stances(reader, today, sides)
    last = reader.index.everything.latest(today, reader.known)
    return {
        "release": reader.release,
        **_status(reader, today, found, truce, lifecycle["deal"]),
        "round": found,
        "next_round": _next_round(reader, today, found),
        "agreement": _agreement(truce, lifecycle["acceptances"], lifecycle["deal"]),
        "delegations": _delegations(reader, today),
        "proposals": proposals_of(reader, today, mediators),
        "sticking_points": _sticking_points(reader, stances, mediators),
        "assessments": _assessments(reader, today),
        "truce": truce,
        "expected": _expected(reader, today),
        "last_event": day(reader.index.everything.starts[last]) if last is not None else None,
    }


def _stances(reader: Reader, today: int, sides: frozenset[str]) -> list[Any]:
    """The stances held on ``today``. They compare the date with their facts' start days
    only, in many series: those of facts that may be known (each series' ``bound``, within
    everything's). Sticking points compare the two sides' stances only: when both are
    known, only theirs are read (a million-fact index holds a thousand actor-issue series)."""
    everything = reader.index.everything
    return held(
        reader,
        among(today, everything.starts, everything.bound(reader.known)),
        among_actors=sides if len(sides) == 2 else None,
    )


def _prefetch(reader: Reader, day: int, mediators: frozenset[str], stances: list[Any]) -> None:
    """Reads at once the records the parts of a state read (truce reports and deals, plans,
    the round's reports, delegations, assessments, expected happenings, the sticking points'
    sources) as far as the index tells them before any record is read: one round trip to
    the views where each part took its own (on PostgreSQL, most of an answer's time); a
    part that finds it needs others reads them after. The positions the parts read in any
    case are found with the day as asked (its span narrowed as the part's own reading would)
    and kept for the part; the others with the day as an int: which records are read in
    advance says nothing about the answer."""
    today = day.value if isinstance(day, Day) else day
    reader.fetch(
        [
            *truce_report_positions(reader, day),
            *deal_positions(reader, day),
            *proposal_positions(reader, day),
            *_round_positions(reader, today, sides_of(reader, mediators)),
            *_delegation_positions(reader, day),
            *_assessment_positions(reader, day),
            *_expected_positions(reader, day),
            *(h.last for _, pro, con in _opposed(reader, stances, mediators) for h in (*pro, *con)),
        ]
    )


def sides_of(reader: Reader, mediators: frozenset[str]) -> frozenset[str]:
    """The two negotiating sides: the negotiation's own, else those its reports suggest."""
    if len(reader.sides) == 2:
        return reader.sides
    return reader.index.sides(mediators)


def _agreement(
    truce: dict[str, Any], acceptances: list[dict[str, Any]], deal: dict[str, Any] | None
) -> dict[str, Any]:
    """Whether a deal stands (a truce agreed by both sides and not ended, or a settlement
    they signed), and who accepted what."""
    if holding(truce):
        return {
            "agreed": True,
            "on": truce["agreed_on"],
            "parties": truce["parties"],
            "deal": deal,
            "acceptances": acceptances,
        }
    return {
        "agreed": deal is not None,
        "on": deal["on"] if deal else None,
        "parties": deal["parties"] if deal else [],
        "deal": deal,
        "acceptances": acceptances,
    }


def changes(reader: Reader, start: date, end: date) -> dict[str, Any]:
    """Answer of ``ReadSide.changes``: the state on ``end`` against the state on ``start``."""
    before, after = state(reader, start), state(reader, end)
    everything = reader.index.everything
    known_before = {p["proposal_id"] for p in before["proposals"]}
    return {
        "from": start.isoformat(),
        "to": end.isoformat(),
        "release": reader.release,
        "position": reader.position,
        "events": everything.upto(end.toordinal()) - everything.upto(start.toordinal()),
        "status": {"from": before["status"], "to": after["status"]},
        "round": {"from": _round_name(before["round"]), "to": _round_name(after["round"])},
        "truce": {"from": before["truce"]["status"], "to": after["truce"]["status"]},
        "positions": changed(reader, start, end),
        "proposals": [p for p in after["proposals"] if p["proposal_id"] not in known_before],
    }


def _round_name(found: dict[str, Any] | None) -> str | None:
    return f"{found['venue']} from {found['opened']}" if found else None


# Status


def _status(
    reader: Reader,
    today: int,
    found: dict[str, Any] | None,
    truce: dict[str, Any],
    deal: dict[str, Any] | None = None,
) -> dict[str, str]:
    if holding(truce):
        return _said("agreement", f"truce {truce['status_reason']}")
    if deal is not None:
        return _said("agreement", f"deal signed by both sides on {deal['on']}")
    if found and found["active"]:
        return _said("active", f"round in {found['venue'] or 'unknown venue'} under way")
    breakdown = _breakdown(reader, today, truce_known=truce["status"] != "none")
    opened = date.fromisoformat(found["opened"]).toordinal() if found else None
    if breakdown and (opened is None or breakdown[0] >= opened):
        return _said("collapsed", breakdown[1])
    if found:
        return _said("stalled", f"no active round since {found['last_report']}")
    return _said("not_started", "no round of talks reported yet")


def _said(status: str, reason: str) -> dict[str, str]:
    return {"status": status, "status_reason": reason}


def _breakdown(reader: Reader, today: int, truce_known: bool) -> tuple[int, str] | None:
    """The latest collapse of talks or truce: (day, why), if any. What is only expected or
    threatened is none, nor a truce's collapse when no truce was known to collapse ('fighting
    resumed' read while none was in force)."""
    index, latest = reader.index, None
    names = ("TalksConcluded", "CeasefireCollapsed", "DelegationRecalled")
    for name in names if truce_known else (names[0], names[2]):
        for position in reader.latest(index.of_type(name), today, limit=5):
            record = reader.record(position)
            if name == "TalksConcluded" and record["attributes"].get("outcome") != "collapsed":
                continue
            if record["modality"] == "expected":
                continue
            start = ordinal(record["occurred"]["start"])
            if latest is None or start > latest[0]:
                latest = (start, f"{name} on {day(start)}")
            break
    return latest


# Round


def _round(reader: Reader, today: int) -> dict[str, Any] | None:
    index = reader.index
    venue_of, within = index.venue_of, places()
    home = sides_of(reader, index.mediators())
    arrived = _arrived_for_talks(reader, today, home)
    arrived.update(_ended_at(reader, today, home))
    arrived.update(_left_at(reader, today, home))
    arrived.update(_agreed_at(reader, today, home))
    skipped: set[int] = set()
    for _ in range(2):  # again without the meetings that are no round, if the first read any
        nearby = _nearby_opens(reader, today, home, skipped)
        records = reader.records([p for _, p in nearby])
        held = [_start(r) for r in records if r["modality"] != "expected"]
        meetings = {
            r["position"]
            for r in records
            if _body_meeting(r, home)
            or _arranging(r, home)
            or (_to_come(r, today) and any(d <= _start(r) for d in held))
        }
        nearby = [(start, p) for start, p in nearby if p not in meetings]
        if not meetings:
            break
        skipped |= meetings
    nearby = sorted([*nearby, *((start, p) for p, (start, _) in arrived.items())], reverse=True)
    if not nearby:
        return None
    anchor_day = nearby[0][0]

    def where(position: int) -> str | None:
        return venue_of.get(position) or arrived.get(position, (0, None))[1]

    def country(position: int) -> str | None:
        venue = where(position)
        return within.get(venue, venue) if venue else None

    # The round's venue is where its latest day's talks are placed (their venue, a city their
    # sentence names, or where delegations arrived that day), else the latest one named (a
    # city and its country are one venue); reports naming none join any round.
    hint = _placed(reader, [p for start, p in nearby if start == anchor_day], anchor_day, where)
    venue = within.get(hint, hint) if hint else None
    venue = venue or next((country(p) for _, p in nearby if country(p)), None)
    members, floor = [], anchor_day - ROUND_GAP_DAYS
    for start, position in nearby:  # latest first: chain reports at the same venue
        if country(position) not in (None, venue):
            continue
        if start < floor:
            break
        members.append(position)
        floor = min(floor, start - ROUND_GAP_DAYS)
    named = [hint] + [where(p) for p in members if where(p)]
    city = next((v for v in named if v and within.get(v, v) != v), None)
    records = reader.records(members)
    if city is None and venue is None:  # no report names a venue: a city its sentence names
        city = next((c for r in records if (c := city_in(r["evidence"]))), None)
    if city is None and venue is None:  # else the dateline of a report, if not a side's
        city = next(
            (c for r in records if (c := dateline(r["evidence"])) and within.get(c) not in home),
            None,
        )
    if city is None and venue is None:  # 'met both delegations here today': the dateline's
        city = _here(reader, today, records, home)
    if city is None and venue is None:  # 'Norway, facilitating the discussions in Mexico'
        city = _talks_placed(reader, today, records, home)
    if city is None and venue is None:  # 'LUANDA - ... the opening of the ministerial meeting'
        city = _filed_from_host(reader, today, records)
    if city is None and venue is not None:  # a country: the city its talks were last held in
        city = _last_city_in(reader, today, venue)
    return _describe_round(reader, today, city or venue, records)


def _nearby_opens(
    reader: Reader, today: int, home: frozenset[str], skipped: set[int] | frozenset[int]
) -> list[tuple[int, int]]:
    """(start, position) of the latest reports of talks opened away from the sides' own
    countries by ``today``, latest first, as far back as they chain (leaving ``skipped``)."""
    index = reader.index
    opens, venue_of, within = index.of_type("TalksOpened"), index.venue_of, places()
    # Talks in one side's own country (a visit to its capital) are no round of negotiations:
    # the others' indexes in the series, kept while the index does not grow.
    away = index.derived(
        ("away", home),
        lambda: array(
            "q",
            (
                i
                for i, p in enumerate(opens.positions)
                if within.get(venue_of.get(p) or "") not in home
            ),
        ),
    )
    known, reported = reader.known, opens.reported
    nearby: list[tuple[int, int]] = []
    for j in range(bisect_left(away, opens.upto_known(today, known)) - 1, -1, -1):
        i = away[j]
        if reported[i] > known or opens.positions[i] in skipped:
            continue
        start = opens.starts[i]
        if (nearby and start < nearby[0][0] - 4 * ROUND_GAP_DAYS) or len(nearby) >= 100:
            break
        nearby.append((start, opens.positions[i]))
    return nearby


def _round_positions(reader: Reader, today: int, home: frozenset[str]) -> list[int]:
    """The positions of the reports a round on ``today`` reads first (its openings, the
    arrivals, ends and agreements that place one), and of those its description reads
    since the earliest of them (arrivals, the end, a recall)."""
    index = reader.index
    found = _nearby_opens(reader, today, home, frozenset())
    found += _recent_arrivals(reader, today)
    found += _recent_ends(reader, today)
    found += _recent_starts(reader, today, "DelegationRecalled")
    for name in AGREEMENTS:
        found += _recent_starts(reader, today, name)
    positions = [p for _, p in found]
    if found:
        opened = min(start for start, _ in found)
        positions += reader.latest(
            index.of_type("DelegationArrived"), today, opened - 2, MAX_LISTED * 2
        )
        positions += reader.latest(index.of_type("TalksConcluded"), today, opened, MAX_LISTED)
        positions += reader.latest(index.of_type("DelegationRecalled"), today, opened, 1)
    return positions


def _to_come(record: dict[str, Any], today: int) -> bool:
    """Talks announced for a window still open after ``as_of`` ('will reconvene in Cairo before
    the end of next week'): after talks held, a round to come, though the window has begun
    (also one opening the day talks were held: 'the next round will be in the coming days')."""
    occurred = record["occurred"]
    return (
        record["modality"] == "expected"
        and occurred["precision"] != "day"
        and date.fromisoformat(occurred["end"]).toordinal() > today
    )


HERE = re.compile(r"\bhere\b", re.IGNORECASE)


def _here(
    reader: Reader, today: int, records: list[dict[str, Any]], home: frozenset[str]
) -> str | None:
    """The city of the dateline of the article a report of the talks comes from, when that
    report says the talks were 'here' ('KUALA LUMPUR, Aug 4 (Wire) - ...'; later: 'after
    meeting with both delegations here today'), not a city of one side's country."""
    articles = {r["article"] for r in records if HERE.search(r["evidence"])}
    if not articles:
        return None
    within, everything = places(), reader.index.everything
    first = min(_start(r) for r in records)
    for r in reader.records(reader.latest(everything, today, first - 1, 2 * MAX_LISTED)):
        if (
            r["article"] in articles
            and (c := dateline(r["evidence"]))
            and within.get(c) not in home
        ):
            return c
    return None


def _filed_from_host(reader: Reader, today: int, records: list[dict[str, Any]]) -> str | None:
    """The city of the dateline of the article a report of the talks comes from, when no
    report places the talks and that city is in a mediator's country ('LUANDA - ... at the
    opening of the ministerial meeting' under Angolan facilitation): a host reporting the
    talks it holds. A dateline elsewhere (a wire desk's city) places nothing."""
    hosts = reader.index.mediators()
    for r in records:
        hosts |= known_mediators(r.get("negotiation"))
        hosts |= {*(r["attributes"].get("mediators") or ()), *actor_ids(r, "mediator")}
    articles = {r["article"] for r in records}
    within, everything = places(), reader.index.everything
    first = min(_start(r) for r in records)
    for r in reader.records(reader.latest(everything, today, first - 1, 2 * MAX_LISTED)):
        if r["article"] in articles and (c := dateline(r["evidence"])) and within.get(c) in hosts:
            return c
    return None


def _talks_placed(
    reader: Reader, today: int, records: list[dict[str, Any]], home: frozenset[str]
) -> str | None:
    """Where another sentence of a report's article places the talks ('Norway, which is
    facilitating the discussions in Mexico, said ...'), when no report of the round does:
    a city or country right after a noun of talks, not one of the sides'."""
    articles = {r["article"] for r in records}
    within, everything = places(), reader.index.everything
    first = min(_start(r) for r in records)
    since = first - ROUND_GAP_DAYS
    for r in reader.records(reader.latest(everything, today, since, 2 * MAX_LISTED)):
        if r["article"] not in articles:
            continue
        for match in TALKS_IN.finditer(r["evidence"]):
            window = r["evidence"][match.end() - 3 : match.end() + 40]
            place = city_in(window) or country_in(window)
            if place and within.get(place, place) not in home:
                return place
    return None


TALKS_IN = re.compile(
    r"\b(?:talks|negotiations|discussions|dialogue|meetings?|round)\s+(?:(?:are\s+|were\s+|"
    r"to\s+be\s+|being\s+)?(?:held|hosted|taking\s+place|under\s?way)\s+)?in\s",
    re.IGNORECASE,
)


# Words saying a delegation came for the talks (not for a visit).
FOR_TALKS = re.compile(
    r"\b(?:talks?|negotiat\w+|mediat\w+|round|ceasefire|cease-fire|truce|deal|agreement|"
    r"peace|efforts?\s+to\s+end|"
    # 'have delegations in Qatar hammering out details'
    r"(?:hammer|iron|thrash|work)(?:s|ed|ing)?\s+out\s+(?:the\s+)?(?:\w+\s+)?details)\b",
    re.IGNORECASE,
)


def _arrived_for_talks(
    reader: Reader, today: int, home: frozenset[str]
) -> dict[int, tuple[int, str]]:
    """Delegations of a side or a mediator that arrived (not expected to) somewhere outside
    the sides' countries for the talks: reports of a round there, {position: (start, place)}.
    'Delegations from Hamas, the US and Qatar arrived in Cairo' places a round in Cairo."""
    within = places()
    concerned = set(home) | reader.index.mediators()
    found = {}
    recent = _recent_arrivals(reader, today)
    records = reader.records([position for _, position in recent])  # one round trip
    for (start, position), record in zip(recent, records, strict=True):
        place = _went_to(record)
        if (
            record["modality"] != "expected"
            and place in within
            and within[place] not in home
            and (concerned | known_mediators(record.get("negotiation")))
            & set(actor_ids(record, "subject"))
            and (FOR_TALKS.search(record["evidence"]) or _hosted(reader, today, within[place]))
        ):
            found[position] = (start, place)
    return found


def _body_meeting(record: dict[str, Any], home: frozenset[str]) -> bool:
    """A meeting of an organisation's body that no side attends ('an emergency meeting of the
    Council of Foreign Ministers of the Organisation of Islamic Cooperation in Jeddah'): not
    a round of these talks, though a mediator's minister attended."""
    if home & set(actor_ids(record)) or home & set(record["attributes"].get("participants") or ()):
        return False
    return bool(BODY_MEETING.search(record["evidence"]))


def _arranging(record: dict[str, Any], home: frozenset[str]) -> bool:
    """A meeting held to arrange a round to come, that one side at most attends ('Iran's foreign
    minister and his Omani counterpart met in Muscat to discuss the arrangements for the third
    round of talks'): a mediator preparing the talks with a side, not a round of them."""
    present = (set(actor_ids(record)) | set(record["attributes"].get("participants") or ())) & home
    return len(present) < 2 and bool(ARRANGING.search(record["evidence"]))


ARRANGING = re.compile(
    r"\bto\s+(?:discuss|make|finali[sz]e|work out|agree on|settle|prepare)\s+(?:the\s+)?"
    r"(?:final\s+)?(?:arrangements|preparations|logistics)\s+(?:for|of)\b|"
    r"\bto\s+prepare\s+(?:for\s+)?(?:the\s+)?(?:next|upcoming|coming|new|\w+th|second|third)\s+"
    r"(?:round|session|talks|negotiations)\b",
    re.IGNORECASE,
)


BODY_MEETING = re.compile(
    r"\b(?:meeting|summit|session|conference|gathering|ministerial)\s+of\s+(?:the\s+)?"
    r"(?:[\w'-]+\s+){0,6}?(?:council|organi[sz]ation|league|union|assembly|member states|"
    r"g7|g20|brics|nato|asean)\b|\b(?:[\w-]+\s+)?"
    r"(?:league|union|organi[sz]ation|council|bloc)\s+summit\b",
    re.IGNORECASE,
)


def _ended_at(reader: Reader, today: int, home: frozenset[str]) -> dict[int, tuple[int, str]]:
    """Talks that ended at a venue outside the sides' countries ('the Hamas delegation left
    Cairo after the talks'): reports of a round there, even when no report of its opening
    came, {position: (start, place)}."""
    within, found = places(), {}
    recent = _recent_ends(reader, today)
    records = reader.records([position for _, position in recent])
    for (start, position), record in zip(recent, records, strict=True):
        place = _venue(record)
        if (
            record["modality"] != "expected"
            and place in within
            and within[place] not in home
            and not TALKS_AHEAD.search(record["evidence"])
        ):
            found[position] = (start, place)
    return found


def _left_at(reader: Reader, today: int, home: frozenset[str]) -> dict[int, tuple[int, str]]:
    """Talks a side left at a venue outside the sides' countries ('withdrew their negotiating
    teams from the talks in Doha'): reports of a round there, which the leaving ends (no
    round opens on the day of it), {position: (start, place)}."""
    within, found = places(), {}
    recent = _recent_starts(reader, today, "DelegationRecalled")
    records = reader.records([position for _, position in recent])
    for (start, position), record in zip(recent, records, strict=True):
        place = record["location"]
        if record["modality"] != "expected" and place in within and within[place] not in home:
            found[position] = (start, place)
    return found


def _agreed_at(reader: Reader, today: int, home: frozenset[str]) -> dict[int, tuple[int, str]]:
    """Agreements of both sides placed in a city outside their countries ('the truce was
    brokered in Kunming', 'agreement was reached during talks in Istanbul last week'): talks
    ended there, even when no report of them came, {position: (start, place)}."""
    within, found = places(), {}
    for name in AGREEMENTS:
        recent = _recent_starts(reader, today, name)
        records = reader.records([position for _, position in recent])
        for (start, position), record in zip(recent, records, strict=True):
            if record["modality"] == "expected" or not _both_agreed(record, home):
                continue
            evidence = PICTURED_AT.sub("", record["evidence"])
            place = _venue(record) or city_in(evidence)
            if place is None and (state := country_in(evidence)):
                place = state if _hosting(reader, today, record, state) else None
            if (
                place in within
                and within[place] not in home
                and not TALKS_AHEAD.search(record["evidence"])
            ):
                found[position] = (start, place)
    return found


# A picture's place and date closing its caption ('Biden speaks after negotiators reached a
# deal, in Washington, Jan. 15, 2025.'): where the picture was taken, not where the deal was.
PICTURED_AT = re.compile(
    r",\s+(?:in|at)\s+[^,]{1,60}(?:,\s+[^,]{1,30})?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?\s*$"
)


def _hosting(reader: Reader, today: int, record: dict[str, Any], state: str) -> bool:
    """Whether a country a deal is placed in ('signed a declaration in Qatar') hosts the
    talks: a mediator's, or one the talks were held in within the year. Not the country the
    war is in ('a truce in Yemen')."""
    mediators = reader.index.mediators() | known_mediators(record.get("negotiation"))
    named = {*(record["attributes"].get("mediators") or ()), *actor_ids(record, "mediator")}
    return state in mediators | named or _hosted(reader, today, state)


AGREEMENTS = ("CeasefireAgreed", "ProposalAccepted")


def _both_agreed(record: dict[str, Any], home: frozenset[str]) -> bool:
    """A truce or a deal both sides are named in (not one side accepting a plan)."""
    if len(home) != 2:
        return False
    if record["type"] == "ProposalAccepted" and not record["rule"].startswith("agreement."):
        # 'the two leaders signed at the White House a joint declaration': both signing
        subjects = set(truce_sides(record, frozenset(), "subject"))
        return home <= subjects and bool(SIGNED.search(record["evidence"]))
    return home <= set(truce_sides(record, frozenset()))


SIGNED = re.compile(r"\b(?:signed|signs|initial(?:l)?ed|inked)\b", re.IGNORECASE)


# 'concluded consultations on the upcoming talks in Geneva': the place is of talks to come
TALKS_AHEAD = re.compile(
    r"\b(?:upcoming|planned|proposed|next|future|forthcoming|scheduled|expected|new)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:talks|negotiations|round|meeting|summit)\b",
    re.IGNORECASE,
)


def _recent_arrivals(reader: Reader, today: int) -> list[tuple[int, int]]:
    series = reader.index.of_type("DelegationArrived")
    return reader.latest_starts(series, today, today - 4 * ROUND_GAP_DAYS, 20)


def _recent_ends(reader: Reader, today: int) -> list[tuple[int, int]]:
    return _recent_starts(reader, today, "TalksConcluded")


def _recent_starts(reader: Reader, today: int, name: str) -> list[tuple[int, int]]:
    """(start, position) of the latest reports of a type within the reach of a round."""
    series = reader.index.of_type(name)
    return reader.latest_starts(series, today, today - 4 * ROUND_GAP_DAYS, MAX_LISTED)


def _hosted(reader: Reader, today: int, country: str) -> bool:
    """Whether the negotiation's talks were held in this country in the last year."""
    return _last_venue_in(reader, today, country) is not None


def _last_city_in(reader: Reader, today: int, country: str) -> str | None:
    """The city of this country the negotiation's talks were last placed in (within a year):
    talks reported only 'in Qatar' are where its rounds were held before."""
    found = _last_venue_in(reader, today, country, city=True)
    return found


def _last_venue_in(reader: Reader, today: int, country: str, city: bool = False) -> str | None:
    opens, within = reader.index.of_type("TalksOpened"), places()
    for n, i in enumerate(opens.backwards(today, reader.known, today - YEAR_DAYS)):
        if n >= MAX_VENUES_READ:  # a bounded look back, however busy the year
            break
        venue = reader.index.venue_of.get(opens.positions[i])
        if venue and within.get(venue, venue) == country and (not city or venue != country):
            return venue
    return None


def _placed(
    reader: Reader, latest: list[int], on: int, where: Callable[[int], str | None]
) -> str | None:
    """Where the talks reported on one day were: a venue named, a city their sentence names,
    or the city delegations arrived in that day."""
    within = places()
    named = next((where(p) for p in latest if where(p)), None)
    if named:
        return named
    found = next((c for r in reader.records(latest) if (c := city_in(r["evidence"]))), None)
    if found:
        return found
    arrivals = reader.index.of_type("DelegationArrived")
    for r in reader.records(reader.latest(arrivals, on + 1, on - 1, MAX_LISTED)):
        place = _went_to(r)
        if r["modality"] != "expected" and place and within.get(place, place) != place:
            return place
    return None


@lru_cache(maxsize=8192)
def city_in(text: str, moving: bool = False) -> str | None:
    """The city a sentence places talks in ('talks in the Egyptian resort of Sharm el-Sheikh'),
    or, ``moving``, where a delegation went ('heading to the Egyptian coastal city of
    Sharm el-Sheikh to join the talks')."""
    pattern, ids = _city_names(moving)
    match = pattern.search(text) if pattern else None
    return ids[match.group(1).lower()] if match else None


def _went_to(record: dict[str, Any]) -> str | None:
    """Where an arrival went: its destination, else a city its sentence sends it to."""
    return _destination(record) or city_in(record["evidence"], moving=True)


@lru_cache(maxsize=8192)
def country_in(text: str) -> str | None:
    """The country a sentence places a deed in ('signed a declaration of principles in
    Qatar'), when it names no city."""
    pattern, ids = _country_names()
    match = pattern.search(text) if pattern else None
    return ids[match.group(1)] if match else None


@lru_cache(maxsize=1)
def _country_names() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    ids: dict[str, str] = {}
    try:
        from projections.facts import registry

        for place in registry().places.values():
            if place.id == place.state:
                for name in place.names:
                    ids[name] = place.id
        for actor in registry().actors.values():
            if actor.kind == "state":  # and its seats: 'signed at the White House'
                for name in actor.names:
                    ids.setdefault(name, actor.id)
    except Exception:  # no registry: no names to look for
        return None, {}
    words = "|".join(re.escape(n) for n in sorted(ids, key=len, reverse=True))
    # names as written ('in US' is no 'trust in us')
    pattern = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?({words})(?![\w'\u2019-])")
    return pattern, ids


def dateline(text: str) -> str | None:
    """The city of a lead sentence's dateline ('KUALA LUMPUR, Aug 7 (Bernama) - ...'): where
    the report was filed, the venue of talks reported from there when no report names one."""
    _, ids = _city_names()
    match = DATELINE.match(text)
    return ids.get(match.group(1).lower()) if match else None


# A dateline: a capitalised place at the start (after the heading's date), then a comma, an
# agency in brackets or a dash.
DATELINE = re.compile(
    r"\s*(?:date \d{4}-\d{2}-\d{2}\s+)?([A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){0,2})"
    r"\s*(?:,|\(|\u2014|\u2013|-{1,2}\s)"
)


@lru_cache(maxsize=4)
def _city_names(moving: bool = False) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    ids: dict[str, str] = {}
    try:
        from projections.facts import registry

        for place in registry().places.values():
            if place.id != place.state:
                for name in place.names:
                    ids[name.lower()] = place.id
    except Exception:  # no registry: no names to look for
        return None, {}
    names = sorted(ids, key=len, reverse=True)
    words = "|".join(re.escape(n) for n in names)
    to = "|to|into|for" if moving else ""
    # 'in the Egyptian resort of Sharm el-Sheikh', 'in Oman's capital, Muscat', 'in the U.S.
    # capital Washington'
    pattern = re.compile(
        rf"\b(?:in|at{to})\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){{0,3}}?(?:of\s+|capital,\s+)?"
        rf"({words})\b",
        re.I,
    )
    return pattern, ids


def _describe_round(
    reader: Reader, today: int, venue: str | None, members: list[dict[str, Any]]
) -> dict[str, Any]:
    opened = min(_start(r) for r in members)
    last_report = max(_start(r) for r in members)
    mediators: dict[str, None] = {}
    participants: dict[str, None] = {}
    expected_end = None
    for record in reversed(members):
        attributes = record["attributes"]
        mediators.update(dict.fromkeys(attributes.get("mediators") or ()))
        mediators.update(dict.fromkeys(actor_ids(record, "mediator")))
        participants.update(dict.fromkeys(attributes.get("participants") or ()))
        participants.update(dict.fromkeys(actor_ids(record, "participant", "subject", "target")))
        if attributes.get("expected_end"):
            expected_end = max(expected_end or "", attributes["expected_end"])
    arrivals = _arrivals(reader, today, opened)
    venue = _city(venue, [_went_to(r) for r in reversed(arrivals)], set(mediators))
    venue = capitals().get(venue or "", venue)  # still only a country: its capital
    arrivals = [r for r in arrivals if venue and _went_to(r) in (venue, places().get(venue))]
    for record in arrivals:
        participants.update(dict.fromkeys(actor_ids(record, "subject")))
    concluded = _concluded(reader, today, venue, opened)
    recalled = reader.records(
        reader.latest(reader.index.of_type("DelegationRecalled"), today, opened, 1)
    )
    sources = members + arrivals + ([concluded] if concluded else []) + recalled
    sources = list({r["position"]: r for r in sources}.values())
    # a round known only from its end is over
    ended_only = all(
        r["type"] in ("TalksConcluded", "DelegationRecalled", *AGREEMENTS) for r in members
    )
    active = _active(today, last_report, expected_end, concluded) and not recalled
    active = active and not ended_only
    articles = {r["article"] for r in sources}
    return {
        "venue": venue,
        "country": places().get(venue or "", venue),
        "opened": day(opened),
        "last_report": day(last_report),
        "expected_end": expected_end,
        "mediators": sorted(mediators),
        "participants": sorted(set(participants) - set(mediators)),
        "modality": "asserted" if any(r["modality"] != "expected" for r in members) else "expected",
        "concluded": concluded["occurred"]["start"] if concluded else None,
        "outcome": concluded["attributes"].get("outcome") if concluded else None,
        "active": active,
        "ending": None if active else _ending(concluded, recalled),
        "source_count": len(articles),
        "uncorroborated": len(articles) == 1,
        "sources": [reader.source(r["position"]) for r in sources],
    }


def _ending(concluded: dict[str, Any] | None, recalled: list[dict[str, Any]]) -> str | None:
    """How the round ended, if it did: ``recalled``, ``broke_down`` or ``concluded``."""
    if recalled and (concluded is None or _start(recalled[0]) >= _start(concluded)):
        return "recalled"
    if concluded is None:
        return None
    return "broke_down" if concluded["attributes"].get("outcome") == "collapsed" else "concluded"


def _next_round(reader: Reader, today: int, found: dict[str, Any] | None) -> dict[str, Any] | None:
    """The next round announced by ``as_of`` and planned after it, if any."""
    series = reader.index.of_type("TalksOpened")
    for i in series.forwards(today, today + EXPECTED_DAYS, min(reader.known, today)):
        r = reader.record(series.positions[i])
        if r["modality"] != "expected":
            continue
        return {
            "venue": _venue(r),
            "on": r["occurred"]["start"],
            "mediators": sorted(
                {*(r["attributes"].get("mediators") or ()), *actor_ids(r, "mediator")}
            ),
            "participants": sorted(set(r["attributes"].get("participants") or ())),
            "sources": [reader.source(r["position"])],
        }
    return None


def _active(
    today: int, last_report: int, expected_end: str | None, concluded: dict[str, Any] | None
) -> bool:
    scheduled = expected_end is not None and today <= date.fromisoformat(expected_end).toordinal()
    if concluded is not None:
        if concluded["attributes"].get("outcome") in FINAL_OUTCOMES:
            return False
        if expected_end is not None:  # a day may end without progress; the round goes on
            return scheduled
        if _start(concluded) > last_report:
            return False
        # Concluded the same day talks were reported under way: that day's session ended.
    return scheduled or today - last_report <= ACTIVE_DAYS


def _arrivals(reader: Reader, today: int, opened: int) -> list[dict[str, Any]]:
    series = reader.index.of_type("DelegationArrived")
    return reader.records(reader.latest(series, today, opened - 2, MAX_LISTED * 2))


def _city(venue: str | None, destinations: list[str | None], hosts: set[str]) -> str | None:
    """The round's venue as a city when one is known: named, or where delegations arrived
    in the venue's country (or a mediator's, when the talks named no venue)."""
    within = places()
    if venue in within and within[venue] != venue:
        return venue
    for place in destinations:
        country = within.get(place or "")
        if country and country != place and (country == venue or (not venue and country in hosts)):
            return place
    return venue


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place id -> the country it is in, from the extractor's registry when it can be read."""
    try:
        from projections.facts import registry

        return {p.id: p.state for p in registry().places.values()}
    except Exception:  # no registry: venues as reported
        return {}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Country id -> its capital's place id, when it has one (talks 'in Qatar' with no city
    named anywhere were held in Doha, most likely: mediating states host in their capitals)."""
    try:
        from projections.facts import registry

        found: dict[str, str] = {}
        for p in registry().places.values():
            if p.metonym and p.id != p.state:
                found.setdefault(p.state, p.id)
        return found
    except Exception:  # no registry: venues as reported
        return {}


def _concluded(reader: Reader, today: int, venue: str | None, opened: int) -> dict[str, Any] | None:
    series = reader.index.of_type("TalksConcluded")
    within = places()
    country = within.get(venue or "", venue)
    for record in reader.records(reader.latest(series, today, opened, MAX_LISTED)):
        named = _venue(record)
        if named in (None, venue) or within.get(named, named) == country == named:
            return record  # at the venue, or said to be in its country ('talks in Qatar')
    return None


def _venue(record: dict[str, Any]) -> str | None:
    return record["attributes"].get("venue") or record["location"]


def _destination(record: dict[str, Any]) -> str | None:
    return record["attributes"].get("destination") or record["location"]


def _start(record: dict[str, Any]) -> int:
    return ordinal(record["occurred"]["start"])


# Delegations, proposals, assessments, expectations


def _delegation_positions(reader: Reader, today: int) -> list[int]:
    return reader.once(
        "_delegation_positions", today, lambda: _delegation_positions_(reader, today)
    )  # type: ignore[no-any-return]


def _delegation_positions_(reader: Reader, today: int) -> list[int]:
    index, since = reader.index, today - DELEGATION_DAYS
    positions = reader.latest(index.of_type("DelegationArrived"), today, since, MAX_LISTED)
    return positions + reader.latest(index.of_type("DelegationSent"), today, since, MAX_LISTED)


def _delegations(reader: Reader, today: int) -> list[dict[str, Any]]:
    positions = _delegation_positions(reader, today)
    records = sorted(
        reader.records(positions), key=lambda r: (r["occurred"]["start"], r["position"])
    )
    return [
        {
            "type": r["type"],
            "actors": actor_ids(r, "subject"),
            "leader": r["attributes"].get("leader"),
            "destination": _destination(r),
            "on": r["occurred"]["start"],
            "modality": r["modality"],
            "sources": [reader.source(r["position"])],
        }
        for r in records[-MAX_LISTED:]
    ]


def _sticking_points(
    reader: Reader, stances: list[Any], mediators: frozenset[str] | set[str]
) -> list[dict[str, Any]]:
    """Issues on which the two negotiating sides (organisations; not mediators, not
    outsiders) hold opposed stances: one for it, the other against it or for what excludes it
    (a plan of its own that includes the issue does not reconcile them)."""
    opposed = _opposed(reader, stances, mediators)
    reader.fetch_sources([h.last for _, pro, con in opposed for h in (*pro, *con)])
    return [
        {
            "issue": issue,
            "for": _sides(reader, pro),
            "against": _sides(reader, con),
            "reports": sum(h.events for h in (*pro, *con)),
        }
        for issue, pro, con in opposed
    ]


def _opposed(
    reader: Reader, stances: list[Any], mediators: frozenset[str] | set[str]
) -> list[tuple[str, list[Any], list[Any]]]:
    """(issue, stances for, stances against) of each sticking point, by issue: found once
    for the stances and mediators of an answer (its sources are read in advance with the
    index's mediators, the same as the round's when it names none other)."""
    key = ("opposed", frozenset(mediators))
    return reader.once(key, stances, lambda: _opposed_(reader, stances, mediators))  # type: ignore[no-any-return]


def _opposed_(
    reader: Reader, stances: list[Any], mediators: frozenset[str] | set[str]
) -> list[tuple[str, list[Any], list[Any]]]:
    sides = sides_of(reader, frozenset(mediators))
    parties = sides if len(sides) == 2 else set(principals(h.actor for h in stances)) - mediators
    by_issue: dict[str, list[Any]] = {}
    for h in stances:
        if h.actor in parties:
            by_issue.setdefault(h.issue, []).append(h)
    opposed = []
    for issue in sorted(by_issue):
        # a plan of its own naming the issue takes back no refusal the side reported shortly
        # before it: it is still against ('rejected a permanent ceasefire', then put forward
        # a plan 'restoring a sustainable calm')
        standing = {
            h.actor: r for h in by_issue[issue] if (r := refused_before(reader, h, REFUSAL_DAYS))
        }
        pro = [h for h in by_issue[issue] if h.stance in FOR and h.actor not in standing]
        con = [h for h in by_issue[issue] if h.stance in AGAINST] + list(standing.values())
        for other in EXCLUDED_BY.get(issue, ()):  # 'until Hamas is eliminated' excludes an end
            con += [h for h in by_issue.get(other, ()) if h.stance in FOR]
        # A side's own demand of the issue outweighs what it demands against it; a plan it hands
        # over does not: that demand still stands, and the side is listed against, not for.
        own = {h.actor for h in pro if h.stance != "supports"}
        con = [h for h in con if h.actor not in own]
        pro = [h for h in pro if h.actor not in {c.actor for c in con}]
        if pro and con:
            opposed.append((issue, pro, con))
    return opposed


def _sides(reader: Reader, stances: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "actor": h.actor,
            "stance": h.stance,
            "issue": h.issue,
            "since": day(h.since),
            "sources": [reader.source(h.last)],
        }
        for h in stances
    ]


def _assessment_positions(reader: Reader, today: int) -> list[int]:
    return reader.once(
        "_assessment_positions", today, lambda: _assessment_positions_(reader, today)
    )  # type: ignore[no-any-return]


def _assessment_positions_(reader: Reader, today: int) -> list[int]:
    series = reader.index.of_type("StatementIssued")
    return reader.latest(series, today, today - ASSESSMENT_DAYS, MAX_LISTED)


def _assessments(reader: Reader, today: int) -> list[dict[str, Any]]:
    found = reader.records(_assessment_positions(reader, today))
    return [
        {
            "actors": principals(actor_ids(r, "subject")),
            "assessment": r["attributes"].get("assessment"),
            "on": r["occurred"]["start"],
            "sources": [reader.source(r["position"])],
        }
        for r in found
        if r["attributes"].get("assessment")
    ]


def _expected_positions(reader: Reader, today: int) -> list[int]:
    return reader.once("_expected_positions", today, lambda: _expected_positions_(reader, today))  # type: ignore[no-any-return]


def _expected_positions_(reader: Reader, today: int) -> list[int]:
    series = reader.index.expected
    known = min(reader.known, today)
    positions = []
    for i in series.forwards(today, today + EXPECTED_DAYS, known):
        positions.append(series.positions[i])
        if len(positions) >= MAX_LISTED:
            break
    return positions


def _expected(reader: Reader, today: int) -> list[dict[str, Any]]:
    """Planned happenings announced by ``as_of`` and dated after it: expected, not happened."""
    positions = _expected_positions(reader, today)
    return [
        {
            "type": r["type"],
            "actors": actor_ids(r),
            "on": r["occurred"]["start"],
            "location": r["location"],
            "sources": [reader.source(r["position"])],
        }
        for r in reader.records(positions)
    ]
