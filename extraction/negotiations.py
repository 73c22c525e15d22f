"""Which negotiation each finding of an article belongs to: a pure step after extraction.

In order: a finding naming both sides of a known negotiation goes to it; one naming one side
goes to the known negotiation with that side that the paragraph, then the article, fits best
(its other side, mediators and words named there); one naming two opposing parties no known
negotiation pairs makes a new one, id = the sorted side ids joined by '-'; one naming only a
mediator or a venue follows its paragraph, then its article; what fits none is ``unassigned``.
"""

from __future__ import annotations

import tomllib
from bisect import insort
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import ahocorasick

from domain.finding import Finding

UNASSIGNED = "unassigned"
# The events whose actors are the parties themselves: two of them, known to no negotiation
# as a pair, open a new one ('Thailand and Cambodia agreed to a ceasefire').
PAIRING = frozenset(
    {
        "TalksOpened",
        "TalksConcluded",
        "CeasefireAgreed",
        "TruceExtended",
        "CeasefireCollapsed",
        "PrisonersReleased",
        "HostagesReleased",
        "ProposalAccepted",
        "ProposalRejected",
        "DemandRejected",
        "ThreatIssued",
    }
)


@dataclass(frozen=True)
class Negotiation:
    id: str
    name: str
    sides: tuple[str, ...]
    mediators: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    start: date = date.min
    end: date = date.max
    # Who holds the hostages / prisoners a sentence says were freed without saying by whom;
    # when the data names none, both sides.
    hostage_holder: str | None = None
    prisoner_holder: str | None = None
    issue_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The sides never meet: mediators carry messages between them ('proximity talks'), so a
    # round whose sentence names no party is not assumed to be one of both sides.
    indirect: bool = False
    # States that sign or announce for a side that is no state (Lebanon for Hezbollah):
    # (stand-in, side) pairs; the read side counts the stand-in as that side in a truce.
    stand_ins: tuple[tuple[str, str], ...] = ()

    def holders(self, what: str) -> tuple[str, ...]:
        holder = self.hostage_holder if what == "hostage" else self.prisoner_holder
        return (holder,) if holder else self.sides

    def live(self, when: date) -> bool:
        return self.start <= when <= self.end


def pair_id(a: str, b: str) -> str:
    """The id of a negotiation between two sides no data file lists: sorted ids, '-'."""
    return "-".join(sorted((a, b)))


def load_negotiations(path: Path) -> tuple[tuple[Negotiation, ...], frozenset[str]]:
    """The known negotiations of a data file, and the bodies that are never a side."""
    if not path.is_file():
        return (), frozenset()
    with open(path, "rb") as f:
        doc = tomllib.load(f)
    known = tuple(
        Negotiation(
            row["id"],
            row.get("name", row["id"]),
            tuple(row["sides"]),
            tuple(row.get("mediators", ())),
            tuple(a.lower() for a in row.get("aliases", ())),
            date.fromisoformat(str(row["from"])) if "from" in row else date.min,
            date.fromisoformat(str(row["until"])) if "until" in row else date.max,
            row.get("hostage_holder"),
            row.get("prisoner_holder"),
            tuple((k, tuple(v)) for k, v in row.get("issue_words", {}).items()),
            bool(row.get("indirect", False)),
            tuple(row.get("stand_ins", {}).items()),
        )
        for row in doc.get("negotiation", [])
    )
    return known, frozenset(doc.get("not_sides", ()))


