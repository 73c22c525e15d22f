"""A state is computed once for all the dates it holds for, and for all the knowledge dates
that know the same: the shared answer is the one each date gets computed on its own, on
stores with several negotiations, with corrections, dense or sparse, and right after a write."""

from __future__ import annotations

import random
import threading
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from application import corrections
from application.app import Parley
from application.articles import ArticleInput
from application.export import export_record
from application.sources import Metadata, read_paths
from domain.finding import Finding
from domain.values import ActorRef, Evidence, ExtractorRef, Interval
from projections import reader as reader_module
from projections import readside
from projections.canonical import Day, Span, Spans
from projections.negotiation import AHEAD_DAYS
from projections.readside import ReadSide
from tests.projections.readside_fakes import ingested

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
OTHER_TALKS = Path(__file__).parent / "other_talks"
CONFLICTS = ROOT / "tests" / "extraction" / "heldout" / "conflicts"
MARGIN = 75  # days before a negotiation's first event and after its last still asked about
EXAMPLES = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def shared_is_alone(
    read: ReadSide,
    as_of: date,
    known_as_of: date | None = None,
    negotiation: str | None = None,
    raw: bool = False,
) -> None:
    """The answer served from what was computed for another date is this date's own."""
    shared = orjson.loads(read.state_json(as_of, known_as_of, negotiation=negotiation, raw=raw))
    alone = read.state(as_of, known_as_of, negotiation=negotiation, raw=raw)
    assert shared == alone, (as_of, known_as_of, negotiation, raw)


def ranges(read: ReadSide, raw: bool = False) -> dict[str, tuple[date, date]]:
    """Each negotiation's days asked about: its events' and a margin either side."""
    margin = timedelta(days=MARGIN)
    return {
        n["id"]: (date.fromisoformat(n["first"]) - margin, date.fromisoformat(n["last"]) + margin)
        for n in read.negotiations(raw=raw)
    }


def days(first: date, last: date) -> Iterator[date]:
    for n in range((last - first).days + 1):
        yield first + timedelta(days=n)


@pytest.fixture(scope="module")
def talks() -> Iterator[ReadSide]:
    side = ingested(SEEDS, OTHER_TALKS, CONFLICTS)
    yield side
    side.app.close()


def test_every_day_of_the_largest_negotiations_gets_the_answer_it_gets_alone(talks):
    spans = sorted(ranges(talks).items(), key=lambda item: item[1][0] - item[1][1])
    for negotiation, (first, last) in spans[:3]:
        middle = first + (last - first) / 2
        for known in (None, middle):
            for day in days(first, last):
                shared_is_alone(talks, day, known, negotiation)


def test_dates_on_which_nothing_changes_share_one_computed_answer(talks):
    negotiation, (first, last) = max(ranges(talks).items(), key=lambda i: i[1][1] - i[1][0])
    talks.spans.clear()
    asked = list(days(first, last))
    for day in asked:
        talks.state_json(day, negotiation=negotiation)
    assert 0 < talks.spans.count < len(asked) / 2


def test_knowledge_dates_between_two_days_of_reports_share_one_answer(talks):
    negotiation, (first, last) = max(ranges(talks).items(), key=lambda i: i[1][1] - i[1][0])
    talks.spans.clear()
    for known in days(first, last):
        talks.state_json(last, known, negotiation=negotiation)
    assert talks.spans.count < len(talks.spans.tables) + 1 + (last - first).days / 2
    assert len(talks.spans.tables) < (last - first).days / 2


@given(data=st.data())
@EXAMPLES
def test_random_dates_get_their_own_answer_on_every_negotiation(talks, data):
    negotiation, (first, last) = data.draw(st.sampled_from(sorted(ranges(talks).items())))
    as_of = data.draw(st.dates(first, last))
    known = data.draw(st.none() | st.dates(first, last))
    shared_is_alone(talks, as_of, known, negotiation)


# Corrections


