"""Date-bounded roles of people (``lexicons/people.py``)."""

from __future__ import annotations

from newsgraph.lexicons.people import role_code, surname_code


def test_people_role_depends_on_the_date() -> None:
    assert role_code("Vladimir Putin", "2014-03-28") == "RUSGOV"
    assert role_code("Vladimir Putin", "1995-06-01") == "RUSELI"


def test_people_lookup_folds_case_and_accents() -> None:
    assert role_code("barack obama", "2014-03-28") == "USAGOV"
    assert role_code("BARACK OBAMA", "2014-03-28") == "USAGOV"


def test_people_without_a_date_get_their_open_role() -> None:
    assert role_code("Barack Obama") is not None


def test_people_unknown_names_give_none() -> None:
    assert role_code("Heather Conley", "2014-03-28") is None


def test_people_surname_alone() -> None:
    from newsgraph.lexicons.people import surname_code

    assert surname_code("Mugabe") is not None and surname_code("Mugabe").startswith("ZWE")  # type: ignore[union-attr]
    assert surname_code("Bush", "2003-01-01") == "USA"  # two US presidents outnumber a Caymanian
    assert surname_code("Nobodyknownbythisname") is None


def test_people_middle_initials_and_aliases_find_every_period() -> None:
    from newsgraph.lexicons.people import role_code
    assert role_code("Susan E. Rice", "2016-09-06") == "USAGOV"  # the dictionary's "Susan Rice"
    assert role_code("Vladimir V. Putin", "2015-12-19") == "RUSGOV"  # an alias of one row names every row's Putin


def test_people_arabic_article_spellings_and_a_shortened_full_name() -> None:
    # the dictionary writes "Omar Hassan Ahmad Al Bashir"; news writes it several ways
    for name in ("Omar al-Bashir", "Omar El Bashir", "Omar Hassan al-Bashir", "OMAR AL BASHIR", "Omar Bashir"):
        assert role_code(name, "2005-06-01") == "SDNGOV", name
    assert role_code("Hassan al-Bashir", "2005-06-01") is None  # not his first name: not him


def test_people_a_body_in_the_dictionary_has_no_surname() -> None:
    assert surname_code("Interior") is None  # "United States Department Of The Interior" is nobody's name
    assert surname_code("Mugabe") is not None
