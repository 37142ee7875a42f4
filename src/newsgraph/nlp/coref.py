"""Rule-based in-document coreference: no model can be downloaded, and news style is regular.

After the first full mention, news writes a person by surname ("said Shapiro"), by title
("the Russian president", "the president of Russia") or by pronoun. Each rule links such a
mention to the nearest compatible actor already named, and never across more than a few
sentences for pronouns.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.lexicons import Country
from newsgraph.lexicons.people import role_code, surname_code
from newsgraph.nlp.actor_table import ActorTable
from newsgraph.nlp.spans import quoted_tokens, sentence_index

_PERSONAL = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_PLURAL = {"they", "them", "their", "themselves"}
_PRONOUN_WINDOW = 3  # sentences back
_AGENT_DEPS = {"nsubj", "nsubjpass"}
#: Where an unnamed located group can stand: as the one who acts or as the one acted on.
_GROUP_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}


def resolve_surnames(actors: ActorTable) -> None:
    """Merge one-word names into the full-name person they abbreviate, then claim the bare
    surname tokens spaCy left untagged or tagged as something else ("Shapiro" as ORG)."""
    surnames: dict[str, list[int]] = {}
    for i, actor in enumerate(actors.items):
        parts = actor.name.split()
        if actor.kind == "person" and len(parts) > 1:
            surnames.setdefault(parts[-1], []).append(i)
    family_first: dict[str, list[int]] = {}  # "Mr. Lou" is Lou Jiwei: Chinese names put the family name first
    for i, actor in enumerate(actors.items):
        parts = actor.name.split()
        if actor.kind == "person" and len(parts) == 2 and parts[0] not in surnames:
            family_first.setdefault(parts[0], []).append(i)
    for i, actor in enumerate(actors.items):
        if actor.kind == "person" and len(actor.name.split()) == 1 and actor.name not in surnames:
            surnames[actor.name] = [i]  # "Trump" alone: spaCy's ORG "Trump" elsewhere is the same man
    for i, actor in enumerate(actors.items):
        found = [c for c in surnames.get(actor.name, []) if c != i] or \
            (family_first.get(actor.name, []) if actor.kind == "person" else []) or surnames.get(actor.name)
        if len(actor.name.split()) == 1 and found and actor.kind in ("person", "organization", "place"):
            target = _nearest(actors, found, actor.mentions[0][0] if actor.mentions else 0)
            if target != i:
                actors.merge(i, target)
    for token in actors.doc:
        if token.text in surnames and token.pos_ == "PROPN" and actors.actor_at(token.i) is None:
            actors.add_mention(_nearest(actors, surnames[token.text], token.idx), actors.doc[token.i : token.i + 1])


def resolve_acronyms(actors: ActorTable) -> None:
    """"The Palestinian Authority (PA) ... shared information with the PA": an upper-case
    abbreviation in brackets right after a name is defined by the text as that name, so its
    later uses are mentions of the same actor (an actor spaCy made of the bare abbreviation
    merges in)."""
    doc = actors.doc
    defined: dict[str, int] = {}
    for index, actor in enumerate(actors.items):
        if actor.kind == "person":
            continue
        for _, end in list(actor.mentions):
            after = doc.char_span(end, min(len(doc.text), end + 12), alignment_mode="expand")
            if after is not None and len(after) >= 3 and after[0].text == "(" and after[2].text == ")" \
                    and after[1].text.isupper() and after[1].is_alpha and 2 <= len(after[1]) <= 6:
                defined.setdefault(after[1].text, index)
    for token in doc:
        index = defined.get(token.text)
        if index is None:
            continue
        owner = actors.actor_at(token.i)
        if owner is None:
            actors.add_mention(index, doc[token.i : token.i + 1])
        elif owner != index and actors.items[owner].name == token.text:
            actors.merge(owner, index)


def _nearest(actors: ActorTable, candidates: list[int], char: int) -> int:
    """The candidate mentioned most recently before ``char``, else the first mentioned."""
    best, best_pos = candidates[0], -1
    for index in candidates:
        before = [s for s, _ in actors.items[index].mentions if s <= char]
        if before and max(before) > best_pos:
            best, best_pos = index, max(before)
    return best



def resolve_titles(actors: ActorTable, role_spans: list[Span]) -> None:
    """"the Russian president" / "the president of Russia" -> the person holding that title
    for that country; an official never named gets an actor of its own."""
    doc = actors.doc
    for role in role_spans:
        found = actors.lex.role(role.text)
        if found is None or found.kind != "title" or role.root.tag_ in ("NNS", "NNPS"):
            continue
        if any(actors.actor_at(i) is not None for i in range(role.start, role.end)):
            continue
        named = role.end + (role.end < len(doc) and doc[role.end].text == ",")
        if named < len(doc) and actors.actor_at(named) is not None and actors.items[actors.actor_at(named)].kind == "person":
            continue  # a title in front of a name ("the finance minister, Lou Jiwei"): titles.py has it
        start, end, country = _title_phrase(actors, role)
        span = doc[start:end]
        if start == role.start:
            continue  # "a former diplomat" introduces someone, it refers to no one
        target = _title_holder(actors, role.text.lower(), country, span.start_char)
        if country is None and target is not None and len(_holders(actors, role.text.lower(), None)) > 1:
            continue  # "the president" with two presidents in the story: too vague to link
        if target is None and country is not None:
            adjective = actors.lex.countries[country].adjectives[0]
            target = actors.add(f"T:{role.text.lower()}:{country}", span, name=f"{adjective} {role.text.lower()}",
                                kind="person", country=country, sector=found.sector, nested=True)
            actors.items[target].titles.append(span.text)
        elif target is not None:
            actors.add_mention(target, span, nested=True)
    _name_unnamed_officials(actors)


def _name_unnamed_officials(actors: ActorTable) -> None:
    """"The Chinese finance minister jabbed back … The finance minister, Lou Jiwei, said": an
    official first met by title alone is the one person the story later names with that title."""
    for i, official in enumerate(actors.items):
        if not official.key.startswith("T:") or not official.mentions:
            continue
        role = official.key.split(":")[1]
        named = [j for j in _holders(actors, role, None) if j != i and not actors.items[j].key.startswith("T:")
                 and actors.items[j].country in (None, official.country)]
        if len(named) == 1:
            person = actors.items[named[0]]
            person.country = person.country or official.country
            person.sector = person.sector or official.sector
            person.titles.extend(t for t in official.titles if t not in person.titles)
            actors.merge(i, named[0])


def _title_phrase(actors: ActorTable, role: Span) -> tuple[int, int, str | None]:
    """Extend a role to "the [demonym] role [of Country]" and read the country off it."""
    doc = role.doc
    start, end, country = role.start, role.end, None
    if start > 0 and (found := actors.lex.demonym(doc[start - 1].text)) is not None:
        country, start = found.iso3, start - 1
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        owner = actors.actor_at(end + 1)
        if owner is not None and actors.items[owner].kind == "country":
            country = actors.items[owner].country
            end += 1
            while end < len(doc) and actors.actor_at(end) == owner:
                end += 1
    if start > 0 and doc[start - 1].lower_ == "the":
        return start - 1, end, country
    return role.start, role.end, None


def _title_holder(actors: ActorTable, role: str, country: str | None, char: int) -> int | None:
    candidates = _holders(actors, role, country)
    return _nearest(actors, candidates, char) if candidates else None


def _holders(actors: ActorTable, role: str, country: str | None) -> list[int]:
    return [
        i for i, a in enumerate(actors.items)
        if a.kind == "person" and any(t.lower().endswith(role) for t in a.titles)
        and (country is None or a.country == country)
    ]


def add_national_bodies(actors: ActorTable, role_spans: list[Span]) -> None:
    """"Russian troops", "his Russian counterpart", "Ukrainian officials": a demonym before a
    role stands for that country's body (sector from the role: troops MIL, officials GOV)."""
    doc = actors.doc
    for role in role_spans:
        found = actors.lex.role(role.text)
        if found is None or role.start == 0 or any(actors.actor_at(i) is not None for i in range(role.start, role.end)):
            continue
        before = next((t for t in reversed(doc[max(0, role.start - 3) : role.start])
                       if _demonym(actors, t.text)), None)
        if before is None or any(t.is_punct or t.pos_ in ("VERB", "DET") for t in doc[before.i + 1 : role.start]):
            continue  # "Afghan rebel leaders" yes; "Afghan, said leaders" no
        country = actors.lex.country(before.text)
        if role.end < len(doc) and actors.actor_at(role.end) is not None:
            continue  # "Russian Foreign Minister Sergey Lavrov": titles.py has it
        if found.kind != "group" and (role.root.dep_ in ("appos", "attr") or role.root.dep_ not in _AGENT_DEPS and any(
                c.lower_ in ("a", "an") for c in role.root.children if c.dep_ == "det")):
            continue  # "Solberg, a former Norwegian diplomat" describes a named person; "An Argentine judge ordered" acts
        between = [r.sector for t in doc[before.i + 1 : role.start]  # "rebel" is what "rebels" are
                   if (r := actors.lex.role(t.text) or actors.lex.role(f"{t.text}s")) is not None and r.sector]
        sector = (between or [found.sector or "GOV"])[0]  # "Afghan *rebel* leaders" lead rebels
        name = " ".join([before.text] + [t.lower_ for t in doc[before.i + 1 : role.end]])  # "Afghan rebel leaders"
        kind = "group" if found.kind == "group" else "person"
        if country is None:  # "European leaders": a region, coded as CAMEO codes regions (EURGOV)
            region = actors.lex.region(before.text)
            actors.add(f"N:{region}:{sector}:{role.text.lower()}", doc[before.i : role.end], name=name,
                       kind=kind, sector=sector, code=f"{region}{sector}")
            continue
        actors.add(f"N:{country.iso3}:{sector}:{role.text.lower()}", doc[before.i : role.end], name=name,
                   kind=kind, country=country.iso3, sector=sector)


