"""Dates in article headers, parsed by dateparser (English only, which keeps it fast)."""

from __future__ import annotations

from datetime import date, datetime

import dateparser

_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}


def parse_date(text: str) -> str | None:
    """ISO ``YYYY-MM-DD`` for a complete calendar date, ``None`` for anything vaguer."""
    text = text.strip()
    if not text:
        return None
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed else None


def iso_date(value: object) -> str | None:
    """Normalise a date given by a structured source (JSON, feeds) to ISO, or ``None``."""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str):
        return parse_date(value[:64])
    return None
