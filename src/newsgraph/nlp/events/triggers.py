"""Trigger coding: which words name a PLOVER-typed act, and its most specific CAMEO code.

``TriggerCoder`` is the one interface the finder asks (``code(token, quoted)``); the
lexicon's verb patterns and nouns (``lexicons/event_*.tsv``) answer, with the vetoes, halts
and naming, proposing and no-comment readings that take a word out."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.lexicons.events import CameoCode, EventLexicon, load_events
from newsgraph.nlp.event_actors import partner_country, phrase_owner, phrase_words
from newsgraph.nlp.events.grammar import OBJECT_DEPS, PARTICLES
from newsgraph.nlp.events.syntax import (
    is_quantity,
    is_time_prep,
    logical_objects,
    object_words,
    prep_object_lemma,
    preps_of,
    undergoer_tokens,
    undergoes,
)
from newsgraph.nlp.extensions import EventInfo
from newsgraph.nlp.speakers import cue_entry, subject_of


class TriggerCoder:
    """Codes a word as an event trigger from the lexicon: the one seam through which the
    finder learns whether a word names an act, and which one (another coder, such as a
    trained one, offers the same two methods)."""

    def __init__(self, lex: EventLexicon | None = None) -> None:
        self.lex = lex or load_events()

    def prepare(self, doc) -> None:  # type: ignore[no-untyped-def]
        """Called once per doc before ``code``: the lexicon needs nothing (a trained coder scores the doc)."""

    def provenance(self, token: Token, code: CameoCode) -> tuple[str, float | None]:
        """Who decided that the word names this act, and with what score: the lexicon, unscored."""
        return "rules", None

    def stands_alone(self, event: EventInfo) -> bool:
        """Whether an event with no participant found is still a record: never, for the lexicon."""
        return False

    def noun_code(self, noun: Token) -> CameoCode | None:
        """A nominal trigger's code, its compound first: "hunger strike", "mediation efforts", "talks";
        then with its preposition, for a noun that names an act only so ("opposition from the US",
        where "the opposition" is a party)."""
        compound = " ".join(c.lower_ for c in noun.lefts if c.dep_ == "compound")
        return (compound and self.lex.noun(f"{compound} {noun.lemma_.lower()}")) \
            or self.lex.noun(noun.lemma_.lower()) or self.lex.noun(noun.lower_) \
            or next((code for p in noun.rights if p.dep_ == "prep"
                     and (code := self.lex.noun(f"{noun.lemma_.lower()} {p.lower_}")) is not None), None)

    def code(self, token: Token, quoted: set[int]) -> CameoCode | None:
        """The trigger's code, if it names a PLOVER-typed action in the narrative (words inside
        quotations are the speaker's commentary, statements have no PLOVER type)."""
        code = None
        if is_commentary(token, quoted):
            return None
        if token.pos_ == "VERB" and self.lex.modality("proposing", token.lemma_) is not None and not _proposes(token):
            return None  # "suggested that Lew had his eyes on critics" implies; it asks for nothing
        if token.pos_ == "VERB" and self.lex.modality("naming", token.lemma_) is not None and _names(token):
            return None  # "a documentary called 'No More Mr Nasty'", "called him a genius": no call
        if token.pos_ == "VERB" and undergoes(token) and any(
                c.dep_ == "dobj" and self.noun_code(c) is not None for c in token.children):
            return None  # "Iraq received aid from Japan": the aid is the event, Iraq its recipient
        if token.pos_ == "VERB":
            objects = [w for c in logical_objects(token) for w in object_words(c)]
            undergoers = [w for c in undergoer_tokens(token) for w in object_words(c)]
            preps = [(c.lower_, prep_object_lemma(c)) for c in token.children if c.dep_ in ("prep", "prt", "agent")
                     and not is_time_prep(c) and not any(o.tag_ == "WDT" for o in c.children)]  # "called … on Friday", "in which … took"
            preps += [(c.lower_, None) for c in token.children if c.dep_ == "advmod" and c.lower_ in PARTICLES]  # "hit back at"
            preps += [(m.lower_, None) for c in token.children if c.dep_ in ("advcl", "ccomp")
                      for m in c.children if m.dep_ == "mark" and m.lower_ == "for"]  # "called for X to be lifted"
            adverbs = tuple(c.lower_ for c in token.children if c.dep_ == "advmod")
            code = self.lex.code_verb(token.lemma_.lower(), objects, preps, adverbs, undergoers)
            if code is not None and undergoers and self.lex.vetoes(token.lemma_, undergoers):
                return None  # "a report released last year", "the clip was released": what our vetoes say of objects
            if (code is None or not code.plover) and self.lex.modality("halting", token.lemma_) is not None:
                code = next((halt for c in token.children if c.dep_ == "dobj" and (done := self.noun_code(c)) is not None
                             and (halt := self.lex.halt(done.code)) is not None), code)  # "halted the negotiations": 164
        elif token.pos_ == "NOUN" and (token.dep_ == "pobj" or (
                token.dep_ == "dobj" and self.lex.modality("undoing", token.head.lemma_) is None
                and self.lex.modality("halting", token.head.lemma_) is None) or (
                token.dep_ in ("nsubj", "nsubjpass") and self.lex.modality("occurrence", token.head.lemma_) is not None)):
            code = None if is_quantity(token) else self.noun_code(token)
        if code is not None and code.plover == "REJECT" and any(c.dep_ == "xcomp" and _no_comment(c) for c in token.children):
            return None  # "declined to say whether …" declines comment (CAMEO 012): no PLOVER event
        if code is not None and _no_comment(token) and (token.dep_ != "xcomp" and code.plover == "CONSULT" or (
                refusal := self.lex.code_verb(token.head.lemma_.lower(), [], [], ())) is not None and refusal.plover == "REJECT"):
            return None  # "declined to discuss the matter", "would not discuss reports": no comment, no talks
        return code if code is not None and code.plover else None


