from datetime import date

import pytest

from domain.values import ActorRef, Evidence, ExtractorRef, Interval, InvalidValue


def test_an_interval_cannot_end_before_it_starts():
    with pytest.raises(InvalidValue, match="after it ends"):
        Interval(date(2024, 2, 14), date(2024, 2, 13))


def test_an_interval_knows_its_midpoint_and_overlaps():
    week = Interval(date(2024, 2, 5), date(2024, 2, 11), "week")
    assert week.midpoint == date(2024, 2, 8)
    assert week.overlaps(Interval.day(date(2024, 2, 11)))
    assert not week.overlaps(Interval.day(date(2024, 2, 12)))


def test_an_interval_refuses_an_unknown_precision():
    with pytest.raises(InvalidValue, match="precision"):
        Interval(date(2024, 1, 1), date(2024, 1, 2), "fortnight")  # type: ignore[arg-type]


def test_an_actor_reference_needs_an_id_and_a_known_role():
    with pytest.raises(InvalidValue):
        ActorRef("")
    with pytest.raises(InvalidValue, match="role"):
        ActorRef("hamas", "observer")  # type: ignore[arg-type]


def test_evidence_spans_run_forwards():
    with pytest.raises(InvalidValue):
        Evidence("a", 0, (10, 5), "text")


def test_an_extractor_reference_names_its_release():
    assert ExtractorRef("rules", "1.0.0+d.abc", "talks.venue").release == "rules@1.0.0+d.abc"
