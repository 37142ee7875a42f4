"""Dates of events: a time expression resolved against the article's date, with a precision.

dateparser does the calendar work; this module only decides how to ask it. News conventions
it encodes: a bare weekday in a story dated that weekday is the same day ("on Friday" in a
Friday story), other weekdays are the most recent ones; a month without a year is in the
article's year; "this week" is the week up to the article's date (a window, not a day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

_FILLER = re.compile(r"^(?:on|in|at|since|by|back in|back|just|only|almost|nearly|about|around|some|"
                     r"earlier|later|early|late|as of)\s+", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE)
_THIS_WEEK = re.compile(r"\bthis week\b", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_NAMES_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTH = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(?:1[89]|20)\d\d)?$",
                    re.IGNORECASE)
# "a 90-minute meeting", "a two-day visit", "the 15-year-old ban": a length, not a time
_LENGTH = re.compile(r"^\S+-(?:second|minute|hour|day|week|month|year)s?(?:-(?:old|long))?$", re.IGNORECASE)
_VAGUE = re.compile(r"\b(?:years?|decades?|recent|coming|future|past|now|today's|the time)\b", re.IGNORECASE)


@dataclass(frozen=True)
class When:
    date: str  # ISO day (the first day of the window for coarser precisions)
    precision: str  # day | week | month | year
    window: tuple[str, str] | None = None


def resolve(phrase: str, base: date | None) -> When | None:
    """The date a time expression names, or ``None`` when it names none we can place."""
    text = phrase.strip()
    while (m := _FILLER.match(text)) is not None:
        text = text[m.end():]
    if not text or _LENGTH.match(text) or (_VAGUE.search(text) and not re.search(r"\d", text)):
        return None
    if base is None and not _NAMES_YEAR.search(text):
        return None  # "on Friday" in an undated article: any day we named would be made up
    if base is not None and _THIS_WEEK.search(text):
        monday = base - timedelta(days=base.weekday())
        return When(monday.isoformat(), "week", (monday.isoformat(), base.isoformat()))
    parsed = _parse(text, base)
    if parsed is None:
        return None
    if base is not None and _WEEKDAY.match(text) and parsed == base - timedelta(days=7):
        parsed = base  # "on Friday" in a Friday story
    precision = _precision(text)
    if precision == "year":
        return When(f"{parsed.year}-01-01", "year", (f"{parsed.year}-01-01", f"{parsed.year}-12-31"))
    if precision == "month":
        first = parsed.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return When(first.isoformat(), "month", (first.isoformat(), last.isoformat()))
    return When(parsed.isoformat(), precision)


@lru_cache(maxsize=8192)
def _parse(text: str, base: date | None) -> date | None:
    """dateparser is the slowest step per event; an article names the same day many times."""
    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "PREFER_DATES_FROM": "past"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    if _MONTH.match(text):
        settings["PREFER_DATES_FROM"] = "current_period"
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _precision(text: str) -> str:
    if _YEAR.match(text):
        return "year"
    if _MONTH.match(text) and not re.search(r"\d{1,2}(?!\d)", text.split()[0]):
        return "month" if not re.search(r"\b\d{1,2}\b", text) else "day"
    if re.search(r"\bweeks?\b", text, re.IGNORECASE):
        return "week"
    if re.search(r"\bmonths?\b", text, re.IGNORECASE):
        return "month"
    return "day"


def parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
