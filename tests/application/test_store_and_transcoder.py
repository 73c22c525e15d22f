from datetime import UTC, date, datetime

import pytest

from application.store import BadStoreURL, persistence_env, store_url
from application.transcoder import parley_transcoder
from domain.values import ActorRef, Evidence, ExtractorRef, Interval


def test_a_sqlite_url_with_three_slashes_is_relative_and_with_four_absolute(tmp_path):
    assert persistence_env("sqlite:///parley.db")["SQLITE_DBNAME"] == "parley.db"
    absolute = persistence_env(f"sqlite:///{tmp_path}/x.db")["SQLITE_DBNAME"]
    assert absolute == f"{tmp_path}/x.db"


def test_a_postgres_url_gives_every_connection_setting():
    env = persistence_env("postgresql://alice:s3cret@db.local:6543/parley?schema=talks")
    assert env["PERSISTENCE_MODULE"] == "eventsourcing.postgres"
    assert (env["POSTGRES_HOST"], env["POSTGRES_PORT"], env["POSTGRES_DBNAME"]) == (
        "db.local",
        "6543",
        "parley",
    )
    assert (env["POSTGRES_USER"], env["POSTGRES_PASSWORD"], env["POSTGRES_SCHEMA"]) == (
        "alice",
        "s3cret",
        "talks",
    )


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite://", "postgresql://host", "nonsense"])
def test_an_unknown_or_incomplete_store_url_is_refused_with_the_url_named(url):
    with pytest.raises(BadStoreURL, match="URL"):
        persistence_env(url)


def test_the_store_url_comes_from_the_flag_then_the_environment_then_the_default(monkeypatch):
    monkeypatch.setenv("PARLEY_DB", "memory://")
    assert store_url("sqlite:///a.db") == "sqlite:///a.db"
    assert store_url(None) == "memory://"
    monkeypatch.delenv("PARLEY_DB")
    assert store_url(None) == "sqlite:///parley.db"


def test_the_transcoder_round_trips_value_objects_dates_and_tuples():
    transcoder = parley_transcoder()
    state = {
        "occurred": Interval(date(2024, 2, 5), date(2024, 2, 11), "week"),
        "actors": (ActorRef("israel"), ActorRef("hamas", "target")),
        "evidence": Evidence("000", 3, (10, 42), "Israel’s outright rejection…"),
        "extractor": ExtractorRef("rules", "1.0.0+d.1", "proposal.reject"),
        "expected_end": date(2024, 2, 16),
        "at": datetime(2024, 2, 14, 9, 30, tzinfo=UTC),
        "nothing": None,
    }
    assert transcoder.decode(transcoder.encode(state)) == state


def test_the_transcoder_refuses_a_type_it_does_not_know():
    with pytest.raises(TypeError, match="not JSON serializable"):
        parley_transcoder().encode({"x": object()})
