"""Who the words of an event refer to: the actor a participant phrase names ("a Kremlin
statement" -> the Kremlin, "his country", "the government of Sindh province"), CAMEO actor
codes (people from the date-bounded dictionary), officials placed by the one country their
sentence names, and the first person of a state speaker's quotation. Actors found here are
added to the Doc's list with the words that are their evidence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.lexicons import Country, load
from newsgraph.lexicons.events import load_events
from newsgraph.lexicons.people import role_code, surname_code
from newsgraph.nlp.actor_table import (
    ActorTable,
    country_actor,
    government_of,
    named_actor,
    participial,
    speaks_for_state,
)
from newsgraph.nlp.actor_table import is_state_actor as _of_a_state
from newsgraph.nlp.extensions import ActorInfo
from newsgraph.nlp.spans import sentence_of
from newsgraph.nlp.speakers import SPEAKER_KINDS

_MODIFIER_DEPS = ("amod", "compound", "poss")
_ACTOR_KINDS = SPEAKER_KINDS | {"country"}


def code_actors(actors: list[ActorInfo], published: str | None) -> None:
    """CAMEO actor codes: people from the date-bounded dictionary (Putin in 2014 -> RUSGOV),
    countries by ISO code, governments and bodies by country + sector, IGOs by their code."""
    for actor in actors:
        if actor.kind == "person" and actor.code is None and (code := _person_code(actor, published)) is not None:
            actor.code = code
            actor.country = actor.country or code[:3]
            actor.sector = actor.sector or (code[3:6] or None)
        elif actor.code is None and actor.country and len(actor.country) == 3:
            sector = actor.sector if actor.kind != "country" else None
            actor.code = actor.country + (sector or "") if actor.kind != "place" else None


def quote_speakers(doc: Doc) -> dict[int, int]:
    """Token -> speaker, for the words of quotations by a known speaker who speaks for a
    state or an international body: what they report is an event the speaker asserts
    (``reported_by``), not the reporter's narrative."""
    speaking: dict[int, int] = {}
    actors = doc._.actors or []
    for quote in doc._.quotes or []:
        if quote.speaker is None or quote.kind == "indirect" or not speaks_for_state(actors[quote.speaker], load_events().convention("speaks_for_state")):
            continue  # an analyst's "Putin pushes the escalation …" is commentary
        for start, end in quote.spans:
            speaking.update((i, quote.speaker) for i in _token_range(doc, start, end))
    return speaking


def reporting_speakers(doc: Doc) -> dict[int, int]:
    """Token -> speaker, for the words of reported speech with a known speaker ("in a statement,
    the ministry said troops had withdrawn"): who reports an event told there (``reported_by``),
    whatever cue, of the lexicon or the attribution tagger, found the attribution."""
    reporting: dict[int, int] = {}
    for quote in doc._.quotes or []:
        if quote.kind != "indirect" or quote.speaker is None:
            continue
        reporting.update((i, quote.speaker) for i in _token_range(doc, quote.start, quote.end) if i not in reporting)
    return reporting


