"""Turn whatever the user points at (files, folders, ``-`` for stdin) into ``Article``s.

Nothing downstream parses raw formats. Every failure is yielded as a ``DocumentError`` in
the stream, in order, so a batch reports it and goes on with the next document.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.errors import DocumentError, Errors
from newsgraph.schema import Article
from newsgraph.sources.decode import decode_text
from newsgraph.sources.jsonl import read_json, read_jsonl
from newsgraph.sources.text import read_text

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
DEFAULT_MAX_MB = 20


def read_paths(paths: Iterable[str], max_mb: float = DEFAULT_MAX_MB,
               exclude: set[Path] | None = None) -> Iterator[Article | DocumentError]:
    """Every article under ``paths``; folders are walked recursively in sorted order, leaving
    out ``exclude`` (resolved paths, such as the run's own output file)."""
    exclude = exclude or set()
    for p in paths:
        if p == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", _sniff_suffix)
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not _hidden(child, path) \
                        and child.resolve() not in exclude:
                    yield from read_file(child, max_mb)
        elif path.exists():
            yield from read_file(path, max_mb)
        else:
            yield DocumentError(p, Errors.E108)


def _hidden(child: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(root).parts)


def read_file(path: Path, max_mb: float = DEFAULT_MAX_MB) -> Iterator[Article | DocumentError]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield DocumentError(source, Errors.E101, suffix=suffix or path.name)
        return
    try:
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            yield DocumentError(source, Errors.E104, limit=max_mb, size=round(size / 2**20, 1))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield DocumentError(source, Errors.E107, detail=exc.strerror or str(exc))
        return
    yield from read_bytes(data, source, suffix)


def read_bytes(data: bytes, source: str, suffix: str | object) -> Iterator[Article | DocumentError]:
    """Read one file's bytes by its type; ``_sniff_suffix`` guesses for stdin."""
    try:
        if suffix is _sniff_suffix:
            suffix = _sniff_suffix(data)
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


def _sniff_suffix(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return ".html"
    if head.startswith((b"{", b"[")):
        return ".jsonl" if b"\n{" in data[:65536] else ".json"
    return ".txt"
