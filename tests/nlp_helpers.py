"""Small lookups the component tests share (imported by them; pytest puts tests/ on the path)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.extensions import ActorInfo


def actor_named(doc: Doc, name: str) -> ActorInfo:
    found = [a for a in doc._.actors if a.name == name]
    assert len(found) == 1, (name, [a.name for a in doc._.actors])
    return found[0]


def mention_texts(doc: Doc, actor: ActorInfo) -> list[str]:
    return [doc.text[s:e] for s, e in actor.mentions]
