"""Honesty flags: negation, modality (intended, demanded, hypothetical, conditional) and who
reports an act; an act only intended, demanded or refused is coded as the intent, the demand
or the refusal, the act itself kept as ``action``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.lexicons import load
from newsgraph.lexicons.events import EventLexicon, load_events
from newsgraph.nlp.actor_table import participial
from newsgraph.nlp.event_actors import phrase_owner
from newsgraph.nlp.events.grammar import BACKGROUND_PREPS, CAUSE_WORDS, OBJECT_DEPS
from newsgraph.nlp.events.syntax import conditions_of, infinitive_ruler, is_expected_of, is_negated, noun_verb
from newsgraph.nlp.extensions import EventInfo
from newsgraph.nlp.speakers import cue_entry, is_cue, subject_of


def code_intent(lex: EventLexicon, event: EventInfo, trigger: Token) -> None:
    """An action only intended or demanded is coded as what happened: the expression of
    intent (CAMEO 03, AGREE; 13, THREATEN when hostile) or the request (02 / 10), as CAMEO and
    PLOVER coders do; an intent made to depend on what another does ("will withdraw its
    force unless …") is a threat; a cooperative action refused ("will not attend") is the refusal (12);
    getting ready for violence ("prepared to resume shelling") is a show of force (15, MOBILIZE).
    The intended or refused action itself is kept in ``action``."""
    refusal = lex.refusal(event.cameo.code) if event.negated else None
    if refusal is not None:  # "will not attend the talks": the refusal is what happened
        event.action, event.cameo, event.negated, event.modality = event.cameo, refusal, False, "asserted"
        return
    if event.modality == "intended" and event.cameo.plover == "ASSAULT" and _readied(lex, trigger):
        # "the army prepared to resume shelling": the readiness happened, the shelling not yet
        event.action, event.cameo, event.modality = event.cameo, lex.convention_code("show_of_force"), "asserted"
        return
    # "will withdraw unless …" is a threat; "vowed to ignore the ruling" is the rejection, intended
    hostile = (event.cameo.quad_class or 0) >= 3 or bool(conditions_of(trigger, ("unless",)))
    rule = {"intended": "threat" if hostile else "intent", "demanded": "demand" if hostile else "appeal"}.get(event.modality)
    already = lex.convention("already_intended" if event.modality == "intended" else "already_demanded")  # "must agree" is a demand
    verb = noun_verb(trigger) if event.nominal else None
    if event.nominal and hostile and verb is not None and event.modality in ("intended", "conditional") \
            and _readied(lex, verb) and conditions_of(verb, ("if", "unless")):
        rule = "threat"  # "remain ready to intensify sanctions if Russia takes further action": the readiness threatens
    elif rule is None or event.cameo.root in already or event.nominal:
        return  # a noun ("sanctions") sought or proposed keeps its own code, flagged by modality
    event.action, event.cameo = event.cameo, lex.convention_code(rule)


def _readied(lex: EventLexicon, trigger: Token) -> bool:
    """Whether the action is what someone got ready for, up a chain of infinitives
    ("prepared to resume shelling", "poised to attack")."""
    token = trigger
    while token.dep_ in ("xcomp", "dobj") and token.head.i != token.i:
        token = token.head
        if lex.modality("readiness", infinitive_ruler(token).lemma_) is not None:
            return True
    return False


def modal_word(trigger: Token, modality: str, deps: tuple[str, ...] = ("aux", "auxpass")) -> Token | None:
    """The trigger's modal auxiliary of ``modality`` ("must" for demanded), if any."""
    return next((c for c in trigger.children
                 if c.dep_ in deps and load_events().modality("modal", c.lower_) == modality), None)


def set_flags(doc: Doc, trigger: Token, event: EventInfo) -> None:
    """Negation, modality and who reports it; walks up through the clauses above. A noun
    ("sanctions") takes the flags of the verb it depends on, and is only intended when that
    verb seeks, proposes or threatens it."""
    if trigger.pos_ == "NOUN":
        _noun_flags(doc, trigger, event)
        return
    lex = load_events()
    _own_flags(lex, trigger, event)
    _infinitive_of_noun_flags(lex, trigger, event)
    if trigger.dep_ == "pcomp" and trigger.head.lower_ in ("for", "of") and is_cue(trigger.head.head):
        event.reported_by = phrase_owner(doc, subject_of(trigger.head.head))  # "accused Ukraine of shelling": Russia says so
    head = trigger
    while head.head.i != head.i and head.dep_ in ("xcomp", "ccomp", "advcl", "conj", "relcl"):
        clause, head = head, head.head
        _clause_flags(doc, lex, trigger, clause, event)


def _noun_flags(doc: Doc, noun: Token, event: EventInfo) -> None:
    """A noun's flags are its verb's; "sought talks", "called for sanctions" are intended."""
    verb = next((h for h in (noun.head, noun.head.head) if h.pos_ == "VERB"), None)
    prep = noun.head
    if verb is None or noun.dep_ == "pobj" and (prep.lower_ in BACKGROUND_PREPS | CAUSE_WORDS
                                                or prep.i > 0 and prep.nbor(-1).lower_ in CAUSE_WORDS):
        return  # "may lift the embargo despite US objections", "was not approved because of opposition": no less real
    entry = cue_entry(verb)
    lex = load_events()
    if lex.modality("forbearing", verb.lemma_) is not None:
        return  # "will not tolerate Russian attacks": spoken of, as "criticised the attacks" is
    set_flags(doc, verb, event)
    if event.negated and not is_negated(verb) and verb.dep_ in ("acl", "relcl") \
            and lex.modality("noun", verb.head.lemma_) == "negated":
        event.negated = False  # "failure to prevent a massacre", "refusal to lift sanctions": the noun's act stands
    sought = noun.dep_ == "dobj" and lex.modality("naming", verb.lemma_) is None \
        or (noun.dep_ == "pobj" and noun.head.lower_ == "for")  # "called the EU's sanctions illegal" seeks none
    if entry is not None and entry.kind in ("intent", "speech") and event.modality == "asserted" and sought \
            and (entry.kind == "intent" or noun.dep_ == "pobj" or "object" in entry.content):
        # "sought talks", "called for sanctions" did not happen yet; "replied to complaints",
        # "are continuing a hunger strike" (a cue only for what is said) did
        event.modality = "intended"
    if sought and event.modality == "asserted" and (weighed := lex.modality("verb", verb.lemma_)) is not None:
        event.modality = weighed  # "is considering sanctions against Japan"


def _own_flags(lex: EventLexicon, trigger: Token, event: EventInfo) -> None:
    """The verb's own negation, modal, governing adjective or verb, and condition."""
    event.negated = is_negated(trigger) or any(  # "give no support to Nusra"
        d.dep_ == "det" and d.lower_ == "no" for c in trigger.children if c.dep_ in OBJECT_DEPS for d in c.children)
    for aux in (c for c in trigger.children if c.dep_ in ("aux", "auxpass")):
        event.modality = lex.modality("modal", aux.lower_) or event.modality
    if trigger.dep_ == "xcomp" or trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        # "willing to withdraw", "failed to reach agreement", "working to end attacks" (parsed as advcl)
        ruler = infinitive_ruler(trigger.head)
        governed = lex.modality("adjective" if ruler.pos_ == "ADJ" else "verb", ruler.lemma_)
        if governed == "negated":
            event.negated = True
        elif governed is not None:
            event.modality = governed
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in trigger.children):
        event.modality = "conditional"


