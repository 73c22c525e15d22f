"""A computed state is the plain computation's, byte for byte: with what answers derive from
a record alone kept with it, the parts' positions found once per answer, and a date's span
narrowed by a few comparisons where bisecting or walking with it made many."""

from __future__ import annotations

import bisect
import operator
import random
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import islice
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from projections import reader as reader_module
from projections import readside
from projections.canonical import Day, Need, Span, Spans, bisect_right_day
from projections.index import NO_LIMIT, ReleaseIndex, Series
from projections.reader import Reader
from projections.readside import ReadSide
from tests.projections.readside_fakes import ingested

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
OTHER_TALKS = Path(__file__).parent / "other_talks"
PAIRS = 120  # random (as_of, known_as_of) pairs per negotiation


@pytest.fixture(scope="module")
def talks() -> Iterator[ReadSide]:
    side = ingested(SEEDS, OTHER_TALKS)
    yield side
    side.app.close()


def pairs(first: date, last: date, rng: random.Random) -> Iterator[tuple[date, date | None]]:
    """Dates from two months before a negotiation's first event to two after its last,
    known on another such date or on none (everything known)."""
    days = (last - first).days + 120
    for _ in range(PAIRS):
        as_of = first + timedelta(days=rng.randrange(days) - 60)
        known = first + timedelta(days=rng.randrange(days) - 60) if rng.random() < 0.7 else None
        yield as_of, known


def test_served_states_are_the_plain_computation_byte_for_byte(talks, monkeypatch):
    rng = random.Random(12)
    asked = 0
    for negotiation in talks.negotiations():
        first = date.fromisoformat(negotiation["first"])
        last = date.fromisoformat(negotiation["last"])
        for as_of, known in pairs(first, last, rng):
            served = talks.state_json(as_of, known, negotiation=negotiation["id"])
            with monkeypatch.context() as plain:
                plain.setattr(reader_module, "MEMO", False)  # every derivation made afresh
                alone = talks.state(as_of, known, negotiation=negotiation["id"])
            assert served == orjson.dumps(alone), (negotiation["id"], as_of, known)
            asked += 1
    assert asked >= 3 * PAIRS  # the seeds' negotiation and the other talks' ones


def test_a_record_derivation_is_made_once_and_never_taken_for_another_records():
    made: list[str] = []

    def sides(record: dict[str, str]) -> str:
        return reader_module.derived(
            record, "who", lambda: made.append(record["who"]) or record["who"]
        )

    first, second = {"who": "hamas"}, {"who": "israel"}
    assert [sides(first), sides(first), sides(second)] == ["hamas", "hamas", "israel"]
    assert made == ["hamas", "israel"]
    for n in range(3 * reader_module.DERIVED_BOUND // 2):  # past the bound: all goes, then again
        assert sides({"who": str(n)}) == str(n)
    assert sides(first) == "hamas"


def narrowed(day: int, sign: int, offset: int, compare) -> tuple[object, tuple[int, int]]:  # type: ignore[no-untyped-def]
    span = Span(day)
    found = compare(Day(span, sign, offset))
    return found, span.close()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 40), max_size=30).map(sorted),
    st.integers(-10, 50),
    st.sampled_from([1, -1]),
    st.integers(-5, 5),
    st.data(),
)
def test_a_day_bisected_by_its_value_narrows_its_span_as_bisecting_with_it(
    starts, day, sign, offset, data
):
    lo = data.draw(st.integers(0, len(starts)))
    hi = data.draw(st.integers(lo, len(starts)))
    with_day = narrowed(day, sign, offset, lambda d: bisect.bisect_right(starts, d, lo, hi))
    by_value = narrowed(day, sign, offset, lambda d: bisect_right_day(starts, d, lo, hi))
    assert by_value == with_day


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=40),
    st.integers(-5, 40),
    st.integers(0, 40),
    st.one_of(st.just(NO_LIMIT), st.integers(0, 40)),
    st.integers(1, 6),
)
def test_the_latest_facts_since_a_day_narrow_its_span_as_walking_back_to_it(
    facts, as_of, window, known, limit
):
    series = Series()
    for position, (start, lag) in enumerate(facts, 1):
        series.add(start, start + lag, position)
    series.settle()
    reader = Reader(None, ReleaseIndex(), None, 0, known)  # type: ignore[arg-type]

    def walked(day: Day) -> list[int]:  # as before: the walk's own comparisons
        walk = series.backwards(day, known, day - window)
        return [series.positions[i] for i in islice(walk, limit)]

    def taken(day: Day) -> list[int]:
        return reader.latest(series, day, day - window, limit)

    assert narrowed(as_of, 1, 0, taken) == narrowed(as_of, 1, 0, walked)


