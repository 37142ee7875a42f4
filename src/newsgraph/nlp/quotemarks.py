"""Find quoted stretches by pairing quotation marks, one paragraph at a time.

Pairing is local on purpose: a stray or missing mark costs at most the rest of its own
paragraph, never the rest of the article. Straight marks are read by context (an opening
mark follows a space or an opening bracket, a closing one precedes space or punctuation);
curly and straight marks may mix. A quote left open at a paragraph's end continues when the
next paragraph opens with a mark (the multi-paragraph convention of news writing); otherwise
it ends with its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

OPENERS = "\u201c\u201e\u00ab"
CLOSERS = "\u201d\u00bb"
STRAIGHT = '"'
_MARK = re.compile(r'["\u201c\u201d\u201e\u00ab\u00bb]')
#: A paragraph break: whitespace holding two line breaks or more (a blank line, with spaces on
#: it or not). The one definition: paragraphs, sentences and quotations all end at it.
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def has_paragraph_break(text: str) -> bool:
    """Whether ``text`` (a stretch of an article, or one whitespace token) crosses a paragraph break."""
    return PARAGRAPH_BREAK.search(text) is not None


@dataclass
class QuotedPiece:
    """The inside of one pair of marks; ``group`` ties the paragraphs of one long quote."""

    start: int
    end: int
    group: int


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph of ``text``, breaks excluded."""
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def find_quoted(text: str) -> list[QuotedPiece]:
    """Every quoted stretch, marks excluded, in text order."""
    pieces: list[QuotedPiece] = []
    group = 0
    carried = False  # a quote left open at the end of the previous paragraph
    for pstart, pend in paragraph_spans(text):
        if carried and not _opens_with_mark(text, pstart, pend):
            carried = False  # unbalanced: the open quote ended with its paragraph
        if not carried:
            group += 1
        opened: int | None = None
        nested = 0  # straight marks opened inside a curly quotation
        for m in _MARK.finditer(text, pstart, pend):
            pos, mark = m.start(), m.group()
            if opened is None:
                if _can_open(text, pos, mark, pstart):
                    opened, nested = pos + 1, 0
            elif mark == STRAIGHT and text[opened - 1] in OPENERS and (
                    nested or _can_open(text, pos, mark, pstart)):
                nested += 1 if _can_open(text, pos, mark, pstart) and not nested else -1  # “… "nested" …”
            elif _can_close(text, pos, mark, pend):
                if opened < pos:
                    pieces.append(QuotedPiece(*_strip(text, opened, pos), group))
                opened = None
                group += 1
            elif mark in OPENERS:
                opened = pos + 1  # a second opener: the first one was stray
        carried = False
        if opened is not None and opened < pend:
            pieces.append(QuotedPiece(*_strip(text, opened, pend), group))
            carried = True
    return [p for p in pieces if p.end > p.start]


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    head = text[start:end].lstrip()
    return bool(head) and (head[0] in OPENERS or head[0] == STRAIGHT)


def _can_open(text: str, pos: int, mark: str, pstart: int) -> bool:
    if mark in OPENERS:
        return True
    if mark in CLOSERS:
        return False
    before = text[pos - 1] if pos > pstart else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/:") and not after.isspace()


def _can_close(text: str, pos: int, mark: str, pend: int) -> bool:
    if mark in CLOSERS:
        return True
    if mark in OPENERS:
        return False
    after = text[pos + 1] if pos + 1 < pend else " "
    return not (after.isalnum())


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