@pytest.fixture(scope="module")
def corrected() -> Iterator[ReadSide]:
    side = ingested(SEEDS, OTHER_TALKS)
    app = side.app
    records = [
        export_record(p.position, p.event)
        for p in app.catalog_events()
        if p.event.extractor.release == app.active_release()
    ]
    rng = random.Random(7)
    for record in rng.sample(records, 3):
        corrections.correct(app, record["id"], "retract", "a duplicate", "dana")
    for record in rng.sample(records, 3):
        moved = date.fromisoformat(record["occurred"]["start"]) - timedelta(days=9)
        occurred = {"start": moved.isoformat(), "end": moved.isoformat()}
        corrections.correct(app, record["id"], "amend", "dated", "dana", {"occurred": occurred})
    added = {
        "type": "CeasefireAgreed",
        "occurred": {"start": "2024-01-20", "end": "2024-01-20"},
        "actors": [{"id": "israel", "role": "subject"}, {"id": "hamas", "role": "subject"}],
        "evidence": {"url": "https://example.org/truce", "text": "Both sides agreed a truce."},
    }
    corrections.add(app, added, "missed", "omar")
    corrections.merge(app, "idf", "israel", "one side", "omar")
    side.catch_up()
    yield side
    app.close()


@given(data=st.data())
@EXAMPLES
def test_random_dates_get_their_own_answer_corrected_or_raw(corrected, data):
    raw = data.draw(st.booleans())
    negotiation, (first, last) = data.draw(st.sampled_from(sorted(ranges(corrected).items())))
    as_of = data.draw(st.dates(first, last))
    known = data.draw(st.none() | st.dates(first, last))
    shared_is_alone(corrected, as_of, known, negotiation, raw)


# Writes


def test_after_a_write_every_date_gets_the_new_logs_answer():
    read = ingested(SEEDS)
    first, last = ranges(read)["israel-hamas"]
    before = {day: read.state_json(day) for day in days(first, last)}
    for item in read_paths([OTHER_TALKS], Metadata()):
        read.app.ingest(item)  # type: ignore[arg-type]
    corrections.add(
        read.app,
        {
            "type": "TalksOpened",
            "occurred": {"start": "2024-02-20", "end": "2024-02-20"},
            "actors": [{"id": "israel", "role": "subject"}, {"id": "hamas", "role": "subject"}],
            "evidence": {"url": "https://example.org/talks", "text": "Talks resumed in Doha."},
        },
        "missed",
        "dana",
    )
    read.catch_up()
    for day in days(first, last):
        shared_is_alone(read, day, negotiation="israel-hamas")
    changed = [day for day in before if read.state_json(day) != before[day]]
    assert changed, "the writes moved the log on: every answer names the new position"
    read.app.close()


# A dense store: many reports a day, truces made, extended and ended, plans ahead


SENTENCES = (
    "The two sides agreed a four-day truce, mediators said.",
    "The truce was extended by 48 hours to allow more releases.",
    "Fighting resumed after the truce collapsed.",
    "The first phase of the ceasefire expired on Sunday.",
    "Delegations met in Cairo for talks on a ceasefire.",
    "Officials said the talks ended without progress.",
    "Hostages were released under the deal.",
    "The group rejected the latest proposal and demanded an end to the war.",
)
KINDS = (
    ("TalksOpened", {"venue": "cairo"}),
    ("TalksOpened", {"venue": "doha"}),
    ("TalksConcluded", {"outcome": "no_progress"}),
    ("TalksConcluded", {"outcome": "agreement"}),
    ("DelegationArrived", {"destination": "cairo"}),
    ("DelegationRecalled", {}),
    ("ProposalMade", {"proposal_id": "p1"}),
    ("ProposalAccepted", {"proposal_id": "p1"}),
    ("ProposalRejected", {"proposal_id": "p2"}),
    ("DemandStated", {}),
    ("StatementIssued", {"assessment": "serious"}),
    ("CeasefireAgreed", {}),
    ("TruceExtended", {}),
    ("CeasefireCollapsed", {}),
    ("HostagesReleased", {"count": 3, "means": "deal"}),
)
ACTORS = ("israel", "hamas", "egypt", "qatar", "united_states")
ISSUES = ("permanent_ceasefire", "hostage_release", "troop_withdrawal", "temporary_truce")
START = date(2024, 1, 1)


