"""Time expressions resolved against the article's date (``nlp/when.py``)."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.nlp.when import When, parse_iso, resolve

FRIDAY = date(2014, 3, 28)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("on Friday", When("2014-03-28", "day")),  # the story's own weekday is the same day
    ("on Monday", When("2014-03-24", "day")),
    ("two days ago", When("2014-03-26", "day")),
    ("March 3", When("2014-03-03", "day")),
    ("earlier this week", When("2014-03-24", "week", ("2014-03-24", "2014-03-28"))),
    ("just two weeks ago", When("2014-03-14", "week")),
    ("in June", When("2014-06-01", "month", ("2014-06-01", "2014-06-30"))),
    ("back in 1990", When("1990-01-01", "year", ("1990-01-01", "1990-12-31"))),
])
def test_when_resolves_against_article_date(phrase: str, expected: When) -> None:
    assert resolve(phrase, FRIDAY) == expected


@pytest.mark.parametrize("phrase", ["recent years", "the time", "", "in the coming decades", "90-minute", "two-day", "15-year-old"])
def test_when_vague_expressions_and_lengths_give_none(phrase: str) -> None:
    assert resolve(phrase, FRIDAY) is None


def test_when_absolute_date_needs_no_base() -> None:
    assert resolve("March 3, 2025", None) == When("2025-03-03", "day")


def test_when_parse_iso_tolerates_bad_input() -> None:
    assert parse_iso("2014-03-28") == FRIDAY
    assert parse_iso(None) is None and parse_iso("not a date") is None


@pytest.mark.parametrize("phrase", ["on Friday", "in June", "last week", "two weeks ago"])
def test_when_an_undated_article_places_no_relative_day(phrase: str) -> None:
    assert resolve(phrase, None) is None  # resolving against today would make a date up


def test_when_an_undated_article_still_places_a_named_year() -> None:
    assert resolve("in 1989", None) == When("1989-01-01", "year", ("1989-01-01", "1989-12-31"))
