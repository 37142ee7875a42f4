"""``find_quoted``: pairing quotation marks paragraph by paragraph, never across a blank line
unless the next paragraph opens with a mark."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsgraph.nlp.quotemarks import find_quoted, paragraph_spans

_PARAGRAPH = re.compile(r"\n\s*\n")


def _texts(text: str) -> list[str]:
    return [text[p.start:p.end] for p in find_quoted(text)]


def test_quotemarks_curly_pair() -> None:
    assert _texts("He said “we will talk” on Friday.") == ["we will talk"]


def test_quotemarks_straight_pairs() -> None:
    assert _texts('Kerry "had again presented" an offer and an "off ramp" too.') == ["had again presented", "off ramp"]


def test_quotemarks_guillemets() -> None:
    assert _texts("Il a dit « nous parlerons » hier.") == ["nous parlerons"]


def test_quotemarks_stray_mark_costs_only_its_paragraph() -> None:
    text = 'A stray " mark here.\n\nThen “a real quote” follows.'
    assert _texts(text) == ["a real quote"]


def test_quotemarks_open_quote_ends_with_paragraph() -> None:
    text = "He said “this never closes.\n\nThe next paragraph is narration."
    assert _texts(text) == ["this never closes."]


def test_quotemarks_multi_paragraph_quote_continues() -> None:
    text = "He said: “The first part.\n\n“The second part,” he added."
    pieces = find_quoted(text)
    assert [text[p.start:p.end] for p in pieces] == ["The first part.", "The second part,"]
    assert pieces[0].group == pieces[1].group


_MARKS = st.sampled_from(['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\n", "\n\n", "\n \n", " ", ",", "."])
_WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8)
_TEXT = st.lists(st.one_of(_MARKS, _WORDS), max_size=40).map("".join)


def _crosses_blank_line(text: str, start: int, end: int) -> bool:
    return _PARAGRAPH.search(text, start, end) is not None


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text='"a\n\n"b')
@example(text="\u201ca\n\nb\u201d")
def test_quotemarks_pieces_are_well_formed(text: str) -> None:
    pieces = find_quoted(text)
    previous_end = 0
    for piece in pieces:
        assert 0 <= piece.start < piece.end <= len(text)
        assert piece.start >= previous_end, "pieces overlap or are out of order"
        previous_end = piece.end
        assert not text[piece.start].isspace() and not text[piece.end - 1].isspace()
        # a piece never spans a paragraph break: a long quote is one piece per paragraph
        assert not _crosses_blank_line(text, piece.start, piece.end)


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
def test_quotemarks_groups_cross_blank_lines_only_at_an_opening_mark(text: str) -> None:
    pieces = find_quoted(text)
    bounds = list(paragraph_spans(text))

    def paragraph_of(pos: int) -> int:
        return next(i for i, (s, e) in enumerate(bounds) if s <= pos <= e)

    for a, b in zip(pieces, pieces[1:], strict=False):
        if a.group != b.group:
            continue
        pa, pb = paragraph_of(a.start), paragraph_of(b.start)
        assert pb == pa + 1, "one quote continues only into the very next paragraph"
        start, end = bounds[pb]
        head = text[start:end].lstrip()
        assert head[:1] in ('"', "\u201c", "\u201e", "\u00ab"), "continued without an opening mark"