def _token_range(doc: Doc, start: int, end: int) -> range:
    """The tokens covering a character range (none where it aligns with no token)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def first_person_in_quotes(doc: Doc, speaking: dict[int, int]) -> None:
    """"I" in a quotation is its speaker; "we" is the speaker's country when the speaker
    holds office in it, or the organisation that speaks."""
    actors = doc._.actors or []
    owners = doc._.actor_of_token or {}
    for i, speaker in speaking.items():
        token = doc[i]
        if i in owners or token.pos_ != "PRON":
            continue
        who = actors[speaker]
        if token.lower_ in ("i", "me", "my", "myself"):
            ActorTable.from_doc(doc).add_actor(who, doc[i : i + 1])
        elif token.lower_ in ("we", "us", "our", "ourselves"):
            country = load().countries.get(who.country or "") if who.kind == "person" and who.sector in load_events().convention("speaks_for_state") else None
            if country is not None:
                country_mention(doc, country, doc[i : i + 1])
            elif who.kind in ("country", "government", "igo", "organization"):
                ActorTable.from_doc(doc).add_actor(who, doc[i : i + 1])


def seat_officials(doc: Doc) -> None:
    """A titled official whom no dictionary knows ("President Laurent Gbago", "Vice-President
    Moody Awori", "opposition leader Maulana Fazl-ur-Rehman") or a state body named by its
    kind alone ("Parliament", "the Senate", "the army"), first named in a sentence that names
    one country and nobody else's (by a country, its people or one of its bodies, places
    aside: a visitor is named where he goes), holds office in that country, as event coders
    read it."""
    actors = doc._.actors or []
    lex = load()
    for actor in actors:
        if actor.country or actor.code or not actor.mentions:
            continue
        titled = actor.kind == "person" and any(
            (role := lex.role(title) or lex.role(title.split()[-1])) is not None and role.sector in load_events().convention("domestic_office")
            for title in actor.titles)
        body = actor.kind == "organization" and (found := lex.org_keyword(actor.name)) is not None \
            and found[0] in load_events().convention("domestic_office")  # "a hunger strike outside Parliament" in an Algerian sentence
        if not titled and not body:
            continue
        span = doc.char_span(*actor.mentions[0], alignment_mode="expand")
        if span is None:
            continue
        sentence = sentence_of(span[0])
        named = {a.country for a in actors if a.kind not in ("place", "person") and a.country
                 and any(sentence.start_char <= start < sentence.end_char for start, _ in a.mentions)}
        if len(named) == 1:
            actor.country = named.pop()
            actor.code = actor.country + (actor.sector or "")


def locate_groups(doc: Doc) -> None:
    """An unnamed group whose own phrase names a country or a place in one ("militants loyal to
    Iraq's al-Qaeda leader", "refugees fleeing the civil war in Liberia", "workers affiliated
    with the Serbian Workers' Union") is of that country, as event coders read it; the words
    of a relative clause hung on it say what it did, not where it is from."""
    actors = doc._.actors or []
    owners = doc._.actor_of_token or {}
    for actor in actors:
        if actor.kind != "group" or actor.country or actor.code or not actor.mentions:
            continue
        span = doc.char_span(*actor.mentions[0], alignment_mode="expand")
        if span is None:
            continue
        clauses = {t.i for c in span.root.subtree if c.dep_ == "relcl" for t in c.subtree}
        country = next((found for t in span.root.subtree if t.i not in clauses and t.i in owners
                        and actors[owners[t.i]] is not actor and (found := actors[owners[t.i]].country)), None)
        if country:
            actor.country, actor.code = country, country + (actor.sector or "")


def _person_code(actor: ActorInfo, published: str | None) -> str | None:
    code = role_code(actor.name, published)
    if code is None and len(actor.name.split()) == 1 and actor.titles:
        code = surname_code(actor.name, published)  # "President Bush": a titled surname alone
    return code


def phrase_owner(doc: Doc, token: Token | None, deep: bool = True) -> int | None:
    """The actor a participant phrase refers to, if it is one that can act; a demonym
    modifying it ("an Indian proposal") names the country, which gains that mention. ``deep``
    also takes one modifying a word further down the phrase ("troops along the Russian border")."""
    if token is None:
        return None
    owner = _home_country(doc, token) if token.lemma_.lower() in load().words("home") else None
    actors = doc._.actors if doc._.actors is not None else []  # the list itself: it may grow below
    owners = doc._.actor_of_token or {}
    if owner is None and token.i not in owners:  # "the secretary of the Treasury, Jacob J. Lew": the person named
        owner = next((owners[c.i] for c in token.children if c.dep_ == "appos" and c.i in owners
                      and actors[owners[c.i]].kind == "person"), None)
    if owner is None:
        owner = named_actor(doc, token) if deep else owners.get(token.i)
    if owner is None:
        direct = modifiers_of(token)  # "Washington's propensity": a capital only as the phrase's own modifier
        words = direct + ([t for t in phrase_words(token) if t.dep_ in _MODIFIER_DEPS] if deep else [])
        owner = next((owners[t.i] for t in words if t.i in owners and (
            actors[owners[t.i]].kind in _ACTOR_KINDS or t in direct and _can_act(actors[owners[t.i]]))), None)
    if owner is None and token.i + 1 < len(doc) and token.i + 1 in owners and load().role(token.text) is not None:
        owner = owners[token.i + 1]  # "called President Barack Obama", parsed with "President" as the object
    if owner is None and (token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") or token.lower_ == "its" and token.dep_ == "poss"):
        owner = _last_institution(doc, token)  # "Switzerland said it had expelled …", "the White House … its goal"
    if owner is None:
        owner = demonym_country(doc, token)
    return owner if owner is not None and _can_act(actors[owner]) else None


def _can_act(actor: ActorInfo) -> bool:
    """"welcomed by Beijing", "Washington's propensity to intervene": a capital acting stands
    for its government ("the scrutiny of London's media" is no act of Britain's)."""
    return actor.kind in _ACTOR_KINDS or actor.kind == "place" and load().country_of_capital(actor.name) is not None


def phrase_words(token: Token) -> list[Token]:
    """The words of ``token``'s phrase without its relative clauses: "nations which took a role
    in Iraq's reconstruction" names no Iraqi participant, nor "refugees fleeing the war in
    Liberia, the World Food Program said" the WFP ("plans to attend a summit in Russia" keep theirs)."""
    clauses = {t.i for c in token.subtree if c.i != token.i and (c.dep_ == "relcl" or participial(c)) for t in c.subtree}
    return [t for t in token.subtree if t.i not in clauses]


def modifiers_of(token: Token) -> list[Token]:
    """Words naming whose or what kind ``token`` is ("the Russian government's refusal"), not
    those in phrases hung on it: "evidence with the U.S. about al Qaeda" is no al Qaeda evidence."""
    found = [c for c in token.children if c.dep_ in _MODIFIER_DEPS]
    return found + [m for c in found for m in modifiers_of(c)]


def _last_institution(doc: Doc, token: Token) -> int | None:
    """The state or institution named last before ``token``, in its sentence or the one before."""
    actors = doc._.actors or []
    window = sentence_of(doc[max(0, sentence_of(token).start - 1)]).start_char
    mentions = [(s, i) for i, a in enumerate(actors) if a.kind in ("country", "government", "organization", "igo")
                for s, _ in a.mentions if window <= s < token.idx]
    return max(mentions)[1] if mentions else None


def demonym_country(doc: Doc, token: Token) -> int | None:
    """The country a demonym modifying ``token`` names ("an Indian proposal", "Saudi-led
    warplanes"), which gains that word as a mention."""
    lex = load()
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound")]
    modifiers += [g for c in modifiers if c.lemma_ == "lead" for g in c.children if g.dep_ in ("npadvmod", "compound", "amod")]
    for child in (c for c in modifiers if c.i not in (doc._.actor_of_token or {})):  # "Saudi-led warplanes": Saudi Arabia's
        country = lex.demonym(child.text)
        if country is not None:
            return country_mention(doc, country, doc[child.i : child.i + 1])
    return None


def _home_country(doc: Doc, token: Token) -> int | None:
    """"his country" is the country of whoever "his" is; "the government of Sindh province" is
    the government of the country that place is in."""
    owners = doc._.actor_of_token or {}
    actors = doc._.actors or []
    poss = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON" and c.i in owners), None)
    iso3 = actors[owners[poss.i]].country if poss is not None else None
    country = load().countries.get(iso3 or "")
    if country is not None and poss is not None:
        return country_mention(doc, country, doc[poss.i : token.i + 1])
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None and token.lemma_ == "government" else None
    named = next((t for t in ([pobj] + [c for c in pobj.children if c.dep_ == "compound"] if pobj is not None else [])
                  if t.i in owners), None)  # "of Iraq", "of Sindh province"
    place = actors[owners[named.i]] if named is not None else None
    country = load().countries.get(place.country or "") if place is not None and place.kind in ("country", "place") else None
    return ActorTable.from_doc(doc).add_actor(government_of(country), doc[token.left_edge.i : pobj.right_edge.i + 1]) \
        if country is not None and pobj is not None else None



def country_mention(doc: Doc, country: Country, words: Span) -> int:
    """``words`` name ``country`` (a demonym, "his country", "we" of its official)."""
    return ActorTable.from_doc(doc).add_actor(country_actor(country), words)



def country_of(doc: Doc, actor: int | None) -> str | None:
    return (doc._.actors or [])[actor].country if actor is not None else None


def codable(doc: Doc, index: int | None) -> int | None:
    """A participant an event coder can name: an unnamed group of no known country ("foreign
    officials", "critics") is nobody in particular, a place of no known country ("the Europe
    Bridge") nowhere in particular."""
    actor = (doc._.actors or [])[index] if index is not None else None
    return None if actor is not None and actor.kind in ("group", "place") and not actor.country and not actor.code else index


def is_commentator(doc: Doc, index: int | None) -> bool:
    """"Experts", "analysts", "critics": an unnamed group of no country and no sector speaks
    about events rather than takes part ("protesters" are civilians, "officials" government)."""
    actor = (doc._.actors or [])[index] if index is not None else None
    return actor is not None and actor.kind == "group" and not (actor.country or actor.code or actor.sector)


def partner_country(doc: Doc, subject: Token, source: int | None) -> int | None:
    """A second country named by a demonym coordinated with the doer's ("*French* and
    Egyptian warships"), as the country actor that demonym mentions."""
    own = country_of(doc, source)
    for word in (t for t in phrase_words(subject) if t.dep_ == "amod" and any(c.dep_ == "conj" for c in t.children)
                 or t.dep_ == "conj" and t.head.dep_ == "amod"):
        country = load().demonym(word.text)
        if country is not None and country.iso3 != own:
            return country_mention(doc, country, doc[word.i : word.i + 1])
    return None


def is_state_actor(doc: Doc, index: int | None) -> bool:
    """A country's, or an intergovernmental organisation's ("the UN Secretary-General called
    for a ceasefire" acts as a government's call does)."""
    return _of_a_state((doc._.actors or [])[index] if index is not None else None)
