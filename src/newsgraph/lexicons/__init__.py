"""World knowledge as data: countries, seats of power, IGOs, organisations, roles.

Everything the extractor knows about the world lives in the TSV files beside this
module (see ``docs/lexicons.md``); this loader only reads them and indexes every
surface form so that lookups are single dict hits.  It imports nothing but the
standard library so that any layer of newsgraph, and any user script, can use it.

Matching rules (one mechanism for every table, so data authors can predict it):

* case-insensitive, accent-insensitive ("Elysee" finds "Élysée"), curly and straight
  apostrophes are the same, runs of whitespace count as one space;
* a leading "the " is ignored ("the Netherlands", "the Kremlin"), and so is a
  trailing possessive "'s" ("Russia's", "the Kremlin's");
* acronyms - surface forms without any lowercase letter, such as "US", "WHO",
  "RAND" - also match in any capitalisation *except* all lowercase, so that the
  ordinary words "us" and "who" never become the United States or the WHO.
"""

from __future__ import annotations

import csv
import difflib
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Generic, Iterable, TypeVar

from newsgraph.lexicons.folding import ascii_fold, fold_surface

__all__ = ["Country", "Entity", "Role", "Lexicon", "load", "iso2_to_iso3", "ascii_fold"]

_T = TypeVar("_T")
_MISSPELLING = 0.9  # difflib similarity a misspelt country name keeps ("Ethopia" / "Ethiopia": 0.93)

# Sector of a seat of power -> the kind of organisation it stands for.  This is the
# vocabulary of our own columns (CAMEO sector codes), not knowledge about the world.
_SECTOR_ORG_TYPE = {
    "GOV": "government",
    "MIL": "military",
    "LEG": "legislature",
    "JUD": "judiciary",
    "COP": "police",
    "SPY": "intelligence",
}



@dataclass(frozen=True)
class Country:
    """A state as news text names it; ``iso3`` is the key used everywhere else."""

    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    capitals: tuple[str, ...]
    un_member: bool


@dataclass(frozen=True)
class Entity:
    """A named thing with fixed attributes: a seat of power, an IGO, a known organisation.

    ``kind`` is "government" (a seat of power used for the government, e.g. "Kremlin"),
    "igo" or "organization".
    """

    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    sector: str | None
    org_type: str | None
    code: str | None


@dataclass(frozen=True)
class Role:
    """A role noun: ``kind`` is "title" (official), "role" (non-official) or "group"."""

    phrase: str
    sector: str | None
    kind: str
    plural: str | None


def _strip_frame(text: str) -> str:
    """Drop the leading article and trailing possessive that news text wraps names in."""
    if text[:4].lower() == "the ":
        text = text[4:]
    if text[-2:].lower() == "'s" and len(text) > 2:
        text = text[:-2]
    return text


def _is_acronym(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and not any(ch.islower() for ch in text)


class _Index(dict[str, _T], Generic[_T]):
    """Surface form -> value, with the matching rules of the module docstring.

    Ordinary forms are stored lower-cased; acronyms upper-cased under an "A:" prefix
    so they are only reached by input that is not all lowercase.
    """

    @staticmethod
    def key_for(surface: str, frame: bool = True) -> str:
        text = fold_surface(surface)
        if frame:
            text = _strip_frame(text)
        return ("A:" + text.upper()) if _is_acronym(text) else text.lower()

    def add(self, surface: str, value: _T, frame: bool = True) -> None:
        """Index ``surface``; the first value given for a form wins (data order matters)."""
        if surface:
            self.setdefault(self.key_for(surface, frame), value)

    def find(self, text: str, frame: bool = True) -> _T | None:
        folded = fold_surface(text)
        if frame:
            folded = _strip_frame(folded)
        if not folded:
            return None
        hit = self.get(folded.lower())
        if hit is None and not folded.islower():
            hit = self.get("A:" + folded.upper())
        return hit


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _rows(filename: str) -> list[dict[str, str]]:
    """Read one TSV of this package; csv's quoting is off so apostrophes stay literal."""
    with resources.files(__package__).joinpath(filename).open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))  # comment lines document the file
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [row for row in reader if any((v or "").strip() for v in row.values())]