class Numbered:
    """A view store whose record at a position names it."""

    def records(self, positions: list[int]) -> dict[int, dict[str, list[int]]]:
        return {p: {"at": [p]} for p in positions}


def test_records_kept_by_the_thousand_are_collected_then_frozen_out_of_the_gcs_sight(
    monkeypatch,
):
    done: list[str] = []
    monkeypatch.setattr(reader_module, "FREEZE_KEPT", 10)
    monkeypatch.setattr(reader_module.gc, "collect", lambda: done.append("collect") or 0)
    monkeypatch.setattr(reader_module.gc, "freeze", lambda: done.append("freeze"))
    kept = reader_module.Remembered(Numbered(), size=30)  # type: ignore[arg-type]
    assert kept.records(range(6))[5] == {"at": [5]}
    kept.records(range(6))  # read again: kept, nothing new
    assert done == []
    kept.records(range(12))  # the tenth new one kept since
    assert done == ["collect", "freeze"]
    for start in range(100, 200, 10):  # and so on, as many as fit twice the size
        kept.records(range(start, start + 10))
    assert done.count("freeze") == 6  # twice the 30 kept, by tens


def test_kept_records_that_turn_over_are_not_frozen_again_and_again(monkeypatch):
    frozen: list[int] = []
    monkeypatch.setattr(reader_module, "FREEZE_KEPT", 10)
    monkeypatch.setattr(reader_module.gc, "collect", lambda: 0)
    monkeypatch.setattr(reader_module.gc, "freeze", lambda: frozen.append(1))
    kept = reader_module.Remembered(Numbered(), size=20)  # type: ignore[arg-type]
    for start in range(0, 1000, 10):
        kept.records(range(start, start + 10))
    assert len(frozen) == 4  # twice the 20 kept, by tens


CONFLICTS = ROOT / "tests" / "extraction" / "heldout" / "conflicts"  # a held-out story
WINDOW_MODULES = ("negotiation", "positions", "proposals", "truce")
POINTS = 30  # change points sampled per negotiation, each asked the day before, on and after


def windows() -> set[int]:
    """Every window the state rules use: the projections' ``*_DAYS`` constants."""
    import importlib

    found = set()
    for name in WINDOW_MODULES:
        module = importlib.import_module(f"projections.{name}")
        found |= {
            value
            for key, value in vars(module).items()
            if key.endswith("_DAYS") and type(value) is int
        }
    return found


def change_points(index: ReleaseIndex) -> list[int]:
    """The days on which an answer may change: the facts' start and report days, and each
    start plus and minus every window (a look back ends, a plan comes within reach)."""
    starts, reported = set(index.everything.starts), set(index.everything.reported)
    shifted = {
        start + sign * window for start in starts for window in windows() for sign in (1, -1)
    }
    return sorted(starts | reported | shifted)


@pytest.fixture(scope="module")
def stories() -> Iterator[ReadSide]:
    side = ingested(SEEDS, OTHER_TALKS, CONFLICTS)
    yield side
    side.app.close()


def test_states_around_every_kind_of_change_point_are_the_plain_computation(stories, monkeypatch):
    rng = random.Random(7)
    _, indexes = stories.index.negotiations(None)
    asked = 0
    for negotiation, index in sorted(indexes.items()):
        points = change_points(index)
        reports = sorted(set(index.everything.reported))
        assert points and reports
        for point in sorted(rng.sample(points, min(POINTS, len(points)))):
            report = rng.choice(reports)
            for as_of in (point - 1, point, point + 1):
                for known in (None, point, report - 1, report, report + 1):
                    as_of_day = date.fromordinal(as_of)
                    known_day = date.fromordinal(known) if known else None
                    served = stories.state_json(as_of_day, known_day, negotiation=negotiation)
                    with monkeypatch.context() as plain:
                        plain.setattr(reader_module, "MEMO", False)
                        alone = stories.state(as_of_day, known_day, negotiation=negotiation)
                    assert served == orjson.dumps(alone), (negotiation, as_of_day, known_day)
                    asked += 1
    assert asked >= 3 * 15 * POINTS  # at least three negotiations asked about in full


def test_states_looked_up_without_the_index_are_the_plain_computation(stories, monkeypatch):
    """The default query's states, kept and looked up as an event loop does (no lock)."""
    rng = random.Random(8)
    name = stories.negotiation_of(None)
    points = change_points(stories.index.negotiations(None)[1][name])
    days = [
        date.fromordinal(p + d)
        for p in rng.sample(points, min(80, len(points)))
        for d in (-1, 0, 1)
    ]
    asked = [(day, rng.choice([None, *days])) for day in days]
    for as_of, known in asked[::2]:
        stories.state_json(as_of, known)
    served = 0
    for as_of, known in asked:
        kept = stories.cached_state(as_of, known)
        if kept is None:
            continue
        with monkeypatch.context() as plain:
            plain.setattr(reader_module, "MEMO", False)
            alone = stories.state(as_of, known)
        assert kept == orjson.dumps(alone), (as_of, known)
        served += 1
    assert served >= len(asked) // 2