def _demonym(actors: ActorTable, word: str) -> bool:
    return actors.lex.demonym(word) is not None or actors.lex.region(word) is not None


def add_located_groups(actors: ActorTable) -> None:
    """Unnamed collective agents placed by a demonym or a country: "Iraqi Kurds demonstrated",
    "French paper workers blocked", "Rebels in the Ivory Coast dismissed". They act for
    events, so they get the country; their sector stays unknown unless the lexicon has it."""
    doc = actors.doc
    for token in doc:
        if token.dep_ not in _GROUP_DEPS or token.tag_ not in ("NNS", "NNPS") or actors.actor_at(token.i) is not None:
            continue
        found = _demonym_before(actors, token)
        country, start = (found[0].iso3, found[1]) if found is not None else (None, token.i)
        end = token.i + 1
        head = token  # the group noun; after a number, what it counts: "thousands of students"
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and token.ent_type_ == "CARDINAL":
            head = next((c for c in of.children if c.dep_ == "pobj"), token)
        if country is None and token.dep_ in ("nsubj", "nsubjpass"):
            prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "from", "throughout")), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            owner = actors.actor_at(pobj.i) if pobj is not None else None
            if owner is not None and actors.items[owner].kind == "country":
                country = actors.items[owner].country  # "thousands of students throughout Indonesia"
            elif pobj is not None and pobj.lower_ in actors.lex.words("administration"):  # "officials in the Obama administration"
                country = next((_leader_country(actors, o) for c in pobj.children if c.dep_ == "compound"
                                and (o := actors.actor_at(c.i)) is not None and actors.items[o].kind == "person"), None)
            if country is None:
                continue
            end = head.i + 1
        if country is None:
            continue
        role = actors.lex.role(head.text) or next(  # "opposition groups", "rebel forces"
            (r for c in head.lefts if c.dep_ == "compound" and (r := actors.lex.role(c.text)) is not None), None)
        if role is None and head.tag_ != "NNPS":
            continue  # "Palestinian riots", "Israeli policies" are no people; "Iraqi Kurds" are
        start = min([start] + [c.i for c in token.lefts if c.dep_ == "compound"])
        name = doc[start:end].text
        actors.add(f"L:{country}:{head.lemma_.lower()}", doc[start:end], name=name, kind="group",
                   country=country, sector=role.sector if role else None)


