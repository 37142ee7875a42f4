"""The cue lexicon (``cues.tsv``): which words introduce speech. Data, not code."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load_cues() -> dict[str, str]:
    """Cue (lemma or phrase, lower case) to its kind: speech, statement or belief."""
    cues: dict[str, str] = {}
    text = files("newsgraph.lexicons").joinpath("cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        if line.strip() and not line.startswith("#") and line != "cue\tkind":
            cue, kind = line.split("\t")
            cues[cue.strip()] = kind.strip()
    return cues
