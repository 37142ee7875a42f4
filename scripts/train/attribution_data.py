"""Our attribution corpus as spaCy training data for the reported-speech tagger.

    python scripts/train/attribution_data.py OUT_DIR

Writes ``OUT_DIR/{train,dev,test}.spacy`` from ``data/annotations/attribution/*.jsonl``: each
article parsed by the shipped English pipeline (the tagger reads its part-of-speech,
dependency and entity features and its contextual vectors), with one label per token in
``doc.user_data["attribution"]``: ``CUE`` on the head word of an indirect attribution's cue,
``B``/``I`` on the words of its content (each piece), ``O`` elsewhere. Direct and mixed
quotations are left to the quotation-mark rules; where attributions nest, the outer one keeps
its words.
"""

from __future__ import annotations

import sys
from pathlib import Path

from corpus import write_parsed_splits
from spacy.tokens import Doc

KEY = "attribution"


def labels(doc: Doc, article: dict) -> list[str]:
    tags = ["O"] * len(doc)
    indirect = [a for a in article["attributions"] if a["kind"] == "indirect"]
    indirect.sort(key=lambda a: -sum(p["end"] - p["start"] for p in a["content"]))  # outer first
    for attribution in indirect:
        for piece in attribution["content"]:
            span = doc.char_span(piece["start"], piece["end"], alignment_mode="expand")
            if span is None or any(tags[i] != "O" for i in range(span.start, span.end)):
                continue
            tags[span.start] = "B"
            for i in range(span.start + 1, span.end):
                tags[i] = "I"
        cue = attribution.get("cue")
        span = doc.char_span(cue["start"], cue["end"], alignment_mode="expand") if cue else None
        if span is not None and tags[span.root.i] == "O":
            tags[span.root.i] = "CUE"
    return tags


def label_doc(doc: Doc, article: dict) -> None:
    doc.user_data[KEY] = labels(doc, article)


def main() -> None:
    write_parsed_splits("attribution", Path(sys.argv[1]), label_doc, batch_size=8, store_user_data=True)


if __name__ == "__main__":
    main()
