"""Events: who did what to whom, coded in CAMEO and PLOVER (the ``newsgraph_events`` component).

The rooms of this package, from the ground up: ``policy`` (coding conventions), ``syntax``
(parse helpers that know no actors), ``triggers`` (which words name which act), ``answers``
(acts that answer acts), ``participants`` (source and target), ``defaults`` (coders'
defaults for unnamed actors), ``honesty`` (negation, modality, intent), ``constructions`` and
``judgements`` (events with no lexicon trigger), ``restatements`` (one event per act),
``when_where`` (date and place) and ``finder`` (the component, running the stages in order).
"""

from newsgraph.nlp.events.finder import EventFinder, make_events
from newsgraph.nlp.events.triggers import TriggerCoder

__all__ = ["EventFinder", "TriggerCoder", "make_events"]
