"""CAMEO and PLOVER codes, so Parley's events join GDELT, ICEWS and POLECAT data."""

from __future__ import annotations

from domain.events import CatalogEvent

RELEASE_ISSUES = {"hostage_release", "prisoner_release", "prisoner_numbers"}
DEESCALATION_ISSUES = {
    "permanent_ceasefire",
    "temporary_truce",
    "troop_withdrawal",
    "end_of_war",
    "rafah_offensive",
}

PLAIN: dict[str, tuple[str, str]] = {
    "TalksOpened": ("046", "CONSULT"),
    "DelegationSent": ("042", "CONSULT"),
    "DelegationArrived": ("042", "CONSULT"),
    "DelegationRecalled": ("164", "SANCTION"),
    "ProposalMade": ("027", "AGREE"),
    "CounterproposalMade": ("027", "AGREE"),
    "ProposalAccepted": ("037", "AGREE"),
    "ProposalRejected": ("127", "REJECT"),
    "DemandStated": ("10", "REQUEST"),
    "DemandRejected": ("12", "REJECT"),
    "ThreatIssued": ("13", "THREATEN"),
    "AppealMade": ("02", "REQUEST"),
    "StatementIssued": ("010", ""),
    "CeasefireAgreed": ("0871", "CONCEDE"),
    "TruceExtended": ("0871", "CONCEDE"),
    "CeasefireCollapsed": ("196", "ASSAULT"),
    "HostagesReleased": ("0841", "RETREAT"),
    "PrisonersReleased": ("0841", "RETREAT"),
    "TalksConcluded": ("046", "CONSULT"),
}


def interop_codes(event: CatalogEvent) -> dict[str, str]:
    """The event's CAMEO 1.1b3 code and PLOVER category."""
    cameo, plover = PLAIN[event.type]
    issues = set(event.issues)
    if event.type == "TalksOpened" and bool(getattr(event, "mediators", ())):
        cameo = "044"
    elif event.type == "TalksConcluded" and getattr(event, "outcome", "") == "collapsed":
        cameo, plover = "164", "REJECT"
    elif event.type == "DemandStated":
        cameo = _refined(cameo, issues, "1053", "1056")
    elif event.type == "DemandRejected":
        cameo = _refined(cameo, issues, "1243", "1246")
    elif event.type == "ThreatIssued" and "peace_treaty" in issues:
        cameo = "1313"
    elif event.type == "AppealMade":
        cameo = "027" if issues & DEESCALATION_ISSUES else "026"
    return {"cameo": cameo, "plover": plover}


def _refined(code: str, issues: set[str], release: str, deescalate: str) -> str:
    if issues & RELEASE_ISSUES:
        return release
    if issues & DEESCALATION_ISSUES:
        return deescalate
    return code