def test_long_answers_are_kept_compressed_and_given_back_byte_for_byte():
    spans = Spans(size=100, budget=1 << 20)
    bodies = {
        day: orjson.dumps({"day": day, "padding": "talks resumed " * (day * 40)})
        for day in range(1, 30, 2)
    }
    for day, body in bodies.items():
        spans.store("k", day, day + 1, body, length=5, standing="s")
    assert spans.bytes < sum(map(len, bodies.values())) / 5
    for day, body in bodies.items():
        assert spans.lookup("k", day, 5, "s", None) == body
        assert spans.lookup("k", day + 1, 5, "s", None) == body
    assert spans.lookup("k", 5, 6, "s", None) is None  # computed at another length: not here
    assert spans.lookup("k", 5, 5, "other", None) is None


def test_kept_answers_beyond_the_byte_budget_drop_the_least_recently_used_key():
    spans = Spans(size=1000, budget=60_000)
    noise = random.Random(3)
    for key in ("a", "b", "c"):
        body = bytes(noise.randrange(256) for _ in range(25_000))  # incompressible
        spans.store(key, 1, 1, body, length=1, standing="s")
        spans.lookup("a", 1, 1, "s", None)  # "a" stays the most recently used
    assert set(spans.tables) == {"a", "c"}
    assert spans.bytes <= 60_000
    assert spans.count == 2


COMPARISONS = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


@settings(max_examples=300, deadline=None)
@given(
    offset=st.integers(-30, 30),
    other=st.integers(-50, 50),
    op=st.sampled_from(sorted(COMPARISONS)),
    flipped=st.booleans(),
    known=st.integers(-100, 100),
)
def test_a_need_notes_the_least_knowledge_that_compares_the_same(offset, other, op, flipped, known):
    compare = COMPARISONS[op]
    need = Need() + offset
    outcome = compare(other, need) if flipped else compare(need, other)
    assert outcome == (compare(other, NO_LIMIT) if flipped else compare(NO_LIMIT, other))
    if need.needs.met(0, known):
        assert outcome == (
            compare(other, known + offset) if flipped else compare(known + offset, other)
        )


@settings(max_examples=300, deadline=None)
@given(
    day=st.integers(-20, 20),
    shift=st.integers(-15, 15),
    op=st.sampled_from(sorted(COMPARISONS)),
    flipped=st.booleans(),
    known=st.integers(-60, 60),
)
def test_a_need_compared_with_a_day_notes_knowledge_relative_to_that_day(
    day, shift, op, flipped, known
):
    compare = COMPARISONS[op]
    span = Span(day)
    today = Day(span) + shift
    need = Need()
    outcome = compare(today, need) if flipped else compare(need, today)
    assert span.close() == (-(1 << 40), 1 << 40)  # the day's span is not narrowed
    if need.needs.met(day, known):
        plain = day + shift
        assert outcome == (compare(plain, known) if flipped else compare(known, plain))


def test_a_need_used_otherwise_than_compared_is_spoiled():
    for use in (int, bool, hash_of_value, lambda n: 3 - n, lambda n: f"{n}"):
        need = Need()
        with pytest.raises(TypeError):
            use(need)
        assert not need.needs.met(0, NO_LIMIT - 1)


def hash_of_value(need: Need) -> int:
    return hash(int(need))


def test_knowing_a_little_after_a_date_is_served_from_the_state_knowing_everything(
    stories, monkeypatch
):
    """A knowledge date past what a date's state reads (its facts' reports, its plans
    ahead) but before the furthest any state reads shares the state knowing everything."""
    name = stories.negotiation_of(None)
    index = stories.index.negotiations(None)[1][name]
    first, last = min(index.everything.starts), max(index.everything.starts)
    computed = []
    body = readside._state_body
    monkeypatch.setattr(readside, "_state_body", lambda *a: computed.append(a) or body(*a))
    asked = 0
    for day in range(first, last + 60, 5):
        as_of = date.fromordinal(day)
        for known in (as_of + timedelta(days=20), as_of + timedelta(days=40)):
            served = stories.state_json(as_of, known)
            with monkeypatch.context() as plain:
                plain.setattr(reader_module, "MEMO", False)
                alone = stories.state(as_of, known)
            assert served == orjson.dumps(alone), (as_of, known)
            asked += 1
    assert len(computed) < asked / 2  # most served from the states knowing everything