def _leader_country(actors: ActorTable, person: int) -> str | None:
    """The country a person's administration governs, from the date-bounded dictionary."""
    actor, day = actors.items[person], actors.doc._.published
    code = role_code(actor.name, day) or surname_code(actor.name, day)
    return actor.country or (code[:3] if code else None)


def _demonym_before(actors: ActorTable, token: Token) -> tuple[Country, int] | None:
    """The nearest country adjective among the three words before ``token``, one or two
    words long ("Iraqi youths", "South Korean army officers", "Sierra Leonean refugees")."""
    doc = actors.doc
    for start in range(token.i - 1, max(token.left_edge.i, token.i - 4) - 1, -1):
        for length in (2, 1):
            words = doc[start : start + length]
            if start + length > token.i or any(actors.actor_at(t.i) is not None for t in words):
                continue
            found = actors.lex.demonym(words.text)
            if found is not None:
                return found, start
    return None



def add_groups(actors: ActorTable, role_spans: list[Span]) -> None:
    """Unnamed collective speakers and agents ("experts warned", "said the analysts")."""
    doc = actors.doc
    for role in role_spans:
        found = actors.lex.role(role.text)
        counted = role.root.dep_ == "pobj" and role.root.head.lower_ == "of" and \
            role.root.head.head.lemma_.lower() in actors.lex.words("collective") and role.root.head.head.dep_ in _AGENT_DEPS
        if found is None or found.kind != "group" or (role.root.dep_ not in _AGENT_DEPS and not counted):
            continue  # "experts warned", "a group of Chechen refugees are continuing a hunger strike"
        if any(actors.actor_at(i) is not None for i in range(role.start, role.end)):
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in role.root.children):
            continue  # "their forces": the possessor's, found once the pronoun is resolved
        start = role.root.head.head.left_edge.i if counted else min(role.root.left_edge.i, role.start)
        end = role.end
        if end < len(doc) and doc[end].lower_ == "of":
            end = doc[end].right_edge.i + 1
        name = (found.plural or found.phrase).lower() if role.root.tag_ not in ("NNS", "NNPS") else role.text.lower()
        actors.add(f"GRP:{name}", doc[start:end], name=name, kind="group", sector=found.sector)


