"""The two sides of an exchange: "they", "the two", "both sides" stand for the last two
actors named, and coordinated doers of a reciprocal act are each other's targets."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.lexicons import load
from newsgraph.lexicons.events import CameoCode, load_events
from newsgraph.nlp.speakers import is_cue, subject_of


def plural_subject(trigger: Token) -> bool:
    """A subject that names the two sides of the last exchange, without naming them."""
    subject = subject_of(trigger)
    owners = trigger.doc._.actor_of_token or {}
    return subject is not None and subject.lower_ in load().words("pair") and subject.i not in owners



def is_reciprocal(code: CameoCode) -> bool:
    """Acts two parties do together: coordinated doers are each other's targets."""
    return bool({code.plover, code.code[:3]}.intersection(load_events().convention("symmetric")))



def pair_says_they(trigger: Token) -> bool:
    """"Both sides … said *they* planned to reopen consulates": the pair, whatever "they" was
    resolved to on its own."""
    subject = subject_of(trigger)
    clause = subject.head if subject is not None else trigger
    return subject is not None and subject.lower_ == "they" and clause.dep_ == "ccomp" \
        and is_cue(clause.head) and plural_subject(clause.head)



def last_two_people(doc: Doc, before: Token, kinds: tuple[str, ...] = ("person", "country", "government")
                     ) -> tuple[int | None, int | None]:
    """The two people or states named last before ``before``: who "the two", "both sides" or
    "they" are."""
    actors = doc._.actors or []
    starts = sorted(((s, i) for i, a in enumerate(actors) if a.kind in kinds
                     for s, _ in a.mentions if s < before.idx), reverse=True)
    found: list[int] = []
    for _, index in starts:
        if index not in found:
            found.append(index)
        if len(found) == 2:
            return found[1], found[0]
    return None, None
