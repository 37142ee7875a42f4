"""Read one HTML page into an ``Article``: the body text and the metadata that travel with it.

trafilatura finds the article body and the metadata; htmldate is the fallback for the
publication date. Each field has its own small ``extract_<field>()`` that returns ``None``
when the page does not say, and ``read_html`` is the one orchestrator.

Nothing here touches the network: trafilatura and htmldate only ever get an already
decoded string or a parsed tree, never a URL to fetch.

Body extraction is a two-step cascade, strongest first (measured on the Zyte
article-extraction-benchmark with ``bench/html_extraction.py``):

1. trafilatura in precision mode without comments: it prunes related-story boxes,
   teasers and reader comments that the balanced mode keeps;
2. if precision mode kept a short text (under ``PRECISION_TRUSTED_CHARS``) and under
   ``PRECISION_MIN_SHARE`` of what the balanced mode finds, it has pruned the article
   itself (a body inside a container it judges to be boilerplate), so the balanced result
   is used instead, unless that is itself too short to be an article.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import htmldate
import trafilatura
from lxml.html import HtmlElement

from newsgraph.errors import DocumentError, Errors
from newsgraph.schema import Article

#: A precision-mode body at least this long is trusted as is (twice trafilatura's own
#: MIN_EXTRACTED_SIZE, the length under which its balanced mode already suspects failure).
PRECISION_TRUSTED_CHARS = 500

#: Below this share of the balanced text, a short precision-mode result is taken as a failure.
PRECISION_MIN_SHARE = 0.25

#: A balanced-mode fallback shorter than this (trafilatura's MIN_EXTRACTED_SIZE) is menu
#: and footer scraps from its whole-page rescue, not an article.
FALLBACK_MIN_CHARS = 250

#: How far into the page to look for a declared charset (the HTML spec says 1024 bytes;
#: real pages put long scripts first, so look further).
CHARSET_SNIFF_BYTES = 8192

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: A body needs one paragraph at least this many characters long: menus, buttons and link
#: lists (all trafilatura can return from a page with no article) are shorter. Counted in
#: characters, not words, so Japanese or Chinese text (no spaces) is judged alike.
MIN_PROSE_CHARS = 40

_AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|\|)\s*")

_EXTRACTION_OPTIONS: dict[str, Any] = {
    "include_comments": False,  # reader comments are not the article
    "include_tables": True,  # tables in news pages are mostly content (results, figures)
    "include_images": False,
    "include_links": False,
    "deduplicate": False,  # its cache is global and order-dependent: same input, same output
}


def read_html(data: bytes | str, source: str) -> Article:
    """Turn an HTML page (bytes as read from disk, or text) into an ``Article``.

    Raises ``DocumentError`` (E105) when no body text can be found.
    """
    html = decode_html(data) if isinstance(data, bytes) else data
    document = _extract(html, precision=True, with_metadata=True)
    text = extract_text(html, document)
    if not text:
        raise DocumentError(source, Errors.E105, what="the HTML page")
    tree = trafilatura.load_html(html)
    url = extract_url(document)
    return Article(
        text=text,
        source=source,
        title=extract_title(document),
        authors=extract_authors(document) or [],
        published=extract_date(document, tree, url),
        language=extract_language(tree),
        url=url,
        outlet=extract_outlet(document),
    )


def decode_html(data: bytes) -> str:
    """Decode page bytes: byte-order mark, then UTF-8, then the page's own charset, then a guess.

    Strict UTF-8 goes first because non-ASCII text that decodes as UTF-8 is almost never
    anything else, while pages that declare Latin-1 but are saved as UTF-8 are common. The
    declared charset comes before detection because detectors misread short Latin-1 pages;
    it is only trusted when the bytes actually decode with it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    for encoding in filter(None, ("utf-8", declared_charset(data))):
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return _guess_decode(data)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` or ``http-equiv``, normalised.

    ``iso-8859-1`` and ``ascii`` are read as windows-1252, as browsers do (WHATWG
    Encoding standard), so curly quotes in "Latin-1" pages survive.
    """
    match = _META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if name in {"latin_1", "iso8859-1", "ascii"} else name


def _guess_decode(data: bytes) -> str:
    """Last resort for undeclared, non-UTF-8 bytes: a detector's guess, else windows-1252."""
    try:
        from charset_normalizer import from_bytes  # a trafilatura dependency
    except ImportError:  # pragma: no cover - always installed with trafilatura
        best = None
    else:
        best = from_bytes(data).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    return data.decode("cp1252", errors="replace")


def _extract(html: str, *, precision: bool, with_metadata: bool) -> Any:
    """One trafilatura run with our fixed options; ``None`` when it finds nothing."""
    return trafilatura.bare_extraction(
        html,
        favor_precision=precision,
        with_metadata=with_metadata,
        date_extraction_params={"original_date": True, "extensive_search": True},
        **_EXTRACTION_OPTIONS,
    )


def extract_text(html: str, document: Any) -> str | None:
    """The article body, paragraphs separated by a blank line, from the cascade above."""
    precise = _paragraphs(getattr(document, "text", None))
    if len(precise) >= PRECISION_TRUSTED_CHARS:
        return precise if has_prose(precise) else None
    balanced = _paragraphs(getattr(_extract(html, precision=False, with_metadata=False), "text", None))
    if len(balanced) >= FALLBACK_MIN_CHARS and len(precise) < PRECISION_MIN_SHARE * len(balanced):
        precise = balanced
    return precise if has_prose(precise) else None


def has_prose(text: str) -> bool:
    """Whether ``text`` holds at least one sentence-length paragraph (see ``MIN_PROSE_CHARS``)."""
    return any(len(paragraph) >= MIN_PROSE_CHARS for paragraph in text.split("\n\n"))


def _paragraphs(text: str | None) -> str:
    """Normalise trafilatura's one-line-per-block text to paragraphs split by ``\\n\\n``."""
    if not text:
        return ""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def extract_title(document: Any) -> str | None:
    """The headline trafilatura found (og:title, JSON-LD, ``<h1>``, ``<title>``, in that order)."""
    return _clean(getattr(document, "title", None))


def extract_authors(document: Any) -> list[str] | None:
    """Author names as a list: trafilatura joins several with "; "."""
    raw = _clean(getattr(document, "author", None))
    if not raw:
        return None
    names: list[str] = []
    for name in _AUTHOR_SEPARATORS.split(raw):
        if name and name not in names:
            names.append(name)
    return names or None


def extract_date(document: Any, tree: HtmlElement | None, url: str | None) -> str | None:
    """Publication date as ``YYYY-MM-DD``: trafilatura's metadata first, htmldate as fallback.

    The fallback gets a parsed tree, never a string that could be taken for a URL to fetch.
    """
    found = _iso_date(getattr(document, "date", None))
    if found or tree is None:
        return found
    fallback = htmldate.find_date(tree, extensive_search=True, original_date=True, url=url)
    return _iso_date(fallback)


def _iso_date(value: str | None) -> str | None:
    """Keep the ``YYYY-MM-DD`` part of a date string, or ``None`` if it is not one."""
    match = re.match(r"\d{4}-\d{2}-\d{2}", value or "")
    return match.group(0) if match else None


def extract_url(document: Any) -> str | None:
    """The page's own URL as it declares it (canonical link or og:url)."""
    url = _clean(getattr(document, "url", None))
    return url if url and url.startswith(("http://", "https://")) else None


def extract_outlet(document: Any) -> str | None:
    """The publishing site's name (og:site_name, JSON-LD publisher), else its host name."""
    return _clean(getattr(document, "sitename", None)) or _clean(getattr(document, "hostname", None))


def extract_language(tree: HtmlElement | None) -> str | None:
    """Primary language subtag the page declares in ``<html lang>`` (``en-US`` -> ``en``)."""
    if tree is None:
        return None
    root = tree.getroottree().getroot()
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    match = re.match(r"[A-Za-z]{2,3}\b", (lang or "").strip())
    return match.group(0).lower() if match else None


def _clean(value: str | None) -> str | None:
    """Collapse whitespace; an empty string is no value."""
    cleaned = " ".join(value.split()) if value else ""
    return cleaned or None
