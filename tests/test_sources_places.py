"""Place names to countries (``sources/places.py``): lexicon first, then geonames cities."""

from __future__ import annotations

import pytest

from newsgraph.sources.places import resolve_place


@pytest.mark.parametrize("place, country", [
    ("Paris", "FRA"), ("Kirkuk", "IRQ"), ("Texas", "USA"),
    ("Basra", "IRQ"), ("Kandahar", "AFG"), ("Kharkov", "UKR"),  # spellings geonames keeps as alternates
])
def test_places_resolve_to_countries(place: str, country: str) -> None:
    assert resolve_place(place) == country


@pytest.mark.parametrize("name", ["Hamas", "Nusra", "Kerry"])
def test_places_translations_and_names_of_other_things_are_not_cities(name: str) -> None:
    assert resolve_place(name) is None


@pytest.mark.parametrize("place, country", [
    ("Gaza Strip", "PSE"), ("the West Bank", "PSE"), ("Crimea", "UKR"),
    ("West Darfur State", "SDN"), ("Sindh province", "PAK"), ("southern Lebanon", "LBN"), ("Hama Province", "SYR"),
])
def test_places_territories_and_provinces_resolve_through_their_table(place: str, country: str) -> None:
    assert resolve_place(place) == country


def test_places_a_contested_area_is_left_unresolved() -> None:
    assert resolve_place("Kashmir") is None


@pytest.mark.parametrize("place, country", [("Tiananmen Square", "CHN"), ("Tahrir Square", "EGY"), ("Red Square", "RUS")])
def test_landmarks_resolve_to_their_country(place: str, country: str) -> None:
    assert resolve_place(place) == country
