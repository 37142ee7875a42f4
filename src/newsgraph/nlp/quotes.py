"""The ``newsgraph_quotes`` component: quotations, their cues and their speakers.

Quoted stretches come from ``quotemarks`` (mark pairing, no parse needed); each is then
attributed through the parse: the speech verb that governs it or stands beside it in its
sentence ("…," said X / X said: "…" / X said Y "…"), the subject of that verb, and the actor
that subject refers to. A quote with no cue of its own continues the turn of the previous
speaker in its paragraph (or of the previous paragraph when the whole paragraph is quoted).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.lexicons.cues import load_cues
from newsgraph.nlp.extensions import QuoteInfo, register
from newsgraph.nlp.quotemarks import QuotedPiece, find_quoted, paragraphs

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_SHARED_SUBJECT_DEPS = ("conj", "xcomp", "advcl", "ccomp")
_STATEMENT_WORDS = {"statement", "report", "communique", "release", "readout", "spokesman", "spokeswoman",
                    "spokesperson", "it"}
_DIRECT_LEADS = {":", ",", "\u2014", "--"}
_INSTITUTIONS = {"organization", "government", "igo"}
_SPEAKER_KINDS = {"person", "organization", "government", "igo", "group"}
_SHORT_SENTENCE = 8
_CLAUSE_BREAK = {",", ";", ":", "(", ")", "\u2014", "--"}


@Language.factory(
    "newsgraph_quotes",
    requires=["doc._.actors", "token.dep", "token.lemma"],
    assigns=["doc._.quotes"],
    default_config={"continue_turns": True},
)
def make_quotes(nlp: Language, name: str, continue_turns: bool) -> QuoteFinder:
    return QuoteFinder(nlp, name, continue_turns=continue_turns)


class QuoteFinder:
    def __init__(self, nlp: Language, name: str = "newsgraph_quotes", *, continue_turns: bool = True) -> None:
        register()
        self.name = name
        self.continue_turns = continue_turns
        self.cues = load_cues()

    def __call__(self, doc: Doc) -> Doc:
        pieces = find_quoted(doc.text)
        quoted = _quoted_tokens(doc, pieces)
        paragraph_of = _paragraph_index(doc.text)
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
                quote.cue_span = _cue_extent(cue)
                self._attribute(doc, quote, cue, previous, quoted)
            elif (signed := _signature(doc, span)) is not None:
                _set_speaker(doc, quote, signed)
            elif quote.kind == "mixed" and (agent := _clause_agent(doc, span)) is not None:
                _set_speaker(doc, quote, agent)
            elif self.continue_turns and previous is not None and _same_turn(doc.text, previous, quote, paragraph_of):
                quote.speaker, quote.speaker_span, quote.cue_span = previous.speaker, previous.speaker_span, previous.cue_span
            quotes.append(quote)
            if quote.speaker is not None or quote.speaker_span is not None:
                previous = quote
        doc._.quotes = quotes
        return doc

    def _cue(self, doc: Doc, span: Span, quoted: set[int]) -> Token | None:
        """The speech verb for this quote: one governing it, else the nearest in its sentences
        (or in a short sentence right beside it: '"…?" Graham asked.')."""
        governing = [t for t in _ancestors(span) if self._is_cue(t) and t.i not in quoted]
        if governing:
            return governing[-1]  # outermost: "X said Y agreed to 'Z'" is X's claim
        first = span[0].sent.start
        last = span[-1].sent.end
        if last < len(doc) and (span.text.rstrip().endswith(",") or len(doc[last].sent) <= _SHORT_SENTENCE):
            last = doc[last].sent.end  # '"…," she said' may be split off by the parser
        if first > 0 and doc[first - 1].sent.text.rstrip().endswith(":"):
            first = doc[first - 1].sent.start  # 'Idris told reporters: "…"'
        nearby = [t for t in doc[first:last] if self._is_cue(t) and t.i not in quoted]
        if not nearby:
            return None
        return min(nearby, key=lambda t: (abs(t.i - span.end) if t.i >= span.end else abs(span.start - t.i) + 2))

    def _is_cue(self, token: Token) -> bool:
        if token.lower_ == "according":
            return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
        return token.pos_ == "VERB" and self.cues.get(token.lemma_.lower()) == "speech"

    def _attribute(self, doc: Doc, quote: QuoteInfo, cue: Token, previous: QuoteInfo | None,
                   quoted: set[int]) -> None:
        subject = _subject(cue)
        if subject is None or subject.i in quoted:
            subject = _adjacent_speaker(doc, cue, quoted)
        if subject is None:
            return
        actors = doc._.actors or []
        owner = _actor_in(doc, subject)
        if owner is None and subject.lower_ in _STATEMENT_WORDS:
            owner = _statement_source(doc, subject, previous)
        phrase = _phrase(subject)
        quote.speaker_span = (phrase.start_char, phrase.end_char)
        quote.speaker = owner


def _set_speaker(doc: Doc, quote: QuoteInfo, token: Token) -> None:
    phrase = _phrase(token)
    quote.speaker_span = (phrase.start_char, phrase.end_char)
    quote.speaker = (doc._.actor_of_token or {}).get(token.i)


def _signature(doc: Doc, span: Span) -> Token | None:
    """A quote signed after a dash at the end of its line ('"…" ― Pamela Padilla')."""
    i = span.end
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
        i += 1
    if i >= len(doc) or doc[i].text not in ("\u2015", "\u2014", "\u2013", "-", "--"):
        return None
    name = [t for t in doc[i + 1 : i + 8] if not t.is_space]
    end = next((k for k, t in enumerate(name) if "\n" in t.text_with_ws or t.i == len(doc) - 1), None)
    if end is None or not all(t.pos_ == "PROPN" or t.is_punct for t in name[: end + 1]):
        return None
    return next((t for t in reversed(name[: end + 1]) if t.pos_ == "PROPN"), None)


def _clause_agent(doc: Doc, span: Span) -> Token | None:
    """A quoted fragment with no speech verb is the words of its clause's subject when that
    subject is an actor: 'Reid has gone after Trump as a "spoiled brat."'"""
    owners = doc._.actor_of_token or {}
    actors = doc._.actors or []
    for head in _ancestors(span):
        subjects = [c for c in head.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            subject = _antecedent_of_relative(subjects[0])
            owner = owners.get(subject.i)
            if owner is not None and actors[owner].kind in _SPEAKER_KINDS:
                return subject
            return None
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


def _subject(cue: Token) -> Token | None:
    """The cue's subject, following shared subjects up conjunctions ("warned … and said")."""
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    token = cue
    for _ in range(3):
        subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            return _antecedent_of_relative(subjects[0])
        agents = [c for c in token.children if c.dep_ in ("dobj", "npadvmod") and c.pos_ == "PROPN"
                  and c.i > cue.i and c.ent_type_ not in ("DATE", "TIME")]
        if agents and token is cue:
            return agents[0]  # '"…," said Shapiro' parsed with Shapiro as object
        if token.dep_ not in _SHARED_SUBJECT_DEPS:
            break
        token = token.head
    return None


