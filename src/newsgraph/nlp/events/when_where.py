"""When and where an event happened: the time expression of its clause (else the day the
story last named, else the article's date), the place its phrase names (else the dateline)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from newsgraph.lexicons.events import load_events
from newsgraph.nlp.event_actors import phrase_owner
from newsgraph.nlp.events.answers import answering
from newsgraph.nlp.events.grammar import AT_THE_TIME, DURATION_PREPS, OBJECT_DEPS, PLACE_PREPS
from newsgraph.nlp.events.syntax import in_other_clause, preps_of
from newsgraph.nlp.extensions import EventInfo
from newsgraph.nlp.speakers import is_cue, subject_of
from newsgraph.nlp.when import When, resolve


def set_when(doc: Doc, trigger: Token, event: EventInfo, base) -> None:  # type: ignore[no-untyped-def]
    clause = {t.i for t in trigger.subtree if not in_other_clause(t, trigger)}
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and ent.start in clause:
            if ent.start > 0 and doc[ent.start - 1].lower_ in DURATION_PREPS:
                continue  # "met for two hours", "over three days": how long, not when
            found = resolve(ent.text, base)
            if found is not None:
                event.when, event.date_basis = found, "text"
                event.evidence.append((ent.start_char, ent.end_char))
                return
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        set_when(doc, trigger.head, event, base)  # "on Monday expelled … and canceled …"
        return
    if trigger.dep_ == "advcl" and trigger.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in AT_THE_TIME for c in trigger.children):
        set_when(doc, trigger.head, event, base)  # "drew applause on Thursday when he lashed out at Turkey"
        return
    if trigger.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in trigger.children):
        verb = trigger.head.head.head if trigger.head.dep_ == "pobj" else trigger.head.head
        if verb.pos_ == "VERB":
            set_when(doc, verb, event, base)  # "moved on Sunday to China, where Kerry met Lavrov"
            return
    if base is not None:
        event.when, event.date_basis = When(base.isoformat(), "day"), "article"


def narrative_dates(doc: Doc, events: list[EventInfo], base) -> None:  # type: ignore[no-untyped-def]
    """A past-tense act the text does not date happened on the day the story last named
    ("drew applause on Thursday when he lashed out at Turkey … he praised Kerry"; "The finance
    minister jabbed back on Monday … He suggested …", where no event carries the day), not on
    the day the article came out; ``date_basis`` says the date is the narrative's."""
    days = sorted((sentence.start_char, found) for sentence in doc.sents if (found := _sentence_day(sentence, base)) is not None)
    day: When | None = None
    for event in events:
        while days and days[0][0] < event.sentence[0]:
            day = days.pop(0)[1]  # a sentence before this event's named the day
        if event.date_basis == "text" and event.when is not None and event.when.precision == "day":
            day = event.when
            continue
        span = doc.char_span(*event.trigger)
        if day is not None and event.date_basis == "article" and span is not None and span.root.tag_ == "VBD" \
                and event.when is not None and day.date < event.when.date:
            event.when, event.date_basis = day, "narrative"


def _sentence_day(sentence, base) -> When | None:  # type: ignore[no-untyped-def]
    """The day a sentence's main clause names ("jabbed back *on Monday* at complaints …")."""
    root = sentence.root
    for ent in sentence.ents:
        if ent.label_ == "DATE" and not in_other_clause(ent.root, root) and ent.root.head.i != ent.root.i \
                and (ent.start == 0 or ent.doc[ent.start - 1].lower_ not in DURATION_PREPS):
            found = resolve(ent.text, base)
            if found is not None and found.precision == "day" and base is not None \
                    and 0 <= (base - date.fromisoformat(found.date)).days <= 7:
                return found  # the story's days; "born on Oct. 1, 1961" names none
    return None


def set_place(doc: Doc, trigger: Token, event: EventInfo) -> int | None:
    """Set the event's place; return the place's actor when the text names it ("in Kirkuk",
    "imposed a curfew in Cizre"), None when the place is the dateline's or unknown."""
    owners = doc._.actor_of_token or {}
    actors = doc._.actors or []
    heads = [trigger, *(c for c in trigger.children if c.dep_ in OBJECT_DEPS)]
    heads += [a for h in heads[1:] for a in h.children if a.dep_ == "appos"]  # "visiting the shrine, the Golden Temple in Amritsar"
    if trigger.dep_ == "advcl" and trigger.head.lemma_ == "be":
        heads.append(trigger.head)  # "was in India visiting the shrine"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and not is_cue(trigger.head):  # "told a meeting": the telling's
        heads.append(trigger.head)  # "making gains against the government in Hama Province": the verb's place, last
    heads += [o for p in preps_of(trigger, ("on", "at", "against", "outside")) for o in p.children if o.dep_ == "pobj"]  # "fired on protesters in Kirkuk"
    subject = subject_of(trigger)
    if subject is not None and phrase_owner(doc, subject) is None:
        heads.append(subject)  # "a bombing near Samarra killed …"
    preps = PLACE_PREPS + (("of",) if trigger.pos_ == "NOUN" and event.cameo.plover in load_events().convention("unattributed") else ())
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps):  # "the invasion of South Lebanon"
        if answering(prep) is not None:
            continue  # "imposed in the aftermath of China's crackdown … in Tiananmen Square": where the cause was
        for t in prep.subtree:
            owner = owners.get(t.i)
            if owner is not None and actors[owner].kind in ("place", "country"):
                start, end = next((s, e) for s, e in actors[owner].mentions if s <= t.idx < e)
                event.place = (actors[owner].name, actors[owner].country, (start, end))
                return owner if actors[owner].country else None
    if doc._.dateline_place:
        event.place = (doc._.dateline_place, doc._.dateline_country, None)
    return None
