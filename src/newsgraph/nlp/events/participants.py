"""Source and target of an event: the verb's subject and object, a noun's possessor and
prepositions, through passives, relative clauses, coordination and infinitives; the pair
"they" or "the two" stand for."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.lexicons import load
from newsgraph.lexicons.events import load_events
from newsgraph.nlp.actor_table import named_actor
from newsgraph.nlp.event_actors import country_of, partner_country, phrase_owner, phrase_words
from newsgraph.nlp.events.answers import act_doer, answered_act, is_blamed_for, modifying_doer, provoked_by
from newsgraph.nlp.events.grammar import (
    BACKGROUND_PREPS,
    CONSULT_PREPS,
    INNER_PREPS,
    OBJECT_DEPS,
    TARGET_PREPS,
    UNDERGONE_PREPS,
)
from newsgraph.nlp.events.pairs import is_reciprocal, last_two_people
from newsgraph.nlp.events.syntax import (
    conditions_of,
    gerund_possessor,
    inverted_subject,
    is_for_clause,
    is_passive,
    maker_of,
    noun_preps,
    noun_verb,
    passive_agent,
    prep_object,
    preps_of,
    span_of,
    told_to,
    undergoes,
)
from newsgraph.nlp.events.triggers import comments_on
from newsgraph.nlp.extensions import EventInfo
from newsgraph.nlp.speakers import (
    antecedent_of_relative,
    clause_subjects,
    is_cue,
    joined_across_clauses,
    statement_source,
    subject_of,
)


def done_by_thing(trigger: Token) -> bool:
    """Whether a verb's active subject is a common noun that names no actor: "that spree
    helped", "his words met a cool reception". People and groups are actors by then, so what
    is left is a thing, which takes no part in political events (violence aside: "a roadside
    bomb killed" is coded to unidentified forces)."""
    if trigger.pos_ != "VERB":
        return False
    clause = trigger.head if trigger.dep_ == "conj" and not any(c.dep_.startswith(("nsubj", "csubj")) for c in trigger.children) \
        else trigger
    if any(c.dep_ == "csubj" for c in clause.children):
        return True  # "lifting the embargo would damage Britain's relations": an act, predicted to have a consequence
    relative = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    subject = antecedent_of_relative(relative) if relative is not None else None  # "questions that allowed him …"
    if subject is not None and relative is not subject and relative.lower_ in ("that", "which") \
            and subject.lower_ in ("those", "these"):
        return True  # "(questions,) those that allowed him to reassure Russians"
    return subject is not None and subject.pos_ == "NOUN" and named_actor(subject.doc, subject) is None \
        and _issuer(subject.doc, subject) is None


def _issuer(doc: Doc, subject: Token | None) -> int | None:
    """"The communiqué congratulated Bush": a statement acts for the institution that issued
    it, found as a quotation's statement is ("The EU also confirmed …" just before)."""
    if subject is None or subject.lower_ not in load().words("statement") or subject.lower_ == "it":
        return None
    return statement_source(doc, subject, None)


def acted_on(trigger: Token) -> list[Token]:
    """Nouns naming what an action is done to: its object and what the object is made of or
    comes from, the objects of its prepositions, the object of an action it is done for."""
    objects = [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    objects += [o for c in trigger.children if c.dep_ in ("xcomp", "advcl") for o in c.children
                if o.dep_ == "dobj" and any(a.lower_ == "to" for a in c.children)]  # "opened fire to disperse …"
    nouns = list(objects)
    preps = [c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    preps += preps_of(trigger, TARGET_PREPS)
    nouns += [c for prep in preps for c in prep.children if c.dep_ == "pobj"]
    return nouns


def find_participants(doc: Doc, trigger: Token, event: EventInfo) -> None:
    """Source and target of the event a trigger names; a noun's are found by its own phrase."""
    if trigger.pos_ == "NOUN":
        _nominal_participants(doc, trigger, event)
        return
    subject, target_token = _doer_and_undergoer(doc, trigger, event)
    event.source = phrase_owner(doc, subject)
    if event.source is None and subject is not None and subject.dep_ == "nsubj":
        event.source = _issuer(doc, subject)
    target_token = _object_phrase(doc, trigger, event, target_token)
    _find_target(doc, trigger, event, subject, target_token)
    attending = load_events().modality("attending", trigger.lemma_) is not None  # "Rice and Annan will attend": each does
    if event.target is None and subject is not None and is_reciprocal(event.cameo) and not attending:
        _reciprocal_sides(doc, event, subject)
    _unnamed_object_target(doc, trigger, event, target_token)
    if event.target is not None:
        event.also_targets = _coordinated_targets(doc, event, target_token)
    if event.source is not None and subject is not None and (not is_reciprocal(event.cameo) or event.target is None and attending):
        event.also_sources = [o for c in subject.conjuncts if (o := phrase_owner(doc, c)) is not None
                              and o not in (event.source, event.target)]  # "Schroeder and Chirac have called for …"
    event.evidence = [event.trigger] + [span_of(t) for t in (subject, target_token) if t is not None]


def _verb_doer(doc: Doc, trigger: Token) -> Token | None:
    """The phrase that does a verb's act: its subject (a gerund's possessor, the one told to do
    it), a participle's agent or the noun it hangs on, an implicit or inverted subject."""
    subject = gerund_possessor(trigger) or told_to(trigger) or subject_of(trigger)
    if subject is not None and subject.head == trigger and subject.dep_ in OBJECT_DEPS + ("npadvmod",):
        subject = None  # the inverted speaker of '"…," said Shapiro' is no agent of "visiting Beijing"
    if subject is None and trigger.dep_ == "acl" and (agent := passive_agent(trigger)) is not None:
        return agent  # "a call echoed by Japan", "sanctions imposed by the EU": the agent acts
    if subject is None and trigger.dep_ == "acl":
        subject = trigger.head  # "Straw, visiting Beijing"
        if phrase_owner(doc, subject, deep=False) is None and any(c.lower_ == "to" and c.dep_ == "aux" for c in trigger.children):
            # "efforts by Kerry to find a solution"; "is engaged in an effort to broker a deal": who makes the effort
            return next((o for p in preps_of(subject, ("by",)) if (o := prep_object(p)) is not None), None) \
                or implicit_subject(trigger)
        if phrase_owner(doc, subject, deep=False) is None:
            return maker_of(subject, trigger) or subject  # "a case filed by the Philippines … challenging China's claims"
        return subject
    if subject is None:
        return implicit_subject(trigger) or inverted_subject(trigger)
    return subject


def _doer_and_undergoer(doc: Doc, trigger: Token, event: EventInfo) -> tuple[Token | None, Token | None]:
    """The doer's phrase and the object's; a passive's agent does it and its subject undergoes it."""
    subject = _verb_doer(doc, trigger)
    passive = subject is not None and (is_passive(trigger) or subject.dep_ == "nsubjpass" and trigger.dep_ == "conj"
                                       and trigger.tag_ == "VBN" and is_passive(subject.head))  # "was arrested and charged"
    if subject is not None:
        subject = antecedent_of_relative(subject)
    target_token = next((c for c in trigger.children if c.dep_ in OBJECT_DEPS), None)
    agent = next((p for p in trigger.children if p.dep_ == "agent"), None)
    if passive and agent is not None:
        # "The move was welcomed by Beijing": the agent acts, the passive subject undergoes
        return prep_object(agent), subject
    if passive and not event.cameo.code.startswith(load_events().convention("moved")) and phrase_owner(doc, target_token) is None:
        return None, subject  # "two Israeli soldiers were killed", "Iran was urged to …"
    return subject, target_token


def _object_phrase(doc: Doc, trigger: Token, event: EventInfo, target_token: Token | None) -> Token | None:
    """The phrase naming whom the act is done to: the object, unless it is a topic ("discuss
    Palestinian reforms with Israel"), else the object of the strongest target preposition."""
    if event.cameo.code in load_events().convention("talks") and target_token is not None and target_token.dep_ == "dobj" \
            and target_token.i not in (doc._.actor_of_token or {}) and target_token.pos_ == "NOUN" \
            and load_events().noun(target_token.lemma_.lower()) is None:  # "attend a meeting of Palestinian factions"
        # "discuss Palestinian reforms with Israel": a topic, not a partner, whose "with" may be the verb's
        target_token = next((o for p in target_token.children if p.dep_ == "prep" and p.lower_ == "with"
                             if (o := prep_object(p)) is not None), None)
    partner = next((o for p in preps_of(trigger, ("with",)) if (o := prep_object(p)) is not None), None)
    if event.cameo.plover == "CONSULT" and is_cue(trigger) and phrase_owner(doc, partner) is not None:
        target_token = partner  # "discussed Ukraine with Obama": Ukraine is the topic, Obama the partner
    if phrase_owner(doc, target_token) is not None:
        return target_token
    # the object's own "with France" outranks the verb's weaker "about …"
    rank = min((TARGET_PREPS.index(c.lower_) for c in (target_token.children if target_token is not None else [])
                if c.dep_ == "prep" and c.lower_ in TARGET_PREPS), default=len(TARGET_PREPS))
    for prep in (p for p in preps_of(trigger, TARGET_PREPS) if TARGET_PREPS.index(p.lower_) <= rank):
        pobj = prep_object(prep)
        owner = phrase_owner(doc, pobj)
        if owner is not None and prep.lower_ == "at" and (doc._.actors or [])[owner].kind in ("place", "government"):
            continue  # "met at the White House" names where, not whom
        target_token = pobj or target_token
        if owner is not None:
            break
    return target_token


def _find_target(doc: Doc, trigger: Token, event: EventInfo, subject: Token | None, target_token: Token | None) -> None:
    """The actor the object's phrase names, else whom a reported demand or an infinitive's act
    is on."""
    event.target = phrase_owner(doc, target_token, deep=False)
    if event.target is None and target_token is not None:  # "lodged a protest with Albania", "an admission by Moscow"
        for prep in (c for c in target_token.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS + ("by",)):
            event.target = phrase_owner(doc, prep_object(prep))
            if event.target is not None:
                break
    if event.target is None:
        event.target = phrase_owner(doc, target_token)
    if event.target is None and target_token is not None:  # "canceled plans to attend a summit in Russia"
        event.target = next((o for t in phrase_words(target_token) if t.dep_ == "pobj" and t.head.lower_ in INNER_PREPS
                             and (o := phrase_owner(doc, t)) is not None and o != event.source), None)
    if event.target is None:  # "demanded that the US cancel …", "pressed for the US to strike": whom the demand is on
        clause = next((c for c in trigger.children if c.dep_ == "ccomp" or is_for_clause(c)), None)
        inner = subject_of(clause) if clause is not None else None
        if not (inner is not None and subject is not None and inner.lower_ in ("they", "we") and subject.tag_ in ("NNS", "NNPS")):
            event.target = phrase_owner(doc, inner)  # "journalists complained they weren't given a free hand": themselves
        if event.cameo.root == load_events().convention_code("intent").root and event.target is not None and country_of(doc, event.target) == country_of(doc, event.source):
            event.target = None  # "Obama promised that the United States would defend Japan": his side promises, to Japan
    if event.target is None:
        for clause in (c for c in trigger.children if c.dep_ == "xcomp"):  # "offered to hand over to Britain"
            inner_event = EventInfo(event.trigger, event.sentence, event.cameo)
            find_participants(doc, clause, inner_event)
            event.target = inner_event.target if inner_event.target != event.source else None
            if event.target is not None:
                break


def _reciprocal_sides(doc: Doc, event: EventInfo, subject: Token) -> None:
    """Coordinated doers of a reciprocal act are each other's targets ("Kerry and Lavrov met",
    "the foreign ministers of Iran and Saudi Arabia met")."""
    partner = next((c for c in subject.children if c.dep_ == "conj"), None)
    event.target = phrase_owner(doc, partner)
    sides = next((o for p in preps_of(subject, ("of", "from")) if (o := prep_object(p)) is not None), None)
    other = next((c for c in sides.children if c.dep_ == "conj"), None) if sides is not None else None
    if event.target is None and (first := phrase_owner(doc, sides)) is not None \
            and (second := phrase_owner(doc, other)) not in (None, first):
        event.source, event.target = first, second


def _unnamed_object_target(doc: Doc, trigger: Token, event: EventInfo, target_token: Token | None) -> None:
    """A visit's place, a hostile reply's answered doer; never the doer itself."""
    if event.target is None and event.cameo.code.startswith(load_events().convention("visit")):
        event.target = _visited_place(doc, trigger)  # "flew to Basra": a visit to Iraq
    if event.target is None and event.cameo.plover in load_events().convention("replies") and (act := answered_act(trigger)) is not None \
            and (target_token is None or event.cameo.plover == "SANCTION" or load_events().noun(target_token.lemma_.lower())):
        # "the ban was imposed in the aftermath of China's crackdown": what is imposed is no target; but
        # "criticised the government over its case for war" names its target, unresolved
        event.target = act_doer(doc, act)
    if event.target == event.source:
        event.target = None


def _coordinated_targets(doc: Doc, event: EventInfo, target_token: Token | None) -> list[int]:
    """Actors coordinated with the target in the object's phrase ("talks with his counterpart,
    Sharon, and the Palestinian leader, Abbas"): one event each."""
    owners = doc._.actor_of_token or {}
    named = [t for t in (phrase_words(target_token) if target_token is not None else []) if owners.get(t.i) == event.target]
    apposed = named + [a for t in named for a in t.children if a.dep_ == "appos"] + [t.head for t in named if t.dep_ == "appos"]
    return [o for t in apposed for c in t.conjuncts
            if (o := phrase_owner(doc, c)) is not None and o not in (event.source, event.target)]


def place_left(doc: Doc, trigger: Token) -> int | None:
    """The place a withdrawal leaves ("from Gaza"), when the lexicon puts it in a country."""
    owners = doc._.actor_of_token or {}
    actors = doc._.actors or []
    for prep in preps_of(trigger, ("from",)):
        pobj = prep_object(prep)
        if pobj is not None and pobj.i in owners and actors[owners[pobj.i]].country:
            return owners[pobj.i]
    return None


def _visited_place(doc: Doc, trigger: Token) -> int | None:
    """The place a visit went to, when the lexicon can put it in a country."""
    owners = doc._.actor_of_token or {}
    actors = doc._.actors or []
    places = [c for c in trigger.children if c.dep_ == "dobj"]
    places += [o for p in preps_of(trigger, ("to",)) for o in p.children if o.dep_ == "pobj"]
    return next((owners[t.i] for t in places if t.i in owners
                 and actors[owners[t.i]].kind == "place" and actors[owners[t.i]].country), None)


def threatened(doc: Doc, trigger: Token, source: int | None) -> int | None:
    """Who a threat is aimed at when the text names no object: the one whose act it depends on
    ("threatened to launch an offensive *unless Baghdad* accepted", "… *if Hamas* ran")."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    if trigger.pos_ == "NOUN" and (verb := noun_verb(trigger)) is not None:
        verbs.append(verb)  # "ready to intensify sanctions if Russia takes further action"
    for verb in verbs:
        for clause in conditions_of(verb, ("if", "unless")):
            owner = phrase_owner(doc, subject_of(clause))
            if owner is not None and owner != source:
                return owner
    return None


def implicit_subject(trigger: Token) -> Token | None:
    """"After meeting with the king, Obama returned": the subject of the governing clause;
    but "accused Turkey *of* shooting down", "lashed out at Turkey *for* having shot down":
    the one blamed or praised did it."""
    if trigger.dep_ == "pcomp" and trigger.head.lower_ in ("for", "of") and trigger.head.head.pos_ == "VERB":
        verb = trigger.head.head
        blamed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        blamed = blamed or next((o for p in preps_of(verb, ("at", "on")) if (o := prep_object(p)) is not None), None)
        if blamed is not None and named_actor(trigger.doc, blamed) is not None:  # not "took credit for taking in refugees"
            return blamed
    head, came_by = trigger, ""
    for _ in range(4):  # through a noun of an adjunct: "At a news conference following talks with Blair, Abbas said"
        if head.dep_ not in ("advcl", "pcomp", "xcomp", "conj", "acl", "prep", "acomp", "pobj") or head.head.i == head.i:
            return None
        if head.dep_ == "pobj" and (came_by != "acl" or head.head.head.pos_ not in ("VERB", "AUX")):
            return None  # the clause's adjunct, not "his commitment to the people for holding elections"
        came_by = head.dep_
        head = head.head.head if joined_across_clauses(head) else head.head
        if came_by == "acl" and head.pos_ == "NOUN" and (owner := next((c for c in head.children if c.dep_ == "poss"), None)):
            return owner  # "Trump's threats to wall off the Mexican people and slap a tariff": Trump would slap it
        if came_by == "advcl" and (agent := passive_agent(head)) is not None:
            return agent  # "a case filed by the Philippines, challenging China's claims": its filer challenges
        subjects = clause_subjects(head)
        if subjects:
            return subjects[0]
    return None


def _nominal_participants(doc: Doc, noun: Token, event: EventInfo) -> None:
    """"Russia's seizure of Crimea", "sanctions against Russia", "talks with Kerry", "talks
    between Russia and Ukraine" (the parties act on each other, or are whom a mediator acts on)."""
    event.source = modifying_doer(doc, noun)
    parties = _noun_phrase_participants(doc, noun, event)
    if (cause := provoked_by(noun)) is not None:  # "Russia's annexation of Crimea prompted sanctions"
        event.target = event.target or act_doer(doc, cause)
    elif event.target is None and event.cameo.plover in load_events().convention("replies") \
            and (act := next((a for c in noun.children if c.dep_ == "acl" and (a := answered_act(c)) is not None), None)):
        event.target = act_doer(doc, act)  # "sanctions imposed over Russia's annexation of Crimea"
    elif event.source is None and (noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.lower_ not in BACKGROUND_PREPS):
        _doer_of_verb(doc, noun, event)
    _target_around_noun(doc, noun, event)
    if parties is None and event.source is None and is_reciprocal(event.cameo) and any(
            t.lower_ in load().words("country_pair") and any(c.lower_ in ("both", "two") for c in t.children) for t in phrase_words(noun)):
        parties = last_two_people(doc, noun, ("country", "government"))  # "a meeting of ministers of both countries"
    if parties is not None and event.source is None:
        event.source, event.target = parties
    elif parties is not None and event.target is None:  # "Qatar launched a mediation effort between Bahrain and …"
        event.target = parties[0]
    if event.target == event.source:
        event.target = None
    event.evidence = [event.trigger]


def _noun_phrase_participants(doc: Doc, noun: Token, event: EventInfo) -> tuple[int, int | None] | None:
    """Doer and target from the noun's prepositions ("complaints from Washington", "sanctions
    against Russia"); the parties "between" names are returned."""
    parties: tuple[int, int | None] | None = None
    for child in noun_preps(noun):
        pobj = prep_object(child)
        owner = phrase_owner(doc, pobj)
        if child.lower_ == "between" and owner is not None:  # "talks between Russia and Ukraine", "… Chinese and American officials"
            parties = (owner, phrase_owner(doc, next((c for c in pobj.children if c.dep_ == "conj"), None))  # type: ignore[union-attr]
                       or partner_country(doc, pobj, owner))  # type: ignore[arg-type]
        elif owner is not None and (child.lower_ == "by" or child.lower_ == "from" and event.source is None):
            event.source = owner  # "complaints from Washington", "demands from the rebels"
            if not is_reciprocal(event.cameo):  # "opposition from the US and Japan": each opposes
                event.also_sources = [o for c in pobj.conjuncts if (o := phrase_owner(doc, c)) is not None]  # type: ignore[union-attr]
        elif child.lower_ in TARGET_PREPS + ("of",) and owner is not None and event.target is None \
                and (event.cameo.plover != "CONSULT" or child.lower_ in CONSULT_PREPS):
            event.target = owner
        elif child.lower_ == "of" and pobj is not None and event.target is None and event.cameo.plover != "CONSULT":  # "a suspension of links with Serbia"
            event.target = next((o for p in pobj.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                                 and (o := phrase_owner(doc, prep_object(p))) is not None), None)
    return parties


def _doer_of_verb(doc: Doc, noun: Token, event: EventInfo) -> None:
    """The doer of the verb whose object the noun is ("Russia imposed sanctions"), unless the
    verb only undergoes or comments on it; a passive's subject undergoes it."""
    verb = noun_verb(noun)
    direct = noun.dep_ == "dobj" or (verb is not None and verb.i != noun.head.head.i)  # "provide tons of food aid"
    if verb is None or verb.pos_ not in ("VERB", "AUX") or undergoes(verb) or comments_on(verb, noun, direct, event.cameo.plover):
        return
    doer = subject_of(verb)
    own = clause_subjects(verb)
    passive = bool(own) and noun.dep_ == "pobj" and noun.head.lower_ in UNDERGONE_PREPS and not is_reciprocal(event.cameo) \
        and (own[0].dep_ == "nsubjpass" or noun.head.lower_ == "under" and verb.lemma_ in load().words("under"))
    if is_blamed_for(noun, event.cameo):
        doer = next(c for c in verb.children if c.dep_ == "dobj")  # "isolate Russia for the seizure"
    elif doer is not None and doer.head == verb and doer.dep_ in OBJECT_DEPS:
        doer = None  # "put China under an embargo": China is no doer
    elif passive:
        event.target = event.target or phrase_owner(doc, doer)  # "a US national was put under investigation"
        doer = next((o for a in verb.children if a.dep_ == "agent" if (o := prep_object(a)) is not None), None)
    event.source = phrase_owner(doc, doer if doer is not None or passive else implicit_subject(verb))  # "is due to take part in talks"


def _target_around_noun(doc: Doc, noun: Token, event: EventInfo) -> None:
    """Who undergoes the noun's act, named around it: the verb's object ("put China under an
    embargo"), the subject of a verb of undergoing ("Russia faces new sanctions"), the subject of
    a that-clause ("complaints that China's glut was overwhelming markets")."""
    if event.target is None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" and not is_blamed_for(noun, event.cameo):
        put = next((c for c in noun.head.head.children if c.dep_ == "dobj"), None)
        event.target = phrase_owner(doc, put)
    if event.target is None and noun.dep_ == "dobj" and undergoes(noun.head):
        event.target = phrase_owner(doc, subject_of(noun.head))
        if event.source is None:  # "Iraq received aid from Japan", "drew criticism from Britain"
            event.source = next((o for p in preps_of(noun.head, ("from", "by")) if (o := phrase_owner(
                doc, prep_object(p))) is not None and o != event.target), None)
    if event.target is None:
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        event.target = phrase_owner(doc, subject_of(clause)) if clause is not None else None


def partners_with(doc: Doc, noun: Token) -> list[int]:
    """Whom an event noun's "with" names: the other side of talks whose own side goes unsaid."""
    return [o for p in noun_preps(noun) if p.lower_ == "with"
            for c in p.children if c.dep_ == "pobj" and (o := phrase_owner(doc, c)) is not None]
