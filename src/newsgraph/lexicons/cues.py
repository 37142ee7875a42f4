"""The cue lexicon (``cues.tsv``): which words introduce speech, and where their content is.
Data, not code: add a row to teach newsgraph a new verb of saying."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Cue:
    kind: str  # speech | belief | intent
    content: tuple[str, ...]  # clause | object | infinitive


@cache
def load_cues() -> dict[str, Cue]:
    """Cue (lemma or phrase, lower case) to its kind and content positions."""
    cues: dict[str, Cue] = {}
    text = files("newsgraph.lexicons").joinpath("cues.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for cue, kind, content in rows[1:]:
        cues[cue.strip()] = Cue(kind.strip(), tuple(c.strip() for c in content.split("|")))
    return cues
