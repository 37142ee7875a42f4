"""Coding conventions of CAMEO and PLOVER that the rules apply, and the closed-class words
(prepositions, conjunctions) they read."""

from __future__ import annotations

OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")


# Particles the parser attaches as adverbs ("hit back at", "lashed out at"): PETRARCH2's verb
# patterns name them as prepositions.
PARTICLES = frozenset({"back", "out", "off", "up", "down", "away"})


TARGET_PREPS = ("with", "to", "against", "on", "from", "toward", "towards", "for", "into", "at", "about", "of", "outside")


PLACE_PREPS = ("in", "at", "near")


CONSULT_PREPS = ("with", "to", "of")  # a talk's counterpart; "talks about Colin Powell's emails" talk with others


INNER_PREPS = TARGET_PREPS + PLACE_PREPS + ("by",)  # "welcomed the decision by India"


#: CAMEO's unspecified aid ("help", "assist"): PLOVER AID always has a recipient.
HELP = "070"
#: CAMEO 042, make a visit: an official present in another country is visiting it.
VISIT = "042"


#: "put under investigation", "subjected to sanctions", "defended against the threat": the
#: passive subject of a verb with these undergoes the noun's event ("briefed about" does not).
UNDERGONE_PREPS = ("under", "to", "against", "with")


#: CAMEO codes whose passive subject, unless an agent is named, is still the side that acts:
#: forces moved ("Russian troops were deployed to the border" mobilizes Russia, "US troops
#: should be withdrawn from Asia" is the US's retreat).
MOVED = ("15", "087")


#: CAMEO codes of processes (mediate, negotiate): an effort at them is them, under way ("an
#: effort to broker a deal with Russia" is mediation; "an effort to find a solution" finds none yet).
UNDER_WAY = ("045", "046")


REMARKED_PREPS = ("for", "of", "about", "toward", "towards", "to")  # "sharp words for Washington"


UNDERGOING_VERBS = ("be", "come", "remain")  # "who is under investigation", "came under fire"


WORRY_PREPS = ("over", "about", "at", "regarding")  # "concerns over China"


BLAMED_FOR = ("for", "over")  # "punish Russia for the seizure": the object did the noun's act


SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE", "057"}  # PLOVER types, and CAMEO 057 sign an agreement


#: Actions done to the people of a place: with nobody else named, the place is the target
#: ("imposed a curfew in Cizre", "protesters rallied in Kirkuk", "suspended aid deliveries in
#: Baghdad"), as event coders code it; PLOVER's AID and SANCTION always have a recipient.
PLACE_TARGETED = {"COERCE", "ASSAULT", "PROTEST", "CONCEDE", "MOBILIZE", "RETREAT", "AID", "SANCTION"}


#: Violence whose doer the text does not name ("a roadside bomb killed …") is coded, as ICEWS
#: and CAMEO do, to unidentified armed forces (UAF) of the country where it happened.
UNATTRIBUTED = {"ASSAULT", "COERCE"}


#: Acts of a state's authority (CAMEO 09 investigate, 172 administrative sanctions, 173 arrest,
#: 174 expel): done in a named country by no one named, they are its government's.
AUTHORITY = ("09", "172", "173", "174")


#: Events whose content is another action: demanded, promised, threatened or refused.
ASKS_OR_PROMISES = ("REQUEST", "AGREE", "THREATEN", "REJECT")


#: "ordered patrols *after* violent protests": what these introduce is background, not done
#: by the subject of the verb they hang from.
BACKGROUND_PREPS = {"after", "before", "since", "following", "amid", "despite"}


#: Words before "of"/"to" that make a cause of it ("because of", "due to", "thanks to").
CAUSE_WORDS = {"because", "due", "thanks", "owing"}


DURATION_PREPS = {"for", "over", "within", "throughout"}


#: Conjunctions of a clause that happened at the time of the clause it hangs on.
AT_THE_TIME = {"when", "as", "while"}


PAIR_WORDS = {"they", "two", "both", "sides", "leaders", "presidents"}


COUNTRY_PAIRS = {"countries", "nations", "states", "governments", "sides"}


#: Hostile replies: naming no target, they answer the doer of the act they follow ("the ban was
#: imposed in the aftermath of China's crackdown"; ``modality.tsv`` kind ``answering``).
REPLIES = {"SANCTION", "COERCE", "ASSAULT", "THREATEN", "ACCUSE", "PROTEST", "REJECT"}

