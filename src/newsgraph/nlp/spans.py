"""Small span helpers shared by our components."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.extensions import register
from newsgraph.nlp.quotemarks import QuotedPiece, find_quoted, has_paragraph_break

register()

_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_TEXT_KEY, _SENTS_KEY = "newsgraph.text", "newsgraph.sents"  # per-Doc caches in user_data


def trim(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive: "the White House's" -> "White House"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in _DETERMINERS:
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return Span(doc, start, end, label=span.label)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token anew on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def sentence_of(token: Token) -> Span:
    """``token.sent``, found by bisection in the sentences listed once per Doc (spaCy walks
    the Doc from its start on every ``.sent``)."""
    doc = token.doc
    cached = doc.user_data.get(_SENTS_KEY)
    if cached is None:
        spans = list(doc.sents)
        cached = doc.user_data[_SENTS_KEY] = (spans, [s.start for s in spans])
    spans, starts = cached
    return spans[bisect_right(starts, token.i) - 1]


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, for "within N sentences" windows."""
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index


def quoted_pieces(doc: Doc) -> list[QuotedPiece]:
    """The quoted stretches of the Doc, paired once: actors, quotes and events all read them."""
    if doc._.quote_pieces is None:
        doc._.quote_pieces = find_quoted(doc_text(doc))
    return doc._.quote_pieces


def quoted_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens that lie inside a quotation."""
    inside: set[int] = set()
    for piece in quoted_pieces(doc):
        span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def ensure_sentences(doc: Doc) -> None:
    """Our components read ``doc.sents``; in a pipeline with neither parser nor sentencizer,
    fall back to one sentence per paragraph rather than fail."""
    if doc.has_annotation("SENT_START") or not len(doc):
        return
    after_break = True
    for token in doc:
        token.is_sent_start = after_break
        after_break = token.is_space and has_paragraph_break(token.text)
