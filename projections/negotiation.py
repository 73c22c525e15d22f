"""Negotiation state as of a date: status, round, proposals, sticking points, truce.

Every part is read from the time indexes with a bounded look back, so an answer costs the
same on ten events or a million. The rules and windows are documented in docs/projections.md.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from domain.durations import span_days
from projections.facts import AGAINST, FOR, principals
from projections.positions import changed, held
from projections.reader import Reader, actor_ids, day

ACTIVE_DAYS = 10  # a round with no report for longer than this is no longer active
ROUND_GAP_DAYS = 7  # reports of talks at one venue this close together are one round
DELEGATION_DAYS = 14
ASSESSMENT_DAYS = 30
PROPOSAL_DAYS = 120
EXPECTED_DAYS = 60
TRUCE_DEFAULT_DAYS = 7
MAX_PROPOSALS = 10
MAX_LISTED = 10
FINAL_OUTCOMES = frozenset({"agreement", "collapsed"})


def state(reader: Reader, as_of: date) -> dict[str, Any]:
    """Answer of ``ReadSide.state``."""
    today = as_of.toordinal()
    found = _round(reader, today)
    truce = _truce(reader, today)
    stances = held(reader, today)
    last = reader.index.everything.latest(today, reader.known)
    return {
        "as_of": as_of.isoformat(),
        "known_as_of": reader.known_as_of,
        "release": reader.release,
        "position": reader.position,
        **_status(reader, today, found, truce),
        "round": found,
        "delegations": _delegations(reader, today),
        "proposals": _proposals(reader, today),
        "sticking_points": _sticking_points(reader, stances),
        "assessments": _assessments(reader, today),
        "truce": truce,
        "expected": _expected(reader, today),
        "last_event": day(reader.index.everything.starts[last]) if last is not None else None,
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
    reader: Reader, today: int, found: dict[str, Any] | None, truce: dict[str, Any]
) -> dict[str, str]:
    if truce["status"] == "in_force":
        return _said("agreement", f"truce in force since {truce['since']}")
    if found and found["active"]:
        return _said("active", f"round in {found['venue'] or 'unknown venue'} under way")
    breakdown = _breakdown(reader, today)
    opened = date.fromisoformat(found["opened"]).toordinal() if found else None
    if breakdown and (opened is None or breakdown[0] >= opened):
        return _said("collapsed", breakdown[1])
    if found and found["outcome"] == "agreement":
        return _said("agreement", f"round in {found['venue']} ended in agreement")
    if found:
        return _said("stalled", f"no active round since {found['last_report']}")
    return _said("not_started", "no round of talks reported yet")


def _said(status: str, reason: str) -> dict[str, str]:
    return {"status": status, "status_reason": reason}


def _breakdown(reader: Reader, today: int) -> tuple[int, str] | None:
    """The latest collapse of talks or truce: (day, why), if any."""
    index, latest = reader.index, None
    for name in ("TalksConcluded", "CeasefireCollapsed", "DelegationRecalled"):
        for position in reader.latest(index.of_type(name), today, limit=5):
            record = reader.record(position)
            if name == "TalksConcluded" and record["attributes"].get("outcome") != "collapsed":
                continue
            start = date.fromisoformat(record["occurred"]["start"]).toordinal()
            if latest is None or start > latest[0]:
                latest = (start, f"{name} on {day(start)}")
            break
    return latest


# Round


def _round(reader: Reader, today: int) -> dict[str, Any] | None:
    index = reader.index
    opens = index.of_type("TalksOpened")
    latest = reader.latest_starts(opens, today, limit=1)
    if not latest:
        return None
    anchor_day = latest[0][0]
    nearby = reader.latest_starts(opens, today, anchor_day - 4 * ROUND_GAP_DAYS, 100)
    # The round's venue is the latest one named; reports naming none join any round.
    venue_of = index.venue_of
    venue = next((venue_of.get(p) for _, p in nearby if venue_of.get(p)), None)
    members, floor = [], anchor_day - ROUND_GAP_DAYS
    for start, position in nearby:  # latest first: chain reports at the same venue
        if venue_of.get(position) not in (None, venue):
            continue
        if start < floor:
            break
        members.append(position)
        floor = min(floor, start - ROUND_GAP_DAYS)
    return _describe_round(reader, today, venue, reader.records(members))


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
    arrivals = _arrivals(reader, today, venue, opened)
    for record in arrivals:
        participants.update(dict.fromkeys(actor_ids(record, "subject")))
    concluded = _concluded(reader, today, venue, opened)
    sources = members + arrivals + ([concluded] if concluded else [])
    return {
        "venue": venue,
        "opened": day(opened),
        "last_report": day(last_report),
        "expected_end": expected_end,
        "mediators": sorted(mediators),
        "participants": sorted(set(participants) - set(mediators)),
        "modality": "asserted" if any(r["modality"] != "expected" for r in members) else "expected",
        "concluded": concluded["occurred"]["start"] if concluded else None,
        "outcome": concluded["attributes"].get("outcome") if concluded else None,
        "active": _active(today, last_report, expected_end, concluded),
        "sources": [reader.source(r["position"]) for r in sources],
    }


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


def _arrivals(reader: Reader, today: int, venue: str | None, opened: int) -> list[dict[str, Any]]:
    series = reader.index.of_type("DelegationArrived")
    records = reader.records(reader.latest(series, today, opened - 2, MAX_LISTED * 2))
    return [r for r in records if venue and _destination(r) == venue]


def _concluded(reader: Reader, today: int, venue: str | None, opened: int) -> dict[str, Any] | None:
    series = reader.index.of_type("TalksConcluded")
    for record in reader.records(reader.latest(series, today, opened, MAX_LISTED)):
        if _venue(record) in (None, venue):
            return record
    return None


def _venue(record: dict[str, Any]) -> str | None:
    return record["attributes"].get("venue") or record["location"]


def _destination(record: dict[str, Any]) -> str | None:
    return record["attributes"].get("destination") or record["location"]


def _start(record: dict[str, Any]) -> int:
    return date.fromisoformat(record["occurred"]["start"]).toordinal()


# Delegations, proposals, assessments, expectations


def _delegations(reader: Reader, today: int) -> list[dict[str, Any]]:
    index, since = reader.index, today - DELEGATION_DAYS
    positions = reader.latest(index.of_type("DelegationArrived"), today, since, MAX_LISTED)
    positions += reader.latest(index.of_type("DelegationSent"), today, since, MAX_LISTED)
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


def _proposals(reader: Reader, today: int) -> list[dict[str, Any]]:
    index = reader.index
    recent = reader.latest(index.proposal_log, today, today - PROPOSAL_DAYS, 60)
    names = list(dict.fromkeys(index.proposal_of[p] for p in recent))[:MAX_PROPOSALS]
    found = {name: _proposal_facts(reader, today, name) for name in names}
    reader.fetch(p for positions in found.values() for p in positions)  # one round trip
    return [_proposal(reader, name, found[name]) for name in names]


def _proposal_facts(reader: Reader, today: int, name: str) -> list[int]:
    series = reader.index.proposals.get(name)
    return reader.latest(series, today, limit=20) if series else []


def _proposal(reader: Reader, name: str, positions: list[int]) -> dict[str, Any]:
    records = reader.records(positions)
    records.reverse()  # earliest first, so later responses win
    made = [r for r in records if r["type"] in ("ProposalMade", "CounterproposalMade")]
    proposer = [a for r in made for a in actor_ids(r, "subject")]
    responses: dict[str, dict[str, Any]] = {}
    for r in records:
        if r["type"] in ("ProposalAccepted", "ProposalRejected"):
            response = "accepted" if r["type"] == "ProposalAccepted" else "rejected"
            for actor in actor_ids(r, "subject"):
                responses[actor] = {
                    "response": response,
                    "on": r["occurred"]["start"],
                    "source": reader.source(r["position"]),
                }
            if not made:  # who made it, as far as a response says: whom it answers
                proposer += actor_ids(r, "target")
    terms = [t for r in made for t in (*r["issues"], *r["attributes"].get("terms", ()))]
    return {
        "proposal_id": name,
        "type": made[0]["type"] if made else None,
        "proposer": list(dict.fromkeys(proposer)),
        "made": made[0]["occurred"]["start"] if made else None,
        "terms": list(dict.fromkeys(terms)),
        "summary": next((r["attributes"].get("summary") for r in made), "") or "",
        "responds_to": next((r["attributes"].get("responds_to") for r in made), None),
        "responses": dict(sorted(responses.items())),
        "sources": [reader.source(r["position"]) for r in records],
    }


def _sticking_points(reader: Reader, stances: list[Any]) -> list[dict[str, Any]]:
    """Issues on which parties (organisations, when known) hold opposite stances."""
    parties = set(principals(h.actor for h in stances))
    by_issue: dict[str, list[Any]] = {}
    for h in stances:
        if h.actor in parties:
            by_issue.setdefault(h.issue, []).append(h)
    opposed = []
    for issue in sorted(by_issue):
        pro = [h for h in by_issue[issue] if h.stance in FOR]
        con = [h for h in by_issue[issue] if h.stance in AGAINST]
        if pro and con:
            opposed.append((issue, pro, con))
    reader.fetch_sources([h.last for _, pro, con in opposed for h in (*pro, *con)])
    return [
        {"issue": issue, "for": _sides(reader, pro), "against": _sides(reader, con)}
        for issue, pro, con in opposed
    ]


def _sides(reader: Reader, stances: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "actor": h.actor,
            "stance": h.stance,
            "since": day(h.since),
            "sources": [reader.source(h.last)],
        }
        for h in stances
    ]


def _assessments(reader: Reader, today: int) -> list[dict[str, Any]]:
    series = reader.index.of_type("StatementIssued")
    found = reader.records(reader.latest(series, today, today - ASSESSMENT_DAYS, MAX_LISTED))
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


def _expected(reader: Reader, today: int) -> list[dict[str, Any]]:
    """Planned happenings announced by ``as_of`` and dated after it: expected, not happened."""
    series = reader.index.expected
    known = min(reader.known, today)
    positions = []
    for i in series.forwards(today, today + EXPECTED_DAYS, known):
        positions.append(series.positions[i])
        if len(positions) >= MAX_LISTED:
            break
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


# Truce


def _truce(reader: Reader, today: int) -> dict[str, Any]:
    index, latest = reader.index, None
    for name in ("CeasefireAgreed", "TruceExtended", "CeasefireCollapsed"):
        series = index.of_type(name)
        for i in series.backwards(today, reader.known):
            at = (series.starts[i], series.positions[i])
            latest = max(latest or at, at)
            break
    if latest is None:
        return {"status": "none", "since": None, "until": None, "sources": []}
    record = reader.record(latest[1])
    if record["type"] == "CeasefireCollapsed":
        status, until = "collapsed", None
    else:
        text = record["attributes"].get("duration") or record["attributes"].get("extension")
        ends = date.fromisoformat(record["occurred"]["end"]).toordinal() + _days(text)
        status, until = ("in_force" if today <= ends else "expired"), day(ends)
    return {
        "status": status,
        "since": record["occurred"]["start"],
        "until": until,
        "sources": [reader.source(record["position"])],
    }


def _days(text: str | None) -> int:
    """Days in a span like 'four-day', '6 weeks'; a week if it says none."""
    return span_days(text) or TRUCE_DEFAULT_DAYS
