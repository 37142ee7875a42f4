"""Turn whatever the user points at (files, folders, globs, ``-`` for stdin, http(s) URLs of
pages and feeds) into ``Article``s.

Nothing downstream parses raw formats. Every failure is yielded as a ``DocumentError`` in
the stream, in order, so a batch reports it and goes on with the next document.
"""

from __future__ import annotations

import glob
import gzip
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.errors import DocumentError, Errors
from newsgraph.schema import Article
from newsgraph.sources.formats import DEFAULT_MAX_MB, SUFFIXES, read_bytes, sniff_suffix
from newsgraph.sources.table import Columns
from newsgraph.sources.warc import WARC_SUFFIXES

if TYPE_CHECKING:
    from newsgraph.sources.fetch import FetchSettings
    from newsgraph.sources.web import WebReader


__all__ = ["Columns", "DEFAULT_MAX_MB", "SUFFIXES", "input_files", "read_bytes", "read_file", "read_paths",
           "sniff_suffix", "suffix_of"]


def read_paths(paths: Iterable[str], max_mb: float = DEFAULT_MAX_MB, exclude: set[Path] | None = None,
               columns: Columns | None = None, web: WebReader | None = None,
               fetch: FetchSettings | None = None) -> Iterator[Article | DocumentError]:
    """Every article under ``paths`` (files, folders walked recursively in sorted order,
    globs, ``-`` for stdin, URLs of pages and feeds), leaving out ``exclude`` (resolved paths,
    such as the run's own output file). URLs are fetched by ``web``, or by a polite reader
    made for this call with ``fetch``'s settings; consecutive URLs are fetched concurrently."""
    urls: list[str] = []
    for item in input_files(paths, exclude):
        if isinstance(item, str) and is_url(item):
            urls.append(item)
            continue
        if urls:
            yield from _read_urls(urls, web, fetch, max_mb)
            urls = []
        if isinstance(item, DocumentError):
            yield item
        elif item == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", sniff_suffix, columns)
        else:
            yield from read_file(Path(item), max_mb, columns)
    if urls:
        yield from _read_urls(urls, web, fetch, max_mb)


def is_url(text: str) -> bool:
    """An http(s) URL, as opposed to a path."""
    return text[:8].lower().startswith(("http://", "https://"))


def _read_urls(urls: list[str], web: WebReader | None, fetch: FetchSettings | None,
               max_mb: float) -> Iterator[Article | DocumentError]:
    from newsgraph.sources.fetch import Fetcher, FetchSettings
    from newsgraph.sources.web import WebReader

    if web is not None:
        yield from web.read(urls)
        return
    with Fetcher(fetch or FetchSettings(max_mb=max_mb)) as fetcher:
        yield from WebReader(fetcher).read(urls)


def input_files(paths: Iterable[str], exclude: set[Path] | None = None) -> Iterator[str | DocumentError]:
    """The files ``paths`` name, expanded: the unit of work an archive run hands out."""
    exclude = exclude or set()
    for p in paths:
        if p == "-" or is_url(p):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and suffix_of(child) in SUFFIXES and not _hidden(child, path) \
                        and child.resolve() not in exclude:
                    yield str(child)
        elif path.exists():
            yield p
        elif glob.has_magic(p) and (matches := sorted(glob.glob(p, recursive=True))):
            yield from input_files(matches, exclude)
        else:
            yield DocumentError(p, Errors.E108)


def suffix_of(path: Path) -> str:
    """The type-bearing suffix: ``.warc.gz`` stays whole, ``page.html.gz`` is ``.html.gz``."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return path.suffix.lower()


def _hidden(child: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(root).parts)


def read_file(path: Path, max_mb: float = DEFAULT_MAX_MB,
              columns: Columns | None = None) -> Iterator[Article | DocumentError]:
    source = str(path)
    suffix = suffix_of(path)
    if suffix.endswith(".gz") and suffix not in WARC_SUFFIXES:
        suffix = suffix[: -len(".gz")]
        compressed = True
    else:
        compressed = False
    if suffix not in SUFFIXES:
        yield DocumentError(source, Errors.E101, suffix=suffix or path.name)
        return
    try:
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            yield DocumentError(source, Errors.E104, limit=max_mb, size=round(size / 2**20, 1))
            return
        data = path.read_bytes()
        if compressed:
            data = gzip.decompress(data)
    except OSError as exc:
        yield DocumentError(source, Errors.E107, detail=exc.strerror or str(exc))
        return
    except (EOFError, zlib.error) as exc:
        yield DocumentError(source, Errors.E109, kind="gzip", detail=str(exc))
        return
    yield from read_bytes(data, source, suffix, columns)
