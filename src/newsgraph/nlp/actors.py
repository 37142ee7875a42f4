"""The ``newsgraph_actors`` component: one actor per real-world entity, with all its mentions.

Mentions come from spaCy's entities and from our lexicon (seats of power, IGOs, countries,
known organisations); each is classified by the lexicon first and the entity label second.
People then gain titles and affiliations (``titles.py``) and the mentions that name them
only in part: surnames, title-only phrases and pronouns (``coref.py``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.lexicons import Country, Lexicon, load
from newsgraph.nlp import coref, titles
from newsgraph.nlp.actor_table import ActorTable, country_actor, government_of
from newsgraph.nlp.extensions import register
from newsgraph.nlp.spans import ensure_sentences, trim
from newsgraph.sources.places import resolve_place

_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_AGENT_DEPS = {"nsubj", "nsubjpass", "agent"}


@Language.factory(
    "newsgraph_actors",
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.actors", "doc._.actor_of_token"],
)
def make_actors(nlp: Language, name: str) -> ActorFinder:
    return ActorFinder(nlp, name)


class ActorFinder:
    """Finds actors; all world knowledge comes from ``newsgraph.lexicons``."""

    def __init__(self, nlp: Language, name: str = "newsgraph_actors") -> None:
        register()
        self.name = name
        self.lex: Lexicon = load()
        phrases = self.lex.phrases()
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        for category in ("entity", "country", "adjective", "people", "capital"):
            self.names.add(category, [nlp.make_doc(p) for p in phrases.get(category, []) if p])
        self.roles = PhraseMatcher(nlp.vocab, attr="LOWER")
        for category in ("role", "group"):
            self.roles.add(category, [nlp.make_doc(p) for p in phrases.get(category, []) if p])

    def __call__(self, doc: Doc) -> Doc:
        ensure_sentences(doc)
        actors = ActorTable(doc, self.lex)
        role_spans = [doc[s:e] for _, s, e in self.roles(doc)]
        people = _person_spans(doc, role_spans, self.lex)
        for span in people:
            actors.add_person(span)
        for span in self._named_spans(doc, people, role_spans):
            self._classify(actors, span)
        titles.attach(actors, role_spans, people)
        coref.resolve_acronyms(actors)
        coref.resolve_surnames(actors)
        coref.resolve_titles(actors, role_spans)
        coref.add_national_bodies(actors, role_spans)
        coref.add_located_groups(actors)
        coref.add_groups(actors, role_spans)
        coref.resolve_pronouns(actors)
        doc._.actors, doc._.actor_of_token = actors.finish()
        return doc

    def _named_spans(self, doc: Doc, people: list[Span], role_spans: list[Span]) -> list[Span]:
        """Non-person names: lexicon matches win over overlapping entities of equal length."""
        lexical = [doc[s:e] for _, s, e in self.names(doc)]
        ents = [trim(e) for e in doc.ents if e.label_ in _LABELS and e.label_ != "PERSON"]
        taken = {i for p in people for i in range(p.start, p.end)}
        named = {i for s in lexical + ents for i in range(s.start, s.end)}
        misspelt = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.pos_ == "PROPN" and t.i not in named
                    and t.i not in taken and self.lex.country_misspelled(t.text) is not None]  # "Ethopia", untagged
        spans = filter_spans(lexical + [e for e in ents if len(e)] + misspelt)
        return [s for s in spans if not taken.intersection(range(s.start, s.end)) and not _cut_by_role(s, role_spans)]

    def _classify(self, actors: ActorTable, span: Span) -> None:
        """Lexicon entity, country, capital, else spaCy's label decides what a name is."""
        text = span.text
        lex = self.lex
        if _ends_in_demonym_modifier(span, lex):
            return  # "[Radical French] farmers": no organisation, a demonym on a group
        if (entity := lex.entity(text)) is not None:
            actors.add(f"E:{entity.name}", span, name=entity.name, kind=entity.kind, country=entity.country,
                       sector=entity.sector, org_type=entity.org_type, code=entity.code)
        elif (country := lex.country(text)) is not None:
            if lex.demonym(text) is not None:
                return  # "Russian" modifies something else; titles.py reads it as a demonym
            if text in country.people and (home := _other_demonym_before(span, country, lex)) is not None:
                start = span.start - 1  # "Bosnian Serbs": a people of one country living in another
                actors.add(f"L:{home.iso3}:{text.lower()}", span.doc[start : span.end], name=span.doc[start : span.end].text,
                           kind="group", country=home.iso3)
                return
            if text in country.people and span.start > 0 and span.doc[span.start - 1].lower_ == "ethnic":
                start = span.start - 1  # "ethnic Albanians" in Serbia are no state: located by their events
                actors.add(f"L:ethnic:{text.lower()}", span.doc[start : span.end], name=span.doc[start : span.end].text,
                           kind="group")
                return
            actors.add_info(country_actor(country), span)
        elif (country := lex.country_of_capital(text)) is not None:
            if (span.root.dep_ in _AGENT_DEPS or span.root.head.dep_ == "agent") and not text.isupper():  # "Beijing said": the government; "BEIJING —" is a dateline
                actors.add_info(government_of(country), span)
            else:
                self._add_place(actors, span)
        elif span.label_ in ("GPE", "ORG") and len(span) == 1 and not resolve_place(text) \
                and (country := lex.country_misspelled(text)) is not None:  # "Ethopia", "Phillipines"
            actors.add_info(country_actor(country), span)
        elif span.text in actors.place_names or (span.label_ == "NORP" and span.root.dep_ == "pobj" and resolve_place(text)):
            self._add_place(actors, span)  # spaCy's label wavers ("Crimea" as ORG once, "near Samarra" as NORP)
        elif span.label_ == "ORG" or (not span.label_ and span.root.pos_ == "PROPN"):
            self._add_organization(actors, span)
        elif span.label_ == "FAC":  # a facility ("Tiananmen Square", "the Europe Bridge") is somewhere, not someone
            span, located = self._split_located(actors, span)
            self._add_place(actors, span, located)
        elif span.label_ in ("GPE", "LOC"):
            self._add_place(actors, span)

    def _add_place(self, actors: ActorTable, span: Span, country: str | None = None) -> None:
        """A place; "The Hague" keeps the article that is part of its name."""
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].lower_ == "the" and resolve_place(f"The {span.text}"):
            span = doc[span.start - 1 : span.end]
        text = span.text.title() if span.text.isupper() else span.text[0].upper() + span.text[1:]
        actors.add(f"P:{text.lower()}", span, name=text, kind="place", country=resolve_place(text) or country)

    def _split_located(self, actors: ActorTable, span: Span) -> tuple[Span, str | None]:
        """"the Golden Temple in Amritsar": the name before "in", and the country of the place
        after it, which becomes a place of its own."""
        at = next((t.i for t in span[1:-1] if t.lower_ == "in"), None)
        located = resolve_place(span.doc[at + 1 : span.end].text) if at is not None else None
        if at is None or not located:
            return span, None
        self._add_place(actors, span.doc[at + 1 : span.end])
        return span.doc[span.start : at], located

    def _add_organization(self, actors: ActorTable, span: Span) -> None:
        span, located = self._split_located(actors, span)
        full = span
        place, span = _split_place_prefix(span, self.lex)
        owner = self.lex.country(place.text) if place is not None else self.lex.country(span[0].text)
        owner = owner or self.lex.countries.get(located or "")
        if owner is None and (found := _owner_before(span, self.lex)) is not None:
            owner, full = found  # "Iran's [Foreign Ministry]", "the Estonian [Foreign Ministry]"
        if owner is None and span.start >= 2 and span.doc[span.start - 1].text in ("'s", "\u2019s"):
            before = actors.actor_at(span.start - 2)  # "The Ivory Coast's [Supreme Court]"
            if before is not None and actors.items[before].kind == "country":
                owner = self.lex.countries.get(actors.items[before].country or "")
        if place is not None and owner is None:
            self._add_place(actors, place)
        if (entity := self.lex.entity(span.text)) is not None and owner is None:
            actors.add(f"E:{entity.name}", span, name=entity.name, kind=entity.kind, country=entity.country,
                       sector=entity.sector, org_type=entity.org_type, code=entity.code)
            return
        sector = org_type = None
        for token in span:
            if (found := self.lex.org_keyword(token.text)) is not None:
                sector, org_type = found
        name = full.text if owner is not None else span.text  # "Iran's Foreign Ministry": that country's body
        if full.start <= span.start and all(actors.actor_at(i) is None for i in range(full.start, full.end)):
            span = full
        actors.add(f"O:{name.lower()}", span, name=name, kind="organization",
                   sector=sector, org_type=org_type, country=owner.iso3 if owner else None)


