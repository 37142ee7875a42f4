"""Acts that answer other acts ("sanctions imposed over Russia's annexation", "the annexation
prompted sanctions"), and who did the act a noun names."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.lexicons.events import CameoCode, load_events
from newsgraph.nlp.event_actors import demonym_country, phrase_owner
from newsgraph.nlp.events.grammar import BLAMED_FOR
from newsgraph.nlp.events.syntax import prep_object, preps_of
from newsgraph.nlp.speakers import subject_of


def is_blamed_for(noun: Token, code: CameoCode) -> bool:
    """"punish Russia *for* the seizure", "sanctions on Iran *over* its programme": the
    verb's object did the noun's hostile act, which is the reason for the verb's, not its
    content (a friendly one is a purpose: "hosted Hashimoto *for* a meeting")."""
    return code.quad_class >= 3 and noun.dep_ == "pobj" and noun.head.lower_ in BLAMED_FOR and any(
        c.dep_ == "dobj" for c in noun.head.head.children)


def doer_by(act: Token) -> Token:
    """Who a deed's possessor or "by" names ("the EU's embargo", "provocative behavior by North
    Korea"), else the deed itself, whose doer is unnamed."""
    return next((c for c in act.children if c.dep_ == "poss"), None) \
        or next((o for p in preps_of(act, ("by",)) if (o := prep_object(p)) is not None), act)


def modifying_doer(doc: Doc, noun: Token) -> int | None:
    """The doer an event noun's own modifiers name: "Russia's seizure", "Palestinian riots",
    "the Russian offensive"."""
    doer = next((o for c in noun.children if c.dep_ in ("poss", "amod", "compound") and (o := phrase_owner(doc, c)) is not None), None)
    return doer if doer is not None else demonym_country(doc, noun)  # actor 0 is a doer too


def provoked_by(noun: Token) -> Token | None:
    """The act an event noun is provoked by ("the annexation prompted sanctions", "exports
    have become an issue, prompting tariffs", "tests led to sanctions"; ``modality.tsv`` kind
    ``provoking``): its subject is no doer of the event but whom the event answers."""
    if noun.dep_ == "pobj":  # "led to sanctions", "resulted in tariffs"
        verb, words = noun.head.head, f"{noun.head.head.lemma_} {noun.head.lower_}"
    else:
        verb, words = noun.head, noun.head.lemma_ if noun.dep_ == "dobj" else ""
    if verb.pos_ != "VERB" or load_events().modality("provoking", words) is None:
        return None
    return subject_of(verb) or (subject_of(verb.head) if verb.dep_ == "advcl" else None)


def answering(prep: Token) -> Token | None:
    """The act a preposition names as what an event answers ("after", "over", "in the aftermath
    of", "in response to"; ``modality.tsv`` kind ``answering``): an event noun or an act an actor
    owns, not a time ("after Monday") or a topic."""
    lex, act = load_events(), prep_object(prep)
    if act is not None and lex.modality("answering", prep.lower_) is None:  # "in the aftermath of …"
        inner = next((c for c in act.children if c.dep_ == "prep"), None)
        if inner is None or lex.modality("answering", f"{prep.lower_} {act.lemma_.lower()} {inner.lower_}") is None:
            return None
        act = prep_object(inner)
    if act is None or lex.noun(act.lemma_.lower()) is None and not any(c.dep_ in ("poss", "compound") for c in act.children):
        return None
    return act


def is_answered(act: Token) -> bool:
    """Whether an act is named as what another event answers ("after", "in the aftermath of")."""
    preps = [act.head] + ([act.head.head.head] if act.head.head.dep_ == "pobj" else [])
    return act.dep_ == "pobj" and any(p.dep_ == "prep" and answering(p) == act for p in preps)


def answered_act(verb: Token) -> Token | None:
    return next((a for c in verb.children if c.dep_ == "prep" and (a := answering(c)) is not None), None)


def act_doer(doc: Doc, act: Token) -> int | None:
    """Who did an act the text names as a noun: its possessor or modifier ("Russia's
    annexation"), its "by" phrase ("tests by North Korea"), else an actor it is ("Russia")."""
    if (doer := modifying_doer(doc, act)) is not None:
        return doer
    by = next((o for p in preps_of(act, ("by",)) if (o := prep_object(p)) is not None), None)
    return phrase_owner(doc, by if by is not None else act)
