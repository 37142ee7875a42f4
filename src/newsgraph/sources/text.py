"""Plain text and Markdown: find the header lines (headline, byline, date line), the dateline
that opens the body, and the clean body text.

Wire copy puts its metadata in a loose but regular block before the story; each
``extract_<field>()`` looks at one block and returns ``None`` when it is not that field, and
``read_text`` tries them in turn on the leading blocks until the story starts.
"""

from __future__ import annotations

import html
import re

from newsgraph.lexicons import load
from newsgraph.schema import Article, Dateline, Link
from newsgraph.sources.dates import parse_date
from newsgraph.sources.markup import clean_inline
from newsgraph.sources.places import resolve_place

_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n+")
_BYLINE = re.compile(r"^\s*(?:by|from)\s*:?\s+(?P<names>.+)$", re.IGNORECASE | re.DOTALL)
_MD_HEADING = re.compile(r"^#{1,6}\s+")
# "RIYADH, Saudi Arabia --", "WASHINGTON (AP) —", "MOSCOW —", "NEW YORK, March 3 (Reuters) -"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\u2019\- ]+[A-Z.])"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'\u2019\- ]{1,40}?))?"
    r"(?:,\s*(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?P<agency>\([^)\n]{1,40}\))?"
    r"\s*(?:--|\u2014|\u2013|-|:)\s+"
)
_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|;\s*|,\s*)")
_NAME = re.compile(r"^[A-Z][\w.'\u2019\-]*(?:\s+(?:[A-Z][\w.'\u2019\-]*|de|van|von|da|del|la|bin|al-\w+))+$")
_MAX_HEADLINE = 200
# A line that ends like a sentence of the story ("... next week." / "... he said.”") is no headline.
_SENTENCE_END = re.compile(r"(?:[a-z0-9%)]\.|[.,][\"'\u201d\u2019])$")
_HEADER_LINE_BLOCKS = 3
# "communiqu&#233;": text saved from web pages keeps HTML's character references
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def read_text(raw: str, source: str, markdown: bool = False) -> Article:
    """Split ``raw`` into header fields and body; every offset later refers to the body."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in _BLOCK_SPLIT.split(raw.strip("\ufeff\n\t ")) if b.strip()]
    blocks = _split_header_lines(blocks, markdown)
    title: str | None = None
    authors: list[str] = []
    published: str | None = None
    header_done = 0
    for i, block in enumerate(blocks[:6]):
        line = _clean_header(block, markdown)
        if authors == [] and (names := extract_authors(line)) is not None:
            authors = names
        elif published is None and (date := extract_date(line)) is not None:
            published = date
        elif title is None and i == 0 and len(blocks) > 1 and (head := extract_title(line, markdown, block)) is not None:
            title = head
        else:
            break
        header_done = i + 1
    body_raw = "\n\n".join(b.strip("\n") for b in blocks[header_done:])
    text, links = _clean_body(body_raw, markdown)
    return Article(
        text=text,
        source=source,
        title=title,
        authors=authors,
        published=published,
        dateline=extract_dateline(text),
        links=links,
    )


def _split_header_lines(blocks: list[str], markdown: bool) -> list[str]:
    """A header written on consecutive lines ("Headline\nBy A\nMarch 3, 2025\nStory...")
    gives one block per header line; the rest of its block stays one paragraph."""
    out: list[str] = []
    for i, block in enumerate(blocks):
        lines = block.split("\n")
        count = _header_line_count(lines, markdown) if i < _HEADER_LINE_BLOCKS else 0
        out.extend(lines[:count])
        rest = "\n".join(lines[count:])
        if rest.strip():
            out.append(rest)
    return out


def _header_line_count(lines: list[str], markdown: bool) -> int:
    """How many leading lines are header lines: maybe a headline, then bylines and date lines."""
    if len(lines) < 2:
        return 0
    count = 0 if _is_byline_or_date(lines[0], markdown) else 1
    first_field = count
    while count < len(lines) and _is_byline_or_date(lines[count], markdown):
        count += 1
    return count if count > first_field else 0


def _is_byline_or_date(line: str, markdown: bool) -> bool:
    if len(line) > _MAX_HEADLINE:
        return False
    clean = _clean_header(line, markdown)
    return extract_authors(clean) is not None or extract_date(clean) is not None


def _clean_header(block: str, markdown: bool) -> str:
    line = _unescape(" ".join(block.split()))
    if markdown:
        line = _MD_HEADING.sub("", line)
    return clean_inline(line).text.strip()


def _unescape(text: str) -> str:
    """Character references become their characters, so "communiqu&#233;" is one word a
    lexicon knows; a bare "&" ("AT&T", "R&D") is left alone."""
    return _CHAR_REF.sub(lambda m: html.unescape(m.group(0)), text)


def _clean_body(body: str, markdown: bool) -> tuple[str, list[Link]]:
    if markdown:
        body = "\n".join(_MD_HEADING.sub("", ln) for ln in body.split("\n"))
    cleaned = clean_inline(_unescape(body))
    return cleaned.text, cleaned.links


def extract_title(line: str, markdown: bool, block: str) -> str | None:
    """A headline is a short first block of one line that is not a sentence of the story."""
    if "\n" in block.strip() and not (markdown and block.lstrip().startswith("#")):
        return None
    if not line or len(line) > _MAX_HEADLINE or _DATELINE.match(line) or _SENTENCE_END.search(line):
        return None
    return line


def extract_authors(line: str) -> list[str] | None:
    """"By A and B", "By A, B and C", "By A, Associated Press": names only, roles dropped."""
    m = _BYLINE.match(line)
    if not m or len(line) > 200:
        return None
    names = [p.strip(" .") for p in _NAME_SPLIT.split(m.group("names").strip())]
    people = [_name_case(n) for n in names if _NAME.match(n) and not _is_affiliation(n)]
    return people or None


def _name_case(name: str) -> str:
    """"BY JOHN SMITH": an all-capitals byline name is written as a name ("John Smith")."""
    return " ".join(w.capitalize() if w.isupper() else w for w in name.split()) if name.isupper() else name


def _is_affiliation(part: str) -> bool:
    """Roles and outlets after a comma ("Associated Press", "Staff Writer") are not names."""
    lex = load()
    if lex.entity(part) is not None:
        return True
    return any(lex.role(w) is not None or lex.org_keyword(w) is not None for w in part.split())


def extract_date(line: str) -> str | None:
    """A date line stands alone: short, and nothing in it but a date (and maybe a time)."""
    if len(line) > 60 or not re.search(r"\d", line):
        return None
    line = re.sub(r"^(?:published|updated|posted|date)\s*:?\s*", "", line, flags=re.IGNORECASE)
    if re.search(r"[a-z]{3,}", line) and not re.search(
        r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", line
    ):
        return None
    return parse_date(line)


def extract_dateline(text: str) -> Dateline | None:
    """The dateline opens the first paragraph in capitals; its place resolves to a country."""
    m = _DATELINE.match(text)
    if not m:
        return None
    place_caps = m.group("place").strip()
    if len(place_caps) < 3 or not any(c.isalpha() for c in place_caps):
        return None
    place = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in place_caps.split())
    place = "-".join(p[:1].upper() + p[1:] for p in place.split("-"))
    country = resolve_place(place, m.group("region"))
    dateline_text = text[: m.end()].rstrip(" -\u2014\u2013:")
    return Dateline(text=dateline_text, place=place, country=country)