def _cut_by_role(span: Span, role_spans: list[Span]) -> bool:
    """A name a title overlaps without lying inside it is the title's ("State" in "Secretary of
    State"); a role word inside a name is the name's ("Workers" in "Kurdistan Workers' Party")."""
    return any(r.start < span.end and span.start < r.end and not (span.start <= r.start and r.end <= span.end)
               for r in role_spans)


def _owner_before(span: Span, lex: Lexicon) -> tuple[Country, Span] | None:
    """The country written just before an organisation's name, which spaCy left outside it."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].text in ("'s", "\u2019s") and (country := lex.country(doc[start - 2].text)):
        return country, doc[start - 2 : span.end]
    if start >= 1 and (country := lex.demonym(doc[start - 1].text)):
        return country, doc[start - 1 : span.end]
    return None


def _split_place_prefix(span: Span, lex: Lexicon) -> tuple[Span | None, Span]:
    """"Washington's Brookings Institution" names the institution, at a place."""
    for i, token in enumerate(span[:-1]):
        if token.text in ("'s", "\u2019s") and i + 1 < len(span):
            head = span[:i]
            if lex.country(head.text) or lex.country_of_capital(head.text) or resolve_place(head.text):
                return Span(span.doc, head.start, head.end, label="GPE"), span[i + 1 :]
    return None, span


def _person_spans(doc: Doc, role_spans: list[Span], lex: Lexicon) -> list[Span]:
    """PERSON entities without the titles spaCy sometimes folds in ("President Barack Obama")."""
    spans = []
    titled_at = {r.end for r in role_spans if r[0].text[:1].isupper() and _is_title(lex, r)}
    for ent in doc.ents:
        if ent.label_ != "PERSON" and not _titled_name(ent, titled_at, lex) and not _honorific_name(ent):
            continue
        span = trim(ent)
        for role in role_spans:
            if span.start <= role.start < span.end and role.end < span.end and role.start == span.start:
                span = doc[role.end : span.end]
        while len(span) > 1 and (lex.country(span[0].text) is not None or span[0].lower_.rstrip(".") in lex.words("honorific")):
            span = span[1:]  # "Russian Vladimir Putin", "Mr Blair": the name is what follows
        if lex.country(span.text) or lex.country_of_capital(span.text) or lex.entity(span.text):
            continue  # spaCy's PERSON "Tallinn" is the capital, "Sri Lanka" the country, "Twitter" a company
        if all(t.is_lower for t in span if t.is_alpha):
            continue  # spaCy's PERSON "jabbed": a name has a capital
        if len(span) and any(t.is_alpha for t in span) and span.root.pos_ != "PRON":
            spans.append(span)
    return spans


def _honorific_name(ent: Span) -> bool:
    """spaCy's ORG or GPE "Mr Blair": an honorific makes it a person."""
    return len(ent) >= 2 and ent[0].lower_.rstrip(".") in load().words("honorific") and ent[1].text[:1].isupper()


