"""Bytes to articles by their type: text, Markdown, HTML, JSON(L), tables, feeds, WARC.

The one dispatcher that every way in (files, stdin, fetched pages) ends at; it knows nothing
of paths or URLs. A failure is yielded as the document's ``DocumentError``.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsgraph.errors import DocumentError, Errors
from newsgraph.schema import Article
from newsgraph.sources.decode import decode_text
from newsgraph.sources.feed import FEED_SUFFIXES, looks_like_feed, read_feed
from newsgraph.sources.jsonl import read_json, read_jsonl
from newsgraph.sources.table import TABLE_SUFFIXES, Columns, read_table
from newsgraph.sources.text import read_text
from newsgraph.sources.warc import WARC_SUFFIXES, read_warc

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl",
            *TABLE_SUFFIXES, *FEED_SUFFIXES, *WARC_SUFFIXES)
DEFAULT_MAX_MB = 20


def read_bytes(data: bytes, source: str, suffix: str | object,
               columns: Columns | None = None) -> Iterator[Article | DocumentError]:
    """Read one file's bytes by its type; ``sniff_suffix`` guesses for stdin."""
    try:
        if suffix is sniff_suffix:
            suffix = sniff_suffix(data)
        if suffix in TABLE_SUFFIXES:
            yield from read_table(data, source, str(suffix), columns)
            return
        if suffix in WARC_SUFFIXES:
            yield from read_warc(data, source)
            return
        if suffix in FEED_SUFFIXES or (suffix == ".json" and looks_like_feed(data)):
            yield from read_feed(data, source)
            return
        if suffix in (".html", ".htm"):
            from newsgraph.sources.html import read_html

            yield read_html(data, source)
            return
        text, _encoding = decode_text(data, source)
        if suffix == ".json":
            yield from read_json(text, source)
        elif suffix == ".jsonl":
            yield from read_jsonl(text, source)
        else:
            yield _nonempty(read_text(text, source, markdown=suffix in (".md", ".markdown")), source)
    except DocumentError as exc:
        yield exc


def _nonempty(article: Article, source: str) -> Article:
    if not article.text.strip():
        raise DocumentError(source, Errors.E105, what="the file (only header lines)")
    return article


def sniff_suffix(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/"):
        return ".warc"
    if looks_like_feed(data):
        return ".xml"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return ".html"
    if head.startswith((b"{", b"[")):
        return ".jsonl" if b"\n{" in data[:65536] else ".json"
    return ".txt"
