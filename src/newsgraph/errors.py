"""One coded catalogue of the errors newsgraph reports, so messages stay short and greppable.

Each document-level failure is a ``DocumentError`` carrying a code (``E1xx`` sources,
``E2xx`` language and content, ``E3xx`` pipeline) and a one-line message naming the file or
URL; a failed fetch also carries its HTTP status. A batch reports it and goes on with the next
document.
"""

from __future__ import annotations

from enum import Enum


class Errors(str, Enum):
    E101 = ("unsupported input type {suffix!r} (expected .txt, .md, .html, .json, .jsonl, .csv, .tsv, "
            ".parquet, .rss, .atom, .xml, .warc, or any of them .gz)")
    E102 = "file is empty"
    E103 = "file looks binary (NUL bytes or undecodable as text)"
    E104 = "file is larger than the limit of {limit} MB ({size} MB)"
    E105 = "no article text found in {what}"
    E106 = "malformed JSON at line {line}: {detail}"
    E107 = "cannot read file: {detail}"
    E108 = "no such file or directory"
    E109 = "cannot read this {kind} file: {detail}"
    E110 = "no text column ({wanted}) among the columns: {header}"
    E111 = "fetch failed: HTTP {status} {reason}"
    E112 = "fetch failed: {detail}"
    E113 = "not fetched: robots.txt of {host} disallows it"
    E114 = "fetch stopped: the response is larger than the limit of {limit} MB"
    E115 = "not a web page or feed: content type {content_type!r}"
    E201 = "skipped: language is {language!r}, not English"
    E301 = "pipeline failed on this document: {detail}"

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return f"[{self.name}] " + self.value.format(**kwargs)


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class DocumentError(NewsgraphError):
    """One document could not be turned into a record; the batch goes on."""

    def __init__(self, source: str, error: Errors, *, status: int | None = None, **kwargs: object) -> None:
        self.source = source
        self.code = error.name
        self.reason = error.format(status=status, **kwargs)
        self.status = status  # the HTTP status of a failed fetch
        super().__init__(f"{source}: {self.reason}")

    def __reduce__(self) -> tuple[object, ...]:
        """Picklable (to and from worker processes) with its formatted reason intact."""
        return _restore, (type(self), self.source, self.code, self.reason, self.status)


def _restore(cls: type[DocumentError], source: str, code: str, reason: str,
             status: int | None = None) -> DocumentError:
    error = cls.__new__(cls)
    error.source, error.code, error.reason, error.status = source, code, reason, status
    Exception.__init__(error, f"{source}: {reason}")
    return error


class SkippedDocument(DocumentError):
    """A document deliberately left out (not English): reported, not counted as a failure."""