def _is_title(lex: Lexicon, role: Span) -> bool:
    found = lex.role(role.text)
    return found is not None and found.kind == "title"


def _titled_name(ent: Span, titled_at: set[int], lex: Lexicon) -> bool:
    """"Vice-President Moody Awori" tagged ORG: a two- or three-word proper name right after a
    person's title is a person, unless the lexicon knows it as something else."""
    return (ent.label_ == "ORG" and ent.start in titled_at and 2 <= len(ent) <= 3
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)
            and lex.entity(ent.text) is None)


def _other_demonym_before(span: Span, country: Country, lex: Lexicon) -> Country | None:
    """The other country whose adjective stands right before a people's name ("*Bosnian* Serbs",
    "*Kosovo* Albanians"): event coders code such a group by where it lives."""
    if span.start == 0:
        return None
    word = span.doc[span.start - 1].text
    home = lex.demonym(word)
    return home if home is not None and home.iso3 != country.iso3 else None


def _ends_in_demonym_modifier(span: Span, lex: Lexicon) -> bool:
    """spaCy's ORG "Radical French" in "Radical French farmers": a phrase modifying a noun after
    it and ending in a country's adjective names no organisation."""
    head = span.root.head
    return (span.label_ == "ORG" and span.root.dep_ in ("amod", "compound") and head.pos_ == "NOUN"
            and head.i >= span.end and lex.demonym(span[-1].text) is not None)
