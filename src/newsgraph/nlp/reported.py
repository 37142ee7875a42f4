"""Reported (indirect) speech: "X said that …", "…, sources said", "according to X, …".

The content is the clause the speech verb governs (its ``ccomp``), or for "according to X"
the clause the phrase is attached to. Clauses holding a quotation are left to ``quotes.py``
(they are quotations, mixed with reported speech); verbs inside quotations are ignored.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsgraph.lexicons import load
from newsgraph.nlp.extensions import QuoteInfo
from newsgraph.nlp.spans import sentence_of
from newsgraph.nlp.speakers import attribute, cue_entry, is_cue

_CUE_KINDS = ("speech", "belief", "intent")
_POSITIONS = {"clause": ("ccomp",), "object": ("dobj",), "infinitive": ("xcomp",)}
_MIN_TOKENS = 3
_OBJECT_COMPLEMENTS = {"prep", "xcomp", "advcl", "oprd", "ccomp"}
_EDGE_SKIP = {"that", ",", ":", "\u2014", "--", "-"}
_TRAILING_EXTRA = 4  # "…, she said on Monday." leaves at most a few words after the cue
_TRAILING_SUBJECT = 12  # "…, Tulsa police Chief Chuck Jordan said"


def lexicon_cue(token: Token) -> bool:
    """A cue of the lexicon: a verb of speech, belief or intent, or "according to"."""
    return is_cue(token, _CUE_KINDS)


def find_reported(doc: Doc, quoted: set[int], cues: Callable[[Token], bool] = lexicon_cue,
                  learned: Callable[[Token], bool] | None = None) -> list[QuoteInfo]:
    """One ``indirect`` quote per cue with a content outside quotations; ``cues`` says which
    words are cues (the lexicon's, or the attribution tagger's: ``reported_model``); ``learned``,
    which of them the tagger marked (a lexicon verb it marked may say its object or, passive,
    its subject, beyond its lexicon entry; measured on dev and PolNeAR dev, see docs/models.md)."""
    found: list[QuoteInfo] = []
    for token in doc:
        if token.i in quoted or not (cues(token) or _unsourced(token)):
            continue
        pieces = _content(token, widen=learned is not None and learned(token))
        if not pieces or any(i in quoted for i in range(pieces[0].start, pieces[-1].end)):
            continue
        quote = QuoteInfo(start=pieces[0].start_char, end=pieces[-1].end_char, kind="indirect",
                          spans=[(p.start_char, p.end_char) for p in pieces])
        attribute(doc, quote, token, None, quoted)
        if quote.speaker_span is not None or _unsourced(token):
            quote.cue_span = quote.cue_span or (token.idx, token.idx + len(token))
            found.append(quote)
    return found


def _unsourced(cue: Token) -> bool:
    """Reported with no source named: an evidential adverb ("his lawyers had *reportedly* set up
    a fund", words.tsv ``evidential``) or a speech verb in the passive with no agent ("it *was
    reported* that …"). The content is then someone's claim, not the article's, though no
    one is named."""
    if cue.lower_ in load().words("evidential"):
        return cue.dep_ == "advmod"
    return (lexicon_cue(cue) and any(c.dep_ == "auxpass" for c in cue.children)
            and not any(c.dep_ == "agent" for c in cue.children))


def _trailing_attribution(cue: Token) -> int | None:
    """The comma before a sentence-final "X said" ("…, the source added."), or None."""
    sent = sentence_of(cue)
    after = [t for t in cue.doc[cue.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if len(after) > _TRAILING_EXTRA or any(t.pos_ in ("VERB", "AUX") for t in after):
        return None
    i = cue.i - 1
    while i > sent.start and cue.doc[i].text != "," and cue.i - i <= _TRAILING_SUBJECT:
        if cue.doc[i].pos_ == "VERB" or cue.doc[i].is_quote:
            return None
        i -= 1
    return i if cue.doc[i].text == "," and i - sent.start >= _MIN_TOKENS else None


def _object_complements(cue: Token, after: int) -> list[int]:
    """What the verb governs right after its object belongs with it: "announced steps *to
    tighten sales*", "criticized Clinton *for accepting fees*"."""
    extra: list[int] = []
    for child in cue.rights:
        if child.i <= after or child.dep_ not in _OBJECT_COMPLEMENTS:
            continue
        if child.i != after + 1 and cue.doc[after + 1 : child.i].text.strip(" ,"):
            break
        if lexicon_cue(child) or _set_off(child):
            break  # "criticized Trump for this stance, *arguing* …": a new attribution or an aside
        sub = [t.i for t in child.subtree]
        extra += sub
        after = max(sub)
    return extra


def _set_off(clause: Token) -> bool:
    """A clause set off by a comma before it: an aside, not part of what was said about the noun."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text == ","


def _framing_clause(cue: Token) -> list[int]:
    """The clause a framing phrase sits in, less the phrase: "*according to* X, …", "*in a
    statement*, the ministry said …" (the noun's preposition hangs on the clause), "X
    *reportedly* …"."""
    frame = cue
    while frame.dep_ in ("pobj", "det", "amod", "poss", "compound") and frame.head is not frame:
        frame = frame.head
    clause = frame.head if frame is not frame.head else frame
    if cue.lower_ != "according" and lexicon_cue(clause):
        return []  # "in a statement, police *said* …": the verb's own quote says it
    skip = {t.i for t in frame.subtree}
    return [t.i for t in clause.subtree if t.i not in skip]


def _generic_content(cue: Token) -> list[int]:
    """The content of a cue word that is no verb (the tagger's): a noun's clause ("claims
    *that* …") or else the clause it frames; an adverb's or a preposition's clause
    ("reportedly")."""
    if cue.pos_ in ("NOUN", "PROPN"):
        clauses = [c for c in cue.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > cue.i
                   and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)]
        if clauses:
            return [t.i for c in clauses for t in c.subtree]
    return _framing_clause(cue)


