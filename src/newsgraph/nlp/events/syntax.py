"""Parse helpers that know no actors: prepositions and their objects, passives and agents,
clauses and their subjects, negation, the speech verb over a clause."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.lexicons import load
from newsgraph.lexicons.events import load_events
from newsgraph.nlp.actor_table import participial
from newsgraph.nlp.events.grammar import OBJECT_DEPS
from newsgraph.nlp.speakers import clause_subjects, is_cue


def noun_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object of: "held *talks*", "called for *talks*", and past
    a measure of it, "provide tons of food *aid*", "seeking support for greater *sanctions*"."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ != "pobj":
        return None
    verb = noun.head.head
    return verb.head if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else verb


def is_passive(verb: Token) -> bool:
    """"Was arrested", "has been criticized"; a contracted "'s" is as often "has" ("who's called
    for tax hikes") and proves nothing."""
    return any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "\u2019s") for c in verb.children)


def is_expected_of(verb: Token) -> bool:
    """"expect Palestinians *to give up* terrorism", "asked Britain *to extradite* him": an act
    asked of someone in an infinitive, the asker being the one who expects or asks it."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children) or told_to(verb) is not None


def told_to(verb: Token) -> Token | None:
    """Whom a speaker asked or told to do what the infinitive says ("Nigeria asked *Britain*
    to extradite him"): the one who would do it; the speaker only asked."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_ in load().words("promising") or not is_cue(head):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def is_for_clause(verb: Token) -> bool:
    """"pressed *for* the United States *to* carry out airstrikes": a demand's content."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def object_words(obj: Token) -> list[str]:
    """The object's lemma, and what a measure or a kind stands for: "25,000 tons *of aid*",
    "a series *of strikes*" are aid and strikes."""
    words = [] if is_quantity(obj) else [obj.lemma_.lower()]
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
        words += [c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"]
    return words


def logical_objects(verb: Token) -> list[Token]:
    """The verb's objects, a relative pronoun standing for its antecedent ("the records that
    Trump released"), a pronoun for the object of the verb it is coordinated with ("stressed
    those worries …, and he raised them again")."""
    return [verb.head if verb.dep_ == "relcl" and c.lower_ in ("that", "which", "whom") else
            _conjoined_object(verb) or c if c.lower_ in ("it", "them") else c
            for c in verb.children if c.dep_ in OBJECT_DEPS]


def _conjoined_object(verb: Token) -> Token | None:
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ == "conj" else None


def undergoer_tokens(verb: Token) -> list[Token]:
    """What a passive or a participle is done to: the passive subject ("the clip was
    released"), the noun a participle hangs on ("a report released last year"). Only our
    vetoes are read on them: PETRARCH2's object patterns were written for objects."""
    found = [c for c in verb.children if c.dep_ == "nsubjpass"] if is_passive(verb) else []
    if participial(verb) and verb.tag_ == "VBN":
        found.append(verb.head)
    return found


def is_quantity(noun: Token) -> bool:
    """"A good deal of reclamation work", "a great deal of pressure": an amount, no deal."""
    return any(c.dep_ == "amod" and f"{c.lower_} {noun.lower_}" in load().words("quantity") for c in noun.children)


def is_time_prep(prep: Token) -> bool:
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children if c.dep_ == "pobj")


def prep_object(prep: Token) -> Token | None:
    """The preposition's object: "with *Obama*"."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def prep_object_lemma(prep: Token) -> str | None:
    pobj = prep_object(prep)
    return pobj.lemma_.lower() if pobj is not None else None


def preps_of(trigger: Token, words: tuple[str, ...]) -> list[Token]:
    """The trigger's prepositions among ``words``, with those hung on its particle ("lashed
    *out at* Turkey")."""
    return [p for c in trigger.children for p in ([c] + (list(c.children) if c.dep_ == "prt" else []))
            if p.dep_ in ("prep", "dative") and p.lower_ in words]


