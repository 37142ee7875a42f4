"""People whose role depends on the date (``people.tsv``): Putin is RUSGOV in a 2014 story,
RUSELI in a 1995 one. Loaded on first use; the index is cached between processes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from newsgraph.lexicons.folding import fold_surface
from newsgraph.lexicons.index_cache import cached, lexicon_files

_SURNAME_SHARE = 0.75
_FUNCTION_WORDS = {"of", "the", "for", "and", "on", "in"}  # in the names of bodies, never of people


@dataclass(frozen=True)
class RolePeriod:
    code: str  # CAMEO actor code: country + sector, e.g. RUSGOV
    start: str  # ISO date or "" (open)
    end: str

    def covers(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


#: Transliterations of the Arabic article: "Omar El Bashir", "Omar al-Bashir" and the
#: dictionary's "Omar Hassan Ahmad Al Bashir" share "al bashir".
_ARTICLES = {"el": "al", "al": "al", "ul": "al"}


def normalize(name: str) -> str:
    """Accents, apostrophes, spacing, case and the Arabic article's spellings folded: "Mccain"
    (the source) finds "McCain", "El-Bashir" finds "Al Bashir"."""
    words = []
    for word in fold_surface(name).lower().split():
        article, dash, rest = word.partition("-")
        words += [_ARTICLES[article], rest] if dash and rest and article in _ARTICLES else [_ARTICLES.get(word, word)]
    return " ".join(words)


@cache
def _periods() -> dict[str, list[RolePeriod]]:
    """Normalised name or alias -> the person's role periods."""
    return cached("people", _build_periods, lexicon_files("people.tsv"))


def _build_periods() -> dict[str, list[RolePeriod]]:
    table: dict[str, list[RolePeriod]] = {}
    aliases_of: dict[str, set[str]] = {}
    text = files("newsgraph.lexicons").joinpath("people.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    for name, aliases, code, start, end in rows[1:]:
        table.setdefault(normalize(name), []).append(RolePeriod(code, start, end))
        aliases_of.setdefault(normalize(name), set()).update(normalize(a) for a in aliases.split("|") if a)
    for name, aliases in aliases_of.items():  # an alias written on one row names the person of every row
        for alias in aliases:
            if alias not in table:  # (a set difference with table.keys() copies the keys each time)
                table[alias] = table[name]
    return table


@cache
def _by_surname() -> dict[str, list[str]]:
    """Last word -> the dictionary's names ending in it; bodies the dictionary also lists
    ("United States Department Of The Interior") have no surname: "Interior" is nobody."""
    table: dict[str, list[str]] = {}
    for name in _periods():
        words = name.split()
        if len(words) > 1 and not _FUNCTION_WORDS.intersection(words):
            table.setdefault(words[-1], []).append(name)
    return table


def is_surname(word: str) -> bool:
    """Whether some dictionary person's name ends in ``word``."""
    return normalize(word) in _by_surname()


def surname_code(surname: str, day: str | None = None) -> str | None:
    """"Mugabe" alone: the code of the one dictionary person with that surname, or, when
    several share it, the country of nearly all of their entries (the Bushes of the United
    States outnumber the one of the Cayman Islands); None when it is not clear."""
    names = _by_surname().get(normalize(surname), [])
    codes = [code for name in names if (code := role_code(name, day)) is not None]
    if not codes:
        return None
    if len(set(codes)) == 1:
        return codes[0]
    country, count = Counter(code[:3] for code in codes).most_common(1)[0]
    return country if count >= _SURNAME_SHARE * len(codes) else None


def _full_names(name: str) -> list[str]:
    """"Omar al Bashir": the dictionary names with that first name and surname whose other
    words include the rest, in order ("Omar Hassan Ahmad Al Bashir"), as a reader would take it."""
    words = name.split()
    if len(words) < 2:
        return []
    return [n for n in _by_surname().get(words[-1], []) if n.split()[0] == words[0] and _in_order(words, n.split())]


def _in_order(words: list[str], longer: list[str]) -> bool:
    rest = iter(longer)
    return all(word in rest for word in words)


def _without_initials(name: str) -> str:
    """"Jacob J. Lew" is the dictionary's "Jacob Lew"."""
    return " ".join(w for w in name.split() if not (len(w.rstrip(".")) == 1 and w[:1].isupper()))


def role_code(name: str, day: str | None = None) -> str | None:
    """The person's CAMEO code on ``day`` (ISO), or their open-ended role without a date:
    a dated period covering the day wins, the latest-starting one first."""
    periods = _periods().get(normalize(name)) or _periods().get(normalize(_without_initials(name)))
    if not periods:
        codes = {_code_of(_periods()[n], day) for n in _full_names(normalize(_without_initials(name)))}
        return codes.pop() if len(codes) == 1 else None
    return _code_of(periods, day)


def _code_of(periods: list[RolePeriod], day: str | None) -> str:
    if day:
        dated = [p for p in periods if (p.start or p.end) and p.covers(day)]
        if dated:
            return max(dated, key=lambda p: p.start).code
    undated = [p for p in periods if not p.start and not p.end]
    open_ended = [p for p in periods if p.start and not p.end]
    return (undated or open_ended or periods)[-1].code