def _verb_clauses(cue: Token, widen: bool = False) -> list[Token]:
    """What a speech verb says: where its lexicon entry puts the content; else, for a verb only
    the tagger knows or (``widen``) a lexicon verb the tagger marked whose entry's places are
    empty here ("observed *eleven proteins*"), its clause, infinitive or object, or what a
    passive says it of ("*Moderator Chris Wallace* was criticized for …", "*the presence of
    water vapour* was confirmed")."""
    entry = cue_entry(cue) if lexicon_cue(cue) else None
    positions = entry.content if entry else ()
    deps = {d for position in positions if position in _POSITIONS for d in _POSITIONS[position]}
    clauses = [c for c in cue.children if c.dep_ in deps]
    if "for" in positions and not clauses:  # "Russia called for a cessation of fighting"
        clauses = [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    if entry is not None and not widen:
        return _only_clause(clauses)
    for fallback in (("ccomp",), ("xcomp",), ("dobj",)):
        clauses = clauses or [c for c in cue.children if c.dep_ in fallback]
    if not clauses and any(c.dep_ == "auxpass" for c in cue.children):
        clauses = [c for c in cue.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"]
    return _only_clause(clauses)


def _only_clause(clauses: list[Token]) -> list[Token]:
    """"told reporters that …": the clause, where there is one; an infinitive with the object
    it is said of ("asked *Carrie Lam to resign*", "urged *the government to act*")."""
    if any(c.dep_ == "ccomp" for c in clauses):
        return [c for c in clauses if c.dep_ == "ccomp"]
    if clauses and all(c.dep_ == "xcomp" for c in clauses):
        verb = clauses[0].head
        return [c for c in verb.children if c.dep_ == "dobj" and c.i < clauses[0].i] + clauses
    return clauses


def _content(cue: Token, widen: bool = False) -> list[Span]:
    """The reported content's pieces, in text order (none when it is too short to be one);
    ``widen``: see ``_verb_clauses``."""
    doc = cue.doc
    minimum = _MIN_TOKENS
    if cue.lower_ == "according":
        tokens = _framing_clause(cue)
    elif lexicon_cue(cue) and (comma := _trailing_attribution(cue)) is not None:
        tokens = list(range(sentence_of(cue).start, comma))  # "…, another source said."
    elif cue.pos_ in ("VERB", "AUX"):
        clauses = _verb_clauses(cue, widen)
        tokens = [t.i for c in clauses for t in c.subtree]
        if clauses and all(c.dep_ in ("dobj", "pobj", "nsubjpass") for c in clauses):
            asides = {t.i for c in clauses for r in c.subtree if r.dep_ in ("relcl", "acl") and _set_off(r) for t in r.subtree}
            tokens = [i for i in tokens if i not in asides]  # "any plans to remove the troops*, which are there …*"
            tokens += _object_complements(cue, max(max(tokens), cue.i))
            if all(c.pos_ == "PROPN" for c in clauses):
                minimum = 1  # "supports Trump": a named object is content enough
            elif all(c.pos_ == "NOUN" for c in clauses):
                minimum = 2  # "confirmed the discovery": a noun phrase is a claim's content
    else:
        tokens = _generic_content(cue)
    pieces = [p for p in map(_trimmed, _runs(doc, sorted(set(tokens)))) if p is not None]
    if sum(len(p) for p in pieces) < minimum:
        return []
    return pieces


def _runs(doc: Doc, tokens: list[int]) -> list[Span]:
    """Contiguous stretches of the (sorted) token indices: the content less a framing phrase
    inside it ("Tesco's Polish operation, *according to the paper*, is too big")."""
    runs: list[Span] = []
    for i in tokens:
        if runs and i == runs[-1].end:
            runs[-1] = doc[runs[-1].start : i + 1]
        else:
            runs.append(doc[i : i + 1])
    return runs


def _trimmed(span: Span) -> Span | None:
    """Without a leading "that" or comma, or trailing punctuation."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].lower_ in _EDGE_SKIP or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None
