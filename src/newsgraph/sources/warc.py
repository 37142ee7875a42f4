"""WARC web archives (``.warc``, ``.warc.gz``): every HTML response is one page, read as HTML.

Crawls (Common Crawl news, Browsertrix, wget --warc-file) store pages as WARC ``response``
records; warcio reads them, compressed or not. The record's target URI stands in for a
page that does not declare its own canonical URL.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.errors import DocumentError, Errors
from newsgraph.schema import Article

WARC_SUFFIXES = (".warc", ".warc.gz")


def read_warc(data: bytes, source: str) -> Iterator[Article | DocumentError]:
    from newsgraph.sources.html import read_html

    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            try:
                article = read_html(record.content_stream().read(), f"{source}#{uri}")
            except DocumentError as exc:
                yield exc
                continue
            article.url = article.url or uri or None
            yield article
    except ArchiveLoadFailed as exc:
        yield DocumentError(source, Errors.E109, kind="WARC", detail=str(exc))