def _adjacent_speaker(doc: Doc, cue: Token, quoted: set[int]) -> Token | None:
    """When the parse gives no usable subject ('"…," Tulsa police Chief Chuck Jordan said'),
    the speaker is the name standing next to the cue, outside the quotation: first to its
    left, back to the quotation or a clause break, then to its right."""
    owners = doc._.actor_of_token or {}
    actors = doc._.actors or []
    sent = cue.sent
    left = range(cue.i - 1, sent.start - 1, -1)
    right = range(cue.i + 1, sent.end)
    for side in (left, right):
        for i in side:
            token = doc[i]
            if i in quoted or token.text in _CLAUSE_BREAK or token.is_quote:
                break
            if i in owners and actors[owners[i]].kind in _SPEAKER_KINDS:
                return token
    return None


def _antecedent_of_relative(subject: Token) -> Token:
    """"Reid, who called Trump a 'con artist'": the speaker is Reid, not "who"."""
    if subject.tag_ in ("WP", "WDT") and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _actor_in(doc: Doc, subject: Token) -> int | None:
    """The actor the subject phrase refers to: its head first, then its modifiers
    ("A Kremlin statement" -> the Kremlin)."""
    owners = doc._.actor_of_token or {}
    if subject.i in owners:
        return owners[subject.i]
    actors = doc._.actors or []
    for token in subject.subtree:
        if token.i in owners and token.dep_ in ("compound", "poss", "amod", "nmod", "pobj", "appos") \
                and actors[owners[token.i]].kind in _INSTITUTIONS:
            return owners[token.i]
    return None


def _statement_source(doc: Doc, subject: Token, previous: QuoteInfo | None) -> int | None:
    """"It added" / "a ministry statement said": the institution that issued the statement
    is the one quoted just before, else the institution named last (a modifier such as
    "ministry" picks among them), within a few sentences."""
    actors = doc._.actors or []
    if previous is not None and previous.speaker is not None and actors[previous.speaker].kind != "person":
        if subject.lower_ == "it" or previous.end > subject.sent.start_char - 400:
            return previous.speaker
    hints = {t.lower_ for t in subject.subtree if t.i != subject.i}
    window_start = max(0, subject.sent.start_char - 600)
    candidates: list[tuple[int, int, int]] = []
    for index, actor in enumerate(actors):
        if actor.kind in ("organization", "government", "igo"):
            for start, _end in actor.mentions:
                if window_start <= start < subject.idx:
                    score = int(bool(hints & set(actor.name.lower().split())))
                    candidates.append((score, start, index))
    return max(candidates)[2] if candidates else None


def _phrase(subject: Token) -> Span:
    """The subject's noun phrase, without a trailing appositive or relative clause."""
    doc = subject.doc
    end = subject.i + 1
    while end <= subject.right_edge.i and doc[end].text not in (",", "(", "\u2014", "--") and doc[end].tag_ not in ("WP", "WDT"):
        end += 1
    return doc[subject.left_edge.i : end]


def _cue_extent(cue: Token) -> tuple[int, int]:
    if cue.lower_ == "according" and cue.i + 1 < len(cue.doc):
        return cue.idx, cue.nbor(1).idx + len(cue.nbor(1))
    return cue.idx, cue.idx + len(cue)


def _kind(doc: Doc, span: Span) -> str:
    """Direct when the quote stands as a sentence of its own, mixed when woven into one."""
    before = doc.text[: span.start_char].rstrip().rstrip("\"\u201c\u201e\u00ab").rstrip()
    if not before or before.endswith("\n") or before[-1] in ".?!" or before[-1] in _DIRECT_LEADS:
        return "direct"
    paragraph_start = doc.text.rfind("\n\n", 0, span.start_char)
    return "direct" if not before[paragraph_start + 1 :].strip() else "mixed"


def _quoted_tokens(doc: Doc, pieces: list[QuotedPiece]) -> set[int]:
    inside: set[int] = set()
    for piece in pieces:
        span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _paragraph_index(text: str) -> list[tuple[int, int]]:
    return list(paragraphs(text))


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
