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


def parsed(rows: str) -> Doc:
    """A hand-built parse, one token a line: ``word lemma POS TAG dep head`` (head: index of the
    head token, or the token's own index for the root). Rule helpers are tested on these, so a
    test says exactly which parse the rule reads, whatever the model would do."""
    import spacy

    lines = [line.split() for line in rows.strip().splitlines()]
    words, lemmas, pos, tags, deps, heads = zip(*[(w, lem, p, t, d, int(h)) for w, lem, p, t, d, h in lines])
    return Doc(spacy.blank("en").vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps),
               heads=list(heads))
