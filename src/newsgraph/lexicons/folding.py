"""Folding text for lookups: apostrophes unified, accents stripped, whitespace squeezed.
Shared by every table of the lexicon and by the people dictionary; standard library only."""

from __future__ import annotations

import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "`": "'"})


def fold_surface(text: str) -> str:
    """Unify apostrophes, strip accents and squeeze whitespace; case is kept."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


def ascii_fold(text: str) -> str:
    """Accents stripped and every other non-ASCII character dropped: "Kandahār" -> "Kandahar"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
