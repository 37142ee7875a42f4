"""JSON and JSON Lines: one article per object with ``text`` or ``body`` and optional
``title``, ``authors`` (list or string), ``date``/``published``, ``url``, ``outlet``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsgraph.errors import DocumentError, Errors
from newsgraph.schema import Article
from newsgraph.sources.dates import iso_date
from newsgraph.sources.text import extract_dateline

_TEXT_FIELDS = ("text", "body", "content", "articleBody")
_DATE_FIELDS = ("published", "date", "publication_date", "datePublished")


def read_json(text: str, source: str) -> Iterator[Article | DocumentError]:
    """A ``.json`` file holds one object or a list of objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield DocumentError(source, Errors.E106, line=exc.lineno, detail=exc.msg)
        return
    items = data if isinstance(data, list) else [data]
    if not items:
        yield DocumentError(source, Errors.E105, what="an empty JSON list")
    for i, item in enumerate(items):
        yield article_from_object(item, f"{source}#{i}" if len(items) > 1 else source)


def read_jsonl(text: str, source: str) -> Iterator[Article | DocumentError]:
    """One object per line; a bad line is reported and the rest are read."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(f"{source}:{lineno}", Errors.E106, line=lineno, detail=exc.msg)
            continue
        yield article_from_object(item, f"{source}:{lineno}")


def article_from_object(item: Any, source: str) -> Article | DocumentError:
    if not isinstance(item, dict):
        return DocumentError(source, Errors.E105, what="a JSON value that is not an object")
    body = next((item[k] for k in _TEXT_FIELDS if isinstance(item.get(k), str) and item[k].strip()), None)
    if body is None:
        return DocumentError(source, Errors.E105, what="a JSON object without 'text' or 'body'")
    authors = _authors(item.get("authors") or item.get("author") or [])
    published = next((iso_date(item[k]) for k in _DATE_FIELDS if item.get(k)), None)
    body = body.strip()
    return Article(
        text=body,
        source=str(item.get("source") or source),
        title=_string(item.get("title")),
        authors=authors,
        published=published,
        dateline=extract_dateline(body),
        url=_string(item.get("url")),
        outlet=_string(_name(item.get("outlet")) or _name(item.get("publisher"))),
    )


def _string(value: Any) -> str | None:
    """A metadata field as the record types want it: a non-empty string or ``None``."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def _name(value: Any) -> Any:
    """schema.org style ``{"@type": "Person", "name": ...}`` objects stand for their name."""
    return value.get("name") if isinstance(value, dict) else value


def _authors(value: Any) -> list[str]:
    """A list of names (or of objects with a ``name``), or one string "A, B and C"."""
    if isinstance(value, str):
        return [a.strip() for a in value.replace(" and ", ",").split(",") if a.strip()]
    items = value if isinstance(value, list) else [value]
    return [name for v in items if (name := _string(_name(v))) is not None]
