"""A speaker's word of praise or blame for an actor (``evaluations.tsv``) as praise (CAMEO
051) or criticism (111) of it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.lexicons.events import CameoCode, EventLexicon
from newsgraph.nlp.event_actors import phrase_owner
from newsgraph.nlp.events.answers import doer_by
from newsgraph.nlp.events.grammar import REMARKED_PREPS
from newsgraph.nlp.events.participants import implicit_subject
from newsgraph.nlp.events.syntax import prep_object, span_of, speech_over
from newsgraph.nlp.extensions import EventInfo
from newsgraph.nlp.spans import sentence_of
from newsgraph.nlp.speakers import is_cue, subject_of


def judgement_event(doc: Doc, word: Token, lex: EventLexicon, quoted: set[int]) -> EventInfo | None:
    """"Ancram said Mr Straw was 'naive beyond belief'", "called Oz a quack", "described the
    Turks as hypocrites": a speaker's word of praise or blame for an actor is the speaker's
    praise (CAMEO 051) or criticism (111) of it; the word, quoted or not, is the trigger."""
    found = _judging_word(word, lex)
    if found is None:
        return None
    code, first = found
    judged, verb, act = _judged(doc, word, first, lex)
    if verb is None or verb.i in quoted or judged is None or judged.lower_ in ("it", "this", "that"):
        return None  # "told BBC Radio Wales: 'It's quite dangerous …'" judges a situation, not the radio
    said_by = subject_of(verb)
    if said_by is None or said_by.i == judged.i:  # "to describe the Turks as …", read as '"…," said Shapiro'
        said_by = implicit_subject(verb)
    speaker = phrase_owner(doc, verb if verb.dep_ == "poss" else said_by)  # "Putin's glowing assessment of Trump"
    target = phrase_owner(doc, judged) if judged is not act else None
    if speaker is None or (target is None and judged is not act) or speaker == target:
        return None
    sentence = sentence_of(word)
    return EventInfo(trigger=(word.idx, word.idx + len(word)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=speaker, target=target,
                     evidence=[(word.idx, word.idx + len(word)), span_of(verb), span_of(judged)])


def _judging_word(word: Token, lex: EventLexicon) -> tuple[CameoCode, Token] | None:
    """The code of a judging word, and the first of the judging words coordinated with it
    ("unilateral, dangerous and coercive actions" is one judgement, the first word's)."""
    code = lex.judgement(word.lemma_) or next((j for a in word.children if a.dep_ == "advmod"
                                               and (j := lex.judgement(f"{a.lower_} {word.lower_}")) is not None), None)
    if code is None:
        return None  # checked first: this runs on every word the lexicon does not code ("politically driven": both)
    first = word
    while first.dep_ == "conj" and first.head.pos_ == "ADJ":
        first = first.head
    if first is not word and any(lex.judgement(c.lemma_) is not None for c in (first, *first.conjuncts) if c.i < word.i):
        return None
    if first.dep_ == "amod" and lex.judgement(first.head.lemma_) is not None:
        return None  # "a dangerous mistake": one judgement, the noun's
    return code, first


def _judged(doc: Doc, word: Token, first: Token, lex: EventLexicon) -> tuple[Token | None, Token | None, Token | None]:
    """Who is judged, the verb (or possessor) of the speaker who judges, and the act judged
    when the word judges a deed rather than an actor."""
    word_dep, word_head = first.dep_, first.head
    said = word_head if word_dep == "amod" and not lex.remark(word_head.lemma_) else word  # "was a worrying issue"
    if (said.dep_ in ("acomp", "attr") and said.head.lemma_ == "be" or said.dep_ == "dobj" and said.head.lemma_ == "have") \
            and said.head.dep_ == "ccomp" and is_cue(said.head.head):  # "said Mr Straw was naive", "… had a terrible record"
        judged, verb = subject_of(said.head), said.head.head
        act = next((c for c in said.head.children if c.dep_ == "csubj" and c.pos_ == "VERB"), None)
        if judged is None and act is not None:  # "said lifting the embargo would be irresponsible": who does it, if named
            judged = subject_of(act) or act
        return judged, verb, act
    if word_dep == "amod" and lex.remark(word_head.lemma_):  # "had sharp words for Washington"
        remark = word_head
        holders = (remark, remark.head) if remark.dep_ == "dobj" else (remark,)  # "had sharp words | for Washington"
        judged = next((o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in REMARKED_PREPS
                       if (o := prep_object(p)) is not None), None)
        verb = next((c for c in remark.children if c.dep_ == "poss"), None) or (remark.head if remark.dep_ == "dobj" else None)
        return judged, verb, None
    if word_dep == "amod" and (owner := next((c for c in word_head.children if c.dep_ == "poss"), None)) is not None:
        return owner, speech_over(word_head), None  # "adding that the network could help against Russia's worrying actions"
    if word_dep == "amod" and lex.deed(word_head.lemma_):  # '"… put at risk by aggressive behavior," Parrikar told the forum'
        act, verb = word_head, speech_over(word_head)
        return (None if _denied_between(act, verb, lex) else doer_by(act)), verb, act
    if said.dep_ == "oprd" or said.dep_ in ("pobj", "pcomp") and said.head.lower_ == "as" \
            or said.dep_ == "advcl" and any(c.lower_ == "as" and c.i < said.i for c in said.children) \
            or said.lower_ == "as" and said.dep_ == "prep":  # "described the Turks as hypocritical", the adjective on "as"
        return _characterized(doc, said, lex)
    return None, None, None


def _characterized(doc: Doc, said: Token, lex: EventLexicon) -> tuple[Token | None, Token | None, Token | None]:
    """"called Oz a quack", "described … as hypocrites", "described the sanctions | as politically
    motivated": the verb of naming's object is judged (or the doer of the measure it is)."""
    verb = said.head if said.dep_ in ("oprd", "advcl", "prep") else said.head.head
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    act = None
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "sees the weapons ban as politically driven": "as" hung on the object
        judged, verb = verb, verb.head
    naming = verb if lex.modality("naming", verb.lemma_) is not None else None
    if judged is not None and phrase_owner(doc, judged) is None and (lex.deed(judged.lemma_) or lex.noun(judged.lemma_.lower())):
        act = judged  # "sees the weapons ban as politically driven": a measure, judged with whoever took it, if named
        judged = doer_by(act)
    if judged is not None and judged.tag_ == "WP" and lex.deed(said.lemma_):
        act = said  # "to deal with what he called dangerous actions": whoever does them, named or not
        judged = doer_by(act)
    return judged, naming, act


def _denied_between(token: Token, verb: Token | None, lex: EventLexicon) -> bool:
    """Whether a clause between ``token`` and the speech verb over it is negated ("found the
    money was not coming from criminal activity" blames no one); not tolerating is no denial."""
    while verb is not None and token.i != verb.i and token.head.i != token.i:
        token = token.head
        if token.i != verb.i and any(c.dep_ == "neg" for c in token.children) \
                and lex.modality("forbearing", token.lemma_) is None:
            return True
    return False
