"""The reported-speech policies: which words count as cues under each, with the tagger's
scores set by hand (so each test says exactly what the tagger said), and content for a cue
the lexicon does not know, on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from nlp_helpers import parsed

from newsgraph.errors import NewsgraphError
from newsgraph.nlp.quotes import QuoteFinder
from newsgraph.nlp.reported import _content
from newsgraph.nlp.reported_model import ReportedTagger

STATEMENT = """
In in ADP IN prep 5
a a DET DT det 2
statement statement NOUN NN pobj 0
, , PUNCT , punct 5
police police NOUN NNS nsubj 5
said say VERB VBD ROOT 5
the the DET DT det 7
suspect suspect NOUN NN nsubj 8
fled flee VERB VBD ccomp 5
"""


class _Tagger(ReportedTagger):
    def __init__(self, scores: list[float]) -> None:  # no model: the scores are given
        self.threshold, self._scores = 0.5, scores

    def cue_scores(self, doc):  # type: ignore[no-untyped-def, override]
        return self._scores


def test_policies_choose_the_cues() -> None:
    doc = parsed(STATEMENT)
    scores = [0.0] * len(doc)
    scores[2] = 0.9  # the tagger: "statement" is a cue, "said" is not
    model, learned = _Tagger(scores).cues(doc, "model")
    combined, _ = _Tagger(scores).cues(doc, "combined")
    assert [t.text for t in doc if model(t)] == ["statement"]
    assert [t.text for t in doc if combined(t)] == ["statement", "said"]
    assert [t.text for t in doc if learned(t)] == ["statement"]  # what the tagger itself marked


def test_a_noun_cue_frames_its_clause_unless_a_speech_verb_heads_it() -> None:
    doc = parsed(STATEMENT)
    assert [p.text for p in _content(doc[5])] == ["the suspect fled"]
    assert _content(doc[2]) == []  # "in a statement, police said …": one attribution, the verb's
    framed = parsed("""
In in ADP IN prep 5
a a DET DT det 2
statement statement NOUN NN pobj 0
, , PUNCT , punct 5
police police NOUN NNS nsubj 5
arrested arrest VERB VBD ROOT 5
two two NUM CD nummod 7
men man NOUN NNS dobj 5
""")
    assert [p.text for p in _content(framed[2])] == ["police arrested two men"]


def test_an_unknown_policy_is_a_clear_error() -> None:
    with pytest.raises(NewsgraphError, match="unknown reported-speech policy"):
        QuoteFinder(spacy.blank("en"), reported="both")