def _named_as_people(actors: ActorTable, token: Token) -> bool:
    country = actors.lex.country(token.text)
    return country is not None and token.text in country.people


def resolve_pronouns(actors: ActorTable) -> None:
    """He/she to the nearest person, they to the nearest group, within a few sentences.
    Outside quotations only names outside quotations count: the "she" of '"…," she said'
    is never a person the speaker mentioned."""
    doc = actors.doc
    sent_of = sentence_index(doc)
    quoted = quoted_tokens(doc)
    last_person: int | None = None
    last_subject: int | None = None  # the last person who was a sentence's subject
    last_group: int | None = None
    for token in doc:
        owner = actors.actor_at(token.i)
        if owner is not None and token.i in quoted:
            continue
        if owner is not None:
            kind = actors.items[owner].kind
            if kind == "person":
                last_person = token.i
                if _main_subject(token):
                    last_subject = token.i
            elif kind == "group" or (kind == "country" and _named_as_people(actors, token)):
                last_group = token.i  # "the Israelis … said they": a people is a "they"
            continue
        lower = token.lower_
        if token.pos_ != "PRON":
            continue
        if lower in _PERSONAL:
            anchor = last_person
            if (_main_subject(token) and last_subject is not None and last_person is not None
                    and sent_of[last_subject] == sent_of[last_person] < sent_of[token.i]):
                anchor = last_subject  # "he" opening a sentence continues the last sentence's subject
        elif lower in _PLURAL:
            anchor = last_group
        else:
            continue
        if anchor is not None and sent_of[token.i] - sent_of[anchor] <= _PRONOUN_WINDOW:
            actors.add_mention(actors.actor_at(anchor), doc[token.i : token.i + 1])  # type: ignore[arg-type]
            if lower in _PERSONAL and _main_subject(token):
                last_subject = last_person = token.i


def _main_subject(token: Token) -> bool:
    """The subject of its sentence's main verb: the usual antecedent of a later "he"."""
    head = token
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT"