class DenseExtractor:
    """Findings drawn from each article's id: a dozen a day, some planned days ahead."""

    name = "dense"
    version = "1.0.0"
    release = "dense@1.0.0"

    def extract(self, article_id: str, published: date, text: str) -> list[Finding]:
        rng = random.Random(article_id)
        ref = ExtractorRef(self.name, self.version, "test")
        if article_id.startswith("plan-"):  # only talks announced for ten days ahead
            sentence = "Talks will resume in Doha in ten days."
            when = Interval.day(published + timedelta(days=10))
            actors = (ActorRef("israel"), ActorRef("hamas"))
            evidence = Evidence(article_id, 0, (0, len(sentence)), sentence)
            plan = Finding("TalksOpened", when, actors, evidence, ref, modality="expected")
            return [replace(plan, location="doha", attributes={"venue": "doha"})]
        found = []
        for n in range(12):
            kind, attributes = rng.choice(KINDS)
            expected = rng.random() < 0.15
            ahead = rng.randrange(1, 20) if expected else -rng.randrange(6)
            when = published + timedelta(days=ahead)
            subject, target = rng.sample(ACTORS, 2)
            sentence = rng.choice(SENTENCES)
            found.append(
                Finding(
                    kind,
                    Interval.day(when),
                    (ActorRef(subject), ActorRef(target, "target")),
                    Evidence(article_id, n, (0, len(sentence)), sentence),
                    ref,
                    modality="expected" if expected else rng.choice(("asserted", "reported")),
                    issues=(rng.choice(ISSUES),),
                    location=rng.choice(("cairo", "doha", None)),
                    attributes=dict(attributes),
                )
            )
        return found


