"""The ``newsgraph_quotes`` component: quotations, their cues and their speakers.

Quoted stretches come from ``quotemarks`` (mark pairing, no parse needed); each is then
attributed through the parse: the speech verb that governs it or stands beside it in its
sentence ("…," said X / X said: "…" / X said Y "…"), the subject of that verb, and the actor
that subject refers to. A quote with no cue of its own continues the turn of the previous
speaker in its paragraph (or of the previous paragraph when the whole paragraph is quoted).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.errors import NewsgraphError
from newsgraph.lexicons import load
from newsgraph.nlp.extensions import QuoteInfo, register
from newsgraph.nlp.quotemarks import has_paragraph_break, paragraph_spans
from newsgraph.nlp.reported import find_reported, lexicon_cue
from newsgraph.nlp.reported_model import DEFAULT_POLICY, POLICIES, ReportedTagger
from newsgraph.nlp.spans import doc_text, ensure_sentences, quoted_pieces, quoted_tokens, sentence_of
from newsgraph.nlp.speakers import (
    SPEAKER_KINDS,
    SUBJECT_DEPS,
    antecedent_of_relative,
    attribute,
    named_person,
    owner_kind,
    quote_cue,
    set_speaker,
    subject_of,
)

_DIRECT_LEADS = {":", ",", "\u2014", "--"}
_SHORT_SENTENCE = 8
_SIGNATURE = re.compile(r"[\"\u201d\u00bb \t\u00a0]*(?:\u2015|\u2014|\u2013|--?)[ \t\u00a0]*(?P<name>[^\n]{1,80}?)[ \t\u00a0.]*(?:\n|$)")
_SIGNATURE_LENGTH = 8


@Language.factory(
    "newsgraph_quotes",
    requires=["doc._.actors", "token.dep", "token.lemma"],
    assigns=["doc._.quotes"],
    default_config={"reported": DEFAULT_POLICY},
)
def make_quotes(nlp: Language, name: str, reported: str) -> QuoteFinder:
    """``reported``: where reported speech comes from: rules, model or combined (``reported_model``)."""
    return QuoteFinder(nlp, name, reported=reported)


class QuoteFinder:
    def __init__(self, nlp: Language, name: str = "newsgraph_quotes", *, reported: str = "rules") -> None:
        register()
        self.name = name
        if reported not in POLICIES:
            raise NewsgraphError(f"unknown reported-speech policy {reported!r}: choose one of {', '.join(POLICIES)}")
        self.reported = reported
        self.tagger = ReportedTagger() if reported != "rules" else None

    def __call__(self, doc: Doc) -> Doc:
        ensure_sentences(doc)
        pieces = quoted_pieces(doc)
        quoted = quoted_tokens(doc)
        paragraph_of = _paragraph_index(doc_text(doc))
        quotes: list[QuoteInfo] = []
        previous: QuoteInfo | None = None
        for piece in pieces:
            span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            quote = QuoteInfo(start=span.start_char, end=span.end_char, kind=_kind(doc, span),
                              spans=[(span.start_char, span.end_char)])
            cue = self._cue(doc, span, quoted)
            if cue is not None:
                attribute(doc, quote, cue, previous, quoted)
            elif (signed := _signature(doc, span)) is not None:
                set_speaker(doc, quote, signed[-1], signed)
            elif quote.kind == "mixed" and (agent := _clause_agent(doc, span)) is not None:
                set_speaker(doc, quote, agent)
            elif quote.kind == "direct" and (intro := _colon_intro(doc, span, quoted)) is not None:
                attribute(doc, quote, intro, previous, quoted)
            elif previous is not None and _same_turn(doc_text(doc), previous, quote, paragraph_of):
                quote.speaker, quote.speaker_span, quote.cue_span = previous.speaker, previous.speaker_span, previous.cue_span
            elif quote.kind == "direct" and (lead := _lead_in_cue(doc, span, quoted)) is not None:
                attribute(doc, quote, lead, previous, quoted)
            quotes.append(quote)
            if quote.speaker is not None or quote.speaker_span is not None:
                previous = quote
        cues, learned = self.tagger.cues(doc, self.reported) if self.tagger is not None else (lexicon_cue, None)
        quotes.extend(find_reported(doc, quoted, cues, learned))
        quotes.sort(key=lambda q: (q.start, q.end))
        doc._.quotes = quotes
        return doc

    def _cue(self, doc: Doc, span: Span, quoted: set[int]) -> Token | None:
        """The speech verb for this quote: one governing it, else the nearest in its sentences
        (or in a short sentence right beside it: '"…?" Graham asked.')."""
        governing = [t for t in _ancestors(span) if quote_cue(t) and t.i not in quoted]
        if governing:
            return governing[-1]  # outermost: "X said Y agreed to 'Z'" is X's claim
        first = sentence_of(span[0]).start
        last = sentence_of(span[-1]).end
        if last < len(doc) and _same_paragraph(doc, span.end_char, doc[last].idx) and (
                span.text.rstrip().endswith(",") or len(sentence_of(doc[last])) <= _SHORT_SENTENCE):
            last = sentence_of(doc[last]).end  # '"…," she said' may be split off by the parser
        if first > 0 and sentence_of(doc[first - 1]).text.rstrip().endswith(":") and _same_paragraph(doc, doc[first - 1].idx, span.start_char):
            first = sentence_of(doc[first - 1]).start  # 'Idris told reporters: "…"'
        nearby = [t for t in doc[first:last] if quote_cue(t) and t.i not in quoted]
        if not nearby:
            return None
        return min(nearby, key=lambda t: (abs(t.i - span.end) if t.i >= span.end else abs(span.start - t.i) + 2))


def _lead_in_cue(doc: Doc, span: Span, quoted: set[int]) -> Token | None:
    """'Bolton said he would back the nominee. "I'm going to support him."': a quotation that
    opens a sentence with no cue of its own is voiced by whoever speaks in the sentence just
    before it, in the same paragraph."""
    first = sentence_of(span[0]).start
    if first == 0 or not _same_paragraph(doc, doc[first - 1].idx, span.start_char):
        return None
    cues = [t for t in sentence_of(doc[first - 1]) if quote_cue(t) and t.i not in quoted]
    return cues[-1] if cues else None


def _colon_intro(doc: Doc, span: Span, quoted: set[int]) -> Token | None:
    """'Governor Edwards addressed the public: "…"', 'Trump's statement read: "…"': a quotation
    a colon introduces is voiced by the subject of the introducing clause when that subject is
    a speaker (a named person or body, or a statement), whatever its verb."""
    before = span.start - 1
    while before >= 0 and (doc[before].is_quote or doc[before].is_space):
        before -= 1
    if before < 0 or doc[before].text != ":" or before in quoted:
        return None
    start = sentence_of(doc[before]).start
    # the introducing clause's head: the word before the colon that hangs on nothing before it
    # (the parser may make the quotation's verb the root: 'Collins saw compromise as …: "I think …"')
    heads = [t for t in doc[start:before] if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or not start <= t.head.i < before)]
    verb = heads[0] if heads else None
    subject = subject_of(verb) if verb is not None and verb.i not in quoted else None
    if subject is None or subject.i in quoted:
        return None
    speaks = owner_kind(named_person(subject)) in SPEAKER_KINDS
    return verb if speaks or subject.lower_ in load().words("statement") else None


def _same_paragraph(doc: Doc, start: int, end: int) -> bool:
    return not has_paragraph_break(doc_text(doc)[start:end])


def _signature(doc: Doc, span: Span) -> Span | None:
    """A quote signed after a dash at the end of its line ('"…" ― Pamela Padilla')."""
    m = _SIGNATURE.match(doc_text(doc), span.end_char)
    if m is None:
        return None
    name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
    words = [t for t in name or [] if not (t.is_punct or t.is_space)]
    if not 0 < len(words) <= _SIGNATURE_LENGTH or not all(t.text[:1].isupper() for t in words):
        return None
    return doc[words[0].i : words[-1].i + 1]


def _clause_agent(doc: Doc, span: Span) -> Token | None:
    """A quoted fragment with no speech verb is the words of its clause's subject when that
    subject is an actor: 'Reid has gone after Trump as a "spoiled brat."'"""
    for head in _ancestors(span):
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            subject = antecedent_of_relative(subjects[0])
            return subject if owner_kind(subject) in SPEAKER_KINDS else None
    return None


def _ancestors(span: Span) -> list[Token]:
    """Heads above the quote's root, innermost first, stopping at the sentence root."""
    result = []
    token = span.root
    while token.head.i != token.i:
        token = token.head
        if span.start <= token.i < span.end:
            continue
        result.append(token)
    return result


def _kind(doc: Doc, span: Span) -> str:
    """Direct when the quote stands as a sentence of its own, mixed when woven into one."""
    before = doc_text(doc)[: span.start_char].rstrip("\"\u201c\u201e\u00ab \t\u00a0")
    if not before or before.endswith("\n") or before[-1] in ".?!" or before[-1] in _DIRECT_LEADS:
        return "direct"
    return "mixed"


def _paragraph_index(text: str) -> list[tuple[int, int]]:
    return list(paragraph_spans(text))


def _same_turn(text: str, previous: QuoteInfo, quote: QuoteInfo, paras: list[tuple[int, int]]) -> bool:
    """Same paragraph, or a paragraph that is nothing but this quote right after the previous one."""
    def para(char: int) -> int:
        return next(i for i, (s, e) in enumerate(paras) if s <= char <= e)

    p_prev, p_this = para(previous.start), para(quote.start)
    if p_prev == p_this:
        return True
    start, end = paras[p_this]
    whole = text[start:end].strip().strip("\"\u201c\u201d")
    return p_this == p_prev + 1 and text[quote.start : quote.end].strip() == whole.strip()
