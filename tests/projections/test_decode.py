"""The fast path from stored state to facts gives exactly the facts of decoded events."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import orjson
import pytest

from application.app import CATALOG_TOPICS, Parley
from application.export import event_id
from domain.events import DemandStated
from projections.decode import Decoder, _fast_class
from projections.facts import fact
from tests.projections.readside_fakes import Newsroom
from tests.projections.test_readside_contract import publish_history


@pytest.fixture
def news(news: Newsroom) -> Newsroom:
    publish_history(news)
    news.publish(
        "2024-02-20",
        dict(
            type="TalksOpened",
            on="2024-02-20",
            subject=["egypt"],
            location="doha",
            venue="doha",
            mediators=("qatar",),
            participants=("hamas", "israel"),
            expected_end="2024-02-23",
        ),
        dict(
            type="ProposalMade",
            on="2024-02-19",
            subject=["qatar"],
            issues=["hostage_release"],
            terms=("temporary_truce", "not an issue"),
            summary="a plan",
        ),
        dict(
            type="ThreatIssued",
            on="2024-02-18",
            until="2024-02-25",
            subject=["israel"],
            issues=["rafah_offensive"],
            precision="week",
            modality="expected",
        ),
    )
    return news


def stored(app: Parley):
    return app.recorder.select_notifications(0, 10_000, topics=CATALOG_TOPICS)


def test_facts_read_from_stored_state_equal_facts_of_decoded_events(news):
    decoder = Decoder(news.app.mapper)
    notifications = stored(news.app)
    assert len(notifications) == 11
    for notification in notifications:
        assert decoder.fast_class(notification.topic) is not None
        fast = decoder.fact(notification, notification.id)
        slow = fact(notification.id, news.app.mapper.to_domain_event(notification))
        assert fast == slow
        assert orjson.dumps(fast.record) == orjson.dumps(slow.record)


def test_event_ids_match_the_export_shape(news):
    from projections.decode import event_id as fast_id

    for notification in stored(news.app):
        event = news.app.mapper.to_domain_event(notification)
        assert fast_id(notification.originator_id, notification.originator_version) == str(
            event_id(event)
        )


class UpcastingDemand(DemandStated):
    class_version: ClassVar[int] = 2

    @staticmethod
    def upcast_v1_v2(state):
        state["condition"] = "upcast"


def test_event_classes_that_upcast_are_decoded_by_the_mapper():
    assert _fast_class("domain.events:DemandStated") is DemandStated
    topic = f"{__name__}:UpcastingDemand"
    assert _fast_class(topic) is None


def test_state_the_fast_path_does_not_know_goes_through_the_mapper(news):
    notification = stored(news.app)[0]
    odd = notification.__class__(
        originator_id=notification.originator_id,
        originator_version=notification.originator_version,
        topic=notification.topic,
        state=notification.state.replace(b'"modality"', b'"weird":{"x":1},"modality"'),
        id=notification.id,
    )
    decoded = Decoder(news.app.mapper).fact(odd, odd.id)
    assert decoded.record["attributes"]["weird"] == {"x": 1}
    assert decoded.start == date(2023, 12, 20).toordinal()


def test_events_stored_before_negotiations_decode_as_unassigned_on_both_paths(news):
    from dataclasses import replace as copy

    decoder = Decoder(news.app.mapper)
    for notification in stored(news.app):
        state = orjson.loads(notification.state)
        state.pop("negotiation", None)
        old = copy(notification, state=orjson.dumps(state))
        event = news.app.mapper.to_domain_event(old)
        assert event.negotiation == "unassigned"
        assert decoder.fact(old, old.id) == fact(old.id, event)