class Lexicon:
    """All tables, indexed by every surface form.  Build with :func:`load`."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self._country: _Index[Country] = _Index()
        self._capital: _Index[Country] = _Index()
        self._entity: _Index[Entity] = _Index()
        self._role: _Index[Role] = _Index()
        self._org_keyword: _Index[tuple[str, str]] = _Index()
        self._region: dict[str, str] = {}
        self._territory: _Index[str] = _Index()
        self._phrases: dict[str, list[str]] = {
            k: [] for k in ("country", "adjective", "people", "capital", "entity", "role", "group")
        }
        self._load_countries()
        self._load_entities()
        self._load_roles()
        for row in _rows("org_keywords.tsv"):
            self._org_keyword.add(row["keyword"], (row["sector"], row["org_type"]), frame=False)
        for row in _rows("territories.tsv"):
            for surface in (row["name"], *_split(row["aliases"])):
                self._territory.add(surface, row["country"])
            # "Chechen refugees", "Tibetan protesters": the people of a territory are of its country
            self._register(self._country, "adjective", _split(row["adjectives"]), self.countries[row["country"]])
        for row in _rows("regions.tsv"):
            self._region.update((adjective, row["code"]) for adjective in _split(row["adjectives"]))
        self._words: dict[str, frozenset[str]] = {}
        for row in _rows("words.tsv"):
            self._words[row["role"]] = self._words.get(row["role"], frozenset()) | {row["word"]}

    # -- loading ---------------------------------------------------------------------

    def _load_countries(self) -> None:
        seats: list[Entity] = []
        for row in _rows("countries.tsv"):
            country = Country(
                iso3=row["iso3"], iso2=row["iso2"], name=row["name"],
                aliases=_split(row["aliases"]), adjectives=_split(row["adjectives"]),
                people=_split(row["people"]), capitals=_split(row["capital"]),
                un_member=row["un_member"].strip() == "1",
            )
            self.countries[country.iso3] = country
            self._register(self._country, "country", (country.name, *country.aliases), country)
            self._register(self._country, "adjective", country.adjectives, country)
            self._register(self._country, "people", country.people, country)
            self._register(self._capital, "capital", country.capitals, country)
            for seat in _split(row["seats"]):
                name, _, sector = seat.rpartition(":")
                seats.append(Entity(name, (), "government", country.iso3, sector,
                                    _SECTOR_ORG_TYPE.get(sector, "government"), None))
        for seat in seats:
            self._register(self._entity, "entity", (seat.name,), seat)

    def _load_entities(self) -> None:
        for row in _rows("igos.tsv"):
            igo = Entity(row["name"], _split(row["aliases"]), "igo", None,
                         "IGO", "igo", row["code"] or None)
            self._register(self._entity, "entity", (igo.name, *igo.aliases), igo)
        for row in _rows("organizations.tsv"):
            org = Entity(row["name"], _split(row["aliases"]), "organization",
                         row["country"] or None, row["sector"] or None,
                         row["org_type"] or None, row["code"] or None)
            self._register(self._entity, "entity", (org.name, *org.aliases), org)

    def _load_roles(self) -> None:
        roles = [Role(r["phrase"], r["sector"] or None, r["kind"], r["plural"] or None)
                 for r in _rows("roles.tsv")]
        # Phrases first, plurals second: "analysts" is the group entry, not the
        # plural of "analyst", because an exact phrase says more than an inflection.
        for role in roles:
            category = "group" if role.kind == "group" else "role"
            self._register(self._role, category, (role.phrase,), role, frame=False)
        for role in roles:
            if role.plural:
                self._register(self._role, "role", (role.plural,), role, frame=False)

    def _register(self, index: _Index, category: str, surfaces: Iterable[str],
                  value: object, frame: bool = True) -> None:
        for surface in surfaces:
            index.add(surface, value, frame)
            self._phrases[category].append(surface)

    # -- lookups -------------------------------------------------------------------

    def words(self, role: str) -> frozenset[str]:
        """The words that play ``role`` in the rules (``words.tsv``: "statement", "honorific",
        "collective" …), lower case. An unknown role is a KeyError: a misspelt name must fail."""
        return self._words[role]

    def demonym(self, word: str) -> Country | None:
        """The country whose adjective ``word`` is ("Russian" -> Russia; "Russia" and "Russians"
        are not adjectives)."""
        country = self.country(word)
        return country if country is not None and word in country.adjectives else None

    def country(self, text: str) -> Country | None:
        """Country named by ``text``: its name, an alias, an adjective or a people form."""
        return self._country.find(text)

    def country_misspelled(self, text: str) -> Country | None:
        """The one country whose name or alias ``text`` misspells by a letter or so ("Ethopia",
        "Phillipines"), for words of seven letters or more with the first letter right; None
        when unsure, when one word extends the other ("Frances", "Americas") and when the word
        is a surname of the people dictionary ("Cameron" is no Cameroon)."""
        from newsgraph.lexicons.people import is_surname  # here: people.py imports this module

        if len(text) < 7 or not text[:1].isupper():
            return None
        names = self._names_by_initial().get(text[0], {})
        close = difflib.get_close_matches(text, names, n=2, cutoff=_MISSPELLING)
        if len(close) != 1 or close[0].startswith(text[:-1]) or text.startswith(close[0][:-1]) or is_surname(text):
            return None
        return names[close[0]]

    @functools.cache
    def _names_by_initial(self) -> dict[str, dict[str, Country]]:
        table: dict[str, dict[str, Country]] = {}
        for country in self.countries.values():
            for name in (country.name, *country.aliases):
                table.setdefault(name[:1], {})[name] = country
        return table

    def country_of_capital(self, text: str) -> Country | None:
        """Country whose capital is ``text`` ("Kiev" and "Kyiv" both give Ukraine)."""
        return self._capital.find(text)

    def country_of_territory(self, text: str) -> str | None:
        """ISO alpha-3 of the country a territory or province is in ("Gaza Strip" -> PSE)."""
        return self._territory.find(text)

    def entity(self, text: str) -> Entity | None:
        """Seat of power, IGO or known organisation named by ``text``."""
        return self._entity.find(text)

    def role(self, text: str) -> Role | None:
        """Role title, role noun or group noun, by its phrase or its plural."""
        return self._role.find(text, frame=False)

    def region(self, adjective: str) -> str | None:
        """CAMEO region code of an adjective such as "European" (EUR) or "Arab" (ARB)."""
        return self._region.get(adjective)

    def org_keyword(self, word: str) -> tuple[str, str] | None:
        """(sector, org_type) that a head word such as "Ministry" or "Times" reveals."""
        return self._org_keyword.find(word, frame=False)

    def phrases(self) -> dict[str, list[str]]:
        """Every surface form by category, as written in the data (for PhraseMatchers)."""
        return {k: list(dict.fromkeys(v)) for k, v in self._phrases.items()}


@functools.cache
def load() -> Lexicon:
    """The lexicon of this package, read once per process."""
    return Lexicon()


def iso2_to_iso3(code: str) -> str | None:
    """ISO 3166 alpha-2 -> alpha-3 for the countries in the lexicon (case-insensitive)."""
    return _iso2_map().get(code.strip().upper())


@functools.cache
def _iso2_map() -> dict[str, str]:
    return {c.iso2.upper(): c.iso3 for c in load().countries.values()}
