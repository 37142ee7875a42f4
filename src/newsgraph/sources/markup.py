"""Inline Markdown clean-up that keeps track of where each clean character came from.

Links ``[text](url)`` keep their text and are recorded as ``Link``s; emphasis marks are
dropped only where they wrap a word (``**bold**``, ``*it*``), so a lone ``_`` or ``*`` used as
punctuation in wire copy survives. Offsets in the result are indices into the cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.schema import Link

_INLINE = re.compile(
    r"!?\[(?P<text>[^\]\n]*)\]\((?P<url>[^)\s]*)(?:\s+\"[^\"]*\")?\)"  # [text](url "title")
    r"|(?P<strong>\*\*|__)(?P<stext>\S(?:[^\n]*?\S)?)(?P=strong)(?!\*)"  # **bold** / __bold__ / ***both***
    r"|(?<![\w*])\*(?P<etext>[^\s*](?:[^*\n]*?[^\s*])?)\*(?![\w*])"  # *italic*
    r"|`(?P<code>[^`\n]+)`"  # `code`
)


@dataclass
class Cleaned:
    text: str
    links: list[Link] = field(default_factory=list)


def clean_inline(raw: str) -> Cleaned:
    """Strip inline Markdown from ``raw``; nested emphasis inside link text is cleaned too."""
    out: list[str] = []
    links: list[Link] = []
    pos = 0
    length = 0
    for m in _INLINE.finditer(raw):
        out.append(raw[pos : m.start()])
        length += m.start() - pos
        inner = m.group("text")
        if inner is None:
            inner = m.group("stext") or m.group("etext") or m.group("code") or ""
        inner_clean = clean_inline(inner)
        start = length
        out.append(inner_clean.text)
        length += len(inner_clean.text)
        for link in inner_clean.links:
            links.append(Link(link.start + start, link.end + start, link.url))
        if m.group("url") is not None and not m.group(0).startswith("!"):
            links.append(Link(start, length, m.group("url")))
        pos = m.end()
    out.append(raw[pos:])
    return Cleaned("".join(out), links)
