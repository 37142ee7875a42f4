"""Language identification: the writing system first, then py3langid's bundled model (offline,
deterministic).

A text written mostly in a script other than Latin (Han, kana, Hangul, Arabic, Hebrew,
Cyrillic, Greek, Devanagari, Thai ...) is never English, whatever the statistical model is
unsure about; a Latin-script text is English unless the model is confident it is not, so that
short notes and stories full of foreign names keep the benefit of the doubt."""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache
from importlib import metadata

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from newsgraph.lexicons.index_cache import cached

_SAMPLE = 4000
_MIN_CONFIDENCE = 0.9
_FOREIGN_SHARE = 0.5  # of a text's letters in one non-Latin script: not English


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model, decompressed once and cached between processes (its LZMA file takes
    a quarter of a second to read each time)."""
    return cached("langid", _load_identifier, [metadata.version("py3langid").encode()])


def _load_identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and its probability, read from the start of the text."""
    lang, prob = _identifier().classify(text[:_SAMPLE])
    return str(lang), float(prob)


def script_of(letter: str) -> str:
    """The writing system of one letter, from its Unicode name: "LATIN", "CJK", "CYRILLIC",
    "HIRAGANA" ... (fullwidth and other Latin variants count as "LATIN")."""
    words = unicodedata.name(letter, "").split()
    if "LATIN" in words[:2]:
        return "LATIN"
    return words[0] if words else "UNKNOWN"


def foreign_script(text: str) -> str | None:
    """The commonest non-Latin script of a text whose letters (in the sample read) are mostly
    not Latin; None when at least half of them are Latin, or there are none."""
    scripts = Counter(script_of(ch) for ch in text[:_SAMPLE] if ch.isalpha())
    total = sum(scripts.values())
    foreign = [(count, name) for name, count in scripts.items() if name != "LATIN"]
    if not total or not foreign:
        return None
    count, name = max(foreign)
    return name if sum(c for c, _ in foreign) > _FOREIGN_SHARE * total else None


def is_english(text: str) -> tuple[bool, str]:
    """Whether to read ``text`` as English, and the language detected.

    Not English when its letters are mostly of a non-Latin script (the language then is the
    model's answer, or the script's name should the model say English), or when the model is
    confident of another language; otherwise English: short or odd texts get the benefit of
    the doubt rather than being dropped."""
    lang, prob = detect_language(text)
    script = foreign_script(text)
    if script is not None:
        return False, (lang if lang != "en" else script.lower())
    return (lang == "en" or prob < _MIN_CONFIDENCE), lang
