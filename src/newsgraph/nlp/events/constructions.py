"""Events named by constructions rather than a lexicon trigger: what a speaker says another
should do, foretold consequences, refusing to tolerate, a worry voiced, an official's
presence abroad, a stated commitment."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.lexicons import load
from newsgraph.lexicons.events import EventLexicon
from newsgraph.nlp.event_actors import country_of, is_commentator, is_state_actor, phrase_owner
from newsgraph.nlp.events.answers import modifying_doer
from newsgraph.nlp.events.grammar import WORRY_PREPS
from newsgraph.nlp.events.honesty import code_intent, modal_word, set_flags
from newsgraph.nlp.events.judgements import judgement_event
from newsgraph.nlp.events.participants import implicit_subject
from newsgraph.nlp.events.syntax import (
    conditions_of,
    is_negated,
    is_passive,
    prep_object,
    preps_of,
    span_of,
    speech_over,
)
from newsgraph.nlp.extensions import EventInfo
from newsgraph.nlp.spans import sentence_of
from newsgraph.nlp.speakers import is_cue, subject_of


def modal_demand(doc: Doc, token: Token, lex: EventLexicon) -> EventInfo | None:
    """"The Chinese delegate said the United States should reduce its exercises", "… said
    Japan should be careful", "said America needed to listen": whatever the verb, what a
    speaker says another state should, must or needs to do, or hopes it will do, is the
    speaker's appeal (CAMEO 020) or demand (100) to it; the modal is the trigger."""
    if token.dep_ != "ccomp" or token.head.pos_ != "VERB":
        return None  # checked first: this runs on every word the lexicon does not code
    hoped = lex.modality("hoping", token.head.lemma_) is not None
    if not (hoped or is_cue(token.head)):
        return None
    modal = next((c for c in token.children if c.dep_ == "aux" and c.lower_ in load().words("hoped")), None) \
        if hoped else modal_word(token, "demanded", ("aux",))  # "We hope the U.S. will also listen": an appeal
    if modal is None and token.lemma_ == "need" and not any(c.dep_ == "neg" for c in token.children) and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in token.children):
        modal = token  # "said America needed to listen to the world too"
    if modal is None or is_passive(token):
        return None  # "said Blatter should be awarded the prize" asks it of whoever awards, not of Blatter
    said_by = subject_of(token.head) or implicit_subject(token.head)  # "responded by saying Japan should …"
    speaker, addressee = phrase_owner(doc, said_by), phrase_owner(doc, subject_of(token))
    code = lex.convention_code("demand" if modal.lower_ == "must" else "appeal")
    if speaker is None or addressee is None or speaker == addressee or code is None \
            or not (is_state_actor(doc, speaker) and is_state_actor(doc, addressee)):
        return None
    sentence = sentence_of(token)
    return EventInfo(trigger=(modal.idx, modal.idx + len(modal)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=speaker, target=addressee, modality="demanded", reported_by=speaker,
                     evidence=[(modal.idx, modal.idx + len(modal)), span_of(said_by), span_of(subject_of(token))])


def consequences(doc: Doc, word: Token, lex: EventLexicon) -> EventInfo | None:
    """"Any action by China to reclaim land … would have consequences, Carter said", "said there
    will be consequences if Russia invades": a speaker foretelling consequences for another's act
    threatens whoever would do it (CAMEO 130); the word "consequences" is the trigger. A warning
    verb codes the threat itself ("warned that any move would have consequences")."""
    if word.lemma_.lower() not in load().words("foretelling") or word.dep_ not in ("dobj", "attr") or word.head.lemma_ not in ("have", "be"):
        return None  # checked first: this runs on every word the lexicon does not code
    clause = word.head
    if clause.dep_ != "ccomp" or not is_cue(clause.head) or not any(
            c.dep_ == "aux" and lex.modality("modal", c.lower_) in ("intended", "hypothetical") for c in clause.children):
        return None  # "the war had consequences" foretells nothing
    said = clause.head
    if (spoken := lex.code_verb(said.lemma_.lower(), [], [], ())) is not None and spoken.plover == "THREATEN":
        return None
    said_by = subject_of(said)
    speaker = phrase_owner(doc, said_by)
    act = subject_of(clause) if word.dep_ == "dobj" else None
    doer = next((o for p in preps_of(act, ("by",)) if (o := prep_object(p)) is not None), act) if act is not None else \
        next((subject_of(c) for c in conditions_of(clause, ("if", "unless"))), None)
    target, code = phrase_owner(doc, doer), lex.convention_code("threat")
    if speaker is None or target is None or speaker == target or code is None:
        return None
    sentence = sentence_of(word)
    return EventInfo(trigger=(word.idx, word.idx + len(word)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=speaker, target=target, reported_by=speaker,
                     evidence=[(word.idx, word.idx + len(word)), span_of(said_by), span_of(doer)])


def intolerance(doc: Doc, verb: Token, lex: EventLexicon) -> EventInfo | None:
    """"Abbas has said he will not tolerate attacks such as last Friday's bombing": refusing
    to put up with an act condemns it (CAMEO 111), and whoever the act's phrase names as its
    doer; the act itself stays its own event."""
    if verb.pos_ != "VERB" or lex.modality("forbearing", verb.lemma_) is None or not is_negated(verb):
        return None  # checked first: this runs on every word the lexicon does not code
    act = next((c for c in verb.children if c.dep_ == "dobj"), None)
    source, code = phrase_owner(doc, subject_of(verb)), lex.convention_code("criticism")
    if act is None or source is None or code is None or not (
            (done := lex.noun(act.lemma_)) is not None and (done.quad_class or 0) >= 3):
        return None  # "did not tolerate the heat"
    target = modifying_doer(doc, act)  # "Russian attacks", not "attacks … in the Israeli city"
    sentence = sentence_of(verb)
    return EventInfo(trigger=(verb.idx, verb.idx + len(verb)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=source, target=target if target != source else None,
                     evidence=[(verb.idx, verb.idx + len(verb)), span_of(act)])


def concern(doc: Doc, word: Token, lex: EventLexicon) -> EventInfo | None:
    """"Straw told the committee human rights concerns over China remained": a worry about an
    actor that a speaker says exists is the speaker's criticism of it (CAMEO 111). Only as the
    subject of its clause: a worry voiced or raised is the verb's event ("voiced concern")."""
    if not lex.worry(word.lemma_) or word.dep_ not in ("nsubj", "nsubjpass", "attr"):
        return None  # checked first: this runs on every word the lexicon does not code
    if any(c.dep_ == "poss" for c in word.children):
        return None  # "it shows people's top concern about Trump is …": their worry, not the speaker's
    about = next((o for p in preps_of(word, WORRY_PREPS) if (o := prep_object(p)) is not None), None)
    verb = speech_over(word)
    if about is None or verb is None:
        return None
    source, target, code = phrase_owner(doc, subject_of(verb)), phrase_owner(doc, about), lex.convention_code("criticism")
    if source is None or target is None or source == target or code is None or is_commentator(doc, source):
        return None  # "concerns over China remained, analysts said" is commentary
    sentence = sentence_of(word)
    return EventInfo(trigger=(word.idx, word.idx + len(word)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=source, target=target, reported_by=source,
                     evidence=[(word.idx, word.idx + len(word)), span_of(verb), span_of(about)])


def presence(doc: Doc, verb: Token, lex: EventLexicon) -> EventInfo | None:
    """"When he was in Tokyo earlier this week, Machimura told the British minister …": a
    state's official or government present in another country is visiting it (CAMEO 042), as
    coders read "Straw was in India"; being somewhere at home, or a country being there
    ("troops were in Iraq"), is no visit."""
    being_in = load().words("presence")  # "be in"
    if (prep := next((c for c in verb.children if c.dep_ == "prep" and f"{verb.lemma_} {c.lower_}" in being_in), None)) is None:
        return None  # checked first: this runs on every word the lexicon does not code
    actors, owners = doc._.actors or [], doc._.actor_of_token or {}
    pobj = prep_object(prep)
    place = owners.get(pobj.i) if pobj is not None else None
    source = phrase_owner(doc, subject_of(verb))
    home = country_of(doc, source)
    code = lex.convention_code("visit")
    if place is None or source is None or home is None or code is None or actors[place].kind not in ("place", "country") \
            or actors[source].kind not in ("person", "government") or actors[source].kind == "person" and not actors[source].code \
            or country_of(doc, place) in (None, home) \
            or any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" for c in verb.children):
        return None  # "was in India visiting the Golden Temple": the visit is the clause's own event
    sentence = sentence_of(verb)  # the place is set by _where, as for every event
    event = EventInfo(trigger=(verb.idx, verb.idx + len(verb)), sentence=(sentence.start_char, sentence.end_char),
                      cameo=code, source=source, target=place,
                      evidence=[(verb.idx, verb.idx + len(verb)), span_of(pobj)])  # type: ignore[arg-type]
    set_flags(doc, verb, event)
    code_intent(lex, event, verb)  # "will be in Washington next week": an intent to visit
    return event


def commitment(doc: Doc, word: Token, lex: EventLexicon) -> EventInfo | None:
    """"Vietnam is committed to opening up the economy", "stressing the EU's commitment to
    securing a stable Iraq": an actor's stated commitment is its intent to cooperate (CAMEO 030)
    with whom the commitment names; another side's speaker vouching that an actor is committed
    ("Blair argued that Mr Sharon was committed to the roadmap") praises it (051)."""
    if word.lemma_.lower() in load().words("commitment_verb") and word.tag_ == "VBN":
        committed, clause = next((c for c in word.children if c.dep_ == "nsubjpass"), None), word
    elif word.lower_ in load().words("commitment_noun") and word.dep_ == "dobj" and is_cue(word.head, ("speech", "intent")):
        committed, clause = next((c for c in word.children if c.dep_ == "poss"), None), None  # "reaffirmed its commitment to"
    else:
        return None  # checked first: this runs on every word the lexicon does not code
    to = next(iter(preps_of(word, ("to",))), None)
    owner = phrase_owner(doc, committed)
    if to is None or owner is None or is_negated(word):
        return None
    goal = next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None)
    goal = next((c for c in goal.children if c.dep_ == "dobj"), goal) if goal is not None and goal.pos_ == "VERB" else goal
    speaker = phrase_owner(doc, subject_of(clause.head)) if clause is not None and clause.dep_ == "ccomp" \
        and is_cue(clause.head) else None
    if speaker is not None and country_of(doc, speaker) not in (None, country_of(doc, owner)):
        source, target, code = speaker, owner, lex.convention_code("praise")
    else:
        source, target, code = owner, phrase_owner(doc, goal), lex.convention_code("intent")
    if code is None or source == target:
        return None
    sentence = sentence_of(word)
    return EventInfo(trigger=(word.idx, word.idx + len(word)), sentence=(sentence.start_char, sentence.end_char),
                     cameo=code, source=source, target=target, reported_by=speaker,
                     evidence=[(word.idx, word.idx + len(word)), span_of(committed), *([span_of(goal)] if goal is not None else [])])


#: Constructions tried, in this order, on a word outside quotation marks that the lexicon
#: does not code (a judgement is tried between the first and the rest, inside quotes too).
CONSTRUCTIONS = (consequences, commitment, intolerance, concern, presence)


def construction_event(doc: Doc, token: Token, lex: EventLexicon, quoted: set[int]) -> EventInfo | None:
    """The event a construction around ``token`` names, if any: a modal demand, a judgement
    (quoted or not: '"naive beyond belief"'), then the constructions of ``CONSTRUCTIONS``."""
    if token.i not in quoted and (event := modal_demand(doc, token, lex)) is not None:
        return event
    if (event := judgement_event(doc, token, lex, quoted)) is not None:
        return event
    if token.i in quoted:
        return None
    return next((event for construction in CONSTRUCTIONS if (event := construction(doc, token, lex)) is not None), None)
