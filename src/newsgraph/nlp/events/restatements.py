"""One event per act: nouns and infinitives that restate, complete or serve another event
are folded into it; consultations with no one and proposals to no one are dropped; one event
per coordinated target and doer."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.lexicons.events import load_events
from newsgraph.nlp.event_actors import codable
from newsgraph.nlp.events.answers import is_answered, is_blamed_for
from newsgraph.nlp.events.grammar import BACKGROUND_PREPS, BLAMED_FOR, OBJECT_DEPS
from newsgraph.nlp.events.pairs import plural_subject
from newsgraph.nlp.events.syntax import inverted_subject, is_for_clause, noun_verb, passive_agent
from newsgraph.nlp.events.triggers import asks_or_agrees
from newsgraph.nlp.extensions import EventInfo
from newsgraph.nlp.speakers import cue_entry, subject_of


def without_restatements(doc: Doc, events: list[EventInfo]) -> list[EventInfo]:
    """One event per action: a noun that is the object of an event's verb ("held *talks*",
    "lifted the *blockade*", "demanded a *truce*") restates or completes that event, and an
    infinitive of purpose ("began a hunger strike *to demand* …", "opened the bridge *to
    allow* …") says what it was for, rather than reporting another (but a meeting's purpose is
    reported too); what is demanded, promised or aimed at stays on the verb's event as its ``action``."""
    by_trigger = {e.trigger[0]: e for e in events}
    kept = []
    for event in events:
        span = doc.char_span(*event.trigger)
        token = span.root if span is not None else None
        verb = _governor(token, event, by_trigger) if token is not None else None
        owner = by_trigger.get(verb.idx) if verb is not None else None
        participle = token is not None and token.dep_ == "advcl" and token.tag_ == "VBG"
        if owner is not None and participle and (owner.cameo.plover, event.cameo.plover) != ("PROTEST", "REQUEST"):
            owner = None  # "opened fire, killing one" is a second act; "rallied, calling for …" the rally's demand
        elif owner is not None and token is not None and is_answered(token):
            owner = None  # "sanctions imposed over Russia's annexation of Crimea": the annexation is its own act
        elif owner is not None and load_events().modality("forbearing", verb.lemma_) is not None:  # type: ignore[union-attr]
            owner = None  # "will not tolerate attacks such as last Friday's bombing": the bombing is reported too
        elif owner is not None and token is not None and _answered(token, owner, event):
            event.modality, event.negated = owner.modality, False  # "did not condemn the attack by Hamas": it happened
            if event.target is None and event.cameo.plover in ("ACCUSE", "THREATEN") and owner.cameo.plover == "ACCUSE":
                event.target = owner.source  # "hit back at complaints from Washington": made against him
            owner = None  # "jabbed back at complaints from his counterpart": the complaints were made too
        elif owner is not None and token is not None and _purpose_of_meeting(token, owner, event):
            event.target = event.target if event.target is not None else owner.target
            event.modality = "intended" if event.modality == "asserted" else event.modality
            if event.date_basis == "article":  # "meeting officials this week to press …": this week's
                event.when, event.date_basis = owner.when, owner.date_basis
            owner = None  # "is meeting British officials to press the case": a meeting, and an appeal to them
        if owner is None:
            kept.append(event)
            continue
        if event.nominal and event.cameo.root == owner.cameo.root:
            owner.cameo = event.cameo  # "began a *hunger strike*": the noun names the act more closely
        elif owner.cameo.root == _root("intent") and event.cameo.root == _root("threat") and not owner.negated:
            owner.cameo = event.cameo  # "vowed to attack Israel": a hostile promise is a threat
        owner.source = owner.source if owner.source is not None else event.source
        owner.target = owner.target if owner.target is not None else event.target  # "held talks with Sharon"
        if owner.action is None and owner.cameo.plover in load_events().convention("asks_or_promises"):
            action = event.action or event.cameo
            owner.action = action if action != owner.cameo else None
    return kept


def _answered(noun: Token, owner: EventInfo, event: EventInfo) -> bool:
    """Blame or praise of another side's act reports that act as well: "hit back at complaints
    from Washington", "condemned the attack by Hamas", "praised the decision by India". Not
    what is blamed on the target ("blamed Israel for the bombing" alleges it), nor what is
    demanded or refused ("demanded a withdrawal by Israel" reports no withdrawal; "rejected an
    appeal from the UN" is coded, as PLOVER's coders code it, as the rejection alone)."""
    if not event.nominal or event.source is None or owner.source in (None, event.source) \
            or noun.dep_ == "pobj" and noun.head.lower_ in BLAMED_FOR:
        return False
    return owner.cameo.plover in ("ACCUSE", "SUPPORT")


def _purpose_of_meeting(token: Token, owner: EventInfo, event: EventInfo) -> bool:
    """A meeting or visit held to do something else ("met British officials to press the case",
    "flew to Moscow to urge Putin …") reports both, as coders code both: the purpose is its own,
    intended, event towards whom the meeting was with. "Called Obama to discuss Ukraine" (read
    as a demand by the cue "call") is the call's topic."""
    return token.dep_ == "advcl" and token.tag_ != "VBG" and not event.nominal \
        and event.modality != "demanded" \
        and owner.cameo.plover == "CONSULT" and event.cameo.plover not in ("CONSULT", None)


