"""RSS, Atom and JSON Feed files: one article per entry, read by feedparser (JSON Feed,
which feedparser does not read, is mapped onto the same entry fields here).

A feed entry carries its body as HTML (``content:encoded``, Atom ``content``) or only a
summary; the longest of them is taken, reduced to paragraphs of plain text. The feed's own
title is the outlet. feedparser never fetches anything here: it is given the bytes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import feedparser
import lxml.html

from newsgraph.errors import DocumentError, Errors
from newsgraph.schema import Article
from newsgraph.sources.dates import iso_date
from newsgraph.sources.text import extract_dateline

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")


def looks_like_feed(data: bytes) -> bool:
    head = data[:4096].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head or b"jsonfeed.org" in head


def read_feed(data: bytes, source: str) -> Iterator[Article | DocumentError]:
    """One article per entry of a feed file, from the entry's own content or summary."""
    parsed = parse_feed(data)
    if not parsed.entries:
        yield feed_error(parsed, source)
        return
    outlet = feed_title(parsed)
    for n, entry in enumerate(parsed.entries):
        yield entry_article(entry, f"{source}#{entry.get('id') or entry.get('link') or n + 1}", outlet)


def parse_feed(data: bytes) -> feedparser.FeedParserDict:
    """RSS, Atom or JSON Feed bytes in feedparser's shape."""
    return _json_feed(data) if data.lstrip()[:1] == b"{" else feedparser.parse(data)


def feed_error(parsed: feedparser.FeedParserDict, source: str) -> DocumentError:
    """The error of a feed with no entries: feedparser's complaint, when it has one."""
    return DocumentError(source, Errors.E109, kind="feed", detail=str(parsed.get("bozo_exception") or "no entries"))


def feed_title(parsed: feedparser.FeedParserDict) -> str | None:
    """The feed's own title: the outlet of its articles."""
    return _text(parsed.feed.get("title"))


def entry_article(entry: Any, where: str, outlet: str | None) -> Article | DocumentError:
    """An article from the entry's own body (its longest content or summary)."""
    body = html_to_text(_body(entry))
    if not body:
        return DocumentError(where, Errors.E105, what="a feed entry without content or summary")
    return Article(
        text=body, source=where, title=_text(entry.get("title")), authors=entry_authors(entry),
        published=entry_date(entry), dateline=extract_dateline(body), url=entry.get("link") or None,
        outlet=outlet,
    )


def _json_feed(data: bytes) -> feedparser.FeedParserDict:
    """A JSON Feed (jsonfeed.org 1.0/1.1) in feedparser's shape."""
    try:
        feed = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return feedparser.FeedParserDict(entries=[], bozo_exception=exc, feed={})
    entries = []
    for item in feed.get("items", []) if isinstance(feed, dict) else []:
        if not isinstance(item, dict):
            continue
        when = item.get("date_published") or item.get("date_modified")
        authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
        entries.append(feedparser.FeedParserDict(
            id=item.get("id"), link=item.get("url"), title=item.get("title"), summary=item.get("summary") or "",
            content=[{"value": item.get("content_html") or item.get("content_text") or ""}],
            authors=[a for a in authors if isinstance(a, dict)],
            published_iso=iso_date(when),
        ))
    return feedparser.FeedParserDict(entries=entries, feed=feed if isinstance(feed, dict) else {},
                                     bozo_exception="no items")


def _body(entry: Any) -> str:
    candidates = [c.get("value", "") for c in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    return max(candidates, key=len)


def html_to_text(fragment: str) -> str:
    """Paragraphs of an HTML fragment as plain text, one blank line between blocks."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml's errors on broken fragments vary
        return ""
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    paragraphs = (" ".join(p.split()) for p in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _text(value: Any) -> str | None:
    return html_to_text(value) or None if isinstance(value, str) else None


def entry_authors(entry: Any) -> list[str]:
    names = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
    return names or ([entry["author"]] if entry.get("author") else [])


def entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else entry.get("published_iso")
