"""What an article must be to be stored: the one validator the API and the CLI share."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from application.articles import ArticleInput, InvalidArticle, check_article_id, parse_published

TODAY = datetime.now(UTC).date()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-02-14", date(2024, 2, 14)),
        ("2024-02-14T09:30:00Z", date(2024, 2, 14)),
        ("2024-02-14T23:30:00-05:00", date(2024, 2, 14)),
        ("2024-02-14 09:30", date(2024, 2, 14)),
        ("2024-02-14T09:30:00.123456+01:00", date(2024, 2, 14)),
        ("1900-01-01", date(1900, 1, 1)),
        ((TODAY + timedelta(days=1)).isoformat(), TODAY + timedelta(days=1)),
    ],
)
def test_a_publication_date_is_a_day_optionally_followed_by_a_timestamp(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2024-02-14garbage",
        "20240214",
        "2024-W07-3",
        "2024-045",
        "2024-02-14T",
        "2024-02-14T25:00",
        "2024-2-14",
        "14/02/2024",
        "2024-02-30",
    ],
)
def test_anything_but_an_iso_day_and_timestamp_is_refused_naming_the_rule(value):
    with pytest.raises(InvalidArticle, match=r"publication date .* YYYY-MM-DD"):
        parse_published(value)


@pytest.mark.parametrize(
    "value",
    ["0001-01-01", "1899-12-31", "9999-12-31", (TODAY + timedelta(days=2)).isoformat()],
)
def test_a_publication_date_outside_1900_to_tomorrow_is_refused_naming_the_range(value):
    with pytest.raises(InvalidArticle, match=r"publication date .* from 1900-01-01 to"):
        parse_published(value)


def test_an_article_built_in_code_is_held_to_the_same_date_range():
    with pytest.raises(InvalidArticle, match="from 1900-01-01"):
        ArticleInput("a", date(1, 1, 1), "Talks opened in Cairo.")
    with pytest.raises(InvalidArticle, match="from 1900-01-01"):
        ArticleInput("a", date(9999, 12, 31), "Talks opened in Cairo.")


@pytest.mark.parametrize(
    "article_id", ["a/b", "/", "a\x7fb", "a\x85b", "a\tb", ".", "..", "x" * 201]
)
def test_an_id_that_could_never_be_read_back_is_refused_naming_the_rule(article_id):
    with pytest.raises(InvalidArticle, match=r"article id .* 1 to 200 characters"):
        check_article_id(article_id)


@pytest.mark.parametrize(
    "article_id", ["a", "002_9f0f12f4bd91ef74", "reuters:2024-02-14#3", "x" * 200, "é.txt"]
)
def test_ids_with_any_other_printable_characters_are_accepted(article_id):
    check_article_id(article_id)
