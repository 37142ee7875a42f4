"""The trained models shipped inside the package (``docs/models.md``), one spaCy pipeline
folder each, rebuilt by ``make train`` from our annotated corpora."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from newsgraph.errors import NewsgraphError


def model_dir(name: str) -> Path:
    """Where a shipped model lives inside the package."""
    return Path(str(resources.files("newsgraph") / "models" / name))


@cache
def load_model(name: str, path: str | None = None) -> Language:
    """A trained model's pipeline, from ``path`` or the package, loaded once per process; a
    clear error when missing."""
    import newsgraph.models.layers  # noqa: F401  (registers the layers the configs name)

    where = Path(path) if path else model_dir(name)
    if not (where / "config.cfg").exists():
        raise NewsgraphError(f"the {name} model is missing at {where}: run 'make train' or reinstall newsgraph")
    return spacy.load(where)