def infinitive_ruler(head: Token) -> Token:
    """The word an infinitive depends on: the adjective of a copula when the parser hangs the
    infinitive on the verb ('they "remain ready" to intensify sanctions')."""
    if head.pos_ not in ("VERB", "AUX"):
        return head
    return next((c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), head)


def is_negated(verb: Token) -> bool:
    """"did not attack", "neither attacked nor threatened", and a verb that shares its subject
    with a negated one through "or" or "nor" ("was not charged with nor convicted of", "did not
    attack Iraq or threaten Iran"); "did not attack Iraq but threatened Iran" threatened."""
    if any(c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    joins = {c.lower_ for c in verb.head.children if c.dep_ == "cc"}
    return "nor" in joins or "or" in joins and is_negated(verb.head)


def speech_over(token: Token) -> Token | None:
    """The speech verb whose reported clause holds ``token``, however deep ("said the network
    could help protect against …")."""
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and is_cue(token.head):
            return token.head
        token = token.head
    return None


def conditions_of(verb: Token, marks: tuple[str, ...]) -> list[Token]:
    """The verb's adverbial clauses opened by one of ``marks`` ("unless Baghdad accepted")."""
    return [c for c in verb.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]


def gerund_possessor(trigger: Token) -> Token | None:
    """"complained about the United States' backing independence": a gerund's possessor is
    its doer, however the parser attached the gerund; so is the possessor of the noun it
    spells out ("achieving *its* goal of taking in refugees")."""
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if trigger.tag_ == "VBG" and before is not None and before.tag_ == "POS" and before.head.i < before.i:
        return before.head
    if trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ == "of":
        return next((c for c in trigger.head.head.children if c.dep_ == "poss"), None)
    return None


def inverted_subject(trigger: Token) -> Token | None:
    """"Also due to attend are Rice, Annan and …": a predicate put before the copula has its
    subject after it, parsed as the copula's attribute."""
    head = trigger
    while head.dep_ in ("xcomp", "acomp") and head.head.i != head.i:
        head = head.head
    if head is trigger or head.lemma_ != "be" or clause_subjects(head):
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.i > head.i > trigger.i), None)


def passive_agent(verb: Token) -> Token | None:
    """Who does a passive participle's act: "filed *by the Philippines*"."""
    if verb.tag_ != "VBN":
        return None
    return next((o for a in verb.children if a.dep_ == "agent" if (o := prep_object(a)) is not None), None)


def maker_of(noun: Token, besides: Token) -> Token | None:
    """A thing someone made acts for its maker, as a statement for its issuer: "a case filed
    by the Philippines", "a resolution drafted by France"."""
    return next((a for c in noun.children if c.dep_ == "acl" and c != besides and (a := passive_agent(c)) is not None), None)


def noun_preps(noun: Token) -> list[Token]:
    """The prepositions of an event noun's phrase, and of the verb it is the subject of when
    that verb only says it happened: "talks were held with Iran", "… took place between …"."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if noun.dep_ in ("nsubj", "nsubjpass") and load_events().modality("occurrence", noun.head.lemma_) is not None:
        preps += [c for c in noun.head.children if c.dep_ == "prep"]
    return preps


def undergoes(verb: Token) -> bool:
    """Whether the verb's subject undergoes its object event ("faces sanctions"; ``modality.tsv``)."""
    return verb.pos_ in ("VERB", "AUX") and load_events().modality("undergoing", verb.lemma_) is not None


def in_other_clause(token: Token, trigger: Token) -> bool:
    """Whether ``token`` sits in a clause of its own below the trigger (not the trigger's)."""
    while token.i != trigger.i:
        if token.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "acl") and token.pos_ in ("VERB", "AUX"):
            return True
        token = token.head
    return False


def span_of(token: Token) -> tuple[int, int]:
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    return (token.idx, token.idx + len(token)) if end - start > 120 else (start, end)
