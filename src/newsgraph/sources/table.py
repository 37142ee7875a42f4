"""CSV, TSV and Parquet tables with one article per row.

Archives exported from scrapers and data sets (Wikinews dumps, GDELT article lists, the
output of a crawl) are tables more often than folders. The text column and the metadata
columns are found by name (``text``/``body``/``content``, ``title``/``headline``,
``date``/``published``, ``url``/``link``, ``outlet``/``source``); ``Columns`` overrides any of
them for tables that name them otherwise.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from newsgraph.errors import DocumentError, Errors
from newsgraph.schema import Article
from newsgraph.sources.jsonl import article_from_object

TABLE_SUFFIXES = (".csv", ".tsv", ".parquet")

#: Column names tried, in order, for each article field when ``Columns`` leaves it unset.
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "articlebody", "story"),
    "title": ("title", "headline", "heading"),
    "date": ("published", "date", "publication_date", "pub_date", "datepublished", "timestamp"),
    "url": ("url", "link", "source_url", "href"),
    "outlet": ("outlet", "publisher", "source", "site", "domain", "newspaper"),
    "authors": ("authors", "author", "byline"),
}


@dataclass(frozen=True)
class Columns:
    """Column names chosen by the user; ``None`` means "find it by name"."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: str | None = None


def read_table(data: bytes, source: str, suffix: str, columns: Columns | None = None) -> Iterator[Article | DocumentError]:
    """Every row of a CSV, TSV or Parquet file as an article; a row without text is an error
    for that row alone (``file.csv:12``)."""
    columns = columns or Columns()
    try:
        header, rows = _parquet(data) if suffix == ".parquet" else _delimited(data, suffix)
    except Exception as exc:  # noqa: BLE001 - the parsers raise many types for one bad file
        yield DocumentError(source, Errors.E109, kind=suffix.lstrip("."), detail=f"{type(exc).__name__}: {exc}")
        return
    mapping = _mapping(header, columns)
    if "text" not in mapping:
        wanted = columns.text or "|".join(_CANDIDATES["text"])
        yield DocumentError(source, Errors.E110, wanted=wanted, header=", ".join(header))
        return
    first_row = 2 if suffix != ".parquet" else 1  # a CSV's data starts on line 2
    for n, row in enumerate(rows):
        item = {field: row.get(name) for field, name in mapping.items()}
        item["body"] = item.pop("text")
        yield article_from_object(item, f"{source}:{n + first_row}")


def _mapping(header: list[str], columns: Columns) -> dict[str, str]:
    """Article field -> column name, by the user's choice or else by the first known name."""
    lower = {h.lower().strip(): h for h in header}
    mapping: dict[str, str] = {}
    for field, candidates in _CANDIDATES.items():
        chosen = getattr(columns, field)
        if chosen is not None:
            if chosen in header:
                mapping[field] = chosen
            continue
        found = next((lower[c] for c in candidates if c in lower), None)
        if found is not None:
            mapping[field] = found
    return {("published" if f == "date" else f): c for f, c in mapping.items()}


def _delimited(data: bytes, suffix: str) -> tuple[list[str], Iterator[dict[str, Any]]]:
    csv.field_size_limit(sys.maxsize)  # article bodies are long fields
    text = data.decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if suffix == ".tsv" else ",")
    return list(reader.fieldnames or []), iter(reader)


def _parquet(data: bytes) -> tuple[list[str], Iterator[dict[str, Any]]]:
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(data))
    return list(table.column_names), iter(table.to_pylist())