def _infinitive_of_noun_flags(lex: EventLexicon, trigger: Token, event: EventInfo) -> None:
    """An infinitive on a noun takes the noun's modality: "plans to sell weapons" intended, "no
    plans to invade" and "refusal to grant asylum" negated, "in order to buy" a purpose."""
    first = trigger
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head  # "threats to wall off the Mexican people and slap a tariff on imports"
    infinitival = first.dep_ == "acl" and not participial(first) or first.dep_ == "relcl" and any(  # not "a call echoed by Japan"
        c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
    noun = first.head
    if not (infinitival and noun.pos_ == "NOUN" and event.modality == "asserted"):  # "in a unique position to help us"
        return
    governed = lex.modality("noun", noun.lemma_)  # "plans *to sell* weapons"
    if governed is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        governed = "negated"  # "had no plans to invade Ukraine"
    if governed == "negated":
        event.negated = True  # "the government's refusal to grant them asylum"
    else:
        event.modality = governed or event.modality
    if event.cameo.code.startswith(lex.convention("under_way")):  # "an effort to broker a deal": the brokering is going on
        event.modality = lex.modality("effort", noun.lemma_) or event.modality
    if f"{noun.head.lower_} {noun.lower_}" in load().words("purpose"):
        event.modality = "intended"  # "in order to buy more weapons": a purpose


def _clause_flags(doc: Doc, lex: EventLexicon, trigger: Token, clause: Token, event: EventInfo) -> None:
    """What the clause above makes of the act: a cue governing an infinitive intends or demands
    it, a governing verb or adjective, a negation or modal above, a condition, a reporter."""
    clause_dep, head = clause.dep_, clause.head
    entry = cue_entry(head) if head.pos_ == "VERB" else None
    infinitive = clause_dep == "xcomp" or (clause_dep in ("advcl", "ccomp") and any(  # "sworn to fight", parsed as advcl
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))
    if infinitive and entry is not None and "infinitive" in entry.content and event.modality == "asserted":
        # "threatened to impose", "promised to attend" are intended, "urged Russia to withdraw",
        # "expect Palestinians to give up terrorism" demanded
        asks = head.lemma_ not in load().words("promising") and any(  # "wants Ukraine to withdraw" asks it of someone
            c.dep_ in OBJECT_DEPS for c in head.children) or any(c.dep_ == "nsubj" for c in clause.children)
        event.modality = "demanded" if asks else "intended"
        if entry.kind == "belief" and any(c.dep_ == "auxpass" for c in head.children):
            event.modality = "hypothetical"  # "the US is expected to announce sanctions": others expect it
    if clause_dep == "xcomp" and clause is not trigger and event.modality == "asserted" and not event.negated:
        ruler = infinitive_ruler(head)  # "prepared to resume shelling"
        governed = lex.modality("adjective" if ruler.pos_ == "ADJ" else "verb", ruler.lemma_)
        event.negated = governed == "negated"
        event.modality = governed if governed not in (None, "negated") else event.modality
    if clause_dep == "xcomp" and any(c.dep_ == "neg" for c in head.children):
        event.negated = True  # "does not want to attend", "would not need to attend"
    if clause_dep == "xcomp" and event.modality == "asserted":  # "would include *sending* troops"
        modal = next((m for c in head.children if c.dep_ == "aux" and (m := lex.modality("modal", c.lower_))), None)
        event.modality = modal or event.modality
    if clause_dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
        event.modality = "conditional"  # "… unless he arranged a ceasefire and held elections"
    if clause_dep == "ccomp" and is_cue(head) and event.reported_by is None:
        event.reported_by = phrase_owner(doc, subject_of(head))


def demands_of_askers(doc: Doc, trigger: Token, event: EventInfo, lex: EventLexicon) -> None:
    """A demanded act is the asker's demand of its doer: "Israel expects Palestinians to give up
    terrorism", "Nigeria asked Britain to extradite him", "Russia said Sudan must return …"; the
    reporter is the asker when entitled to expect it ("said the Israelis were entitled to expect
    Palestinians to …")."""
    expected = is_expected_of(trigger)
    asker = phrase_owner(doc, subject_of(trigger.head)) if expected else None
    if expected and event.reported_by is not None and lex.modality("entitlement", trigger.head.head.lemma_) \
            and trigger.head.dep_ == "xcomp":
        asker = event.reported_by
    if event.modality == "demanded" and asker not in (None, event.source):
        event.source, event.target = asker, event.source
    elif event.modality == "demanded" and event.reported_by not in (None, event.source) and (
            modal_word(trigger, "demanded") is not None or expected):
        event.source, event.target = event.reported_by, event.source
