"""News on the web: http(s) URLs of article pages and of feeds (RSS, Atom, JSON Feed).

A page is read like an HTML file; a feed's entries that link to a page are fetched and read
as articles (an entry with no link is read from its own content, as a feed file's are). Each
article keeps the URL asked for, the URL the redirects ended at and the time of the fetch.

A ``WebReader`` remembers, for one run, the URLs an archive already holds (never fetched
again: reruns and polls are idempotent by URL, the archive by content hash) and the
validators of feeds read in full, for conditional GETs; a feed with an item that failed is
not marked read, so the next poll fetches it whole and retries that item.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from newsgraph.errors import DocumentError
from newsgraph.schema import Article
from newsgraph.sources.feed import (
    entry_article,
    entry_authors,
    entry_date,
    feed_error,
    feed_title,
    looks_like_feed,
    parse_feed,
)
from newsgraph.sources.fetch import Fetcher, Page, Validators
from newsgraph.sources.formats import read_bytes, sniff_suffix

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_SUFFIX_OF_TYPE = {"application/json": ".json", "text/plain": ".txt", "text/markdown": ".md"}


@dataclass
class WebReader:
    """Reads URLs into articles through one polite ``Fetcher``."""

    fetcher: Fetcher
    known: set[str] = field(default_factory=set)  # URLs already stored: not fetched again
    feeds: dict[str, Validators] = field(default_factory=dict)  # conditional-GET state of feeds
    read_in_full: dict[str, Validators] = field(default_factory=dict)  # feeds this run read whole
    already_stored: int = 0

    def read(self, urls: list[str]) -> Iterator[Article | DocumentError]:
        """The articles of ``urls`` (pages or feeds), failures as errors, in order."""
        wanted = [url for url in urls if not self._known(url)]
        for page in self.fetcher.fetch_many(wanted, self.feeds):
            if isinstance(page, DocumentError):
                yield page
            elif page.not_modified:
                continue
            elif _is_feed(page):
                yield from self._feed(page)
            else:
                yield from _articles(page)

    def _known(self, url: str) -> bool:
        if url in self.known:
            self.already_stored += 1
            return True
        return False

    def _feed(self, page: Page) -> Iterator[Article | DocumentError]:
        parsed = parse_feed(page.content)
        if not parsed.entries:
            yield feed_error(parsed, page.url)
            return
        outlet = feed_title(parsed)
        complete = True
        for n, entry in enumerate(parsed.entries):
            if entry.get("link"):
                entry["link"] = urljoin(page.final_url, entry["link"])  # feeds may link relatively
            else:
                yield entry_article(entry, f"{page.url}#{entry.get('id') or n + 1}", outlet)
        fresh = [entry for entry in parsed.entries if entry.get("link") and not self._known(entry["link"])]
        for entry, item in zip(fresh, self.fetcher.fetch_many(entry["link"] for entry in fresh)):
            for article in ([item] if isinstance(item, DocumentError) else _articles(item)):
                complete &= isinstance(article, Article)
                yield _with_entry(article, entry, outlet) if isinstance(article, Article) else article
        if complete:
            self.feeds[page.url] = self.read_in_full[page.url] = page.validators


def _is_feed(page: Page) -> bool:
    return page.content_type in _FEED_TYPES or (page.content_type != "text/html" and looks_like_feed(page.content))


def _articles(page: Page) -> Iterator[Article | DocumentError]:
    """A fetched page's article(s), read by its content type (sniffed when it gives none)."""
    kind = page.content_type
    suffix = _SUFFIX_OF_TYPE.get(kind) or (".html" if "html" in kind else sniff_suffix if not kind else ".txt")
    for item in read_bytes(page.content, page.url, suffix):
        if isinstance(item, Article):
            item.url, item.final_url, item.fetched_at = page.url, page.final_url, page.fetched_at
        yield item


def _with_entry(article: Article, entry: Any, outlet: str | None) -> Article:
    """What the page does not say, its feed entry may: title, date, authors, outlet."""
    article.title = article.title or (entry.get("title") or None)
    article.published = article.published or entry_date(entry)
    article.authors = article.authors or entry_authors(entry)
    article.outlet = article.outlet or outlet
    return article
