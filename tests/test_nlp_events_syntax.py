"""Parse helpers of the events package on hand-built parses: each test names the parse it
reads, so it tests the rule, not the model."""

from __future__ import annotations

from nlp_helpers import parsed

from newsgraph.lexicons.events import load_events
from newsgraph.nlp.events.pairs import is_reciprocal
from newsgraph.nlp.events.syntax import (
    conditions_of,
    in_other_clause,
    infinitive_ruler,
    is_for_clause,
    is_negated,
    is_passive,
    is_quantity,
    noun_verb,
    object_words,
    passive_agent,
    prep_object,
    preps_of,
    speech_over,
    told_to,
)

# "Russia was sanctioned by the EU"
PASSIVE = """
Russia Russia PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
sanctioned sanction VERB VBN ROOT 2
by by ADP IN agent 2
the the DET DT det 5
EU EU PROPN NNP pobj 3
"""

# "Iran lashed out at Turkey"
PARTICLE = """
Iran Iran PROPN NNP nsubj 1
lashed lash VERB VBD ROOT 1
out out ADP RP prt 1
at at ADP IN prep 2
Turkey Turkey PROPN NNP pobj 3
"""

# "Israel did not attack Iraq nor threaten Iran"
NOR = """
Israel Israel PROPN NNP nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
attack attack VERB VB ROOT 3
Iraq Iraq PROPN NNP dobj 3
nor nor CCONJ CC cc 3
threaten threaten VERB VB conj 3
Iran Iran PROPN NNP dobj 6
"""

# "Israel did not attack Iraq but threatened Iran"
BUT = """
Israel Israel PROPN NNP nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
attack attack VERB VB ROOT 3
Iraq Iraq PROPN NNP dobj 3
but but CCONJ CC cc 3
threatened threaten VERB VBD conj 3
Iran Iran PROPN NNP dobj 6
"""

# "Nigeria asked Britain to extradite him"
ASKED = """
Nigeria Nigeria PROPN NNP nsubj 1
asked ask VERB VBD ROOT 1
Britain Britain PROPN NNP dobj 1
to to PART TO aux 4
extradite extradite VERB VB xcomp 1
him he PRON PRP dobj 4
"""

# "Nigeria will withdraw unless Chad agrees"
UNLESS = """
Nigeria Nigeria PROPN NNP nsubj 2
will will AUX MD aux 2
withdraw withdraw VERB VB ROOT 2
unless unless SCONJ IN mark 5
Chad Chad PROPN NNP nsubj 5
agrees agree VERB VBZ advcl 2
"""

# "Japan sent a good deal of aid"
DEAL = """
Japan Japan PROPN NNP nsubj 1
sent send VERB VBD ROOT 1
a a DET DT det 4
good good ADJ JJ amod 4
deal deal NOUN NN dobj 1
of of ADP IN prep 4
aid aid NOUN NN pobj 5
"""

# "Russia said Ukraine must withdraw"
SAID = """
Russia Russia PROPN NNP nsubj 1
said say VERB VBD ROOT 1
Ukraine Ukraine PROPN NNP nsubj 4
must must AUX MD aux 4
withdraw withdraw VERB VB ccomp 1
"""


def test_passive_and_its_agent() -> None:
    doc = parsed(PASSIVE)
    verb = doc[2]
    assert is_passive(verb)
    assert passive_agent(verb).text == "EU"
    assert not is_passive(parsed(PARTICLE)[1])


def test_prepositions_hung_on_a_particle_count_as_the_verbs() -> None:
    doc = parsed(PARTICLE)
    (at,) = preps_of(doc[1], ("at",))
    assert prep_object(at).text == "Turkey"
    assert preps_of(doc[1], ("with",)) == []


def test_negation_carries_over_nor_but_not_over_but() -> None:
    assert is_negated(parsed(NOR)[3]) and is_negated(parsed(NOR)[6])
    assert is_negated(parsed(BUT)[3]) and not is_negated(parsed(BUT)[6])


def test_told_to_is_who_would_do_it() -> None:
    doc = parsed(ASKED)
    assert told_to(doc[4]).text == "Britain"
    assert told_to(doc[1]) is None


def test_conditions_and_other_clauses() -> None:
    doc = parsed(UNLESS)
    (clause,) = conditions_of(doc[2], ("unless",))
    assert clause.text == "agrees"
    assert conditions_of(doc[2], ("if",)) == []
    assert in_other_clause(doc[4], doc[2]) and not in_other_clause(doc[0], doc[2])


def test_an_amount_is_no_deal_and_stands_for_what_it_measures() -> None:
    doc = parsed(DEAL)
    assert is_quantity(doc[4])
    assert object_words(doc[4]) == ["aid"]
    assert noun_verb(doc[6]).text == "sent"


def test_speech_over_a_reported_clause() -> None:
    doc = parsed(SAID)
    assert speech_over(doc[4]).text == "said"
    assert speech_over(doc[1]) is None
    assert infinitive_ruler(doc[1]) == doc[1]
    assert not is_for_clause(doc[4])


def test_reciprocal_acts_by_type_and_by_code() -> None:
    lex = load_events()
    assert is_reciprocal(lex.cameo("040"))  # consult
    assert is_reciprocal(lex.cameo("057"))  # sign a formal agreement, whatever its PLOVER type
    assert not is_reciprocal(lex.cameo("190"))  # use conventional military force
