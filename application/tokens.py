"""Named writers and their roles: issue, list, revoke and check tokens kept hashed in the store."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

from eventsourcing.application import AggregateNotFoundError
from eventsourcing.utils import get_topic

from application.app import Parley
from domain.token import ROLES, AccessToken, token_digest

TOPICS = (get_topic(AccessToken.Issued), get_topic(AccessToken.Revoked))
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")


class InvalidToken(ValueError):
    """A token request names a bad name or role: ``field`` says which."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class Holder:
    """Who a token speaks for."""

    name: str
    role: str


def issue(app: Parley, name: str, role: str) -> str:
    """A new token for ``name`` with ``role``; only its hash is stored."""
    if not NAME.match(name or ""):
        raise InvalidToken("name", "1-64 letters, digits, '_', '.', '@' or '-'")
    if role not in ROLES:
        raise InvalidToken("role", f"{role!r} is not one of {', '.join(ROLES)}")
    token = secrets.token_urlsafe(32)
    app.save(AccessToken(name, role, token_digest(token)))
    return token


def holder(app: Parley, token: str) -> Holder | None:
    """Whom a live token speaks for; None for an unknown or revoked one."""
    if not token:
        return None
    try:
        found: AccessToken = app.repository.get(AccessToken.create_id(token_digest(token)))
    except AggregateNotFoundError:
        return None
    return None if found.revoked else Holder(found.name, found.role)


def listed(app: Parley) -> list[dict[str, Any]]:
    """Every token issued: name, role, when, and whether revoked (never the secret)."""
    rows: dict[str, dict[str, Any]] = {}
    for _, e in app.read_log(topics=TOPICS):
        key = str(e.originator_id)
        if isinstance(e, AccessToken.Issued):
            rows[key] = {
                "name": e.name,
                "role": e.role,
                "issued": e.timestamp.isoformat(),
                "revoked": None,
                "hash": e.digest[:12],
            }
        elif key in rows:
            rows[key]["revoked"] = e.timestamp.isoformat()
    return list(rows.values())


def revoke(app: Parley, name: str) -> int:
    """Revokes every live token of ``name``; returns how many."""
    count = 0
    for _, e in list(app.read_log(topics=TOPICS[:1])):
        if e.name != name:
            continue
        token: AccessToken = app.repository.get(e.originator_id)
        if not token.revoked:
            token.revoke()
            app.save(token)
            count += 1
    return count
