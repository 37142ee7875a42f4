"""The one table of a document's actors: who they are, their mentions, which token is whose.

The actors component builds it (``ActorTable(doc, lex)``, then ``finish()`` into
``doc._.actors`` and ``doc._.actor_of_token``); coreference and titles add to it while it is
built; the events component reopens it (``ActorTable.from_doc``) to add the actors its coding
conventions name. Every mention goes through one ``add_mention``; countries and governments
are made by one constructor each; ``named_actor`` is the one answer to "which actor does this
phrase name", on which the events' participant resolver builds.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.lexicons import Country, Lexicon, load
from newsgraph.nlp.extensions import ActorInfo

_INSTITUTIONS = {"organization", "government", "igo"}
_NAMING_DEPS = ("compound", "poss", "amod", "nmod", "pobj", "appos")


class ActorTable:
    """Actor keys to ``ActorInfo``, plus which token belongs to which actor."""

    def __init__(self, doc: Doc, lex: Lexicon, items: list[ActorInfo] | None = None,
                 token_actor: dict[int, int] | None = None) -> None:
        self.doc = doc
        self.lex = lex
        self.items: list[ActorInfo] = items if items is not None else []
        self.by_key: dict[str, int] = {actor.key: i for i, actor in enumerate(self.items)}
        self.token_actor: dict[int, int] = token_actor if token_actor is not None else {}
        self.finished = items is not None  # a finished table keeps every actor's mentions sorted
        self.place_names = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}

    @classmethod
    def from_doc(cls, doc: Doc) -> ActorTable:
        """The finished table of ``doc``, reopened: what is added lands in ``doc._.actors``."""
        return cls(doc, load(), doc._.actors, doc._.actor_of_token)

    def add(self, key: str, span: Span, *, name: str, kind: str, nested: bool = False, **attrs: str | None) -> int:
        """The actor with ``key`` (made if new), gaining ``span`` and any attribute it lacks."""
        index = self.by_key.get(key)
        if index is None:
            index = len(self.items)
            self.by_key[key] = index
            self.items.append(ActorInfo(key=key, name=name, kind=kind))
        actor = self.items[index]
        for attr, value in attrs.items():
            if value and not getattr(actor, attr):
                setattr(actor, attr, value)
        self.add_mention(index, span, nested=nested)
        return index

    def add_info(self, info: ActorInfo, span: Span) -> int:
        """``add`` with the key and attributes of a made actor (``country_actor``, ``government_of``)."""
        return self.add(info.key, span, name=info.name, kind=info.kind, country=info.country, sector=info.sector,
                        org_type=info.org_type, code=info.code)

    def add_actor(self, actor: ActorInfo, span: Span) -> int:
        """``actor`` (by its key: an actor already there keeps its attributes) gains ``span``,
        whoever else its words name ("his" in "his country" stays the person's)."""
        index = self.by_key.get(actor.key)
        if index is None:
            index = len(self.items)
            self.by_key[actor.key] = index
            self.items.append(actor)
        self.add_mention(index, span, nested=True)
        return index

    def add_mention(self, index: int, span: Span, *, nested: bool = False) -> None:
        """Record a mention. Words already someone else's are refused, unless ``nested``:
        "the president of Russia" names Putin while "Russia" stays the country's mention."""
        owned = [i for i in range(span.start, span.end) if self.token_actor.get(i, index) != index]
        if owned and not nested:
            return
        pair = (span.start_char, span.end_char)
        if pair not in self.items[index].mentions:
            self.items[index].mentions.append(pair)
        if self.finished:
            self.items[index].mentions.sort()
        for i in range(span.start, span.end):
            self.token_actor.setdefault(i, index)

    def add_person(self, span: Span) -> int:
        """Full names are keys; a lone surname waits for ``coref.resolve_surnames``."""
        name = span.text
        return self.add(f"PER:{name.lower()}", span, name=name, kind="person")

    def actor_at(self, token_i: int) -> int | None:
        return self.token_actor.get(token_i)

    def merge(self, source: int, target: int) -> None:
        """``source``'s mentions become ``target``'s; ``source`` is left with none."""
        mentions = self.items[source].mentions
        self.items[source].mentions = []
        for token_i, owner in list(self.token_actor.items()):
            if owner == source:
                del self.token_actor[token_i]
        for start, end in mentions:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                self.add_mention(target, span)

    def finish(self) -> tuple[list[ActorInfo], dict[int, int]]:
        """Drop actors left without mentions (merged away) and renumber the token map."""
        keep = [i for i, a in enumerate(self.items) if a.mentions]
        renumber = {old: new for new, old in enumerate(keep)}
        for i in keep:
            self.items[i].mentions.sort()
        items = [self.items[i] for i in keep]
        tokens = {t: renumber[a] for t, a in self.token_actor.items() if a in renumber}
        return items, tokens


def country_actor(country: Country) -> ActorInfo:
    """A country as an actor: named by its name, coded by its ISO code."""
    return ActorInfo(key=f"C:{country.iso3}", name=country.name, kind="country", country=country.iso3,
                     code=country.iso3)


def government_of(country: Country) -> ActorInfo:
    """A country's government ("the Kremlin", "Beijing said"), coded as CAMEO codes it (RUSGOV)."""
    return ActorInfo(key=f"G:{country.iso3}", name=f"Government of {country.name}", kind="government",
                     country=country.iso3, sector="GOV", org_type="government", code=f"{country.iso3}GOV")


def named_actor(doc: Doc, phrase: Token) -> int | None:
    """The actor a phrase refers to: its head's, else an institution that one of its naming
    modifiers names ("A Kremlin statement" -> the Kremlin). Words of a participle hung on it
    are not its own ("refugees fleeing the war in Liberia" names no Liberia)."""
    owners = doc._.actor_of_token or {}
    if phrase.i in owners:
        return owners[phrase.i]
    actors = doc._.actors or []
    hung = {t.i for c in phrase.subtree if c.i != phrase.i and participial(c) for t in c.subtree}
    for token in (t for t in phrase.subtree if t.i not in hung):
        if token.i in owners and token.dep_ in _NAMING_DEPS and actors[owners[token.i]].kind in _INSTITUTIONS:
            return owners[token.i]
    return None


def participial(clause: Token) -> bool:
    """"refugees *fleeing* the war": a participle hung on a noun, with no subject of its own;
    the names inside it are not the noun's."""
    return clause.dep_ == "acl" and clause.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)


def is_state_actor(actor: ActorInfo | None) -> bool:
    """Of a state: an actor with a country, or an intergovernmental organisation ("the UN
    Secretary-General called for a ceasefire" acts as a government's call does)."""
    return actor is not None and (bool(actor.country) or (actor.code or "").startswith("IGO"))


def speaks_for_state(actor: ActorInfo, office: tuple[str, ...]) -> bool:
    """Speaking for a state: a country, a government or an IGO, or a person of one of the
    ``office`` sectors (``coding.tsv``: speaks_for_state) with a known country. Narrower than
    ``is_state_actor``: a country's analyst is of a state but does not speak for it."""
    return actor.kind in ("country", "government", "igo") or (actor.sector in office and bool(actor.country or actor.code))
