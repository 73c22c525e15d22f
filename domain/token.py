"""Named writers: an access token with a name and a role, kept only as its hash."""

from __future__ import annotations

import hashlib
from uuid import UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain.article import NAMESPACE

ROLES = ("reader", "analyst", "admin")  # each may do what the one before may, and more


def token_digest(token: str) -> str:
    """Tokens are random and long: a plain SHA-256 keeps them unguessable from the store."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def may(role: str, needed: str) -> bool:
    """Whether a role may do what ``needed`` may."""
    return ROLES.index(role) >= ROLES.index(needed)


class AccessToken(Aggregate):
    """A writer's token, by the hash of its secret; revoking it is an event."""

    class Issued(Aggregate.Created):
        name: str
        role: str
        digest: str

    class Revoked(Aggregate.Event):
        pass

    @staticmethod
    def create_id(digest: str) -> UUID:
        return uuid5(NAMESPACE, f"token:{digest}")

    @event(Issued)
    def __init__(self, name: str, role: str, digest: str) -> None:
        self.name = name
        self.role = role
        self.digest = digest
        self.revoked = False

    @event(Revoked)
    def revoke(self) -> None:
        self.revoked = True
