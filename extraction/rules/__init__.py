"""The rule book: the catalog's trigger rules, one module and one rule file per family.

| family | module | rule file (``extraction/data/rules/``) | catalog events |
|---|---|---|---|
| process | ``process.py`` | ``process.toml`` | TalksOpened, TalksConcluded, Delegation* |
| proposals | ``proposals.py`` | ``proposals.toml`` | ProposalMade, CounterproposalMade, Proposal* |
| positions | ``positions.py`` | ``positions.toml`` | DemandStated, ThreatIssued, AppealMade |
| statements | ``statements.py`` | ``statements.toml`` | StatementIssued |
| outcomes | ``outcomes.py`` | ``outcomes.toml`` | Ceasefire*, TruceExtended, *Released |

What rules share (``Rule``, ``Draft``, ``SentenceContext``, dating) is in ``base.py`` and
``context.py``."""

from __future__ import annotations

from extraction.registry import Registry
from extraction.rules.base import Family, Rule
from extraction.rules.context import Draft, SentenceContext, interval_for
from extraction.rules.outcomes import OutcomeRules
from extraction.rules.positions import PositionRules
from extraction.rules.process import ProcessRules
from extraction.rules.proposals import ProposalRules
from extraction.rules.statements import StatementRules

# The order rules are tried in: a sentence's findings come out in this order.
FAMILIES: tuple[type[Family], ...] = (
    ProcessRules,
    ProposalRules,
    PositionRules,
    StatementRules,
    OutcomeRules,
)

__all__ = ["FAMILIES", "Draft", "Rule", "RuleBook", "SentenceContext", "interval_for"]


class RuleBook:
    """The catalog's trigger rules, compiled from the rule files and the lexicon."""

    def __init__(self, registry: Registry) -> None:
        self.families = [family(registry) for family in FAMILIES]
        self.rules: list[Rule] = [rule for family in self.families for rule in family.rules]