def per_target(doc: Doc, event: EventInfo) -> list[EventInfo]:
    """One event per coordinated target, and per coordinated doer of a one-sided act, as event
    coders count them: "held talks with Sharon and with Abbas" is two consultations,
    "Schroeder and Chirac called for …" two requests."""
    targets = [t for t in dict.fromkeys(codable(doc, t) for t in event.also_targets) if t is not None and t != event.target]
    sources = [s for s in dict.fromkeys(codable(doc, s) for s in event.also_sources) if s is not None and s != event.source]
    events = [event] + [replace(event, target=t, also_targets=[]) for t in targets]
    return events + [replace(e, source=s, also_sources=[]) for s in sources for e in events]


def has_participant(event: EventInfo) -> bool:
    """"Workers did not want to go on strike": once nobody in particular is taken out, an act
    by and on no one is no event record; violence in a named place is one."""
    return event.source is not None or event.target is not None or (
        event.nominal and event.cameo.plover == "ASSAULT" and event.place is not None and event.place[2] is not None)


def consults_alone(trigger: Token, event: EventInfo, place: int | None) -> bool:
    """A consultation takes two: a verb's meeting, visit or talk with no one, nowhere named
    and by a single doer, is no consultation, nor an intent to one ("was set to meet his fiscal
    rules"); refusing one is still a refusal ("Israel will not attend")."""
    intended = event.action if event.cameo.plover == "AGREE" else None  # "is due to meet": alone as a meeting is
    if (intended or event.cameo).plover != "CONSULT" or event.nominal or event.target is not None or place is not None:
        return False
    words = [c for c in trigger.children] + [g for c in trigger.children if c.dep_ in OBJECT_DEPS for g in c.children]
    if any(w.lower_ in ("with", "between") or w.dep_ in OBJECT_DEPS and w.pos_ in ("PRON", "PROPN") for w in words):
        return False  # "held talks with them", "met him": someone, if unnamed, was consulted
    if intended is not None and any(c.dep_ in OBJECT_DEPS and (met := load_events().noun(c.lemma_.lower())) is not None
                                    and met.plover == "CONSULT" for c in trigger.children):
        return False  # "wants to join the talks", "will attend the summit": intent to join others
    subject = subject_of(trigger) or inverted_subject(trigger)
    return not plural_subject(trigger) and not (subject is not None and (
        subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)))


def _governor(token: Token, event: EventInfo, triggers: dict[int, EventInfo]) -> Token | None:
    """The word whose event this one (triggered by ``token``) restates or serves: a noun
    trigger's verb, a purpose infinitive's main verb, the verb that urges or promises it, the
    noun it spells out."""
    if event.nominal:
        verb = noun_verb(token)
        if token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPS:
            return None  # "lift the embargo despite US objections": another act, in the background
        if verb is not None and verb.idx not in triggers and is_blamed_for(token, event.cameo):
            return None  # "agreed to isolate Russia for the seizure of Crimea": Russia's own act, no part of the agreement
        if verb is not None and verb.idx not in triggers and (verb.dep_ == "xcomp" or is_for_clause(verb)) \
                and verb.head.idx in triggers and triggers[verb.head.idx].cameo.plover in load_events().convention("asks_or_promises"):
            verb = verb.head  # "threatened to institute a *curfew*", "pressed for the US to carry out *airstrikes*"
    elif token.dep_ == "advcl" and (any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) or token.tag_ == "VBG"):
        verb = token.head  # "staged *demonstrations* to demand …": the act is the verb's, or its object's
        if verb.idx not in triggers:
            return next((c for c in verb.children if c.dep_ == "dobj" and c.idx in triggers), verb)
    elif token.dep_ == "xcomp":
        verb = token.head  # "urged Russia *to withdraw*", "declined *to attend*": the act is the urging
    elif token.dep_ == "ccomp" and cue_entry(token.head) is not None and asks_or_agrees(token.head):
        verb = token.head  # "demanded that the US *cancel* …", "agreed that they should *cooperate*"
    elif token.dep_ == "acl" and token.head.pos_ == "NOUN":
        noun = token.head  # "an appeal from Gbagbo *to lay down* arms": the appeal's content
        if noun.idx in triggers and passive_agent(token) is not None:
            return noun  # "sanctions *imposed* by the EU": one act, the noun's, done by the agent
        if noun.idx not in triggers and noun.dep_ == "dobj" and noun.head.idx in triggers \
                and triggers[noun.head.idx].cameo.plover in load_events().convention("asks_or_promises"):
            return noun.head  # "rejected an invitation *to attend*", "rejected a US offer *to host* a summit"
        return noun
    else:
        verb = None
    return verb if verb is not None and verb.pos_ == "VERB" else None


def absorbs_only(trigger: Token, event: EventInfo, place: int | None) -> bool:
    """A trigger that is no event of its own but absorbs the acts it governs: a proposal to no
    one ("the Clinton proposals to increase …" is policy), a consultation with no one ("he had
    gone to bed", "talking proudly of his daughters")."""
    return event.target is None and event.nominal and event.cameo.root == _root("intent") or consults_alone(trigger, event, place)


def _root(rule: str) -> str:
    """The CAMEO root of a convention's code: 03 for an intent, 13 for a threat."""
    return load_events().convention_code(rule).root
