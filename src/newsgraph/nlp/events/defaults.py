"""Coders' defaults for actors the text does not name: unnamed groups coded by the country
they are in, violence by unidentified attackers, acts of state authority by the government,
protest aimed at one's own state. These add actors (with the words that are their evidence)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.lexicons import load
from newsgraph.lexicons.events import EventLexicon, load_events
from newsgraph.nlp.actor_table import ActorTable, government_of
from newsgraph.nlp.event_actors import codable, country_of, phrase_owner
from newsgraph.nlp.events.participants import acted_on, place_left
from newsgraph.nlp.events.syntax import is_passive
from newsgraph.nlp.extensions import ActorInfo, EventInfo
from newsgraph.nlp.speakers import subject_of


def unnamed_target(doc: Doc, trigger: Token, event: EventInfo) -> int | None:
    """An unnamed group acted on ("to disperse demonstrators", "accepted demands from Shona
    rebels", "holding thousands of refugees") is coded by the country it is in, as event coders
    code unnamed domestic actors: the place the text names, else the source's country."""
    named_place = event.place is not None and event.place[2] is not None  # not the dateline's: the reporter is there
    country = (event.place[1] if named_place else None) or \
        country_of(doc, event.source)
    if event.cameo.plover == "MOBILIZE":
        return None  # troops mobilised are the source's own force, not whom the move is aimed at
    owners = doc._.actor_of_token or {}
    for noun in acted_on(trigger):
        role = load().role(noun.text) if noun.i not in owners and noun.tag_ in ("NNS", "NNPS", "NN") else None
        if role is None or role.kind != "group" or (role.sector in load_events().convention("own_forces") and event.cameo.plover == "RETREAT"):
            continue  # troops withdrawn are the source's own too
        start = min((c.i for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i not in owners), default=noun.i)
        home = _origin(doc, noun) if role.sector in load_events().convention("coded_by_origin") else None
        if not (home or country):
            continue
        return ActorTable.from_doc(doc).add_actor(ActorInfo(key=f"L:{home or country}:{noun.lemma_.lower()}", name=doc[start : noun.i + 1].text,
                                       kind="group", country=home or country, sector=role.sector,
                                       code=(home or country) + (role.sector or "")), doc[start : noun.i + 1])
    return None


def _origin(doc: Doc, refugees: Token) -> str | None:
    """The country refugees come from, when their phrase names where they fled ("refugees
    fleeing the civil war in Liberia", "refugees from Syria"): event coders code them by it."""
    actors, owners = doc._.actors or [], doc._.actor_of_token or {}
    for token in refugees.subtree:
        actor = actors[owners[token.i]] if token.i in owners else None
        if actor is not None and actor.kind in ("place", "country") and actor.country:
            return actor.country
    return None


def locate_source(doc: Doc, event: EventInfo, place: int | None) -> None:
    """An unnamed group acting in a place the text names (``place``: "Prisoners rioted at a
    jail in Dili", "protesters rallied in Kirkuk") is of that place's country, as event coders
    code unnamed domestic actors."""
    actors = doc._.actors or []
    source = actors[event.source] if event.source is not None else None
    country = country_of(doc, place)
    if source is not None and source.kind == "group" and not source.country and country:
        source.country, source.code = country, country + (source.sector or "")


def protest_at_home(doc: Doc, event: EventInfo) -> None:
    """Unnamed protesters of no known country who protest against a country's government or
    leader ("Islamic fundamentalists continued their hunger strike to demand the resignation of
    the Algerian President") are coded as that country's, as event coders code domestic protest."""
    actors = doc._.actors or []
    source = actors[event.source] if event.source is not None else None
    target = actors[event.target] if event.target is not None else None
    if source is not None and source.kind == "group" and not source.country and target is not None \
            and target.country and (target.sector in load_events().convention("protested_state") or target.kind == "country"):
        source.country, source.code = target.country, target.country + (source.sector or "")


def own_state(doc: Doc, event: EventInfo) -> int | None:
    """A protest by a country's people that names no one it is aimed at ("Young Algerians
    blocked roads") is aimed at their own government, as event coders code domestic protest;
    the demonym that makes them that country's is the target's evidence."""
    actors = doc._.actors or []
    source = actors[event.source] if event.source is not None else None
    country = load().countries.get(source.country or "") if source is not None and source.kind in ("group", "country") else None
    if country is None or source is None or source.sector == "GOV":
        return None
    for start, end in source.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        word = next((t for t in span if t.text in country.adjectives + country.people), None) if span is not None else None
        if word is not None:
            return ActorTable.from_doc(doc).add_actor(government_of(country), doc[word.i : word.i + 1])
    return None


def state_authorities(doc: Doc, event: EventInfo) -> None:
    """"A US national has been put under investigation in Italy", "was arrested in Lebanon":
    an act of state authority done in a named country by no one named is its government's, as
    event coders code it; the place named is the evidence."""
    if event.place is None or event.place[2] is None or (country := load().countries.get(event.place[1] or "")) is None:
        return
    span = doc.char_span(*event.place[2], alignment_mode="expand")
    if span is not None:
        event.source = ActorTable.from_doc(doc).add_actor(government_of(country), span)
        event.evidence.append(event.place[2])


def unidentified_attackers(doc: Doc, trigger: Token, event: EventInfo) -> int | None:
    """The unnamed doer of violence in a known country: the subject phrase that names no actor
    ("A roadside bombing near Samarra killed …") is its evidence."""
    subject = subject_of(trigger)
    country = event.place[1] if event.place is not None else None
    if subject is None or subject.dep_ != "nsubj" or not country or phrase_owner(doc, subject) is not None:
        return None
    words = doc[subject.left_edge.i : subject.i + 1]
    return ActorTable.from_doc(doc).add_actor(ActorInfo(key=f"U:{country}:UAF", name="unidentified attackers", kind="group",
                                   country=country, sector="UAF", code=f"{country}UAF"), words)


def place_targets(doc: Doc, trigger: Token, event: EventInfo, place: int | None, lex: EventLexicon) -> None:
    """Targets a place gives when the text names no one: the people acted on there, else the
    place itself, for acts done to a place's people ("imposed a curfew in Cizre", "sought
    refuge in Germany" asks Germany); the place a withdrawal leaves; the country an official
    is in, visiting; an unnamed group acted on, coded by its country."""
    if event.target is None and place is not None and place != event.source and (
            (event.action or event.cameo).plover in lex.convention("place_targeted") or event.cameo.plover == "REQUEST" and any(
                c.dep_ == "dobj" and lex.modality("haven", c.lemma_) for c in trigger.children)):
        event.target = unnamed_target(doc, trigger, event) or place  # "fired on protesters in Tahrir Square": the protesters
    if event.target is None and event.cameo.plover == "RETREAT":
        event.target = place_left(doc, trigger)  # "withdrew its troops from Gaza"
    if country_of(doc, event.target) is None and event.cameo.code.startswith(lex.convention("visit")) and place is not None \
            and country_of(doc, place) not in (None, country_of(doc, event.source)):
        event.target = place  # "Straw was in India visiting the Golden Temple": a visit to India
    if event.target is None:
        event.target = unnamed_target(doc, trigger, event)


def default_actors(doc: Doc, trigger: Token, event: EventInfo, lex: EventLexicon) -> None:
    """Coders' defaults once the text has named whom it names: no unnamed group of no country
    as a target, a protest aimed at the protesters' own state, violence by unidentified
    attackers, an act of state authority by the government of where it happened."""
    event.target = codable(doc, event.target)
    if event.target is None and event.cameo.plover == "PROTEST":
        event.target = own_state(doc, event)
    if event.source is None and event.cameo.plover in lex.convention("unattributed"):
        event.source = unidentified_attackers(doc, trigger, event)
    if event.source is None and event.cameo.code.startswith(lex.convention("authority")) and (is_passive(trigger) or trigger.head.lower_ == "under"):
        state_authorities(doc, event)  # "was arrested in Lebanon", "put under investigation in Italy"
