"""Analysts correct the record: corrections to events, added happenings, actor merges,
undoing, and each event as corrected with its history."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query

from api.deps import AnalystDep, BroadcasterDep, ParleyDep
from api.problems import ApiProblem, documented, invalid, not_found
from api.schemas import OrjsonResponse
from api.stream import Broadcaster
from application import corrections
from application.app import Parley
from application.export import export_record
from domain.correction import InvalidCorrection
from domain.overlay import Entry, added_record

router = APIRouter(tags=["corrections"])
EventId = Annotated[str, Path(min_length=1, max_length=64)]
Raw = Annotated[bool, Query(description="The machine's event, corrections not applied.")]


def _refused(e: InvalidCorrection) -> ApiProblem:
    return invalid(e.field, e.message)


def _written(entry: Entry, parley: Parley, broadcaster: Broadcaster) -> OrjsonResponse:
    broadcaster.note_written(parley.max_position())
    return OrjsonResponse(entry.as_dict(), status_code=201)


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise invalid("body", "send a JSON object")
    return body


def _text(body: dict[str, Any], field: str) -> str:
    value = body.get(field)
    if value is not None and not isinstance(value, str):
        raise invalid(field, "give a string")
    return value or ""


@router.post(
    "/events/{event_id}/corrections",
    status_code=201,
    summary="Retract, amend or confirm an event's happening (analyst)",
    description='`{"action": "retract" | "amend" | "confirm", "reason": "...", "changes": '
    "{...}}`; changes in the export shape (`occurred`, `type`, `actors`, `modality`, "
    "`location`, `issues`, `attributes`). The correction is anchored to the happening, so "
    "it holds across replays.",
    responses=documented(401, 403, 404, 422),
)
def post_event_correction(
    event_id: EventId,
    holder: AnalystDep,
    parley: ParleyDep,
    broadcaster: BroadcasterDep,
    body: Annotated[Any, Body()] = None,
) -> OrjsonResponse:
    body = _object(body)
    changes = body.get("changes") or {}
    if not isinstance(changes, dict):
        raise invalid("changes", "give an object in the export shape")
    try:
        entry = corrections.correct(
            parley,
            event_id,
            _text(body, "action"),
            _text(body, "reason"),
            holder.name,
            changes,
        )
    except InvalidCorrection as e:
        raise _refused(e) from None
    except corrections.UnknownEvent as e:
        raise not_found("event_id", str(e)) from None
    return _written(entry, parley, broadcaster)


@router.post(
    "/corrections",
    status_code=201,
    summary="Add a missed happening, merge two actor ids, or undo a correction (analyst)",
    description='`{"action": "add", "reason": ..., "event": {type, occurred, actors, evidence: '
    '{article, span, text} | {url, text}, ...}}`, `{"action": "merge", "reason": ..., "from": '
    'ID, "into": ID}` or `{"action": "undo", "reason": ..., "correction": ID}`.',
    responses=documented(401, 403, 404, 422),
)
def post_correction(
    holder: AnalystDep,
    parley: ParleyDep,
    broadcaster: BroadcasterDep,
    body: Annotated[Any, Body()] = None,
) -> OrjsonResponse:
    body = _object(body)
    action, reason = _text(body, "action"), _text(body, "reason")
    try:
        if action == "add":
            event = body.get("event")
            if not isinstance(event, dict):
                raise invalid("event", "give the happening in the export shape")
            entry = corrections.add(parley, event, reason, holder.name)
        elif action == "merge":
            entry = _merge(parley, body, reason, holder.name)
        elif action == "undo":
            entry = corrections.undo(parley, _text(body, "correction"), reason, holder.name)
        else:
            raise invalid("action", f"{action!r} is not one of add, merge, undo")
    except InvalidCorrection as e:
        raise _refused(e) from None
    except corrections.UnknownCorrection as e:
        raise not_found("correction", str(e)) from None
    return _written(entry, parley, broadcaster)


def _merge(parley: Parley, body: dict[str, Any], reason: str, writer: str) -> Entry:
    """Merges ``from`` into ``into``; a refusal names the body's field as sent (``into``)."""
    try:
        return corrections.merge(parley, _text(body, "from"), _text(body, "into"), reason, writer)
    except InvalidCorrection as e:
        raise invalid(e.field.removeprefix("merge."), e.message) from None


@router.get(
    "/corrections",
    summary="Every correction, and which attach to the active release or are orphaned",
)
def list_corrections(parley: ParleyDep) -> OrjsonResponse:
    report = corrections.attachment(parley)
    everything = [e.as_dict() for e in corrections.entries(parley)]
    return OrjsonResponse({"corrections": everything, **report})


@router.get(
    "/events/{event_id}",
    summary="One event, as corrected (`corrected`, `retracted`, `added_by` mark the analysts')",
    responses=documented(404, 422),
)
def get_event(event_id: EventId, parley: ParleyDep, raw: Raw = False) -> OrjsonResponse:
    over = corrections.overlay(parley)
    for entry in over.added:
        if entry.id == event_id:
            if raw:
                break
            return OrjsonResponse(added_record(entry, parley.active_release()))
    found = _found(parley, event_id)
    record = export_record(found.position, found.event)
    if raw:
        return OrjsonResponse(record)
    corrected = corrections.corrected_record(parley, found, over)
    if corrected is None:
        return OrjsonResponse({**record, "corrected": True, "retracted": True})
    return OrjsonResponse({"corrected": False, **corrected})


@router.get(
    "/events/{event_id}/history",
    summary="An event's extraction and every correction to its happening",
    responses=documented(404, 422),
)
def get_history(event_id: EventId, parley: ParleyDep) -> OrjsonResponse:
    _found(parley, event_id)
    return OrjsonResponse(corrections.history(parley, event_id))


def _found(parley: Parley, event_id: str) -> Any:
    try:
        return corrections.find_event(parley, event_id)
    except corrections.UnknownEvent as e:
        raise not_found("event_id", str(e)) from None
