"""The ``newsgraph_verbs`` component: main verbs the small English model reads as names or nouns.

Two shapes recur in news and cost whole events, because everything downstream hangs off the
main verb: a rare past tense tagged as a proper noun ("The finance minister *jabbed* back at
complaints", even an entity), and a headline's present tense read as a plural noun with its
subject as a compound ("U.S. *presses* for truce in Syria"). The repair is narrow: the word
must head its sentence, a past tense be lower case (names such as "Ahmed" are not), and a
headline's word be a verb of the event lexicon in a sentence with no verb at all.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Span, Token

from newsgraph.lexicons.events import load_events

_NAMING_ENTITIES = ("GPE", "ORG", "PERSON", "NORP")


@Language.factory("newsgraph_verbs", assigns=["token.pos", "token.tag", "token.lemma", "token.dep"])
def make_verb_repair(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lex = load_events()

    def is_event_verb(lemma: str) -> bool:
        return lex.code_verb(lemma, [], [], ()) is not None

    def repair(doc: Doc) -> Doc:
        for sentence in doc.sents:
            root, subject = sentence.root, None
            if root.pos_ not in ("NOUN", "PROPN"):
                continue
            if root.text.islower() and root.text.endswith("ed") and (any(c.dep_ == "nsubj" for c in root.children)
                                               or (subject := _name_swallowed_subject(root)) is not None):
                _as_verb(doc, root, "VBD", lemmatizer)
                if subject is not None:
                    _make_subject(root, subject)
            elif (subject := _headline_subject(sentence, root)) is not None and is_event_verb(root.lemma_.lower()):
                _as_verb(doc, root, "VBZ", lemmatizer)
                _make_subject(root, subject)
        return doc

    return repair


def _name_swallowed_subject(root: Token) -> Token | None:
    """"The Chinese finance minister jabbed back": read as a name, "minister Jabbed", whose
    last common-noun compound is the subject."""
    lefts = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return lefts[-1] if lefts and lefts[-1].i == root.i - 1 else None


def _make_subject(verb: Token, subject: Token) -> None:
    subject.dep_ = "nsubj"
    for word in list(verb.lefts):
        if word.i < subject.i:
            word.head = subject  # "The Chinese": the subject's words, no longer the verb's


def _headline_subject(sentence: Span, root: Token) -> Token | None:
    """"U.S. presses for truce": a plural noun heading a verbless sentence, after a name."""
    if root.tag_ != "NNS" or root.i == sentence.end - 1 or any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return None
    return next((c for c in root.lefts if c.dep_ == "compound" and c.ent_type_ in _NAMING_ENTITIES), None)


def _as_verb(doc: Doc, token: Token, tag: str, lemmatizer: Lemmatizer | None) -> None:
    token.pos_, token.tag_ = "VERB", tag
    if lemmatizer is not None:
        token.lemma_ = lemmatizer.rule_lemmatize(token)[0]
    if token.ent_type_:
        doc.ents = [e for e in doc.ents if not e.start <= token.i < e.end]  # "jabbed" is no person
