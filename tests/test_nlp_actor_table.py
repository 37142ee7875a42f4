"""The actor table: one add_mention for every component, merges, and a finished table
reopened by the events component."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.lexicons import load
from newsgraph.nlp.actor_table import ActorTable, country_actor, government_of, is_state_actor, speaks_for_state
from newsgraph.nlp.extensions import ActorInfo, register

WORDS = ["the", "president", "of", "Russia", "met", "Putin", "and", "his", "country"]


def _doc() -> Doc:
    register()
    return Doc(spacy.blank("en").vocab, words=WORDS)


def test_words_already_someone_elses_are_refused_unless_nested() -> None:
    doc = _doc()
    table = ActorTable(doc, load())
    russia = table.add_info(country_actor(load().countries["RUS"]), doc[3:4])
    putin = table.add_person(doc[5:6])
    table.add_mention(putin, doc[0:4])  # "the president of Russia": Russia's word is taken
    assert table.items[putin].mentions == [(doc[5].idx, doc[5].idx + 5)]
    table.add_mention(putin, doc[0:4], nested=True)
    assert (doc[0].idx, doc[3].idx + 6) in table.items[putin].mentions
    assert table.actor_at(3) == russia and table.actor_at(0) == putin


def test_merge_moves_mentions_and_finish_drops_the_empty() -> None:
    doc = _doc()
    table = ActorTable(doc, load())
    a = table.add("PER:putin", doc[5:6], name="Putin", kind="person")
    b = table.add("PER:president", doc[1:2], name="president", kind="person")
    table.merge(b, a)
    items, tokens = table.finish()
    assert [x.name for x in items] == ["Putin"] and len(items[0].mentions) == 2
    assert items[0].mentions == sorted(items[0].mentions) and tokens == {1: 0, 5: 0}


def test_a_reopened_table_adds_to_the_doc_and_keeps_mentions_sorted() -> None:
    doc = _doc()
    table = ActorTable(doc, load())
    table.add_person(doc[5:6])
    doc._.actors, doc._.actor_of_token = table.finish()
    reopened = ActorTable.from_doc(doc)
    gov = reopened.add_actor(government_of(load().countries["RUS"]), doc[8:9])
    person = reopened.add_actor(ActorInfo(key="PER:putin", name="ignored", kind="person"), doc[7:8])
    assert doc._.actors[gov].code == "RUSGOV" and doc._.actor_of_token[8] == gov
    assert doc._.actors[person].name == "Putin"  # an actor already there keeps its attributes
    assert doc._.actors[person].mentions == sorted(doc._.actors[person].mentions)


def test_state_predicates() -> None:
    analyst = ActorInfo(key="k", name="analyst", kind="person", country="RUS", sector="EDU")
    minister = ActorInfo(key="m", name="minister", kind="person", country="RUS", sector="GOV")
    assert is_state_actor(analyst) and not speaks_for_state(analyst, ("GOV",))
    assert speaks_for_state(minister, ("GOV",))
    assert is_state_actor(ActorInfo(key="u", name="UN", kind="igo", code="IGOUNO"))
    assert not is_state_actor(None)
