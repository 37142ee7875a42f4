"""Our event corpus as spaCy training data: one parsed Doc per unit, its events' trigger words.

    python scripts/train/events_data.py OUT_DIR

Writes ``OUT_DIR/{train,dev,test}.spacy`` (DocBin) from ``data/annotations/events/*.jsonl``.
Each unit is run through the shipped English pipeline (tagger, parser, lemmatizer, NER), so the
model learns from the same part-of-speech, dependency and entity features it will see at run
time. Each event becomes a one-token span in ``doc.spans["events"]`` labelled with its PLOVER
type: the syntactic head of the words the annotator marked ("carried out" -> carried,
"peace talks" -> talks), which is the word the rule stages (participants, dates, places) start
from; the same word also carries the label ``EVENT``, so that whether a word names an event at
all is learnt from every event of every type (the rare types alone are too few to teach it).
Units without events are kept: they teach what is no event.
"""

from __future__ import annotations

import sys
from pathlib import Path

from corpus import write_parsed_splits
from spacy.tokens import Doc, Span

SPANS_KEY = "events"
EVENT = "EVENT"


def label_doc(doc: Doc, unit: dict) -> None:
    """The unit's events as one-token spans on an already parsed doc (one per word and type)."""
    seen: set[tuple[int, str]] = set()
    spans = []
    for event in unit["events"]:
        trigger = event["trigger"]
        span = doc.char_span(trigger["start"], trigger["end"], alignment_mode="expand")
        if span is None:
            continue
        head = span.root.i
        for label in (event["type"], EVENT):
            if (head, label) not in seen:
                seen.add((head, label))
                spans.append(Span(doc, head, head + 1, label=label))
    doc.spans[SPANS_KEY] = sorted(spans, key=lambda s: (s.start, s.label_))


def main() -> None:
    write_parsed_splits("events", Path(sys.argv[1]), label_doc, batch_size=64)


if __name__ == "__main__":
    main()
