"""Value objects of the negotiation timeline: who, when, how sure, and from where."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

Role = Literal["subject", "target", "mediator", "participant"]
Precision = Literal["day", "week", "month", "approx"]
Modality = Literal["asserted", "expected", "reported"]
Stance = Literal["demands", "supports", "conditional", "opposes", "rejects"]

ROLES: tuple[str, ...] = get_args(Role)
PRECISIONS: tuple[str, ...] = get_args(Precision)
MODALITIES: tuple[str, ...] = get_args(Modality)
STANCES: tuple[str, ...] = get_args(Stance)

ISSUES: tuple[str, ...] = (
    "permanent_ceasefire",
    "temporary_truce",
    "troop_withdrawal",
    "hostage_release",
    "prisoner_release",
    "prisoner_numbers",
    "rafah_offensive",
    "humanitarian_aid",
    "return_of_displaced",
    "hamas_elimination",
    "security_presence",
    "end_of_war",
    "peace_treaty",
    "border_deployment",
    # Talks in general (catalog v2): any negotiation
    "territory",
    "security_guarantees",
    "neutrality",
    "sanctions",
    "nuclear_programme",
    "disarmament",
    "monitoring",
    "power_sharing",
    "elections",
    "reconstruction",
    "prisoner_exchange",
    "humanitarian_access",
)


class InvalidValue(ValueError):
    """A value object was given a value outside its domain."""


def _require(ok: bool, message: str) -> None:
    if not ok:
        raise InvalidValue(message)


@dataclass(frozen=True)
class ActorRef:
    """A canonical actor id and the part it plays in one event."""

    id: str
    role: Role = "subject"
    # Read from the text, not from the registry ('the Sudan Liberation Movement (SLM)'): its
    # id is the slug of its name (extraction.world.slug) until the registry lists it.
    unregistered: bool = False

    def __post_init__(self) -> None:
        _require(bool(self.id), "actor id must not be empty")
        if self.role not in ROLES:  # the message formatted only when raised (hot path)
            raise InvalidValue(f"unknown actor role {self.role!r}")


@dataclass(frozen=True)
class Interval:
    """When something happened in the world: inclusive dates and how precise they are."""

    start: date
    end: date
    precision: Precision = "day"

    def __post_init__(self) -> None:
        # messages formatted only when raised: intervals are made by the thousand per article
        if not self.start <= self.end:
            raise InvalidValue(f"interval starts {self.start} after it ends {self.end}")
        if self.precision not in PRECISIONS:
            raise InvalidValue(f"unknown precision {self.precision!r}")

    @classmethod
    def day(cls, when: date) -> Interval:
        return cls(when, when, "day")

    def contains(self, when: date) -> bool:
        return self.start <= when <= self.end

    def overlaps(self, other: Interval) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def midpoint(self) -> date:
        return self.start + (self.end - self.start) / 2


@dataclass(frozen=True)
class Evidence:
    """The sentence an event was read from."""

    article: str
    sentence: int
    span: tuple[int, int]
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.span[0] <= self.span[1]:
            raise InvalidValue(f"bad evidence span {self.span}")


@dataclass(frozen=True)
class ExtractorRef:
    """Which extractor, at which version, and which of its rules produced an event."""

    name: str
    version: str
    rule: str = ""

    @property
    def release(self) -> str:
        """The extractor's name and version, e.g. ``rules@1.0.0``."""
        return f"{self.name}@{self.version}"