@pytest.fixture(scope="module")
def dense() -> Iterator[ReadSide]:
    app = Parley(url="memory://", extractor=DenseExtractor())
    for n in range(90):
        published = START + timedelta(days=n * 120 // 90)
        app.ingest(ArticleInput(f"dense-{n}", published, f"Dense article {n}."))
    side = ReadSide(app)
    side.catch_up()
    yield side
    app.close()


@given(
    as_of=st.dates(START - timedelta(days=30), START + timedelta(days=170)),
    known=st.none() | st.dates(START - timedelta(days=10), START + timedelta(days=150)),
)
@EXAMPLES
def test_random_dates_get_their_own_answer_on_a_dense_store(dense, as_of, known):
    shared_is_alone(dense, as_of, known)


@pytest.mark.parametrize("published", [60, 110, 125])
def test_on_a_dense_store_after_an_article_every_date_gets_the_new_answer(dense, published):
    asked = list(days(START - timedelta(days=20), START + timedelta(days=150)))[::3]
    for day in asked:
        dense.state_json(day)
        dense.state_json(day, day - timedelta(days=3))
    late = START + timedelta(days=published)
    dense.app.ingest(ArticleInput(f"dense-late-{published}", late, "A late one."))
    dense.catch_up()
    for day in asked:
        shared_is_alone(dense, day)
        shared_is_alone(dense, day, day - timedelta(days=3))


def test_talks_announced_for_later_change_the_state_from_the_day_they_were_announced(dense):
    announced = START + timedelta(days=200)  # after the store's other plans
    asked = list(days(announced - timedelta(days=5), announced + timedelta(days=15)))
    before = {day: orjson.loads(dense.state_json(day)) for day in asked}
    dense.app.ingest(ArticleInput("plan-1", announced, "Talks will resume in Doha."))
    dense.catch_up()
    for day in asked:
        shared_is_alone(dense, day)
    after = orjson.loads(dense.state_json(announced))
    assert after["next_round"] != before[announced]["next_round"]


# The day that follows comparisons


def test_a_compared_day_narrows_its_span_to_the_days_that_compare_alike():
    span = Span(100)
    day = Day(span)
    assert day < 120 and not day < 90 and 130 > day  # noqa: SIM300 (reflected on purpose)
    assert day - 10 <= 95 and not (day + 5 >= 110)
    assert 200 - day > 20  # 200 - day is above 20 on days below 180
    assert (span.lo, span.hi) == (90, 104)
    assert (day - 3) - (day + 4) == -7  # the same day on both sides: nothing narrowed
    assert day != 95 and day != 103
    assert span.close() == (96, 102)


def test_a_day_used_other_than_compared_holds_for_itself_only():
    for use in (hash, int, str, lambda d: range(d), lambda d: d * 2):
        span = Span(100)
        try:
            use(Day(span))
        except TypeError:  # no answer came of it
            continue
        assert span.close() == (100, 100)


def test_a_closed_span_no_longer_narrows():
    span = Span(100)
    day = Day(span)
    assert day < 120
    span.close()
    assert day < 110 and day == 100 and hash(day) == hash(100)
    assert (span.lo, span.hi) == (-(1 << 40), 119)


def test_answers_on_days_before_what_a_write_can_change_are_kept():
    spans = Spans()
    for lo, hi in ((10, 19), (20, 29), (30, 39)):
        spans.store("k", lo, hi, b"%d" % lo, length=5, standing="s")
    since = {5: 25}.__getitem__  # facts added after the fifth can change days from 25 on
    assert spans.lookup("k", 12, 7, "s", since) == b"10"
    assert spans.lookup("k", 24, 7, "s", since) == b"20"
    assert spans.lookup("k", 25, 7, "s", since) is None
    assert spans.lookup("k", 33, 7, "s", since) is None
    assert spans.count == 2


def test_no_answer_is_kept_when_what_every_day_reads_has_changed():
    spans = Spans()
    spans.store("k", 10, 19, b"10", length=5, standing="s")
    assert spans.lookup("k", 12, 6, "other sides", {5: 100}.__getitem__) is None
    assert spans.count == 0


def body(answer: bytes) -> dict[str, object]:
    """An answer without its echo of the question."""
    found = orjson.loads(answer)
    return {k: v for k, v in found.items() if k not in ("as_of", "known_as_of")}


def test_dates_long_after_what_was_known_share_one_computed_answer(dense):
    read = ReadSide(dense.app)  # its own cache of answers
    read.catch_up()
    known = START + timedelta(days=30)
    # Past the longest window but the truce's and venue's (over a year) after what was known.
    asked = list(days(START + timedelta(days=200), START + timedelta(days=300)))

    answers = [read.state_json(day, known) for day in asked]

    # Facts reported after ``known``, or past the few a window reads, narrow no answer's
    # span: one answer serves them all (besides the one knowing everything, tried first).
    knowing = [t for k, t in read.spans.tables.items() if k[1] != readside.NEEDED]
    assert sum(len(t.entries) for t in knowing) == 1, read.spans.count
    assert len({orjson.dumps(body(a)) for a in answers}) == 1
    for day in asked[::7]:
        shared_is_alone(read, day, known)


def test_a_knowledge_date_past_all_a_date_reads_gets_the_answer_knowing_everything(dense):
    read = ReadSide(dense.app)
    read.catch_up()
    index = read._reader(None, None)[0].index
    reach = AHEAD_DAYS + index.everything.latest_report()
    for day in list(days(START - timedelta(days=10), START + timedelta(days=150)))[::9]:
        everything = read.state_json(day)
        counted = read.spans.count

        later = read.state_json(day, day + timedelta(days=reach))

        assert body(later) == body(everything)
        assert orjson.loads(later)["known_as_of"] == (day + timedelta(days=reach)).isoformat()
        assert read.spans.count == counted  # served from the answer knowing everything
        shared_is_alone(read, day, day + timedelta(days=reach))
        shared_is_alone(read, day, day + timedelta(days=reach - 1))


def test_states_looked_up_without_waiting_equal_fresh_ones_across_writes(dense):
    read = ReadSide(dense.app)
    read.catch_up()
    asked = [
        (day, known)
        for day in list(days(START - timedelta(days=10), START + timedelta(days=160)))[::4]
        for known in (None, day - timedelta(days=2), day + timedelta(days=5), START)
    ]
    for late in (40, 95, None):
        assert read.cached_state(START) is None  # nothing answered at this position yet
        for day, known in asked[::2]:
            read.state_json(day, known)
        served = 0
        for day, known in asked:
            kept = read.cached_state(day, known)
            if kept is not None:
                served += 1
                assert orjson.loads(kept) == read.state(day, known), (day, known)
                assert kept == read.state_json(day, known)
        assert served > len(asked) // 2
        if late is not None:  # a late report changes states back to its day
            published = START + timedelta(days=late)
            dense.app.ingest(ArticleInput(f"dense-cached-{late}", published, "Another."))
            read.catch_up()


def test_answers_kept_decompressed_are_the_plain_computation_across_writes(dense, monkeypatch):
    """Answers served decompressed (the most recently used, up to a budget: here a handful,
    so they turn over all the time) are each date's own answer, computed plainly, whether
    computed, looked up with the index or without it, before and after writes."""
    read = ReadSide(dense.app)
    read.spans.hot_budget = 150_000
    read.catch_up()
    rng = random.Random(21)
    period = list(days(START - timedelta(days=10), START + timedelta(days=150)))
    for write in range(4):
        asked = [(rng.choice(period), rng.choice([None, *period])) for _ in range(80)]
        asked += [(day, day + timedelta(days=rng.randrange(-3, 12))) for day, _ in asked[:40]]
        for _ in range(2):  # computed (or kept from before the write), then kept
            for as_of, known in asked:
                with monkeypatch.context() as plain:
                    plain.setattr(reader_module, "MEMO", False)  # every derivation afresh
                    alone = orjson.dumps(read.state(as_of, known))
                kept = read.cached_state(as_of, known)
                assert kept is None or kept == alone, (write, as_of, known)
                assert read.state_json(as_of, known) == alone, (write, as_of, known)
                assert read.spans.hot_bytes <= read.spans.hot_budget
        assert read.cached_state(*asked[0]) is not None
        published = START + timedelta(days=rng.randrange(120))
        dense.app.ingest(ArticleInput(f"dense-hot-{write}", published, "Hot."))
        read.catch_up()


def test_answers_served_again_are_decompressed_once_while_in_use(monkeypatch):
    spans = Spans(size=100, budget=1 << 20, hot=3 * 45_000)
    bodies = {
        day: orjson.dumps({"day": day, "padding": f"talks resumed on {day} " * 1500})
        for day in range(0, 20, 2)
    }
    for day, body in bodies.items():
        spans.store("k", day, day + 1, body, length=5, standing="s")
    assert 2 <= len(spans.hot) < len(bodies)  # the latest stored, kept as served
    assert spans.hot_bytes <= spans.hot_budget
    decompressed: list[bytes] = []
    real = zlib.decompress
    monkeypatch.setattr(zlib, "decompress", lambda b: decompressed.append(b) or real(b))
    assert spans.lookup("k", 19, 5, "s", None) == bodies[18]
    assert not decompressed  # stored last: still at hand
    for day, body in bodies.items():
        for _ in range(3):
            assert spans.lookup("k", day, 5, "s", None) == body
            assert spans.lookup("k", day + 1, 5, "s", None) == body
        assert spans.hot_bytes <= spans.hot_budget
    assert len(set(decompressed)) == len(decompressed) <= len(bodies)  # once each at most
    spans.clear()
    assert not spans.hot and spans.hot_bytes == 0
    assert spans.lookup("k", 0, 5, "s", None) is None


def test_a_kept_state_is_looked_up_while_another_thread_computes_one(dense):
    read = ReadSide(dense.app)
    read.catch_up()
    kept = read.state_json(START)
    done = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with read._lock:  # as a state being computed holds the index
            done.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    done.wait(5)
    try:
        assert read.cached_state(START) == kept
        assert read.cached_state(START + timedelta(days=200)) is None  # never computed
    finally:
        release.set()
        holder.join()


def test_a_state_is_not_looked_up_once_the_views_moved_past_the_last_computed_one(dense):
    read = ReadSide(dense.app)
    read.catch_up()
    read.state_json(START)
    assert read.cached_state(START) is not None
    dense.app.ingest(ArticleInput("dense-moved-on", START + timedelta(days=30), "Moved on."))
    read.catch_up()
    assert read.cached_state(START) is None  # until a state is computed at the new position
    fresh = read.state_json(START)
    assert read.cached_state(START) == fresh
    assert orjson.loads(fresh) == read.state(START)


def test_states_known_before_a_late_report_are_kept_after_it_and_stay_right(dense, monkeypatch):
    read = ReadSide(dense.app)
    read.catch_up()
    known = START + timedelta(days=40)
    asked = list(days(START - timedelta(days=10), START + timedelta(days=160)))[::2]
    for day in asked:
        read.state_json(day, known)
    # Reported after ``known`` about days before it: only the states knowing it change.
    dense.app.ingest(ArticleInput("dense-known-later", START + timedelta(days=70), "Late."))
    read.catch_up()
    computed = []
    body = readside._state_body
    monkeypatch.setattr(readside, "_state_body", lambda *a: computed.append(a) or body(*a))

    for day in asked:
        shared_is_alone(read, day, known)

    assert computed == []  # every one kept
    read.state_json(START + timedelta(days=100))
    assert len(computed) == 1  # knowing everything: computed again