class Assigner:
    """Assigns findings to negotiations, given the known ones and who acts for whom."""

    def __init__(
        self,
        known: Sequence[Negotiation],
        not_sides: frozenset[str],
        kinds: dict[str, str],
    ) -> None:
        self.known = tuple(known)
        self.not_sides = not_sides
        self.kinds = kinds  # actor id -> state | organisation | person
        self.sided: dict[str, list[Negotiation]] = {}
        self.mediating = frozenset(m for n in self.known for m in n.mediators)
        self.order = {n.id: i for i, n in enumerate(self.known)}
        for n in self.known:
            for side in n.sides:
                self.sided.setdefault(side, []).append(n)
        # Which negotiations may name their words in a sentence: one pass for all aliases.
        self.worded = ahocorasick.Automaton()
        by_alias: dict[str, list[int]] = {}
        for i, n in enumerate(self.known):
            for a in n.aliases:
                if i not in by_alias.setdefault(a, []):
                    by_alias[a].append(i)
        self.always_worded = sorted(set(by_alias.pop("", [])))  # '' is in every text
        for a, indices in by_alias.items():
            self.worded.add_word(a, tuple(indices))
        if by_alias:
            self.worded.make_automaton()

    def article(
        self,
        folded: str,
        published: date,
        named: Iterable[tuple[int, str]],
        affiliations: Callable[[str], tuple[str, ...]],
    ) -> Negotiation | None:
        """The known negotiation an article is about: the one whose sides it names most (both
        named beats one), then whose mediators and words it names; none when it names no side,
        or one side only and none of the negotiation's words."""
        counts: Counter[str] = Counter()
        for _, actor in named:
            counts.update(affiliations(actor))
        best: tuple[tuple[int, int, int], Negotiation] | None = None
        candidates = {id(n): n for a in counts for n in self.sided.get(a, ())}
        for n in candidates.values():
            if not n.live(published):
                continue
            named_sides = [counts[s] for s in n.sides]
            words = sum(1 for a in n.aliases if _word_in(a, folded))
            if not min(named_sides) and not words:
                continue  # one side named and none of its words: another of that side's talks
            score = (
                min(named_sides),
                sum(named_sides) * 2
                + sum(counts[m] for m in n.mediators)
                + sum(folded.count(a) for a in n.aliases),
                -self.order[n.id],
            )
            if best is None or score > best[0]:
                best = (score, n)
        return best[1] if best else None

    def of_sentence(
        self,
        actors: Sequence[str],
        folded: str,
        published: date,
        article: Negotiation | None,
    ) -> Negotiation | None:
        """The negotiation a sentence is about: of a side it names (the article's if it is one
        of them, else the one whose other side the sentence names, else the first listed),
        else of its words ('in Gaza'), else the article's."""
        for actor in actors:
            sided = [n for n in self.sided.get(actor, ()) if n.live(published)]
            if not sided:
                continue
            if article is not None and article in sided:
                return article
            both = [n for n in sided if set(n.sides) <= {actor, *actors}]
            if both:
                return both[0]
            if article is not None:
                return article  # a side of other talks acting in the article's negotiation
            return sided[0]
        for n in self._worded(folded):
            if n.live(published) and any(_word_in(a, folded) for a in n.aliases):
                return n
        if article is None:
            # Mediators named together that mediate one known negotiation only.
            named = {a for a in actors if a in self.mediating}
            fits = [
                n
                for n in self.known
                if len(named) > 1 and n.live(published) and named <= set(n.mediators)
            ]
            if len(fits) == 1:
                return fits[0]
        return article

    def _worded(self, folded: str) -> list[Negotiation]:
        """The known negotiations (in their order) one of whose aliases the text holds as a
        string: the only ones that can name a word of theirs in it."""
        found = list(self.always_worded)
        if self.worded.kind == ahocorasick.AHOCORASICK:
            for _, indices in self.worded.iter(folded):
                for i in indices:
                    if i not in found:
                        insort(found, i)
        return [self.known[i] for i in found]

    def assign(
        self,
        findings: Sequence[Finding],
        folded: str,
        published: date,
        named: Iterable[tuple[int, str]],
        affiliations: Callable[[str], tuple[str, ...]],
        groups: dict[str, str] | None = None,
        about: Negotiation | None = None,
    ) -> list[Finding]:
        """Each finding with its negotiation. ``named`` holds (offset, actor id) of every
        actor mention of the article; ``affiliations`` gives an actor and what it acts for;
        ``groups`` the kinds of the article's unregistered actors; ``about`` the negotiation
        the article is about, for findings of mediators only in an article none of whose
        findings names a side."""
        if not findings:
            return []
        paragraphs = _paragraph_starts(folded)
        by_paragraph: defaultdict[int, Counter[str]] = defaultdict(Counter)
        article: Counter[str] = Counter()
        for offset, actor in named:
            found = affiliations(actor)
            by_paragraph[_paragraph(paragraphs, offset)].update(found)
            article.update(found)
        live = [n for n in self.known if n.start <= published <= n.end]
        alias_hits = _Aliases(folded)
        wheres = [_paragraph(paragraphs, f.evidence.span[0]) for f in findings]
        ids: list[str | None] = []
        seen: dict[tuple[object, ...], str | None] = {}  # findings alike in a paragraph agree
        empty: Counter[str] = Counter()
        for f, where in zip(findings, wheres, strict=True):
            actors = {a for ref in f.actors for a in affiliations(ref.id)}
            parties = tuple(sorted({ref.id for ref in f.actors if ref.role != "mediator"}))
            alike = (f.type in PAIRING, frozenset(actors), parties, where)
            if alike not in seen:
                para = by_paragraph.get(where, empty)
                seen[alike] = self._own(
                    f, actors, live, para, article, alias_hits, affiliations, groups or {}
                )
            ids.append(seen[alike])
        # Mediators and venues only: the paragraph's negotiation, then the article's.
        counts = Counter(i for i in ids if i)
        para_counts: defaultdict[int, Counter[str]] = defaultdict(Counter)
        for where, i in zip(wheres, ids, strict=True):
            if i:
                para_counts[where][i] += 1
        out: list[Finding] = []
        for f, where, i in zip(findings, wheres, ids, strict=True):
            if i is None:
                pick = para_counts.get(where) or counts
                # 'Qatar's prime minister, the CIA and Mossad chiefs met in Paris to discuss a
                # hostage deal' in an article naming both sides: their talks
                fallback = about.id if about is not None else UNASSIGNED
                i = pick.most_common(1)[0][0] if pick else fallback
            out.append(_assigned(f, i))
        return out

    def _own(
        self,
        f: Finding,
        actors: set[str],
        live: list[Negotiation],
        para: Counter[str],
        article: Counter[str],
        alias_hits: _Aliases,
        affiliations: Callable[[str], tuple[str, ...]],
        groups: dict[str, str],
    ) -> str | None:
        alive = {id(n) for n in live}
        near = {id(n): n for a in actors for n in self.sided.get(a, ()) if id(n) in alive}
        both = [n for n in near.values() if actors.issuperset(n.sides)]
        if both:
            return min(both, key=lambda n: self.order[n.id]).id
        if f.type in PAIRING:
            parties = sorted(
                a
                for ref in f.actors
                if ref.role != "mediator"
                for a in (ref.id,)
                if (self.kinds.get(a) or groups.get(a)) in ("state", "organisation")
                and a not in self.not_sides
            )
            if (
                len(parties) == 2
                and not self._mediates(parties, live)
                and not self._comediate(parties, live, article, alias_hits)
                and not self._met_across(parties, near.values(), para)
                and parties[1] not in affiliations(parties[0])
                and parties[0] not in affiliations(parties[1])
            ):
                return pair_id(*parties)
        sided = sorted(near.values(), key=lambda n: self.order[n.id])
        if not sided:
            return None

        fits: dict[tuple[int, bool], tuple[int, int, int]] = {}

        def fit(n: Negotiation, mediating: bool = False) -> tuple[int, int, int]:
            found = fits.get((id(n), mediating))
            if found is not None:
                return found
            others = [s for s in n.sides if s not in actors]
            # a mediator's own mentions are no evidence of the talks it mediates
            mediators = [m for m in n.mediators if not (mediating and m in actors)]
            found = fits[(id(n), mediating)] = (
                sum(para[s] for s in others) * 3 + sum(para[m] for m in mediators),
                sum(article[s] for s in others) * 3
                + sum(article[m] for m in mediators)
                + alias_hits[n],
                -self.order[n.id],
            )
            return found

        # A party to talks of its own may act here as a mediator of others ('US envoy
        # presented a new proposal' in a story of the Gaza talks): the talks it mediates win
        # when the paragraph, then the article, names their sides more than its own talks'.
        # The sentence's own mediators are evidence of neither ('the U.S. expects talks to go
        # ahead in Qatar': Qatar, a mediator of both, weighs for neither).
        mediated = (
            [n for n in live if id(n) not in near and any(a in n.mediators for a in actors)]
            if not self.mediating.isdisjoint(actors)
            else []
        )
        best = max(sided, key=fit)
        if mediated:
            other = max(mediated, key=lambda n: fit(n, True))
            # ... when the article names a side of them that does not mediate the talks it
            # would leave ('Mossad's chief met the CIA director and Qatar's premier in Doha':
            # the US mediating the Gaza talks, not its own talks with Iran, which go unnamed)
            own = any(
                article[s] for s in other.sides if s not in actors and s not in best.mediators
            )
            if fit(other, True)[:2] > fit(best, True)[:2] and fit(other, True)[1] >= 3 and own:
                return other.id
        if len(sided) == 1:
            return sided[0].id
        if fit(best)[:2] == (0, 0):
            return None  # a side of several, none fits: the paragraph or article decides
        return best.id

    def _comediate(
        self,
        parties: list[str],
        live: list[Negotiation],
        article: Counter[str],
        alias_hits: _Aliases,
    ) -> bool:
        """Both parties mediate one known negotiation the article names by a side or a word
        (a US envoy meeting Lebanon's speaker on the Israel-Hezbollah truce): their talks are
        that negotiation's, not a new pair. Two co-mediators meeting in an article naming
        none of its sides hold talks of their own ('US and Russian delegations met in
        Geneva', though both mediate between Armenia and Azerbaijan)."""
        a, b = parties
        return any(
            a in n.mediators
            and b in n.mediators
            and (any(article[s] for s in n.sides) or alias_hits[n])
            for n in live
        )

    @staticmethod
    def _met_across(parties: list[str], near: Iterable[Negotiation], para: Counter[str]) -> bool:
        """A party's known negotiation whose other side its paragraph names: the second party
        hosts or joins those talks ('the Armenian and Azerbaijani ministers met in Berlin, one
        session with their German host' gives Armenia and Germany, not a new pair)."""
        return any(
            all(para[s] for s in n.sides if s not in parties) and not set(n.sides) <= set(parties)
            for n in near
        )

    def _mediates(self, parties: list[str], live: list[Negotiation]) -> bool:
        """One party mediates a known negotiation of the other ('Egypt and Israel')."""
        a, b = parties
        return any(
            (a in n.sides and b in n.mediators) or (b in n.sides and a in n.mediators) for n in live
        )


class _Aliases(dict[str, int]):
    """How often the article names each negotiation's words, counted when first asked."""

    def __init__(self, folded: str) -> None:
        super().__init__()
        self.folded = folded

    def __getitem__(self, n: Negotiation) -> int:  # type: ignore[override]
        if n.id not in self:
            self[n.id] = sum(self.folded.count(a) for a in n.aliases)
        return dict.__getitem__(self, n.id)


def _assigned(finding: Finding, negotiation: str) -> Finding:
    """The finding with its negotiation; a copy without re-checking what was checked."""
    if finding.negotiation == negotiation:
        return finding
    out = object.__new__(type(finding))  # what copy() makes, without its generic protocol
    out.__dict__.update(finding.__dict__)
    object.__setattr__(out, "negotiation", negotiation)
    return out


def _word_in(word: str, folded: str) -> bool:
    at = folded.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not folded[at - 1].isalnum()) and (
            end == len(folded) or not folded[end].isalnum()
        ):
            return True
        at = folded.find(word, at + 1)
    return False


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _paragraph(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset) - 1
