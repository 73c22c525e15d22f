"""The shortcuts the indexes take answer exactly what walking the facts answers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from projections.index import NO_LIMIT, Series
from tests.projections.readside_fakes import Newsroom, caught_up, d, demand
from tests.projections.test_readside_contract import DATES, publish_history

FAR = d("2100-01-01")


@pytest.fixture
def news(news: Newsroom) -> Newsroom:
    publish_history(news)
    # Runs of one stance, broken and resumed, some reported out of order.
    news.publish("2024-03-01", demand("2024-02-20", "hamas", "permanent_ceasefire"))
    news.publish(
        "2024-03-02",
        dict(type="ProposalAccepted", on="2024-02-25", subject=["hamas"], issues=["end_of_war"]),
        demand("2024-02-26", "hamas", "end_of_war", condition="if"),
    )
    news.publish("2024-03-20", demand("2024-02-22", "hamas", "permanent_ceasefire"))
    return news


def without_knowledge_cut(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k != "known_as_of"}


def test_indexed_stance_runs_equal_runs_walked_through_the_facts(news):
    read = caught_up(news)
    for day in (*DATES, "2024-02-21", "2024-02-25", "2024-02-27", "2024-03-25"):
        indexed = read.positions(None, d(day))
        walked = read.positions(None, d(day), known_as_of=FAR)  # a cut: the runs are walked
        assert without_knowledge_cut(indexed) == without_knowledge_cut(walked)
        assert indexed["positions"]
    state = read.state(d("2024-02-27"))
    assert without_knowledge_cut(state) == without_knowledge_cut(
        read.state(d("2024-02-27"), known_as_of=FAR)
    )


def test_a_run_counts_every_fact_since_the_stance_was_first_taken(news):
    read = caught_up(news)
    held = {
        (p["actor"], p["issue"]): p for p in read.positions("hamas", d("2024-03-25"))["positions"]
    }
    ceasefire = held["hamas", "permanent_ceasefire"]
    assert (ceasefire["stance"], ceasefire["since"], ceasefire["events"]) == (
        "demands",
        "2023-12-13",
        3,
    )
    assert held["hamas", "end_of_war"]["stance"] == "conditional"
    assert held["hamas", "end_of_war"]["since"] == "2024-02-26"


def test_a_late_report_inside_a_run_splits_it_in_incremental_processing(news):
    read = caught_up(news)
    news.publish(
        "2024-04-01",
        dict(
            type="DemandRejected",
            on="2024-02-21",
            subject=["hamas"],
            issues=["permanent_ceasefire"],
        ),
    )
    read.catch_up()
    held = {p["issue"]: p for p in read.positions("hamas", d("2024-03-25"))["positions"]}
    assert (held["permanent_ceasefire"]["since"], held["permanent_ceasefire"]["events"]) == (
        "2024-02-22",
        1,
    )
    on_the_day = {p["issue"]: p for p in read.positions("hamas", d("2024-02-21"))["positions"]}
    assert on_the_day["permanent_ceasefire"]["stance"] == "rejects"
    assert without_knowledge_cut(read.positions(None, d("2024-03-25"))) == without_knowledge_cut(
        read.positions(None, d("2024-03-25"), known_as_of=FAR)
    )


def test_records_read_by_a_json_list_equal_records_read_by_placeholders(news):
    read = caught_up(news)
    store, positions = read.store, list(range(1, read.position + 1))
    listed = store._select_listed("source, record", positions)  # type: ignore[attr-defined]
    assert sorted(store._select_blobs("source, record", positions)) == sorted(listed)
    assert len(listed) == 12  # the log also holds articles and extractions
    assert read.store.records([positions[-1]])[positions[-1]]["evidence"]


FACTS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(-15, 20)),  # start, days reported after it
    max_size=80,
)


def series_of(facts: list[tuple[int, int]]) -> Series:
    series = Series()
    for position, (start, late) in enumerate(facts, 1):
        series.add(start, start + late, position)
    series.settle()
    return series


@given(
    facts=FACTS, as_of=st.integers(-5, 70), known=st.integers(-20, 90), since=st.integers(-5, 70)
)
def test_a_walk_back_stopping_at_what_may_be_known_finds_every_fact_known(
    facts, as_of, known, since
):
    series = series_of(facts)
    expected = [
        i
        for i in range(len(series.starts) - 1, -1, -1)
        if since <= series.starts[i] <= as_of and series.reported[i] <= known
    ]

    assert list(series.backwards(as_of, known, since)) == expected
    assert list(series.backwards(as_of, NO_LIMIT, since)) == [
        i for i in range(len(series.starts) - 1, -1, -1) if since <= series.starts[i] <= as_of
    ]


@given(facts=FACTS, after=st.integers(-5, 70), days=st.integers(0, 30), known=st.integers(-20, 90))
def test_a_walk_forward_stopping_at_what_may_be_known_finds_every_fact_known(
    facts, after, days, known
):
    series = series_of(facts)
    expected = [
        i
        for i in range(len(series.starts))
        if after < series.starts[i] <= after + days and series.reported[i] <= known
    ]

    assert list(series.forwards(after, after + days, known)) == expected


@given(facts=FACTS)
def test_a_series_restored_without_its_spread_finds_the_same_from_its_facts(facts):
    series = series_of(facts)
    restored = series_of(facts)
    restored.lead = restored.lag = None

    assert restored._spread() == (series.lead, series.lag)
    assert series.latest_report() == max((late for _, late in facts), default=-NO_LIMIT)
