"""Titles and affiliations of people, read from the words around their names.

Two news conventions carry them: a capitalised title before the name ("Russian President
Vladimir Putin", "Secretary of State John Kerry") and an appositive after it ("Heather
Conley, director of the Europe program at the Center for ..."). Which words are titles is
the lexicon's business (``roles.tsv``); this module only reads the positions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsgraph.nlp.actor_table import ActorTable

_APPOSITIVE_STOP = {",", ".", ";", ":", "(", ")", '"', "\u201c", "\u201d", "\u2014", "--", "who", "which", "that"}
_LINKERS = {"at", "of", "with", "for", "from", "in", "the", "a", "an", "'s", "\u2019s"}
_ORG_KINDS = {"organization", "government", "igo"}
_ROLE_LOOKAHEAD = 4


def attach(actors: ActorTable, role_spans: list[Span], people: list[Span]) -> None:
    """Give each named person the titles written around its name."""
    by_end = _longest_by(role_spans, "end")
    by_start = _longest_by(role_spans, "start")
    for person in people:
        index = actors.actor_at(person.start)
        if index is None:
            continue
        role = by_end.get(person.start)
        if role is not None:
            _title_before(actors, index, role)
        elif (role := _title_before_comma(by_end, person)) is not None:
            _title_before(actors, index, role, set_off=True)
        _appositive(actors, index, person, by_start)


def _title_before_comma(by_end: dict[int, Span], person: Span) -> Span | None:
    """"The finance minister, Lou Jiwei, said", "the Chinese envoy, Wang Yi,": a definite
    title set off by a comma before the name is that person's."""
    doc = person.doc
    role = by_end.get(person.start - 1) if person.start >= 2 and doc[person.start - 1].text == "," else None
    if role is None or role.start < 1:
        return None
    before = [doc[i].lower_ for i in range(max(0, role.start - 2), role.start)]
    definite = before[-1:] == ["the"] or (before[:1] == ["the"] and doc[role.start - 1].text[:1].isupper())
    return role if definite else None


def _longest_by(spans: list[Span], edge: str) -> dict[int, Span]:
    result: dict[int, Span] = {}
    for span in spans:
        key = getattr(span, edge)
        if key not in result or len(span) > len(result[key]):
            result[key] = span
    return result


def _title_before(actors: ActorTable, index: int, role: Span, set_off: bool = False) -> None:
    """"Russian President" before a name: the demonym gives the country, the role the sector.
    ``set_off``: the title stands apart, "the finance minister, Lou Jiwei", so case is no clue."""
    doc = role.doc
    start = role.start
    country = None
    if _title_of_body(actors, index, role):
        return
    for back in (1, 2):  # "Russian President", "Nigerian junior foreign minister"
        if start - back < 0 or doc[start - back].is_punct:
            break  # "… in Bosnia, Defense Secretary William Perry said": the comma ends the title
        if doc[start - back].text[:1].isupper():
            found = actors.lex.country(doc[start - back].text)
            if found is not None:
                country, start = found.iso3, start - back
                break
    if country is None and not set_off and not role[0].text[:1].isupper():
        return  # a lower-case role noun before a name is a title only after a demonym
    _add_title(actors, index, doc[start : role.end].text, role, country)


def _title_of_body(actors: ActorTable, index: int, role: Span) -> bool:
    """"U.N. Secretary-General Kofi Annan", "White House spokesman Josh Earnest", "Tory foreign
    affairs spokesman Michael Ancram": a title after a body's name (lower-case words of the
    office between) is held in that body. Its holder acts for an international body, and takes
    a national one's country and sector when the title is in lower case (a capitalised one,
    "Labour MP", keeps its own sector)."""
    doc = role.doc
    first = role.start
    while first > max(0, role.start - 3) and doc[first - 1].is_lower and doc[first - 1].pos_ in ("NOUN", "ADJ"):
        first -= 1  # "foreign affairs"
    body = actors.actor_at(first - 1) if first > 0 else None
    kind = actors.items[body].kind if body is not None else None
    if body is None or kind not in _ORG_KINDS or kind != "igo" and role[0].text[:1].isupper():
        return False
    actor, organisation = actors.items[index], actors.items[body]
    actor.affiliation = actor.affiliation or organisation.name
    if kind == "igo":
        actor.code = actor.code or organisation.code
    else:
        actor.country = actor.country or organisation.country
        actor.sector = actor.sector or organisation.sector
    while first > 0 and actors.actor_at(first - 1) == body:
        first -= 1
    _add_title(actors, index, doc[first : role.end].text, role, None)
    return True


def _appositive(actors: ActorTable, index: int, person: Span, by_start: dict[int, Span]) -> None:
    """", a senior fellow at the Cato Institute, ..." -> title and affiliation."""
    doc = person.doc
    if person.end + 1 >= len(doc) or doc[person.end].text != ",":
        return
    start = person.end + 1
    while start < len(doc) and doc[start].lower_ in ("a", "an", "the"):
        start += 1
    role = next((by_start[i] for i in range(start, min(start + _ROLE_LOOKAHEAD, len(doc))) if i in by_start), None)
    if role is None or any(t.pos_ in ("VERB", "AUX") for t in doc[start : role.start]):
        return  # "Lou Jiwei, suggested that foreign officials …" is no appositive
    end = start
    while end < len(doc) and doc[end].lower_ not in _APPOSITIVE_STOP and "\n" not in doc[end].text:
        end += 1
    org_start, org = _first_organization(actors, doc, max(role.end, start), end)
    title_end = org_start if org is not None else end
    while title_end > start and (doc[title_end - 1].lower_ in _LINKERS or _is_place(actors, title_end - 1)):
        title_end -= 1
    if title_end <= start:
        return
    _add_title(actors, index, doc[start:title_end].text, role, None)
    if org is not None:
        actor, affiliation = actors.items[index], actors.items[org]
        actor.affiliation = actor.affiliation or affiliation.name
        actor.country = actor.country or affiliation.country
        actor.sector = actor.sector or affiliation.sector


def _first_organization(actors: ActorTable, doc: Doc, start: int, end: int) -> tuple[int, int | None]:
    for i in range(start, end):
        owner = actors.actor_at(i)
        if owner is not None and actors.items[owner].kind in _ORG_KINDS:
            return i, owner
    return end, None


def _is_place(actors: ActorTable, token_i: int) -> bool:
    owner = actors.actor_at(token_i)
    return owner is not None and actors.items[owner].kind in ("place", "country")


def _add_title(actors: ActorTable, index: int, title: str, role: Span, country: str | None) -> None:
    actor = actors.items[index]
    if title not in actor.titles:
        actor.titles.append(title)
    found = actors.lex.role(role.text)
    if found is not None and found.sector and not actor.sector:
        actor.sector = found.sector
    if country and not actor.country:
        actor.country = country
