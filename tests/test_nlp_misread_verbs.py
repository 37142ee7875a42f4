"""The ``newsgraph_verbs`` component (``nlp/misread_verbs.py``): main verbs read as names or nouns."""

from __future__ import annotations

from typing import Any

from newsgraph.extraction import extract_article
from newsgraph.schema import Article

# The small model reads "minister jabbed" as a name here, as it did in a real story's lead.
_LEAD = ("China rebuts American criticism on overcapacity; \nInvestment, official says, helped global economy "
         "after 2008 financial crisis.\n\nABSTRACT.\n\nWashington did not complain, a Chinese official said.\n\n"
         "FULL TEXT.\n\nThe Chinese finance minister jabbed back on Monday at complaints from his American "
         "counterpart that China's glut of factories making unwanted mountains of steel were overwhelming "
         "foreign markets and makers.")


def test_verbs_a_past_tense_read_as_a_name_heads_its_clause_again(nlp: Any) -> None:
    doc = nlp(_LEAD)
    jabbed = next(t for t in doc if t.text == "jabbed")
    assert (jabbed.pos_, jabbed.tag_, jabbed.lemma_) == ("VERB", "VBD", "jab")
    subject = next(c for c in jabbed.children if c.dep_ == "nsubj")
    assert subject.text == "minister" and [t.text for t in subject.subtree][:3] == ["The", "Chinese", "finance"]
    assert not any("jabbed" in e.text for e in doc.ents)


def test_verbs_the_lead_yields_the_ministers_retort_dated_by_its_own_day(nlp: Any) -> None:
    record = extract_article(Article(text=_LEAD, published="2016-06-07"), nlp).to_dict()
    [retort] = [e for e in record["events"] if e["trigger"]["text"] == "jabbed"]
    assert retort["plover"] == "ACCUSE" and retort["date"] == "2016-06-06"


def test_verbs_a_headline_verb_read_as_a_plural_noun_takes_its_subject(nlp: Any) -> None:
    doc = nlp("U.S. presses for truce in Syria")
    assert (doc[1].pos_, doc[1].lemma_, doc[0].dep_) == ("VERB", "press", "nsubj")
    record = extract_article(Article(text="U.S. presses for truce in Syria", published="2016-09-05"), nlp).to_dict()
    assert [e["plover"] for e in record["events"]] == ["REQUEST"]


def test_verbs_plural_nouns_that_are_no_event_verbs_stay_nouns(nlp: Any) -> None:
    for text in ("U.S. officials in Syria", "U.S. troops in Syria"):
        root = next(t for t in nlp(text) if t.dep_ == "ROOT")
        assert root.pos_ == "NOUN", text


def test_paragraphs_a_line_ending_in_a_semicolon_is_a_headline_of_its_own(nlp: Any) -> None:
    record = extract_article(Article(text=_LEAD, published="2016-06-07"), nlp).to_dict()
    [rebuttal] = [e for e in record["events"] if e["trigger"]["text"] == "rebuts"]
    assert rebuttal["sentence"]["text"].strip() == "China rebuts American criticism on overcapacity;"
    assert rebuttal["date"] == "2016-06-07"  # the subhead's "2008" is not the headline's date
