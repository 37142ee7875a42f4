"""The closed-class grammar the rules read: object dependencies, prepositions and particles,
conjunctions, the words of complex prepositions. World knowledge (coding conventions, content
words) is not here but in ``lexicons/coding.tsv`` and ``lexicons/words.tsv``."""

from __future__ import annotations

OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")

# Particles the parser attaches as adverbs ("hit back at", "lashed out at"): PETRARCH2's verb
# patterns name them as prepositions.
PARTICLES = frozenset({"back", "out", "off", "up", "down", "away"})

TARGET_PREPS = ("with", "to", "against", "on", "from", "toward", "towards", "for", "into", "at", "about", "of", "outside")

PLACE_PREPS = ("in", "at", "near")

CONSULT_PREPS = ("with", "to", "of")  # a talk's counterpart; "talks about Colin Powell's emails" talk with others

INNER_PREPS = TARGET_PREPS + PLACE_PREPS + ("by",)  # "welcomed the decision by India"

#: "put under investigation", "subjected to sanctions", "defended against the threat": the
#: passive subject of a verb with these undergoes the noun's event ("briefed about" does not).
UNDERGONE_PREPS = ("under", "to", "against", "with")

REMARKED_PREPS = ("for", "of", "about", "toward", "towards", "to")  # "sharp words for Washington"

WORRY_PREPS = ("over", "about", "at", "regarding")  # "concerns over China"

BLAMED_FOR = ("for", "over")  # "punish Russia for the seizure": the object did the noun's act

#: "ordered patrols *after* violent protests": what these introduce is background, not done
#: by the subject of the verb they hang from.
BACKGROUND_PREPS = {"after", "before", "since", "following", "amid", "despite"}

#: Words before "of"/"to" that make a cause of it ("because of", "due to", "thanks to").
CAUSE_WORDS = {"because", "due", "thanks", "owing"}

DURATION_PREPS = {"for", "over", "within", "throughout"}

#: Conjunctions of a clause that happened at the time of the clause it hangs on.
AT_THE_TIME = {"when", "as", "while"}
