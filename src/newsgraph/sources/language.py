"""Language identification with py3langid's bundled model (offline, deterministic)."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

_SAMPLE = 4000
_MIN_CONFIDENCE = 0.9


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and its probability, read from the start of the text."""
    lang, prob = _identifier().classify(text[:_SAMPLE])
    return str(lang), float(prob)


def is_english(text: str) -> tuple[bool, str]:
    """English unless another language is clearly detected: short or odd texts get the benefit
    of the doubt rather than being dropped."""
    lang, prob = detect_language(text)
    return (lang == "en" or prob < _MIN_CONFIDENCE), lang
