from datetime import date

import pytest

from domain.article import ActiveRelease, Article, Extraction, TextDigest, text_digest
from domain.events import CATALOG, DelegationArrived
from domain.finding import Finding, UnknownEventType
from domain.interop import interop_codes
from domain.values import ActorRef, Evidence, ExtractorRef, Interval

WHEN = date(2023, 12, 20)
EVIDENCE = Evidence("002", 0, (0, 20), "Haniyeh arrived in Cairo")
RULES = ExtractorRef("rules", "1.0.0", "arrival.verb")


def arrival(**overrides) -> Finding:
    fields = {
        "type": "DelegationArrived",
        "occurred": Interval.day(WHEN),
        "actors": (ActorRef("hamas"), ActorRef("ismail_haniyeh")),
        "evidence": EVIDENCE,
        "extractor": RULES,
        "location": "cairo",
        "attributes": {"leader": "ismail_haniyeh", "destination": "cairo"},
    }
    return Finding(**{**fields, **overrides})


def test_an_extraction_records_a_finding_as_its_typed_catalog_event():
    extraction = Extraction("002", "rules@1.0.0", WHEN)
    extraction.record(arrival())
    _, arrived = extraction.collect_events()
    assert isinstance(arrived, DelegationArrived)
    assert arrived.article == "002" and arrived.reported == WHEN
    assert arrived.attributes == {"leader": "ismail_haniyeh", "destination": "cairo"}
    assert arrived.actor_ids() == ("hamas", "ismail_haniyeh")
    assert extraction.count == 1


def test_catalog_events_are_immutable():
    extraction = Extraction("002", "rules@1.0.0", WHEN)
    extraction.record(arrival())
    event = extraction.collect_events()[1]
    with pytest.raises(AttributeError):
        event.location = "doha"  # type: ignore[misc]


def test_a_finding_must_name_a_catalog_type_and_known_issues():
    with pytest.raises(UnknownEventType):
        arrival(type="TalksExploded")
    with pytest.raises(ValueError, match="unknown issues"):
        arrival(issues=("world_peace",))
    with pytest.raises(ValueError, match="confidence"):
        arrival(confidence=1.5)


def test_a_finding_with_an_attribute_its_type_lacks_is_refused_when_recorded():
    extraction = Extraction("002", "rules@1.0.0", WHEN)
    with pytest.raises(TypeError):
        extraction.record(arrival(attributes={"venue": "cairo"}))


def test_the_catalog_has_every_event_type_of_the_spec():
    assert len(CATALOG) == 19
    assert {"TalksOpened", "ProposalRejected", "HostagesReleased", "TruceExtended"} <= set(CATALOG)


def test_ids_derive_from_natural_keys():
    assert Article.create_id("a") == Article.create_id("a") != Article.create_id("b")
    assert Extraction.create_id("a", "r@1") != Extraction.create_id("a", "r@2")
    assert TextDigest.create_id(text_digest(" x ")) == TextDigest.create_id(text_digest("x"))


def test_switching_the_active_release_keeps_its_history():
    active = ActiveRelease("rules@1.0.0")
    active.switch("rules@1.1.0", previous="rules@1.0.0")
    assert active.release == "rules@1.1.0"
    assert active.history == ["rules@1.0.0", "rules@1.1.0"]


def test_interop_codes_follow_the_catalog_table():
    extraction = Extraction("002", "rules@1.0.0", WHEN)
    extraction.record(arrival())
    extraction.record(
        arrival(type="DemandStated", issues=("hostage_release",), attributes={}, location=None)
    )
    _, arrived, demand = extraction.collect_events()
    assert interop_codes(arrived) == {"cameo": "042", "plover": "CONSULT"}
    assert interop_codes(demand) == {"cameo": "1053", "plover": "REQUEST"}