def is_commentary(token: Token, quoted: set[int]) -> bool:
    """A word inside a quotation: the speaker's commentary, not the narrative's act; but a quoted
    phrase the narrative's clause is about counts ('"intense discussions" were taking place')."""
    return token.i in quoted and not (token.dep_ in ("nsubj", "nsubjpass") and token.head.i not in quoted)


def _names(verb: Token) -> bool:
    """Whether a verb of naming names or characterizes here: as a participle on a noun ("a
    group called Lashkar-e-Taiba") or with an object predicate ("called him a genius"); the
    parser's misreadings of "called President Barack Obama", "called Thursday on Arabs to
    unite", "called on Mr Brown" are calls."""
    predicate = any(c.dep_ == "oprd" and c.ent_type_ not in ("PERSON", "DATE", "TIME") for c in verb.children)
    if any(c.dep_ == "prep" and (c.lower_ in ("on", "upon") or c.lower_ == "for" and not predicate) for c in verb.children):
        return False
    return predicate or verb.dep_ == "acl"


def _proposes(verb: Token) -> bool:
    """Whether a verb of proposing says what should be done: an object or a gerund ("suggested
    talks", "suggested holding talks"), or a that-clause with "should", "must" or in the
    subjunctive ("suggested that he resign")."""
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN") and (
                load_events().noun(child.lemma_.lower()) is not None or phrase_owner(child.doc, child) is None) \
                or child.tag_ == "VBG" and child.dep_ in ("xcomp", "ccomp") and not any(a.dep_ in ("aux", "nsubj") for a in child.children):
            return True  # not "information suggesting (that) militant groups were operating", however parsed
        if child.dep_ != "ccomp":
            continue
        bare = child.lower_ == child.lemma_.lower()  # "that Iran halt", "that Russia put it in writing"
        if bare and not any(a.dep_ in ("aux", "auxpass") for a in child.children) \
                or any(a.dep_ == "aux" and a.lower_ in ("should", "must", "ought") for a in child.children):
            return True
    return False


def asks_or_agrees(verb: Token) -> bool:
    code = load_events().code_verb(verb.lemma_.lower(), [], [])
    return code is not None and code.plover in ("REQUEST", "AGREE")


def _no_comment(verb: Token) -> bool:
    """A speech verb after "declined to", "refused to", or negated ("would not discuss
    reports"): no comment, unless someone is named to talk with ("refused to discuss Syria
    with Obama" refuses talks). A negated one that is an act of its own ("did not criticise
    Iran") is kept, flagged negated, by the caller."""
    if verb.dep_ != "xcomp" and not any(c.dep_ == "neg" for c in verb.children):
        return False
    cue = cue_entry(verb)
    return cue is not None and cue.kind == "speech" and not preps_of(verb, ("with",))


def recode_by_doer(lex: EventLexicon, trigger: Token, event: EventInfo) -> None:
    """Armed forces that arrive somewhere deploy there; peacekeepers deployed protect
    (``event_doers.tsv``); forces of two countries manoeuvring together cooperate (PLOVER:
    joint exercises are COOPERATE, one country's are MOBILIZE). The doer's phrase, not the
    verb, tells these apart."""
    subject = subject_of(trigger) if trigger.pos_ == "VERB" else None
    if subject is None or event.cameo.plover is None:
        return
    words = {t.lemma_.lower() for t in phrase_words(subject)} | {t.lower_ for t in phrase_words(subject)}
    if (found := lex.by_doer(event.cameo.plover, words)) is not None:
        event.cameo = found
    if event.cameo.plover == "MOBILIZE" and event.target is None and (joint := lex.convention_code("joint_exercise")) is not None:
        partner = partner_country(subject.doc, subject, event.source)
        if partner is not None:  # "French and Egyptian warships launched war games": PLOVER's joint exercise
            event.cameo, event.target = joint, partner


def comments_on(verb: Token, noun: Token, direct: bool, plover: str | None) -> bool:
    """Whether the verb's subject speaks of the event noun rather than does it: "welcomed the
    talks", "criticised the sanctions" (the verb is an event of another type, done to the noun's
    event), "described the meeting as important" (``modality.tsv``, kind comment). "Held talks",
    "began a hunger strike" are the noun's event itself; "demanded a truce" asks for it."""
    lex = load_events()
    if lex.modality("comment", verb.lemma_) is not None:
        return True
    code = lex.code_verb(verb.lemma_.lower(), [noun.lemma_.lower()], [])
    return direct and code is not None and code.plover not in (None, plover) + lex.convention("asks_or_promises")
