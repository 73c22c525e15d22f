"""Dated checks of the state, scored on a read side: what ``parley eval --state`` prints.

A checks file is ``{"dates": {"YYYY-MM-DD": {KEY: EXPECTED, ...}}}``; every key is optional
and a list gives accepted alternatives. Keys: ``truce_in_force`` and ``agreement`` (true or
false), ``status`` and ``venue`` (ids; ``null`` for none), ``positions`` (``{actor: {issue:
[stances]}}``, one check each), ``sticking`` (issues, one of which is a sticking point; ``[]``
for none) and ``proposals`` (``[{"proposer": ids, "responses": {actor: [responses]}}]``, one
check each: some proposal of that proposer has those responses).

``negotiation`` (an id), at the top level or per date (which wins), scores those dates on that
negotiation's state, positions and proposals; a date that names none is scored on the
caller's default, else on the negotiation with the most events.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

KEYS = ("truce_in_force", "agreement", "status", "venue", "positions", "sticking", "proposals")
# Not a check: which negotiation a date's checks are scored on.
SCOPE = "negotiation"


class BadChecks(ValueError):
    """The checks file is not of the documented shape; the message says where."""


class Answers(Protocol):
    def state(self, as_of: date, *, negotiation: str | None = None) -> dict[str, Any]: ...

    def positions(
        self, actor: str | None, as_of: date, *, negotiation: str | None = None
    ) -> dict[str, Any]: ...


def validate(checks: Any) -> dict[date, dict[str, Any]]:
    """The checks by date, or ``BadChecks`` naming the first thing wrong."""
    if not isinstance(checks, dict) or not isinstance(checks.get("dates"), dict):
        raise BadChecks('expected an object with "dates": {"YYYY-MM-DD": {...}}')
    _negotiation(checks, "negotiation")
    found = {}
    for text, expected in checks["dates"].items():
        try:
            when = date.fromisoformat(text)
        except ValueError:
            raise BadChecks(f"dates: {text!r} is not a YYYY-MM-DD date") from None
        if not isinstance(expected, dict):
            raise BadChecks(f"dates.{text}: expected an object of checks")
        _negotiation(expected, f"dates.{text}.negotiation")
        for key in ("truce_in_force", "agreement"):
            if key in expected and not isinstance(expected[key], bool):
                raise BadChecks(f"dates.{text}.{key}: expected true or false")
        if not isinstance(expected.get("positions", {}), dict) or not all(
            isinstance(v, dict) for v in expected.get("positions", {}).values()
        ):
            raise BadChecks(f"dates.{text}.positions: expected {{actor: {{issue: [stances]}}}}")
        if not isinstance(expected.get("proposals", []), list) or not all(
            isinstance(p, dict) for p in expected.get("proposals", [])
        ):
            raise BadChecks(f"dates.{text}.proposals: expected a list of objects")
        found[when] = expected
    return dict(sorted(found.items()))


def _negotiation(where: dict[str, Any], name: str) -> None:
    value = where.get(SCOPE)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise BadChecks(f'{name}: expected a negotiation id such as "russia-ukraine"')


def unknown(checks: Any) -> list[str]:
    """Where the file asks for checks this version does not know (they are skipped)."""
    return [
        f"dates.{day.isoformat()}.{key}"
        for day, expected in validate(checks).items()
        for key in sorted(set(expected) - {*KEYS, SCOPE})
    ]


def score(read: Answers, checks: Any, negotiation: str | None = None) -> dict[str, Any]:
    """Every check with what was expected, what the state says, and whether they agree;
    checks of unknown keys are listed as ``skipped``. Each date is scored on the negotiation
    it names, else the file's, else ``negotiation``, else the one with the most events;
    ``negotiations`` says which answered each date."""
    dates = {}
    answered: dict[str, str | None] = {}
    passed = total = 0
    default = checks.get(SCOPE) if isinstance(checks, dict) else None
    for when, expected in validate(checks).items():
        scope = expected.get(SCOPE) or default or negotiation
        results, answered[when.isoformat()] = _check_date(read, when, expected, scope)
        passed += sum(r["pass"] for r in results)
        total += len(results)
        dates[when.isoformat()] = results
    return {
        "passed": passed,
        "total": total,
        "dates": dates,
        "negotiations": answered,
        "skipped": unknown(checks),
    }


def _check_date(
    read: Answers, when: date, expected: dict[str, Any], negotiation: str | None
) -> tuple[list[dict[str, Any]], str | None]:
    state = read.state(when, negotiation=negotiation)
    results: list[dict[str, Any]] = []

    def add(check: str, want: Any, actual: Any, ok: bool) -> None:
        results.append({"check": check, "expected": want, "actual": actual, "pass": ok})

    if "truce_in_force" in expected:
        actual = state["truce"]["status"] == "in_force"
        add(
            "truce_in_force",
            expected["truce_in_force"],
            actual,
            actual == expected["truce_in_force"],
        )
    if "agreement" in expected:
        actual = bool(state["agreement"]["agreed"])
        add("agreement", expected["agreement"], actual, actual == expected["agreement"])
    if "status" in expected:
        add(
            "status",
            expected["status"],
            state["status"],
            _one_of(state["status"], expected["status"]),
        )
    if "venue" in expected:
        venue = (state["round"] or {}).get("venue")
        add("venue", expected["venue"], venue, _one_of(venue, expected["venue"]))
    for actor, issues in expected.get("positions", {}).items():
        answer = read.positions(actor, when, negotiation=negotiation)
        held = {p["issue"]: p["stance"] for p in answer["positions"]}
        for issue, stances in issues.items():
            actual = held.get(issue)
            add(f"positions.{actor}.{issue}", stances, actual, _one_of(actual, stances))
    if "sticking" in expected:
        issues = [p["issue"] for p in state["sticking_points"]]
        want = _alternatives(expected["sticking"])
        ok = bool(set(issues) & set(want)) if want else not issues
        add("sticking", expected["sticking"], issues, ok)
    for n, wanted in enumerate(expected.get("proposals", [])):
        match = _proposal(state["proposals"], wanted)
        found = _shown(match) if match else [_shown(p) for p in state["proposals"]]
        add(f"proposals[{n}]", wanted, found, match is not None)
    return results, state.get(SCOPE)


def _proposal(proposals: list[dict[str, Any]], wanted: dict[str, Any]) -> dict[str, Any] | None:
    proposers = _alternatives(wanted.get("proposer"))
    for p in proposals:
        if proposers and not set(proposers) & set(p["proposer"]):
            continue
        responses = wanted.get("responses") or {}
        if all(
            _one_of(p["responses"].get(actor, {}).get("response"), accepted)
            for actor, accepted in responses.items()
        ):
            return p
    return None


def _shown(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "proposal": p["proposal_id"],
        "proposer": p["proposer"],
        "responses": {a: r["response"] for a, r in p["responses"].items()},
    }


def _alternatives(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _one_of(actual: Any, expected: Any) -> bool:
    if isinstance(expected, list):
        return actual in expected
    return bool(actual == expected)
